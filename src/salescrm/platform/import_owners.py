"""The columns every import target shares: the owner (负责人) and the original creation time
(创建时间) of records migrated from another CRM.

**Owners** are named by username, employee number or name, tried in that order; only live
employees who have not left may own records. A name two such employees share is ambiguous
(``ambiguous_owner``); a name nobody has is ``unknown_owner`` — or, when the upload says
``unknown_owner=pool``, the record goes to the public pool (no owner), as does the export's own
``公海``. Giving a record to someone else, or to nobody, follows the rule of ``PATCH owner_id``:
the uploader needs ``<resource>:assign`` and the new owner must be within the uploader's own
data scope (administrators: anyone); otherwise the row is refused. Without an owner column,
rows are the uploader's as before.

**Creation times** are ISO dates or date-times (``2021-03-05``, ``2021/3/5 14:30``,
``2021-03-05T06:30:00Z``); a time without a zone is in the deployment's zone
(``SALESCRM_TIMEZONE``, Asia/Shanghai by default), a date alone is its midnight there. A time
in the future is refused (``in_future``).
"""

from __future__ import annotations

import re
import uuid
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any, Literal
from zoneinfo import ZoneInfo

from sqlalchemy import or_, select

from salescrm.auth.models import Account
from salescrm.core.permissions.scope import owner_ids
from salescrm.core.uow import Ctx
from salescrm.org.models import Employee

UnknownOwner = Literal["error", "pool"]

#: What the export writes for a customer in the public pool (no owner).
POOL_WORDS = frozenset({"公海", "公海池", "pool", "public pool"})

MESSAGES_ZH = {
    "unknown_owner": "找不到该负责人(用户名、工号或姓名)",
    "ambiguous_owner": "有多名员工同名,请填写用户名或工号",
    "owner_not_assignable": "无权把记录分配给他人或公海",
    "owner_outside_scope": "该负责人不在您的数据范围内",
    "in_future": "时间不能晚于现在",
    "bad_datetime": "不是有效的日期或时间",
}

_MOMENT = re.compile(
    r"^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?"
    r"(?:[ T]+(\d{1,2})[:：时](\d{1,2})(?:[:：分](\d{1,2})(?:\.(\d{1,6}))?)?秒?)?\s*"
    r"(Z|[+-]\d{2}:?\d{2})?$"
)


def parse_moment(text: str, zone: str, now: datetime) -> tuple[datetime | None, str | None]:
    """A date or date-time cell as a UTC moment, or the problem code (``bad_datetime``,
    ``in_future``)."""
    match = _MOMENT.match(text.strip())
    if match is None:
        return None, "bad_datetime"
    year, month, day, hour, minute, second, fraction, offset = match.groups()
    try:
        moment = datetime(
            int(year),
            int(month),
            int(day),
            int(hour or 0),
            int(minute or 0),
            int(second or 0),
            int((fraction or "0").ljust(6, "0")),
            tzinfo=UTC,
        )
    except ValueError:
        return None, "bad_datetime"
    if offset is None:
        moment = moment.replace(tzinfo=ZoneInfo(zone))
    elif offset != "Z":
        moment = datetime.fromisoformat(f"{moment.isoformat()}{offset[:3]}:{offset[-2:]}")
    moment = moment.astimezone(UTC)
    if moment > now:
        return None, "in_future"
    return moment, None


MOMENT_MESSAGES = {
    "bad_datetime": "Not a date or time (e.g. 2021-03-05 or 2021-03-05 14:30)",
    "in_future": "Must not be in the future",
}


@dataclass(frozen=True)
class Holder:
    id: uuid.UUID
    name: str
    employee_no: str
    username: str | None


