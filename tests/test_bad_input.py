"""
Bad input never gives a server error: whatever arrives in a query string, a path, an
import file or an upload is answered with a page (200), a clear Dutch message (400 or a
form error) or a 404, and nothing is half-saved. Property-based (hypothesis) where the
space of inputs is large. Text with HTML in it is always shown as text:
tests/test_escaping.py.

The fuzz tests of each app (tests/motionbank/test_search.py, tests/agenda/test_fuzz.py,
tests/search/test_site_search.py) try the parameters of their own pages; these add raw
query strings (repeated and unknown parameters, bytes that are not UTF-8, broken
percent-escapes, huge values, control characters) on every page that reads its query
string, every route with a value in its path, import rows and uploaded files.
"""

import csv
import io
import json
import re
import zipfile
from urllib.parse import quote, quote_from_bytes

from django.contrib.messages import get_messages
from django.core.management import call_command
from django.core.management.base import CommandError
from django.test import Client

from wagtail.documents import get_document_model

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from pypdf import PdfReader, PdfWriter

from home.demo.pdf import make_pdf
from motionbank.io import COLUMNS, Lookups, import_rows, read_rows, validate_row
from motionbank.models import Motion

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("own_media_root")]

Document = get_document_model()
FUZZ = settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
PROBE = '"><script>alert(1)</script>'


def body_of(response):
    if response.streaming:
        return b"".join(response.streaming_content).decode("utf-8", "replace")
    return response.content.decode("utf-8", "replace")


# Query strings ----------------------------------------------------------------------------

# Every page that reads its query string, with the parameters it knows.
QUERY_PAGES = {
    "/motiebank/": [
        "q",
        "soort",
        "thema",
        "uitslag",
        "laag",
        "provincie",
        "orgaan",
        "jaar",
        "sortering",
        "pagina",
    ],
    "/motiebank/delen/": ["gebaseerd_op"],
    "/motiebank/mijn-bijdragen/": ["pagina"],
    "/agenda/": [
        "q",
        "soort",
        "doelgroep",
        "vorm",
        "regio",
        "periode",
        "van",
        "tot",
        "pagina",
        "sortering",
    ],
    "/agenda/archief/": ["q", "soort", "van", "tot", "pagina"],
    "/agenda/agenda.ics": ["q", "soort", "doelgroep", "vorm", "regio", "van", "tot"],
    "/agenda/mijn-agenda-feed/": ["soort", "doelgroep", "vorm", "regio", "q"],
    "PERSONAL_FEED": ["soort", "doelgroep", "vorm", "regio", "q", "van", "tot"],
    "/zoeken/": ["q", "pagina", "sortering", "soort"],
    "/zoeken/suggesties/": ["q"],
    "/netwerken/": ["pagina"],
    "/onderzoek/": ["pagina"],
    "/handreikingen/": ["pagina"],
}

SAMPLES = [
    "",
    "0",
    "-1",
    "1",
    "2",
    "1.5",
    "1e400",
    "nan",
    "²",  # a digit to str.isdigit(), not to int()
    "٣",  # an Arabic-Indic three
    "9" * 25,
    "9" * 5000,  # more digits than int() accepts
    "a" * 20_000,
    "wethouders",
    "webinar",
    "armoede-en-schulden",
    "testarmoede",
    "aangenomen",
    "Noord-Brabant",
    "GM0855",
    "deze-maand",
    "2026-03-12",
    "31-02-2026",
    "0001-01-01",
    "9999-12-31",
    '"onafgesloten',
    "\x00",
    "a\x00b",
    "\r\nSet-Cookie: x=1",
    "\u202e",
    "😀",
    "title:x OR 1=1",
    "NEAR(",
    "*",
    PROBE,
]
# Already percent-encoded pieces of a query string, some of them broken on purpose.
RAW = [
    "%",
    "%zz",
    "%e2%82",  # a cut-off UTF-8 sequence
    "%ff%fe",  # not UTF-8 at all
    "%c0%80",  # an overlong NUL
    "%ed%a0%80",  # an encoded surrogate
    "a+b",
    "a=b=c",
    ";",
]
TEXT = st.text(alphabet=st.characters(exclude_categories=("Cs",)), max_size=40)
VALUE = st.one_of(
    TEXT.map(lambda text: quote(text, safe="")),
    st.sampled_from(SAMPLES).map(lambda text: quote(text, safe="")),
    st.binary(max_size=20).map(lambda data: quote_from_bytes(data, safe="")),
    st.sampled_from(RAW),
)


