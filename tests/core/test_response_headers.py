"""What responses tell caches and strangers (issue 12, item 7f).

Answers to authenticated requests (customers, prices, tokens) must not be stored by browsers or
proxies, while a client keeps its own ETags and 304s; and the server does not name itself.
"""

from __future__ import annotations

import uvicorn

from salescrm import cli
from tests.conftest import ADMIN_PASSWORD, ADMIN_USER, TestDatabase, http_client
from tests.files import support as files

PRODUCTS = "/api/v1/products"


async def test_authenticated_responses_are_never_stored(app: object, db: TestDatabase) -> None:
    async with http_client(app, db.admin_token) as admin:
        created = await admin.post(
            PRODUCTS, json={"code": "C-1", "name": "缓存", "list_price": "1"}
        )
        assert created.status_code == 201, created.text
        url = created.headers["location"]
        for response in (created, await admin.get(PRODUCTS), await admin.get(url)):
            assert response.headers["cache-control"] == "no-store", response.request.url
        # The client's own revalidation still works.
        etag = (await admin.get(url)).headers["etag"]
        unchanged = await admin.get(url, headers={"If-None-Match": etag})
        assert unchanged.status_code == 304
        assert unchanged.headers["etag"] == etag
        assert unchanged.headers["cache-control"] == "no-store"
        # A customer's attachment is no less private than the customer.
        customer = await admin.post("/api/v1/customers", json={"name": "缓存客户"})
        attachment = await files.uploaded(
            admin, files.png(), resource="customer", record_id=customer.json()["id"]
        )
        content = await admin.get(f"{files.FILES}/{attachment['id']}/content")
        assert content.status_code == 200
        assert content.headers["cache-control"] == "no-store"
        again = await admin.get(
            f"{files.FILES}/{attachment['id']}/content",
            headers={"If-None-Match": content.headers["etag"]},
        )
        assert again.status_code == 304
    async with http_client(app, "not-a-token") as stranger:
        refused = await stranger.get(PRODUCTS)
        assert refused.status_code == 401
        assert refused.headers["cache-control"] == "no-store"
    async with http_client(app) as anon:
        headers = {"X-API-Key": "sck_not_a_key"}
        assert (await anon.get(PRODUCTS, headers=headers)).headers["cache-control"] == "no-store"
        tokens = await anon.post(
            "/api/v1/auth/token", data={"username": ADMIN_USER, "password": ADMIN_PASSWORD}
        )
        assert tokens.status_code == 200
        assert tokens.headers["cache-control"] == "no-store"
        # Public documents stay cacheable.
        for path in ("/healthz", "/openapi.json"):
            public = await anon.get(path)
            assert public.status_code == 200
            assert "no-store" not in public.headers.get("cache-control", ""), path


def test_the_server_does_not_name_itself() -> None:
    """``salescrm serve`` tells uvicorn not to send ``server: uvicorn``."""
    args = cli.build_parser().parse_args(["serve", "--port", "8123"])
    options = cli.serve_options(args)
    assert options["server_header"] is False
    config = uvicorn.Config(**options)
    assert config.server_header is False
    assert (config.host, config.port, config.factory) == ("127.0.0.1", 8123, True)
