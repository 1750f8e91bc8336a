"""References: each record a response names is shown beside its id as a small summary.

An opportunity names its customer, owner, pipeline and stage by id; a client showing a list
wants their names without a request per row. An output schema declares, beside each
``<name>_id``, a summary field ``<name>: Ref | None = ref("<kind>")``; the one resolver
(``resolve``) collects, for a whole page, the ids of each kind and loads their names in **one
query per kind** (``SELECT id, name, deleted_at … WHERE id IN (…)``), then fills every summary.
Lists, gets and the answers to writes and actions go through it (``core.crud``); nested models
(a deal's contact roles) are walked too.

``Ref`` is the same shape everywhere: ``{"id", "name", "deleted"}``. What a caller sees of a
record they may not open is decided per kind (``Sight``, [permissions.md]): the name of a
record of the company's own (an employee, a department, a stage) or of a business record
(a customer, a deal, a contract) is shown beside any record the caller sees; a person's name
outside the company (a contact) only to a caller who may open that contact, ``null``
otherwise. Never more than the id and the name: larger objects are ``expand=`` options
(``expansion``), loaded through the kind's own repository, so they appear only for records
the caller may open.

A kind is registered by its context (``register_kind``), as shareables and audit are: this
floor knows no context. Summaries are not in event payloads or delta-sync data (``exclude``):
a name there would go stale without an event of the record that holds it.
"""

from __future__ import annotations

import functools
import types
import uuid
from collections import defaultdict
from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum
from typing import Any, TypeVar, Union, get_args, get_origin

from pydantic import BaseModel, ConfigDict, Field
from sqlalchemy import Select, String, cast, false, literal, select, true, union_all

from salescrm.core.repository import ReadRepository
from salescrm.core.uow import Ctx

#: The schema mark of a summary field (its kind) and of an expansion (the reference it expands).
REFERENCE = "x-reference"
EXPANSION = "x-expansion"
#: A validation alias no record has: reading a record leaves the field empty for ``resolve``.
_UNREAD = "__salescrm_resolved_later__"


class Ref(BaseModel):
    """A record this one names: its id and name, the same shape for every kind."""

    model_config = ConfigDict(frozen=True)

    id: uuid.UUID
    name: str | None = Field(
        description="The record's name; null when the caller may not see it (a contact "
        "outside their data scope) or the record no longer exists."
    )
    deleted: bool = Field(
        description="The record was deleted (it may be restored); its name is still shown."
    )


class Sight(StrEnum):
    """Who sees a kind's name beside a record that names it (docs/permissions.md)."""

    #: Whoever sees the naming record: the company's own records and business records.
    named = "named"
    #: Only a caller who may open the named record (a person's name: a contact).
    opened = "opened"


@dataclass(frozen=True)
class Kind:
    kind: str
    model: type[Any]
    name: Any  # the column (or expression) shown as the name
    sight: Sight
    repository: type[ReadRepository[Any]] | None
    read_permission: str | None


KINDS: dict[str, Kind] = {}


def register_kind(
    kind: str,
    model: type[Any],
    *,
    name: Any = None,
    sight: Sight = Sight.named,
    repository: type[ReadRepository[Any]] | None = None,
    read_permission: str | None = None,
) -> None:
    """Make ``kind`` a reference: its records' ``name`` (default ``model.name``) shown beside
    ids that name them. ``Sight.opened`` needs the ``repository`` (and ``read_permission``)
    that decide who may open a record; an expansion of the kind needs the repository too."""
    if sight is Sight.opened and (repository is None or read_permission is None):
        raise TypeError(f"{kind}: a name shown only to who may open it needs its repository")
    KINDS[kind] = Kind(
        kind, model, model.name if name is None else name, sight, repository, read_permission
    )


def ref(kind: str, description: str = "") -> Any:
    """The summary field beside ``<field>_id``: ``customer: Ref | None = ref("customer")``.
    Null when the id is; filled by ``resolve``."""
    text = f"The {kind.replace('_', ' ')} named by the id beside it: id and name (null if none)."
    return Field(
        None,
        validation_alias=_UNREAD,
        description=f"{text} {description}".strip(),
        json_schema_extra={REFERENCE: kind},
    )


def _absent(value: Any) -> bool:
    return value is None


#: What each ``expand`` value is called (English, Chinese), for ``GET /labels``: an expansion
#: names itself here before a schema declares it.
EXPANSION_LABELS: dict[str, tuple[str, str]] = {"customer": ("Customer details", "客户详情")}


