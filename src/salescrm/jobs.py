"""Every periodic job of every context, in one list (the app and ``salescrm run-job`` use it).

Importing this module also imports every context's ``io`` module, which registers its importers
with ``platform.imports`` (``register_importer``): the app and the background worker that runs
queued imports both import it, so both know every import target."""

from __future__ import annotations

from salescrm.activities import io as activity_io
from salescrm.activities.service import remind_due_tasks
from salescrm.analytics.churn import service as churn
from salescrm.analytics.insights import recompute as insights
from salescrm.catalog import io as catalog_io
from salescrm.core.jobs import Job
from salescrm.core.uow import Ctx
from salescrm.customers import io as customer_io
from salescrm.customers import pool
from salescrm.files.service import purge_files, sweep_orphan_files
from salescrm.integrations import delivery, sync
from salescrm.org.staff import StaffChanges
from salescrm.platform import imports
from salescrm.sales import io as sales_io
from salescrm.work import attendance_router, journals
from salescrm.work.approvals import remind_pending_steps

#: The importers' modules, imported for their registration.
IMPORTER_MODULES = (activity_io, catalog_io, customer_io, sales_io)


async def apply_due_staff_changes(ctx: Ctx) -> int:
    return await StaffChanges(ctx).apply_due()


JOBS: list[Job] = [
    Job("apply_due_staff_changes", 300, apply_due_staff_changes),
    *pool.JOBS,
    *imports.JOBS,
    Job("remind_due_tasks", 60, remind_due_tasks),
    Job("remind_pending_approvals", 900, remind_pending_steps),
    *attendance_router.JOBS,
    *journals.JOBS,
    Job("purge_files", 3600, purge_files),
    Job("sweep_orphan_files", 86_400, sweep_orphan_files),
    *delivery.JOBS,
    *sync.JOBS,
    *insights.JOBS,
    *churn.JOBS,
]
