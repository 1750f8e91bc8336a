"""``/api/v1/products``: the standard operations; the standard cost only with ``margin:read``."""

from __future__ import annotations

from salescrm.catalog.models import Product
from salescrm.catalog.schemas import (
    MARGIN,
    ProductCreate,
    ProductListParams,
    ProductOut,
    ProductUpdate,
)
from salescrm.catalog.service import ProductService
from salescrm.core import i18n
from salescrm.core.crud import CrudSpec, crud_router
from salescrm.core.references import register_kind
from salescrm.core.visibility import restrict_columns

i18n.register_names(
    {"product": "产品"},
    {"list_price": "标价", "standard_cost": "标准成本", "category": "类别", "unit": "单位"},
)

restrict_columns("product", MARGIN, "standard_cost")

register_kind("product", Product)

router = crud_router(
    CrudSpec(
        path="/products",
        name="products",
        tag="catalog",
        singular="product",
        service=ProductService,
        read_schema=ProductOut,
        create_schema=ProductCreate,
        update_schema=ProductUpdate,
        list_params=ProductListParams,
    )
)
