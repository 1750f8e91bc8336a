"""The in-app notification inbox: ``/api/v1/notifications``.

Jobs and services put messages in an employee's inbox with ``notify`` (a customer about to
return to the public pool, later reminders and approvals); the employee lists them, counts the
unread ones and marks them read. An inbox is private: every query is limited to the caller's own
messages, whatever their roles or data scope (an administrator does not read other people's
inboxes), and an API key reads the inbox of the employee who created it. No function permission
is needed beyond being an employee.

Notifications are messages, not business records: they have no version, tombstone or audit
trail, and marking them read is the only change they undergo.

Their words are the reader's: a sender names registered messages (``i18n.register_messages``)
and their parameters, and the title and body are rendered when read, in the language of the
request (``Accept-Language``). The text rendered at sending, in the deployment's default
language, is stored beside them; it is what messages from before the keys existed show.
"""

from __future__ import annotations

import uuid
from datetime import datetime
from enum import StrEnum
from typing import Annotated, Any, ClassVar

from fastapi import APIRouter, Depends, Query, status
from pydantic import BaseModel, ConfigDict, Field
from sqlalchemy import ColumnElement, Select, false, func, select, update

from salescrm.core import i18n
from salescrm.core.clock import utcnow
from salescrm.core.crud import IdPath
from salescrm.core.errors import error_responses
from salescrm.core.filtering import FilterOp, eq
from salescrm.core.jobs import Job
from salescrm.core.pagination import ListParams, page_of, sort_enum
from salescrm.core.repository import PageResult, ReadRepository
from salescrm.core.uow import Ctx, UnitOfWorkRoute, get_ctx
from salescrm.platform.models import Notification

CtxDep = Annotated[Ctx, Depends(get_ctx)]

i18n.register_names({"notification": "通知"}, {"recipient_id": "接收人"})

TITLE_LENGTH = 200


class NotificationKind(StrEnum):
    """What a notification is about: a stable code clients filter and render by.

    - ``approval_pending``: a request waits for the recipient's decision (``approval``);
    - ``approval_decided``: the recipient's request was approved, rejected or returned for
      changes (``approval``);
    - ``approval_comment``: someone commented on a request the recipient applied for or
      decides (``approval``);
    - ``approval_reminder``: a request has waited for the recipient's decision (``approval``);
    - ``budget_alert``: spending on a budget the recipient owns crossed its alert share
      (``budget``);
    - ``commission_statement``: the recipient's commission statement of a period was approved
      (``commission_statement``);
    - ``customer_pool_warning``: one of the recipient's customers returns to the public pool
      soon without a follow-up (``resource`` ``customer``);
    - ``customer_returned_to_pool``: one of their customers went back to the pool (``customer``);
    - ``customers_transferred``: customers were handed to the recipient (``customer`` when it
      was one, else no record);
    - ``hand_over``: a colleague's records were handed over to the recipient, or to someone
      reporting to them (``employee``: the colleague who handed over);
    - ``journal``: a journal was submitted to the recipient, commented or replied to, or is
      due and not submitted (``journal`` when it exists);
    - ``sales_target``: a target of the recipient was set or revised in an approved plan
      (``sales_target``);
    - ``schedule_comment``: a leader commented on an event of the recipient's schedule
      (``schedule``);
    - ``schedule_reminder``: a leader reminded the recipient of an event (``schedule``);
    - ``task_reminder``: a task's reminder time came (``task``);
    - ``territory_reassigned``: customers of the recipient moved to another territory when its
      rules or people changed (``territory``);
    - ``training``: the recipient was invited to a training session (``training_session``);
    - ``webhook_disabled``: one of the recipient's webhook subscriptions was disabled after
      deliveries failed in a row (``webhook``).
    """

    approval_pending = "approval_pending"
    approval_decided = "approval_decided"
    approval_comment = "approval_comment"
    approval_reminder = "approval_reminder"
    budget_alert = "budget_alert"
    commission_statement = "commission_statement"
    customer_pool_warning = "customer_pool_warning"
    customer_returned_to_pool = "customer_returned_to_pool"
    customers_transferred = "customers_transferred"
    hand_over = "hand_over"
    journal = "journal"
    sales_target = "sales_target"
    schedule_comment = "schedule_comment"
    schedule_reminder = "schedule_reminder"
    task_reminder = "task_reminder"
    territory_reassigned = "territory_reassigned"
    training = "training"
    webhook_disabled = "webhook_disabled"


