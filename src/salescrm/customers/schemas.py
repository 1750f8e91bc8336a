"""Request and response bodies of customers, contacts, tiers, the policy and key-account plans.

Field rules that need no database (credit-code checksum, phone parsing, enums, coordinates) are
validated here, so a bad value is a 422 naming its field before any query runs.
"""

from __future__ import annotations

import uuid
from datetime import date, datetime, timedelta
from typing import Annotated, Any, Literal

from pydantic import (
    MISSING,
    AfterValidator,
    AliasChoices,
    BaseModel,
    ConfigDict,
    Field,
    FieldSerializationInfo,
    ValidationError,
    ValidatorFunctionWrapHandler,
    WrapValidator,
    computed_field,
    field_serializer,
    model_validator,
)
from pydantic.config import JsonDict
from pydantic_core import PydanticCustomError

from salescrm.core import geo
from salescrm.core.clock import utcnow
from salescrm.core.custom_fields.schemas import CustomFieldsIn, CustomFieldsOut, custom_fields_out
from salescrm.core.geo import CoordSystem
from salescrm.core.pagination import ListParams
from salescrm.core.references import Ref, expansion, ref
from salescrm.core.schemas import (
    PHONE_INVALID,
    PHONE_PATTERN,
    CreateModel,
    Email,
    MoneyOut,
    NonNegativeMoney,
    RecordOut,
    RequestModel,
    UtcDateTime,
    Website,
)
from salescrm.customers import rules
from salescrm.customers.models import (
    BuyingRole,
    CompanySize,
    CustomerKind,
    CustomerStatus,
    Source,
    Stage,
)

CREDIT_CODE_INVALID = "credit_code_invalid"


def _credit_code(value: str) -> str:
    """The form (18 of the code's characters) is the schema's pattern; whether the check
    character fits the other 17 is arithmetic no pattern states: ``credit_code_invalid``."""
    try:
        return rules.normalize_credit_code(value)
    except ValueError as exc:
        raise PydanticCustomError(CREDIT_CODE_INVALID, str(exc)) from None


def _valid(normalize: Any, value: str) -> Any:
    """Whether the number exists is the phone-number plan's to say (its country's ranges), not
    something a pattern can state: refused as ``phone_invalid``, apart from the pattern's own
    ``string_pattern_mismatch``."""
    try:
        return normalize(value)
    except ValueError as exc:
        raise PydanticCustomError(PHONE_INVALID, str(exc)) from None


def _phone(value: str) -> str:
    e164, extension = _valid(rules.normalize_phone, value)
    return f"{e164};ext={extension}" if extension else e164


def _mobile(value: str) -> str:
    mobile: str = _valid(rules.normalize_mobile, value)
    return mobile


def _past(value: date) -> date:
    # A day of slack: "today" east of UTC is still tomorrow here. The window moves with the
    # clock, which a schema cannot state: the refusal names it (``date_out_of_window``).
    if not date(1900, 1, 1) <= value <= utcnow().date() + timedelta(days=1):
        raise PydanticCustomError("date_out_of_window", "Must lie between 1900-01-01 and today")
    return value


def _unique(values: list[str]) -> list[str]:
    return list(dict.fromkeys(values))