def query_strings(keys):
    key = st.one_of(
        st.sampled_from(keys).map(quote),
        st.sampled_from(keys).map(lambda name: quote(name) + "[]"),
        TEXT.map(lambda text: quote(text, safe="")),
        st.sampled_from(RAW),
    )
    pair = st.one_of(st.tuples(key, VALUE).map("=".join), key)
    # Repeated parameters come from lists with the same key more than once.
    return st.lists(pair, max_size=8).map("&".join)


@pytest.fixture
def pages_with_queries(site, people, client_for):
    """Each page of QUERY_PAGES by its path, with the parameters it knows."""
    feed = site.agenda.file_url("personal_feed", token=site.tokens["member"].token)
    return {path if path != "PERSONAL_FEED" else feed: keys for path, keys in QUERY_PAGES.items()}


def check_answer(response, path, query):
    assert response.status_code in (200, 400), (path, query, response.status_code)
    body = body_of(response)
    assert "<script>alert(1)" not in body, (path, query)
    if response.status_code == 400 and response["Content-Type"].startswith("text/html"):
        assert '<html lang="nl"' in body, (path, query)


@pytest.mark.parametrize("role", ["anonymous", "member"])
def test_any_query_string_on_any_page(pages_with_queries, people, role):
    client = Client()
    if role == "member":
        client.force_login(people["member"])

    @FUZZ
    @given(path=st.sampled_from(sorted(pages_with_queries)), data=st.data())
    @example(path="/motiebank/delen/", data=None)
    def run(path, data):
        if data is None:
            queries = ["gebaseerd_op=%C2%B2", "gebaseerd_op=" + "9" * 5000]
        else:
            queries = [data.draw(query_strings(pages_with_queries[path]))]
        for query in queries:
            response = client.get(path, QUERY_STRING=query)
            if role == "anonymous" and response.status_code in (302, 403, 404):
                continue  # members only (tests/test_access_table.py)
            check_answer(response, path, query)

    run()


@pytest.mark.parametrize(
    ("path", "query"),
    [
        ("/motiebank/", "q=" + "woord%20" * 3000),
        ("/motiebank/", "&".join(["thema=testarmoede"] * 2000)),
        ("/motiebank/", "pagina=1&pagina=2&pagina=x"),
        ("/agenda/", "&".join(f"doelgroep=x{n}" for n in range(3000))),
        ("/agenda/agenda.ics", "van=2026-01-01&van=2027-01-01&tot=2025-01-01"),
        ("/zoeken/", "q=%00%01%02%1b%7f"),
        ("/zoeken/", "q=" + "%F0%9F%98%80" * 2000),
        ("/motiebank/delen/", "gebaseerd_op=99999999999999999999999999"),
        ("/motiebank/delen/", "gebaseerd_op=%C2%B2"),
        ("/motiebank/delen/", "gebaseerd_op=" + "9" * 5000),
    ],
)
def test_repeated_and_huge_parameters(site, people, client_for, path, query):
    response = client_for(people["member"]).get(path, QUERY_STRING=query)
    check_answer(response, path, query)


def test_too_many_parameters_is_a_400_not_a_500(site, people, client_for):
    query = "&".join(f"p{n}=1" for n in range(10_001))  # DATA_UPLOAD_MAX_NUMBER_FIELDS
    client = Client(raise_request_exception=False)
    client.force_login(people["member"])
    assert client.get("/motiebank/", QUERY_STRING=query).status_code in (200, 400)


# Values in the path -----------------------------------------------------------------------

HUGE = 10**30
NUMBERS = st.one_of(
    st.integers(min_value=0, max_value=2**70),
    st.sampled_from([0, 1, 2**31, 2**31 - 1, 2**63 - 1, 2**63, 2**64, HUGE]),
)
SLUGS = st.one_of(
    st.from_regex(r"\A[-a-zA-Z0-9_]{1,40}\Z"),
    st.sampled_from(["motie", "-", "_", "x" * 300]),
)
NAMES = st.one_of(
    st.text(alphabet=st.characters(exclude_categories=("Cs",)), min_size=1, max_size=30),
    st.sampled_from(["..%2F..%2Fetc%2Fpasswd", "%00", "a.pdf%00.html"]),
)


