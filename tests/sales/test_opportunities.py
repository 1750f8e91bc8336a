"""Opportunity rules through the API: stages and pipelines, win / lose / reopen, closed deals,
contacts on the deal, line items with exact amounts and margins hidden from who may not see
them, stage history, deal teams, and what other contexts see of deals."""

from __future__ import annotations

import asyncio
from decimal import Decimal
from typing import Any

import httpx

from salescrm.core.clock import today
from tests.conftest import TestDatabase, http_client, login
from tests.contract.matrix import Org, build_org
from tests.sales import support
from tests.sales.support import CONTACTS, CUSTOMERS, OPPORTUNITIES, PIPELINES, ok

AUDIT = "/api/v1/audit-events"


def _problem(response: httpx.Response, status: int, code: str | None = None) -> dict[str, Any]:
    assert response.status_code == status, response.text
    assert response.headers["content-type"].startswith("application/problem+json")
    body: dict[str, Any] = response.json()
    if code is not None:
        assert body["code"] == code, body
    return body


def _locs(response: httpx.Response) -> list[list[Any]]:
    return [e["loc"] for e in response.json().get("errors") or []]


async def _org(app: Any, client: httpx.AsyncClient, db: TestDatabase) -> Org:
    return await build_org(app, client, db, ["opportunity:read"])


async def _other_pipeline(client: httpx.AsyncClient) -> dict[str, Any]:
    payload = {
        "name": "项目型销售",
        "stages": [
            {"name": "立项", "probability": 5},
            {"name": "招投标", "probability": 40},
            {"name": "中标", "kind": "won"},
            {"name": "未中标", "kind": "lost"},
        ],
    }
    return await ok(await client.post(PIPELINES, json=payload), 201)


# ----- pipelines and stages ------------------------------------------------------------------
async def test_the_default_pipeline_is_seeded_and_new_deals_start_in_its_first_stage(
    client: httpx.AsyncClient,
) -> None:
    pipeline = await support.default_pipeline(client)
    assert [(s["name"], s["kind"], s["probability"]) for s in pipeline["stages"]] == [
        ("初步接洽", "open", 10),
        ("需求分析", "open", 25),
        ("方案报价", "open", 50),
        ("商务谈判", "open", 75),
        ("赢单", "won", 100),
        ("输单", "lost", 0),
    ]
    deal = await support.deal(client)
    assert deal["pipeline_id"] == pipeline["id"]
    assert deal["stage_id"] == support.stage(pipeline)
    assert (deal["probability"], deal["forecast_category"], deal["status"]) == (
        10,
        "pipeline",
        "open",
    )
    history = await ok(await client.get(f"{OPPORTUNITIES}/{deal['id']}/stage-history"))
    assert [(h["from_stage_id"], h["to_stage_id"]) for h in history["items"]] == [
        (None, deal["stage_id"])
    ]


async def test_a_stage_of_another_pipeline_is_refused(client: httpx.AsyncClient) -> None:
    other = await _other_pipeline(client)
    foreign_stage = support.stage(other)
    response = await client.post(
        OPPORTUNITIES,
        json={
            "name": "错配",
            "customer_id": await support.customer(client),
            "expected_close_date": "2027-01-31",
            "stage_id": foreign_stage,
        },
    )
    _problem(response, 422, "validation_error")
    assert ["body", "stage_id"] in _locs(response)
    deal = await support.deal(client)
    response = await client.patch(f"{OPPORTUNITIES}/{deal['id']}", json={"stage_id": foreign_stage})
    _problem(response, 422)
    assert ["body", "stage_id"] in _locs(response)
    # Moving to the other pipeline with one of its stages is fine.
    moved = await ok(
        await client.patch(
            f"{OPPORTUNITIES}/{deal['id']}",
            json={"pipeline_id": other["id"], "stage_id": support.stage(other, index=1)},
        )
    )
    assert (moved["pipeline_id"], moved["probability"]) == (other["id"], 40)