CreditCode = Annotated[
    str,
    Field(
        min_length=18,
        max_length=18,
        pattern=r"^[0-9A-HJ-NPQRTUWXYa-hj-npqrtuwxy]{18}$",
        description="统一社会信用代码: 18 characters (digits and A-Y without I, O, S, V, Z; "
        "lower case is read as upper), the check character verified (`credit_code_invalid`).",
        examples=["91350100M000100Y43"],
    ),
    AfterValidator(_credit_code),
]
Phone = Annotated[
    str,
    Field(
        min_length=3,
        max_length=40,
        pattern=PHONE_PATTERN,
        description="Any usual notation; stored as E.164, an extension as ';ext=123' (RFC 3966). "
        "The number must also exist in its country's numbering plan (region CN unless it starts "
        "with +): otherwise 422 `phone_invalid`.",
        examples=["010-6552 9988 转 123", "13812345678"],
    ),
    AfterValidator(_phone),
]
Mobile = Annotated[
    str,
    Field(
        min_length=3,
        max_length=40,
        pattern=PHONE_PATTERN,
        description="A mobile number in any usual notation; stored as E.164. It must exist and "
        "be a mobile number (region CN unless it starts with +): otherwise 422 `phone_invalid`.",
        examples=["138 1234 5678"],
    ),
    AfterValidator(_mobile),
]
Phones = Annotated[
    list[Phone],
    Field(max_length=5, description="Up to five numbers, normalised to E.164 (region CN)."),
    AfterValidator(_unique),
]
Tag = Annotated[str, Field(min_length=1, max_length=30, pattern=r"^[^|\u0000]+$")]
Tags = Annotated[list[Tag], Field(max_length=20), AfterValidator(_unique)]
Name = Annotated[str, Field(min_length=1, max_length=200, examples=["上海华信科技有限公司"])]
ShortName = Annotated[str, Field(min_length=1, max_length=100, examples=["华信科技"])]
Text100 = Annotated[str, Field(min_length=1, max_length=100)]
Text50 = Annotated[str, Field(min_length=1, max_length=50)]
TierCode = Annotated[
    str,
    Field(
        min_length=1,
        max_length=20,
        description="A tier's code (A, B, C, D by default); case does not matter.",
    ),
    AfterValidator(str.upper),
]
Birthday = Annotated[date, AfterValidator(_past)]
Latitude = Annotated[float, Field(ge=-90, le=90)]
Longitude = Annotated[float, Field(ge=-180, le=180)]
Remarks = Annotated[str, Field(max_length=5000)]
#: The marker of a record whose personal information was anonymised (``customers.privacy``).
ANONYMISED_AT = (
    "When its personal information was anonymised on request (PIPL), or null. Its personal "
    "fields then hold a placeholder name and nothing else, and refuse other values (409 "
    "`anonymised`)."
)
Reason = Annotated[str, Field(min_length=1, max_length=500)]

#: Fields that the policy may require, per customer kind.
REQUIRABLE = (
    "short_name",
    "credit_code",
    "industry",
    "size",
    "source",
    "region",
    "territory",
    "province",
    "city",
    "address",
    "phones",
    "email",
    "website",
    "tier",
)


#: The contract states that one coordinate comes with the other; that both are numbers or both
#: null is the 422 ``coordinates_pair``.
_COORDINATES_PAIR: JsonDict = {"latitude": ["longitude"], "longitude": ["latitude"]}


TERRITORY_TEXT = (
    "The free-text sales area (片区) as written before territories were records; kept as "
    "written. The territory itself is `territory_id`."
)
TERRITORY_ID_IN = (
    "Its sales territory (`/api/v1/territories`); 422 when no such territory exists. Not "
    "given: the first matching active territory rule places it, if any matches."
)


class _CustomerFields(RequestModel):
    custom_fields: CustomFieldsIn | None = None
    model_config = ConfigDict(json_schema_extra={"dependentRequired": _COORDINATES_PAIR})
    short_name: ShortName | None = None
    credit_code: CreditCode | None = None
    industry: Text100 | None = None
    size: CompanySize | None = None
    source: Source | None = None
    channel: Text100 | None = None
    region: Text100 | None = None
    territory_text: Text100 | None = Field(None, description=TERRITORY_TEXT)
    territory_id: uuid.UUID | None = Field(None, description=TERRITORY_ID_IN)
    province: Text50 | None = None
    city: Text50 | None = None
    district: Text50 | None = None
    address: Annotated[str, Field(min_length=1, max_length=300)] | None = None
    latitude: Latitude | None = None
    longitude: Longitude | None = None
    coord_system: CoordSystem = Field(geo.DEFAULT, exclude=True, description=geo.SYSTEM_DESCRIPTION)
    email: Email | None = None
    website: Website | None = None
    tier: TierCode | None = None
    strategic: bool | None = None
    annual_revenue: NonNegativeMoney | None = None
    remarks: Remarks | None = None

    @model_validator(mode="after")
    def _coordinates_together(self) -> Any:
        sent = self.model_fields_set
        if ("latitude" in sent) != ("longitude" in sent) or (
            (self.latitude is None) != (self.longitude is None)
        ):
            raise PydanticCustomError(
                "coordinates_pair", "Give latitude and longitude together (both, or both null)"
            )
        if self.latitude is not None and self.longitude is not None:
            # Stored in WGS-84 whatever the map that gave them (``core.geo``).
            self.latitude, self.longitude = geo.to_wgs84(
                self.latitude, self.longitude, self.coord_system
            )
        return self


