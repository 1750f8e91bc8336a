"""``/api/v1/auth``: token (OAuth2 password flow), refresh, logout, me, password; and
``/api/v1/login-events``."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Depends, Form, Request, Response, status

from salescrm.auth.schemas import (
    LoginEventListParams,
    LoginEventOut,
    LogoutRequest,
    Me,
    PasswordChange,
    RefreshRequest,
    TokenResponse,
)
from salescrm.auth.service import AuthService, LoginEventService, TokenPair
from salescrm.core import idempotency
from salescrm.core.crud import READ_OPERATIONS, CrudSpec, crud_router
from salescrm.core.errors import Forbidden, ValidationFailed, error_responses
from salescrm.core.references import present_one
from salescrm.core.schemas import NUL_ERROR, NUL_MESSAGE, contains_nul
from salescrm.core.uow import Ctx, UnitOfWorkRoute, commits_in_steps, get_ctx
from salescrm.org.schemas import EmployeeOut
from salescrm.org.service import EmployeeService

router = APIRouter(prefix="/auth", tags=["auth"], route_class=UnitOfWorkRoute)
CtxDep = Annotated[Ctx, Depends(get_ctx)]
NO_STORE = {"Cache-Control": "no-store", "Pragma": "no-cache"}


def _client(request: Request) -> tuple[str | None, str | None]:
    ip = request.client.host if request.client else None
    # Kept in login events; NUL cannot be stored in PostgreSQL text, so it is dropped here.
    agent = (request.headers.get("user-agent") or "").replace("\x00", "")
    return ip, agent[:400] or None


def _refuse_nul(**fields: str) -> None:
    """Form fields are not a ``RequestModel``: refuse NUL in them here (422 naming each)."""
    errors = [
        {"loc": ["body", name], "msg": NUL_MESSAGE, "type": NUL_ERROR}
        for name, value in fields.items()
        if contains_nul(value)
    ]
    if errors:
        raise ValidationFailed.of(errors)


def _tokens(pair: TokenPair, response: Response) -> TokenResponse:
    response.headers.update(NO_STORE)
    return TokenResponse(
        access_token=pair.access_token, refresh_token=pair.refresh_token, expires_in=pair.expires_in
    )


@router.post(
    "/token",
    name="auth_token",
    summary="Log in (OAuth2 password flow): form fields username and password",
    response_model=TokenResponse,
    responses=error_responses(400, 401, 422, 429),
)
@idempotency.carries_secrets
@commits_in_steps
async def token(
    request: Request,
    response: Response,
    username: Annotated[str, Form(min_length=1, max_length=64)],
    password: Annotated[str, Form(min_length=1, max_length=128)],
) -> TokenResponse:
    _refuse_nul(username=username, password=password)
    ip, agent = _client(request)
    service = AuthService(request.state.session, request.app.state.settings)
    pair = await service.login(username=username, password=password, ip=ip, user_agent=agent)
    return _tokens(pair, response)


@router.post(
    "/refresh",
    name="auth_refresh",
    summary="Exchange a refresh token for new tokens (the old refresh token stops working)",
    response_model=TokenResponse,
    responses=error_responses(400, 401, 415, 422),
)
@idempotency.carries_secrets
async def refresh(request: Request, response: Response, payload: RefreshRequest) -> TokenResponse:
    ip, agent = _client(request)
    service = AuthService(request.state.session, request.app.state.settings)
    pair = await service.refresh(payload.refresh_token, ip=ip, user_agent=agent)
    return _tokens(pair, response)


@router.post(
    "/logout",
    name="auth_logout",
    summary="End this session: its access and refresh tokens stop working at once",
    status_code=status.HTTP_204_NO_CONTENT,
    response_class=Response,
    responses=error_responses(401, 415, 422),
)
@idempotency.carries_secrets
async def logout(request: Request, ctx: CtxDep, payload: LogoutRequest | None = None) -> Response:
    ip, agent = _client(request)
    await AuthService(ctx.session, ctx.settings).logout(
        ctx.subject,
        refresh_token=payload.refresh_token if payload else None,
        ip=ip,
        user_agent=agent,
    )
    return Response(status_code=status.HTTP_204_NO_CONTENT)


@router.get(
    "/me",
    name="auth_me",
    summary="The caller: employee, permissions and data scopes",
    response_model=Me,
    responses=error_responses(401),
)
async def me(ctx: CtxDep) -> Me:
    employee = await EmployeeService(ctx).own()
    return Me(
        employee=await present_one(ctx, EmployeeOut, employee),
        permissions=sorted(ctx.subject.permissions),
        data_scopes=sorted(ctx.subject.scopes),
        session_id=ctx.subject.session_id,
        api_key_id=ctx.subject.api_key_id,
    )


@router.post(
    "/password",
    name="auth_password_change",
    summary="Change one's own password (other sessions end)",
    status_code=status.HTTP_204_NO_CONTENT,
    response_class=Response,
    responses=error_responses(401, 403, 415, 422, 429),
)
@idempotency.carries_secrets
@commits_in_steps
async def change_password(request: Request, payload: PasswordChange, ctx: CtxDep) -> Response:
    if ctx.subject.kind != "employee":
        raise Forbidden("forbidden_action", permission="password (employees only)")
    ip, agent = _client(request)
    await AuthService(ctx.session, ctx.settings).change_password(
        ctx.subject,
        current=payload.current_password,
        new=payload.new_password,
        ip=ip,
        user_agent=agent,
    )
    return Response(status_code=status.HTTP_204_NO_CONTENT)


login_events = crud_router(
    CrudSpec(
        path="/login-events",
        name="login_events",
        tag="auth",
        singular="login event",
        service=LoginEventService,
        read_schema=LoginEventOut,
        list_params=LoginEventListParams,
        operations=READ_OPERATIONS,
    )
)

routers = [router, login_events]
