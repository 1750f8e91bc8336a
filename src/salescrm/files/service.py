"""Attachment rules: access through the record, size and type limits, bytes to the store.

There is no ``attachment:*`` permission: what a caller may do with a file is what they may do
with its record (``files.targets``). The service is a ``ReadService`` so that the CRUD router
factory gives its list, get, delete and restore the standard shape; each of those checks the
record instead of a permission of its own.
"""

from __future__ import annotations

import hashlib
import uuid
from collections.abc import AsyncIterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any, BinaryIO, ClassVar

import anyio

from salescrm.core import i18n
from salescrm.core.clock import utcnow
from salescrm.core.errors import (
    Conflict,
    Forbidden,
    NotFound,
    PayloadTooLarge,
    ValidationFailed,
)
from salescrm.core.etag import Expected
from salescrm.core.repository import PageResult
from salescrm.core.service import ReadService
from salescrm.core.uow import Ctx, after_commit, begin_write
from salescrm.files import sniff
from salescrm.files.models import Attachment
from salescrm.files.names import display_name
from salescrm.files.repository import AttachmentRepository, PurgeRepository
from salescrm.files.schemas import AttachmentListParams
from salescrm.files.storage import CHUNK_BYTES, Storage, StoredFileMissing, new_key, storage_for
from salescrm.files.targets import TARGETS, Target

i18n.register_names({"attachment": "附件"})
i18n.register_details(
    {
        "file_too_large": (
            "The file is larger than {limit} bytes.",
            "文件超过 {limit} 字节的上限。",
        ),
        "attachment_purged": (
            "The file was deleted more than {days} days ago and its content removed.",
            "该文件已删除超过 {days} 天,内容已清除。",
        ),
    }
)
i18n.register_titles({"attachment_purged": ("Attachment purged", "附件已清除")})


class FileTooLarge(PayloadTooLarge):
    detail_key = "file_too_large"


class AttachmentPurged(Conflict):
    code = detail_key = "attachment_purged"


@dataclass(frozen=True)
class Upload:
    resource: str
    record_id: uuid.UUID
    filename: str | None
    declared_type: str | None
    #: The received content, seekable (FastAPI spools uploads to a temporary file).
    source: BinaryIO


def measure(source: BinaryIO, limit: int) -> tuple[int, str]:
    """Size and SHA-256 of ``source`` read in chunks, stopping as soon as it passes ``limit``."""
    source.seek(0)
    digest = hashlib.sha256()
    size = 0
    while chunk := source.read(CHUNK_BYTES):
        size += len(chunk)
        if size > limit:
            raise FileTooLarge(limit=limit)
        digest.update(chunk)
    source.seek(0)
    return size, digest.hexdigest()


