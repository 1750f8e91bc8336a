"""Migrating from another CRM through ``POST /api/v1/imports``: owners, creation times,
update-on-duplicate, opportunities, activities and products, templates and the file of
rejected rows — through HTTP on both engines."""

from __future__ import annotations

import asyncio
import csv
import io
from datetime import UTC, datetime, timedelta
from typing import Any

import httpx
from openpyxl import load_workbook

from salescrm.platform.imports import MAX_STORED_ERRORS
from tests.conftest import ADMIN_USER, TestDatabase, http_client, with_worker
from tests.customers.support import CUSTOMERS, create_customer, credit_code
from tests.customers.test_import_export import IMPORTS, csv_bytes, imported, upload
from tests.org.support import department, employee, staff_member


def errors_of(job: dict[str, Any]) -> list[tuple[int, str | None, str | None, str]]:
    return [(e["row"], e["field"], e["column"], e["code"]) for e in job["errors"]]


async def by_name(http: httpx.AsyncClient) -> dict[str, dict[str, Any]]:
    response = await http.get(CUSTOMERS, params={"limit": 200})
    assert response.status_code == 200, response.text
    return {c["name"]: c for c in response.json()["items"]}


async def test_owner_by_username_number_or_name_and_the_problems(
    app: Any, client: httpx.AsyncClient, db: TestDatabase
) -> None:
    zhang, _ = await staff_member(
        app, client, "张伟", db.root_department_id, username="zhang.wei", roles=("sales_rep",)
    )
    li = await employee(client, "李娜", db.root_department_id)
    await employee(client, "王芳", db.root_department_id)
    await employee(client, "王芳", db.root_department_id)
    rows = [
        ["客户名称", "负责人", "创建时间"],
        ["用户名客户有限公司", "zhang.wei", "2019-03-05 14:30"],
        ["工号客户有限公司", li["employee_no"], "2020/1/2"],
        ["姓名客户有限公司", "李娜", ""],
        ["重名客户有限公司", "王芳", ""],
        ["无主客户有限公司", "查无此人", ""],
        ["未来客户有限公司", "", "2999-01-01"],
        ["公海客户有限公司", "公海", ""],
        ["导入人客户有限公司", "", ""],
    ]
    job = await imported(client, csv_bytes(rows))
    assert errors_of(job) == [
        (5, "owner", "负责人", "ambiguous_owner"),
        (6, "owner", "负责人", "unknown_owner"),
        (7, "created_at", "创建时间", "in_future"),
    ]
    assert job["created_rows"] == 5
    found = await by_name(client)
    assert found["用户名客户有限公司"]["owner_id"] == zhang["id"]
    assert found["工号客户有限公司"]["owner_id"] == li["id"]
    assert found["姓名客户有限公司"]["owner_id"] == li["id"]
    assert found["公海客户有限公司"]["owner_id"] is None
    assert found["导入人客户有限公司"]["owner_id"] == db.admin_id
    # Naive times are Asia/Shanghai: 14:30 there is 06:30 UTC.
    assert found["用户名客户有限公司"]["created_at"].startswith("2019-03-05T06:30:00")
    assert found["工号客户有限公司"]["created_at"].startswith("2020-01-01T16:00:00")
    # The message in Chinese names the problem; the column names the column.
    response = await client.get(f"{IMPORTS}/{job['id']}", headers={"Accept-Language": "zh-CN"})
    messages = {e["code"]: e["message"] for e in response.json()["errors"]}
    assert "同名" in messages["ambiguous_owner"]

    # With unknown_owner=pool, an unknown owner sends the customer to the pool.
    rows = [["客户名称", "负责人"], ["离职销售的客户有限公司", "早已离职的老销售"]]
    response = await client.post(
        IMPORTS,
        files={"file": ("c.csv", csv_bytes(rows), "text/csv")},
        data={"target": "customers", "unknown_owner": "pool"},
    )
    assert response.status_code == 201, response.text
    assert response.json()["unknown_owner"] == "pool"
    assert (await by_name(client))["离职销售的客户有限公司"]["owner_id"] is None


