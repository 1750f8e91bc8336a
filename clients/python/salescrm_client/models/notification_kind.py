from enum import StrEnum


class NotificationKind(StrEnum):
    APPROVAL_COMMENT = "approval_comment"
    APPROVAL_DECIDED = "approval_decided"
    APPROVAL_PENDING = "approval_pending"
    APPROVAL_REMINDER = "approval_reminder"
    BUDGET_ALERT = "budget_alert"
    COMMISSION_STATEMENT = "commission_statement"
    CUSTOMERS_TRANSFERRED = "customers_transferred"
    CUSTOMER_POOL_WARNING = "customer_pool_warning"
    CUSTOMER_RETURNED_TO_POOL = "customer_returned_to_pool"
    HAND_OVER = "hand_over"
    JOURNAL = "journal"
    SALES_TARGET = "sales_target"
    SCHEDULE_COMMENT = "schedule_comment"
    SCHEDULE_REMINDER = "schedule_reminder"
    TASK_REMINDER = "task_reminder"
    TERRITORY_REASSIGNED = "territory_reassigned"
    TRAINING = "training"
    WEBHOOK_DISABLED = "webhook_disabled"

    def __str__(self) -> str:
        return str(self.value)