async def test_a_plain_update_cannot_close_a_deal(client: httpx.AsyncClient) -> None:
    pipeline = await support.default_pipeline(client)
    deal = await support.deal(client, amount="5000.00")
    for kind in ("won", "lost"):
        response = await client.patch(
            f"{OPPORTUNITIES}/{deal['id']}", json={"stage_id": support.stage(pipeline, kind)}
        )
        _problem(response, 422)
        assert response.json()["errors"][0]["type"] == "closing_stage"
    assert (await ok(await client.get(f"{OPPORTUNITIES}/{deal['id']}")))["status"] == "open"


async def test_moving_stages_resets_the_probability_and_keeps_the_history(
    client: httpx.AsyncClient,
) -> None:
    pipeline = await support.default_pipeline(client)
    deal = await support.deal(client)
    url = f"{OPPORTUNITIES}/{deal['id']}"
    proposal = support.stage(pipeline, index=2)
    moved = await ok(
        await client.patch(url, json={"stage_id": proposal, "stage_reason": "客户认可方案"})
    )
    assert (moved["probability"], moved["forecast_category"]) == (50, "best_case")
    # A probability given with the move wins over the stage's default.
    negotiation = support.stage(pipeline, index=3)
    moved = await ok(
        await client.patch(
            url, json={"stage_id": negotiation, "probability": 60, "forecast_category": "commit"}
        )
    )
    assert (moved["probability"], moved["forecast_category"]) == (60, "commit")
    # Changing the probability alone leaves the stage where it is.
    same = await ok(await client.patch(url, json={"probability": 65}))
    assert same["stage_id"] == negotiation
    history = (await ok(await client.get(f"{url}/stage-history")))["items"]
    assert [h["to_stage_id"] for h in history] == [deal["stage_id"], proposal, negotiation]
    assert history[1]["reason"] == "客户认可方案"
    assert history[1]["from_stage_id"] == deal["stage_id"]
    assert all(h["seconds_in_from_stage"] >= 0 for h in history[1:])
    times = (await ok(await client.get(f"{url}/stage-times")))["stages"]
    assert [(t["stage_id"], t["entries"], t["current"]) for t in times] == [
        (deal["stage_id"], 1, False),
        (proposal, 1, False),
        (negotiation, 1, True),
    ]
    # A reason without a stage change is refused.
    response = await client.patch(url, json={"stage_reason": "没有变化"})
    _problem(response, 422)


# ----- win, lose, reopen ---------------------------------------------------------------------
async def test_winning_needs_an_amount_and_closes_the_deal(client: httpx.AsyncClient) -> None:
    pipeline = await support.default_pipeline(client)
    deal = await support.deal(client)
    url = f"{OPPORTUNITIES}/{deal['id']}"
    response = await client.post(f"{url}/win", json={})
    body = _problem(response, 422, "validation_error")
    assert body["errors"][0]["type"] == "amount_missing"
    assert (await ok(await client.get(url)))["status"] == "open"

    await ok(await client.patch(url, json={"amount": "88000.00"}))
    won = await ok(await client.post(f"{url}/win", json={"note": "签约"}))
    assert won["status"] == "won"
    assert won["stage_id"] == support.stage(pipeline, "won")
    assert (won["probability"], won["forecast_category"]) == (100, "closed")
    assert won["closed_on"] == today().isoformat()
    assert won["close_note"] == "签约"
    assert won["weighted_amount"] == "88000.00"
    _problem(await client.post(f"{url}/win", json={}), 409, "opportunity_closed")
    _problem(await client.post(f"{url}/lose", json={"loss_reason_id": won["id"]}), 409)


