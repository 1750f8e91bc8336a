"""Life cycle and churn: the rules' transitions exactly, the churn reasons in words (Chinese
and English), two scopes, the rules' 422/403/412, and a property test of the stages and the
churn inputs against an independent computation from the raw rows."""

from __future__ import annotations

import random
import uuid
from datetime import UTC, date, datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

import httpx

from salescrm.analytics.insights.recompute import JOBS
from salescrm.config import Settings
from salescrm.core.clock import business_zone_name, today
from salescrm.core.jobs import run_once
from tests.activities.support import activity
from tests.analytics.support import ANALYTICS, independent, money, stat
from tests.conftest import TestDatabase, http_client
from tests.contract.matrix import build_org
from tests.sales import support

RULES = f"{ANALYTICS}/lifecycle-rules"
RISKS = f"{ANALYTICS}/churn-risks"


async def _recompute(db: TestDatabase, settings: Settings) -> None:
    job = next(j for j in JOBS if j.name == "recompute_customer_insights")
    await run_once(job, db.database, settings)


async def _bought(
    http: httpx.AsyncClient, customer_id: str, on: date, amount: str = "10000.00", **fields: Any
) -> None:
    """A contract signed on ``on`` (its whole amount due that day: overdue once past)."""
    won = await support.won_deal(http, customer_id=customer_id, amount=amount, **fields)
    owner = {"owner_id": fields["owner_id"]} if "owner_id" in fields else {}
    await support.contract(http, won["id"], sign_date=on.isoformat(), **owner)


def _at_noon(day: date) -> str:
    return datetime.combine(day, time(4, 0), UTC).isoformat()


