"""Organisation request and response bodies."""

from __future__ import annotations

import uuid
from datetime import date, datetime
from enum import StrEnum
from typing import Annotated, ClassVar, Literal

import phonenumbers
from pydantic import MISSING, AfterValidator, BaseModel, ConfigDict, Field
from pydantic_core import PydanticCustomError

from salescrm.core import i18n
from salescrm.core.pagination import ListParams
from salescrm.core.permissions.catalog import DataScope
from salescrm.core.references import Ref, ref
from salescrm.core.schemas import (
    PHONE_INVALID,
    PHONE_PATTERN,
    CreateModel,
    Email,
    Permission,
    RecordOut,
    RequestModel,
    enum_of,
)
from salescrm.core.security.passwords import MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH


class DepartmentKind(StrEnum):
    company = "company"
    branch = "branch"
    region = "region"
    department = "department"
    team = "team"


i18n.register_enum(
    DepartmentKind,
    {
        "company": ("Company", "公司"),
        "branch": ("Branch", "分公司"),
        "region": ("Region", "大区"),
        "department": ("Department", "部门"),
        "team": ("Team", "团队"),
    },
)


class Gender(StrEnum):
    male = "male"
    female = "female"
    other = "other"
    unspecified = "unspecified"


i18n.register_enum(
    Gender,
    {
        "male": ("Male", "男"),
        "female": ("Female", "女"),
        "other": ("Other", "其他"),
        "unspecified": ("Unspecified", "未说明"),
    },
)


class EmploymentStatus(StrEnum):
    active = "active"
    probation = "probation"
    on_leave = "on_leave"
    resigned = "resigned"


i18n.register_enum(
    EmploymentStatus,
    {
        "active": ("Active", "在职"),
        "probation": ("On probation", "试用期"),
        "on_leave": ("On leave", "休假"),
        "resigned": ("Resigned", "已离职"),
    },
)


def _mobile(value: str) -> str:
    """Any existing number, stored in E.164; a bare Chinese mobile needs no +86. Its form is
    the contract's ``PHONE_PATTERN``; whether it exists is the numbering plan's to say."""
    try:
        parsed = phonenumbers.parse(value, "CN")
    except phonenumbers.NumberParseException:
        raise PydanticCustomError(PHONE_INVALID, "Not a phone number") from None
    if not phonenumbers.is_valid_number(parsed):
        raise PydanticCustomError(PHONE_INVALID, "Not a valid phone number")
    return phonenumbers.format_number(parsed, phonenumbers.PhoneNumberFormat.E164)


Mobile = Annotated[
    str,
    Field(
        max_length=32,
        pattern=PHONE_PATTERN,
        examples=["13812345678"],
        description="Any usual notation of an existing number; stored as E.164 (region CN "
        "unless it starts with +): otherwise 422 `phone_invalid`.",
    ),
    AfterValidator(_mobile),
]
Name = Annotated[str, Field(min_length=1, max_length=100)]
Code = Annotated[str, Field(min_length=1, max_length=50, pattern=r"^[A-Za-z0-9][A-Za-z0-9._\-]*$")]
Username = Annotated[
    str,
    Field(min_length=3, max_length=64, pattern=r"^[A-Za-z0-9][A-Za-z0-9._@\-]*$"),
    AfterValidator(str.lower),
]
Password = Annotated[str, Field(min_length=MIN_PASSWORD_LENGTH, max_length=MAX_PASSWORD_LENGTH)]
Description = Annotated[str, Field(max_length=2000)]


# ----- departments ---------------------------------------------------------------------------
class DepartmentCreate(CreateModel):
    code: Code | None = None
    name: Name = Field(examples=["华东大区"])
    kind: DepartmentKind = DepartmentKind.department
    parent_id: uuid.UUID | None = None
    head_id: uuid.UUID | None = None
    sort_order: int = Field(0, ge=0, le=100_000)
    description: Description | None = None


class DepartmentUpdate(RequestModel):
    code: Code | None = None
    name: Name | None = None
    kind: DepartmentKind | None = None
    parent_id: uuid.UUID | None = None
    head_id: uuid.UUID | None = None
    sort_order: int | None = Field(None, ge=0, le=100_000)
    description: Description | None = None