async def test_a_closed_deal_changes_only_after_reopening(client: httpx.AsyncClient) -> None:
    pipeline = await support.default_pipeline(client)
    product = await support.product(client)
    deal = await support.deal(client)
    url = f"{OPPORTUNITIES}/{deal['id']}"
    await ok(await client.patch(url, json={"stage_id": support.stage(pipeline, index=3)}))
    await support.add_line(client, deal["id"], product["id"], quantity="2")
    won = await ok(await client.post(f"{url}/win", json={}))
    response = await client.patch(url, json={"name": "改名"})
    _problem(response, 409, "opportunity_closed")
    response = await client.post(
        support.line_items(deal["id"]), json={"product_id": product["id"], "quantity": "1"}
    )
    _problem(response, 409, "opportunity_closed")
    assert (await ok(await client.get(url)))["version"] == won["version"]

    _problem(
        await client.post(f"{OPPORTUNITIES}/{(await support.deal(client))['id']}/reopen", json={}),
        409,
        "opportunity_open",
    )
    reopened = await ok(await client.post(f"{url}/reopen", json={"reason": "客户追加需求"}))
    assert reopened["status"] == "open"
    assert reopened["stage_id"] == support.stage(pipeline, index=3)  # the stage it left
    assert (reopened["probability"], reopened["closed_on"]) == (75, None)
    renamed = await ok(await client.patch(url, json={"name": "改名"}))
    assert renamed["name"] == "改名"
    statuses = [
        (h["from_status"], h["to_status"])
        for h in (await ok(await client.get(f"{url}/stage-history")))["items"]
    ]
    assert statuses[-2:] == [("open", "won"), ("won", "open")]


async def test_losing_needs_a_reason_and_records_who_won(client: httpx.AsyncClient) -> None:
    deal = await support.deal(client, amount="30000.00")
    url = f"{OPPORTUNITIES}/{deal['id']}"
    winner = await support.competitor(client, "纷享销客")
    also_ran = await support.competitor(client, "销售易")
    await ok(
        await client.post(support.deal_competitors(deal["id"]), json={"competitor_id": also_ran}),
        201,
    )
    response = await client.post(f"{url}/lose", json={})
    _problem(response, 422)
    assert ["body", "loss_reason_id"] in _locs(response)
    response = await client.post(f"{url}/lose", json={"loss_reason_id": winner})
    _problem(response, 422)
    assert ["body", "loss_reason_id"] in _locs(response)
    reason = await support.loss_reason(client, "price")
    lost = await ok(
        await client.post(
            f"{url}/lose",
            json={"loss_reason_id": reason, "lost_to_competitor_id": winner, "note": "价格低 20%"},
        )
    )
    assert (lost["status"], lost["probability"], lost["forecast_category"]) == (
        "lost",
        0,
        "omitted",
    )
    assert (lost["loss_reason_id"], lost["lost_to_competitor_id"]) == (reason, winner)
    entries = (await ok(await client.get(support.deal_competitors(deal["id"]))))["items"]
    assert {e["competitor_id"]: e["status"] for e in entries} == {
        winner: "won",
        also_ran: "lost",
    }
    # Reopening clears the outcome and puts the competitors back in the race.
    reopened = await ok(await client.post(f"{url}/reopen", json={}))
    assert (reopened["loss_reason_id"], reopened["lost_to_competitor_id"]) == (None, None)
    entries = (await ok(await client.get(support.deal_competitors(deal["id"]))))["items"]
    assert {e["status"] for e in entries} == {"active"}


