"""``/api/v1/departments``, ``/positions``, ``/roles``, ``/employees`` (with account and
staff changes) and ``/record-shares``."""

from __future__ import annotations

import uuid
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Path, Query, Request, Response, status

from salescrm.core import events
from salescrm.core.crud import CrudSpec, IdPath, crud_router
from salescrm.core.custom_fields import values as custom_values
from salescrm.core.errors import error_responses
from salescrm.core.etag import etag
from salescrm.core.openapi import response_headers
from salescrm.core.pagination import ListParams, page_of, sort_enum
from salescrm.core.references import present, present_one, register_kind
from salescrm.core.schemas import RequestModel
from salescrm.core.uow import Ctx, UnitOfWorkRoute, get_ctx, writes_late
from salescrm.org import schemas
from salescrm.org.handover import HandOverService
from salescrm.org.models import Department, Employee, Position, RecordShare, Role, StaffChange
from salescrm.org.repository import (
    EmployeeRepository,
    RecordShareRepository,
    StaffChangeRepository,
)
from salescrm.org.service import (
    DepartmentService,
    EmployeeService,
    PositionService,
    RoleService,
    StaffChangeService,
)
from salescrm.org.sharing import RecordMembers, ShareService

CtxDep = Annotated[Ctx, Depends(get_ctx)]

# The people and units of the company: their names beside any record the caller sees, whoever
# may open them (docs/permissions.md#names-beside-ids).
register_kind("employee", Employee)


async def _live_employees(ctx: Ctx, ids: set[uuid.UUID]) -> set[uuid.UUID]:
    return await EmployeeRepository(ctx).live_ids(ids)


# A custom field naming an employee names a live one (any, as a deal's team may).
custom_values.register_target("employee", _live_employees)
register_kind("department", Department)
register_kind("position", Position)
# A role's name (the company's own vocabulary) beside a rule that names it.
register_kind("role", Role)

departments = crud_router(
    CrudSpec(
        path="/departments",
        name="departments",
        tag="org",
        singular="department",
        service=DepartmentService,
        read_schema=schemas.DepartmentOut,
        create_schema=schemas.DepartmentCreate,
        update_schema=schemas.DepartmentUpdate,
        list_params=schemas.DepartmentListParams,
    )
)

positions = crud_router(
    CrudSpec(
        path="/positions",
        name="positions",
        tag="org",
        singular="position",
        service=PositionService,
        read_schema=schemas.PositionOut,
        create_schema=schemas.PositionCreate,
        update_schema=schemas.PositionUpdate,
        list_params=schemas.PositionListParams,
    )
)

roles = crud_router(
    CrudSpec(
        path="/roles",
        name="roles",
        tag="org",
        singular="role",
        service=RoleService,
        read_schema=schemas.RoleOut,
        create_schema=schemas.RoleCreate,
        update_schema=schemas.RoleUpdate,
        list_params=schemas.RoleListParams,
    )
)

employees = crud_router(
    CrudSpec(
        path="/employees",
        name="employees",
        tag="org",
        singular="employee",
        service=EmployeeService,
        read_schema=schemas.EmployeeOut,
        create_schema=schemas.EmployeeCreate,
        update_schema=schemas.EmployeeUpdate,
        list_params=schemas.EmployeeListParams,
    )
)


@employees.put(
    "/{record_id}/account",
    name="employees_account_set",
    summary="Create or change an employee's login (reset password, enable, disable)",
    description="Requires `employee:manage_account` and the employee within the caller's "
    "data scope (404 outside). 409 `duplicate` when the username is taken; 422 when a new "
    "login lacks a username or a password, or the password is too short or too long.",
    response_model=schemas.EmployeeOut,
    responses={
        200: {"headers": response_headers("ETag")},
        **error_responses(401, 403, 404, 409, 422),
    },
)
@writes_late
async def set_account(
    record_id: IdPath, payload: schemas.AccountUpdate, response: Response, ctx: CtxDep
) -> Any:
    employee = await EmployeeService(ctx).set_account(record_id, payload)
    response.headers["ETag"] = etag(employee.version)
    return await present_one(ctx, schemas.EmployeeOut, employee)


@employees.get(
    "/{record_id}/changes",
    name="employees_changes_list",
    summary="An employee's staff changes (transfers, promotions, status, resignation)",
    description="Requires `staff_change:read`; 404 when the employee is outside the caller's "
    "data scope.",
    response_model=page_of(schemas.StaffChangeOut),
    responses=error_responses(401, 403, 404, 422),
)
@sort_enum(StaffChangeRepository)
async def list_changes(
    record_id: IdPath,
    ctx: CtxDep,
    params: Annotated[schemas.StaffChangeListParams, Query()],
) -> Any:
    page = await StaffChangeService(ctx).list(record_id, params)
    items = await present(ctx, schemas.StaffChangeOut, page.items)
    return {"items": items, "next_cursor": page.next_cursor, "total": page.total}


