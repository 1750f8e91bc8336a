"""Contracts from won deals, payment plans, payments received, receivables and overdue flags."""

from __future__ import annotations

import asyncio
from datetime import timedelta
from typing import Any

import httpx

from salescrm.core.clock import today
from tests.sales import support
from tests.sales.support import CONTRACTS, OPPORTUNITIES, PAYMENTS, ok


def _problem(response: httpx.Response, status: int, code: str) -> dict[str, Any]:
    assert response.status_code == status, response.text
    body: dict[str, Any] = response.json()
    assert body["code"] == code, body
    return body


async def _pay(
    http: httpx.AsyncClient, contract_id: str, amount: str, **fields: Any
) -> httpx.Response:
    payload = {"contract_id": contract_id, "amount": amount, "received_on": "2026-11-20", **fields}
    return await http.post(PAYMENTS, json=payload)


async def test_a_contract_is_made_from_a_won_deal_with_its_lines(client: httpx.AsyncClient) -> None:
    product = await support.product(client, price="1200.00", cost="700.00")
    deal = await support.deal(client)
    await support.add_line(client, deal["id"], product["id"], quantity="5", discount="10.00")
    response = await client.post(
        CONTRACTS, json={"opportunity_id": deal["id"], "sign_date": "2026-11-01"}
    )
    _problem(response, 409, "opportunity_not_won")
    await ok(await client.post(f"{OPPORTUNITIES}/{deal['id']}/win", json={}))
    contract = await support.contract(client, deal["id"])
    assert contract["number"] == "HT20261101-001"
    assert (contract["amount"], contract["cost"], contract["margin"]) == (
        "5400.00",
        "3500.00",
        "1900.00",
    )
    assert (contract["customer_id"], contract["title"]) == (deal["customer_id"], deal["name"])
    [line] = contract["line_items"]
    assert (line["quantity"], line["unit_price"], line["discount"], line["amount"]) == (
        "5",
        "1200.00",
        "10.00",
        "5400.00",
    )
    # No plan given: the whole amount is due on the sign date.
    assert [(i["due_date"], i["amount"], i["received"]) for i in contract["payment_plan"]] == [
        ("2026-11-01", "5400.00", "0.00")
    ]
    assert (contract["received"], contract["outstanding"], contract["next_due_date"]) == (
        "0.00",
        "5400.00",
        "2026-11-01",
    )
    assert contract["overdue"] is True
    assert contract["overdue_amount"] == "5400.00"
    second = await support.contract(client, deal["id"])
    assert second["number"] == "HT20261101-002"


async def test_payments_fill_the_plan_in_due_order(client: httpx.AsyncClient) -> None:
    deal = await support.won_deal(client, amount="30000.00")  # priced by hand: cost unknown
    later = today() + timedelta(days=30)
    contract = await support.contract(
        client,
        deal["id"],
        payment_plan=[
            {"due_date": "2026-10-01", "amount": "10000.00", "note": "首付款"},
            {"due_date": "2026-11-01", "amount": "10000.00"},
            {"due_date": later.isoformat(), "amount": "10000.00", "note": "尾款"},
        ],
    )
    url = f"{CONTRACTS}/{contract['id']}"
    assert (contract["cost"], contract["margin"], contract["line_items"]) == (None, None, [])
    assert contract["overdue_amount"] == "20000.00"
    first = await ok(await _pay(client, contract["id"], "15000.00"), 201)
    assert (first["currency"], first["customer_id"]) == ("CNY", deal["customer_id"])
    now = await ok(await client.get(url))
    assert [i["received"] for i in now["payment_plan"]] == ["10000.00", "5000.00", "0.00"]
    assert (now["received"], now["outstanding"], now["next_due_date"]) == (
        "15000.00",
        "15000.00",
        "2026-11-01",
    )
    assert (now["overdue"], now["overdue_amount"]) == (True, "5000.00")
    await ok(await _pay(client, contract["id"], "5000.00", method="acceptance_bill"), 201)
    now = await ok(await client.get(url))
    assert (now["next_due_date"], now["overdue"], now["overdue_amount"]) == (
        later.isoformat(),
        False,
        "0.00",
    )
    overdue = (await ok(await client.get(CONTRACTS, params={"overdue": "true"})))["items"]
    assert contract["id"] not in {c["id"] for c in overdue}
    current = (await ok(await client.get(CONTRACTS, params={"overdue": "false"})))["items"]
    assert contract["id"] in {c["id"] for c in current}
    # Deleting a payment puts the receivable back; restoring it takes it again.
    deleted = await client.delete(f"{PAYMENTS}/{first['id']}")
    assert deleted.status_code == 204
    assert (await ok(await client.get(url)))["received"] == "5000.00"
    await ok(await client.post(f"{PAYMENTS}/{first['id']}/restore"))
    assert (await ok(await client.get(url)))["received"] == "20000.00"


