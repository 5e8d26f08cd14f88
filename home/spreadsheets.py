"""
Spreadsheet exports from the admin that are safe to open (CSV and formula injection).

Text that members or editors typed can start with a character that a spreadsheet reads as
the start of a formula: ``=HYPERLINK(...)`` opened from a CSV becomes a live link, ``@SUM``
or ``+1`` a calculation. OWASP's advice for CSV is to prefix such a cell with ``'``, which
every spreadsheet reads as "this is text"; that is what the CSV export does.

XLSX has typed cells. Wagtail's ``SpreadsheetExportMixin`` already writes every text cell
as a string (it turns what openpyxl would take for a formula back into text), so nothing
is evaluated on opening. The cell also gets Excel's quote prefix (``quotePrefix``, what
typing ``'=...`` in Excel stores): it shows the text unchanged and stays text when someone
edits it, where a literal ``'`` in the value would show up in the cell.

Numbers, dates and booleans are left alone in both formats. ``manage.py export_motions``
(the format that ``import_motions`` reads back) is not a spreadsheet export and stays
lossless: see docs/motionbank.md.
"""

# The characters OWASP lists: = + - @ and the tab and carriage return a spreadsheet may
# skip before finding one of them.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def looks_like_formula(value):
    return isinstance(value, str) and value.startswith(FORMULA_STARTS)


def neutralise(value):
    """The value of a CSV cell that no spreadsheet takes for a formula."""
    return "'" + value if looks_like_formula(value) else value


class SafeSpreadsheetExportMixin:
    """For an admin index view with Wagtail's ``SpreadsheetExportMixin`` (a snippet's
    ``IndexView``, a ``ModelViewSet``'s): put it first among the bases."""

    def preprocess_field_value(self, field, value, export_format):
        value = super().preprocess_field_value(field, value, export_format)
        if export_format == self.FORMAT_CSV:
            return neutralise(value)
        return value

    def generate_xlsx_row(self, worksheet, row_dict, date_format=None):
        for cell in super().generate_xlsx_row(worksheet, row_dict, date_format=date_format):
            if looks_like_formula(cell.value):
                cell.data_type = "s"
                cell.quotePrefix = True
            yield cell
