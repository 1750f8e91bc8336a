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


#: The extensions a file of each (sniffed) type may carry; the first is added to a name that
#: claims another, so ``run.bat`` that is text downloads as ``run.bat.txt`` and a JAR that
#: passes for a DOCX as ``a.jar.docx``: what opens the file is what it is.
EXTENSIONS: dict[str, tuple[str, ...]] = {
    "image/jpeg": (".jpg", ".jpeg", ".jpe", ".jfif"),
    "image/png": (".png",),
    "image/gif": (".gif",),
    "image/webp": (".webp",),
    "image/heic": (".heic",),
    "image/heif": (".heif", ".heic"),
    "application/pdf": (".pdf",),
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document": (".docx",),
    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": (".xlsx",),
    "application/vnd.openxmlformats-officedocument.presentationml.presentation": (".pptx",),
    "text/plain": (".txt", ".log", ".md"),
    "text/csv": (".csv", ".txt"),
}


def _visible(char: str) -> bool:
    """Not a control, format (bidirectional overrides, zero-width) or line-separator char:
    ``\u202egnp.exe`` must not show as ``exe.png``."""
    return unicodedata.category(char) not in {"Cc", "Cf", "Zl", "Zp"}


def display_name(raw: str | None, content_type: str | None = None) -> str:
    """``../../etc/passwd.png`` → ``passwd.png``; ``C:\\x\\报价单.pdf`` → ``报价单.pdf``; with
    the sniffed ``content_type``, an extension that does not fit it gets the right one added."""
    name = unicodedata.normalize("NFC", raw or "")
    name = "".join(char for char in _UNSAFE.sub("", name) if _visible(char))
    name = re.split(r"[/\\]", name)[-1].strip().lstrip(".").strip()
    if not name:
        name = DEFAULT_NAME
    allowed = EXTENSIONS.get(content_type or "")
    if allowed and not name.lower().endswith(allowed):
        name += allowed[0]
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
