"""Custom-field values: the check of every write, and the list filters and sort keys.

``checked`` is called by ``Repository.create`` and ``Repository.update`` (the one point every
write of a record passes: the API, customer merges, anything a service does), so no path can
store a value its definition refuses. Values are stored by field key in the record's
``custom_fields`` JSON, in one canonical form per type (so that text order is value order for
dates and times, and PostgreSQL's expression indexes serve filters and sort):

========================  ===========================================================
type                      stored as
========================  ===========================================================
text, long_text           a string
number                    a JSON number
money                     a decimal string with two places (``"12500.00"``)
date                      ``YYYY-MM-DD``
date_time                 ``YYYY-MM-DDTHH:MM:SSZ`` (UTC, whole seconds)
single_select             the option's key
multi_select              a list of option keys, in the options' order
employee, customer        the record's id (a UUID string)
boolean                   ``true`` / ``false``
========================  ===========================================================
"""

from __future__ import annotations

import re
import uuid
from collections.abc import Awaitable, Callable, Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from decimal import Decimal, InvalidOperation
from typing import Any

from sqlalchemy import (
    Float,
    Numeric,
    String,
    and_,
    cast,
    func,
    literal_column,
    or_,
    select,
    type_coerce,
)
from sqlalchemy.dialects.postgresql import JSONB
from sqlalchemy.ext.asyncio import AsyncSession

from salescrm.core import i18n
from salescrm.core.custom_fields.models import CustomField, CustomFieldType
from salescrm.core.db.types import MONEY_MAX
from salescrm.core.errors import ValidationFailed
from salescrm.core.schemas import contains_nul, contains_surrogate
from salescrm.core.search import escape_like

T = CustomFieldType
KEY_PATTERN = r"^[a-z][a-z0-9_]{0,39}$"
OPTION_PATTERN = r"^[a-z0-9][a-z0-9_\-]{0,39}$"
#: Length of a text value when the definition states none.
TEXT_MAX = {T.text: 500, T.long_text: 5000}
NUMBER_MAX = Decimal("1e15")
#: Types a list may be sorted by (a list of keys or a long text has no useful order).
SORTABLE = frozenset(T) - {T.multi_select, T.long_text}
NUMERIC = frozenset({T.number, T.money})
DATED = frozenset({T.date, T.date_time})
_MONEY = re.compile(r"^-?[0-9]{1,14}(?:\.[0-9]{1,2})?$")
_DATE = re.compile(r"^[0-9]{4}-[0-9]{2}-[0-9]{2}$")


class CustomFieldInvalid(ValidationFailed):
    """A custom-field value its definition refuses: 422, each error naming the field."""

    code = detail_key = "custom_field_invalid"


i18n.register_titles({"custom_field_invalid": ("Invalid custom field", "自定义字段无效")})
i18n.register_details(
    {
        "custom_field_invalid": (
            "{count} custom field value(s) are invalid; see errors.",
            "{count} 个自定义字段的值无效,详见 errors。",
        )
    }
)

#: How a reference type's ids are checked: the ids among those given that the caller may name
#: (a customer: one they can see; an employee: a live one). Registered by the contexts.
Finder = Callable[[Any, set[uuid.UUID]], Awaitable[set[uuid.UUID]]]
TARGETS: dict[str, Finder] = {}


def register_target(kind: str, finder: Finder) -> None:
    """Let a context say how values of the reference type ``kind`` are checked."""
    TARGETS[kind] = finder


async def definitions_of(
    session: AsyncSession, resource: str, *, include_archived: bool = True
) -> list[CustomField]:
    """The live definitions of a resource, in display order (one query)."""
    stmt = select(CustomField).where(
        CustomField.resource == resource, CustomField.deleted_at.is_(None)
    )
    if not include_archived:
        stmt = stmt.where(CustomField.archived_at.is_(None))
    rows = await session.scalars(stmt.order_by(CustomField.position, CustomField.created_at))
    return list(rows)


