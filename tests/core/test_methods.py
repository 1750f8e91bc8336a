"""405 names what the path allows, OPTIONS included, and CORS preflight still works (issue 13,
item 4; RFC 9110 section 15.5.6: a 405 carries ``Allow`` with the methods of the target). A
fixed path (``/tasks/overdue``) is its own resource, not a ``/tasks/{record_id}`` for the
methods it lacks; HEAD is answered wherever GET is (RFC 9110 section 9.3.2)."""

from __future__ import annotations

import re
import uuid
from typing import Any

import httpx

from salescrm.app import create_app
from tests.conftest import TestDatabase, http_client, make_settings

METHODS = ("GET", "POST", "PUT", "PATCH", "DELETE")
SPA = "https://spa.example.com"


def allow(response: httpx.Response) -> set[str]:
    return {method.strip() for method in response.headers["allow"].split(",")}


def assert_405(response: httpx.Response, expected: set[str]) -> None:
    assert response.status_code == 405, (response.request.method, response.request.url)
    assert response.headers["content-type"].startswith("application/problem+json")
    assert response.json()["code"] == "method_not_allowed"
    assert response.headers["x-request-id"]
    assert allow(response) == expected, (response.request.method, response.request.url)


def with_head(methods: set[str]) -> set[str]:
    """What ``Allow`` lists for these documented methods: HEAD comes with GET."""
    return methods | {"HEAD"} if "GET" in methods else set(methods)


def concrete_paths(spec: dict[str, Any]) -> dict[str, set[str]]:
    """Each documented path with its templates filled, and the methods of every documented
    path that the filled path reaches. A fixed path reaches only itself (``/customers/export``
    is not a ``/customers/{id}``); a filled template may reach another template's methods."""
    filler = str(uuid.uuid4())
    templates = {
        path: {method.upper() for method in item}
        for path, item in spec["paths"].items()
        if path.startswith("/api/")
    }
    patterns = {
        path: re.compile("^" + re.sub(r"\{[^}]+\}", "[^/]+", path) + "$") for path in templates
    }
    concrete: dict[str, set[str]] = {}
    for path in templates:
        if "{" not in path:
            concrete[path] = set(templates[path])
            continue
        filled = re.sub(r"\{[^}]+\}", filler, path)
        concrete[filled] = set().union(
            *(templates[other] for other, regex in patterns.items() if regex.match(filled))
        )
    return concrete


async def test_every_api_path_answers_405_with_its_methods(
    client: httpx.AsyncClient, app: Any
) -> None:
    """For every path of the contract: an unsupported method and OPTIONS are 405, and
    ``Allow`` lists exactly the methods the path answers (all of them, not those of one
    route)."""
    paths = concrete_paths(app.openapi())
    assert len(paths) > 100
    for path, methods in paths.items():
        unsupported = next(m for m in METHODS if m not in methods)
        assert_405(await client.request(unsupported, path), with_head(methods))
        assert_405(await client.options(path), with_head(methods))


async def test_a_collection_and_a_record_name_all_their_methods(
    anon: httpx.AsyncClient,
) -> None:
    """Without credentials too: the 405 is about the path, not about the caller."""
    assert_405(await anon.put("/api/v1/customers"), {"GET", "HEAD", "POST"})
    assert_405(await anon.options("/api/v1/customers"), {"GET", "HEAD", "POST"})
    record = f"/api/v1/customers/{uuid.uuid4()}"
    assert_405(await anon.put(record), {"GET", "HEAD", "PATCH", "DELETE"})
    assert_405(await anon.post("/openapi.json"), {"GET", "HEAD"})
    assert_405(await anon.delete("/docs"), {"GET", "HEAD"})
    assert_405(await anon.post("/docs/assets/swagger-ui.css"), {"GET", "HEAD"})
    # A path nobody answers stays a 404.
    assert (await anon.options("/api/v1/nothing-here")).status_code == 404


async def test_cors_preflight_works_and_plain_options_is_still_405(db: TestDatabase) -> None:
    app = create_app(make_settings(db.url, cors_origins=[SPA]), database=db.database)
    async with http_client(app, db.admin_token) as client:
        preflight = await client.options(
            "/api/v1/customers",
            headers={
                "Origin": SPA,
                "Access-Control-Request-Method": "POST",
                "Access-Control-Request-Headers": "authorization, content-type, idempotency-key",
            },
        )
        assert preflight.status_code == 200, preflight.text
        assert preflight.headers["access-control-allow-origin"] == SPA
        assert "POST" in preflight.headers["access-control-allow-methods"]
        assert "idempotency-key" in preflight.headers["access-control-allow-headers"].lower()
        # An OPTIONS that is not a preflight is answered by the application: 405 with Allow.
        plain = await client.options("/api/v1/customers", headers={"Origin": SPA})
        assert_405(plain, {"GET", "HEAD", "POST"})
        assert plain.headers["access-control-allow-origin"] == SPA
        # An origin not configured gets no CORS grant.
        stranger = await client.options(
            "/api/v1/customers",
            headers={"Origin": "https://evil.example", "Access-Control-Request-Method": "GET"},
        )
        assert "access-control-allow-origin" not in stranger.headers


