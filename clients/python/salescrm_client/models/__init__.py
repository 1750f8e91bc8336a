"""Contains all the data models used in inputs/outputs"""

from .abc_apply import AbcApply
from .abc_apply_result import AbcApplyResult
from .abc_class import AbcClass
from .abc_report import AbcReport
from .abc_row import AbcRow
from .account_create import AccountCreate
from .account_out import AccountOut
from .account_update import AccountUpdate
from .activities_list_sort import ActivitiesListSort
from .activities_report import ActivitiesReport
from .activity_create import ActivityCreate
from .activity_create_custom_fields_type_0 import ActivityCreateCustomFieldsType0
from .activity_grouping import ActivityGrouping
from .activity_out import ActivityOut
from .activity_out_custom_fields import ActivityOutCustomFields
from .activity_page import ActivityPage
from .activity_row import ActivityRow
from .activity_timeline_data import ActivityTimelineData
from .activity_timeline_item import ActivityTimelineItem
from .activity_type_create import ActivityTypeCreate
from .activity_type_out import ActivityTypeOut
from .activity_type_page import ActivityTypePage
from .activity_type_update import ActivityTypeUpdate
from .activity_types_list_sort import ActivityTypesListSort
from .activity_update import ActivityUpdate
from .activity_update_custom_fields import ActivityUpdateCustomFields
from .actual_unavailable import ActualUnavailable
from .allocation_basis import AllocationBasis
from .allocation_child import AllocationChild
from .allocation_in import AllocationIn
from .allocation_out import AllocationOut
from .analytics_abc_export_format import AnalyticsAbcExportFormat
from .analytics_activities_export_format import AnalyticsActivitiesExportFormat
from .analytics_approvals_export_format import AnalyticsApprovalsExportFormat
from .analytics_attendance_export_format import AnalyticsAttendanceExportFormat
from .analytics_churn_risk_export_format import AnalyticsChurnRiskExportFormat
from .analytics_contracts_export_format import AnalyticsContractsExportFormat
from .analytics_customer_value_export_format import AnalyticsCustomerValueExportFormat
from .analytics_deal_size_export_format import AnalyticsDealSizeExportFormat
from .analytics_follow_up_gaps_export_format import AnalyticsFollowUpGapsExportFormat
from .analytics_forecast_export_format import AnalyticsForecastExportFormat
from .analytics_funnel_export_format import AnalyticsFunnelExportFormat
from .analytics_journals_export_format import AnalyticsJournalsExportFormat
from .analytics_lifecycle_export_format import AnalyticsLifecycleExportFormat
from .analytics_loyalty_export_format import AnalyticsLoyaltyExportFormat
from .analytics_new_customers_export_format import AnalyticsNewCustomersExportFormat
from .analytics_payments_export_format import AnalyticsPaymentsExportFormat
from .analytics_pipeline_velocity_export_format import AnalyticsPipelineVelocityExportFormat
from .analytics_pool_flows_export_format import AnalyticsPoolFlowsExportFormat
from .analytics_receivables_export_format import AnalyticsReceivablesExportFormat
from .analytics_rfm_export_format import AnalyticsRfmExportFormat
from .analytics_sales_cycle_export_format import AnalyticsSalesCycleExportFormat
from .analytics_sales_export_format import AnalyticsSalesExportFormat
from .analytics_targets_export_format import AnalyticsTargetsExportFormat
from .analytics_visits_export_format import AnalyticsVisitsExportFormat
from .analytics_win_rate_export_format import AnalyticsWinRateExportFormat
from .api_key_create import ApiKeyCreate
from .api_key_create_permissions_item import ApiKeyCreatePermissionsItem
from .api_key_created import ApiKeyCreated
from .api_key_out import ApiKeyOut
from .api_key_page import ApiKeyPage
from .api_keys_list_sort import ApiKeysListSort
from .apply_result import ApplyResult
from .approval_action import ApprovalAction
from .approval_delegations_list_sort import ApprovalDelegationsListSort
from .approval_out import ApprovalOut
from .approval_page import ApprovalPage
from .approval_rule_create import ApprovalRuleCreate
from .approval_rule_out import ApprovalRuleOut
from .approval_rule_page import ApprovalRulePage
from .approval_rule_update import ApprovalRuleUpdate
from .approval_rules_list_sort import ApprovalRulesListSort
from .approval_status import ApprovalStatus
from .approval_timeline_data import ApprovalTimelineData
from .approval_timeline_item import ApprovalTimelineItem
from .approval_type import ApprovalType
from .approval_type_out import ApprovalTypeOut
from .approval_type_page import ApprovalTypePage
from .approval_type_update import ApprovalTypeUpdate
from .approval_types_list_sort import ApprovalTypesListSort
from .approvals_list_sort import ApprovalsListSort
from .approvals_report import ApprovalsReport
from .approvals_row import ApprovalsRow
from .attachment_out import AttachmentOut
from .attachment_page import AttachmentPage
from .attempt import Attempt
from .attendance import Attendance
from .attendance_correction_approval_create import AttendanceCorrectionApprovalCreate
from .attendance_correction_approval_update import AttendanceCorrectionApprovalUpdate
from .attendance_correction_form import AttendanceCorrectionForm
from .attendance_day_list import AttendanceDayList
from .attendance_day_out import AttendanceDayOut
from .attendance_punches_list_sort import AttendancePunchesListSort
from .attendance_report import AttendanceReport
from .attendance_row import AttendanceRow
from .attendance_statistics import AttendanceStatistics
from .attendance_statistics_export_format import AttendanceStatisticsExportFormat
from .audit_event_out import AuditEventOut
from .audit_event_out_action import AuditEventOutAction
from .audit_event_out_changes import AuditEventOutChanges
from .audit_event_page import AuditEventPage
from .audit_events_list_action import AuditEventsListAction
from .audit_events_list_sort import AuditEventsListSort
from .balance_warning import BalanceWarning
from .board import Board
from .board_check_in import BoardCheckIn
from .board_event import BoardEvent
from .board_row import BoardRow
from .branch_create import BranchCreate
from .branch_out import BranchOut
from .branch_page import BranchPage
from .branch_update import BranchUpdate
from .branches_list_sort import BranchesListSort
from .bucket import Bucket
from .budget_create import BudgetCreate
from .budget_out import BudgetOut
from .budget_page import BudgetPage
from .budget_summary import BudgetSummary
from .budget_summary_row import BudgetSummaryRow
from .budget_update import BudgetUpdate
from .budgets_list_sort import BudgetsListSort
from .builtin_dashboard import BuiltinDashboard
from .business_trip_approval_create import BusinessTripApprovalCreate
from .business_trip_approval_update import BusinessTripApprovalUpdate
from .business_trip_form import BusinessTripForm
from .buying_role import BuyingRole
from .calendar_feed_create import CalendarFeedCreate
from .calendar_feed_create_locale_type_0 import CalendarFeedCreateLocaleType0
from .calendar_feed_created import CalendarFeedCreated
from .calendar_feed_created_locale import CalendarFeedCreatedLocale
from .calendar_feed_list import CalendarFeedList
from .calendar_feed_out import CalendarFeedOut
from .calendar_feed_out_locale import CalendarFeedOutLocale
from .chain_mode import ChainMode
from .change import Change
from .change_data_type_0 import ChangeDataType0
from .changes_page import ChangesPage
from .check_in import CheckIn
from .check_out import CheckOut
from .churn_reason_out import ChurnReasonOut
from .churn_risk_out import ChurnRiskOut
from .churn_risk_page import ChurnRiskPage
from .churn_risk_report import ChurnRiskReport
from .churn_risk_row import ChurnRiskRow
from .churn_risks_list_sort import ChurnRisksListSort
from .comment_in import CommentIn
from .commission_basis import CommissionBasis
from .commission_line_out import CommissionLineOut
from .commission_line_page import CommissionLinePage
from .commission_measure import CommissionMeasure
from .commission_period_in import CommissionPeriodIn
from .commission_period_kind import CommissionPeriodKind
from .commission_period_out import CommissionPeriodOut
from .commission_plan_create import CommissionPlanCreate
from .commission_plan_update import CommissionPlanUpdate
from .commission_plans_list_sort import CommissionPlansListSort
from .commission_statement_lines_list_sort import CommissionStatementLinesListSort
from .commission_statement_out import CommissionStatementOut
from .commission_statement_page import CommissionStatementPage
from .commission_statements_list_sort import CommissionStatementsListSort
from .company_size import CompanySize
from .competitor_create import CompetitorCreate
from .competitor_out import CompetitorOut
from .competitor_page import CompetitorPage
from .competitor_standing import CompetitorStanding
from .competitor_update import CompetitorUpdate
from .competitor_win_loss import CompetitorWinLoss
from .competitor_win_loss_amount_lost import CompetitorWinLossAmountLost
from .competitor_win_loss_amount_lost_to_them import CompetitorWinLossAmountLostToThem
from .competitors_list_sort import CompetitorsListSort
from .contact_create import ContactCreate
from .contact_create_custom_fields_type_0 import ContactCreateCustomFieldsType0
from .contact_expand import ContactExpand
from .contact_out import ContactOut
from .contact_out_custom_fields import ContactOutCustomFields
from .contact_page import ContactPage
from .contact_role_in import ContactRoleIn
from .contact_role_out import ContactRoleOut
from .contact_update import ContactUpdate
from .contact_update_custom_fields import ContactUpdateCustomFields
from .contacts_export_format import ContactsExportFormat
from .contacts_export_sort import ContactsExportSort
from .contacts_list_sort import ContactsListSort
from .contract_create import ContractCreate
from .contract_expand import ContractExpand
from .contract_line_item_out import ContractLineItemOut
from .contract_out import ContractOut
from .contract_page import ContractPage
from .contract_status import ContractStatus
from .contract_update import ContractUpdate
from .contracts_list_sort import ContractsListSort
from .contracts_report import ContractsReport
from .contracts_row import ContractsRow
from .coord_system import CoordSystem
from .correction_punch import CorrectionPunch
from .coverage_out import CoverageOut
from .current_status import CurrentStatus
from .custom_field_create import CustomFieldCreate
from .custom_field_create_resource import CustomFieldCreateResource
from .custom_field_option import CustomFieldOption
from .custom_field_option_out import CustomFieldOptionOut
from .custom_field_out import CustomFieldOut
from .custom_field_out_resource import CustomFieldOutResource
from .custom_field_page import CustomFieldPage
from .custom_field_type import CustomFieldType
from .custom_field_update import CustomFieldUpdate
from .custom_fields_list_resource import CustomFieldsListResource
from .custom_fields_list_sort import CustomFieldsListSort
from .customer_card import CustomerCard
from .customer_create import CustomerCreate
from .customer_create_custom_fields_type_0 import CustomerCreateCustomFieldsType0
from .customer_event_details import CustomerEventDetails
from .customer_event_details_moved import CustomerEventDetailsMoved
from .customer_event_out import CustomerEventOut
from .customer_event_page import CustomerEventPage
from .customer_event_timeline_data import CustomerEventTimelineData
from .customer_event_timeline_data_kind import CustomerEventTimelineDataKind
from .customer_event_timeline_item import CustomerEventTimelineItem
from .customer_insights_list_sort import CustomerInsightsListSort
from .customer_kind import CustomerKind
from .customer_out import CustomerOut
from .customer_out_custom_fields import CustomerOutCustomFields
from .customer_page import CustomerPage
from .customer_pool_create import CustomerPoolCreate
from .customer_pool_list_sort import CustomerPoolListSort
from .customer_pool_out import CustomerPoolOut
from .customer_pool_page import CustomerPoolPage
from .customer_pool_update import CustomerPoolUpdate
from .customer_pools_list_sort import CustomerPoolsListSort
from .customer_status import CustomerStatus
from .customer_tiers_list_sort import CustomerTiersListSort
from .customer_transfer_approval_create import CustomerTransferApprovalCreate
from .customer_transfer_approval_update import CustomerTransferApprovalUpdate
from .customer_transfer_form import CustomerTransferForm
from .customer_update import CustomerUpdate
from .customer_update_custom_fields import CustomerUpdateCustomFields
from .customers_collaborators_list_sort import CustomersCollaboratorsListSort
from .customers_events_list_kind import CustomersEventsListKind
from .customers_events_list_sort import CustomersEventsListSort
from .customers_export_format import CustomersExportFormat
from .customers_export_sort import CustomersExportSort
from .customers_list_sort import CustomersListSort
from .customers_timeline_kind_item import CustomersTimelineKindItem
from .dashboard_create import DashboardCreate
from .dashboard_head import DashboardHead
from .dashboard_kind import DashboardKind
from .dashboard_out import DashboardOut
from .dashboard_page import DashboardPage
from .dashboard_source import DashboardSource
from .dashboard_update import DashboardUpdate
from .dashboards_list_sort import DashboardsListSort
from .data_scope import DataScope
from .day_status import DayStatus
from .deal_role import DealRole
from .deal_size_report import DealSizeReport
from .deal_size_row import DealSizeRow
from .decision_in import DecisionIn
from .delegation_create import DelegationCreate
from .delegation_out import DelegationOut
from .delegation_page import DelegationPage
from .delegation_update import DelegationUpdate
from .delivery_out import DeliveryOut
from .delivery_page import DeliveryPage
from .delivery_status import DeliveryStatus
from .department_create import DepartmentCreate
from .department_kind import DepartmentKind
from .department_out import DepartmentOut
from .department_page import DepartmentPage
from .department_update import DepartmentUpdate
from .departments_list_sort import DepartmentsListSort
from .direction import Direction
from .discount_approval_create import DiscountApprovalCreate
from .discount_approval_update import DiscountApprovalUpdate
from .discount_form import DiscountForm
from .draft_source import DraftSource
from .draft_source_kind import DraftSourceKind
from .dry_run import DryRun
from .duplicate_match import DuplicateMatch
from .employee_create import EmployeeCreate
from .employee_create_employment_status import EmployeeCreateEmploymentStatus
from .employee_out import EmployeeOut
from .employee_page import EmployeePage
from .employee_status_create import EmployeeStatusCreate
from .employee_status_out import EmployeeStatusOut
from .employee_status_page import EmployeeStatusPage
from .employee_status_update import EmployeeStatusUpdate
from .employee_statuses_list_sort import EmployeeStatusesListSort
from .employee_update import EmployeeUpdate
from .employees_changes_list_sort import EmployeesChangesListSort
from .employees_list_sort import EmployeesListSort
from .employment_status import EmploymentStatus
from .enum_labels import EnumLabels
from .enum_value_label import EnumValueLabel
from .event_out import EventOut
from .event_out_data_type_0 import EventOutDataType0
from .event_page import EventPage
from .event_types import EventTypes
from .event_types_resources import EventTypesResources
from .events_list_sort import EventsListSort
from .expense_approval_create import ExpenseApprovalCreate
from .expense_approval_update import ExpenseApprovalUpdate
from .expense_category import ExpenseCategory
from .expense_form import ExpenseForm
from .field_error import FieldError
from .file_upload import FileUpload
from .file_upload_resource import FileUploadResource
from .files_list_resource import FilesListResource
from .files_list_sort import FilesListSort
from .follow_up_create import FollowUpCreate
from .follow_up_gap_row import FollowUpGapRow
from .follow_up_gaps_report import FollowUpGapsReport
from .forecast_category import ForecastCategory
from .forecast_figures import ForecastFigures
from .forecast_report import ForecastReport
from .forecast_row import ForecastRow
from .funnel_report import FunnelReport
from .funnel_row import FunnelRow
from .gender import Gender
from .goal import Goal
from .goal_out import GoalOut
from .hand_over import HandOver
from .hand_over_count import HandOverCount
from .hand_over_count_resource import HandOverCountResource
from .hand_over_move import HandOverMove
from .hand_over_move_resource import HandOverMoveResource
from .hand_over_record_rule import HandOverRecordRule
from .hand_over_record_rule_resource import HandOverRecordRuleResource
from .hand_over_request import HandOverRequest
from .hand_over_result import HandOverResult
from .hand_over_rule import HandOverRule
from .hand_over_rule_resource import HandOverRuleResource
from .headcount_plan_create import HeadcountPlanCreate
from .headcount_plan_out import HeadcountPlanOut
from .headcount_plan_page import HeadcountPlanPage
from .headcount_plan_update import HeadcountPlanUpdate
from .headcount_plans_list_sort import HeadcountPlansListSort
from .headcount_summary import HeadcountSummary
from .headcount_summary_row import HeadcountSummaryRow
from .health_status import HealthStatus
from .history_list import HistoryList
from .history_out import HistoryOut
from .holding_record import HoldingRecord
from .holdings import Holdings
from .holiday_create import HolidayCreate
from .holiday_import_in import HolidayImportIn
from .holiday_import_result import HolidayImportResult
from .holiday_kind import HolidayKind
from .holiday_out import HolidayOut
from .holiday_page import HolidayPage
from .holiday_update import HolidayUpdate
from .holidays_list_sort import HolidaysListSort
from .import_job_out import ImportJobOut
from .import_job_out_file_format import ImportJobOutFileFormat
from .import_job_out_mapping import ImportJobOutMapping
from .import_job_out_match_by_item import ImportJobOutMatchByItem
from .import_job_out_on_duplicate import ImportJobOutOnDuplicate
from .import_job_out_status import ImportJobOutStatus
from .import_job_out_target import ImportJobOutTarget
from .import_job_out_unknown_owner import ImportJobOutUnknownOwner
from .import_job_page import ImportJobPage
from .import_upload import ImportUpload
from .import_upload_mapping import ImportUploadMapping
from .import_upload_match_by_item import ImportUploadMatchByItem
from .import_upload_on_duplicate import ImportUploadOnDuplicate
from .import_upload_target import ImportUploadTarget
from .import_upload_unknown_owner import ImportUploadUnknownOwner
from .imports_list_sort import ImportsListSort
from .imports_list_status import ImportsListStatus
from .imports_list_target import ImportsListTarget
from .imports_rejected_format import ImportsRejectedFormat
from .imports_template_target import ImportsTemplateTarget
from .insight_out import InsightOut
from .insight_page import InsightPage
from .insights_recompute_result import InsightsRecomputeResult
from .installment_in import InstallmentIn
from .installment_out import InstallmentOut
from .journal_act_in import JournalActIn
from .journal_comment_in import JournalCommentIn
from .journal_comment_list import JournalCommentList
from .journal_comment_out import JournalCommentOut
from .journal_create import JournalCreate
from .journal_draft import JournalDraft
from .journal_out import JournalOut
from .journal_page import JournalPage
from .journal_period import JournalPeriod
from .journal_read_out import JournalReadOut
from .journal_reminder_create import JournalReminderCreate
from .journal_reminder_out import JournalReminderOut
from .journal_reminder_page import JournalReminderPage
from .journal_reminder_update import JournalReminderUpdate
from .journal_reminders_list_sort import JournalRemindersListSort
from .journal_status import JournalStatus
from .journal_update import JournalUpdate
from .journals_list_sort import JournalsListSort
from .journals_report import JournalsReport
from .journals_row import JournalsRow
from .json_depth_1_type_5 import JsonDepth1Type5
from .json_depth_2_type_5 import JsonDepth2Type5
from .json_depth_3_type_5 import JsonDepth3Type5
from .json_depth_4_type_5 import JsonDepth4Type5
from .json_depth_5_type_5 import JsonDepth5Type5
from .json_value_type_5 import JsonValueType5
from .key_account_candidates_list_sort import KeyAccountCandidatesListSort
from .key_account_plans_list_sort import KeyAccountPlansListSort
from .key_account_reason import KeyAccountReason
from .key_account_rules import KeyAccountRules
from .key_account_rules_match import KeyAccountRulesMatch
from .key_account_rules_out import KeyAccountRulesOut
from .key_account_rules_out_match import KeyAccountRulesOutMatch
from .label_catalogue import LabelCatalogue
from .leave_approval_create import LeaveApprovalCreate
from .leave_approval_update import LeaveApprovalUpdate
from .leave_form import LeaveForm
from .leave_kind import LeaveKind
from .lifecycle_apply_result import LifecycleApplyResult
from .lifecycle_report import LifecycleReport
from .line_item_create import LineItemCreate
from .line_item_out import LineItemOut
from .line_item_page import LineItemPage
from .line_item_update import LineItemUpdate
from .line_source import LineSource
from .login_event_out import LoginEventOut
from .login_event_out_event import LoginEventOutEvent
from .login_event_page import LoginEventPage
from .login_events_list_event import LoginEventsListEvent
from .login_events_list_sort import LoginEventsListSort
from .logout_request import LogoutRequest
from .lose_in import LoseIn
from .loss_reason_create import LossReasonCreate
from .loss_reason_out import LossReasonOut
from .loss_reason_page import LossReasonPage
from .loss_reason_update import LossReasonUpdate
from .loss_reasons_list_sort import LossReasonsListSort
from .loyalty_report import LoyaltyReport
from .loyalty_row import LoyaltyRow
from .me import Me
from .member_put import MemberPut
from .membership_holding import MembershipHolding
from .membership_holding_resource import MembershipHoldingResource
from .membership_move import MembershipMove
from .membership_move_resource import MembershipMoveResource
from .membership_outcome import MembershipOutcome
from .merge_request import MergeRequest
from .missing_number import MissingNumber
from .move import Move
from .moving_customer import MovingCustomer
from .new_customer_row import NewCustomerRow
from .new_customers_report import NewCustomersReport
from .notification_kind import NotificationKind
from .notification_out import NotificationOut
from .notification_page import NotificationPage
from .notifications_list_sort import NotificationsListSort
from .open_forecast import OpenForecast
from .operation import Operation
from .opportunities_list_sort import OpportunitiesListSort
from .opportunities_stage_history_list_sort import OpportunitiesStageHistoryListSort
from .opportunities_team_list_sort import OpportunitiesTeamListSort
from .opportunities_timeline_kind_item import OpportunitiesTimelineKindItem
from .opportunity_competitor_create import OpportunityCompetitorCreate
from .opportunity_competitor_out import OpportunityCompetitorOut
from .opportunity_competitor_page import OpportunityCompetitorPage
from .opportunity_competitor_update import OpportunityCompetitorUpdate
from .opportunity_competitors_list_sort import OpportunityCompetitorsListSort
from .opportunity_create import OpportunityCreate
from .opportunity_create_custom_fields_type_0 import OpportunityCreateCustomFieldsType0
from .opportunity_expand import OpportunityExpand
from .opportunity_line_items_list_sort import OpportunityLineItemsListSort
from .opportunity_out import OpportunityOut
from .opportunity_out_custom_fields import OpportunityOutCustomFields
from .opportunity_page import OpportunityPage
from .opportunity_status import OpportunityStatus
from .opportunity_type import OpportunityType
from .opportunity_update import OpportunityUpdate
from .opportunity_update_custom_fields import OpportunityUpdateCustomFields
from .overdue_count import OverdueCount
from .overdue_report import OverdueReport
from .overlap import Overlap
from .overlap_list import OverlapList
from .partner_create import PartnerCreate
from .partner_kind import PartnerKind
from .partner_out import PartnerOut
from .partner_page import PartnerPage
from .partner_status import PartnerStatus
from .partner_update import PartnerUpdate
from .partners_list_sort import PartnersListSort
from .password_change import PasswordChange
from .payment_create import PaymentCreate
from .payment_method import PaymentMethod
from .payment_out import PaymentOut
from .payment_page import PaymentPage
from .payment_update import PaymentUpdate
from .payments_list_sort import PaymentsListSort
from .payments_report import PaymentsReport
from .payments_row import PaymentsRow
from .pipeline_create import PipelineCreate
from .pipeline_out import PipelineOut
from .pipeline_page import PipelinePage
from .pipeline_update import PipelineUpdate
from .pipelines_list_sort import PipelinesListSort
from .plan_balance_out import PlanBalanceOut
from .plan_check_mode import PlanCheckMode
from .plan_create import PlanCreate
from .plan_out import PlanOut
from .plan_page import PlanPage
from .plan_period_kind import PlanPeriodKind
from .plan_status import PlanStatus
from .plan_summary import PlanSummary
from .plan_update import PlanUpdate
from .policy_out import PolicyOut
from .policy_out_required_fields import PolicyOutRequiredFields
from .policy_update import PolicyUpdate
from .pool_contacts import PoolContacts
from .pool_flow_row import PoolFlowRow
from .pool_flows_report import PoolFlowsReport
from .pool_period_row import PoolPeriodRow
from .pool_release_reasons_list_sort import PoolReleaseReasonsListSort
from .pool_statistics import PoolStatistics
from .pool_total_row import PoolTotalRow
from .position_create import PositionCreate
from .position_out import PositionOut
from .position_page import PositionPage
from .position_update import PositionUpdate
from .positions_list_sort import PositionsListSort
from .price_positioning import PricePositioning
from .priority import Priority
from .problem import Problem
from .problem_type import ProblemType
from .problem_type_title import ProblemTypeTitle
from .product_create import ProductCreate
from .product_life_cycle_stage import ProductLifeCycleStage
from .product_out import ProductOut
from .product_page import ProductPage
from .product_update import ProductUpdate
from .products_list_sort import ProductsListSort
from .proposed_rule import ProposedRule
from .punch_in import PunchIn
from .punch_kind import PunchKind
from .punch_out import PunchOut
from .punch_page import PunchPage
from .punch_source import PunchSource
from .quota_source import QuotaSource
from .read_all_result import ReadAllResult
from .reason_count import ReasonCount
from .receivables_group_by import ReceivablesGroupBy
from .receivables_report import ReceivablesReport
from .receivables_row import ReceivablesRow
from .recompute_in import RecomputeIn
from .recompute_result import RecomputeResult
from .record_share_create import RecordShareCreate
from .record_share_create_resource import RecordShareCreateResource
from .record_share_out import RecordShareOut
from .record_share_out_resource import RecordShareOutResource
from .record_share_page import RecordSharePage
from .record_shares_list_resource import RecordSharesListResource
from .record_shares_list_sort import RecordSharesListSort
from .recruitment_approval_create import RecruitmentApprovalCreate
from .recruitment_approval_update import RecruitmentApprovalUpdate
from .recruitment_form import RecruitmentForm
from .ref import Ref
from .refresh_request import RefreshRequest
from .release_reason_create import ReleaseReasonCreate
from .release_reason_out import ReleaseReasonOut
from .release_reason_page import ReleaseReasonPage
from .release_reason_row import ReleaseReasonRow
from .release_reason_update import ReleaseReasonUpdate
from .release_request import ReleaseRequest
from .reminder_in import ReminderIn
from .rendered_dashboard import RenderedDashboard
from .rendered_widget import RenderedWidget
from .rendered_widget_filters import RenderedWidgetFilters
from .rendered_widget_statistic import RenderedWidgetStatistic
from .reopen_in import ReopenIn
from .required_fields import RequiredFields
from .required_fields_company_item import RequiredFieldsCompanyItem
from .required_fields_individual_item import RequiredFieldsIndividualItem
from .requirement_approval_create import RequirementApprovalCreate
from .requirement_approval_update import RequirementApprovalUpdate
from .requirement_form import RequirementForm
from .requisition_cancel_in import RequisitionCancelIn
from .requisition_create import RequisitionCreate
from .requisition_fill_in import RequisitionFillIn
from .requisition_out import RequisitionOut
from .requisition_page import RequisitionPage
from .requisition_status import RequisitionStatus
from .requisition_submit_in import RequisitionSubmitIn
from .requisition_update import RequisitionUpdate
from .requisitions_list_sort import RequisitionsListSort
from .resource_holdings import ResourceHoldings
from .resource_holdings_resource import ResourceHoldingsResource
from .revision_in import RevisionIn
from .rfm_report import RfmReport
from .rfm_row import RfmRow
from .rfm_segment import RfmSegment
from .risk_level import RiskLevel
from .role_create import RoleCreate
from .role_create_permissions_item import RoleCreatePermissionsItem
from .role_out import RoleOut
from .role_page import RolePage
from .role_ref import RoleRef
from .role_update import RoleUpdate
from .role_update_permissions_item import RoleUpdatePermissionsItem
from .roles_list_sort import RolesListSort
from .roll_up_out import RollUpOut
from .row_error import RowError
from .rule_change import RuleChange
from .rule_condition_out import RuleConditionOut
from .rule_condition_out_op import RuleConditionOutOp
from .rule_condition_type_0 import RuleConditionType0
from .rule_condition_type_0_op import RuleConditionType0Op
from .rule_condition_type_1 import RuleConditionType1
from .rule_condition_type_2 import RuleConditionType2
from .rule_condition_type_2_op import RuleConditionType2Op
from .rule_condition_type_3 import RuleConditionType3
from .rule_condition_type_4 import RuleConditionType4
from .rule_condition_type_4_op import RuleConditionType4Op
from .rule_condition_type_5 import RuleConditionType5
from .rule_condition_type_6 import RuleConditionType6
from .rule_condition_type_6_op import RuleConditionType6Op
from .rule_condition_type_7 import RuleConditionType7
from .rule_condition_type_8 import RuleConditionType8
from .rule_condition_type_8_op import RuleConditionType8Op
from .rule_condition_type_8_value import RuleConditionType8Value
from .rule_condition_type_9 import RuleConditionType9
from .rule_condition_type_9_value_item import RuleConditionType9ValueItem
from .rule_condition_type_10 import RuleConditionType10
from .rule_condition_type_10_op import RuleConditionType10Op
from .rule_condition_type_10_value import RuleConditionType10Value
from .rule_condition_type_11 import RuleConditionType11
from .rule_condition_type_11_value_item import RuleConditionType11ValueItem
from .rule_condition_type_12 import RuleConditionType12
from .rule_condition_type_12_op import RuleConditionType12Op
from .rule_condition_type_13 import RuleConditionType13
from .rule_condition_type_13_op import RuleConditionType13Op
from .rule_condition_type_14 import RuleConditionType14
from .rule_edit import RuleEdit
from .rules_out import RulesOut
from .rules_put import RulesPut
from .sales_cycle_report import SalesCycleReport
from .sales_cycle_row import SalesCycleRow
from .sales_group_by import SalesGroupBy
from .sales_plan_approval_create import SalesPlanApprovalCreate
from .sales_plan_approval_update import SalesPlanApprovalUpdate
from .sales_plan_create import SalesPlanCreate
from .sales_plan_form import SalesPlanForm
from .sales_plan_out import SalesPlanOut
from .sales_plan_page import SalesPlanPage
from .sales_plan_status import SalesPlanStatus
from .sales_plan_update import SalesPlanUpdate
from .sales_plans_list_sort import SalesPlansListSort
from .sales_report import SalesReport
from .sales_row import SalesRow
from .sales_strategies_list_sort import SalesStrategiesListSort
from .sales_strategy_create import SalesStrategyCreate
from .sales_strategy_out import SalesStrategyOut
from .sales_strategy_page import SalesStrategyPage
from .sales_strategy_update import SalesStrategyUpdate
from .sales_target_create import SalesTargetCreate
from .sales_target_out import SalesTargetOut
from .sales_target_page import SalesTargetPage
from .sales_target_update import SalesTargetUpdate
from .sales_targets_list_sort import SalesTargetsListSort
from .schedule_create import ScheduleCreate
from .schedule_kind import ScheduleKind
from .schedule_note_in import ScheduleNoteIn
from .schedule_note_kind import ScheduleNoteKind
from .schedule_note_list import ScheduleNoteList
from .schedule_note_out import ScheduleNoteOut
from .schedule_out import ScheduleOut
from .schedule_page import SchedulePage
from .schedule_timeline_data import ScheduleTimelineData
from .schedule_timeline_item import ScheduleTimelineItem
from .schedule_update import ScheduleUpdate
from .schedules_list_sort import SchedulesListSort
from .share_access import ShareAccess
from .source import Source
from .staff_change_create import StaffChangeCreate
from .staff_change_fields import StaffChangeFields
from .staff_change_kind import StaffChangeKind
from .staff_change_out import StaffChangeOut
from .staff_change_out_handover import StaffChangeOutHandover
from .staff_change_page import StaffChangePage
from .staff_change_status import StaffChangeStatus
from .stage import Stage
from .stage_amount import StageAmount
from .stage_change_out import StageChangeOut
from .stage_change_page import StageChangePage
from .stage_change_timeline_data import StageChangeTimelineData
from .stage_change_timeline_item import StageChangeTimelineItem
from .stage_count import StageCount
from .stage_in import StageIn
from .stage_kind import StageKind
from .stage_out import StageOut
from .stage_time import StageTime
from .stage_times import StageTimes
from .statement_status import StatementStatus
from .statistics_counts import StatisticsCounts
from .statistics_group import StatisticsGroup
from .statistics_row import StatisticsRow
from .status_source import StatusSource
from .status_type_create import StatusTypeCreate
from .status_type_out import StatusTypeOut
from .status_type_page import StatusTypePage
from .status_type_update import StatusTypeUpdate
from .status_types_list_sort import StatusTypesListSort
from .step_out import StepOut
from .step_rows import StepRows
from .step_status import StepStatus
from .strategy_plans import StrategyPlans
from .strategy_product import StrategyProduct
from .strategy_product_out import StrategyProductOut
from .submission_rates import SubmissionRates
from .submission_row import SubmissionRow
from .submit_in import SubmitIn
from .sync_changes_resources_item import SyncChangesResourcesItem
from .target_allocation_method import TargetAllocationMethod
from .target_change_action import TargetChangeAction
from .target_change_out import TargetChangeOut
from .target_history import TargetHistory
from .target_level import TargetLevel
from .target_metric import TargetMetric
from .target_row import TargetRow
from .targets_report import TargetsReport
from .task_create import TaskCreate
from .task_out import TaskOut
from .task_page import TaskPage
from .task_status import TaskStatus
from .task_timeline_data import TaskTimelineData
from .task_timeline_item import TaskTimelineItem
from .task_update import TaskUpdate
from .tasks_list_sort import TasksListSort
from .team_board_sort import TeamBoardSort
from .team_member import TeamMember
from .team_member_out import TeamMemberOut
from .team_member_put import TeamMemberPut
from .territories_list_sort import TerritoriesListSort
from .territory_create import TerritoryCreate
from .territory_kind import TerritoryKind
from .territory_member_create import TerritoryMemberCreate
from .territory_member_out import TerritoryMemberOut
from .territory_member_page import TerritoryMemberPage
from .territory_member_update import TerritoryMemberUpdate
from .territory_members_list_sort import TerritoryMembersListSort
from .territory_out import TerritoryOut
from .territory_page import TerritoryPage
from .territory_rule_create import TerritoryRuleCreate
from .territory_rule_out import TerritoryRuleOut
from .territory_rule_page import TerritoryRulePage
from .territory_rule_update import TerritoryRuleUpdate
from .territory_rules_list_sort import TerritoryRulesListSort
from .territory_update import TerritoryUpdate
from .threat_level import ThreatLevel
from .tier_create import TierCreate
from .tier_in import TierIn
from .tier_out import TierOut
from .tier_page import TierPage
from .tier_update import TierUpdate
from .time_bucket import TimeBucket
from .timeline_page import TimelinePage
from .token_form import TokenForm
from .token_response import TokenResponse
from .training_attendee_create import TrainingAttendeeCreate
from .training_attendee_out import TrainingAttendeeOut
from .training_attendee_page import TrainingAttendeePage
from .training_attendee_update import TrainingAttendeeUpdate
from .training_attendees_list_sort import TrainingAttendeesListSort
from .training_kind import TrainingKind
from .training_plan_create import TrainingPlanCreate
from .training_plan_out import TrainingPlanOut
from .training_plan_page import TrainingPlanPage
from .training_plan_update import TrainingPlanUpdate
from .training_session_create import TrainingSessionCreate
from .training_session_out import TrainingSessionOut
from .training_session_page import TrainingSessionPage
from .training_session_update import TrainingSessionUpdate
from .training_sessions_list_sort import TrainingSessionsListSort
from .training_summary import TrainingSummary
from .training_summary_by import TrainingSummaryBy
from .training_summary_row import TrainingSummaryRow
from .trainings_list_sort import TrainingsListSort
from .transfer_request import TransferRequest
from .transfer_result import TransferResult
from .transition_count import TransitionCount
from .transition_row import TransitionRow
from .unread_count import UnreadCount
from .unstaffed_territory import UnstaffedTerritory
from .urgency import Urgency
from .value_report import ValueReport
from .value_row import ValueRow
from .value_summary import ValueSummary
from .velocity_report import VelocityReport
from .velocity_row import VelocityRow
from .visit_cancel import VisitCancel
from .visit_count import VisitCount
from .visit_create import VisitCreate
from .visit_out import VisitOut
from .visit_page import VisitPage
from .visit_row import VisitRow
from .visit_stats import VisitStats
from .visit_status import VisitStatus
from .visit_timeline_data import VisitTimelineData
from .visit_timeline_item import VisitTimelineItem
from .visit_update import VisitUpdate
from .visits_list_sort import VisitsListSort
from .visits_report import VisitsReport
from .webhook_create import WebhookCreate
from .webhook_create_event_types_item import WebhookCreateEventTypesItem
from .webhook_out import WebhookOut
from .webhook_page import WebhookPage
from .webhook_update import WebhookUpdate
from .webhook_update_event_types_item import WebhookUpdateEventTypesItem
from .webhooks_deliveries_sort import WebhooksDeliveriesSort
from .webhooks_list_sort import WebhooksListSort
from .widget_error import WidgetError
from .widget_in import WidgetIn
from .widget_in_filters import WidgetInFilters
from .widget_in_statistic import WidgetInStatistic
from .widget_out import WidgetOut
from .widget_out_filters import WidgetOutFilters
from .widget_out_statistic import WidgetOutStatistic
from .widget_position import WidgetPosition
from .widget_position_in import WidgetPositionIn
from .win_in import WinIn
from .win_loss_report import WinLossReport
from .win_rate_report import WinRateReport
from .win_rate_row import WinRateRow
from .work_rule_create import WorkRuleCreate
from .work_rule_out import WorkRuleOut
from .work_rule_page import WorkRulePage
from .work_rule_update import WorkRuleUpdate
from .work_rules_list_sort import WorkRulesListSort