@employees.post(
    "/{record_id}/changes",
    name="employees_changes_create",
    summary="Record a staff change; a resignation hands everything over to the successor",
    description="Requires `staff_change:write` and the employee within the caller's data "
    "scope. A change dated in the future is scheduled, which only a caller who sees every "
    "employee may do (403). 422 when the kind lacks the fields it "
    "needs, a referenced department, position or successor does not exist, or a resignation "
    "is not recorded with `kind=resignation`; 409 when the employee has resigned already.",
    status_code=status.HTTP_201_CREATED,
    response_model=schemas.StaffChangeOut,
    responses={
        201: {"headers": response_headers("Location")},
        **error_responses(400, 401, 403, 404, 409, 415, 422),
    },
)
async def create_change(
    record_id: IdPath,
    payload: schemas.StaffChangeCreate,
    request: Request,
    response: Response,
    ctx: CtxDep,
) -> Any:
    change = await StaffChangeService(ctx).create(record_id, payload)
    response.headers["Location"] = f"{request.url.path}/{change.id}"
    return await present_one(ctx, schemas.StaffChangeOut, change)


@employees.post(
    "/{record_id}/changes/{change_id}/cancel",
    name="employees_changes_cancel",
    summary="Cancel a scheduled staff change",
    description="Requires `staff_change:write`; 404 when the change is not this employee's or "
    "outside the caller's scope; 409 when it is no longer scheduled (applied or cancelled).",
    response_model=schemas.StaffChangeOut,
    responses=error_responses(401, 403, 404, 409),
)
async def cancel_change(record_id: IdPath, change_id: uuid.UUID, ctx: CtxDep) -> Any:
    change = await StaffChangeService(ctx).cancel(record_id, change_id)
    return await present_one(ctx, schemas.StaffChangeOut, change)


@employees.get(
    "/{record_id}/holdings",
    name="employees_holdings",
    summary="Preview what an employee owns and the memberships they hold, for a hand-over",
    description="Requires `employee:hand_over` and the employee within the caller's data "
    "scope (404 outside). Every resource an employee can own, with its count and (at most "
    "500) records with their names, and their collaborator, deal-team and share "
    "memberships. Contacts, activities and key-account plans follow their customer or deal.",
    response_model=schemas.Holdings,
    responses=error_responses(401, 403, 404, 422),
)
async def holdings(record_id: IdPath, ctx: CtxDep) -> Any:
    preview = await HandOverService(ctx).preview(record_id)
    return await present_one(ctx, schemas.Holdings, preview)


@employees.post(
    "/{record_id}/hand-over",
    name="employees_hand_over",
    summary="Hand an employee's records and memberships over to colleagues (or the pool)",
    description="Requires `employee:hand_over` and the employee within the caller's data "
    "scope (404 outside; 403 `administrator_protected` for an administrator's, unless the "
    "caller is one). Per record, its entry in `records`, its resource's entry in `resources` "
    "or `default_successor_id` decides where it goes; nothing covering it, it stays. "
    "Memberships go to `memberships_successor_id` (or the default successor). One "
    "transaction: each moved record is audited and published as updated, the employee's "
    "trail gets a `hand_over` entry, and every successor and their manager are notified. "
    "`dry_run` answers the same and changes nothing. 422 naming the field when a successor "
    "is unknown, resigned, outside the caller's scope or the employee themselves, when a "
    "record in `records` is not owned by the employee, when `to_pool` is used for anything "
    "but customers, or when the plan hands nothing over.",
    response_model=schemas.HandOverResult,
    responses=error_responses(400, 401, 403, 404, 415, 422),
)
async def hand_over(record_id: IdPath, payload: schemas.HandOverRequest, ctx: CtxDep) -> Any:
    return await HandOverService(ctx).hand_over(record_id, payload)


shares = APIRouter(prefix="/record-shares", tags=["org"], route_class=UnitOfWorkRoute)


@shares.post(
    "",
    name="record_shares_create",
    summary="Share a record you may change with an employee or a department",
    description="Requires `share:manage` and the right to change the record (403 for a "
    "read-only share; 422 `not_found` naming `record_id` when it does not exist or is outside "
    "the caller's data scope). Exactly one of `employee_id` and `department_id`; 422 when the "
    "resource is not shareable or the grantee does not exist. Sharing again with the same "
    "grantee updates the access (200).",
    status_code=status.HTTP_201_CREATED,
    response_model=schemas.RecordShareOut,
    responses={
        201: {"headers": response_headers("Location")},
        200: {"description": "The share existed; its access was updated"},
        **error_responses(400, 401, 403, 415, 422),
    },
)
async def create_share(
    payload: schemas.RecordShareCreate, request: Request, response: Response, ctx: CtxDep
) -> Any:
    share, created = await ShareService(ctx).create(payload)
    response.status_code = status.HTTP_201_CREATED if created else status.HTTP_200_OK
    response.headers["Location"] = f"{request.url.path}/{share.id}"
    return schemas.RecordShareOut.model_validate(share, from_attributes=True)


