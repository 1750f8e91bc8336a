"""One approval mechanism for every request type.

A request is submitted with its form; its chain is built from the manager hierarchy at that
moment, by the type's rule for its amount (``ApprovalRule``: N levels of managers, managers up
to one holding a role, or a named approver; none: the applicant's manager). An approver who
has left is skipped; when nobody is above the applicant, one step waits for whoever holds
``approval:configure`` (the administrators), so nothing is approved by itself.

Each step is decided by its approver, or while they are away by their delegate: approved, the
next step becomes pending (or the request is approved and its type's effect applied); rejected
or returned for changes, the request stops there. The applicant may withdraw a request until it
is decided, change and submit again one returned to them, and remind the approver. Every act is
in the request's history; the applicant and the approvers are told through their inbox.

Two decisions of one step at once: the request's row is locked before its steps are read
(PostgreSQL) and its version guards the write (both engines), so exactly one goes through.
"""

from __future__ import annotations

import builtins
import uuid
from collections.abc import Mapping
from datetime import datetime, timedelta
from typing import Any, ClassVar, cast

from sqlalchemy import ColumnElement

from salescrm.core import clock, i18n
from salescrm.core.clock import utcnow
from salescrm.core.errors import Conflict, Forbidden, ValidationFailed, unknown_reference
from salescrm.core.etag import Expected
from salescrm.core.pagination import ListParams
from salescrm.core.repository import PageResult
from salescrm.core.service import CrudService
from salescrm.core.uow import Ctx
from salescrm.org.models import path_ids
from salescrm.platform.notifications import NotificationKind, notify
from salescrm.work import schemas
from salescrm.work.approval_types import TYPES
from salescrm.work.forms import Form, amount_of, ensure_still_after, period_of, title_of
from salescrm.work.models import (
    EDITABLE,
    ApprovalAction,
    ApprovalDelegation,
    ApprovalHistory,
    ApprovalRequest,
    ApprovalRule,
    ApprovalStatus,
    ApprovalStep,
    ApprovalTypeSetting,
    ChainMode,
    StepStatus,
)
from salescrm.work.repository import (
    ApprovalRepository,
    ApprovalRuleRepository,
    DelegationRepository,
    PeopleRepository,
    StepRepository,
    TypeSettingRepository,
    awaiting,
)

#: How long after a reminder the applicant may remind the same step again.
REMIND_INTERVAL = timedelta(hours=1)
REMINDER_BATCH = 500

i18n.register_titles(
    {
        "approval_not_pending": ("Not awaiting a decision", "不在审批中"),
        "approval_not_editable": ("Request cannot change", "申请不可修改"),
        "approval_decided": ("Request decided", "申请已审结"),
        "not_current_approver": ("Not the current approver", "不是当前审批人"),
        "not_applicant": ("Not the applicant", "不是申请人"),
        "reminded_recently": ("Reminded recently", "刚催办过"),
    }
)
i18n.register_details(
    {
        "approval_not_pending": (
            "The request is {status}: no step awaits a decision.",
            "该申请状态为「{status}」,没有待审批的环节。",
        ),
        "approval_not_editable": (
            "The request is {status}, or an approver has decided on it already: it can no "
            "longer change.",
            "该申请状态为「{status}」,或已有审批人处理,不能再修改。",
        ),
        "approval_decided": (
            "The request was approved and took effect: it cannot be deleted.",
            "该申请已通过并生效,不能删除。",
        ),
        "not_current_approver": (
            "The pending step is not yours (nor delegated to you).",
            "当前环节的审批人不是您(也未委托给您)。",
        ),
        "not_applicant": ("Only the applicant may do this.", "只有申请人可以执行此操作。"),
        "reminded_recently": (
            "The approver was reminded recently; remind again from {available_at}.",
            "刚刚催办过审批人;请于 {available_at} 之后再催办。",
        ),
    }
)
i18n.register_messages(
    {
        "notification.approval_pending": (
            "{applicant} asks for your approval: {title}",
            "{applicant} 提交的「{title}」待您审批",
        ),
        "notification.approval_decided": (
            "Your request {title} was {outcome}",
            "您的申请「{title}」{outcome}",
        ),
        "notification.approval_comment": (
            "{author} commented on {title}",
            "{author} 评论了「{title}」",
        ),
        "notification.approval_reminder": (
            "Waiting for your approval: {title}",
            "催办:「{title}」等待您审批",
        ),
        "notification.approval_comment_body": ("{comment}", "{comment}"),
    }
)

