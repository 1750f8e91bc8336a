from enum import StrEnum


class AuditEventsListAction(StrEnum):
    CREATE = "create"
    DELETE = "delete"
    MERGE = "merge"
    PURGE = "purge"
    RESTORE = "restore"
    UPDATE = "update"

    def __str__(self) -> str:
        return str(self.value)
