"""Webhooks end to end: a real HTTP receiver on a local port, the dispatcher and sender jobs run
as they are scheduled, signatures checked with the Standard Webhooks reference library."""

from __future__ import annotations

import asyncio
import json
from datetime import timedelta
from typing import Any, ClassVar

import httpx
import pytest
from standardwebhooks.webhooks import Webhook, WebhookVerificationError

from salescrm.app import create_app
from salescrm.config import Environment, Settings
from salescrm.core.clock import utcnow
from salescrm.core.jobs import Job, run_once
from salescrm.core.uow import Ctx
from salescrm.integrations import delivery
from tests.conftest import TestDatabase, http_client, make_settings, with_worker
from tests.contract.crud import CrudContract
from tests.contract.matrix import Org, PermissionMatrix, build_org
from tests.customers.support import create_customer
from tests.integrations.support import Receiver, settled

WEBHOOKS = "/api/v1/webhooks"


async def _jobs(db: TestDatabase, settings: Settings, *, later: timedelta | None = None) -> None:
    """One dispatcher run, then one sender run (at ``later`` from now, for due retries)."""

    async def send(ctx: Ctx) -> int:
        return await delivery.send(ctx, utcnow() + later if later else None)

    await settled(db)
    await run_once(Job("dispatch_webhooks", 2, delivery.dispatch), db.database, settings)
    await run_once(Job("send_webhooks", 2, send), db.database, settings)


async def _subscribe(http: httpx.AsyncClient, url: str, *types: str) -> dict[str, Any]:
    response = await http.post(WEBHOOKS, json={"url": url, "event_types": list(types)})
    assert response.status_code == 201, response.text
    body: dict[str, Any] = response.json()
    return body


async def _deliveries(http: httpx.AsyncClient, webhook_id: str) -> list[dict[str, Any]]:
    response = await http.get(f"{WEBHOOKS}/{webhook_id}/deliveries")
    assert response.status_code == 200, response.text
    items: list[dict[str, Any]] = response.json()["items"]
    return items


async def test_events_arrive_signed_as_standard_webhooks_verify_them(
    client: httpx.AsyncClient, db: TestDatabase, settings: Settings, receiver: Receiver
) -> None:
    hook = await _subscribe(client, receiver.url, "customer.*")
    assert hook["secret"].startswith("whsec_")
    customer = await create_customer(client, "钩子测试有限公司")
    await client.post("/api/v1/products", json={"code": "WH-1", "name": "n", "list_price": "1.00"})
    await _jobs(db, settings)

    (headers, body), *_ = receiver.received
    assert len(receiver.received) == 1  # the product is not subscribed
    payload = Webhook(hook["secret"]).verify(body, headers)
    assert payload["type"] == "customer.created"
    assert payload["data"]["record_id"] == customer["id"]
    assert payload["data"]["data"]["name"] == "钩子测试有限公司"
    assert headers["webhook-id"] == payload["data"]["id"]
    # A tampered body fails the same verification.
    with pytest.raises(WebhookVerificationError):
        Webhook(hook["secret"]).verify(body.replace(b"\xe9\x92\xa9", b"x"), headers)
    (sent,) = await _deliveries(client, hook["id"])
    assert sent["status"] == "succeeded"
    assert sent["response_status"] == 200
    assert sent["attempts"] == 1
    assert sent["event_type"] == "customer.created"
    # Nothing is sent twice.
    await _jobs(db, settings)
    assert len(receiver.received) == 1


