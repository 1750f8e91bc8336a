"""Custom fields: the definitions resource, and values on the records that take them, through
HTTP on both engines (docs/custom-fields.md)."""

from __future__ import annotations

import csv
import io
from typing import Any, ClassVar

import httpx
import pytest
from sqlalchemy import event, text

from tests.conftest import TestDatabase, http_client
from tests.contract.crud import CrudContract
from tests.contract.matrix import Org, PermissionMatrix
from tests.customers.support import CONTACTS, CUSTOMERS, create_customer
from tests.org.support import department, staff_member

PATH = "/api/v1/custom-fields"
AUDIT = "/api/v1/audit-events"
LABELS = ["预算区间", "Budget band", "张伟专属", "区域", "Region", "年收入"]


async def define(client: httpx.AsyncClient, key: str, type_: str, **fields: Any) -> dict[str, Any]:
    payload = {"resource": "customer", "key": key, "label": f"字段{key}", "type": type_, **fields}
    response = await client.post(PATH, json=payload)
    assert response.status_code == 201, response.text
    body: dict[str, Any] = response.json()
    return body


def options(*keys: str) -> list[dict[str, Any]]:
    return [{"key": k, "label": f"选项{k}", "label_en": f"Option {k}"} for k in keys]


async def count(client: httpx.AsyncClient, path: str = CUSTOMERS) -> int:
    body = (await client.get(path, params={"include_total": "true", "limit": 1})).json()
    total: int = body["total"]
    return total


def refused(response: httpx.Response, key: str, error_type: str | None = None) -> None:
    """A 422 ``custom_field_invalid`` naming ``custom_fields.<key>``."""
    assert response.status_code == 422, response.text
    problem = response.json()
    assert problem["code"] == "custom_field_invalid", problem
    locs = {tuple(e["loc"]): e["type"] for e in problem["errors"]}
    assert ("body", "custom_fields", key) in locs, problem
    if error_type is not None:
        assert locs["body", "custom_fields", key] == error_type, problem


class TestCustomFieldContract(CrudContract):
    path = PATH
    echo_fields: ClassVar = ("resource", "key", "label", "label_en", "type", "position")
    update_payload: ClassVar[Any] = {"label": "新名称", "required": True, "position": 99}
    required_field = "label"
    invalid_payloads: ClassVar[Any] = [
        ({"key": "Bad Key"}, "key"),
        ({"key": "9lives"}, "key"),
        ({"type": "colour"}, "type"),
        ({"resource": "planet"}, "resource"),
        ({"max_length": 0}, "max_length"),
        ({"options": options("a")}, "options"),  # a number field takes no options
        ({"default": "many"}, "default"),  # a number field's default is a number
    ]
    sort_fields: ClassVar = ("created_at", "updated_at", "position", "key")
    filter_cases: ClassVar[Any] = [
        ({"type": "number"}, lambda p: p["type"] == "number"),
        ({"resource": "customer", "type": "text"}, lambda p: p["type"] == "text"),
    ]
    search_cases: ClassVar = [("field_3", 3), ("Budget", 2)]

    def make_payload(self, n: int) -> dict[str, Any]:
        return {
            "resource": "customer",
            "key": f"field_{n}",
            "label": LABELS[(n - 1) % len(LABELS)] + ("" if n <= len(LABELS) else f"{n}"),
            "label_en": f"Field {n}" if n != 2 else "Budget band",
            "type": "number" if n % 2 else "text",
            "position": n % 4,
        }


class TestCustomFieldMatrix(PermissionMatrix):
    path = PATH
    resource = "custom_field"
    owned = False
    read_permission = "customer:read"
    write_permission = "custom_field:manage"
    delete_permission = "custom_field:manage"
    update_payload: ClassVar[dict[str, Any]] = {"label": "matrix"}

    async def create_record(self, admin: httpx.AsyncClient, org: Org, owner: str) -> str:
        return str((await define(admin, f"mx_{owner.lower()}", "text"))["id"])


