"""Custom fields in files: export columns headed by their labels, import columns read back.

An export has one column per active field of the resource, headed by its Chinese label (as the
other columns are); a select shows its option's label, a list its labels joined by ``,``, a
yes/no field 是/否. An import maps a column headed by a field's label (Chinese or English) or
key to that field, reads each cell by the field's type (a select by its option's label or
key), and checks the row's values as any write is checked (``values.normalise``, defaults,
required), naming the field ``cf.<key>`` in a row's problem. ``ImportRules`` holds plain data,
so a parser that carries it may run in a worker process.
"""

from __future__ import annotations

import re
import unicodedata
import uuid
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

from salescrm.core.custom_fields import values
from salescrm.core.custom_fields.models import CustomField, CustomFieldType

T = CustomFieldType
PREFIX = "cf."
_YES = frozenset({"是", "y", "yes", "true", "1", "√", "✓", "对", "t"})
_NO = frozenset({"否", "n", "no", "false", "0", "×", "✗", "不是", "f"})
_SEPARATORS = re.compile(r"[,，;；、\n\r|]+")
_NUMBER_NOISE = re.compile(r"[\s,，¥￥元]")
_DATE = re.compile(r"^([0-9]{4})\s*[-/.年]\s*([0-9]{1,2})\s*[-/.月]\s*([0-9]{1,2})\s*日?$")


def _fold(text: str) -> str:
    return unicodedata.normalize("NFKC", text).casefold().replace(" ", "")


@dataclass(frozen=True)
class Rules:
    """A definition as plain data (what ``values.normalise`` reads of one)."""

    key: str
    label: str
    label_en: str | None
    type: str
    options: list[dict[str, Any]]
    required: bool
    default: Any
    min_value: Any
    max_value: Any
    max_length: int | None
    min_date: Any
    max_date: Any
    archived_at: Any = None

    @classmethod
    def of(cls, definition: CustomField) -> Rules:
        return cls(**{name: getattr(definition, name) for name in cls.__dataclass_fields__})


async def export_fields(session: Any, resource: str) -> list[CustomField]:
    """The active fields of a resource, one export column each, in display order."""
    return await values.definitions_of(session, resource, include_archived=False)


def header(definition: CustomField) -> str:
    return definition.label


def cell(definition: CustomField, record: Any) -> str | int | float | None:
    """A record's value of one field as an export shows it."""
    value = (getattr(record, "custom_fields", None) or {}).get(definition.key)
    if value is None:
        return None
    labels = {o["key"]: o["label"] for o in definition.options or []}
    if definition.type == T.single_select:
        return str(labels.get(value, value))
    if definition.type == T.multi_select:
        return ",".join(labels.get(v, v) for v in value)
    if definition.type == T.boolean:
        return "是" if value else "否"
    if isinstance(value, int | float | str):
        return value
    return str(value)


@dataclass(frozen=True)
class ImportRules:
    """The fields an import of one resource may fill, and the check of a row's values."""

    fields: tuple[Rules, ...] = ()

    @classmethod
    async def load(cls, session: Any, resource: str) -> ImportRules:
        definitions = await values.definitions_of(session, resource)
        fields = tuple(Rules.of(d) for d in definitions)
        return cls(fields)

    def columns(self) -> list[tuple[str, str, tuple[str, ...]]]:
        """``(field name, label, synonyms)`` per active field: what a column header may say."""
        return [
            (PREFIX + f.key, f.label, tuple(s for s in (f.label_en, f.key) if s))
            for f in self.fields
            if f.archived_at is None
        ]

    def check(self, raw: Mapping[str, Any]) -> tuple[dict[str, Any], list[tuple[str, str, str]]]:
        """A row's stored values from its ``cf.<key>`` cells (defaults filled, required ones
        checked), and its problems as ``(field, message, code)``."""
        by_key = {f.key: f for f in self.fields}
        result: dict[str, Any] = {}
        problems: list[tuple[str, str, str]] = []
        for name, text in raw.items():
            if not name.startswith(PREFIX) or by_key.get(name[len(PREFIX) :]) is None:
                continue
            rules = by_key[name[len(PREFIX) :]]
            try:
                parsed = _read(rules, text)
                if parsed is not None:
                    result[rules.key] = values.normalise(rules, parsed)  # type: ignore[arg-type]
            except values.Refused as refused:
                problems.append((name, refused.msg, refused.kind))
        for rules in self.fields:
            if rules.archived_at is not None:
                continue
            if rules.key not in result and rules.default not in (None, "", []):
                result[rules.key] = rules.default
            if rules.required and rules.key not in result:
                problems.append((PREFIX + rules.key, "Required", "custom_field_required"))
        return result, problems

    def references(self, stored: dict[str, Any]) -> Iterable[tuple[str, str, uuid.UUID]]:
        """``(field name, kind, id)`` of each record a row's values name."""
        for rules in self.fields:
            if rules.type in (T.employee, T.customer) and rules.key in stored:
                yield PREFIX + rules.key, rules.type, uuid.UUID(stored[rules.key])


def _read(rules: Rules, text: Any) -> Any:
    """A cell's text as a value of the field's type (``values.normalise`` checks it)."""
    if isinstance(text, list):
        text = ",".join(text)
    text = str(text).strip()
    if not text:
        return None
    kind = T(rules.type)
    if kind in (T.number, T.money):
        cleaned = _NUMBER_NOISE.sub("", unicodedata.normalize("NFKC", text))
        if kind is T.money:
            return cleaned
        try:
            number = float(cleaned)
        except ValueError:
            return text
        return int(number) if number.is_integer() and "." not in cleaned else number
    if kind is T.date:
        match = _DATE.match(text)
        if match is None:
            return text.split(" ")[0]
        year, month, day = (int(g) for g in match.groups())
        return f"{year:04d}-{month:02d}-{day:02d}"
    if kind is T.boolean:
        folded = _fold(text)
        return True if folded in _YES else False if folded in _NO else text
    if kind in (T.single_select, T.multi_select):
        by_name: dict[str, str] = {}
        for option in rules.options:
            for name in (option["key"], option["label"], option.get("label_en") or ""):
                if name:
                    by_name.setdefault(_fold(name), option["key"])
        if kind is T.single_select:
            return by_name.get(_fold(text), text)
        return [by_name.get(_fold(p), p) for p in _SEPARATORS.split(text) if p.strip()]
    return text


async def refused_references(
    ctx: Any, rules: ImportRules, rows: Iterable[tuple[Any, dict[str, Any]]]
) -> list[tuple[Any, str, str]]:
    """``(row, field name, kind)`` for each record a chunk's rows name that the importer may
    not name (as ``values.checked`` asks for one write): one look-up per kind per chunk."""
    wanted: dict[str, list[tuple[Any, str, uuid.UUID]]] = {}
    for row, stored in rows:
        for name, kind, ref_id in rules.references(stored):
            wanted.setdefault(kind, []).append((row, name, ref_id))
    refused: list[tuple[Any, str, str]] = []
    for kind, named in wanted.items():
        finder = values.TARGETS.get(kind)
        found = await finder(ctx, {i for _, _, i in named}) if finder is not None else set()
        refused.extend((row, name, kind) for row, name, ref_id in named if ref_id not in found)
    return refused


async def import_fields(ctx: Any, resource: str) -> list[tuple[str, str, tuple[str, ...]]]:
    """``(field name, label, synonyms)`` of the columns a resource's import may map."""
    return (await ImportRules.load(ctx.session, resource)).columns()
