"""Imports (``POST /api/v1/imports``) and exports (``GET /api/v1/customers/export``,
``/contacts/export``), through HTTP on both engines."""

from __future__ import annotations

import asyncio
import csv
import io
import json
import os
import uuid
import zipfile
from collections.abc import AsyncIterator
from datetime import UTC, date, datetime, timedelta
from typing import Any

import httpx
import pytest
from openpyxl import Workbook, load_workbook

from salescrm.app import create_app
from salescrm.core.jobs import run_once
from salescrm.platform.imports import JOBS
from salescrm.platform.models import ImportJob
from tests.conftest import TestDatabase, http_client, make_settings, with_worker
from tests.customers.support import CONTACTS, CUSTOMERS, create_customer, credit_code, mobile
from tests.org.support import ROLES, staff_member

IMPORTS = "/api/v1/imports"
HEADER = ["客户名称", "统一社会信用代码", "联系电话", "客户等级", "标签", "备注"]


def csv_bytes(rows: list[list[Any]], encoding: str = "utf-8") -> bytes:
    out = io.StringIO()
    csv.writer(out).writerows(rows)
    return out.getvalue().encode(encoding)


def xlsx_bytes(rows: list[list[Any]], *, write_only: bool = False) -> bytes:
    book = Workbook(write_only=write_only)
    sheet = book.create_sheet("客户") if write_only else book.active
    for row in rows:
        sheet.append(row)
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


async def upload(
    http: httpx.AsyncClient,
    content: bytes,
    *,
    filename: str = "customers.csv",
    target: str = "customers",
    mapping: dict[str, Any] | None = None,
    **flags: bool,
) -> httpx.Response:
    data = {"target": target, **{k: "true" if v else "false" for k, v in flags.items()}}
    if mapping is not None:
        data["mapping"] = json.dumps(mapping, ensure_ascii=False)
    return await http.post(
        IMPORTS, files={"file": (filename, content, "application/octet-stream")}, data=data
    )


async def imported(http: httpx.AsyncClient, content: bytes, **kwargs: Any) -> dict[str, Any]:
    response = await upload(http, content, **kwargs)
    assert response.status_code == 201, response.text
    job: dict[str, Any] = response.json()
    return job


async def customers(http: httpx.AsyncClient, **params: Any) -> list[dict[str, Any]]:
    response = await http.get(CUSTOMERS, params={"limit": 200, **params})
    assert response.status_code == 200, response.text
    items: list[dict[str, Any]] = response.json()["items"]
    return items


def problem_rows(job: dict[str, Any]) -> list[tuple[int, str | None, str]]:
    return [(e["row"], e["field"], e["code"]) for e in job["errors"]]


MIXED = [
    HEADER,
    ["上海华信科技有限公司", credit_code(1), "138 0000 0001", "A", "重点,华东", "好客户"],
    ["北京坏码商贸有限公司", "91310000MA0000005F", "", "B", "", ""],  # wrong check character
    ["广州坏号电子有限公司", "", "12345", "", "", ""],
    ["深圳无级软件有限公司", "", "", "Z", "", ""],
    ["", credit_code(5), "", "", "", "没有名字"],
]


# ----- encodings and formats ----------------------------------------------------------------------
@pytest.mark.parametrize("encoding", ["utf-8", "utf-8-sig", "gbk"])
async def test_csv_imports_in_utf8_with_or_without_bom_and_gbk(
    client: httpx.AsyncClient, encoding: str
) -> None:
    rows = [
        HEADER,
        ["上海华信科技有限公司", credit_code(1), "13800000001", "A", "重点，华东", "首批"],
        ["杭州云栖软件有限公司", credit_code(2), "0571-8888 6666", "B", "", ""],
    ]
    job = await imported(client, csv_bytes(rows, encoding))
    assert job["status"] == "succeeded", job
    assert (job["file_format"], job["total_rows"], job["processed_rows"]) == ("csv", 2, 2)
    assert (job["created_rows"], job["error_count"]) == (2, 0)
    assert job["mapping"]["客户名称"] == "name"
    assert job["mapping"]["联系电话"] == "phones"
    found = {c["name"]: c for c in await customers(client)}
    assert set(found) == {"上海华信科技有限公司", "杭州云栖软件有限公司"}
    first = found["上海华信科技有限公司"]
    assert first["tags"] == ["重点", "华东"]
    assert first["phones"] == ["+8613800000001"]
    assert first["tier"] == "A"
    assert first["owner_id"] == job["owner_id"]
    assert found["杭州云栖软件有限公司"]["phones"] == ["+8657188886666"]


