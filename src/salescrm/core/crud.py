"""One router factory for the standard operations of every resource.

``crud_router(spec)`` registers list, create, get, update, delete and restore (or the subset in
``spec.operations``) with stable operation ids (``products_list`` …), ETags, ``If-Match``,
``Location`` and documented errors. Resource-specific actions are added to the returned router
by the resource's own module.

A child collection (``/opportunities/{parent_id}/line-items``) names its parent in the path as
``{parent_id}``; its service is then built as ``service(ctx, parent_id)`` (see
``core.service.ChildCrudService``), so every operation is confined to that parent.
"""

from __future__ import annotations

import uuid
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from enum import StrEnum
from typing import Annotated, Any, cast

from fastapi import APIRouter, Depends, Header, Path, Query, Request, Response, status
from pydantic import BaseModel, Field, create_model
from sqlalchemy import inspect

from salescrm.core import events, geo, i18n, references
from salescrm.core.db.base import Record
from salescrm.core.errors import error_responses
from salescrm.core.etag import Expected, etag, none_match, parse_if_match
from salescrm.core.openapi import response_headers
from salescrm.core.pagination import ListParams, page_of
from salescrm.core.schemas import RequestModel
from salescrm.core.service import ReadService
from salescrm.core.uow import Ctx, UnitOfWorkRoute, get_ctx

ALL_OPERATIONS = frozenset({"list", "create", "get", "update", "delete", "restore"})
READ_OPERATIONS = frozenset({"list", "get"})


@dataclass(frozen=True)
class CrudSpec:
    path: str  # "/products"
    name: str  # "products": the operation id prefix
    tag: str
    service: type[ReadService[Any]]
    read_schema: type[BaseModel]
    list_params: type[ListParams]
    create_schema: type[BaseModel] | None = None
    update_schema: type[BaseModel] | None = None
    singular: str = "record"
    operations: frozenset[str] = ALL_OPERATIONS
    #: For a child collection: what the ``{parent_id}`` in ``path`` names ("opportunity").
    parent: str | None = None
    #: Its records carry map coordinates: every route takes ``coord_system``, the system the
    #: answer states them in (``core.geo``); the list's parameters must declare it themselves.
    coordinates: bool = False

    def __post_init__(self) -> None:
        if (self.parent is None) == ("{parent_id}" in self.path):
            raise ValueError(f"{self.path}: a child collection has {{parent_id}} and a parent")
        if self.coordinates and "coord_system" not in self.list_params.model_fields:
            raise ValueError(f"{self.path}: its list parameters lack coord_system")

    @property
    def dependencies(self) -> list[Any]:
        """What every generated route but the list depends on besides its parameters."""
        return [Depends(geo.answer_in)] if self.coordinates else []


IdPath = Annotated[uuid.UUID, Path(description="The record's id (UUID).")]
#: Any value is a condition (RFC 9110 §13.1.1): one that names no current version is a 412 with
#: the current ETag, so the contract states no pattern a client could fail differently.
IfMatch = Annotated[
    str | None,
    Header(
        alias="If-Match",
        description=(
            'The ETag you last read, e.g. "3" (or `*`, or a list of tags). If it names no '
            "current version of the record, the write answers 412 with the current ETag."
        ),
        examples=['"3"'],
    ),
]
IfNoneMatch = Annotated[str | None, Header(alias="If-None-Match")]
CtxDep = Annotated[Ctx, Depends(get_ctx)]


def _typed(func: Callable[..., Any], **annotations: Any) -> Callable[..., Any]:
    """Give a generic endpoint the concrete schema types FastAPI reads from its signature."""
    func.__annotations__.update(annotations)
    return func


def _permission(spec: CrudSpec, action: str) -> str:
    """The permission the generic service requires for ``action`` (``ReadService.require``)."""
    service: Any = spec.service
    return str(service.permissions.get(action) or f"{service.permission}:{action}")


