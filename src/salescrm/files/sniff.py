"""What an uploaded file really is, from its bytes: the declared type is a claim to check.

A browser or app declares a ``Content-Type`` from the file name, and an attacker declares
whatever gets through; the stored and served type is the one the content shows. Magic numbers
come from ``puremagic`` (pure Python, nothing for an operator to install); executables are
recognised here first and refused whatever they claim; Office documents are ZIP packages, told
apart by the parts inside; text has no magic and is recognised by decoding.
"""

from __future__ import annotations

import codecs
import re
import zipfile
from collections.abc import Collection
from typing import BinaryIO

import puremagic

from salescrm.core import i18n
from salescrm.core.errors import UnsupportedMediaType

#: How much of the start of a file the sniffers read.
HEAD_BYTES = 64 * 1024

DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
PPTX = "application/vnd.openxmlformats-officedocument.presentationml.presentation"
ZIP = "application/zip"
OCTET_STREAM = "application/octet-stream"
TEXT_TYPES = frozenset({"text/plain", "text/csv"})
HEIF_TYPES = frozenset({"image/heic", "image/heif"})
#: Declared types that claim nothing (the client did not know).
UNDECLARED = frozenset({"", OCTET_STREAM, "binary/octet-stream"})
#: Other names clients use for the same type.
ALIASES = {
    "image/jpg": "image/jpeg",
    "image/pjpeg": "image/jpeg",
    "image/x-png": "image/png",
    "application/x-pdf": "application/pdf",
    "application/csv": "text/csv",
    "text/x-csv": "text/csv",
    "text/comma-separated-values": "text/csv",
    "image/heic-sequence": "image/heic",
    "image/heif-sequence": "image/heif",
}
#: The types ``puremagic`` may report that this module serves (the rest count as unknown).
_MAGIC_TYPES = frozenset(
    {"image/jpeg", "image/png", "image/gif", "image/webp", "image/heif", "application/pdf"}
)
_OFFICE_PARTS = (("word/", DOCX), ("xl/", XLSX), ("ppt/", PPTX))
_HEIC_BRANDS = frozenset({b"heic", b"heix", b"heim", b"heis", b"hevc", b"hevx"})
#: ELF, Mach-O (32/64 bit, both byte orders, universal), and Java classes share 0xCAFEBABE.
_EXECUTABLE_MAGIC = (
    b"\x7fELF",
    b"\xfe\xed\xfa\xce",
    b"\xfe\xed\xfa\xcf",
    b"\xce\xfa\xed\xfe",
    b"\xcf\xfa\xed\xfe",
    b"\xca\xfe\xba\xbe",
)
_BINARY_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")

i18n.register_titles(
    {
        "executable_refused": ("Executable file refused", "拒绝可执行文件"),
        "content_type_mismatch": ("Content does not match its type", "文件内容与声明的类型不符"),
        "file_type_not_allowed": ("File type not allowed", "不允许的文件类型"),
    }
)
i18n.register_details(
    {
        "executable_refused": (
            "The file is a program or script ({kind}); such files are not accepted.",
            "该文件是程序或脚本({kind}),不予接受。",
        ),
        "content_type_mismatch": (
            "The file was declared as {declared} but its content is {sniffed}.",
            "文件声明为 {declared},但其内容为 {sniffed}。",
        ),
        "file_type_not_allowed": (
            "Files of type {sniffed} are not accepted; allowed: {allowed}.",
            "不接受 {sniffed} 类型的文件;允许的类型:{allowed}。",
        ),
    }
)


class ExecutableRefused(UnsupportedMediaType):
    code, detail_key = "executable_refused", "executable_refused"


class ContentTypeMismatch(UnsupportedMediaType):
    code, detail_key = "content_type_mismatch", "content_type_mismatch"


class FileTypeNotAllowed(UnsupportedMediaType):
    code, detail_key = "file_type_not_allowed", "file_type_not_allowed"


def normalize(content_type: str | None) -> str:
    """``Image/JPG; q=1`` → ``image/jpeg``: lower case, no parameters, aliases resolved."""
    media = (content_type or "").split(";", 1)[0].strip().lower()
    return ALIASES.get(media, media)


def executable_kind(head: bytes) -> str | None:
    """The kind of program the bytes start, or None."""
    if head.startswith(_EXECUTABLE_MAGIC):
        return "ELF/Mach-O binary"
    if head.removeprefix(codecs.BOM_UTF8).startswith(b"#!"):
        return "script"
    if head.startswith(b"MZ") and not is_text(head):
        return "Windows executable"
    return None


def is_text(head: bytes) -> bool:
    """Whether the bytes read as text: UTF-8 (or UTF-16 with a BOM, or GB18030), no binary."""
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        encodings: tuple[str, ...] = ("utf-16",)
    elif b"\x00" in head:
        return False
    else:
        encodings = ("utf-8-sig", "gb18030")
    for encoding in encodings:
        try:
            text = codecs.getincrementaldecoder(encoding)().decode(head, final=False)
        except UnicodeDecodeError:
            continue
        return len(_BINARY_CONTROL.findall(text)) <= max(2, len(text) // 1000)
    return False


def _office_type(source: BinaryIO) -> str:
    """A ZIP package's Office type from its parts, or plain ``application/zip``."""
    try:
        with zipfile.ZipFile(source) as package:
            names = package.namelist()
    except Exception:
        return ZIP
    if "[Content_Types].xml" in names:
        for prefix, media in _OFFICE_PARTS:
            if any(name.startswith(prefix) for name in names):
                return media
    return ZIP


def _magic_type(head: bytes) -> str | None:
    try:
        matches = puremagic.magic_string(head)
    except (puremagic.PureError, ValueError):
        return None
    for match in matches:
        if match.mime_type in _MAGIC_TYPES:
            if match.mime_type == "image/heif" and head[8:12] in _HEIC_BRANDS:
                return "image/heic"
            return str(match.mime_type)
    return None


def sniff(source: BinaryIO) -> str:
    """The content type of the whole seekable ``source`` (read from its start, left at 0).

    Raises ``ExecutableRefused`` for programs and scripts; unknown binary content is
    ``application/octet-stream``.
    """
    source.seek(0)
    head = source.read(HEAD_BYTES)
    source.seek(0)
    kind = executable_kind(head)
    if kind is not None:
        raise ExecutableRefused(kind=kind)
    if head.startswith(b"PK\x03\x04"):
        package = _office_type(source)
        source.seek(0)
        return package
    magic = _magic_type(head)
    if magic is not None:
        return magic
    return "text/plain" if head and is_text(head) else OCTET_STREAM


def accept(declared: str | None, sniffed: str, allowed: Collection[str]) -> str:
    """The type to store and serve, or a 415: the sniffed type must be allowed and agree with
    the declared one (a declaration of nothing, ``application/octet-stream``, agrees with all).
    Text types cannot be told apart by content, so a text file keeps its declared text type."""
    claimed = normalize(declared)
    agrees = (
        claimed in UNDECLARED
        or claimed == sniffed
        or (claimed in HEIF_TYPES and sniffed in HEIF_TYPES)
        or (claimed in TEXT_TYPES and sniffed in TEXT_TYPES)
    )
    result = claimed if claimed in TEXT_TYPES and sniffed in TEXT_TYPES else sniffed
    if result not in allowed:
        raise FileTypeNotAllowed(sniffed=result, allowed=", ".join(sorted(allowed)))
    if not agrees:
        raise ContentTypeMismatch(declared=claimed, sniffed=sniffed)
    return result