# ----- values ------------------------------------------------------------------------------
async def test_every_type_stores_its_canonical_form(client: httpx.AsyncClient) -> None:
    other = await create_customer(client, "被引用客户")
    me = (await client.get("/api/v1/auth/me")).json()["employee"]["id"]
    await define(client, "note", "text", max_length=10)
    await define(client, "story", "long_text")
    await define(client, "seats", "number", min_value="1", max_value="1000")
    await define(client, "budget", "money")
    await define(client, "signed_on", "date", min_date="2020-01-01")
    await define(client, "call_at", "date_time")
    await define(client, "band", "single_select", options=options("small", "large"))
    await define(client, "topics", "multi_select", options=options("erp", "crm", "bi"))
    await define(client, "advisor", "employee")
    await define(client, "parent", "customer")
    await define(client, "vip", "boolean")
    values = {
        "note": "短文本",
        "story": "长" * 3000,
        "seats": 12,
        "budget": 12500,
        "signed_on": "2026-12-05",
        "call_at": "2026-12-05T17:30:00+08:00",
        "band": "large",
        "topics": ["bi", "erp"],
        "advisor": me,
        "parent": other["id"],
        "vip": False,
    }
    created = await create_customer(client, "全类型客户", custom_fields=values)
    stored = created["custom_fields"]
    assert stored == {
        **values,
        "budget": "12500.00",
        "call_at": "2026-12-05T09:30:00Z",
        "topics": ["erp", "bi"],  # in the options' order
    }
    got = (await client.get(f"{CUSTOMERS}/{created['id']}")).json()
    assert got["custom_fields"] == stored
    assert got["version"] == created["version"]


@pytest.mark.parametrize(
    ("key", "type_", "rules", "bad", "error_type"),
    [
        ("note", "text", {"max_length": 5}, 5, "custom_field_type"),
        ("note", "text", {"max_length": 5}, "toolong", "custom_field_range"),
        ("seats", "number", {"max_value": "10"}, "12", "custom_field_type"),
        ("seats", "number", {"max_value": "10"}, True, "custom_field_type"),
        ("seats", "number", {"max_value": "10"}, 11, "custom_field_range"),
        ("budget", "money", {}, "12.345", "custom_field_type"),
        ("budget", "money", {}, "1e5", "custom_field_type"),
        ("signed_on", "date", {}, "2026-13-01", "custom_field_type"),
        ("signed_on", "date", {"max_date": "2026-01-01"}, "2026-02-01", "custom_field_range"),
        ("call_at", "date_time", {}, "2026-12-05T09:30:00", "custom_field_type"),
        ("call_at", "date_time", {}, "0001-01-01T00:00:00+05:00", "custom_field_range"),
        ("band", "single_select", {"options": options("a", "b")}, "c", "custom_field_option"),
        ("band", "single_select", {"options": options("a", "b")}, ["a"], "custom_field_type"),
        ("tags2", "multi_select", {"options": options("a", "b")}, ["a", "z"], None),
        ("tags2", "multi_select", {"options": options("a", "b")}, "a", "custom_field_type"),
        ("advisor", "employee", {}, "not-a-uuid", "custom_field_type"),
        ("advisor", "employee", {}, "0190f000-0000-7000-8000-000000000000", "not_found"),
        ("vip", "boolean", {}, "yes", "custom_field_type"),
    ],
)
async def test_a_wrong_value_is_422_naming_the_field_and_writes_nothing(
    client: httpx.AsyncClient,
    key: str,
    type_: str,
    rules: dict[str, Any],
    bad: Any,
    error_type: str | None,
) -> None:
    await define(client, key, type_, **rules)
    before = await count(client)
    response = await client.post(CUSTOMERS, json={"name": "错值客户", "custom_fields": {key: bad}})
    refused(response, key, error_type)
    assert await count(client) == before
    customer = await create_customer(client, "正常客户")
    patched = await client.patch(
        f"{CUSTOMERS}/{customer['id']}", json={"custom_fields": {key: bad}}
    )
    refused(patched, key, error_type)
    assert (await client.get(f"{CUSTOMERS}/{customer['id']}")).json() == customer


async def test_an_unknown_key_is_refused(client: httpx.AsyncClient) -> None:
    response = await client.post(
        CUSTOMERS, json={"name": "未知字段", "custom_fields": {"nothing_here": "x"}}
    )
    refused(response, "nothing_here", "custom_field_unknown")
    bad_key = await client.post(CUSTOMERS, json={"name": "坏键", "custom_fields": {"Bad Key": 1}})
    assert bad_key.status_code == 422