#: The one rule for a record a body names (``errors.unknown_reference``), stated on every write.
_REFERENCES = (
    "A record the body names that does not exist or is outside the caller's data scope is a "
    "422 `not_found` naming the field; one the caller may only read, where the write needs to "
    "change it, is a 403."
)


def _description(spec: CrudSpec, operation: str) -> str:
    """The business rules of a generic operation, generated from the spec: the permission the
    caller needs and what answers 409 or 422, so a client reads them in the contract."""
    action = {"list": "read", "get": "read", "create": "write", "update": "write"}.get(
        operation, "delete"
    )
    service: Any = spec.service
    lines = [
        service.access.get(operation) or f"Requires the permission `{_permission(spec, action)}`."
    ]
    owned = "owner_id" in spec.read_schema.model_fields
    if spec.parent is not None:
        lines.append(f"Confined to one {spec.parent}: 404 when the caller cannot see it.")
    if operation == "list":
        lines.append("Lists only records within the caller's data scope.")
        if spec.list_params.takes_custom_fields:
            lines.append(_CUSTOM_FIELDS)
    elif operation == "get":
        lines.append("404 when absent or outside the caller's data scope; `ETag` is the version.")
    elif operation == "create":
        if owned:
            lines.append(f"Setting another owner also requires `{_permission(spec, 'assign')}`.")
        lines.append(
            "201 with `Location` and `ETag`; a repeated create with the same client-chosen "
            "`id` answers 200 with the record. 409 `duplicate` when a unique field is taken "
            "(the problem names it), 409 `id_conflict` when the id is in use otherwise; "
            f"422 when a field is invalid. {_REFERENCES}"
        )
    elif operation == "update":
        if owned:
            lines.append(f"Changing the owner also requires `{_permission(spec, 'assign')}`.")
        lines.append(
            "Send `If-Match` with the ETag: a stale one answers 412 with the current ETag. "
            "409 `duplicate` when a unique field would clash; 422 when a field is invalid. "
            + _REFERENCES
        )
    elif operation == "delete":
        lines.append(
            "A soft delete, undone by `POST …/{record_id}/restore`; a stale `If-Match` is 412."
        )
    elif operation == "restore":
        lines.append("409 `duplicate` when a live record now holds one of its unique fields.")
    lines.extend(_refusals(spec, operation).values())
    return "\n\n".join(lines)


_CUSTOM_FIELDS = (
    "Custom fields (`GET /api/v1/custom-fields?resource=…`; docs/custom-fields.md) filter with "
    "`cf.<key>=<value>` (a multi select: records holding that option), `cf.<key>_min` / "
    "`cf.<key>_max` (number, money) and `cf.<key>_from` / `cf.<key>_to` (date, date-time), and "
    "sort with `sort=cf.<key>` or `-cf.<key>` (not long text or multi select; records without a "
    "value come last, first when descending). An unknown field or a value its type cannot "
    "read is a 422 naming the parameter."
)


def _refusals(spec: CrudSpec, operation: str) -> dict[int, str]:
    """The statuses the spec's service adds to ``operation``, with their reasons
    (``ReadService.refusals``)."""
    service: Any = spec.service
    return dict(service.refusals.get(operation, {}))


def _errors(spec: CrudSpec, operation: str, *generic: int) -> dict[int | str, dict[str, Any]]:
    """The documented error responses of ``operation``: its generic statuses and those its
    service's rules add."""
    return error_responses(*sorted({*generic, *_refusals(spec, operation)}))


def _service_dependency(spec: CrudSpec) -> Any:
    """The dependency that builds the spec's service for the request (and its parent)."""
    if spec.parent is None:

        async def service(ctx: CtxDep) -> Any:
            return spec.service(ctx)

        return Annotated[Any, Depends(service)]
    service_type: Any = spec.service
    parent_path = Path(description=f"The {spec.parent}'s id (UUID).")

    async def child_service(ctx: CtxDep, parent_id: uuid.UUID) -> Any:
        return service_type(ctx, parent_id)

    typed = _typed(child_service, parent_id=Annotated[uuid.UUID, parent_path])
    return Annotated[Any, Depends(typed)]


