"""Every change to a record lands in the audit trail, with before/after, in the same transaction."""

from __future__ import annotations

import httpx

from tests.conftest import TestDatabase

PATH = "/api/v1/products"


async def events(client: httpx.AsyncClient, record_id: str) -> list[dict[str, object]]:
    response = await client.get(
        "/api/v1/audit-events", params={"record_id": record_id, "sort": "occurred_at"}
    )
    assert response.status_code == 200, response.text
    items: list[dict[str, object]] = response.json()["items"]
    return items


async def test_create_update_delete_restore_are_audited(
    client: httpx.AsyncClient, db: TestDatabase
) -> None:
    product = (
        await client.post(
            PATH,
            json={"code": "A-1", "name": "旧名称", "list_price": "10.00"},
            headers={"X-Request-ID": "req-create"},
        )
    ).json()
    url = f"{PATH}/{product['id']}"
    await client.patch(url, json={"name": "新名称", "list_price": "12.50"})
    await client.patch(url, json={"name": "新名称"})  # no change: no entry
    await client.delete(url)
    await client.post(f"{url}/restore")

    trail = await events(client, product["id"])
    assert [e["action"] for e in trail] == ["create", "update", "delete", "restore"]
    created, updated, deleted, restored = trail
    assert created["request_id"] == "req-create"
    assert created["resource"] == "product"
    assert created["changes"]["name"] == [None, "旧名称"]  # type: ignore[index]
    assert updated["changes"] == {"name": ["旧名称", "新名称"], "list_price": ["10.00", "12.50"]}
    assert list(deleted["changes"]) == ["deleted_at"]  # type: ignore[arg-type]
    assert restored["changes"]["deleted_at"][1] is None  # type: ignore[index]
    assert all(e["actor_type"] == "employee" for e in trail)
    assert all(e["actor_id"] == db.admin_id for e in trail)


async def test_refused_writes_leave_no_audit_entry(client: httpx.AsyncClient) -> None:
    product = (
        await client.post(PATH, json={"code": "A-2", "name": "n", "list_price": "1.00"})
    ).json()
    await client.post(PATH, json={"code": "A-2", "name": "dup", "list_price": "1.00"})  # 409
    await client.patch(f"{PATH}/{product['id']}", json={"name": "x"}, headers={"If-Match": '"9"'})
    everything = (
        await client.get("/api/v1/audit-events", params={"limit": 200, "resource": "product"})
    ).json()["items"]
    assert [(e["action"], e["record_id"]) for e in everything] == [("create", product["id"])]


async def test_audit_events_filter_and_get(client: httpx.AsyncClient) -> None:
    product = (
        await client.post(PATH, json={"code": "A-3", "name": "n", "list_price": "1.00"})
    ).json()
    await client.patch(f"{PATH}/{product['id']}", json={"name": "m"})
    updates = (
        await client.get("/api/v1/audit-events", params={"action": "update", "resource": "product"})
    ).json()["items"]
    assert len(updates) == 1
    one = await client.get(f"/api/v1/audit-events/{updates[0]['id']}")
    assert one.status_code == 200
    assert one.json() == updates[0]
    bad = await client.get("/api/v1/audit-events", params={"action": "explode"})
    assert bad.status_code == 422


def test_a_json_value_deeper_than_the_contract_reads_back_as_text() -> None:
    """The contract types an audit value as JSON nested at most JSON_DEPTH deep (a generated
    client cannot type a recursive one); the writer keeps stored values within it, so reading
    an entry never fails its response schema."""
    from pydantic import TypeAdapter, ValidationError

    from salescrm.core.schemas import JSON_DEPTH, JsonValue, clip_json

    deep: object = "leaf"
    for level in range(JSON_DEPTH + 3):
        deep = [deep] if level % 2 else {"k": deep}
    adapter = TypeAdapter(JsonValue)
    try:
        adapter.validate_python(deep)
    except ValidationError:
        pass
    else:
        raise AssertionError("a value deeper than JSON_DEPTH should not be a JsonValue")
    clipped = clip_json(deep)
    assert adapter.validate_python(clipped) == clipped
    shallow = {"match": "all", "conditions": [{"metric": "m", "value": [1, "a", None, True]}]}
    assert clip_json(shallow) == shallow
