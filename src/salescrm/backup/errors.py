"""The one exception of backups and restores: a refusal or failure the operator reads."""


class BackupError(Exception):
    """Why a backup or restore did not happen, in one line (the CLI prints it and exits 1).

    Raised for a refusal before anything changed (a damaged archive, another engine, a newer
    schema, a database that holds data) and for a tool that failed (pg_dump, pg_restore).
    """
