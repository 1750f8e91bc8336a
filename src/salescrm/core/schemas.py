"""Base request/response models and the shared field types (money, currency, UTC datetimes)."""

from __future__ import annotations

import json
import math
import re
import uuid
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from decimal import Decimal
from types import UnionType
from typing import Annotated, Any, ClassVar, TypeVar, Union, get_args, get_origin

from email_validator import EmailNotValidError, validate_email
from pydantic import (
    AfterValidator,
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    GetCoreSchemaHandler,
    GetJsonSchemaHandler,
    PlainSerializer,
    ValidationInfo,
    field_validator,
)
from pydantic.config import JsonDict
from pydantic.json_schema import JsonSchemaValue
from pydantic_core import CoreSchema, PydanticCustomError, core_schema
from typing_extensions import TypeAliasType

from salescrm.core.db.types import CENT, MONEY_MAX, QUANTITY_MAX, quantize_money
from salescrm.core.permissions.catalog import ALL, PERMISSIONS

NUL_ERROR = "string_nul"
NUL_MESSAGE = "Must not contain the NUL character (\\u0000)"
#: A JSON string may escape half of a UTF-16 pair alone (``"\\ud800"``): Python reads it as a
#: string that no UTF-8 database, file or answer can hold, so it is refused like NUL (422).
SURROGATE_ERROR = "string_surrogate"
SURROGATE_MESSAGE = (
    "Must be valid Unicode text: a lone surrogate (\\ud800-\\udfff) is not a character"
)
_SURROGATE = re.compile("[\ud800-\udfff]")
#: The refusal of NUL as a JSON-schema (ECMA) pattern: what the contract states for every text
#: field (``core.openapi``). A field's own pattern must refuse NUL as well (``[^|\\u0000]``).
NO_NUL_PATTERN = r"^[^\u0000]*$"
#: What Python's ``str.strip`` removes (``str.isspace``), as an ECMA character class: request
#: bodies strip text (``RequestModel``), so a text that must not be empty must hold something
#: else. ECMA's ``\s`` differs (it lacks U+001C-U+001F and U+0085, and has U+FEFF).
_PY_SPACE = (
    r"\t\n\u000b\f\r \u001c-\u001f\u0085\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000"
)
#: A character that is not whitespace as Python's ``str.strip`` sees it, for a pattern: a value
#: that must not be blank holds one (``"pattern": NOT_SPACE``, unanchored as JSON Schema's are).
NOT_SPACE = rf"[^{_PY_SPACE}]"
#: A character of a web address: neither whitespace nor NUL. The whitespace is spelled out
#: (``_PY_SPACE``): ``\s`` means other characters to the validator's regex engine and to an ECMA
#: client (U+0085, U+FEFF), so a pattern with ``\s`` promised addresses the API then refused.
_URL_CHAR = rf"[^{_PY_SPACE}\u0000]"
#: A web address as people type it (``www.example.cn``, ``https://…``): a dot, no spaces.
Website = Annotated[
    str, Field(min_length=3, max_length=300, pattern=rf"^(https?://)?{_URL_CHAR}+\.{_URL_CHAR}+$")
]
#: The contract of a non-empty body text: no NUL, and not only whitespace.
NOT_BLANK_PATTERN = rf"^[^\u0000]*[^{_PY_SPACE}\u0000][^\u0000]*$"


#: What a phone number looks like, as the contract states it: an optional ``+``, 6 to 15 digits
#: (E.164 has at most 15) among spaces, ``( ) . -`` (full-width forms too, as typed with a
#: Chinese input method), and an optional extension of up to 10 digits (``转 123``,
#: ``ext. 123``, ``x123``, ``#123``, ``;ext=123`` as we give it back).
_DIGIT = "[0-9\uff10-\uff19]"
_SEPARATOR = "[ ().\\-\u3000\uff08\uff09\uff0d]"
PHONE_PATTERN = (
    f"^[+\uff0b]?(?:{_SEPARATOR}*{_DIGIT}){{6,15}}{_SEPARATOR}*"
    f"(?: *(?:转|[eE][xX][tT]\\.?|[xX]|#|;ext=) *{_DIGIT}{{1,10}})?$"
)
PHONE_INVALID = "phone_invalid"
EMAIL_INVALID = "email_invalid"