AllowDuplicate = Annotated[
    bool,
    Field(
        description="Save even though duplicate detection matched (needs "
        "customer:force_duplicate); not stored."
    ),
]


POOL_ID_IN = (
    "Its public pool (null: the default pool); setting it needs customer:assign. 422 when "
    "no such pool exists."
)


class CustomerCreate(CreateModel, _CustomerFields):
    allow_duplicate: AllowDuplicate = False
    kind: CustomerKind = CustomerKind.company
    name: Name
    phones: Phones = Field(default_factory=list)
    tags: Tags = Field(default_factory=list)
    stage: Stage = Stage.prospect
    status: CustomerStatus = CustomerStatus.active
    owner_id: uuid.UUID | None = Field(
        None,
        description="Defaults to the caller; someone else (or none: the pool) needs "
        "customer:assign.",
    )
    pool_id: uuid.UUID | None = Field(None, description=POOL_ID_IN)


class CustomerUpdate(_CustomerFields):
    # A stage reason goes with the stage it explains (422 ``stage_missing`` without it).
    model_config = ConfigDict(
        json_schema_extra={"dependentRequired": {**_COORDINATES_PAIR, "stage_reason": ["stage"]}}
    )
    allow_duplicate: AllowDuplicate = False
    kind: CustomerKind | None = None
    name: Name | None = None
    phones: Phones | None = None
    tags: Tags | None = None
    stage: Stage | None = None
    stage_reason: Reason | None = Field(
        None, description="Why the stage changes; kept in the stage history."
    )
    status: CustomerStatus | None = None
    owner_id: uuid.UUID | None = None
    pool_id: uuid.UUID | None = Field(None, description=POOL_ID_IN)


class CustomerOut(RecordOut):
    custom_fields: CustomFieldsOut = custom_fields_out()
    kind: CustomerKind
    name: str
    short_name: str | None
    credit_code: str | None
    industry: str | None
    size: CompanySize | None
    source: Source | None
    channel: str | None
    region: str | None
    territory_text: str | None = Field(
        validation_alias=AliasChoices("territory", "territory_text"), description=TERRITORY_TEXT
    )
    territory_id: uuid.UUID | None = Field(description="Its sales territory.")
    territory: Ref | None = ref("territory")
    province: str | None
    city: str | None
    district: str | None
    address: str | None
    latitude: float | None = Field(description=geo.OUT_LATITUDE)
    longitude: float | None = Field(description=geo.OUT_LONGITUDE)
    phones: list[str]
    email: str | None
    website: str | None
    tier: str | None
    stage: Stage
    stage_changed_at: datetime
    key_account: bool
    key_account_since: datetime | None
    strategic: bool
    annual_revenue: MoneyOut | None
    tags: list[str]
    remarks: str | None
    status: CustomerStatus
    owner_id: uuid.UUID | None = Field(description="None: the customer is in the public pool.")
    owner: Ref | None = ref("employee")
    owned_since: datetime | None
    last_follow_up_at: datetime | None
    anonymised_at: datetime | None = Field(description=ANONYMISED_AT)
    pool_id: uuid.UUID | None = Field(
        description="Its public pool (null: the default pool): where it is while it has no "
        "owner; owned, the pool whose rules apply and to which it returns."
    )
    pool: Ref | None = ref("customer_pool")
    released_at: datetime | None = Field(
        description="When it was last released or returned to a pool."
    )
    contacts_masked: bool = Field(
        False,
        description="True when read from a pool that masks contact details until a claim: "
        "phones, e-mail and street address are then shown partly (138****5678).",
    )

    @field_serializer("latitude", "longitude")
    def _in_answer(self, value: float | None, info: FieldSerializationInfo) -> float | None:
        return geo.in_answer(self.latitude, self.longitude)[info.field_name == "longitude"]

    @computed_field(description=geo.OUT_SYSTEM)  # type: ignore[prop-decorator]
    @property
    def coord_system(self) -> CoordSystem:
        return geo.answer_system.get()


