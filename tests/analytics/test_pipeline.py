"""The sales-pipeline statistics (funnel, win-rate, deal-size, sales-cycle, pipeline-velocity,
forecast): exact figures on one small data set, two scopes, and a property test against
independent queries over random deals.

Deals are made through the API. The API stamps creation and stage times with the wall clock,
so the setup then backdates ``created_at`` and sets the seconds spent in stages in the tables
(the history a year of selling would have left); the figures are read over HTTP only.
"""

from __future__ import annotations

import random
import uuid
from collections import defaultdict
from datetime import UTC, date, datetime, time, timedelta
from decimal import ROUND_HALF_UP, Decimal
from typing import Any
from zoneinfo import ZoneInfo

import httpx
from sqlalchemy import update

from salescrm.core.clock import today
from salescrm.sales.models import Opportunity, OpportunityStageChange
from tests.analytics.support import independent, money, stat
from tests.conftest import TestDatabase, http_client
from tests.contract.matrix import build_org, holds
from tests.sales import support
from tests.sales.support import OPPORTUNITIES, ok

ZONE = ZoneInfo("Asia/Shanghai")
CENT = Decimal("0.01")


async def _created(db: TestDatabase, deal_id: str, day: date) -> None:
    """Backdate a deal's creation to noon of a business day."""
    moment = datetime.combine(day, time(12), ZONE).astimezone(UTC)
    async with db.database.engine.begin() as connection:
        await connection.execute(
            update(Opportunity)
            .where(Opportunity.id == uuid.UUID(deal_id))
            .values(created_at=moment)
        )


async def _stayed(db: TestDatabase, deal_id: str, stage_id: str, seconds: int) -> None:
    """Set the seconds a deal spent in a stage it left."""
    async with db.database.engine.begin() as connection:
        await connection.execute(
            update(OpportunityStageChange)
            .where(
                OpportunityStageChange.opportunity_id == uuid.UUID(deal_id),
                OpportunityStageChange.from_stage_id == uuid.UUID(stage_id),
            )
            .values(seconds_in_from_stage=seconds)
        )


async def _no_stays(db: TestDatabase) -> None:
    async with db.database.engine.begin() as connection:
        await connection.execute(
            update(OpportunityStageChange)
            .where(OpportunityStageChange.seconds_in_from_stage.is_not(None))
            .values(seconds_in_from_stage=0)
        )


async def _move(http: httpx.AsyncClient, deal_id: str, stage_id: str) -> None:
    await ok(await http.patch(f"{OPPORTUNITIES}/{deal_id}", json={"stage_id": stage_id}))


async def _win(http: httpx.AsyncClient, deal_id: str, on: date) -> None:
    await ok(await http.post(f"{OPPORTUNITIES}/{deal_id}/win", json={"closed_on": str(on)}))


async def _lose(http: httpx.AsyncClient, deal_id: str, on: date) -> None:
    reason = await support.loss_reason(http)
    body = {"loss_reason_id": reason, "closed_on": str(on)}
    await ok(await http.post(f"{OPPORTUNITIES}/{deal_id}/lose", json=body))


def _month(day: date) -> str:
    return day.replace(day=1).isoformat()


def _figures(row: dict[str, Any], key: str) -> tuple[int, str, str]:
    f = row[key]
    return (f["deals"], f["amount"], f["weighted_amount"])


