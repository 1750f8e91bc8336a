"""Product queries: the generic repository with the catalogue's sorts and filters."""

from __future__ import annotations

from typing import ClassVar

from salescrm.catalog.models import Product
from salescrm.core.filtering import FilterOp, eq, gte, lte
from salescrm.core.repository import Repository


class ProductRepository(Repository[Product]):
    model = Product
    sort_fields: ClassVar = {
        "created_at": "created_at",
        "updated_at": "updated_at",
        "code": "code",
        "name": "name",
        "list_price": "list_price",
    }
    filters: ClassVar[dict[str, FilterOp]] = {
        "category": eq(Product.category),
        "active": eq(Product.active),
        "currency": eq(Product.currency),
        "list_price_min": gte(Product.list_price),
        "list_price_max": lte(Product.list_price),
    }
    unique_fields = ("code",)
