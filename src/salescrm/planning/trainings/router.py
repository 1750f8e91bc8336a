"""The routes of trainings: ``/trainings`` (plans), ``/training-sessions`` with their
``/attendees``, and ``/training-summary`` (attendance rate and average score)."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends, Query

from salescrm.core import i18n
from salescrm.core.crud import CrudSpec, crud_router
from salescrm.core.errors import error_responses
from salescrm.core.references import register_kind
from salescrm.core.uow import Ctx, UnitOfWorkRoute, get_ctx
from salescrm.planning.trainings import schemas
from salescrm.planning.trainings.models import TrainingPlan, TrainingSession
from salescrm.planning.trainings.service import (
    TrainingAttendeeService,
    TrainingPlanService,
    TrainingSessionService,
)

CtxDep = Annotated[Ctx, Depends(get_ctx)]
TAG = "planning"

i18n.register_names(
    {
        "training": "培训计划",
        "training_session": "培训场次",
        "training_attendee": "培训学员",
    },
    {
        "objective": "培训目标",
        "sales_plan_id": "销售计划",
        "sales_strategy_id": "销售策略",
        "topic": "主题",
        "trainer_id": "讲师",
        "trainer_name": "外部讲师",
        "place": "地点",
        "score": "成绩",
        "result": "结果",
    },
)
register_kind("training_plan", TrainingPlan, name=TrainingPlan.title)
register_kind("training_session", TrainingSession, name=TrainingSession.topic)

plans = crud_router(
    CrudSpec(
        path="/trainings",
        name="trainings",
        tag=TAG,
        singular="training plan",
        service=TrainingPlanService,
        read_schema=schemas.TrainingPlanOut,
        create_schema=schemas.TrainingPlanCreate,
        update_schema=schemas.TrainingPlanUpdate,
        list_params=schemas.TrainingPlanListParams,
    )
)
sessions = crud_router(
    CrudSpec(
        path="/training-sessions",
        name="training_sessions",
        tag=TAG,
        singular="training session",
        service=TrainingSessionService,
        read_schema=schemas.TrainingSessionOut,
        create_schema=schemas.TrainingSessionCreate,
        update_schema=schemas.TrainingSessionUpdate,
        list_params=schemas.TrainingSessionListParams,
    )
)
attendees = crud_router(
    CrudSpec(
        path="/training-sessions/{parent_id}/attendees",
        name="training_attendees",
        tag=TAG,
        singular="training attendee",
        parent="training session",
        service=TrainingAttendeeService,
        read_schema=schemas.TrainingAttendeeOut,
        create_schema=schemas.TrainingAttendeeCreate,
        update_schema=schemas.TrainingAttendeeUpdate,
        list_params=schemas.TrainingAttendeeListParams,
    )
)

summary = APIRouter(prefix="/training-summary", tags=[TAG], route_class=UnitOfWorkRoute)


@summary.get(
    "",
    name="training_summary",
    summary="Attendance rate and average score per training plan or per session",
    description="Requires `training:read`; covers the sessions the caller may read (their "
    "data scope over the organisers, and those they attend). `by=plan` groups sessions by "
    "plan (sessions without a plan in one row with plan_id null), `by=session` one row per "
    "session. The rate is attended ÷ attendees; the average is over the scored attendees.",
    response_model=schemas.TrainingSummary,
    responses=error_responses(401, 403, 422),
)
async def training_summary(
    params: Annotated[schemas.TrainingSummaryParams, Query()], ctx: CtxDep
) -> Any:
    return await TrainingSessionService(ctx).summary(params)


routers: list[APIRouter] = [plans, sessions, attendees, summary]
