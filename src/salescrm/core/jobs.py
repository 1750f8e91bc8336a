"""Background jobs: periodic work declared once, each run in its own transaction.

Jobs are idempotent sweeps over durable rows and take row locks (``FOR UPDATE SKIP LOCKED`` on
PostgreSQL), so a run that comes twice or late does no harm. ``core.queue`` runs them as tasks
of the task queue (periodic, and enqueued by the changes that call for them); ``salescrm run-job
NAME`` runs one from cron or by hand.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass

from salescrm.config import Settings
from salescrm.core.db.engine import Database
from salescrm.core.permissions.subject import SYSTEM
from salescrm.core.uow import Ctx, run_after_commit

JobFunc = Callable[[Ctx], Awaitable[int]]


@dataclass(frozen=True)
class Job:
    name: str
    #: How often it runs: a whole number of seconds that divides a minute, of minutes that
    #: divides an hour, of hours that divides a day, or one day (as a cron schedule: ``cron``).
    interval_seconds: int
    run: JobFunc
    #: One run at a time across all workers (the queue's lock). A job whose runs share the
    #: work safely among themselves (leases, ``SKIP LOCKED``) says False, and scales with
    #: the workers.
    exclusive: bool = True

    def __post_init__(self) -> None:
        self.cron  # noqa: B018 - an interval no schedule can express fails at declaration

    @property
    def cron(self) -> str:
        """The schedule, aligned on the clock so that every worker agrees on each period
        (procrastinate's cron, with a sixth field for seconds)."""
        seconds = self.interval_seconds
        for unit, per_next, template in (
            (1, 60, "* * * * * */{n}"),
            (60, 60, "*/{n} * * * *"),
            (3600, 24, "0 */{n} * * *"),
        ):
            n, rest = divmod(seconds, unit)
            if rest == 0 and 0 < n < per_next and per_next % n == 0:
                return template.format(n=n)
        if seconds == 86_400:
            return "0 0 * * *"
        raise ValueError(f"job {self.name}: no clock-aligned schedule runs every {seconds} s")


async def run_once(job: Job, database: Database, settings: Settings) -> int:
    """One run in one transaction, as the system subject; returns how many items it handled."""
    async with database.sessionmaker() as session:
        session.info["actor"] = ("system", None)
        session.info["request_id"] = f"job:{job.name}"
        count = await job.run(Ctx(session=session, subject=SYSTEM, settings=settings))
        await session.commit()
        await run_after_commit(session)
    return count
