"""The generic repository: every query a resource needs, starting from the caller's scope.

``readable()`` is the one statement every read starts from: it hides tombstones and applies the
subject's data scope (``scope()``), so lists, gets, counts and later exports and statistics cannot
forget it. Writes go through ``create``/``update``/``soft_delete``/``restore``, which check the
version (optimistic locking) and turn unique violations into a 409 naming the field.
"""

from __future__ import annotations

import dataclasses
import uuid
from collections.abc import Callable, Collection, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, replace
from datetime import date, datetime
from decimal import Decimal, InvalidOperation
from typing import Any, ClassVar, Generic, TypeVar

from sqlalchemy import ColumnElement, Select, and_, func, inspect, or_, select, text
from sqlalchemy.exc import IntegrityError

from salescrm.core.clock import utcnow
from salescrm.core.custom_fields import values as custom
from salescrm.core.custom_fields.models import HasCustomFields
from salescrm.core.db.base import Record
from salescrm.core.errors import (
    Conflict,
    Duplicate,
    Forbidden,
    IdConflict,
    NotFound,
    ValidationFailed,
    unknown_reference,
)
from salescrm.core.etag import Expected, check_version
from salescrm.core.filtering import FilterOp, apply_filters
from salescrm.core.pagination import CursorCodec, ListParams, list_binding
from salescrm.core.permissions.scope import (
    ParentLink,
    child_scope_predicate,
    owner_filter,
    scope_predicate,
    shared_ids,
)
from salescrm.core.permissions.subject import subject_of
from salescrm.core.search import Searchable, matches
from salescrm.core.sorting import Sort, parse_sort
from salescrm.core.uow import Ctx, begin_write

M = TypeVar("M")
R = TypeVar("R", bound=Record)


class PageResult(Generic[M]):
    __slots__ = ("items", "next_cursor", "total")

    def __init__(self, items: Sequence[M], next_cursor: str | None, total: int | None) -> None:
        self.items = items
        self.next_cursor = next_cursor
        self.total = total

    def body(self, convert: Callable[[M], Any] = lambda item: item) -> dict[str, Any]:
        """The list response: ``{"items", "next_cursor", "total"}``."""
        items = [convert(item) for item in self.items]
        return {"items": items, "next_cursor": self.next_cursor, "total": self.total}


@dataclass(frozen=True)
class Link:
    """A column naming a record this one is attached to (its customer, its deal, its contact).

    Attaching a record to a parent needs the right to change the parent: the check of
    ``get_for_write`` on the parent's own repository, made for every link a write sets (a 422
    naming the field if the caller cannot see the parent, ``errors.unknown_reference``; 403 if
    they may only read it). A link through another
    record never widens that, with the one exception ``stand_in`` names."""

    column: str
    parent: type[ReadRepository[Any]]
    #: The parent must belong to what this record names in that column of its own (a deal, a
    #: contact *of this customer*): a 422 naming the field otherwise.
    of: str | None = None
    #: The parent is as changeable as its ``of`` parent (a contact as its customer): only that
    #: it belongs is checked, and the ``of`` link with it.
    follows_of: bool = False
    #: Another link whose record speaks for this parent (a deal for its customer): when the
    #: caller may change that record, it names this parent in the same column, and *its owner*
    #: may change this parent. A deal's team records on the deal's customer so, as far as the
    #: deal's owner could and only while they can; a deal whose owner lost the customer (a
    #: revoked share, a hand-over) speaks for nothing.
    stand_in: str | None = None
    #: Checked on every write of the record — ``get_for_write`` included, so deletes, actions
    #: and attachments too — not only when set: records that live on their parent (an activity
    #: is recorded *on* its customer). Owned records are their owner's and follow their own
    #: scope (a share of one lends it); their links are checked when set and on restore.
    always: bool = False
    #: The body field a refusal names when the column is not one the client sends but is
    #: taken from another record (a contract's customer, from its deal): a 422 must name a
    #: field of the request.
    field: str | None = None

    @property
    def loc(self) -> list[str | int]:
        return ["body", self.field or self.column]


