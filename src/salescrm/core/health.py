"""Liveness and readiness probes (outside /api/v1, no authentication)."""

from __future__ import annotations

from fastapi import APIRouter, Request
from pydantic import BaseModel
from sqlalchemy import text
from starlette.responses import Response

from salescrm.core.db.engine import Database
from salescrm.core.errors import error_responses, problem_response

router = APIRouter(tags=["health"])


class HealthStatus(BaseModel):
    status: str


@router.get("/healthz", name="health_live", response_model=HealthStatus)
async def live() -> HealthStatus:
    """The process is up."""
    return HealthStatus(status="ok")


@router.get(
    "/readyz",
    name="health_ready",
    response_model=HealthStatus,
    responses={503: error_responses(503)[503]},
)
async def ready(request: Request) -> HealthStatus | Response:
    """The process can serve: the database answers."""
    database: Database = request.app.state.database
    try:
        async with database.engine.connect() as connection:
            await connection.execute(text("SELECT 1"))
    except Exception:
        return problem_response(
            request, status=503, code="service_unavailable", detail_key="database_unavailable"
        )
    return HealthStatus(status="ok")