async def test_pipeline_statistics_exact(client: httpx.AsyncClient, db: TestDatabase) -> None:
    pipeline = await support.default_pipeline(client)
    s0, s1, s2, s3 = (support.stage(pipeline, "open", n) for n in range(4))
    t = today()
    near = (t.replace(day=1) + timedelta(days=40)).replace(day=5)  # next month
    far = (near + timedelta(days=95)).replace(day=10)  # three months later
    product = await support.product(client, price="1000.00")

    a = await support.deal(client, expected_close_date=str(near))
    await support.add_line(client, a["id"], product["id"])  # amount 1000.00 from its line
    b = await support.deal(client, currency="USD", amount="2000.00", expected_close_date=str(far))
    await _move(client, b["id"], s1)
    await _move(client, b["id"], s2)
    c = await support.deal(client, amount="3000.00", stage_id=s1)
    await _move(client, c["id"], s3)
    await _win(client, c["id"], t - timedelta(days=10))
    d = await support.deal(client, amount="500.00")
    await _move(client, d["id"], s2)
    await _lose(client, d["id"], t - timedelta(days=5))
    e = await support.deal(client, amount="1234.57")
    await _win(client, e["id"], t - timedelta(days=3))
    await support.deal(
        client,
        currency="USD",
        amount="333.33",
        stage_id=s3,
        probability=33,
        expected_close_date=str(far),
    )
    g = await support.deal(client, currency="USD", amount="100.00")
    await _win(client, g["id"], t - timedelta(days=2))
    h = await support.deal(client, amount="10.00")
    await _win(client, h["id"], t)
    for _ in range(2):  # 0.05 × 10 % = 0.005 each: 0.01 per deal, 0.02 together
        await support.deal(client, amount="0.05", expected_close_date=str(near))
    await _created(db, c["id"], t - timedelta(days=40))
    await _created(db, e["id"], t - timedelta(days=7))
    await _created(db, g["id"], t - timedelta(days=20))
    await _no_stays(db)
    for deal, stage_id, seconds in (
        (b, s0, 86400),
        (d, s0, 172800),
        (e, s0, 302400),
        (b, s1, 864000),
        (d, s2, 86400),
        (c, s3, 3600),
    ):
        await _stayed(db, deal["id"], stage_id, seconds)

    # funnel: reached, conversion, now (per currency), days in stage
    body = await stat(client, "funnel")
    assert body["pipeline_id"] == pipeline["id"]
    assert [
        (
            r["name"],
            r["kind"],
            r["reached"],
            r["conversion_rate"],
            r["current_deals"],
            [(m["currency"], m["deals"], m["amount"]) for m in r["current_amounts"]],
            r["average_days"],
        )
        for r in body["rows"]
    ] == [
        ("初步接洽", "open", 10, "70.00", 3, [("CNY", 3, "1000.10")], "1.30"),
        ("需求分析", "open", 7, "100.00", 0, [], "5.00"),
        ("方案报价", "open", 7, "71.43", 1, [("USD", 1, "2000.00")], "1.00"),
        ("商务谈判", "open", 5, "80.00", 1, [("USD", 1, "333.33")], "0.04"),
        ("赢单", "won", 4, None, 4, [("CNY", 3, "4244.57"), ("USD", 1, "100.00")], None),
        ("输单", "lost", 1, None, 1, [("CNY", 1, "500.00")], None),
    ]
    only = await stat(client, "funnel", product_id=product["id"])
    assert [(r["reached"], r["current_deals"]) for r in only["rows"]] == [(1, 1)] + [(0, 0)] * 5
    response = await client.get("/api/v1/analytics/funnel/export", params={"format": "csv"})
    assert response.status_code == 200, response.text
    lines = response.content.decode("utf-8-sig").splitlines()
    assert lines[0] == "阶段,阶段类型,到达商机数,转化率(%),当前商机数,当前金额(按币种),平均停留(天)"
    assert lines[5] == "赢单,won,4,,4,CNY 4244.57; USD 100.00,"

    # win-rate, whole period and per day
    body = await stat(client, "win-rate")
    assert [
        (r["closed_deals"], r["won_deals"], r["lost_deals"], r["win_rate"]) for r in body["rows"]
    ] == [(5, 4, 1, "80.00")]
    body = await stat(client, "win-rate", bucket="day", date_from=str(t - timedelta(days=30)))
    assert [
        (r["period_start"], r["won_deals"], r["lost_deals"], r["win_rate"]) for r in body["rows"]
    ] == [
        (str(t - timedelta(days=10)), 1, 0, "100.00"),
        (str(t - timedelta(days=5)), 0, 1, "0.00"),
        (str(t - timedelta(days=3)), 1, 0, "100.00"),
        (str(t - timedelta(days=2)), 1, 0, "100.00"),
        (str(t), 1, 0, "100.00"),
    ]
    body = await stat(client, "win-rate", currency="USD", date_to=str(t - timedelta(days=1)))
    assert [(r["closed_deals"], r["won_deals"]) for r in body["rows"]] == [(1, 1)]

    # deal-size per currency
    body = await stat(client, "deal-size")
    assert [
        (r["currency"], r["won_deals"], r["total_amount"], r["average_amount"])
        for r in body["rows"]
    ] == [
        ("CNY", 3, "4244.57", "1414.86"),
        ("USD", 1, "100.00", "100.00"),
    ]

    # sales-cycle: 30 (C), 4 (E), 18 (G), 0 (H) days
    body = await stat(client, "sales-cycle")
    assert [
        (r["won_deals"], r["average_days"], r["median_days"], r["min_days"], r["max_days"])
        for r in body["rows"]
    ] == [(4, "13.00", "11.00", 0, 30)]
    body = await stat(client, "sales-cycle", currency="USD")
    assert [(r["won_deals"], r["median_days"]) for r in body["rows"]] == [(1, "18.00")]

    # pipeline-velocity: CNY 3 × 4244.57 × 3 ÷ (4 × 34) = 280.89; USD 2 × 100 × 1 ÷ 18 = 11.11
    body = await stat(client, "pipeline-velocity")
    assert [
        (
            r["currency"],
            r["open_deals"],
            r["closed_deals"],
            r["won_deals"],
            r["win_rate"],
            r["average_deal_size"],
            r["average_cycle_days"],
            r["velocity"],
        )
        for r in body["rows"]
    ] == [
        ("CNY", 3, 4, 3, "75.00", "1414.86", "11.33", "280.89"),
        ("USD", 2, 1, 1, "100.00", "100.00", "18.00", "11.11"),
    ]
    await stat(client, "pipeline-velocity", 422, bucket="month")
    await stat(client, "funnel", 422, bucket="month")
    missing = await stat(client, "funnel", 422, pipeline_id=str(uuid.uuid4()))
    assert [(e["loc"], e["type"]) for e in missing["errors"]] == [
        (["query", "pipeline_id"], "not_found")
    ]

    # forecast: open deals by expected close month and category, against what was won
    body = await stat(client, "forecast", date_from=str(t - timedelta(days=60)), date_to=str(far))
    assert body["bucket"] == "month"
    got = {
        (r["period_start"], r["currency"]): (
            _figures(r, "commit"),
            _figures(r, "best_case"),
            _figures(r, "pipeline"),
            _figures(r, "total"),
            r["won_deals"],
            r["won_amount"],
        )
        for r in body["rows"]
    }
    none = (0, "0.00", "0.00")
    won: dict[tuple[str, str], list[Any]] = defaultdict(lambda: [0, Decimal("0.00")])
    for on, currency, amount in (
        (t - timedelta(days=10), "CNY", "3000.00"),
        (t - timedelta(days=3), "CNY", "1234.57"),
        (t - timedelta(days=2), "USD", "100.00"),
        (t, "CNY", "10.00"),
    ):
        won[(_month(on), currency)][0] += 1
        won[(_month(on), currency)][1] += Decimal(amount)
    want = {key: (none, none, none, none, n, str(total)) for key, (n, total) in won.items()}
    open_cny = (3, "1000.10", "100.02")
    want[(_month(near), "CNY")] = (none, none, open_cny, open_cny, 0, "0.00")
    want[(_month(far), "USD")] = (
        (1, "333.33", "110.00"),
        (1, "2000.00", "1000.00"),
        none,
        (2, "2333.33", "1110.00"),
        0,
        "0.00",
    )
    assert got == want
    assert [r["period_start"] for r in body["rows"]] == sorted(
        r["period_start"] for r in body["rows"]
    )
    for name in ("forecast", "pipeline-velocity", "sales-cycle"):
        exported = await client.get(f"/api/v1/analytics/{name}/export", params={"format": "xlsx"})
        assert exported.status_code == 200, exported.text
    exported = await client.get("/api/v1/analytics/forecast/export", params={"format": "csv"})
    header = exported.content.decode("utf-8-sig").splitlines()[0].split(",")
    assert header[:5] == ["期间", "币种", "承诺商机数", "承诺金额", "承诺加权金额"]
    default = await stat(client, "forecast")
    assert (default["date_from"], default["bucket"]) == (_month(t), "month")
    year = date(t.year + 1, t.month, 1) - timedelta(days=1)
    assert default["date_to"] == str(year)


