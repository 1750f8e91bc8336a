from enum import StrEnum


class SyncChangesResourcesItem(StrEnum):
    ACTIVITY = "activity"
    ACTIVITY_TYPE = "activity_type"
    API_KEY = "api_key"
    ATTACHMENT = "attachment"
    COMPETITOR = "competitor"
    CONTACT = "contact"
    CONTRACT = "contract"
    CONTRACT_INSTALLMENT = "contract_installment"
    CONTRACT_LINE_ITEM = "contract_line_item"
    CUSTOMER = "customer"
    CUSTOMER_POLICY = "customer_policy"
    CUSTOMER_TIER = "customer_tier"
    CUSTOM_FIELD = "custom_field"
    DEPARTMENT = "department"
    EMPLOYEE = "employee"
    IMPORT_JOB = "import_job"
    KEY_ACCOUNT_PLAN = "key_account_plan"
    LOSS_REASON = "loss_reason"
    OPPORTUNITY = "opportunity"
    OPPORTUNITY_COMPETITOR = "opportunity_competitor"
    OPPORTUNITY_LINE_ITEM = "opportunity_line_item"
    PAYMENT = "payment"
    PIPELINE = "pipeline"
    PIPELINE_STAGE = "pipeline_stage"
    POSITION = "position"
    PRODUCT = "product"
    RECORD_SHARE = "record_share"
    ROLE = "role"
    STAFF_CHANGE = "staff_change"
    TASK = "task"
    VISIT = "visit"
    WEBHOOK = "webhook"

    def __str__(self) -> str:
        return str(self.value)
