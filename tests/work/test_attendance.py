"""Attendance: the day's rules as a pure computation, punches, the holiday calendar with
adjusted working days, corrections through approval, work rules, monthly statistics and their
export."""

from __future__ import annotations

import io
from datetime import UTC, date, datetime, time, timedelta
from typing import Any

import httpx
import pytest
from openpyxl import load_workbook

from salescrm.config import Settings
from salescrm.core.jobs import Job, run_once
from salescrm.core.uow import Ctx
from salescrm.work.attendance import Shift, compute_day, settle_yesterday
from salescrm.work.models import ApprovalRequest, AttendancePunch
from tests.activities.support import problem
from tests.conftest import TestDatabase, http_client
from tests.sales.support import ok
from tests.work.support import act, leave, submit, team

ATTENDANCE = "/api/v1/attendance"
HOLIDAYS = "/api/v1/holidays"
WORK_RULES = "/api/v1/work-rules"
SHANGHAI = 8  # hours ahead of UTC


def _at(day: date, hour: int, minute: int = 0) -> datetime:
    """A Shanghai wall-clock time, in UTC."""
    return datetime.combine(day, time(hour, minute), UTC) - timedelta(hours=SHANGHAI)


def _punch(kind: str, moment: datetime) -> AttendancePunch:
    return AttendancePunch(kind=kind, at=moment, day=moment.date())


MONDAY = date(2026, 11, 16)
NINE_TO_SIX = Shift(None, time(9), time(18), timedelta(), timedelta(), frozenset(range(1, 6)), True)


def _day(punches: list[tuple[str, int, int]], *, shift: Shift = NINE_TO_SIX, **kw: Any) -> Any:
    made = [_punch(kind, _at(MONDAY, h, m)) for kind, h, m in punches]
    record = compute_day(
        employee_id=kw.pop("employee_id", None),  # type: ignore[arg-type]
        day=kw.pop("day", MONDAY),
        shift=shift,
        calendar=kw.pop("calendar", {}),
        punches=made,
        away=kw.pop("away", []),
        now=kw.pop("now", datetime(2027, 1, 1, tzinfo=UTC)),
    )
    return record["status"], record["late_minutes"], record["early_minutes"]


def test_a_days_status_from_its_punches_and_its_rule() -> None:
    assert _day([("check_in", 8, 55), ("check_out", 18, 1)]) == ("normal", 0, 0)
    assert _day([("check_in", 9, 20), ("check_out", 18, 0)]) == ("late", 20, 0)
    assert _day([("check_in", 9, 0), ("check_out", 17, 30)]) == ("left_early", 0, 30)
    assert _day([("check_in", 9, 10), ("check_out", 17, 50)]) == ("late_and_left_early", 10, 10)
    assert _day([("check_in", 9, 10)]) == ("missing_punch", 10, 0)
    assert _day([]) == ("absent", 0, 0)
    # A day not over yet is pending, whatever is missing.
    assert _day([("check_in", 8, 50)], now=_at(MONDAY, 12)) == ("pending", 0, 0)
    # Grace: within it is on time; flexible: arrive later, leave as much later.
    graced = Shift(
        None, time(9), time(18), timedelta(minutes=15), timedelta(), frozenset(range(1, 6)), True
    )
    assert _day([("check_in", 9, 14), ("check_out", 17, 46)], shift=graced) == ("normal", 0, 0)
    flexible = Shift(
        None, time(9), time(18), timedelta(), timedelta(minutes=60), frozenset(range(1, 6)), True
    )
    assert _day([("check_in", 9, 40), ("check_out", 18, 40)], shift=flexible) == ("normal", 0, 0)
    assert _day([("check_in", 9, 40), ("check_out", 18, 20)], shift=flexible) == (
        "left_early", 0, 20,
    )  # fmt: skip
    assert _day([("check_in", 10, 5), ("check_out", 19, 30)], shift=flexible) == ("late", 5, 0)


def test_holidays_adjusted_workdays_and_leave() -> None:
    saturday = date(2026, 11, 21)
    assert _day([], day=saturday) == ("rest_day", 0, 0)
    assert _day([], day=saturday, calendar={saturday: "workday"}) == ("absent", 0, 0)
    assert _day([], calendar={MONDAY: "holiday"}) == ("rest_day", 0, 0)
    ignores = Shift(
        None, time(9), time(18), timedelta(), timedelta(), frozenset(range(1, 6)), False
    )
    assert _day([], shift=ignores, calendar={MONDAY: "holiday"}) == ("absent", 0, 0)
    whole = ApprovalRequest(type="leave", starts_at=_at(MONDAY, 0), ends_at=_at(MONDAY, 23))
    assert _day([], away=[whole]) == ("on_leave", 0, 0)
    trip = ApprovalRequest(type="business_trip", starts_at=_at(MONDAY, 8), ends_at=_at(MONDAY, 19))
    assert _day([], away=[trip]) == ("on_trip", 0, 0)
    # A morning off: the day starts when the leave ends.
    morning = ApprovalRequest(type="leave", starts_at=_at(MONDAY, 9), ends_at=_at(MONDAY, 13))
    assert _day([("check_in", 13, 0), ("check_out", 18, 0)], away=[morning]) == ("normal", 0, 0)
    afternoon = ApprovalRequest(type="leave", starts_at=_at(MONDAY, 14), ends_at=_at(MONDAY, 18))
    assert _day([("check_in", 9, 0), ("check_out", 14, 0)], away=[afternoon]) == (
        "normal", 0, 0,
    )  # fmt: skip


