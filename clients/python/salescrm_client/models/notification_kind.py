from enum import StrEnum


class NotificationKind(StrEnum):
    CUSTOMERS_TRANSFERRED = "customers_transferred"
    CUSTOMER_POOL_WARNING = "customer_pool_warning"
    CUSTOMER_RETURNED_TO_POOL = "customer_returned_to_pool"
    HAND_OVER = "hand_over"
    TASK_REMINDER = "task_reminder"
    WEBHOOK_DISABLED = "webhook_disabled"

    def __str__(self) -> str:
        return str(self.value)
