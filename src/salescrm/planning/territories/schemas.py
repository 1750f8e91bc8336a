"""Request and response bodies of territories, their members and their assignment rules."""

from __future__ import annotations

import uuid
from typing import Annotated

from pydantic import BaseModel, Field, model_validator
from pydantic_core import PydanticCustomError

from salescrm.core.pagination import ListParams
from salescrm.core.references import Ref, ref
from salescrm.core.schemas import CreateModel, RecordOut, RequestModel
from salescrm.customers.models import CompanySize
from salescrm.customers.schemas import TierCode
from salescrm.planning.territories.models import TerritoryKind

Name = Annotated[str, Field(min_length=1, max_length=100, examples=["华东大区"])]
Code = Annotated[str, Field(min_length=1, max_length=30, pattern=r"^[A-Za-z0-9_.\-]+$")]
Description = Annotated[str, Field(min_length=1, max_length=2000)]
Value = Annotated[str, Field(min_length=1, max_length=100)]
Values = Annotated[list[Value], Field(max_length=200)]
Priority = Annotated[int, Field(ge=0, le=1_000_000)]
Limit = Annotated[int, Field(ge=1, le=200)]


# ----- territories -----------------------------------------------------------------------------
class TerritoryCreate(CreateModel):
    name: Name
    code: Code | None = None
    kind: TerritoryKind = TerritoryKind.custom
    parent_id: uuid.UUID | None = Field(None, description="None: a root of the tree.")
    active: bool = True
    description: Description | None = None


class TerritoryUpdate(RequestModel):
    name: Name | None = None
    code: Code | None = None
    kind: TerritoryKind | None = None
    parent_id: uuid.UUID | None = Field(
        None,
        description="Moves the territory (and its subtree) under another one (null: to the "
        "root). Under itself or one of its own descendants: 422.",
    )
    active: bool | None = None
    description: Description | None = None

    not_null = frozenset({"name", "kind", "active"})


class TerritoryOut(RecordOut):
    name: str
    code: str | None
    kind: TerritoryKind
    parent_id: uuid.UUID | None
    parent: Ref | None = ref("territory")
    path: str = Field(description="The ids from the root to this territory: `/<root>/…/<id>/`.")
    depth: int = Field(description="0 for a root.")
    active: bool
    description: str | None


class TerritoryListParams(ListParams):
    parent_id: uuid.UUID | None = Field(None, description="The direct children of a territory.")
    kind: TerritoryKind | None = None
    active: bool | None = None
    within: uuid.UUID | None = Field(
        None, description="A territory and every territory below it (its subtree)."
    )


# ----- members ----------------------------------------------------------------------------------
def _one_of(employee: uuid.UUID | None, department: uuid.UUID | None, sent: set[str]) -> None:
    if (employee is None) == (department is None):
        raise PydanticCustomError(
            "member_one_of", "Name exactly one of employee_id and department_id"
        )


class TerritoryMemberCreate(CreateModel):
    employee_id: uuid.UUID | None = Field(None, description="An employee; or give a team.")
    department_id: uuid.UUID | None = Field(None, description="A team (a department).")
    responsible: bool = Field(True, description="One of the territory's responsible people.")
    note: Annotated[str, Field(min_length=1, max_length=200)] | None = None

    @model_validator(mode="after")
    def _exactly_one(self) -> TerritoryMemberCreate:
        _one_of(self.employee_id, self.department_id, self.model_fields_set)
        return self


class TerritoryMemberUpdate(RequestModel):
    responsible: bool | None = None
    note: Annotated[str, Field(min_length=1, max_length=200)] | None = None

    not_null = frozenset({"responsible"})


class TerritoryMemberOut(RecordOut):
    territory_id: uuid.UUID
    territory: Ref | None = ref("territory")
    employee_id: uuid.UUID | None
    employee: Ref | None = ref("employee")
    department_id: uuid.UUID | None
    department: Ref | None = ref("department")
    responsible: bool
    note: str | None


class TerritoryMemberListParams(ListParams):
    responsible: bool | None = None
    employee_id: uuid.UUID | None = None
    department_id: uuid.UUID | None = None


