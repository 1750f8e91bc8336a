"""``GET /api/v1/analytics/<name>`` and ``…/<name>/export`` for every registered statistic.

No ``from __future__ import annotations`` here: the endpoints are made per statistic, and
FastAPI reads each one's parameter model from its annotations at definition time.
"""

from typing import Annotated, Any

from fastapi import APIRouter, Depends, Query
from fastapi.responses import StreamingResponse
from pydantic import Field, create_model

from salescrm.analytics import stats  # noqa: F401 — registers the built-in statistics
from salescrm.analytics.churn.router import routers as churn_routers
from salescrm.analytics.dashboards.router import build_routers as build_dashboard_routers
from salescrm.analytics.exports import EXPORT_PERMISSION, export
from salescrm.analytics.insights.router import routers as insight_routers
from salescrm.analytics.registry import STATISTICS, Statistic
from salescrm.core.errors import error_responses
from salescrm.core.uow import Ctx, UnitOfWorkRoute, get_ctx
from salescrm.platform.sheets import MEDIA_TYPES, ExportFormat, content_disposition, stream

CtxDep = Annotated[Ctx, Depends(get_ctx)]
TAG = "analytics"


def _description(statistic: Statistic[Any, Any]) -> str:
    needs = ", ".join(f"`{p}`" for p in statistic.permissions)
    filters = ", ".join(f"`{f}`" for f in statistic.dimensions.supports()) or "none"
    return (
        f"{statistic.definition}\n\nRequires {needs}; counts only records within the caller's "
        f"data scope. Narrowing filters it honours: {filters} (any other is a 422 "
        "`filter_not_supported`). 422 for an invalid period (`range_reversed`, "
        "`period_too_long`) or too many buckets (`too_many_buckets`)."
    )


def _add(router: APIRouter, statistic: Statistic[Any, Any]) -> None:
    params_model = statistic.params
    export_model = create_model(
        f"{params_model.__name__}Export",
        __base__=params_model,
        format=(ExportFormat, Field("xlsx", description="csv or xlsx")),
    )

    async def read(ctx: CtxDep, params: Annotated[params_model, Query()]) -> Any:  # type: ignore[valid-type]
        return await statistic.run(ctx, params)

    async def download(
        ctx: CtxDep,
        params: Annotated[export_model, Query()],
    ) -> StreamingResponse:
        values = params.model_dump()
        file_format: ExportFormat = values.pop("format")
        file = await export(ctx, statistic, params_model.model_validate(values), file_format)
        return StreamingResponse(
            stream(file),
            media_type=MEDIA_TYPES[file_format],
            headers={
                "Content-Disposition": content_disposition(
                    statistic.title, statistic.name.replace("-", "_"), file_format
                )
            },
        )

    router.add_api_route(
        statistic.path,
        read,
        methods=["GET"],
        name=f"analytics_{statistic.name.replace('-', '_')}",
        summary=statistic.summary,
        description=_description(statistic),
        response_model=statistic.report,
        responses=error_responses(*statistic.statuses),
    )
    router.add_api_route(
        statistic.path + "/export",
        download,
        methods=["GET"],
        name=f"analytics_{statistic.name.replace('-', '_')}_export",
        summary=f"{statistic.summary} — as CSV or XLSX (Chinese headers)",
        description=_description(statistic)
        + f"\n\nAlso requires `{EXPORT_PERMISSION}`. Every export is audited (an `export` entry "
        "of resource `analytics_export`: who, when, the statistic, the filters, the format and "
        "the number of rows).",
        response_class=StreamingResponse,
        responses={
            200: {
                "description": "The file (Content-Disposition names it)",
                "content": {MEDIA_TYPES["csv"]: {}, MEDIA_TYPES["xlsx"]: {}},
            },
            **error_responses(*statistic.statuses),
        },
    )


def build() -> list[APIRouter]:
    """The analytics routes of every statistic registered by now (at app creation)."""
    router = APIRouter(tags=[TAG], route_class=UnitOfWorkRoute)
    for statistic in sorted(STATISTICS.values(), key=lambda s: s.name):
        _add(router, statistic)
    return [*build_dashboard_routers(), *churn_routers, *insight_routers, router]