def _email(value: str) -> str:
    """An address in the form ``format: email`` states, which must also have a domain that can
    receive mail: not one RFC 6761 reserves (``.test``, ``.localhost``, ``.invalid`` …), a rule
    of email-validator's that no schema states. Refused as ``email_invalid``; the domain is
    normalised (lower case, IDNA), as before."""
    try:
        return validate_email(value, check_deliverability=False).normalized
    except EmailNotValidError as exc:
        raise PydanticCustomError(EMAIL_INVALID, str(exc)) from None


Email = Annotated[
    str,
    Field(
        max_length=254,
        json_schema_extra={"format": "email"},
        description="An e-mail address; its domain must be able to receive mail (not a reserved "
        "name such as `.test` or `.localhost`): otherwise 422 `email_invalid`.",
    ),
    AfterValidator(_email),
]


def _any_text(value: Any, test: Callable[[str], bool]) -> bool:
    """Whether a string, or any string (key or value) inside nested lists and dicts, passes."""
    if isinstance(value, str):
        return test(value)
    if isinstance(value, Mapping):
        return any(_any_text(k, test) or _any_text(v, test) for k, v in value.items())
    if isinstance(value, list | tuple | set | frozenset):
        return any(_any_text(item, test) for item in value)
    return False


def _has_nul(text: str) -> bool:
    return "\x00" in text


def _has_surrogate(text: str) -> bool:
    return _SURROGATE.search(text) is not None


def contains_nul(value: Any) -> bool:
    """Whether a string, or any string (key or value) inside nested lists and dicts, holds NUL.

    PostgreSQL cannot store ``\\x00`` in text or JSON, so it is refused at the edge (422) on every
    engine instead of failing in the database.
    """
    return _any_text(value, _has_nul)


def contains_surrogate(value: Any) -> bool:
    """Whether any string in ``value`` (nested too) holds a lone UTF-16 surrogate, which no
    engine can store (an encoding error, a 500, if it got that far)."""
    return _any_text(value, _has_surrogate)


def nul_error() -> PydanticCustomError:
    return PydanticCustomError(NUL_ERROR, NUL_MESSAGE)


class NoNulModel(BaseModel):
    """Refuses NUL characters and lone surrogates in every field, including nested lists and
    dicts (422)."""

    @field_validator("*", mode="before")
    @classmethod
    def _refuse_nul(cls, value: Any) -> Any:
        if contains_nul(value):
            raise nul_error()
        if contains_surrogate(value):
            raise PydanticCustomError(SURROGATE_ERROR, SURROGATE_MESSAGE)
        return value


def without_null(prop: dict[str, Any]) -> dict[str, Any]:
    """A property schema ``anyOf: [T, null]`` as ``T`` (keeping its title and description)."""
    options = prop.get("anyOf")
    if not options or {"type": "null"} not in options:
        return prop
    rest = [option for option in options if option != {"type": "null"}]
    kept = {k: v for k, v in prop.items() if k != "anyOf" and not (k == "default" and v is None)}
    return {**rest[0], **kept} if len(rest) == 1 else {**kept, "anyOf": rest}


def _leaf_types(annotation: Any) -> set[Any]:
    """The types a union (or optional, annotated or aliased) annotation admits at its top level."""
    if isinstance(annotation, TypeAliasType):
        return _leaf_types(annotation.__value__)
    if get_origin(annotation) is Annotated:
        return _leaf_types(get_args(annotation)[0])
    if get_origin(annotation) in (Union, UnionType):
        return {leaf for arg in get_args(annotation) for leaf in _leaf_types(arg)}
    return {annotation}


#: The JSON type a scalar field states, with the error for any other JSON type: Pydantic's lax
#: mode reads ``"3"``/``true`` as the integer 3/1 and ``0``/``"yes"`` as a boolean, although the
#: contract says ``integer`` or ``boolean``.
_SCALAR_ERRORS = {
    "bool": ("bool_type", "Input should be a valid boolean"),
    "int": ("int_type", "Input should be a valid integer"),
    "float": ("float_type", "Input should be a valid number"),
}

#: Validation context for text cells (a CSV or spreadsheet import): numbers arrive as text.
TEXT_CELLS = {"text_cells": True}


def _scalar_kind(annotation: Any) -> str | None:
    """``bool``, ``int`` or ``float`` for a field of exactly that JSON type (optionally null)."""
    leaves = _leaf_types(annotation) - {type(None)}
    if leaves == {bool}:
        return "bool"
    if str in leaves or bool in leaves:
        return None
    if int in leaves:
        return "int"
    return "float" if float in leaves else None