async def test_xlsx_imports_shared_and_inline_strings_and_numbers(
    client: httpx.AsyncClient,
) -> None:
    rows = [
        ["客户名称", "统一社会信用代码", "手机", "年营业额", "战略客户", "阶段", "纬度", "经度"],
        [
            "苏州工业园科技有限公司",
            credit_code(7),
            13900000007,
            1250000.5,
            "是",
            "活跃",
            31.3,
            120.6,
        ],
        [None, None, None, None, None, None, None, None],  # a blank row keeps its number
        [
            "无锡太湖物流有限公司",
            credit_code(8),
            "13900000008",
            "300万",
            "否",
            "prospect",
            None,
            None,
        ],
    ]
    for write_only in (False, True):
        job = await imported(
            client, xlsx_bytes(rows, write_only=write_only), filename="客户.xlsx", dry_run=True
        )
        assert job["file_format"] == "xlsx", job
        assert job["errors"] == [], job
        assert job["processed_rows"] == 2
    job = await imported(client, xlsx_bytes(rows), filename="客户.xlsx")
    assert job["created_rows"] == 2, job
    found = {c["name"]: c for c in await customers(client)}
    first = found["苏州工业园科技有限公司"]
    assert first["phones"] == ["+8613900000007"]
    assert first["annual_revenue"] == "1250000.50"
    assert first["strategic"] is True
    assert first["stage"] == "active"
    assert (first["latitude"], first["longitude"]) == (31.3, 120.6)
    second = found["无锡太湖物流有限公司"]
    assert second["annual_revenue"] == "3000000.00"
    assert second["strategic"] is False


async def test_the_caller_maps_headers(client: httpx.AsyncClient) -> None:
    rows = [
        ["Firm", "Tel", "Grade", "内部编号"],
        ["Acme Trading Ltd", "+86 138 0000 0011", "C", "X-1"],
    ]
    content = csv_bytes(rows)
    response = await upload(client, content)
    assert response.status_code == 422, response.text  # no column is recognised as the name
    mapping = {"Firm": "name", "Tel": "phones", "内部编号": None}
    job = await imported(client, content, mapping=mapping)
    assert job["mapping"] == {"Firm": "name", "Tel": "phones", "Grade": "tier"}
    [customer] = await customers(client)
    assert (customer["name"], customer["phones"], customer["tier"]) == (
        "Acme Trading Ltd",
        ["+8613800000011"],
        "C",
    )
    for bad, loc in [
        ({"Firm": "nickname"}, ["body", "mapping", "Firm"]),
        ({"Nope": "name"}, ["body", "mapping", "Nope"]),
    ]:
        response = await upload(client, content, mapping=bad)
        assert response.status_code == 422, response.text
        assert response.json()["code"] == "bad_mapping"
        assert response.json()["errors"][0]["loc"] == loc
    response = await upload(client, content, mapping={"Firm": "name", "Tel": "name"})
    assert response.status_code == 422
    assert response.json()["code"] == "bad_mapping"
    response = await client.post(
        IMPORTS,
        files={"file": ("a.csv", content, "text/csv")},
        data={"target": "customers", "mapping": "[1, 2]"},
    )
    assert response.status_code == 422
    assert response.json()["code"] == "bad_mapping"


# ----- checks, dry runs, all or nothing ----------------------------------------------------------
async def test_a_dry_run_reports_each_row_and_writes_nothing(client: httpx.AsyncClient) -> None:
    job = await imported(client, csv_bytes(MIXED), dry_run=True)
    assert job["status"] == "succeeded"
    assert job["dry_run"] is True
    assert (job["processed_rows"], job["created_rows"], job["error_count"]) == (5, 0, 4)
    assert problem_rows(job) == [
        (3, "credit_code", "credit_code_invalid"),
        (4, "phones", "string_pattern_mismatch"),
        (5, "tier", "unknown_tier"),
        (6, "name", "missing"),
    ]
    by_row = {e["row"]: e for e in job["errors"]}
    assert "check character" in by_row[3]["message"]
    assert by_row[3]["column"] == "统一社会信用代码"
    assert "one of: A, B, C, D" in by_row[5]["message"]
    assert await customers(client) == []
    # The same problems in Chinese for a Chinese reader.
    response = await client.get(f"{IMPORTS}/{job['id']}", headers={"Accept-Language": "zh-CN"})
    assert response.status_code == 200
    messages = {e["row"]: e["message"] for e in response.json()["errors"]}
    assert messages[5] == "客户等级不存在"
    assert messages[6] == "缺少必填字段"


