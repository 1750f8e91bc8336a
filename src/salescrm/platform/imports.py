"""Imports: a CSV or XLSX file of customers or contacts, checked row by row and written in bulk.

``POST /api/v1/imports`` takes the file (multipart), the ``target`` (``customers`` or
``contacts``), ``dry_run``, ``all_or_nothing`` and an optional ``mapping`` (a JSON object: column
header → field, ``null`` to ignore a column) over the default header synonyms. The file is
recognised by its content, not its name: an XLSX workbook (a ZIP package) or text in UTF-8 (with
or without a BOM), UTF-16 with a BOM, or GBK/GB18030 (what Excel in China writes). Anything else,
an empty file, a file without data rows or without a column for each required field is a 422
before a job exists.

A file of at most ``settings.import_inline_rows`` data rows is processed inside the request
(201 with the finished job); a larger one is stored with the job and answered 202: the request
enqueues the ``process_imports`` task with it (``core.queue``), which a worker runs at once, and
which also runs every 30 s on any worker (``FOR UPDATE SKIP LOCKED`` on PostgreSQL) to resume
the jobs of a worker that died.
Progress (``processed_rows`` of ``total_rows``) is committed with every chunk of rows, so
``GET /api/v1/imports/{id}`` shows it while the job runs.

Decisions:

- Rows are numbered as a spreadsheet shows them: the header is row 1, the first data row is row
  2. Blank rows are skipped but keep their numbers. The first non-blank row is the header.
- Each row is checked by the rules of the API (the target's create schema and its domain rules);
  every problem is reported with its row, field, column, message and ``code``. ``error_count``
  counts rejected rows (duplicates included), ``duplicate_count`` the duplicates among them;
  ``errors`` keeps the first 1000 problems.
- ``dry_run`` writes nothing. A real run writes every valid row; with ``all_or_nothing`` any
  rejected row means nothing is written and the job ends ``failed`` (the errors say why), so a
  client tells "imported" from "not imported" by the status alone.
- A background ``all_or_nothing`` job checks every row first (progress committed as it goes),
  then writes all rows in one transaction; a row that became a duplicate in between (someone
  created the customer meanwhile) fails the job then, and nothing is written.
- Jobs belong to the uploader (``owner_id``): the data scope decides who sees them, and the rows
  are written as the uploader (owner, audit actor, scope of the customers contacts join).
- Parsing rows (schema validation, phone numbers, pinyin) is CPU work: a background job does
  it in worker processes (``PARSE_WORKERS``), so the event loop keeps serving requests and the
  database writes one chunk while the next ones are parsed; a request's own small import does
  it on the event loop, a slice of rows at a time. A thread would fight the loop for the GIL.
- Rows are written with bulk inserts (``COPY`` on PostgreSQL), bypassing the ORM, so the
  importer computes what the flush hooks would (search text, audit entries) itself.
- Files are read as streams within ``ReadLimits`` (``Settings.import_max_*``): a workbook is
  refused (413) by the unpacked sizes its ZIP directory declares before anything is unpacked,
  and unpacking counts against the same limits; the shared strings are held compactly and
  every other part but the worksheet is small (``MAX_SMALL_PART_BYTES``) and counted; CSV
  text is decoded a block at a time. A bomb costs the server the upload's own bytes.
- The upload is read, decoded and checked (a small file parsed row by row) before anything is
  written (the route is ``writes_late``). On SQLite the database's write lock is then taken
  only for a chunk's duplicate checks and writes, and a background job lets it go at every
  checkpoint, so other writers wait for one chunk at most, never for a file being read. (A
  background all-or-nothing job writes in one transaction: it holds the lock for that pass.)
"""

from __future__ import annotations

import asyncio
import codecs
import csv
import gc
import html
import importlib
import io
import json
import logging
import multiprocessing
import os
import posixpath
import re
import struct
import tempfile
import time
import unicodedata
import uuid
import zipfile
from abc import ABC, abstractmethod
from array import array
from collections import deque
from collections.abc import (
    AsyncGenerator,
    AsyncIterator,
    Awaitable,
    Callable,
    Iterator,
    Mapping,
    Sequence,
)
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from contextlib import aclosing, contextmanager
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from decimal import Decimal
from itertools import accumulate, islice
from operator import itemgetter, methodcaller
from typing import IO, Annotated, Any, ClassVar, Literal, TypeVar
from xml.parsers import expat

from fastapi import (
    APIRouter,
    Depends,
    File,
    Form,
    Query,
    Request,
    Response,
    UploadFile,
    status,
)
from fastapi.responses import StreamingResponse
from openpyxl import Workbook
from openpyxl.comments import Comment
from openpyxl.styles.numbers import BUILTIN_FORMATS, is_date_format
from openpyxl.utils import get_column_letter
from openpyxl.utils.datetime import CALENDAR_MAC_1904, CALENDAR_WINDOWS_1900, from_excel
from openpyxl.worksheet.datavalidation import DataValidation
from pydantic import BaseModel, Field
from sqlalchemy import JSON, Date, Table, Uuid, and_, insert, or_, select
from sqlalchemy.ext.asyncio import AsyncSession
from sqlalchemy.orm.exc import StaleDataError

from salescrm.auth.repository import AuthRepository
from salescrm.auth.service import subject_for
from salescrm.config import Settings
from salescrm.core import audit, events, i18n
from salescrm.core.audit import _SKIP as AUDITED_NEVER
from salescrm.core.audit import AuditEntry
from salescrm.core.clock import utcnow
from salescrm.core.crud import IdPath
from salescrm.core.db import statistics
from salescrm.core.db.types import Money, UTCDateTime, quantize_money
from salescrm.core.errors import (
    AppError,
    Forbidden,
    PayloadTooLarge,
    ValidationFailed,
    error_responses,
)
from salescrm.core.etag import etag
from salescrm.core.filtering import FilterOp, eq
from salescrm.core.ids import new_id
from salescrm.core.jobs import Job
from salescrm.core.openapi import response_headers
from salescrm.core.pagination import ListParams, page_of, sort_enum
from salescrm.core.permissions.subject import SYSTEM, Subject
from salescrm.core.queue import enqueue
from salescrm.core.repository import PageResult, Repository
from salescrm.core.schemas import NO_NUL_PATTERN, RecordOut, contains_nul
from salescrm.core.service import ReadService
from salescrm.core.uow import Ctx, UnitOfWorkRoute, begin_write, get_ctx, writes_late
from salescrm.platform.audit import register_scoped_audit
from salescrm.platform.import_owners import (
    MESSAGES_ZH as COMMON_MESSAGES_ZH,
)
from salescrm.platform.import_owners import (
    MOMENT_MESSAGES,
    OwnerDirectory,
    OwnerResolver,
    UnknownOwner,
    parse_moment,
)
from salescrm.platform.models import ImportJob, ImportRejectedRow
from salescrm.platform.sheets import (
    MEDIA_TYPES,
    Cell,
    ExportFormat,
    Sheet,
    content_disposition,
    safe_text,
    stream,
)

log = logging.getLogger("salescrm.imports")

CtxDep = Annotated[Ctx, Depends(get_ctx)]

Target = Literal["customers", "contacts", "opportunities", "activities", "products"]
FileFormat = Literal["csv", "xlsx"]
#: What a row matching an existing record does.
OnDuplicate = Literal["reject", "skip", "fill_empty", "overwrite"]
#: The keys a row is matched to an existing record by (each target supports some).
MatchKey = Literal["credit_code", "name", "phone"]
#: Rows checked (and written) together: one duplicate query and one bulk insert per chunk.
CHUNK_ROWS = 1000
#: Rows parsed on the event loop between two yields to other requests (~30 ms of CPU).
PARSE_SLICE = 100
#: Worker processes parsing the rows of background imports (0: on the event loop).
PARSE_WORKERS = min(2, max((os.cpu_count() or 1) - 1, 1))
#: Chunks parsed ahead of the one being written.
PARSE_AHEAD = 2
#: Problems kept on a job (the counts go on).
MAX_STORED_ERRORS = 1000
#: A running job whose progress has not moved for this long is taken over by another worker.
STALE_AFTER = timedelta(minutes=5)
#: Jobs one run of ``process_imports`` takes on (the rest wait for the next run).
JOBS_PER_RUN = 5
#: One spreadsheet row's XML (or one shared string's), or one line of a CSV file, may not hold
#: more characters than this.
MAX_ROW_CHARS = 1 << 20
#: A workbook's ZIP directory may not exceed this (thousands of parts). Python reads it whole
#: into objects several times its size, so it is checked first.
MAX_ZIP_DIRECTORY = 1 << 20
#: Excel's own limits: columns in a sheet (A to XFD) and characters in a cell.
MAX_COLUMNS = 16_384
MAX_CELL_CHARS = 32_767
#: Excel's most cell formats (``cellXfs``) in a workbook; custom number formats are held to
#: the same count.
MAX_CELL_FORMATS = 64_000
#: A workbook's parts other than its worksheet and shared strings (relationships, workbook,
#: styles) may not unpack to more than this each: real ones weigh kilobytes, and every element
#: of them costs a parser callback.
MAX_SMALL_PART_BYTES = 8 << 20
#: Relationships in one part and sheets in the workbook (each is held while the parts are found).
MAX_PACKAGE_ENTRIES = 10_000
#: Text is checked this much at a time.
TEXT_BLOCK = 1 << 20
MiB = 1 << 20

PERMISSION = "customer:import"

# ----- problems ---------------------------------------------------------------------------------
i18n.register_details(
    {
        "unsupported_file": (
            "The file is not a CSV or XLSX file: {reason}.",
            "文件不是 CSV 或 XLSX 格式:{reason_zh}。",
        ),
        "empty_file": ("The file is empty: {reason}.", "文件为空:{reason_zh}。"),
        "missing_column": (
            "No column holds {fields}; the columns are: {columns}. Name the column in 'mapping' "
            "if its header is not recognised.",
            "文件中没有 {fields_zh} 列;现有的列:{columns}。如表头未被识别,请在 mapping 中指定。",
        ),
        "bad_mapping": ("The mapping is invalid; see 'errors'.", "mapping 无效,详见 errors。"),
        "import_file_too_large": (
            "The file is too large: {reason}. Split it into smaller files.",
            "文件过大:{reason_zh}。请拆分为多个较小的文件。",
        ),
        "import_all_or_nothing": (
            "{count} row(s) have errors; nothing was written (all_or_nothing).",
            "{count} 行有错误,未写入任何数据(all_or_nothing)。",
        ),
    }
)
i18n.register_titles(
    {
        "unsupported_file": ("Unsupported file", "不支持的文件"),
        "empty_file": ("Empty file", "空文件"),
        "missing_column": ("Missing column", "缺少列"),
        "bad_mapping": ("Invalid column mapping", "列映射无效"),
        "file_too_large_expanded": ("File too large once unpacked", "文件解压后过大"),
        "too_many_rows": ("Too many rows", "行数过多"),
    }
)
i18n.register_names({"import_job": "导入任务"})


class UnsupportedFile(ValidationFailed):
    code, detail_key = "unsupported_file", "unsupported_file"

    def __init__(self, reason: str, reason_zh: str) -> None:
        super().__init__(
            errors=[{"loc": ["body", "file"], "msg": reason, "type": "unsupported_file"}],
            reason=reason,
            reason_zh=reason_zh,
        )


class EmptyFile(ValidationFailed):
    code, detail_key = "empty_file", "empty_file"

    def __init__(self, reason: str, reason_zh: str) -> None:
        super().__init__(
            errors=[{"loc": ["body", "file"], "msg": reason, "type": "empty_file"}],
            reason=reason,
            reason_zh=reason_zh,
        )


class FileTooLarge(PayloadTooLarge):
    """A file within the upload limit that unpacks to, or holds, more than an import may."""

    detail_key = "import_file_too_large"

    def __init__(self, reason: str, reason_zh: str) -> None:
        super().__init__(
            errors=[{"loc": ["body", "file"], "msg": reason, "type": self.code}],
            reason=reason,
            reason_zh=reason_zh,
        )


class ExpandedTooLarge(FileTooLarge):
    code = "file_too_large_expanded"


class TooManyRows(FileTooLarge):
    code = "too_many_rows"


class MissingColumn(ValidationFailed):
    code, detail_key = "missing_column", "missing_column"


class BadMapping(ValidationFailed):
    code, detail_key = "bad_mapping", "bad_mapping"