# ----- one value ---------------------------------------------------------------------------
class Refused(Exception):
    def __init__(self, msg: str, kind: str = "custom_field_type") -> None:
        super().__init__(msg)
        self.msg = msg
        self.kind = kind


def _number(value: Any) -> Decimal:
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise Refused("Must be a number")
    try:
        number = Decimal(str(value))
    except InvalidOperation as exc:
        raise Refused("Must be a number") from exc
    if not number.is_finite() or abs(number) >= NUMBER_MAX:
        raise Refused("Must be a finite number below 10^15", "custom_field_range")
    return number


def _money(value: Any) -> Decimal:
    if isinstance(value, str):
        if not _MONEY.fullmatch(value):
            raise Refused("Must be an amount with at most two places (12500.00)")
        amount = Decimal(value)
    else:
        amount = _number(value)
        if amount != amount.quantize(Decimal("0.01")):
            raise Refused("Must be an amount with at most two places (12500.00)")
    if abs(amount) > MONEY_MAX:
        raise Refused("Out of the range of amounts", "custom_field_range")
    return amount.quantize(Decimal("0.01"))


def _date(value: Any) -> date:
    if not isinstance(value, str) or not _DATE.fullmatch(value):
        raise Refused("Must be a date (YYYY-MM-DD)")
    try:
        return date.fromisoformat(value)
    except ValueError as exc:
        raise Refused("Must be a date (YYYY-MM-DD)") from exc


def _moment(value: Any) -> datetime:
    if not isinstance(value, str) or len(value) < 19 or not _DATE.fullmatch(value[:10]):
        raise Refused("Must be a date and time with a zone (2026-12-05T09:30:00Z)")
    try:
        moment = datetime.fromisoformat(value)
    except ValueError as exc:
        raise Refused("Must be a date and time with a zone (2026-12-05T09:30:00Z)") from exc
    if moment.tzinfo is None:
        raise Refused("Must include a time zone (e.g. Z or +08:00)")
    try:
        return moment.astimezone(UTC).replace(microsecond=0)
    except (OverflowError, ValueError) as exc:
        raise Refused("Must lie between years 1 and 9999 in UTC", "custom_field_range") from exc


def moment_text(moment: datetime) -> str:
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def _bounds(field: CustomField, value: Decimal | date) -> None:
    low: Any
    high: Any
    if isinstance(value, Decimal):
        low, high = field.min_value, field.max_value
    else:
        low, high = field.min_date, field.max_date
    if low is not None and value < low:
        raise Refused(f"Must be at least {low}", "custom_field_range")
    if high is not None and value > high:
        raise Refused(f"Must be at most {high}", "custom_field_range")


def option_keys(field: CustomField, *, active: bool) -> list[str]:
    return [o["key"] for o in field.options or [] if not (active and o.get("archived"))]


def _option(field: CustomField, value: Any, kept: Iterable[str]) -> str:
    if not isinstance(value, str):
        raise Refused("Must be one option's key")
    if value not in option_keys(field, active=True) and value not in kept:
        allowed = ", ".join(option_keys(field, active=True))
        raise Refused(f"Not one of the options ({allowed})", "custom_field_option")
    return value