def expansion(reference_field: str, description: str = "") -> Any:
    """A larger embedded object for ``expand=<reference_field>``: present only when asked for
    and the caller may open the record (through the kind's own repository)."""
    if reference_field not in EXPANSION_LABELS:
        raise TypeError(f"expand={reference_field}: name it in EXPANSION_LABELS first")
    text = f"Only with `expand={reference_field}`, and only when the caller may open the record."
    return Field(
        None,
        validation_alias=_UNREAD,
        description=f"{description} {text}".strip(),
        json_schema_extra={EXPANSION: reference_field},
        exclude_if=_absent,
    )


# ----- what a schema declares --------------------------------------------------------------------
@dataclass(frozen=True)
class _Expansion:
    field: str
    id_field: str
    kind: str
    card: type[BaseModel]


@dataclass(frozen=True)
class Plan:
    """A schema's summary fields ``(field, id field, kind)``, its expansions by name, and the
    fields holding nested models with references of their own (``True``: a list of them)."""

    refs: tuple[tuple[str, str, str], ...]
    expansions: dict[str, _Expansion]
    nested: tuple[tuple[str, type[BaseModel], bool], ...]

    @property
    def empty(self) -> bool:
        return not (self.refs or self.expansions or self.nested)


def _model_in(annotation: Any) -> tuple[type[BaseModel], bool] | None:
    """The model a field holds (``X``, ``X | None``, ``list[X]``) and whether in a list."""
    origin = get_origin(annotation)
    if origin in (Union, types.UnionType):
        found = [m for arg in get_args(annotation) if (m := _model_in(arg)) is not None]
        return found[0] if found else None
    if origin is list:
        inner = _model_in(get_args(annotation)[0])
        return None if inner is None else (inner[0], True)
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return annotation, False
    return None


def _mark(info: Any, key: str) -> str | None:
    extra = info.json_schema_extra
    if isinstance(extra, dict) and isinstance(extra.get(key), str):
        return str(extra[key])
    return None


@functools.cache
def plan_of(schema: type[BaseModel]) -> Plan:
    refs: list[tuple[str, str, str]] = []
    expansions: dict[str, _Expansion] = {}
    nested: list[tuple[str, type[BaseModel], bool]] = []
    fields = schema.model_fields
    for name, info in fields.items():
        if (kind := _mark(info, REFERENCE)) is not None:
            if f"{name}_id" not in fields:
                raise TypeError(f"{schema.__name__}.{name}: a reference sits beside {name}_id")
            refs.append((name, f"{name}_id", kind))
        elif (expanded := _mark(info, EXPANSION)) is not None:
            ref = _mark(fields[expanded], REFERENCE) if expanded in fields else None
            held = _model_in(info.annotation)
            if ref is None or held is None:
                raise TypeError(f"{schema.__name__}.{name}: expands no reference {expanded!r}")
            expansions[expanded] = _Expansion(name, f"{expanded}_id", ref, held[0])
        elif (
            (held := _model_in(info.annotation)) is not None
            and held[0] is not schema
            and not plan_of(held[0]).empty
        ):
            nested.append((name, *held))
    return Plan(tuple(refs), expansions, tuple(nested))


def expansions_of(schema: type[BaseModel]) -> list[str]:
    """The values ``expand`` accepts for ``schema`` (empty: the parameter is not offered)."""
    return sorted(plan_of(schema).expansions)


@functools.cache
def exclude(schema: type[BaseModel]) -> dict[str, Any] | None:
    """The summaries and expansions of ``schema`` as a ``model_dump`` exclusion (the event
    payloads leave them out), None when it has none."""
    plan = plan_of(schema)
    spec: dict[str, Any] = {field: True for field, _, _ in plan.refs}
    spec |= {expansion.field: True for expansion in plan.expansions.values()}
    for field, model, many in plan.nested:
        inner = exclude(model)
        if inner is not None:
            spec[field] = {"__all__": inner} if many else inner
    return spec or None


# ----- resolving ---------------------------------------------------------------------------------
_Out = TypeVar("_Out", bound=BaseModel)


async def resolve(ctx: Ctx, outs: Sequence[BaseModel], expand: Collection[str] = ()) -> None:
    """Fill the summaries of ``outs`` (a page, or one record) and their nested models, and the
    expansions asked for: one query per expansion, then one per kind of reference."""
    if not outs:
        return
    cards: list[BaseModel] = []
    for name in sorted(set(expand)):
        cards.extend(await _expand(ctx, outs, name))
    slots: list[tuple[BaseModel, str, str, uuid.UUID]] = []
    wanted: dict[str, set[uuid.UUID]] = defaultdict(set)
    _collect([*outs, *cards], slots, wanted)
    if not slots:
        return
    found = await _names(ctx, wanted)
    for out, field, kind, record_id in slots:
        ref = found.get((kind, record_id)) or Ref(id=record_id, name=None, deleted=True)
        setattr(out, field, ref)