def path_strategy(site, people):
    bank, agenda = site.bank.url, site.agenda.url
    live = site.motions["live"]
    number, slug, name = NUMBERS.map(str), SLUGS, NAMES.map(lambda n: quote(n, safe="%"))
    templates = [
        st.tuples(number, slug).map(lambda a: f"{bank}{a[0]}-{a[1]}/"),
        number.map(lambda n: f"{bank}{n}/"),
        st.tuples(number, slug).map(lambda a: f"{bank}{a[0]}-{a[1]}/bestand/"),
        st.tuples(number, slug).map(lambda a: f"{bank}{a[0]}-{a[1]}/word/"),
        slug.map(lambda s: f"{bank}{live.pk}-{s}/word/"),
        st.tuples(number, slug).map(lambda a: f"{agenda}{a[0]}-{a[1]}/"),
        st.tuples(number, slug).map(lambda a: f"{agenda}{a[0]}-{a[1]}/agenda.ics"),
        st.from_regex(r"\A[A-Za-z0-9_-]{1,100}\Z").map(lambda t: f"{agenda}persoonlijk/{t}.ics"),
        st.tuples(number, slug).map(lambda a: f"{agenda}{a[0]}-{a[1]}/aanmelden/"),
        st.from_regex(r"\A[A-Za-z0-9_-]{1,100}\Z").map(lambda t: f"{agenda}afmelden/{t}/"),
        st.tuples(number, name).map(lambda a: f"/documenten/{a[0]}/{a[1]}"),
        number.map(lambda n: f"/documenten/authenticate_with_password/{n}/"),
        st.tuples(number, number).map(
            lambda a: f"/_util/authenticate_with_password/{a[0]}/{a[1]}/"
        ),
        st.tuples(slug, slug).map(lambda a: f"/account/wachtwoord-herstellen/{a[0]}/{a[1]}/"),
        slug.map(lambda s: f"/{s}/"),
        st.tuples(slug, slug).map(lambda a: f"/netwerken/{a[0]}/{a[1]}/"),
    ]
    return st.one_of(templates)


@pytest.mark.parametrize("role", ["anonymous", "member"])
def test_any_value_in_a_path(site, people, role):
    client = Client()
    if role == "member":
        client.force_login(people["member"])

    @FUZZ
    @given(path=path_strategy(site, people))
    def run(path):
        response = client.get(path)
        assert response.status_code in (200, 301, 302, 403, 404), (path, response.status_code)

    run()


ADMIN_PATHS = [
    "/admin/snippets/motionbank/motion/edit/{n}/",
    "/admin/snippets/motionbank/motion/inspect/{n}/",
    "/admin/snippets/motionbank/motion/history/{n}/",
    "/admin/snippets/agenda/event/edit/{n}/",
    "/admin/agenda/aanmeldingen/inspect/{n}/",
    "/admin/agenda/aanmeldingen/bericht/{n}/",
    "/admin/pages/{n}/",
    "/admin/pages/{n}/edit/",
    "/admin/documents/edit/{n}/",
    "/admin/motionbank/member/edit/{n}/",
    "/admin/motiebank/leden/{n}/gegevens/",
    "/admin/motiebank/leden/{n}/verwijderen/",
]


@pytest.mark.parametrize("template", ADMIN_PATHS)
@pytest.mark.parametrize("number", [0, 999_999, 2**63, HUGE])
def test_admin_urls_with_ids_that_do_not_exist(site, people, client_for, template, number):
    response = client_for(people["editor"]).get(template.format(n=number))
    assert response.status_code in (302, 404), response.status_code


# Import rows ----------------------------------------------------------------------------------

# Every reason the importer gives starts with one of these (Dutch) phrases.
REASONS = (
    "verplichte kolom leeg",
    "is langer dan",
    "onbekende document_type",
    "onbekende outcome",
    "datum ",
    "onbekend bestuursorgaan",
    "onbekend thema",
    "source_url ",
    "geen tekst",
    "zelfde titel",
    "te veel waarden",
    "geen geldige JSON",
    "een regel moet een JSON-object zijn",
    "ongeldige tekens",
)