async def test_pipeline_statistics_follow_the_callers_scope(
    app: Any, client: httpx.AsyncClient, db: TestDatabase
) -> None:
    org = await build_org(app, client, db, ["opportunity:read"])
    t = today()
    for who, amount in (("R1", "100.00"), ("R2", "20.00"), ("R3", "3.00")):
        customer_id = await support.customer(client, owner_id=org.ids[who])
        won = await support.deal(
            client, customer_id=customer_id, owner_id=org.ids[who], amount=amount
        )
        await _win(client, won["id"], t)
        await _created(db, won["id"], t - timedelta(days=len(amount)))  # 6, 5, 4 days
        await support.deal(
            client,
            customer_id=customer_id,
            owner_id=org.ids[who],
            amount=amount,
            expected_close_date=str(t + timedelta(days=20)),
        )

    async def figures(viewer: str) -> tuple[Any, ...]:
        async with http_client(app, org.tokens[viewer]) as http:
            funnel = await stat(http, "funnel")
            rate = await stat(http, "win-rate")
            size = await stat(http, "deal-size")
            cycle = await stat(http, "sales-cycle")
            speed = await stat(http, "pipeline-velocity")
            ahead = await stat(http, "forecast")
        return (
            funnel["rows"][0]["reached"],
            rate["rows"][0]["won_deals"],
            [(r["won_deals"], r["total_amount"]) for r in size["rows"]],
            (cycle["rows"][0]["won_deals"], cycle["rows"][0]["average_days"]),
            [(r["open_deals"], r["velocity"]) for r in speed["rows"]],
            sum(Decimal(r["total"]["amount"]) for r in ahead["rows"]),
        )

    assert await figures("R1") == (
        2,
        1,
        [(1, "100.00")],
        (1, "6.00"),
        [(1, "16.67")],
        Decimal("100.00"),
    )
    assert await figures("M1") == (
        4,
        2,
        [(2, "120.00")],
        (2, "5.50"),
        [(2, "21.82")],
        Decimal("120.00"),
    )
    assert await figures("M2") == (2, 1, [(1, "3.00")], (1, "4.00"), [(1, "0.75")], Decimal("3.00"))
    assert await figures("D") == (
        6,
        3,
        [(3, "123.00")],
        (3, "5.00"),
        [(3, "24.60")],
        Decimal("123.00"),
    )
    async with http_client(app, org.tokens["S"]) as http:
        for name in ("funnel", "win-rate", "deal-size", "sales-cycle", "pipeline-velocity"):
            await stat(http, name, 200 if holds(org, "S", "opportunity:read") else 403)


