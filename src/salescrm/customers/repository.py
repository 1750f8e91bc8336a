"""Customer queries. Every read starts from the caller's scope; the public pool is its own
repository whose scope is "no owner" (and whoever may claim sees it)."""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from datetime import datetime
from typing import Any, ClassVar

from sqlalchemy import ColumnElement, Select, delete, func, insert, or_, select

from salescrm.core.errors import Forbidden
from salescrm.core.filtering import FilterOp, eq, gte, lte
from salescrm.core.repository import Link, ReadRepository, Repository
from salescrm.core.search import escape_like
from salescrm.customers.models import (
    POLICY_ID,
    Contact,
    Customer,
    CustomerEvent,
    CustomerMatchKey,
    CustomerPolicy,
    CustomerTier,
    KeyAccountPlan,
)


def _tagged(tag: str) -> ColumnElement[bool]:
    return Customer.tag_index.like(f"%|{escape_like(tag)}|%", escape="\\")


def _not_followed_since(moment: datetime) -> ColumnElement[bool]:
    return or_(Customer.last_follow_up_at.is_(None), Customer.last_follow_up_at < moment)


class CustomerRepository(Repository[Customer]):
    model = Customer
    sort_fields: ClassVar = {
        "created_at": "created_at",
        "updated_at": "updated_at",
        "name": "name",
        "stage_changed_at": "stage_changed_at",
    }
    filters: ClassVar[dict[str, FilterOp]] = {
        "kind": eq(Customer.kind),
        "tier": eq(Customer.tier),
        "stage": eq(Customer.stage),
        "status": eq(Customer.status),
        "owner_id": eq(Customer.owner_id),
        "key_account": eq(Customer.key_account),
        "strategic": eq(Customer.strategic),
        "industry": eq(Customer.industry),
        "source": eq(Customer.source),
        "region": eq(Customer.region),
        "territory": eq(Customer.territory),
        "province": eq(Customer.province),
        "city": eq(Customer.city),
        "tag": _tagged,
        "created_from": gte(Customer.created_at),
        "created_to": lte(Customer.created_at),
        "follow_up_before": _not_followed_since,
    }

    async def matches(
        self, keys: Iterable[tuple[str, str]], *, excluding: uuid.UUID | None = None
    ) -> dict[uuid.UUID, list[str]]:
        """Live customers sharing any key, anywhere (not only in the caller's scope: a rep
        must not create a second record of a customer someone else already has)."""
        wanted = list(keys)
        if not wanted:
            return {}
        stmt = (
            select(CustomerMatchKey.customer_id, CustomerMatchKey.kind)
            .join(Customer, Customer.id == CustomerMatchKey.customer_id)
            .where(
                Customer.deleted_at.is_(None),
                or_(
                    *(
                        (CustomerMatchKey.kind == kind) & (CustomerMatchKey.value == value)
                        for kind, value in wanted
                    )
                ),
            )
        )
        if excluding is not None:
            stmt = stmt.where(CustomerMatchKey.customer_id != excluding)
        found: dict[uuid.UUID, list[str]] = {}
        for customer_id, kind in (await self.session.execute(stmt)).all():
            found.setdefault(customer_id, [])
            if kind not in found[customer_id]:
                found[customer_id].append(kind)
        return found

    async def lock_keys(self, keys: Iterable[tuple[str, str]]) -> None:
        """Serialise writers of the same match keys until the commit (PostgreSQL; SQLite
        writers are serialised already). Sorted, so two writers never wait on each other."""
        if self.session.get_bind().dialect.name != "postgresql":
            return
        for kind, value in sorted(set(keys)):
            await self.session.execute(
                select(func.pg_advisory_xact_lock(func.hashtextextended(f"{kind}:{value}", 0)))
            )

    async def replace_keys(self, customer_id: uuid.UUID, keys: set[tuple[str, str]]) -> None:
        await self.session.execute(
            delete(CustomerMatchKey).where(CustomerMatchKey.customer_id == customer_id)
        )
        if keys:
            await self.session.execute(
                insert(CustomerMatchKey),
                [{"customer_id": customer_id, "kind": k, "value": v} for k, v in sorted(keys)],
            )

    async def count_owned(self, owner_id: uuid.UUID, *, tier: str | None = None) -> int:
        stmt = select(func.count()).where(
            Customer.owner_id == owner_id, Customer.deleted_at.is_(None)
        )
        if tier is not None:
            stmt = stmt.where(Customer.tier == tier)
        return int(await self.session.scalar(stmt) or 0)

    async def writable_many(self, ids: list[uuid.UUID]) -> list[Customer]:
        rows = await self.session.scalars(self.writable().where(Customer.id.in_(ids)))
        return list(rows.all())

    def referencing_models(self) -> list[Any]:
        """Tables whose rows point at a customer and move with it in a merge (contacts now;
        opportunities, activities and tickets as their contexts add them)."""
        from salescrm.core.db.base import Base, Record

        found = []
        for mapper in Base.registry.mappers:
            cls = mapper.class_
            if not issubclass(cls, Record) or cls is Customer:
                continue
            column = cls.__table__.columns.get("customer_id")
            if column is not None and any(
                fk.column.table.name == "customers" for fk in column.foreign_keys
            ):
                found.append(cls)
        return sorted(found, key=lambda cls: cls.__tablename__)

    async def rows_of(self, model: Any, customer_id: uuid.UUID) -> list[Any]:
        stmt = select(model).where(model.customer_id == customer_id, model.deleted_at.is_(None))
        return list((await self.session.scalars(stmt)).all())


