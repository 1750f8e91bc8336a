"""Customer rules: the data-rule policy (required fields per kind), duplicate detection, tiers,
the life-cycle stage history, ownership changes, follow-ups; contacts with one primary each.

Imports, the pool, merges and key accounts reuse ``CustomerRules`` so that a customer is checked
the same way whichever door it comes in by.
"""

from __future__ import annotations

import uuid
from collections.abc import Collection, Mapping
from datetime import datetime
from typing import Any, ClassVar

from pydantic import BaseModel

from salescrm.core import i18n
from salescrm.core.clock import utcnow
from salescrm.core.errors import Conflict, Forbidden, ValidationFailed, unknown_reference
from salescrm.core.etag import Expected
from salescrm.core.pagination import ListParams
from salescrm.core.repository import PageResult
from salescrm.core.service import CrudService, ReadService
from salescrm.core.uow import Ctx
from salescrm.customers import rules
from salescrm.customers.key_accounts import validate_rules
from salescrm.customers.models import (
    Contact,
    Customer,
    CustomerEvent,
    CustomerPolicy,
    CustomerTier,
)
from salescrm.customers.privacy import CONTACT_FIELDS, CUSTOMER_FIELDS, keep_anonymous
from salescrm.customers.repository import (
    ContactRepository,
    CustomerEventRepository,
    CustomerPoolRepository,
    CustomerRepository,
    PolicyRepository,
    TierRepository,
)
from salescrm.org.repository import EmployeeRepository

i18n.register_details(
    {
        "duplicate_customer": (
            "This customer looks like {count} existing one(s); see 'duplicates'. "
            "Someone with customer:force_duplicate may save it with allow_duplicate.",
            "该客户与 {count} 个已有客户疑似重复,详见 duplicates。"
            "拥有 customer:force_duplicate 权限者可用 allow_duplicate 强制保存。",
        ),
        "customer_merged": (
            "This customer was merged into {target}; it cannot be restored.",
            "该客户已合并到 {target},不能恢复。",
        ),
        "tier_in_use": (
            "Tier {code} is used by customers; move them to another tier first.",
            "等级 {code} 仍有客户在用,请先调整这些客户的等级。",
        ),
    }
)

#: Fields whose change re-runs duplicate detection.
MATCHED_FIELDS = frozenset({"name", "credit_code", "phones", "email"})


class DuplicateCustomer(Conflict):
    code, detail_key = "duplicate", "duplicate_customer"


def _missing(value: Any) -> bool:
    return value is None or value == "" or value == []