#: Every spec a router was built from, by name: what the contract's meta-tests read.
SPECS: dict[str, CrudSpec] = {}


def _refuse_null(spec: CrudSpec) -> None:
    """Publish the update schema's fields that name a column which is never empty as not
    nullable: the repository refuses ``null`` for them (``Repository.update``)."""
    schema = spec.update_schema
    model = getattr(getattr(spec.service, "repository", None), "model", None)
    if schema is None or model is None or not issubclass(schema, RequestModel):
        return
    columns = inspect(model).columns
    required = {
        name for name in schema.model_fields if name in columns and not columns[name].nullable
    }
    schema.not_null = schema.not_null | required


def _publish(spec: CrudSpec) -> None:
    """The resource's changes are events carrying its read schema (``core.events``)."""
    repository = getattr(spec.service, "repository", None)
    model = getattr(repository, "model", None)
    if repository is None or not (isinstance(model, type) and issubclass(model, Record)):
        return
    if model.__published__ and model not in events.PUBLISHED:
        service = spec.service
        read = service.permissions.get("read") or f"{service.permission}:read"
        events.publish(model, spec.read_schema, repository, read)


def crud_router(spec: CrudSpec) -> APIRouter:
    SPECS[spec.name] = spec
    _refuse_null(spec)
    _publish(spec)
    router = APIRouter(prefix=spec.path, tags=[spec.tag], route_class=UnitOfWorkRoute)
    for operation in ("list", "create", "get", "update", "delete", "restore"):
        if operation in spec.operations:
            _REGISTER[operation](router, spec)
    return router


async def _out(spec: CrudSpec, service: Any, record: Any, expand: Any = None) -> BaseModel:
    """The record in the read schema, its references named (``core.references``)."""
    outs = await service.present(spec.read_schema, [record], expand or ())
    out: BaseModel = outs[0]
    return out


def _expand_enum(schema: type[BaseModel]) -> type[StrEnum] | None:
    """The values ``expand`` takes for ``schema`` as an enum (None: it has no expansions)."""
    values = references.expansions_of(schema)
    if not values:
        return None
    name = f"{schema.__name__.removesuffix('Out')}Expand"
    if name not in _EXPAND_ENUMS:
        enum = cast(type[StrEnum], StrEnum(name, {v: v for v in values}))
        i18n.register_enum(enum, {v: references.EXPANSION_LABELS[v] for v in values})
        _EXPAND_ENUMS[name] = enum
    return _EXPAND_ENUMS[name]


_EXPAND_ENUMS: dict[str, type[StrEnum]] = {}
_EXPAND_HELP = (
    "Embed larger objects for these references (repeat the parameter for several); each is "
    "present only for records the caller may open. An unknown value is a 422."
)


def _list_params(spec: CrudSpec) -> type[ListParams]:
    repository = spec.service.repository
    params = spec.list_params.sorted_by(repository.sort_fields, searchable=repository.searchable())
    expand = _expand_enum(spec.read_schema)
    if expand is None:
        return params
    with_expand: Any = create_model(
        params.__name__,
        __base__=params,
        __module__=params.__module__,
        expand=(list[expand], Field(default_factory=list, description=_EXPAND_HELP)),  # type: ignore[valid-type]
    )
    return cast(type[ListParams], with_expand)


