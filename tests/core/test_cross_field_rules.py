"""Rules across fields, which JSON Schema cannot state, answer a 422 whose error type names the
rule (``range_reversed``, ``period_too_long``, ``pipeline_stages``): a client can tell them from
a shape error, and the contract fuzzer's hooks drop exactly these (docs/contract-testing.md)."""

from __future__ import annotations

from typing import Any

import httpx

from tests.sales import support

STAGES = [
    {"name": "报备", "probability": 20},
    {"name": "成交", "kind": "won"},
    {"name": "流失", "kind": "lost"},
]


def _errors(response: httpx.Response) -> list[tuple[list[Any], str]]:
    assert response.status_code == 422, response.text
    return [(error["loc"], error["type"]) for error in response.json()["errors"]]


async def test_a_reversed_or_too_long_period_names_its_rule(client: httpx.AsyncClient) -> None:
    reversed_ = await client.get(
        support.WIN_LOSS, params={"closed_from": "2026-06-01", "closed_to": "2026-05-01"}
    )
    assert _errors(reversed_) == [(["query"], "range_reversed")]
    assert "closed_to is before closed_from" in reversed_.json()["errors"][0]["msg"]
    too_long = await client.get(
        "/api/v1/visits/stats",
        params={"checked_out_from": "2010-01-01", "checked_out_to": "2026-01-01"},
    )
    assert _errors(too_long) == [(["query"], "period_too_long")]
    fine = await client.get(
        support.WIN_LOSS, params={"closed_from": "2026-05-01", "closed_to": "2026-06-01"}
    )
    assert fine.status_code == 200, fine.text


async def test_a_contract_ending_before_it_starts_names_its_rule(
    client: httpx.AsyncClient,
) -> None:
    deal = await support.won_deal(client)
    response = await client.post(
        "/api/v1/contracts",
        json={
            "opportunity_id": deal["id"],
            "sign_date": "2026-02-20",
            "start_date": "2026-03-01",
            "end_date": "2026-02-01",
        },
    )
    assert _errors(response) == [(["body"], "range_reversed")]


async def test_the_shape_of_a_pipelines_stages_names_its_rule(client: httpx.AsyncClient) -> None:
    for stages in (
        [STAGES[0], {"name": "试用"}, STAGES[1]],  # no lost stage
        [*STAGES, {"name": "再次成交", "kind": "won"}],  # two won stages
        [*STAGES[1:], {"name": "再次流失", "kind": "lost"}],  # no open stage (and two lost)
        [*STAGES, {"name": "报备"}],  # a name twice
    ):
        response = await client.post("/api/v1/pipelines", json={"name": "渠道", "stages": stages})
        assert _errors(response) == [(["body", "stages"], "pipeline_stages")], stages
    for index, stage in (
        (1, {"name": "成交", "kind": "won", "probability": 50}),
        (2, {"name": "流失", "kind": "lost", "forecast_category": "commit"}),
        (0, {"name": "报备", "forecast_category": "closed"}),
    ):
        stages = [*STAGES]
        stages[index] = stage
        response = await client.post("/api/v1/pipelines", json={"name": "渠道", "stages": stages})
        assert _errors(response) == [(["body", "stages", index], "pipeline_stages")], stage
    created = await client.post("/api/v1/pipelines", json={"name": "渠道", "stages": STAGES})
    assert created.status_code == 201, created.text


async def test_a_tasks_contact_comes_with_its_customer(client: httpx.AsyncClient) -> None:
    """``dependentRequired`` states it in the contract; the server answers the 422 it states."""
    schema = (await client.get("/openapi.json")).json()["components"]["schemas"]["TaskCreate"]
    assert schema["dependentRequired"] == {"contact_id": ["customer_id"]}
    customer = await support.customer(client)
    contact = await support.ok(
        await client.post("/api/v1/contacts", json={"customer_id": customer, "name": "王经理"}), 201
    )
    alone = await client.post(
        "/api/v1/tasks", json={"subject": "回访", "contact_id": contact["id"]}
    )
    assert _errors(alone) == [(["body", "contact_id"], "parent_required")]
    # The contract states the key must be there; that it is not null beside the contact is
    # the refusal's own type (found by the contract fuzzer).
    null = {"subject": "回访", "contact_id": contact["id"], "customer_id": None}
    assert _errors(await client.post("/api/v1/tasks", json=null)) == [
        (["body", "contact_id"], "parent_required")
    ]
    both = {"subject": "回访", "contact_id": contact["id"], "customer_id": customer}
    assert (await client.post("/api/v1/tasks", json=both)).status_code == 201


async def test_coordinates_come_as_a_pair_and_a_key_expires_in_the_future(
    client: httpx.AsyncClient,
) -> None:
    schemas = (await client.get("/openapi.json")).json()["components"]["schemas"]
    pair = {"latitude": ["longitude"], "longitude": ["latitude"]}
    assert schemas["CustomerUpdate"]["dependentRequired"] == {**pair, "stage_reason": ["stage"]}
    customer = await support.customer(client)
    url = f"/api/v1/customers/{customer}"
    for body in ({"latitude": 31.2}, {"latitude": 31.2, "longitude": None}):
        assert _errors(await client.patch(url, json=body)) == [(["body"], "coordinates_pair")]
    both = await client.patch(url, json={"latitude": 31.2, "longitude": 121.5})
    assert both.status_code == 200, both.text
    past = {"name": "ERP", "permissions": ["customer:read"], "expires_at": "2020-01-01T00:00:00Z"}
    refused = await client.post("/api/v1/api-keys", json=past)
    assert _errors(refused) == [(["body", "expires_at"], "date_out_of_window")]


async def test_a_stage_reason_comes_with_a_stage_change(client: httpx.AsyncClient) -> None:
    """Found by the contract fuzzer: a customer's ``stage_reason`` alone was a 422 its schema did
    not state; the schema now says it needs ``stage``, and a deal (whose stage also moves with
    its pipeline) names the same rule."""
    customer = await support.customer(client)
    url = f"/api/v1/customers/{customer}"
    alone = await client.patch(url, json={"stage_reason": "没有阶段"})
    assert _errors(alone) == [(["body", "stage_reason"], "stage_missing")]
    moved = await client.patch(url, json={"stage": "new", "stage_reason": "首单签约"})
    assert moved.status_code == 200, moved.text
    deal = await support.deal(client)
    unchanged = await client.patch(
        f"/api/v1/opportunities/{deal['id']}", json={"stage_reason": "没有变化"}
    )
    assert _errors(unchanged) == [(["body", "stage_reason"], "stage_missing")]
