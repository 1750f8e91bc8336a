"""Background jobs: periodic work run in-process, each run in its own transaction.

Jobs are idempotent and take row locks (``FOR UPDATE SKIP LOCKED`` on PostgreSQL), so several
workers or nodes may run the same schedule safely; ``salescrm run-job NAME`` runs one from cron
instead. The runner is the seam where a distributed queue will plug in.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Awaitable, Callable
from dataclasses import dataclass

from salescrm.config import Settings
from salescrm.core.db.engine import Database
from salescrm.core.permissions.subject import SYSTEM
from salescrm.core.uow import Ctx, run_after_commit

log = logging.getLogger("salescrm.jobs")

JobFunc = Callable[[Ctx], Awaitable[int]]


@dataclass(frozen=True)
class Job:
    name: str
    interval_seconds: float
    run: JobFunc


async def run_once(job: Job, database: Database, settings: Settings) -> int:
    """One run in one transaction, as the system subject; returns how many items it handled."""
    async with database.sessionmaker() as session:
        session.info["actor"] = ("system", None)
        session.info["request_id"] = f"job:{job.name}"
        count = await job.run(Ctx(session=session, subject=SYSTEM, settings=settings))
        await session.commit()
        await run_after_commit(session)
    return count


class JobRunner:
    def __init__(self, jobs: list[Job], database: Database, settings: Settings) -> None:
        self.jobs = jobs
        self.database = database
        self.settings = settings
        self._tasks: list[asyncio.Task[None]] = []

    def start(self) -> None:
        self._tasks = [asyncio.create_task(self._loop(job), name=job.name) for job in self.jobs]

    async def stop(self) -> None:
        for task in self._tasks:
            task.cancel()
        for task in self._tasks:
            with contextlib.suppress(asyncio.CancelledError):
                await task
        self._tasks = []

    async def _loop(self, job: Job) -> None:
        while True:
            await asyncio.sleep(job.interval_seconds)
            try:
                count = await run_once(job, self.database, self.settings)
                if count:
                    log.info("job %s handled %d item(s)", job.name, count, extra={"job": job.name})
            except Exception:
                log.exception("job %s failed", job.name)
