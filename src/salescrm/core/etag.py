"""Entity tags from record versions; ``If-Match`` / ``If-None-Match`` as RFC 9110 reads them."""

from __future__ import annotations

import re
from typing import TypeAlias

from salescrm.core.errors import PreconditionFailed

#: One entity tag of a list (RFC 9110 §8.8.3): optional ``W/``, then quoted visible characters.
_TAG = re.compile(r'\s*(?:W/)?"([^"]*)"\s*(?:,|$)')

#: What an ``If-Match`` asks for: the versions it names, or None when it sets no condition
#: (absent, or ``*`` on a record that exists).
Expected: TypeAlias = frozenset[int] | None


def etag(version: int) -> str:
    return f'"{version}"'


def parse_if_match(header: str | None) -> Expected:
    """The versions the client's ``If-Match`` names, or None when it sets no precondition.

    Every value is a condition, never a syntax error: RFC 9110 §13.1.1 makes the condition false
    when no listed tag matches, so a tag that is not one of our versions, or a value that is not
    a list of tags at all, names no version and the write answers 412 with the current ETag.
    """
    if header is None or header.strip() == "*":
        return None
    versions: set[int] = set()
    position = 0
    while position < len(header):
        match = _TAG.match(header, position)
        if match is None or match.end() == position:
            return frozenset()
        if match.group(1).isascii() and match.group(1).isdigit() and len(match.group(1)) <= 18:
            versions.add(int(match.group(1)))
        position = match.end()
    return frozenset(versions)


def check_version(current: int, expected: Expected) -> None:
    """412 with the current ETag unless the precondition names the current version."""
    if expected is None or current in expected:
        return
    if len(expected) == 1:
        raise PreconditionFailed(
            "stale_version",
            expected=min(expected),
            current=current,
            headers={"ETag": etag(current)},
        )
    raise PreconditionFailed("if_match_unmatched", current=current, headers={"ETag": etag(current)})


def none_match(header: str | None, version: int) -> bool:
    """True when ``If-None-Match`` names the current version (answer 304)."""
    if not header:
        return False
    return any(
        tag.strip() in (etag(version), f"W/{etag(version)}", "*") for tag in header.split(",")
    )