# ----- contacts ------------------------------------------------------------------------------
async def test_contacts_of_the_customer_join_the_deal_with_their_roles(
    client: httpx.AsyncClient,
) -> None:
    customer_id = await support.customer(client)
    other_customer = await support.customer(client)
    boss = await ok(
        await client.post(CONTACTS, json={"customer_id": customer_id, "name": "王总"}), 201
    )
    it = await ok(
        await client.post(CONTACTS, json={"customer_id": customer_id, "name": "李工"}), 201
    )
    stranger = await ok(
        await client.post(CONTACTS, json={"customer_id": other_customer, "name": "外人"}), 201
    )
    deal = await support.deal(
        client,
        customer_id,
        contacts=[
            {"contact_id": boss["id"], "role": "decision_maker"},
            {"contact_id": it["id"], "role": "technical_evaluator"},
        ],
    )
    boss_ref = {"id": boss["id"], "name": "王总", "deleted": False}
    it_ref = {"id": it["id"], "name": "李工", "deleted": False}
    assert deal["contacts"] == [
        {"contact_id": boss["id"], "contact": boss_ref, "role": "decision_maker"},
        {"contact_id": it["id"], "contact": it_ref, "role": "technical_evaluator"},
    ]
    url = f"{OPPORTUNITIES}/{deal['id']}"
    response = await client.patch(url, json={"contacts": [{"contact_id": stranger["id"]}]})
    _problem(response, 422)
    assert ["body", "contacts", 0, "contact_id"] in _locs(response)
    response = await client.patch(
        url, json={"contacts": [{"contact_id": it["id"]}, {"contact_id": it["id"]}]}
    )
    _problem(response, 422)
    updated = await ok(
        await client.patch(url, json={"contacts": [{"contact_id": it["id"], "role": "champion"}]})
    )
    assert updated["contacts"] == [{"contact_id": it["id"], "contact": it_ref, "role": "champion"}]
    assert updated["version"] == deal["version"] + 1
    trail = (await ok(await client.get(AUDIT, params={"record_id": deal["id"]})))["items"]
    changes = [e["changes"]["contacts"] for e in trail if "contacts" in e["changes"]]
    assert changes == [
        [
            [
                {"contact_id": boss["id"], "role": "decision_maker"},
                {"contact_id": it["id"], "role": "technical_evaluator"},
            ],
            [{"contact_id": it["id"], "role": "champion"}],
        ]
    ]
    # A new customer needs its own contacts.
    response = await client.patch(url, json={"customer_id": other_customer})
    _problem(response, 422)
    moved = await ok(
        await client.patch(
            url, json={"customer_id": other_customer, "contacts": [{"contact_id": stranger["id"]}]}
        )
    )
    assert moved["customer_id"] == other_customer


# ----- line items, amounts and margins -------------------------------------------------------
async def test_line_items_give_exact_amounts_and_margins(client: httpx.AsyncClient) -> None:
    crm = await support.product(client, price="999.99", cost="420.50")
    service = await support.product(client, price="0.10", cost="0.03", unit="小时")
    deal = await support.deal(client, amount="1.00")
    url = f"{OPPORTUNITIES}/{deal['id']}"
    line = await support.add_line(client, deal["id"], crm["id"], quantity="3", discount="15.00")
    # 3 × 999.99 × 85% = 2549.9745 → 2549.97; cost 3 × 420.50 = 1261.50.
    assert (
        line["unit_price"],
        line["amount"],
        line["unit_cost"],
        line["cost"],
        line["margin"],
    ) == (
        "999.99",
        "2549.97",
        "420.50",
        "1261.50",
        "1288.47",
    )
    assert (line["name"], line["unit"]) == (crm["name"], crm["unit"])
    hours = await support.add_line(
        client, deal["id"], service["id"], quantity="2.5", unit_price="0.15"
    )
    assert (hours["quantity"], hours["amount"], hours["cost"]) == ("2.5", "0.38", "0.08")
    total = await ok(await client.get(url))
    assert total["amount"] == "2550.35"
    assert (total["cost"], total["margin"], total["line_item_count"]) == ("1261.58", "1288.77", 2)
    assert total["margin_percent"] == "50.53"
    # While there are line items, the amount is theirs.
    _problem(await client.patch(url, json={"amount": "9.00"}), 409, "amount_from_line_items")
    _problem(await client.patch(url, json={"currency": "USD"}), 409)
    changed = await ok(
        await client.patch(f"{support.line_items(deal['id'])}/{line['id']}", json={"quantity": "1"})
    )
    assert changed["amount"] == "849.99"
    assert (await ok(await client.get(url)))["amount"] == "850.37"
    # A product priced in another currency cannot join a CNY deal.
    dollars = await support.product(client, currency="USD")
    response = await client.post(
        support.line_items(deal["id"]), json={"product_id": dollars["id"], "quantity": "1"}
    )
    assert response.json()["errors"][0]["type"] == "currency_mismatch"
    # Deleting every line leaves the last amount to be set by hand again.
    for item in (line, hours):
        deleted = await client.delete(f"{support.line_items(deal['id'])}/{item['id']}")
        assert deleted.status_code == 204
    emptied = await ok(await client.get(url))
    assert (emptied["line_item_count"], emptied["cost"], emptied["margin"]) == (0, None, None)
    assert (await ok(await client.patch(url, json={"amount": "9.00"})))["amount"] == "9.00"