__all__ = (
    "AbcApply",
    "AbcApplyResult",
    "AbcClass",
    "AbcReport",
    "AbcRow",
    "AccountCreate",
    "AccountOut",
    "AccountUpdate",
    "ActivitiesListSort",
    "ActivitiesReport",
    "ActivityCreate",
    "ActivityCreateCustomFieldsType0",
    "ActivityGrouping",
    "ActivityOut",
    "ActivityOutCustomFields",
    "ActivityPage",
    "ActivityRow",
    "ActivityTimelineData",
    "ActivityTimelineItem",
    "ActivityTypeCreate",
    "ActivityTypeOut",
    "ActivityTypePage",
    "ActivityTypesListSort",
    "ActivityTypeUpdate",
    "ActivityUpdate",
    "ActivityUpdateCustomFields",
    "ActualUnavailable",
    "AllocationBasis",
    "AllocationChild",
    "AllocationIn",
    "AllocationOut",
    "AnalyticsAbcExportFormat",
    "AnalyticsActivitiesExportFormat",
    "AnalyticsApprovalsExportFormat",
    "AnalyticsAttendanceExportFormat",
    "AnalyticsChurnRiskExportFormat",
    "AnalyticsContractsExportFormat",
    "AnalyticsCustomerValueExportFormat",
    "AnalyticsDealSizeExportFormat",
    "AnalyticsFollowUpGapsExportFormat",
    "AnalyticsForecastExportFormat",
    "AnalyticsFunnelExportFormat",
    "AnalyticsJournalsExportFormat",
    "AnalyticsLifecycleExportFormat",
    "AnalyticsLoyaltyExportFormat",
    "AnalyticsNewCustomersExportFormat",
    "AnalyticsPaymentsExportFormat",
    "AnalyticsPipelineVelocityExportFormat",
    "AnalyticsPoolFlowsExportFormat",
    "AnalyticsReceivablesExportFormat",
    "AnalyticsRfmExportFormat",
    "AnalyticsSalesCycleExportFormat",
    "AnalyticsSalesExportFormat",
    "AnalyticsTargetsExportFormat",
    "AnalyticsVisitsExportFormat",
    "AnalyticsWinRateExportFormat",
    "ApiKeyCreate",
    "ApiKeyCreated",
    "ApiKeyCreatePermissionsItem",
    "ApiKeyOut",
    "ApiKeyPage",
    "ApiKeysListSort",
    "ApplyResult",
    "ApprovalAction",
    "ApprovalDelegationsListSort",
    "ApprovalOut",
    "ApprovalPage",
    "ApprovalRuleCreate",
    "ApprovalRuleOut",
    "ApprovalRulePage",
    "ApprovalRulesListSort",
    "ApprovalRuleUpdate",
    "ApprovalsListSort",
    "ApprovalsReport",
    "ApprovalsRow",
    "ApprovalStatus",
    "ApprovalTimelineData",
    "ApprovalTimelineItem",
    "ApprovalType",
    "ApprovalTypeOut",
    "ApprovalTypePage",
    "ApprovalTypesListSort",
    "ApprovalTypeUpdate",
    "AttachmentOut",
    "AttachmentPage",
    "Attempt",
    "Attendance",
    "AttendanceCorrectionApprovalCreate",
    "AttendanceCorrectionApprovalUpdate",
    "AttendanceCorrectionForm",
    "AttendanceDayList",
    "AttendanceDayOut",
    "AttendancePunchesListSort",
    "AttendanceReport",
    "AttendanceRow",
    "AttendanceStatistics",
    "AttendanceStatisticsExportFormat",
    "AuditEventOut",
    "AuditEventOutAction",
    "AuditEventOutChanges",
    "AuditEventPage",
    "AuditEventsListAction",
    "AuditEventsListSort",
    "BalanceWarning",
    "Board",
    "BoardCheckIn",
    "BoardEvent",
    "BoardRow",
    "BranchCreate",
    "BranchesListSort",
    "BranchOut",
    "BranchPage",
    "BranchUpdate",
    "Bucket",
    "BudgetCreate",
    "BudgetOut",
    "BudgetPage",
    "BudgetsListSort",
    "BudgetSummary",
    "BudgetSummaryRow",
    "BudgetUpdate",
    "BuiltinDashboard",
    "BusinessTripApprovalCreate",
    "BusinessTripApprovalUpdate",
    "BusinessTripForm",
    "BuyingRole",
    "CalendarFeedCreate",
    "CalendarFeedCreated",
    "CalendarFeedCreatedLocale",
    "CalendarFeedCreateLocaleType0",
    "CalendarFeedList",
    "CalendarFeedOut",
    "CalendarFeedOutLocale",
    "ChainMode",
    "Change",
    "ChangeDataType0",
    "ChangesPage",
    "CheckIn",
    "CheckOut",
    "ChurnReasonOut",
    "ChurnRiskOut",
    "ChurnRiskPage",
    "ChurnRiskReport",
    "ChurnRiskRow",
    "ChurnRisksListSort",
    "CommentIn",
    "CommissionBasis",
    "CommissionLineOut",
    "CommissionLinePage",
    "CommissionMeasure",
    "CommissionPeriodIn",
    "CommissionPeriodKind",
    "CommissionPeriodOut",
    "CommissionPlanCreate",
    "CommissionPlansListSort",
    "CommissionPlanUpdate",
    "CommissionStatementLinesListSort",
    "CommissionStatementOut",
    "CommissionStatementPage",
    "CommissionStatementsListSort",
    "CompanySize",
    "CompetitorCreate",
    "CompetitorOut",
    "CompetitorPage",
    "CompetitorsListSort",
    "CompetitorStanding",
    "CompetitorUpdate",
    "CompetitorWinLoss",
    "CompetitorWinLossAmountLost",
    "CompetitorWinLossAmountLostToThem",
    "ContactCreate",
    "ContactCreateCustomFieldsType0",
    "ContactExpand",
    "ContactOut",
    "ContactOutCustomFields",
    "ContactPage",
    "ContactRoleIn",
    "ContactRoleOut",
    "ContactsExportFormat",
    "ContactsExportSort",
    "ContactsListSort",
    "ContactUpdate",
    "ContactUpdateCustomFields",
    "ContractCreate",
    "ContractExpand",
    "ContractLineItemOut",
    "ContractOut",
    "ContractPage",
    "ContractsListSort",
    "ContractsReport",
    "ContractsRow",
    "ContractStatus",
    "ContractUpdate",
    "CoordSystem",
    "CorrectionPunch",
    "CoverageOut",
    "CurrentStatus",
    "CustomerCard",
    "CustomerCreate",
    "CustomerCreateCustomFieldsType0",
    "CustomerEventDetails",
    "CustomerEventDetailsMoved",
    "CustomerEventOut",
    "CustomerEventPage",
    "CustomerEventTimelineData",
    "CustomerEventTimelineDataKind",
    "CustomerEventTimelineItem",
    "CustomerInsightsListSort",
    "CustomerKind",
    "CustomerOut",
    "CustomerOutCustomFields",
    "CustomerPage",
    "CustomerPoolCreate",
    "CustomerPoolListSort",
    "CustomerPoolOut",
    "CustomerPoolPage",
    "CustomerPoolsListSort",
    "CustomerPoolUpdate",
    "CustomersCollaboratorsListSort",
    "CustomersEventsListKind",
    "CustomersEventsListSort",
    "CustomersExportFormat",
    "CustomersExportSort",
    "CustomersListSort",
    "CustomerStatus",
    "CustomersTimelineKindItem",
    "CustomerTiersListSort",
    "CustomerTransferApprovalCreate",
    "CustomerTransferApprovalUpdate",
    "CustomerTransferForm",
    "CustomerUpdate",
    "CustomerUpdateCustomFields",
    "CustomFieldCreate",
    "CustomFieldCreateResource",
    "CustomFieldOption",
    "CustomFieldOptionOut",
    "CustomFieldOut",
    "CustomFieldOutResource",
    "CustomFieldPage",
    "CustomFieldsListResource",
    "CustomFieldsListSort",
    "CustomFieldType",
    "CustomFieldUpdate",
    "DashboardCreate",
    "DashboardHead",
    "DashboardKind",
    "DashboardOut",
    "DashboardPage",
    "DashboardsListSort",
    "DashboardSource",
    "DashboardUpdate",
    "DataScope",
    "DayStatus",
    "DealRole",
    "DealSizeReport",
    "DealSizeRow",
    "DecisionIn",
    "DelegationCreate",
    "DelegationOut",
    "DelegationPage",
    "DelegationUpdate",
    "DeliveryOut",
    "DeliveryPage",
    "DeliveryStatus",
    "DepartmentCreate",
    "DepartmentKind",
    "DepartmentOut",
    "DepartmentPage",
    "DepartmentsListSort",
    "DepartmentUpdate",
    "Direction",
    "DiscountApprovalCreate",
    "DiscountApprovalUpdate",
    "DiscountForm",
    "DraftSource",
    "DraftSourceKind",
    "DryRun",
    "DuplicateMatch",
    "EmployeeCreate",
    "EmployeeCreateEmploymentStatus",
    "EmployeeOut",
    "EmployeePage",
    "EmployeesChangesListSort",
    "EmployeesListSort",
    "EmployeeStatusCreate",
    "EmployeeStatusesListSort",
    "EmployeeStatusOut",
    "EmployeeStatusPage",
    "EmployeeStatusUpdate",
    "EmployeeUpdate",
    "EmploymentStatus",
    "EnumLabels",
    "EnumValueLabel",
    "EventOut",
    "EventOutDataType0",
    "EventPage",
    "EventsListSort",
    "EventTypes",
    "EventTypesResources",
    "ExpenseApprovalCreate",
    "ExpenseApprovalUpdate",
    "ExpenseCategory",
    "ExpenseForm",
    "FieldError",
    "FilesListResource",
    "FilesListSort",
    "FileUpload",
    "FileUploadResource",
    "FollowUpCreate",
    "FollowUpGapRow",
    "FollowUpGapsReport",
    "ForecastCategory",
    "ForecastFigures",
    "ForecastReport",
    "ForecastRow",
    "FunnelReport",
    "FunnelRow",
    "Gender",
    "Goal",
    "GoalOut",
    "HandOver",
    "HandOverCount",
    "HandOverCountResource",
    "HandOverMove",
    "HandOverMoveResource",
    "HandOverRecordRule",
    "HandOverRecordRuleResource",
    "HandOverRequest",
    "HandOverResult",
    "HandOverRule",
    "HandOverRuleResource",
    "HeadcountPlanCreate",
    "HeadcountPlanOut",
    "HeadcountPlanPage",
    "HeadcountPlansListSort",
    "HeadcountPlanUpdate",
    "HeadcountSummary",
    "HeadcountSummaryRow",
    "HealthStatus",
    "HistoryList",
    "HistoryOut",
    "HoldingRecord",
    "Holdings",
    "HolidayCreate",
    "HolidayImportIn",
    "HolidayImportResult",
    "HolidayKind",
    "HolidayOut",
    "HolidayPage",
    "HolidaysListSort",
    "HolidayUpdate",
    "ImportJobOut",
    "ImportJobOutFileFormat",
    "ImportJobOutMapping",
    "ImportJobOutMatchByItem",
    "ImportJobOutOnDuplicate",
    "ImportJobOutStatus",
    "ImportJobOutTarget",
    "ImportJobOutUnknownOwner",
    "ImportJobPage",
    "ImportsListSort",
    "ImportsListStatus",
    "ImportsListTarget",
    "ImportsRejectedFormat",
    "ImportsTemplateTarget",
    "ImportUpload",
    "ImportUploadMapping",
    "ImportUploadMatchByItem",
    "ImportUploadOnDuplicate",
    "ImportUploadTarget",
    "ImportUploadUnknownOwner",
    "InsightOut",
    "InsightPage",
    "InsightsRecomputeResult",
    "InstallmentIn",
    "InstallmentOut",
    "JournalActIn",
    "JournalCommentIn",
    "JournalCommentList",
    "JournalCommentOut",
    "JournalCreate",
    "JournalDraft",
    "JournalOut",
    "JournalPage",
    "JournalPeriod",
    "JournalReadOut",
    "JournalReminderCreate",
    "JournalReminderOut",
    "JournalReminderPage",
    "JournalRemindersListSort",
    "JournalReminderUpdate",
    "JournalsListSort",
    "JournalsReport",
    "JournalsRow",
    "JournalStatus",
    "JournalUpdate",
    "JsonDepth1Type5",
    "JsonDepth2Type5",
    "JsonDepth3Type5",
    "JsonDepth4Type5",
    "JsonDepth5Type5",
    "JsonValueType5",
    "KeyAccountCandidatesListSort",
    "KeyAccountPlansListSort",
    "KeyAccountReason",
    "KeyAccountRules",
    "KeyAccountRulesMatch",
    "KeyAccountRulesOut",
    "KeyAccountRulesOutMatch",
    "LabelCatalogue",
    "LeaveApprovalCreate",
    "LeaveApprovalUpdate",
    "LeaveForm",
    "LeaveKind",
    "LifecycleApplyResult",
    "LifecycleReport",
    "LineItemCreate",
    "LineItemOut",
    "LineItemPage",
    "LineItemUpdate",
    "LineSource",
    "LoginEventOut",
    "LoginEventOutEvent",
    "LoginEventPage",
    "LoginEventsListEvent",
    "LoginEventsListSort",
    "LogoutRequest",
    "LoseIn",
    "LossReasonCreate",
    "LossReasonOut",
    "LossReasonPage",
    "LossReasonsListSort",
    "LossReasonUpdate",
    "LoyaltyReport",
    "LoyaltyRow",
    "Me",
    "MemberPut",
    "MembershipHolding",
    "MembershipHoldingResource",
    "MembershipMove",
    "MembershipMoveResource",
    "MembershipOutcome",
    "MergeRequest",
    "MissingNumber",
    "Move",
    "MovingCustomer",
    "NewCustomerRow",
    "NewCustomersReport",
    "NotificationKind",
    "NotificationOut",
    "NotificationPage",
    "NotificationsListSort",
    "OpenForecast",
    "Operation",
    "OpportunitiesListSort",
    "OpportunitiesStageHistoryListSort",
    "OpportunitiesTeamListSort",
    "OpportunitiesTimelineKindItem",
    "OpportunityCompetitorCreate",
    "OpportunityCompetitorOut",
    "OpportunityCompetitorPage",
    "OpportunityCompetitorsListSort",
    "OpportunityCompetitorUpdate",
    "OpportunityCreate",
    "OpportunityCreateCustomFieldsType0",
    "OpportunityExpand",
    "OpportunityLineItemsListSort",
    "OpportunityOut",
    "OpportunityOutCustomFields",
    "OpportunityPage",
    "OpportunityStatus",
    "OpportunityType",
    "OpportunityUpdate",
    "OpportunityUpdateCustomFields",
    "OverdueCount",
    "OverdueReport",
    "Overlap",
    "OverlapList",
    "PartnerCreate",
    "PartnerKind",
    "PartnerOut",
    "PartnerPage",
    "PartnersListSort",
    "PartnerStatus",
    "PartnerUpdate",
    "PasswordChange",
    "PaymentCreate",
    "PaymentMethod",
    "PaymentOut",
    "PaymentPage",
    "PaymentsListSort",
    "PaymentsReport",
    "PaymentsRow",
    "PaymentUpdate",
    "PipelineCreate",
    "PipelineOut",
    "PipelinePage",
    "PipelinesListSort",
    "PipelineUpdate",
    "PlanBalanceOut",
    "PlanCheckMode",
    "PlanCreate",
    "PlanOut",
    "PlanPage",
    "PlanPeriodKind",
    "PlanStatus",
    "PlanSummary",
    "PlanUpdate",
    "PolicyOut",
    "PolicyOutRequiredFields",
    "PolicyUpdate",
    "PoolContacts",
    "PoolFlowRow",
    "PoolFlowsReport",
    "PoolPeriodRow",
    "PoolReleaseReasonsListSort",
    "PoolStatistics",
    "PoolTotalRow",
    "PositionCreate",
    "PositionOut",
    "PositionPage",
    "PositionsListSort",
    "PositionUpdate",
    "PricePositioning",
    "Priority",
    "Problem",
    "ProblemType",
    "ProblemTypeTitle",
    "ProductCreate",
    "ProductLifeCycleStage",
    "ProductOut",
    "ProductPage",
    "ProductsListSort",
    "ProductUpdate",
    "ProposedRule",
    "PunchIn",
    "PunchKind",
    "PunchOut",
    "PunchPage",
    "PunchSource",
    "QuotaSource",
    "ReadAllResult",
    "ReasonCount",
    "ReceivablesGroupBy",
    "ReceivablesReport",
    "ReceivablesRow",
    "RecomputeIn",
    "RecomputeResult",
    "RecordShareCreate",
    "RecordShareCreateResource",
    "RecordShareOut",
    "RecordShareOutResource",
    "RecordSharePage",
    "RecordSharesListResource",
    "RecordSharesListSort",
    "RecruitmentApprovalCreate",
    "RecruitmentApprovalUpdate",
    "RecruitmentForm",
    "Ref",
    "RefreshRequest",
    "ReleaseReasonCreate",
    "ReleaseReasonOut",
    "ReleaseReasonPage",
    "ReleaseReasonRow",
    "ReleaseReasonUpdate",
    "ReleaseRequest",
    "ReminderIn",
    "RenderedDashboard",
    "RenderedWidget",
    "RenderedWidgetFilters",
    "RenderedWidgetStatistic",
    "ReopenIn",
    "RequiredFields",
    "RequiredFieldsCompanyItem",
    "RequiredFieldsIndividualItem",
    "RequirementApprovalCreate",
    "RequirementApprovalUpdate",
    "RequirementForm",
    "RequisitionCancelIn",
    "RequisitionCreate",
    "RequisitionFillIn",
    "RequisitionOut",
    "RequisitionPage",
    "RequisitionsListSort",
    "RequisitionStatus",
    "RequisitionSubmitIn",
    "RequisitionUpdate",
    "ResourceHoldings",
    "ResourceHoldingsResource",
    "RevisionIn",
    "RfmReport",
    "RfmRow",
    "RfmSegment",
    "RiskLevel",
    "RoleCreate",
    "RoleCreatePermissionsItem",
    "RoleOut",
    "RolePage",
    "RoleRef",
    "RolesListSort",
    "RoleUpdate",
    "RoleUpdatePermissionsItem",
    "RollUpOut",
    "RowError",
    "RuleChange",
    "RuleConditionOut",
    "RuleConditionOutOp",
    "RuleConditionType0",
    "RuleConditionType0Op",
    "RuleConditionType1",
    "RuleConditionType10",
    "RuleConditionType10Op",
    "RuleConditionType10Value",
    "RuleConditionType11",
    "RuleConditionType11ValueItem",
    "RuleConditionType12",
    "RuleConditionType12Op",
    "RuleConditionType13",
    "RuleConditionType13Op",
    "RuleConditionType14",
    "RuleConditionType2",
    "RuleConditionType2Op",
    "RuleConditionType3",
    "RuleConditionType4",
    "RuleConditionType4Op",
    "RuleConditionType5",
    "RuleConditionType6",
    "RuleConditionType6Op",
    "RuleConditionType7",
    "RuleConditionType8",
    "RuleConditionType8Op",
    "RuleConditionType8Value",
    "RuleConditionType9",
    "RuleConditionType9ValueItem",
    "RuleEdit",
    "RulesOut",
    "RulesPut",
    "SalesCycleReport",
    "SalesCycleRow",
    "SalesGroupBy",
    "SalesPlanApprovalCreate",
    "SalesPlanApprovalUpdate",
    "SalesPlanCreate",
    "SalesPlanForm",
    "SalesPlanOut",
    "SalesPlanPage",
    "SalesPlansListSort",
    "SalesPlanStatus",
    "SalesPlanUpdate",
    "SalesReport",
    "SalesRow",
    "SalesStrategiesListSort",
    "SalesStrategyCreate",
    "SalesStrategyOut",
    "SalesStrategyPage",
    "SalesStrategyUpdate",
    "SalesTargetCreate",
    "SalesTargetOut",
    "SalesTargetPage",
    "SalesTargetsListSort",
    "SalesTargetUpdate",
    "ScheduleCreate",
    "ScheduleKind",
    "ScheduleNoteIn",
    "ScheduleNoteKind",
    "ScheduleNoteList",
    "ScheduleNoteOut",
    "ScheduleOut",
    "SchedulePage",
    "SchedulesListSort",
    "ScheduleTimelineData",
    "ScheduleTimelineItem",
    "ScheduleUpdate",
    "ShareAccess",
    "Source",
    "StaffChangeCreate",
    "StaffChangeFields",
    "StaffChangeKind",
    "StaffChangeOut",
    "StaffChangeOutHandover",
    "StaffChangePage",
    "StaffChangeStatus",
    "Stage",
    "StageAmount",
    "StageChangeOut",
    "StageChangePage",
    "StageChangeTimelineData",
    "StageChangeTimelineItem",
    "StageCount",
    "StageIn",
    "StageKind",
    "StageOut",
    "StageTime",
    "StageTimes",
    "StatementStatus",
    "StatisticsCounts",
    "StatisticsGroup",
    "StatisticsRow",
    "StatusSource",
    "StatusTypeCreate",
    "StatusTypeOut",
    "StatusTypePage",
    "StatusTypesListSort",
    "StatusTypeUpdate",
    "StepOut",
    "StepRows",
    "StepStatus",
    "StrategyPlans",
    "StrategyProduct",
    "StrategyProductOut",
    "SubmissionRates",
    "SubmissionRow",
    "SubmitIn",
    "SyncChangesResourcesItem",
    "TargetAllocationMethod",
    "TargetChangeAction",
    "TargetChangeOut",
    "TargetHistory",
    "TargetLevel",
    "TargetMetric",
    "TargetRow",
    "TargetsReport",
    "TaskCreate",
    "TaskOut",
    "TaskPage",
    "TasksListSort",
    "TaskStatus",
    "TaskTimelineData",
    "TaskTimelineItem",
    "TaskUpdate",
    "TeamBoardSort",
    "TeamMember",
    "TeamMemberOut",
    "TeamMemberPut",
    "TerritoriesListSort",
    "TerritoryCreate",
    "TerritoryKind",
    "TerritoryMemberCreate",
    "TerritoryMemberOut",
    "TerritoryMemberPage",
    "TerritoryMembersListSort",
    "TerritoryMemberUpdate",
    "TerritoryOut",
    "TerritoryPage",
    "TerritoryRuleCreate",
    "TerritoryRuleOut",
    "TerritoryRulePage",
    "TerritoryRulesListSort",
    "TerritoryRuleUpdate",
    "TerritoryUpdate",
    "ThreatLevel",
    "TierCreate",
    "TierIn",
    "TierOut",
    "TierPage",
    "TierUpdate",
    "TimeBucket",
    "TimelinePage",
    "TokenForm",
    "TokenResponse",
    "TrainingAttendeeCreate",
    "TrainingAttendeeOut",
    "TrainingAttendeePage",
    "TrainingAttendeesListSort",
    "TrainingAttendeeUpdate",
    "TrainingKind",
    "TrainingPlanCreate",
    "TrainingPlanOut",
    "TrainingPlanPage",
    "TrainingPlanUpdate",
    "TrainingSessionCreate",
    "TrainingSessionOut",
    "TrainingSessionPage",
    "TrainingSessionsListSort",
    "TrainingSessionUpdate",
    "TrainingsListSort",
    "TrainingSummary",
    "TrainingSummaryBy",
    "TrainingSummaryRow",
    "TransferRequest",
    "TransferResult",
    "TransitionCount",
    "TransitionRow",
    "UnreadCount",
    "UnstaffedTerritory",
    "Urgency",
    "ValueReport",
    "ValueRow",
    "ValueSummary",
    "VelocityReport",
    "VelocityRow",
    "VisitCancel",
    "VisitCount",
    "VisitCreate",
    "VisitOut",
    "VisitPage",
    "VisitRow",
    "VisitsListSort",
    "VisitsReport",
    "VisitStats",
    "VisitStatus",
    "VisitTimelineData",
    "VisitTimelineItem",
    "VisitUpdate",
    "WebhookCreate",
    "WebhookCreateEventTypesItem",
    "WebhookOut",
    "WebhookPage",
    "WebhooksDeliveriesSort",
    "WebhooksListSort",
    "WebhookUpdate",
    "WebhookUpdateEventTypesItem",
    "WidgetError",
    "WidgetIn",
    "WidgetInFilters",
    "WidgetInStatistic",
    "WidgetOut",
    "WidgetOutFilters",
    "WidgetOutStatistic",
    "WidgetPosition",
    "WidgetPositionIn",
    "WinIn",
    "WinLossReport",
    "WinRateReport",
    "WinRateRow",
    "WorkRuleCreate",
    "WorkRuleOut",
    "WorkRulePage",
    "WorkRulesListSort",
    "WorkRuleUpdate",
)