# ----- reading files ----------------------------------------------------------------------------
#: ``(row number, cell texts)``: row 1 is the file's first row.
Row = tuple[int, list[str]]


class Unreadable(Exception):
    """The file (or part of it) cannot be read; the message says why."""

    def __init__(self, reason: str, reason_zh: str) -> None:
        super().__init__(reason)
        self.reason = reason
        self.reason_zh = reason_zh

    def problem(self) -> AppError:
        return UnsupportedFile(self.reason, self.reason_zh)


class TooLarge(Unreadable):
    """The file unpacks to, or holds, more than ``ReadLimits`` allow (413, not 422)."""

    def __init__(self, problem: type[FileTooLarge], reason: str, reason_zh: str) -> None:
        super().__init__(reason, reason_zh)
        self.problem_type = problem

    def problem(self) -> AppError:
        return self.problem_type(self.reason, self.reason_zh)


@dataclass(frozen=True)
class ReadLimits:
    """How much an import's file may unpack to and hold (``Settings.import_max_*``)."""

    expanded_bytes: int
    shared_strings_bytes: int
    rows: int

    @classmethod
    def of(cls, settings: Settings) -> ReadLimits:
        return cls(
            expanded_bytes=settings.import_max_expanded_bytes,
            shared_strings_bytes=settings.import_max_shared_strings_bytes,
            rows=settings.import_max_rows,
        )


def _mib(size: int) -> str:
    return f"{size / MiB:g} MiB"


def detect_format(content: bytes) -> FileFormat:
    """``xlsx`` for a ZIP package, ``csv`` for text; anything else is refused."""
    if not content.strip(b" \t\r\n\x00" + codecs.BOM_UTF8):
        raise EmptyFile("it has no content", "没有内容")
    if content.startswith(b"PK\x03\x04"):
        return "xlsx"
    if content.startswith(b"\xd0\xcf\x11\xe0"):
        raise UnsupportedFile(
            "an Excel 97-2003 (.xls) or password-protected workbook; save it as .xlsx or CSV",
            "这是 Excel 97-2003 (.xls) 或加密的工作簿,请另存为 .xlsx 或 CSV",
        )
    _sample_text(content[: 1 << 16])
    return "csv"


_BINARY_CONTROL = re.compile(r"[\x00-\x08\x0e-\x1f\x7f]")


def _not_text() -> UnsupportedFile:
    return UnsupportedFile(
        "it is neither an XLSX workbook nor text in UTF-8 or GBK",
        "既不是 XLSX 工作簿,也不是 UTF-8 或 GBK 编码的文本",
    )


def text_encoding(content: bytes, *, sample: bool = False) -> tuple[str, int]:
    """The encoding of a text file and where its text starts (after a UTF-8 BOM): UTF-16 by
    its BOM, UTF-8 if all of it is, else GB18030 (a superset of GBK and GB2312).

    Text that is UTF-8 up to a broken byte is refused rather than read as GBK (which would
    turn every Chinese character into another). Checked a block at a time, holding no text.
    ``sample``: ``content`` is the start of a file, possibly cut inside a character.
    """
    if content.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return "utf-16", 0
    if b"\x00" in content:
        raise _not_text()
    start = len(codecs.BOM_UTF8) if content.startswith(codecs.BOM_UTF8) else 0
    decoder = codecs.getincrementaldecoder("utf-8")()
    ascii_before = True
    for at in range(start, len(content), TEXT_BLOCK):
        block = content[at : at + TEXT_BLOCK]
        pending = len(decoder.getstate()[0])  # the start of a character cut by the block
        try:
            decoder.decode(block, final=not sample and at + TEXT_BLOCK >= len(content))
        except UnicodeDecodeError as exc:
            broken = at - start - pending + exc.start
            if start or pending or not ascii_before or not block[: exc.start].isascii():
                raise UnsupportedFile(
                    f"the text is UTF-8 but broken at byte {broken}",
                    f"文本为 UTF-8 编码,但在第 {broken} 字节处损坏",
                ) from exc
            return "gb18030", start
        ascii_before = ascii_before and block.isascii()
    return "utf-8", start