async def test_required_and_default(client: httpx.AsyncClient) -> None:
    await define(client, "band", "single_select", options=options("s", "m"), default="m")
    await define(client, "region", "text", required=True)
    missing = await client.post(CUSTOMERS, json={"name": "缺必填"})
    refused(missing, "region", "custom_field_required")
    created = await create_customer(client, "有必填", custom_fields={"region": "华东"})
    assert created["custom_fields"] == {"region": "华东", "band": "m"}
    # A default is not forced on someone who sends the key empty.
    empty = await create_customer(client, "空选", custom_fields={"region": "华北", "band": None})
    assert empty["custom_fields"] == {"region": "华北"}
    cleared = await client.patch(
        f"{CUSTOMERS}/{created['id']}", json={"custom_fields": {"region": None}}
    )
    refused(cleared, "region", "custom_field_required")
    # A definition whose default does not fit its type is refused, naming the default.
    bad = await client.post(
        PATH,
        json={
            "resource": "customer",
            "key": "bad_default",
            "label": "坏默认",
            "type": "single_select",
            "options": options("a"),
            "default": "z",
        },
    )
    assert bad.status_code == 422
    assert bad.json()["errors"][0]["loc"] == ["body", "default"]


async def test_patch_merges_keys_and_null_clears(client: httpx.AsyncClient) -> None:
    await define(client, "a", "text")
    await define(client, "b", "number")
    created = await create_customer(client, "合并键", custom_fields={"a": "x", "b": 1})
    url = f"{CUSTOMERS}/{created['id']}"
    response = await client.patch(url, json={"custom_fields": {"b": 2.5}})
    assert response.status_code == 200, response.text
    assert response.json()["custom_fields"] == {"a": "x", "b": 2.5}
    response = await client.patch(url, json={"custom_fields": {"a": None}})
    assert response.json()["custom_fields"] == {"b": 2.5}
    assert (await client.patch(url, json={"custom_fields": None})).status_code == 422
    # Another field's update leaves the values alone.
    response = await client.patch(url, json={"short_name": "简称"})
    assert response.json()["custom_fields"] == {"b": 2.5}


async def test_a_customer_reference_must_be_visible_to_the_writer(
    app: Any, client: httpx.AsyncClient, db: TestDatabase
) -> None:
    await define(client, "parent", "customer")
    hidden = await create_customer(client, "管理员的客户")
    sales = await department(client, "参照部", db.root_department_id)
    _, token = await staff_member(
        app, client, "参照代表", sales["id"], username="cf.rep", roles=("sales_rep",)
    )
    async with http_client(app, token) as rep:
        response = await rep.post(
            CUSTOMERS, json={"name": "代表客户", "custom_fields": {"parent": hidden["id"]}}
        )
        refused(response, "parent", "not_found")
        own = await create_customer(rep, "代表自己的客户")
        ok = await rep.post(
            CUSTOMERS, json={"name": "代表客户二", "custom_fields": {"parent": own["id"]}}
        )
        assert ok.status_code == 201, ok.text


async def test_a_rep_reads_definitions_but_cannot_define(
    app: Any, client: httpx.AsyncClient, db: TestDatabase
) -> None:
    field = await define(client, "region", "text")
    await define(client, "deal_kind", "text", resource="opportunity")
    service = await department(client, "客服定义部", db.root_department_id)
    _, token = await staff_member(
        app, client, "客服", service["id"], username="cf.agent", roles=("service_agent",)
    )
    async with http_client(app, token) as agent:
        listed = (await agent.get(PATH, params={"resource": "customer"})).json()["items"]
        assert [f["key"] for f in listed] == ["region"]
        refused_create = await agent.post(
            PATH, json={"resource": "customer", "key": "x", "label": "x", "type": "text"}
        )
        assert refused_create.status_code == 403
        assert (await agent.patch(f"{PATH}/{field['id']}", json={"label": "y"})).status_code == 403
        assert (await agent.delete(f"{PATH}/{field['id']}")).status_code == 403