_OUTCOME = {
    ApprovalStatus.approved.value: ("approved", "已通过"),
    ApprovalStatus.rejected.value: ("rejected", "已被驳回"),
    ApprovalStatus.returned.value: ("returned for changes", "被退回修改"),
}


class NotPending(Conflict):
    code = detail_key = "approval_not_pending"


class NotEditable(Conflict):
    code = detail_key = "approval_not_editable"


class Decided(Conflict):
    code = detail_key = "approval_decided"


class RemindedRecently(Conflict):
    code = detail_key = "reminded_recently"


class ApprovalService(CrudService[ApprovalRequest]):
    repository = ApprovalRepository
    permission = "approval"
    access: ClassVar[Mapping[str, str]] = {
        "list": "Requires `approval:read`. Lists the requests of the employees in the caller's "
        "data scope and those the caller approves (or decides for someone away).",
        "get": "Requires `approval:read`; 404 unless the applicant is in the caller's data "
        "scope or the caller is named in the chain (or stands in for someone who is).",
    }
    refusals: ClassVar = {
        "create": {
            409: "409 `period_overlaps` when a leave or trip meets another pending or approved "
            "one of the applicant (`conflicts_with` names it); 409 `opportunity_closed` for a "
            "discount on a closed deal.",
            422: "422 `form_type` when the form is not the type's; 422 `approval_type_disabled`, "
            "`discount_within_threshold`, `already_owner` as the type's rules say.",
        },
        "update": {
            409: "409 `approval_not_editable` once an approver decided or the request is "
            "approved, rejected or withdrawn; 409 `period_overlaps`.",
            422: "422 `type_unchangeable` when `type` is not the request's own.",
        },
        "delete": {409: "409 `approval_decided` for an approved request."},
    }

    def __init__(self, ctx: Ctx) -> None:
        super().__init__(ctx)
        self.requests: ApprovalRepository = self.repo  # type: ignore[assignment]
        self.steps = StepRepository(ctx)
        self.people = PeopleRepository(ctx)

    # ----- reads -----------------------------------------------------------------------------
    async def list(self, params: ListParams) -> PageResult[ApprovalRequest]:
        self.require("read")
        params = cast(schemas.ApprovalListParams, params)
        me = self.ctx.subject.id
        where: list[ColumnElement[bool]] = []
        if params.awaiting_me is not None:
            mine = awaiting(me, utcnow()) if me is not None else None
            if mine is None:
                where.append(ApprovalRequest.id.is_(None))
            else:
                where.append(mine if params.awaiting_me else ~mine)
        if params.mine is not None:
            where.append(
                ApprovalRequest.owner_id == me if params.mine else ApprovalRequest.owner_id != me
            )
        rest = params.model_copy(update={"awaiting_me": None, "mine": None})
        return await self.repo.list(rest, where=where)

    async def history(self, record_id: uuid.UUID) -> builtins.list[ApprovalHistory]:
        self.require("read")
        await self.repo.get(record_id)
        return await self.steps.history(record_id)

    # ----- submission ------------------------------------------------------------------------
    async def create(self, payload: Any) -> tuple[ApprovalRequest, bool]:
        self.require("write")
        payload = cast(schemas.ApprovalCreate, payload)
        values = payload.model_dump(exclude_unset=True, exclude={"form"})
        self._owner_rules(values)
        client_id = values.get("id")
        if client_id is not None and (found := await self.repo.replay(client_id)) is not None:
            return found, False
        applicant = values["owner_id"]
        if applicant != self.ctx.subject.id and not await self.people.current_ids([applicant]):
            raise unknown_reference(["body", "owner_id"], "current employee")
        await self._enabled(payload.type.value)
        await self._check(payload.form, applicant, None)
        values.update(self._columns(payload.form))
        values.setdefault("title", title_of(payload.form))
        values.update(
            status=ApprovalStatus.pending.value,
            round=1,
            current_step=0,
            submitted_at=utcnow(),
        )
        record, created = await self.repo.create(values)
        if created:
            await self._build_chain(record, ApprovalAction.submitted)
        record = await self.requests.reload(record)
        if created:
            await self._follow(record)
        return record, created

    async def update(
        self, record_id: uuid.UUID, payload: Any, expected: Expected
    ) -> ApprovalRequest:
        self.require("write")
        payload = cast(schemas.ApprovalUpdate, payload)
        record = await self.repo.get_for_write(record_id)
        await self._editable(record)
        changes = payload.model_dump(exclude_unset=True, exclude={"form", "type"})
        if payload.type is not None and payload.type.value != record.type:
            raise ValidationFailed.field(
                ["body", "type"], f"The request is a {record.type} request", "type_unchangeable"
            )
        form = payload.form
        if form is not None:
            await self._check(form, record.owner_id or self.ctx.subject.id, record.id)  # type: ignore[arg-type]
            changes.update(self._columns(form))
        record = await self.repo.update(record, changes, expected)
        if form is not None and record.status == ApprovalStatus.pending.value:
            # Nobody decided yet: the chain follows the new amount.
            await self.steps.drop_undecided(record.id, record.round)
            await self._build_chain(record, None)
        return await self.requests.reload(record)

    async def prepare_delete(self, record: ApprovalRequest) -> None:
        if record.status == ApprovalStatus.approved.value:
            raise Decided()

    async def restore(self, record_id: uuid.UUID) -> ApprovalRequest:
        return await self.requests.reload(await super().restore(record_id))

    async def _enabled(self, code: str) -> None:
        setting = await TypeSettingRepository(self.ctx).of(code)
        if setting is None or not setting.enabled:
            raise ValidationFailed.field(
                ["body", "type"], "Requests of this type are switched off", "approval_type_disabled"
            )

    async def _check(self, form: Form, applicant: uuid.UUID, exclude: uuid.UUID | None) -> None:
        check = TYPES[form.type_code.value].check
        if check is not None:
            await check(self.ctx, form, applicant, exclude)

    @staticmethod
    def _columns(form: Form) -> dict[str, Any]:
        starts_at, ends_at = period_of(form)
        amount, currency = amount_of(form)
        return {
            "form": form.model_dump(mode="json"),
            "starts_at": starts_at,
            "ends_at": ends_at,
            "amount": amount,
            "currency": currency,
            "customer_id": getattr(form, "customer_id", None),
            "opportunity_id": getattr(form, "opportunity_id", None),
        }

    async def _editable(self, record: ApprovalRequest) -> None:
        if record.status not in EDITABLE:
            raise NotEditable(status=i18n.label("ApprovalStatus", record.status))
        if record.status == ApprovalStatus.pending.value and any(
            step.decided_at is not None for step in record.chain
        ):
            raise NotEditable(status=i18n.label("ApprovalStatus", record.status))

    # ----- the chain -------------------------------------------------------------------------
    async def approvers(self, record: ApprovalRequest) -> builtins.list[uuid.UUID]:
        """The approvers, in order, as the type's rule for the amount picks them."""
        applicant = await self.people.live(record.owner_id) if record.owner_id else None
        if applicant is None:
            return []
        rule = await ApprovalRuleRepository(self.ctx).matching(
            record.type,
            record.amount if record.amount is not None else 0,  # type: ignore[arg-type]
        )
        managers = list(reversed(path_ids(applicant.manager_path)))  # the nearest first
        current = await self.people.current_ids([*managers, *_named(rule)])
        managers = [m for m in managers if m in current]
        if rule is None or rule.mode == ChainMode.levels.value:
            chain = managers[: rule.levels if rule is not None else 1]
        elif rule.mode == ChainMode.up_to_role.value:
            holders = (
                await self.people.holding_role(managers, rule.role_id) if rule.role_id else set()
            )
            chain = []
            for manager in managers:
                chain.append(manager)
                if manager in holders:
                    break
        else:
            chain = [a for a in _named(rule) if a in current]
        return [a for a in dict.fromkeys(chain) if a != record.owner_id]

    async def _build_chain(self, record: ApprovalRequest, action: ApprovalAction | None) -> None:
        now = utcnow()
        chain: list[uuid.UUID | None] = [*await self.approvers(record)] or [None]
        self.steps.add_steps(
            ApprovalStep(
                request_id=record.id,
                round=record.round,
                position=position,
                approver_id=approver,
                status=(StepStatus.pending if position == 0 else StepStatus.waiting).value,
                pending_since=now if position == 0 else None,
            )
            for position, approver in enumerate(chain)
        )
        if action is not None:
            self._log(record, action, position=None)
        await self.repo.flush()
        await self._tell_approver(record, chain[0])

    async def _tell_approver(self, record: ApprovalRequest, approver: uuid.UUID | None) -> None:
        if approver is None:
            return
        applicant = await self.people.live(record.owner_id) if record.owner_id else None
        params: dict[str, str | int] = {
            "title": record.title,
            "applicant": applicant.name if applicant is not None else "—",
        }
        for recipient in [approver, *await self.steps.standing_in(approver, record.type, utcnow())]:
            notify(
                self.ctx,
                recipient,
                NotificationKind.approval_pending,
                "notification.approval_pending",
                params,
                resource="approval",
                record_id=record.id,
            )

    def _log(
        self,
        record: ApprovalRequest,
        action: ApprovalAction,
        *,
        position: int | None,
        comment: str | None = None,
        on_behalf_of: uuid.UUID | None = None,
        actor: uuid.UUID | bool | None = True,
    ) -> ApprovalHistory:
        entry = ApprovalHistory(
            request_id=record.id,
            round=record.round,
            position=position,
            action=action.value,
            actor_id=self.ctx.subject.id if actor is True else actor or None,
            on_behalf_of_id=on_behalf_of,
            comment=comment,
        )
        self.steps.add_history(entry)
        return entry

    # ----- decisions -------------------------------------------------------------------------
    async def decide(
        self,
        record_id: uuid.UUID,
        outcome: StepStatus,
        payload: schemas.DecisionIn,
        expected: Expected,
    ) -> ApprovalRequest:
        self.require("read")
        await self.requests.locked_for_decision(record_id)
        record = await self.repo.get(record_id)
        await self.repo.check_current(record, expected)
        if record.status != ApprovalStatus.pending.value:
            raise NotPending(status=i18n.label("ApprovalStatus", record.status))
        step = _pending_step(record)
        on_behalf_of = await self._may_decide(record, step)
        if outcome is not StepStatus.approved and payload.comment is None:
            raise ValidationFailed.field(
                ["body", "comment"], "Say why, for the applicant", "comment_required"
            )
        now = utcnow()
        step.status = outcome.value
        step.decided_by_id = self.ctx.subject.id
        step.decided_at = now
        step.comment = payload.comment
        self._log(
            record,
            ApprovalAction(outcome.value),
            position=step.position,
            comment=payload.comment,
            on_behalf_of=on_behalf_of,
        )
        following = [s for s in record.chain if s.position == step.position + 1]
        if outcome is StepStatus.approved and following:
            following[0].status = StepStatus.pending.value
            following[0].pending_since = now
            record.current_step = following[0].position
            record.updated_at = now
            await self.repo.flush()
            await self._tell_approver(record, following[0].approver_id)
        else:
            await self._finish(record, ApprovalStatus(outcome.value), now)
        await self.repo.flush()
        return await self.requests.reload(record)

    async def _finish(self, record: ApprovalRequest, status: ApprovalStatus, now: datetime) -> None:
        record.status = status.value
        record.current_step = None
        record.decided_at = now
        for step in record.chain:
            if step.status == StepStatus.waiting.value:
                step.status = StepStatus.cancelled.value
        await self.repo.flush()
        if status is ApprovalStatus.approved:
            await self._apply(record, now)
        else:
            await self._follow(record)
        if record.owner_id is not None and record.owner_id != self.ctx.subject.id:
            english, chinese = _OUTCOME[status.value]
            outcome = chinese if i18n.current_language.get().startswith("zh") else english
            notify(
                self.ctx,
                record.owner_id,
                NotificationKind.approval_decided,
                "notification.approval_decided",
                {"title": record.title, "outcome": outcome},
                resource="approval",
                record_id=record.id,
            )

    async def _follow(self, record: ApprovalRequest) -> None:
        """The type's ``follow``, told of a status other than approved."""
        follow = TYPES[record.type].follow
        if follow is not None:
            await follow(self.ctx, record, _form_of(record))

    async def _apply(self, record: ApprovalRequest, now: datetime) -> None:
        effect = TYPES[record.type].effect
        if effect is None:
            return
        await effect(self.ctx, record, _form_of(record))
        record.applied_at = now
        self._log(record, ApprovalAction.applied, position=None, actor=None)

    async def _may_decide(self, record: ApprovalRequest, step: ApprovalStep) -> uuid.UUID | None:
        """None when the caller decides as the approver; the approver's id when as their
        delegate. 403 for anyone else, and for the applicant in any role. A step whose
        approver has left is decided by whoever holds ``approval:configure``."""
        me = self.ctx.subject.id
        if me is not None and me == record.owner_id:
            raise Forbidden("not_current_approver")
        if step.approver_id is None or not await self.people.current_ids([step.approver_id]):
            # Nobody above the applicant, or the approver has left since: the administrators.
            if self.ctx.subject.can("approval:configure"):
                return None
        elif step.approver_id == me:
            return None
        elif me is not None and await self.steps.delegates_for(
            step.approver_id, me, record.type, utcnow()
        ):
            return step.approver_id
        raise Forbidden("not_current_approver")

    # ----- the applicant's acts --------------------------------------------------------------
    async def _as_applicant(self, record_id: uuid.UUID, expected: Expected) -> ApprovalRequest:
        self.require("write")
        await self.requests.locked_for_decision(record_id)
        record = await self.repo.get(record_id)
        if record.owner_id != self.ctx.subject.id:
            raise Forbidden("not_applicant")
        await self.repo.check_current(record, expected)
        return record

    async def withdraw(
        self, record_id: uuid.UUID, payload: schemas.DecisionIn, expected: Expected
    ) -> ApprovalRequest:
        record = await self._as_applicant(record_id, expected)
        if record.status not in EDITABLE:
            raise NotPending(status=i18n.label("ApprovalStatus", record.status))
        now = utcnow()
        record.status = ApprovalStatus.withdrawn.value
        record.current_step = None
        record.decided_at = now
        await self.steps.cancel_open(record.id)
        self._log(record, ApprovalAction.withdrawn, position=None, comment=payload.comment)
        await self.repo.flush()
        record = await self.requests.reload(record)
        await self._follow(record)
        return record

    async def resubmit(
        self, record_id: uuid.UUID, payload: schemas.DecisionIn, expected: Expected
    ) -> ApprovalRequest:
        record = await self._as_applicant(record_id, expected)
        if record.status != ApprovalStatus.returned.value:
            raise NotEditable(status=i18n.label("ApprovalStatus", record.status))
        await self._enabled(record.type)
        await self._check(_form_of(record), record.owner_id, record.id)  # type: ignore[arg-type]
        record.status = ApprovalStatus.pending.value
        record.round += 1
        record.current_step = 0
        record.decided_at = None
        record.submitted_at = utcnow()
        await self.repo.flush()
        await self._build_chain(record, ApprovalAction.resubmitted)
        record = await self.requests.reload(record)
        await self._follow(record)
        return record

    async def remind(
        self, record_id: uuid.UUID, payload: schemas.DecisionIn, expected: Expected
    ) -> ApprovalRequest:
        record = await self._as_applicant(record_id, expected)
        if record.status != ApprovalStatus.pending.value:
            raise NotPending(status=i18n.label("ApprovalStatus", record.status))
        step = _pending_step(record)
        now = utcnow()
        if step.reminded_at is not None and now < step.reminded_at + REMIND_INTERVAL:
            available = step.reminded_at + REMIND_INTERVAL
            raise RemindedRecently(
                available_at=f"{clock.business_time(available):%Y-%m-%d %H:%M}",
                extensions={"available_at": available},
                headers={"Retry-After": str(max(1, int((available - now).total_seconds()) + 1))},
            )
        step.reminded_at = now
        self._log(record, ApprovalAction.reminded, position=step.position, comment=payload.comment)
        await self.remind_step(record, step)
        record.updated_at = now
        await self.repo.flush()
        return await self.requests.reload(record)

    async def remind_step(self, record: ApprovalRequest, step: ApprovalStep) -> None:
        """The step's approver, and whoever stands in for them now, are reminded (a step
        awaiting the administrators reminds nobody in particular)."""
        if step.approver_id is None:
            return
        recipients = [
            step.approver_id,
            *await self.steps.standing_in(step.approver_id, record.type, utcnow()),
        ]
        for recipient in recipients:
            notify(
                self.ctx,
                recipient,
                NotificationKind.approval_reminder,
                "notification.approval_reminder",
                {"title": record.title},
                resource="approval",
                record_id=record.id,
            )

    async def comment(self, record_id: uuid.UUID, payload: schemas.CommentIn) -> ApprovalHistory:
        """Anyone who sees the request comments; the applicant is told, or (when the applicant
        comments) the approver awaited."""
        self.require("read")
        record = await self.repo.get(record_id)
        entry = self._log(
            record, ApprovalAction.commented, position=record.current_step, comment=payload.comment
        )
        me = self.ctx.subject.id
        recipient = record.owner_id if me != record.owner_id else record.current_approver_id
        if recipient is not None and recipient != me:
            author = await self.people.live(me) if me is not None else None
            notify(
                self.ctx,
                recipient,
                NotificationKind.approval_comment,
                "notification.approval_comment",
                {
                    "title": record.title,
                    "author": author.name if author is not None else "—",
                    "comment": payload.comment,
                },
                body_key="notification.approval_comment_body",
                resource="approval",
                record_id=record.id,
            )
        await self.repo.flush()
        return entry


