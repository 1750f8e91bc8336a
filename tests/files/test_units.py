"""The pure parts of attachments: names, sniffing, the local store (no database)."""

from __future__ import annotations

import io
from pathlib import Path

import pytest

from salescrm.files import sniff
from salescrm.files.names import content_disposition, display_name
from salescrm.files.storage import LocalDiskStorage, new_key
from tests.files.support import ELF, PDF, PE, docx, plain_zip, png


@pytest.mark.parametrize(
    ("raw", "shown"),
    [
        ("../../etc/passwd.png", "passwd.png"),
        ("C:\\Users\\张三\\报价单.pdf", "报价单.pdf"),
        ("..", "file"),
        ("", "file"),
        (None, "file"),
        (".bashrc", "bashrc"),
        ("a\x00b\r\n.txt", "ab.txt"),
        ("x" * 300 + ".pdf", "x" * 251 + ".pdf"),
        ("\u202egnp.exe", "gnp.exe"),
        ("报价\u200b单\u2028.pdf", "报价单.pdf"),
    ],
)
def test_display_names_have_no_path_and_no_control_characters(raw: str | None, shown: str) -> None:
    assert display_name(raw) == shown


@pytest.mark.parametrize(
    ("raw", "content_type", "shown"),
    [
        ("run.bat", "text/plain", "run.bat.txt"),
        ("evil.ps1", "text/plain", "evil.ps1.txt"),
        ("x.html", "text/plain", "x.html.txt"),
        ("a.jar", "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
         "a.jar.docx"),
        ("照片.JPG", "image/jpeg", "照片.JPG"),
        ("scan", "application/pdf", "scan.pdf"),
        ("名单.csv", "text/csv", "名单.csv"),
    ],
)  # fmt: skip
def test_a_name_carries_an_extension_of_what_the_file_is(
    raw: str, content_type: str, shown: str
) -> None:
    assert display_name(raw, content_type) == shown


def test_a_package_zipfile_cannot_read_is_a_plain_zip() -> None:
    crafted = bytearray(docx())
    central = crafted.rfind(b"PK\x01\x02")
    crafted[central + 6] = 0xFF  # "version needed to extract": one zipfile does not support
    assert sniff.sniff(io.BytesIO(bytes(crafted))) == sniff.ZIP


def test_content_disposition_has_an_ascii_fallback_and_the_exact_name() -> None:
    header = content_disposition('合同"终版";.pdf')
    assert header == (
        'attachment; filename="_______.pdf"; '
        "filename*=UTF-8''%E5%90%88%E5%90%8C%22%E7%BB%88%E7%89%88%22%3B.pdf"
    )


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (png(), "image/png"),
        (PDF, "application/pdf"),
        (b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01" + b"\x00" * 64, "image/jpeg"),
        (b"GIF89a\x01\x00\x01\x00" + b"\x00" * 32, "image/gif"),
        (b"RIFF\x24\x00\x00\x00WEBPVP8 " + b"\x00" * 32, "image/webp"),
        (b"\x00\x00\x00\x18ftypheic\x00\x00\x00\x00mif1heic" + b"\x00" * 16, "image/heic"),
        (docx(), "application/vnd.openxmlformats-officedocument.wordprocessingml.document"),
        (plain_zip(), "application/zip"),
        ("你好,世界\n".encode(), "text/plain"),
        ("你好,世界\n".encode("gbk"), "text/plain"),
        (b"\x00\x01\x02\x03" * 64, "application/octet-stream"),
    ],
)
def test_sniffing_reads_the_content(content: bytes, expected: str) -> None:
    assert sniff.sniff(io.BytesIO(content)) == expected


@pytest.mark.parametrize("content", [ELF, PE, b"#!/usr/bin/env python\nprint(1)\n"])
def test_programs_are_refused(content: bytes) -> None:
    with pytest.raises(sniff.ExecutableRefused):
        sniff.sniff(io.BytesIO(content))


def test_text_starting_with_mz_is_still_text() -> None:
    assert sniff.sniff(io.BytesIO(b"MZ Trading Co.,Ltd,13900000000\n")) == "text/plain"


def test_the_declared_type_must_agree() -> None:
    allowed = {"image/png", "application/pdf", "text/plain", "text/csv", "image/heic"}
    assert sniff.accept("image/PNG; charset=x", "image/png", allowed) == "image/png"
    assert sniff.accept("application/octet-stream", "application/pdf", allowed) == "application/pdf"
    assert sniff.accept(None, "image/png", allowed) == "image/png"
    assert sniff.accept("text/csv", "text/plain", allowed) == "text/csv"
    assert sniff.accept("image/heif", "image/heic", allowed) == "image/heic"
    with pytest.raises(sniff.ContentTypeMismatch):
        sniff.accept("image/png", "application/pdf", allowed)
    with pytest.raises(sniff.FileTypeNotAllowed):
        sniff.accept("application/zip", "application/zip", allowed)


async def test_the_local_store_writes_under_its_root_only(tmp_path: Path) -> None:
    store = LocalDiskStorage(tmp_path)
    key = new_key()
    await store.put(key, io.BytesIO(b"hello"))
    assert b"".join([chunk async for chunk in await store.open(key)]) == b"hello"
    assert not list((tmp_path / ".tmp").iterdir())
    await store.delete(key)
    await store.delete(key)  # a missing key is fine
    for bad in ("../../etc/passwd", "/etc/passwd", "ab/../../x", "passwd.png"):
        with pytest.raises(ValueError, match="not a storage key"):
            store.path(bad)
