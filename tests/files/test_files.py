"""Attachments over HTTP, on both engines: real bytes in and out, access through the record,
content sniffed rather than trusted, limits, hostile names."""

from __future__ import annotations

import hashlib
import re
import uuid
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any
from urllib.parse import quote

import httpx
import pytest

from salescrm.app import create_app
from tests.conftest import TestDatabase, assert_unknown_reference, http_client, make_settings
from tests.customers.support import create_customer
from tests.files.support import (
    ELF,
    FILES,
    PDF,
    PE,
    docx,
    plain_zip,
    png,
    upload,
    uploaded,
)
from tests.org.support import staff_member
from tests.sales import support as sales

LIMIT = 16 * 1024
KEY_PATH = re.compile(r"^[0-9a-f]{2}/[0-9a-f]{32}$")


@pytest.fixture
def files_dir(tmp_path: Path) -> Path:
    return tmp_path / "files"


@pytest.fixture
def files_app(db: TestDatabase, files_dir: Path) -> Any:
    settings = make_settings(db.url, files_dir=str(files_dir), file_max_bytes=LIMIT)
    return create_app(settings, database=db.database)


@pytest.fixture
async def admin(files_app: Any, db: TestDatabase) -> AsyncIterator[httpx.AsyncClient]:
    async with http_client(files_app, db.admin_token) as http:
        yield http


async def rep(files_app: Any, admin: httpx.AsyncClient, db: TestDatabase, name: str) -> str:
    """A sales rep (data scope: own) in the root department; returns their token."""
    _, token = await staff_member(
        files_app, admin, name, db.root_department_id, username=name, roles=("sales_rep",)
    )
    return token


def stored_files(root: Path) -> list[Path]:
    return sorted(p for p in root.rglob("*") if p.is_file())


def is_inside(path: Path, root: Path) -> bool:
    return path.resolve().is_relative_to(root.resolve())


def assert_problem(response: httpx.Response, status: int, code: str) -> None:
    assert response.status_code == status, response.text
    assert response.headers["content-type"].startswith("application/problem+json")
    assert response.json()["code"] == code


# ----- the round trip --------------------------------------------------------------------------
async def test_upload_list_and_download_return_the_same_bytes(
    admin: httpx.AsyncClient, files_dir: Path
) -> None:
    customer = await create_customer(admin, "附件客户有限公司")
    image = png(3, 2)
    response = await upload(
        admin, image, resource="customer", record_id=customer["id"], filename="logo.png"
    )
    assert response.status_code == 201, response.text
    body = response.json()
    assert response.headers["location"] == f"{FILES}/{body['id']}"
    assert body["resource"] == "customer"
    assert body["record_id"] == customer["id"]
    assert body["filename"] == "logo.png"
    assert body["content_type"] == "image/png"
    assert body["size"] == len(image)
    assert body["sha256"] == hashlib.sha256(image).hexdigest()

    listed = await admin.get(FILES, params={"resource": "customer", "record_id": customer["id"]})
    assert listed.status_code == 200, listed.text
    assert [item["id"] for item in listed.json()["items"]] == [body["id"]]

    meta = await admin.get(f"{FILES}/{body['id']}")
    assert meta.status_code == 200
    assert meta.json() == body
    assert meta.headers["etag"] == '"1"'

    download = await admin.get(f"{FILES}/{body['id']}/content")
    assert download.status_code == 200
    assert download.content == image
    assert download.headers["content-type"] == "image/png"
    assert download.headers["x-content-type-options"] == "nosniff"
    assert download.headers["etag"] == f'"{body["sha256"]}"'
    assert download.headers["content-disposition"].startswith('attachment; filename="logo.png"')

    again = await admin.get(
        f"{FILES}/{body['id']}/content", headers={"If-None-Match": download.headers["etag"]}
    )
    assert again.status_code == 304
    assert again.content == b""

    [stored] = stored_files(files_dir)
    assert stored.read_bytes() == image
    assert KEY_PATH.match(stored.relative_to(files_dir).as_posix())