async def test_a_real_run_writes_the_valid_rows_like_the_api(client: httpx.AsyncClient) -> None:
    job = await imported(client, csv_bytes(MIXED))
    assert job["status"] == "succeeded", job
    assert (job["created_rows"], job["error_count"], job["duplicate_count"]) == (1, 4, 0)
    [customer] = await customers(client)
    assert customer["name"] == "上海华信科技有限公司"
    assert customer["remarks"] == "好客户"
    # Searchable by pinyin and initials, like a customer created through the API.
    for q in ("shanghaihuaxin", "shhx", "13800000001"):
        assert [c["id"] for c in await customers(client, q=q)] == [customer["id"]]
    events = (await client.get(f"{CUSTOMERS}/{customer['id']}/events")).json()["items"]
    assert [(e["kind"], e["to_value"]) for e in events] == [("stage_changed", "prospect")]
    trail = await client.get(
        "/api/v1/audit-events", params={"resource": "customer", "record_id": customer["id"]}
    )
    [entry] = trail.json()["items"]
    assert entry["action"] == "create"
    assert entry["request_id"] == f"import:{job['id']}"
    assert entry["changes"]["name"] == [None, "上海华信科技有限公司"]
    assert entry["changes"]["credit_code"] == [None, credit_code(1)]
    # An imported customer is matched by the API's duplicate detection.
    response = await client.post(
        CUSTOMERS, json={"name": "某某公司", "credit_code": credit_code(1)}
    )
    assert response.status_code == 409, response.text
    # Its audit entry has the shape of one written for a customer created through the API.
    created = await create_customer(client, "杭州云栖软件有限公司")
    trail = await client.get(
        "/api/v1/audit-events", params={"resource": "customer", "record_id": created["id"]}
    )
    [api_entry] = trail.json()["items"]
    assert set(entry["changes"]) == set(api_entry["changes"])
    for column in ("id", "owner_id", "created_at", "stage_changed_at", "owned_since"):
        assert isinstance(entry["changes"][column][1], str), column
    assert entry["changes"]["id"][1] == customer["id"]
    assert entry["actor_id"] == api_entry["actor_id"]


async def test_all_or_nothing_writes_nothing_when_a_row_fails(client: httpx.AsyncClient) -> None:
    job = await imported(client, csv_bytes(MIXED), all_or_nothing=True)
    assert job["status"] == "failed"
    assert job["created_rows"] == 0
    assert job["error_count"] == 4
    assert "nothing was written" in job["failure"]
    assert await customers(client) == []
    clean = [MIXED[0], MIXED[1]]
    job = await imported(client, csv_bytes(clean), all_or_nothing=True)
    assert (job["status"], job["created_rows"]) == ("succeeded", 1)


async def test_duplicates_are_reported_per_row_with_their_ids(client: httpx.AsyncClient) -> None:
    existing = await create_customer(client, "上海华信科技有限公司", credit_code=credit_code(1))
    other = await create_customer(client, "南京金陵贸易有限公司", phones=[mobile(9)])
    rows = [
        HEADER,
        ["华信科技(上海)", credit_code(1), "", "", "", ""],  # the credit code of ``existing``
        ["苏州新材料有限公司", "", mobile(9), "", "", ""],  # the phone of ``other``
        ["宁波港口物流有限公司", credit_code(3), "", "", "", ""],
        ["宁波港口物流有限公司", "", "", "", "", ""],  # the same name as row 4
        ["温州鞋业有限公司", "", "", "", "", ""],
    ]
    job = await imported(client, csv_bytes(rows))
    assert (job["created_rows"], job["error_count"], job["duplicate_count"]) == (2, 3, 3)
    by_row = {e["row"]: e for e in job["errors"]}
    assert by_row[2]["code"] == "duplicate"
    assert by_row[2]["field"] == "credit_code"
    assert by_row[2]["duplicate_ids"] == [existing["id"]]
    assert by_row[3]["field"] == "phones"
    assert by_row[3]["duplicate_ids"] == [other["id"]]
    assert by_row[5]["field"] == "name"
    assert by_row[5]["duplicate_rows"] == [4]
    # Imported again, every row is a duplicate of what is now there.
    again = await imported(client, csv_bytes(rows), dry_run=True)
    assert again["duplicate_count"] == 5
    assert all(e["duplicate_ids"] for e in again["errors"])


async def test_policy_required_fields_apply_to_imports(client: httpx.AsyncClient) -> None:
    response = await client.get("/api/v1/customer-policy")
    response = await client.patch(
        "/api/v1/customer-policy",
        json={"required_fields": {"company": ["credit_code"]}},
        headers={"If-Match": response.headers["ETag"]},
    )
    assert response.status_code == 200, response.text
    rows = [HEADER, ["常州机械有限公司", "", "", "", "", ""], MIXED[1]]
    job = await imported(client, csv_bytes(rows))
    assert problem_rows(job) == [(2, "credit_code", "required_by_policy")]
    assert job["created_rows"] == 1


# ----- refused files ---------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("content", "code"),
    [
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x10", "unsupported_file"),
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj\n<<>>\x00\x01\x02\x03", "unsupported_file"),
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(64), "unsupported_file"),  # .xls
        (b"", "empty_file"),
        (b"\xef\xbb\xbf\r\n  \r\n", "empty_file"),
        ("客户名称,联系电话\r\n".encode(), "empty_file"),
        ("电话,邮箱\r\n13800000001,a@b.cn\r\n".encode(), "missing_column"),
        # UTF-8 up to a broken byte: refused rather than read as GBK (which would garble it).
        ("客户名称\r\n上海华信\r\n".encode() + b"\xff\xfe\r\n", "unsupported_file"),
    ],
)
async def test_unusable_files_are_refused_with_a_clear_message(
    client: httpx.AsyncClient, content: bytes, code: str
) -> None:
    response = await upload(client, content)
    assert response.status_code == 422, response.text
    body = response.json()
    assert body["code"] == code, body
    assert body["errors"][0]["loc"] == ["body", "file"]
    if code == "missing_column":
        assert "客户名称 (name)" in body["detail"]
        assert "电话, 邮箱" in body["detail"]
    assert (await client.get(IMPORTS)).json()["items"] == []


