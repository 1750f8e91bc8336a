"""Bad input is a 422, never a 500: naive or out-of-range datetimes, and NUL characters
(which PostgreSQL cannot store in text) anywhere a client can put a string."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import datetime, timedelta, timezone
from typing import Any

import httpx
import pytest
from fastapi import APIRouter, Request
from sqlalchemy import text

from salescrm.app import create_app
from salescrm.config import Settings
from salescrm.core.uow import UnitOfWorkRoute
from tests.conftest import ADMIN_PASSWORD, ADMIN_USER, TestDatabase, http_client

LOGIN_EVENTS = "/api/v1/login-events"
API_KEYS = "/api/v1/api-keys"
PRODUCTS = "/api/v1/products"
PRODUCT = {"code": "B-1", "name": "Bad input", "list_price": "10.00"}
NUL = "\x00"


def assert_422(response: httpx.Response, loc: list[Any], error_type: str) -> str:
    assert response.status_code == 422, response.text
    body = response.json()
    assert body["code"] == "validation_error"
    matching = [e for e in body["errors"] if e["loc"] == loc and e["type"] == error_type]
    assert matching, body["errors"]
    msg: str = matching[0]["msg"]
    return msg


# ----- datetimes -----------------------------------------------------------------------------
@pytest.mark.parametrize("value", ["2024-01-01T00:00:00", "2024-01-01T08:00:00.5"])
async def test_naive_datetime_filter_is_422(client: httpx.AsyncClient, value: str) -> None:
    response = await client.get(LOGIN_EVENTS, params={"occurred_after": value})
    msg = assert_422(response, ["query", "occurred_after"], "timezone_aware")
    assert "time zone" in msg


@pytest.mark.parametrize(
    "value",
    [
        "2024-01-01",  # a date
        "2024-01-01T08:00Z",  # no seconds
        "2024-01-01T08:00:00+0800",  # an offset without its colon
        "2024-01-01 08:00:00Z",  # a space for the T
        "1700000000",  # a Unix timestamp
    ],
)
async def test_a_datetime_outside_rfc_3339_is_422(client: httpx.AsyncClient, value: str) -> None:
    """``format: date-time`` is RFC 3339; Pydantic alone reads more (found by schemathesis,
    ST201, on ``/customer-pool`` and ``/customers/export``)."""
    response = await client.get(LOGIN_EVENTS, params={"occurred_after": value})
    assert "RFC 3339" in assert_422(response, ["query", "occurred_after"], "datetime_format")


#: Values Pydantic alone would read but the contract's format refuses, per format.
REFUSED_BY_FORMAT = {
    "date-time": ("1700000000", "2024-01-01", "2024-01-01T08:00Z"),
    "date": ("0", "1700000000", "2024-01-01T00:00:00Z", "20240101"),
}


async def test_every_date_and_time_query_parameter_refuses_what_its_format_refuses(
    client: httpx.AsyncClient, app: Any
) -> None:
    """Every query parameter of the contract with ``format: date`` or ``date-time`` (the list
    filters and the reports' periods), one request per refused value: a 422 naming it."""
    checked = []
    for path, item in app.openapi()["paths"].items():
        if "get" not in item or "{" in path:
            continue
        for parameter in item["get"].get("parameters", []):
            refused = REFUSED_BY_FORMAT.get(parameter["schema"].get("format", ""), ())
            if parameter["in"] != "query" or not refused:
                continue
            checked.append((path, parameter["name"]))
            for value in refused:
                response = await client.get(path, params={parameter["name"]: value})
                assert response.status_code == 422, (path, parameter["name"], value)
                locs = [error["loc"] for error in response.json()["errors"]]
                assert ["query", parameter["name"]] in locs, (path, value, locs)
    assert ("/api/v1/customer-pool", "created_from") in checked
    assert ("/api/v1/customers/export", "follow_up_before") in checked
    assert ("/api/v1/payments", "received_from") in checked
    assert len(checked) >= 25


@pytest.mark.parametrize(
    "value", ["0001-01-01T00:00:00+14:00", "9999-12-31T23:59:59-01:00", "0001-01-01T05:00:00+05:01"]
)
async def test_datetime_filter_beyond_the_utc_range_is_422(
    client: httpx.AsyncClient, value: str
) -> None:
    response = await client.get(LOGIN_EVENTS, params={"occurred_after": value})
    assert_422(response, ["query", "occurred_after"], "datetime_out_of_range")


async def test_aware_datetime_filters_compare_in_utc(client: httpx.AsyncClient) -> None:
    everything = await client.get(LOGIN_EVENTS, params={"occurred_after": "0001-01-01T00:00:00Z"})
    assert everything.status_code == 200, everything.text
    (event,) = everything.json()["items"]  # the baseline login of the administrator
    # The same instant written in another zone still matches; a second later does not.
    at = datetime.fromisoformat(event["occurred_at"]).astimezone(timezone(timedelta(hours=8)))
    same = await client.get(LOGIN_EVENTS, params={"occurred_after": at.isoformat()})
    assert [e["id"] for e in same.json()["items"]] == [event["id"]]
    later = (at + timedelta(seconds=1)).isoformat()
    assert (await client.get(LOGIN_EVENTS, params={"occurred_after": later})).json()["items"] == []
    late = await client.get(LOGIN_EVENTS, params={"occurred_after": "9999-12-31T23:59:59Z"})
    assert late.status_code == 200
    assert late.json()["items"] == []
    shifted = await client.get(LOGIN_EVENTS, params={"occurred_after": "9999-12-31T23:59:59+08:00"})
    assert shifted.status_code == 200
    assert shifted.json()["items"] == []


@pytest.mark.parametrize(
    ("value", "error_type"),
    [
        ("2099-01-01T00:00:00", "timezone_aware"),
        ("9999-12-31T23:59:59-01:00", "datetime_out_of_range"),
        ("0001-01-01T00:00:00+14:00", "datetime_out_of_range"),
    ],
)
async def test_api_key_expiry_must_be_an_aware_representable_datetime(
    client: httpx.AsyncClient, value: str, error_type: str
) -> None:
    response = await client.post(
        API_KEYS, json={"name": "k", "permissions": ["product:read"], "expires_at": value}
    )
    assert_422(response, ["body", "expires_at"], error_type)
    assert (await client.get(API_KEYS)).json()["items"] == []


async def test_api_key_expiry_is_stored_in_utc(client: httpx.AsyncClient) -> None:
    created = await client.post(
        API_KEYS,
        json={
            "name": "k",
            "permissions": ["product:read"],
            "expires_at": "2099-01-01T08:00:00+08:00",
        },
    )
    assert created.status_code == 201, created.text
    assert created.json()["expires_at"].startswith("2099-01-01T00:00:00")
    far = await client.post(
        API_KEYS,
        json={"name": "far", "permissions": ["product:read"], "expires_at": "9999-12-31T23:59:00Z"},
    )
    assert far.status_code == 201, far.text


# ----- NUL characters ------------------------------------------------------------------------
async def test_nul_in_body_fields_is_422(client: httpx.AsyncClient) -> None:
    assert_422(
        await client.post(PRODUCTS, json={**PRODUCT, "name": f"a{NUL}b"}),
        ["body", "name"],
        "string_nul",
    )
    assert_422(
        await client.post(PRODUCTS, json={**PRODUCT, "description": NUL}),
        ["body", "description"],
        "string_nul",
    )
    assert_422(  # inside a list
        await client.post(API_KEYS, json={"name": "k", "permissions": [f"product:read{NUL}"]}),
        ["body", "permissions"],
        "string_nul",
    )
    assert_422(  # inside a nested object
        await client.post(
            "/api/v1/employees",
            json={
                "employee_no": "N-1",
                "name": "Nul",
                "account": {"username": "nul.user", "password": f"pass{NUL}word"},
            },
        ),
        ["body", "account"],
        "string_nul",
    )
    created = await client.post(PRODUCTS, json=PRODUCT)
    assert created.status_code == 201
    patched = await client.patch(
        f"{PRODUCTS}/{created.json()['id']}", json={"category": f"soft{NUL}ware"}
    )
    assert_422(patched, ["body", "category"], "string_nul")
    assert (await client.get(PRODUCTS, params={"include_total": "true"})).json()["total"] == 1


async def test_nul_in_auth_bodies_is_422(anon: httpx.AsyncClient) -> None:
    refresh = await anon.post("/api/v1/auth/refresh", json={"refresh_token": f"x{NUL}y"})
    assert_422(refresh, ["body", "refresh_token"], "string_nul")


@pytest.mark.parametrize(
    ("path", "params", "loc"),
    [
        (PRODUCTS, {"q": NUL}, ["query", "q"]),
        (PRODUCTS, {"q": f"ab{NUL}c"}, ["query", "q"]),
        (PRODUCTS, {"category": f"x{NUL}"}, ["query", "category"]),
        (PRODUCTS, {"sort": f"name{NUL}"}, ["query", "sort"]),
        (PRODUCTS, {"cursor": f"abc{NUL}"}, ["query", "cursor"]),
        ("/api/v1/employees", {"q": NUL}, ["query", "q"]),
        (API_KEYS, {"q": f"k{NUL}"}, ["query", "q"]),
        (LOGIN_EVENTS, {"q": f"k{NUL}"}, ["query", "q"]),
    ],
)
async def test_nul_in_query_parameters_is_422(
    client: httpx.AsyncClient, path: str, params: dict[str, str], loc: list[str]
) -> None:
    assert_422(await client.get(path, params=params), loc, "string_nul")


@pytest.mark.parametrize("field", ["username", "password"])
async def test_nul_in_the_login_form_is_422(anon: httpx.AsyncClient, field: str) -> None:
    form = {"username": ADMIN_USER, "password": ADMIN_PASSWORD}
    form[field] = f"{form[field][:3]}{NUL}{form[field][3:]}"
    response = await anon.post("/api/v1/auth/token", data=form)
    assert_422(response, ["body", field], "string_nul")


async def test_nul_in_the_idempotency_key_is_422(client: httpx.AsyncClient) -> None:
    response = await client.post(PRODUCTS, json=PRODUCT, headers={"Idempotency-Key": f"k{NUL}1"})
    assert_422(response, ["header", "Idempotency-Key"], "string_nul")
    assert (await client.get(PRODUCTS)).json()["items"] == []


async def test_nul_in_the_user_agent_does_not_break_login(anon: httpx.AsyncClient) -> None:
    form = {"username": ADMIN_USER, "password": ADMIN_PASSWORD}
    ok = await anon.post("/api/v1/auth/token", data=form, headers={"User-Agent": f"app{NUL}/1"})
    assert ok.status_code == 200, ok.text
    bad = {**form, "password": "wrong password"}
    refused = await anon.post("/api/v1/auth/token", data=bad, headers={"User-Agent": f"a{NUL}"})
    assert refused.status_code == 401, refused.text


# ----- the last line of defence: the database refusing a character --------------------------
@pytest.fixture
async def raw_client(settings: Settings, db: TestDatabase) -> AsyncIterator[httpx.AsyncClient]:
    """An app with routes that hand their input to the database unvalidated."""
    app = create_app(settings, database=db.database)
    raw = APIRouter(route_class=UnitOfWorkRoute)

    @raw.get("/raw-text")
    async def raw_text(request: Request, value: str) -> dict[str, Any]:
        found = await request.state.session.scalar(text("SELECT :value"), {"value": value})
        return {"length": len(found)}

    @raw.get("/raw-broken")
    async def raw_broken(request: Request) -> None:
        await request.state.session.execute(text("SELECT no_such_column FROM no_such_table"))

    app.include_router(raw)
    async with http_client(app, db.admin_token) as http:
        yield http


async def test_database_refusing_nul_is_422_and_other_errors_stay_500(
    raw_client: httpx.AsyncClient, db: TestDatabase
) -> None:
    response = await raw_client.get("/raw-text", params={"value": f"a{NUL}b"})
    if db.engine_name == "postgresql":
        assert_422(response, ["request"], "string_nul")
    else:  # SQLite stores NUL; only PostgreSQL needs the mapping
        assert response.status_code == 200, response.text
    broken = await raw_client.get("/raw-broken")
    assert broken.status_code == 500
    assert broken.json()["code"] == "internal_error"
