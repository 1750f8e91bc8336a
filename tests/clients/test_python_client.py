"""The generated Python client (clients/python) drives a live server over a real socket.

What a client team gets from ``openapi-python-client`` is proven here, step by step, against
uvicorn on a free 127.0.0.1 port, on both engines: typed records, cursor pages, ``If-Match``,
``Idempotency-Key`` replays and multipart uploads, each through the generated calls alone.
"""

from __future__ import annotations

import asyncio
import datetime as dt
import io
import socket
from collections.abc import AsyncIterator
from typing import Any

import pytest
import uvicorn
from salescrm_client import AuthenticatedClient, Client
from salescrm_client.api.activities import customers_timeline
from salescrm_client.api.auth import auth_token
from salescrm_client.api.catalog import products_create
from salescrm_client.api.customers import (
    contacts_create,
    customers_create,
    customers_delete,
    customers_get,
    customers_list,
    customers_restore,
    customers_update,
)
from salescrm_client.api.files import files_upload
from salescrm_client.api.sales import (
    opportunities_create,
    opportunities_get,
    opportunities_win,
    opportunity_line_items_create,
)
from salescrm_client.models import (
    ContactCreate,
    CustomerCreate,
    CustomersListSort,
    CustomerUpdate,
    FileUpload,
    FileUploadResource,
    LineItemCreate,
    OpportunityCreate,
    ProductCreate,
    TokenForm,
    TokenResponse,
    WinIn,
)
from salescrm_client.types import File

from tests.conftest import ADMIN_PASSWORD, ADMIN_USER, TestDatabase
from tests.files.support import png


@pytest.fixture
async def base_url(app: Any, db: TestDatabase) -> AsyncIterator[str]:
    """uvicorn serving the test app on a free 127.0.0.1 port, in the test's event loop."""
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    # lifespan off: the database belongs to the test bed, as with the in-process clients.
    server = uvicorn.Server(uvicorn.Config(app, lifespan="off", log_level="warning"))
    task = asyncio.create_task(server.serve(sockets=[sock]))
    while not server.started:  # noqa: ASYNC110 - uvicorn exposes a flag, not an event
        await asyncio.sleep(0.01)
    try:
        yield f"http://127.0.0.1:{port}"
    finally:
        server.should_exit = True
        await task
        sock.close()


@pytest.fixture
async def api(base_url: str) -> AsyncIterator[AuthenticatedClient]:
    """Logged in through the client's own OAuth2 password-flow call."""
    async with Client(base_url=base_url) as anonymous:
        login = await auth_token.asyncio_detailed(
            client=anonymous, body=TokenForm(username=ADMIN_USER, password=ADMIN_PASSWORD)
        )
    assert login.status_code == 200, login.content
    assert isinstance(login.parsed, TokenResponse)
    async with AuthenticatedClient(base_url=base_url, token=login.parsed.access_token) as client:
        yield client


async def new_customer(api: AuthenticatedClient, name: str) -> Any:
    created = await customers_create.asyncio_detailed(client=api, body=CustomerCreate(name=name))
    assert created.status_code == 201, created.content
    assert created.headers["location"].endswith(f"/customers/{created.parsed.id}")
    return created.parsed


