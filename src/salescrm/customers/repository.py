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
    CustomerPool,
    CustomerTier,
    KeyAccountPlan,
    PoolReleaseReason,
)
from salescrm.org.models import Department, Employee, path_ids


def _tagged(tag: str) -> ColumnElement[bool]:
    return Customer.tag_index.like(f"%|{escape_like(tag)}|%", escape="\\")


def _not_followed_since(moment: datetime) -> ColumnElement[bool]:
    return or_(Customer.last_follow_up_at.is_(None), Customer.last_follow_up_at < moment)


def _in_territory(territory_id: uuid.UUID) -> ColumnElement[bool]:
    """Customers of the territory or of any territory below it (its path is a prefix)."""
    from salescrm.planning.territories.repository import subtree_ids  # it imports customers

    return Customer.territory_id.in_(subtree_ids(territory_id))


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
        "pool_id": eq(Customer.pool_id),
        "territory_text": eq(Customer.territory),
        "territory_id": _in_territory,
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
    """The public pools (公海): live customers without an owner, in the pools the caller is a
    member of (``pool_ids``, set by the service; None: every pool). The caller's own data
    scope does not apply (nobody owns them)."""

    model = Customer
    sort_fields: ClassVar = CustomerRepository.sort_fields
    filters: ClassVar = {
        **{k: v for k, v in CustomerRepository.filters.items() if k not in {"owner_id"}},
        "default_pool": lambda value: (
            Customer.pool_id.is_(None) if value else Customer.pool_id.is_not(None)
        ),
    }
    #: The named pools the caller may see besides the default one (None: all of them).
    pool_ids: frozenset[uuid.UUID] | None = frozenset()

    def scope(self, stmt: Select[Any], *, write: bool = False, shares: bool = True) -> Select[Any]:
        if not self.ctx.subject.can("customer:claim"):
            raise Forbidden("forbidden_action", permission="customer:claim")
        stmt = stmt.where(Customer.owner_id.is_(None))
        if self.pool_ids is None:
            return stmt
        if not self.pool_ids:
            return stmt.where(Customer.pool_id.is_(None))
        return stmt.where(or_(Customer.pool_id.is_(None), Customer.pool_id.in_(self.pool_ids)))


class CustomerPoolRepository(Repository[CustomerPool]):
    model = CustomerPool
    sort_fields: ClassVar = {"created_at": "created_at", "updated_at": "updated_at", "name": "name"}
    default_sort = "name"
    unique_fields = ("name",)
    search_columns = ("name", "region")
    filters: ClassVar[dict[str, FilterOp]] = {
        "department_id": eq(CustomerPool.department_id),
        "open_to_all": eq(CustomerPool.open_to_all),
    }

    async def live(self) -> list[CustomerPool]:
        """Every live pool: a handful per company, read whole to decide membership."""
        stmt = select(CustomerPool).where(CustomerPool.deleted_at.is_(None))
        return list((await self.session.scalars(stmt.order_by(CustomerPool.name))).all())

    async def by_id(self, pool_id: uuid.UUID) -> CustomerPool | None:
        stmt = select(CustomerPool).where(
            CustomerPool.id == pool_id, CustomerPool.deleted_at.is_(None)
        )
        result: CustomerPool | None = await self.session.scalar(stmt)
        return result

    async def in_use(self, pool_id: uuid.UUID) -> bool:
        stmt = select(Customer.id).where(Customer.pool_id == pool_id, Customer.deleted_at.is_(None))
        return await self.session.scalar(stmt.limit(1)) is not None

    async def department_exists(self, department_id: uuid.UUID) -> bool:
        stmt = select(Department.id).where(
            Department.id == department_id, Department.deleted_at.is_(None)
        )
        return await self.session.scalar(stmt) is not None

    async def current_employees(self, ids: list[uuid.UUID]) -> set[uuid.UUID]:
        """Those of ``ids`` who are live employees who have not left (pool members)."""
        if not ids:
            return set()
        stmt = select(Employee.id).where(
            Employee.id.in_(ids),
            Employee.deleted_at.is_(None),
            Employee.employment_status != "resigned",
        )
        return set((await self.session.scalars(stmt)).all())

    async def departments_of(self, employee_id: uuid.UUID) -> list[uuid.UUID]:
        """An employee's department and those above it, their own last (empty: none)."""
        row = (
            await self.session.execute(
                select(Department.path, Department.id)
                .join(Employee, Employee.department_id == Department.id)
                .where(Employee.id == employee_id)
            )
        ).first()
        if row is None:
            return []
        path, own = row
        return [*path_ids(path), own]


class ReleaseReasonRepository(Repository[PoolReleaseReason]):
    model = PoolReleaseReason
    sort_fields: ClassVar = {
        "created_at": "created_at",
        "updated_at": "updated_at",
        "position": "position",
        "code": "code",
    }
    default_sort = "position"
    unique_fields = ("code",)
    search_columns = ("code", "name", "name_en")
    filters: ClassVar[dict[str, FilterOp]] = {"active": eq(PoolReleaseReason.active)}

    async def offered(self, reason_id: uuid.UUID) -> PoolReleaseReason | None:
        """A live, active reason (a retired one is offered no more)."""
        stmt = select(PoolReleaseReason).where(
            PoolReleaseReason.id == reason_id,
            PoolReleaseReason.deleted_at.is_(None),
            PoolReleaseReason.active.is_(True),
        )
        result: PoolReleaseReason | None = await self.session.scalar(stmt)
        return result


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

    async def of_customer(self, customer_id: uuid.UUID, *, limit: int) -> list[Contact]:
        """A customer's live contacts, primary first, whatever the caller's scope: for a
        customer the caller reached some other way (a pool they are a member of)."""
        stmt = (
            select(Contact)
            .where(Contact.customer_id == customer_id, Contact.deleted_at.is_(None))
            .order_by(Contact.is_primary.desc(), Contact.created_at, Contact.id)
            .limit(limit)
        )
        return list((await self.session.scalars(stmt)).all())

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
        pool_id: uuid.UUID | None = None,
        release_reason_id: uuid.UUID | None = None,
    ) -> CustomerEvent:
        event = CustomerEvent(
            customer_id=customer_id,
            kind=kind,
            from_value=None if from_value is None else str(from_value),
            to_value=None if to_value is None else str(to_value),
            reason=reason,
            actor_id=self.ctx.subject.id,
            details=details or {},
            pool_id=pool_id,
            release_reason_id=release_reason_id,
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
