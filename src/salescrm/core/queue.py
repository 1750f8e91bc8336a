"""The task queue: every background job runs as a procrastinate task (docs/architecture.md says
why procrastinate rather than saq, arq, taskiq or dramatiq).

- **PostgreSQL**: jobs live in procrastinate's tables (migration 0012), and any number of
  ``salescrm worker`` processes (and server processes with ``SALESCRM_JOBS_ENABLED``) take them.
  Each periodic job is deferred once per period however many workers run, because the periodic
  defer is a row unique per task and timestamp; a job's ``lock`` runs one instance at a time.
  ``enqueue`` writes the job in the caller's own transaction: a rolled-back change enqueues
  nothing, a committed one always has its job.
- **SQLite** (the embedded default): the same tasks on procrastinate's in-memory connector, run
  by a worker inside the server process; ``enqueue`` defers after the commit. A restart forgets
  what was queued, and loses nothing: every job is a sweep over durable rows (due deliveries,
  pending imports …), which its next periodic run finds.

Jobs stay plain ``core.jobs.Job`` declarations: ``salescrm run-job NAME`` and the tests run them
directly with ``run_once``, the queue runs the same code.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import signal
from collections.abc import Sequence
from datetime import datetime
from typing import Any

import procrastinate
from procrastinate.testing import InMemoryConnector
from sqlalchemy import text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import IntegrityError
from sqlalchemy.ext.asyncio import AsyncSession

from salescrm.config import Settings
from salescrm.core.db.engine import Database
from salescrm.core.jobs import Job, run_once
from salescrm.core.uow import after_commit

log = logging.getLogger("salescrm.queue")

#: The one queue every task of ours is on.
QUEUE = "salescrm"
#: The queue's own periodic task: the jobs of workers that died run again.
STALLED = "retry_stalled_jobs"

#: procrastinate's versioned SQL interface for deferring (``procrastinate_defer_jobs_v1`` takes
#: an array of ``procrastinate_job_to_defer_v1``); its ``_v1`` names stay across its upgrades.
_DEFER = text(
    "SELECT procrastinate_defer_jobs_v1(ARRAY[ROW(CAST(:queue AS varchar), "
    "CAST(:task AS varchar), 0, CAST(:lock AS text), CAST(:queueing_lock AS text), "
    "CAST(:args AS jsonb), CAST(:at AS timestamptz))::procrastinate_job_to_defer_v1])"
)

#: The first and the longest pause before a worker that stopped on its own (the database went
#: away) is started again.
RESTART_MIN_SECONDS = 1.0
RESTART_MAX_SECONDS = 30.0

#: The in-process queue of this process on SQLite, while a ``Worker`` runs it.
_embedded: procrastinate.App | None = None


class EmbeddedConnector(InMemoryConnector):
    """procrastinate's in-memory connector, which also forgets a finished job's event log (it
    keeps it for tests' assertions; a server running for months must not)."""

    async def finish_job_run(self, job_id: int, status: str, delete_job: bool) -> None:
        await super().finish_job_run(job_id, status, delete_job)
        if delete_job:
            self.events.pop(job_id, None)


def conninfo(database_url: str) -> str:
    """The libpq URL psycopg (procrastinate's driver) takes for our SQLAlchemy URL."""
    url = make_url(database_url).set(drivername="postgresql")
    return url.render_as_string(hide_password=False)


def build(jobs: Sequence[Job], database: Database, settings: Settings) -> procrastinate.App:
    """A procrastinate app with every job as a task, each also periodic on its ``cron``."""
    connector: Any
    if database.dialect == "postgresql":
        connector = procrastinate.PsycopgConnector(
            conninfo=conninfo(database.url),
            min_size=1,
            max_size=settings.worker_concurrency + 2,
            # procrastinate has the pool check a connection before use (replacing the ones a
            # database restart broke); how long to wait for one is ours to bound.
            timeout=settings.database_connect_timeout_seconds,
        )
    else:
        connector = EmbeddedConnector()
    app = procrastinate.App(connector=connector)
    for job in jobs:
        _register(app, job, database, settings)

    async def retry_stalled_jobs(timestamp: int | None = None) -> int:
        """Jobs left ``doing`` by a worker that died (no heartbeat for 30 s): run again. Without
        this a killed worker's job would hold its ``lock``, and that job would never run again."""
        stalled = list(await app.job_manager.get_stalled_jobs(queue=QUEUE))
        for job in stalled:
            await app.job_manager.retry_job(job)
        if stalled:
            log.warning("retried %d stalled job(s)", len(stalled))
        return len(stalled)

    stalled_task = app.task(name=STALLED, queue=QUEUE, lock=STALLED)(retry_stalled_jobs)
    app.periodic(cron="* * * * *")(stalled_task)
    return app


def _register(app: procrastinate.App, job: Job, database: Database, settings: Settings) -> None:
    async def run(timestamp: int | None = None) -> int:
        """One run of the job; ``timestamp`` is the period a periodic defer is for."""
        count = await run_once(job, database, settings)
        if count:
            log.info("job %s handled %d item(s)", job.name, count, extra={"job": job.name})
        return count

    task = app.task(name=job.name, queue=QUEUE, lock=_lock(job))(run)
    app.periodic(cron=job.cron)(task)


def _lock(job: Job) -> str | None:
    return job.name if job.exclusive else None


async def enqueue(session: AsyncSession, job: Job, *, at: datetime | None = None) -> None:
    """Have ``job`` run soon (or at ``at``) because of the change this session is writing.

    PostgreSQL: in this transaction, under a savepoint; a job of that name already waiting
    (its queueing lock) is enough, as every job handles all that is due when it runs. SQLite:
    after the commit, on the in-process queue (without one, the job's next period does it).
    """
    name = job.name
    waiting = f"{name}:{at.isoformat()}" if at else name  # one job waiting per name and time
    if session.get_bind().dialect.name == "postgresql":
        params = {
            "queue": QUEUE,
            "task": name,
            "lock": _lock(job),
            "queueing_lock": waiting,
            "args": json.dumps({}),
            "at": at,
        }
        with contextlib.suppress(IntegrityError):
            async with session.begin_nested():
                await session.execute(_DEFER, params)
        return

    async def defer() -> None:
        if _embedded is not None:
            with contextlib.suppress(procrastinate.exceptions.AlreadyEnqueued):
                await _embedded.configure_task(
                    name, queue=QUEUE, lock=_lock(job), queueing_lock=waiting, schedule_at=at
                ).defer_async()

    after_commit(session, defer)


class Worker:
    """A queue worker inside a server process (``SALESCRM_JOBS_ENABLED``), started and stopped
    by its lifespan; ``salescrm worker`` runs the same in the foreground."""

    def __init__(self, jobs: Sequence[Job], database: Database, settings: Settings) -> None:
        self.app = build(jobs, database, settings)
        self.settings = settings
        self._task: asyncio.Task[None] | None = None

    def options(self, *, install_signal_handlers: bool) -> dict[str, Any]:
        return {
            "queues": [QUEUE],
            "concurrency": self.settings.worker_concurrency,
            "delete_jobs": "never" if self.settings.queue_keep_succeeded_jobs else "successful",
            "install_signal_handlers": install_signal_handlers,
        }

    async def start(self) -> None:
        global _embedded
        await self.app.open_async()
        if isinstance(self.app.connector, InMemoryConnector):
            _embedded = self.app
        self._task = asyncio.create_task(self._supervise(), name="salescrm-worker")

    async def _supervise(self) -> None:
        """Run procrastinate's worker, and run it again whenever it stops on its own.

        It stops when the database goes away (its heartbeat, its listener or a fetch fails);
        the server process lives on, so the worker must come back by itself once the database
        is back, after a pause that grows while it stays away (1 s, doubling, at most 30 s).
        Only ``stop`` (a cancellation) ends this loop.
        """
        pause = RESTART_MIN_SECONDS
        while True:
            started = asyncio.get_running_loop().time()
            try:
                await self.app.run_worker_async(**self.options(install_signal_handlers=False))
                log.warning("the queue worker stopped; starting it again in %.0f s", pause)
            except asyncio.CancelledError:
                raise
            except Exception as exc:
                log.warning(
                    "the queue worker failed (%s); starting it again in %.0f s",
                    type(exc).__name__,
                    pause,
                )
            if asyncio.get_running_loop().time() - started > RESTART_MAX_SECONDS:
                pause = RESTART_MIN_SECONDS  # it ran a good while: a new outage starts over
            await asyncio.sleep(pause)
            pause = min(pause * 2, RESTART_MAX_SECONDS)

    async def stop(self) -> None:
        global _embedded
        if self._task is not None:
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._task
            self._task = None
        if _embedded is self.app:
            _embedded = None
        await self.app.close_async()

    async def run_forever(self) -> None:
        """The foreground worker of ``salescrm worker``: until SIGINT or SIGTERM, surviving
        database outages as the server's does."""
        stopping = asyncio.Event()
        loop = asyncio.get_running_loop()
        for signum in (signal.SIGINT, signal.SIGTERM):
            loop.add_signal_handler(signum, stopping.set)
        await self.start()
        try:
            await stopping.wait()
        finally:
            await self.stop()
