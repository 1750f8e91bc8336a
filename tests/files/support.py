"""Real tiny files and an upload helper for the attachment tests."""

from __future__ import annotations

import io
import struct
import zipfile
import zlib
from typing import Any

import httpx

FILES = "/api/v1/files"

#: A one-page PDF that readers open.
PDF = (
    b"%PDF-1.4\n"
    b"1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
    b"2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
    b"3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 72 72]>>endobj\n"
    b"xref\n0 4\n0000000000 65535 f \n0000000009 00000 n \n0000000052 00000 n \n"
    b"0000000101 00000 n \ntrailer<</Size 4/Root 1 0 R>>\nstartxref\n158\n%%EOF\n"
)
ELF = b"\x7fELF\x02\x01\x01\x00" + b"\x00" * 8 + b"\x02\x00\x3e\x00" + b"\x00" * 44
PE = b"MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff\x00\x00" + b"\x00" * 44 + b"PE\x00\x00"


def png(width: int = 1, height: int = 1) -> bytes:
    """A valid RGB PNG of the given size (black)."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        return (
            struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))
        )

    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    rows = b"".join(b"\x00" + b"\x00\x00\x00" * width for _ in range(height))
    return (
        b"\x89PNG\r\n\x1a\n"
        + chunk(b"IHDR", header)
        + chunk(b"IDAT", zlib.compress(rows))
        + chunk(b"IEND", b"")
    )


def docx() -> bytes:
    """The parts that make a ZIP a Word document."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as package:
        package.writestr("[Content_Types].xml", "<Types/>")
        package.writestr("word/document.xml", "<w:document/>")
    return out.getvalue()


def plain_zip() -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as package:
        package.writestr("notes.txt", "hello")
    return out.getvalue()


async def upload(
    http: httpx.AsyncClient,
    content: bytes,
    *,
    resource: str,
    record_id: str,
    filename: str = "file.png",
    content_type: str = "image/png",
    **headers: str,
) -> httpx.Response:
    return await http.post(
        FILES,
        data={"resource": resource, "record_id": record_id},
        files={"file": (filename, content, content_type)},
        headers=headers,
    )


async def uploaded(http: httpx.AsyncClient, content: bytes, **fields: Any) -> dict[str, Any]:
    response = await upload(http, content, **fields)
    assert response.status_code == 201, response.text
    body: dict[str, Any] = response.json()
    return body
