"""Authentication request and response bodies."""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from salescrm.core.pagination import ListParams
from salescrm.core.permissions.catalog import DataScope
from salescrm.core.schemas import RequestModel, UtcDateTime
from salescrm.org.schemas import EmployeeOut, Password


class TokenResponse(BaseModel):
    access_token: str
    refresh_token: str
    token_type: Literal["bearer"] = "bearer"  # noqa: S105 - the OAuth2 token type, not a secret
    expires_in: int = Field(description="Seconds until the access token expires.")


class RefreshRequest(RequestModel):
    refresh_token: str = Field(min_length=1, max_length=4096)


class LogoutRequest(RequestModel):
    refresh_token: str | None = Field(None, max_length=4096)


class PasswordChange(RequestModel):
    current_password: str = Field(min_length=1, max_length=128)
    new_password: Password


class Me(BaseModel):
    employee: EmployeeOut
    permissions: list[str]
    data_scopes: list[DataScope]
    session_id: uuid.UUID | None
    api_key_id: uuid.UUID | None


LoginEventKind = Literal[
    "login_succeeded", "login_failed", "logout", "refresh_reused", "password_changed"
]


class LoginEventOut(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: uuid.UUID
    occurred_at: datetime
    event: LoginEventKind
    username: str | None
    employee_id: uuid.UUID | None
    session_id: uuid.UUID | None
    ip: str | None
    user_agent: str | None


class LoginEventListParams(ListParams):
    employee_id: uuid.UUID | None = None
    event: LoginEventKind | None = None
    occurred_after: UtcDateTime | None = None