class OwnerDirectory:
    """The employees an import's owner cells name, and which of them the uploader may give
    records to (their own data scope)."""

    def __init__(self, ctx: Ctx) -> None:
        self.ctx = ctx
        self.session = ctx.session

    async def holders(self, handles: Iterable[str]) -> list[Holder]:
        wanted = sorted(set(handles))
        if not wanted:
            return []
        stmt = (
            select(Employee.id, Employee.name, Employee.employee_no, Account.username)
            .outerjoin(Account, Account.employee_id == Employee.id)
            .where(
                Employee.deleted_at.is_(None),
                Employee.employment_status != "resigned",
                or_(
                    Account.username.in_(wanted),
                    Employee.employee_no.in_(wanted),
                    Employee.name.in_(wanted),
                ),
            )
        )
        return [Holder(*row) for row in (await self.session.execute(stmt)).all()]

    async def in_scope(self, ids: Iterable[uuid.UUID]) -> set[uuid.UUID]:
        """Those of ``ids`` whose records fall within the uploader's own scope."""
        wanted = set(ids)
        subject = self.ctx.subject
        if not wanted or subject.sees_everything:
            return wanted
        scope = owner_ids(subject)
        if scope is None:
            return set()
        stmt = select(Employee.id).where(Employee.id.in_(wanted), Employee.id.in_(scope))
        return set((await self.session.scalars(stmt)).all())

    async def usernames(self, limit: int) -> list[str]:
        """The usernames of the current employees the uploader may give records to, if at most
        ``limit`` (for a template's validation list), else none."""
        stmt = (
            select(Account.username)
            .join(Employee, Employee.id == Account.employee_id)
            .where(Employee.deleted_at.is_(None), Employee.employment_status != "resigned")
            .order_by(Account.username)
            .limit(limit + 1)
        )
        subject = self.ctx.subject
        if not subject.sees_everything:
            scope = owner_ids(subject)
            if scope is None:
                return []
            stmt = stmt.where(Employee.id.in_(scope))
        names = list((await self.session.scalars(stmt)).all())
        return names if len(names) <= limit else []


class OwnerResolver:
    """Turns the owner cells of a chunk of rows into owner ids (``row.extra["owner_id"]``; None
    for the pool) or row problems on field ``owner``."""

    def __init__(self, ctx: Ctx, resource: str | None, unknown: UnknownOwner) -> None:
        self.ctx = ctx
        self.resource = resource
        self.unknown = unknown
        self.directory = OwnerDirectory(ctx)
        #: handle → (owner id or None, problem code or None), across chunks.
        self.known: dict[str, tuple[uuid.UUID | None, str | None]] = {}

    async def resolve(self, rows: Sequence[Any]) -> None:
        pending = [r for r in rows if r.ok and "owner" in r.extra]
        handles = {r.extra["owner"] for r in pending} - set(self.known)
        if handles:
            await self._learn(handles)
        subject = self.ctx.subject
        # A target without owners of its own (activities: the owner takes part) needs none.
        may_assign = self.resource is None or subject.can(f"{self.resource}:assign")
        for row in pending:
            handle: str = row.extra.pop("owner")
            owner_id, problem = self.known[handle]
            if problem == "unknown_owner":
                row.fail(
                    "owner",
                    "No current employee has this username, employee number or name",
                    problem,
                )
            elif problem == "ambiguous_owner":
                row.fail(
                    "owner",
                    "Several employees have this name; give the username or employee number",
                    problem,
                )
            elif owner_id != subject.id and not may_assign:
                row.fail(
                    "owner",
                    f"Giving records to others or to the pool needs {self.resource}:assign",
                    "owner_not_assignable",
                )
            elif problem == "owner_outside_scope":
                row.fail("owner", "This employee is outside your data scope", problem)
            else:
                row.extra["owner_id"] = owner_id

    async def _learn(self, handles: set[str]) -> None:
        holders = await self.directory.holders(handles)
        scope = await self.directory.in_scope(h.id for h in holders)
        by_username = {h.username: h for h in holders if h.username}
        by_number = {h.employee_no: h for h in holders}
        by_name: dict[str, set[uuid.UUID]] = defaultdict(set)
        for h in holders:
            by_name[h.name].add(h.id)
        for handle in handles:
            found = by_username.get(handle) or by_number.get(handle)
            ids = {found.id} if found else by_name.get(handle, set())
            if len(ids) == 1:
                (owner_id,) = ids
                self.known[handle] = (
                    owner_id,
                    None if owner_id in scope else "owner_outside_scope",
                )
            elif len(ids) > 1:
                self.known[handle] = (None, "ambiguous_owner")
            elif handle.casefold() in POOL_WORDS or self.unknown == "pool":
                self.known[handle] = (None, None)
            else:
                self.known[handle] = (None, "unknown_owner")