async def test_a_zip_that_is_not_a_workbook_is_refused(client: httpx.AsyncClient) -> None:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as archive:
        archive.writestr("readme.txt", "hello")
    response = await upload(client, out.getvalue(), filename="customers.xlsx")
    assert response.status_code == 422
    assert response.json()["code"] == "unsupported_file"
    assert "not an XLSX workbook" in response.json()["detail"]
    response = await upload(client, b"PK\x03\x04 truncated", filename="customers.xlsx")
    assert response.status_code == 422
    assert response.json()["code"] == "unsupported_file"


async def test_unknown_targets_are_refused(client: httpx.AsyncClient) -> None:
    response = await upload(client, csv_bytes(MIXED), target="invoices")
    assert response.status_code == 422
    assert response.json()["errors"][0]["loc"] == ["body", "target"]


def padded_workbook(size: int) -> bytes:
    """A valid two-row workbook carrying ``size`` bytes of incompressible padding."""
    out = io.BytesIO(xlsx_bytes([HEADER, MIXED[1]]))
    with zipfile.ZipFile(out, "a") as archive:
        archive.writestr(
            zipfile.ZipInfo("xl/media/padding.bin"), os.urandom(size), zipfile.ZIP_STORED
        )
    return out.getvalue()


async def test_a_50_mb_file_is_too_large_unless_the_limit_allows_it(
    client: httpx.AsyncClient, db: TestDatabase
) -> None:
    content = padded_workbook(50 * 1024 * 1024)
    response = await upload(client, content, filename="big.xlsx")
    assert response.status_code == 413, response.text
    assert response.json()["code"] == "payload_too_large"
    roomy = create_app(
        make_settings(db.url, max_upload_bytes=64 * 1024 * 1024), database=db.database
    )
    async with http_client(roomy, db.admin_token) as http:
        job = await imported(http, content, filename="big.xlsx")
    assert job["created_rows"] == 1


async def test_the_upload_limit_is_configurable(db: TestDatabase) -> None:
    content = csv_bytes([HEADER, *([MIXED[1]] * 400)])
    assert len(content) > 8192
    small = create_app(
        make_settings(db.url, max_body_bytes=2048, max_upload_bytes=8192), database=db.database
    )
    async with http_client(small, db.admin_token) as http:
        response = await upload(http, content, dry_run=True)
        assert response.status_code == 413
        # JSON bodies keep their own, smaller limit.
        response = await http.post(CUSTOMERS, json={"name": "x" * 3000})
        assert response.status_code == 413
        response = await upload(http, csv_bytes([HEADER, MIXED[1]]), dry_run=True)
        assert response.status_code == 201


# ----- background jobs -------------------------------------------------------------------------
@pytest.fixture
async def batch_client(db: TestDatabase) -> AsyncIterator[httpx.AsyncClient]:
    """The administrator on an app that runs imports of more than 5 rows in the background, on
    its own worker."""
    async with with_worker(db, import_inline_rows=5) as http:
        yield http


def many(count: int, start: int = 100) -> list[list[Any]]:
    return [HEADER] + [
        [f"批量客户{n}号有限公司", credit_code(n), mobile(n), "C", "批量", ""]
        for n in range(start, start + count)
    ]


async def poll(http: httpx.AsyncClient, location: str) -> dict[str, Any]:
    """The job once it has ended (a worker runs it: up to 30 s)."""
    for _ in range(600):
        response = await http.get(location)
        assert response.status_code == 200, response.text
        job: dict[str, Any] = response.json()
        if job["status"] in ("succeeded", "failed"):
            return job
        await asyncio.sleep(0.05)
    raise AssertionError("the import did not finish")


async def test_a_large_import_runs_in_the_background(batch_client: httpx.AsyncClient) -> None:
    rows = many(12)
    rows.insert(5, [f"批量客户{103}号有限公司", "", "", "", "", ""])  # an in-file duplicate
    response = await upload(batch_client, csv_bytes(rows))
    assert response.status_code == 202, response.text
    queued = response.json()
    assert queued["status"] == "queued"
    assert queued["total_rows"] is None
    assert response.headers["Location"] == f"{IMPORTS}/{queued['id']}"
    job = await poll(batch_client, response.headers["Location"])
    assert job["status"] == "succeeded", job
    assert (job["total_rows"], job["processed_rows"], job["created_rows"]) == (13, 13, 12)
    assert problem_rows(job) == [(6, "name", "duplicate")]
    assert job["errors"][0]["duplicate_rows"] == [5]
    assert job["started_at"]
    assert job["finished_at"]
    assert len(await customers(batch_client, tag="批量")) == 12
    listed = (await batch_client.get(IMPORTS, params={"status": "succeeded"})).json()["items"]
    assert [j["id"] for j in listed] == [job["id"]]