async def test_concurrent_line_items_keep_the_total_right(client: httpx.AsyncClient) -> None:
    product = await support.product(client, price="100.00", cost="10.00")
    deal = await support.deal(client)
    responses = await asyncio.gather(
        *(
            client.post(
                support.line_items(deal["id"]), json={"product_id": product["id"], "quantity": "1"}
            )
            for _ in range(5)
        )
    )
    assert sorted(r.status_code for r in responses) == [201] * 5, [r.text for r in responses]
    total = await ok(await client.get(f"{OPPORTUNITIES}/{deal['id']}"))
    assert (total["amount"], total["line_item_count"]) == ("500.00", 5)


async def test_costs_and_margins_are_absent_without_margin_read(
    app: Any, client: httpx.AsyncClient, db: TestDatabase
) -> None:
    org = await _org(app, client, db)
    product = await support.product(client)
    customer_id = await support.customer(client, owner_id=org.ids["R1"])
    deal = await support.deal(client, customer_id, owner_id=org.ids["R1"])
    await support.add_line(client, deal["id"], product["id"], quantity="2")
    hidden = {"cost", "margin", "margin_percent"}
    async with (
        http_client(app, org.tokens["R1"]) as rep,
        http_client(app, org.tokens["M1"]) as manager,
    ):
        seen = await ok(await rep.get(f"{OPPORTUNITIES}/{deal['id']}"))
        assert seen["amount"] == "2000.00"
        assert not hidden & seen.keys()
        listed = (await ok(await rep.get(OPPORTUNITIES)))["items"]
        assert listed
        assert not any(hidden & item.keys() for item in listed)
        line = (await ok(await rep.get(support.line_items(deal["id"]))))["items"][0]
        assert not {"unit_cost", "cost", "margin"} & line.keys()
        assert line["amount"] == "2000.00"
        created = await ok(
            await rep.post(
                support.line_items(deal["id"]), json={"product_id": product["id"], "quantity": "1"}
            ),
            201,
        )
        assert "cost" not in created
        full = await ok(await manager.get(f"{OPPORTUNITIES}/{deal['id']}"))
        assert (full["cost"], full["margin"], full["margin_percent"]) == (
            "1800.00",
            "1200.00",
            "40.00",
        )
    # The audit trail hides the same columns from an auditor without margin:read.
    role = await ok(
        await client.post(
            "/api/v1/roles",
            json={
                "code": "auditor_no_margin",
                "name": "审计",
                "permissions": ["audit:read", "opportunity:read"],
                "data_scope": "all",
            },
        ),
        201,
    )
    auditor = await ok(
        await client.post(
            "/api/v1/employees",
            json={
                "employee_no": "AUD-1",
                "name": "审计员",
                "department_id": db.root_department_id,
                "role_ids": [role["id"]],
                "account": {"username": "auditor.nm", "password": "auditor password 123"},
            },
        ),
        201,
    )
    assert auditor["id"]
    async with http_client(app, db.admin_token) as admin:
        admin_view = (await ok(await admin.get(AUDIT, params={"record_id": deal["id"]})))["items"]
        assert any("margin" in e["changes"] for e in admin_view)
    token = await login(app, "auditor.nm", "auditor password 123")
    async with http_client(app, token) as http:
        entries = (await ok(await http.get(AUDIT, params={"record_id": deal["id"]})))["items"]
        assert entries
        assert not any({"cost", "margin"} & e["changes"].keys() for e in entries)
        assert any("amount" in e["changes"] for e in entries)