async def test_cors_exposes_the_headers_a_client_reads(db: TestDatabase) -> None:
    """A browser client may read ``Retry-After`` (429, 503) and ``Content-Disposition``
    (exports, downloads) as well as the ETag, Location, request id and replay marker."""
    app = create_app(make_settings(db.url, cors_origins=[SPA]), database=db.database)
    async with http_client(app, db.admin_token) as client:
        response = await client.get("/api/v1/customers", headers={"Origin": SPA})
        assert response.status_code == 200
        assert response.headers["access-control-allow-origin"] == SPA
        exposed = {
            h.strip().lower() for h in response.headers["access-control-expose-headers"].split(",")
        }
        assert exposed >= {
            "etag",
            "location",
            "x-request-id",
            "idempotent-replayed",
            "retry-after",
            "content-disposition",
        }


#: Fixed paths that have the shape of a record's path, with the methods each answers.
FIXED_PATHS = {
    "/api/v1/tasks/overdue": {"GET", "HEAD"},
    "/api/v1/visits/stats": {"GET", "HEAD"},
    "/api/v1/customers/export": {"GET", "HEAD"},
    "/api/v1/notifications/read-all": {"POST"},
    "/api/v1/notifications/unread-count": {"GET", "HEAD"},
}


async def test_a_fixed_path_is_not_a_record_for_the_methods_it_lacks(
    client: httpx.AsyncClient,
) -> None:
    """``PATCH /tasks/overdue`` used to reach ``PATCH /tasks/{record_id}`` and be a 422 for a
    ``record_id`` that is not a UUID: it is the 405 of ``/tasks/overdue``, whose ``Allow`` names
    that path's methods only (found by schemathesis, ST204)."""
    for path, methods in FIXED_PATHS.items():
        for method in ("PATCH", "DELETE", "PUT"):
            assert_405(await client.request(method, path), methods)
    # The record routes themselves still answer, and a non-UUID id is still their 422.
    assert (await client.patch("/api/v1/tasks/not-a-uuid", json={})).status_code == 422
    assert (await client.get("/api/v1/tasks/overdue")).status_code == 200


async def test_head_answers_as_get_without_a_body(client: httpx.AsyncClient) -> None:
    """Same status and headers as the GET (``ETag``, ``Content-Length``, ``Content-Type``),
    no body; a 404 and a 401 too; a path without GET is a 405 naming its methods."""
    created = await client.post(
        "/api/v1/products", json={"code": "HEAD-1", "name": "n", "list_price": "1.00"}
    )
    record = f"/api/v1/products/{created.json()['id']}"
    for path in (record, "/api/v1/products", "/healthz", "/openapi.json"):
        got, head = await client.get(path), await client.head(path)
        assert head.status_code == got.status_code == 200, path
        assert head.content == b"", path
        for name in ("etag", "content-type", "content-length"):
            assert head.headers.get(name) == got.headers.get(name), (path, name)
        assert head.headers["x-request-id"]
    # Compressed as the GET would be, and the length is the compressed one.
    gzip = {"Accept-Encoding": "gzip"}
    got = await client.get("/openapi.json", headers=gzip)
    head = await client.head("/openapi.json", headers=gzip)
    assert head.headers["content-encoding"] == got.headers["content-encoding"] == "gzip"
    assert head.headers["content-length"] == got.headers["content-length"]
    missing = await client.head(f"/api/v1/products/{uuid.uuid4()}")
    assert missing.status_code == 404
    assert missing.content == b""
    refused = await client.head("/api/v1/notifications/read-all")
    assert refused.status_code == 405
    assert refused.content == b""
    assert allow(refused) == {"POST"}


async def test_head_without_credentials_is_the_gets_401(anon: httpx.AsyncClient) -> None:
    response = await anon.head("/api/v1/customers")
    assert response.status_code == 401
    assert response.headers["www-authenticate"].startswith("Bearer")
    assert response.content == b""