class DepartmentOut(RecordOut):
    code: str | None
    name: str
    kind: DepartmentKind
    parent_id: uuid.UUID | None
    parent: Ref | None = ref("department")
    head_id: uuid.UUID | None
    head: Ref | None = ref("employee")
    sort_order: int
    description: str | None


class DepartmentListParams(ListParams):
    parent_id: uuid.UUID | None = None
    kind: DepartmentKind | None = None


# ----- positions -----------------------------------------------------------------------------
class PositionCreate(CreateModel):
    name: Name = Field(examples=["高级销售经理"])
    level: int = Field(1, ge=1, le=20, description="1 = entry level")
    description: Description | None = None


class PositionUpdate(RequestModel):
    name: Name | None = None
    level: int | None = Field(None, ge=1, le=20)
    description: Description | None = None


class PositionOut(RecordOut):
    name: str
    level: int
    description: str | None


class PositionListParams(ListParams):
    level: int | None = Field(None, ge=1, le=20)


# ----- roles ---------------------------------------------------------------------------------
RoleCode = Annotated[str, Field(min_length=2, max_length=50, pattern=r"^[a-z][a-z0-9_]*$")]


class RoleCreate(CreateModel):
    code: RoleCode
    name: Name
    description: Description | None = None
    permissions: list[Permission] = Field(default_factory=list, max_length=200)
    data_scope: DataScope = DataScope.own


class RoleUpdate(RequestModel):
    code: RoleCode | None = None
    name: Name | None = None
    description: Description | None = None
    permissions: list[Permission] | None = Field(None, max_length=200)
    data_scope: DataScope | None = None


class RoleOut(RecordOut):
    code: str
    name: str
    description: str | None
    permissions: list[str]
    data_scope: DataScope
    builtin: bool


class RoleListParams(ListParams):
    builtin: bool | None = None