# ----- concurrency ---------------------------------------------------------------------------
async def test_concurrent_edits_of_a_deal_one_wins_the_others_get_412(
    client: httpx.AsyncClient,
) -> None:
    deal = await support.deal(client)
    url = f"{OPPORTUNITIES}/{deal['id']}"
    responses = await asyncio.gather(
        *(
            client.patch(url, json={"next_step": f"方案{n}"}, headers={"If-Match": '"1"'})
            for n in range(3)
        )
    )
    assert sorted(r.status_code for r in responses) == [200, 412, 412]
    stale = next(r for r in responses if r.status_code == 412)
    assert stale.headers["etag"] == '"2"'


# ----- teams and ownership -------------------------------------------------------------------
async def test_the_deal_team_widens_the_scope_with_its_access(
    app: Any, client: httpx.AsyncClient, db: TestDatabase
) -> None:
    org = await _org(app, client, db)
    customer_id = await support.customer(client, owner_id=org.ids["R1"])
    deal = await support.deal(client, customer_id, owner_id=org.ids["R1"])
    url = f"{OPPORTUNITIES}/{deal['id']}"
    team = f"{url}/team"
    async with (
        http_client(app, org.tokens["R1"]) as owner,
        http_client(app, org.tokens["R3"]) as presales,
        http_client(app, org.tokens["R4"]) as helper,
    ):
        assert (await presales.get(url)).status_code == 404
        added = await owner.put(
            f"{team}/{org.ids['R3']}", json={"role": "售前工程师", "access": "read"}
        )
        assert added.status_code == 201, added.text
        assert (added.json()["role"], added.json()["access"]) == ("售前工程师", "read")
        assert (await ok(await presales.get(url)))["id"] == deal["id"]
        assert deal["id"] in {
            i["id"] for i in (await ok(await presales.get(OPPORTUNITIES)))["items"]
        }
        _problem(await presales.patch(url, json={"next_step": "x"}), 403)
        # A read-only member cannot add others.
        _problem(await presales.put(f"{team}/{org.ids['R4']}", json={"role": "x"}), 403)
        upgraded = await owner.put(
            f"{team}/{org.ids['R3']}", json={"role": "售前工程师", "access": "write"}
        )
        assert upgraded.status_code == 200
        assert (await presales.patch(url, json={"next_step": "联合拜访"})).status_code == 200
        # Write access does not give the deal away (nor does the rep hold opportunity:assign).
        _problem(await presales.patch(url, json={"owner_id": org.ids["R3"]}), 403)
        members = (await ok(await owner.get(team)))["items"]
        assert [(m["employee_id"], m["role"]) for m in members] == [(org.ids["R3"], "售前工程师")]
        assert (await helper.get(url)).status_code == 404
        _problem(await owner.put(f"{team}/{org.ids['R1']}", json={"role": "x"}), 422)
        removed = await owner.delete(f"{team}/{org.ids['R3']}")
        assert removed.status_code == 204
        assert (await presales.get(url)).status_code == 404


async def test_giving_a_deal_away_needs_opportunity_assign(
    app: Any, client: httpx.AsyncClient, db: TestDatabase
) -> None:
    org = await _org(app, client, db)
    customer_id = await support.customer(client, owner_id=org.ids["R1"])
    async with (
        http_client(app, org.tokens["R1"]) as rep,
        http_client(app, org.tokens["M1"]) as manager,
    ):
        deal = await support.deal(rep, customer_id)
        assert deal["owner_id"] == org.ids["R1"]
        url = f"{OPPORTUNITIES}/{deal['id']}"
        _problem(await rep.patch(url, json={"owner_id": org.ids["R2"]}), 403)
        moved = await ok(await manager.patch(url, json={"owner_id": org.ids["R2"]}))
        assert moved["owner_id"] == org.ids["R2"]
        # A rep cannot open a deal for someone else either.
        response = await rep.post(
            OPPORTUNITIES,
            json={
                "name": "代建",
                "customer_id": customer_id,
                "expected_close_date": "2027-01-01",
                "owner_id": org.ids["R2"],
            },
        )
        _problem(response, 403)
        # Nor for a customer they cannot see.
        hidden = await support.customer(client, owner_id=org.ids["R3"])
        response = await rep.post(
            OPPORTUNITIES,
            json={"name": "越权", "customer_id": hidden, "expected_close_date": "2027-01-01"},
        )
        _problem(response, 422)
        assert ["body", "customer_id"] in _locs(response)