def _list(router: APIRouter, spec: CrudSpec) -> None:
    async def endpoint(service: Any, params: Any) -> Any:
        if spec.coordinates:
            geo.answer_system.set(params.coord_system)
        page = await service.list(params)
        items = await service.present(spec.read_schema, page.items, getattr(params, "expand", ()))
        return {"items": items, "next_cursor": page.next_cursor, "total": page.total}

    router.add_api_route(
        "",
        _typed(
            endpoint,
            service=_service_dependency(spec),
            params=Annotated[_list_params(spec), Query()],
        ),
        methods=["GET"],
        name=f"{spec.name}_list",
        summary=f"List {spec.name.replace('_', ' ')}",
        description=_description(spec, "list"),
        response_model=page_of(spec.read_schema),
        # A child collection answers 404 when its parent is absent or out of the caller's scope.
        responses=_errors(spec, "list", 401, 403, 422, *((404,) if spec.parent else ())),
    )


def _create(router: APIRouter, spec: CrudSpec) -> None:
    async def endpoint(request: Request, response: Response, service: Any, payload: Any) -> Any:
        record, created = await service.create(payload)
        response.status_code = status.HTTP_201_CREATED if created else status.HTTP_200_OK
        response.headers["Location"] = f"{request.url.path}/{record.id}"
        response.headers["ETag"] = etag(record.version)
        return await _out(spec, service, record)

    router.add_api_route(
        "",
        _typed(endpoint, service=_service_dependency(spec), payload=spec.create_schema),
        dependencies=spec.dependencies,
        methods=["POST"],
        name=f"{spec.name}_create",
        summary=f"Create a {spec.singular}",
        description=_description(spec, "create"),
        status_code=status.HTTP_201_CREATED,
        response_model=spec.read_schema,
        responses={
            201: {"headers": response_headers("Location", "ETag")},
            200: {
                "model": spec.read_schema,
                "description": "Already created with this id",
                "headers": response_headers("Location", "ETag"),
            },
            **_errors(spec, "create", *_create_errors(spec)),
        },
    )


def _create_errors(spec: CrudSpec) -> list[int]:
    """A create answers 404 only for the parent in its path; a record its body names that the
    caller cannot see is a 422 (``errors.unknown_reference``)."""
    statuses = [400, 401, 403, 409, 413, 415, 422]
    if spec.parent is not None:
        statuses.append(404)
    return sorted(statuses)


def _get(router: APIRouter, spec: CrudSpec) -> None:
    async def read(
        record_id: uuid.UUID,
        response: Response,
        service: Any,
        if_none_match: str | None,
        expand: Any,
    ) -> Any:
        record = await service.get(record_id)
        version = getattr(record, "version", None)
        if version is not None:
            if none_match(if_none_match, etag(version)):
                return Response(status_code=304, headers={"ETag": etag(version)})
            response.headers["ETag"] = etag(version)
        return await _out(spec, service, record, expand)

    async def endpoint(
        record_id: IdPath, response: Response, service: Any, if_none_match: IfNoneMatch = None
    ) -> Any:
        return await read(record_id, response, service, if_none_match, ())

    async def expanding(
        record_id: IdPath,
        response: Response,
        service: Any,
        expand: Any = None,
        if_none_match: IfNoneMatch = None,
    ) -> Any:
        return await read(record_id, response, service, if_none_match, expand)

    expand = _expand_enum(spec.read_schema)
    typed = (
        _typed(endpoint, service=_service_dependency(spec))
        if expand is None
        else _typed(
            expanding,
            service=_service_dependency(spec),
            expand=Annotated[list[expand] | None, Query(description=_EXPAND_HELP)],  # type: ignore[valid-type]
        )
    )
    router.add_api_route(
        "/{record_id}",
        typed,
        dependencies=spec.dependencies,
        methods=["GET"],
        name=f"{spec.name}_get",
        summary=f"Get a {spec.singular}",
        description=_description(spec, "get"),
        response_model=spec.read_schema,
        responses={
            200: {"headers": response_headers("ETag")},
            304: {"description": "Not modified", "headers": response_headers("ETag")},
            **_errors(spec, "get", 401, 403, 404),
        },
    )