class CustomerRules:
    """Checks shared by every way a customer is written (API, import, merge)."""

    def __init__(self, ctx: Ctx) -> None:
        self.ctx = ctx
        self.customers = CustomerRepository(ctx)
        self.tiers = TierRepository(ctx)
        self.policies = PolicyRepository(ctx)
        self._policy: CustomerPolicy | None = None

    async def policy(self) -> CustomerPolicy:
        if self._policy is None:
            self._policy = await self.policies.current()
        return self._policy

    async def check_tier(self, code: str | None, loc: list[str | int]) -> CustomerTier | None:
        if code is None:
            return None
        tier = await self.tiers.by_code(code)
        if tier is None:
            known = ", ".join(t.code for t in await self.tiers.live())
            raise ValidationFailed.field(loc, f"Unknown tier; one of: {known}", "unknown_tier")
        return tier

    async def missing_required(
        self, values: Mapping[str, Any], *, exempt: Collection[str] = ()
    ) -> list[str]:
        policy = await self.policy()
        kind = str(values.get("kind") or "company")
        required = (policy.required_fields or {}).get(kind, [])
        return [f for f in required if f not in exempt and _missing(values.get(f))]

    async def check_required(
        self, values: Mapping[str, Any], loc: str = "body", *, exempt: Collection[str] = ()
    ) -> None:
        """422 for each field the policy requires and ``values`` leave empty, but those in
        ``exempt`` (an anonymised customer's personal fields stay empty by law)."""
        missing = await self.missing_required(values, exempt=exempt)
        if missing:
            raise ValidationFailed.of(
                [
                    {
                        # The policy names the stored column; the body calls it territory_text.
                        "loc": [loc, "territory_text" if field == "territory" else field],
                        "msg": f"Required for a {values.get('kind') or 'company'} customer "
                        "by the customer data rules",
                        "type": "required_by_policy",
                    }
                    for field in missing
                ]
            )

    @staticmethod
    def keys_of(values: Mapping[str, Any]) -> set[tuple[str, str]]:
        return rules.match_keys(
            name=values.get("name"),
            credit_code=values.get("credit_code"),
            phones=list(values.get("phones") or []),
            email=values.get("email"),
        )

    async def check_duplicates(
        self,
        values: Mapping[str, Any],
        *,
        allow: bool,
        excluding: uuid.UUID | None = None,
        keys: set[tuple[str, str]] | None = None,
    ) -> None:
        """409 with the matching ids, unless the caller may and does insist.

        The keys are locked first (PostgreSQL advisory locks, held to the commit), so two
        requests creating the same customer at once cannot both miss each other."""
        wanted = self.keys_of(values) if keys is None else keys
        await self.customers.lock_keys(wanted)
        found = await self.customers.matches(wanted, excluding=excluding)
        if not found:
            return
        if allow:
            if not self.ctx.subject.can("customer:force_duplicate"):
                raise Forbidden("forbidden_action", permission="customer:force_duplicate")
            return
        raise DuplicateCustomer(
            count=len(found),
            extensions={
                "duplicates": [
                    {"id": str(customer_id), "matched_on": sorted(kinds)}
                    for customer_id, kinds in sorted(found.items(), key=lambda kv: str(kv[0]))
                ]
            },
        )

    async def check_pool(self, values: dict[str, Any]) -> None:
        """Putting a customer in a named pool (or taking it out) is an assignment: it needs
        ``customer:assign``, and the pool must exist (422 naming ``pool_id``)."""
        if "pool_id" not in values:
            return
        if not self.ctx.subject.can("customer:assign"):
            raise Forbidden("forbidden_action", permission="customer:assign")
        pool_id = values["pool_id"]
        if pool_id is not None and await CustomerPoolRepository(self.ctx).by_id(pool_id) is None:
            raise unknown_reference(["body", "pool_id"], "customer pool")

    async def check_owner(self, owner_id: uuid.UUID | None, loc: list[str | int]) -> None:
        if owner_id is None:
            return
        if await EmployeeRepository(self.ctx).current(owner_id) is None:
            raise unknown_reference(loc, "current employee")


