"""The archive file: an uncompressed tar of the database, the attachment content and, last,
``manifest.json`` with every member's size and SHA-256.

Uncompressed because what it holds is compressed already (pg_dump's custom format, images, PDFs,
Office files) and because a plain tar can be read member by member without unpacking it. The
manifest comes last so the archive is written in one pass, hashing as it goes; an archive cut
short therefore has no manifest, which is the first thing a restore looks for.
"""

from __future__ import annotations

import hashlib
import io
import os
import tarfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO, BinaryIO

from salescrm.backup.errors import BackupError
from salescrm.backup.manifest import MANIFEST, Manifest, Member, parse_manifest

CHUNK_BYTES = 1 << 20
#: The manifest of a real archive is a few hundred bytes per file; more is not a manifest.
MAX_MANIFEST_BYTES = 256 * 1_048_576


class _Hashing:
    """A reader that hashes what passes through it (tarfile pulls the bytes it stores)."""

    def __init__(self, source: BinaryIO) -> None:
        self.source = source
        self.digest = hashlib.sha256()
        self.size = 0

    def read(self, size: int = -1) -> bytes:
        chunk = self.source.read(size)
        self.digest.update(chunk)
        self.size += len(chunk)
        return chunk


class ArchiveWriter:
    """Appends members to a new tar, recording each one's size and checksum."""

    def __init__(self, tar: tarfile.TarFile) -> None:
        self.tar = tar

    def add_file(self, name: str, path: Path) -> Member:
        """Store ``path`` as ``name``. Its size is taken when it is opened; content is written
        once and never changed in place (database snapshots, storage keys), so a file that
        shrinks meanwhile is an error rather than a silently short member."""
        with path.open("rb") as source:
            status = os.fstat(source.fileno())
            info = tarfile.TarInfo(name)
            info.size = status.st_size
            info.mtime = status.st_mtime
            info.mode = 0o600
            hashing = _Hashing(source)
            try:
                self.tar.addfile(info, hashing)
            except OSError as exc:
                raise BackupError(f"{path} changed while it was being archived: {exc}") from exc
        return Member(path=name, size=hashing.size, sha256=hashing.digest.hexdigest())

    def add_manifest(self, manifest: Manifest) -> None:
        data = manifest.to_json()
        info = tarfile.TarInfo(MANIFEST)
        info.size = len(data)
        info.mtime = time.time()
        info.mode = 0o600
        self.tar.addfile(info, io.BytesIO(data))


@contextmanager
def writing(destination: Path) -> Iterator[ArchiveWriter]:
    """A writer on a temporary name beside ``destination``, renamed into place only when the
    archive is complete and on disk: an interrupted backup never leaves a plausible file under
    the name asked for. Readable by its owner only: it holds password hashes and secrets."""
    partial = destination.with_name(f".{destination.name}.{os.getpid()}.partial")
    try:
        descriptor = os.open(partial, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(descriptor, "wb") as raw:
            with tarfile.open(fileobj=raw, mode="w", format=tarfile.PAX_FORMAT) as tar:
                yield ArchiveWriter(tar)
            raw.flush()
            os.fsync(raw.fileno())
        partial.replace(destination)
        _sync_directory(destination.parent)
    finally:
        partial.unlink(missing_ok=True)


def _sync_directory(folder: Path) -> None:
    """Make the rename itself durable (POSIX; a no-op where directories cannot be opened)."""
    try:
        descriptor = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)


class ArchiveReader:
    """Reads an archive without trusting it: members are found by the manifest's names only,
    and every byte copied out is hashed and compared with the manifest."""

    def __init__(self, tar: tarfile.TarFile, path: Path) -> None:
        self.tar = tar
        self.path = path

    def manifest(self) -> Manifest:
        """The manifest, found by reading the tar's headers (not its content)."""
        found = [info for info in self._members() if info.name == MANIFEST]
        if not found:
            raise BackupError(
                f"{self.path} has no manifest: it is incomplete (cut short while being written "
                "or copied) or not a salescrm backup"
            )
        info = found[0]
        if len(found) > 1 or not info.isfile() or info.size > MAX_MANIFEST_BYTES:
            raise BackupError(f"{self.path} has no readable manifest")
        return parse_manifest(self._read(info))

    def verify(self, manifest: Manifest) -> None:
        """Check that the archive holds exactly the manifest's members, whole and unchanged,
        reading every byte once. Nothing is written."""
        expected = {member.path: member for member in manifest.members}
        seen: set[str] = set()
        for info in self._members():
            if info.name == MANIFEST:
                continue
            member = expected.get(info.name)
            if member is None or info.name in seen or not info.isfile():
                raise BackupError(
                    f"{self.path} holds {info.name!r}, which its manifest does not list"
                )
            seen.add(info.name)
            self.copy(member, None)
        missing = sorted(set(expected) - seen)
        if missing:
            raise BackupError(f"{self.path} lacks {missing[0]} (and {len(missing) - 1} more)")

    def copy(self, member: Member, out: IO[bytes] | None) -> None:
        """Copy one member to ``out`` (or nowhere), failing unless its size and SHA-256 are the
        manifest's."""
        try:
            source = self.tar.extractfile(member.path)
        except KeyError:
            raise BackupError(f"{self.path} lacks {member.path}") from None
        if source is None:
            raise BackupError(f"{self.path}: {member.path} is not a file")
        digest = hashlib.sha256()
        size = 0
        with source:
            while chunk := self._read_chunk(source):
                digest.update(chunk)
                size += len(chunk)
                if out is not None:
                    out.write(chunk)  # its errors are the reader's, not the archive's
        if size != member.size or digest.hexdigest() != member.sha256:
            raise BackupError(
                f"{self.path} is damaged: {member.path} does not match its checksum "
                "(nothing was changed)"
            )

    def extract(self, member: Member, target: Path) -> None:
        """Write one member to a new file ``target`` (checked as ``copy`` does), keeping its
        modification time: the store's orphan sweep goes by it."""
        with target.open("xb") as out:
            self.copy(member, out)
        mtime = self.tar.getmember(member.path).mtime
        os.utime(target, (mtime, mtime))

    def _read_chunk(self, source: IO[bytes]) -> bytes:
        try:
            return source.read(CHUNK_BYTES)
        except (tarfile.TarError, OSError, EOFError) as exc:
            raise BackupError(f"{self.path} is damaged or incomplete ({exc})") from exc

    def _members(self) -> Iterator[tarfile.TarInfo]:
        try:
            yield from self.tar.getmembers()
        except (tarfile.TarError, OSError, EOFError) as exc:
            raise BackupError(f"{self.path} is damaged or incomplete ({exc})") from exc

    def _read(self, info: tarfile.TarInfo) -> bytes:
        source = self.tar.extractfile(info)
        if source is None:
            raise BackupError(f"{self.path}: {info.name} is not a file")
        with source:
            return source.read()


@contextmanager
def reading(path: Path) -> Iterator[ArchiveReader]:
    """An archive opened for reading; a file that is no tar is a ``BackupError``."""
    try:
        tar = tarfile.open(path, mode="r:")  # noqa: SIM115 - closed by the with below
    except FileNotFoundError:
        raise BackupError(f"{path} does not exist") from None
    except (tarfile.TarError, OSError, EOFError) as exc:
        raise BackupError(f"{path} is not a salescrm backup archive ({exc})") from exc
    with tar:
        yield ArchiveReader(tar, path)