async def test_a_deal_with_a_contract_is_neither_deleted_nor_reopened(
    client: httpx.AsyncClient,
) -> None:
    won = await support.won_deal(client)
    await support.contract(client, won["id"])
    url = f"{OPPORTUNITIES}/{won['id']}"
    _problem(await client.delete(url), 409, "opportunity_has_contracts")
    _problem(await client.post(f"{url}/reopen", json={}), 409)


async def test_merging_customers_moves_their_deals(client: httpx.AsyncClient) -> None:
    keep = await support.customer(client, "合并目标有限公司")
    gone = await support.customer(client, "合并来源有限公司")
    deal = await support.won_deal(client, customer_id=gone)
    contract = await support.contract(client, deal["id"])
    payment = await ok(
        await client.post(
            "/api/v1/payments",
            json={"contract_id": contract["id"], "amount": "100.00", "received_on": "2026-11-02"},
        ),
        201,
    )
    merged = await client.post(f"{CUSTOMERS}/{keep}/merge", json={"source_id": gone})
    assert merged.status_code == 200, merged.text
    assert (await ok(await client.get(f"{OPPORTUNITIES}/{deal['id']}")))["customer_id"] == keep
    assert (await ok(await client.get(f"/api/v1/contracts/{contract['id']}")))[
        "customer_id"
    ] == keep
    moved = await ok(await client.get(f"/api/v1/payments/{payment['id']}"))
    assert moved["customer_id"] == keep


async def test_key_account_rules_can_screen_by_sales(client: httpx.AsyncClient) -> None:
    big = await support.customer(client, "大单客户有限公司")
    small = await support.customer(client, "小单客户有限公司")
    for customer_id, amount in ((big, "600000.00"), (small, "1000.00")):
        deal = await support.won_deal(client, customer_id=customer_id, amount=amount)
        await support.contract(client, deal["id"], sign_date=today().isoformat())
    rules = {
        "match": "all",
        "conditions": [
            {"metric": "revenue_12m", "op": "gte", "value": "500000"},
            {"metric": "deal_count_12m", "op": "gte", "value": 1},
        ],
    }
    await ok(await client.patch("/api/v1/customer-policy", json={"key_account_rules": rules}))
    candidates = (await ok(await client.get("/api/v1/key-account-candidates")))["items"]
    assert [c["id"] for c in candidates] == [big]


async def test_a_leavers_deals_go_to_the_successor(
    app: Any, client: httpx.AsyncClient, db: TestDatabase
) -> None:
    org = await _org(app, client, db)
    customer_id = await support.customer(client, owner_id=org.ids["R1"])
    deal = await support.deal(client, customer_id, owner_id=org.ids["R1"])
    response = await client.post(
        f"/api/v1/employees/{org.ids['R1']}/changes",
        json={"kind": "resignation", "successor_id": org.ids["R2"]},
    )
    assert response.status_code == 201, response.text
    moved = await ok(await client.get(f"{OPPORTUNITIES}/{deal['id']}"))
    assert moved["owner_id"] == org.ids["R2"]


async def test_amounts_stay_exact_when_summed(client: httpx.AsyncClient) -> None:
    product = await support.product(client, price="0.01", cost="0.00")
    deal = await support.deal(client)
    for _ in range(3):
        await support.add_line(client, deal["id"], product["id"], quantity="0.3333")
    total = await ok(await client.get(f"{OPPORTUNITIES}/{deal['id']}"))
    # Each line rounds on its own: 0.3333 × 0.01 = 0.003333 → 0.00.
    assert total["amount"] == "0.00"
    assert Decimal(total["amount"]) == Decimal("0.00")