async def test_archiving_keeps_values_and_deleting_a_used_field_is_409(
    client: httpx.AsyncClient,
) -> None:
    field = await define(client, "band", "single_select", options=options("a", "b"))
    unused = await define(client, "spare", "text")
    customer = await create_customer(client, "归档客户", custom_fields={"band": "a"})
    url = f"{CUSTOMERS}/{customer['id']}"
    in_use = await client.delete(f"{PATH}/{field['id']}")
    assert in_use.status_code == 409
    assert in_use.json()["code"] == "custom_field_in_use"
    # Even a deleted customer's value keeps the field in use.
    assert (await client.delete(url)).status_code == 204
    assert (await client.delete(f"{PATH}/{field['id']}")).status_code == 409
    assert (await client.post(f"{url}/restore")).status_code == 200
    # An archived option: stored values stay; new ones are refused.
    changed = await client.patch(
        f"{PATH}/{field['id']}",
        json={"options": [{**options("a")[0], "archived": True}, *options("b")]},
    )
    assert changed.status_code == 200, changed.text
    assert (await client.get(url)).json()["custom_fields"] == {"band": "a"}
    other = await client.post(CUSTOMERS, json={"name": "新客户", "custom_fields": {"band": "a"}})
    refused(other, "band", "custom_field_option")
    removed = await client.patch(f"{PATH}/{field['id']}", json={"options": options("b")})
    assert removed.status_code == 422
    # An archived field: values shown, none taken.
    archived = await client.patch(f"{PATH}/{field['id']}", json={"archived": True})
    assert archived.status_code == 200
    assert archived.json()["archived"] is True
    assert (await client.get(url)).json()["custom_fields"] == {"band": "a"}
    response = await client.patch(url, json={"custom_fields": {"band": "b"}})
    refused(response, "band", "custom_field_archived")
    assert (await client.get(PATH, params={"archived": "true"})).json()["items"][0]["key"] == "band"
    # A field no record holds may go.
    assert (await client.delete(f"{PATH}/{unused['id']}")).status_code == 204


async def test_key_is_unique_per_resource(client: httpx.AsyncClient) -> None:
    await define(client, "region", "text")
    again = await client.post(
        PATH, json={"resource": "customer", "key": "region", "label": "又一个", "type": "text"}
    )
    assert again.status_code == 409
    assert again.json()["field"] == "key"
    await define(client, "region", "text", resource="contact")


async def test_changes_are_audited_per_key(client: httpx.AsyncClient) -> None:
    await define(client, "seats", "number")
    customer = await create_customer(client, "审计客户", custom_fields={"seats": 3})
    await client.patch(f"{CUSTOMERS}/{customer['id']}", json={"custom_fields": {"seats": 4}})
    entries = (
        await client.get(AUDIT, params={"record_id": customer["id"], "sort": "occurred_at"})
    ).json()["items"]
    assert entries[0]["changes"]["cf.seats"] == [None, 3]
    assert entries[-1]["action"] == "update"
    assert entries[-1]["changes"]["cf.seats"] == [3, 4]
    assert "custom_fields" not in entries[-1]["changes"]


async def test_merge_fills_the_targets_empty_values(client: httpx.AsyncClient) -> None:
    await define(client, "region", "text")
    band = await define(client, "band", "single_select", options=options("a", "b"))
    target = await create_customer(client, "合并目标", custom_fields={"region": "华东"})
    source = await create_customer(
        client, "合并来源", custom_fields={"region": "华南", "band": "a"}
    )
    # The source holds an option archived since: merging carries it as it is.
    await client.patch(
        f"{PATH}/{band['id']}",
        json={"options": [{**options("a")[0], "archived": True}, *options("b")]},
    )
    response = await client.post(
        f"{CUSTOMERS}/{target['id']}/merge", json={"source_id": source["id"]}
    )
    assert response.status_code == 200, response.text
    assert response.json()["custom_fields"] == {"region": "华东", "band": "a"}


# ----- lists -------------------------------------------------------------------------------
async def _walk(client: httpx.AsyncClient, params: dict[str, Any]) -> list[dict[str, Any]]:
    items: list[dict[str, Any]] = []
    cursor = None
    while True:
        query = {**params, **({"cursor": cursor} if cursor else {})}
        response = await client.get(CUSTOMERS, params=query)
        assert response.status_code == 200, response.text
        page = response.json()
        items.extend(page["items"])
        cursor = page["next_cursor"]
        if cursor is None:
            return items


