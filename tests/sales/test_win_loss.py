"""The win/loss analysis against competitors, over the caller's closed deals in a period."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import httpx

from salescrm.core.clock import today
from tests.conftest import TestDatabase, http_client
from tests.contract.matrix import PEOPLE, VIEWERS, build_org
from tests.sales import support
from tests.sales.support import OPPORTUNITIES, WIN_LOSS, ok


async def _with(client: httpx.AsyncClient, deal_id: str, *competitors: str) -> None:
    for competitor_id in competitors:
        await ok(
            await client.post(
                support.deal_competitors(deal_id), json={"competitor_id": competitor_id}
            ),
            201,
        )


async def _lose(
    client: httpx.AsyncClient, deal_id: str, reason: str, winner: str | None = None, **more: Any
) -> None:
    body = {"loss_reason_id": reason, "lost_to_competitor_id": winner, **more}
    await ok(await client.post(f"{OPPORTUNITIES}/{deal_id}/lose", json=body))


async def test_win_loss_per_competitor(
    app: Any, client: httpx.AsyncClient, db: TestDatabase
) -> None:
    org = await build_org(app, client, db, ["opportunity:read"])
    a = await support.competitor(client, "甲公司")
    b = await support.competitor(client, "乙公司")
    price = await support.loss_reason(client, "price")
    budget = await support.loss_reason(client, "budget")

    d1 = await support.deal(client, amount="100.00")
    await _with(client, d1["id"], a, b)
    await ok(await client.post(f"{OPPORTUNITIES}/{d1['id']}/win", json={}))
    rep_customer = await support.customer(client, owner_id=org.ids["R1"])
    d2 = await support.deal(client, rep_customer, amount="200.00", owner_id=org.ids["R1"])
    await _lose(client, d2["id"], price, a)  # A was not listed: losing to it adds it
    d3 = await support.deal(client, amount="300.00")
    await _with(client, d3["id"], b)
    await _lose(client, d3["id"], budget)
    d4 = await support.deal(client, amount="400.00", currency="USD")
    await _with(client, d4["id"], b)
    await _lose(client, d4["id"], price, b)
    await support.won_deal(client, amount="50.00")  # no competitor met
    d6 = await support.deal(client, amount="999.00")  # still open
    await _with(client, d6["id"], a)
    old = await support.deal(client, amount="700.00")
    await _with(client, old["id"], a)
    earlier = (today() - timedelta(days=200)).isoformat()
    await _lose(client, old["id"], price, a, closed_on=earlier)  # outside the period

    period = {
        "closed_from": (today() - timedelta(days=30)).isoformat(),
        "closed_to": today().isoformat(),
    }
    report = await ok(await client.get(WIN_LOSS, params=period))
    assert (report["deals"], report["won"], report["lost"], report["win_rate"]) == (
        5,
        2,
        3,
        "40.00",
    )
    rows = {row["name"]: row for row in report["competitors"]}
    assert [row["name"] for row in report["competitors"]] == ["乙公司", "甲公司"]
    assert {k: rows["甲公司"][k] for k in ("deals_met", "won", "lost", "lost_to_them")} == {
        "deals_met": 2,
        "won": 1,
        "lost": 1,
        "lost_to_them": 1,
    }
    assert rows["甲公司"]["win_rate"] == "50.00"
    assert rows["甲公司"]["amount_lost"] == {"CNY": "200.00"}
    assert rows["甲公司"]["amount_lost_to_them"] == {"CNY": "200.00"}
    assert [(r["loss_reason_id"], r["deals"]) for r in rows["甲公司"]["top_loss_reasons"]] == [
        (price, 1)
    ]
    b_row = rows["乙公司"]
    assert (b_row["deals_met"], b_row["won"], b_row["lost"], b_row["lost_to_them"]) == (3, 1, 2, 1)
    assert b_row["win_rate"] == "33.33"
    assert b_row["amount_lost"] == {"CNY": "300.00", "USD": "400.00"}
    assert b_row["amount_lost_to_them"] == {"USD": "400.00"}
    assert {r["loss_reason_id"]: r["deals"] for r in b_row["top_loss_reasons"]} == {
        price: 1,
        budget: 1,
    }
    assert {r["name"] for r in b_row["top_loss_reasons"]} == {"价格因素", "预算不足或项目取消"}

    one = await ok(await client.get(WIN_LOSS, params={**period, "competitor_id": a}))
    assert [row["name"] for row in one["competitors"]] == ["甲公司"]
    since = (today() - timedelta(days=300)).isoformat()
    longer = await ok(await client.get(WIN_LOSS, params={**period, "closed_from": since}))
    assert {row["name"]: row["deals_met"] for row in longer["competitors"]}["甲公司"] == 3

    # The caller's scope: the rep sees the one deal they own.
    async with http_client(app, org.tokens["R1"]) as rep:
        mine = await ok(await rep.get(WIN_LOSS, params=period))
        assert (mine["deals"], mine["lost"]) == (1, 1)
        assert [(row["name"], row["deals_met"]) for row in mine["competitors"]] == [("甲公司", 1)]
    async with http_client(app, org.tokens["S"]) as outsider:
        assert (await ok(await outsider.get(WIN_LOSS, params=period)))["deals"] == 0

    bad = await client.get(
        WIN_LOSS, params={"closed_from": "2026-02-01", "closed_to": "2026-01-01"}
    )
    assert bad.status_code == 422
    missing = await client.get(WIN_LOSS, params={"closed_from": "2026-02-01"})
    assert missing.status_code == 422
    assert any(e["loc"][-1] == "closed_to" for e in missing.json()["errors"])


async def test_the_analysis_counts_what_each_viewer_may_list(
    app: Any, client: httpx.AsyncClient, db: TestDatabase
) -> None:
    """The analysis scopes its aggregate as a filter on the owner (and shares); for every
    viewer of the matrix organisation it must count exactly the closed deals their list shows."""
    org = await build_org(app, client, db, ["opportunity:read"])
    competitor = await support.competitor(client)
    reason = await support.loss_reason(client)
    for n, owner in enumerate(PEOPLE):
        customer_id = await support.customer(client, owner_id=org.ids[owner])
        for won in (True, False):
            deal = await support.deal(
                client, customer_id, owner_id=org.ids[owner], amount=f"{100 + n}.00"
            )
            await _with(client, deal["id"], competitor)
            if won:
                await ok(await client.post(f"{OPPORTUNITIES}/{deal['id']}/win", json={}))
            else:
                await _lose(client, deal["id"], reason, competitor)
    # A share: R3's lost deals also reach R1 through a deal team.
    r3_deals = (await ok(await client.get(OPPORTUNITIES, params={"owner_id": org.ids["R3"]})))[
        "items"
    ]
    async with http_client(app, org.tokens["M2"]) as m2:
        for deal in r3_deals:
            put = await m2.put(
                f"{OPPORTUNITIES}/{deal['id']}/team/{org.ids['R1']}", json={"role": "协同"}
            )
            assert put.status_code == 201, put.text
    period = {"closed_from": today().isoformat(), "closed_to": today().isoformat()}
    for viewer in VIEWERS:
        async with http_client(app, org.tokens[viewer]) as http:
            listed = await http.get(OPPORTUNITIES, params={**period, "include_total": "true"})
            report = await http.get(WIN_LOSS, params=period)
            if listed.status_code == 403:
                assert report.status_code == 403, viewer
                continue
            total = listed.json()["total"]
            body = await ok(report)
            assert body["deals"] == total, (viewer, body["deals"], total)
            met = {row["competitor_id"]: row["deals_met"] for row in body["competitors"]}
            assert met.get(competitor, 0) == total, viewer