def normalise(field: CustomField, value: Any, stored: Any = None) -> Any:
    """The canonical stored form of ``value`` for ``field``; ``Refused`` when it does not fit.
    ``stored`` is the record's current value: an archived option it holds may be kept."""
    kind = T(field.type)
    if kind in TEXT_MAX:
        if not isinstance(value, str):
            raise Refused("Must be text")
        limit = field.max_length or TEXT_MAX[kind]
        if len(value) > limit:
            raise Refused(f"At most {limit} characters", "custom_field_range")
        return value
    if kind is T.number:
        number = _number(value)
        _bounds(field, number)
        return value
    if kind is T.money:
        amount = _money(value)
        _bounds(field, amount)
        return f"{amount:.2f}"
    if kind is T.date:
        day = _date(value)
        _bounds(field, day)
        return day.isoformat()
    if kind is T.date_time:
        moment = _moment(value)
        _bounds(field, moment.date())
        return moment_text(moment)
    if kind is T.single_select:
        return _option(field, value, [stored] if isinstance(stored, str) else [])
    if kind is T.multi_select:
        if not isinstance(value, list):
            raise Refused("Must be a list of option keys")
        kept = stored if isinstance(stored, list) else []
        chosen = {_option(field, item, kept) for item in value}
        order = option_keys(field, active=False)
        return [key for key in order if key in chosen]
    if kind in (T.employee, T.customer):
        if not isinstance(value, str):
            raise Refused(
                f"Must be an {kind.value}'s id" if kind is T.employee else "Must be a customer's id"
            )
        try:
            return str(uuid.UUID(value))
        except ValueError as exc:
            raise Refused("Must be a UUID") from exc
    if not isinstance(value, bool):
        raise Refused("Must be true or false")
    return value


def _empty(value: Any) -> bool:
    return value is None or value == "" or value == []


# ----- a write -----------------------------------------------------------------------------
def _loc(key: str) -> list[str | int]:
    return ["body", "custom_fields", key]


async def checked(
    ctx: Any,
    resource: str,
    given: Mapping[str, Any] | None,
    stored: Mapping[str, Any] | None,
    *,
    creating: bool,
    carried: Collection[str] = (),
) -> dict[str, Any]:
    """The values a write stores: ``given`` (the body's ``custom_fields``, None when absent)
    merged over ``stored`` (a key with null clears it), defaults filled on create, each
    checked against its definition. A 422 ``custom_field_invalid`` names every field refused:
    an unknown or archived one, a wrong type, a select value not among the options, a value
    out of bounds, a required one missing or cleared, a reference the caller cannot name.
    ``carried`` keys come from another record (a merge): an archived field or option of
    theirs is kept as it is."""
    fields = {f.key: f for f in await definitions_of(ctx.session, resource)}
    before = dict(stored or {})
    result = dict(before)
    errors: list[dict[str, Any]] = []
    references: dict[str, dict[uuid.UUID, str]] = {}
    for key, value in (given or {}).items():
        field = fields.get(key)
        if field is None:
            errors.append(_error(key, "No such custom field", "custom_field_unknown"))
            continue
        if _empty(value):
            result.pop(key, None)
            continue
        kept = value if key in carried else before.get(key)
        if field.archived_at is not None and value != kept:
            errors.append(_error(key, "Archived: it takes no new values", "custom_field_archived"))
            continue
        try:
            result[key] = normalise(field, value, kept)
        except Refused as refused:
            errors.append(_error(key, refused.msg, refused.kind))
            continue
        if field.type in (T.employee, T.customer) and result[key] != before.get(key):
            references.setdefault(field.type, {})[uuid.UUID(result[key])] = key
    for key, field in fields.items():
        if field.archived_at is not None:
            continue
        if (
            creating
            and key not in result
            and not _empty(field.default)
            and key not in (given or {})
        ):
            result[key] = field.default
        if field.required and _empty(result.get(key)) and (creating or key in (given or {})):
            errors.append(_error(key, "Required", "custom_field_required"))
    for kind, named in references.items():
        finder = TARGETS.get(kind)
        found = await finder(ctx, set(named)) if finder is not None else set()
        for ref_id, key in named.items():
            if ref_id not in found:
                errors.append(_error(key, f"No such {kind}", "not_found"))
    if errors:
        raise CustomFieldInvalid(errors=errors, count=len(errors))
    return result


def _error(key: str, msg: str, kind: str) -> dict[str, Any]:
    return {"loc": _loc(key), "msg": msg, "type": kind}


def check_default(field: CustomField) -> Any:
    """A definition's default, in its stored form; 422 naming ``default`` if it does not fit."""
    if _empty(field.default):
        return None
    try:
        return normalise(field, field.default)
    except Refused as refused:
        raise ValidationFailed.field(["body", "default"], refused.msg, refused.kind) from None


