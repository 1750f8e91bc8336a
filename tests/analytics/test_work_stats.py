"""Work management's statistics (journals, attendance, approvals): one small organisation with
exact figures for several callers, and a property test of each against independent SQL."""

from __future__ import annotations

import random
from collections import defaultdict
from datetime import UTC, date, datetime, time, timedelta
from decimal import ROUND_HALF_UP, Decimal
from typing import Any

import httpx
from sqlalchemy import insert, update

from salescrm.core.clock import today
from salescrm.work.models import ApprovalRequest, AttendanceDay
from tests.analytics.support import independent, stat
from tests.conftest import TestDatabase, http_client
from tests.contract.matrix import build_org, holds
from tests.sales.support import ok
from tests.work.support import act, leave, requirement, submit, team

JOURNALS = "/api/v1/journals"
WEEK: dict[str, Any] = {
    "date_from": "2026-11-16",
    "date_to": "2026-11-22",
}  # Monday to Sunday, no holiday
MONDAY = date(2026, 11, 16)
NOON = datetime(2026, 11, 16, 4, tzinfo=UTC)  # noon in Shanghai


def _at(day: date, hour: int, minute: int = 0) -> str:
    """A Shanghai wall-clock time, in UTC, as ISO text."""
    moment = datetime.combine(day, time(hour, minute), UTC) - timedelta(hours=8)
    return moment.isoformat()


async def _journal(
    admin: httpx.AsyncClient, owner: str, day: date, period: str = "daily", send: bool = True
) -> None:
    body = {"owner_id": owner, "period": period, "period_start": day.isoformat()}
    created = await ok(await admin.post(JOURNALS, json=body), 201)
    if send:
        await ok(await admin.post(f"{JOURNALS}/{created['id']}/submit", json={}))


async def _timed(db: TestDatabase, request_id: str, hours: Decimal) -> None:
    """Give a decided request a known submission and decision time."""
    async with db.database.engine.begin() as connection:
        await connection.execute(
            update(ApprovalRequest)
            .where(ApprovalRequest.id == _uuid(request_id))
            .values(submitted_at=NOON, decided_at=NOON + timedelta(seconds=int(hours * 3600)))
        )


def _uuid(text: str) -> Any:
    import uuid

    return uuid.UUID(text)