async def test_lists_filter_and_sort_by_a_custom_field_across_pages(
    client: httpx.AsyncClient,
) -> None:
    await define(client, "seats", "number")
    await define(client, "budget", "money")
    await define(client, "band", "single_select", options=options("s", "m", "l"))
    await define(client, "topics", "multi_select", options=options("erp", "crm"))
    await define(client, "since", "date")
    await define(client, "vip", "boolean")
    rows = [  # seats (ties and gaps), band, topics, since, vip
        (5, "s", ["erp"], "2026-01-01", True),
        (5, "m", ["crm"], "2026-02-01", False),
        (None, "l", [], None, None),
        (10, "s", ["erp", "crm"], "2026-03-01", True),
        (-2.5, "m", ["erp"], "2025-12-31", False),
        (None, "s", ["crm"], "2026-01-15", None),
        (5, "l", [], "2026-06-01", True),
    ]
    made = []
    for n, (seats, band, topics, since, vip) in enumerate(rows):
        values = {"seats": seats, "band": band, "topics": topics, "since": since, "vip": vip}
        values["budget"] = None if seats is None else f"{seats * 1000:.2f}"
        made.append(await create_customer(client, f"排序客户{n}", custom_fields=values))
    by_id = {c["id"]: c["custom_fields"] for c in made}

    def expected(descending: bool, key: str) -> list[str]:
        """Empty values after every other (first when descending); ties by id the same way."""

        def value(c: dict[str, Any]) -> float | None:
            raw = c["custom_fields"].get(key)
            return None if raw is None else float(raw)

        by_id_first = sorted(made, key=lambda c: c["id"], reverse=descending)
        if descending:
            ordered = sorted(by_id_first, key=lambda c: (value(c) is not None, -(value(c) or 0)))
        else:
            ordered = sorted(by_id_first, key=lambda c: (value(c) is None, value(c) or 0))
        return [c["id"] for c in ordered]

    for key in ("seats", "budget"):
        for descending in (False, True):
            sort = f"{'-' if descending else ''}cf.{key}"
            walked = await _walk(client, {"sort": sort, "limit": 2})
            assert [c["id"] for c in walked] == expected(descending, key), sort
    # Text order of a select, then filters of each kind.
    walked = await _walk(client, {"sort": "cf.band", "limit": 3})
    bands = [by_id[c["id"]]["band"] for c in walked]
    assert bands == sorted(bands)
    cases: list[tuple[dict[str, str], Any]] = [
        ({"cf.band": "s"}, lambda v: v.get("band") == "s"),
        ({"cf.topics": "crm"}, lambda v: "crm" in v.get("topics", [])),
        ({"cf.seats_min": "5"}, lambda v: v.get("seats") is not None and v["seats"] >= 5),
        ({"cf.seats_max": "0"}, lambda v: v.get("seats") is not None and v["seats"] <= 0),
        (
            {"cf.budget_min": "5000.00", "cf.band": "l"},
            lambda v: v.get("band") == "l" and "budget" in v,
        ),
        (
            {"cf.since_from": "2026-01-15", "cf.since_to": "2026-03-01"},
            lambda v: "2026-01-15" <= v.get("since", "") <= "2026-03-01",
        ),
        ({"cf.vip": "true"}, lambda v: v.get("vip") is True),
        ({"cf.vip": "false"}, lambda v: v.get("vip") is False),
    ]
    for params, predicate in cases:
        found = {c["id"] for c in await _walk(client, {**params, "sort": "-cf.seats", "limit": 2})}
        wanted = {i for i, v in by_id.items() if predicate(v)}
        assert wanted, params
        assert found == wanted, params
    # Unknown fields, bad values and unsortable types: 422 naming the parameter.
    for params, name in [
        ({"cf.nothing": "x"}, "cf.nothing"),
        ({"cf.seats": "many"}, "cf.seats"),
        ({"cf.band_min": "1"}, "cf.band_min"),
        ({"cf.since_from": "yesterday"}, "cf.since_from"),
        ({"cf.seats_min": "1e400"}, "cf.seats_min"),
        ({"cf.band": "s\u0000"}, "cf.band"),
        ({"sort": "cf.nothing"}, "sort"),
        ({"sort": "-cf.topics"}, "sort"),
    ]:
        response = await client.get(CUSTOMERS, params=params)
        assert response.status_code == 422, (params, response.text)
        assert response.json()["errors"][0]["loc"] == ["query", name], params
    # A list of a resource without custom fields refuses the prefix like any unknown filter.
    response = await client.get("/api/v1/products", params={"cf.seats": "1"})
    assert response.status_code == 422