async def test_pdf_and_office_documents_attach_to_deals_contracts_and_contacts(
    admin: httpx.AsyncClient,
) -> None:
    contract = await sales.contract(admin)
    pdf = await uploaded(
        admin,
        PDF,
        resource="contract",
        record_id=contract["id"],
        filename="合同.pdf",
        content_type="application/pdf",
    )
    assert pdf["content_type"] == "application/pdf"
    deal = await sales.deal(admin)
    word = "application/vnd.openxmlformats-officedocument.wordprocessingml.document"
    document = await uploaded(
        admin,
        docx(),
        resource="opportunity",
        record_id=deal["id"],
        filename="方案.docx",
        content_type=word,
    )
    assert document["content_type"] == word
    customer = await create_customer(admin, "联系人附件客户")
    contact = await sales.ok(
        await admin.post(
            sales.CONTACTS,
            json={"customer_id": customer["id"], "name": "王五", "mobile": "13900000001"},
        ),
        201,
    )
    notes = await uploaded(
        admin,
        "姓名,电话\n王五,13900000001\n".encode(),
        resource="contact",
        record_id=contact["id"],
        filename="名片.csv",
        content_type="text/csv",
    )
    assert notes["content_type"] == "text/csv"
    download = await admin.get(f"{FILES}/{notes['id']}/content")
    assert download.headers["content-type"] == "text/csv"  # no charset claimed: GBK is text too
    assert download.content == "姓名,电话\n王五,13900000001\n".encode()


async def test_uploads_and_deletes_are_audited(admin: httpx.AsyncClient) -> None:
    customer = await create_customer(admin, "审计附件客户")
    body = await uploaded(admin, png(), resource="customer", record_id=customer["id"])
    assert (await admin.delete(f"{FILES}/{body['id']}")).status_code == 204
    trail = await admin.get(
        "/api/v1/audit-events", params={"resource": "attachment", "record_id": body["id"]}
    )
    assert trail.status_code == 200, trail.text
    assert sorted(e["action"] for e in trail.json()["items"]) == ["create", "delete"]


# ----- access through the record -----------------------------------------------------------------
async def test_a_caller_who_cannot_see_the_record_gets_404_for_its_files_and_422_on_upload(
    files_app: Any, admin: httpx.AsyncClient, db: TestDatabase
) -> None:
    owner_token = await rep(files_app, admin, db, "files.owner")
    other_token = await rep(files_app, admin, db, "files.other")
    async with http_client(files_app, owner_token) as owner:
        customer = await create_customer(owner, "只属于我的客户")
        body = await uploaded(owner, png(), resource="customer", record_id=customer["id"])
        own_list = await owner.get(
            FILES, params={"resource": "customer", "record_id": customer["id"]}
        )
        assert len(own_list.json()["items"]) == 1
    async with http_client(files_app, other_token) as other:
        assert (await other.get(f"/api/v1/customers/{customer['id']}")).status_code == 404
        params = {"resource": "customer", "record_id": customer["id"]}
        assert_problem(await other.get(FILES, params=params), 404, "not_found")
        assert_problem(await other.get(f"{FILES}/{body['id']}"), 404, "not_found")
        assert_problem(await other.get(f"{FILES}/{body['id']}/content"), 404, "not_found")
        assert_problem(await other.delete(f"{FILES}/{body['id']}"), 404, "not_found")
        # The record is named in the upload's body: a 422 naming it, as if it did not exist.
        response = await upload(other, png(), resource="customer", record_id=customer["id"])
        assert_unknown_reference(response, "body", "record_id")
        missing = await upload(other, png(), resource="customer", record_id=str(uuid.uuid4()))
        assert_unknown_reference(missing, "body", "record_id")
    # The administrator sees every record, and so its files: still the one.
    assert (await admin.get(f"{FILES}/{body['id']}")).status_code == 200
    listed = await admin.get(FILES, params={"resource": "customer", "record_id": customer["id"]})
    assert [f["id"] for f in listed.json()["items"]] == [body["id"]]


