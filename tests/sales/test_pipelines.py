"""Pipelines as data: stages replaced as a list, the default pipeline, what deals hold on to."""

from __future__ import annotations

from typing import Any

import httpx

from tests.sales import support
from tests.sales.support import LOSS_REASONS, OPPORTUNITIES, PIPELINES, ok


def _code(response: httpx.Response, status: int) -> str:
    assert response.status_code == status, response.text
    code: str = response.json()["code"]
    return code


async def _pipeline(client: httpx.AsyncClient, **fields: Any) -> dict[str, Any]:
    payload = {
        "name": "渠道销售",
        "stages": [
            {"name": "报备", "probability": 20},
            {"name": "试用", "probability": 60, "forecast_category": "commit"},
            {"name": "成交", "kind": "won"},
            {"name": "流失", "kind": "lost"},
        ],
        **fields,
    }
    return await ok(await client.post(PIPELINES, json=payload), 201)


async def test_stages_are_replaced_as_a_list(client: httpx.AsyncClient) -> None:
    pipeline = await _pipeline(client)
    register, trial, won, lost = pipeline["stages"]
    assert [(s["name"], s["position"], s["forecast_category"]) for s in pipeline["stages"]] == [
        ("报备", 0, "pipeline"),
        ("试用", 1, "commit"),
        ("成交", 2, "closed"),
        ("流失", 3, "omitted"),
    ]
    url = f"{PIPELINES}/{pipeline['id']}"
    updated = await ok(
        await client.patch(
            url,
            json={
                "stages": [
                    {"id": register["id"], "name": "报备登记", "probability": 15},
                    {"name": "商务洽谈", "probability": 40},
                    {"id": won["id"], "name": "成交", "kind": "won"},
                    {"id": lost["id"], "name": "流失", "kind": "lost"},
                ]
            },
        )
    )
    assert updated["version"] == pipeline["version"] + 1
    stages = updated["stages"]
    assert [s["name"] for s in stages] == ["报备登记", "商务洽谈", "成交", "流失"]
    assert stages[0]["id"] == register["id"]
    assert trial["id"] not in {s["id"] for s in stages}
    foreign = await support.default_pipeline(client)
    response = await client.patch(
        url,
        json={
            "stages": [
                {"id": foreign["stages"][0]["id"], "name": "借用"},
                {"name": "赢", "kind": "won"},
                {"name": "输", "kind": "lost"},
            ]
        },
    )
    assert response.status_code == 422
    assert response.json()["errors"][0]["loc"] == ["body", "stages", 0, "id"]


async def test_a_stage_holding_deals_stays(client: httpx.AsyncClient) -> None:
    pipeline = await _pipeline(client)
    register, trial, won, lost = pipeline["stages"]
    deal = await support.deal(client, pipeline_id=pipeline["id"], stage_id=trial["id"])
    assert deal["probability"] == 60
    url = f"{PIPELINES}/{pipeline['id']}"
    keep_others = [
        {"id": register["id"], "name": "报备"},
        {"id": won["id"], "name": "成交", "kind": "won"},
        {"id": lost["id"], "name": "流失", "kind": "lost"},
    ]
    assert _code(await client.patch(url, json={"stages": keep_others}), 409) == "stage_in_use"
    turned = [
        {"id": register["id"], "name": "报备"},
        {"id": trial["id"], "name": "试用", "kind": "won"},
        {"name": "新流失", "kind": "lost"},
    ]
    assert _code(await client.patch(url, json={"stages": turned}), 409) == "stage_in_use"
    assert _code(await client.delete(url), 409) == "pipeline_in_use"
    await ok(
        await client.post(
            f"{OPPORTUNITIES}/{deal['id']}/lose",
            json={
                "loss_reason_id": await support.loss_reason(client),
            },
        )
    )
    assert _code(await client.delete(url), 409) == "pipeline_in_use"  # closed deals too


async def test_one_default_pipeline_at_a_time(client: httpx.AsyncClient) -> None:
    seeded = await support.default_pipeline(client)
    url = f"{PIPELINES}/{seeded['id']}"
    assert _code(await client.patch(url, json={"is_default": False}), 409) == (
        "pipeline_is_default"
    )
    assert _code(await client.patch(url, json={"active": False}), 409) == "pipeline_is_default"
    assert _code(await client.delete(url), 409) == "pipeline_is_default"
    new = await _pipeline(client, is_default=True)
    assert new["is_default"] is True
    assert (await ok(await client.get(url)))["is_default"] is False
    deal = await support.deal(client)
    assert (deal["pipeline_id"], deal["stage_id"]) == (new["id"], new["stages"][0]["id"])
    # An inactive pipeline takes no new deals.
    await ok(await client.patch(url, json={"active": False}))
    response = await client.post(
        OPPORTUNITIES,
        json={
            "name": "旧流程",
            "customer_id": await support.customer(client),
            "expected_close_date": "2027-01-01",
            "pipeline_id": seeded["id"],
        },
    )
    assert response.status_code == 422
    assert response.json()["errors"][0]["loc"] == ["body", "pipeline_id"]


async def test_an_inactive_loss_reason_is_not_given_to_a_lost_deal(
    client: httpx.AsyncClient,
) -> None:
    reason = await ok(
        await client.post(LOSS_REASONS, json={"code": "old", "name": "旧原因", "active": False}),
        201,
    )
    deal = await support.deal(client)
    response = await client.post(
        f"{OPPORTUNITIES}/{deal['id']}/lose", json={"loss_reason_id": reason["id"]}
    )
    assert response.status_code == 422
    assert response.json()["errors"][0]["loc"] == ["body", "loss_reason_id"]