async def test_a_custom_field_list_costs_the_same_statements_for_2_or_20_rows(
    client: httpx.AsyncClient, db: TestDatabase
) -> None:
    await define(client, "seats", "number")
    await define(client, "band", "single_select", options=options("s", "m"))
    statements: list[str] = []

    def note(_conn: Any, _cursor: Any, statement: str, *_args: Any) -> None:
        statements.append(statement)

    async def measured(limit: int) -> int:
        statements.clear()
        event.listen(db.database.engine.sync_engine, "before_cursor_execute", note)
        try:
            params = {"cf.band": "s", "sort": "-cf.seats", "limit": limit}
            response = await client.get(CUSTOMERS, params=params)
            assert response.status_code == 200
            assert len(response.json()["items"]) == limit
        finally:
            event.remove(db.database.engine.sync_engine, "before_cursor_execute", note)
        return len(statements)

    for n in range(22):
        await create_customer(client, f"计数客户{n}", custom_fields={"seats": n, "band": "s"})
    assert await measured(2) == await measured(20)


async def test_contacts_opportunities_and_activities_take_custom_fields(
    client: httpx.AsyncClient,
) -> None:
    await define(client, "role_note", "text", resource="contact", required=True)
    customer = await create_customer(client, "联系人客户")
    missing = await client.post(CONTACTS, json={"customer_id": customer["id"], "name": "张三"})
    refused(missing, "role_note", "custom_field_required")
    contact = await client.post(
        CONTACTS,
        json={
            "customer_id": customer["id"],
            "name": "张三",
            "custom_fields": {"role_note": "决策"},
        },
    )
    assert contact.status_code == 201, contact.text
    listed = (await client.get(CONTACTS, params={"cf.role_note": "决策"})).json()["items"]
    assert [c["id"] for c in listed] == [contact.json()["id"]]
    # A customer's field is not a contact's.
    await define(client, "region", "text")
    other = await client.post(
        CONTACTS,
        json={
            "customer_id": customer["id"],
            "name": "李四",
            "custom_fields": {"role_note": "x", "region": "华东"},
        },
    )
    refused(other, "region", "custom_field_unknown")
    for resource, path in (
        ("opportunity", "/api/v1/opportunities"),
        ("activity", "/api/v1/activities"),
    ):
        await define(client, "weight", "number", resource=resource)
        response = await client.get(path, params={"sort": "-cf.weight", "cf.weight_min": "1"})
        assert response.status_code == 200, response.text


# ----- files -------------------------------------------------------------------------------
def _csv(rows: list[list[Any]]) -> bytes:
    out = io.StringIO()
    csv.writer(out).writerows(rows)
    return out.getvalue().encode("utf-8")


async def _import(client: httpx.AsyncClient, content: bytes, target: str) -> dict[str, Any]:
    response = await client.post(
        "/api/v1/imports",
        files={"file": ("rows.csv", content, "application/octet-stream")},
        data={"target": target},
    )
    assert response.status_code == 201, response.text
    job: dict[str, Any] = response.json()
    return job


async def test_exports_have_a_column_per_active_field_and_imports_read_them_back(
    client: httpx.AsyncClient,
) -> None:
    await define(client, "band", "single_select", label="预算区间", options=options("s", "l"))
    await define(client, "seats", "number", label="席位数", label_en="Seats")
    await define(client, "vip", "boolean", label="贵宾")
    old = await define(client, "legacy", "text", label="旧字段")
    await create_customer(
        client, "导出客户", custom_fields={"band": "l", "seats": 12, "vip": True, "legacy": "x"}
    )
    await client.patch(f"{PATH}/{old['id']}", json={"archived": True})
    response = await client.get(f"{CUSTOMERS}/export", params={"cf.band": "l"})
    assert response.status_code == 200, response.text
    header, *rows = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))
    assert header[-3:] == ["预算区间", "席位数", "贵宾"]  # archived fields left out
    assert "旧字段" not in header
    assert [r[-3:] for r in rows] == [["选项l", "12", "是"]]
    none = await client.get(f"{CUSTOMERS}/export", params={"cf.band": "s"})
    assert len(list(csv.reader(io.StringIO(none.content.decode("utf-8-sig"))))) == 1
    # Columns by Chinese label, English label or key; selects by option label or key.
    content = _csv(
        [
            ["客户名称", "预算区间", "Seats", "vip"],
            ["导入客户一", "选项s", "1,200", "否"],
            ["导入客户二", "l", "", ""],
            ["导入客户三", "不存在", "many", ""],
        ]
    )
    job = await _import(client, content, "customers")
    assert job["created_rows"] == 2, job
    problems = {(e["row"], e["field"], e["code"]) for e in job["errors"]}
    assert problems == {
        (4, "cf.band", "custom_field_option"),
        (4, "cf.seats", "custom_field_type"),
    }
    by_name = {
        c["name"]: c["custom_fields"]
        for c in (await client.get(CUSTOMERS, params={"limit": 200})).json()["items"]
    }
    assert by_name["导入客户一"] == {"band": "s", "seats": 1200, "vip": False}
    assert by_name["导入客户二"] == {"band": "l"}


