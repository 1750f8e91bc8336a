"""``/api/v1/api-keys``: integration credentials, shown once, stored hashed, revocable.

A key is ``sck_<prefix>_<secret>``. Only the SHA-256 of the whole key is stored (``key_hash``);
the prefix finds the row. A key acts for the employee who created it, with the permissions it
was given intersected with that employee's current permissions, and within their data scope
(``Authenticator`` in ``auth/service.py``). Keys are created with a subset of the creator's
permissions, listed without their secret, and revoked; they are never updated or deleted.
"""

from __future__ import annotations

import secrets
import uuid
from collections.abc import Mapping
from datetime import datetime
from typing import Annotated, Any, ClassVar

from fastapi import Depends, Request, Response, status
from pydantic import Field
from sqlalchemy import ColumnElement, Select, select

from salescrm.auth.models import ApiKey
from salescrm.auth.service import API_KEY_PREFIX, hash_api_key
from salescrm.core import i18n, idempotency
from salescrm.core.clock import utcnow
from salescrm.core.crud import READ_OPERATIONS, CrudSpec, IdPath, crud_router
from salescrm.core.errors import Conflict, Forbidden, ValidationFailed, error_responses
from salescrm.core.etag import etag
from salescrm.core.filtering import FilterOp, eq
from salescrm.core.openapi import response_headers
from salescrm.core.pagination import ListParams
from salescrm.core.permissions.catalog import ALL, is_known
from salescrm.core.repository import Repository
from salescrm.core.schemas import Permission, RecordOut, RequestModel, UtcDateTime
from salescrm.core.service import ReadService
from salescrm.core.uow import Ctx, get_ctx

MANAGE = "api_key:manage"
PREFIX_ATTEMPTS = 5
NO_STORE = {"Cache-Control": "no-store", "Pragma": "no-cache"}

i18n.register_names(
    {"api_key": "API 密钥"},
    {"prefix": "前缀", "permissions": "权限", "expires_at": "过期时间"},
)
i18n.register_details(
    {
        "api_key_beyond_creator": (
            "An API key cannot hold permissions you do not hold: {permissions}.",
            "API 密钥不能拥有您自己没有的权限:{permissions}。",
        ),
        "api_key_by_api_key": (
            "An API key cannot create API keys; sign in as an employee.",
            "不能使用 API 密钥创建 API 密钥,请以员工身份登录。",
        ),
        "api_key_not_yours": (
            "Only the key's creator or an administrator may revoke it.",
            "只有密钥的创建者或管理员可以吊销该密钥。",
        ),
        "api_key_revoked": (
            "The API key was already revoked.",
            "该 API 密钥已被吊销。",
        ),
    }
)


# ----- schemas -------------------------------------------------------------------------------
class ApiKeyCreate(RequestModel):
    name: str = Field(min_length=1, max_length=100, examples=["ERP product sync"])
    permissions: list[Permission] = Field(
        min_length=1,
        max_length=200,
        description="What the key may do: a non-empty subset of the caller's permissions.",
        examples=[["product:read"]],
    )
    expires_at: UtcDateTime | None = Field(
        None, description="When the key stops working (in the future); null: never."
    )


class ApiKeyOut(RecordOut):
    name: str
    prefix: str = Field(description="Public part of the key (sck_<prefix>_…), to recognise it.")
    employee_id: uuid.UUID = Field(description="The creator; the key acts with their data scope.")
    permissions: list[str] = Field(
        description="As granted; effective permissions are also limited by the creator's own."
    )
    expires_at: datetime | None
    last_used_at: datetime | None = Field(description="Updated at most once a minute.")
    revoked_at: datetime | None


class ApiKeyCreated(ApiKeyOut):
    key: str | None = Field(
        description=(
            "The full key, shown only in this response: it is stored hashed and cannot be read "
            "again. A replay of the same Idempotency-Key answers null here."
        ),
        examples=["sck_1a2b3c4d_…"],
    )


class ApiKeyListParams(ListParams):
    employee_id: uuid.UUID | None = Field(None, description="Keys created by this employee.")
    revoked: bool | None = Field(None, description="true: only revoked keys; false: only live.")


# ----- repository ----------------------------------------------------------------------------
def _revoked(value: bool) -> ColumnElement[bool]:
    return ApiKey.revoked_at.is_not(None) if value else ApiKey.revoked_at.is_(None)


class ApiKeyRepository(Repository[ApiKey]):
    model = ApiKey
    sort_fields: ClassVar = {"created_at": "created_at", "updated_at": "updated_at", "name": "name"}
    default_sort = "-created_at"
    filters: ClassVar[dict[str, FilterOp]] = {
        "employee_id": eq(ApiKey.employee_id),
        "revoked": _revoked,
    }
    unique_fields = ("prefix",)
    search_columns = ("name", "prefix")

    def scope(self, stmt: Select[Any], *, write: bool = False, shares: bool = True) -> Select[Any]:
        """Everyone sees the keys they created; ``security:read`` sees all."""
        if self.ctx.subject.can("security:read"):
            return stmt
        return stmt.where(ApiKey.employee_id == self.ctx.subject.id)

    async def prefix_taken(self, prefix: str) -> bool:
        """Across every row (any creator, revoked or deleted): the column is unique."""
        found = await self.session.scalar(select(ApiKey.id).where(ApiKey.prefix == prefix))
        return found is not None