class AttachmentService(ReadService[Attachment]):
    repository = AttachmentRepository
    permission = "attachment"  # unused: access follows the record (see the module docstring)
    access: ClassVar[Mapping[str, str]] = {
        "list": "Files of records the caller may read (their resource's `:read` permission and "
        "data scope).",
        "get": "Needs the right to read the file's record (404 outside the caller's data scope).",
        "delete": "Needs the right to change the file's record (403 read-only, 404 unseen).",
        "restore": "Needs the right to change the file's record (403 read-only, 404 unseen).",
    }
    refusals: ClassVar = {
        # The record whose files are listed is the list's parent, as a path would name it.
        "list": {404: "404 when the record does not exist or is outside the caller's scope."},
        "restore": {
            409: "409 `attachment_purged` once its content was purged (after the retention period)."
        },
    }

    def __init__(self, ctx: Ctx, storage: Storage | None = None) -> None:
        super().__init__(ctx)
        self.repo: AttachmentRepository = AttachmentRepository(ctx)
        self.storage = storage or storage_for(ctx.settings)

    # ----- access through the record -------------------------------------------------------
    @staticmethod
    def target(name: str, loc: Sequence[str]) -> Target:
        target = TARGETS.get(name)
        if target is None:
            known = ", ".join(sorted(TARGETS))
            raise ValidationFailed.field(
                loc, f"Files cannot be attached to '{name}'; one of: {known}", "unknown_resource"
            )
        return target

    async def record(
        self,
        target: Target,
        record_id: uuid.UUID,
        *,
        write: bool,
        loc: Sequence[str | int] | None = None,
    ) -> Any:
        """The record if the caller may read it (or change it, with ``write``): 403 without
        the resource's permission, 404 outside the read scope (a 422 naming ``loc`` when the
        request's body names it), 403 if only readable."""
        permission = f"{target.permission}:{'write' if write else 'read'}"
        if not self.ctx.subject.can(permission):
            raise Forbidden("forbidden_action", permission=permission)
        records = target.repository(self.ctx)
        if loc is not None:
            return await records.referenced(record_id, loc, write=write)
        if write:
            return await records.get_for_write(record_id)
        return await records.get(record_id)

    async def _for_write(
        self, record_id: uuid.UUID, *, include_deleted: bool = False
    ) -> Attachment:
        attachment = await self.repo.get(record_id, include_deleted=include_deleted)
        target = TARGETS[attachment.resource]
        await self.record(target, attachment.record_id, write=True)
        return attachment

    # ----- operations ----------------------------------------------------------------------
    async def list(self, params: Any) -> PageResult[Attachment]:
        assert isinstance(params, AttachmentListParams)  # noqa: S101 - the router's schema
        await self.record(
            self.target(params.resource, ["query", "resource"]), params.record_id, write=False
        )
        return await self.repo.list(params)

    async def get(self, record_id: uuid.UUID) -> Attachment:
        return await self.repo.get(record_id)

    async def upload(self, upload: Upload) -> Attachment:
        target = self.target(upload.resource, ["body", "resource"])
        await self.record(target, upload.record_id, write=True, loc=["body", "record_id"])
        limit = self.ctx.settings.file_max_bytes
        size, sha256 = await anyio.to_thread.run_sync(measure, upload.source, limit)
        if size == 0:
            raise ValidationFailed.field(["body", "file"], "The file is empty", "empty_file")
        sniffed = await anyio.to_thread.run_sync(sniff.sniff, upload.source)
        content_type = sniff.accept(
            upload.declared_type, sniffed, self.ctx.settings.file_allowed_types
        )
        key = new_key()
        # Stored before SQLite's write lock is taken (the route is ``writes_late``): bytes whose
        # row then fails to commit are removed below, or by ``sweep_orphan_files``.
        await self.storage.put(key, upload.source)
        try:
            await begin_write(self.ctx.session)
            # Still there, now locked:
            await self.record(target, upload.record_id, write=True, loc=["body", "record_id"])
            attachment, _ = await self.repo.create(
                {
                    "resource": target.name,
                    "record_id": upload.record_id,
                    "filename": display_name(upload.filename, content_type),
                    "content_type": content_type,
                    "size": size,
                    "sha256": sha256,
                    "storage_key": key,
                    "uploaded_by_id": self.ctx.subject.id,
                }
            )
        except BaseException:
            await self.storage.delete(key)
            raise
        return attachment

    async def content(self, attachment: Attachment) -> AsyncIterator[bytes]:
        """The stored bytes of an attachment ``get`` returned (so the caller may read it)."""
        try:
            return await self.storage.open(attachment.storage_key)
        except StoredFileMissing as exc:
            raise NotFound(resource="attachment", id=str(attachment.id)) from exc

    async def delete(self, record_id: uuid.UUID, expected: Expected) -> None:
        """A soft delete: the content stays in the store, so a restore brings it back."""
        attachment = await self._for_write(record_id)
        await self.repo.soft_delete(attachment, expected)

    async def restore(self, record_id: uuid.UUID) -> Attachment:
        attachment = await self._for_write(record_id, include_deleted=True)
        await self.repo.lock(attachment)  # a purge of this row waits, or has marked it
        if attachment.purged_at is not None:
            raise AttachmentPurged(days=self.ctx.settings.file_retention_days)
        return await self.repo.restore(attachment)


#: Content younger than this may belong to an upload whose transaction has not committed yet.
ORPHAN_GRACE = timedelta(days=1)
PURGE_BATCH = 500


async def purge_files(ctx: Ctx, now: datetime | None = None) -> int:
    """The hourly clean-up: the content of attachments deleted more than
    ``file_retention_days`` ago. The rows are marked ``purged_at`` in the job's transaction
    and their content removed only once it has committed (``after_commit``): a restore either
    happened first (the row is live again and skipped) or sees the mark (409), so content never
    leaves a row that may still come back. Returns how many contents are removed."""
    moment = now or utcnow()
    storage = storage_for(ctx.settings)
    repo = PurgeRepository(ctx)
    keys: list[str] = []
    retention = timedelta(days=ctx.settings.file_retention_days)
    while batch := await repo.deleted_before(moment - retention, PURGE_BATCH):
        for attachment in batch:
            attachment.purged_at = moment
            keys.append(attachment.storage_key)
        await ctx.session.flush()

    async def remove() -> None:
        for key in keys:
            await storage.delete(key)

    after_commit(ctx.session, remove)
    return len(keys)


async def sweep_orphan_files(ctx: Ctx, now: datetime | None = None) -> int:
    """The daily clean-up: content no live or restorable attachment names, once it is a day
    old — an upload whose transaction failed after the bytes were stored, the leftover of an
    interrupted write, content a purge marked but did not get to remove. It lists the whole
    store, so the store must belong to this database alone."""
    moment = now or utcnow()
    storage = storage_for(ctx.settings)
    keys = await storage.keys_before(moment - ORPHAN_GRACE)
    known = await PurgeRepository(ctx).known(keys)
    orphans = [key for key in keys if key not in known]
    for key in orphans:
        await storage.delete(key)
    return len(orphans)
