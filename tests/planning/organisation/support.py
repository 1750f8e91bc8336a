"""Helpers of the organisation planning tests."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any

import httpx
import pytest

from tests.conftest import TestDatabase, http_client

HEADCOUNT = "/api/v1/headcount-plans"
SUMMARY = "/api/v1/headcount-summary"
REQUISITIONS = "/api/v1/requisitions"
BRANCHES = "/api/v1/branches"
PARTNERS = "/api/v1/partners"
TERRITORIES = "/api/v1/territories"
APPROVALS = "/api/v1/approvals"

#: The matrix people's departments (``tests.contract.matrix.build_org``).
DEPARTMENT_OF = {
    "D": "sales",
    "M1": "team_a",
    "M2": "team_b",
    "R1": "team_a",
    "R2": "team_a",
    "R3": "team_b",
    "R4": "team_b",
    "V": "team_a",
    "S": "service",
}


class RootDepartment:
    """A contract whose payloads name the admin's (root) department."""

    department: str = ""

    @pytest.fixture
    async def client(self, app: Any, db: TestDatabase) -> AsyncIterator[httpx.AsyncClient]:
        type(self).department = db.root_department_id
        async with http_client(app, db.admin_token) as http:
            yield http
