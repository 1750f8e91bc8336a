"""Opportunity files: the importer behind ``POST /api/v1/imports`` with ``target=opportunities``
(the deals of another CRM). Each row is created through ``OpportunityService`` as
``POST /opportunities`` does. The customer is named by ``客户ID`` or by its exact name among the
customers the uploader may change (a name several hold is ``ambiguous_customer``); the stage by
its name among the open stages of the default pipeline (empty: its first stage)."""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from typing import Any, ClassVar

from salescrm.customers.io import CustomerIORepository, resolve_customers
from salescrm.platform.import_records import (
    PENDING_ID,
    ServiceImporter,
    date_text,
    fold,
    money_text,
)
from salescrm.platform.imports import (
    CREATED_FIELD,
    OWNER_FIELD,
    CheckedRow,
    ImportField,
    register_importer,
)
from salescrm.sales.models import StageKind
from salescrm.sales.repository import PipelineRepository
from salescrm.sales.schemas import OpportunityCreate
from salescrm.sales.service import OpportunityService

OPPORTUNITY_FIELDS = (
    ImportField("customer", "客户名称", ("客户", "公司", "所属客户", "customer", "company")),
    ImportField("customer_id", "客户ID", ("customer id",)),
    ImportField("name", "商机名称", ("商机", "项目名称", "机会名称", "标题", "name", "title")),
    ImportField("stage", "销售阶段", ("阶段", "商机阶段", "stage")),
    ImportField("amount", "金额", ("商机金额", "预计金额", "预计成交金额", "amount", "value")),
    ImportField("currency", "币种", ("货币", "currency")),
    ImportField(
        "expected_close_date",
        "预计成交日期",
        ("预计结单日期", "结单日期", "成交日期", "close date", "expected close date"),
    ),
    ImportField("description", "描述", ("说明", "备注", "description", "notes")),
    OWNER_FIELD,
    CREATED_FIELD,
)


def convert_opportunity(raw: Mapping[str, Any], row: CheckedRow) -> dict[str, Any]:
    payload: dict[str, Any] = {"customer_id": PENDING_ID}
    for name, value in raw.items():
        if name == "customer":
            row.extra["customer_name"] = value
        elif name == "customer_id":
            try:
                row.extra["customer_id"] = uuid.UUID(value)
            except ValueError:
                row.fail(name, "Must be a UUID", "uuid_parsing")
        elif name == "stage":
            row.extra["stage_name"] = value
        elif name == "amount":
            payload[name] = money_text(value)
        elif name == "expected_close_date":
            payload[name] = date_text(value)
        elif name == "currency":
            payload[name] = {"人民币": "CNY", "rmb": "CNY", "美元": "USD"}.get(fold(value), value)
        else:
            payload[name] = value
    if "customer" not in raw and "customer_id" not in raw:
        row.fail("customer", "Give the customer's name or customer_id", "missing")
    return payload


class OpportunityImporter(ServiceImporter):
    fields = OPPORTUNITY_FIELDS
    required = (("customer", "customer_id"), ("name",), ("expected_close_date",))
    permission = "opportunity:write"
    owned = "opportunity"
    schema = OpportunityCreate
    service = OpportunityService
    convert = staticmethod(convert_opportunity)
    messages_zh: ClassVar[Mapping[str, str]] = {
        "not_found": "找不到该客户(或无权修改)",
        "ambiguous_customer": "有多个客户同名,请填写客户ID",
        "unknown_stage": "默认销售流程中没有这个进行中的阶段",
    }
    samples: ClassVar[Mapping[str, str]] = {
        "customer": "上海华信科技有限公司",
        "name": "华信 CRM 二期",
        "amount": "¥300万",
        "expected_close_date": "2027-03-31",
        "owner": "用户名、工号或姓名",
    }

    def __init__(self, *args: Any) -> None:
        super().__init__(*args)
        #: Open stages of the default pipeline: folded name → id.
        self.stages: dict[str, uuid.UUID] = {}

    async def prepare(self) -> None:
        pipelines = PipelineRepository(self.ctx)
        default = await pipelines.default()
        if default is not None:
            for stage in await pipelines.stages_of(default.id):
                if stage.kind == StageKind.open.value:
                    self.stages.setdefault(fold(stage.name), stage.id)

    async def choices(self) -> dict[str, list[str]]:
        pipelines = PipelineRepository(self.ctx)
        default = await pipelines.default()
        if default is None:
            return {}
        stages = await pipelines.stages_of(default.id)
        return {"stage": [s.name for s in stages if s.kind == StageKind.open.value]}

    async def resolve(self, rows: list[CheckedRow]) -> None:
        await resolve_customers(CustomerIORepository(self.ctx), rows)
        for row in rows:
            if not row.ok:
                continue
            row.values["customer_id"] = row.extra["customer_id"]
            name = row.extra.get("stage_name")
            if name is not None:
                stage = self.stages.get(fold(name))
                if stage is None:
                    row.fail("stage", "No open stage of this name in the default pipeline",
                             "unknown_stage")  # fmt: skip
                else:
                    row.values["stage_id"] = stage


register_importer("opportunities", OpportunityImporter)
