"""The task queue (``core.queue``): schedules, enqueue in the change's own transaction (never for
rolled-back work), and a worker that runs enqueued and periodic jobs on both engines."""

from __future__ import annotations

import asyncio
import time
import uuid
from collections.abc import Awaitable, Callable

import httpx
import pytest
from croniter import croniter
from procrastinate.periodic import MAX_DELAY as CATCH_UP_SECONDS
from sqlalchemy import text

from salescrm.core.jobs import Job
from salescrm.core.queue import STALLED, Worker, enqueue
from salescrm.core.uow import Ctx, run_after_commit
from salescrm.jobs import JOBS
from tests.conftest import TestDatabase, make_settings, with_worker
from tests.customers.test_import_export import csv_bytes, many, upload


def test_every_job_runs_on_a_clock_aligned_schedule() -> None:
    schedules = {job.name: job.cron for job in JOBS}
    assert schedules["send_webhooks"] == "* * * * * */2"  # seconds: croniter's sixth field
    assert schedules["process_imports"] == "* * * * * */30"
    assert schedules["apply_due_staff_changes"] == "*/5 * * * *"
    assert schedules["return_idle_customers"] == "0 */1 * * *"
    assert schedules["sweep_orphan_files"] == "0 0 * * *"
    assert len(schedules) == len(JOBS)  # names are unique: a task per job
    for seconds in (7, 90, 7200 * 5, 2 * 86_400):
        with pytest.raises(ValueError, match="no clock-aligned schedule"):
            Job("odd", seconds, _count_into([]))


def _count_into(runs: list[int]) -> Callable[[Ctx], Awaitable[int]]:
    async def run(_ctx: Ctx) -> int:
        runs.append(1)
        return 0

    return run


async def _jobs_named(db: TestDatabase, name: str) -> int:
    async with db.database.engine.connect() as connection:
        query = text("SELECT count(*) FROM procrastinate_jobs WHERE task_name = :name")
        return int((await connection.execute(query, {"name": name})).scalar_one())


async def test_a_job_is_enqueued_with_the_change_that_causes_it_and_never_for_a_rollback(
    db: TestDatabase,
) -> None:
    if db.engine_name != "postgresql":
        pytest.skip("SQLite defers after the commit, on the in-process queue (next test)")
    job = Job(f"probe_{uuid.uuid4().hex[:8]}", 2, _count_into([]))
    async with db.database.sessionmaker() as session:
        await enqueue(session, job)
        assert await _jobs_named(db, job.name) == 0  # not visible before the commit
        await session.rollback()
    assert await _jobs_named(db, job.name) == 0
    async with db.database.sessionmaker() as session:
        await enqueue(session, job)
        await enqueue(session, job)  # one waiting is enough: the queueing lock, no error
        await session.execute(text("SELECT 1"))  # the transaction is still usable
        await session.commit()
    assert await _jobs_named(db, job.name) == 1
    async with db.database.sessionmaker() as session:
        await enqueue(session, job)  # still one waiting, in another transaction
        await session.commit()
    assert await _jobs_named(db, job.name) == 1


async def _until(condition: Callable[[], Awaitable[bool]], seconds: float = 15.0) -> None:
    for _ in range(int(seconds / 0.1)):
        if await condition():
            return
        await asyncio.sleep(0.1)
    raise AssertionError("not within the time allowed")


async def test_the_worker_runs_enqueued_and_periodic_jobs(db: TestDatabase) -> None:
    settings = make_settings(db.url, worker_concurrency=2)
    enqueued: list[int] = []
    ticks: list[int] = []
    # Daily, so only an enqueue runs it within the test, unless its last period began less than
    # procrastinate's catch-up delay ago (a worker defers a period it just missed, at start).
    on_demand = Job(f"probe_{uuid.uuid4().hex[:8]}", 86_400, _count_into(enqueued))
    now = time.time()
    missed = now - croniter(on_demand.cron, now).get_prev(float) <= CATCH_UP_SECONDS
    periodic = Job(f"tick_{uuid.uuid4().hex[:8]}", 1, _count_into(ticks))
    worker = Worker([on_demand, periodic], db.database, settings)
    await worker.start()
    try:
        async with db.database.sessionmaker() as session:
            await enqueue(session, on_demand)
            await session.rollback()
        await run_after_commit(session)  # what a rolled-back unit of work never calls
        async with db.database.sessionmaker() as session:
            await enqueue(session, on_demand)
            await session.commit()
            await run_after_commit(session)

        async def ran() -> bool:
            return len(enqueued) >= 1 and len(ticks) >= 2

        await _until(ran)
        await asyncio.sleep(0.5)
        # The committed enqueue, once; the rolled-back one never.
        assert len(enqueued) == 1 + missed
    finally:
        await worker.stop()


async def test_an_import_queued_by_a_request_is_run_by_the_servers_own_worker(
    db: TestDatabase,
) -> None:
    """End to end: the request commits the import and its task; the worker the server runs
    in-process (``SALESCRM_JOBS_ENABLED``) takes it; nobody calls the job by hand."""
    async with with_worker(db, import_inline_rows=2) as http:
        response = await upload(http, csv_bytes(many(5)))
        assert response.status_code == 202, response.text
        job = response.json()
        assert job["status"] == "queued"

        async def finished() -> bool:
            got: httpx.Response = await http.get(f"/api/v1/imports/{job['id']}")
            status: str = got.json()["status"]
            return status == "succeeded"

        await _until(finished)
        listed = await http.get("/api/v1/customers", params={"limit": 10})
        assert len(listed.json()["items"]) == 5


async def test_a_job_a_dead_worker_left_running_runs_again(db: TestDatabase) -> None:
    """A worker killed mid-job leaves it ``doing``, holding its lock: the queue's own periodic
    task puts it back, or that job would never run again."""
    if db.engine_name != "postgresql":
        pytest.skip("the in-memory queue dies with its server: nothing is left behind")
    name = f"probe_{uuid.uuid4().hex[:8]}"
    async with db.database.engine.begin() as connection:
        dead = await connection.scalar(
            text(
                "INSERT INTO procrastinate_workers (last_heartbeat)"
                " VALUES (now() - interval '5 minutes') RETURNING id"
            )
        )
        await connection.execute(
            text(
                "INSERT INTO procrastinate_jobs (queue_name, task_name, lock, args, status,"
                " worker_id) VALUES ('salescrm', :name, :lock, '{}', 'doing', :worker)"
            ),
            {"name": name, "lock": name, "worker": dead},
        )
    worker = Worker([], db.database, make_settings(db.url))
    async with worker.app.open_async():
        await worker.app.tasks[STALLED]()
    async with db.database.engine.connect() as connection:
        query = text("SELECT status::text FROM procrastinate_jobs WHERE task_name = :name")
        assert (await connection.execute(query, {"name": name})).scalar_one() == "todo"