async def test_a_rep_may_not_give_rows_to_others(
    app: Any, client: httpx.AsyncClient, db: TestDatabase
) -> None:
    manager, manager_token = await staff_member(
        app, client, "经理丙", db.root_department_id, username="mgr", roles=("sales_manager",)
    )
    rep, rep_token = await staff_member(
        app,
        client,
        "销售甲",
        db.root_department_id,
        username="rep.a",
        roles=("sales_rep",),
        manager_id=manager["id"],
    )
    other = await department(client, "华南区", db.root_department_id)
    await staff_member(app, client, "销售乙", other["id"], username="rep.b", roles=("sales_rep",))
    rows = [["客户名称", "负责人"], ["自己的客户有限公司", "rep.a"]]
    rows.append(["别人的客户有限公司", "rep.b"])
    async with http_client(app, rep_token) as http:
        job = await imported(http, csv_bytes(rows))
    assert errors_of(job) == [(3, "owner", "负责人", "owner_not_assignable")]
    assert job["created_rows"] == 1
    # A manager may assign within their scope (their reports), not outside it.
    rows = [["客户名称", "负责人"], ["给甲的客户有限公司", "rep.a"]]
    rows.append(["给乙的客户有限公司", "rep.b"])
    async with http_client(app, manager_token) as http:
        job = await imported(http, csv_bytes(rows))
    assert errors_of(job) == [(3, "owner", "负责人", "owner_outside_scope")]
    assert (await by_name(client))["给甲的客户有限公司"]["owner_id"] == rep["id"]


async def test_on_duplicate_modes_for_each_key(client: httpx.AsyncClient) -> None:
    first = await create_customer(
        client, "原有一号有限公司", credit_code=credit_code(1), industry="软件"
    )
    second = await create_customer(client, "原有二号有限公司", phones=["13900000002"])
    third = await create_customer(client, "原有三号有限公司")
    header = ["客户名称", "统一社会信用代码", "电话", "行业", "备注"]
    rows = [
        header,
        ["新名字一号有限公司", credit_code(1), "", "制造", "一号备注"],
        ["原有二号新名有限公司", "", "13900000002", "零售", ""],
        ["原有三号有限公司", "", "", "金融", "三号备注"],
    ]

    async def run(mode: str, keys: list[str]) -> dict[str, Any]:
        response = await client.post(
            IMPORTS,
            files={"file": ("c.csv", csv_bytes(rows), "text/csv")},
            data={"target": "customers", "on_duplicate": mode, "match_by": keys},
        )
        assert response.status_code == 201, response.text
        job: dict[str, Any] = response.json()
        return job

    # The default rejects them as duplicates (as before), whatever the key.
    job = await imported(client, csv_bytes(rows))
    assert [e["code"] for e in job["errors"]] == ["duplicate"] * 3
    job = await run("skip", [])
    assert (job["skipped_rows"], job["updated_rows"], job["created_rows"]) == (3, 0, 0)
    assert job["match_by"] == ["credit_code", "name", "phone"]
    # fill_empty by credit code only: the name and phone rows do not match by it.
    job = await run("fill_empty", ["credit_code"])
    assert (job["updated_rows"], job["error_count"]) == (1, 2)
    one = (await client.get(f"{CUSTOMERS}/{first['id']}")).json()
    assert (one["name"], one["industry"]) == ("原有一号有限公司", "软件")
    assert one["remarks"] == "一号备注"
    # overwrite by phone, then by name.
    job = await run("overwrite", ["phone"])
    assert job["updated_rows"] == 1, job
    two = (await client.get(f"{CUSTOMERS}/{second['id']}")).json()
    assert (two["name"], two["industry"]) == ("原有二号新名有限公司", "零售")
    job = await run("overwrite", ["name"])
    assert job["updated_rows"] >= 1, job
    three = (await client.get(f"{CUSTOMERS}/{third['id']}")).json()
    assert (three["industry"], three["remarks"]) == ("金融", "三号备注")
    # overwrite by credit code replaces what fill_empty kept.
    job = await run("overwrite", ["credit_code"])
    one = (await client.get(f"{CUSTOMERS}/{first['id']}")).json()
    assert (one["name"], one["industry"]) == ("新名字一号有限公司", "制造")
    # The update is audited as a PATCH is.
    response = await client.get(
        "/api/v1/audit-events", params={"resource": "customer", "record_id": first["id"]}
    )
    assert response.status_code == 200, response.text
    updates = [e for e in response.json()["items"] if e["action"] == "update"]
    assert any(
        e["changes"].get("name") == ["原有一号有限公司", "新名字一号有限公司"] for e in updates
    ), updates
    # A bad option is a 422.
    response = await client.post(
        IMPORTS,
        files={"file": ("c.csv", csv_bytes(rows), "text/csv")},
        data={"target": "contacts", "on_duplicate": "skip"},
    )
    assert response.status_code == 422


