"""Every resource collection under /api/v1 joins the generic CRUD contract."""

from __future__ import annotations

import importlib
from pathlib import Path

from fastapi.routing import APIRoute

from salescrm.app import create_app
from tests.contract.crud import COVERED_PATHS

#: Read-only collections are covered by their own tests instead of the write contract.
READ_ONLY = {"/api/v1/audit-events"}


def test_every_collection_joins_the_crud_contract() -> None:
    root = Path(__file__).parent
    for path in root.rglob("test_*.py"):
        module = ".".join(path.relative_to(root.parent).with_suffix("").parts)
        importlib.import_module(module)
    collections = {
        route.path
        for route in create_app().routes
        if isinstance(route, APIRoute) and route.name.endswith("_list")
    }
    missing = collections - COVERED_PATHS - READ_ONLY
    assert not missing, f"resources without the CRUD contract: {sorted(missing)}"