class CustomerListParams(ListParams):
    takes_custom_fields = True
    kind: CustomerKind | None = None
    tier: TierCode | None = None
    stage: Stage | None = None
    status: CustomerStatus | None = None
    owner_id: uuid.UUID | None = Field(None, description="Customers of one owner.")
    key_account: bool | None = None
    strategic: bool | None = None
    industry: Text100 | None = None
    source: Source | None = None
    region: Text100 | None = None
    pool_id: uuid.UUID | None = None
    territory_text: Text100 | None = Field(None, description="The free-text sales area.")
    territory_id: uuid.UUID | None = Field(
        None, description="Customers of a territory or of any territory below it."
    )
    province: Text50 | None = None
    city: Text50 | None = None
    tag: Tag | None = Field(None, description="Customers carrying this tag.")
    created_from: UtcDateTime | None = Field(None, description="Created at or after.")
    created_to: UtcDateTime | None = Field(None, description="Created at or before.")
    follow_up_before: UtcDateTime | None = Field(
        None, description="Last followed up before this time (or never)."
    )
    coord_system: CoordSystem = Field(geo.DEFAULT, description=geo.ANSWER_DESCRIPTION)


class DuplicateMatch(BaseModel):
    id: uuid.UUID
    matched_on: list[str] = Field(description="credit_code, name, phone and/or email")


class DuplicateProblem(BaseModel):
    """The 409 body of a duplicate customer (besides the problem fields)."""

    duplicates: list[DuplicateMatch]


# ----- contacts ------------------------------------------------------------------------------
class _ContactFields(RequestModel):
    custom_fields: CustomFieldsIn | None = None
    title: Text100 | None = None
    department: Text100 | None = None
    mobile: Mobile | None = None
    phone: Phone | None = None
    email: Email | None = None
    wechat: Annotated[str, Field(min_length=1, max_length=64)] | None = None
    birthday: Birthday | None = None
    buying_role: BuyingRole | None = None
    is_primary: bool | None = None
    notes: Remarks | None = None


class ContactCreate(CreateModel, _ContactFields):
    customer_id: uuid.UUID
    name: Annotated[str, Field(min_length=1, max_length=100, examples=["张伟"])]


class ContactUpdate(_ContactFields):
    name: Annotated[str, Field(min_length=1, max_length=100)] | None = None
    customer_id: uuid.UUID | None = None


class CustomerCard(BaseModel):
    """A customer as embedded beside a record that names it (``expand=customer``): what a list
    row needs to show whose it is and how it stands, without the contact details."""

    model_config = ConfigDict(from_attributes=True)

    id: uuid.UUID
    name: str
    kind: CustomerKind
    tier: str | None
    industry: str | None
    province: str | None
    city: str | None
    stage: Stage
    status: CustomerStatus
    key_account: bool
    owner_id: uuid.UUID | None = Field(description="None: the customer is in the public pool.")
    owner: Ref | None = ref("employee")
    last_follow_up_at: datetime | None


class ContactOut(RecordOut):
    custom_fields: CustomFieldsOut = custom_fields_out()
    customer_id: uuid.UUID
    customer: Ref | None = ref("customer")
    customer_details: CustomerCard | None = expansion("customer")
    name: str
    title: str | None
    department: str | None
    mobile: str | None
    phone: str | None
    phone_extension: str | None
    email: str | None
    wechat: str | None
    birthday: date | None
    buying_role: BuyingRole | None
    is_primary: bool
    notes: str | None
    anonymised_at: datetime | None = Field(description=ANONYMISED_AT)