async def test_background_all_or_nothing_and_dry_runs(batch_client: httpx.AsyncClient) -> None:
    rows = many(8)
    rows.append(MIXED[2])
    response = await upload(batch_client, csv_bytes(rows), all_or_nothing=True)
    assert response.status_code == 202
    job = await poll(batch_client, response.headers["Location"])
    assert (job["status"], job["created_rows"], job["error_count"]) == ("failed", 0, 1)
    assert problem_rows(job) == [(10, "credit_code", "credit_code_invalid")]
    response = await upload(batch_client, xlsx_bytes(many(8)), dry_run=True)
    job = await poll(batch_client, response.headers["Location"])
    assert (job["status"], job["processed_rows"], job["created_rows"]) == ("succeeded", 8, 0)
    assert await customers(batch_client) == []
    response = await upload(batch_client, xlsx_bytes(many(8)), all_or_nothing=True)
    job = await poll(batch_client, response.headers["Location"])
    assert (job["status"], job["created_rows"]) == ("succeeded", 8)
    assert len(await customers(batch_client)) == 8


# ----- contacts --------------------------------------------------------------------------------
async def test_contacts_join_their_customers_by_name_or_id(client: httpx.AsyncClient) -> None:
    acme = await create_customer(client, "上海华信科技有限公司")
    globex = await create_customer(client, "杭州云栖软件有限公司")
    rows = [
        ["客户名称", "客户ID", "姓名", "手机", "电话", "生日", "采购角色", "主联系人", "职务"],
        [
            "上海华信科技有限公司",
            "",
            "张伟",
            "13800000001",
            "",
            "1985/3/15",
            "决策者",
            "是",
            "总经理",
        ],
        ["", globex["id"], "王芳", "", "010-6552 9988 转 123", "", "影响者", "", ""],
        ["上海华信科技有限公司", "", "李娜", "13800000001", "", "", "", "", ""],  # same mobile
        ["不存在的公司", "", "赵磊", "", "", "", "", "", ""],
        ["上海华信科技有限公司", "", "刘洋", "12345", "", "", "", "", ""],
    ]
    job = await imported(client, csv_bytes(rows), target="contacts")
    assert (job["target"], job["created_rows"]) == ("contacts", 2), job
    assert problem_rows(job) == [
        (4, "mobile", "duplicate"),
        (5, "customer", "not_found"),
        (6, "mobile", "string_pattern_mismatch"),
    ]
    response = await client.get(CONTACTS, params={"customer_id": acme["id"]})
    [zhang] = response.json()["items"]
    assert (zhang["name"], zhang["mobile"], zhang["birthday"]) == (
        "张伟",
        "+8613800000001",
        "1985-03-15",
    )
    assert (zhang["buying_role"], zhang["is_primary"], zhang["title"]) == (
        "decision_maker",
        True,
        "总经理",
    )
    response = await client.get(CONTACTS, params={"customer_id": globex["id"]})
    [wang] = response.json()["items"]
    assert (wang["phone"], wang["phone_extension"]) == ("+861065529988", "123")
    again = await imported(client, csv_bytes(rows[:2]), target="contacts", dry_run=True)
    assert again["errors"][0]["duplicate_ids"] == [zhang["id"]]
    response = await upload(
        client, csv_bytes([["姓名", "手机"], ["张伟", "13800000001"]]), target="contacts"
    )
    assert response.status_code == 422
    assert response.json()["code"] == "missing_column"


async def test_contacts_from_a_workbook_with_date_cells(client: httpx.AsyncClient) -> None:
    acme = await create_customer(client, "上海华信科技有限公司")
    rows = [
        ["客户名称", "联系人", "手机号码", "出生日期", "是否主联系人"],
        ["上海华信科技有限公司", "张伟", 13800000001, date(1990, 5, 20), True],
        ["上海华信科技有限公司", "王芳", 13800000002, "1988年7月1日", False],
    ]
    job = await imported(client, xlsx_bytes(rows), filename="联系人.xlsx", target="contacts")
    assert (job["created_rows"], job["errors"]) == (2, []), job
    response = await client.get(CONTACTS, params={"customer_id": acme["id"], "sort": "name"})
    found = {c["name"]: c for c in response.json()["items"]}
    assert found["张伟"]["birthday"] == "1990-05-20"
    assert found["张伟"]["is_primary"] is True
    assert found["王芳"]["birthday"] == "1988-07-01"
    assert found["王芳"]["mobile"] == "+8613800000002"


# ----- exports ---------------------------------------------------------------------------------
def read_csv(response: httpx.Response) -> list[list[str]]:
    assert response.content.startswith(b"\xef\xbb\xbf")
    return list(csv.reader(io.StringIO(response.content.decode("utf-8-sig"))))


def read_xlsx(response: httpx.Response) -> list[list[Any]]:
    book = load_workbook(io.BytesIO(response.content), read_only=True)
    return [list(row) for row in book.worksheets[0].iter_rows(values_only=True)]