async def test_failures_are_retried_with_back_off_and_logged(
    client: httpx.AsyncClient, db: TestDatabase, settings: Settings, receiver: Receiver
) -> None:
    fast = settings.model_copy(update={"webhook_timeout_seconds": 0.5})
    hook = await _subscribe(client, receiver.url, "customer.created")
    receiver.plan = [500, "close", "hang", 200]
    await create_customer(client, "重试测试有限公司")
    await _jobs(db, fast)
    (pending,) = await _deliveries(client, hook["id"])
    assert (pending["status"], pending["attempts"], pending["response_status"]) == (
        "pending",
        1,
        500,
    )
    assert pending["next_attempt_at"] > pending["created_at"]
    # Not due yet: nothing is sent; due later: the connection closes, then it hangs, then 200.
    await _jobs(db, fast)
    assert len(receiver.received) == 1
    for step in (1, 2, 3):
        await _jobs(db, fast, later=timedelta(hours=step * 7))
    (done,) = await _deliveries(client, hook["id"])
    assert done["status"] == "succeeded"
    assert done["attempts"] == 4
    errors = [a["error"] for a in done["history"]]
    assert errors[0] == "status 500"
    assert errors[1] is not None
    assert errors[2] == "timeout"
    assert errors[3] is None
    assert [a["status"] for a in done["history"]] == [500, None, None, 200]
    assert all(a["duration_ms"] >= 0 for a in done["history"])
    assert len({h["webhook-id"] for h, _ in receiver.received}) == 1  # one message, retried


async def test_a_run_of_failures_disables_the_subscription_and_tells_its_owner(
    client: httpx.AsyncClient, db: TestDatabase, settings: Settings, receiver: Receiver
) -> None:
    strict = settings.model_copy(
        update={"webhook_max_attempts": 1, "webhook_disable_after_failures": 2}
    )
    hook = await _subscribe(client, receiver.url, "product.created")
    receiver.plan = [503, 503]
    for n in range(2):
        made = await client.post(
            "/api/v1/products", json={"code": f"WH-F{n}", "name": "n", "list_price": "1.00"}
        )
        assert made.status_code == 201
    await _jobs(db, strict)
    read = (await client.get(f"{WEBHOOKS}/{hook['id']}")).json()
    assert read["active"] is False
    assert "2 deliveries in a row failed" in read["disabled_reason"]
    assert {d["status"] for d in await _deliveries(client, hook["id"])} == {"failed"}
    inbox = (await client.get("/api/v1/notifications")).json()["items"]
    assert [n["kind"] for n in inbox if n["record_id"] == hook["id"]] == ["webhook_disabled"]
    # A disabled subscription gets nothing new; redelivery by hand sends a failed one again.
    await client.post("/api/v1/products", json={"code": "WH-F9", "name": "n", "list_price": "1"})
    await _jobs(db, strict)
    assert len(receiver.received) == 2
    failed = (await _deliveries(client, hook["id"]))[0]
    again = await client.post(f"{WEBHOOKS}/{hook['id']}/deliveries/{failed['id']}/redeliver")
    assert again.status_code == 200, again.text
    assert again.json()["status"] == "pending"
    await _jobs(db, strict)
    assert len(receiver.received) == 3
    assert (await _deliveries(client, hook["id"]))[0]["status"] == "succeeded"


async def test_bad_subscriptions_are_refused(
    client: httpx.AsyncClient, db: TestDatabase, receiver: Receiver
) -> None:
    for body, loc, kind in [
        ({"url": "ftp://example.com/x", "event_types": ["*"]}, ["body", "url"], "url_scheme"),
        ({"url": receiver.url, "event_types": ["deal.won"]}, ["body", "event_types", 0], None),
        ({"url": receiver.url, "event_types": ["customer.nonsense"]}, None, None),
        ({"url": receiver.url, "event_types": []}, ["body", "event_types"], "too_short"),
    ]:
        response = await client.post(WEBHOOKS, json=body)
        assert response.status_code == 422, (body, response.text)
        (error,) = response.json()["errors"]
        if loc is not None:
            assert error["loc"] == loc, error
        if kind is not None:
            assert error["type"] == kind, error
    unknown = await client.post(
        WEBHOOKS, json={"url": receiver.url, "event_types": ["customer.nonsense"]}
    )
    assert unknown.json()["errors"][0]["type"] == "unknown_event_type"
    # In production a receiver on a loopback or private address is refused, unless allowed.
    production = make_settings(db.url, environment=Environment.production)
    async with http_client(create_app(production, database=db.database), db.admin_token) as prod:
        for url in (receiver.url, "http://10.1.2.3/hook", "http://[::1]/hook"):
            refused = await prod.post(WEBHOOKS, json={"url": url, "event_types": ["*"]})
            assert refused.status_code == 422, refused.text
            assert refused.json()["errors"][0]["type"] == "private_address"
    allowed = make_settings(
        db.url, environment=Environment.production, webhook_allow_private_networks=True
    )
    async with http_client(create_app(allowed, database=db.database), db.admin_token) as prod:
        assert (await _subscribe(prod, receiver.url, "*"))["active"] is True


