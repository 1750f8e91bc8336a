"""Helpers shared by the organisation tests: records made through the API, logins, narrowing.

Everything here goes through HTTP, as an administrator (the ``client`` fixture) or as whoever a
token belongs to.
"""

from __future__ import annotations

import itertools
from typing import Any

import httpx

from tests.conftest import http_client, login

DEPARTMENTS = "/api/v1/departments"
POSITIONS = "/api/v1/positions"
ROLES = "/api/v1/roles"
EMPLOYEES = "/api/v1/employees"
AUDIT = "/api/v1/audit-events"
PASSWORD = "a perfectly long password 42"
OTHER_PASSWORD = "another perfectly long password 7"

_numbers = itertools.count(1)


#: The built-in role codes the migration seeds.
BUILTIN = (
    "admin",
    "sales_director",
    "sales_manager",
    "sales_rep",
    "service_agent",
    "hr",
    "finance",
    "analyst",
)


def mobile(n: int) -> str:
    """A valid mainland-China mobile number, distinct for each ``n`` (< 10000)."""
    return f"1381234{n:04d}"


async def create(client: httpx.AsyncClient, path: str, payload: dict[str, Any]) -> dict[str, Any]:
    response = await client.post(path, json=payload)
    assert response.status_code == 201, response.text
    body: dict[str, Any] = response.json()
    return body


async def get(client: httpx.AsyncClient, path: str) -> dict[str, Any]:
    response = await client.get(path)
    assert response.status_code == 200, response.text
    body: dict[str, Any] = response.json()
    return body


async def department(
    client: httpx.AsyncClient, name: str, parent_id: str | None, **extra: Any
) -> dict[str, Any]:
    return await create(client, DEPARTMENTS, {"name": name, "parent_id": parent_id, **extra})


async def employee(
    client: httpx.AsyncClient, name: str, department_id: str, **extra: Any
) -> dict[str, Any]:
    n = next(_numbers)
    payload = {"employee_no": f"T{n:05d}", "name": name, "department_id": department_id}
    return await create(client, EMPLOYEES, {**payload, **extra})


async def role_id(client: httpx.AsyncClient, code: str) -> str:
    """The id of the (live) role with exactly this code, found through ``?q=``."""
    response = await client.get(ROLES, params={"q": code, "limit": 200})
    assert response.status_code == 200, response.text
    matches = [r["id"] for r in response.json()["items"] if r["code"] == code]
    assert len(matches) == 1, (code, response.json())
    found: str = matches[0]
    return found


async def staff_member(
    app: Any,
    client: httpx.AsyncClient,
    name: str,
    department_id: str,
    *,
    username: str,
    roles: tuple[str, ...] = (),
    **extra: Any,
) -> tuple[dict[str, Any], str]:
    """An employee with a login and the given built-in or custom role codes, and their token."""
    role_ids = [await role_id(client, code) for code in roles]
    record = await employee(
        client,
        name,
        department_id,
        role_ids=role_ids,
        account={"username": username, "password": PASSWORD},
        **extra,
    )
    return record, await login(app, username, PASSWORD)


async def token_status(app: Any, token: str) -> int:
    """What ``GET /auth/me`` answers to this access token."""
    async with http_client(app, token) as http:
        return (await http.get("/api/v1/auth/me")).status_code


async def login_status(app: Any, username: str, password: str) -> int:
    async with http_client(app) as http:
        response = await http.post(
            "/api/v1/auth/token", data={"username": username, "password": password}
        )
        return response.status_code


def error_locs(response: httpx.Response) -> list[list[Any]]:
    return [e["loc"] for e in response.json().get("errors") or []]


def narrowed_client(app: Any, token: str, path: str, params: dict[str, str]) -> httpx.AsyncClient:
    """A client whose lists of ``path`` always carry ``params`` unless a request sets them.

    The migrations and the test bed leave rows behind (the built-in roles, the root department,
    the administrator): the generic contract expects a list to hold exactly what a test created,
    so contract runs narrow the collection to their own records with a real, server-side filter.
    Every other request goes through untouched.
    """
    http = http_client(app, token)

    async def narrow(request: httpx.Request) -> None:
        if request.method == "GET" and request.url.path == path:
            missing = {k: v for k, v in params.items() if k not in request.url.params}
            if missing:
                request.url = request.url.copy_merge_params(missing)

    http.event_hooks = {"request": [narrow], "response": []}
    return http
