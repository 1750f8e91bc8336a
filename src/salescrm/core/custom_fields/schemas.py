"""Custom-field schemas: the typed value map every participating record carries, and the
definitions resource's own models."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Any

from pydantic import BaseModel, Field, field_validator
from typing_extensions import TypeAliasType

from salescrm.core.custom_fields.models import CustomFieldType, resources
from salescrm.core.custom_fields.values import KEY_PATTERN, OPTION_PATTERN
from salescrm.core.pagination import ListParams
from salescrm.core.schemas import (
    CreateModel,
    Day,
    Money,
    MoneyOut,
    RecordOut,
    RequestModel,
    enum_of,
)

_Text = Annotated[str, Field(max_length=5000)]
_Item = Annotated[str, Field(max_length=100)]

CustomFieldValue = TypeAliasType(
    "CustomFieldValue",
    _Text | int | float | bool | Annotated[list[_Item], Field(max_length=100)] | None,
)
"""One custom field's value: text (text, long text, money as ``"12500.00"``, dates as
``YYYY-MM-DD``, times as ``…Z``, a select's option key, a referenced record's id), a number,
true/false, or a list of option keys (multi select). ``null`` clears it."""

CustomFieldKey = Annotated[
    str,
    Field(
        pattern=KEY_PATTERN,
        description="A machine name: a lower-case letter, then letters, digits or _ (40 at most).",
        examples=["budget_band"],
    ),
]

_VALUES_HELP = (
    "Custom fields by key (`GET /api/v1/custom-fields?resource=…` lists the definitions). "
    "Each value must fit its definition's type, options and bounds (422 "
    "`custom_field_invalid` naming `custom_fields.<key>` otherwise); on an update only the "
    "keys sent change and `null` clears one."
)


def _keys_named(schema: dict[str, Any]) -> None:
    """Pydantic puts a key's pattern in ``patternProperties`` and leaves other keys allowed;
    ``propertyNames`` states that every key must match it."""
    schema.setdefault("propertyNames", {})["pattern"] = KEY_PATTERN


CustomFieldsIn = Annotated[
    dict[CustomFieldKey, CustomFieldValue],
    Field(max_length=200, description=_VALUES_HELP, json_schema_extra=_keys_named),
]


def custom_fields_out() -> Any:
    """The ``custom_fields`` field of a read schema."""
    return Field(
        default_factory=dict,
        description=(
            "Custom field values by key. Values of archived fields are still shown; a field "
            "with no value is absent."
        ),
    )


CustomFieldsOut = dict[str, CustomFieldValue]


class CustomFieldOption(RequestModel):
    key: Annotated[str, Field(pattern=OPTION_PATTERN, examples=["large"])]
    label: Annotated[str, Field(min_length=1, max_length=100, examples=["大型"])]
    label_en: Annotated[str, Field(min_length=1, max_length=100, examples=["Large"])] | None = None
    archived: bool = Field(
        False, description="Archived options stay readable on records but take no new values."
    )


class CustomFieldOptionOut(BaseModel):
    key: str
    label: str
    label_en: str | None = None
    archived: bool = False


_Options = Annotated[list[CustomFieldOption], Field(max_length=200)]
_Label = Annotated[str, Field(min_length=1, max_length=100, examples=["预算区间"])]


class _Rules(RequestModel):
    label_en: _Label | None = None
    options: _Options | None = Field(
        None, description="For single and multi select: the options, in display order."
    )
    required: bool | None = None
    default: CustomFieldValue | None = Field(
        None, description="Set on create when no value is sent."
    )
    min_value: Money | None = Field(None, description="Number and money: the least value.")
    max_value: Money | None = Field(None, description="Number and money: the greatest value.")
    max_length: int | None = Field(None, ge=1, le=5000, description="Text: the longest value.")
    min_date: Day | None = Field(None, description="Date and date-time: the earliest day.")
    max_date: Day | None = Field(None, description="Date and date-time: the latest day.")
    position: int | None = Field(None, ge=0, le=10000, description="Display order.")

    @field_validator("options")
    @classmethod
    def _distinct(cls, options: list[CustomFieldOption] | None) -> Any:
        if options is not None and len({o.key for o in options}) != len(options):
            raise ValueError("Option keys must be distinct")
        return options


ResourceName = Annotated[
    str,
    Field(
        min_length=1,
        max_length=40,
        description="The resource the field belongs to (each that declares custom fields).",
        json_schema_extra=enum_of(resources),
    ),
]


class CustomFieldCreate(CreateModel, _Rules):
    resource: ResourceName
    key: CustomFieldKey
    label: _Label
    type: CustomFieldType


class CustomFieldUpdate(_Rules):
    """Resource, key and type are fixed once defined. ``options`` replaces the list and must
    keep every existing key (archive an option instead of removing it)."""

    label: _Label | None = None
    archived: bool | None = Field(
        None, description="Archive (true) or bring back (false): archived values stay."
    )


class CustomFieldOut(RecordOut):
    resource: ResourceName
    key: str
    label: str
    label_en: str | None
    type: CustomFieldType
    options: list[CustomFieldOptionOut]
    required: bool
    default: CustomFieldValue | None
    min_value: MoneyOut | None
    max_value: MoneyOut | None
    max_length: int | None
    min_date: Day | None
    max_date: Day | None
    position: int
    archived: bool = Field(description="Archived fields take no new values; stored ones stay.")
    archived_at: datetime | None


class CustomFieldListParams(ListParams):
    resource: ResourceName | None = Field(None, description="Fields of one resource.")
    type: CustomFieldType | None = None
    archived: bool | None = None
