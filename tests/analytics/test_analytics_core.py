"""The analytics mechanism itself: the shared filters and their refusals, the buckets on both
engines, and what every registered statistic owes (it answers, exports, refuses callers
without its permissions, and is documented)."""

from __future__ import annotations

import re
import uuid
from datetime import date
from pathlib import Path
from typing import Any

import httpx

from salescrm.analytics.registry import STATISTICS
from tests.analytics.support import ANALYTICS, stat
from tests.conftest import TestDatabase, http_client
from tests.contract.matrix import build_org
from tests.sales import support
from tests.sales.support import PAYMENTS, ok

DOCS = Path(__file__).parents[2] / "docs" / "analytics.md"


async def _paid(http: httpx.AsyncClient, contract_id: str, amount: str, on: date) -> None:
    body = {
        "contract_id": contract_id,
        "amount": amount,
        "received_on": on.isoformat(),
        "overpayment": True,
    }
    await ok(await http.post(PAYMENTS, json=body), 201)


def _types(response: httpx.Response) -> list[tuple[Any, str]]:
    assert response.status_code == 422, response.text
    return [(e["loc"], e["type"]) for e in response.json()["errors"]]


async def test_the_shared_filters_refuse_what_they_cannot_answer(
    client: httpx.AsyncClient,
) -> None:
    payments = f"{ANALYTICS}/payments"
    too_many = {"date_from": "2020-01-01", "date_to": "2026-12-31", "bucket": "day"}
    assert [t for _, t in _types(await client.get(payments, params=too_many))] == [
        "too_many_buckets"
    ]
    reversed_ = {"date_from": "2026-02-01", "date_to": "2026-01-31"}
    assert [t for _, t in _types(await client.get(payments, params=reversed_))] == [
        "range_reversed"
    ]
    assert _types(await client.get(payments, params={"pipeline_id": str(uuid.uuid4())})) == [
        (["query", "pipeline_id"], "filter_not_supported")
    ]
    assert _types(await client.get(payments, params={"department_id": str(uuid.uuid4())})) == [
        (["query", "department_id"], "not_found")
    ]
    assert _types(await client.get(payments, params={"territory_id": str(uuid.uuid4())})) == [
        (["query", "territory_id"], "not_found")
    ]
    assert _types(await client.get(payments, params={"bucket": "fortnight"}))[0][1] == "enum"
    assert _types(await client.get(payments, params={"colour": "red"}))[0][1] == ("extra_forbidden")
    # The export takes the same filters, and its format.
    response = await client.get(f"{payments}/export", params={"format": "pdf"})
    assert _types(response)[0][1] == "literal_error"


async def test_buckets_start_where_the_calendar_says_on_both_engines(
    client: httpx.AsyncClient,
) -> None:
    signed = await support.contract(client)
    # Sunday 2026-03-29 and Monday 2026-03-30; the last day of a quarter and the first of the next.
    for day in (date(2026, 3, 29), date(2026, 3, 30), date(2026, 3, 31), date(2026, 4, 1)):
        await _paid(client, signed["id"], "1.00", day)
    period = {"date_from": "2026-03-01", "date_to": "2026-04-30"}

    async def starts(bucket: str) -> list[tuple[str, int]]:
        body = await stat(client, "payments", bucket=bucket, **period)
        return [(r["period_start"], r["payments"]) for r in body["rows"]]

    assert await starts("day") == [
        ("2026-03-29", 1),
        ("2026-03-30", 1),
        ("2026-03-31", 1),
        ("2026-04-01", 1),
    ]
    assert await starts("week") == [("2026-03-23", 1), ("2026-03-30", 3)]
    assert await starts("month") == [("2026-03-01", 3), ("2026-04-01", 1)]
    assert await starts("quarter") == [("2026-01-01", 3), ("2026-04-01", 1)]
    assert await starts("year") == [("2026-01-01", 4)]


async def test_department_and_tier_filters_narrow_by_people_and_customers(
    app: Any, client: httpx.AsyncClient, db: TestDatabase
) -> None:
    org = await build_org(app, client, db, [])
    tiers = (await client.get("/api/v1/customer-tiers")).json()["items"]
    tier = tiers[0]["code"]
    day = date(2026, 6, 1)
    for who, amount, tiered in (("R1", "10.00", True), ("R3", "3.00", False), ("D", "1.00", True)):
        customer_id = await support.customer(
            client, owner_id=org.ids[who], **({"tier": tier} if tiered else {})
        )
        won = await support.won_deal(client, customer_id=customer_id, owner_id=org.ids[who])
        signed = await support.contract(client, won["id"], owner_id=org.ids[who])
        await _paid(client, signed["id"], amount, day)
    period = {"date_from": "2026-01-01", "date_to": "2026-12-31"}

    async def amount(**filters: str) -> list[str]:
        body = await stat(client, "payments", **period, **filters)
        return [r["amount"] for r in body["rows"]]

    assert await amount() == ["14.00"]
    assert await amount(department_id=org.departments["sales"]) == ["14.00"]
    assert await amount(department_id=org.departments["team_a"]) == ["10.00"]
    assert await amount(department_id=org.departments["service"]) == []
    assert await amount(employee_id=org.ids["R3"]) == ["3.00"]
    assert await amount(tier=tier) == ["11.00"]
    assert await amount(tier=tier, department_id=org.departments["team_b"]) == []


async def test_every_statistic_answers_exports_refuses_and_is_documented(
    app: Any, client: httpx.AsyncClient, db: TestDatabase
) -> None:
    documented = set(re.findall(r"^### `([a-z-]+)`", DOCS.read_text(encoding="utf-8"), re.M))
    assert set(STATISTICS) <= documented, sorted(set(STATISTICS) - documented)
    org = await build_org(app, client, db, [])
    async with http_client(app, org.tokens["V"]) as viewer:  # employee and department reads
        for name, statistic in sorted(STATISTICS.items()):
            body = await stat(client, name)
            assert body["statistic"] == name
            monthly = await client.get(f"{ANALYTICS}/{name}", params={"bucket": "month"})
            assert monthly.status_code in (200, 422), monthly.text
            for file_format in ("csv", "xlsx"):
                exported = await client.get(
                    f"{ANALYTICS}/{name}/export", params={"format": file_format}
                )
                assert exported.status_code == 200, (name, exported.text)
            csv = await client.get(f"{ANALYTICS}/{name}/export", params={"format": "csv"})
            header = csv.content.decode("utf-8-sig").splitlines()[0]
            assert header == ",".join(c.zh for c in statistic.columns), name
            assert statistic.permissions, name
            await stat(viewer, name, 403)