def _of_kind(value: Any, kind: str) -> bool:
    if kind == "bool":
        return isinstance(value, bool)
    return isinstance(value, int | float) and not isinstance(value, bool)


class RequestModel(NoNulModel):
    """Request bodies: unknown fields are a 422, never silently dropped; NUL is a 422; a
    boolean, integer or number field takes only that JSON type (no ``"3"``, ``true`` or ``0``
    for another)."""

    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)

    #: Per scalar field, its kind (filled in per subclass, the CRUD factory's included).
    _scalar_kinds: ClassVar[dict[str, str]] = {}

    @classmethod
    def __pydantic_init_subclass__(cls, **kwargs: Any) -> None:
        super().__pydantic_init_subclass__(**kwargs)
        cls._scalar_kinds = {
            name: kind
            for name, field in cls.model_fields.items()
            if (kind := _scalar_kind(field.annotation)) is not None
        }

    @field_validator("*", mode="before")
    @classmethod
    def _strict_scalars(cls, value: Any, info: ValidationInfo) -> Any:
        kind = cls._scalar_kinds.get(info.field_name or "")
        if kind is None or value is None or _of_kind(value, kind):
            return value
        if isinstance(value, str) and info.context and info.context.get("text_cells"):
            return value  # an import's cell: Pydantic reads "3" as 3
        raise PydanticCustomError(*_SCALAR_ERRORS[kind])

    #: Fields that may be left out but are refused as ``null`` (an update of a column that is
    #: never empty): published as optional without ``null``, so that a client (or a contract
    #: fuzzer) is not told that ``null`` is valid. The CRUD factory adds the update schema's
    #: required columns (``core.crud``); a service's own rule is declared on its schema.
    not_null: ClassVar[frozenset[str]] = frozenset()

    @field_validator("*", mode="after")
    @classmethod
    def _refuse_null(cls, value: Any, info: ValidationInfo) -> Any:
        """``null`` for a ``not_null`` field is a 422 while the body is read, before any
        precondition or record is looked at (the repository keeps its own check too)."""
        if value is None and info.field_name in cls.not_null:
            raise PydanticCustomError("null_not_allowed", "May not be null")
        return value

    @classmethod
    def __get_pydantic_json_schema__(
        cls, core_schema: CoreSchema, handler: GetJsonSchemaHandler
    ) -> JsonSchemaValue:
        schema = handler(core_schema)
        target = handler.resolve_ref_schema(schema)
        properties = target.get("properties", {})
        for name in cls.not_null & properties.keys():
            properties[name] = without_null(properties[name])
        for prop in properties.values():
            _state_not_blank(prop)
        return schema


def state_not_blank(node: Any) -> None:
    """``_state_not_blank`` for a schema a model builds itself (``json_schema_extra``)."""
    _state_not_blank(node)


def _state_not_blank(node: Any) -> None:
    """A body text that must not be empty and states no pattern of its own gets
    ``NOT_BLANK_PATTERN``: the body strips whitespace before counting, so ``"\\u000b"`` is
    empty to the server and must not look valid in the contract."""
    if isinstance(node, list):
        for item in node:
            _state_not_blank(item)
        return
    if not isinstance(node, dict) or "$ref" in node:
        return
    own = {"pattern", "format", "enum", "const"} & node.keys()
    if node.get("type") == "string" and node.get("minLength", 0) >= 1 and not own:
        node["pattern"] = NOT_BLANK_PATTERN
    for key in ("anyOf", "oneOf", "items"):
        if key in node:
            _state_not_blank(node[key])


class QueryModel(NoNulModel):
    """Query parameters read as a model: unknown names are a 422 too, but every value arrives as
    text, so the request bodies' one-JSON-type rule does not apply."""

    model_config = ConfigDict(extra="forbid", str_strip_whitespace=True)


class CreateModel(RequestModel):
    id: uuid.UUID | None = Field(
        None, description="Optional client-chosen id (UUIDv7); repeating a create is idempotent."
    )