async def test_update_on_duplicate_respects_scope(
    app: Any, client: httpx.AsyncClient, db: TestDatabase
) -> None:
    await create_customer(client, "管理员独有有限公司", credit_code=credit_code(7))
    _, rep_token = await staff_member(
        app, client, "销售丁", db.root_department_id, username="rep.d", roles=("sales_rep",)
    )
    rows = [["客户名称", "统一社会信用代码", "行业"], ["管理员独有有限公司", credit_code(7), "x"]]
    async with http_client(app, rep_token) as http:
        response = await http.post(
            IMPORTS,
            files={"file": ("c.csv", csv_bytes(rows), "text/csv")},
            data={"target": "customers", "on_duplicate": "overwrite"},
        )
    assert response.status_code == 201, response.text
    assert [e["code"] for e in response.json()["errors"]] == ["not_writable"]


async def test_opportunities_activities_and_products(client: httpx.AsyncClient) -> None:
    customer = await create_customer(client, "商机客户有限公司")
    pipeline = (await client.get("/api/v1/pipelines", params={"limit": 10})).json()["items"]
    default = next(p for p in pipeline if p["is_default"])
    stages = (await client.get(f"/api/v1/pipelines/{default['id']}")).json()["stages"]
    open_stage = next(s for s in stages if s["kind"] == "open" and s["position"] > 0)
    rows = [
        ["客户名称", "商机名称", "销售阶段", "金额", "预计成交日期", "创建时间"],
        ["商机客户有限公司", "一期", open_stage["name"], "¥300万", "2027/3/31", "2022-01-05"],
        ["没有的客户有限公司", "二期", "", "", "2027-03-31", ""],
        ["商机客户有限公司", "三期", "不存在的阶段", "", "2027-03-31", ""],
        ["商机客户有限公司", "四期", "", "-5", "2027-03-31", ""],
    ]
    job = await imported(client, csv_bytes(rows), target="opportunities")
    assert [(e["row"], e["field"], e["code"]) for e in job["errors"]][:2] == [
        (3, "customer", "not_found"),
        (4, "stage", "unknown_stage"),
    ]
    assert {(e["row"], e["field"]) for e in job["errors"][2:]} == {(5, "amount")}
    assert job["created_rows"] == 1
    deals = (await client.get("/api/v1/opportunities", params={"limit": 10})).json()["items"]
    [deal] = deals
    assert (deal["name"], deal["customer_id"], deal["stage_id"]) == (
        "一期",
        customer["id"],
        open_stage["id"],
    )
    assert deal["amount"] == "3000000.00"
    assert deal["created_at"].startswith("2022-01-04T16:00:00")

    past = (datetime.now(UTC) - timedelta(days=400)).strftime("%Y-%m-%d %H:%M")
    rows = [
        ["客户名称", "类型", "主题", "时间", "内容"],
        ["商机客户有限公司", "call", "首次电话", past, "聊了需求"],
        ["商机客户有限公司", "不存在的类型", "x", past, ""],
        ["商机客户有限公司", "call", "未来的事", "2999-01-01 10:00", ""],
    ]
    job = await imported(client, csv_bytes(rows), target="activities")
    assert [(e["row"], e["field"], e["code"]) for e in job["errors"]] == [
        (3, "type", "unknown_type"),
        (4, "occurred_at", "in_future"),
    ]
    assert job["created_rows"] == 1

    rows = [
        ["产品编码", "产品名称", "价格", "单位"],
        ["P-1", "标准版", "12,800", "套"],
        ["P-1", "重复编码", "1", "套"],
        ["P-2", "", "1", "套"],
    ]
    job = await imported(client, csv_bytes(rows), target="products")
    assert [e["row"] for e in job["errors"]] == [3, 4]
    assert job["created_rows"] == 1
    products = (await client.get("/api/v1/products", params={"limit": 10})).json()["items"]
    assert [(p["code"], p["list_price"]) for p in products] == [("P-1", "12800.00")]