async def test_rules_move_stages_exactly_and_risks_read_in_words(
    client: httpx.AsyncClient, db: TestDatabase, settings: Settings
) -> None:
    t = today()
    ids: dict[str, str] = {}
    for key, stage in (
        ("A", "prospect"),
        ("B", "new"),
        ("C", "active"),
        ("D", "active"),
        ("E", "loyal"),
        ("F", "at_risk"),
        ("G", "active"),
        ("H", "at_risk"),
        ("P", "prospect"),
        ("K", "active"),
    ):
        ids[key] = await support.customer(client, f"生命周期{key}", stage=stage)
    await _bought(client, ids["A"], t - timedelta(days=10))
    for days in (20, 5):
        await _bought(client, ids["B"], t - timedelta(days=days))
    for days in (400, 200, 30):
        await _bought(client, ids["C"], t - timedelta(days=days))
    for days in (150, 100):
        await _bought(client, ids["D"], t - timedelta(days=days))
    await _bought(client, ids["E"], t - timedelta(days=200))
    await _bought(client, ids["F"], t - timedelta(days=300))
    await _bought(client, ids["F"], t)  # bought again since it became at risk
    await _bought(client, ids["G"], t - timedelta(days=120))
    await activity(client, ids["G"], occurred_at=_at_noon(t - timedelta(days=3)))
    await _bought(client, ids["H"], t - timedelta(days=200))
    await activity(client, ids["H"], occurred_at=_at_noon(t - timedelta(days=2)))
    await _bought(client, ids["K"], t - timedelta(days=500), "10000.00")
    await _bought(client, ids["K"], t - timedelta(days=100), "4500.00")

    response = await client.post(f"{RULES}/apply")
    assert response.status_code == 200, response.text
    body = response.json()
    assert body["changed"] == 7
    assert [
        (m["from_stage"], m["to_stage"], m["rule"], m["customers"]) for m in body["transitions"]
    ] == [
        ("active", "at_risk", "inactive_at_risk", 2),
        ("active", "loyal", "loyalty", 1),
        ("at_risk", "active", "purchase_after_risk", 1),
        ("loyal", "churned", "inactive_churned", 1),
        ("new", "active", "repeat_purchase", 1),
        ("prospect", "new", "first_purchase", 1),
    ]
    stages = {}
    for key, cid in ids.items():
        stages[key] = (await support.ok(await client.get(f"/api/v1/customers/{cid}")))["stage"]
    assert stages == {
        "A": "new",
        "B": "active",
        "C": "loyal",
        "D": "at_risk",
        "E": "churned",
        "F": "active",
        "G": "active",
        "H": "at_risk",
        "P": "prospect",
        "K": "at_risk",
    }
    timeline = await support.ok(await client.get(f"/api/v1/customers/{ids['D']}/events"))
    changed = next(e for e in timeline["items"] if e["kind"] == "stage_changed")
    assert (changed["from_value"], changed["to_value"], changed["reason"]) == (
        "active",
        "at_risk",
        "规则：90 天无采购且无跟进",
    )
    audit = await support.ok(
        await client.get("/api/v1/audit-events", params={"record_id": ids["E"]})
    )
    assert any(e["changes"].get("stage") == ["loyal", "churned"] for e in audit["items"])
    again = await support.ok(await client.post(f"{RULES}/apply"))
    assert again == {"changed": 0, "transitions": []}

    await _recompute(db, settings)
    zh = await client.get(f"{RISKS}/{ids['K']}", headers={"Accept-Language": "zh-CN"})
    risk = await support.ok(zh)
    assert (risk["score"], risk["level"]) == (70, "high")
    assert [(r["code"], r["weight"], r["value"], r["text"]) for r in risk["reasons"]] == [
        ("inactivity", 35, 100, "已 100 天无采购和跟进"),
        ("falling_purchases", 20, 55, "近 12 个月采购额较前 12 个月下降 55%"),
        ("overdue_payments", 15, 2, "有 2 笔逾期回款共 ¥14,500.00"),
    ]
    en = await support.ok(
        await client.get(f"{RISKS}/{ids['K']}", headers={"Accept-Language": "en"})
    )
    assert [r["text"] for r in en["reasons"]] == [
        "No purchase or follow-up for 100 days",
        "Purchases in the last 12 months fell 55% from the 12 months before",
        "2 overdue payments totalling ¥14,500.00",
    ]
    assert en["customer"]["name"] == "生命周期K"
    assert en["owner"]["id"] == en["owner_id"] == db.admin_id
    e_risk = await support.ok(await client.get(f"{RISKS}/{ids['E']}"))
    assert (e_risk["score"], e_risk["level"]) == (60, "high")
    assert [r["amount"] for r in e_risk["reasons"]] == [None, "10000.00"]

    listed = await support.ok(await client.get(RISKS, params={"min_score": 50, "limit": 2}))
    assert [(r["customer_id"], r["score"]) for r in listed["items"]] == [
        (ids["K"], 70),
        *[(r["customer_id"], 60) for r in listed["items"][1:]],
    ]
    assert listed["next_cursor"] is not None
    rest = await support.ok(
        await client.get(
            RISKS, params={"min_score": 50, "limit": 2, "cursor": listed["next_cursor"]}
        )
    )
    scores = [r["score"] for r in listed["items"] + rest["items"]]
    assert scores == sorted(scores, reverse=True)
    assert len(scores) >= 3

    life = await stat(client, "lifecycle")
    now = {s["stage"]: s["customers"] for s in life["stages"]}
    assert now == {
        "prospect": 1,
        "new": 1,
        "active": 3,
        "loyal": 1,
        "at_risk": 3,
        "churned": 1,
    }
    moves = {(r["from_stage"], r["to_stage"]): r["customers"] for r in life["rows"]}
    assert moves[("active", "at_risk")] == 2
    assert moves[("prospect", "new")] == 1
    assert moves[(None, "active")] == 4  # created in that stage
    churn = await stat(client, "churn-risk")
    assert len(churn["rows"]) == 1
    row = churn["rows"][0]
    assert (row["owner_id"], row["customers"]) == (db.admin_id, 10)
    assert row["low"] + row["medium"] + row["high"] == 10


async def test_rules_settings_refusals(client: httpx.AsyncClient) -> None:
    response = await client.get(RULES)
    assert response.status_code == 200, response.text
    rules = response.json()
    assert {k: rules[k] for k in rules if k not in ("updated_at", "version")} == {
        "loyal_min_purchases": 3,
        "loyal_min_tenure_days": 365,
        "at_risk_after_days": 90,
        "churned_after_days": 180,
        "enabled": True,
    }
    tag = response.headers["ETag"]
    body = {
        "loyal_min_purchases": 4,
        "loyal_min_tenure_days": 200,
        "at_risk_after_days": 60,
        "churned_after_days": 60,
        "enabled": False,
    }
    bad = await client.put(RULES, json=body, headers={"If-Match": tag})
    assert bad.status_code == 422, bad.text
    assert [e["type"] for e in bad.json()["errors"]] == ["thresholds_out_of_order"]
    out_of_range = await client.put(RULES, json={**body, "loyal_min_purchases": 1})
    assert out_of_range.status_code == 422
    good = await client.put(
        RULES, json={**body, "churned_after_days": 120}, headers={"If-Match": tag}
    )
    assert good.status_code == 200, good.text
    assert good.json()["churned_after_days"] == 120
    stale = await client.put(
        RULES, json={**body, "churned_after_days": 121}, headers={"If-Match": tag}
    )
    assert stale.status_code == 412


