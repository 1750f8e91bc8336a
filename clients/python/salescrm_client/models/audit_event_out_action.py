from enum import StrEnum


class AuditEventOutAction(StrEnum):
    ANONYMISE = "anonymise"
    CREATE = "create"
    DELETE = "delete"
    EXPORT = "export"
    HAND_OVER = "hand_over"
    MERGE = "merge"
    PURGE = "purge"
    RESTORE = "restore"
    UPDATE = "update"

    def __str__(self) -> str:
        return str(self.value)