async def test_check_in_and_out_with_their_refusals(
    app: Any, client: httpx.AsyncClient, db: TestDatabase
) -> None:
    t = await team(app, client, db)
    spot = {"latitude": 31.2304, "longitude": 121.4737, "accuracy_m": 15}
    async with (
        http_client(app, t.tokens["R"]) as r,
        http_client(app, t.tokens["R2"]) as r2,
        http_client(app, t.tokens["M"]) as m,
    ):
        await problem(await r2.post(f"{ATTENDANCE}/check-out", json={}), 409, "not_checked_in")
        first = await ok(await r.post(f"{ATTENDANCE}/check-in", json=spot), 201)
        assert (first["kind"], first["source"], first["owner_id"]) == (
            "check_in",
            "app",
            t.ids["R"],
        )
        assert first["latitude"] == spot["latitude"]
        await problem(await r.post(f"{ATTENDANCE}/check-in", json={}), 409, "already_checked_in")
        await ok(await r.post(f"{ATTENDANCE}/check-out", json={}), 201)
        await ok(await r.post(f"{ATTENDANCE}/check-in", json={}), 201)  # back after lunch
        mine = await ok(await r.get(f"{ATTENDANCE}/punches"))
        assert [p["kind"] for p in mine["items"]] == ["check_in", "check_out", "check_in"]
        # The manager sees the punches and today's record; a peer does not.
        assert (await m.get(f"{ATTENDANCE}/punches/{first['id']}")).status_code == 200
        assert (await r2.get(f"{ATTENDANCE}/punches/{first['id']}")).status_code == 404
        today = first["day"]
        days = await ok(
            await m.get(
                f"{ATTENDANCE}/days",
                params={"employee_id": t.ids["R"], "day_from": today, "day_to": today},
            )
        )
        assert [d["first_in"] for d in days["items"]] == [first["at"]]
        peer = await r2.get(
            f"{ATTENDANCE}/days",
            params={"employee_id": t.ids["R"], "day_from": today, "day_to": today},
        )
        await problem(peer, 422, "validation_error")


async def test_a_month_from_corrections_leave_and_the_holiday_calendar(
    app: Any, client: httpx.AsyncClient, db: TestDatabase
) -> None:
    t = await team(app, client, db)
    hired = await client.patch(f"/api/v1/employees/{t.ids['R']}", json={"hire_date": "2026-10-05"})
    assert hired.status_code == 200, hired.text

    def correction(punch: str, moment: datetime) -> dict[str, Any]:
        form = {"punch": punch, "at": moment.isoformat(), "reason": "忘记打卡"}
        return {"type": "attendance_correction", "form": form}

    thursday, friday, saturday = date(2026, 10, 8), date(2026, 10, 9), date(2026, 10, 10)
    async with http_client(app, t.tokens["R"]) as r, http_client(app, t.tokens["M"]) as m:
        future = correction("check_in", datetime.now(UTC) + timedelta(days=2))
        assert (await r.post("/api/v1/approvals", json=future)).status_code == 422
        for body in (
            correction("check_in", _at(thursday, 8, 55)),
            correction("check_out", _at(thursday, 18, 10)),
            correction("check_in", _at(saturday, 9, 40)),  # an adjusted working day (调休)
        ):
            request = await submit(r, body)
            done = await ok(await act(m, request["id"], "approve"))
            assert done["applied_at"] is not None
        away = await submit(r, leave(_at(friday, 9).isoformat(), _at(friday, 18).isoformat()))
        await ok(await act(m, away["id"], "approve"))
        days = await ok(
            await r.get(
                f"{ATTENDANCE}/days", params={"day_from": "2026-10-04", "day_to": "2026-10-13"}
            )
        )
        by_day = {d["day"]: d for d in days["items"]}
        assert {d: v["status"] for d, v in by_day.items()} == {
            "2026-10-05": "rest_day",  # National Day (hired that day)
            "2026-10-06": "rest_day",
            "2026-10-07": "rest_day",
            "2026-10-08": "normal",
            "2026-10-09": "on_leave",
            "2026-10-10": "missing_punch",
            "2026-10-11": "rest_day",
            "2026-10-12": "absent",
            "2026-10-13": "absent",
        }
        assert by_day["2026-10-10"]["late_minutes"] == 40
        assert by_day["2026-10-08"]["worked_minutes"] == 555
        assert by_day["2026-10-09"]["request_id"] == away["id"]
        punches = await ok(await r.get(f"{ATTENDANCE}/punches", params={"day_to": "2026-10-31"}))
        assert {p["source"] for p in punches["items"]} == {"correction"}

    # The whole month, settled, per employee and per department.
    settled = await client.post(
        f"{ATTENDANCE}/recompute",
        json={"day_from": "2026-10-01", "day_to": "2026-10-31", "employee_id": t.ids["R"]},
    )
    assert (await ok(settled))["days"] == 27
    stats = await ok(await client.get(f"{ATTENDANCE}/statistics", params={"month": "2026-10"}))
    row = next(row for row in stats["rows"] if row["employee_id"] == t.ids["R"])
    counts = {k: row[k] for k in ("workdays", "normal", "late", "left_early", "missing_punch",
                                  "absent", "on_leave", "on_trip", "rest_days_worked",
                                  "late_minutes", "early_minutes", "worked_minutes")}  # fmt: skip
    assert counts == {
        "workdays": 18, "normal": 1, "late": 0, "left_early": 0, "missing_punch": 1,
        "absent": 15, "on_leave": 1, "on_trip": 0, "rest_days_worked": 0, "late_minutes": 40,
        "early_minutes": 0, "worked_minutes": 555,
    }  # fmt: skip
    assert row["employee"]["name"].startswith("审批R")
    # A peer sees none of it; the manager's department view counts their scope.
    async with http_client(app, t.tokens["R2"]) as r2:
        theirs = await ok(await r2.get(f"{ATTENDANCE}/statistics", params={"month": "2026-10"}))
        assert [row["employee_id"] for row in theirs["rows"]] == []
    async with http_client(app, t.tokens["M"]) as m:
        grouped = await ok(
            await m.get(
                f"{ATTENDANCE}/statistics", params={"month": "2026-10", "group": "department"}
            )
        )
        assert grouped["totals"]["absent"] == 15
        assert [row["employees"] for row in grouped["rows"]] == [1]
        exported = await m.get(f"{ATTENDANCE}/statistics/export", params={"month": "2026-10"})
        assert exported.status_code == 200
        sheet = load_workbook(io.BytesIO(exported.content)).active
        rows = list(sheet.iter_rows(values_only=True))
        assert rows[0][:5] == ("员工", "部门", "人数", "应出勤天数", "正常")
        assert (rows[-1][0], rows[-1][8]) == ("合计", 15)
    audit = await ok(
        await client.get("/api/v1/audit-events", params={"resource": "attendance_export"})
    )
    assert len(audit["items"]) == 1


