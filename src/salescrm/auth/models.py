"""Authentication tables. Secrets are stored only as hashes and never enter the audit trail."""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import ClassVar

from sqlalchemy import JSON, ForeignKey, Index, String
from sqlalchemy.orm import Mapped, mapped_column

from salescrm.core.clock import utcnow
from salescrm.core.db.base import Base, Record
from salescrm.core.ids import new_id


class Account(Record):
    """An employee's login: one per employee, username unique (stored lower-case)."""

    __tablename__ = "accounts"
    __resource__ = "account"
    #: A login's password hash and lockout state are not a resource anyone subscribes to.
    __published__ = False
    __audit_exclude__: ClassVar[frozenset[str]] = frozenset({"password_hash"})

    employee_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("employees.id"), unique=True)
    username: Mapped[str] = mapped_column(String(64), unique=True)
    password_hash: Mapped[str] = mapped_column(String(255))
    enabled: Mapped[bool] = mapped_column(default=True)
    password_changed_at: Mapped[datetime | None] = mapped_column(default=None)
    last_login_at: Mapped[datetime | None] = mapped_column(default=None)


class AuthSession(Base):
    """A login session: the family of rotating refresh tokens and the access tokens they mint.

    Revoking it (logout, reuse of a rotated refresh token, disabling the employee) stops every
    token of the family at once, because each request checks its session.
    """

    __tablename__ = "auth_sessions"
    __table_args__ = (Index("ix_auth_sessions_employee", "employee_id", "revoked_at"),)

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=new_id)
    employee_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("employees.id"))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    last_seen_at: Mapped[datetime] = mapped_column(default=utcnow)
    expires_at: Mapped[datetime]
    refresh_jti: Mapped[uuid.UUID]
    revoked_at: Mapped[datetime | None] = mapped_column(default=None)
    revoke_reason: Mapped[str | None] = mapped_column(String(30), default=None)
    ip: Mapped[str | None] = mapped_column(String(64), default=None)
    user_agent: Mapped[str | None] = mapped_column(String(400), default=None)


class LoginEvent(Base):
    """Every login, failed login, refresh-token reuse and logout, with address and user agent."""

    __tablename__ = "login_events"
    __table_args__ = (
        Index("ix_login_events_username", "username", "occurred_at"),
        Index("ix_login_events_username_ip", "username", "ip", "occurred_at"),
        Index("ix_login_events_ip", "ip", "occurred_at"),
        Index("ix_login_events_employee", "employee_id", "occurred_at"),
    )

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=new_id)
    occurred_at: Mapped[datetime] = mapped_column(default=utcnow, index=True)
    event: Mapped[str] = mapped_column(String(30))
    username: Mapped[str | None] = mapped_column(String(64), default=None)
    employee_id: Mapped[uuid.UUID | None] = mapped_column(default=None)
    session_id: Mapped[uuid.UUID | None] = mapped_column(default=None)
    ip: Mapped[str | None] = mapped_column(String(64), default=None)
    user_agent: Mapped[str | None] = mapped_column(String(400), default=None)


class ApiKey(Record):
    """An integration credential acting for its creator with a subset of their permissions."""

    __tablename__ = "api_keys"
    __resource__ = "api_key"
    __audit_exclude__: ClassVar[frozenset[str]] = frozenset({"key_hash"})

    name: Mapped[str] = mapped_column(String(100))
    prefix: Mapped[str] = mapped_column(String(16), unique=True)
    key_hash: Mapped[str] = mapped_column(String(64))
    employee_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("employees.id"), index=True)
    permissions: Mapped[list[str]] = mapped_column(JSON, default=list)
    expires_at: Mapped[datetime | None] = mapped_column(default=None)
    last_used_at: Mapped[datetime | None] = mapped_column(default=None)
    revoked_at: Mapped[datetime | None] = mapped_column(default=None)