def _pending_step(record: ApprovalRequest) -> ApprovalStep:
    """The step awaiting a decision of a pending request."""
    for step in record.chain:
        if step.status == StepStatus.pending.value:
            return step
    raise NotPending(status=i18n.label("ApprovalStatus", record.status))


def _named(rule: ApprovalRule | None) -> list[uuid.UUID]:
    return [rule.approver_id] if rule is not None and rule.approver_id is not None else []


def _form_of(record: ApprovalRequest) -> Form:
    """The stored form, read as its type's model again."""
    out = schemas.ApprovalOut.model_validate(record)
    form: Form = out.form
    return form


async def remind_pending_steps(ctx: Ctx, now: datetime | None = None) -> int:
    """The periodic reminder: a step pending longer than its type's ``remind_after_hours``
    (since it became pending, or since the last reminder) reminds its approver."""
    moment = now or utcnow()
    steps, reminded = StepRepository(ctx), 0
    service = ApprovalService(ctx)
    for setting in await TypeSettingRepository(ctx).every():
        if setting.remind_after_hours is None:
            continue
        cutoff = moment - timedelta(hours=setting.remind_after_hours)
        while due := await steps.due_reminders(setting.code, cutoff, REMINDER_BATCH):
            for step, request in due:
                step.reminded_at = moment
                await service.remind_step(request, step)
                reminded += 1
            await ctx.session.flush()
    return reminded


