from enum import StrEnum


class WidgetInStatistic(StrEnum):
    ABC = "abc"
    ACTIVITIES = "activities"
    APPROVALS = "approvals"
    ATTENDANCE = "attendance"
    CHURN_RISK = "churn-risk"
    CONTRACTS = "contracts"
    CUSTOMER_VALUE = "customer-value"
    DEAL_SIZE = "deal-size"
    FOLLOW_UP_GAPS = "follow-up-gaps"
    FORECAST = "forecast"
    FUNNEL = "funnel"
    JOURNALS = "journals"
    LIFECYCLE = "lifecycle"
    LOYALTY = "loyalty"
    NEW_CUSTOMERS = "new-customers"
    PAYMENTS = "payments"
    PIPELINE_VELOCITY = "pipeline-velocity"
    POOL_FLOWS = "pool-flows"
    RECEIVABLES = "receivables"
    RFM = "rfm"
    SALES = "sales"
    SALES_CYCLE = "sales-cycle"
    TARGETS = "targets"
    VISITS = "visits"
    WIN_RATE = "win-rate"

    def __str__(self) -> str:
        return str(self.value)
