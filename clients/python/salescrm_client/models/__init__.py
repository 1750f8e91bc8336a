"""Contains all the data models used in inputs/outputs"""

from .account_create import AccountCreate
from .account_out import AccountOut
from .account_update import AccountUpdate
from .activity_create import ActivityCreate
from .activity_out import ActivityOut
from .activity_type_create import ActivityTypeCreate
from .activity_type_out import ActivityTypeOut
from .activity_type_update import ActivityTypeUpdate
from .activity_update import ActivityUpdate
from .api_key_create import ApiKeyCreate
from .api_key_created import ApiKeyCreated
from .api_key_out import ApiKeyOut
from .attachment_out import AttachmentOut
from .audit_events_list_action_type_0 import AuditEventsListActionType0
from .body_auth_token import BodyAuthToken
from .body_files_upload import BodyFilesUpload
from .body_imports_create import BodyImportsCreate
from .body_imports_create_target import BodyImportsCreateTarget
from .buying_role import BuyingRole
from .calendar_feed_create import CalendarFeedCreate
from .calendar_feed_created import CalendarFeedCreated
from .calendar_feed_list import CalendarFeedList
from .calendar_feed_out import CalendarFeedOut
from .check_in import CheckIn
from .check_out import CheckOut
from .company_size import CompanySize
from .competitor_create import CompetitorCreate
from .competitor_out import CompetitorOut
from .competitor_standing import CompetitorStanding
from .competitor_update import CompetitorUpdate
from .competitor_win_loss import CompetitorWinLoss
from .competitor_win_loss_amount_lost import CompetitorWinLossAmountLost
from .competitor_win_loss_amount_lost_to_them import CompetitorWinLossAmountLostToThem
from .contact_create import ContactCreate
from .contact_out import ContactOut
from .contact_role_in import ContactRoleIn
from .contact_role_out import ContactRoleOut
from .contact_update import ContactUpdate
from .contacts_export_format import ContactsExportFormat
from .contract_create import ContractCreate
from .contract_status import ContractStatus
from .contract_update import ContractUpdate
from .customer_create import CustomerCreate
from .customer_event_out import CustomerEventOut
from .customer_event_out_details import CustomerEventOutDetails
from .customer_kind import CustomerKind
from .customer_out import CustomerOut
from .customer_status import CustomerStatus
from .customer_update import CustomerUpdate
from .customers_events_list_kind_type_0 import CustomersEventsListKindType0
from .customers_export_format import CustomersExportFormat
from .data_scope import DataScope
from .deal_role import DealRole
from .department_create import DepartmentCreate
from .department_kind import DepartmentKind
from .department_out import DepartmentOut
from .department_update import DepartmentUpdate
from .direction import Direction
from .employee_create import EmployeeCreate
from .employee_out import EmployeeOut
from .employee_update import EmployeeUpdate
from .employment_status import EmploymentStatus
from .field_error import FieldError
from .follow_up_create import FollowUpCreate
from .forecast_category import ForecastCategory
from .gender import Gender
from .goal import Goal
from .goal_out import GoalOut
from .health_status import HealthStatus
from .import_job_out import ImportJobOut
from .import_job_out_file_format import ImportJobOutFileFormat
from .import_job_out_mapping import ImportJobOutMapping
from .import_job_out_status import ImportJobOutStatus
from .import_job_out_target import ImportJobOutTarget
from .imports_list_status_type_0 import ImportsListStatusType0
from .imports_list_target_type_0 import ImportsListTargetType0
from .installment_in import InstallmentIn
from .installment_out import InstallmentOut
from .key_account_reason import KeyAccountReason
from .key_account_rules import KeyAccountRules
from .key_account_rules_match import KeyAccountRulesMatch
from .line_item_create import LineItemCreate
from .line_item_update import LineItemUpdate
from .login_event_out import LoginEventOut
from .login_event_out_event import LoginEventOutEvent
from .login_events_list_event_type_0 import LoginEventsListEventType0
from .logout_request import LogoutRequest
from .lose_in import LoseIn
from .loss_reason_create import LossReasonCreate
from .loss_reason_out import LossReasonOut
from .loss_reason_update import LossReasonUpdate
from .me import Me
from .member_put import MemberPut
from .merge_request import MergeRequest
from .notification_out import NotificationOut
from .open_forecast import OpenForecast
from .opportunity_competitor_create import OpportunityCompetitorCreate
from .opportunity_competitor_out import OpportunityCompetitorOut
from .opportunity_competitor_update import OpportunityCompetitorUpdate
from .opportunity_create import OpportunityCreate
from .opportunity_status import OpportunityStatus
from .opportunity_type import OpportunityType
from .opportunity_update import OpportunityUpdate
from .overdue_count import OverdueCount
from .overdue_report import OverdueReport
from .page_activity_out import PageActivityOut
from .page_activity_type_out import PageActivityTypeOut
from .page_api_key_out import PageApiKeyOut
from .page_attachment_out import PageAttachmentOut
from .page_audit_event_out import PageAuditEventOut
from .page_competitor_out import PageCompetitorOut
from .page_contact_out import PageContactOut
from .page_contract_out import PageContractOut
from .page_customer_event_out import PageCustomerEventOut
from .page_customer_out import PageCustomerOut
from .page_department_out import PageDepartmentOut
from .page_employee_out import PageEmployeeOut
from .page_import_job_out import PageImportJobOut
from .page_line_item_out import PageLineItemOut
from .page_login_event_out import PageLoginEventOut
from .page_loss_reason_out import PageLossReasonOut
from .page_notification_out import PageNotificationOut
from .page_opportunity_competitor_out import PageOpportunityCompetitorOut
from .page_opportunity_out import PageOpportunityOut
from .page_payment_out import PagePaymentOut
from .page_pipeline_out import PagePipelineOut
from .page_plan_out import PagePlanOut
from .page_position_out import PagePositionOut
from .page_product_out import PageProductOut
from .page_record_share_out import PageRecordShareOut
from .page_role_out import PageRoleOut
from .page_staff_change_out import PageStaffChangeOut
from .page_stage_change_out import PageStageChangeOut
from .page_task_out import PageTaskOut
from .page_tier_out import PageTierOut
from .page_visit_out import PageVisitOut
from .password_change import PasswordChange
from .payment_create import PaymentCreate
from .payment_method import PaymentMethod
from .payment_out import PaymentOut
from .payment_update import PaymentUpdate
from .pipeline_create import PipelineCreate
from .pipeline_out import PipelineOut
from .pipeline_update import PipelineUpdate
from .plan_create import PlanCreate
from .plan_out import PlanOut
from .plan_status import PlanStatus
from .plan_update import PlanUpdate
from .policy_out import PolicyOut
from .policy_out_key_account_rules import PolicyOutKeyAccountRules
from .policy_out_required_fields import PolicyOutRequiredFields
from .policy_update import PolicyUpdate
from .position_create import PositionCreate
from .position_out import PositionOut
from .position_update import PositionUpdate
from .price_positioning import PricePositioning
from .priority import Priority
from .problem import Problem
from .problem_type import ProblemType
from .problem_type_title import ProblemTypeTitle
from .product_create import ProductCreate
from .product_update import ProductUpdate
from .read_all_result import ReadAllResult
from .reason_count import ReasonCount
from .record_share_create import RecordShareCreate
from .record_share_out import RecordShareOut
from .refresh_request import RefreshRequest
from .release_request import ReleaseRequest
from .reopen_in import ReopenIn
from .required_fields import RequiredFields
from .required_fields_company_item import RequiredFieldsCompanyItem
from .required_fields_individual_item import RequiredFieldsIndividualItem
from .role_create import RoleCreate
from .role_out import RoleOut
from .role_ref import RoleRef
from .role_update import RoleUpdate
from .row_error import RowError
from .rule_condition import RuleCondition
from .rule_condition_op import RuleConditionOp
from .share_access import ShareAccess
from .source import Source
from .staff_change_create import StaffChangeCreate
from .staff_change_kind import StaffChangeKind
from .staff_change_out import StaffChangeOut
from .staff_change_out_changes import StaffChangeOutChanges
from .staff_change_out_handover import StaffChangeOutHandover
from .staff_change_out_previous import StaffChangeOutPrevious
from .staff_change_status import StaffChangeStatus
from .stage import Stage
from .stage_change_out import StageChangeOut
from .stage_in import StageIn
from .stage_kind import StageKind
from .stage_out import StageOut
from .stage_time import StageTime
from .stage_times import StageTimes
from .task_create import TaskCreate
from .task_out import TaskOut
from .task_status import TaskStatus
from .task_update import TaskUpdate
from .team_member import TeamMember
from .team_member_out import TeamMemberOut
from .team_member_put import TeamMemberPut
from .threat_level import ThreatLevel
from .tier_create import TierCreate
from .tier_out import TierOut
from .tier_update import TierUpdate
from .timeline_item import TimelineItem
from .timeline_item_data import TimelineItemData
from .timeline_page import TimelinePage
from .token_response import TokenResponse
from .transfer_request import TransferRequest
from .transfer_result import TransferResult
from .unread_count import UnreadCount
from .visit_cancel import VisitCancel
from .visit_count import VisitCount
from .visit_create import VisitCreate
from .visit_out import VisitOut
from .visit_stats import VisitStats
from .visit_status import VisitStatus
from .visit_update import VisitUpdate
from .win_in import WinIn
from .win_loss_report import WinLossReport