# ----- rules, delegations, type settings -----------------------------------------------------
class ApprovalRuleService(CrudService[ApprovalRule]):
    repository = ApprovalRuleRepository
    permission = "approval"
    permissions: ClassVar = {
        "read": "approval:read",
        "write": "approval:configure",
        "delete": "approval:configure",
    }

    async def prepare_create(self, values: dict[str, Any]) -> dict[str, Any]:
        return await self._references(values)

    async def prepare_update(self, record: ApprovalRule, changes: dict[str, Any]) -> dict[str, Any]:
        merged = {
            "mode": changes.get("mode", record.mode),
            "role_id": changes.get("role_id", record.role_id),
            "approver_id": changes.get("approver_id", record.approver_id),
        }
        if merged["mode"] == ChainMode.up_to_role.value and merged["role_id"] is None:
            raise ValidationFailed.field(
                ["body", "role_id"], "`up_to_role` needs role_id", "role_required"
            )
        if merged["mode"] == ChainMode.named.value and merged["approver_id"] is None:
            raise ValidationFailed.field(
                ["body", "approver_id"], "`named` needs approver_id", "approver_required"
            )
        return await self._references(changes)

    async def _references(self, values: dict[str, Any]) -> dict[str, Any]:
        if values.get("approver_id") is not None and not await PeopleRepository(
            self.ctx
        ).current_ids([values["approver_id"]]):
            raise unknown_reference(["body", "approver_id"], "current employee")
        if values.get("role_id") is not None and not await self.rules.role_exists(
            values["role_id"]
        ):
            raise unknown_reference(["body", "role_id"], "role")
        return values

    @property
    def rules(self) -> ApprovalRuleRepository:
        repo: ApprovalRuleRepository = self.repo  # type: ignore[assignment]
        return repo