class ContactListParams(ListParams):
    takes_custom_fields = True
    customer_id: uuid.UUID | None = None
    buying_role: BuyingRole | None = None
    is_primary: bool | None = None


# ----- pools and release reasons ------------------------------------------------------------
MemberIds = Annotated[
    list[uuid.UUID],
    Field(max_length=500, description="Members besides the department's, each named once."),
]


class CustomerPoolCreate(CreateModel):
    name: Annotated[str, Field(min_length=1, max_length=100)]
    description: Remarks | None = None
    department_id: uuid.UUID | None = Field(
        None,
        description="Its department: that department's employees and those of every "
        "department below it are members.",
    )
    region: Annotated[str, Field(min_length=1, max_length=100)] | None = Field(
        None,
        description="Customers of this region (their `region`) released or returned without "
        "a pool of their own come to this pool.",
    )
    member_ids: MemberIds = Field(default_factory=list)
    open_to_all: bool = Field(
        False, description="Everyone with customer:claim sees it, like the default pool."
    )
    mask_contacts: bool | None = Field(
        None, description="Mask contact details until a claim (null: the policy's rule)."
    )
    return_days: int | None = Field(
        None,
        ge=1,
        le=3650,
        description="Its customers return after this many days without a follow-up "
        "(null: their tier's, else the policy's).",
    )
    claim_cooldown_days: int | None = Field(
        None,
        ge=0,
        le=365,
        description="Days before whoever released a customer may claim it again (null: the "
        "policy's).",
    )
    daily_claim_limit: int | None = Field(
        None,
        ge=0,
        le=10_000,
        description="Claims from this pool per employee and day (null: the policy's).",
    )


class CustomerPoolUpdate(RequestModel):
    not_null = frozenset({"name", "member_ids", "open_to_all"})

    name: Annotated[str, Field(min_length=1, max_length=100)] | None = None
    description: Remarks | None = None
    department_id: uuid.UUID | None = None
    region: Annotated[str, Field(min_length=1, max_length=100)] | None = None
    member_ids: MemberIds | None = None
    open_to_all: bool | None = None
    mask_contacts: bool | None = None
    return_days: int | None = Field(None, ge=1, le=3650)
    claim_cooldown_days: int | None = Field(None, ge=0, le=365)
    daily_claim_limit: int | None = Field(None, ge=0, le=10_000)


class CustomerPoolOut(RecordOut):
    name: str
    description: str | None
    department_id: uuid.UUID | None
    department: Ref | None = ref("department")
    region: str | None
    member_ids: list[uuid.UUID]
    open_to_all: bool
    mask_contacts: bool | None
    return_days: int | None
    claim_cooldown_days: int | None
    daily_claim_limit: int | None


class CustomerPoolListParams(ListParams):
    department_id: uuid.UUID | None = None
    open_to_all: bool | None = None


ReasonCode = Annotated[
    str, Field(min_length=1, max_length=30, pattern=r"^[a-z0-9_]+$", examples=["no_need"])
]


class ReleaseReasonCreate(CreateModel):
    code: ReasonCode
    name: Text50
    name_en: Annotated[str, Field(min_length=1, max_length=100)] | None = None
    position: int = Field(100, ge=0, le=10_000, description="Lists sort by it.")
    active: bool = Field(True, description="Retired reasons are offered no more.")


class ReleaseReasonUpdate(RequestModel):
    not_null = frozenset({"name", "position", "active"})

    name: Text50 | None = None
    name_en: Annotated[str, Field(min_length=1, max_length=100)] | None = None
    position: int | None = Field(None, ge=0, le=10_000)
    active: bool | None = None


class ReleaseReasonOut(RecordOut):
    code: str
    name: str
    name_en: str | None
    position: int
    active: bool


class ReleaseReasonListParams(ListParams):
    active: bool | None = None