def is_dutch_reason(reason):
    return isinstance(reason, str) and any(
        reason.startswith(start) or start in reason for start in REASONS
    )


ANY_TEXT = st.text(max_size=60)  # surrogates and control characters included
CELL = st.one_of(
    ANY_TEXT,
    st.sampled_from(
        [
            "motie",
            "Schriftelijke vragen",
            "aangenomen",
            "TS0855",
            "Tilburg",
            "testarmoede",
            "2024-03-14",
            "2024-02-30",
            "14-03-2024",
            "https://raad.example.nl/m/1",
            "javascript:alert(1)",
            "x" * 301,
            "a;b;;c",
            "\x00",
            PROBE,
        ]
    ),
)
JSON_VALUE = st.recursive(
    st.one_of(st.none(), st.booleans(), st.integers(), st.floats(), CELL),
    lambda inner: st.one_of(st.lists(inner, max_size=3), st.dictionaries(CELL, inner, max_size=3)),
    max_leaves=6,
)


@st.composite
def import_row(draw, value=CELL):
    """A row with mostly plausible values, some of them replaced by anything."""
    row = {
        "title": f"Motie {draw(st.integers(0, 10**6))}",
        "document_type": "motie",
        "date_submitted": "2024-03-14",
        "governing_body": "TS0855",
        "outcome": "aangenomen",
        "theme": "testarmoede",
        "tags": "een;twee",
        "submitters": "Anna",
        "parties": "PvdA",
        "summary": "Samenvatting.",
        "findings": "",
        "considerations": "",
        "operative_text": "Verzoekt het college.",
        "source_url": "",
    }
    for name in draw(st.lists(st.sampled_from([*COLUMNS, "extra"]), max_size=5)):
        row[name] = draw(value)
    for name in draw(st.lists(st.sampled_from(COLUMNS), max_size=2)):
        row.pop(name, None)
    return row


@FUZZ
@given(rows=st.lists(import_row(value=JSON_VALUE), min_size=1, max_size=5))
def test_import_rows_are_imported_or_rejected_with_a_dutch_reason(tilburg, theme, rows):
    before = Motion.objects.count()
    report = import_rows(list(enumerate(rows, start=1)), batch_size=2, lookups=Lookups())
    assert report.imported + len(report.rejected) == len(rows)
    for rejected in report.rejected:
        assert is_dutch_reason(rejected.reason), rejected
    assert Motion.objects.count() == before + report.created
    for row in rows:
        values, reason = validate_row(row, Lookups())
        assert (values is None) != (reason is None)


def write_csv(path, rows):
    with open(path, "w", encoding="utf-8", newline="", errors="surrogatepass") as handle:
        writer = csv.DictWriter(handle, fieldnames=[*COLUMNS, "extra"], extrasaction="ignore")
        writer.writeheader()
        writer.writerows(rows)


@FUZZ
@given(rows=st.lists(import_row(), min_size=1, max_size=4), kind=st.sampled_from(["csv", "jsonl"]))
def test_import_command_reports_every_bad_row(tilburg, theme, tmp_path_factory, rows, kind):
    path = tmp_path_factory.mktemp("import") / f"moties.{kind}"
    if kind == "csv":
        write_csv(path, rows)
    else:
        text = "\n".join(json.dumps(row) for row in rows)  # \ud800 stays escaped
        path.write_text(text + "\n", encoding="utf-8")
    out, err = io.StringIO(), io.StringIO()
    try:
        call_command("import_motions", str(path), stdout=out, stderr=err)
    except CommandError as error:
        assert "UTF-8" in str(error) or "kopregel" in str(error)
        return
    for line in err.getvalue().splitlines():
        assert line.startswith("Regel ") and " afgekeurd: " in line, line
        assert is_dutch_reason(line.split(" afgekeurd: ", 1)[1]), line
    assert "afgekeurd." in out.getvalue()


