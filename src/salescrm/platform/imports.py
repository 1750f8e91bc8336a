"""(being written)"""

from __future__ import annotations

from fastapi import APIRouter

from salescrm.core.jobs import Job

routers: list[APIRouter] = []
JOBS: list[Job] = []
