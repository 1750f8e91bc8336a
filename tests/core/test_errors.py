"""Every error is problem+json with a request id; titles follow Accept-Language."""

from __future__ import annotations

import ast
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import httpx
import pytest
from fastapi import APIRouter

from salescrm.app import create_app
from salescrm.config import Settings
from salescrm.core.errors import Problem
from salescrm.core.uow import UnitOfWorkRoute
from tests.conftest import TestDatabase, http_client

SRC = Path(__file__).resolve().parents[2] / "src" / "salescrm"
PRODUCT = {"code": "E-1", "name": "错误测试", "list_price": "10.00"}


def assert_problem(response: httpx.Response, status: int, code: str) -> dict[str, Any]:
    assert response.status_code == status, response.text
    assert response.headers["content-type"].startswith("application/problem+json")
    assert response.headers["x-request-id"]
    body: dict[str, Any] = response.json()
    assert body["status"] == status
    assert body["code"] == code
    assert body["type"] == f"/errors/{code}"
    assert body["title"]
    assert body["detail"]
    assert "Traceback" not in response.text
    Problem.model_validate(body)  # the published document is closed: every member is declared
    return body


async def test_unknown_route_is_404_problem(client: httpx.AsyncClient) -> None:
    body = assert_problem(await client.get("/api/v1/nothing-here"), 404, "not_found")
    assert "/api/v1/nothing-here" in body["detail"]


async def test_wrong_method_is_405_problem(client: httpx.AsyncClient) -> None:
    response = await client.put("/api/v1/products", json={})
    assert_problem(response, 405, "method_not_allowed")
    assert "GET" in response.headers["allow"]


async def test_titles_and_details_follow_accept_language(client: httpx.AsyncClient) -> None:
    zh = await client.get("/api/v1/nothing", headers={"Accept-Language": "zh-CN,zh;q=0.9,en;q=0.5"})
    body = assert_problem(zh, 404, "not_found")
    assert body["title"] == "未找到"
    assert zh.headers["content-language"] == "zh-CN"
    en = await client.get("/api/v1/nothing", headers={"Accept-Language": "fr, en;q=0.8"})
    assert assert_problem(en, 404, "not_found")["title"] == "Not found"
    default = await client.get("/api/v1/nothing")
    assert assert_problem(default, 404, "not_found")["title"] == "Not found"
    invalid = await client.post(
        "/api/v1/products", json={**PRODUCT, "bogus": 1}, headers={"Accept-Language": "zh"}
    )
    problem = assert_problem(invalid, 422, "validation_error")
    assert problem["title"] == "数据校验失败"
    assert problem["errors"][0]["msg"] == "不允许的字段"


async def test_request_id_is_echoed_or_minted(client: httpx.AsyncClient) -> None:
    mine = await client.get("/healthz", headers={"X-Request-ID": "mobile-42.abc"})
    assert mine.headers["x-request-id"] == "mobile-42.abc"
    minted = await client.get("/healthz", headers={"X-Request-ID": "bad id with spaces\t"})
    assert minted.headers["x-request-id"] != "bad id with spaces\t"
    assert len(minted.headers["x-request-id"]) == 32
    problem = (await client.get("/nope", headers={"X-Request-ID": "r-1"})).json()
    assert problem["request_id"] == "r-1"


async def test_body_over_the_limit_is_413(client: httpx.AsyncClient) -> None:
    big = {**PRODUCT, "description": "x" * (70 * 1024)}
    assert_problem(await client.post("/api/v1/products", json=big), 413, "payload_too_large")

    async def chunks() -> AsyncIterator[bytes]:  # no Content-Length: counted while streaming
        yield b'{"code": "E-2", "name": "n", "list_price": "1", "description": "'
        for _ in range(80):
            yield b"y" * 1024
        yield b'"}'

    streamed = await client.post(
        "/api/v1/products", content=chunks(), headers={"content-type": "application/json"}
    )
    assert_problem(streamed, 413, "payload_too_large")
    assert (await client.get("/api/v1/products")).json()["items"] == []


async def test_non_json_body_is_415(client: httpx.AsyncClient) -> None:
    response = await client.post(
        "/api/v1/products", content=b"code=E-1", headers={"content-type": "text/plain"}
    )
    assert_problem(response, 415, "unsupported_media_type")
    assert (await client.get("/api/v1/products")).json()["items"] == []


@pytest.fixture
async def crashing_client(settings: Settings, db: TestDatabase) -> AsyncIterator[httpx.AsyncClient]:
    app = create_app(settings, database=db.database)
    boom = APIRouter(route_class=UnitOfWorkRoute)

    @boom.get("/boom")
    async def explode() -> None:
        raise RuntimeError("secret internals")

    app.include_router(boom)
    async with http_client(app, db.admin_token) as http:
        yield http


async def test_unexpected_exception_is_500_problem_without_internals(
    crashing_client: httpx.AsyncClient,
) -> None:
    response = await crashing_client.get("/boom", headers={"X-Request-ID": "crash-1"})
    body = assert_problem(response, 500, "internal_error")
    assert "secret internals" not in response.text
    assert "crash-1" in body["detail"]
    assert response.headers["x-request-id"] == "crash-1"


async def test_problem_types_are_documented(client: httpx.AsyncClient) -> None:
    doc = (await client.get("/errors/validation_error")).json()
    assert doc == {
        "code": "validation_error",
        "title": {"en": "Validation failed", "zh-CN": "数据校验失败"},
    }
    assert_problem(await client.get("/errors/no_such_code"), 404, "not_found")


def test_every_detail_key_used_by_an_error_class_is_translated() -> None:
    from salescrm.core import errors, i18n

    classes = [
        c
        for c in vars(errors).values()
        if isinstance(c, type) and issubclass(c, errors.AppError) and c is not errors.AppError
    ]
    for cls in classes:
        assert cls.detail_key in i18n.DETAILS, cls.__name__
        assert cls.code in i18n.TITLES, cls.__name__


def _extension_keys() -> set[str]:
    """The keys of every ``extensions={...}`` literal in the application's code."""
    keys: set[str] = set()
    for path in SRC.rglob("*.py"):
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.keyword) and node.arg == "extensions":
                if isinstance(node.value, ast.Name | ast.Attribute):  # passed on (errors.py)
                    continue
                assert isinstance(node.value, ast.Dict), f"{path}: extensions= is not a literal"
                for key in node.value.keys:
                    assert isinstance(key, ast.Constant), f"{path}: a computed extension key"
                    keys.add(key.value)
    return keys


def test_every_problem_extension_is_declared() -> None:
    """``Problem`` is published closed (``additionalProperties: false``), so a client is told
    of every member: an extension the code sends must be a field of the model first."""
    keys = _extension_keys()
    assert {"duplicates", "cap", "owned_by_you", "instance"} <= keys
    assert keys <= set(Problem.model_fields), sorted(keys - set(Problem.model_fields))