# ----- tiers and policy ----------------------------------------------------------------------
class TierCreate(CreateModel):
    code: Annotated[
        str,
        Field(min_length=1, max_length=20, pattern=r"^[A-Za-z0-9_\-]+$"),
        AfterValidator(str.upper),
    ]
    name: Text50
    rank: int = Field(1, ge=1, le=100)
    description: Remarks | None = None
    max_per_owner: int | None = Field(None, ge=0, le=1_000_000)
    pool_return_days: int | None = Field(None, ge=1, le=3650)


class TierUpdate(RequestModel):
    name: Text50 | None = None
    rank: int | None = Field(None, ge=1, le=100)
    description: Remarks | None = None
    max_per_owner: int | None = Field(None, ge=0, le=1_000_000)
    pool_return_days: int | None = Field(None, ge=1, le=3650)


class TierOut(RecordOut):
    code: str
    name: str
    rank: int
    description: str | None
    max_per_owner: int | None
    pool_return_days: int | None


class TierListParams(ListParams):
    pass


Metric = Annotated[
    str,
    Field(
        min_length=1,
        max_length=50,
        description="A registered key-account metric (see GET /customer-policy docs): "
        "strategic, annual_revenue, tier_rank, contact_count, size, stage.",
    ),
]
Operator = Literal["eq", "ne", "gte", "lte", "gt", "lt", "in"]


#: One value a condition compares with: a boolean metric takes a boolean, an integer metric an
#: integer, the revenue a number (or a decimal string), a string metric one of its choices.
RuleScalar = bool | int | float | str
#: What a condition compares with: one scalar, or a list of them for 'in'. The metric decides
#: which (``key_accounts.validate_rules``: a 422 naming the value otherwise).
RuleValue = RuleScalar | list[RuleScalar]
_RULE_VALUE = "A number, a boolean, a string, or a list of them for 'in'."


def _one_value_error(value: object, handler: ValidatorFunctionWrapHandler) -> RuleValue:
    """One error at ``value`` for a value of no accepted shape (null, an object), as the rule
    check gives for a wrong type, rather than pydantic's one per union member."""
    try:
        result: RuleValue = handler(value)
    except ValidationError:
        raise PydanticCustomError("value_error", _RULE_VALUE) from None
    return result


def _condition_variants(schema: dict[str, Any]) -> None:
    """The contract states which operators and values each registered metric takes (one
    ``oneOf`` branch per metric and kind of operator), read from the metric registry when the
    document is built: a client can build a rules editor from it, and what it admits the
    server accepts."""
    from salescrm.customers.key_accounts import condition_variants  # registry, built later

    schema["oneOf"] = condition_variants()


class RuleCondition(RequestModel):
    model_config = ConfigDict(json_schema_extra=_condition_variants)

    metric: Metric
    op: Operator
    value: Annotated[RuleValue, WrapValidator(_one_value_error)] = Field(description=_RULE_VALUE)


class KeyAccountRules(RequestModel):
    match: Literal["all", "any"] = "all"
    conditions: list[RuleCondition] = Field(default_factory=list, max_length=20)


class RuleConditionOut(BaseModel):
    """A stored condition. The metric is any name: rules stored before a metric was withdrawn
    still read back (screening answers 409 on them, pointing at the policy)."""

    metric: str
    op: Operator
    value: RuleValue = Field(description=_RULE_VALUE)


class KeyAccountRulesOut(BaseModel):
    """The stored rules; a policy that never had any reads as no conditions (matches no one)."""

    match: Literal["all", "any"] = "all"
    conditions: list[RuleConditionOut] = Field(default_factory=list)


class RequiredFields(RequestModel):
    company: list[Literal[REQUIRABLE]] = Field(default_factory=list)  # type: ignore[valid-type]
    individual: list[Literal[REQUIRABLE]] = Field(default_factory=list)  # type: ignore[valid-type]


