"""``/api/v1/activity-types``, ``/activities``, ``/tasks`` (with the overdue report),
``/visits`` (check-in, check-out, cancel, statistics), the timelines of customers and deals,
``/calendar-feeds`` and the public ``/calendar/{token}.ics``."""

from __future__ import annotations

import uuid
from collections.abc import Awaitable, Callable
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Path, Query, Request, Response, status

from salescrm.activities import schemas, sources
from salescrm.activities.calendar import CalendarFeeds, render_feed
from salescrm.activities.models import Activity, Task
from salescrm.activities.repository import ActivityRepository, TaskRepository, VisitRepository
from salescrm.activities.service import (
    ActivityService,
    ActivityTypeService,
    TaskService,
    VisitService,
)
from salescrm.activities.timeline import Timeline
from salescrm.core import i18n
from salescrm.core.crud import CrudSpec, IdPath, crud_router, record_action
from salescrm.core.errors import error_responses
from salescrm.core.etag import Expected
from salescrm.core.openapi import response_headers
from salescrm.core.permissions.subject import ANONYMOUS
from salescrm.core.references import Sight, register_kind
from salescrm.core.uow import Ctx, UnitOfWorkRoute, get_ctx
from salescrm.org.sharing import register_shareable
from salescrm.platform.audit import register_reference_audit, register_scoped_audit

CtxDep = Annotated[Ctx, Depends(get_ctx)]

i18n.register_names(
    {
        "activity_type": "活动类型",
        "activity": "活动记录",
        "task": "任务",
        "visit": "拜访",
        "calendar_feed": "日历订阅",
    },
    {
        "type": "类型",
        "subject": "主题",
        "occurred_at": "发生时间",
        "customer_id": "客户",
        "contact_id": "联系人",
        "contact_ids": "参与联系人",
        "employee_ids": "参与员工",
        "due_at": "截止时间",
        "remind_at": "提醒时间",
        "planned_at": "计划时间",
        "latitude": "纬度",
        "longitude": "经度",
    },
)
sources.register_all()
register_shareable("task", TaskRepository)
register_shareable("visit", VisitRepository)
# An activity's or a task's subject is free text (it may name people): shown beside another
# record only to who may open the activity or task itself.
register_kind(
    "activity",
    Activity,
    name=Activity.subject,
    sight=Sight.opened,
    repository=ActivityRepository,
    read_permission="activity:read",
)
register_kind(
    "task",
    Task,
    name=Task.subject,
    sight=Sight.opened,
    repository=TaskRepository,
    read_permission="task:read",
)
for resource, repository in (
    ("activity", ActivityRepository),
    ("task", TaskRepository),
    ("visit", VisitRepository),
):
    register_scoped_audit(resource, repository)
register_reference_audit("activity_type")

activity_types = crud_router(
    CrudSpec(
        path="/activity-types",
        name="activity_types",
        tag="activities",
        singular="activity type",
        service=ActivityTypeService,
        read_schema=schemas.ActivityTypeOut,
        create_schema=schemas.ActivityTypeCreate,
        update_schema=schemas.ActivityTypeUpdate,
        list_params=schemas.ActivityTypeListParams,
    )
)
activities = crud_router(
    CrudSpec(
        path="/activities",
        name="activities",
        tag="activities",
        singular="activity",
        service=ActivityService,
        read_schema=schemas.ActivityOut,
        create_schema=schemas.ActivityCreate,
        update_schema=schemas.ActivityUpdate,
        list_params=schemas.ActivityListParams,
    )
)

task_reports = APIRouter(prefix="/tasks", tags=["activities"], route_class=UnitOfWorkRoute)


@task_reports.get(
    "/overdue",
    name="tasks_overdue",
    summary="Open tasks past due, counted per assignee (the caller's scope)",
    description="Requires `task:read`; counts only tasks within the caller's data scope.",
    response_model=schemas.OverdueReport,
    responses=error_responses(401, 403, 422),
)
async def overdue(ctx: CtxDep, owner_id: uuid.UUID | None = None) -> Any:
    return await TaskService(ctx).overdue(owner_id)


tasks = crud_router(
    CrudSpec(
        path="/tasks",
        name="tasks",
        tag="activities",
        singular="task",
        service=TaskService,
        read_schema=schemas.TaskOut,
        create_schema=schemas.TaskCreate,
        update_schema=schemas.TaskUpdate,
        list_params=schemas.TaskListParams,
    )
)

