"""Product files: the importer behind ``POST /api/v1/imports`` with ``target=products`` (the
catalogue of another CRM). Each row is created through ``ProductService`` as ``POST /products``
does; a code the catalogue holds already is a row error (``unique``)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, ClassVar

from salescrm.catalog.schemas import ProductCreate
from salescrm.catalog.service import ProductService
from salescrm.platform.import_records import ServiceImporter, fold, money_text
from salescrm.platform.imports import CREATED_FIELD, CheckedRow, ImportField, register_importer

_YES = frozenset({"是", "y", "yes", "true", "1", "启用", "在售", "上架"})
_NO = frozenset({"否", "n", "no", "false", "0", "停用", "停售", "下架"})

PRODUCT_FIELDS = (
    ImportField("code", "产品编码", ("编码", "产品编号", "物料编码", "货号", "sku", "code")),
    ImportField("name", "产品名称", ("名称", "品名", "产品", "name", "product", "product name")),
    ImportField("category", "分类", ("产品分类", "类别", "category")),
    ImportField("unit", "单位", ("计量单位", "unit")),
    ImportField("list_price", "价格", ("标准价", "单价", "售价", "定价", "list price", "price")),
    ImportField("standard_cost", "标准成本", ("成本", "cost", "standard cost")),
    ImportField("currency", "币种", ("货币", "currency")),
    ImportField("active", "启用", ("状态", "是否启用", "在售", "active")),
    ImportField("description", "描述", ("说明", "备注", "description", "notes")),
    CREATED_FIELD,
)


def convert_product(raw: Mapping[str, Any], row: CheckedRow) -> dict[str, Any]:
    payload: dict[str, Any] = {}
    for name, value in raw.items():
        if name in ("list_price", "standard_cost"):
            payload[name] = money_text(value)
        elif name == "active":
            folded = fold(value)
            payload[name] = True if folded in _YES else False if folded in _NO else value
        elif name == "currency":
            payload[name] = {"人民币": "CNY", "rmb": "CNY", "美元": "USD"}.get(fold(value), value)
        else:
            payload[name] = value
    return payload


class ProductImporter(ServiceImporter):
    fields = PRODUCT_FIELDS
    required = (("code",), ("name",), ("list_price",))
    permission = "product:write"
    schema = ProductCreate
    service = ProductService
    convert = staticmethod(convert_product)
    messages_zh: ClassVar[Mapping[str, str]] = {"unique": "产品编码已存在"}
    samples: ClassVar[Mapping[str, str]] = {
        "code": "CRM-STD",
        "name": "CRM 标准版",
        "list_price": "12800",
        "unit": "套",
        "active": "是",
    }

    async def choices(self) -> dict[str, list[str]]:
        return {"active": ["是", "否"], "currency": ["CNY", "USD", "EUR", "HKD"]}


register_importer("products", ProductImporter)
