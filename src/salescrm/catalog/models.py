"""Catalogue tables."""

from __future__ import annotations

from decimal import Decimal

from sqlalchemy import Index, String, Text, text
from sqlalchemy.orm import Mapped, mapped_column

from salescrm.core.db.base import Record
from salescrm.core.db.types import Money
from salescrm.core.search import Searchable


class Product(Record, Searchable):
    __tablename__ = "products"
    __resource__ = "product"
    __search_fields__ = ("code", "name", "category")
    __table_args__ = (
        # Codes are unique among live products; a deleted product's code can be reused.
        Index(
            "uq_products_code_live",
            "code",
            unique=True,
            sqlite_where=text("deleted_at IS NULL"),
            postgresql_where=text("deleted_at IS NULL"),
        ),
        Index("ix_products_created_at", "created_at"),
        Index("ix_products_updated_at", "updated_at"),
        Index("ix_products_name", "name"),
        Index("ix_products_category", "category"),
    )

    code: Mapped[str] = mapped_column(String(64))
    name: Mapped[str] = mapped_column(String(200))
    category: Mapped[str | None] = mapped_column(String(100), default=None)
    unit: Mapped[str] = mapped_column(String(20), default="件")
    list_price: Mapped[Decimal] = mapped_column(Money())
    standard_cost: Mapped[Decimal] = mapped_column(Money(), default=Decimal("0.00"))
    currency: Mapped[str] = mapped_column(String(3), default="CNY")
    active: Mapped[bool] = mapped_column(default=True)
    description: Mapped[str | None] = mapped_column(Text, default=None)
