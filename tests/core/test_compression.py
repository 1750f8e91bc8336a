"""Responses of 1 KB and more are gzipped for clients that accept it (issue 13, item 7), without
disturbing what the other middleware guarantees: the request id, streamed exports, ETags and
304s, correct lengths."""

from __future__ import annotations

import gzip
import json

import httpx

from salescrm.customers.fake import CustomerFaker

CUSTOMERS = "/api/v1/customers"
GZIP = {"Accept-Encoding": "gzip"}
IDENTITY = {"Accept-Encoding": "identity"}


async def raw(client: httpx.AsyncClient, url: str, headers: dict[str, str]) -> httpx.Response:
    """The response with its body as sent (httpx would otherwise decode it)."""
    async with client.stream("GET", url, headers=headers) as response:
        response._content = b"".join([chunk async for chunk in response.aiter_raw()])
    return response


async def seed(client: httpx.AsyncClient, count: int) -> None:
    faker = CustomerFaker(13)
    for _ in range(count):
        created = await client.post(CUSTOMERS, json=faker.customer(kind="company"))
        assert created.status_code == 201, created.text


async def test_a_100_row_page_is_gzipped_only_when_accepted(client: httpx.AsyncClient) -> None:
    await seed(client, 100)
    url = f"{CUSTOMERS}?limit=100"
    plain = await raw(client, url, IDENTITY)
    assert plain.status_code == 200
    assert "content-encoding" not in plain.headers
    assert int(plain.headers["content-length"]) == len(plain.content)
    assert len(json.loads(plain.content)["items"]) == 100

    packed = await raw(client, url, GZIP)
    assert packed.status_code == 200
    assert packed.headers["content-encoding"] == "gzip"
    assert "accept-encoding" in packed.headers["vary"].lower()
    assert int(packed.headers["content-length"]) == len(packed.content)
    assert packed.headers["x-request-id"]
    assert packed.headers["cache-control"] == "no-store"
    assert gzip.decompress(packed.content) == plain.content
    assert len(packed.content) * 4 < len(plain.content)


async def test_small_answers_are_not_compressed(client: httpx.AsyncClient) -> None:
    health = await raw(client, "/healthz", GZIP)
    assert health.status_code == 200
    assert len(health.content) < 1000
    assert "content-encoding" not in health.headers
    missing = await raw(client, f"{CUSTOMERS}/0190a1b2-0000-7000-8000-000000000000", GZIP)
    assert missing.status_code == 404
    assert "content-encoding" not in missing.headers
    assert missing.headers["x-request-id"]


async def test_etags_and_304_are_unaffected(client: httpx.AsyncClient) -> None:
    faker = CustomerFaker(7)
    created = await client.post(CUSTOMERS, json=faker.customer(kind="company"))
    url = created.headers["location"]
    first = await client.get(url, headers=GZIP)
    etag = first.headers["etag"]
    assert etag == created.headers["etag"]
    unchanged = await raw(client, url, {**GZIP, "If-None-Match": etag})
    assert unchanged.status_code == 304
    assert unchanged.content == b""
    assert "content-encoding" not in unchanged.headers
    assert unchanged.headers["etag"] == etag
    patched = await client.patch(url, json={"tags": ["压缩"]}, headers={**GZIP, "If-Match": etag})
    assert patched.status_code == 200, patched.text


async def test_exports_stream_compressed_csv_and_leave_xlsx_alone(
    client: httpx.AsyncClient,
) -> None:
    await seed(client, 30)
    csv = await raw(client, f"{CUSTOMERS}/export?format=csv", GZIP)
    assert csv.status_code == 200
    assert csv.headers["content-encoding"] == "gzip"
    assert "content-length" not in csv.headers  # still a stream
    assert csv.headers["content-disposition"].startswith("attachment")
    text = gzip.decompress(csv.content).decode("utf-8-sig")
    assert len(text.strip().splitlines()) == 31
    xlsx = await raw(client, f"{CUSTOMERS}/export?format=xlsx", GZIP)
    assert xlsx.status_code == 200
    assert "content-encoding" not in xlsx.headers  # a ZIP archive already
    assert xlsx.content[:2] == b"PK"