async def test_a_subscriber_receives_only_events_of_records_it_may_read(
    app: Any, client: httpx.AsyncClient, db: TestDatabase, settings: Settings, receiver: Receiver
) -> None:
    org = await build_org(app, client, db, ["customer:read", "webhook:manage"])
    async with http_client(app, org.tokens["M1"]) as m1:
        await _subscribe(m1, receiver.url, "customer.created")
    async with http_client(app, org.tokens["R1"]) as r1, http_client(app, org.tokens["R3"]) as r3:
        theirs = await create_customer(r1, "一组的客户有限公司")
        await create_customer(r3, "二组的客户有限公司")
    await _jobs(db, settings)
    assert [json.loads(body)["data"]["record_id"] for _, body in receiver.received] == [
        theirs["id"]
    ]


class TestWebhookContract(CrudContract):
    path = WEBHOOKS
    echo_fields: ClassVar = ("url", "event_types", "description", "active")
    update_payload: ClassVar[Any] = {
        "url": "https://erp.example.com/hooks/crm",
        "event_types": ["opportunity.won", "customer.*"],
        "active": False,
    }
    required_field = "url"
    invalid_payloads: ClassVar[Any] = [
        ({"url": "mailto:ops@example.com"}, "url"),
        ({"url": "not a url"}, "url"),
        ({"event_types": []}, "event_types"),
        ({"event_types": ["Customer.Created"]}, "event_types"),
        ({"description": ""}, "description"),
        ({"active": "yes"}, "active"),
    ]
    filter_cases: ClassVar[Any] = [({"active": "false"}, lambda w: w["active"] is False)]
    search_cases: ClassVar = [("erp-5", 5), ("ERP 2", 2), ("erp-3.example", 3)]

    def make_payload(self, n: int) -> dict[str, Any]:
        return {
            "url": f"https://erp-{n}.example.com/hooks",
            "event_types": ["*"] if n % 2 else ["customer.created", "opportunity.*"],
            "description": f"ERP {n}",
            "active": n % 3 != 0,
        }


class TestWebhookMatrix(PermissionMatrix):
    path = WEBHOOKS
    resource = "webhook"
    read_permission = "webhook:manage"
    write_permission = "webhook:manage"
    delete_permission = "webhook:manage"
    update_payload: ClassVar[dict[str, Any]] = {"description": "matrix"}

    async def create_record(self, admin: httpx.AsyncClient, org: Org, owner: str) -> str:
        body = {
            "url": f"https://{owner.lower()}.example.com/hook",
            "event_types": ["*"],
            "owner_id": org.ids[owner],
        }
        response = await admin.post(WEBHOOKS, json=body)
        assert response.status_code == 201, response.text
        return str(response.json()["id"])


async def test_the_servers_own_worker_delivers_each_event_once(
    db: TestDatabase, receiver: Receiver
) -> None:
    """The task queue, not a hand: the dispatcher runs on its period, the senders it enqueues
    run side by side (``exclusive=False``) and still never take the same delivery twice."""
    async with with_worker(db, worker_concurrency=4) as http:
        hook = await http.post(WEBHOOKS, json={"url": receiver.url, "event_types": ["customer.*"]})
        assert hook.status_code == 201, hook.text
        made = {(await create_customer(http, f"队列投递客户{n:02d}"))["id"] for n in range(30)}
        await settled(db)
        for _ in range(300):
            if len(receiver.received) >= len(made):
                break
            await asyncio.sleep(0.1)
        await asyncio.sleep(2.5)  # a second sender round, were a delivery taken twice
    ids = [headers["webhook-id"] for headers, _body in receiver.received]
    assert len(ids) == len(set(ids)) == len(made)
    assert {json.loads(body)["data"]["record_id"] for _h, body in receiver.received} == made
