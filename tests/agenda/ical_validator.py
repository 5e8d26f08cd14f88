"""
A strict check of iCalendar output against the parts of RFC 5545 (and RFC 7986) that
calendar programs trip over. Stricter than ``icalendar``'s parser, which forgives a
lot: it works on the raw bytes.

    problems = validate(response.content)
    assert problems == []
"""

import re

NAME = re.compile(r"^(?:[A-Za-z0-9-]+)$")
PARAM = re.compile(
    r'^[A-Za-z0-9-]+=(?:"[^"\x00-\x1f]*"|[^";:,\x00-\x1f]*)(?:,(?:"[^"]*"|[^";:,]*))*$'
)
DATE = re.compile(r"^\d{8}$")
DATE_TIME_LOCAL = re.compile(r"^\d{8}T\d{6}$")
DATE_TIME_UTC = re.compile(r"^\d{8}T\d{6}Z$")
DURATION = re.compile(r"^[+-]?P(?:\d+W|(?:\d+D)?(?:T(?:\d+H)?(?:\d+M)?(?:\d+S)?)?)$")
UTC_OFFSET = re.compile(r"^[+-]\d{4}(?:\d{2})?$")
# TEXT properties whose values must escape , ; and \ (RFC 5545 3.3.11).
TEXT_PROPERTIES = {
    "SUMMARY",
    "DESCRIPTION",
    "LOCATION",
    "COMMENT",
    "NAME",
    "X-WR-CALNAME",
    "X-WR-CALDESC",
    "TZNAME",
}
UNESCAPED = re.compile(r"(?<!\\)(?:\\\\)*[,;]")
CALENDAR_SINGLE = {"VERSION", "PRODID", "CALSCALE", "METHOD"}
EVENT_REQUIRED = {"UID", "DTSTAMP", "DTSTART"}
EVENT_SINGLE = {
    "UID",
    "DTSTAMP",
    "DTSTART",
    "DTEND",
    "DURATION",
    "SUMMARY",
    "DESCRIPTION",
    "LOCATION",
    "STATUS",
    "SEQUENCE",
    "URL",
    "LAST-MODIFIED",
    "CREATED",
    "CLASS",
    "TRANSP",
}
EVENT_STATUSES = {"TENTATIVE", "CONFIRMED", "CANCELLED"}


class Line:
    def __init__(self, number, name, params, value):
        self.number = number
        self.name = name
        self.params = params
        self.value = value

    def param(self, key):
        return self.params.get(key)


def _split_params(text):
    """Split 'NAME;A=1;B="x;y"' on the semicolons that are outside quotes."""
    parts, current, quoted = [], [], False
    for char in text:
        if char == '"':
            quoted = not quoted
        if char == ";" and not quoted:
            parts.append("".join(current))
            current = []
        else:
            current.append(char)
    parts.append("".join(current))
    return parts


def _split_name_value(line):
    quoted = False
    for index, char in enumerate(line):
        if char == '"':
            quoted = not quoted
        elif char == ":" and not quoted:
            return line[:index], line[index + 1 :]
    return None, None


def content_lines(data, problems):
    """Check the physical lines and unfold them into content lines."""
    if isinstance(data, str):
        problems.append("output is text, not bytes")
        data = data.encode()
    if not data.endswith(b"\r\n"):
        problems.append("the last line does not end with CRLF")
    physical = data.split(b"\r\n")
    if physical and physical[-1] == b"":
        physical = physical[:-1]
    unfolded = []
    for number, raw in enumerate(physical, start=1):
        if b"\n" in raw or b"\r" in raw:
            problems.append(f"line {number}: bare LF or CR (lines must end with CRLF)")
        if len(raw) > 75:
            problems.append(f"line {number}: {len(raw)} octets (at most 75 before CRLF)")
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError:
            problems.append(f"line {number}: not UTF-8 (a fold may split a character)")
            text = raw.decode("utf-8", "replace")
        if re.search(r"[\x00-\x08\x0a-\x1f\x7f]", text):
            problems.append(f"line {number}: control character")
        if text.startswith((" ", "\t")):
            if not unfolded:
                problems.append(f"line {number}: continuation without a line before it")
                continue
            unfolded[-1] = (unfolded[-1][0], unfolded[-1][1] + text[1:])
        else:
            unfolded.append((number, text))
    lines = []
    for number, text in unfolded:
        head, value = _split_name_value(text)
        if head is None:
            problems.append(f"line {number}: no ':' between name and value: {text[:40]!r}")
            continue
        name, *raw_params = _split_params(head)
        if not NAME.match(name):
            problems.append(f"line {number}: bad property name {name!r}")
        params = {}
        for raw in raw_params:
            if not PARAM.match(raw):
                problems.append(f"line {number}: bad parameter {raw!r}")
                continue
            key, _, param_value = raw.partition("=")
            params[key.upper()] = param_value.strip('"')
        lines.append(Line(number, name.upper(), params, value))
    return lines


