"""The routes of budgets: ``/budgets`` (CRUD, each with its actual spend) and
``/budget-summary`` (budget vs actual per department or territory, category and currency)."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends, Query

from salescrm.core import i18n
from salescrm.core.crud import CrudSpec, crud_router
from salescrm.core.errors import error_responses
from salescrm.core.references import register_kind
from salescrm.core.uow import Ctx, UnitOfWorkRoute, get_ctx
from salescrm.planning.budgets import schemas
from salescrm.planning.budgets.models import Budget
from salescrm.planning.budgets.service import BudgetService, alert_owners
from salescrm.work.approval_types import TypeRules, check_links, register
from salescrm.work.forms import ApprovalType

CtxDep = Annotated[Ctx, Depends(get_ctx)]
TAG = "planning"

i18n.register_names(
    {"budget": "费用预算"},
    {
        "alert_share": "预警比例",
        "actual": "实际支出",
        "remaining": "剩余",
        "used_share": "使用比例",
    },
)
i18n.register_titles({"holder_required": ("Department or territory", "部门或区域")})
register_kind("budget", Budget)
# An approved expense claim may cross a budget's alert share: its owner is told (the check of
# the expense type stays the one it had).
register(ApprovalType.expense.value, TypeRules(check=check_links, effect=alert_owners))

budgets = crud_router(
    CrudSpec(
        path="/budgets",
        name="budgets",
        tag=TAG,
        singular="budget",
        service=BudgetService,
        read_schema=schemas.BudgetOut,
        create_schema=schemas.BudgetCreate,
        update_schema=schemas.BudgetUpdate,
        list_params=schemas.BudgetListParams,
    )
)

summary = APIRouter(prefix="/budget-summary", tags=[TAG], route_class=UnitOfWorkRoute)


@summary.get(
    "",
    name="budget_summary",
    summary="Budget vs actual per department or territory, category and currency",
    description="Requires `budget:read`; covers the budgets in the caller's scope whose "
    "period overlaps [period_start, period_end] (each budget's actual counts whole, as on "
    "the budget). 422 `range_reversed` when period_end is before period_start.",
    response_model=schemas.BudgetSummary,
    responses=error_responses(401, 403, 422),
)
async def budget_summary(
    params: Annotated[schemas.BudgetSummaryParams, Query()], ctx: CtxDep
) -> Any:
    return await BudgetService(ctx).summary(params)


routers: list[APIRouter] = [budgets, summary]