class RecordOut(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: uuid.UUID
    created_at: datetime
    updated_at: datetime
    version: int = Field(description="Incremented by every change; the ETag is this number.")


def _to_utc(value: datetime) -> datetime:
    if value.tzinfo is None or value.utcoffset() is None:
        raise PydanticCustomError("timezone_aware", "Must include a time zone (e.g. Z or +08:00)")
    try:
        return value.astimezone(UTC)
    except (OverflowError, ValueError):
        raise PydanticCustomError(
            "datetime_out_of_range",
            "Must lie between 0001-01-01 and 9999-12-31 once converted to UTC",
        ) from None


_M = TypeVar("_M", bound=BaseModel)


def period_in_order(
    model: _M, names: tuple[str, str] = ("period_start", "period_end"), *, max_years: int = 5
) -> _M:
    """A model's period, when both ends are given, in order and at most ``max_years`` long
    (``check_period``): the ``mode="after"`` validator of every body with a period."""
    start, end = getattr(model, names[0], None), getattr(model, names[1], None)
    if start is not None and end is not None:
        check_period(start, end, names, max_years=max_years)
    return model


def check_period(
    start: date, end: date, names: tuple[str, str], *, max_years: int | None = None
) -> None:
    """A period's end before its start, or longer than ``max_years``: a 422 of its own type.

    JSON Schema cannot compare two fields, so the contract states this rule in words; its
    error types (``range_reversed``, ``period_too_long``) let a client, and the contract
    fuzzer's hooks, tell it from a shape error."""
    if end < start:
        raise PydanticCustomError(
            "range_reversed", "{end} is before {start}", {"start": names[0], "end": names[1]}
        )
    if max_years is not None and (end - start).days > 366 * max_years:
        raise PydanticCustomError(
            "period_too_long", "The period is at most {years} years", {"years": max_years}
        )


#: RFC 3339 ``date-time`` (what ``format: date-time`` means), seconds required. The offset is
#: optional here only so that its absence gets its own message (``_to_utc``); it is required.
_RFC3339_DATE_TIME = re.compile(
    r"[0-9]{4}-[0-9]{2}-[0-9]{2}[Tt][0-9]{2}:[0-9]{2}:[0-9]{2}(\.[0-9]+)?"
    r"([Zz]|[+-][0-9]{2}:[0-9]{2})?"
)
#: RFC 3339 ``full-date`` (``format: date``).
_RFC3339_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")


def _as_written(pattern: re.Pattern[str], error: str, message: str) -> Any:
    """A check, before Pydantic parses, that a value is text in the contract's format (or
    already a date or datetime, from code): Pydantic also takes Unix timestamps ("1700000000",
    "0"), times without seconds, offsets without a colon and, for a date, a whole datetime,
    which the schema's ``format`` refuses. What the schema refuses, the server refuses."""

    def check(value: Any) -> Any:
        if isinstance(value, date):  # datetime is a date too
            return value
        if not isinstance(value, str) or not pattern.fullmatch(value):
            raise PydanticCustomError(error, message)
        return value

    return BeforeValidator(check)


RFC3339_DATE_TIME = _as_written(
    _RFC3339_DATE_TIME,
    "datetime_format",
    "Must be an RFC 3339 date-time with seconds and a time zone, e.g. 2024-05-01T08:00:00Z",
)
RFC3339_DATE = _as_written(_RFC3339_DATE, "date_format", "Must be a date as YYYY-MM-DD")

UtcDateTime = Annotated[datetime, RFC3339_DATE_TIME, AfterValidator(_to_utc)]
"""A datetime input with an explicit time zone, converted to UTC.

Only RFC 3339 text is read (``2024-05-01T08:00:00Z``, ``…+08:00``), as the contract's
``format: date-time`` says. Naive values ("2024-01-01T00:00:00") are a 422 (the zone would be a
guess), and so are values that leave the representable range once converted
(``0001-01-01T00:00:00+14:00``).
"""

Day = Annotated[date, RFC3339_DATE]
"""A date input: ``YYYY-MM-DD`` only, as the contract's ``format: date`` says (no timestamp,
no datetime)."""
#: Years 1900 to 9998, as the contract states the bounds of a ``PeriodDay`` (JSON Schema has
#: no minimum for a date).
_PERIOD_YEAR = "^(19[0-9]{2}|[2-8][0-9]{3}|9[0-8][0-9]{2}|99[0-8][0-9]|999[0-8])-"
PeriodDay = Annotated[
    date,
    Field(ge=date(1900, 1, 1), le=date(9998, 12, 31), json_schema_extra={"pattern": _PERIOD_YEAR}),
    RFC3339_DATE,
]
"""A day bounding a report's period (1900 to 9998): a ``Day`` whose next day is still a date."""


def _loose_date(annotation: Any, metadata: Sequence[Any]) -> bool:
    origin = get_origin(annotation)
    if origin is Annotated:
        base, *extra = get_args(annotation)
        return _loose_date(base, [*metadata, *extra])
    if origin in (Union, UnionType):
        return any(_loose_date(arg, metadata) for arg in get_args(annotation))
    if isinstance(annotation, type) and issubclass(annotation, date):
        return not any(m is RFC3339_DATE or m is RFC3339_DATE_TIME for m in metadata)
    return False


def loose_date_fields(model: type[BaseModel]) -> list[str]:
    """The model's date and datetime fields that Pydantic would parse leniently (a plain
    ``date`` or ``datetime``, not ``Day`` or ``UtcDateTime``)."""
    return [
        name
        for name, field in model.model_fields.items()
        if _loose_date(field.annotation, field.metadata)
    ]


def _money_text(value: Decimal) -> str:
    return f"{quantize_money(value):.2f}"


MoneyOut = Annotated[
    Decimal,
    Field(examples=["12500.00"]),
    PlainSerializer(_money_text, return_type=str, when_used="json"),
]
"""An amount in a response: a decimal string with two places (``"12500.00"``), never a float.

No bound is checked on the way out: what a record holds was bounded when it was written, and
a sum over many records (a report) may pass ``MONEY_MAX`` — a response never fails on a value.
"""


def decimal_pattern(integers: int, places: int, sign: str = "") -> str:
    """The written form of a decimal within ``10^integers`` with at most ``places`` places
    (trailing zeros allowed: ``1.50``, ``1.500``): ``sign`` is ``-`` (either sign), ``+``
    (more than 0) or empty (0 or more). No exponent, no spaces, no ``+``, no ``.5``."""
    fraction = rf"(?:\.[0-9]{{1,{places}}}0*)?"
    if sign == "+":
        whole = rf"[1-9][0-9]{{0,{integers - 1}}}{fraction}"
        return rf"^0*(?:{whole}|0\.[0-9]{{0,{places - 1}}}[1-9]0*)$"
    return rf"^{'-?' if sign == '-' else ''}0*[0-9]{{1,{integers}}}{fraction}$"


@dataclass(frozen=True)
class DecimalText:
    """The form a decimal field accepts, stated in the contract and checked alike.

    Pydantic reads a decimal string the way ``Decimal()`` does (``1e2``, `` 1_000 ``, Arabic
    digits) and publishes it as ``type: string`` with no rule, so a client cannot know that
    ``"1.005"`` is refused. Here a string must match ``pattern`` (the string branch of the
    schema says so) and a JSON number is published with ``multipleOf: step``; the bounds and
    places of the field stay as they are. Put it last among a type's constraints.
    """

    pattern: str
    step: Decimal

    def __get_pydantic_core_schema__(
        self, source: Any, handler: GetCoreSchemaHandler
    ) -> CoreSchema:
        return core_schema.no_info_before_validator_function(self._check, handler(source))

    def _check(self, value: Any) -> Any:
        if isinstance(value, float) and math.isfinite(value) and abs(value) < 1e18:
            # A JSON number is binary: 3 × 0.0001 arrives as 0.00030000000000000003, which
            # ``multipleOf`` admits (to within rounding). Within a few units in the last place
            # of a multiple of ``step``, it is that multiple.
            written = Decimal(repr(value))
            kept = written.quantize(self.step)
            if kept != written and abs(float(kept) - value) <= 4 * math.ulp(value):
                return kept
        if isinstance(value, str) and not re.fullmatch(self.pattern, value):
            raise PydanticCustomError(
                "decimal_text",
                "Write a plain decimal (like 12500.00) within the field's range and places",
            )
        return value

    def __get_pydantic_json_schema__(
        self, schema: CoreSchema, handler: GetJsonSchemaHandler
    ) -> JsonSchemaValue:
        published = handler(schema)
        for option in published.get("anyOf", [published]):
            if option.get("type") == "string":
                option["pattern"] = self.pattern
            elif option.get("type") == "number":
                option["multipleOf"] = float(self.step)
        return published


_MONEY_DIGITS = len(str(int(MONEY_MAX)))
_Money = Annotated[MoneyOut, Field(ge=-MONEY_MAX, le=MONEY_MAX, decimal_places=2)]

Money = Annotated[_Money, DecimalText(decimal_pattern(_MONEY_DIGITS, 2, "-"), CENT)]
"""An amount a client sends, within ``±MONEY_MAX`` (``core.db.types``: every amount a record
holds, typed or computed, stays there); two places at most; a plain decimal string or a number
in JSON."""

#: A percentage from 0 to 100 with at most two places, as text (``80``, ``3.50``, ``100.00``).
PERCENT_TEXT = r"^0*(?:100(?:\.0+)?|[0-9]{1,2}(?:\.[0-9]{1,2}0*)?)$"

Percent = Annotated[Decimal, Field(ge=0, le=100, decimal_places=2), DecimalText(PERCENT_TEXT, CENT)]
"""A percentage a client sends (a rate, a share): 0 to 100, two places at most."""

PercentOut = Annotated[
    Decimal,
    Field(examples=["42.50"]),
    PlainSerializer(lambda d: f"{d:.2f}", return_type=str, when_used="json"),
]
"""A percentage in a response: a decimal string with two places (``"42.50"``)."""


NonNegativeMoney = Annotated[
    _Money, Field(ge=0), DecimalText(decimal_pattern(_MONEY_DIGITS, 2), CENT)
]
PositiveMoney = Annotated[
    _Money, Field(gt=0), DecimalText(decimal_pattern(_MONEY_DIGITS, 2, "+"), CENT)
]

Quantity = Annotated[
    Decimal,
    Field(
        gt=0,
        le=QUANTITY_MAX,
        decimal_places=4,
        description="More than 0, up to four decimal places; a string in JSON.",
        examples=["12", "2.5"],
    ),
    DecimalText(decimal_pattern(len(str(int(QUANTITY_MAX))), 4, "+"), Decimal("0.0001")),
    PlainSerializer(lambda d: format(d.normalize(), "f"), return_type=str, when_used="json"),
]
"""A quantity of goods (pieces, kilograms, square metres), within ``QUANTITY_MAX``."""

Currency = Annotated[
    str,
    Field(pattern=r"^[A-Z]{3}$", description="ISO 4217 code", examples=["CNY"]),
]


JsonScalar = str | int | float | bool | None
# Named levels, not one recursive alias: openapi-typescript cannot type an array of its own
# type (TS2502) and openapi-python-client drops an operation whose schema refers to itself.
JsonDepth1 = TypeAliasType("JsonDepth1", JsonScalar | list[JsonScalar] | dict[str, JsonScalar])
JsonDepth2 = TypeAliasType("JsonDepth2", JsonScalar | list[JsonDepth1] | dict[str, JsonDepth1])
JsonDepth3 = TypeAliasType("JsonDepth3", JsonScalar | list[JsonDepth2] | dict[str, JsonDepth2])
JsonDepth4 = TypeAliasType("JsonDepth4", JsonScalar | list[JsonDepth3] | dict[str, JsonDepth3])
JsonDepth5 = TypeAliasType("JsonDepth5", JsonScalar | list[JsonDepth4] | dict[str, JsonDepth4])
JsonValue = TypeAliasType("JsonValue", JsonScalar | list[JsonDepth5] | dict[str, JsonDepth5])
"""A JSON value nested at most ``JSON_DEPTH`` arrays or objects deep, for stored data that may
genuinely hold any (an audit entry's before and after of a JSON column). Pydantic's own
``JsonValue`` is published as ``{}``, which a generated client types as ``unknown``; writers of
such data cut it to this depth with ``clip_json``."""
JSON_DEPTH = 6


def clip_json(value: Any, depth: int = JSON_DEPTH) -> Any:
    """``value`` with what lies deeper than ``depth`` arrays or objects written as JSON text,
    so that it always reads back as a ``JsonValue`` (deeper data would fail the response)."""
    if isinstance(value, list | tuple | dict) and depth <= 0:
        return json.dumps(value, ensure_ascii=False, default=str)
    if isinstance(value, list | tuple):
        return [clip_json(item, depth - 1) for item in value]
    if isinstance(value, dict):
        return {str(key): clip_json(item, depth - 1) for key, item in value.items()}
    return value


def enum_of(registry: Callable[[], Iterable[str]]) -> Callable[[JsonDict], None]:
    """``json_schema_extra`` publishing the names a registry holds as the field's ``enum``.

    Read when the contract is generated, after every context registered its names, so the
    schema lists exactly what the server checks against (a client, or a contract fuzzer, learns
    the values from the schema rather than from a 422); the server's own check and message stay.
    """

    def extra(schema: JsonDict) -> None:
        schema["enum"] = list[Any](sorted(registry()))

    return extra


Permission = Annotated[
    str,
    Field(
        min_length=1,
        max_length=64,
        examples=["product:read"],
        json_schema_extra=enum_of(lambda: [ALL, *PERMISSIONS]),
    ),
]
"""A function permission (``product:read``) or ``*`` (every one): the catalogue's names."""