def _check_date_value(line, problems, *, where):
    value_type = line.param("VALUE")
    if value_type == "DATE":
        if not DATE.match(line.value):
            problems.append(f"{where} {line.name}: {line.value!r} is not a DATE")
        if line.param("TZID"):
            problems.append(f"{where} {line.name}: a DATE has no TZID")
        return "DATE"
    if value_type not in (None, "DATE-TIME"):
        problems.append(f"{where} {line.name}: VALUE={value_type} is not allowed")
    if line.param("TZID"):
        if not DATE_TIME_LOCAL.match(line.value):
            problems.append(f"{where} {line.name}: {line.value!r} with TZID must be local time")
    elif not (DATE_TIME_UTC.match(line.value) or DATE_TIME_LOCAL.match(line.value)):
        problems.append(f"{where} {line.name}: {line.value!r} is not a DATE-TIME")
    return "DATE-TIME"


def _check_component(name, lines, problems, tzids_used):
    where = f"{name} (line {lines[0].number if lines else '?'})"
    counts = {}
    for line in lines:
        counts[line.name] = counts.get(line.name, 0) + 1
        if line.name in TEXT_PROPERTIES and UNESCAPED.search(line.value):
            problems.append(f"{where} {line.name}: unescaped , or ; in TEXT {line.value[:40]!r}")
        if line.param("TZID"):
            tzids_used.add(line.param("TZID"))
    if name == "VEVENT":
        for required in EVENT_REQUIRED:
            if counts.get(required) != 1:
                problems.append(f"{where}: needs exactly one {required}")
        for single in EVENT_SINGLE:
            if counts.get(single, 0) > 1:
                problems.append(f"{where}: more than one {single}")
        if counts.get("DTEND") and counts.get("DURATION"):
            problems.append(f"{where}: both DTEND and DURATION")
        by_name = {line.name: line for line in lines}
        kinds = {}
        for key in ("DTSTART", "DTEND"):
            if key in by_name:
                kinds[key] = _check_date_value(by_name[key], problems, where=where)
        for key in ("DTSTAMP", "LAST-MODIFIED", "CREATED"):
            if key in by_name and not DATE_TIME_UTC.match(by_name[key].value):
                problems.append(f"{where} {key}: must be UTC (…Z), got {by_name[key].value!r}")
        if len(set(kinds.values())) > 1:
            problems.append(f"{where}: DTSTART and DTEND are of different value types")
        if (
            "DTSTART" in by_name
            and "DTEND" in by_name
            and kinds.get("DTSTART") == "DATE"
            and by_name["DTEND"].value <= by_name["DTSTART"].value
        ):
            problems.append(f"{where}: all-day DTEND must be after DTSTART (exclusive)")
        if (
            "DTSTART" in by_name
            and "DTEND" in by_name
            and by_name["DTSTART"].param("TZID") == by_name["DTEND"].param("TZID")
            and by_name["DTEND"].value < by_name["DTSTART"].value
        ):
            problems.append(f"{where}: DTEND before DTSTART")
        if "STATUS" in by_name and by_name["STATUS"].value not in EVENT_STATUSES:
            problems.append(f"{where}: STATUS {by_name['STATUS'].value!r} is not for a VEVENT")
        if "SEQUENCE" in by_name and not by_name["SEQUENCE"].value.isdigit():
            problems.append(f"{where}: SEQUENCE must be a non-negative integer")
        if "UID" in by_name and not by_name["UID"].value.strip():
            problems.append(f"{where}: empty UID")
    if name in ("STANDARD", "DAYLIGHT"):
        for required in ("DTSTART", "TZOFFSETFROM", "TZOFFSETTO"):
            if counts.get(required) != 1:
                problems.append(f"{where}: needs exactly one {required}")
        for line in lines:
            if line.name in ("TZOFFSETFROM", "TZOFFSETTO") and not UTC_OFFSET.match(line.value):
                problems.append(f"{where} {line.name}: bad offset {line.value!r}")
            if line.name == "DTSTART" and not DATE_TIME_LOCAL.match(line.value):
                problems.append(f"{where} DTSTART: must be local time, got {line.value!r}")