i18n.register_enum(
    NotificationKind,
    {
        "approval_pending": ("Request awaiting your approval", "待您审批"),
        "approval_decided": ("Your request was decided", "您的申请有了结果"),
        "approval_comment": ("New comment on a request", "审批有新评论"),
        "approval_reminder": ("Approval reminder", "审批催办"),
        "budget_alert": ("Budget alert", "预算预警"),
        "commission_statement": ("Commission statement approved", "提成结算单已审批"),
        "customer_pool_warning": ("Customer returns to the pool soon", "客户即将退回公海"),
        "customer_returned_to_pool": ("Customer returned to the pool", "客户已退回公海"),
        "customers_transferred": ("Customers transferred to you", "客户转交给您"),
        "hand_over": ("Records handed over", "工作交接"),
        "journal": ("Work journal", "工作日志"),
        "sales_target": ("Sales target set or revised", "销售目标已下达或调整"),
        "schedule_comment": ("Comment on your schedule", "日程有新评论"),
        "schedule_reminder": ("Schedule reminder", "日程提醒"),
        "task_reminder": ("Task reminder", "任务提醒"),
        "territory_reassigned": ("Customers moved to another territory", "客户区域已调整"),
        "training": ("Training invitation", "培训邀请"),
        "webhook_disabled": ("Webhook disabled", "Webhook 已停用"),
    },
)