visit_reports = APIRouter(prefix="/visits", tags=["activities"], route_class=UnitOfWorkRoute)


@visit_reports.get(
    "/stats",
    name="visits_stats",
    summary="Completed visits per rep in a period, with the flagged check-ins (caller's scope)",
    description="Requires `visit:read`; counts only visits within the caller's data scope. "
    "422 for an invalid period.",
    response_model=schemas.VisitStats,
    responses=error_responses(401, 403, 422),
)
async def visit_stats(ctx: CtxDep, params: Annotated[schemas.VisitStatsParams, Query()]) -> Any:
    return await VisitService(ctx).stats(params)


visits = crud_router(
    CrudSpec(
        path="/visits",
        name="visits",
        tag="activities",
        singular="visit",
        service=VisitService,
        read_schema=schemas.VisitOut,
        create_schema=schemas.VisitCreate,
        update_schema=schemas.VisitUpdate,
        list_params=schemas.VisitListParams,
        coordinates=True,
    )
)


def _visit(action: str) -> Callable[[Ctx, uuid.UUID, Any, Expected], Awaitable[Any]]:
    async def run(ctx: Ctx, record_id: uuid.UUID, body: Any, expected: Expected) -> Any:
        return await getattr(VisitService(ctx), action.replace("-", "_"))(record_id, body, expected)

    return run


_VISIT_RULES = (
    "Requires `visit:write`; only the rep who owns the visit may do it (403), "
    "while they may still change its customer or deal; 404 outside the data scope; a stale "
    "`If-Match` is 412. The answer's coordinates are in the system `coord_system` asks for."
)
_OFFLINE_RULES = (
    "Coordinates may be sent in `wgs84`, `gcj02` or `bd09` (`coord_system` in the body) and "
    "are stored and measured in WGS-84. Sent from offline, `captured_at` is when the device "
    "recorded it: more than 5 minutes after the server's time is a 422 "
    "`captured_in_future`; older than `SALESCRM_OFFLINE_MAX_AGE_HOURS` needs "
    "`visit:backdate` (403). `device_now` (the device's clock when sending) keeps the clock "
    "skew and flags the visit beyond `SALESCRM_CLOCK_SKEW_MAX_SECONDS`."
)

for action, payload, summary, rules in (
    (
        "check-in",
        schemas.CheckIn,
        "Check in on site: the distance from the customer is kept",
        "409 `visit_not_planned` when the visit is not planned (checked in, done or cancelled). "
        + _OFFLINE_RULES,
    ),
    (
        "check-out",
        schemas.CheckOut,
        "Check out: the visit is done and recorded as an activity",
        "409 `visit_not_checked_in` when the visit was not checked in. A `captured_at` before "
        "the check-in is a 422 `captured_before_check_in`. " + _OFFLINE_RULES,
    ),
    (
        "cancel",
        schemas.VisitCancel,
        "Cancel a planned visit",
        "409 `visit_not_planned` when the visit is no longer planned.",
    ),
):
    record_action(
        visits,
        action=action,
        name=f"visits_{action.replace('-', '_')}",
        summary=summary,
        description=f"{_VISIT_RULES}\n\n{rules}",
        payload=payload,
        read_schema=schemas.VisitOut,
        run=_visit(action),
        coordinates=True,
    )

timelines = APIRouter(tags=["activities"], route_class=UnitOfWorkRoute)


def _timeline(parent: str, path: str) -> None:
    async def endpoint(
        record_id: IdPath, ctx: CtxDep, params: Annotated[schemas.TimelineParams, Query()]
    ) -> Any:
        return await Timeline(ctx).page(parent, record_id, params)

    timelines.add_api_route(
        f"{path}/{{record_id}}/timeline",
        endpoint,
        methods=["GET"],
        name=f"{path.strip('/')}_timeline",
        summary=f"The {parent}'s timeline: activities, tasks, visits, stage changes … newest first",
        description=f"Requires `{parent}:read`; 404 when the {parent} is outside the caller's "
        "data scope. Each item is shown only to a caller with the read permission of its kind.",
        response_model=schemas.TimelinePage,
        responses=error_responses(401, 403, 404, 422),
    )


_timeline("customer", "/customers")
_timeline("opportunity", "/opportunities")

feeds = APIRouter(prefix="/calendar-feeds", tags=["activities"], route_class=UnitOfWorkRoute)


