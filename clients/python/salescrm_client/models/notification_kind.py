from enum import StrEnum


class NotificationKind(StrEnum):
    APPROVAL_COMMENT = "approval_comment"
    APPROVAL_DECIDED = "approval_decided"
    APPROVAL_PENDING = "approval_pending"
    APPROVAL_REMINDER = "approval_reminder"
    CUSTOMERS_TRANSFERRED = "customers_transferred"
    CUSTOMER_POOL_WARNING = "customer_pool_warning"
    CUSTOMER_RETURNED_TO_POOL = "customer_returned_to_pool"
    HAND_OVER = "hand_over"
    JOURNAL = "journal"
    SCHEDULE_COMMENT = "schedule_comment"
    SCHEDULE_REMINDER = "schedule_reminder"
    TASK_REMINDER = "task_reminder"
    WEBHOOK_DISABLED = "webhook_disabled"

    def __str__(self) -> str:
        return str(self.value)