@FUZZ
@given(data=st.binary(max_size=400), kind=st.sampled_from(["csv", "jsonl"]))
@example(data=b"title\n\xff\xfe", kind="csv")
@example(data=b'{"title": "x"}\n[1, 2]\n"tekst"\n{bad json\n', kind="jsonl")
@example(data=b"\x00\x00\x00", kind="jsonl")
def test_import_of_random_bytes(tilburg, theme, tmp_path_factory, data, kind):
    path = tmp_path_factory.mktemp("import") / f"moties.{kind}"
    path.write_bytes(data)
    try:
        report = import_rows(read_rows(path))
    except Exception as error:  # only a Dutch message about the whole file
        from motionbank.io import FormatError

        assert isinstance(error, FormatError), repr(error)
        assert "UTF-8" in str(error) or "kopregel" in str(error)
        return
    for rejected in report.rejected:
        assert is_dutch_reason(rejected.reason), rejected


# Uploaded files --------------------------------------------------------------------------


def multipart(fields, file=None):
    """A multipart/form-data body written byte for byte, as a browser (or an attacker)
    sends it: the file name arrives exactly as given, path tricks and NUL bytes included
    (Django's test client would clean it up before sending)."""
    boundary = "----clb-grens-7d93b1f0c2a4"
    parts = []
    for name, value in fields.items():
        parts.append(
            f'--{boundary}\r\nContent-Disposition: form-data; name="{name}"\r\n\r\n'.encode()
            + str(value).encode("utf-8")
            + b"\r\n"
        )
    if file is not None:
        filename, content, content_type = file
        header = (
            f"--{boundary}\r\n"
            f'Content-Disposition: form-data; name="file"; filename="{filename}"\r\n'
            f"Content-Type: {content_type}\r\n\r\n"
        )
        parts.append(header.encode("utf-8", "surrogatepass") + content + b"\r\n")
    parts.append(f"--{boundary}--\r\n".encode())
    return b"".join(parts), f"multipart/form-data; boundary={boundary}"


@pytest.fixture
def upload_form(site, people, client_for, tilburg, theme, settings):
    """upload_form(file=(name, bytes, content type) or None, **fields): the response."""
    settings.MOTION_UPLOAD_MAX_BYTES = 200 * 1024  # keeps generated files quick
    client = client_for(people["member"])

    def post(file=None, **fields):
        data = {
            "document_type": "motie",
            "title": "Motie Proef",
            "governing_body": tilburg.pk,
            "date_submitted": "2024-09-19",
            "outcome": "aangenomen",
            "theme": theme.pk,
            "confirm_similar": "on",
        }
        data.update(fields)
        body, content_type = multipart(data, file)
        return client.post(site.bank.upload_url, body, content_type=content_type)

    return post


def files_on_disk(settings):
    root = settings.MEDIA_ROOT
    if not root.exists():
        return set()
    return {str(path.relative_to(root)) for path in root.rglob("*") if path.is_file()}


def snapshot(settings):
    return Document.objects.count(), Motion.objects.count(), files_on_disk(settings)


def check_upload(response, before, settings):
    """A Dutch form error and nothing saved, or a saved draft with our own file name.
    Returns whether it was saved."""
    documents, motions, files = before
    if response.status_code == 400:
        html = response.content.decode()
        assert "Controleer het formulier" in html
        assert Document.objects.count() == documents
        assert Motion.objects.count() == motions
        assert files_on_disk(settings) == files
        return False
    assert response.status_code == 302, response.status_code
    if Motion.objects.count() == motions:
        # The same submission sent again while the first waits for moderation: the same
        # confirmation, and nothing saved twice (motionbank.submissions.pending_duplicate).
        confirmation = str(list(get_messages(response.wsgi_request))[-1])  # the newest
        pending = Motion.objects.filter(live=False).values_list("title", flat=True)
        assert any(f"‘{title}’ is ontvangen" in confirmation for title in pending)
        assert Document.objects.count() == documents
        assert files_on_disk(settings) == files
        return False
    assert Motion.objects.count() == motions + 1
    motion = Motion.objects.order_by("-pk").first()
    assert not motion.live
    new = files_on_disk(settings) - files
    if motion.original_file is None:
        assert Document.objects.count() == documents
        assert new == set()
    else:
        assert Document.objects.count() == documents + 1
        (name,) = new
        assert name == motion.original_file.file.name
        assert name.startswith("documents/motie-") and name.endswith((".pdf", ".docx"))
    return True


@pytest.fixture(scope="module")
def good_pdf():
    return make_pdf("Motie Proef", ["Constaterende dat het kan.", "Verzoekt het college."])