@shares.get(
    "",
    name="record_shares_list",
    summary="Who a record is shared with",
    description="Needs the right to see the record (404 outside the caller's data scope); "
    "422 when the resource is not shareable.",
    response_model=page_of(schemas.RecordShareOut),
    responses=error_responses(401, 403, 404, 422),
)
@sort_enum(RecordShareRepository)
async def list_shares(
    ctx: CtxDep,
    params: Annotated[schemas.RecordShareListParams, Query()],
) -> Any:
    page = await ShareService(ctx).list(params)
    return page.body()


@shares.delete(
    "/{record_id}",
    name="record_shares_delete",
    summary="Stop sharing",
    description="Requires `share:manage` and the right to change the shared record (404 "
    "outside the caller's data scope, 403 for a read-only share).",
    status_code=status.HTTP_204_NO_CONTENT,
    response_class=Response,
    responses=error_responses(401, 403, 404),
)
async def delete_share(record_id: IdPath, ctx: CtxDep) -> Response:
    await ShareService(ctx).delete(record_id)
    return Response(status_code=status.HTTP_204_NO_CONTENT)


EmployeePath = Annotated[uuid.UUID, Path(description="The member's employee id.")]


def member_routes(
    router: APIRouter,
    service: type[RecordMembers],
    *,
    segment: str,
    name: str,
    body: type[RequestModel],
    noun: str,
) -> None:
    """``GET {id}/<segment>``, ``PUT`` and ``DELETE {id}/<segment>/{employee_id}`` on a
    record's router: the people besides its owner who see or change it (record shares)."""

    @sort_enum(RecordShareRepository)
    async def list_members(
        record_id: IdPath,
        ctx: CtxDep,
        params: Annotated[ListParams, Query()],
    ) -> Any:
        page = await service(ctx).list(record_id, params)
        return page.body()

    async def put_member(
        record_id: IdPath,
        employee_id: EmployeePath,
        payload: Any,
        request: Request,
        response: Response,
        ctx: CtxDep,
    ) -> Any:
        share, created = await service(ctx).put(
            record_id, employee_id, payload.access.value, getattr(payload, "role", None)
        )
        response.status_code = status.HTTP_201_CREATED if created else status.HTTP_200_OK
        response.headers["Location"] = str(request.url.path)
        return schemas.RecordShareOut.model_validate(share, from_attributes=True)

    async def delete_member(record_id: IdPath, employee_id: EmployeePath, ctx: CtxDep) -> Response:
        await service(ctx).delete(record_id, employee_id)
        return Response(status_code=status.HTTP_204_NO_CONTENT)

    put_member.__annotations__["payload"] = body
    read, manage = service.read_permission, service.manage_permission
    scope = "404 when the record is outside the caller's data scope."
    change = (
        f"Requires `{manage}` and the right to change the record (403 for a read-only share); "
        + scope
    )
    router.add_api_route(
        f"/{{record_id}}/{segment}",
        list_members,
        methods=["GET"],
        name=f"{name}_list",
        summary=f"Who besides the owner sees (or changes) the record: its {noun}s",
        description=f"Requires `{read}`; {scope}",
        response_model=page_of(schemas.RecordShareOut),
        responses=error_responses(401, 403, 404, 422),
    )
    router.add_api_route(
        f"/{{record_id}}/{segment}/{{employee_id}}",
        put_member,
        methods=["PUT"],
        name=f"{name}_put",
        summary=f"Add a {noun}, or change their access",
        description=f"{change}\n\n201 when added, 200 when changed. 422 when the employee is "
        "not a current employee or is the record's owner.",
        response_model=schemas.RecordShareOut,
        responses={
            201: {"model": schemas.RecordShareOut, "headers": response_headers("Location")},
            200: {"headers": response_headers("Location")},
            **error_responses(401, 403, 404, 415, 422),
        },
    )
    router.add_api_route(
        f"/{{record_id}}/{segment}/{{employee_id}}",
        delete_member,
        methods=["DELETE"],
        name=f"{name}_delete",
        summary=f"Remove a {noun}",
        description=f"{change} 404 when the employee is not a {noun}.",
        status_code=status.HTTP_204_NO_CONTENT,
        response_class=Response,
        responses=error_responses(401, 403, 404),
    )


events.publish(StaffChange, schemas.StaffChangeOut, StaffChangeRepository, "staff_change:read")
events.publish(RecordShare, schemas.RecordShareOut, RecordShareRepository, "share:manage")

routers = [departments, positions, roles, employees, shares]