class CustomerService(CrudService[Customer]):
    repository = CustomerRepository
    permission = "customer"
    refusals: ClassVar = {
        "restore": {409: "409 when it was merged into another customer."},
        "update": {
            409: "409 `anonymised` when the customer was anonymised and the body gives a "
            "personal field another value than it holds (see `anonymised_at`)."
        },
    }

    def __init__(self, ctx: Ctx) -> None:
        super().__init__(ctx)
        self.customers: CustomerRepository = self.repo  # type: ignore[assignment]
        self.rules = CustomerRules(ctx)
        self.events = CustomerEventRepository(ctx)

    async def create(self, payload: BaseModel) -> tuple[Customer, bool]:
        self.require("write")
        values = _text_territory(payload.model_dump(exclude_unset=True))
        allow = bool(values.pop("allow_duplicate", False))
        self._owner_rules(values)
        full = {**_defaults(payload), **values}
        await self._place(values, full, None)
        await self.rules.check_tier(full.get("tier"), ["body", "tier"])
        await self.rules.check_owner(values.get("owner_id"), ["body", "owner_id"])
        await self.rules.check_pool(values)
        await self.rules.check_required(full)
        client_id = values.get("id")
        if client_id is not None and (found := await self.repo.replay(client_id)) is not None:
            return found, False  # a repeated offline create: idempotent
        await self.rules.check_duplicates(full, allow=allow)
        now = utcnow()
        values.setdefault("stage_changed_at", now)
        if values.get("owner_id") is not None:
            values["owned_since"] = now
        customer, created = await self.repo.create(values)
        if created:
            await self.customers.replace_keys(customer.id, self.rules.keys_of(full))
            self.events.add(customer.id, "stage_changed", to_value=customer.stage)
            await self.repo.flush()
        return customer, created

    async def update(
        self, record_id: uuid.UUID, payload: BaseModel, expected: Expected
    ) -> Customer:
        self.require("write")
        customer = await self.repo.get_for_write(record_id)
        changes = _text_territory(payload.model_dump(exclude_unset=True))
        allow = bool(changes.pop("allow_duplicate", False))
        stage_reason = changes.pop("stage_reason", None)
        changes = keep_anonymous(customer, changes, CUSTOMER_FIELDS)
        if stage_reason is not None and "stage" not in changes:
            raise ValidationFailed.field(
                ["body", "stage_reason"], "Give the new stage with its reason", "stage_missing"
            )
        owner_changes = "owner_id" in changes and changes["owner_id"] != customer.owner_id
        if owner_changes:
            self._owner_rules(changes, customer)
            await self.repo.ensure_owner_scope(customer)
            await self.rules.check_owner(changes["owner_id"], ["body", "owner_id"])
        if "tier" in changes:
            await self.rules.check_tier(changes["tier"], ["body", "tier"])
        if changes.get("pool_id", customer.pool_id) != customer.pool_id:
            await self.rules.check_pool(changes)
        else:
            changes.pop("pool_id", None)
        merged = {**_current(customer), **changes}
        await self._place(changes, merged, customer)
        anonymous = CUSTOMER_FIELDS if customer.anonymised_at is not None else ()
        await self.rules.check_required(merged, exempt=anonymous)
        rematch = bool(MATCHED_FIELDS & changes.keys())
        if rematch:
            # Only keys the change adds: a duplicate saved on purpose stays editable.
            new_keys = self.rules.keys_of(merged) - self.rules.keys_of(_current(customer))
            await self.rules.check_duplicates(
                merged, allow=allow, excluding=customer.id, keys=new_keys
            )
        old_stage, old_owner = customer.stage, customer.owner_id
        now = utcnow()
        if "stage" in changes and changes["stage"] != old_stage:
            changes["stage_changed_at"] = now
        if owner_changes:
            changes.update(owned_since=now if changes["owner_id"] else None, pool_warned_at=None)
        customer = await self.repo.update(customer, changes, expected)
        if owner_changes and customer.owner_id is not None:
            await self.repo.ensure_owner_scope(customer)  # the new owner is the caller's too
        if rematch:
            await self.customers.replace_keys(customer.id, self.rules.keys_of(merged))
        if customer.stage != old_stage:
            self.events.add(
                customer.id,
                "stage_changed",
                from_value=old_stage,
                to_value=customer.stage,
                reason=stage_reason,
            )
        if customer.owner_id != old_owner:
            self.events.add(
                customer.id, "transferred", from_value=old_owner, to_value=customer.owner_id
            )
        await self.repo.flush()
        return customer

    async def _place(
        self, values: dict[str, Any], full: dict[str, Any], customer: Customer | None
    ) -> None:
        """An explicit territory must exist (422); without one, a new customer, or one whose
        fields the rules read changed, goes where the first matching active rule says."""
        from salescrm.planning.territories import placing  # planning imports customers

        session = self.repo.session
        if values.get("territory_id") is not None:
            await placing.check_territory(session, values["territory_id"], ["body", "territory_id"])
            return
        if "territory_id" in values:
            return  # cleared on purpose
        if customer is not None and not placing.RULE_FIELDS.keys() & values.keys():
            return
        placed = await placing.place(session, full)
        if placed is not None and (customer is None or placed != customer.territory_id):
            values["territory_id"] = placed

    async def prepare_restore(self, record: Customer) -> None:
        if record.merged_into_id is not None:
            raise Conflict("customer_merged", target=str(record.merged_into_id))
        # Someone may have created the same customer since it was deleted.
        await self.rules.check_duplicates(_current(record), allow=False, excluding=record.id)

    async def record_follow_up(
        self, record_id: uuid.UUID, *, note: str | None, method: str | None
    ) -> Customer:
        """A follow-up with the customer: it resets the public-pool clock. Activities (a later
        context) call this too, so that recording one counts."""
        self.require("write")
        customer = await self.repo.get_for_write(record_id)
        await touch_follow_up(self.ctx, customer, note=note, method=method)
        await self.repo.flush()
        return customer


async def touch_follow_up(
    ctx: Ctx,
    customer: Customer,
    *,
    note: str | None = None,
    method: str | None = None,
    at: datetime | None = None,
    event: bool = True,
) -> None:
    """Reset the customer's public-pool clock. ``at``: when the contact happened (an activity
    recorded afterwards moves the clock only forward, never past now); ``event=False`` when the
    follow-up is a record of its own on the timeline already (an activity)."""
    now = utcnow()
    moment = now if at is None else min(at, now)
    if customer.last_follow_up_at is None or moment > customer.last_follow_up_at:
        customer.last_follow_up_at = moment
        customer.pool_warned_at = None
    if event:
        CustomerEventRepository(ctx).add(
            customer.id, "follow_up", reason=note, details={"method": method} if method else {}
        )


