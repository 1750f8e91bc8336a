"""Shared data for the customer tests: valid credit codes, phones and payloads."""

from __future__ import annotations

from typing import Any

import httpx

from salescrm.customers.rules import credit_code_check_char

CUSTOMERS = "/api/v1/customers"
CONTACTS = "/api/v1/contacts"
TIERS = "/api/v1/customer-tiers"
POLICY = "/api/v1/customer-policy"


def credit_code(n: int) -> str:
    """A unified social credit code with a correct check character, distinct for each ``n``."""
    body = f"91310000MA{n:07d}"
    return body + credit_code_check_char(body)


def mobile(n: int) -> str:
    return f"139{n:08d}"


async def create_customer(http: httpx.AsyncClient, name: str, **fields: Any) -> dict[str, Any]:
    response = await http.post(CUSTOMERS, json={"name": name, **fields})
    assert response.status_code == 201, response.text
    body: dict[str, Any] = response.json()
    return body
