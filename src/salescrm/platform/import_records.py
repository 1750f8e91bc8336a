"""Importers that write each row through the resource's own service, exactly as ``POST`` does
(schema, references, scope, owner rules, audit, events): opportunities, activity history and
products. Their files are migrations from another CRM — thousands of rows, not millions — so
a row costs one create rather than a share of a bulk insert, and nothing about the resource's
rules is copied here.

A target says how a row's cells become the create payload (``convert``, pure, in a worker
process if need be) and how names become ids (``resolve``, one query per chunk); each row is
then created in a savepoint, so a row its service refuses is reported and leaves nothing
behind. A row's original creation time (创建时间) is set on the created record afterwards (the
audit trail shows the create, then ``created_at`` set by the same import).
"""

from __future__ import annotations

import re
import unicodedata
import uuid
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal, InvalidOperation
from typing import Any, ClassVar

from pydantic import BaseModel, ValidationError

from salescrm.core import i18n
from salescrm.core.errors import AppError
from salescrm.core.schemas import TEXT_CELLS
from salescrm.core.service import CrudService
from salescrm.platform.imports import CheckedRow, Importer, RowParser

#: Stands for an id a later, database step finds (a customer named by name...).
PENDING_ID = uuid.UUID(int=0)

Convert = Callable[[Mapping[str, Any], CheckedRow], dict[str, Any]]


def fold(text: str) -> str:
    return unicodedata.normalize("NFKC", text).casefold().replace(" ", "")


def money_text(value: str) -> str:
    """``¥1,250,000``, ``300万``, ``1.2亿`` → a decimal's text (else as given: the schema says
    what is wrong)."""
    text = unicodedata.normalize("NFKC", value)
    for noise in (" ", ",", "，", "¥", "￥", "元"):
        text = text.replace(noise, "")
    scale = Decimal(1)
    if text.endswith("万"):
        text, scale = text[:-1], Decimal(10_000)
    elif text.endswith("亿"):
        text, scale = text[:-1], Decimal(100_000_000)
    try:
        return str(Decimal(text) * scale)
    except InvalidOperation:
        return value


_DATE = re.compile(r"^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?(?:[ T].*)?$")


def date_text(value: str) -> str:
    """``2026/3/5``, ``2026年3月5日``, ``2026-03-05 00:00:00`` → ``2026-03-05`` (else as given)."""
    match = _DATE.match(value.strip())
    if match is None:
        return value
    year, month, day = (int(g) for g in match.groups())
    return f"{year:04d}-{month:02d}-{day:02d}"


def schema_problems(exc: ValidationError) -> Iterator[tuple[str | None, str, str]]:
    for error in exc.errors():
        loc = error.get("loc") or ()
        message = str(error.get("msg", ""))
        message = message.removeprefix("Value error, ")
        yield (str(loc[0]) if loc else None), message, str(error.get("type", "value_error"))


def app_problems(exc: AppError) -> Iterator[tuple[str | None, str, str]]:
    """A refused create's problems, as row problems."""
    errors = getattr(exc, "errors", None) or []
    if errors:
        for error in errors:
            loc = error.get("loc") or []
            name = str(loc[-1]) if loc else None
            yield name, str(error.get("msg", "")), str(error.get("type", exc.code))
        return
    yield None, i18n.detail(exc.detail_key, i18n.EN, dict(exc.params)), exc.code


@dataclass(frozen=True)
class SchemaParser:
    """A row's cells → the create schema (ids still pending filled with ``PENDING_ID``)."""

    schema: type[BaseModel]
    convert: Convert
    #: The deployment's time zone (naive times in cells are in it).
    zone: str

    def __call__(self, rows: list[tuple[int, dict[str, Any]]]) -> list[CheckedRow]:
        checked = []
        for number, raw in rows:
            row = CheckedRow(number, raw)
            checked.append(row)
            row.extra["zone"] = self.zone
            payload = self.convert(raw, row)
            row.extra.pop("zone", None)
            try:
                model = self.schema.model_validate(payload, context=TEXT_CELLS)
            except ValidationError as exc:
                for name, message, code in schema_problems(exc):
                    row.fail(name, message, code)
                continue
            row.values = model.model_dump(exclude_unset=True)
        return checked


class ServiceImporter(Importer):
    """Rows created one by one through ``service`` (see the module's doc)."""

    schema: ClassVar[type[BaseModel]]
    service: ClassVar[type[CrudService[Any]]]

    @staticmethod
    def convert(raw: Mapping[str, Any], row: CheckedRow) -> dict[str, Any]:
        """The create payload of a row's raw values (a module-level function: picklable)."""
        return dict(raw)

    async def prepare(self) -> None:
        """Most targets need no reference data up front."""

    def parser(self) -> RowParser:
        return SchemaParser(self.schema, type(self).convert, self.ctx.settings.timezone)

    async def resolve(self, rows: list[CheckedRow]) -> None:
        """Turn the names of valid rows into ids (``row.values``), or fail them."""

    async def check(self, rows: list[CheckedRow]) -> None:
        await self.resolve([r for r in rows if r.ok])
        for row in rows:
            if row.ok and "owner_id" in row.extra:
                row.values["owner_id"] = row.extra["owner_id"]

    def remember(self, rows: list[CheckedRow]) -> None:
        """A resumed job's earlier rows are in the database already (or were refused)."""

    async def write(self, rows: list[CheckedRow]) -> int:
        created = 0
        session = self.ctx.session
        for row in rows:
            try:
                async with session.begin_nested():
                    payload = self.schema.model_validate(row.values)
                    record, _ = await self.service(self.ctx).create(payload)
                    moment: datetime | None = row.extra.get("created_at")
                    if moment is not None:
                        record.created_at = moment
                        await session.flush()
            except AppError as exc:
                for name, message, code in app_problems(exc):
                    row.fail(name, message, code)
                continue
            created += 1
        return created