async def test_risks_follow_the_callers_scope(
    app: Any, client: httpx.AsyncClient, db: TestDatabase, settings: Settings
) -> None:
    org = await build_org(app, client, db, ["customer:read"])
    t = today()
    owned: dict[str, str] = {}
    for who, days in (("R1", 200), ("R2", 100), ("R3", 100)):
        cid = await support.customer(client, f"范围{who}", owner_id=org.ids[who])
        await _bought(client, cid, t - timedelta(days=days), owner_id=org.ids[who])
        owned[who] = cid
    # No reason at all (created today, nothing owed): no stored row, read as score 0.
    quiet = await support.customer(client, "范围静", owner_id=org.ids["R2"])
    assert (await client.get(f"{RISKS}/{quiet}")).status_code == 404  # never recomputed
    await client.post(f"{RULES}/apply")
    await _recompute(db, settings)

    async def seen(viewer: str) -> set[str]:
        async with http_client(app, org.tokens[viewer]) as http:
            body = await support.ok(await http.get(RISKS))
        return {r["customer_id"] for r in body["items"]}

    assert await seen("R1") == {owned["R1"]}
    assert await seen("M1") == {owned["R1"], owned["R2"]}
    assert await seen("M2") == {owned["R3"]}
    async with http_client(app, org.tokens["M1"]) as http:
        only = await support.ok(await http.get(RISKS, params={"level": "high"}))
        assert [r["customer_id"] for r in only["items"]] == [owned["R1"]]
        mine = await support.ok(await http.get(RISKS, params={"owner_id": org.ids["R2"]}))
        assert [r["customer_id"] for r in mine["items"]] == [owned["R2"]]
        assert (await http.get(f"{RISKS}/{owned['R3']}")).status_code == 404
        assert (await http.get(f"{RISKS}/{owned['R1']}")).status_code == 200
        zero = await support.ok(await http.get(f"{RISKS}/{quiet}"))
        assert (zero["score"], zero["level"], zero["reasons"]) == (0, "low", [])
        assert zero["owner_id"] == org.ids["R2"]
        assert quiet not in {
            r["customer_id"] for r in (await support.ok(await http.get(RISKS)))["items"]
        }
        churn = await stat(http, "churn-risk")
        assert [(r["owner_id"], r["high"], r["medium"], r["low"]) for r in churn["rows"]] == sorted(
            [(org.ids["R1"], 1, 0, 0), (org.ids["R2"], 0, 1, 1)],
            key=lambda r: "矩阵R1" if r[0] == org.ids["R1"] else "矩阵R2",
        )
        life = await stat(http, "lifecycle")
        assert {s["stage"]: s["customers"] for s in life["stages"]}["at_risk"] == 1
        assert {s["stage"]: s["customers"] for s in life["stages"]}["churned"] == 1
        # Changing or applying the rules takes lifecycle_rule:manage.
        assert (await http.post(f"{RULES}/apply")).status_code == 403
        current = await http.get(RULES)
        assert current.status_code == 200
    async with http_client(app, org.tokens["V"]) as http:  # no customer:read
        assert (await http.get(RISKS)).status_code == 403
        assert (await http.get(RULES)).status_code == 403
        await stat(http, "churn-risk", 403)
    async with http_client(app, org.tokens["M2"]) as http:
        assert (await http.get(f"{RISKS}/{owned['R2']}")).status_code == 404
        assert (await http.get(f"{RISKS}/{quiet}")).status_code == 404


def _day(value: Any) -> date:
    return date.fromisoformat(str(value)[:10])