class PoolRepository(ReadRepository[Customer]):
    """The public pool (公海): live customers without an owner. Whoever may claim sees them
    all; the caller's own data scope does not apply (nobody owns them)."""

    model = Customer
    sort_fields: ClassVar = CustomerRepository.sort_fields
    filters: ClassVar = {
        k: v for k, v in CustomerRepository.filters.items() if k not in {"owner_id"}
    }

    def scope(self, stmt: Select[Any], *, write: bool = False, shares: bool = True) -> Select[Any]:
        if not self.ctx.subject.can("customer:claim"):
            raise Forbidden("forbidden_action", permission="customer:claim")
        return stmt.where(Customer.owner_id.is_(None))


class TierRepository(Repository[CustomerTier]):
    model = CustomerTier
    sort_fields: ClassVar = {
        "created_at": "created_at",
        "updated_at": "updated_at",
        "rank": "rank",
        "code": "code",
    }
    default_sort = "rank"
    unique_fields = ("code",)
    search_columns = ("code", "name")

    async def by_code(self, code: str) -> CustomerTier | None:
        stmt = select(CustomerTier).where(
            CustomerTier.code == code, CustomerTier.deleted_at.is_(None)
        )
        result: CustomerTier | None = await self.session.scalar(stmt)
        return result

    async def live(self) -> list[CustomerTier]:
        stmt = select(CustomerTier).where(CustomerTier.deleted_at.is_(None))
        return list((await self.session.scalars(stmt.order_by(CustomerTier.rank))).all())

    async def in_use(self, code: str) -> bool:
        stmt = select(Customer.id).where(Customer.tier == code, Customer.deleted_at.is_(None))
        return await self.session.scalar(stmt.limit(1)) is not None


class PolicyRepository(Repository[CustomerPolicy]):
    model = CustomerPolicy

    async def current(self) -> CustomerPolicy:
        policy = await self.session.get(CustomerPolicy, POLICY_ID)
        if policy is None:  # seeded by the migration; recreated if someone removed the row
            policy = CustomerPolicy(id=POLICY_ID, required_fields={}, key_account_rules={})
            self.session.add(policy)
            await self.session.flush()
        return policy


class ContactRepository(Repository[Contact]):
    model = Contact
    scope_via = ("customer_id", CustomerRepository)
    links = (Link("customer_id", CustomerRepository),)
    sort_fields: ClassVar = {
        "created_at": "created_at",
        "updated_at": "updated_at",
        "name": "name",
    }
    filters: ClassVar[dict[str, FilterOp]] = {
        "customer_id": eq(Contact.customer_id),
        "buying_role": eq(Contact.buying_role),
        "is_primary": eq(Contact.is_primary),
    }

    async def customer_of(
        self, ids: list[uuid.UUID], *, scoped: bool = True
    ) -> dict[uuid.UUID, uuid.UUID]:
        """The customer of each visible live contact among ``ids`` (of each live one with
        ``scoped=False``, for a caller whose deal speaks for the customer: ``Link.stand_in``)."""
        if not ids:
            return {}
        start = self.readable() if scoped else select(Contact).where(Contact.deleted_at.is_(None))
        stmt = start.with_only_columns(Contact.id, Contact.customer_id).order_by(None)
        rows = await self.session.execute(stmt.where(Contact.id.in_(ids)))
        return {contact_id: customer_id for contact_id, customer_id in rows}  # noqa: C416

    async def clear_primary(self, customer_id: uuid.UUID, keep: uuid.UUID) -> None:
        """One primary contact per customer: the new one takes the flag from the others."""
        others = await self.session.scalars(
            select(Contact).where(
                Contact.customer_id == customer_id,
                Contact.is_primary.is_(True),
                Contact.id != keep,
                Contact.deleted_at.is_(None),
            )
        )
        for other in others:
            other.is_primary = False


class CustomerEventRepository(ReadRepository[CustomerEvent]):
    model = CustomerEvent
    scope_via = ("customer_id", CustomerRepository)
    sort_fields: ClassVar = {"created_at": "created_at"}
    filters: ClassVar[dict[str, FilterOp]] = {"kind": eq(CustomerEvent.kind)}

    def add(
        self,
        customer_id: uuid.UUID,
        kind: str,
        *,
        from_value: Any = None,
        to_value: Any = None,
        reason: str | None = None,
        details: dict[str, Any] | None = None,
    ) -> CustomerEvent:
        event = CustomerEvent(
            customer_id=customer_id,
            kind=kind,
            from_value=None if from_value is None else str(from_value),
            to_value=None if to_value is None else str(to_value),
            reason=reason,
            actor_id=self.ctx.subject.id,
            details=details or {},
        )
        self.session.add(event)
        return event


class KeyAccountPlanRepository(Repository[KeyAccountPlan]):
    model = KeyAccountPlan
    scope_via = ("customer_id", CustomerRepository)
    links = (Link("customer_id", CustomerRepository),)
    sort_fields: ClassVar = {
        "created_at": "created_at",
        "updated_at": "updated_at",
        "review_date": "review_date",
    }
    filters: ClassVar[dict[str, FilterOp]] = {
        "customer_id": eq(KeyAccountPlan.customer_id),
        "status": eq(KeyAccountPlan.status),
        "review_before": lte(KeyAccountPlan.review_date),
    }
    unique_fields = ("customer_id",)