async def test_template_has_validation_lists(client: httpx.AsyncClient) -> None:
    zh = {"Accept-Language": "zh-CN"}
    response = await client.get(f"{IMPORTS}/templates/customers", headers=zh)
    assert response.status_code == 200, response.text
    assert response.headers["content-type"].startswith("application/vnd.openxmlformats")
    book = load_workbook(io.BytesIO(response.content))
    sheet = book.worksheets[0]
    header = [c.value for c in sheet[1]]
    assert header[:2] == ["客户名称", "客户类型"]
    assert "负责人" in header
    assert "创建时间" in header
    lists = book["lists"]
    assert lists.sheet_state == "hidden"
    found: dict[str, list[str]] = {}
    for rule in sheet.data_validations.dataValidation:
        ref = rule.formula1.split("!")[1].replace("$", "")
        start, end = ref.split(":")
        column = "".join(ch for ch in start if ch.isalpha())
        name = lists[f"{column}1"].value
        found[name] = [row[0].value for row in lists[f"{start}:{end}"]]
        assert str(rule.sqref).endswith(":" + str(rule.sqref).split(":")[0][:-1] + "10000")
    assert "活跃客户" in found["stage"]
    assert found["strategic"] == ["是", "否"]
    assert ADMIN_USER in found["owner"]
    response = await client.get(
        f"{IMPORTS}/templates/opportunities", headers={"Accept-Language": "en"}
    )
    book = load_workbook(io.BytesIO(response.content))
    assert [c.value for c in book.worksheets[0][1]][:3] == ["customer", "customer_id", "name"]


async def test_rejected_rows_file_is_uncapped(db: TestDatabase) -> None:
    count = MAX_STORED_ERRORS + 50
    rows = [["客户名称", "电话", "内部编号"]]
    rows += [[f"坏号{n}有限公司", "12345", f"N{n}"] for n in range(count)]
    rows.append(["好客户有限公司", "13800000001", "OK"])
    async with with_worker(db, import_inline_rows=5) as http:
        response = await upload(http, csv_bytes(rows), dry_run=True)
        assert response.status_code == 202, response.text
        job_id = response.json()["id"]
        for _ in range(300):
            job = (await http.get(f"{IMPORTS}/{job_id}")).json()
            if job["status"] in ("succeeded", "failed"):
                break
            await asyncio.sleep(0.1)
        assert job["status"] == "succeeded", job
        assert job["error_count"] == count
        assert len(job["errors"]) == MAX_STORED_ERRORS
        response = await http.get(
            f"{IMPORTS}/{job_id}/rejected", headers={"Accept-Language": "zh-CN"}
        )
        assert response.status_code == 200
        assert response.headers["content-type"].startswith("text/csv")
        table = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))
        assert table[0] == ["行号", "客户名称", "电话", "内部编号", "错误原因"]
        assert len(table) == count + 1
        assert table[1][:4] == ["2", "坏号0有限公司", "12345", "N0"]
        assert table[1][4].startswith("电话: ")
        response = await http.get(
            f"{IMPORTS}/{job_id}/rejected",
            headers={"Accept": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"},
        )
        book = load_workbook(io.BytesIO(response.content))
        assert book.worksheets[0].max_row == count + 1
        # Nothing was written by the dry run.
        response = await http.get(CUSTOMERS, params={"limit": 1, "include_total": True})
        assert response.json()["items"] == []
        assert (await http.get(f"{IMPORTS}/{job_id}x/rejected")).status_code in (404, 422)


async def test_all_or_nothing_with_owners_writes_nothing(client: httpx.AsyncClient) -> None:
    rows = [["客户名称", "负责人"], ["好的客户有限公司", ADMIN_USER]]
    rows.append(["坏的客户有限公司", "谁也不是"])
    response = await upload(client, csv_bytes(rows), all_or_nothing=True)
    assert response.status_code == 201, response.text
    job = response.json()
    assert (job["status"], job["created_rows"]) == ("failed", 0)
    assert await by_name(client) == {}
    response = await client.get(
        f"{IMPORTS}/{job['id']}/rejected",
        params={"format": "csv"},
        headers={"Accept-Language": "zh-CN"},
    )
    table = list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))
    assert [r[0] for r in table[1:]] == ["3"]
    assert table[1][-1].startswith("负责人: ")