async def test_without_the_records_write_permission_an_upload_is_403(
    files_app: Any, admin: httpx.AsyncClient, db: TestDatabase
) -> None:
    _, token = await staff_member(
        files_app,
        admin,
        "只读客服",
        db.root_department_id,
        username="files.agent",
        roles=("service_agent",),
    )
    customer = await create_customer(admin, "客服看得到的客户")
    async with http_client(files_app, token) as agent:
        response = await upload(agent, png(), resource="customer", record_id=customer["id"])
        assert_problem(response, 403, "forbidden")


async def test_an_unknown_resource_is_422_naming_the_field(admin: httpx.AsyncClient) -> None:
    response = await upload(
        admin, png(), resource="spaceship", record_id="01890a5d-ac96-774b-bcce-b302099a8057"
    )
    assert_problem(response, 422, "validation_error")
    assert response.json()["errors"][0]["loc"] == ["body", "resource"]
    listed = await admin.get(
        FILES, params={"resource": "spaceship", "record_id": "01890a5d-ac96-774b-bcce-b302099a8057"}
    )
    assert_problem(listed, 422, "validation_error")
    assert listed.json()["errors"][0]["loc"] == ["query", "resource"]


async def test_a_deleted_file_is_gone_until_restored(admin: httpx.AsyncClient) -> None:
    customer = await create_customer(admin, "删除附件客户")
    body = await uploaded(
        admin,
        PDF,
        resource="customer",
        record_id=customer["id"],
        filename="a.pdf",
        content_type="application/pdf",
    )
    assert (
        await admin.delete(f"{FILES}/{body['id']}", headers={"If-Match": '"1"'})
    ).status_code == 204
    assert_problem(await admin.get(f"{FILES}/{body['id']}/content"), 404, "not_found")
    assert_problem(await admin.get(f"{FILES}/{body['id']}"), 404, "not_found")
    listed = await admin.get(FILES, params={"resource": "customer", "record_id": customer["id"]})
    assert listed.json()["items"] == []
    restored = await admin.post(f"{FILES}/{body['id']}/restore")
    assert restored.status_code == 200, restored.text
    assert (await admin.get(f"{FILES}/{body['id']}/content")).content == PDF


