"""Money bounds (issue 12, item 1): no amount a rep may enter, alone or summed with others,
breaks a list or a report of anyone above them; and closing dates stay near today (item 7d).

Every amount a record holds — typed, computed or summed within the record — lies within
``MONEY_MAX``; sums over many records (reports) are exact and answer at any size. The rep
builds the worst case the API accepts; the rep, their manager, the director, finance and the
administrator must all keep getting 200 with it.
"""

from __future__ import annotations

import uuid
from datetime import timedelta
from decimal import Decimal
from typing import Any

import httpx
import pytest
from pydantic import ValidationError
from sqlalchemy import insert, select

from salescrm.app import create_app
from salescrm.config import Settings
from salescrm.core.clock import today
from salescrm.core.db.types import MONEY_MAX
from salescrm.core.ids import new_id
from salescrm.sales.models import Contract, Opportunity, OpportunityCompetitor
from tests.conftest import TestDatabase, http_client, make_settings
from tests.contract.matrix import build_org
from tests.org.support import error_locs, staff_member
from tests.sales import support
from tests.sales.support import CONTRACTS, OPPORTUNITIES, PAYMENTS, WIN_LOSS, line_items, ok

MAX = "99999999999999.99"
#: The issue's line: valid on its own (99 999 990 000 000.00), but two of them are not.
ATTACK_LINE = {"quantity": "1000000000", "unit_price": "99999.99"}
#: The rep and everyone above them whose scope covers the rep's records.
VIEWERS = ("R1", "M1", "D", "finance", "admin")


def test_the_bound_is_the_one_the_api_documents() -> None:
    assert Decimal(MAX) == MONEY_MAX


async def _people(app: Any, client: httpx.AsyncClient, db: TestDatabase) -> dict[str, str]:
    """Tokens of the rep R1, their manager M1, the director D, finance and the admin."""
    org = await build_org(app, client, db, ["opportunity:read"])
    _, finance = await staff_member(
        app, client, "财务甲", db.root_department_id, username="money.finance", roles=("finance",)
    )
    return {**{key: org.tokens[key] for key in ("R1", "M1", "D", "admin")}, "finance": finance}


def _refused(response: httpx.Response, *fields: str) -> None:
    assert response.status_code == 422, response.text
    assert response.headers["content-type"].startswith("application/problem+json")
    assert error_locs(response) == [["body", f] for f in fields], response.text


async def _everyone_lists(
    app: Any, tokens: dict[str, str], path: str, record_id: str, **expected: Any
) -> None:
    """Every viewer's list of ``path`` answers 200 and shows the record as expected."""
    for viewer in VIEWERS:
        async with http_client(app, tokens[viewer]) as http:
            listed = await ok(await http.get(path, params={"limit": 200}))
            [record] = [r for r in listed["items"] if r["id"] == record_id]
            assert {k: record[k] for k in expected} == expected, viewer
            await ok(await http.get(f"{path}/{record_id}"))