async def test_owner_column_on_opportunities(
    app: Any, client: httpx.AsyncClient, db: TestDatabase
) -> None:
    rep, _ = await staff_member(
        app, client, "商机销售", db.root_department_id, username="deal.rep", roles=("sales_rep",)
    )
    await create_customer(client, "商机归属有限公司")
    rows = [
        ["客户名称", "商机名称", "预计成交日期", "负责人"],
        ["商机归属有限公司", "归属一期", "2027-03-31", "deal.rep"],
        ["商机归属有限公司", "归属二期", "2027-03-31", "查无此人"],
    ]
    job = await imported(client, csv_bytes(rows), target="opportunities")
    assert errors_of(job) == [(3, "owner", "负责人", "unknown_owner")]
    assert job["created_rows"] == 1
    deals = (await client.get("/api/v1/opportunities", params={"limit": 10})).json()["items"]
    assert [(d["name"], d["owner_id"]) for d in deals] == [("归属一期", rep["id"])]


async def test_a_rep_without_the_write_permission_is_refused(
    app: Any, client: httpx.AsyncClient, db: TestDatabase
) -> None:
    await create_customer(client, "权限客户有限公司")
    _, token = await staff_member(
        app, client, "只读销售", db.root_department_id, username="rep.ro", roles=("sales_rep",)
    )
    files = {
        "products": [["产品编码", "产品名称", "价格"], ["P-9", "偷偷加的", "1"]],
    }
    async with http_client(app, token) as http:
        for target, rows in files.items():
            response = await http.post(
                IMPORTS,
                files={"file": ("f.csv", csv_bytes(rows), "text/csv")},
                data={"target": target},
            )
            assert response.status_code == 403, (target, response.text)
    products = (await client.get("/api/v1/products", params={"limit": 10})).json()["items"]
    assert products == []
    jobs = (await client.get(IMPORTS, params={"limit": 10})).json()["items"]
    assert jobs == []


async def test_products_all_or_nothing_with_one_bad_row(client: httpx.AsyncClient) -> None:
    rows = [
        ["产品编码", "产品名称", "价格"],
        ["A-1", "好的一", "10"],
        ["A-2", "", "10"],
        ["A-3", "好的三", "10"],
    ]
    response = await client.post(
        IMPORTS,
        files={"file": ("p.csv", csv_bytes(rows), "text/csv")},
        data={"target": "products", "all_or_nothing": "true"},
    )
    assert response.status_code == 201, response.text
    job = response.json()
    assert [e["row"] for e in job["errors"]] == [3]
    assert job["created_rows"] == 0
    products = (await client.get("/api/v1/products", params={"limit": 10})).json()["items"]
    assert products == []


async def test_dry_run_with_overwrite_writes_nothing(client: httpx.AsyncClient) -> None:
    first = await create_customer(
        client, "试运行有限公司", credit_code=credit_code(3), industry="软件"
    )
    rows = [
        ["客户名称", "统一社会信用代码", "行业"],
        ["试运行新名有限公司", credit_code(3), "制造"],
        ["试运行新建有限公司", "", "零售"],
    ]
    response = await client.post(
        IMPORTS,
        files={"file": ("c.csv", csv_bytes(rows), "text/csv")},
        data={"target": "customers", "on_duplicate": "overwrite", "dry_run": "true"},
    )
    assert response.status_code == 201, response.text
    assert response.json()["error_count"] == 0
    found = await by_name(client)
    assert set(found) == {"试运行有限公司"}
    assert (found["试运行有限公司"]["industry"], found["试运行有限公司"]["id"]) == (
        "软件",
        first["id"],
    )
    response = await client.get(
        "/api/v1/audit-events", params={"resource": "customer", "record_id": first["id"]}
    )
    assert response.status_code == 200, response.text
    assert [e["action"] for e in response.json()["items"]] == ["create"]
