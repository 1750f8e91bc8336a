"""Attachment content in a backup: the files of the local-disk store under ``files_dir``.

A backup takes the whole store (every file under a storage key), not only what live rows name:
a deleted attachment can be restored until its content is purged, and that content is in the
store, not in the database. A restore unpacks it into a directory inside ``files_dir`` (the
same file system, so moving it into place is a rename per fan-out directory) and swaps it in
only after the database was replaced.
"""

from __future__ import annotations

import os
import re
import shutil
import uuid
from pathlib import Path

from salescrm.backup.archive import ArchiveReader
from salescrm.backup.manifest import FILES_PREFIX, Manifest
from salescrm.files.storage import LocalDiskStorage

_FAN_OUT = re.compile(r"^[0-9a-f]{2}$")


def stored_files(root: Path) -> list[tuple[str, Path]]:
    """Every storage key under ``root`` with its file, sorted. The store's temporaries
    (``.tmp``) and anything not named like a key are not content."""
    if not root.is_dir():
        return []
    store = LocalDiskStorage(root)
    found = []
    for path in root.glob("??/*"):
        key = f"{path.parent.name}/{path.name}"
        try:
            store.path(key)
        except ValueError:
            continue
        if path.is_file():
            found.append((key, path))
    return sorted(found)


class StagedContent:
    """The archive's files unpacked beside the live ones, until ``swap_in`` or ``discard``."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.created_root = not root.exists()
        self.staging = root / f".restore-{uuid.uuid4().hex}"

    def unpack(self, reader: ArchiveReader, manifest: Manifest) -> None:
        """Write every file of the archive under the staging directory, each checked again
        against its checksum as it is written (the archive could change between reads), and
        flushed to disk."""
        self.staging.mkdir(parents=True)
        store = LocalDiskStorage(self.staging)
        for member in manifest.files:
            target = store.path(member.path.removeprefix(FILES_PREFIX))
            target.parent.mkdir(exist_ok=True)
            reader.extract(member, target)
        os.sync()  # on disk before the database that names them commits

    def swap_in(self) -> None:
        """Replace the live content by the staged one: the current fan-out directories are
        moved aside, the staged ones moved in, then the old ones removed."""
        aside = self.root / f".replaced-{uuid.uuid4().hex}"
        aside.mkdir()
        for entry in self.root.iterdir():
            if entry.is_dir() and _FAN_OUT.match(entry.name):
                entry.rename(aside / entry.name)
        for entry in self.staging.iterdir():
            entry.rename(self.root / entry.name)
        self.staging.rmdir()
        shutil.rmtree(aside)

    def discard(self) -> None:
        """Remove what was staged, and ``files_dir`` itself if staging created it."""
        shutil.rmtree(self.root if self.created_root else self.staging, ignore_errors=True)