# ----- lists -------------------------------------------------------------------------------
@dataclass(frozen=True)
class SortKey:
    """A list ordered by a custom field: its expression, how a cursor's value is read back,
    and a record's value of the expression (computed from its stored one, no query)."""

    key: str
    expression: Any
    read: Callable[[Any], Any]

    def value_of(self, record: Any) -> Any:
        stored = (record.custom_fields or {}).get(self.key)
        if stored is None:
            return None
        if isinstance(stored, bool):
            return "true" if stored else "false"
        return self.read(stored)


class CustomQuery:
    """Filters (``cf.<key>``, ``cf.<key>_min``/``_max``, ``cf.<key>_from``/``_to``) and sort
    keys (``sort=cf.<key>``) over one model's custom fields, for one engine."""

    def __init__(self, model: Any, fields: Sequence[CustomField], dialect: str) -> None:
        self.model = model
        self.fields = {f.key: f for f in fields}
        self.postgres = dialect == "postgresql"

    def text(self, key: str) -> Any:
        """The value as text: the expression PostgreSQL's index on the field is built on."""
        column = self.model.custom_fields
        if self.postgres:
            return column.op("->>")(literal_column(f"'{key}'"))
        return cast(func.json_extract(column, literal_column(f"'$.\"{key}\"'")), String)

    def number(self, key: str) -> Any:
        if self.postgres:
            return cast(self.text(key), Numeric)
        column = self.model.custom_fields
        return cast(func.json_extract(column, literal_column(f"'$.\"{key}\"'")), Float)

    def expression(self, field: CustomField) -> Any:
        if field.type in NUMERIC:
            return self.number(field.key)
        if field.type == T.boolean and not self.postgres:
            column = self.model.custom_fields
            raw = func.json_extract(column, literal_column(f"'$.\"{field.key}\"'"))
            return func.iif(raw == 1, "true", func.iif(raw == 0, "false", None))
        return self.text(field.key)

    def sort_fields(self) -> dict[str, str]:
        return {f"cf.{k}": k for k, f in self.fields.items() if f.type in SORTABLE}

    def sort_key(self, key: str) -> SortKey:
        field = self.fields[key]
        if field.type in NUMERIC:
            kind: Callable[[Any], Any] = Decimal if self.postgres else float
            return SortKey(key, self.expression(field), lambda raw: kind(str(raw)))
        return SortKey(key, self.expression(field), str)

    def predicates(self, raw: Mapping[str, Any]) -> list[Any]:
        """One predicate per ``cf.`` parameter; 422 naming the parameter for an unknown field
        or a value its type cannot read."""
        found = []
        for name, value in raw.items():
            key, bound = self._resolve(name)
            loc = ["query", name]
            if key is None:
                raise ValidationFailed.field(loc, "Unknown custom field filter", "extra_forbidden")
            if not isinstance(value, str):
                raise ValidationFailed.field(loc, "Give this filter once", "bad_filter")
            if contains_nul(value) or contains_surrogate(value) or len(value) > 200:
                raise ValidationFailed.field(loc, "Not a value this filter takes", "bad_filter")
            found.append(self._predicate(self.fields[key], bound, value, loc))
        return found

    def _resolve(self, name: str) -> tuple[str | None, str]:
        key = name.removeprefix("cf.")
        if key in self.fields:
            return key, "eq"
        for suffix, bound in (("_min", "min"), ("_max", "max"), ("_from", "min"), ("_to", "max")):
            base = key.removesuffix(suffix)
            if base != key and base in self.fields:
                ranged = NUMERIC if suffix in ("_min", "_max") else DATED
                if self.fields[base].type in ranged:
                    return base, bound
        return None, ""

    def _predicate(self, field: CustomField, bound: str, value: str, loc: list[Any]) -> Any:
        kind = T(field.type)
        try:
            if kind in NUMERIC:
                number = Decimal(value)
                if not number.is_finite() or abs(number) >= NUMBER_MAX:
                    raise ValueError(value)
                target: Any = number if self.postgres else float(number)
            elif kind is T.date:
                target = date.fromisoformat(value).isoformat()
            elif kind is T.date_time:
                target = moment_text(_moment(value))
            elif kind is T.boolean:
                if value not in ("true", "false"):
                    raise ValueError(value)
                target = value
            elif kind in (T.employee, T.customer):
                target = str(uuid.UUID(value))
            else:
                target = value
        except (ValueError, InvalidOperation, Refused) as exc:
            raise ValidationFailed.field(
                loc, f"Not a value of this {kind.value} field", "bad_filter"
            ) from exc
        if kind is T.multi_select:
            column = self.model.custom_fields
            if self.postgres:
                holder = column.op("->")(literal_column(f"'{field.key}'"))
                return holder.op("@>")(type_coerce([target], JSONB))
            listed = cast(func.json_extract(column, literal_column(f"'$.\"{field.key}\"'")), String)
            return listed.like(f'%"{escape_like(_json_text(target))}"%', escape="\\")
        expression = self.expression(field)
        if bound == "min":
            return expression >= target
        if bound == "max":
            return expression <= target
        return expression == target


