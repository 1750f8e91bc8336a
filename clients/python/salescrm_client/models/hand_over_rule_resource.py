from enum import StrEnum


class HandOverRuleResource(StrEnum):
    CONTRACT = "contract"
    CUSTOMER = "customer"
    IMPORT_JOB = "import_job"
    OPPORTUNITY = "opportunity"
    SCHEDULE = "schedule"
    TASK = "task"
    VISIT = "visit"
    WEBHOOK = "webhook"

    def __str__(self) -> str:
        return str(self.value)