async def present(
    ctx: Ctx, schema: type[_Out], records: Iterable[Any], expand: Collection[str] = ()
) -> list[_Out]:
    """``records`` read into ``schema``, their references resolved."""
    outs = [schema.model_validate(record, from_attributes=True) for record in records]
    await resolve(ctx, outs, expand)
    return outs


async def present_one(
    ctx: Ctx, schema: type[_Out], record: Any, expand: Collection[str] = ()
) -> _Out:
    return (await present(ctx, schema, [record], expand))[0]


def _collect(
    outs: Iterable[BaseModel],
    slots: list[tuple[BaseModel, str, str, uuid.UUID]],
    wanted: dict[str, set[uuid.UUID]],
) -> None:
    for out in outs:
        plan = plan_of(type(out))
        for field, id_field, kind in plan.refs:
            record_id = getattr(out, id_field)
            if record_id is not None:
                slots.append((out, field, kind, record_id))
                wanted[kind].add(record_id)
        for field, _model, many in plan.nested:
            value = getattr(out, field)
            if value is not None:
                _collect(value if many else [value], slots, wanted)


async def _expand(ctx: Ctx, outs: Sequence[BaseModel], name: str) -> list[BaseModel]:
    """Embed the ``name`` expansion in each out whose record the caller may open (one scoped
    query for the page); returns the embedded objects (their own references are resolved
    with the page's)."""
    expanded = plan_of(type(outs[0])).expansions[name]
    repository = KINDS[expanded.kind].repository
    if repository is None:
        raise TypeError(f"{expanded.kind}: an expansion needs the kind's repository")
    ids = {i for out in outs if (i := getattr(out, expanded.id_field)) is not None}
    rows = await repository(ctx).visible(ids)
    cards: dict[uuid.UUID, BaseModel] = {
        record_id: expanded.card.model_validate(row, from_attributes=True)
        for record_id, row in rows.items()
    }
    for out in outs:
        card = cards.get(getattr(out, expanded.id_field))
        if card is not None:
            setattr(out, expanded.field, card)
    return list(cards.values())


async def names_of(
    ctx: Ctx, wanted: Mapping[str, Collection[uuid.UUID]]
) -> dict[tuple[str, uuid.UUID], Ref]:
    """The summaries of ids of any registered kinds, under the same rule as a page's (a kind
    shown only to who may open it is unnamed otherwise); kinds that are not registered, and
    empty id sets, are skipped. For views that are not a schema (a hand-over's preview)."""
    kept = {kind: set(ids) for kind, ids in wanted.items() if ids and kind in KINDS}
    return await _names(ctx, kept) if kept else {}


async def _names(ctx: Ctx, wanted: dict[str, set[uuid.UUID]]) -> dict[tuple[str, uuid.UUID], Ref]:
    """The summaries of every id wanted, one ``SELECT … WHERE id IN (…)`` per kind, sent as
    one statement (``UNION ALL``: a round trip per page, not per kind; on SQLite each is a
    hop to the driver's thread). Tombstones are included (flagged ``deleted``); for a kind
    shown only to who may open it, the select also says whether each is in the caller's
    scope."""
    selects = [_select(ctx, KINDS[kind], ids) for kind, ids in sorted(wanted.items())]
    statement = selects[0] if len(selects) == 1 else union_all(*selects)
    found = {}
    for kind, record_id, name, deleted_at, shown in await ctx.session.execute(statement):
        found[kind, record_id] = Ref(
            id=record_id, name=name if shown else None, deleted=deleted_at is not None
        )
    return found


def _select(ctx: Ctx, kind: Kind, ids: set[uuid.UUID]) -> Select[Any]:
    model = kind.model
    shown: Any = true()
    if kind.sight is Sight.opened and kind.repository is not None and kind.read_permission:
        shown = (
            model.id.in_(kind.repository(ctx).scoped_among(ids))
            if ctx.subject.can(kind.read_permission)
            else false()
        )
    return select(
        literal(kind.kind).label("kind"),
        model.id.label("id"),
        cast(kind.name, String).label("name"),
        model.deleted_at.label("deleted_at"),
        shown.label("shown"),
    ).where(model.id.in_(list(ids)))