@dataclass
class Linked:
    """What a check of links found: each checked parent, and the columns whose parent the
    caller reaches only through a ``stand_in`` (whose own children then count as reachable:
    the contacts of a customer a deal speaks for)."""

    parents: dict[str, Any] = dataclasses.field(default_factory=dict)
    vouched: set[str] = dataclasses.field(default_factory=set)


class ReadRepository(Generic[M]):
    """Reads only: scope, get, keyset-paginated list with filters, sort and search."""

    model: ClassVar[type[Any]]
    #: Sortable fields (each non-null): public name -> model attribute.
    sort_fields: ClassVar[Mapping[str, str]] = {
        "created_at": "created_at",
        "updated_at": "updated_at",
    }
    default_sort: ClassVar[str] = "-created_at"
    #: List filters: query parameter name -> predicate (see ``core.filtering``).
    filters: ClassVar[Mapping[str, FilterOp]] = {}
    #: Columns with a unique constraint among live rows, reported by name on a 409.
    unique_fields: ClassVar[tuple[str, ...]] = ()
    #: For models without ``search_text``: columns that ``q`` matches with LIKE.
    search_columns: ClassVar[tuple[str, ...]] = ()
    #: For records with no owner of their own (a customer's contacts): the column naming the
    #: parent and the parent's repository. A row is visible (or writable) exactly when its
    #: parent is, through the parent's own scope.
    scope_via: ClassVar[tuple[str, type[ReadRepository[Any]]] | None] = None
    #: More parents a ``scope_via`` row is visible (or writable) through, each on its own: an
    #: activity is visible to whoever sees its customer *or* its deal.
    scope_also: ClassVar[tuple[tuple[str, type[ReadRepository[Any]]], ...]] = ()
    #: The parents a record is attached to, checked on writes (``check_links``).
    links: ClassVar[tuple[Link, ...]] = ()

    @property
    def resource(self) -> str:
        """The singular resource name (errors, shares, audit); the table name if unnamed."""
        name: str = getattr(self.model, "__resource__", "") or self.model.__tablename__
        return name

    @classmethod
    def load_options(cls) -> tuple[Any, ...]:
        """Eager loads for what the read schema shows (relationships are ``lazy="raise"``)."""
        return ()

    def __init__(self, ctx: Ctx) -> None:
        self.ctx = ctx
        self.session = ctx.session
        #: While ``list`` builds a page: narrows each scope branch to that page.
        self._page: Callable[[Select[Any]], Select[Any]] | None = None
        #: The parents the last write was checked against (``check_links``).
        self.linked = Linked()

    # ----- reads -------------------------------------------------------------------------
    def scope(self, stmt: Select[Any], *, write: bool = False, shares: bool = True) -> Select[Any]:
        """Restrict to the rows the subject may see (or change, with ``write``).

        Models naming a ``__scope_column__`` (the owner) get the data-scope predicate; records
        with a ``scope_via`` parent follow the parent's; others (the catalogue, reference data)
        are guarded by function permissions alone.
        """
        if self.scope_via is not None:
            parents = [
                (getattr(self.model, name), via(self.ctx))
                for name, via in (self.scope_via, *self.scope_also)
            ]
            paged = None if write else self._page_through(parents)
            if paged is not None:
                return stmt.where(paged)
            through = [self._through(fk, parent, write, shares) for fk, parent in parents]
            return stmt.where(or_(*through))
        column = getattr(self.model, "__scope_column__", None)
        if column is None:
            return stmt
        predicate = scope_predicate(
            self.ctx.subject,
            owner=getattr(self.model, column),
            resource=self.resource,
            record_id=self.model.id,
            write=write,
            shares=shares,
            refine=self._page,
        )
        return stmt if predicate is None else stmt.where(predicate)

    @staticmethod
    def _through(
        foreign_key: Any, parent: ReadRepository[Any], write: bool, shares: bool
    ) -> ColumnElement[bool]:
        """``foreign_key IN (<the parents the subject may read, or change>)``."""
        parents = parent.writable(shares=shares) if write else parent.readable()
        ids = parents.with_only_columns(parent.model.id).order_by(None)
        result: ColumnElement[bool] = foreign_key.in_(ids)
        return result

    def _page_through(self, parents: list[tuple[Any, ReadRepository[Any]]]) -> Any:
        """While a list builds a page of a child of owned parents: the scope with each of the
        parents' branches narrowed to the page (``child_scope_predicate``); None when a
        parent's scope is not the plain data scope (then the collected form serves)."""
        if self._page is None:
            return None
        links = []
        for foreign_key, parent in parents:
            owner = getattr(parent.model, "__scope_column__", None)
            if (
                owner is None
                or parent.scope_via is not None
                or type(parent).scope is not ReadRepository.scope
            ):
                return None
            links.append(
                ParentLink(parent.model, getattr(parent.model, owner), parent.resource, foreign_key)
            )
        if self.ctx.subject.sees_everything:
            return or_(
                *(
                    link.foreign_key.in_(
                        select(link.parent.id).where(link.parent.deleted_at.is_(None))
                    )
                    for link in links
                )
            )
        return child_scope_predicate(
            self.ctx.subject, links=links, record_id=self.model.id, refine=self._page
        )

    def readable(self, *, include_deleted: bool = False) -> Select[Any]:
        """The statement every read starts from: tombstones hidden, data scope applied."""
        stmt = select(self.model).options(*self.load_options())
        if not include_deleted and hasattr(self.model, "deleted_at"):
            stmt = stmt.where(self.model.deleted_at.is_(None))
        return self.scope(stmt)

    async def plan_for_values(self) -> None:
        """For the rest of the transaction, plan each statement for its own values (PostgreSQL).

        asyncpg prepares statements, and after five runs PostgreSQL may switch one to a generic
        plan made without its values. For reports whose best plan depends on them — a period,
        a scope of one owner or of thousands — that plan is several times slower (a manager's
        year of win/loss at 500,000 deals: 230 ms planned for the values, 600 ms generic)."""
        if self.session.get_bind().dialect.name == "postgresql":
            await self.session.execute(text("SET LOCAL plan_cache_mode = force_custom_plan"))

    async def aggregable(self) -> Select[Any]:
        """``readable()`` for statements that read every row in scope (sums, counts per group):
        the same rows, with an owned resource's scope as a filter on the owner
        (``core.permissions.scope.owner_filter``) rather than a set of ids collected first.
        Shares join the filter only when the subject holds some (one indexed look-up)."""
        column = getattr(self.model, "__scope_column__", None)
        if column is None or self.scope_via is not None:
            return self.readable()
        stmt = select(self.model).options(*self.load_options())
        if hasattr(self.model, "deleted_at"):
            stmt = stmt.where(self.model.deleted_at.is_(None))
        predicate = await self.owner_predicate()
        return stmt if predicate is None else stmt.where(predicate)

    async def owner_predicate(self) -> ColumnElement[bool] | None:
        """An owned resource's read scope as a filter on each row's own owner
        (``core.permissions.scope.owner_filter``), for statements that already know which few
        rows they look at (one customer's tasks) or read them all (aggregates); None when the
        subject sees everything. Shares join only when the subject holds some."""
        column = getattr(self.model, "__scope_column__", None)
        if column is None or self.scope_via is not None:
            raise TypeError(f"{type(self).__name__}: not an owned resource")
        shared = shared_ids(self.ctx.subject, self.resource, write=False)
        if shared is not None and await self.session.scalar(shared.limit(1)) is None:
            shared = None
        return owner_filter(
            self.ctx.subject,
            owner=getattr(self.model, column),
            record_id=self.model.id,
            shared=shared,
        )

    def writable(self, *, include_deleted: bool = False, shares: bool = True) -> Select[Any]:
        """Like ``readable`` but only rows the subject may change (read-only shares excluded;
        every share with ``shares=False``)."""
        stmt = select(self.model).options(*self.load_options())
        if not include_deleted and hasattr(self.model, "deleted_at"):
            stmt = stmt.where(self.model.deleted_at.is_(None))
        return self.scope(stmt, write=True, shares=shares)

    async def find_writable(self, record_id: uuid.UUID) -> M | None:
        result: M | None = await self.session.scalar(
            self.writable().where(self.model.id == record_id)
        )
        return result

    async def visible(self, ids: Iterable[uuid.UUID]) -> dict[uuid.UUID, M]:
        """The records among ``ids`` the subject may see, in one query: what a list of other
        records refers to (a calendar's customers), loaded at once rather than one by one."""
        wanted = set(ids)
        if not wanted:
            return {}
        with self._among(wanted) as among:
            stmt = self.readable().where(among)
        rows = await self.session.scalars(stmt)
        return {row.id: row for row in rows}

    def scoped_ids(self) -> Select[Any]:
        """The ids of every row (tombstones included) in the subject's read scope, as a
        sub-query for other resources that follow this one's visibility (the audit trail)."""
        return self.scope(select(self.model.id))

    def scoped_among(self, ids: Collection[uuid.UUID]) -> Select[Any]:
        """Which of these few ids (tombstones included) are in the subject's read scope."""
        with self._among(ids) as among:
            return self.scope(select(self.model.id).where(among))

    @contextmanager
    def _among(self, ids: Collection[uuid.UUID]) -> Iterator[ColumnElement[bool]]:
        """While a statement about a few known rows is built: each branch of the scope narrowed
        to those rows (as a list narrows them to its page), so the scope is checked for them by
        primary key instead of being collected whole first. Collected, a manager's scope at a
        million customers is 208,492 ids, and a delta-sync pull of 200 records took 946 ms."""
        among: ColumnElement[bool] = self.model.id.in_(list(ids))
        self._page = lambda branch: branch.where(among)
        try:
            yield among
        finally:
            self._page = None

    async def get_for_write(self, record_id: uuid.UUID, *, include_deleted: bool = False) -> M:
        """The record if the subject may change it; 403 if only readable; 404 if not visible.
        A record living on its parents (``Link.always``) needs them changeable too (403)."""
        stmt = self.writable(include_deleted=include_deleted).where(self.model.id == record_id)
        record: M | None = await self.session.scalar(stmt)
        if record is not None:
            if any(link.always for link in self.links):
                await self.check_links({}, record, kept=True)
            return record
        if await self.find(record_id, include_deleted=include_deleted) is not None:
            raise Forbidden("read_only_record")
        raise NotFound(resource=self.resource, id=str(record_id))

    async def referenced(
        self, record_id: uuid.UUID, loc: Sequence[str | int], *, write: bool = False
    ) -> M:
        """A record the request names in its body (not its path): a 422 naming ``loc`` if it
        does not exist or the caller cannot see it (``errors.unknown_reference``); with
        ``write``, a 403 if they may only read it."""
        found = await (self.find_writable(record_id) if write else self.find(record_id))
        if found is not None:
            if write and any(link.always for link in self.links):
                await self.check_links({}, found, kept=True)  # as ``get_for_write``
            return found
        if write and await self.find(record_id) is not None:
            raise Forbidden("read_only_record")
        raise unknown_reference(loc, self.resource)

    async def find(self, record_id: uuid.UUID, *, include_deleted: bool = False) -> M | None:
        stmt = self.readable(include_deleted=include_deleted).where(self.model.id == record_id)
        result: M | None = await self.session.scalar(stmt)
        return result

    async def get(self, record_id: uuid.UUID, *, include_deleted: bool = False) -> M:
        record = await self.find(record_id, include_deleted=include_deleted)
        if record is None:
            raise NotFound(resource=self.resource, id=str(record_id))
        return record

    # ----- links to parents ----------------------------------------------------------------
    async def check_links(
        self,
        values: Mapping[str, Any],
        record: Any = None,
        *,
        kept: bool = False,
        every: bool = False,
    ) -> Linked:
        """Check the parents a write attaches the record to, inside the write's transaction.

        ``values`` are the new values (all of a create's; an update's changes, the record's
        current ones standing for the rest). A link the write sets (every named one on a
        create; a changed one on an update) needs the parent changeable: a 422 naming the field
        if unseen (``errors.unknown_reference``), 403 if only readable. With ``kept``, links marked
        ``always`` are re-checked although unchanged, and with ``every`` all of them (a restore
        re-attaches, a visit's check-out records on its customer): a failure is a 403, since the
        caller knows the parent from the record."""

        def value(column: str) -> Any:
            return values[column] if column in values else getattr(record, column, None)

        def is_set(link: Link) -> bool:
            if record is None:
                return True
            return link.column in values and values[link.column] != getattr(record, link.column)

        by_column = {link.column: link for link in self.links}
        moved = {link.column for link in self.links if is_set(link)}
        due = {
            link.column
            for link in self.links
            if value(link.column) is not None
            # A record moved to another customer keeps its deal and contact only if they are
            # the new customer's.
            and (link.column in moved or link.of in moved or every or (kept and link.always))
        }
        # A contact is checked with the customer it must belong to.
        for column in list(due):
            of = by_column[column].of
            if by_column[column].follows_of and of in by_column and value(of) is not None:
                due.add(of)
        linked = Linked()
        for link in self.links:
            if link.column in due and value(link.column) is not None:
                await self._check_link(link, value, is_set(link), linked)
        self.linked = linked
        return linked

    async def _check_link(
        self, link: Link, value: Callable[[str], Any], newly: bool, linked: Linked
    ) -> None:
        parent_id = value(link.column)
        parents = link.parent(self.ctx)
        found: Any = None
        if link.follows_of:
            owner_value = value(link.of) if link.of else None
            if owner_value is None:
                raise ValidationFailed.field(
                    link.loc,
                    f"A {parents.resource} needs the {(link.of or '').removesuffix('_id')} "
                    "it belongs to",
                    "parent_required",
                )
            found = await self.session.scalar(
                select(parents.model).where(
                    parents.model.id == parent_id, parents.model.deleted_at.is_(None)
                )
            )
        else:
            found = await parents.find_writable(parent_id)
            if found is None and link.stand_in is not None:
                found = await self._spoken_for(link, parent_id, value(link.stand_in))
                if found is not None:
                    linked.vouched.add(link.column)
            if found is None:
                raise await self._refusal(link, parents, parent_id, newly)
        if found is None:
            raise unknown_reference(link.loc, parents.resource)
        if link.of is not None:
            expected = value(link.of)
            if expected is not None and getattr(found, link.of) != expected:
                if link.follows_of and await parents.find(parent_id) is None:
                    # Another customer's contact the caller cannot see: as if absent.
                    raise unknown_reference(link.loc, parents.resource)
                of_name = link.of.removesuffix("_id")
                raise ValidationFailed.field(link.loc, f"Not of this {of_name}", f"wrong_{of_name}")
        linked.parents[link.column] = found

    async def _spoken_for(self, link: Link, parent_id: Any, other_id: Any) -> Any:
        """The parent, when the record named in ``link.stand_in`` speaks for it: the caller
        may change that record, it names this parent too, and its owner may change the
        parent (asked as that owner, today). None otherwise."""
        if other_id is None:
            return None
        other_link = next(x for x in self.links if x.column == link.stand_in)
        other = await other_link.parent(self.ctx).find_writable(other_id)
        if other is None or getattr(other, link.column, None) != parent_id:
            return None
        owner_id = getattr(other, "owner_id", None)
        if owner_id is None or owner_id == self.ctx.subject.id:
            return None  # the caller's own right was asked already
        owner = await subject_of(self.session, owner_id)
        if owner is None:
            return None
        return await link.parent(replace(self.ctx, subject=owner)).find_writable(parent_id)

    async def _refusal(
        self, link: Link, parents: ReadRepository[Any], parent_id: Any, newly: bool
    ) -> Exception:
        if not newly:
            return Forbidden("linked_record_read_only", resource=parents.resource)
        if await parents.find(parent_id) is not None:
            return Forbidden("read_only_record")
        return unknown_reference(link.loc, parents.resource)

    @classmethod
    def searchable(cls) -> bool:
        """Whether ``q`` searches this list (``search``); the contract offers it only then."""
        return issubclass(cls.model, Searchable) or bool(cls.search_columns)

    def search(self, q: str) -> ColumnElement[bool]:
        if issubclass(self.model, Searchable):
            return matches(self.model.search_text, q)
        if self.search_columns:
            # Spaces are dropped on both sides, as in search documents ("ERP sync" ~ "ERPsync").
            return or_(
                *(
                    matches(func.replace(func.lower(getattr(self.model, c)), " ", ""), q)
                    for c in self.search_columns
                )
            )
        raise ValidationFailed.field(["query", "q"], "This list has no text search", "bad_query")

    async def list(
        self, params: ListParams, *, where: Sequence[ColumnElement[bool]] = ()
    ) -> PageResult[M]:
        """One page; ``where`` narrows it further (a child collection's parent, for example)."""
        query = await self.custom_query(params)
        sort_fields = {**self.sort_fields, **(query.sort_fields() if query else {})}
        sort = parse_sort(params.sort or self.default_sort, sort_fields)
        key = (
            query.sort_key(sort_fields[sort.field])
            if query and sort.field.startswith("cf.")
            else None
        )
        column = key.expression if key else getattr(self.model, self.sort_fields[sort.field])
        codec = CursorCodec(self.ctx.settings.secret, bound_to=list_binding(self.resource, params))
        conditions: list[ColumnElement[bool]] = [*where]
        if params.q:
            conditions.append(self.search(params.q))
            # A search pattern decides the plan (trigram index or the sort index): never the
            # generic plan a prepared statement switches to after five runs.
            await self.plan_for_values()
        if hasattr(self.model, "deleted_at"):
            conditions.append(self.model.deleted_at.is_(None))
        if query is not None:
            conditions.extend(query.predicates(params.custom_filters))

        def narrow(stmt: Select[Any]) -> Select[Any]:
            return apply_filters(stmt, params, self.filters).where(*conditions)

        total = None
        if params.include_total:
            counted = narrow(self.readable())
            total = await self.session.scalar(select(func.count()).select_from(counted.subquery()))
        if params.cursor and key is not None:
            value, last_id = self._decode_cursor(codec, params.cursor, sort, column, key.read)
            conditions.append(custom.after(key, value, last_id, self.model.id, sort.descending))
        elif params.cursor:
            value, last_id = self._decode_cursor(codec, params.cursor, sort, column)
            conditions.append(self._after(column, value, last_id, sort.descending))
        order: tuple[Any, Any]
        if key is not None:
            order = custom.order(key, self.model.id, sort.descending)
        elif sort.descending:
            order = (column.desc(), self.model.id.desc())
        else:
            order = (column, self.model.id)
        self._page = lambda branch: narrow(branch).order_by(*order).limit(params.limit + 1)
        try:
            stmt = narrow(self.readable())
        finally:
            self._page = None
        rows = list(
            (await self.session.scalars(stmt.order_by(*order).limit(params.limit + 1))).all()
        )
        next_cursor = None
        if len(rows) > params.limit:
            rows = rows[: params.limit]
            last = rows[-1]
            if key is not None:
                value = key.value_of(last)
            else:
                value = getattr(last, self.sort_fields[sort.field])
            next_cursor = codec.encode(sort.key, [_to_json(value), str(last.id)])
        return PageResult(rows, next_cursor, total)

    async def custom_query(self, params: ListParams) -> custom.CustomQuery | None:
        """The custom-field filters and sort keys of a list that uses any (None otherwise:
        no definition is read for a list that names none)."""
        if not issubclass(self.model, HasCustomFields):
            return None
        sort = (params.sort or "").removeprefix("-")
        if not params.custom_filters and not sort.startswith("cf."):
            return None
        fields = await custom.definitions_of(self.session, self.resource)
        dialect = self.session.get_bind().dialect.name
        return custom.CustomQuery(self.model, fields, dialect)

    def _after(
        self, column: Any, value: Any, last_id: uuid.UUID, descending: bool
    ) -> ColumnElement[bool]:
        """The rows after the cursor's, in the list's order. The bound beside the OR adds no
        condition, but it is what an index on the sort column can start from: the OR alone is
        only a filter, so each page read every row before it (a manager's initial sync of
        208,492 customers at a million: 279 ms a page, 298 s for all 1,043 pages)."""
        if descending:
            after = or_(column < value, and_(column == value, self.model.id < last_id))
            bound = column <= value
        else:
            after = or_(column > value, and_(column == value, self.model.id > last_id))
            bound = column >= value
        return after if value is None else and_(bound, after)

    def _decode_cursor(
        self,
        codec: CursorCodec,
        cursor: str,
        sort: Sort,
        column: Any,
        read: Callable[[Any], Any] | None = None,
    ) -> tuple[Any, uuid.UUID]:
        values = codec.decode(cursor, sort.key)
        try:
            raw_value, raw_id = values
            if read is not None:  # a custom field's value; empty ones sort last
                return (None if raw_value is None else read(raw_value)), uuid.UUID(str(raw_id))
            python_type = column.type.python_type
            return _from_json(raw_value, python_type), uuid.UUID(str(raw_id))
        except (ValueError, TypeError, InvalidOperation) as exc:
            raise ValidationFailed.field(
                ["query", "cursor"], "Invalid cursor", "bad_cursor"
            ) from exc


