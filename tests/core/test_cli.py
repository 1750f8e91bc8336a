"""The ``salescrm`` command, run as a user runs it (a separate process)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path

import httpx
from pypinyin import lazy_pinyin
from sqlalchemy import func, select

from salescrm.core.clock import business_time, utcnow
from salescrm.customers.models import Customer, CustomerMatchKey
from salescrm.demo import PLANS
from salescrm.models import metadata
from tests.conftest import TestDatabase


def run_cli(*args: str, url: str | None = None) -> subprocess.CompletedProcess[str]:
    env = {**os.environ}
    if url:
        env["SALESCRM_DATABASE_URL"] = url
    return subprocess.run(  # noqa: S603 - our own CLI
        [sys.executable, "-m", "salescrm.cli", *args],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=False,
    )


def test_openapi_to_stdout() -> None:
    result = run_cli("openapi", "-o", "-")
    assert result.returncode == 0, result.stderr
    spec = json.loads(result.stdout)
    assert spec["info"]["title"] == "salescrm"
    assert "/api/v1/products" in spec["paths"]


def test_migrate_builds_an_empty_sqlite_file(tmp_path: Path) -> None:
    url = f"sqlite+aiosqlite:///{tmp_path / 'fresh.db'}"
    result = run_cli("migrate", url=url)
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "fresh.db").stat().st_size > 0
    again = run_cli("migrate", url=url)
    assert again.returncode == 0, again.stderr


async def test_seed_demo_is_repeatable(
    db: TestDatabase, client: httpx.AsyncClient, anon: httpx.AsyncClient
) -> None:
    first = run_cli("seed-demo", url=db.url)
    seeded = utcnow()
    assert first.returncode == 0, first.stderr
    await check_demo_is_honest(db, seeded)
    assert "products: 20" in first.stdout
    assert "employees: 41" in first.stdout
    assert "customers: 3000" in first.stdout
    assert "Demo@2026" not in first.stdout + first.stderr
    second = run_cli("seed-demo", url=db.url)
    assert second.returncode == 0, second.stderr
    assert "products: 0" in second.stdout
    assert "departments: 0" in second.stdout
    assert "employees: 0" in second.stdout
    assert "customers: 0" in second.stdout
    assert "sales: 0" in second.stdout
    listed = (
        await client.get("/api/v1/products", params={"include_total": "true", "q": "销售管理"})
    ).json()
    assert listed["total"] == 2
    assert all("销售管理系统" in p["name"] for p in listed["items"])

    # The organisation: departments under the company root, ~40 employees with logins.
    departments = (await client.get("/api/v1/departments", params={"limit": 200})).json()["items"]
    by_id = {d["id"]: d for d in departments}
    root = next(d for d in departments if d["parent_id"] is None)
    assert root["id"] == db.root_department_id  # the existing root was reused
    assert len(departments) - 1 >= 5
    assert all(d["head_id"] for d in departments if d["id"] != root["id"])
    kinds = {d["code"]: d["kind"] for d in departments}
    assert kinds["EAST"] == "region"
    assert kinds["EAST-SH1"] == "team"
    employees = (await client.get("/api/v1/employees", params={"limit": 200})).json()["items"]
    demo = [e for e in employees if e["employee_no"].startswith("E")]
    assert len(demo) >= 40
    assert all(e["account"] and e["account"]["enabled"] for e in demo)
    assert len({e["account"]["username"] for e in demo}) == len(demo)
    assert all(e["mobile"].startswith("+861") and len(e["mobile"]) == 14 for e in demo)
    assert all(e["email"] == f"{e['account']['username']}@example.com" for e in demo)
    assert all(e["hire_date"] for e in demo)
    assert any(e["is_sales"] for e in demo)
    assert not all(e["is_sales"] for e in demo)
    builtin = (await client.get("/api/v1/roles", params={"builtin": "true"})).json()["items"]
    held = {r["code"] for e in demo for r in e["roles"]}
    assert held == {r["code"] for r in builtin}
    # Three levels of reporting: director -> managers -> representatives.
    people = {e["id"]: e for e in employees}

    def depth(employee: dict[str, str | None]) -> int:
        manager = employee["manager_id"]
        return 0 if manager is None else 1 + depth(people[manager])

    assert max(depth(e) for e in demo) == 2
    for employee in demo:  # a head runs a department that holds them
        head_of = [d for d in departments if d["head_id"] == employee["id"]]
        assert all(d["id"] == employee["department_id"] for d in head_of)
    assert {by_id[e["department_id"]]["code"] for e in demo} >= {"EAST-SH1", "CS", "HR", "FIN"}

    # A seeded manager logs in with the demo password and sees exactly their reporting line,
    # which holds only if the materialized manager paths are right.
    manager = next(e for e in demo if e["roles"][0]["code"] == "sales_manager" and depth(e) == 1)
    reports = [e for e in demo if e["manager_id"] == manager["id"]]
    assert reports
    response = await anon.post(
        "/api/v1/auth/token",
        data={"username": manager["account"]["username"], "password": "Demo@2026"},
    )
    assert response.status_code == 200, response.text
    token = response.json()["access_token"]
    seen = (
        await anon.get(
            "/api/v1/employees",
            params={"limit": 200},
            headers={"Authorization": f"Bearer {token}"},
        )
    ).json()["items"]
    assert {e["id"] for e in seen} == {manager["id"], *(e["id"] for e in reports)}
    # The sales director sees the whole sales department tree (department paths), nobody else.
    director = next(e for e in demo if e["roles"][0]["code"] == "sales_director")
    response = await anon.post(
        "/api/v1/auth/token",
        data={"username": director["account"]["username"], "password": "Demo@2026"},
    )
    assert response.status_code == 200, response.text
    seen = (
        await anon.get(
            "/api/v1/employees",
            params={"limit": 200},
            headers={"Authorization": f"Bearer {response.json()['access_token']}"},
        )
    ).json()["items"]
    sales_tree = {e["id"] for e in demo if e["is_sales"]}
    assert {e["id"] for e in seen} == sales_tree

    await check_demo_customers(db, client, anon)
    await check_demo_sales(client, anon)
    await check_demo_activities(client, anon)


async def check_demo_customers(
    db: TestDatabase, client: httpx.AsyncClient, anon: httpx.AsyncClient
) -> None:
    """Demo customers: owned by the sellers (some in the pool), with contacts, a stage history
    and match keys; a representative's list holds exactly their own customers. (Called from
    the seed test above rather than seeding a second time.)"""
    everything = (
        await client.get("/api/v1/customers", params={"include_total": "true", "limit": 200})
    ).json()
    assert everything["total"] == 3000
    async with db.database.engine.connect() as connection:
        pool = await connection.scalar(
            select(func.count()).select_from(Customer).where(Customer.owner_id.is_(None))
        )
        keys = await connection.scalar(select(func.count()).select_from(CustomerMatchKey))
    assert 200 <= (pool or 0) <= 400  # about 10% in the public pool
    assert (keys or 0) > 3000 * 2  # name, phone and usually a credit code or e-mail each
    strategic = (
        await client.get("/api/v1/customers", params={"strategic": "true", "include_total": "true"})
    ).json()
    assert strategic["total"] > 0
    assert all(c["key_account"] and c["owner_id"] for c in strategic["items"])

    employees = (await client.get("/api/v1/employees", params={"limit": 200})).json()["items"]
    rep = next(e for e in employees if e["account"] and e["account"]["username"] == "caochao01")
    assert [r["code"] for r in rep["roles"]] == ["sales_rep"]
    owned = (
        await client.get(
            "/api/v1/customers",
            params={"owner_id": rep["id"], "include_total": "true", "limit": 200},
        )
    ).json()
    assert 20 <= owned["total"] <= 200
    token = (
        await anon.post(
            "/api/v1/auth/token", data={"username": "caochao01", "password": "Demo@2026"}
        )
    ).json()["access_token"]
    as_rep = {"Authorization": f"Bearer {token}"}
    seen = (
        await anon.get(
            "/api/v1/customers",
            params={"include_total": "true", "limit": 200},
            headers=as_rep,
        )
    ).json()
    assert seen["total"] == owned["total"]
    assert {c["id"] for c in seen["items"]} == {c["id"] for c in owned["items"]}
    assert all(c["owner_id"] == rep["id"] for c in seen["items"])
    # ... and the contacts of those customers only, one primary each.
    contacts = (await anon.get("/api/v1/contacts", params={"limit": 200}, headers=as_rep)).json()[
        "items"
    ]
    assert contacts
    assert {c["customer_id"] for c in contacts} <= {c["id"] for c in owned["items"]}

    # One of them: its timeline starts as a prospect; searching by pinyin initials finds it;
    # entering it again is caught by duplicate detection.
    customer = next(c for c in seen["items"] if c["kind"] == "company")
    primary = [
        c
        for c in (
            await client.get("/api/v1/contacts", params={"customer_id": customer["id"]})
        ).json()["items"]
        if c["is_primary"]
    ]
    assert len(primary) == 1
    events = (await client.get(f"/api/v1/customers/{customer['id']}/events")).json()["items"]
    stages = [e for e in events if e["kind"] == "stage_changed"]
    assert stages
    assert {e["to_value"] for e in stages} >= {"prospect", customer["stage"]}
    initials = "".join(pinyin[0] for pinyin in lazy_pinyin(customer["short_name"]))
    found = (await anon.get("/api/v1/customers", params={"q": initials}, headers=as_rep)).json()
    assert customer["id"] in {c["id"] for c in found["items"]}
    again = await anon.post("/api/v1/customers", json={"name": customer["name"]}, headers=as_rep)
    assert again.status_code == 409, again.text
    assert again.json()["duplicates"][0]["id"] == customer["id"]


async def check_demo_sales(client: httpx.AsyncClient, anon: httpx.AsyncClient) -> None:
    """Demo deals read back through the API as the API would have written them: a rep sees
    their own, amounts are the line items', won deals have contracts whose receivables add up
    to their payments, and the win/loss analysis has something to say."""
    deals = (
        await client.get("/api/v1/opportunities", params={"include_total": "true", "limit": 200})
    ).json()
    assert deals["total"] > 1000
    assert {d["status"] for d in deals["items"]} == {"open", "won", "lost"}
    token = (
        await anon.post(
            "/api/v1/auth/token", data={"username": "caochao01", "password": "Demo@2026"}
        )
    ).json()["access_token"]
    as_rep = {"Authorization": f"Bearer {token}"}
    me = (await anon.get("/api/v1/auth/me", headers=as_rep)).json()
    mine = (await anon.get("/api/v1/opportunities", params={"limit": 200}, headers=as_rep)).json()
    assert mine["items"]
    assert all(d["owner_id"] == me["employee"]["id"] for d in mine["items"])
    assert all("margin" not in d for d in mine["items"])
    deal = next(d for d in deals["items"] if d["status"] == "won")
    lines = (await client.get(f"/api/v1/opportunities/{deal['id']}/line-items")).json()["items"]
    assert sum(Decimal(i["amount"]) for i in lines) == Decimal(deal["amount"])
    history = (await client.get(f"/api/v1/opportunities/{deal['id']}/stage-history")).json()
    assert history["items"][-1]["to_status"] == "won"
    [contract] = (
        await client.get("/api/v1/contracts", params={"opportunity_id": deal["id"]})
    ).json()["items"]
    payments = (
        await client.get("/api/v1/payments", params={"contract_id": contract["id"]})
    ).json()["items"]
    assert sum(Decimal(p["amount"]) for p in payments) == Decimal(contract["received"])
    planned = sum(Decimal(i["amount"]) for i in contract["payment_plan"])
    assert planned == Decimal(contract["amount"]) == Decimal(deal["amount"])
    overdue = (
        await client.get("/api/v1/contracts", params={"overdue": "true", "include_total": "true"})
    ).json()
    assert overdue["total"] > 0
    report = (
        await client.get(
            "/api/v1/competitors/win-loss",
            params={"closed_from": "2024-12-01", "closed_to": "2027-12-01"},
        )
    ).json()
    assert report["deals"] > 500, report
    assert report["competitors"]
    assert all(c["deals_met"] == c["won"] + c["lost"] for c in report["competitors"])


async def check_demo_activities(client: httpx.AsyncClient, anon: httpx.AsyncClient) -> None:
    """Demo histories read back through the API: activities of the reps' own customers, visits
    behind the visit activities with their distances, follow-up tasks of which some are overdue,
    and a customer's timeline holding them."""
    activities = (
        await client.get("/api/v1/activities", params={"include_total": "true", "limit": 200})
    ).json()
    assert activities["total"] > 3000
    assert len({a["type"] for a in activities["items"]}) >= 4
    visits = (
        await client.get("/api/v1/visits", params={"status": "completed", "limit": 200})
    ).json()["items"]
    assert visits
    assert all(v["activity_id"] and v["check_out_at"] >= v["check_in_at"] for v in visits)
    assert any(v["check_in_distance_m"] is not None for v in visits)
    overdue = (await client.get("/api/v1/tasks/overdue")).json()["items"]
    assert sum(i["overdue"] for i in overdue) > 0
    token = (
        await anon.post(
            "/api/v1/auth/token", data={"username": "caochao01", "password": "Demo@2026"}
        )
    ).json()["access_token"]
    as_rep = {"Authorization": f"Bearer {token}"}
    mine = (await anon.get("/api/v1/activities", params={"limit": 200}, headers=as_rep)).json()
    assert mine["items"]
    owned = {
        c["id"]
        for c in (
            await anon.get("/api/v1/customers", params={"limit": 200}, headers=as_rep)
        ).json()["items"]
    }
    customer_id = mine["items"][0]["customer_id"]
    assert customer_id in owned
    timeline = (await anon.get(f"/api/v1/customers/{customer_id}/timeline", headers=as_rep)).json()[
        "items"
    ]
    assert "activity" in {i["kind"] for i in timeline}


