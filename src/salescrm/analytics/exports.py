"""Every statistic as CSV or XLSX, with Chinese headers, audited as an export (who, which
statistic, which filters, how many rows), as the customer and contact exports are."""

from __future__ import annotations

from typing import IO, Any

from salescrm.analytics.filters import StatFilters
from salescrm.analytics.registry import Statistic
from salescrm.core import audit
from salescrm.core.errors import Forbidden
from salescrm.core.ids import new_id
from salescrm.core.uow import Ctx, begin_write
from salescrm.platform.sheets import ExportFormat, Sheet

EXPORT_PERMISSION = "analytics:export"


async def export(
    ctx: Ctx, statistic: Statistic[Any, Any], params: StatFilters, file_format: ExportFormat
) -> IO[bytes]:
    if not ctx.subject.can(EXPORT_PERMISSION):
        raise Forbidden("forbidden_action", permission=EXPORT_PERMISSION)
    report = await statistic.run(ctx, params)
    columns, rows = statistic.rows(ctx, report)
    sheet = Sheet(file_format, statistic.title[:31], [c.zh for c in columns])
    for cells in rows:
        sheet.add(cells)
    await begin_write(ctx.session)  # SQLite: the write lock, once the reading is done
    audit.record(
        ctx.session.sync_session,
        resource="analytics_export",
        record_id=new_id(),
        action="export",
        changes={
            "statistic": (None, statistic.name),
            "format": (None, file_format),
            "filters": (None, params.used()),
            "rows": (None, len(rows)),
        },
    )
    return sheet.finish()