# ----- line items: the product and the deal's total ------------------------------------------
async def test_line_items_that_leave_the_bounds_are_refused_and_every_role_still_lists(
    app: Any, client: httpx.AsyncClient, db: TestDatabase
) -> None:
    tokens = await _people(app, client, db)
    product = await support.product(client, price="1.00", cost="0.00")
    line = {"product_id": product["id"]}
    async with http_client(app, tokens["R1"]) as rep:
        deal = await support.deal(rep, await support.customer(rep))
        path = line_items(deal["id"])
        first = await ok(await rep.post(path, json={**line, **ATTACK_LINE}), 201)
        assert first["amount"] == "99999990000000.00"
        # The second and third line: each valid alone, their sum is not.
        for _ in range(2):
            _refused(await rep.post(path, json={**line, **ATTACK_LINE}), "quantity", "unit_price")
        # One line whose product alone leaves the bounds (it used to fail its insert: 500).
        huge = {**line, "quantity": "999999999999.9999", "unit_price": MAX}
        _refused(await rep.post(path, json=huge), "quantity", "unit_price")
        # Filled up to exactly the bound: 99 999 990 000 000.00 + 9 999 999.99.
        half = {**line, "quantity": "2", "unit_price": "9999999.99", "discount": "50.00"}
        second = await ok(await rep.post(path, json=half), 201)
        full = await ok(await rep.get(f"{OPPORTUNITIES}/{deal['id']}"))
        assert (full["amount"], full["line_item_count"]) == (MAX, 2)
        # One cent more, by a new line or by raising one, is refused; nothing is written.
        cent = {**line, "quantity": "0.01"}  # at the product's price: only quantity is sent
        _refused(await rep.post(path, json=cent), "quantity")
        _refused(
            await rep.patch(f"{path}/{first['id']}", json={"quantity": "1000000000.0001"}),
            "quantity",
        )
        _refused(await rep.patch(f"{path}/{second['id']}", json={"discount": "0.00"}), "discount")
        after = await ok(await rep.get(f"{OPPORTUNITIES}/{deal['id']}"))
        assert (after["amount"], after["line_item_count"], after["version"]) == (
            MAX,
            2,
            full["version"],
        )
        assert len((await ok(await rep.get(path)))["items"]) == 2
        # Deleting a line and restoring it once its room is taken is refused too.
        assert (await rep.delete(f"{path}/{second['id']}")).status_code == 204
        await ok(await rep.post(path, json=half), 201)
        restored = await rep.post(f"{path}/{second['id']}/restore")
        assert restored.status_code == 422, restored.text
        assert error_locs(restored) == [["line_item", "amount"]]
    assert full["probability"] == 10  # weighted: 9 999 999 999 999.999 rounds half-up
    await _everyone_lists(
        app, tokens, OPPORTUNITIES, deal["id"], amount=MAX, weighted_amount="10000000000000.00"
    )
    async with http_client(app, tokens["finance"]) as finance:
        seen = await ok(await finance.get(f"{OPPORTUNITIES}/{deal['id']}"))
        assert (seen["amount"], seen["cost"], seen["margin"], seen["margin_percent"]) == (
            MAX,
            "0.00",
            MAX,
            "100.00",
        )


async def test_a_line_whose_cost_leaves_the_bounds_is_accepted_with_its_cost_unknown(
    app: Any, client: httpx.AsyncClient, db: TestDatabase
) -> None:
    """The cost is the product's, hidden from the rep, so no answer may depend on it (review of
    issue 12, finding 2: refusing a line for its cost told the rep the cost by bisection). A
    line or a deal whose cost would leave the bounds is accepted like any other; its cost is
    recorded as unknown, which only margin:read holders see (``cost_known``)."""
    tokens = await _people(app, client, db)
    product = await support.product(client, price="0.01", cost=MAX)
    async with http_client(app, tokens["R1"]) as rep:
        deal = await support.deal(rep, await support.customer(rep))
        path = line_items(deal["id"])
        one = await support.add_line(rep, deal["id"], product["id"], quantity="1")
        two = await support.add_line(rep, deal["id"], product["id"], quantity="2")  # line cost
        three = await support.add_line(rep, deal["id"], product["id"], quantity="1")  # deal's
        assert one.keys() == two.keys() == three.keys()
        assert not {"cost", "margin", "unit_cost", "cost_known"} & one.keys()
        seen = await ok(await rep.get(f"{OPPORTUNITIES}/{deal['id']}"))
        assert (seen["amount"], seen["line_item_count"]) == ("0.04", 3)
        assert not {"cost", "margin", "margin_percent", "cost_known"} & seen.keys()
    async with http_client(app, tokens["finance"]) as finance:
        lines = {r["id"]: r for r in (await ok(await finance.get(path)))["items"]}
        known = [(lines[x["id"]]["cost"], lines[x["id"]]["cost_known"]) for x in (one, two, three)]
        assert known == [(MAX, True), (None, False), (MAX, True)]
        assert lines[two["id"]]["margin"] is None
        full = await ok(await finance.get(f"{OPPORTUNITIES}/{deal['id']}"))
        assert (full["cost"], full["margin"], full["margin_percent"], full["cost_known"]) == (
            None,
            None,
            None,
            False,
        )
    async with http_client(app, tokens["R1"]) as rep:
        for line in (two, three):
            assert (await rep.delete(f"{path}/{line['id']}")).status_code == 204
    async with http_client(app, tokens["finance"]) as finance:
        back = await ok(await finance.get(f"{OPPORTUNITIES}/{deal['id']}"))
        assert (back["cost"], back["cost_known"]) == (MAX, True)
    await _everyone_lists(app, tokens, OPPORTUNITIES, deal["id"], amount="0.01")


