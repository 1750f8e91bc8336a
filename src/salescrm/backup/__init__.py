"""Backups of a salescrm installation: the database and the attachment content in one archive.

``commands`` holds the two operations and their order; ``archive`` the tar and its manifest
checks; ``sqlite`` and ``postgres`` how each engine snapshots and loads; ``content`` the files
directory. See docs/operations.md.
"""

from salescrm.backup.commands import Outcome, backup, restore
from salescrm.backup.errors import BackupError

__all__ = ["BackupError", "Outcome", "backup", "restore"]