class Repository(ReadRepository[R]):
    """Reads plus the standard writes of a ``Record``."""

    async def flush(self) -> None:
        try:
            await self.session.flush()
        except IntegrityError as exc:
            field = self._violated_field(exc)
            if field is None:
                raise Conflict() from exc
            raise Duplicate(
                resource=self.resource, field=field, extensions={"field": field}
            ) from exc

    def _violated_field(self, exc: IntegrityError) -> str | None:
        message = str(exc.orig)
        table = self.model.__tablename__
        for field in self.unique_fields:
            if f"{table}.{field}" in message or f"({field})" in message or f"_{field}" in message:
                return field
        return None

    async def replay(self, client_id: uuid.UUID) -> R | None:
        """Before a create with a client-chosen id: the record a repeated create returns (live
        and visible to the caller), or None when the id is free. Any other holder of the id —
        a record out of the caller's scope, a deleted one (restore it instead) — is one 409
        ``id_conflict``, so the answer tells that the id is taken and nothing about the record.

        The creates of one id first queue (``begin_write`` keyed by the id: an advisory lock on
        PostgreSQL, the write lock on SQLite), so a repeat sent while the first create is still
        running waits and then returns its record instead of colliding with it."""
        await begin_write(self.session, f"{self.model.__tablename__}:{client_id}")
        found = await self.find(client_id)
        if found is not None:
            return found
        if await self.session.scalar(select(self.model.id).where(self.model.id == client_id)):
            raise IdConflict()
        return None

    async def create(self, values: Mapping[str, Any]) -> tuple[R, bool]:
        """Insert; with a client-chosen id already used, what ``replay`` says (a repeated
        create returns the record as stored, ``created`` False)."""
        data = dict(values)
        if data.get("id") is not None:
            found = await self.replay(data["id"])
            if found is not None:
                return found, False
        else:
            data.pop("id", None)
        await self.check_links(data)
        if issubclass(self.model, HasCustomFields):
            data["custom_fields"] = await custom.checked(
                self.ctx, self.resource, data.get("custom_fields"), None, creating=True
            )
        record: R = self.model(**data)
        self.session.add(record)
        await self.flush()
        await self.ensure_writable(record)
        return record, True

    async def check_current(self, record: R, expected: Expected) -> None:
        """412 (with the current ETag) unless the stored version is the one the client saw.

        On PostgreSQL the version is read ``FOR UPDATE``: of two writers with the same
        ``If-Match`` the second waits for the first and then sees the version it wrote.
        (SQLite writers hold the write lock from the start of their transaction already.)"""
        if expected is None:
            return
        current = record.version
        if self.session.get_bind().dialect.name == "postgresql":
            stored = await self.session.scalar(
                select(self.model.version).where(self.model.id == record.id).with_for_update()
            )
            current = record.version if stored is None else stored
        check_version(current, expected)

    async def update(
        self,
        record: R,
        changes: Mapping[str, Any],
        expected: Expected,
        *,
        carried: Collection[str] = (),
    ) -> R:
        """Change the record's columns; ``custom_fields`` in ``changes`` are merged over its
        values and checked (``core.custom_fields.values.checked``; ``carried``: keys taken
        from another record as they are, a merge's, though their field or option is archived)."""
        await self.check_current(record, expected)
        await self.check_links(changes, record, kept=True)
        if "custom_fields" in changes and issubclass(self.model, HasCustomFields):
            if changes["custom_fields"] is None:
                raise ValidationFailed.field(
                    ["body", "custom_fields"], "May not be null", "null_not_allowed"
                )
            stored = getattr(record, "custom_fields", None)
            changes = {
                **changes,
                "custom_fields": await custom.checked(
                    self.ctx,
                    self.resource,
                    changes["custom_fields"],
                    stored,
                    creating=False,
                    carried=carried,
                ),
            }
        columns = inspect(self.model).columns
        for key, value in changes.items():
            if value is None and key in columns and not columns[key].nullable:
                raise ValidationFailed.field(["body", key], "May not be null", "null_not_allowed")
            setattr(record, key, value)
        await self.flush()
        await self.ensure_writable(record)
        return record

    async def lock(self, record: R) -> None:
        """Re-read the row ``FOR UPDATE`` (PostgreSQL), so that two requests changing what
        depends on it (two claims of one customer, two payments on one contract) queue. SQLite
        writers are serialised already."""
        if self.session.get_bind().dialect.name == "postgresql":
            await self.session.execute(
                select(self.model.id).where(self.model.id == record.id).with_for_update()
            )
            await self.session.refresh(record)

    async def ensure_writable(self, record: R) -> None:
        """Re-check after a write, inside its transaction: the result must stay in scope."""
        if getattr(self.model, "__scope_column__", None) is None and self.scope_via is None:
            return
        stmt = self.writable(include_deleted=True).where(self.model.id == record.id)
        if await self.session.scalar(stmt.with_only_columns(self.model.id)) is None:
            raise Forbidden("outside_scope")

    async def ensure_owner_scope(self, record: R) -> None:
        """Giving a record away (release, transfer, merging it into another) needs it in the
        subject's own scope: a share, even one for writing, lends a record but does not give
        the right to hand it on. 403 otherwise (the caller can see it)."""
        stmt = self.writable(include_deleted=True, shares=False).where(self.model.id == record.id)
        if await self.session.scalar(stmt.with_only_columns(self.model.id)) is None:
            raise Forbidden("ownership_outside_scope")

    async def soft_delete(self, record: R, expected: Expected) -> None:
        await self.check_current(record, expected)
        record.deleted_at = utcnow()
        await self.flush()

    async def restore(self, record: R) -> R:
        if record.deleted_at is None:
            raise Conflict("not_deleted", resource=self.resource)
        await self.check_links({}, record, every=True)  # back on its parents: still theirs?
        record.deleted_at = None
        await self.flush()
        return record

    @classmethod
    def column_names(cls) -> set[str]:
        return {c.key for c in inspect(cls.model).column_attrs}