async def test_a_rule_and_the_calendar_are_data(
    app: Any, client: httpx.AsyncClient, db: TestDatabase
) -> None:
    listed = await ok(await client.get(HOLIDAYS, params={"year": 2026, "limit": 100}))
    kinds = {h["day"]: h["kind"] for h in listed["items"]}
    assert (kinds["2026-10-01"], kinds["2026-10-10"]) == ("holiday", "workday")
    assert (await ok(await client.post(f"{HOLIDAYS}/import", json={"year": 2026})))["added"] == 0
    unknown = await client.post(f"{HOLIDAYS}/import", json={"year": 2099})
    assert (await problem(unknown, 422, "validation_error"))["errors"][0]["type"] == (
        "year_not_published"
    )
    # Next year's announcement, typed in by hand.
    await ok(
        await client.post(HOLIDAYS, json={"day": "2027-01-01", "kind": "holiday", "name": "元旦"}),
        201,
    )
    twice = await client.post(HOLIDAYS, json={"day": "2027-01-01", "kind": "holiday", "name": "x"})
    assert twice.status_code == 409
    bad = {"name": "倒班", "start_time": "18:00", "end_time": "09:00"}
    assert (await client.post(WORK_RULES, json=bad)).status_code == 422
    rule = await ok(
        await client.post(
            WORK_RULES, json={"name": "默认", "grace_minutes": 10, "workdays": [5, 1, 1]}
        ),
        201,
    )
    assert rule["workdays"] == [1, 5]


@pytest.mark.parametrize("month", ["2026-13", "26-01", "2026-1"])
async def test_a_month_is_yyyy_mm(client: httpx.AsyncClient, month: str) -> None:
    response = await client.get(f"{ATTENDANCE}/statistics", params={"month": month})
    assert response.status_code == 422


async def test_the_nightly_job_settles_the_day_before_for_everyone(
    app: Any, client: httpx.AsyncClient, db: TestDatabase, settings: Settings
) -> None:
    t = await team(app, client, db)

    async def on_the_13th(ctx: Ctx) -> int:
        return await settle_yesterday(ctx, today=date(2026, 10, 13))

    settled = await run_once(Job("settle_attendance", 86_400, on_the_13th), db.database, settings)
    assert settled == 1 + len(t.ids)  # the administrator and the team
    async with http_client(app, t.tokens["M"]) as m:
        stats = await ok(await m.get(f"{ATTENDANCE}/statistics", params={"month": "2026-10"}))
    assert {row["employee_id"] for row in stats["rows"]} == {t.ids[k] for k in ("M", "R", "R2")}
    assert stats["totals"]["absent"] == 3