class DelegationService(CrudService[ApprovalDelegation]):
    repository = DelegationRepository
    permission = "approval"
    permissions: ClassVar = {
        "read": "approval:read",
        "write": "approval:write",
        "delete": "approval:write",
        "assign": "approval:assign",
    }
    refusals: ClassVar = {
        "update": {422: "422 `range_reversed` when `ends_at` is not after `starts_at`."}
    }

    async def prepare_create(self, values: dict[str, Any]) -> dict[str, Any]:
        return await self._checked(values, None)

    async def prepare_update(
        self, record: ApprovalDelegation, changes: dict[str, Any]
    ) -> dict[str, Any]:
        return await self._checked(changes, record)

    async def _checked(
        self, values: dict[str, Any], record: ApprovalDelegation | None
    ) -> dict[str, Any]:
        owner = values.get("owner_id", record.owner_id if record is not None else None)
        delegate = values.get("delegate_id")
        if delegate is not None:
            if not await PeopleRepository(self.ctx).current_ids([delegate]):
                raise unknown_reference(["body", "delegate_id"], "current employee")
            if delegate == owner:
                raise ValidationFailed.field(
                    ["body", "delegate_id"], "Someone else stands in for you", "delegate_is_owner"
                )
        if record is not None:
            ensure_still_after(values, record)
        if "types" in values and values["types"] is not None:
            values["types"] = [str(t) for t in dict.fromkeys(values["types"])]
        return values


class ApprovalTypeService(CrudService[ApprovalTypeSetting]):
    """The types are declared in code; their settings are changed, never created or deleted."""

    repository = TypeSettingRepository
    permission = "approval"
    permissions: ClassVar = {"read": "approval:read", "write": "approval:configure"}
