"""Entity tags from record versions; ``If-Match`` / ``If-None-Match`` as RFC 9110 reads them."""

from __future__ import annotations

import re
from typing import TypeAlias

from salescrm.core.errors import PreconditionFailed

#: One element of an entity-tag list (RFC 9110 §8.8.3, §5.6.1): optional ``W/``, then quoted
#: characters; an element may be empty (``"5", , "6"``), which a recipient must accept.
_ELEMENT = re.compile(r'[ \t]*(?:(W/)?"([^"]*)")?[ \t]*(?:,|\Z)')

#: What an ``If-Match`` asks for: the versions it names, or None when it sets no condition
#: (absent, or ``*`` on a record that exists).
Expected: TypeAlias = frozenset[int] | None

#: Versions are positive integers far below 10**18; a longer run of digits names none.
_MAX_DIGITS = 18


def etag(version: int) -> str:
    return f'"{version}"'


def _tags(header: str) -> list[tuple[bool, str]] | None:
    """The ``(weak, opaque)`` tags of a list, or None when the value is not a list of tags."""
    tags: list[tuple[bool, str]] = []
    position = 0
    while position < len(header):
        match = _ELEMENT.match(header, position)
        if match is None or match.end() == position:
            return None
        if match.group(2) is not None:
            tags.append((match.group(1) is not None, match.group(2)))
        position = match.end()
    return tags


def _version(opaque: str) -> int | None:
    """The version a tag's opaque part spells in our canonical form (``"7"``, never ``"007"``)."""
    if not (opaque.isascii() and opaque.isdigit() and len(opaque) <= _MAX_DIGITS):
        return None
    version = int(opaque)
    return version if str(version) == opaque else None


def parse_if_match(header: str | None) -> Expected:
    """The versions the client's ``If-Match`` names, or None when it sets no precondition.

    Every value is a condition, never a syntax error: RFC 9110 §13.1.1 makes the condition false
    when no listed tag matches, so a tag that is not one of our versions, or a value that is not
    a list of tags at all, names no version and the write answers 412 with the current ETag.
    If-Match compares strongly (§8.8.3.2): a weak tag never matches.
    """
    if header is None or header.strip() == "*":
        return None
    tags = _tags(header) or []
    versions = {_version(opaque) for weak, opaque in tags if not weak}
    return frozenset(v for v in versions if v is not None)


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


def none_match(header: str | None, current: str) -> bool:
    """True when ``If-None-Match`` names the current ETag ``current`` (answer 304).

    If-None-Match compares weakly (§13.1.2): ``W/"3"`` and ``"3"`` both name version 3.
    """
    if not header:
        return False
    if header.strip() == "*":
        return True
    opaque = current.strip('"')
    return any(tag == opaque for _weak, tag in _tags(header) or [])
