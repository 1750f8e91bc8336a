"""Liveness and readiness probes (outside /api/v1, no authentication)."""

from __future__ import annotations

import asyncio
import logging

from fastapi import APIRouter, Request
from pydantic import BaseModel
from sqlalchemy import text
from starlette.responses import Response

from salescrm.core.db.engine import Database
from salescrm.core.errors import (
    UNAVAILABLE_RETRY_AFTER_SECONDS,
    busy_response,
    problem_response,
)

log = logging.getLogger(__name__)
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
    responses={503: {**busy_response(), "description": "The database does not answer."}},
)
async def ready(request: Request) -> HealthStatus | Response:
    """The process can serve: the database answers within the connect timeout. While it is
    down or restarting, 503 with ``Retry-After``; ready again as soon as it is back, without a
    restart of the service."""
    database: Database = request.app.state.database
    timeout = request.app.state.settings.database_connect_timeout_seconds
    try:
        async with asyncio.timeout(timeout), database.engine.connect() as connection:
            await connection.execute(text("SELECT 1"))
    except Exception as exc:
        log.warning("not ready: the database does not answer (%s)", type(exc).__name__)
        retry = UNAVAILABLE_RETRY_AFTER_SECONDS
        return problem_response(
            request,
            status=503,
            code="service_unavailable",
            detail_key="database_unavailable",
            headers={"Retry-After": str(retry)},
        )
    return HealthStatus(status="ok")
