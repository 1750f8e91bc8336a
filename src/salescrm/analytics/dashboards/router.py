"""``/api/v1/dashboards``: the CRUD of saved dashboards, ``/dashboards/home`` (the caller's
home page, rendered) and ``/dashboards/{id}/render``.

A rendered widget's ``result`` is the report of its statistic: a union of every registered
report class, told apart by its ``statistic`` field. It can only be built once every statistic
is registered, so ``build_routers()`` is called by ``analytics.router.build()`` at app creation,
not at import.
"""

import uuid
from functools import cache
from typing import Annotated, Any, Union

from fastapi import APIRouter, Depends, Path
from pydantic import BaseModel, Field, create_model

from salescrm.analytics.dashboards import schemas
from salescrm.analytics.dashboards.service import DashboardService
from salescrm.analytics.registry import STATISTICS
from salescrm.core.crud import CrudSpec, crud_router
from salescrm.core.errors import error_responses
from salescrm.core.uow import Ctx, UnitOfWorkRoute, get_ctx

CtxDep = Annotated[Ctx, Depends(get_ctx)]
TAG = "analytics"
PATH = "/dashboards"

crud = crud_router(
    CrudSpec(
        path=PATH,
        name="dashboards",
        tag=TAG,
        singular="dashboard",
        service=DashboardService,
        read_schema=schemas.DashboardOut,
        create_schema=schemas.DashboardCreate,
        update_schema=schemas.DashboardUpdate,
        list_params=schemas.DashboardListParams,
    )
)


class _Rendered(BaseModel):
    """What the render routes answer; its widgets' type is made by ``rendered_models``."""

    dashboard: schemas.DashboardHead


@cache
def rendered_models(reports: tuple[type[BaseModel], ...]) -> type[BaseModel]:
    """``RenderedDashboard`` over these report classes (cached: one class per app's set)."""
    result: Any
    if len(reports) == 1:
        result = reports[0]
    else:
        result = Annotated[Union[reports], Field(discriminator="statistic")]  # noqa: UP007 — a runtime tuple
    widget = create_model(
        "RenderedWidget",
        __base__=schemas.WidgetOut,
        __module__=__name__,
        title=(str, Field(description="The widget's title, else its statistic's.")),
        result=(
            result | None,
            Field(
                description="The statistic's report for the caller (null when `error` says "
                "why not), told apart by its `statistic` field."
            ),
        ),
        error=(
            schemas.WidgetError | None,
            Field(description="Why there is no result: the problem the statistic answered."),
        ),
    )
    dashboard: type[BaseModel] = create_model(
        "RenderedDashboard",
        __base__=_Rendered,
        __module__=__name__,
        widgets=(list[widget], Field(description="Each widget in the dashboard's order.")),
    )
    return dashboard


_RENDER_RULES = (
    "Requires `dashboard:read`. Each widget runs its statistic as "
    "`GET /api/v1/analytics/<statistic>` would for the caller, in the caller's data scope; "
    "a widget the caller may not run (a permission of the statistic they lack: 403) or whose "
    "filters no longer hold (422) carries that problem in `error` instead of failing the page."
)


def build_routers() -> list[APIRouter]:
    """The dashboards' routes, over every statistic registered by now."""
    reports = tuple(s.report for s in sorted(STATISTICS.values(), key=lambda s: s.name))
    model = rendered_models(reports)
    render = APIRouter(prefix=PATH, tags=[TAG], route_class=UnitOfWorkRoute)

    async def home(ctx: CtxDep) -> Any:
        return await DashboardService(ctx).home()

    async def rendered(
        ctx: CtxDep,
        record_id: Annotated[uuid.UUID, Path(description="The dashboard's id (UUID).")],
    ) -> Any:
        return await DashboardService(ctx).render(record_id)

    render.add_api_route(
        "/home",
        home,
        methods=["GET"],
        name="dashboards_home",
        summary="The caller's home page, rendered: every widget with its report",
        description=_RENDER_RULES
        + "\n\nThe home page is the caller's own default dashboard (`is_default`), else the "
        "default dashboard of the most senior of their roles that has one, else the built-in "
        "page of their most senior built-in role (a director's, a manager's or a "
        "representative's; `dashboard.id` null, `source` `builtin`).",
        response_model=model,
        responses=error_responses(401, 403),
    )
    render.add_api_route(
        "/{record_id}/render",
        rendered,
        methods=["GET"],
        name="dashboards_render",
        summary="A dashboard, rendered: every widget with its report",
        description=_RENDER_RULES
        + " 404 for another person's personal dashboard and for a role's the caller neither "
        "holds nor manages.",
        response_model=model,
        responses=error_responses(401, 403, 404, 422),
    )
    return [crud, render]