def _text_territory(values: dict[str, Any]) -> dict[str, Any]:
    """The free-text sales area arrives as ``territory_text`` and is stored as ``territory``."""
    if "territory_text" in values:
        values["territory"] = values.pop("territory_text")
    return values


def _defaults(payload: BaseModel) -> dict[str, Any]:
    return {name: getattr(payload, name) for name in type(payload).model_fields}


def _current(customer: Customer) -> dict[str, Any]:
    return {c: getattr(customer, c) for c in CustomerRepository.column_names()}


class CustomerEventService(ReadService[CustomerEvent]):
    repository = CustomerEventRepository
    permission = "customer"

    async def for_customer(
        self, customer_id: uuid.UUID, params: ListParams
    ) -> PageResult[CustomerEvent]:
        self.require("read")
        await CustomerRepository(self.ctx).get(customer_id)
        return await self.repo.list(params, where=[CustomerEvent.customer_id == customer_id])


class ContactService(CrudService[Contact]):
    repository = ContactRepository
    permission = "contact"
    refusals: ClassVar = {
        "update": {
            409: "409 `anonymised` when the contact was anonymised and the body gives a "
            "personal field another value than it holds (see `anonymised_at`)."
        }
    }

    # The customer a contact is put on (or moved to) must be one the caller may change:
    # ``ContactRepository.links`` (a 422 for one they cannot see, a 403 for a read-only one).

    async def prepare_create(self, values: dict[str, Any]) -> dict[str, Any]:
        return _phone_parts(values)

    async def prepare_update(self, record: Contact, changes: dict[str, Any]) -> dict[str, Any]:
        return keep_anonymous(record, _phone_parts(changes), CONTACT_FIELDS)

    async def create(self, payload: BaseModel) -> tuple[Contact, bool]:
        contact, created = await super().create(payload)
        if created and contact.is_primary:
            await self.contacts.clear_primary(contact.customer_id, contact.id)
            await self.repo.flush()
        return contact, created

    async def update(self, record_id: uuid.UUID, payload: BaseModel, expected: Expected) -> Contact:
        contact = await super().update(record_id, payload, expected)
        if contact.is_primary:
            await self.contacts.clear_primary(contact.customer_id, contact.id)
            await self.repo.flush()
        return contact

    @property
    def contacts(self) -> ContactRepository:
        repo: ContactRepository = self.repo  # type: ignore[assignment]
        return repo


def _phone_parts(values: dict[str, Any]) -> dict[str, Any]:
    """The schema gives ``+861065529988;ext=123``; a contact keeps the extension apart."""
    if "phone" in values:
        number, _, extension = (values["phone"] or "").partition(";ext=")
        values["phone"], values["phone_extension"] = number or None, extension or None
    return values


class TierService(CrudService[CustomerTier]):
    repository = TierRepository
    permission = "customer_policy"

    #: Everyone who sees customers may read the grades; changing them is policy.
    permissions: ClassVar = {"read": "customer:read", "delete": "customer_policy:write"}
    refusals: ClassVar = {"delete": {409: "409 while customers are graded with the tier."}}

    async def prepare_delete(self, record: CustomerTier) -> None:
        if await TierRepository(self.ctx).in_use(record.code):
            raise Conflict("tier_in_use", code=record.code)


class PolicyService:
    def __init__(self, ctx: Ctx) -> None:
        self.ctx = ctx
        self.repo = PolicyRepository(ctx)

    async def get(self) -> CustomerPolicy:
        if not self.ctx.subject.can("customer:read"):
            raise Forbidden("forbidden_action", permission="customer:read")
        return await self.repo.current()

    async def update(self, payload: BaseModel, expected: Expected) -> CustomerPolicy:
        if not self.ctx.subject.can("customer_policy:write"):
            raise Forbidden("forbidden_action", permission="customer_policy:write")
        policy = await self.repo.current()
        changes = payload.model_dump(exclude_unset=True, mode="json")
        if changes.get("key_account_rules") is not None:
            validate_rules(changes["key_account_rules"])
        return await self.repo.update(policy, changes, expected)