async def test_work_statistics_exact_for_each_scope(
    app: Any, client: httpx.AsyncClient, db: TestDatabase
) -> None:
    org = await build_org(app, client, db, [])
    ids = org.ids
    hired = await client.patch(f"/api/v1/employees/{ids['R3']}", json={"hire_date": "2026-11-18"})
    assert hired.status_code == 200, hired.text
    # Journals: R1 three daily (one on Saturday) and a weekly one submitted, one draft; R3 one.
    for day in (MONDAY, MONDAY + timedelta(days=1), MONDAY + timedelta(days=5)):
        await _journal(client, ids["R1"], day)
    await _journal(client, ids["R1"], MONDAY, "weekly")
    await _journal(client, ids["R1"], MONDAY + timedelta(days=2), send=False)
    await _journal(client, ids["R3"], MONDAY + timedelta(days=3))
    await _journal(client, ids["R3"], MONDAY - timedelta(days=1))  # before the period

    # Approvals: R1 on leave Tuesday and late Wednesday (corrections), all approved by M1;
    # R1 two requirements (approved, rejected) and one pending; R2 a pending leave; R3 withdraws.
    decided: dict[str, Decimal] = {}
    async with http_client(app, org.tokens["R1"]) as r1, http_client(app, org.tokens["M1"]) as m1:
        tuesday = MONDAY + timedelta(days=1)
        away = await submit(r1, leave(_at(tuesday, 9), _at(tuesday, 18)))
        await ok(await act(m1, away["id"], "approve"))
        decided[away["id"]] = Decimal("1")
        wednesday = MONDAY + timedelta(days=2)
        for punch, hour, minute in (("check_in", 9, 40), ("check_out", 18, 10)):
            form = {"punch": punch, "at": _at(wednesday, hour, minute), "reason": "忘记打卡"}
            fixed = await submit(r1, {"type": "attendance_correction", "form": form})
            await ok(await act(m1, fixed["id"], "approve"))
            decided[fixed["id"]] = Decimal("0.5")
        yes, no = await submit(r1, requirement()), await submit(r1, requirement("二期"))
        await submit(r1, requirement("三期"))
        await ok(await act(m1, yes["id"], "approve"))
        await ok(await act(m1, no["id"], "reject", "预算不足"))
        decided[yes["id"]], decided[no["id"]] = Decimal("2"), Decimal("3.5")
    async with http_client(app, org.tokens["R2"]) as r2:
        await submit(r2, leave(_at(date(2027, 3, 1), 9), _at(date(2027, 3, 1), 18)))
    async with http_client(app, org.tokens["R3"]) as r3:
        gone = await submit(r3, requirement("撤回"))
        await ok(await act(r3, gone["id"], "withdraw"))
    for request_id, hours in decided.items():
        await _timed(db, request_id, hours)
    # Attendance: the week settled for everyone.
    settled = await client.post(
        "/api/v1/attendance/recompute",
        json={"day_from": WEEK["date_from"], "day_to": WEEK["date_to"]},
    )
    assert settled.status_code == 200, settled.text

    def by_name(body: Any, *keys: str) -> dict[str, tuple[Any, ...]]:
        names = {f"矩阵{k}": k for k in ids}
        return {
            names[r["employee_name"]]: tuple(r[k] for k in keys)
            for r in body["rows"]
            if r["employee_name"] in names
        }

    journal_keys = ("submitted", "daily", "weekly", "monthly", "late", "drafts", "due_days",
                    "missing_days")  # fmt: skip
    attendance_keys = ("workdays", "present", "normal", "late", "left_early", "missing_punch",
                       "absent", "on_leave", "on_trip", "rest_days_worked", "late_minutes",
                       "early_minutes", "worked_minutes")  # fmt: skip
    idle = (5, 0, 0, 0, 0, 0, 5, 0, 0, 0, 0, 0, 0)
    r1_days = (5, 1, 0, 1, 0, 0, 3, 1, 0, 0, 40, 0, 510)
    r3_days = (3, 0, 0, 0, 0, 0, 3, 0, 0, 0, 0, 0, 0)
    period: dict[str, Any] = {"date_from": today().isoformat(), "date_to": today().isoformat()}
    requirement_row = ("requirement", 3, 1, 0, 1, 1, 0, 2, "2.75")
    approval_keys = ("type", "requests", "pending", "returned", "approved", "rejected",
                     "withdrawn", "decided", "average_hours_to_decision")  # fmt: skip

    async def approvals(http: httpx.AsyncClient) -> list[tuple[Any, ...]]:
        body = await stat(http, "approvals", **period)
        return [tuple(r[k] for k in approval_keys) for r in body["rows"]]

    # The administrator sees everyone.
    body = await stat(client, "journals", **WEEK)
    rows = by_name(body, *journal_keys)
    assert rows["R1"] == (4, 3, 1, 0, 4, 1, 5, 3)
    assert rows["R3"] == (1, 1, 0, 0, 1, 0, 3, 2)
    assert rows["R2"] == (0, 0, 0, 0, 0, 0, 5, 5)
    assert set(rows) == set(ids) - {"admin"}
    whole = by_name(await stat(client, "attendance", **WEEK), *attendance_keys)
    assert (whole["R1"], whole["R3"], whole["M1"]) == (r1_days, r3_days, idle)
    assert await approvals(client) == [
        ("attendance_correction", 2, 0, 0, 2, 0, 0, 2, "0.50"),
        ("leave", 2, 1, 0, 1, 0, 0, 1, "1.00"),
        ("requirement", 4, 1, 0, 1, 1, 1, 2, "2.75"),
    ]
    monthly = await stat(client, "attendance", bucket="week", **WEEK)
    assert {r["period_start"] for r in monthly["rows"]} == {"2026-11-16"}
    refused = await client.get("/api/v1/analytics/journals", params={"bucket": "week"})
    assert refused.status_code == 422
    assert refused.json()["errors"][0]["type"] == "filter_not_supported"

    # A manager sees their team; the other manager theirs; filters narrow within the scope.
    async with http_client(app, org.tokens["M1"]) as m1:
        mine = by_name(await stat(m1, "journals", **WEEK), *journal_keys)
        assert set(mine) == {"M1", "R1", "R2", "V"}
        assert mine["R1"] == (4, 3, 1, 0, 4, 1, 5, 3)
        days = by_name(await stat(m1, "attendance", **WEEK), *attendance_keys)
        assert set(days) == {"M1", "R1", "R2", "V"}
        assert days["R1"] == r1_days
        only = await stat(m1, "attendance", employee_id=ids["R1"], **WEEK)
        assert [r["employee_id"] for r in only["rows"]] == [ids["R1"]]
        assert await approvals(m1) == [
            ("attendance_correction", 2, 0, 0, 2, 0, 0, 2, "0.50"),
            ("leave", 2, 1, 0, 1, 0, 0, 1, "1.00"),
            requirement_row,
        ]
    async with http_client(app, org.tokens["M2"]) as m2:
        theirs = by_name(await stat(m2, "journals", **WEEK), *journal_keys)
        assert set(theirs) == {"M2", "R3", "R4"}
        assert theirs["R3"] == (1, 1, 0, 0, 1, 0, 3, 2)
        days = by_name(await stat(m2, "attendance", **WEEK), *attendance_keys)
        assert set(days) == {"M2", "R3", "R4"}
        assert days["R3"] == r3_days
        assert await approvals(m2) == [("requirement", 1, 0, 0, 0, 0, 1, 0, None)]
    async with http_client(app, org.tokens["R1"]) as r1:
        for name in ("journals", "attendance", "approvals"):
            permission = {"journals": "journal:read", "attendance": "attendance:read",
                          "approvals": "approval:read"}[name]  # fmt: skip
            if not holds(org, "R1", permission):
                await stat(r1, name, 403, **WEEK)
            elif name == "journals":
                assert set(by_name(await stat(r1, name, **WEEK), "submitted")) == {"R1"}
        if holds(org, "R1", "approval:read"):
            assert await approvals(r1) == [
                ("attendance_correction", 2, 0, 0, 2, 0, 0, 2, "0.50"),
                ("leave", 1, 0, 0, 1, 0, 0, 1, "1.00"),
                requirement_row,
            ]
    async with http_client(app, org.tokens["V"]) as viewer:
        await stat(viewer, "journals", 403)
    # A journal submitted today for today is on time.
    await _journal(client, ids["R2"], today())
    same_day = by_name(await stat(client, "journals", **period), "submitted", "late")
    assert same_day["R2"] == (1, 0)


