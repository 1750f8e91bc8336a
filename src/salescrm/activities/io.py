"""Activity history files: the importer behind ``POST /api/v1/imports`` with
``target=activities`` (the follow-ups recorded in another CRM). Each row is created through
``ActivityService`` as ``POST /activities`` does, as a past activity: its time (``时间``) is
required and may not lie in the future (a naive time is in ``SALESCRM_TIMEZONE``). The customer
is named by ``客户ID`` or by its exact name among the customers the uploader may change; the
type by its code or name; the owner (负责人: username, employee number or name, within the
uploader's data scope) is recorded as the employee who took part (activities have no owner of
their own: they follow their customer). The author is the uploader, as for any create."""

from __future__ import annotations

import uuid
from collections.abc import Mapping
from typing import Any, ClassVar

from salescrm.activities.repository import ActivityTypeRepository
from salescrm.activities.schemas import ActivityCreate
from salescrm.activities.service import ActivityService
from salescrm.core.clock import utcnow
from salescrm.customers.io import CustomerIORepository, resolve_customers
from salescrm.platform.import_owners import MOMENT_MESSAGES, parse_moment
from salescrm.platform.import_records import PENDING_ID, ServiceImporter, fold
from salescrm.platform.imports import OWNER_FIELD, CheckedRow, ImportField, register_importer

ACTIVITY_FIELDS = (
    ImportField("customer", "客户名称", ("客户", "公司", "所属客户", "customer", "company")),
    ImportField("customer_id", "客户ID", ("customer id",)),
    ImportField("type", "类型", ("活动类型", "跟进方式", "跟进类型", "type")),
    ImportField("subject", "主题", ("标题", "跟进主题", "subject", "title")),
    ImportField(
        "occurred_at", "时间", ("跟进时间", "活动时间", "发生时间", "日期", "occurred at", "time")
    ),
    ImportField("notes", "内容", ("跟进内容", "记录", "备注", "说明", "notes", "content")),
    ImportField("outcome", "结果", ("跟进结果", "outcome", "result")),
    OWNER_FIELD,
)


def convert_activity(raw: Mapping[str, Any], row: CheckedRow) -> dict[str, Any]:
    payload: dict[str, Any] = {"customer_id": PENDING_ID}
    for name, value in raw.items():
        if name == "customer":
            row.extra["customer_name"] = value
        elif name == "customer_id":
            try:
                row.extra["customer_id"] = uuid.UUID(value)
            except ValueError:
                row.fail(name, "Must be a UUID", "uuid_parsing")
        elif name == "type":
            row.extra["type_name"] = value
            payload[name] = "pending"
        elif name == "occurred_at":
            moment, problem = parse_moment(value, row.extra["zone"], utcnow())
            if problem is not None:
                row.fail(name, MOMENT_MESSAGES[problem], problem)
            else:
                payload[name] = moment
        else:
            payload[name] = value
    if "customer" not in raw and "customer_id" not in raw:
        row.fail("customer", "Give the customer's name or customer_id", "missing")
    return payload


class ActivityImporter(ServiceImporter):
    fields = ACTIVITY_FIELDS
    required = (("customer", "customer_id"), ("type",), ("subject",), ("occurred_at",))
    permission = "activity:write"
    schema = ActivityCreate
    service = ActivityService
    convert = staticmethod(convert_activity)
    messages_zh: ClassVar[Mapping[str, str]] = {
        "not_found": "找不到该客户(或无权修改)",
        "ambiguous_customer": "有多个客户同名,请填写客户ID",
        "unknown_type": "没有这个启用的活动类型",
    }
    samples: ClassVar[Mapping[str, str]] = {
        "customer": "上海华信科技有限公司",
        "type": "电话",
        "subject": "二期需求沟通",
        "occurred_at": "2024-05-06 10:30(北京时间)",
        "owner": "用户名、工号或姓名",
    }

    def __init__(self, *args: Any) -> None:
        super().__init__(*args)
        #: Active types: folded code or name → code.
        self.types: dict[str, str] = {}

    async def prepare(self) -> None:
        for kind in await ActivityTypeRepository(self.ctx).active():
            self.types[fold(kind.code)] = kind.code
            self.types.setdefault(fold(kind.name), kind.code)

    async def choices(self) -> dict[str, list[str]]:
        return {"type": [k.name for k in await ActivityTypeRepository(self.ctx).active()]}

    async def resolve(self, rows: list[CheckedRow]) -> None:
        await resolve_customers(CustomerIORepository(self.ctx), rows)
        for row in rows:
            if not row.ok:
                continue
            row.values["customer_id"] = row.extra["customer_id"]
            code = self.types.get(fold(row.extra["type_name"]))
            if code is None:
                row.fail("type", "No active activity type of this code or name", "unknown_type")
            else:
                row.values["type"] = code

    async def check(self, rows: list[CheckedRow]) -> None:
        await self.resolve([r for r in rows if r.ok])
        for row in rows:
            owner = row.extra.get("owner_id")
            if row.ok and owner is not None:
                row.values["employee_ids"] = [owner]


register_importer("activities", ActivityImporter)