# ----- service -------------------------------------------------------------------------------
class ApiKeyService(ReadService[ApiKey]):
    repository = ApiKeyRepository
    permission = "api_key"
    repo: ApiKeyRepository
    access: ClassVar[Mapping[str, str]] = dict.fromkeys(
        ("list", "get"),
        "Employees see the API keys they created without a further permission, and "
        "`security:read` sees all; a request made with an API key needs `api_key:manage`.",
    )

    def require(self, action: str) -> None:
        """Employees read their own keys without a further permission (like their logins);
        a request made with an API key needs ``api_key:manage`` to see or revoke keys."""
        subject = self.ctx.subject
        if subject.kind == "api_key" and not subject.can(MANAGE):
            raise Forbidden("forbidden_action", permission=MANAGE)

    def _granted(self, permissions: list[str]) -> list[str]:
        unknown = [
            {
                "loc": ["body", "permissions", index],
                "msg": f"Unknown permission {permission!r}",
                "type": "value_error",
            }
            for index, permission in enumerate(permissions)
            if not is_known(permission)
        ]
        if unknown:
            raise ValidationFailed.of(unknown)
        beyond = sorted({p for p in permissions if not self.ctx.subject.can(p)})
        if beyond:
            raise Forbidden("api_key_beyond_creator", permissions=", ".join(beyond))
        return sorted(set(permissions))

    async def _new_prefix(self) -> str:
        for _ in range(PREFIX_ATTEMPTS):
            prefix = secrets.token_hex(4)
            if not await self.repo.prefix_taken(prefix):
                return prefix
        raise Conflict("integrity_conflict")  # pragma: no cover - 2**32 prefixes

    async def create(self, payload: ApiKeyCreate) -> tuple[ApiKey, str]:
        """The new record and its full key (never stored: only its hash is)."""
        subject = self.ctx.subject
        if subject.kind != "employee" or subject.id is None:
            raise Forbidden("api_key_by_api_key")
        if not subject.can(MANAGE):
            raise Forbidden("forbidden_action", permission=MANAGE)
        permissions = self._granted(payload.permissions)
        if payload.expires_at is not None and payload.expires_at <= utcnow():
            # Relative to the clock, as a deal's dates are: the same error type.
            raise ValidationFailed.field(
                ["body", "expires_at"], "Must be in the future", "date_out_of_window"
            )
        prefix = await self._new_prefix()
        key = f"{API_KEY_PREFIX}{prefix}_{secrets.token_urlsafe(32)}"
        record, _ = await self.repo.create(
            {
                "name": payload.name,
                "prefix": prefix,
                "key_hash": hash_api_key(key),
                "employee_id": subject.id,
                "permissions": permissions,
                "expires_at": payload.expires_at,
            }
        )
        return record, key

    async def revoke(self, record_id: uuid.UUID) -> ApiKey:
        self.require("revoke")
        record = await self.repo.get(record_id)  # 404 outside what the caller may see
        subject = self.ctx.subject
        if record.employee_id != subject.id and not subject.can(ALL):
            raise Forbidden("api_key_not_yours")
        if record.revoked_at is not None:
            raise Conflict("api_key_revoked")
        return await self.repo.update(record, {"revoked_at": utcnow()}, None)


# ----- router --------------------------------------------------------------------------------
CtxDep = Annotated[Ctx, Depends(get_ctx)]

router = crud_router(
    CrudSpec(
        path="/api-keys",
        name="api_keys",
        tag="auth",
        singular="API key",
        service=ApiKeyService,
        read_schema=ApiKeyOut,
        list_params=ApiKeyListParams,
        operations=READ_OPERATIONS,
    )
)


def _out(record: ApiKey) -> ApiKeyOut:
    return ApiKeyOut.model_validate(record, from_attributes=True)


@router.post(
    "",
    name="api_keys_create",
    summary="Create an API key (the key is shown only in this response)",
    description="An employee creates keys for themselves; a request made with an API key may "
    "not (403). A key's permissions are at most its creator's (403 beyond them); 422 for a "
    "permission that does not exist.",
    status_code=status.HTTP_201_CREATED,
    response_model=ApiKeyCreated,
    responses={
        201: {"headers": response_headers("Location", "ETag")},
        **error_responses(400, 401, 403, 409, 413, 415, 422),
    },
)
async def create_api_key(
    request: Request, response: Response, payload: ApiKeyCreate, ctx: CtxDep
) -> ApiKeyCreated:
    record, key = await ApiKeyService(ctx).create(payload)
    created = ApiKeyCreated(**_out(record).model_dump(), key=key)
    headers = {"Location": f"{request.url.path}/{record.id}", "ETag": etag(record.version)}
    idempotency.redact(request, "key")
    response.headers.update({**headers, **NO_STORE})
    return created


@router.post(
    "/{record_id}/revoke",
    name="api_keys_revoke",
    summary="Revoke an API key: it is refused from the next request on",
    description="Only the key's creator (403); a request made with an API "
    "key needs `api_key:manage`. 409 when the key is revoked already.",
    response_model=ApiKeyOut,
    responses={
        200: {"headers": response_headers("ETag")},
        **error_responses(401, 403, 404, 409),
    },
)
async def revoke_api_key(record_id: IdPath, response: Response, ctx: CtxDep) -> ApiKeyOut:
    record = await ApiKeyService(ctx).revoke(record_id)
    response.headers["ETag"] = etag(record.version)
    return _out(record)
