"""File names from uploaders: shown, never trusted, and sent back in a safe header.

The name a client sends is display text only (storage keys are generated), so sanitising it is
about showing it safely: the last path segment, no control characters, at most 255 characters
with the extension kept. ``content_disposition`` writes RFC 6266 ``attachment`` with an ASCII
fallback ``filename`` and the exact name as RFC 5987 ``filename*`` (Chinese names survive).
"""

from __future__ import annotations

import re
import unicodedata
from urllib.parse import quote

MAX_NAME = 255
DEFAULT_NAME = "file"
_UNSAFE = re.compile(r"[\x00-\x1f\x7f-\x9f]")
_FALLBACK_UNSAFE = re.compile(r"[^A-Za-z0-9!#$&+.^_`|~ -]")


def display_name(raw: str | None) -> str:
    """``../../etc/passwd.png`` → ``passwd.png``; ``C:\\x\\报价单.pdf`` → ``报价单.pdf``."""
    name = unicodedata.normalize("NFC", raw or "")
    name = _UNSAFE.sub("", name)
    name = re.split(r"[/\\]", name)[-1].strip().lstrip(".").strip()
    if not name:
        return DEFAULT_NAME
    if len(name) > MAX_NAME:
        stem, dot, extension = name.rpartition(".")
        if dot and 0 < len(extension) <= 16:
            name = stem[: MAX_NAME - len(extension) - 1] + "." + extension
        else:
            name = name[:MAX_NAME]
    return name


def content_disposition(name: str) -> str:
    """``attachment; filename="___.pdf"; filename*=UTF-8''%E6%8A%A5...`` for any display name."""
    fallback = _FALLBACK_UNSAFE.sub("_", name) or DEFAULT_NAME
    encoded = quote(name, safe="")
    return f"attachment; filename=\"{fallback}\"; filename*=UTF-8''{encoded}"