# ----- rules ------------------------------------------------------------------------------------
class _Conditions(RequestModel):
    """Each list left out or empty matches every customer; null is refused (422)."""

    provinces: Values = Field(
        default_factory=list, description="The customer's `province` is one of."
    )
    cities: Values = Field(default_factory=list, description="The customer's `city` is one of.")
    industries: Values = Field(
        default_factory=list, description="The customer's `industry` is one of."
    )
    sizes: Annotated[list[CompanySize], Field(max_length=10)] = Field(
        default_factory=list, description="The customer's `size` is one of."
    )
    tiers: Annotated[list[TierCode], Field(max_length=50)] = Field(
        default_factory=list, description="The customer's `tier` (a code) is one of."
    )


class TerritoryRuleCreate(CreateModel, _Conditions):
    name: Name
    territory_id: uuid.UUID = Field(description="Where a matching customer is placed.")
    priority: Priority = Field(100, description="Lower first; the first match wins.")
    active: bool = True


class TerritoryRuleUpdate(_Conditions):
    name: Name | None = None
    territory_id: uuid.UUID | None = None
    priority: Priority | None = None
    active: bool | None = None

    not_null = frozenset(
        {"name", "territory_id", "priority", "active", "provinces", "cities", "industries",
         "sizes", "tiers"}
    )  # fmt: skip


class TerritoryRuleOut(RecordOut):
    name: str
    territory_id: uuid.UUID
    territory: Ref | None = ref("territory")
    priority: int
    provinces: list[str]
    cities: list[str]
    industries: list[str]
    sizes: list[CompanySize]
    tiers: list[str]
    active: bool


class TerritoryRuleListParams(ListParams):
    territory_id: uuid.UUID | None = None
    active: bool | None = None


# ----- dry run and apply ------------------------------------------------------------------------
class RuleEdit(_Conditions):
    id: uuid.UUID = Field(description="The rule to change (as it would be).")
    name: Name | None = None
    territory_id: uuid.UUID | None = None
    priority: Priority | None = None
    active: bool | None = None


class ProposedRule(_Conditions):
    name: Name = "proposed"
    territory_id: uuid.UUID
    priority: Priority = 100
    active: bool = True


class RuleChange(RequestModel):
    """A change to the rules, tried without saving: the current active rules, minus `remove`,
    with `edit` applied, plus `add`. Empty: the current rules as they are."""

    add: Annotated[list[ProposedRule], Field(max_length=200)] = Field(default_factory=list)
    edit: Annotated[list[RuleEdit], Field(max_length=200)] = Field(default_factory=list)
    remove: Annotated[list[uuid.UUID], Field(max_length=200)] = Field(default_factory=list)
    limit: Limit = Field(50, description="How many moving customers to list.")
    after: uuid.UUID | None = Field(
        None, description="List the moving customers after this customer id (the next page)."
    )


class Move(BaseModel):
    from_territory_id: uuid.UUID | None
    from_territory: Ref | None = ref("territory")
    to_territory_id: uuid.UUID | None
    to_territory: Ref | None = ref("territory")
    count: int


class MovingCustomer(BaseModel):
    customer_id: uuid.UUID
    customer: Ref | None = ref("customer")
    owner_id: uuid.UUID | None
    owner: Ref | None = ref("employee")
    from_territory_id: uuid.UUID | None
    from_territory: Ref | None = ref("territory")
    to_territory_id: uuid.UUID | None
    to_territory: Ref | None = ref("territory")


class DryRun(BaseModel):
    total: int = Field(description="How many customers would change territory.")
    moves: list[Move] = Field(description="Counts per (from → to), the largest first.")
    customers: list[MovingCustomer] = Field(description="A page of them, by customer id.")
    next_after: uuid.UUID | None = Field(description="`after` for the next page, or null.")


class ApplyResult(BaseModel):
    moved: int = Field(description="How many customers changed territory.")
    moves: list[Move]
    owners_notified: int


class HandOver(RequestModel):
    from_employee_id: uuid.UUID = Field(description="The current owner (e.g. who left).")
    to_employee_id: uuid.UUID = Field(description="The new owner: a current employee.")
    within: bool = Field(True, description="Include the customers of the territory's subtree.")
    reason: Annotated[str, Field(min_length=1, max_length=500)] | None = None


class HandOverResult(BaseModel):
    transferred: int
