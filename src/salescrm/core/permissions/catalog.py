"""Every function permission (``resource:action``) and the built-in roles.

Roles are data (``/api/v1/roles``); this module names what may be granted and describes the
defaults that the migrations seed. A later context adds its permissions here and grants them to
the built-in roles in its own migration.
"""

from __future__ import annotations

from enum import StrEnum
from typing import Final

from salescrm.core import i18n


class DataScope(StrEnum):
    own = "own"
    subordinates = "subordinates"
    department = "department"
    department_tree = "department_tree"
    all = "all"


i18n.register_enum(
    DataScope,
    {
        "own": ("Own records", "本人"),
        "subordinates": ("Own and subordinates' records", "本人及下属"),
        "department": ("Department", "本部门"),
        "department_tree": ("Department and sub-departments", "本部门及下级部门"),
        "all": ("All", "全部"),
    },
)


PERMISSIONS: Final[dict[str, str]] = {
    "product:read": "View products",
    "product:write": "Create and change products",
    "product:delete": "Delete and restore products",
    "department:read": "View departments",
    "department:write": "Create and change departments",
    "department:delete": "Delete and restore departments",
    "position:read": "View positions",
    "position:write": "Create and change positions",
    "position:delete": "Delete and restore positions",
    "employee:read": "View employees (within the data scope)",
    "employee:write": "Create and change employees (within the data scope)",
    "employee:delete": "Delete and restore employees",
    "employee:manage_account": "Create logins, reset passwords, enable and disable accounts",
    "employee:assign_roles": "Give employees existing roles (not admin power, not to oneself)",
    "staff_change:read": "View staff changes (transfers, promotions, resignations)",
    "staff_change:write": "Record staff changes and hand over a leaver's records",
    "employee:hand_over": (
        "See what an employee owns and hand it over, split by resource or record (leavers and "
        "team transfers; within the data scope)"
    ),
    "role:read": "View roles",
    "role:write": "Create and change roles",
    "role:delete": "Delete roles",
    "customer:read": "View customers, their timeline and key-account plans (within the data scope)",
    "customer:write": "Create and change customers; release one's own to the pool",
    "customer:delete": "Delete and restore customers",
    "customer:assign": "Give customers to other employees (transfer ownership)",
    "customer:claim": "See the public pool and claim customers from it",
    "customer:merge": "Fold one customer into another",
    "customer:force_duplicate": "Save a customer that duplicate detection flags",
    "customer:import": (
        "Import data from CSV or XLSX files: customers and contacts, and (with the target's "
        "own write permission) opportunities, activities and products; read import jobs, "
        "their rejected rows and templates"
    ),
    "customer:export": "Export customers and contacts to CSV or XLSX",
    "customer:anonymise": (
        "Anonymise a contact or an individual customer on the person's request (PIPL)"
    ),
    "customer_policy:write": "Change the customer data rules, tiers and pool rules",
    "key_account:manage": "Mark and unmark key accounts and keep their plans",
    "contact:read": "View contacts (of customers in the data scope)",
    "contact:write": "Create and change contacts",
    "contact:delete": "Delete and restore contacts",
    "opportunity:read": "View opportunities, their line items, history and teams (data scope)",
    "opportunity:write": "Create and change opportunities, their line items and competitors",
    "opportunity:delete": "Delete and restore opportunities",
    "opportunity:assign": "Give opportunities to other employees (transfer ownership)",
    "opportunity:manage_team": "Add and remove the members of a deal's team",
    "margin:read": (
        "See the costs and margins of deals, line items and contracts; see and set "
        "products' standard costs"
    ),
    "pipeline:write": "Configure pipelines, their stages and the loss reasons",
    "competitor:read": "View competitors and the win/loss analysis",
    "competitor:write": "Create and change competitors",
    "competitor:delete": "Delete and restore competitors",
    "contract:read": "View contracts and their payment plans (within the data scope)",
    "contract:write": "Create contracts from won deals and change them",
    "contract:delete": "Delete and restore contracts",
    "contract:assign": "Give contracts to other employees",
    "payment:read": "View payments received (of contracts in the data scope)",
    "payment:write": "Record and correct payments received",
    "payment:delete": "Delete and restore payments",
    "activity:read": "View activities (of the customers and deals in the data scope)",
    "activity:write": "Record and change activities",
    "activity:delete": "Delete and restore activities",
    "activity:backdate": "Record activities a device captured longer ago than the offline "
    "limit (SALESCRM_OFFLINE_MAX_AGE_HOURS)",
    "activity_type:write": "Configure the activity types",
    "task:read": "View tasks (within the data scope)",
    "task:write": "Create and change tasks",
    "task:delete": "Delete and restore tasks",
    "task:assign": "Give tasks to other employees",
    "visit:read": "View visits and the visit statistics (within the data scope)",
    "visit:write": "Plan visits, check in and out",
    "visit:delete": "Delete and restore visits",
    "visit:assign": "Plan visits for other employees",
    "visit:backdate": "Check in and out with a capture time older than the offline limit "
    "(SALESCRM_OFFLINE_MAX_AGE_HOURS)",
    "approval:read": (
        "View approval requests (of the employees in the data scope, and those one approves)"
    ),
    "approval:write": "Submit, change, withdraw and remind one's own requests; set delegates",
    "approval:delete": "Delete and restore requests that were not approved",
    "approval:assign": "Submit requests and set delegations for other employees (data scope)",
    "approval:configure": (
        "Configure approval chains and request types; decide steps with no approver"
    ),
    "schedule:read": "View schedules (of the employees in the data scope, and those one attends)",
    "schedule:write": "Plan events; comment on and remind of events in the data scope",
    "schedule:delete": "Delete and restore schedule events",
    "schedule:assign": "Plan events in other employees' schedules (data scope)",
    "employee_status:read": "View statuses and the team board (data scope)",
    "employee_status:write": "Set one's status (and, within the data scope, others')",
    "employee_status:delete": "Delete and restore statuses",
    "employee_status:assign": "Set other employees' statuses (data scope)",
    "status_type:write": "Configure the status types",
    "attendance:read": (
        "View punches, daily records and monthly statistics (data scope), export them; read "
        "the work rules and the holiday calendar"
    ),
    "attendance:write": "Check in and out (one's own punches)",
    "attendance:configure": (
        "Configure work rules and the holiday calendar, and compute records again"
    ),
    "journal:read": "View work journals (data scope), mark them read, comment; submission rates",
    "journal:write": "Write, change and submit one's journals (and, in the data scope, others')",
    "journal:delete": "Delete and restore journals",
    "journal:assign": "Write journals for other employees (data scope)",
    "journal:configure": "Set when each department is reminded of its journals",
    "territory:read": "View territories, the people responsible for them and their rules",
    "territory:write": (
        "Create and change territories, their responsible people and assignment rules; "
        "preview and apply a rule change that moves customers"
    ),
    "territory:delete": "Delete and restore territories",
    "headcount_plan:read": "View headcount plans against the employee records (data scope)",
    "headcount_plan:write": "Create and change headcount plans",
    "headcount_plan:delete": "Delete and restore headcount plans",
    "requisition:read": "View recruitment requisitions (data scope)",
    "requisition:write": "Raise, change and submit recruitment requisitions for approval",
    "requisition:delete": "Delete and restore recruitment requisitions",
    "requisition:manage": "Mark approved requisitions filled or cancelled (HR)",
    "branch:read": "View branch offices",
    "branch:write": "Create and change branch offices",
    "branch:delete": "Delete and restore branch offices",
    "partner:read": "View sales agents and partners",
    "partner:write": "Create and change sales agents and partners",
    "partner:delete": "Delete and restore sales agents and partners",
    "budget:read": "View expense budgets against the approved expense claims (data scope)",
    "budget:write": "Create and change expense budgets and their alert thresholds",
    "budget:delete": "Delete and restore expense budgets",
    "sales_strategy:read": "View sales strategies",
    "sales_strategy:write": "Create and change sales strategies",
    "sales_strategy:delete": "Delete and restore sales strategies",
    "sales_plan:read": "View sales plans and their targets (one's own targets; data scope)",
    "sales_plan:write": (
        "Create and change sales plans and targets: allocate, roll up, submit for approval, "
        "open revisions"
    ),
    "sales_plan:delete": "Delete and restore sales plans that were not approved",
    "training:read": "View training plans and sessions (data scope, and those one attends)",
    "training:write": (
        "Create and change training plans and sessions; record attendance and results"
    ),
    "training:delete": "Delete and restore training plans and sessions",
    "commission_plan:read": "View commission plans, their rules and tiers",
    "commission_plan:write": "Create and change commission plans, rules and tiers",
    "commission_plan:delete": "Delete and restore commission plans",
    "commission:read": "View commission statements and their lines (one's own; data scope)",
    "commission:compute": "Compute the commission statements of a period again",
    "commission:approve": "Approve commission statements and lock a period",
    "analytics:export": "Export statistics as CSV or XLSX (audited)",
    "customer_insight:recompute": (
        "Recompute customer value (RFM, ABC), life-cycle stages and churn risk for every "
        "customer now"
    ),
    "lifecycle_rule:manage": "Change the life-cycle, value and churn-risk rules",
    "dashboard:read": "View one's own dashboards and those of one's roles",
    "dashboard:write": "Create and change one's own dashboards",
    "dashboard:delete": "Delete and restore one's own dashboards",
    "dashboard:manage": "Define the dashboards of roles (the defaults of their home pages)",
    "share:manage": "Share records one can change with other employees or departments",
    "api_key:manage": "Create and revoke one's own API keys",
    "webhook:manage": "Subscribe URLs to events (webhooks) and read their deliveries",
    "audit:read": "Read the audit trail",
    "custom_field:manage": (
        "Define, change, archive and delete the custom fields of customers, contacts, "
        "opportunities and activities"
    ),
    "security:read": "Read everyone's login events and sessions",
}

ALL = "*"


def is_known(permission: str) -> bool:
    return permission == ALL or permission in PERMISSIONS