__all__ = (
    "AccountCreate",
    "AccountOut",
    "AccountUpdate",
    "ActivityCreate",
    "ActivityOut",
    "ActivityTypeCreate",
    "ActivityTypeOut",
    "ActivityTypeUpdate",
    "ActivityUpdate",
    "ApiKeyCreate",
    "ApiKeyCreated",
    "ApiKeyOut",
    "AttachmentOut",
    "AuditEventsListActionType0",
    "BodyAuthToken",
    "BodyFilesUpload",
    "BodyImportsCreate",
    "BodyImportsCreateTarget",
    "BuyingRole",
    "CalendarFeedCreate",
    "CalendarFeedCreated",
    "CalendarFeedList",
    "CalendarFeedOut",
    "CheckIn",
    "CheckOut",
    "CompanySize",
    "CompetitorCreate",
    "CompetitorOut",
    "CompetitorStanding",
    "CompetitorUpdate",
    "CompetitorWinLoss",
    "CompetitorWinLossAmountLost",
    "CompetitorWinLossAmountLostToThem",
    "ContactCreate",
    "ContactOut",
    "ContactRoleIn",
    "ContactRoleOut",
    "ContactsExportFormat",
    "ContactUpdate",
    "ContractCreate",
    "ContractStatus",
    "ContractUpdate",
    "CustomerCreate",
    "CustomerEventOut",
    "CustomerEventOutDetails",
    "CustomerKind",
    "CustomerOut",
    "CustomersEventsListKindType0",
    "CustomersExportFormat",
    "CustomerStatus",
    "CustomerUpdate",
    "DataScope",
    "DealRole",
    "DepartmentCreate",
    "DepartmentKind",
    "DepartmentOut",
    "DepartmentUpdate",
    "Direction",
    "EmployeeCreate",
    "EmployeeOut",
    "EmployeeUpdate",
    "EmploymentStatus",
    "FieldError",
    "FollowUpCreate",
    "ForecastCategory",
    "Gender",
    "Goal",
    "GoalOut",
    "HealthStatus",
    "ImportJobOut",
    "ImportJobOutFileFormat",
    "ImportJobOutMapping",
    "ImportJobOutStatus",
    "ImportJobOutTarget",
    "ImportsListStatusType0",
    "ImportsListTargetType0",
    "InstallmentIn",
    "InstallmentOut",
    "KeyAccountReason",
    "KeyAccountRules",
    "KeyAccountRulesMatch",
    "LineItemCreate",
    "LineItemUpdate",
    "LoginEventOut",
    "LoginEventOutEvent",
    "LoginEventsListEventType0",
    "LogoutRequest",
    "LoseIn",
    "LossReasonCreate",
    "LossReasonOut",
    "LossReasonUpdate",
    "Me",
    "MemberPut",
    "MergeRequest",
    "NotificationOut",
    "OpenForecast",
    "OpportunityCompetitorCreate",
    "OpportunityCompetitorOut",
    "OpportunityCompetitorUpdate",
    "OpportunityCreate",
    "OpportunityStatus",
    "OpportunityType",
    "OpportunityUpdate",
    "OverdueCount",
    "OverdueReport",
    "PageActivityOut",
    "PageActivityTypeOut",
    "PageApiKeyOut",
    "PageAttachmentOut",
    "PageAuditEventOut",
    "PageCompetitorOut",
    "PageContactOut",
    "PageContractOut",
    "PageCustomerEventOut",
    "PageCustomerOut",
    "PageDepartmentOut",
    "PageEmployeeOut",
    "PageImportJobOut",
    "PageLineItemOut",
    "PageLoginEventOut",
    "PageLossReasonOut",
    "PageNotificationOut",
    "PageOpportunityCompetitorOut",
    "PageOpportunityOut",
    "PagePaymentOut",
    "PagePipelineOut",
    "PagePlanOut",
    "PagePositionOut",
    "PageProductOut",
    "PageRecordShareOut",
    "PageRoleOut",
    "PageStaffChangeOut",
    "PageStageChangeOut",
    "PageTaskOut",
    "PageTierOut",
    "PageVisitOut",
    "PasswordChange",
    "PaymentCreate",
    "PaymentMethod",
    "PaymentOut",
    "PaymentUpdate",
    "PipelineCreate",
    "PipelineOut",
    "PipelineUpdate",
    "PlanCreate",
    "PlanOut",
    "PlanStatus",
    "PlanUpdate",
    "PolicyOut",
    "PolicyOutKeyAccountRules",
    "PolicyOutRequiredFields",
    "PolicyUpdate",
    "PositionCreate",
    "PositionOut",
    "PositionUpdate",
    "PricePositioning",
    "Priority",
    "Problem",
    "ProblemType",
    "ProblemTypeTitle",
    "ProductCreate",
    "ProductUpdate",
    "ReadAllResult",
    "ReasonCount",
    "RecordShareCreate",
    "RecordShareOut",
    "RefreshRequest",
    "ReleaseRequest",
    "ReopenIn",
    "RequiredFields",
    "RequiredFieldsCompanyItem",
    "RequiredFieldsIndividualItem",
    "RoleCreate",
    "RoleOut",
    "RoleRef",
    "RoleUpdate",
    "RowError",
    "RuleCondition",
    "RuleConditionOp",
    "ShareAccess",
    "Source",
    "StaffChangeCreate",
    "StaffChangeKind",
    "StaffChangeOut",
    "StaffChangeOutChanges",
    "StaffChangeOutHandover",
    "StaffChangeOutPrevious",
    "StaffChangeStatus",
    "Stage",
    "StageChangeOut",
    "StageIn",
    "StageKind",
    "StageOut",
    "StageTime",
    "StageTimes",
    "TaskCreate",
    "TaskOut",
    "TaskStatus",
    "TaskUpdate",
    "TeamMember",
    "TeamMemberOut",
    "TeamMemberPut",
    "ThreatLevel",
    "TierCreate",
    "TierOut",
    "TierUpdate",
    "TimelineItem",
    "TimelineItemData",
    "TimelinePage",
    "TokenResponse",
    "TransferRequest",
    "TransferResult",
    "UnreadCount",
    "VisitCancel",
    "VisitCount",
    "VisitCreate",
    "VisitOut",
    "VisitStats",
    "VisitStatus",
    "VisitUpdate",
    "WinIn",
    "WinLossReport",
)