def _json_text(value: str) -> str:
    """An option key inside a JSON array literal (keys hold no quote or backslash)."""
    return value.replace("\\", "").replace('"', "")


def after(key: SortKey, value: Any, last_id: uuid.UUID, id_column: Any, descending: bool) -> Any:
    """The rows after the cursor's in a custom-field order, where an empty value sorts after
    every other one (PostgreSQL's own order: ascending ends with them, descending starts)."""
    expr = key.expression
    if descending:
        if value is None:
            return or_(and_(expr.is_(None), id_column < last_id), expr.is_not(None))
        return and_(expr <= value, or_(expr < value, and_(expr == value, id_column < last_id)))
    if value is None:
        return and_(expr.is_(None), id_column > last_id)
    return or_(expr > value, and_(expr == value, id_column > last_id), expr.is_(None))


def order(key: SortKey, id_column: Any, descending: bool) -> tuple[Any, Any]:
    if descending:
        return key.expression.desc().nulls_first(), id_column.desc()
    return key.expression.asc().nulls_last(), id_column.asc()


def index_names(model: Any, key: str) -> list[str]:
    """The names of the field's indexes on the model's table (see ``index_ddl``)."""
    table = model.__tablename__
    names = [f"ix_{table}_cf_{key}"[:63]]
    if "owner_id" in model.__table__.columns:
        names.append(f"ix_{table}_own_cf_{key}"[:63])
    return names


def index_ddl(model: Any, field: CustomField) -> list[str]:
    """PostgreSQL's indexes on one field: the expression lists filter and sort on, with the id
    as the tie-breaker of keyset pages. Numbers and amounts are cast (an immutable cast of
    text to numeric); every other type is ordered as its canonical text.

    An owned resource gets a second index led by ``owner_id``: a representative's list (scope
    ``own``) is one owner's rows in the field's order, which the plain index could only find by
    walking everyone's (at 1,000,000 customers, 18 ms against 1.9 ms for a 2% owner)."""
    table = model.__tablename__
    text_value = f"(custom_fields ->> '{field.key}')"
    expression = f"({text_value}::numeric)" if field.type in NUMERIC else text_value
    names = index_names(model, field.key)
    statements = [f"CREATE INDEX IF NOT EXISTS {names[0]} ON {table} ({expression}, id)"]
    if len(names) > 1:
        statements.append(
            f"CREATE INDEX IF NOT EXISTS {names[1]} ON {table} (owner_id, {expression}, id)"
        )
    return statements


def holds_values(model: Any, key: str, dialect: str) -> Any:
    """A statement finding one row (tombstones included) holding a value of ``key``."""
    query = CustomQuery(model, [], dialect)
    return select(model.id).where(query.text(key).is_not(None)).limit(1)
