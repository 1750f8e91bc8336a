"""Products: the generic contract plus the catalogue's own rules."""

from __future__ import annotations

from typing import Any, ClassVar

import httpx

from tests.contract.crud import CrudContract

PATH = "/api/v1/products"
NAMES = ["张伟办公套件", "Widget Basic", "Widget Pro", "李娜数据服务", "Gadget Mini", "Gadget Max"]


class TestProductContract(CrudContract):
    path = PATH
    echo_fields: ClassVar = ("code", "name", "category", "unit", "list_price", "currency")
    update_payload: ClassVar[Any] = {
        "name": "Widget Ultra",
        "list_price": "2999.90",
        "active": False,
    }
    required_field = "name"
    invalid_payloads: ClassVar[Any] = [
        ({"list_price": "-1.00"}, "list_price"),
        ({"list_price": "1.005"}, "list_price"),
        ({"list_price": "abc"}, "list_price"),
        ({"currency": "rmb"}, "currency"),
        ({"code": ""}, "code"),
        ({"code": "has space"}, "code"),
        ({"name": "x" * 201}, "name"),
        ({"active": "maybe"}, "active"),
    ]
    sort_fields: ClassVar = ("created_at", "updated_at", "code", "name", "list_price")
    filter_cases: ClassVar[Any] = [
        ({"category": "software"}, lambda p: p["category"] == "software"),
        ({"active": "false"}, lambda p: p["active"] is False),
        ({"list_price_min": "300.00"}, lambda p: float(p["list_price"]) >= 300),
        (
            {"list_price_min": "200.00", "list_price_max": "400.00", "category": "service"},
            lambda p: 200 <= float(p["list_price"]) <= 400 and p["category"] == "service",
        ),
    ]
    search_cases: ClassVar = [
        ("zhangwei", 1),
        ("zw", 1),
        ("张伟", 1),
        ("ln", 4),
        ("W-0003", 3),
        ("pro", 3),
    ]

    def make_payload(self, n: int) -> dict[str, Any]:
        return {
            "code": f"W-{n:04d}",
            "name": NAMES[(n - 1) % len(NAMES)] + ("" if n <= len(NAMES) else f" {n}"),
            "category": "software" if n % 2 else "service",
            "unit": "套",
            "list_price": f"{n * 100}.50",
            "standard_cost": f"{n * 40}.25",
            "currency": "CNY",
            "active": n % 3 != 0,
        }


async def test_duplicate_code_is_409_naming_the_field(client: httpx.AsyncClient) -> None:
    payload = TestProductContract().make_payload(1)
    assert (await client.post(PATH, json=payload)).status_code == 201
    response = await client.post(PATH, json={**payload, "name": "another"})
    assert response.status_code == 409
    problem = response.json()
    assert problem["code"] == "duplicate"
    assert problem["field"] == "code"
    listed = (await client.get(PATH, params={"include_total": "true"})).json()
    assert listed["total"] == 1


async def test_code_of_a_deleted_product_can_be_reused_but_not_restored_twice(
    client: httpx.AsyncClient,
) -> None:
    payload = TestProductContract().make_payload(1)
    first = (await client.post(PATH, json=payload)).json()
    assert (await client.delete(f"{PATH}/{first['id']}")).status_code == 204
    second = await client.post(PATH, json=payload)
    assert second.status_code == 201
    clash = await client.post(f"{PATH}/{first['id']}/restore")
    assert clash.status_code == 409
    assert clash.json()["field"] == "code"


async def test_money_is_an_exact_two_place_string(client: httpx.AsyncClient) -> None:
    payload = {**TestProductContract().make_payload(1), "list_price": 12500, "standard_cost": "0.1"}
    body = (await client.post(PATH, json=payload)).json()
    assert body["list_price"] == "12500.00"
    assert body["standard_cost"] == "0.10"
    big = {**TestProductContract().make_payload(2), "list_price": "99999999999999.99"}
    created = await client.post(PATH, json=big)
    assert created.status_code == 201
    assert created.json()["list_price"] == "99999999999999.99"


async def test_defaults_apply(client: httpx.AsyncClient) -> None:
    body = (
        await client.post(PATH, json={"code": "MIN-1", "name": "最小", "list_price": "1"})
    ).json()
    assert body["currency"] == "CNY"
    assert body["unit"] == "件"
    assert body["active"] is True
    assert body["standard_cost"] == "0.00"