def _update(router: APIRouter, spec: CrudSpec) -> None:
    async def endpoint(
        record_id: IdPath, response: Response, service: Any, payload: Any, if_match: IfMatch = None
    ) -> Any:
        record = await service.update(record_id, payload, parse_if_match(if_match))
        response.headers["ETag"] = etag(record.version)
        return await _out(spec, service, record)

    router.add_api_route(
        "/{record_id}",
        _typed(endpoint, service=_service_dependency(spec), payload=spec.update_schema),
        dependencies=spec.dependencies,
        methods=["PATCH"],
        name=f"{spec.name}_update",
        summary=f"Update a {spec.singular} (only the fields sent)",
        description=_description(spec, "update"),
        response_model=spec.read_schema,
        responses={
            200: {"headers": response_headers("ETag")},
            **_errors(spec, "update", 400, 401, 403, 404, 409, 412, 413, 415, 422),
        },
    )


def _delete(router: APIRouter, spec: CrudSpec) -> None:
    async def endpoint(record_id: IdPath, service: Any, if_match: IfMatch = None) -> Response:
        await service.delete(record_id, parse_if_match(if_match))
        return Response(status_code=status.HTTP_204_NO_CONTENT)

    router.add_api_route(
        "/{record_id}",
        _typed(endpoint, service=_service_dependency(spec)),
        methods=["DELETE"],
        name=f"{spec.name}_delete",
        summary=f"Delete a {spec.singular} (soft delete; restorable)",
        description=_description(spec, "delete"),
        status_code=status.HTTP_204_NO_CONTENT,
        response_class=Response,
        responses=_errors(spec, "delete", 400, 401, 403, 404, 412),
    )


def _restore(router: APIRouter, spec: CrudSpec) -> None:
    async def endpoint(record_id: IdPath, response: Response, service: Any) -> Any:
        record = await service.restore(record_id)
        response.headers["ETag"] = etag(record.version)
        return await _out(spec, service, record)

    router.add_api_route(
        "/{record_id}/restore",
        _typed(endpoint, service=_service_dependency(spec)),
        dependencies=spec.dependencies,
        methods=["POST"],
        name=f"{spec.name}_restore",
        summary=f"Restore a deleted {spec.singular}",
        description=_description(spec, "restore"),
        response_model=spec.read_schema,
        responses={
            200: {"headers": response_headers("ETag")},
            **_errors(spec, "restore", 401, 403, 404, 409),
        },
    )


def record_action(
    router: APIRouter,
    *,
    action: str,
    name: str,
    summary: str,
    payload: type[BaseModel],
    read_schema: type[BaseModel],
    run: Callable[[Ctx, uuid.UUID, Any, Expected], Awaitable[Any]],
    description: str,
    coordinates: bool = False,
) -> None:
    """``POST /{record_id}/<action>``: a change of one record's state that is not an update
    (win, lose, reopen …), with ``If-Match`` honoured and the record's new ETag."""

    async def endpoint(
        record_id: IdPath, payload: Any, response: Response, ctx: CtxDep, if_match: IfMatch = None
    ) -> Any:
        record = await run(ctx, record_id, payload, parse_if_match(if_match))
        response.headers["ETag"] = etag(record.version)
        return await references.present_one(ctx, read_schema, record)

    router.add_api_route(
        f"/{{record_id}}/{action}",
        _typed(endpoint, payload=payload),
        dependencies=[Depends(geo.answer_in)] if coordinates else None,
        methods=["POST"],
        name=name,
        summary=summary,
        description=description,
        response_model=read_schema,
        responses={
            200: {"headers": response_headers("ETag")},
            **error_responses(400, 401, 403, 404, 409, 412, 415, 422),
        },
    )


_REGISTER: dict[str, Callable[[APIRouter, CrudSpec], None]] = {
    "list": _list,
    "create": _create,
    "get": _get,
    "update": _update,
    "delete": _delete,
    "restore": _restore,
}
