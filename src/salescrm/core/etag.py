"""Entity tags from record versions; ``If-Match`` / ``If-None-Match`` parsing."""

from __future__ import annotations

import re

from salescrm.core.errors import BadRequest, PreconditionFailed

_TAG = re.compile(r'^\s*(?:W/)?"(\d{1,18})"\s*$')


def etag(version: int) -> str:
    return f'"{version}"'


def parse_if_match(header: str | None) -> int | None:
    """The version the client expects, or None when it sent no precondition (or ``*``)."""
    if header is None or header.strip() == "*":
        return None
    match = _TAG.match(header)
    if match is None:
        raise BadRequest("bad_if_match")
    return int(match.group(1))


def check_version(current: int, expected: int | None) -> None:
    if expected is not None and expected != current:
        raise PreconditionFailed(
            "stale_version", expected=expected, current=current, headers={"ETag": etag(current)}
        )


def none_match(header: str | None, version: int) -> bool:
    """True when ``If-None-Match`` names the current version (answer 304)."""
    if not header:
        return False
    return any(
        tag.strip() in (etag(version), f"W/{etag(version)}", "*") for tag in header.split(",")
    )
