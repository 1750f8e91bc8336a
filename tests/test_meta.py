"""Guards that keep every resource on the shared mechanisms.

They read the OpenAPI document (the public description of every operation), so a new
router cannot slip past them.
"""

from __future__ import annotations

import importlib
import json
import re
from pathlib import Path
from typing import Any

import httpx

from tests.conftest import published_document
from tests.contract.crud import COVERED_PATHS
from tests.contract.matrix import MATRIX_PATHS

#: Read-only collections are covered by their own tests instead of the write contract.
READ_ONLY = {
    "/api/v1/audit-events",
    "/api/v1/events",
    "/api/v1/login-events",
    "/api/v1/notifications",
    "/api/v1/customer-pool",
    "/api/v1/key-account-candidates",
    "/api/v1/customers/{record_id}/events",
    "/api/v1/opportunities/{record_id}/stage-history",
    "/api/v1/attendance/punches",
    "/api/v1/commission-statements",
    "/api/v1/commission-statements/{parent_id}/lines",
    "/api/v1/analytics/customer-insights",
    "/api/v1/analytics/churn-risks",
}
#: Logs and links that are not records of their own: their visibility is tested directly.
NOT_ON_MATRIX = READ_ONLY | {"/api/v1/record-shares", "/api/v1/api-keys"}
#: Collections that are not resources with the standard operations.
NOT_CRUD = {
    "/api/v1/record-shares",
    "/api/v1/api-keys",
    "/api/v1/employees/{record_id}/changes",
    "/api/v1/customers/{record_id}/collaborators",
    "/api/v1/opportunities/{record_id}/team",
    "/api/v1/imports",
    "/api/v1/calendar-feeds",
    "/api/v1/files",
    "/api/v1/approval-types",
}
#: The only API operations that answer without credentials.
PUBLIC = {"auth_token", "auth_refresh", "calendar_feed"}


def _operations() -> list[tuple[str, str, dict[str, Any]]]:
    spec = json.loads(published_document())
    return [
        (path, method.upper(), operation)
        for path, item in spec["paths"].items()
        for method, operation in item.items()
    ]


def _collections() -> set[str]:
    return {path for path, _, op in _operations() if op["operationId"].endswith("_list")}


def _import_all_tests() -> None:
    root = Path(__file__).parent
    for path in root.rglob("test_*.py"):
        importlib.import_module(".".join(path.relative_to(root.parent).with_suffix("").parts))


def test_the_guards_see_the_api() -> None:
    assert {"/api/v1/products", "/api/v1/employees"} <= _collections()


def test_every_collection_joins_the_crud_contract() -> None:
    _import_all_tests()
    missing = _collections() - COVERED_PATHS - READ_ONLY - NOT_CRUD
    assert not missing, f"resources without the CRUD contract: {sorted(missing)}"


def test_every_collection_joins_the_permission_matrix() -> None:
    _import_all_tests()
    missing = _collections() - MATRIX_PATHS - NOT_ON_MATRIX - NOT_CRUD
    assert not missing, f"resources without the permission matrix: {sorted(missing)}"


async def test_every_api_operation_needs_credentials(anon: httpx.AsyncClient) -> None:
    any_id = "01890a5d-ac96-774b-bcce-b302099a8057"
    checked = 0
    for path, method, operation in _operations():
        if not path.startswith("/api/v1") or operation["operationId"] in PUBLIC:
            continue
        url = re.sub(r"\{[a-z_]+\}", any_id, path)
        response = await anon.request(method, url, json={})
        assert response.status_code == 401, (method, path, response.status_code)
        assert response.headers["www-authenticate"].startswith("Bearer")
        checked += 1
    assert checked > 30


def test_every_contract_fuzz_exception_is_documented() -> None:
    """An error type the fuzz's hooks drop is named, with its reason, in the docs' table."""
    root = Path(__file__).parent.parent
    hooks = (root / "contract" / "hooks.py").read_text(encoding="utf-8")
    block = hooks[
        hooks.index("STATEFUL_ERRORS = {") : hooks.index("}", hooks.index("STATEFUL_ERRORS"))
    ]
    types = re.findall(r'"([a-z_]+)"', block)
    assert len(types) >= 10
    docs = (root / "docs" / "contract-testing.md").read_text(encoding="utf-8")
    rows = [line for line in docs.splitlines() if line.startswith("| `errors[].type = ")]
    for name in types:
        assert any(f"`{name}`" in row or f"= {name}`" in row for row in rows), name