def _day(value: Any) -> date:
    return date.fromisoformat(str(value)[:10])


def _moment_day(value: Any) -> date:
    moment = value if isinstance(value, datetime) else datetime.fromisoformat(str(value))
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(ZONE).date()


async def test_pipeline_statistics_match_independent_queries(
    client: httpx.AsyncClient, db: TestDatabase
) -> None:
    rng = random.Random(1919)  # noqa: S311 — reproducible test data
    pipeline = await support.default_pipeline(client)
    opens = [support.stage(pipeline, "open", n) for n in range(4)]
    t = today()
    for _ in range(18):
        created = t - timedelta(days=rng.randrange(5, 200))
        deal = await support.deal(
            client,
            currency=rng.choice(["CNY", "USD"]),
            amount=f"{rng.randrange(1, 2_000_000) / 100:.2f}",
            stage_id=rng.choice(opens),
            probability=rng.randrange(0, 101),
            expected_close_date=str(t + timedelta(days=rng.randrange(-30, 300))),
        )
        for stage_id in rng.sample(opens, rng.randrange(0, 3)):
            if stage_id != deal["stage_id"]:
                await _move(client, deal["id"], stage_id)
        fate = rng.random()
        closed = t - timedelta(days=rng.randrange(0, (t - created).days))
        if fate < 0.35:
            await _win(client, deal["id"], closed)
        elif fate < 0.55:
            await _lose(client, deal["id"], closed)
        await _created(db, deal["id"], created)

    deals = await independent(
        db,
        "SELECT id, status, currency, amount, probability, forecast_category, "
        "expected_close_date, closed_on, created_at, stage_id FROM opportunities "
        "WHERE deleted_at IS NULL",
    )
    changes = await independent(
        db, "SELECT opportunity_id, to_stage_id FROM opportunity_stage_changes"
    )
    stages = {
        str(uuid.UUID(str(i))): (kind, position)
        for i, kind, position in await independent(
            db, "SELECT id, kind, position FROM pipeline_stages WHERE deleted_at IS NULL"
        )
    }
    date_from, date_to = t - timedelta(days=150), t

    def q(value: Decimal) -> str:
        return str(value.quantize(CENT, rounding=ROUND_HALF_UP))

    # win-rate, deal-size and sales-cycle per month
    closed_rows = [
        d
        for d in deals
        if d.status in ("won", "lost") and date_from <= _day(d.closed_on) <= date_to
    ]
    params = {"date_from": str(date_from), "date_to": str(date_to), "bucket": "month"}
    rate: dict[str, list[int]] = defaultdict(lambda: [0, 0])
    size: dict[tuple[str, str], list[Any]] = defaultdict(lambda: [0, Decimal("0.00")])
    cycles: dict[str, list[int]] = defaultdict(list)
    for d in closed_rows:
        month = _month(_day(d.closed_on))
        rate[month][0] += 1
        if d.status == "won":
            rate[month][1] += 1
            size[(month, d.currency)][0] += 1
            size[(month, d.currency)][1] += money(db, d.amount)
            cycles[month].append((_day(d.closed_on) - _moment_day(d.created_at)).days)
    body = await stat(client, "win-rate", **params)
    assert {
        r["period_start"]: (r["closed_deals"], r["won_deals"], r["win_rate"]) for r in body["rows"]
    } == {m: (n, w, q(Decimal(w) * 100 / n)) for m, (n, w) in rate.items()}
    body = await stat(client, "deal-size", **params)
    assert {
        (r["period_start"], r["currency"]): (r["won_deals"], r["total_amount"], r["average_amount"])
        for r in body["rows"]
    } == {key: (n, str(total), q(total / n)) for key, (n, total) in size.items()}
    body = await stat(client, "sales-cycle", **params)
    want_cycles = {}
    for month, values in cycles.items():
        values.sort()
        middle = (values[(len(values) - 1) // 2] + values[len(values) // 2]) / Decimal(2)
        want_cycles[month] = (
            len(values),
            q(Decimal(sum(values)) / len(values)),
            q(middle),
            values[0],
            values[-1],
        )
    assert {
        r["period_start"]: (
            r["won_deals"],
            r["average_days"],
            r["median_days"],
            r["min_days"],
            r["max_days"],
        )
        for r in body["rows"]
    } == want_cycles

    # forecast: open deals by expected quarter, weighted per deal, and the won per quarter
    def quarter(day: date) -> str:
        return day.replace(month=(day.month - 1) // 3 * 3 + 1, day=1).isoformat()

    ahead_from, ahead_to = t - timedelta(days=100), t + timedelta(days=250)
    want: dict[tuple[str, str], list[Any]] = defaultdict(
        lambda: [0, Decimal("0.00"), Decimal("0.00"), 0, Decimal("0.00")]
    )
    for d in deals:
        if d.status == "open" and ahead_from <= _day(d.expected_close_date) <= ahead_to:
            row = want[(quarter(_day(d.expected_close_date)), d.currency)]
            amount = money(db, d.amount)
            row[0] += 1
            row[1] += amount
            row[2] += (amount * d.probability / 100).quantize(CENT, rounding=ROUND_HALF_UP)
        if d.status == "won" and ahead_from <= _day(d.closed_on) <= ahead_to:
            row = want[(quarter(_day(d.closed_on)), d.currency)]
            row[3] += 1
            row[4] += money(db, d.amount)
    body = await stat(
        client, "forecast", date_from=str(ahead_from), date_to=str(ahead_to), bucket="quarter"
    )
    assert {
        (r["period_start"], r["currency"]): (
            r["total"]["deals"],
            r["total"]["amount"],
            r["total"]["weighted_amount"],
            r["won_deals"],
            r["won_amount"],
        )
        for r in body["rows"]
    } == {k: (v[0], str(v[1]), str(v[2]), v[3], str(v[4])) for k, v in want.items()}

    # funnel: deals created in the period, how far each got
    cohort = {
        str(uuid.UUID(str(d.id))): d
        for d in deals
        if date_from <= _moment_day(d.created_at) <= date_to
    }
    entered: dict[str, set[str]] = defaultdict(set)
    for deal_id, stage_id in changes:
        entered[str(uuid.UUID(str(deal_id)))].add(str(uuid.UUID(str(stage_id))))
    for deal_id, d in cohort.items():
        entered[deal_id].add(str(uuid.UUID(str(d.stage_id))))
    body = await stat(client, "funnel", date_from=str(date_from), date_to=str(date_to))
    for r in body["rows"]:
        kind, position = stages[r["stage_id"]]
        reached = 0
        for deal_id in cohort:
            kinds = [stages[s] for s in entered[deal_id]]
            won = any(k == "won" for k, _ in kinds)
            if kind == "open":
                hit = won or any(k == "open" and p >= position for k, p in kinds)
            else:
                hit = any(k == kind for k, _ in kinds)
            reached += hit
        now = [d for d in cohort.values() if str(uuid.UUID(str(d.stage_id))) == r["stage_id"]]
        assert (r["reached"], r["current_deals"]) == (reached, len(now)), r["name"]