def _to_json(value: Any) -> Any:
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, Decimal | uuid.UUID):
        return str(value)
    return value


def _from_json(raw: Any, python_type: type) -> Any:
    if python_type is datetime:
        parsed = datetime.fromisoformat(str(raw))
        if parsed.tzinfo is None:
            raise ValueError("naive cursor time")
        return parsed
    if python_type is date:
        return date.fromisoformat(str(raw))
    if python_type is Decimal:
        return Decimal(str(raw))
    if python_type is uuid.UUID:
        return uuid.UUID(str(raw))
    if python_type is bool:
        if not isinstance(raw, bool):
            raise TypeError("bool expected")
        return raw
    if python_type in (int, str):
        if not isinstance(raw, python_type):
            raise TypeError(f"{python_type.__name__} expected")
        return raw
    raise TypeError(f"unsupported sort type {python_type}")


async def is_live(ctx: Ctx, model: type[Record], record_id: uuid.UUID) -> bool:
    """Whether a record of ``model`` with this id exists and is not deleted (reference data
    and people a body names by id, which any caller may name: no data scope)."""
    stmt = select(model.id).where(model.id == record_id, model.deleted_at.is_(None))
    return await ctx.session.scalar(stmt) is not None


async def check_live(
    ctx: Ctx, values: Mapping[str, Any], refs: Iterable[tuple[str, type[Record], str]]
) -> None:
    """422 ``not_found`` naming ``body.<field>`` for each ``(field, model, kind)`` whose value
    in ``values`` names no live record (``is_live``)."""
    for field, model, kind in refs:
        if values.get(field) is not None and not await is_live(ctx, model, values[field]):
            raise unknown_reference(["body", field], kind)