async def test_contact_imports_check_required_fields_and_references(
    client: httpx.AsyncClient,
) -> None:
    await define(client, "decider", "boolean", resource="contact", label="决策人", required=True)
    await define(client, "advisor", "employee", resource="contact", label="顾问")
    customer = await create_customer(client, "联系人导入客户")
    me = (await client.get("/api/v1/auth/me")).json()["employee"]["id"]
    content = _csv(
        [
            ["客户ID", "姓名", "决策人", "顾问"],
            [customer["id"], "张三", "是", me],
            [customer["id"], "李四", "", ""],
            [customer["id"], "王五", "否", "0190f000-0000-7000-8000-000000000000"],
        ]
    )
    job = await _import(client, content, "contacts")
    assert job["created_rows"] == 1, job
    assert {(e["row"], e["field"], e["code"]) for e in job["errors"]} == {
        (3, "cf.decider", "custom_field_required"),
        (4, "cf.advisor", "not_found"),
    }
    items = (await client.get(CONTACTS, params={"cf.decider": "true"})).json()["items"]
    assert [(c["name"], c["custom_fields"]) for c in items] == [
        ("张三", {"decider": True, "advisor": me})
    ]


async def test_a_reps_pages_by_a_custom_field_follow_the_scope(
    app: Any, client: httpx.AsyncClient, db: TestDatabase
) -> None:
    """The scope narrows each branch to the page (``ReadRepository.list``): with a custom sort
    and its cursors too, for the rep's own customers and for their contacts."""
    await define(client, "seats", "number")
    await define(client, "rank", "number", resource="contact")
    await create_customer(client, "别人的客户", custom_fields={"seats": 1})
    sales = await department(client, "分页部", db.root_department_id)
    _, token = await staff_member(
        app, client, "分页代表", sales["id"], username="cf.pager", roles=("sales_rep",)
    )
    async with http_client(app, token) as rep:
        seats = [3, None, 1, 3, 2, None, 5]
        mine = [
            await create_customer(rep, f"代表客户{n}", custom_fields={"seats": s})
            for n, s in enumerate(seats)
        ]
        for n, customer in enumerate(mine):
            response = await rep.post(
                CONTACTS,
                json={
                    "customer_id": customer["id"],
                    "name": f"联系人{n}",
                    "custom_fields": {"rank": seats[n]},
                },
            )
            assert response.status_code == 201, response.text
        for path, key in ((CUSTOMERS, "seats"), (CONTACTS, "rank")):
            items: list[dict[str, Any]] = []
            cursor = None
            while True:
                params = {
                    "sort": f"-cf.{key}",
                    "limit": 2,
                    **({"cursor": cursor} if cursor else {}),
                }
                page = (await rep.get(path, params=params)).json()
                items.extend(page["items"])
                cursor = page["next_cursor"]
                if cursor is None:
                    break
            got = [i["custom_fields"].get(key) for i in items]
            assert got == [None, None, 5, 3, 3, 2, 1], path
            empty = [i["id"] for i in items[:2]]
            assert empty == sorted(empty, reverse=True), path  # ties by id, descending


async def test_postgresql_indexes_follow_the_definition(
    client: httpx.AsyncClient, db: TestDatabase
) -> None:
    """A customer field gets its expression index and the owner's one; deleting drops both."""
    if db.database.engine.dialect.name != "postgresql":
        pytest.skip("SQLite lists scan; the indexes are PostgreSQL's")
    field = await define(client, "index_probe", "number")

    async def indexes() -> set[str]:
        async with db.database.engine.connect() as connection:
            rows = await connection.execute(
                text("SELECT indexname FROM pg_indexes WHERE tablename = 'customers'")
            )
            return {name for (name,) in rows if "index_probe" in name}

    assert await indexes() == {"ix_customers_cf_index_probe", "ix_customers_own_cf_index_probe"}
    assert (await client.delete(f"{PATH}/{field['id']}")).status_code == 204
    assert await indexes() == set()