#: Dates the demo does not write: the test's own administrator's login session expires later.
NOT_DEMO_DATA = {"auth_sessions.expires_at"}


async def check_demo_is_honest(db: TestDatabase, seeded: datetime) -> None:
    """No demo record lies after the moment of seeding: every date and time column of every
    table, but the plans ``salescrm.demo.PLANS`` names (an open deal's expected close, an open
    task's due date …), holds nothing later."""
    today = max(seeded.date(), business_time(seeded).date())
    late: dict[str, object] = {}
    checked = 0
    async with db.database.engine.connect() as connection:
        for table in metadata.sorted_tables:
            for column in table.columns:
                try:
                    kind = column.type.python_type
                except NotImplementedError:
                    continue
                if not issubclass(kind, date):
                    continue
                name = f"{table.name}.{column.name}"
                plan = PLANS.get(name, ())
                if plan is None or name in NOT_DEMO_DATA:
                    continue
                stmt = select(func.max(column))
                if plan:
                    status, statuses = plan
                    stmt = stmt.where(table.c[status].not_in(statuses))
                latest = await connection.scalar(stmt)
                checked += 1
                if latest is None:
                    continue
                limit = seeded if isinstance(latest, datetime) else today
                if latest > limit:
                    late[name] = latest
    assert checked > 50
    assert late == {}, f"after the seeding moment {seeded.isoformat()}: {late}"