async def test_exports_follow_filters_and_neutralise_formulas(client: httpx.AsyncClient) -> None:
    await create_customer(client, '=HYPERLINK("http://evil","点我")', tier="B", remarks="+cmd")
    await create_customer(
        client, "上海华信科技有限公司", tier="B", phones=[mobile(1)], tags=["重点"]
    )
    await create_customer(client, "杭州云栖软件有限公司", tier="C", remarks="@SUM(1)")
    response = await client.get(f"{CUSTOMERS}/export", params={"tier": "B", "sort": "name"})
    assert response.status_code == 200, response.text
    assert response.headers["content-type"].startswith("text/csv")
    disposition = response.headers["content-disposition"]
    assert disposition.startswith('attachment; filename="customers-')
    assert ".csv" in disposition
    assert "filename*=UTF-8''%E5%AE%A2%E6%88%B7-" in disposition
    header, *rows = read_csv(response)
    assert header[:3] == ["ID", "客户名称", "客户类型"]
    names = [r[1] for r in rows]
    assert names == ['\'=HYPERLINK("http://evil","点我")', "上海华信科技有限公司"]
    evil = dict(zip(header, rows[0], strict=True))
    assert evil["备注"] == "'+cmd"
    assert evil["客户等级"] == "B"
    assert evil["阶段"] == "潜在客户"
    good = dict(zip(header, rows[1], strict=True))
    assert good["电话"] == mobile(1)
    assert good["标签"] == "重点"
    assert good["负责人"]
    response = await client.get(f"{CUSTOMERS}/export", params={"format": "xlsx", "q": "hangzhou"})
    assert response.status_code == 200, response.text
    assert response.headers["content-type"].startswith("application/vnd.openxmlformats")
    header, *rows = read_xlsx(response)
    assert [r[1] for r in rows] == ["杭州云栖软件有限公司"]
    assert dict(zip(header, rows[0], strict=True))["备注"] == "'@SUM(1)"
    # The list's paging parameters are ignored: an export holds every row.
    response = await client.get(f"{CUSTOMERS}/export", params={"limit": 1})
    assert len(read_csv(response)) == 4
    response = await client.get(f"{CUSTOMERS}/export", params={"format": "pdf"})
    assert response.status_code == 422


async def test_an_export_reimports_as_duplicates(client: httpx.AsyncClient) -> None:
    await create_customer(
        client, "上海华信科技有限公司", credit_code=credit_code(1), stage="active"
    )
    exported = (await client.get(f"{CUSTOMERS}/export")).content
    job = await imported(client, exported, dry_run=True)
    assert (job["duplicate_count"], job["error_count"]) == (1, 1), job


async def test_exports_hold_many_rows_in_batches(client: httpx.AsyncClient) -> None:
    job = await imported(client, csv_bytes(many(1000)))
    assert job["created_rows"] == 1000
    response = await client.get(f"{CUSTOMERS}/export", params={"sort": "-name"})
    _header, *rows = read_csv(response)
    assert len(rows) == 1000
    assert [r[1] for r in rows] == sorted((r[1] for r in rows), reverse=True)
    assert len({r[0] for r in rows}) == 1000


async def test_contact_exports(client: httpx.AsyncClient) -> None:
    acme = await create_customer(client, "上海华信科技有限公司")
    for name, phone in [("张伟", "13800000001"), ("-王芳", None)]:
        response = await client.post(
            CONTACTS, json={"customer_id": acme["id"], "name": name, "mobile": phone}
        )
        assert response.status_code == 201, response.text
    response = await client.get(f"{CONTACTS}/export", params={"format": "xlsx", "sort": "name"})
    assert response.status_code == 200, response.text
    assert "contacts-" in response.headers["content-disposition"]
    header, *rows = read_xlsx(response)
    assert header[:4] == ["ID", "客户名称", "客户ID", "姓名"]
    assert sorted((r[1], r[3], r[6]) for r in rows) == [
        ("上海华信科技有限公司", "'-王芳", None),
        ("上海华信科技有限公司", "张伟", "13800000001"),
    ]


# ----- the audit of exports ---------------------------------------------------------------------
async def _exports(http: httpx.AsyncClient) -> list[dict[str, Any]]:
    response = await http.get("/api/v1/audit-events", params={"action": "export"})
    assert response.status_code == 200, response.text
    entries: list[dict[str, Any]] = response.json()["items"]
    return entries