async def test_an_overpayment_is_refused_unless_flagged(client: httpx.AsyncClient) -> None:
    deal = await support.won_deal(client, amount="1000.00")
    contract = await support.contract(client, deal["id"])
    url = f"{CONTRACTS}/{contract['id']}"
    await ok(await _pay(client, contract["id"], "900.00"), 201)
    body = _problem(await _pay(client, contract["id"], "100.01"), 409, "overpayment")
    assert "1000.01" in body["detail"]
    assert (await ok(await client.get(url)))["received"] == "900.00"
    payments = await ok(await client.get(PAYMENTS, params={"contract_id": contract["id"]}))
    assert len(payments["items"]) == 1
    flagged = await ok(await _pay(client, contract["id"], "150.00", overpayment=True), 201)
    assert flagged["overpayment"] is True
    after = await ok(await client.get(url))
    assert (after["received"], after["outstanding"], after["next_due_date"]) == (
        "1050.00",
        "0.00",
        None,
    )
    # Raising a payment past the amount is the same question.
    response = await client.patch(
        f"{PAYMENTS}/{payments['items'][0]['id']}", json={"amount": "950.00"}
    )
    _problem(response, 409, "overpayment")


async def test_concurrent_payments_cannot_both_pass_the_check(client: httpx.AsyncClient) -> None:
    deal = await support.won_deal(client, amount="1000.00")
    contract = await support.contract(client, deal["id"])
    responses = await asyncio.gather(*(_pay(client, contract["id"], "600.00") for _ in range(3)))
    assert sorted(r.status_code for r in responses) == [201, 409, 409], [r.text for r in responses]
    assert (await ok(await client.get(f"{CONTRACTS}/{contract['id']}")))["received"] == "600.00"


async def test_a_new_plan_must_add_up_and_keeps_what_was_received(
    client: httpx.AsyncClient,
) -> None:
    deal = await support.won_deal(client, amount="2000.00")
    contract = await support.contract(client, deal["id"])
    url = f"{CONTRACTS}/{contract['id']}"
    await ok(await _pay(client, contract["id"], "500.00"), 201)
    response = await client.patch(
        url, json={"payment_plan": [{"due_date": "2027-01-01", "amount": "1999.99"}]}
    )
    problem = _problem(response, 422, "validation_error")
    assert problem["errors"][0]["loc"] == ["body", "payment_plan"]
    updated = await ok(
        await client.patch(
            url,
            json={
                "payment_plan": [
                    {"due_date": "2027-01-01", "amount": "1000.00"},
                    {"due_date": "2027-02-01", "amount": "1000.00"},
                ]
            },
        )
    )
    assert [(i["due_date"], i["received"]) for i in updated["payment_plan"]] == [
        ("2027-01-01", "500.00"),
        ("2027-02-01", "0.00"),
    ]
    assert (updated["next_due_date"], updated["overdue"]) == ("2027-01-01", False)
    response = await client.patch(url, json={"start_date": "2027-01-01", "end_date": "2026-01-01"})
    assert response.status_code == 422


async def test_terminated_contracts_take_no_payments_and_paid_ones_stay(
    client: httpx.AsyncClient,
) -> None:
    deal = await support.won_deal(client, amount="800.00")
    contract = await support.contract(client, deal["id"])
    url = f"{CONTRACTS}/{contract['id']}"
    payment = await ok(await _pay(client, contract["id"], "100.00"), 201)
    _problem(await client.delete(url), 409, "contract_has_payments")
    await ok(await client.patch(url, json={"status": "terminated"}))
    _problem(await _pay(client, contract["id"], "100.00"), 409, "contract_terminated")
    assert (await client.delete(f"{PAYMENTS}/{payment['id']}")).status_code == 204
    assert (await client.delete(url)).status_code == 204


async def test_a_payment_needs_a_contract_the_caller_may_change(client: httpx.AsyncClient) -> None:
    response = await _pay(client, "01890a5d-ac96-774b-bcce-b302099a8001", "1.00")
    assert response.status_code == 422
    assert response.json()["errors"][0]["loc"] == ["body", "contract_id"]
