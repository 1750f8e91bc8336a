"""Authentication rules: who the caller is, login, refresh rotation, logout, password change.

Login throttling counts the failures recorded in ``login_events``, so it needs no process-local
state and holds across workers and restarts. Past a number of recent failures, an attempt waits
1, 2, 4 … seconds (at most the window) after the last one, counted for

* the account from this address (the guesser's own pair),
* this address, whatever the accounts (spraying one password over many),
* the account from any address, only where the account has never logged in from this address
  (a guesser with many addresses shares one budget; the owner's usual places are left alone).

Failures elsewhere thus never hold back the owner where they log in, while every guess stays
throttled. A refused attempt is not checked, so a right and a wrong password get the same 429.
An attempt that passes is recorded as a failure and committed *before* its password is checked
(then turned into a success if it was right), so attempts sent together cannot all pass, and
no lock is held during the slow hash. Checking the current password to change it is an attempt
like any other.
"""

from __future__ import annotations

import hashlib
import hmac
import logging
import math
import uuid
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import ClassVar

from sqlalchemy.exc import OperationalError
from sqlalchemy.ext.asyncio import AsyncSession

from salescrm.auth.models import AuthSession, LoginEvent
from salescrm.auth.repository import (
    FAILURE,
    SECURITY_READ,
    SUCCESS,
    AuthRepository,
    Failures,
    LoginEventRepository,
    Principal,
)
from salescrm.config import Settings
from salescrm.core.clock import utcnow
from salescrm.core.errors import AppError, Forbidden, Unauthorized, ValidationFailed
from salescrm.core.permissions.catalog import DataScope
from salescrm.core.permissions.subject import Subject, register_subject_loader
from salescrm.core.security.passwords import PasswordHasher
from salescrm.core.security.tokens import Claims, InvalidTokenError, TokenCodec
from salescrm.core.service import ReadService
from salescrm.core.uow import begin_write, commit_step

log = logging.getLogger("salescrm.auth")
API_KEY_PREFIX = "sck_"
BEARER_CHALLENGE = {"WWW-Authenticate": 'Bearer realm="salescrm"'}
INVALID_TOKEN_CHALLENGE = {"WWW-Authenticate": 'Bearer realm="salescrm", error="invalid_token"'}


class RateLimited(AppError):
    status, code, detail_key = 429, "rate_limited", "too_many_failures"


def invalid_token() -> Unauthorized:
    return Unauthorized("invalid_token", headers=INVALID_TOKEN_CHALLENGE)


def hash_api_key(key: str) -> str:
    """API keys are long random secrets: a plain SHA-256 is enough (and fast per request)."""
    return hashlib.sha256(key.encode()).hexdigest()


def subject_for(principal: Principal, **extra: object) -> Subject:
    permissions: set[str] = set()
    scopes: set[DataScope] = set()
    for role_permissions, scope in principal.roles:
        permissions.update(role_permissions)
        scopes.add(DataScope(scope))
    employee = principal.employee
    return Subject(
        kind="employee",
        id=employee.id,
        permissions=frozenset(permissions),
        scopes=frozenset(scopes or {DataScope.own}),
        department_id=employee.department_id,
        department_path=principal.department_path,
        manager_path=employee.manager_path,
        **extra,  # type: ignore[arg-type]
    )


async def load_subject(session: AsyncSession, employee_id: uuid.UUID) -> Subject | None:
    """What an employee who has not left may do today, for rules about someone other than the
    caller (``core.permissions.subject.subject_of``); a login is not needed for that."""
    principal = await AuthRepository(session).principal(employee_id)
    employee = None if principal is None else principal.employee
    if principal is None or employee is None or employee.deleted_at is not None:
        return None
    if employee.employment_status == "resigned":
        return None
    return subject_for(principal)


register_subject_loader(load_subject)


@dataclass(frozen=True)
class TokenPair:
    access_token: str
    refresh_token: str
    expires_in: int
    session_id: uuid.UUID


