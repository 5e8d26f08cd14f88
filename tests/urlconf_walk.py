"""
Every URL pattern the site serves, from the URL configuration itself, and an example URL
for each (tests/test_access_table.py): a new route cannot be left out of the tests.
"""

import re
import uuid
from dataclasses import dataclass

from django.urls import URLPattern, URLResolver, get_resolver
from django.urls.converters import IntConverter, UUIDConverter
from django.urls.resolvers import RegexPattern, RoutePattern

try:  # Python 3.11+
    from re import _constants as sre_constants
    from re import _parser as sre_parse
except ImportError:  # pragma: no cover
    import sre_constants
    import sre_parse


@dataclass(frozen=True)
class Route:
    pattern: str  # the full pattern text, for messages
    name: str | None
    example: str  # a URL path that this pattern matches, with placeholder values


def walk(patterns=None, prefix="", example="/"):
    """Yield a Route for every leaf pattern below ``patterns`` (the root URLconf)."""
    if patterns is None:
        patterns = get_resolver().url_patterns
    for entry in patterns:
        text = prefix + str(entry.pattern)
        sample = example + example_for(entry.pattern)
        if isinstance(entry, URLResolver):
            yield from walk(entry.url_patterns, text, sample)
        elif isinstance(entry, URLPattern):
            yield Route(pattern=text, name=entry.name, example=sample)


def example_for(pattern):
    """A string that ``pattern`` (a RoutePattern or RegexPattern) matches."""
    if isinstance(pattern, RoutePattern):
        route = str(pattern._route)

        def fill(match):
            converter = pattern.converters[match.group("name")]
            if isinstance(converter, IntConverter):
                return "1"
            if isinstance(converter, UUIDConverter):
                return str(uuid.UUID(int=1))
            return "x"

        return re.sub(r"<(?:(?P<conv>[^>:]+):)?(?P<name>[^>]+)>", fill, route)
    if isinstance(pattern, RegexPattern):
        return _generate(sre_parse.parse(pattern._regex))
    raise TypeError(f"Unknown pattern type {pattern!r}")


def _generate(parsed):
    """The shortest plausible string a parsed regular expression matches."""
    out = []
    for op, arg in parsed:
        if op is sre_constants.LITERAL:
            out.append(chr(arg))
        elif op is sre_constants.AT:
            continue
        elif op is sre_constants.SUBPATTERN:
            out.append(_generate(arg[-1]))
        elif op is sre_constants.BRANCH:
            # Prefer a branch with digits: "live|earliest|\d+" becomes "1".
            branches = [_generate(branch) for branch in arg[1]]
            out.append(next((b for b in branches if b.isdigit()), branches[0]))
        elif op in (sre_constants.MAX_REPEAT, sre_constants.MIN_REPEAT):
            low, _high, item = arg
            out.append(_generate(item) * max(low, 1))
        elif op is sre_constants.IN:
            out.append(_one_of(arg))
        elif op is sre_constants.ANY:
            out.append("x")
        elif op is sre_constants.CATEGORY:
            out.append(_category(arg))
        else:
            raise ValueError(f"Cannot generate an example for {op}")
    return "".join(out)


def _category(category):
    if category is sre_constants.CATEGORY_DIGIT or category is sre_constants.CATEGORY_WORD:
        return "1"
    return "x"


def _one_of(items):
    for op, arg in items:
        if op is sre_constants.CATEGORY:
            return _category(arg)
    for op, arg in items:
        if op is sre_constants.LITERAL:
            return chr(arg)
        if op is sre_constants.RANGE:
            return chr(arg[0])
    return "x"