class PolicyUpdate(RequestModel):
    # Columns that are never empty (``Repository.update`` refuses null); not a CRUD resource.
    not_null = frozenset(
        {
            "required_fields",
            "pool_warning_days",
            "pool_exempts_key_accounts",
            "pool_masks_contacts",
            "claim_cooldown_days",
            "key_account_rules",
        }
    )

    required_fields: RequiredFields | None = None
    max_customers_per_owner: int | None = Field(None, ge=0, le=1_000_000)
    pool_return_days: int | None = Field(None, ge=1, le=3650)
    pool_warning_days: int | None = Field(None, ge=0, le=365)
    pool_exempts_key_accounts: bool | None = None
    pool_masks_contacts: bool | None = Field(
        None, description="Mask contact details in the pool until a claim."
    )
    claim_cooldown_days: int | None = Field(
        None, ge=0, le=365, description="Days before whoever released a customer may claim it."
    )
    daily_claim_limit: int | None = Field(
        None, ge=0, le=10_000, description="Claims per employee, pool and day (null: no limit)."
    )
    key_account_rules: KeyAccountRules | None = None


class PolicyOut(BaseModel):
    model_config = {"from_attributes": True}

    updated_at: datetime
    version: int
    required_fields: dict[str, list[str]]
    max_customers_per_owner: int | None
    pool_return_days: int | None
    pool_warning_days: int
    pool_exempts_key_accounts: bool
    pool_masks_contacts: bool
    claim_cooldown_days: int
    daily_claim_limit: int | None
    key_account_rules: KeyAccountRulesOut


# ----- events --------------------------------------------------------------------------------
class CustomerEventDetails(BaseModel):
    """What some events add: a pool event's days, a merge's other customer, a follow-up's
    method, an unmarked key account's closed plans. A field that does not apply to the event is
    absent (as stored), never null; null is a value only where a writer stores one (no tier, not
    a key account before)."""

    days: int | MISSING = Field(MISSING, description="Pool events: days without follow-up.")
    tier: str | MISSING | None = Field(
        MISSING, description="Returned to the pool: the customer's tier (null: none)."
    )
    due_at: datetime | MISSING = Field(MISSING, description="Pool warning: when it returns.")
    method: str | MISSING = Field(MISSING, description="Follow-up: how it was made.")
    key_account_since: datetime | MISSING | None = Field(
        MISSING, description="Key account unmarked: since when it was one."
    )
    closed_plans: list[uuid.UUID] | MISSING = Field(
        MISSING, description="Key account unmarked: the account plans closed with it."
    )
    source_id: uuid.UUID | MISSING = Field(MISSING, description="Merged: the customer merged in.")
    source_name: str | MISSING = MISSING
    target_id: uuid.UUID | MISSING = Field(MISSING, description="Merged into: the customer kept.")
    target_name: str | MISSING = MISSING
    filled: list[str] | MISSING = Field(
        MISSING, description="Merged: fields filled from the source."
    )
    moved: dict[str, list[uuid.UUID]] | MISSING = Field(
        MISSING, description="Merged: the records moved over, by resource."
    )
    superseded: list[uuid.UUID] | MISSING = MISSING
    collaborators: list[uuid.UUID] | MISSING = MISSING


class CustomerEventOut(BaseModel):
    model_config = {"from_attributes": True}

    id: uuid.UUID
    created_at: datetime
    customer_id: uuid.UUID
    customer: Ref | None = ref("customer")
    kind: str
    from_value: str | None
    to_value: str | None
    reason: str | None
    actor_id: uuid.UUID | None
    actor: Ref | None = ref("employee")
    details: CustomerEventDetails
    pool_id: uuid.UUID | None = Field(
        description="Claims, releases and returns: the pool (null: the default pool, or "
        "another kind of event)."
    )
    pool: Ref | None = ref("customer_pool")
    release_reason_id: uuid.UUID | None = Field(
        description="A release's reason from the list (`/pool-release-reasons`)."
    )
    release_reason: Ref | None = ref("pool_release_reason")


EventKind = Literal[
    "stage_changed",
    "claimed",
    "released",
    "returned_to_pool",
    "pool_warning",
    "transferred",
    "key_account_marked",
    "key_account_unmarked",
    "merged",
    "merged_into",
    "follow_up",
]


class CustomerEventListParams(ListParams):
    kind: EventKind | None = None
