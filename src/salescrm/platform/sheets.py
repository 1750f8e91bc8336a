"""Spreadsheets written for download (exports, rejected rows, templates): CSV in UTF-8 with a
byte-order mark (Excel opens it as UTF-8) or XLSX, into a spooled temporary file (memory stays
flat at any size), streamed out with an RFC 6266 ``Content-Disposition``.

Text cells that a spreadsheet would run as a formula (starting with = + - @, a tab or a
carriage return, or their full-width forms) get a leading ``'``; an import strips it again.
"""

from __future__ import annotations

import csv
import io
import tempfile
from collections.abc import Iterator
from decimal import Decimal
from typing import IO, Literal
from urllib.parse import quote

from openpyxl import Workbook
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

from salescrm.core.clock import utcnow

ExportFormat = Literal["csv", "xlsx"]
Cell = str | int | float | Decimal | None

#: A file is kept in memory up to this size, then in a temporary file.
SPOOL_BYTES = 8 * 1024 * 1024
FORMULA_START = ("=", "+", "-", "@", "\t", "\r", "＝", "＋", "－", "＠")

MEDIA_TYPES = {
    "csv": "text/csv; charset=utf-8",
    "xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
}


def safe_text(value: str) -> str:
    """A text cell a spreadsheet will not run as a formula."""
    value = ILLEGAL_CHARACTERS_RE.sub("", value)
    return "'" + value if value.startswith(FORMULA_START) else value


class Sheet:
    """Rows written to a spooled temporary file, as CSV or XLSX."""

    def __init__(self, file_format: ExportFormat, title: str, header: list[str]) -> None:
        self.format = file_format
        self.file: IO[bytes] = tempfile.SpooledTemporaryFile(max_size=SPOOL_BYTES)  # noqa: SIM115
        if file_format == "csv":
            self.text = io.TextIOWrapper(self.file, encoding="utf-8-sig", newline="")
            self.csv = csv.writer(self.text)
            self.csv.writerow(header)
        else:
            self.book = Workbook(write_only=True)
            self.sheet = self.book.create_sheet(title)
            self.sheet.append(header)

    def add(self, cells: list[Cell]) -> None:
        values = [safe_text(c) if isinstance(c, str) else c for c in cells]
        if self.format == "csv":
            self.csv.writerow(["" if v is None else v for v in values])
        else:
            self.sheet.append(values)

    def finish(self) -> IO[bytes]:
        if self.format == "csv":
            self.text.flush()
            self.text.detach()
        else:
            self.book.save(self.file)
        self.file.seek(0)
        return self.file


def stream(file: IO[bytes]) -> Iterator[bytes]:
    try:
        while block := file.read(1 << 16):
            yield block
    finally:
        file.close()


def content_disposition(stem: str, ascii_stem: str, file_format: str) -> str:
    """RFC 6266: an ASCII ``filename`` for old clients, the UTF-8 ``filename*`` for the rest."""
    stamp = utcnow().strftime("%Y%m%d-%H%M%S")
    fallback = f"{ascii_stem}-{stamp}.{file_format}"
    utf8 = quote(f"{stem}-{stamp}.{file_format}", safe="")
    return f"attachment; filename=\"{fallback}\"; filename*=UTF-8''{utf8}"