async def test_a_contract_keeps_an_unknown_cost_unknown(client: httpx.AsyncClient) -> None:
    """A contract copies its deal's lines: an unknown cost stays unknown (null), not 0."""
    product = await support.product(client, price="0.01", cost=MAX)
    deal = await support.deal(client, await support.customer(client))
    await support.add_line(client, deal["id"], product["id"], quantity="1")
    await support.add_line(client, deal["id"], product["id"], quantity="2")
    await ok(await client.post(f"{OPPORTUNITIES}/{deal['id']}/win", json={}))
    made = await support.contract(client, deal["id"])
    assert (made["amount"], made["cost"], made["margin"]) == ("0.03", None, None)
    lines = sorted(made["line_items"], key=lambda line: line["quantity"])
    assert [(line["cost"], line["cost_known"]) for line in lines] == [(MAX, True), (None, False)]


async def test_the_rep_cannot_bisect_the_hidden_cost(
    app: Any, client: httpx.AsyncClient, db: TestDatabase
) -> None:
    """The reviewer's attack: at a unit price of 0 only the cost could make a line fail, so
    201 or 422 answered "is quantity × cost past the bound?". Every quantity is accepted now,
    with the same fields, whatever the cost."""
    tokens = await _people(app, client, db)
    product = await support.product(client, price="1000.00", cost="617.43")
    async with http_client(app, tokens["R1"]) as rep:
        deal = await support.deal(rep, await support.customer(rep))
        path = line_items(deal["id"])
        answers = set()
        for quantity in ("1", "161958764553.3", "161958764553.4", "999999999999.9999"):
            sent = {"product_id": product["id"], "quantity": quantity, "unit_price": "0.00"}
            response = await rep.post(path, json=sent)
            answers.add((response.status_code, tuple(sorted(response.json()))))
            assert (await rep.delete(f"{path}/{response.json()['id']}")).status_code == 204
        [(status, _)] = answers
        assert status == 201
        # Nor may the deal show whether its hidden cost changed: each change of a line gives
        # it a new version, whether the cost moved (known to known) or not (unknown to unknown).
        line = await support.add_line(
            rep, deal["id"], product["id"], quantity="1", unit_price="0.00"
        )
        version = (await ok(await rep.get(f"{OPPORTUNITIES}/{deal['id']}")))["version"]
        for quantity in ("2", "999999999999.9998", "999999999999.9999"):
            await ok(await rep.patch(f"{path}/{line['id']}", json={"quantity": quantity}))
            seen = await ok(await rep.get(f"{OPPORTUNITIES}/{deal['id']}"))
            assert seen["version"] == version + 1, quantity
            version = seen["version"]


# ----- the win/loss report -------------------------------------------------------------------
async def test_lost_deals_at_the_largest_amount_keep_the_win_loss_report_answering(
    app: Any, client: httpx.AsyncClient, db: TestDatabase
) -> None:
    tokens = await _people(app, client, db)
    rival = await support.competitor(client, "大额竞品")
    reason = await support.loss_reason(client)
    async with http_client(app, tokens["R1"]) as rep:
        customer_id = await support.customer(rep)
        for _ in range(3):
            deal = await support.deal(rep, customer_id, amount=MAX)
            await ok(
                await rep.post(
                    f"{OPPORTUNITIES}/{deal['id']}/lose",
                    json={"loss_reason_id": reason, "lost_to_competitor_id": rival},
                )
            )
        too_much = {
            "name": "超额",
            "customer_id": customer_id,
            "expected_close_date": "2027-03-31",
            "amount": "100000000000000.00",
        }
        _refused(await rep.post(OPPORTUNITIES, json=too_much), "amount")
    period = {"closed_from": today().isoformat(), "closed_to": today().isoformat()}
    for viewer in VIEWERS:
        async with http_client(app, tokens[viewer]) as http:
            report = await ok(await http.get(WIN_LOSS, params=period))
            [row] = report["competitors"]
            assert row["amount_lost"] == {"CNY": "299999999999999.97"}, viewer
            assert row["amount_lost_to_them"] == {"CNY": "299999999999999.97"}, viewer
            await ok(await http.get(OPPORTUNITIES, params={"status": "lost"}))