async def test_stages_and_churn_inputs_match_an_independent_computation(
    client: httpx.AsyncClient, db: TestDatabase, settings: Settings
) -> None:
    rng = random.Random(1934)  # noqa: S311 — reproducible test data
    t = today()
    stages = ("prospect", "new", "active", "loyal", "at_risk", "churned")
    customers = []
    for n in range(10):
        cid = await support.customer(client, f"随机{n}", stage=rng.choice(stages))
        for _ in range(rng.randrange(0, 4)):
            await _bought(client, cid, t - timedelta(days=rng.randrange(0, 800)))
        if rng.random() < 0.4:
            await activity(
                client, cid, occurred_at=_at_noon(t - timedelta(days=rng.randrange(0, 200)))
            )
        customers.append(cid)
    raw = await independent(
        db,
        "SELECT c.id, c.stage, c.last_follow_up_at, k.sign_date, k.amount, k.id "
        "FROM customers c LEFT JOIN contracts k ON k.customer_id = c.id "
        "AND k.deleted_at IS NULL WHERE c.deleted_at IS NULL AND c.name LIKE '随机%'",
    )
    owed = await independent(
        db,
        "SELECT k.customer_id, i.amount - i.received FROM contract_installments i "
        "JOIN contracts k ON k.id = i.contract_id WHERE i.deleted_at IS NULL "
        "AND k.deleted_at IS NULL AND i.due_date < :t AND i.received < i.amount",
        t=t,
    )
    zone = ZoneInfo(business_zone_name())
    info: dict[str, dict[str, Any]] = {}
    for cid, stage, follow, signed, amount, _k in raw:
        key = str(uuid.UUID(str(cid)))
        row = info.setdefault(key, {"stage": stage, "follow": follow, "days": [], "amounts": []})
        if signed is not None:
            row["days"].append(_day(signed))
            row["amounts"].append(money(db, amount))
    overdue: dict[str, list[Any]] = {}
    for cid, left in owed:
        key = str(uuid.UUID(str(cid)))
        overdue.setdefault(key, []).append(money(db, left))

    def follow_day(value: Any) -> date | None:
        if value is None:
            return None
        moment = value if isinstance(value, datetime) else datetime.fromisoformat(str(value))
        if moment.tzinfo is None:
            moment = moment.replace(tzinfo=UTC)
        return moment.astimezone(zone).date()

    def expected_stage(row: dict[str, Any]) -> str:
        stage, days = row["stage"], row["days"]
        if not days:
            return str(stage)
        touch = max(d for d in [max(days), follow_day(row["follow"])] if d is not None)
        inactive = (t - touch).days
        loyal = len(days) >= 3 and (t - min(days)).days >= 365
        grade = "loyal" if loyal else "active" if len(days) >= 2 else "new"
        if inactive >= 180:
            return "churned"
        if inactive >= 90:
            return "churned" if stage == "churned" else "at_risk"
        if stage in ("at_risk", "churned"):
            return ("loyal" if loyal else "active") if max(days) >= t else str(stage)
        if stage == "prospect" or (stage == "new" and len(days) >= 2):
            return grade
        if stage == "active" and loyal:
            return "loyal"
        return str(stage)

    await client.post(f"{RULES}/apply")
    await _recompute(db, settings)
    for cid in customers:
        row = info[cid]
        got = await support.ok(await client.get(f"/api/v1/customers/{cid}"))
        assert got["stage"] == expected_stage(row), (cid, row)
        risk = await support.ok(await client.get(f"{RISKS}/{cid}"))
        reasons = {r["code"]: r for r in risk["reasons"]}
        touches = [d for d in [*row["days"], follow_day(row["follow"])] if d is not None]
        inactive = (t - max(touches)).days if touches else 0
        want_inactive = (
            50 if inactive >= 180 else 35 if inactive >= 90 else 15 if inactive >= 45 else 0
        )
        assert (reasons.get("inactivity") or {}).get("weight", 0) == want_inactive, (cid, row)
        if want_inactive:
            assert reasons["inactivity"]["value"] == inactive
        late = overdue.get(cid, [])
        if late:
            assert reasons["overdue_payments"]["value"] == len(late)
            assert reasons["overdue_payments"]["amount"] == f"{sum(late):.2f}"
        else:
            assert "overdue_payments" not in reasons
        assert risk["score"] == min(100, sum(r["weight"] for r in risk["reasons"]))