def _feed_out(feed: Any, ctx: Ctx) -> schemas.CalendarFeedOut:
    return schemas.CalendarFeedOut(
        id=feed.id,
        name=feed.name,
        locale=feed.locale or ctx.settings.default_locale,
        created_at=feed.created_at,
        last_used_at=feed.last_used_at,
    )


@feeds.post(
    "",
    name="calendar_feeds_create",
    summary="Create a secret calendar URL of one's visits, meetings and tasks (shown once)",
    description="Employees only: a request made with an API key is 403. The "
    "URL holds the secret and is shown in this answer only (a replay leaves it out). "
    "`Location` is the feed's path under `/calendar-feeds` (what `DELETE` revokes), never "
    "the secret URL.",
    status_code=status.HTTP_201_CREATED,
    response_model=schemas.CalendarFeedCreated,
    responses={
        201: {"headers": response_headers("Location")},
        **error_responses(400, 401, 403, 415, 422),
    },
)
async def create_feed(
    payload: schemas.CalendarFeedCreate, request: Request, response: Response, ctx: CtxDep
) -> Any:
    service = CalendarFeeds(ctx)
    # The creating app's language (Accept-Language) when it sent one, else the deployment's.
    sent = request.headers.get("accept-language")
    locale = payload.locale or (
        i18n.current_language.get() if sent else ctx.settings.default_locale
    )
    feed, token = await service.create(payload.name, locale)
    response.headers["Location"] = f"{request.url.path}/{feed.id}"
    # A replayed create must not hand the secret out again.
    request.state.idempotency_redact = frozenset({"url"})
    return schemas.CalendarFeedCreated(**_feed_out(feed, ctx).model_dump(), url=service.url(token))


@feeds.get(
    "",
    name="calendar_feeds_list",
    summary="The caller's calendar URLs that still work (without their secrets)",
    response_model=schemas.CalendarFeedList,
    responses=error_responses(401),
)
async def list_feeds(ctx: CtxDep) -> Any:
    return schemas.CalendarFeedList(
        items=[_feed_out(f, ctx) for f in await CalendarFeeds(ctx).list()]
    )


@feeds.delete(
    "/{record_id}",
    name="calendar_feeds_revoke",
    summary="Revoke a calendar URL: it answers 404 from now on",
    description="Only one's own feeds: 404 for a feed of someone else or revoked already; "
    "403 for a request made with an API key.",
    status_code=status.HTTP_204_NO_CONTENT,
    response_class=Response,
    responses=error_responses(401, 403, 404),
)
async def revoke_feed(record_id: IdPath, ctx: CtxDep) -> Response:
    await CalendarFeeds(ctx).revoke(record_id)
    return Response(status_code=status.HTTP_204_NO_CONTENT)


calendar = APIRouter(prefix="/calendar", tags=["activities"], route_class=UnitOfWorkRoute)
Token = Annotated[str, Path(min_length=20, max_length=100, pattern=r"^[A-Za-z0-9_\-]+$")]


@calendar.get(
    "/{token}.ics",
    name="calendar_feed",
    summary="An iCalendar (RFC 5545) feed, opened with its secret URL (no login)",
    description="The entries' words are in the feed's language (`locale`, chosen when the "
    "feed was made), whatever `Accept-Language` says: calendar apps send none worth "
    "following, and one URL on two devices reads the same.",
    response_class=Response,
    responses={
        200: {"content": {"text/calendar": {}}, "description": "The feed"},
        **error_responses(404, 422),
    },
)
async def calendar_feed(token: Token, request: Request) -> Response:
    settings = request.app.state.settings
    ctx = Ctx(session=request.state.session, subject=ANONYMOUS, settings=settings)
    # The feed's language, not the request's (``render_feed`` sets it).
    language = i18n.current_language.set(settings.default_locale)
    try:
        body = await render_feed(ctx, token)
    finally:
        i18n.current_language.reset(language)
    return Response(
        content=body,
        media_type="text/calendar; charset=utf-8",
        headers={"Cache-Control": "private, max-age=300"},
    )


#: Fixed paths (``/tasks/overdue``, ``/visits/stats``) before ``/tasks/{id}``.
routers = [
    activity_types,
    activities,
    task_reports,
    tasks,
    visit_reports,
    visits,
    timelines,
    feeds,
    calendar,
]