def _business_day(moment: Any) -> date:
    """The Shanghai day of a stored UTC moment (text on SQLite, a datetime on PostgreSQL)."""
    if isinstance(moment, str):
        moment = datetime.fromisoformat(moment)
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return (moment + timedelta(hours=8)).date()


def _day(value: Any) -> date:
    if isinstance(value, date):
        return value
    return date.fromisoformat(str(value)[:10])


def _moment(value: Any) -> datetime:
    moment = datetime.fromisoformat(value) if isinstance(value, str) else value
    return moment.replace(tzinfo=UTC, microsecond=0) if moment.tzinfo is None else moment


async def test_work_statistics_match_independent_queries(
    app: Any, client: httpx.AsyncClient, db: TestDatabase
) -> None:
    rng = random.Random(1919)  # noqa: S311 — reproducible test data
    t = await team(app, client, db, "p")
    people = [t.ids[k] for k in ("M", "R", "R2")]
    start, end = date(2026, 10, 1), date(2026, 11, 30)
    taken: set[tuple[str, str, date]] = set()
    for _ in range(24):
        owner = rng.choice(people)
        kind = rng.choice(("daily", "daily", "daily", "weekly"))
        day = start + timedelta(days=rng.randrange((end - start).days + 1))
        if kind == "weekly":
            day -= timedelta(days=day.weekday())
        if (owner, kind, day) in taken:
            continue
        taken.add((owner, kind, day))
        await _journal(client, owner, day, kind, send=rng.random() < 0.8)
    # Attendance records as the daily computation stores them.
    statuses = ("normal", "late", "left_early", "late_and_left_early", "missing_punch", "absent",
                "on_leave", "on_trip", "rest_day", "pending")  # fmt: skip
    records = []
    for owner in people:
        for n in range(0, 61, rng.choice((1, 2))):
            status = rng.choice(statuses)
            records.append(
                {
                    "employee_id": _uuid(owner),
                    "day": start + timedelta(days=n),
                    "status": status,
                    "workday": status != "rest_day",
                    "late_minutes": rng.randrange(60) if "late" in status else 0,
                    "early_minutes": rng.randrange(60) if "early" in status else 0,
                    "worked_minutes": rng.randrange(600),
                }
            )
    async with db.database.engine.begin() as connection:
        await connection.execute(insert(AttendanceDay), records)
    # Approval requests, decided at random, with random decision times.
    async with http_client(app, t.tokens["R"]) as r, http_client(app, t.tokens["M"]) as m:
        for n in range(12):
            made = await submit(r, requirement(f"需求{n}"))
            choice = rng.choice(("approve", "reject", "withdraw", None))
            if choice == "withdraw":
                await ok(await act(r, made["id"], "withdraw"))
            elif choice is not None:
                await ok(await act(m, made["id"], choice, "意见"))
                await _timed(db, made["id"], Decimal(rng.randrange(1, 200)) / 4)

    for first, last in ((date(2026, 10, 5), date(2026, 11, 20)), (start, end)):
        window: dict[str, Any] = {"date_from": first.isoformat(), "date_to": last.isoformat()}
        # Journals: submitted, late and drafts per author from the raw rows.
        got = {
            r["employee_id"]: (
                r["submitted"],
                r["daily"],
                r["weekly"],
                r["late"],
                r["drafts"],
                r["missing_days"],
            )
            for r in (await stat(client, "journals", **window))["rows"]
            if r["employee_id"] in people
        }
        raw = await independent(
            db,
            "SELECT owner_id, period, period_start, period_end, status, submitted_at "
            "FROM journals WHERE deleted_at IS NULL AND period_start >= :a AND period_start <= :b",
            a=first,
            b=last,
        )
        holidays = {
            _day(d): k for d, k in await independent(
                db, "SELECT day, kind FROM holidays WHERE deleted_at IS NULL"
            )
        }  # fmt: skip
        working = [
            first + timedelta(days=n)
            for n in range((last - first).days + 1)
            if holidays.get(first + timedelta(days=n)) == "workday"
            or (
                holidays.get(first + timedelta(days=n)) != "holiday"
                and (first + timedelta(days=n)).isoweekday() <= 5
            )
        ]
        want: dict[str, list[int]] = {p: [0, 0, 0, 0, 0, 0] for p in people}
        covered: dict[str, set[date]] = defaultdict(set)
        for owner, kind, period_start, period_end, status, submitted_at in raw:
            key = str(_uuid(str(owner)))
            if key not in want:
                continue
            if status != "submitted":
                want[key][4] += 1
                continue
            want[key][0] += 1
            want[key][1] += kind == "daily"
            want[key][2] += kind == "weekly"
            want[key][3] += _business_day(submitted_at) > _day(period_end)
            if kind == "daily":
                covered[key].add(_day(period_start))
        for key in want:
            want[key][5] = len([d for d in working if d not in covered[key]])
        assert got == {k: tuple(v) for k, v in want.items()}, window

        # Attendance: the stored days summed per employee.
        sums = await independent(
            db,
            "SELECT employee_id, status, workday, late_minutes, early_minutes, worked_minutes "
            "FROM attendance_days WHERE day >= :a AND day <= :b",
            a=first,
            b=last,
        )
        counted: dict[str, list[int]] = defaultdict(lambda: [0] * 8)
        for employee, status, workday, late, early, worked in sums:
            c = counted[str(_uuid(str(employee)))]
            c[0] += bool(workday)
            c[1] += status in ("normal", "late", "left_early", "late_and_left_early",
                               "missing_punch")  # fmt: skip
            c[2] += status in ("late", "late_and_left_early")
            c[3] += status == "absent"
            c[4] += status == "rest_day" and worked > 0
            c[5] += late
            c[6] += early
            c[7] += worked
        keys = ("workdays", "present", "late", "absent", "rest_days_worked", "late_minutes",
                "early_minutes", "worked_minutes")  # fmt: skip
        body = await stat(client, "attendance", **window)
        assert {
            r["employee_id"]: [r[k] for k in keys]
            for r in body["rows"]
            if r["employee_id"] in people
        } == {k: v for k, v in counted.items() if k in people}, window

    # Approvals: per type, counts per status and the mean decision time in whole seconds.
    window: dict[str, Any] = {"date_from": today().isoformat(), "date_to": today().isoformat()}
    rows = await independent(
        db,
        "SELECT type, status, submitted_at, decided_at FROM approval_requests "
        "WHERE deleted_at IS NULL",
    )
    expected: dict[str, list[Any]] = defaultdict(lambda: [0, 0, 0, 0, 0, 0])
    for kind, status, submitted_at, decided_at in rows:
        e = expected[kind]
        e[0] += 1
        e[1] += status == "pending"
        e[2] += status == "approved"
        e[3] += status == "rejected"
        if status in ("approved", "rejected") and decided_at is not None:
            e[4] += 1
            seconds = (_moment(decided_at) - _moment(submitted_at)).total_seconds()
            e[5] += int(seconds)
    answer = await stat(client, "approvals", **window)
    assert {
        r["type"]: [
            r["requests"],
            r["pending"],
            r["approved"],
            r["rejected"],
            r["decided"],
            r["average_hours_to_decision"],
        ]
        for r in answer["rows"]
    } == {
        k: [
            *v[:5],
            str((Decimal(v[5]) / v[4] / 3600).quantize(Decimal("0.01"), ROUND_HALF_UP))
            if v[4]
            else None,
        ]
        for k, v in expected.items()
    }