# ----- schemas -------------------------------------------------------------------------------
class NotificationOut(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: uuid.UUID
    created_at: datetime
    kind: NotificationKind = Field(examples=["customer_pool_warning"])
    title: str = Field(description="In the reader's language (`Accept-Language`).")
    body: str | None = Field(description="In the reader's language; None: a title only.")
    resource: str | None = Field(description="What it is about, if anything", examples=["customer"])
    record_id: uuid.UUID | None
    read_at: datetime | None = Field(description="None: unread.")


class NotificationListParams(ListParams):
    unread: bool | None = Field(None, description="true: only unread; false: only read.")
    kind: NotificationKind | None = Field(None, examples=["customer_pool_warning"])


class UnreadCount(BaseModel):
    unread: int


class ReadAllResult(BaseModel):
    updated: int = Field(description="How many notifications were marked read.")


# ----- repository ----------------------------------------------------------------------------
def _unread(value: bool) -> ColumnElement[bool]:
    return Notification.read_at.is_(None) if value else Notification.read_at.is_not(None)


class NotificationRepository(ReadRepository[Notification]):
    """Always the caller's own inbox, even for subjects who see every record."""

    model = Notification
    sort_fields: ClassVar = {"created_at": "created_at"}
    default_sort = "-created_at"
    filters: ClassVar[dict[str, FilterOp]] = {
        "unread": _unread,
        "kind": eq(Notification.kind),
    }

    def scope(self, stmt: Select[Any], *, write: bool = False, shares: bool = True) -> Select[Any]:
        me = self.ctx.subject.id
        if me is None:  # the system and anonymous callers have no inbox
            return stmt.where(false())
        return stmt.where(Notification.recipient_id == me)

    def add(
        self,
        recipient_id: uuid.UUID,
        kind: NotificationKind,
        title_key: str,
        params: dict[str, str | int],
        *,
        body_key: str | None = None,
        resource: str | None = None,
        record_id: uuid.UUID | None = None,
    ) -> Notification:
        """A new message in anyone's inbox (senders are services and jobs, not the caller)."""
        notification = Notification(
            recipient_id=recipient_id,
            kind=kind,
            title_key=title_key,
            body_key=body_key,
            params=dict(params),
            resource=resource,
            record_id=record_id,
        )
        language = self.ctx.settings.default_locale
        notification.title, notification.body = rendered(notification, language)
        self.session.add(notification)
        return notification

    async def unread_count(self) -> int:
        stmt = self.scope(select(func.count()).select_from(Notification)).where(
            Notification.read_at.is_(None)
        )
        return int(await self.session.scalar(stmt) or 0)

    async def rename(self, resource: str, record_id: uuid.UUID, old: str, new: str) -> int:
        """In every inbox, not only the caller's: the messages about one record say ``new``
        where they said ``old`` (a person's name, anonymised on request). How many changed."""
        if not old:
            return 0
        rows = await self.session.scalars(
            select(Notification).where(
                Notification.resource == resource, Notification.record_id == record_id
            )
        )
        changed = 0
        for row in rows:
            title = row.title.replace(old, new)[:TITLE_LENGTH]
            body = None if row.body is None else row.body.replace(old, new)
            params = {
                name: value.replace(old, new) if isinstance(value, str) else value
                for name, value in (row.params or {}).items()
            }
            if (title, body, params) != (row.title, row.body, row.params or {}):
                row.title, row.body = title, body
                if row.params is not None:
                    row.params = params
                changed += 1
        return changed

    async def mark_all_read(self, moment: datetime) -> int:
        me = self.ctx.subject.id
        if me is None:
            return 0
        result = await self.session.execute(
            update(Notification)
            .where(Notification.recipient_id == me, Notification.read_at.is_(None))
            .values(read_at=moment)
            .execution_options(synchronize_session=False)
        )
        return int(getattr(result, "rowcount", 0) or 0)


# ----- service -------------------------------------------------------------------------------
class NotificationService:
    """The caller's inbox; being an employee (or their API key) is the only requirement."""

    def __init__(self, ctx: Ctx) -> None:
        self.ctx = ctx
        self.repo = NotificationRepository(ctx)

    async def list(self, params: NotificationListParams) -> PageResult[Notification]:
        return await self.repo.list(params)

    async def get(self, record_id: uuid.UUID) -> Notification:
        return await self.repo.get(record_id)

    async def unread_count(self) -> int:
        return await self.repo.unread_count()

    async def mark_read(self, record_id: uuid.UUID) -> Notification:
        notification = await self.repo.get(record_id)
        if notification.read_at is None:  # marking twice keeps the first time
            notification.read_at = utcnow()
            await self.ctx.session.flush()
        return notification

    async def mark_all_read(self) -> int:
        return await self.repo.mark_all_read(utcnow())


def rendered(notification: Notification, language: str) -> tuple[str, str | None]:
    """The title and body in ``language``: the registered messages filled in with the
    notification's parameters, or the stored text where it has no (known) message key."""
    params = notification.params or {}
    title, body = notification.title, notification.body
    if notification.title_key in i18n.MESSAGES:
        title = i18n.message(notification.title_key, language, **params)[:TITLE_LENGTH]
    if notification.body_key in i18n.MESSAGES:
        body = i18n.message(notification.body_key, language, **params)
    return title, body


def notify(
    ctx: Ctx,
    recipient_id: uuid.UUID,
    kind: NotificationKind,
    title_key: str,
    params: dict[str, str | int],
    *,
    body_key: str | None = None,
    resource: str | None = None,
    record_id: uuid.UUID | None = None,
) -> Notification:
    """Put a message in an employee's inbox, in the caller's transaction (it is committed, or
    rolled back, with the change it reports). ``kind`` says what it is about (a new kind is
    added to ``NotificationKind``, so the contract lists it); ``title_key`` and ``body_key``
    name messages the sender registered (``i18n.register_messages``, English and Chinese),
    filled in from ``params`` in the reader's language; ``resource`` and ``record_id`` name the
    record it concerns.
    """
    return NotificationRepository(ctx).add(
        recipient_id,
        kind,
        title_key,
        params,
        body_key=body_key,
        resource=resource,
        record_id=record_id,
    )


# ----- routes --------------------------------------------------------------------------------
router = APIRouter(prefix="/notifications", tags=["platform"], route_class=UnitOfWorkRoute)


def _out(notification: Notification) -> NotificationOut:
    out = NotificationOut.model_validate(notification, from_attributes=True)
    title, body = rendered(notification, i18n.current_language.get())
    return out.model_copy(update={"title": title, "body": body})


@router.get(
    "",
    name="notifications_list",
    summary="List the caller's notifications, newest first",
    response_model=page_of(NotificationOut),
    responses=error_responses(401, 422),
)
@sort_enum(NotificationRepository)
async def list_notifications(
    ctx: CtxDep, params: Annotated[NotificationListParams, Query()]
) -> Any:
    page = await NotificationService(ctx).list(params)
    return page.body(_out)


@router.get(
    "/unread-count",
    name="notifications_unread_count",
    summary="How many of the caller's notifications are unread",
    response_model=UnreadCount,
    responses=error_responses(401),
)
async def unread_count(ctx: CtxDep) -> UnreadCount:
    return UnreadCount(unread=await NotificationService(ctx).unread_count())


@router.post(
    "/read-all",
    name="notifications_read_all",
    summary="Mark every unread notification of the caller read",
    description="Any signed-in employee, for their own inbox; `updated` says how many were "
    "unread. 422 `idempotency_key_reused` when the `Idempotency-Key` was sent before with "
    "another request (this one takes no body, but the query counts).",
    response_model=ReadAllResult,
    responses=error_responses(401, 422),
)
async def read_all(ctx: CtxDep) -> ReadAllResult:
    return ReadAllResult(updated=await NotificationService(ctx).mark_all_read())


@router.get(
    "/{record_id}",
    name="notifications_get",
    summary="Get one of the caller's notifications",
    response_model=NotificationOut,
    responses=error_responses(401, 404),
)
async def get_notification(record_id: IdPath, ctx: CtxDep) -> Any:
    return _out(await NotificationService(ctx).get(record_id))


@router.post(
    "/{record_id}/read",
    name="notifications_read",
    summary="Mark one of the caller's notifications read",
    status_code=status.HTTP_200_OK,
    response_model=NotificationOut,
    responses=error_responses(401, 404),
)
async def mark_read(record_id: IdPath, ctx: CtxDep) -> Any:
    return _out(await NotificationService(ctx).mark_read(record_id))


routers: list[APIRouter] = [router]
JOBS: list[Job] = []