def validate(data):
    """Return a list of problems; an empty list means the calendar passed."""
    problems = []
    lines = content_lines(data, problems)
    if not lines or lines[0].name != "BEGIN" or lines[0].value.upper() != "VCALENDAR":
        problems.append("the stream does not start with BEGIN:VCALENDAR")
    if not lines or lines[-1].name != "END" or lines[-1].value.upper() != "VCALENDAR":
        problems.append("the stream does not end with END:VCALENDAR")

    stack = []  # [(component name, [its own lines])]
    tzids_defined, tzids_used = set(), set()
    calendar_counts = {}
    components = 0
    for line in lines:
        if line.name == "BEGIN":
            component = line.value.upper()
            if not stack and component != "VCALENDAR":
                problems.append(f"line {line.number}: {component} outside VCALENDAR")
            if stack and stack[-1][0] == "VCALENDAR":
                components += 1
            stack.append((component, []))
            continue
        if line.name == "END":
            component = line.value.upper()
            if not stack or stack[-1][0] != component:
                problems.append(f"line {line.number}: END:{component} does not close BEGIN")
                continue
            name, own = stack.pop()
            if name == "VTIMEZONE":
                tzid = [item.value for item in own if item.name == "TZID"]
                if len(tzid) != 1:
                    problems.append(f"line {line.number}: VTIMEZONE needs exactly one TZID")
                else:
                    tzids_defined.add(tzid[0])
            elif name != "VCALENDAR":
                _check_component(name, own, problems, tzids_used)
            continue
        if not stack:
            problems.append(f"line {line.number}: {line.name} outside any component")
            continue
        stack[-1][1].append(line)
        if stack[-1][0] == "VCALENDAR":
            calendar_counts[line.name] = calendar_counts.get(line.name, 0) + 1
            if line.name in TEXT_PROPERTIES and UNESCAPED.search(line.value):
                problems.append(f"VCALENDAR {line.name}: unescaped , or ; in TEXT")
            if line.name == "VERSION" and line.value != "2.0":
                problems.append(f"VERSION must be 2.0, got {line.value!r}")
            if line.name == "REFRESH-INTERVAL" and (
                line.param("VALUE") != "DURATION" or not DURATION.match(line.value)
            ):
                problems.append("REFRESH-INTERVAL needs VALUE=DURATION and a duration")
            if line.name == "X-PUBLISHED-TTL" and not DURATION.match(line.value):
                problems.append(f"X-PUBLISHED-TTL {line.value!r} is not a duration")
    if stack:
        problems.append(f"unclosed components: {[name for name, _ in stack]}")
    for required in ("VERSION", "PRODID"):
        if calendar_counts.get(required) != 1:
            problems.append(f"VCALENDAR needs exactly one {required}")
    for single in CALENDAR_SINGLE:
        if calendar_counts.get(single, 0) > 1:
            problems.append(f"VCALENDAR has more than one {single}")
    if components == 0:
        problems.append("VCALENDAR contains no component")
    for tzid in sorted(tzids_used - tzids_defined):
        problems.append(f"TZID={tzid} is used but has no VTIMEZONE")
    return problems