class RoleRef(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: uuid.UUID
    code: str
    name: str


# ----- employees -----------------------------------------------------------------------------
class AccountCreate(RequestModel):
    username: Username
    password: Password
    enabled: bool = True


class AccountUpdate(RequestModel):
    """Create or change an employee's login (``employee:manage_account``)."""

    username: Username | None = None
    password: Password | None = Field(None, description="Sets a new password (a reset).")
    enabled: bool | None = Field(None, description="false ends every session at once.")


class AccountOut(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    username: str
    enabled: bool
    last_login_at: datetime | None
    password_changed_at: datetime | None


class EmployeeCreate(CreateModel):
    employee_no: Code = Field(examples=["E0001"])
    name: Name = Field(examples=["张伟"])
    gender: Gender | None = None
    mobile: Mobile | None = None
    email: Email | None = None
    department_id: uuid.UUID
    position_id: uuid.UUID | None = None
    manager_id: uuid.UUID | None = None
    hire_date: date | None = None
    employment_status: Literal["active", "probation", "on_leave"] = Field(
        "active", description="A resignation is recorded as a staff change, never at creation."
    )
    is_sales: bool = False
    role_ids: list[uuid.UUID] = Field(default_factory=list, max_length=20)
    account: AccountCreate | None = Field(None, description="A login for the employee.")


class EmployeeUpdate(RequestModel):
    """Changing department, manager, position or status also records a staff change."""

    not_null = frozenset({"role_ids"})  # [] removes every role; null is refused

    employee_no: Code | None = None
    name: Name | None = None
    gender: Gender | None = None
    mobile: Mobile | None = None
    email: Email | None = None
    department_id: uuid.UUID | None = None
    position_id: uuid.UUID | None = None
    manager_id: uuid.UUID | None = None
    hire_date: date | None = None
    employment_status: EmploymentStatus | None = None
    is_sales: bool | None = None
    role_ids: list[uuid.UUID] | None = Field(None, max_length=20)


class EmployeeOut(RecordOut):
    employee_no: str
    name: str
    gender: Gender | None
    mobile: str | None
    email: str | None
    department_id: uuid.UUID
    department: Ref | None = ref("department")
    position_id: uuid.UUID | None
    position: Ref | None = ref("position")
    manager_id: uuid.UUID | None
    manager: Ref | None = ref("employee")
    hire_date: date | None
    employment_status: EmploymentStatus
    is_sales: bool
    resigned_on: date | None
    roles: list[RoleRef]
    account: AccountOut | None


class EmployeeListParams(ListParams):
    department_id: uuid.UUID | None = None
    manager_id: uuid.UUID | None = None
    position_id: uuid.UUID | None = None
    employment_status: EmploymentStatus | None = None
    is_sales: bool | None = None


# ----- staff changes -------------------------------------------------------------------------
class StaffChangeKind(StrEnum):
    transfer = "transfer"
    promotion = "promotion"
    position_change = "position_change"
    status_change = "status_change"
    resignation = "resignation"


i18n.register_enum(
    StaffChangeKind,
    {
        "transfer": ("Transfer", "调动"),
        "promotion": ("Promotion", "晋升"),
        "position_change": ("Position change", "职位变更"),
        "status_change": ("Status change", "状态变更"),
        "resignation": ("Resignation", "离职"),
    },
)


class StaffChangeStatus(StrEnum):
    scheduled = "scheduled"
    applied = "applied"
    cancelled = "cancelled"


i18n.register_enum(
    StaffChangeStatus,
    {
        "scheduled": ("Scheduled", "待生效"),
        "applied": ("Applied", "已生效"),
        "cancelled": ("Cancelled", "已取消"),
    },
)


class StaffChangeCreate(RequestModel):
    kind: StaffChangeKind
    effective_date: date | None = Field(None, description="Defaults to today; later dates wait.")
    department_id: uuid.UUID | None = None
    manager_id: uuid.UUID | None = None
    position_id: uuid.UUID | None = None
    employment_status: EmploymentStatus | None = None
    successor_id: uuid.UUID | None = Field(
        None, description="Resignation: who receives the leaver's records and reports."
    )
    reason: Description | None = None


class StaffChangeFields(BaseModel):
    """The employee fields a staff change sets (``changes``) or found before it was applied
    (``previous``, the same keys). A field the change leaves alone is absent, not null: null
    is a value (no manager, no position)."""

    department_id: uuid.UUID | MISSING | None = MISSING
    manager_id: uuid.UUID | MISSING | None = MISSING
    position_id: uuid.UUID | MISSING | None = MISSING
    employment_status: EmploymentStatus | MISSING | None = MISSING


class StaffChangeOut(RecordOut):
    employee_id: uuid.UUID
    employee: Ref | None = ref("employee")
    kind: StaffChangeKind
    effective_date: date
    status: StaffChangeStatus
    reason: str | None
    changes: StaffChangeFields
    previous: StaffChangeFields = Field(description="Empty until the change is applied.")
    successor_id: uuid.UUID | None
    successor: Ref | None = ref("employee")
    handover: dict[str, int]
    applied_at: datetime | None
    recorded_by: uuid.UUID | None


class StaffChangeListParams(ListParams):
    kind: StaffChangeKind | None = None
    status: StaffChangeStatus | None = None


# ----- sharing -------------------------------------------------------------------------------
class ShareAccess(StrEnum):
    read = "read"
    write = "write"


i18n.register_enum(
    ShareAccess,
    {
        "read": ("Read only", "只读"),
        "write": ("Read and write", "可编辑"),
    },
)


def _shareable() -> list[str]:
    from salescrm.org.sharing import SHAREABLE  # it imports these schemas

    return list(SHAREABLE)


#: What can be shared (``org.sharing.SHAREABLE``, filled by each context).
Shareable = Annotated[
    str,
    Field(
        min_length=1, max_length=64, examples=["customer"], json_schema_extra=enum_of(_shareable)
    ),
]


class RecordShareCreate(RequestModel):
    """No client-chosen id: a share is found again by its record and grantee."""

    resource: Shareable
    record_id: uuid.UUID
    employee_id: uuid.UUID | None = Field(None, description="Share with one employee …")
    department_id: uuid.UUID | None = Field(None, description="… or with a whole department.")
    access: ShareAccess = ShareAccess.read


class MemberPut(RequestModel):
    """A customer's collaborator: what they may do with the record."""

    access: ShareAccess = ShareAccess.read


class RecordShareOut(RecordOut):
    resource: Shareable
    record_id: uuid.UUID
    employee_id: uuid.UUID | None
    department_id: uuid.UUID | None
    access: ShareAccess
    role: str | None = Field(description="A deal-team member's part on the record (or null).")


class RecordShareListParams(ListParams):
    parent_fields: ClassVar[tuple[str, ...]] = ("resource", "record_id")

    resource: Shareable
    record_id: uuid.UUID


# ----- hand-over -----------------------------------------------------------------------------
def _handed_over() -> list[str]:
    from salescrm.org.staff import owned_resources  # it imports the models of every context

    return owned_resources()


#: What an employee owns and can hand over (every ``Owned`` resource, filled by each context).
HandOverResource = Annotated[
    str,
    Field(
        min_length=1,
        max_length=64,
        examples=["customer"],
        json_schema_extra=enum_of(_handed_over),
    ),
]


class HoldingRecord(BaseModel):
    id: uuid.UUID
    name: str | None = Field(description="The record's name or title (null: it has none).")


class ResourceHoldings(BaseModel):
    resource: HandOverResource
    count: int = Field(
        description="How many live records of this resource the employee owns that a "
        "hand-over moves (of tasks the open ones, of visits the planned ones)."
    )
    records: list[HoldingRecord] = Field(
        description="The records, oldest first, at most `HOLDINGS_LIMIT` (500) of them."
    )
    truncated: bool = Field(description="True when `records` lists fewer than `count`.")


class MembershipHolding(BaseModel):
    """A share the employee holds personally: a customer's collaborator, a deal-team seat or a
    record shared with them."""

    share_id: uuid.UUID
    resource: Shareable
    record_id: uuid.UUID
    name: str | None
    access: ShareAccess
    role: str | None


class Holdings(BaseModel):
    employee_id: uuid.UUID
    employee: Ref | None = ref("employee")
    resources: list[ResourceHoldings] = Field(
        description="Every resource an employee can own, also those with none."
    )
    memberships: list[MembershipHolding]


class HandOverRule(RequestModel):
    """Where one resource's records go: to ``successor_id``, or (customers only) to the pool."""

    resource: HandOverResource
    successor_id: uuid.UUID | None = Field(None, description="An active employee.")
    to_pool: bool = Field(False, description="Customers only: release them to the public pool.")


class HandOverRecordRule(HandOverRule):
    """Where one record goes, overriding its resource's rule and the default successor."""

    record_id: uuid.UUID


class HandOverRequest(RequestModel):
    """A hand-over plan. For each record the employee owns, the first that applies decides
    where it goes: its entry in ``records``, its resource's entry in ``resources``, the
    ``default_successor_id``. A record none of them covers stays with the employee (a team
    transfer hands over only some records)."""

    default_successor_id: uuid.UUID | None = Field(
        None, description="Receives every record no rule covers, and the memberships."
    )
    resources: list[HandOverRule] = Field(default_factory=list, max_length=50)
    records: list[HandOverRecordRule] = Field(default_factory=list, max_length=1000)
    memberships_successor_id: uuid.UUID | None = Field(
        None,
        description="Receives the employee's collaborator, deal-team and share memberships; "
        "defaults to `default_successor_id`; with neither they stay.",
    )
    dry_run: bool = Field(False, description="Answer what would move, and change nothing.")
    reason: Description | None = None


class HandOverMove(BaseModel):
    resource: HandOverResource
    record_id: uuid.UUID
    name: str | None
    successor_id: uuid.UUID | None = Field(description="Null: released to the public pool.")


class MembershipOutcome(StrEnum):
    moved = "moved"
    merged = "merged"
    dropped = "dropped"


i18n.register_enum(
    MembershipOutcome,
    {
        "moved": ("Moved to the successor", "已转给接任人"),
        "merged": ("Merged into the successor's membership", "并入接任人已有的成员身份"),
        "dropped": ("Dropped: the successor owns the record", "已移除:接任人是负责人"),
    },
)


class MembershipMove(BaseModel):
    share_id: uuid.UUID
    resource: Shareable
    record_id: uuid.UUID
    successor_id: uuid.UUID
    outcome: MembershipOutcome


class HandOverCount(BaseModel):
    resource: HandOverResource
    successor_id: uuid.UUID | None = Field(description="Null: released to the public pool.")
    count: int


class HandOverResult(BaseModel):
    employee_id: uuid.UUID
    dry_run: bool
    counts: list[HandOverCount] = Field(description="Records moved per resource and successor.")
    records: list[HandOverMove]
    memberships: list[MembershipMove]
    notified: list[uuid.UUID] = Field(
        description="Who was told (each successor and their manager); empty on a dry run."
    )