# ----- contracts and payments ----------------------------------------------------------------
async def test_contracts_and_payments_stay_within_the_bounds(
    app: Any, client: httpx.AsyncClient, db: TestDatabase
) -> None:
    tokens = await _people(app, client, db)
    product = await support.product(client, price="1.00", cost="0.00")
    async with http_client(app, tokens["R1"]) as rep:
        deal = await support.deal(rep, await support.customer(rep))
        await support.add_line(rep, deal["id"], product["id"], **ATTACK_LINE)
        rest = {"quantity": "1", "unit_price": "9999999.99"}
        await support.add_line(rep, deal["id"], product["id"], **rest)
        await ok(await rep.post(f"{OPPORTUNITIES}/{deal['id']}/win", json={}))
        halves = [
            {"due_date": "2026-12-01", "amount": "49999999999999.99"},
            {"due_date": "2027-06-01", "amount": "50000000000000.00"},
        ]
        contract = await support.contract(rep, deal["id"], payment_plan=halves)
        assert (contract["amount"], contract["outstanding"]) == (MAX, MAX)
    async with http_client(app, tokens["finance"]) as finance:
        pay = {"contract_id": contract["id"], "received_on": today().isoformat()}
        first = await ok(await finance.post(PAYMENTS, json={**pay, "amount": MAX}), 201)
        # An overpayment may pass the contract's amount, not the bounds.
        more = {**pay, "amount": "0.01", "overpayment": True}
        _refused(await finance.post(PAYMENTS, json=more), "amount")
        assert (await finance.delete(f"{PAYMENTS}/{first['id']}")).status_code == 204
        second = await ok(await finance.post(PAYMENTS, json={**pay, "amount": "1.00"}), 201)
        rest = {**pay, "amount": "99999999999998.99"}
        await ok(await finance.post(PAYMENTS, json=rest), 201)
        raised = {"amount": "1.01", "overpayment": True}
        _refused(await finance.patch(f"{PAYMENTS}/{second['id']}", json=raised), "amount")
        restored = await finance.post(f"{PAYMENTS}/{first['id']}/restore")
        assert restored.status_code == 422, restored.text
        assert error_locs(restored) == [["payment", "amount"]]
        seen = await ok(await finance.get(f"{CONTRACTS}/{contract['id']}"))
        assert (seen["received"], seen["outstanding"]) == (MAX, "0.00")
    await _everyone_lists(app, tokens, CONTRACTS, contract["id"], amount=MAX, received=MAX)


# ----- sums over more records than 64-bit cents can hold ------------------------------------
COPIES = 1000


async def _copy(db: TestDatabase, table: Any, where: Any, **changes: Any) -> list[uuid.UUID]:
    """``COPIES`` more of the one row ``where`` selects, with new ids, written directly: a
    thousand deals of the largest amount would take minutes through the API, and the sums are
    what is tested. ``changes`` map a column to a function of the copy's number."""
    async with db.database.sessionmaker() as session:
        row = dict((await session.execute(select(table).where(where))).one()._mapping)
        rows = [
            {**row, "id": new_id(), **{k: f(n) for k, f in changes.items()}} for n in range(COPIES)
        ]
        await session.execute(insert(table), rows)
        await session.commit()
    return [r["id"] for r in rows]


async def test_report_sums_past_64_bit_cents_still_answer(
    client: httpx.AsyncClient, db: TestDatabase
) -> None:
    """1001 lost deals and 1001 contracts of the largest amount: their sums pass 2^63 cents,
    where SQLite's integer ``sum()`` fails. The report and the key-account screening answer,
    with the exact sum."""
    rival = await support.competitor(client)
    reason = await support.loss_reason(client)
    customer_id = await support.customer(client, "巨额客户有限公司")
    lost = await support.deal(client, customer_id, amount=MAX)
    entry = {"competitor_id": rival}
    await ok(await client.post(support.deal_competitors(lost["id"]), json=entry), 201)
    closing = {"loss_reason_id": reason, "lost_to_competitor_id": rival}
    await ok(await client.post(f"{OPPORTUNITIES}/{lost['id']}/lose", json=closing))
    won = await support.won_deal(client, amount=MAX, customer_id=customer_id)
    contract = await support.contract(client, won["id"], sign_date=today().isoformat())

    deals, entries = Opportunity.__table__, OpportunityCompetitor.__table__
    copies = await _copy(db, deals, deals.c.id == uuid.UUID(lost["id"]))
    await _copy(
        db,
        entries,
        entries.c.opportunity_id == uuid.UUID(lost["id"]),
        opportunity_id=lambda n: copies[n],
    )
    contracts = Contract.__table__
    await _copy(
        db, contracts, contracts.c.id == uuid.UUID(contract["id"]), number=lambda n: f"BIG-{n}"
    )
    expected = MONEY_MAX * (COPIES + 1)  # 100 099 999 999 999 989.99
    assert expected * 100 > 2**63

    period = {"closed_from": today().isoformat(), "closed_to": today().isoformat()}
    report = await ok(await client.get(WIN_LOSS, params=period))
    [row] = report["competitors"]
    assert (row["lost"], row["amount_lost"]) == (COPIES + 1, {"CNY": f"{expected:.2f}"})
    rules = {"match": "all", "conditions": [{"metric": "revenue_12m", "op": "gte", "value": MAX}]}
    await ok(await client.patch("/api/v1/customer-policy", json={"key_account_rules": rules}))
    candidates = (await ok(await client.get("/api/v1/key-account-candidates")))["items"]
    assert [c["id"] for c in candidates] == [customer_id]