async def test_every_export_is_audited_with_its_filters_and_rows(
    app: Any, client: httpx.AsyncClient, db: TestDatabase
) -> None:
    person = await create_customer(client, "吴敏", kind="individual", city="杭州")
    await create_customer(client, "吴氏贸易有限公司", city="杭州")
    added = await client.post(CONTACTS, json={"customer_id": person["id"], "name": "吴敏的助理"})
    assert added.status_code == 201, added.text
    exported = await client.get(
        f"{CUSTOMERS}/export",
        params={"format": "xlsx", "kind": "individual", "q": "吴", "sort": "-created_at"},
    )
    assert exported.status_code == 200, exported.text
    assert (await client.get(f"{CONTACTS}/export", params={"limit": 5})).status_code == 200

    entries = await _exports(client)
    assert [(e["resource"], e["action"]) for e in entries] == [
        ("contact_export", "export"),
        ("customer_export", "export"),
    ]
    contacts_entry, customers_entry = entries
    assert (customers_entry["actor_type"], customers_entry["actor_id"]) == ("employee", db.admin_id)
    assert customers_entry["request_id"]
    assert customers_entry["changes"] == {
        "format": [None, "xlsx"],
        "filters": [None, {"kind": "individual", "q": "吴", "sort": "-created_at"}],
        "rows": [None, 1],
    }
    # Paging parameters mean nothing to an export, and are not what it exported.
    assert contacts_entry["changes"] == {
        "format": [None, "csv"],
        "filters": [None, {}],
        "rows": [None, 1],
    }
    # A refused export leaves nothing behind.
    _, rep_token = await staff_member(
        app, client, "销售小吴", db.root_department_id, username="rep.wu", roles=("sales_rep",)
    )
    async with http_client(app, rep_token) as rep:
        assert (await rep.get(f"{CUSTOMERS}/export")).status_code == 403
    assert len(await _exports(client)) == 2


# ----- who may ---------------------------------------------------------------------------------
async def test_exports_and_imports_follow_scope_and_permissions(
    app: Any, client: httpx.AsyncClient, db: TestDatabase
) -> None:
    response = await client.post(
        ROLES,
        json={
            "code": "own_exporter",
            "name": "导出员",
            "permissions": ["customer:read", "customer:export"],
            "data_scope": "own",
        },
    )
    assert response.status_code == 201, response.text
    exporter, exporter_token = await staff_member(
        app, client, "导出员", db.root_department_id, username="exporter", roles=("own_exporter",)
    )
    rep, rep_token = await staff_member(
        app, client, "张销售", db.root_department_id, username="rep", roles=("sales_rep",)
    )
    _, agent_token = await staff_member(
        app, client, "客服", db.root_department_id, username="agent", roles=("service_agent",)
    )
    await create_customer(client, "管理员的客户有限公司")
    await create_customer(client, "导出员的客户有限公司", owner_id=exporter["id"])
    async with http_client(app, exporter_token) as http:
        response = await http.get(f"{CUSTOMERS}/export")
        assert response.status_code == 200, response.text
        assert [r[1] for r in read_csv(response)[1:]] == ["导出员的客户有限公司"]
        response = await upload(http, csv_bytes([HEADER, MIXED[1]]))
        assert response.status_code == 403
        assert response.json()["detail"].endswith("customer:import.")
    async with http_client(app, rep_token) as http:
        for path in (f"{CUSTOMERS}/export", f"{CONTACTS}/export"):
            response = await http.get(path)
            assert response.status_code == 403, response.text
        job = await imported(http, csv_bytes([HEADER, MIXED[1]]))
        assert job["owner_id"] == rep["id"]
        [mine] = await customers(http)
        assert mine["owner_id"] == rep["id"]
        # A rep's contacts may only join customers the rep may change.
        rows = [["客户名称", "姓名"], ["管理员的客户有限公司", "张三"], [mine["name"], "李四"]]
        contacts = await imported(http, csv_bytes(rows), target="contacts")
        assert problem_rows(contacts) == [(2, "customer", "not_found")]
        assert contacts["created_rows"] == 1
    async with http_client(app, agent_token) as http:
        assert (await upload(http, csv_bytes([HEADER, MIXED[1]]))).status_code == 403
        assert (await http.get(IMPORTS)).status_code == 403
        assert (await http.get(f"{IMPORTS}/{job['id']}")).status_code == 403
    # Jobs follow the data scope: the administrator sees the rep's, the exporter does not.
    assert (await client.get(f"{IMPORTS}/{job['id']}")).status_code == 200


# ----- the worker: jobs another node queued, or left half done ----------------------------------
async def waiting_job(db: TestDatabase, content: bytes, **state: Any) -> str:
    """An import job as a node leaves it when it dies: queued, or running with some progress
    (written straight to the database: no request can produce that state)."""
    values: dict[str, Any] = {
        "owner_id": uuid.UUID(db.admin_id),
        "target": "customers",
        "status": "queued",
        "dry_run": False,
        "all_or_nothing": False,
        "filename": "customers.csv",
        "file_format": "csv",
        "mapping": {"客户名称": "name", "统一社会信用代码": "credit_code", "联系电话": "phones"},
        "content": content,
        "processed_rows": 0,
        "created_rows": 0,
        "error_count": 0,
        "duplicate_count": 0,
        "errors": [],
    }
    job = ImportJob(**{**values, **state})
    async with db.database.sessionmaker() as session:
        session.add(job)
        await session.commit()
    return str(job.id)


