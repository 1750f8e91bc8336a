"""Authentication queries: accounts, sessions, login events, API keys, and the principal row."""

from __future__ import annotations

import uuid
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any, ClassVar

from sqlalchemy import Select, func, or_, select, update
from sqlalchemy.ext.asyncio import AsyncSession

from salescrm.auth.models import Account, ApiKey, AuthSession, LoginEvent
from salescrm.core.clock import utcnow
from salescrm.core.filtering import FilterOp, eq, gte
from salescrm.core.repository import ReadRepository
from salescrm.org.models import Department, Employee, EmployeeRole, Role

FAILURE = "login_failed"
SUCCESS = "login_succeeded"
SECURITY_READ = "security:read"


@dataclass(frozen=True)
class Failures:
    count: int
    last: datetime | None


@dataclass(frozen=True)
class Principal:
    """What authorization needs about an employee, loaded in two queries."""

    employee: Employee
    account: Account | None
    department_path: str
    roles: list[tuple[list[str], str]]  # (permissions, data scope) per live role

    @property
    def can_log_in(self) -> bool:
        return (
            self.employee.deleted_at is None
            and self.employee.employment_status != "resigned"
            and self.account is not None
            and self.account.enabled
        )


class AuthRepository:
    def __init__(self, session: AsyncSession) -> None:
        self.session = session

    async def principal(self, employee_id: uuid.UUID) -> Principal | None:
        row = (
            await self.session.execute(
                select(Employee, Account, Department.path)
                .join(Department, Department.id == Employee.department_id)
                .outerjoin(Account, Account.employee_id == Employee.id)
                .where(Employee.id == employee_id)
            )
        ).first()
        if row is None:
            return None
        roles = (
            await self.session.execute(
                select(Role.permissions, Role.data_scope)
                .join(EmployeeRole, EmployeeRole.role_id == Role.id)
                .where(EmployeeRole.employee_id == employee_id, Role.deleted_at.is_(None))
            )
        ).all()
        return Principal(row[0], row[1], row[2], [(list(p), s) for p, s in roles])

    async def account_of(self, employee_id: uuid.UUID) -> Account | None:
        result: Account | None = await self.session.scalar(
            select(Account).where(Account.employee_id == employee_id)
        )
        return result

    async def record_login(self, account_id: uuid.UUID) -> None:
        await self.session.execute(
            update(Account)
            .where(Account.id == account_id)
            .values(last_login_at=utcnow())
            .execution_options(synchronize_session=False)
        )

    async def account_by_username(self, username: str) -> Account | None:
        result: Account | None = await self.session.scalar(
            select(Account).where(Account.username == username.lower())
        )
        return result

    async def failures(
        self,
        *,
        since: datetime,
        username: str | None = None,
        ip: str | None = None,
        by_address: bool = False,
    ) -> Failures:
        """Failed logins since ``since`` of an account, from an address (``by_address``; a
        missing address counts as one address of its own), or of the pair."""
        conditions = [LoginEvent.event == FAILURE, LoginEvent.occurred_at >= since]
        if username is not None:
            conditions.append(LoginEvent.username == username)
        if by_address:
            conditions.append(LoginEvent.ip.is_not_distinct_from(ip))
        count, last = (
            await self.session.execute(
                select(func.count(), func.max(LoginEvent.occurred_at)).where(*conditions)
            )
        ).one()
        return Failures(int(count or 0), last)

    async def last_login(self, *, username: str, ip: str | None) -> datetime | None:
        """When the account last logged in from the address (None: never)."""
        result: datetime | None = await self.session.scalar(
            select(func.max(LoginEvent.occurred_at)).where(
                LoginEvent.event == SUCCESS,
                LoginEvent.username == username,
                LoginEvent.ip.is_not_distinct_from(ip),
            )
        )
        return result

    async def settle_attempt(self, event_id: uuid.UUID, **values: object) -> None:
        """Turn a reserved attempt (recorded as a failure before the password was checked) into
        what it turned out to be."""
        await self.session.execute(
            update(LoginEvent)
            .where(LoginEvent.id == event_id)
            .values(**values)
            .execution_options(synchronize_session=False)
        )

    def record_event(self, **values: object) -> LoginEvent:
        event = LoginEvent(**values)
        self.session.add(event)
        return event

    async def get_session(self, session_id: uuid.UUID) -> AuthSession | None:
        result: AuthSession | None = await self.session.get(AuthSession, session_id)
        return result

    def add_session(self, auth_session: AuthSession) -> None:
        self.session.add(auth_session)

    async def rotate_refresh(
        self,
        session_id: uuid.UUID,
        *,
        old_jti: uuid.UUID,
        new_jti: uuid.UUID,
        expires_at: datetime,
        now: datetime,
    ) -> bool:
        """Swap the session's refresh token id, only if ``old_jti`` is still the current one.

        One conditional UPDATE, so two requests presenting the same refresh token cannot both
        rotate it: on PostgreSQL the second waits for the first's row lock, re-reads the row and
        matches nothing. False means the token was already used (or the session revoked).
        The loaded ``AuthSession`` (if any) is expired, never left with stale values.
        """
        result = await self.session.execute(
            update(AuthSession)
            .where(
                AuthSession.id == session_id,
                AuthSession.refresh_jti == old_jti,
                AuthSession.revoked_at.is_(None),
            )
            .values(refresh_jti=new_jti, expires_at=expires_at, last_seen_at=now)
            .execution_options(synchronize_session=False)
        )
        self._expire(session_id)
        return int(result.rowcount or 0) == 1  # type: ignore[attr-defined]

    async def revoke_session(self, session_id: uuid.UUID, reason: str) -> None:
        """End one session (if still live) with a statement, not through a loaded object."""
        await self.session.execute(
            update(AuthSession)
            .where(AuthSession.id == session_id, AuthSession.revoked_at.is_(None))
            .values(revoked_at=utcnow(), revoke_reason=reason)
            .execution_options(synchronize_session=False)
        )
        self._expire(session_id)

    def _expire(self, session_id: uuid.UUID) -> None:
        loaded = self.session.identity_map.get(self.session.identity_key(AuthSession, session_id))
        if loaded is not None:
            self.session.expire(loaded)

    async def revoke_sessions(
        self, *, employee_id: uuid.UUID, reason: str, except_session: uuid.UUID | None = None
    ) -> int:
        stmt = (
            update(AuthSession)
            .where(AuthSession.employee_id == employee_id, AuthSession.revoked_at.is_(None))
            .values(revoked_at=utcnow(), revoke_reason=reason)
        )
        if except_session is not None:
            stmt = stmt.where(AuthSession.id != except_session)
        result = await self.session.execute(stmt)
        return int(result.rowcount or 0)  # type: ignore[attr-defined]

    async def api_key_by_prefix(self, prefix: str) -> ApiKey | None:
        result: ApiKey | None = await self.session.scalar(
            select(ApiKey).where(ApiKey.prefix == prefix, ApiKey.deleted_at.is_(None))
        )
        return result

    async def touch_api_key(self, key_id: uuid.UUID) -> None:
        """Record use at most once a minute, so reads rarely write."""
        now = utcnow()
        await self.session.execute(
            update(ApiKey)
            .where(
                ApiKey.id == key_id,
                or_(
                    ApiKey.last_used_at.is_(None), ApiKey.last_used_at < now - timedelta(minutes=1)
                ),
            )
            .values(last_used_at=now)
            .execution_options(synchronize_session=False)
        )


class LoginEventRepository(ReadRepository[LoginEvent]):
    model = LoginEvent
    sort_fields: ClassVar = {"occurred_at": "occurred_at"}
    default_sort = "-occurred_at"
    filters: ClassVar[dict[str, FilterOp]] = {
        "employee_id": eq(LoginEvent.employee_id),
        "event": eq(LoginEvent.event),
        "occurred_after": gte(LoginEvent.occurred_at),
    }

    def scope(self, stmt: Select[Any], *, write: bool = False, shares: bool = True) -> Select[Any]:
        """Everyone sees their own logins; ``security:read`` sees all."""
        if self.ctx.subject.can(SECURITY_READ):
            return stmt
        return stmt.where(LoginEvent.employee_id == self.ctx.subject.id)