# ----- closing dates (item 7d) ---------------------------------------------------------------
async def test_closing_dates_stay_within_the_window_around_today(
    client: httpx.AsyncClient,
) -> None:
    reason = await support.loss_reason(client)
    deal = await support.deal(client, amount="100.00")
    win = f"{OPPORTUNITIES}/{deal['id']}/win"
    lose = f"{OPPORTUNITIES}/{deal['id']}/lose"
    for day in ("0001-01-01", "9999-12-31", (today() + timedelta(days=1)).isoformat()):
        _refused(await client.post(win, json={"closed_on": day}), "closed_on")
        body = {"loss_reason_id": reason, "closed_on": day}
        _refused(await client.post(lose, json=body), "closed_on")
    oldest = (today() - timedelta(days=366)).isoformat()
    _refused(
        await client.post(win, json={"closed_on": (today() - timedelta(days=367)).isoformat()}),
        "closed_on",
    )
    assert (await ok(await client.post(win, json={"closed_on": oldest})))["closed_on"] == oldest
    for day in ("0001-01-01", "9999-12-31"):
        created = await client.post(
            OPPORTUNITIES,
            json={"name": "远期", "customer_id": deal["customer_id"], "expected_close_date": day},
        )
        _refused(created, "expected_close_date")
    other = await support.deal(client)
    moved = await client.patch(
        f"{OPPORTUNITIES}/{other['id']}", json={"expected_close_date": "9999-12-31"}
    )
    _refused(moved, "expected_close_date")


async def test_the_date_windows_come_from_the_settings(
    db: TestDatabase, monkeypatch: pytest.MonkeyPatch
) -> None:
    for name, value in {
        "CLOSED_ON_MAX_PAST_DAYS": "10",
        "CLOSED_ON_MAX_FUTURE_DAYS": "2",
        "EXPECTED_CLOSE_MAX_PAST_DAYS": "0",
        "EXPECTED_CLOSE_MAX_FUTURE_DAYS": "30",
    }.items():
        monkeypatch.setenv(f"SALESCRM_{name}", value)
    narrow = create_app(make_settings(db.url), database=db.database)
    async with http_client(narrow, db.admin_token) as client:
        deal = await support.deal(client, amount="1.00", expected_close_date=today().isoformat())
        win = f"{OPPORTUNITIES}/{deal['id']}/win"
        for days in (-11, 3):
            day = (today() + timedelta(days=days)).isoformat()
            _refused(await client.post(win, json={"closed_on": day}), "closed_on")
        ahead = (today() + timedelta(days=2)).isoformat()
        assert (await ok(await client.post(win, json={"closed_on": ahead})))["closed_on"] == ahead
        for days in (-1, 31):
            day = (today() + timedelta(days=days)).isoformat()
            late = await client.post(
                OPPORTUNITIES,
                json={
                    "name": "窗口",
                    "customer_id": deal["customer_id"],
                    "expected_close_date": day,
                },
            )
            _refused(late, "expected_close_date")
        await support.deal(client, expected_close_date=(today() + timedelta(days=30)).isoformat())


def test_the_date_windows_are_bounded_settings() -> None:
    with pytest.raises(ValidationError):
        Settings(closed_on_max_past_days=-1)
    with pytest.raises(ValidationError):
        Settings(expected_close_max_future_days=10**9)  # would leave the calendar: refused