async def test_the_periodic_job_runs_waiting_jobs_and_resumes_stalled_ones(
    client: httpx.AsyncClient, db: TestDatabase, settings: Any
) -> None:
    rows = many(6)
    queued = await waiting_job(db, csv_bytes(rows[:3]))
    # A job whose worker died after committing its first 3 rows.
    done = await imported(client, csv_bytes(rows[:4]))
    assert done["created_rows"] == 3
    stalled = await waiting_job(
        db,
        csv_bytes(rows),
        status="running",
        processed_rows=3,
        created_rows=3,
        total_rows=6,
        updated_at=datetime.now(UTC) - timedelta(minutes=10),
    )
    # A job another worker is running right now is left alone.
    busy = await waiting_job(db, csv_bytes(rows), status="running", processed_rows=1)
    [job] = [j for j in JOBS if j.name == "process_imports"]
    assert await run_once(job, db.database, settings) == 2
    first = (await client.get(f"{IMPORTS}/{queued}")).json()
    assert (first["status"], first["created_rows"], first["error_count"]) == ("succeeded", 0, 2)
    assert {e["code"] for e in first["errors"]} == {"duplicate"}  # rows 1-2 exist by now
    resumed = (await client.get(f"{IMPORTS}/{stalled}")).json()
    assert resumed["status"] == "succeeded", resumed
    assert (resumed["processed_rows"], resumed["created_rows"], resumed["errors"]) == (6, 6, [])
    # Rows 1-3 were written before the crash (with their tags); the resumed job wrote rows 4-6
    # (its mapping has no tag column) and did not touch the first three again.
    assert len(await customers(client, tag="批量")) == 3
    assert len(await customers(client)) == 6
    assert (await client.get(f"{IMPORTS}/{busy}")).json()["status"] == "running"
    assert await run_once(job, db.database, settings) == 0


async def test_the_mapping_is_a_json_part_as_the_contract_states(client: httpx.AsyncClient) -> None:
    """The contract types ``mapping`` as a JSON object in an application/json part (OpenAPI's
    ``encoding``); JSON ``null`` is no mapping, as leaving the part out is."""
    spec = (await client.get("/openapi.json")).json()
    body = spec["paths"]["/api/v1/imports"]["post"]["requestBody"]["content"]["multipart/form-data"]
    assert body["encoding"] == {"mapping": {"contentType": "application/json"}}
    content = csv_bytes([["Firm", "Tel"], ["Acme Trading Ltd", "+86 138 0000 0011"]])
    part = json.dumps({"Firm": "name", "Tel": "phones"}).encode()
    response = await client.post(
        IMPORTS,
        files={
            "file": ("a.csv", content, "text/csv"),
            "mapping": (None, part, "application/json"),
        },
        data={"target": "customers"},
    )
    assert response.status_code == 201, response.text
    assert response.json()["mapping"] == {"Firm": "name", "Tel": "phones"}
    named = csv_bytes([["客户名称"], ["华信科技"]])
    response = await client.post(
        IMPORTS,
        files={"file": ("b.csv", named, "text/csv")},
        data={"target": "customers", "mapping": "null"},
    )
    assert response.status_code == 201, response.text


async def test_an_import_names_its_coordinate_system_and_an_export_writes_it(
    client: httpx.AsyncClient,
) -> None:
    """A row's 坐标系 says which map its 纬度/经度 come from; stored in WGS-84, and an export
    in the system it asks for names it in the same column, so the file imports back."""
    gcj = (39.91334545536069, 116.38404722455657)  # a published pair: WGS-84 39.911954, 116.377817
    rows = [
        ["客户名称", "纬度", "经度", "坐标系"],
        ["高德坐标导入有限公司", gcj[0], gcj[1], "gcj02"],
        ["默认坐标导入有限公司", 31.3, 120.6, None],
        ["错误坐标系有限公司", 31.3, 120.6, "GCJ-02"],
    ]
    job = await imported(client, csv_bytes(rows), dry_run=True)
    assert problem_rows(job) == [(4, "coord_system", "enum")], job["errors"]
    job = await imported(client, csv_bytes(rows[:3]))
    assert job["created_rows"] == 2, job
    found = {c["name"]: c for c in await customers(client, q="坐标导入")}
    amap = found["高德坐标导入有限公司"]
    assert (amap["latitude"], amap["longitude"]) == pytest.approx((39.911954, 116.377817), abs=1e-7)
    assert (
        found["默认坐标导入有限公司"]["latitude"],
        found["默认坐标导入有限公司"]["longitude"],
    ) == (
        31.3,
        120.6,
    )
    exported = await client.get(
        f"{CUSTOMERS}/export", params={"q": "高德坐标导入", "coord_system": "gcj02"}
    )
    assert exported.status_code == 200, exported.text
    table = list(csv.reader(io.StringIO(exported.content.decode("utf-8-sig"))))
    header, row = table[0], table[1]
    assert float(row[header.index("纬度")]) == pytest.approx(gcj[0], abs=1e-6)
    assert float(row[header.index("经度")]) == pytest.approx(gcj[1], abs=1e-6)
    assert row[header.index("坐标系")] == "gcj02"