async def test_customer_lifecycle_through_the_python_client(api: AuthenticatedClient) -> None:
    customer = await new_customer(api, "华为技术有限公司")
    for n in range(2):
        await new_customer(api, f"翻页客户 {n}")

    contact = await contacts_create.asyncio_detailed(
        client=api, body=ContactCreate(customer_id=customer.id, name="张伟", mobile="13800138000")
    )
    assert contact.status_code == 201, contact.content
    assert contact.parsed.customer_id == customer.id

    # Two cursor pages of two, then one: every customer exactly once.
    first = await customers_list.asyncio(client=api, limit=2, sort=CustomersListSort.CREATED_AT)
    assert first.next_cursor
    second = await customers_list.asyncio(
        client=api, limit=2, sort=CustomersListSort.CREATED_AT, cursor=first.next_cursor
    )
    assert second.next_cursor is None
    seen = [c.id for c in first.items + second.items]
    assert len(seen) == len(set(seen)) == 3
    assert customer.id in seen

    # PATCH with If-Match from the ETag of a GET; a stale ETag is a 412.
    read = await customers_get.asyncio_detailed(customer.id, client=api)
    etag = read.headers["etag"]
    patched = await customers_update.asyncio_detailed(
        customer.id, client=api, body=CustomerUpdate(remarks="重点客户"), if_match=etag
    )
    assert patched.status_code == 200, patched.content
    assert patched.parsed.remarks == "重点客户"
    assert patched.parsed.version == read.parsed.version + 1
    stale = await customers_update.asyncio_detailed(
        customer.id, client=api, body=CustomerUpdate(remarks="lost update"), if_match=etag
    )
    assert stale.status_code == 412
    assert stale.parsed.code == "precondition_failed"

    timeline = await customers_timeline.asyncio(customer.id, client=api)
    assert timeline.items, "creating a customer and a contact leaves a trace on its timeline"

    deleted = await customers_delete.asyncio_detailed(
        customer.id, client=api, if_match=f'"{patched.parsed.version}"'
    )
    assert deleted.status_code == 204, deleted.content
    assert (await customers_get.asyncio_detailed(customer.id, client=api)).status_code == 404
    restored = await customers_restore.asyncio_detailed(customer.id, client=api)
    assert restored.status_code == 200, restored.content
    assert (await customers_get.asyncio(customer.id, client=api)).name == "华为技术有限公司"


async def test_deal_with_a_line_item_is_won_through_the_python_client(
    api: AuthenticatedClient,
) -> None:
    customer = await new_customer(api, "招商银行")
    product = await products_create.asyncio(
        client=api, body=ProductCreate(code="CLOUD-1", name="云服务器", list_price="1000.00")
    )
    deal = await opportunities_create.asyncio(
        client=api,
        body=OpportunityCreate(
            name="云服务框架协议",
            customer_id=customer.id,
            expected_close_date=dt.datetime.now(dt.UTC).date() + dt.timedelta(days=30),
        ),
    )
    item = await opportunity_line_items_create.asyncio(
        deal.id, client=api, body=LineItemCreate(product_id=product.id, quantity="3")
    )
    assert item.product_id == product.id
    priced = await opportunities_get.asyncio(deal.id, client=api)  # the line moved its total
    assert priced.amount == "3000.00"
    won = await opportunities_win.asyncio_detailed(
        deal.id, client=api, body=WinIn(), if_match=f'"{priced.version}"'
    )
    assert won.status_code == 200, won.content
    assert won.parsed.status == "won"


async def test_post_with_an_idempotency_key_replays_through_the_python_client(
    api: AuthenticatedClient,
) -> None:
    body = CustomerCreate(name="重放客户")
    first = await customers_create.asyncio_detailed(
        client=api, body=body, idempotency_key="client-key-1"
    )
    again = await customers_create.asyncio_detailed(
        client=api, body=body, idempotency_key="client-key-1"
    )
    assert first.status_code == again.status_code == 201
    assert again.parsed.id == first.parsed.id
    assert again.headers["idempotent-replayed"] == "true"
    page = await customers_list.asyncio(client=api, q="重放客户", include_total=True)
    assert page.total == 1


async def test_file_upload_through_the_python_client(api: AuthenticatedClient) -> None:
    customer = await new_customer(api, "上传客户")
    upload = File(payload=io.BytesIO(png()), file_name="logo.png", mime_type="image/png")
    body = FileUpload(resource=FileUploadResource.CUSTOMER, record_id=customer.id, file=upload)
    created = await files_upload.asyncio_detailed(client=api, body=body)
    assert created.status_code == 201, created.content
    assert created.parsed.filename == "logo.png"