def docx_bytes():
    import docx

    document = docx.Document()
    document.add_paragraph("Verzoekt het college iets te doen.")
    output = io.BytesIO()
    document.save(output)
    return output.getvalue()


FILE_NAMES = st.one_of(
    st.sampled_from(
        [
            "motie.pdf",
            "../../etc/passwd.pdf",
            "..\\..\\windows\\system32\\motie.pdf",
            "/etc/passwd",
            "..",
            ".",
            "",
            "motie.pdf\x00.exe",
            "motie\x00.pdf",
            "\x00",
            "a" * 300 + ".pdf",
            "ü" * 150 + ".docx",
            ".htaccess",
            "motie.pdf.html",
            "con.pdf",
            "&#47;etc&#47;passwd",
            "motie\r\nContent-Type: text/html",
            'motie".pdf',
            PROBE + ".pdf",
        ]
    ),
    st.text(alphabet=st.characters(exclude_categories=("Cs",)), max_size=40),
)


@st.composite
def uploaded_content(draw, pdf, docx):
    kind = draw(
        st.sampled_from(["random", "pdf cut", "pdf flipped", "docx cut", "pdf", "docx", "prefixed"])
    )
    if kind == "random":
        return draw(st.binary(max_size=3000))
    if kind == "prefixed":
        prefix = draw(st.sampled_from([b"%PDF-1.7\n", b"PK\x03\x04", b"\xd0\xcf\x11\xe0"]))
        return prefix + draw(st.binary(max_size=2000))
    if kind == "pdf cut":
        return pdf[: draw(st.integers(0, len(pdf) - 1))]
    if kind == "docx cut":
        return docx[: draw(st.integers(0, len(docx) - 1))]
    if kind == "pdf flipped":
        data = bytearray(pdf)
        for _ in range(draw(st.integers(1, 20))):
            position = draw(st.integers(0, len(data) - 1))
            data[position] = draw(st.integers(0, 255))
        return bytes(data)
    return pdf if kind == "pdf" else docx


def test_any_uploaded_file(upload_form, good_pdf, settings):
    docx = docx_bytes()

    @FUZZ
    @given(
        content=uploaded_content(good_pdf, docx),
        name=FILE_NAMES,
        claimed=st.sampled_from(
            ["application/pdf", "application/octet-stream", "text/html", "image/png", ""]
        ),
    )
    def run(content, name, claimed):
        before = snapshot(settings)
        response = upload_form((name, content, claimed), title=f"Motie Proef {len(content)}")
        check_upload(response, before, settings)

    run()


def rc4_encrypted(pdf):
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(pdf)))
    writer.encrypt(user_password="geheim", owner_password="eigenaar", algorithm="RC4-128")
    output = io.BytesIO()
    writer.write(output)
    return output.getvalue()


def owner_password_only(pdf):
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(pdf)))
    writer.encrypt(user_password="", owner_password="eigenaar", algorithm="RC4-128")
    output = io.BytesIO()
    writer.write(output)
    return output.getvalue()


def aes256_encrypted(pdf):
    """A PDF whose trailer says it is encrypted with AES-256 (PDF 2.0, /V 5 /R 6), added
    as an incremental update. pypdf needs the `cryptography` package to even try such a
    file, and the site does not install it: this is what a member's AES-protected PDF
    does on the server."""
    start = int(re.findall(rb"startxref\s+(\d+)", pdf)[-1])
    number = int(re.search(rb"/Size (\d+)", pdf).group(1))
    offset = len(pdf)
    encrypt = (
        b"%d 0 obj\n<< /Filter /Standard /V 5 /R 6 /Length 256 /P -4 /O <%s> /U <%s> "
        b"/OE <%s> /UE <%s> /Perms <%s> /CF << /StdCF << /CFM /AESV3 /AuthEvent /DocOpen "
        b"/Length 32 >> >> /StmF /StdCF /StrF /StdCF >>\nendobj\n"
        % (number, b"00" * 48, b"00" * 48, b"00" * 32, b"00" * 32, b"00" * 16)
    )
    xref = b"xref\n%d 1\n%010d 00000 n \n" % (number, offset)
    trailer = (
        b"trailer\n<< /Size %d /Root 1 0 R /Encrypt %d 0 R /ID [<%s> <%s>] /Prev %d >>\n"
        b"startxref\n%d\n%%%%EOF\n"
        % (number + 1, number, b"11" * 16, b"11" * 16, start, offset + len(encrypt))
    )
    return pdf + encrypt + xref + trailer


