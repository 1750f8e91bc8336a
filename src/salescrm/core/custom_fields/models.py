"""The definitions table and the mixin by which a resource takes custom fields.

A resource joins by subclassing ``HasCustomFields`` on its model (next to ``Record``): it gets
a ``custom_fields`` JSON column (JSONB on PostgreSQL) holding the values by field key, and its
``__resource__`` becomes a resource definitions may name. Everything else (checks on write,
filters, sort, exports, audit) follows from the column and the definitions.
"""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from enum import StrEnum
from typing import Any, ClassVar

from sqlalchemy import JSON, Index, Numeric, String, text
from sqlalchemy.dialects.postgresql import JSONB
from sqlalchemy.orm import Mapped, mapped_column

from salescrm.core import i18n
from salescrm.core.db.base import Record

#: JSON on SQLite, JSONB on PostgreSQL (indexable expressions, ``@>``).
CustomJSON = JSON().with_variant(JSONB(), "postgresql")


class CustomFieldType(StrEnum):
    text = "text"
    long_text = "long_text"
    number = "number"
    money = "money"
    date = "date"
    date_time = "date_time"
    single_select = "single_select"
    multi_select = "multi_select"
    employee = "employee"
    customer = "customer"
    boolean = "boolean"


i18n.register_enum(
    CustomFieldType,
    {
        "text": ("Text", "文本"),
        "long_text": ("Long text", "多行文本"),
        "number": ("Number", "数字"),
        "money": ("Money", "金额"),
        "date": ("Date", "日期"),
        "date_time": ("Date and time", "日期时间"),
        "single_select": ("Single select", "单选"),
        "multi_select": ("Multiple select", "多选"),
        "employee": ("Employee", "员工"),
        "customer": ("Customer", "客户"),
        "boolean": ("Yes / no", "是/否"),
    },
)

#: The resources that take custom fields, by name, with the permission that reads them:
#: filled by ``HasCustomFields`` subclasses as their models are defined.
RESOURCES: dict[str, type[Any]] = {}


class HasCustomFields:
    """Mixin of a model whose records carry custom fields (declare ``__resource__``)."""

    #: The JSON column is audited key by key (``core.audit``): ``cf.<key>`` before/after.
    __audit_maps__: ClassVar[frozenset[str]] = frozenset({"custom_fields"})

    custom_fields: Mapped[dict[str, Any]] = mapped_column(
        CustomJSON, default=dict, server_default=text("'{}'")
    )

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        resource = cls.__dict__.get("__resource__")
        if resource and not cls.__dict__.get("__abstract__", False):
            RESOURCES[resource] = cls


def resources() -> list[str]:
    """The resource names definitions may name (for the contract's enum)."""
    return sorted(RESOURCES)


class CustomField(Record):
    """One custom field of one resource. ``key`` is unique per resource among live ones."""

    __tablename__ = "custom_fields"
    __resource__ = "custom_field"
    __table_args__ = (
        Index(
            "uq_custom_fields_resource_key_live",
            "resource",
            "key",
            unique=True,
            sqlite_where=text("deleted_at IS NULL"),
            postgresql_where=text("deleted_at IS NULL"),
        ),
        Index("ix_custom_fields_created_at", "created_at"),
        Index("ix_custom_fields_updated_at", "updated_at"),
        Index("ix_custom_fields_position", "position"),
        Index("ix_custom_fields_key", "key"),
    )

    resource: Mapped[str] = mapped_column(String(40))
    key: Mapped[str] = mapped_column(String(40))
    label: Mapped[str] = mapped_column(String(100))
    label_en: Mapped[str | None] = mapped_column(String(100), default=None)
    type: Mapped[str] = mapped_column(String(20))
    #: For selects: ``[{"key", "label", "label_en", "archived"}]`` in display order.
    options: Mapped[list[dict[str, Any]]] = mapped_column(JSON, default=list)
    required: Mapped[bool] = mapped_column(default=False)
    default: Mapped[Any] = mapped_column(JSON(none_as_null=True), default=None, nullable=True)
    min_value: Mapped[Decimal | None] = mapped_column(Numeric(16, 2), default=None)
    max_value: Mapped[Decimal | None] = mapped_column(Numeric(16, 2), default=None)
    max_length: Mapped[int | None] = mapped_column(default=None)
    min_date: Mapped[date | None] = mapped_column(default=None)
    max_date: Mapped[date | None] = mapped_column(default=None)
    position: Mapped[int] = mapped_column(default=0)
    archived_at: Mapped[datetime | None] = mapped_column(default=None)

    @property
    def archived(self) -> bool:
        return self.archived_at is not None
