"""Cross-cutting tables: the in-app notification inbox and import jobs."""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any, ClassVar

from sqlalchemy import JSON, ForeignKey, Index, LargeBinary, String, Text
from sqlalchemy.orm import Mapped, deferred, mapped_column

from salescrm.core.clock import utcnow
from salescrm.core.db.base import Base, Owned, Record
from salescrm.core.db.transitions import declare, to
from salescrm.core.ids import new_id


class Notification(Base):
    """One message in one employee's inbox (a pool warning, later reminders and approvals)."""

    __tablename__ = "notifications"
    __resource__ = "notification"
    __table_args__ = (
        Index("ix_notifications_recipient", "recipient_id", "created_at"),
        Index("ix_notifications_unread", "recipient_id", "read_at"),
    )

    id: Mapped[uuid.UUID] = mapped_column(primary_key=True, default=new_id)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    recipient_id: Mapped[uuid.UUID] = mapped_column(ForeignKey("employees.id"))
    kind: Mapped[str] = mapped_column(String(50))
    #: The text as first rendered, in the deployment's default language: what a message from
    #: before ``title_key`` existed shows, in every language.
    title: Mapped[str] = mapped_column(String(200))
    body: Mapped[str | None] = mapped_column(Text, default=None)
    #: The message keys (``i18n.register_messages``) and their parameters: rendered when read,
    #: in the reader's language. Null on messages from before migration 0015.
    title_key: Mapped[str | None] = mapped_column(String(100), default=None)
    body_key: Mapped[str | None] = mapped_column(String(100), default=None)
    params: Mapped[dict[str, Any] | None] = mapped_column(JSON, default=None)
    #: The record it is about, if any (``customer`` + id).
    resource: Mapped[str | None] = mapped_column(String(50), default=None)
    record_id: Mapped[uuid.UUID | None] = mapped_column(default=None)
    read_at: Mapped[datetime | None] = mapped_column(default=None)


class ImportJob(Record, Owned):
    """An uploaded CSV/XLSX file, checked (dry run) or written row by row, with its progress.

    The file is kept in the row until the job has run, so that any worker can pick it up.
    """

    __tablename__ = "import_jobs"
    __resource__ = "import_job"
    __events__ = declare(status=to({"succeeded": "finished", "failed": "failed"}))
    __audit_exclude__: ClassVar[frozenset[str]] = frozenset(
        {
            "content",
            "errors",
            "header",
            "processed_rows",
            "created_rows",
            "updated_rows",
            "skipped_rows",
            "error_count",
            "duplicate_count",
        }
    )
    __table_args__ = (
        Index("ix_import_jobs_created_at", "created_at"),
        Index("ix_import_jobs_updated_at", "updated_at"),
        Index("ix_import_jobs_status", "status", "created_at"),
    )

    #: What is imported: ``customers`` or ``contacts``.
    target: Mapped[str] = mapped_column(String(30))
    #: ``queued`` → ``running`` → ``succeeded`` | ``failed``.
    status: Mapped[str] = mapped_column(String(20), default="queued")
    dry_run: Mapped[bool] = mapped_column(default=False)
    all_or_nothing: Mapped[bool] = mapped_column(default=False)
    filename: Mapped[str] = mapped_column(String(255))
    file_format: Mapped[str] = mapped_column(String(10))
    #: Column header in the file → field name.
    mapping: Mapped[dict[str, str]] = mapped_column(JSON, default=dict)
    content: Mapped[bytes | None] = deferred(mapped_column(LargeBinary, default=None))
    total_rows: Mapped[int | None] = mapped_column(default=None)
    processed_rows: Mapped[int] = mapped_column(default=0)
    created_rows: Mapped[int] = mapped_column(default=0)
    error_count: Mapped[int] = mapped_column(default=0)
    duplicate_count: Mapped[int] = mapped_column(default=0)
    #: ``[{"row", "field", "message", "code", "duplicate_ids"}]``, the first 1000.
    errors: Mapped[list[dict[str, Any]]] = mapped_column(JSON, default=list)
    #: The file's header row, for the file of rejected rows (``ImportRejectedRow``).
    header: Mapped[list[str]] = mapped_column(JSON, default=list)
    #: What a row matching an existing record does: ``reject`` (a row error), ``skip``,
    #: ``fill_empty`` or ``overwrite``; matched by the keys in ``match_by``, in order.
    on_duplicate: Mapped[str] = mapped_column(String(20), default="reject")
    match_by: Mapped[list[str]] = mapped_column(JSON, default=list)
    #: What a row whose owner is not found does: ``error`` or ``pool`` (no owner).
    unknown_owner: Mapped[str] = mapped_column(String(20), default="error")
    updated_rows: Mapped[int] = mapped_column(default=0)
    skipped_rows: Mapped[int] = mapped_column(default=0)
    failure: Mapped[str | None] = mapped_column(Text, default=None)
    started_at: Mapped[datetime | None] = mapped_column(default=None)
    finished_at: Mapped[datetime | None] = mapped_column(default=None)


class ImportRejectedRow(Base):
    """A row an import rejected: its cells as the file held them and why, every one of them
    (the job's ``errors`` keep the first 1000 problems), for the file of rejected rows."""

    __tablename__ = "import_rejected_rows"

    job_id: Mapped[uuid.UUID] = mapped_column(
        ForeignKey("import_jobs.id", ondelete="CASCADE"), primary_key=True
    )
    #: The row number as a spreadsheet shows it (the header is row 1).
    row: Mapped[int] = mapped_column(primary_key=True, autoincrement=False)
    cells: Mapped[list[str]] = mapped_column(JSON)
    #: The row's problems: ``[field, column, code, message]`` each (the message in English;
    #: the file renders it in the reader's language by its code).
    problems: Mapped[list[list[str | None]]] = mapped_column(JSON)