class Authenticator:
    """Turns the request's credentials into a ``Subject`` (or a 401)."""

    def __init__(self, settings: Settings) -> None:
        self.tokens = TokenCodec(settings)

    async def authenticate(
        self, session: AsyncSession, *, bearer: str | None, api_key: str | None
    ) -> Subject:
        repo = AuthRepository(session)
        credential = api_key or bearer
        if not credential:
            raise Unauthorized("invalid_token", headers=BEARER_CHALLENGE)
        if credential.startswith(API_KEY_PREFIX):
            return await self._api_key(repo, credential)
        try:
            claims = self.tokens.decode(credential, "access")
        except InvalidTokenError as exc:
            log.info("token refused: %s", exc)
            raise invalid_token() from exc
        auth_session = await repo.get_session(claims.session_id)
        if (
            auth_session is None
            or auth_session.revoked_at is not None
            or auth_session.employee_id != claims.subject
            or auth_session.expires_at <= utcnow()
        ):
            raise invalid_token()
        principal = await repo.principal(claims.subject)
        if principal is None or not principal.can_log_in:
            raise invalid_token()
        return subject_for(principal, session_id=claims.session_id)

    async def _api_key(self, repo: AuthRepository, key: str) -> Subject:
        prefix = key[len(API_KEY_PREFIX) :].split("_", 1)[0]
        record = await repo.api_key_by_prefix(prefix)
        if (
            record is None
            or not hmac.compare_digest(record.key_hash, hash_api_key(key))
            or record.revoked_at is not None
            or (record.expires_at is not None and record.expires_at <= utcnow())
        ):
            raise invalid_token()
        principal = await repo.principal(record.employee_id)
        if principal is None or not principal.can_log_in:
            raise invalid_token()
        creator = subject_for(principal)
        try:
            await repo.touch_api_key(record.id)
        except OperationalError:
            # SQLite only: a read snapshot cannot become a write while another writer holds the
            # lock, and the failed statement leaves the transaction usable. Elsewhere it is real.
            if repo.session.get_bind().dialect.name != "sqlite":
                raise
            log.debug("api key last-use not recorded this time")
        granted = frozenset(record.permissions)
        effective = granted if "*" in creator.permissions else granted & creator.permissions
        return Subject(
            kind="api_key",
            id=creator.id,
            permissions=effective,
            scopes=creator.scopes,
            department_id=creator.department_id,
            department_path=creator.department_path,
            manager_path=creator.manager_path,
            api_key_id=record.id,
        )


