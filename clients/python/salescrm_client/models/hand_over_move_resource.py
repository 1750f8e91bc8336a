from enum import StrEnum


class HandOverMoveResource(StrEnum):
    BUDGET = "budget"
    CONTRACT = "contract"
    CUSTOMER = "customer"
    IMPORT_JOB = "import_job"
    OPPORTUNITY = "opportunity"
    PARTNER = "partner"
    REQUISITION = "requisition"
    SALES_TARGET = "sales_target"
    SCHEDULE = "schedule"
    TASK = "task"
    TRAINING = "training"
    TRAINING_SESSION = "training_session"
    VISIT = "visit"
    WEBHOOK = "webhook"

    def __str__(self) -> str:
        return str(self.value)
