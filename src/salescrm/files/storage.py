"""Where attachment bytes live: a small storage interface and its local-disk implementation.

The database holds an attachment's metadata; its content sits in a store under a *key* that the
service generates (``new_key``: random, never derived from the uploader's file name), so no name
can steer where bytes land. ``LocalDiskStorage`` is the default. An S3-compatible store plugs in
by implementing the same four methods, e.g. with ``aioboto3`` or ``boto3`` in a thread::

    class S3Storage:
        async def put(self, key, source):  # upload_fileobj(source, bucket, key)
        async def open(self, key):         # get_object(...)["Body"], as chunks
        async def delete(self, key):       # delete_object(Bucket=bucket, Key=key)
        async def keys_before(self, moment):  # list_objects_v2, LastModified < moment

and being returned by ``storage_for`` for its setting (see docs/files.md).
"""

from __future__ import annotations

import os
import re
import uuid
from collections.abc import AsyncIterator
from datetime import datetime
from pathlib import Path
from typing import BinaryIO, Protocol

import anyio

from salescrm.config import Settings

#: Bytes read or written per step while streaming.
CHUNK_BYTES = 64 * 1024
_KEY = re.compile(r"^[0-9a-f]{2}/[0-9a-f]{32}$")


class StoredFileMissing(Exception):
    """The store has no content under the key (removed behind the database's back)."""


class Storage(Protocol):
    """What the attachment service needs from a store of bytes."""

    async def put(self, key: str, source: BinaryIO) -> None:
        """Store everything ``source`` yields from its current position under ``key``."""

    async def open(self, key: str) -> AsyncIterator[bytes]:
        """The content under ``key``, in chunks; ``StoredFileMissing`` is raised here, before
        a response starts, not half-way through streaming it."""

    async def delete(self, key: str) -> None:
        """Remove ``key``; a missing key is not an error."""

    async def keys_before(self, moment: datetime) -> list[str]:
        """The keys stored before ``moment`` (for the purge job to find content no row
        names); leftovers of interrupted writes older than that are removed on the way."""


def new_key() -> str:
    """A fresh storage key: two hex characters of fan-out, then a random UUID."""
    name = uuid.uuid4().hex
    return f"{name[:2]}/{name}"


class LocalDiskStorage:
    """Files under one directory; a write goes to a temporary file renamed into place, so a
    reader never sees half a file and a failed upload leaves nothing under its key."""

    def __init__(self, root: str | os.PathLike[str]) -> None:
        self.root = Path(root).resolve()

    def path(self, key: str) -> Path:
        """The file of ``key``; only generated keys are accepted (nothing can point outside)."""
        if not _KEY.match(key):
            raise ValueError(f"not a storage key: {key!r}")
        return self.root / key

    async def put(self, key: str, source: BinaryIO) -> None:
        await anyio.to_thread.run_sync(self._put, key, source)

    def _put(self, key: str, source: BinaryIO) -> None:
        target = self.path(key)
        temporary = self.root / ".tmp" / f"{uuid.uuid4().hex}.part"
        temporary.parent.mkdir(parents=True, exist_ok=True)
        target.parent.mkdir(parents=True, exist_ok=True)
        try:
            with temporary.open("wb") as out:
                while chunk := source.read(CHUNK_BYTES):
                    out.write(chunk)
                out.flush()
                os.fsync(out.fileno())
            temporary.replace(target)
        finally:
            temporary.unlink(missing_ok=True)

    async def open(self, key: str) -> AsyncIterator[bytes]:
        path = self.path(key)
        try:
            handle = await anyio.open_file(path, "rb")
        except FileNotFoundError as exc:
            raise StoredFileMissing(key) from exc
        return _chunks(handle)

    async def delete(self, key: str) -> None:
        await anyio.to_thread.run_sync(lambda: self.path(key).unlink(missing_ok=True))

    async def keys_before(self, moment: datetime) -> list[str]:
        return await anyio.to_thread.run_sync(self._keys_before, moment.timestamp())

    def _keys_before(self, cutoff: float) -> list[str]:
        if not self.root.is_dir():
            return []
        for part in (self.root / ".tmp").glob("*.part"):
            if part.stat().st_mtime < cutoff:
                part.unlink(missing_ok=True)
        keys = []
        for path in self.root.glob("??/*"):
            key = f"{path.parent.name}/{path.name}"
            if _KEY.match(key) and path.stat().st_mtime < cutoff:
                keys.append(key)
        return keys


async def _chunks(handle: anyio.AsyncFile[bytes]) -> AsyncIterator[bytes]:
    async with handle:
        while chunk := await handle.read(CHUNK_BYTES):
            yield chunk


def storage_for(settings: Settings) -> Storage:
    """The store the settings name (the local disk under ``files_dir``, for now)."""
    return LocalDiskStorage(settings.files_dir)