# ----- the content decides ---------------------------------------------------------------------
async def test_content_that_contradicts_its_declared_type_is_415(
    admin: httpx.AsyncClient, files_dir: Path
) -> None:
    customer = await create_customer(admin, "类型不符客户")
    cases = [
        (PDF, "image/png"),
        (png(), "application/pdf"),
        (b"just some words\n", "image/jpeg"),
        (docx(), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"),
    ]
    for content, declared in cases:
        response = await upload(
            admin, content, resource="customer", record_id=customer["id"], content_type=declared
        )
        assert_problem(response, 415, "content_type_mismatch")
    # A ZIP that is no Office document is not an accepted type, whatever it claims.
    response = await upload(
        admin,
        plain_zip(),
        resource="customer",
        record_id=customer["id"],
        content_type="application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    )
    assert_problem(response, 415, "file_type_not_allowed")
    assert stored_files(files_dir) == []


async def test_executables_are_415_whatever_they_declare(
    admin: httpx.AsyncClient, files_dir: Path
) -> None:
    customer = await create_customer(admin, "可执行文件客户")
    cases = [
        (ELF, "image/png", "photo.png"),
        (PE, "application/pdf", "invoice.pdf"),
        (PE, "application/octet-stream", "setup.exe"),
        (b"#!/bin/sh\nrm -rf /\n", "text/plain", "readme.txt"),
    ]
    for content, declared, name in cases:
        response = await upload(
            admin,
            content,
            resource="customer",
            record_id=customer["id"],
            filename=name,
            content_type=declared,
        )
        assert_problem(response, 415, "executable_refused")
    assert stored_files(files_dir) == []


async def test_a_file_over_the_limit_is_413(admin: httpx.AsyncClient, files_dir: Path) -> None:
    customer = await create_customer(admin, "大文件客户")
    just_over = b"a" * (LIMIT + 1)
    response = await upload(
        admin,
        just_over,
        resource="customer",
        record_id=customer["id"],
        filename="big.txt",
        content_type="text/plain",
    )
    assert_problem(response, 413, "payload_too_large")
    # Far over: refused while the body streams in, before it is all read.
    far_over = b"a" * (LIMIT + 200 * 1024)
    response = await upload(
        admin,
        far_over,
        resource="customer",
        record_id=customer["id"],
        filename="huge.txt",
        content_type="text/plain",
    )
    assert_problem(response, 413, "payload_too_large")
    empty = await upload(
        admin, b"", resource="customer", record_id=customer["id"], content_type="text/plain"
    )
    assert_problem(empty, 422, "validation_error")
    assert empty.json()["errors"][0]["loc"] == ["body", "file"]
    at_limit = b"a" * LIMIT
    ok = await uploaded(
        admin,
        at_limit,
        resource="customer",
        record_id=customer["id"],
        filename="fits.txt",
        content_type="text/plain",
    )
    assert ok["size"] == LIMIT
    assert len(stored_files(files_dir)) == 1


# ----- names -----------------------------------------------------------------------------------
async def test_a_path_in_the_name_is_display_text_only(
    admin: httpx.AsyncClient, files_dir: Path
) -> None:
    customer = await create_customer(admin, "路径名客户")
    body = await uploaded(
        admin,
        png(),
        resource="customer",
        record_id=customer["id"],
        filename="../../etc/passwd.png",
    )
    assert body["filename"] == "passwd.png"
    [stored] = stored_files(files_dir)
    assert is_inside(stored, files_dir)
    assert KEY_PATH.match(stored.relative_to(files_dir).as_posix())
    assert "passwd" not in stored.as_posix()
    assert not (files_dir.parent / "etc").exists()
    download = await admin.get(f"{FILES}/{body['id']}/content")
    assert download.headers["content-disposition"] == (
        "attachment; filename=\"passwd.png\"; filename*=UTF-8''passwd.png"
    )


async def test_a_chinese_name_survives_in_content_disposition(admin: httpx.AsyncClient) -> None:
    customer = await create_customer(admin, "中文名客户")
    name = "报价单 2026 (终版).pdf"
    body = await uploaded(
        admin,
        PDF,
        resource="customer",
        record_id=customer["id"],
        filename=name,
        content_type="application/pdf",
    )
    assert body["filename"] == name
    header = (await admin.get(f"{FILES}/{body['id']}/content")).headers["content-disposition"]
    assert header.startswith("attachment; ")
    assert f"filename*=UTF-8''{quote(name, safe='')}" in header
    fallback = re.search(r'filename="([^"]*)"', header)
    assert fallback is not None
    assert fallback.group(1).isascii()
    assert fallback.group(1).endswith(".pdf")


async def test_a_manager_sees_the_files_of_their_reports_records(
    files_app: Any, admin: httpx.AsyncClient, db: TestDatabase
) -> None:
    manager, manager_token = await staff_member(
        files_app,
        admin,
        "经理",
        db.root_department_id,
        username="files.manager",
        roles=("sales_manager",),
    )
    _, rep_token = await staff_member(
        files_app,
        admin,
        "下属",
        db.root_department_id,
        username="files.report",
        roles=("sales_rep",),
        manager_id=manager["id"],
    )
    async with http_client(files_app, rep_token) as report:
        customer = await create_customer(report, "下属的客户")
        body = await uploaded(report, png(), resource="customer", record_id=customer["id"])
    async with http_client(files_app, manager_token) as boss:
        params = {"resource": "customer", "record_id": customer["id"]}
        listed = await boss.get(FILES, params=params)
        assert [item["id"] for item in listed.json()["items"]] == [body["id"]]
        assert (await boss.get(f"{FILES}/{body['id']}/content")).content == png()


async def test_a_repeated_upload_with_an_idempotency_key_stores_one_file(
    admin: httpx.AsyncClient, files_dir: Path
) -> None:
    customer = await create_customer(admin, "幂等上传客户")
    fields: dict[str, Any] = {"resource": "customer", "record_id": customer["id"]}
    first = await upload(admin, png(), **fields, **{"Idempotency-Key": "upload-1"})
    again = await upload(admin, png(), **fields, **{"Idempotency-Key": "upload-1"})
    assert first.status_code == again.status_code == 201, again.text
    assert again.json()["id"] == first.json()["id"]
    assert len(stored_files(files_dir)) == 1
    # The same key with other content of the same name and size is another request: refused.
    other = await upload(admin, _same_size_other_png(), **fields, **{"Idempotency-Key": "upload-1"})
    assert other.status_code == 422, other.text
    assert other.json()["code"] == "idempotency_key_reused"
    assert len(stored_files(files_dir)) == 1


def _same_size_other_png() -> bytes:
    """A PNG of exactly ``png()``'s size with other pixels."""
    original = png()
    other = png(1, 1).replace(original[-20:-12], bytes(8))
    assert len(other) == len(original)
    return other


async def test_scripts_and_pages_download_as_what_they_are(admin: httpx.AsyncClient) -> None:
    customer = await create_customer(admin, "脚本客户")
    fields: dict[str, Any] = {"resource": "customer", "record_id": customer["id"]}
    for name, content in (
        ("run.bat", b"@echo off\r\ndel /q *\r\n"),
        ("x.html", b"<html><script>alert(1)</script></html>"),
    ):
        body = await uploaded(
            admin, content, **fields, filename=name, content_type="application/octet-stream"
        )
        assert body["filename"] == f"{name}.txt"
        download = await admin.get(f"{FILES}/{body['id']}/content")
        assert download.headers["content-type"].startswith("text/plain")
        assert f'filename="{name}.txt"' in download.headers["content-disposition"]
        assert download.headers["x-content-type-options"] == "nosniff"


async def test_a_merged_customers_files_move_with_it(admin: httpx.AsyncClient) -> None:
    kept = await create_customer(admin, "合并目标客户")
    folded = await create_customer(admin, "被合并客户")
    body = await uploaded(admin, png(), resource="customer", record_id=folded["id"])
    merged = await admin.post(
        f"/api/v1/customers/{kept['id']}/merge", json={"source_id": folded["id"]}
    )
    assert merged.status_code == 200, merged.text
    listed = await admin.get(FILES, params={"resource": "customer", "record_id": kept["id"]})
    assert [f["id"] for f in listed.json()["items"]] == [body["id"]]
    assert (await admin.get(f"{FILES}/{body['id']}/content")).content == png()


async def test_a_files_cursor_only_pages_the_record_it_came_from(
    admin: httpx.AsyncClient,
) -> None:
    """7h: the list's parent is in its query here, not its path; the cursor is bound to it
    all the same, so one record's cursor is a 422 on another record's files."""
    customers = [await sales.customer(admin) for _ in range(2)]
    for customer_id in customers:
        for _ in range(2):
            await uploaded(admin, png(), resource="customer", record_id=customer_id)
    first = {"resource": "customer", "record_id": customers[0], "limit": 1}
    page = (await admin.get(FILES, params=first)).json()
    assert page["next_cursor"], page
    following = await admin.get(FILES, params={**first, "cursor": page["next_cursor"]})
    assert following.status_code == 200, following.text
    other = {**first, "record_id": customers[1], "cursor": page["next_cursor"]}
    response = await admin.get(FILES, params=other)
    assert response.status_code == 422, response.text
    assert [e["loc"] for e in response.json()["errors"]] == [["query", "cursor"]]