class AuthService:
    def __init__(self, session: AsyncSession, settings: Settings) -> None:
        self.session = session
        self.settings = settings
        self.repo = AuthRepository(session)
        self.tokens = TokenCodec(settings)
        self.hasher = PasswordHasher.for_settings(settings)  # shared: costs nothing to get

    # ----- login -----------------------------------------------------------------------------
    async def login(
        self, *, username: str, password: str, ip: str | None, user_agent: str | None
    ) -> TokenPair:
        username = username.strip().lower()
        now = utcnow()
        account = await self.repo.account_by_username(username)
        principal = await self.repo.principal(account.employee_id) if account else None
        attempt = await self._reserve_attempt(
            username=username[:64],
            employee_id=account.employee_id if account else None,
            ip=ip,
            user_agent=user_agent,
            now=now,
        )
        password_ok = await self.hasher.verify_async(
            password, account.password_hash if account else None
        )
        if account is None or principal is None or not password_ok or not principal.can_log_in:
            raise Unauthorized("bad_credentials", headers=BEARER_CHALLENGE)  # counted already
        if self.hasher.needs_rehash(account.password_hash):
            account.password_hash = await self.hasher.hash_async(password)
        await begin_write(self.session)
        # A plain UPDATE, not the version-checked one: simultaneous logins (phone and laptop)
        # must not conflict, and each login is in login_events already.
        await self.repo.record_login(account.id)
        pair = self._open_session(principal.employee.id, ip=ip, user_agent=user_agent)
        await self.repo.settle_attempt(attempt, event=SUCCESS, session_id=pair.session_id)
        return pair

    async def _reserve_attempt(
        self,
        *,
        username: str,
        employee_id: uuid.UUID | None,
        ip: str | None,
        user_agent: str | None,
        now: datetime,
    ) -> uuid.UUID:
        """Check the throttle (429) and record this attempt as a failure, committed at once,
        before its password is checked: attempts sent together are counted one after the other
        (under SQLite's write lock, or PostgreSQL advisory locks on the account and the
        address), so no more of them reach the slow check than one at a time would. The caller
        turns the attempt into a success once the password is right; until then, and if the
        request fails in any way, it stays a failure. Returns the attempt's id."""
        await begin_write(self.session, f"login:account:{username}", f"login:address:{ip or ''}")
        await self._throttle(username=username, ip=ip, now=now)
        attempt = self.repo.record_event(
            event=FAILURE,
            occurred_at=now,
            username=username,
            employee_id=employee_id,
            ip=ip,
            user_agent=user_agent,
        )
        await commit_step(self.session)
        return attempt.id

    async def _throttle(self, *, username: str, ip: str | None, now: datetime) -> None:
        """429 while any of the three counts (module docstring) still makes this attempt wait.
        A request without an address (a Unix socket and no trusted proxy) counts as coming
        from one address of its own, under the same rules."""
        settings = self.settings
        since = now - timedelta(seconds=settings.login_failure_memory_seconds)
        # A login from here clears the pair's earlier failures (typos), and makes it one of the
        # owner's places.
        known_since = await self.repo.last_login(username=username, ip=ip)
        pair = await self.repo.failures(
            since=max(since, known_since or since), username=username, ip=ip, by_address=True
        )
        address = await self.repo.failures(since=since, ip=ip, by_address=True)
        waits = [
            self._wait(pair, settings.login_failures_per_account, now),
            self._wait(address, settings.login_failures_per_address, now),
        ]
        if known_since is None:
            account = await self.repo.failures(since=since, username=username)
            waits.append(self._wait(account, settings.login_failures_per_account, now))
        wait = max(waits)
        if wait > 0:
            retry = math.ceil(wait)
            raise RateLimited(retry_after=retry, headers={"Retry-After": str(retry)})

    def _wait(self, failures: Failures, free: int, now: datetime) -> float:
        """Seconds still to wait: none for the first ``free`` failures, then 2^(n - free) after
        the last one, at most the window."""
        if failures.count < free or failures.last is None:
            return 0.0
        exponent = min(failures.count - free, 32)  # 2^32 s is past any window
        delay = min(2**exponent, self.settings.login_failure_window_seconds)
        return (failures.last + timedelta(seconds=delay) - now).total_seconds()

    def _open_session(
        self, employee_id: uuid.UUID, *, ip: str | None, user_agent: str | None
    ) -> TokenPair:
        auth_session = AuthSession(
            id=uuid.uuid4(),
            employee_id=employee_id,
            ip=ip,
            user_agent=(user_agent or "")[:400] or None,
        )
        pair, refresh = self._issue(employee_id, auth_session.id)
        auth_session.refresh_jti = refresh.token_id
        auth_session.expires_at = refresh.expires_at
        auth_session.last_seen_at = utcnow()
        self.repo.add_session(auth_session)
        return pair

    def _issue(self, subject: uuid.UUID, session_id: uuid.UUID) -> tuple[TokenPair, Claims]:
        """A new access and refresh token for the session, and the refresh token's claims
        (the caller stores its id on the session: only that refresh token stays valid)."""
        refresh = self.tokens.issue(subject=subject, session_id=session_id, kind="refresh")
        access = self.tokens.issue(subject=subject, session_id=session_id, kind="access")
        pair = TokenPair(
            access_token=access.token,
            refresh_token=refresh.token,
            expires_in=self.settings.access_token_ttl_seconds,
            session_id=session_id,
        )
        return pair, refresh.claims

    # ----- refresh ---------------------------------------------------------------------------
    async def refresh(self, token: str, *, ip: str | None, user_agent: str | None) -> TokenPair:
        refused = Unauthorized("invalid_refresh_token", headers=INVALID_TOKEN_CHALLENGE)
        try:
            claims = self.tokens.decode(token, "refresh")
        except InvalidTokenError as exc:
            raise refused from exc
        auth_session = await self.repo.get_session(claims.session_id)
        if auth_session is None or auth_session.employee_id != claims.subject:
            raise refused
        if auth_session.revoked_at is not None or auth_session.expires_at <= utcnow():
            raise refused
        if auth_session.refresh_jti != claims.token_id:
            await self._reused(claims, ip=ip, user_agent=user_agent)
            raise refused
        principal = await self.repo.principal(claims.subject)
        if principal is None or not principal.can_log_in:
            raise refused
        pair, refresh = self._issue(claims.subject, claims.session_id)
        rotated = await self.repo.rotate_refresh(
            claims.session_id,
            old_jti=claims.token_id,
            new_jti=refresh.token_id,
            expires_at=refresh.expires_at,
            now=utcnow(),
        )
        if not rotated:
            # Changed since it was read. Rotated by a concurrent request presenting this very
            # token: the token was used twice, so the family ends (as for any reuse). Revoked
            # meanwhile (logout, reuse seen elsewhere): simply refused.
            current = await self.repo.get_session(claims.session_id)
            if current is not None and current.revoked_at is None:
                await self._reused(claims, ip=ip, user_agent=user_agent)
            raise refused
        return pair

    async def _reused(self, claims: Claims, *, ip: str | None, user_agent: str | None) -> None:
        """A rotated-out refresh token came back: someone holds a copy. End the whole family,
        and keep the record of it although the request is refused."""
        await self.repo.revoke_session(claims.session_id, "refresh_reuse")
        self.repo.record_event(
            event="refresh_reused",
            employee_id=claims.subject,
            session_id=claims.session_id,
            ip=ip,
            user_agent=user_agent,
        )
        self.session.info["commit_on_error"] = True

    # ----- logout, sessions, password ------------------------------------------------------
    async def logout(
        self,
        subject: Subject,
        *,
        refresh_token: str | None,
        ip: str | None,
        user_agent: str | None,
    ) -> None:
        session_ids = {subject.session_id} if subject.session_id else set()
        if refresh_token:
            try:
                claims = self.tokens.decode(refresh_token, "refresh")
            except InvalidTokenError:
                claims = None
            if claims is not None and claims.subject == subject.id:
                session_ids.add(claims.session_id)
        for session_id in session_ids:
            auth_session = await self.repo.get_session(session_id)
            if auth_session is not None and auth_session.revoked_at is None:
                auth_session.revoked_at = utcnow()
                auth_session.revoke_reason = "logout"
        self.repo.record_event(
            event="logout",
            employee_id=subject.id,
            session_id=subject.session_id,
            ip=ip,
            user_agent=user_agent,
        )

    async def change_password(
        self, subject: Subject, *, current: str, new: str, ip: str | None, user_agent: str | None
    ) -> None:
        """The current password is checked like a login's (throttled, and a wrong one counted
        as a failed login of the account from this address): a stolen access token must not
        let its holder guess the password at leisure."""
        assert subject.id is not None  # noqa: S101 - employees only (checked by the router)
        if current == new:
            raise ValidationFailed.field(
                ["body", "new_password"], "Must differ from the current password", "value_error"
            )
        principal = await self.repo.principal(subject.id)
        account = principal.account if principal else None
        if account is None:
            raise ValidationFailed.field(
                ["body", "current_password"], "The current password is wrong", "wrong_password"
            )
        attempt = await self._reserve_attempt(
            username=account.username,
            employee_id=subject.id,
            ip=ip,
            user_agent=user_agent,
            now=utcnow(),
        )
        if not await self.hasher.verify_async(current, account.password_hash):
            raise ValidationFailed.field(
                ["body", "current_password"], "The current password is wrong", "wrong_password"
            )
        new_hash = await self.hasher.hash_async(new)
        await begin_write(self.session)
        account.password_hash = new_hash
        account.password_changed_at = utcnow()
        # Every other session ends; the one used for the change stays signed in.
        await self.repo.revoke_sessions(
            employee_id=subject.id, reason="password_changed", except_session=subject.session_id
        )
        await self.repo.settle_attempt(
            attempt, event="password_changed", session_id=subject.session_id
        )

    async def disable_login(self, employee_id: uuid.UUID, reason: str) -> None:
        """The account can no longer log in, and every session ends now (resignation)."""
        account = await self.repo.account_of(employee_id)
        if account is not None:
            account.enabled = False
        await self.end_sessions(employee_id, reason)

    async def end_sessions(self, employee_id: uuid.UUID, reason: str) -> int:
        """Used when an employee is disabled, resigns or is deleted: every token stops now."""
        return await self.repo.revoke_sessions(employee_id=employee_id, reason=reason)


class LoginEventService(ReadService[LoginEvent]):
    repository = LoginEventRepository
    permission = "login_event"
    access: ClassVar[Mapping[str, str]] = dict.fromkeys(
        ("list", "get"),
        "Employees see their own logins without a further permission, and `security:read` "
        "sees all; a request made with an API key needs `security:read`.",
    )

    def require(self, action: str) -> None:
        """Employees read their own login history without a further permission; a request made
        with an API key needs ``security:read`` (a key's permissions are for its integration,
        not for its creator's sign-in record)."""
        subject = self.ctx.subject
        if subject.kind == "api_key" and not subject.can(SECURITY_READ):
            raise Forbidden("forbidden_action", permission=SECURITY_READ)