def zip_file(entries, compression=zipfile.ZIP_DEFLATED):
    output = io.BytesIO()
    with zipfile.ZipFile(output, "w", compression) as archive:
        for name, data in entries:
            archive.writestr(name, data)
    return output.getvalue()


def with_entries(docx, entries):
    output = io.BytesIO(docx)
    with zipfile.ZipFile(output, "a", zipfile.ZIP_DEFLATED) as archive:
        for name, data in entries:
            archive.writestr(name, data)
    return output.getvalue()


def lying_docx(docx):
    """A real .docx whose central directory understates how big word/document.xml is."""
    data = bytearray(docx)
    position = data.find(b"PK\x01\x02")
    while position != -1:
        name_length = int.from_bytes(data[position + 28 : position + 30], "little")
        name = bytes(data[position + 46 : position + 46 + name_length])
        if name == b"word/document.xml":
            data[position + 24 : position + 28] = (10).to_bytes(4, "little")
        position = data.find(b"PK\x01\x02", position + 4)
    return bytes(data)


def empty_pdf():
    output = io.BytesIO()
    PdfWriter().write(output)
    return output.getvalue()


BAD_FILES = {
    "empty": (lambda pdf, limit: b"", "bestand is leeg"),
    "one byte over the limit": (
        lambda pdf, limit: pdf + b"\n" * (limit + 1 - len(pdf)),
        "Het bestand is te groot",
    ),
    "pdf with a user password (RC4)": (lambda pdf, limit: rc4_encrypted(pdf), "beveiligd"),
    "pdf with a user password (AES-256)": (
        lambda pdf, limit: aes256_encrypted(pdf),
        "beveiligd",
    ),
    "pdf cut off before %%EOF": (
        lambda pdf, limit: pdf[: pdf.rfind(b"%%EOF")],
        "beschadigd of onvolledig",
    ),
    "pdf cut in half": (lambda pdf, limit: pdf[: len(pdf) // 2], "beschadigd of onvolledig"),
    "pdf without pages": (lambda pdf, limit: empty_pdf(), "beschadigd of onvolledig"),
    "docx zip bomb": (
        lambda pdf, limit: with_entries(docx_bytes(), [("word/media/a.bin", b"\0" * 5_000_000)]),
        "onredelijk grote hoeveelheid",
    ),
    "docx of many entries": (
        lambda pdf, limit: with_entries(docx_bytes(), [(f"x/{n}", b"") for n in range(1001)]),
        "onredelijk grote hoeveelheid",
    ),
    "docx whose sizes lie": (lambda pdf, limit: lying_docx(docx_bytes()), "beschadigd"),
    "docx truncated": (lambda pdf, limit: docx_bytes()[:-200], "beschadigd"),
    "zip without word/document.xml": (
        lambda pdf, limit: zip_file([("../../../../tmp/clb-zip-slip.txt", "boe")]),
        "geen Word-document",
    ),
    "old word file": (
        lambda pdf, limit: b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 500,
        "oud Word-bestand",
    ),
    "html": (lambda pdf, limit: b"<!DOCTYPE html><script>alert(1)</script>", "geen PDF"),
    "svg": (lambda pdf, limit: b"<svg onload=alert(1)>", "geen PDF"),
    "random bytes": (lambda pdf, limit: bytes(range(256)) * 4, "geen PDF"),
}


@pytest.mark.parametrize("case", sorted(BAD_FILES))
def test_bad_files(upload_form, good_pdf, settings, case):
    make, message = BAD_FILES[case]
    content = make(good_pdf, settings.MOTION_UPLOAD_MAX_BYTES)
    before = snapshot(settings)
    response = upload_form(("motie.pdf", content, "application/pdf"))
    assert response.status_code == 400, case
    assert not check_upload(response, before, settings)
    assert message in response.content.decode()
    assert not (settings.MEDIA_ROOT.parent / "tmp" / "clb-zip-slip.txt").exists()


def test_a_docx_with_zip_bombs_inside_is_checked_without_unpacking_them(upload_form, settings):
    """Embedded archives are not unpacked: not by the checks, not by the text extraction."""
    inner = zip_file([("a.xml", b"\0" * (20 * 1024 * 1024))])
    content = with_entries(
        docx_bytes(), [(f"word/embeddings/bomb{n}.zip", inner) for n in range(3)]
    )
    assert len(content) < 200 * 1024
    before = snapshot(settings)
    response = upload_form(("motie.docx", content, "application/octet-stream"))
    assert check_upload(response, before, settings)


def test_a_pdf_with_only_an_owner_password_is_accepted(upload_form, good_pdf, settings):
    before = snapshot(settings)
    response = upload_form(("motie.pdf", owner_password_only(good_pdf), "application/pdf"))
    assert check_upload(response, before, settings)


def test_the_default_limit_refuses_a_file_just_over_ten_megabytes(upload_form, good_pdf, settings):
    settings.MOTION_UPLOAD_MAX_BYTES = 10 * 1024 * 1024
    before = snapshot(settings)
    content = good_pdf + b"\n" * (10 * 1024 * 1024 + 1 - len(good_pdf))
    response = upload_form(("motie.pdf", content, "application/pdf"))
    assert response.status_code == 400
    assert "Het bestand is te groot" in response.content.decode()
    assert not check_upload(response, before, settings)


@pytest.mark.parametrize(
    "name",
    [
        "../../etc/passwd.pdf",
        "..\\..\\motie.pdf",
        "/etc/passwd",
        "motie\x00.pdf",
        "a" * 300 + ".pdf",
        "&#46;&#46;&#47;motie.pdf",
        PROBE + ".pdf",
    ],
)
def test_file_names_never_reach_the_disk(upload_form, good_pdf, settings, name):
    before = snapshot(settings)
    response = upload_form((name, good_pdf, "application/pdf"), title="Motie Padnaam")
    assert check_upload(response, before, settings)
    motion = Motion.objects.get(title="Motie Padnaam")
    assert motion.original_file.file.name.startswith("documents/motie-motie-padnaam")


@pytest.mark.parametrize("name", ["..", ".", "", "\x00", "/"])
def test_a_file_without_a_usable_name_is_no_file(upload_form, good_pdf, settings, name):
    """Django drops a file part whose name is nothing once cleaned: the form then asks
    for a file or the text, in Dutch."""
    before = snapshot(settings)
    response = upload_form((name, good_pdf, "application/pdf"))
    assert not check_upload(response, before, settings)
    assert "Voeg een bestand toe" in response.content.decode()


# Text fields of the upload form ----------------------------------------------------------------


@FUZZ
@given(
    fields=st.dictionaries(
        st.sampled_from(
            [
                "title",
                "summary",
                "submitters",
                "parties",
                "tags",
                "findings",
                "considerations",
                "operative_text",
                "source_url",
                "date_submitted",
                "outcome",
                "document_type",
                "governing_body",
                "theme",
                "adapted_from",
            ]
        ),
        st.one_of(
            st.text(alphabet=st.characters(exclude_categories=("Cs",)), max_size=50),
            st.sampled_from(
                ["\x00", "x" * 10_000, "9" * 30, "-1", "javascript:alert(1)", PROBE, "²"]
            ),
        ),
        max_size=6,
    )
)
def test_any_text_in_the_upload_form(upload_form, settings, fields):
    before = snapshot(settings)
    response = upload_form(**{"operative_text": "Verzoekt het college.", **fields})
    saved = check_upload(response, before, settings)
    assert "<script>alert(1)" not in response.content.decode()
    if saved:
        motion = Motion.objects.order_by("-pk").first()
        assert "\x00" not in motion.title + motion.findings + motion.operative_text


def test_an_overlong_address_gets_the_dutch_400_page(client, site):
    """Sending a visitor to the login page with a way back longer than Django allows in a
    redirect is refused (400); the visitor sees our Dutch page, not Django's English one."""
    response = client.get("/agenda/mijn-agenda-feed/", QUERY_STRING="soort=" + "a" * 20_000)
    assert response.status_code == 400
    body = response.content.decode()
    assert '<html lang="nl"' in body and "Ongeldige aanvraag" in body