def _sample_text(content: bytes) -> str:
    """The text at the start of a file (refused if it is not text)."""
    encoding, start = text_encoding(content, sample=True)
    try:
        text = codecs.getincrementaldecoder(encoding)().decode(content[start:], final=False)
    except UnicodeDecodeError as exc:
        raise _not_text() from exc
    probe = text[: 1 << 16]
    if probe and len(_BINARY_CONTROL.findall(probe)) > max(2, len(probe) // 1000):
        raise UnsupportedFile("it holds binary data", "包含二进制数据")
    return text


def read_rows(content: bytes, file_format: FileFormat, limits: ReadLimits) -> Iterator[Row]:
    """The file's non-blank rows, each cell stripped, streamed (raises ``Unreadable`` as it
    goes, ``TooLarge`` past ``limits``)."""
    rows = _Workbook(content, limits).rows() if file_format == "xlsx" else _csv_rows(content)
    return _at_most(rows, limits.rows)


def _at_most(rows: Iterator[Row], limit: int) -> Iterator[Row]:
    """The header and at most ``limit`` data rows."""
    for count, row in enumerate(rows):
        if count > limit:
            raise _too_many_rows(limit)
        yield row


def _too_many_rows(limit: int) -> TooLarge:
    return TooLarge(TooManyRows, f"it has more than {limit:,} data rows", f"数据行超过 {limit} 行")


def _csv_rows(content: bytes) -> Iterator[Row]:
    """A CSV file's rows, decoded and parsed as a stream (a few KiB of text at a time): no line,
    nor a row of several lines (line breaks in quotes), longer than ``MAX_ROW_CHARS``
    characters, no row wider than ``MAX_COLUMNS``, no cell longer than the ``csv`` module's
    field limit."""
    try:
        encoding, start = text_encoding(content)
    except UnsupportedFile as exc:
        raise Unreadable(str(exc.params["reason"]), str(exc.params["reason_zh"])) from exc
    raw = io.BytesIO(content)  # shares the bytes, copies nothing
    raw.seek(start)
    lines = _lines(io.TextIOWrapper(raw, encoding=encoding, newline=""))
    first_line = next(lines, "")
    delimiter = max((",", "\t", ";"), key=lambda d: (first_line.count(d), d == ","))
    reader = csv.reader(_chain(first_line, lines), delimiter=delimiter)
    number = 0
    try:
        for record in reader:
            number += 1
            if len(record) > MAX_COLUMNS:
                raise Unreadable(
                    f"row {number} has more than {MAX_COLUMNS:,} columns, Excel's limit",
                    f"第 {number} 行超过 Excel 的上限 {MAX_COLUMNS} 列",
                )
            if sum(map(len, record)) > MAX_ROW_CHARS:
                raise _row_too_long()
            cells = [cell.strip() for cell in record]
            if any(cells):
                yield number, cells
    except csv.Error as exc:
        raise Unreadable(
            f"the CSV text is malformed near row {number + 1} ({exc})",
            f"CSV 内容在第 {number + 1} 行附近格式错误",
        ) from exc


def _lines(stream: io.TextIOWrapper) -> Iterator[str]:
    try:
        while line := stream.readline(MAX_ROW_CHARS):
            if len(line) == MAX_ROW_CHARS and not line.endswith(("\n", "\r")):
                raise Unreadable(
                    f"a line is longer than {MAX_ROW_CHARS:,} characters",
                    f"某一行超过 {MAX_ROW_CHARS} 个字符",
                )
            if "\x00" in line:
                raise Unreadable("it holds NUL characters", "包含 NUL 字符")
            yield line
    except UnicodeDecodeError as exc:
        problem = _not_text()
        raise Unreadable(str(problem.params["reason"]), str(problem.params["reason_zh"])) from exc


def count_rows(content: bytes, file_format: FileFormat, limits: ReadLimits) -> int:
    """How many data rows the file has (a quick count, for progress; corrected at the end):
    a workbook's by the dimension it declares."""
    if file_format == "xlsx":
        return max(_Workbook(content, limits).count_rows() - 1, 0)
    return max(sum(1 for _ in read_rows(content, file_format, limits)) - 1, 0)


_RELS_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_DIMENSION = re.compile(rb'<(?:\w+:)?dimension\s+ref="[A-Z]+(\d{1,9})(?::[A-Z]+(\d{1,9}))?"')
_ROW_END = re.compile(rb"</(?:\w+:)?row>")
_ROOT = re.compile(r"<(\w+:)?worksheet\b")
_INLINE_TEXT = re.compile(r"<(?:\w+:)?t(?:\s[^>]*)?>([^<]*)</(?:\w+:)?t>")
_PHONETIC = re.compile(r"<(?:\w+:)?rPh\b[^>]*>.*?</(?:\w+:)?rPh>", re.S)
_EXCEL_ESCAPE = re.compile(r"_x([0-9A-Fa-f]{4})_")


_T = TypeVar("_T")


def _chain(first: _T, rest: Iterator[_T]) -> Iterator[_T]:
    yield first
    yield from rest


def _xml_text(raw: str) -> str:
    if "&" in raw:
        raw = html.unescape(raw)
    if "_x" in raw:
        raw = _EXCEL_ESCAPE.sub(lambda m: chr(int(m.group(1), 16)), raw)
    return raw


def _index(text: str) -> int | None:
    """``text`` as a small non-negative integer (an index or id in the XML), else None:
    ``str.isdigit`` also accepts ``²`` and ``int`` refuses more than 4,300 digits."""
    return int(text) if text.isascii() and text.isdigit() and len(text) < 10 else None


def _attr(tag: str, name: str) -> str:
    """The value of attribute ``name`` (given as `` r="``) in a start tag, or ``""``."""
    start = tag.find(name)
    if start < 0:
        return ""
    start += len(name)
    return tag[start : tag.find('"', start)]


def _expat(start: Callable[[str, dict[str, str]], None]) -> Any:
    """An expat parser for the package's small XML parts; DTDs and entities are refused."""
    parser = expat.ParserCreate(namespace_separator="}")

    def refuse(*_: object) -> None:
        raise Unreadable("the workbook declares XML entities", "工作簿中声明了 XML 实体")

    parser.StartDoctypeDeclHandler = refuse
    parser.EntityDeclHandler = refuse
    parser.SetParamEntityParsing(expat.XML_PARAM_ENTITY_PARSING_NEVER)
    parser.StartElementHandler = start
    return parser


def _local(name: str) -> str:
    return name.rpartition("}")[2]


def _zip_directory_size(content: bytes) -> int:
    """The size of a ZIP archive's central directory as ``zipfile`` will read it (its end
    record, or the ZIP64 one that precedes it); 0 if there is no end record."""
    end = len(content) - 22
    if end < 0 or content[end : end + 4] != b"PK\x05\x06":
        end = content.rfind(b"PK\x05\x06", max(0, len(content) - 22 - (1 << 16)))
        if end < 0 or end + 22 > len(content):
            return 0
    (size,) = struct.unpack_from("<I", content, end + 12)
    locator = end - 20
    if locator >= 56 and content[locator : locator + 4] == b"PK\x06\x07":
        record = locator - 56
        if content[record : record + 4] == b"PK\x06\x06":
            (size,) = struct.unpack_from("<Q", content, record + 40)
    return int(size)


class _StringTable:
    """A workbook's shared strings, compact: their UTF-8 end to end and where each ends (4
    bytes a string), so the table never takes more memory than its XML did. A cell's string
    is decoded when the cell is read."""

    __slots__ = ("data", "ends")

    def __init__(self) -> None:
        self.data = bytearray()
        self.ends = array("I")

    def extend(self, texts: list[str]) -> None:
        if max(map(len, texts), default=0) > MAX_CELL_CHARS:
            raise _cell_too_long()
        encoded = [text.encode("utf-8", "surrogatepass") for text in texts]
        ends = accumulate(map(len, encoded), initial=len(self.data))
        next(ends)  # where the table ended so far
        self.ends.extend(ends)
        self.data += b"".join(encoded)

    def __len__(self) -> int:
        return len(self.ends)

    def __getitem__(self, index: int) -> str:
        start = self.ends[index - 1] if index else 0
        return self.data[start : self.ends[index]].decode("utf-8", "surrogatepass")


def _beyond_last_column() -> Unreadable:
    return Unreadable(
        "a cell lies beyond column XFD, Excel's last", "某个单元格超出了 Excel 的最后一列 XFD"
    )


def _too_many(what: str, what_zh: str) -> Unreadable:
    return Unreadable(
        f"the workbook has more than {MAX_PACKAGE_ENTRIES:,} {what}",
        f"工作簿中的{what_zh}超过 {MAX_PACKAGE_ENTRIES} 个",
    )


def _too_many_formats(what: str, what_zh: str) -> Unreadable:
    return Unreadable(
        f"the workbook has more than {MAX_CELL_FORMATS:,} {what}, Excel's limit",
        f"工作簿中的{what_zh}超过 Excel 的上限 {MAX_CELL_FORMATS} 个",
    )


def _row_too_long() -> Unreadable:
    return Unreadable(
        f"a row holds more than {MAX_ROW_CHARS:,} characters",
        f"某一行超过 {MAX_ROW_CHARS} 个字符",
    )


def _cell_too_long() -> Unreadable:
    return Unreadable(
        f"a cell holds more than {MAX_CELL_CHARS:,} characters, Excel's limit",
        f"某个单元格超过 Excel 的上限 {MAX_CELL_CHARS} 个字符",
    )


class _Workbook:
    """A streaming reader of the first worksheet of an XLSX workbook: cell texts, row by row.

    openpyxl reads every cell into objects, several times slower than this: the worksheet and the
    shared strings are scanned as text (their XML is machine-written and regular), while the
    small parts (relationships, workbook, styles) go through expat. Numbers come back as written
    (``13812345678``, ``12.5``), date-formatted numbers as ISO dates, booleans as TRUE/FALSE.

    Memory stays bounded whatever the file: a ZIP bomb is refused by the sizes its directory
    declares before anything is unpacked, and unpacking counts what it produces against the
    same ``limits`` (``zipfile`` also stops at the declared size, so a lying directory fails
    its checksum); the worksheet streams a row at a time; the one part held, the shared
    strings, is held compactly and at most ``limits.shared_strings_bytes`` large; every other
    part unpacks to at most ``MAX_SMALL_PART_BYTES``, and what is kept of it is counted
    (relationships and sheets up to ``MAX_PACKAGE_ENTRIES``, cell formats up to Excel's
    64,000, one byte each); a row, a column number and a cell are bounded by Excel's own
    limits, and a row's text by ``MAX_ROW_CHARS``.
    """

    def __init__(self, content: bytes, limits: ReadLimits) -> None:
        self.limits = limits
        self.unpacked = 0
        self.strings_part = ""
        self.sheet = ""
        if _zip_directory_size(content) > MAX_ZIP_DIRECTORY:
            raise Unreadable("the ZIP archive has too many parts", "ZIP 压缩包中的文件过多")
        try:
            self.zip = zipfile.ZipFile(io.BytesIO(content))
            infos = self.zip.infolist()
        except (zipfile.BadZipFile, ValueError, OSError) as exc:
            raise Unreadable("the ZIP archive is damaged", "ZIP 压缩包已损坏") from exc
        self.sizes = {info.filename: info.file_size for info in infos}
        self.names = set(self.sizes)
        if sum(info.file_size for info in infos) > limits.expanded_bytes:
            raise self._too_large("")
        main = self._main_part()
        rels = self._relationships(main)
        self.sheet, self.date1904 = self._first_sheet(main, rels)
        self.strings_part = next((t for k, t in rels.values() if k.endswith("/sharedStrings")), "")
        self.styles_part = next((t for k, t in rels.values() if k.endswith("/styles")), "")
        if self.sizes.get(self.strings_part, 0) > limits.shared_strings_bytes:
            raise self._too_large(self.strings_part)

    def _limit(self, part: str) -> int:
        if part == self.strings_part:
            return self.limits.shared_strings_bytes
        if part == self.sheet:
            return self.limits.expanded_bytes
        return MAX_SMALL_PART_BYTES

    def _too_large(self, part: str) -> TooLarge:
        if part and part == self.strings_part:
            limit = _mib(self.limits.shared_strings_bytes)
            return TooLarge(
                ExpandedTooLarge,
                f"its shared strings unpack to more than {limit}",
                f"其共享字符串解压后超过 {limit}",
            )
        if part and part != self.sheet:
            limit = _mib(MAX_SMALL_PART_BYTES)
            return TooLarge(
                ExpandedTooLarge,
                f"its part {part} unpacks to more than {limit}",
                f"其组成部分 {part} 解压后超过 {limit}",
            )
        limit = _mib(self.limits.expanded_bytes)
        return TooLarge(ExpandedTooLarge, f"it unpacks to more than {limit}", f"解压后超过 {limit}")

    def _blocks(self, part: str, size: int = 1 << 20) -> Iterator[bytes]:
        if part not in self.names:
            raise Unreadable("a part of the workbook is missing", "工作簿缺少组成部分")
        limit = self._limit(part)
        if self.sizes[part] > limit:  # refused by the size it declares, before unpacking
            raise self._too_large(part)
        total = 0
        try:
            with self.zip.open(part) as stream:
                while block := stream.read(size):
                    total += len(block)
                    self.unpacked += len(block)
                    if total > limit:
                        raise self._too_large(part)
                    if self.unpacked > self.limits.expanded_bytes:
                        raise self._too_large("")
                    yield block
        except (zipfile.BadZipFile, OSError, EOFError, RuntimeError, ValueError) as exc:
            raise Unreadable("the ZIP archive is damaged", "ZIP 压缩包已损坏") from exc

    def _texts(self, part: str) -> Iterator[str]:
        decoder = codecs.getincrementaldecoder("utf-8")()
        try:
            for block in self._blocks(part):
                yield decoder.decode(block)
            yield decoder.decode(b"", final=True)
        except UnicodeDecodeError as exc:
            raise Unreadable("the workbook's XML is not UTF-8", "工作簿的 XML 不是 UTF-8") from exc

    def _parse_small(self, part: str, start: Callable[[str, dict[str, str]], None]) -> None:
        parser = _expat(start)
        try:
            for block in self._blocks(part):
                parser.Parse(block, False)
            parser.Parse(b"", True)
        except expat.ExpatError as exc:
            raise Unreadable("the workbook's XML is damaged", "工作簿的 XML 已损坏") from exc

    def _main_part(self) -> str:
        found: list[str] = []

        def start(tag: str, attrs: dict[str, str]) -> None:
            if (
                not found
                and _local(tag) == "Relationship"
                and attrs.get("Type", "").endswith("/officeDocument")
            ):
                found.append(attrs.get("Target", "").lstrip("/"))

        if "_rels/.rels" in self.names:
            self._parse_small("_rels/.rels", start)
        main = found[0] if found else "xl/workbook.xml"
        if main not in self.names:
            raise Unreadable(
                "a ZIP archive, but not an XLSX workbook", "是 ZIP 压缩包,但不是 XLSX 工作簿"
            )
        return main

    def _relationships(self, part: str) -> dict[str, tuple[str, str]]:
        folder, name = posixpath.split(part)
        rels_part = posixpath.join(folder, "_rels", f"{name}.rels")
        found: dict[str, tuple[str, str]] = {}

        def start(tag: str, attrs: dict[str, str]) -> None:
            if _local(tag) != "Relationship":
                return
            target = attrs.get("Target", "")
            if target.startswith("/"):
                target = target.lstrip("/")
            else:
                target = posixpath.normpath(posixpath.join(folder, target))
            if len(found) >= MAX_PACKAGE_ENTRIES:
                raise _too_many(f"relationships in {rels_part}", f"{rels_part} 中的关系")
            found[attrs.get("Id", "")] = (attrs.get("Type", ""), target)

        if rels_part in self.names:
            self._parse_small(rels_part, start)
        return found

    def _first_sheet(self, main: str, rels: dict[str, tuple[str, str]]) -> tuple[str, bool]:
        sheets: list[str] = []
        date1904: list[bool] = [False]

        def start(tag: str, attrs: dict[str, str]) -> None:
            local = _local(tag)
            if local == "sheet":
                rid = attrs.get(f"{_RELS_NS}}}id") or next(
                    (v for k, v in attrs.items() if _local(k) == "id"), ""
                )
                if len(sheets) >= MAX_PACKAGE_ENTRIES:
                    raise _too_many("sheets", "工作表")
                sheets.append(rid)
            elif local == "workbookPr":
                date1904[0] = attrs.get("date1904", "0").lower() in ("1", "true")

        self._parse_small(main, start)
        for rid in sheets:
            if rid in rels and rels[rid][1] in self.names:
                return rels[rid][1], date1904[0]
        raise Unreadable("the workbook has no worksheet", "工作簿中没有工作表")

    def shared_strings(self) -> _StringTable:
        strings = _StringTable()
        if not self.strings_part:
            return strings
        rest = ""
        for chunk in self._texts(self.strings_part):
            rest += chunk
            pieces = rest.split("</si>") if "</si>" in rest else [rest]
            rest = pieces.pop()
            texts = []
            for piece in pieces:
                start = piece.rfind("<si>")
                body = piece[start + 4 :] if start >= 0 else piece
                if "<rPh" in body:
                    body = _PHONETIC.sub("", body)
                texts.append(_xml_text("".join(_INLINE_TEXT.findall(body))))
            strings.extend(texts)
            if len(rest) > MAX_ROW_CHARS:
                raise Unreadable("a shared string is too long", "共享字符串过长")
        return strings

    def date_styles(self) -> bytes:
        """Whether each cell format shows numbers as dates: one byte a format, 1 for a date
        (at most Excel's 64,000 formats, and as many custom number formats)."""
        if not self.styles_part:
            return b""
        #: Custom number formats: id -> whether it is a date (its code is not kept).
        custom: dict[int, bool] = {}
        formats = bytearray()  # numFmtId of each cell format, 4 bytes each
        in_xfs = [False]

        def start(tag: str, attrs: dict[str, str]) -> None:
            local = _local(tag)
            if local == "numFmt":
                number = _index(attrs.get("numFmtId", ""))
                if number is not None:
                    if len(custom) >= MAX_CELL_FORMATS:
                        raise _too_many_formats("number formats", "数字格式")
                    code = attrs.get("formatCode", "")
                    if code:  # an empty code leaves the built-in format
                        custom[number] = is_date_format(code)
            elif local == "cellXfs":
                in_xfs[0] = True
            elif local == "cellStyleXfs" or local == "dxfs":
                in_xfs[0] = False
            elif local == "xf" and in_xfs[0]:
                if len(formats) >= 4 * MAX_CELL_FORMATS:
                    raise _too_many_formats("cell formats", "单元格格式")
                formats.extend((_index(attrs.get("numFmtId", "0")) or 0).to_bytes(4, "little"))

        self._parse_small(self.styles_part, start)
        dates = bytearray(len(formats) // 4)
        for index in range(len(dates)):
            number = int.from_bytes(formats[4 * index : 4 * index + 4], "little")
            is_date = custom.get(number)
            if is_date is None:
                code = BUILTIN_FORMATS.get(number, "")
                is_date = bool(code) and is_date_format(code)
            # 27-36 and 50-58 are the built-in East Asian date formats (not in BUILTIN_FORMATS).
            dates[index] = is_date or 27 <= number <= 36 or 50 <= number <= 58
        return bytes(dates)

    def _row_pieces(self) -> Iterator[tuple[str, str]]:
        """``(prefix, row XML)`` for each ``<row>`` element, streamed."""
        prefix: str | None = None
        rest = ""
        for chunk in self._texts(self.sheet):
            rest += chunk
            if prefix is None:
                match = _ROOT.search(rest)
                if match is None:
                    if len(rest) > MAX_ROW_CHARS:
                        raise Unreadable("the worksheet is damaged", "工作表已损坏")
                    continue
                prefix = match.group(1) or ""
            close = f"</{prefix}row>"
            cut = rest.rfind(close)
            if cut < 0:
                if len(rest) > MAX_ROW_CHARS:
                    # Formatted empty rows are self-closed: thousands have no </row> between
                    # them, and the reader skips them anyway.
                    rest = re.sub(f"<{re.escape(prefix)}row\\b[^>]*/>", "", rest)
                if len(rest) > MAX_ROW_CHARS:
                    raise Unreadable("a row of the worksheet is too large", "工作表中某一行过大")
                continue
            done, rest = rest[:cut], rest[cut + len(close) :]
            for piece in done.split(close):
                yield prefix, piece

    def count_rows(self) -> int:
        """The worksheet's rows, header included: its last row by the ``<dimension>`` Excel
        writes, else the ``<row>`` elements counted (an estimate: blank rows count)."""
        blocks = self._blocks(self.sheet, 1 << 16)
        first = next(blocks, b"")
        dimension = _DIMENSION.search(first)
        if dimension is not None:
            return int(dimension.group(2) or dimension.group(1))
        count, tail = 0, b""
        for block in _chain(first, blocks):
            data = tail + block
            count += sum(1 for m in _ROW_END.finditer(data) if m.end() > len(tail))
            tail = data[-16:]
        return count

    def rows(self) -> Iterator[Row]:
        strings = self.shared_strings()
        dates = self.date_styles()
        epoch = CALENDAR_MAC_1904 if self.date1904 else CALENDAR_WINDOWS_1900
        previous = 0
        for prefix, piece in self._row_pieces():
            start = piece.rfind(f"<{prefix}row")
            if start < 0:
                continue
            head_end = piece.find(">", start)
            head = piece[start:head_end]
            if head.endswith("/"):
                continue  # an empty row element
            number = _index(_attr(head, ' r="')) or previous + 1
            previous = number
            cells = _row_cells(piece[head_end + 1 :], prefix, strings, dates, epoch)
            if cells:
                row = [""] * (max(cells) + 1)
                for index, value in cells.items():
                    row[index] = value
                yield number, row


def _row_cells(
    content: str, prefix: str, strings: _StringTable, dates: bytes, epoch: Any
) -> dict[int, str]:
    cells: dict[int, str] = {}
    chars = 0  # a shared string can be referenced by every cell of a row
    open_c, open_v, close_v = f"<{prefix}c", f"<{prefix}v>", f"</{prefix}v>"
    column = 0
    for piece in content.split(f"</{prefix}c>"):
        start = piece.rfind(open_c)
        if start < 0:
            continue
        head_end = piece.find(">", start)
        head = piece[start:head_end]
        ref = _attr(head, ' r="')
        if ref:
            column = 0
            for char in ref:
                code = ord(char) - 64
                if not 0 < code < 27:
                    break
                column = column * 26 + code
                if column > MAX_COLUMNS:
                    raise _beyond_last_column()
            column -= 1
        kind = _attr(head, ' t="') or "n"
        inner = piece[head_end + 1 :]
        if kind == "inlineStr":
            if "<rPh" in inner:
                inner = _PHONETIC.sub("", inner)
            value = _xml_text("".join(_INLINE_TEXT.findall(inner)))
        else:
            value_start = inner.find(open_v)
            if value_start < 0:
                column += 1
                continue
            value_start += len(open_v)
            raw = inner[value_start : inner.find(close_v, value_start)]
            if kind == "s":
                index = _index(raw)
                value = strings[index] if index is not None and index < len(strings) else ""
            elif kind == "n":
                style = _index(_attr(head, ' s="'))
                is_date = style is not None and style < len(dates) and dates[style] == 1
                value = _number(raw, is_date, epoch)
            elif kind == "b":
                value = "TRUE" if raw.strip() == "1" else "FALSE"
            else:  # str (a formula's text), e (an error such as #N/A), d (an ISO date)
                value = _xml_text(raw)
        value = value.strip()
        if value:
            if column >= MAX_COLUMNS:
                raise _beyond_last_column()
            if len(value) > MAX_CELL_CHARS:
                raise _cell_too_long()
            chars += len(value)
            if chars > MAX_ROW_CHARS:
                raise _row_too_long()
            cells[column] = value
        column += 1
    return cells


def _number(raw: str, is_date: bool, epoch: Any) -> str:
    raw = raw.strip()
    if not raw:
        return ""
    if is_date:
        try:
            moment = from_excel(float(raw), epoch)
        except (ValueError, OverflowError, TypeError):
            return raw
        if isinstance(moment, datetime):
            if (moment.hour, moment.minute, moment.second, moment.microsecond) == (0, 0, 0, 0):
                return moment.date().isoformat()
            return moment.isoformat(sep=" ")
        return str(moment)
    if raw.isdigit():
        return raw
    try:
        number = float(raw)
    except ValueError:
        return raw
    if number.is_integer() and abs(number) < 2**53:
        return str(int(number))
    return repr(number)


# ----- columns and fields -----------------------------------------------------------------------
_HEADER_NOISE = re.compile(r"[\s*_\-:：]+|[(（][^)）]*[)）]")


def header_key(header: str) -> str:
    """How headers are compared: width- and case-folded, without spaces, ``*``, ``_``, ``-`` and
    notes in brackets (``手机号码（必填）`` is ``手机号码``)."""
    return _HEADER_NOISE.sub("", unicodedata.normalize("NFKC", header).casefold())


@dataclass(frozen=True)
class ImportField:
    """A field a column can fill."""

    name: str
    #: The Chinese column header of templates and exports.
    label: str
    #: Other headers that mean this field (compared by ``header_key``).
    synonyms: tuple[str, ...] = ()
    #: A list (phones, tags): several columns merge, and values split on , ， ; ； 、 and lines.
    multi: bool = False


#: The columns every target may have (``import_owners``): the owner and the original creation
#: time of a record migrated from another CRM. The mechanism reads them; targets use the result
#: (``row.extra["owner_id"]`` when a column gave one, ``row.extra["created_at"]``).
OWNER_FIELD = ImportField(
    "owner",
    "负责人",
    ("所有者", "归属人", "归属销售", "销售负责人", "负责销售", "跟进人", "owner", "owner name"),
)
CREATED_FIELD = ImportField(
    "created_at",
    "创建时间",
    ("创建日期", "录入时间", "建档时间", "created", "created at", "creation date"),
)
COMMON_FIELDS = ("owner", "created_at")

_LIST_SEPARATORS = re.compile(r"[,，;；、\n\r|]+")


def split_list(value: str) -> list[str]:
    return [part.strip() for part in _LIST_SEPARATORS.split(value) if part.strip()]


@dataclass(frozen=True)
class Columns:
    """Which column fills which field."""

    #: ``(column index, header, field name)``, in column order.
    columns: tuple[tuple[int, str, str], ...]
    multi: frozenset[str]

    def values(self, cells: list[str]) -> dict[str, Any]:
        """A row's raw values: field → text (or list of texts for a multi field); blanks left
        out."""
        values: dict[str, Any] = {}
        width = len(cells)
        for index, _header, name in self.columns:
            if index >= width:
                continue
            cell = cells[index]
            if not cell:
                continue
            if name in self.multi:
                values.setdefault(name, []).extend(split_list(cell))
            else:
                values[name] = cell
        return values

    def header_of(self, name: str) -> str | None:
        return next((header for _, header, field_ in self.columns if field_ == name), None)

    @property
    def mapping(self) -> dict[str, str]:
        return {header: name for _, header, name in self.columns}


def resolve_columns(
    header: list[str],
    fields: Sequence[ImportField],
    overrides: Mapping[str, str | None],
    required: Sequence[tuple[str, ...]],
) -> Columns:
    """Match the header row to fields: the caller's mapping first, then the synonyms."""
    by_name = {f.name: f for f in fields}
    by_key: dict[str, str] = {}
    for f in fields:
        for synonym in (f.name, f.label, *f.synonyms):
            by_key.setdefault(header_key(synonym), f.name)
    header_keys = {header_key(h): h for h in header if h}
    problems: list[dict[str, Any]] = []
    explicit: dict[str, str | None] = {}
    for given, target in overrides.items():
        column = given if given in header else header_keys.get(header_key(given))
        if column is None:
            problems.append(
                {
                    "loc": ["body", "mapping", given],
                    "msg": "No column has this header",
                    "type": "unknown_column",
                }
            )
        elif target is not None and target not in by_name:
            problems.append(
                {
                    "loc": ["body", "mapping", given],
                    "msg": f"Unknown field; one of: {', '.join(by_name)}",
                    "type": "unknown_field",
                }
            )
        else:
            explicit[column] = target
    chosen: list[tuple[int, str, str]] = []
    for index, title in enumerate(header):
        if not title:
            continue
        if title in explicit:
            target = explicit[title]
        else:
            key = header_key(title)
            target = by_key.get(key) or by_key.get(key.rstrip("0123456789"))
        if target is not None:
            chosen.append((index, title, target))
    seen: dict[str, str] = {}
    for _, title, name in chosen:
        if name in seen and not by_name[name].multi:
            problems.append(
                {
                    "loc": ["body", "mapping", title],
                    "msg": f"Columns '{seen[name]}' and '{title}' both fill '{name}'; map one "
                    "of them to null",
                    "type": "duplicate_column",
                }
            )
        seen.setdefault(name, title)
    if problems:
        raise BadMapping(errors=problems)
    mapped = {name for _, _, name in chosen}
    for alternatives in required:
        if not mapped & set(alternatives):
            labels = " / ".join(f"{by_name[n].label} ({n})" for n in alternatives)
            raise MissingColumn(
                errors=[
                    {
                        "loc": ["body", "file"],
                        "msg": f"No column for {labels}",
                        "type": "missing_column",
                    }
                ],
                fields=labels,
                fields_zh=labels,
                columns=", ".join(h for h in header if h) or "-",
            )
    multi = frozenset(f.name for f in fields if f.multi)
    return Columns(tuple(chosen), multi)


#: The ``mapping`` part as the contract states it: a JSON object sent as an
#: ``application/json`` part of the form (``encoding`` on the operation).
MAPPING_SCHEMA: dict[str, Any] = {
    "type": "object",
    "additionalProperties": {
        "anyOf": [{"type": "string", "pattern": NO_NUL_PATTERN}, {"type": "null"}]
    },
}


def _mapping_schema(schema: dict[str, Any]) -> None:
    schema.clear()
    schema.update(MAPPING_SCHEMA)


def parse_mapping(raw: str | None) -> dict[str, str | None]:
    """The column mapping from its JSON text; JSON ``null`` or nothing is no mapping."""
    if raw is None or not raw.strip():
        return {}
    try:
        value = json.loads(raw)
    except ValueError:
        value = None
    if value is None and raw.strip() == "null":
        return {}
    if not isinstance(value, dict) or not all(
        isinstance(k, str) and (v is None or isinstance(v, str)) for k, v in value.items()
    ):
        raise BadMapping(
            errors=[
                {
                    "loc": ["body", "mapping"],
                    "msg": "Must be a JSON object of column header → field name (or null), "
                    'e.g. {"公司": "name"}',
                    "type": "bad_mapping",
                }
            ]
        )
    if contains_nul(value):
        raise BadMapping(
            errors=[
                {"loc": ["body", "mapping"], "msg": "Must not contain NUL", "type": "string_nul"}
            ]
        )
    return {k: (v or None) for k, v in value.items()}


# ----- what a target implements -----------------------------------------------------------------
@dataclass
class RowIssue:
    """One problem of one row."""

    name: str | None
    message: str
    code: str
    duplicate_ids: list[uuid.UUID] = field(default_factory=list)
    duplicate_rows: list[int] = field(default_factory=list)


@dataclass
class CheckedRow:
    """A data row on its way through the checks: its values, or what is wrong with it."""

    number: int
    raw: dict[str, Any]
    values: dict[str, Any] = field(default_factory=dict)
    issues: list[RowIssue] = field(default_factory=list)
    #: What the target needs to write it (computed while parsing: keys, search text...).
    extra: dict[str, Any] = field(default_factory=dict)
    #: ``create``, or for a row matching an existing record ``update`` (with
    #: ``extra["match_id"]``) or ``skip``.
    action: str = "create"
    #: The row's cells as the file held them (for the file of rejected rows).
    cells: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.issues

    def fail(self, name: str | None, message: str, code: str, **more: Any) -> None:
        self.issues.append(RowIssue(name, message, code, **more))

    @property
    def duplicate(self) -> bool:
        return any(i.code == "duplicate" for i in self.issues)


# ----- bulk writes ------------------------------------------------------------------------------
def _json_text(value: Any) -> str:
    return json.dumps(value, ensure_ascii=False)


def _money(value: Any) -> Decimal:
    return quantize_money(Decimal(value))


def _audit_form(column_type: Any) -> Callable[[Any], Any] | None:
    """How ``core.audit`` writes a value of this column type (``None``: as it is)."""
    if isinstance(column_type, Uuid | Money):
        return str
    if isinstance(column_type, UTCDateTime | Date):
        return _isoformat
    return None


_isoformat = methodcaller("isoformat")


@contextmanager
def gc_paused() -> Iterator[None]:
    """No cyclic garbage collection during a short burst of allocations (a slice of rows).

    Bulk work keeps thousands of young objects alive at once, which makes the collector run
    often and promote them into generations it then scans in full: about a third of an
    import's CPU time. Rows hold no reference cycles, so pausing it for a few milliseconds
    at a time costs nothing; its previous state comes back afterwards.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def _converted(values: tuple[Any, ...], conversions: list[tuple[int, Any]]) -> tuple[Any, ...]:
    """``values`` with the given positions converted (``None`` stays ``None``)."""
    if not conversions:
        return values
    out = list(values)
    for position, convert in conversions:
        if out[position] is not None:
            out[position] = convert(out[position])
    return tuple(out)


class BulkTable:
    """Rows written in bulk to one table, bypassing the ORM (and its flush hooks): with
    ``COPY`` on PostgreSQL (several times faster than INSERT for thousands of rows), with a
    multi-row INSERT elsewhere. The rows hold every column, as Python values of the columns'
    types; on the ``COPY`` path the conversions SQLAlchemy's column types make are made here
    (JSON as text, money quantized)."""

    def __init__(self, model: Any) -> None:
        self.table: Table = model.__table__
        #: Every column but a serial key the database numbers itself (the events' ``seq``).
        serial = self.table.autoincrement_column
        self.columns = [c.key for c in self.table.columns if c is not serial]
        converters: dict[str, Callable[[Any], Any]] = {}
        for column in self.table.columns:
            if column is serial:
                continue
            if isinstance(column.type, JSON):
                converters[column.key] = _json_text
            elif isinstance(column.type, Money):
                converters[column.key] = _money
        self.values = itemgetter(*self.columns)
        #: ``(position, conversion)`` of the columns whose values ``COPY`` takes converted.
        self.converted = [(i, converters[c]) for i, c in enumerate(self.columns) if c in converters]
        skip = AUDITED_NEVER | getattr(model, "__audit_exclude__", frozenset())
        self.audited = [c.key for c in self.table.columns if c.key not in skip]
        self.audited_values = itemgetter(*self.audited)
        #: Map columns audited key by key, as ``core.audit`` does (custom fields).
        self.audit_maps = frozenset(getattr(model, "__audit_maps__", ())) & set(self.audited)
        #: ``(position, form)`` of the audited values the trail writes as text (``core.audit``).
        self.audit_forms = [
            (i, form)
            for i, c in enumerate(self.audited)
            if (form := _audit_form(self.table.columns[c].type)) is not None
        ]

    async def insert(self, session: AsyncSession, rows: Sequence[Mapping[str, Any]]) -> None:
        if not rows:
            return
        statistics.note(session, self.table.name, len(rows))
        if session.get_bind().dialect.name != "postgresql":
            await session.execute(insert(self.table), list(rows))
            return
        with gc_paused():
            records = [_converted(self.values(row), self.converted) for row in rows]
        connection = await session.connection()
        raw = await connection.get_raw_connection()
        driver: Any = raw.driver_connection
        await driver.copy_records_to_table(self.table.name, records=records, columns=self.columns)

    def audit_rows(
        self,
        resource: str,
        rows: Sequence[Mapping[str, Any]],
        actor: tuple[str, uuid.UUID | None],
        request_id: str,
        at: datetime | None = None,
    ) -> list[dict[str, Any]]:
        """The audit entries of created rows, as the flush hook writes them for the ORM's
        creates: every audited column as ``[None, value]``; ``at`` when they were written
        (default: their ``created_at``, which a migrated record may carry from long ago)."""
        actor_type, actor_id = actor
        names, forms = self.audited, self.audit_forms
        entries = []
        for row in rows:
            values = _converted(self.audited_values(row), forms)
            changes = {name: [None, value] for name, value in zip(names, values, strict=True)}
            for name in self.audit_maps:
                changes.update(audit.map_changes(None, row.get(name)))
                del changes[name]
            entries.append(
                {
                    "id": new_id(),
                    "occurred_at": at or row["created_at"],
                    "actor_type": actor_type,
                    "actor_id": actor_id,
                    "request_id": request_id,
                    "resource": resource,
                    "record_id": row["id"],
                    "action": "create",
                    "changes": changes,
                }
            )
        return entries


AUDIT_LOG = BulkTable(AuditEntry)
REJECTED = BulkTable(ImportRejectedRow)


@dataclass(frozen=True)
class ImportOptions:
    """What the upload asked for beyond the file."""

    on_duplicate: OnDuplicate = "reject"
    #: In priority order; empty: the target's own keys.
    match_by: tuple[str, ...] = ()
    unknown_owner: UnknownOwner = "error"


#: Checks a batch of ``(row number, raw values)``: schema validation, normalisation.
RowParser = Callable[[list[tuple[int, dict[str, Any]]]], list[CheckedRow]]


class Importer(ABC):
    """What a target (customers, contacts) provides: its fields, the row checks, the writes.

    ``parser()`` is pure CPU work (schema validation, normalisation) and may run in a worker
    process; ``check`` runs the rules that need the database, one query per chunk; ``write``
    inserts a chunk's valid rows in bulk. One instance serves one pass over a file, so it may
    remember what earlier rows held (duplicates within the file).
    """

    fields: ClassVar[tuple[ImportField, ...]]
    #: Groups of fields of which at least one must have a column.
    required: ClassVar[tuple[tuple[str, ...], ...]]
    #: Chinese messages of the target's own row problem codes.
    messages_zh: ClassVar[Mapping[str, str]] = {}
    #: The permission writing the target needs besides ``customer:import`` (None: that one).
    permission: ClassVar[str | None] = None
    #: The resource whose ``:assign`` permission giving rows to other owners needs (targets
    #: with an ``owner`` field).
    owned: ClassVar[str | None] = None
    #: The keys ``match_by`` may name, in their default order (empty: duplicates are always
    #: rejected, ``on_duplicate`` must stay ``reject``).
    match_keys: ClassVar[tuple[str, ...]] = ()
    #: What the template says of each column (field → a sample value or a hint).
    samples: ClassVar[Mapping[str, str]] = {}
    #: The options of the upload (set by the job before ``prepare``).
    options: ImportOptions = ImportOptions()

    def __init__(self, ctx: Ctx, job_id: uuid.UUID) -> None:
        self.ctx = ctx
        self.job_id = job_id
        #: The audit trail's request id of everything this job writes.
        self.request_id = f"import:{job_id}"

    @classmethod
    async def columns(cls, ctx: Ctx) -> tuple[ImportField, ...]:
        """The fields a column can fill: ``fields``, and a target's custom fields."""
        return cls.fields

    async def choices(self) -> dict[str, list[str]]:
        """Field → the values a template's validation list offers (enumerated columns)."""
        return {}

    @abstractmethod
    async def prepare(self) -> None:
        """Load what every chunk needs (reference data, the policy) once."""

    @abstractmethod
    def parser(self) -> RowParser:
        """The row checks that need no database: a picklable callable (it may run in a worker
        process), given what ``prepare`` loaded."""

    @abstractmethod
    async def check(self, rows: list[CheckedRow]) -> None: ...

    @abstractmethod
    async def write(self, rows: list[CheckedRow]) -> int: ...

    @abstractmethod
    def remember(self, rows: list[CheckedRow]) -> None:
        """Note rows checked by an earlier run of this job (a resumed job), as ``check`` would,
        without asking the database."""


#: target → its importer; each context's ``io`` module registers its own when it is imported
#: (``salescrm.jobs``, which the app and the background worker both import, imports them all).
_IMPORTERS: dict[str, type[Importer]] = {}


def register_importer(target: str, factory: type[Importer]) -> type[Importer]:
    """Make ``factory`` the importer of ``target`` (a context's ``io`` module, at import)."""
    known = _IMPORTERS.get(target)
    if known is not None and known is not factory:
        raise ValueError(f"two importers for the target {target!r}")
    _IMPORTERS[target] = factory
    return factory


def importers() -> dict[str, type[Importer]]:
    """Every registered importer, by target."""
    return _IMPORTERS


# ----- schemas ----------------------------------------------------------------------------------
JobStatus = Literal["queued", "running", "succeeded", "failed"]


class RowError(BaseModel):
    row: int = Field(
        description="The row number as a spreadsheet shows it: the header is row 1, so the "
        "first data row is row 2."
    )
    field: str | None = Field(description="The field at fault, if one is.")
    column: str | None = Field(None, description="The file's column header for that field.")
    message: str
    code: str = Field(examples=["duplicate", "value_error", "unknown_tier", "not_found"])
    duplicate_ids: list[uuid.UUID] = Field(
        default_factory=list, description="Existing records this row duplicates."
    )
    duplicate_rows: list[int] = Field(
        default_factory=list, description="Earlier rows of this file that this row duplicates."
    )


class ImportJobOut(RecordOut):
    owner_id: uuid.UUID | None = Field(description="Who uploaded the file.")
    target: Target
    status: JobStatus = Field(description="queued → running → succeeded | failed")
    dry_run: bool
    all_or_nothing: bool
    filename: str
    file_format: FileFormat
    mapping: dict[str, str] = Field(description="Column header → the field it fills.")
    total_rows: int | None = Field(description="Data rows in the file, once counted.")
    processed_rows: int = Field(description="Data rows checked so far.")
    on_duplicate: OnDuplicate = Field(
        description="What a row matching an existing record did: reject (a row error), skip, "
        "fill_empty (fill the record's empty fields) or overwrite."
    )
    match_by: list[MatchKey] = Field(
        description="The keys rows were matched to existing records by, in priority order."
    )
    unknown_owner: UnknownOwner = Field(
        description="What a row naming no known owner did: error, or pool (no owner)."
    )
    created_rows: int = Field(description="Records written.")
    updated_rows: int = Field(description="Existing records updated (fill_empty, overwrite).")
    skipped_rows: int = Field(description="Rows matching an existing record, left alone (skip).")
    error_count: int = Field(description="Rows rejected (duplicates included).")
    duplicate_count: int = Field(description="Rows rejected as duplicates.")
    errors: list[RowError] = Field(
        description="The first 1000 problems, by row; every rejected row is in "
        "`GET /api/v1/imports/{id}/rejected`."
    )
    failure: str | None = Field(description="Why the job failed, if it did.")
    started_at: datetime | None
    finished_at: datetime | None


class ImportListParams(ListParams):
    target: Target | None = None
    status: JobStatus | None = None


# ----- queries ----------------------------------------------------------------------------------
class ImportJobRepository(Repository[ImportJob]):
    model = ImportJob
    filters: ClassVar[dict[str, FilterOp]] = {
        "target": eq(ImportJob.target),
        "status": eq(ImportJob.status),
    }

    def add(self, job: ImportJob) -> None:
        self.session.add(job)

    # The worker's queries are the system's: no data scope.
    async def content(self, job_id: uuid.UUID) -> bytes | None:
        stmt = select(ImportJob.content).where(ImportJob.id == job_id)
        content: bytes | None = await self.session.scalar(stmt)
        return content

    async def rejected(self, job_id: uuid.UUID, after: int, limit: int) -> list[ImportRejectedRow]:
        """The job's rejected rows after row ``after`` (the caller's scope was checked on the
        job)."""
        stmt = (
            select(ImportRejectedRow)
            .where(ImportRejectedRow.job_id == job_id, ImportRejectedRow.row > after)
            .order_by(ImportRejectedRow.row)
            .limit(limit)
        )
        rows = list((await self.session.scalars(stmt)).all())
        for row in rows:
            self.session.expunge(row)  # read once, written out: none pile up in the session
        return rows

    async def claimable(
        self, stale_before: datetime, *, job_id: uuid.UUID | None = None
    ) -> ImportJob | None:
        """The oldest job waiting for a worker (queued, or running without progress since
        ``stale_before``), locked; a job another worker holds is skipped on PostgreSQL."""
        stmt = select(ImportJob).where(
            ImportJob.deleted_at.is_(None),
            or_(
                ImportJob.status == "queued",
                and_(ImportJob.status == "running", ImportJob.updated_at < stale_before),
            ),
        )
        if job_id is not None:
            stmt = stmt.where(ImportJob.id == job_id)
        stmt = stmt.order_by(ImportJob.created_at).limit(1)
        if self.session.get_bind().dialect.name == "postgresql":
            stmt = stmt.with_for_update(skip_locked=True)
        job: ImportJob | None = await self.session.scalar(
            stmt.execution_options(populate_existing=True)
        )
        return job


register_scoped_audit("import_job", ImportJobRepository)


# ----- processing -------------------------------------------------------------------------------
class _AllOrNothing(Exception):
    """A row failed while an all-or-nothing job was writing: undo the whole write."""


@dataclass
class Tally:
    """Where the time goes (logged when a job ends)."""

    read: float = 0.0
    parse: float = 0.0
    check: float = 0.0
    write: float = 0.0
    rows: int = 0

    def line(self) -> str:
        return (
            f"{self.rows} rows: read {self.read:.2f}s, parse {self.parse:.2f}s (waited for), "
            f"check {self.check:.2f}s, write {self.write:.2f}s"
        )


Checkpoint = Callable[[], Awaitable[None]]


def _parse_batch(parser: RowParser, rows: list[tuple[int, dict[str, Any]]]) -> list[CheckedRow]:
    with gc_paused():
        return parser(rows)


class _ParserPool:
    """Worker processes for the rows' CPU work (schema validation, phone numbers, pinyin), so
    that a large import uses more than one core and leaves the event loop to the database.

    Started on the first background import (``spawn``: a clean interpreter, nothing of the
    server's state); if they cannot start or die, parsing falls back to the event loop.
    """

    def __init__(self) -> None:
        self.executor: ProcessPoolExecutor | None = None
        self.failed = False

    def get(self) -> ProcessPoolExecutor | None:
        if PARSE_WORKERS < 1 or self.failed:
            return None
        if self.executor is None:
            try:
                self.executor = ProcessPoolExecutor(
                    max_workers=PARSE_WORKERS,
                    mp_context=multiprocessing.get_context("spawn"),
                    initializer=_warm_worker,
                    initargs=(tuple(sorted({t.__module__ for t in _IMPORTERS.values()})),),
                )
            except (OSError, NotImplementedError, ValueError):
                log.warning("no worker processes for imports; parsing on the event loop")
                self.failed = True
                return None
        return self.executor

    def broken(self) -> None:
        log.warning("the import worker processes died; parsing on the event loop")
        executor, self.executor, self.failed = self.executor, None, True
        if executor is not None:
            executor.shutdown(wait=False, cancel_futures=True)


def _warm_worker(modules: tuple[str, ...]) -> None:
    """Import the importers' modules (what unpickling a parser needs), once per worker: a
    spawned process starts without them."""
    for module in modules:
        importlib.import_module(module)


PARSER_POOL = _ParserPool()


#: ``(row number, field → raw value, the row's cells)``.
RawRow = tuple[int, dict[str, Any], list[str]]


class _Parsing:
    """Parses chunks of rows, in the worker processes or on the event loop a slice at a
    time (other requests run between slices). The columns every target shares (owner,
    creation time) are taken out first and read here; the row's cells stay here too."""

    def __init__(self, parser: RowParser, tally: Tally, *, pool: bool, zone: str) -> None:
        self.parser = parser
        self.tally = tally
        self.pool = pool
        self.zone = zone

    def start(self, raw: list[RawRow]) -> asyncio.Future[list[CheckedRow]]:
        return asyncio.ensure_future(self._parse(raw))

    async def now(self, raw: list[RawRow]) -> list[CheckedRow]:
        return await self._parse(raw)

    async def _parse(self, raw: list[RawRow]) -> list[CheckedRow]:
        common = [{k: values.pop(k) for k in COMMON_FIELDS if k in values} for _, values, _ in raw]
        checked = await self._target_parse([(number, values) for number, values, _ in raw])
        now = utcnow()
        for row, shared, (_, _, cells) in zip(checked, common, raw, strict=True):
            row.cells = cells
            if "owner" in shared:
                row.extra["owner"] = shared["owner"]
            if "created_at" in shared:
                moment, problem = parse_moment(shared["created_at"], self.zone, now)
                if problem is not None:
                    row.fail("created_at", MOMENT_MESSAGES[problem], problem)
                else:
                    row.extra["created_at"] = moment
        return checked

    async def _target_parse(self, raw: list[tuple[int, dict[str, Any]]]) -> list[CheckedRow]:
        executor = PARSER_POOL.get() if self.pool else None
        if executor is not None:
            started = time.perf_counter()
            try:
                loop = asyncio.get_running_loop()
                return await loop.run_in_executor(executor, _parse_batch, self.parser, raw)
            except BrokenProcessPool:
                PARSER_POOL.broken()
            finally:
                self.tally.parse += time.perf_counter() - started
        checked: list[CheckedRow] = []
        for start in range(0, len(raw), PARSE_SLICE):
            started = time.perf_counter()
            checked.extend(_parse_batch(self.parser, raw[start : start + PARSE_SLICE]))
            self.tally.parse += time.perf_counter() - started
            await asyncio.sleep(0)
        return checked


class JobProcessor:
    """Runs one job's rows through its importer, recording progress and problems on the job.

    ``checkpoint`` ends a unit of work: in the background it commits (progress becomes visible
    and survives a crash); inside a request it only flushes (the request commits once).

    Reading and parsing rows needs no lock. On SQLite a chunk takes the database's write lock
    (``begin_write``) only once it is parsed, to be checked against the database and written,
    and a background job's checkpoint commits and so lets it go: other writers wait for one
    chunk's writes at most, never for a file being read. A request's small file is parsed whole
    by ``prepare`` before its job is written at all.
    """

    def __init__(self, ctx: Ctx, job: ImportJob, content: bytes, checkpoint: Checkpoint) -> None:
        self.ctx = ctx
        self.job = job
        self.content = content
        self.checkpoint = checkpoint
        self.tally = Tally()
        self.importer_type = importers()[job.target]
        self.limits = ReadLimits.of(ctx.settings)
        self.prepared: tuple[Importer, list[list[CheckedRow]]] | None = None
        self.fields: tuple[ImportField, ...] = self.importer_type.fields

    def _columns(self, header: list[str]) -> Columns:
        """The columns as the job recorded them at upload (the others are ignored)."""
        mapping: dict[str, str | None] = {h: None for h in header if h}
        mapping.update(self.job.mapping)
        return resolve_columns(header, self.fields, mapping, self.importer_type.required)

    async def _opened(self) -> tuple[Columns, Iterator[RawRow]]:
        """``_open`` in a thread, with the fields a column can fill as they are now."""
        self.fields = await self.importer_type.columns(self.ctx)
        return await asyncio.to_thread(self._open)

    def _open(self) -> tuple[Columns, Iterator[RawRow]]:
        rows = read_rows(self.content, _file_format(self.job), self.limits)
        first = next(rows, None)
        if first is None:
            raise Unreadable("the file has no rows", "文件没有任何行")
        columns = self._columns(first[1])
        return columns, ((number, columns.values(cells), cells) for number, cells in rows)

    async def _importer(self) -> Importer:
        """An importer for one pass over the file (it remembers the rows it saw)."""
        job = self.job
        importer = self.importer_type(self.ctx, job.id)
        importer.options = ImportOptions(
            on_duplicate=_on_duplicate(job.on_duplicate),
            match_by=tuple(job.match_by or ()),
            unknown_owner="pool" if job.unknown_owner == "pool" else "error",
        )
        self.owners = OwnerResolver(self.ctx, importer.owned, importer.options.unknown_owner)
        await importer.prepare()
        return importer

    def _parsing(self, importer: Importer, *, pool: bool) -> _Parsing:
        return _Parsing(importer.parser(), self.tally, pool=pool, zone=self.ctx.settings.timezone)

    async def prepare(self) -> None:
        """Read and parse every row of a request's small file, on the event loop a slice at a
        time, before anything is written (raises ``Unreadable``)."""
        self.columns, rows = await self._opened()
        importer = await self._importer()
        parse = self._parsing(importer, pool=False)
        chunks: list[list[CheckedRow]] = []
        while raw := await self._read(rows, CHUNK_ROWS):
            chunks.append(await parse.now(raw))
        self.prepared = importer, chunks

    async def run(self, *, inline: bool) -> None:
        """Check and write the rows: a request's prepared ones (``inline``), else the stored
        file's in the background."""
        job = self.job
        if inline:
            if self.prepared is None:
                raise RuntimeError("an inline import runs what prepare() parsed")
            importer, chunks = self.prepared
            # At most ``import_inline_rows`` rows; all-or-nothing: written once all passed.
            hold = job.all_or_nothing and not job.dry_run
            await self._pass(
                importer, _each(chunks), write=not job.dry_run, commit=False, hold=hold
            )
        else:
            self.columns, rows = await self._opened()
            if job.total_rows is None:
                file_format = _file_format(job)
                job.total_rows = await asyncio.to_thread(
                    count_rows, self.content, file_format, self.limits
                )
                await self.checkpoint()
            if job.dry_run or not job.all_or_nothing:
                await self._background_pass(rows, write=not job.dry_run, commit=True)
            else:
                await self._all_or_nothing(rows)
        self._finish()
        await self.checkpoint()

    async def _all_or_nothing(self, rows: Iterator[RawRow]) -> None:
        """A background all-or-nothing job: check every row (progress committed as it goes),
        then, if none was rejected, write them all in one transaction (which on SQLite holds
        the write lock until the last row is written)."""
        job = self.job
        if job.processed_rows < (job.total_rows or 0):
            await self._background_pass(rows, write=False, commit=True)
            job.total_rows = job.processed_rows  # the count was an estimate
            await self.checkpoint()
        if job.error_count:
            return
        _, rows = await self._opened()
        checked = job.processed_rows
        session = self.ctx.session
        await begin_write(session)
        job.processed_rows = 0
        job.updated_at = utcnow()  # take the job's row lock first (and check its version)
        await session.flush()
        try:
            await self._background_pass(rows, write=True, commit=False, strict=True)
        except _AllOrNothing as stop:
            await session.rollback()
            await begin_write(session)
            await session.refresh(job)
            failed: list[CheckedRow] = stop.args[0]
            job.processed_rows = checked
            job.error_count = sum(1 for r in failed if not r.ok)
            job.duplicate_count = sum(1 for r in failed if r.duplicate)
            job.errors = self._errors([], failed)
            job.created_rows = job.updated_rows = 0
            await self._reject(failed)

    async def _background_pass(self, rows: Iterator[RawRow], **options: bool) -> None:
        importer = await self._importer()
        async with aclosing(self._parsed(importer, rows)) as chunks:
            await self._pass(importer, chunks, **options)

    async def _parsed(
        self, importer: Importer, rows: Iterator[RawRow]
    ) -> AsyncGenerator[list[CheckedRow], None]:
        """The data rows from ``processed_rows`` on, parsed a chunk at a time in the worker
        processes, ``PARSE_AHEAD`` chunks ahead of the one being checked and written."""
        parse = self._parsing(importer, pool=True)
        skip = self.job.processed_rows
        while skip > 0:  # a resumed job: what the rows before held (duplicates in the file)
            done = await parse.now(await self._read(rows, min(skip, CHUNK_ROWS)))
            if not done:
                break
            importer.remember(done)
            skip -= CHUNK_ROWS
        ahead: deque[asyncio.Future[list[CheckedRow]]] = deque()

        async def feed() -> None:
            raw = await self._read(rows, CHUNK_ROWS)
            if raw:
                ahead.append(parse.start(raw))

        try:
            for _ in range(PARSE_AHEAD):
                await feed()
            while ahead:
                chunk = await ahead.popleft()
                await feed()
                yield chunk
        finally:
            for pending in ahead:
                await _settle(pending)

    async def _pass(
        self,
        importer: Importer,
        chunks: AsyncIterator[list[CheckedRow]],
        *,
        write: bool,
        commit: bool,
        hold: bool = False,
        strict: bool = False,
    ) -> None:
        """Check parsed chunks against the database, write their valid rows, record progress.

        ``hold``: write nothing until every row passed (all-or-nothing), then write them all.
        ``strict``: stop at the first chunk with a problem (raises ``_AllOrNothing``).
        """
        job = self.job
        held: list[list[CheckedRow]] = []
        async for chunk in chunks:
            # The checks must see what the writes will sit next to: both under the lock.
            await begin_write(self.ctx.session)
            started = time.perf_counter()
            await self.owners.resolve(chunk)
            await importer.check(chunk)
            self.tally.check += time.perf_counter() - started
            if strict and not all(r.ok for r in chunk):
                raise _AllOrNothing(chunk)
            created = 0
            if write and not hold:
                created = await self._write(importer, chunk)
            elif hold:
                held.append(chunk)
            self._record(chunk, created, written=write and not hold)
            await self._reject(chunk)
            if commit:
                await self.checkpoint()
        if hold and write and job.error_count == 0:
            job.created_rows = 0
            for chunk in held:
                job.created_rows += await self._write(importer, chunk)
                job.updated_rows += _updated(chunk)

    async def _read(self, rows: Iterator[RawRow], count: int) -> list[RawRow]:
        """The next ``count`` rows' raw values, read a slice at a time (reading is CPU work
        on the event loop too)."""
        raw: list[RawRow] = []
        while len(raw) < count:
            want = min(PARSE_SLICE * 5, count - len(raw))
            started = time.perf_counter()
            with gc_paused():
                batch = list(islice(rows, want))
            self.tally.read += time.perf_counter() - started
            raw.extend(batch)
            if len(batch) < want:
                break
            await asyncio.sleep(0)
        self.tally.rows += len(raw)
        return raw

    async def _write(self, importer: Importer, chunk: list[CheckedRow]) -> int:
        valid = [r for r in chunk if r.ok]
        if not valid:
            return 0
        started = time.perf_counter()
        created = await importer.write(valid)
        self.tally.write += time.perf_counter() - started
        return created

    def _record(self, chunk: list[CheckedRow], created: int, *, written: bool) -> None:
        job = self.job
        job.processed_rows += len(chunk)
        job.created_rows += created
        if written:
            job.updated_rows += _updated(chunk)
        job.skipped_rows += sum(1 for r in chunk if r.ok and r.action == "skip")
        job.error_count += sum(1 for r in chunk if not r.ok)
        job.duplicate_count += sum(1 for r in chunk if r.duplicate)
        if any(not r.ok for r in chunk) and len(job.errors) < MAX_STORED_ERRORS:
            job.errors = self._errors(job.errors, chunk)

    async def _reject(self, chunk: list[CheckedRow]) -> None:
        """Keep every rejected row of the chunk, its cells and problems (uncapped, unlike
        ``errors``), for the file of rejected rows."""
        header_of = self.columns.header_of
        rows = [
            {
                "job_id": self.job.id,
                "row": row.number,
                "cells": row.cells,
                "problems": [
                    [i.name, header_of(i.name) if i.name else None, i.code, i.message]
                    for i in row.issues
                ],
            }
            for row in chunk
            if not row.ok
        ]
        await REJECTED.insert(self.ctx.session, rows)

    def _errors(self, kept: list[dict[str, Any]], chunk: list[CheckedRow]) -> list[dict[str, Any]]:
        errors = list(kept)
        for row in chunk:
            for issue in row.issues:
                if len(errors) >= MAX_STORED_ERRORS:
                    return errors
                errors.append(
                    {
                        "row": row.number,
                        "field": issue.name,
                        "column": self.columns.header_of(issue.name) if issue.name else None,
                        "message": issue.message,
                        "code": issue.code,
                        "duplicate_ids": [str(i) for i in issue.duplicate_ids],
                        "duplicate_rows": issue.duplicate_rows,
                    }
                )
        return errors

    def _finish(self) -> None:
        job = self.job
        job.total_rows = job.processed_rows
        job.finished_at = utcnow()
        job.content = None
        if job.all_or_nothing and not job.dry_run and job.error_count:
            job.status = "failed"
            job.created_rows = job.updated_rows = 0
            job.failure = i18n.detail("import_all_or_nothing", i18n.EN, {"count": job.error_count})
        else:
            job.status = "succeeded"
        log.info("import %s %s: %s", job.id, job.status, self.tally.line())


def _updated(chunk: list[CheckedRow]) -> int:
    return sum(1 for r in chunk if r.ok and r.action == "update")


def _on_duplicate(value: str) -> OnDuplicate:
    if value in ("skip", "fill_empty", "overwrite"):
        return value  # type: ignore[return-value]
    return "reject"


async def _each(chunks: list[list[CheckedRow]]) -> AsyncIterator[list[CheckedRow]]:
    for chunk in chunks:
        yield chunk


def _file_format(job: ImportJob) -> FileFormat:
    return "xlsx" if job.file_format == "xlsx" else "csv"


async def _settle(pending: asyncio.Future[Any]) -> None:
    """Let a chunk being parsed finish (its thread cannot be stopped), its outcome dropped."""
    if not pending.done():
        await asyncio.wait([pending])
    if not pending.cancelled():
        pending.exception()


# ----- the service ------------------------------------------------------------------------------
@dataclass(frozen=True)
class Upload:
    content: bytes
    filename: str
    target: Target
    dry_run: bool
    all_or_nothing: bool
    mapping: dict[str, str | None]
    options: ImportOptions = ImportOptions()


def _bad_option(name: str, message: str) -> ValidationFailed:
    return ValidationFailed.field(["body", name], message, "bad_option")


def check_options(importer: type[Importer], options: ImportOptions) -> ImportOptions:
    """The options as the job keeps them: ``match_by`` among the target's keys (default:
    all of them, in their order), and only for targets that match records at all."""
    if options.on_duplicate == "reject" and not options.match_by:
        return options
    if not importer.match_keys:
        raise _bad_option(
            "on_duplicate", "This target's rows are never matched to existing records"
        )
    unknown = [k for k in options.match_by if k not in importer.match_keys]
    if unknown:
        raise _bad_option(
            "match_by",
            f"Unknown key(s) {', '.join(unknown)}; one of: " + ", ".join(importer.match_keys),
        )
    keys = tuple(dict.fromkeys(options.match_by)) or importer.match_keys
    return ImportOptions(options.on_duplicate, keys, options.unknown_owner)


class ImportService(ReadService[ImportJob]):
    repository = ImportJobRepository

    def require(self, action: str) -> None:
        """Reading one's import jobs and starting one are the same right."""
        if not self.ctx.subject.can(PERMISSION):
            raise Forbidden("forbidden_action", permission=PERMISSION)

    def require_target(self, importer: type[Importer]) -> None:
        """Importing a target's records also needs the right to write them."""
        self.require("write")
        if importer.permission and not self.ctx.subject.can(importer.permission):
            raise Forbidden("forbidden_action", permission=importer.permission)

    @property
    def jobs(self) -> ImportJobRepository:
        repo: ImportJobRepository = self.repo  # type: ignore[assignment]
        return repo

    async def create(self, upload: Upload) -> tuple[ImportJob, bool]:
        """The job, and whether it ran already (else it waits for a worker).

        The file is read and checked, and a small one parsed row by row, before anything is
        written: only then does the request take SQLite's write lock (``begin_write``), for
        the duplicate checks and the writes, so a slow file holds no other writer back.
        """
        importer = importers()[upload.target]
        self.require_target(importer)
        options = check_options(importer, upload.options)
        file_format = detect_format(upload.content)
        limit = self.ctx.settings.import_inline_rows
        limits = ReadLimits.of(self.ctx.settings)
        fields = await importer.columns(self.ctx)

        def inspect_file() -> tuple[Columns, int]:
            rows = read_rows(upload.content, file_format, limits)
            first = next(rows, None)
            if first is None:
                raise EmptyFile("it has no rows", "没有任何行")
            header.extend(first[1])
            columns = resolve_columns(first[1], fields, upload.mapping, importer.required)
            count = sum(1 for _ in islice(rows, limit + 1))
            # A file for the background is refused now if it holds too many rows (a workbook
            # by its declared dimension; reading enforces the limit in any case).
            if count > limit and count_rows(upload.content, file_format, limits) > limits.rows:
                raise _too_many_rows(limits.rows)
            return columns, count

        header: list[str] = []
        try:
            columns, rows = await asyncio.to_thread(inspect_file)
        except Unreadable as exc:
            raise exc.problem() from exc
        if rows == 0:
            raise EmptyFile("it has a header row but no data rows", "只有表头,没有数据行")
        inline = rows <= limit
        job = ImportJob(
            id=new_id(),
            owner_id=self.ctx.subject.id,
            target=upload.target,
            status="running" if inline else "queued",
            dry_run=upload.dry_run,
            all_or_nothing=upload.all_or_nothing,
            filename=upload.filename,
            file_format=file_format,
            mapping=columns.mapping,
            header=header,
            on_duplicate=options.on_duplicate,
            match_by=list(options.match_by),
            unknown_owner=options.unknown_owner,
            content=None if inline else upload.content,
            total_rows=rows if inline else None,
            processed_rows=0,
            created_rows=0,
            updated_rows=0,
            skipped_rows=0,
            error_count=0,
            duplicate_count=0,
            errors=[],
            started_at=utcnow() if inline else None,
        )
        processor = None
        if inline:
            processor = JobProcessor(self.ctx, job, upload.content, self.jobs.flush)
            try:
                await processor.prepare()
            except Unreadable as exc:
                raise exc.problem() from exc
        await begin_write(self.ctx.session)
        self.jobs.add(job)
        await self.jobs.flush()
        if processor is not None:
            await processor.run(inline=True)
        else:
            await enqueue(self.ctx.session, PROCESSOR)
        return job, inline

    async def list(self, params: ListParams) -> PageResult[ImportJob]:
        self.require("read")
        return await self.repo.list(params)

    async def rejected_file(self, job_id: uuid.UUID, file_format: ExportFormat) -> IO[bytes]:
        """Every rejected row of a job the caller sees, streamed from the database in keyset
        batches into a spooled file (memory stays flat)."""
        job = await self.get(job_id)
        lang = i18n.current_language.get()
        zh = lang == i18n.ZH
        header = ["行号" if zh else "Row", *job.header, "错误原因" if zh else "Reason"]
        sheet = Sheet(file_format, "错误行" if zh else "Rejected", header)
        width = len(job.header)
        after = 0
        while batch := await self.jobs.rejected(job.id, after, REJECTED_BATCH):
            for row in batch:
                cells: list[Cell] = [row.row, *row.cells[:width]]
                cells.extend([""] * (width + 1 - len(cells)))
                reasons = []
                for name, column, code, message in row.problems:
                    text = row_message(job.target, code or "", message or "", lang)
                    label = column or name
                    reasons.append(f"{label}: {text}" if label else text)
                cells.append("; ".join(reasons))
                sheet.add(cells)
            after = batch[-1].row
        return sheet.finish()

    async def template(self, target: Target, lang: str) -> IO[bytes]:
        importer_type = importers()[target]
        self.require_target(importer_type)
        importer = importer_type(self.ctx, new_id())
        lists = await importer.choices()
        fields = await importer_type.columns(self.ctx)
        if any(f.name == "owner" for f in fields):
            owners = await OwnerDirectory(self.ctx).usernames(TEMPLATE_OWNERS)
            if owners:
                lists["owner"] = owners
        return build_template(importer_type, fields, lists, lang)


# ----- the worker -------------------------------------------------------------------------------
async def _uploader(session: AsyncSession, owner_id: uuid.UUID | None) -> Subject | None:
    """The uploader as a subject (for a job resumed by another worker), if still allowed to
    import."""
    if owner_id is None:
        return None
    principal = await AuthRepository(session).principal(owner_id)
    if principal is None or not principal.can_log_in:
        return None
    subject = subject_for(principal)
    return subject if subject.can(PERMISSION) else None


class _Refused(Exception):
    """The job cannot run (its uploader may no longer import, its file is gone)."""


async def process_job(
    session: AsyncSession,
    settings: Settings,
    *,
    job_id: uuid.UUID | None = None,
    subject: Subject | None = None,
) -> bool:
    """Claim one waiting job (``job_id``, or the oldest) and run it to its end, committing as it
    goes; ``subject`` is the uploader when known (else rebuilt from the job's owner). False if
    there was none to claim, or another worker took it first."""
    session.info.update(actor=("system", None), request_id="job:process_imports")
    await begin_write(session)
    repo = ImportJobRepository(Ctx(session=session, subject=SYSTEM, settings=settings))
    job = await repo.claimable(utcnow() - STALE_AFTER, job_id=job_id)
    if job is None:
        await session.rollback()
        return False
    job.status = "running"
    job.started_at = job.started_at or utcnow()
    try:
        await session.commit()  # the version check: of two workers, one wins the job
    except StaleDataError:
        await session.rollback()
        return False
    key = job.id
    try:
        # Reading the job's file and its rows takes no lock; its writes do (``JobProcessor``).
        runner = subject or await _uploader(session, job.owner_id)
        permission = importers()[job.target].permission
        if runner is None or (permission and not runner.can(permission)):
            raise _Refused("The uploader may no longer import files.")
        content = await repo.content(key)
        if content is None:
            raise _Refused("The job's file is gone.")
        session.info.update(actor=(runner.kind, runner.api_key_id or runner.id))
        session.info.update(request_id=f"import:{key}")
        ctx = Ctx(session=session, subject=runner, settings=settings)

        async def checkpoint() -> None:
            await begin_write(session)
            await session.commit()

        await JobProcessor(ctx, job, content, checkpoint).run(inline=False)
        await session.commit()
    except StaleDataError:
        await session.rollback()
        log.warning("import %s was taken over by another worker", key)
    except (_Refused, Unreadable, AppError) as exc:
        await _fail(session, key, _reason(exc))
    except Exception:
        log.exception("import %s failed", key)
        await _fail(session, key, f"The import stopped on an unexpected error (import:{key}).")
    return True


def _reason(exc: Exception) -> str:
    if isinstance(exc, Unreadable):
        return f"The file cannot be read: {exc.reason}."
    if isinstance(exc, AppError):
        return i18n.detail(exc.detail_key, i18n.EN, dict(exc.params))
    return str(exc)


async def _fail(session: AsyncSession, job_id: uuid.UUID, reason: str) -> None:
    await session.rollback()
    await begin_write(session)
    job = await session.get(ImportJob, job_id, populate_existing=True)
    if job is not None and job.status in ("queued", "running"):
        job.status = "failed"
        job.failure = reason
        job.finished_at = utcnow()
        job.content = None
    await session.commit()


async def process_imports(ctx: Ctx) -> int:
    """The periodic job: run waiting jobs, and jobs whose worker died, on any node."""
    handled = 0
    while handled < JOBS_PER_RUN and await process_job(ctx.session, ctx.settings):
        handled += 1
    return handled


PROCESSOR = Job("process_imports", 30, process_imports)
JOBS: list[Job] = [PROCESSOR]


# ----- HTTP -------------------------------------------------------------------------------------
router = APIRouter(prefix="/imports", tags=["customers"], route_class=UnitOfWorkRoute)


def job_out(job: ImportJob) -> ImportJobOut:
    """The job for the caller, its row messages in the caller's language."""
    out = ImportJobOut.model_validate(job, from_attributes=True)
    lang = i18n.current_language.get()
    if lang == i18n.ZH and out.errors:
        for error in out.errors:
            error.message = row_message(job.target, error.code, error.message, lang)
    return out


def row_message(target: str, code: str, message: str, lang: str) -> str:
    """A row problem's message in the reader's language (stored in English)."""
    if lang != i18n.ZH:
        return message
    zh = importers()[target].messages_zh.get(code) or COMMON_MESSAGES_ZH.get(code)
    return zh or i18n.validation_message(code, message, lang)


@router.post(
    "",
    name="imports_create",
    summary="Import customers or contacts from a CSV or XLSX file",
    description="Multipart form: `file`, `target`, `dry_run`, `all_or_nothing`, `mapping`. "
    "Small files are processed at once (201, the finished job); larger ones in the background "
    "(202, the queued job: poll `GET /api/v1/imports/{id}`). Rows are numbered as in a "
    "spreadsheet: the header is row 1.",
    status_code=status.HTTP_201_CREATED,
    response_model=ImportJobOut,
    responses={
        201: {"headers": response_headers("Location")},
        202: {"model": ImportJobOut, "description": "Queued: processed in the background"},
        **error_responses(400, 401, 403, 409, 413, 422),
    },
    # The mapping is a JSON object in its own application/json part (OpenAPI's ``encoding``).
    openapi_extra={
        "requestBody": {
            "content": {
                "multipart/form-data": {
                    "encoding": {"mapping": {"contentType": "application/json"}}
                }
            }
        }
    },
)
@writes_late
async def create_import(
    request: Request,
    response: Response,
    ctx: CtxDep,
    file: Annotated[
        UploadFile, File(description="A CSV (UTF-8, UTF-8 with BOM, GBK) or XLSX file.")
    ],
    target: Annotated[Target, Form(description="What the rows are.")],
    dry_run: Annotated[bool, Form(description="Check every row, write nothing.")] = False,
    on_duplicate: Annotated[
        OnDuplicate,
        Form(
            description="A row matching an existing record (by `match_by`): reject it (a row "
            "error, the default), skip it, fill the record's empty fields (fill_empty) or "
            "overwrite its fields with the row's non-blank cells. Updates follow the rules "
            "of PATCH (scope, validation, audit, events)."
        ),
    ] = "reject",
    match_by: Annotated[
        list[MatchKey],
        Form(
            description="The keys rows are matched by, in priority order (repeat the field): "
            "customers credit_code, name, phone (default: all three, in that order).",
        ),
    ] = [],  # noqa: B006 - FastAPI copies a parameter's default for each request
    unknown_owner: Annotated[
        UnknownOwner,
        Form(
            description="A row whose owner (负责人) names nobody: a row error (error), or the "
            "record goes to the public pool (pool; needs <resource>:assign)."
        ),
    ] = "error",
    all_or_nothing: Annotated[
        bool, Form(description="Write nothing if any row is rejected.")
    ] = False,
    mapping: Annotated[
        str | None,
        Form(
            description="JSON object: column header → field name, or null to ignore the column "
            '(e.g. {"公司": "name", "备用": null}); headers not named use the default synonyms.',
            json_schema_extra=_mapping_schema,
        ),
    ] = None,
) -> Any:
    content = await file.read()
    filename = (file.filename or "upload").replace("\x00", "")[-255:]
    upload = Upload(
        content=content,
        filename=filename,
        target=target,
        dry_run=dry_run,
        all_or_nothing=all_or_nothing,
        mapping=parse_mapping(mapping),
        options=ImportOptions(on_duplicate, tuple(match_by or ()), unknown_owner),
    )
    job, finished = await ImportService(ctx).create(upload)
    response.headers["Location"] = f"{request.url.path}/{job.id}"
    if not finished:
        response.status_code = status.HTTP_202_ACCEPTED  # its task was enqueued with it
    return job_out(job)


@router.get(
    "",
    name="imports_list",
    summary="List import jobs (one's own, or within one's data scope)",
    description="Requires `customer:import`.",
    response_model=page_of(ImportJobOut),
    responses=error_responses(401, 403, 422),
)
@sort_enum(ImportJobRepository)
async def list_imports(
    ctx: CtxDep,
    params: Annotated[ImportListParams, Query()],
) -> Any:
    page = await ImportService(ctx).list(params)
    return page.body(job_out)


@router.get(
    "/{record_id}",
    name="imports_get",
    summary="An import job: its status, progress and row errors",
    description="Requires `customer:import`; 404 for a job outside the caller's data scope.",
    response_model=ImportJobOut,
    responses={
        200: {"headers": response_headers("ETag")},
        **error_responses(401, 403, 404),
    },
)
async def get_import(record_id: IdPath, response: Response, ctx: CtxDep) -> Any:
    job = await ImportService(ctx).get(record_id)
    response.headers["ETag"] = etag(job.version)
    return job_out(job)


#: Rejected rows read per query by the file of rejected rows.
REJECTED_BATCH = 1000
#: A template's validation list of owners holds the usernames if there are at most this many.
TEMPLATE_OWNERS = 200
_REJECTED_RESPONSES: dict[int | str, dict[str, Any]] = {
    200: {
        "description": "Every rejected row: its row number, the file's cells, and the reasons "
        "(Content-Disposition names the file)",
        "content": {MEDIA_TYPES["csv"]: {}, MEDIA_TYPES["xlsx"]: {}},
    },
    **error_responses(401, 403, 404, 422),
}


def build_template(
    importer: type[Importer],
    fields: Sequence[ImportField],
    lists: Mapping[str, list[str]],
    lang: str,
) -> IO[bytes]:
    """The workbook: headers, a sample row, comments, and list validations whose values sit
    on a hidden sheet (a list typed into the rule is limited to 255 characters)."""
    book = Workbook()
    sheet = book.active
    sheet.title = "导入" if lang == i18n.ZH else "import"
    values = book.create_sheet("lists")
    values.sheet_state = "hidden"
    required = {name for group in importer.required for name in group if len(group) == 1}
    list_column = 0
    for index, spec in enumerate(fields, start=1):
        title = spec.label if lang == i18n.ZH else spec.name
        cell = sheet.cell(row=1, column=index, value=title)
        hint = importer.samples.get(spec.name, "")
        note = ("必填。" if lang == i18n.ZH else "Required. ") if spec.name in required else ""
        if hint or note:
            cell.comment = Comment(f"{note}{hint}", "salescrm")
        if hint:
            sheet.cell(row=2, column=index, value=hint)
        sheet.column_dimensions[get_column_letter(index)].width = max(12, len(title) * 2 + 4)
        choices = lists.get(spec.name)
        if not choices:
            continue
        list_column += 1
        letter = get_column_letter(list_column)
        values.cell(row=1, column=list_column, value=spec.name)
        for at, choice in enumerate(choices, start=2):
            values.cell(row=at, column=list_column, value=safe_text(choice))
        rule = DataValidation(
            type="list",
            formula1=f"lists!${letter}$2:${letter}${len(choices) + 1}",
            allow_blank=True,
            showErrorMessage=not spec.multi,
        )
        column = get_column_letter(index)
        rule.add(f"{column}2:{column}{MAX_TEMPLATE_ROWS}")
        sheet.add_data_validation(rule)
    sheet.freeze_panes = "A2"
    out = tempfile.SpooledTemporaryFile(max_size=1 << 20)  # noqa: SIM115
    book.save(out)
    out.seek(0)
    return out


#: The rows of a template the validation lists cover.
MAX_TEMPLATE_ROWS = 10_000


def _wants(accept: str | None, given: ExportFormat | None) -> ExportFormat:
    if given is not None:
        return given
    return "xlsx" if accept and "spreadsheetml" in accept else "csv"


@router.get(
    "/{record_id}/rejected",
    name="imports_rejected",
    summary="The rejected rows of an import job, with the reasons, as CSV or XLSX",
    description="Requires `customer:import`; 404 for a job outside the caller's data scope. "
    "Every rejected row (no cap, unlike `errors`), in row order: `行号` (row), the file's own "
    "columns as uploaded, and `错误原因` (reason: `column: message` per problem, in the "
    "request's language), so the file can be corrected and uploaded again. `format` (or an "
    "`Accept` of the XLSX media type) chooses XLSX; CSV is the default.",
    response_class=StreamingResponse,
    responses=_REJECTED_RESPONSES,
)
async def rejected_rows(
    record_id: IdPath,
    ctx: CtxDep,
    request: Request,
    file_format: Annotated[
        ExportFormat | None, Query(alias="format", description="csv or xlsx")
    ] = None,
) -> StreamingResponse:
    chosen = _wants(request.headers.get("accept"), file_format)
    file = await ImportService(ctx).rejected_file(record_id, chosen)
    return StreamingResponse(
        stream(file),
        media_type=MEDIA_TYPES[chosen],
        headers={"Content-Disposition": content_disposition("导入错误行", "rejected", chosen)},
    )


@router.get(
    "/templates/{target}",
    name="imports_template",
    summary="An XLSX template for importing a target",
    description="Requires `customer:import` (and the target's write permission). The header "
    "row in the request's language (Chinese headers by default; `Accept-Language: en` gives "
    "the field names), a sample or hint per column in a comment and the second row, and "
    "validation lists for the enumerated columns (choices, tiers, stages, activity types, "
    "the owners' usernames when there are at most 200), kept on a hidden sheet `lists`.",
    response_class=StreamingResponse,
    responses={
        200: {"description": "The workbook", "content": {MEDIA_TYPES["xlsx"]: {}}},
        **error_responses(401, 403, 422),
    },
)
async def import_template(target: Target, ctx: CtxDep) -> StreamingResponse:
    file = await ImportService(ctx).template(target, i18n.current_language.get())
    return StreamingResponse(
        stream(file),
        media_type=MEDIA_TYPES["xlsx"],
        headers={"Content-Disposition": content_disposition(f"导入模板-{target}", target, "xlsx")},
    )


events.publish(ImportJob, ImportJobOut, ImportJobRepository, PERMISSION)
routers: list[APIRouter] = [router]
