"""``/api/v1/customers`` (with timeline, follow-ups and collaborators), ``/contacts``,
``/customer-tiers`` and ``/customer-policy``."""

from __future__ import annotations

import uuid
from typing import Annotated, Any

from fastapi import APIRouter, Depends, Query, Response
from pydantic import Field

from salescrm.core import events, geo, i18n
from salescrm.core.crud import CrudSpec, IdPath, IfMatch, crud_router
from salescrm.core.custom_fields import values as custom_values
from salescrm.core.errors import error_responses
from salescrm.core.etag import etag, parse_if_match
from salescrm.core.openapi import response_headers
from salescrm.core.pagination import page_of, sort_enum
from salescrm.core.references import Sight, present, present_one, register_kind
from salescrm.core.schemas import RequestModel
from salescrm.core.uow import Ctx, UnitOfWorkRoute, get_ctx
from salescrm.customers import models, schemas
from salescrm.customers.collaborators import CollaboratorService
from salescrm.customers.models import CustomerPolicy
from salescrm.customers.repository import (
    ContactRepository,
    CustomerEventRepository,
    CustomerRepository,
    PolicyRepository,
)
from salescrm.customers.service import (
    ContactService,
    CustomerEventService,
    CustomerService,
    PolicyService,
    TierService,
)
from salescrm.org.router import member_routes
from salescrm.org.schemas import MemberPut
from salescrm.org.sharing import register_shareable
from salescrm.org.staff import register_owner_change
from salescrm.platform.audit import register_reference_audit, register_scoped_audit

CtxDep = Annotated[Ctx, Depends(get_ctx)]

i18n.register_names(
    {
        "customer": "客户",
        "contact": "联系人",
        "customer_tier": "客户等级",
        "customer_policy": "客户信息规范",
        "collaborator": "协作人",
    },
    {
        "credit_code": "统一社会信用代码",
        "short_name": "简称",
        "tier": "客户等级",
        "stage": "生命周期阶段",
        "phones": "电话",
        "mobile": "手机",
        "phone": "电话",
        "email": "邮箱",
        "customer_id": "客户",
        "owner_id": "负责人",
        "industry": "行业",
        "buying_role": "采购角色",
    },
)
register_shareable("customer", CustomerRepository)
# A customer's name beside a record the caller sees; a contact's (a person's) only to who may
# open the contact (docs/permissions.md#names-beside-ids).
register_kind("customer", models.Customer, repository=CustomerRepository)


async def _visible_customers(ctx: Ctx, ids: set[uuid.UUID]) -> set[uuid.UUID]:
    return set(await CustomerRepository(ctx).visible(ids))


# A custom field naming a customer names one the writer can see (422 otherwise).
custom_values.register_target("customer", _visible_customers)
register_kind(
    "contact",
    models.Contact,
    sight=Sight.opened,
    repository=ContactRepository,
    read_permission="contact:read",
)
register_scoped_audit("customer", CustomerRepository)
register_scoped_audit("contact", ContactRepository)
register_reference_audit("customer_tier", "customer_policy")

customers = crud_router(
    CrudSpec(
        path="/customers",
        name="customers",
        tag="customers",
        singular="customer",
        service=CustomerService,
        read_schema=schemas.CustomerOut,
        create_schema=schemas.CustomerCreate,
        update_schema=schemas.CustomerUpdate,
        list_params=schemas.CustomerListParams,
        coordinates=True,
    )
)
contacts = crud_router(
    CrudSpec(
        path="/contacts",
        name="contacts",
        tag="customers",
        singular="contact",
        service=ContactService,
        read_schema=schemas.ContactOut,
        create_schema=schemas.ContactCreate,
        update_schema=schemas.ContactUpdate,
        list_params=schemas.ContactListParams,
    )
)
tiers = crud_router(
    CrudSpec(
        path="/customer-tiers",
        name="customer_tiers",
        tag="customers",
        singular="customer tier",
        service=TierService,
        read_schema=schemas.TierOut,
        create_schema=schemas.TierCreate,
        update_schema=schemas.TierUpdate,
        list_params=schemas.TierListParams,
    )
)


async def _customer_out(customer: Any, response: Response, ctx: Ctx) -> schemas.CustomerOut:
    response.headers["ETag"] = etag(customer.version)
    return await present_one(ctx, schemas.CustomerOut, customer)


@customers.get(
    "/{record_id}/events",
    name="customers_events_list",
    summary="A customer's timeline: stage history, pool, ownership, key account, follow-ups",
    description="Requires `customer:read`; 404 when the customer is outside the caller's "
    "data scope.",
    response_model=page_of(schemas.CustomerEventOut),
    responses=error_responses(401, 403, 404, 422),
)
@sort_enum(CustomerEventRepository)
async def list_events(
    record_id: IdPath,
    ctx: CtxDep,
    params: Annotated[schemas.CustomerEventListParams, Query()],
) -> Any:
    page = await CustomerEventService(ctx).for_customer(record_id, params)
    items = await present(ctx, schemas.CustomerEventOut, page.items)
    return {"items": items, "next_cursor": page.next_cursor, "total": page.total}


class FollowUpCreate(RequestModel):
    method: Annotated[str, Field(min_length=1, max_length=30, examples=["phone"])] | None = None
    note: Annotated[str, Field(min_length=1, max_length=2000)] | None = None


@customers.post(
    "/{record_id}/follow-ups",
    name="customers_follow_up",
    summary="Record a follow-up: it resets the customer's public-pool clock",
    description="Requires `customer:write` and the right to change the customer (404 outside "
    "the caller's data scope, 403 for a read-only share).",
    response_model=schemas.CustomerOut,
    dependencies=[Depends(geo.answer_in)],
    responses={
        200: {"headers": response_headers("ETag")},
        **error_responses(400, 401, 403, 404, 415, 422),
    },
)
async def follow_up(
    record_id: IdPath, payload: FollowUpCreate, response: Response, ctx: CtxDep
) -> Any:
    customer = await CustomerService(ctx).record_follow_up(
        record_id, note=payload.note, method=payload.method
    )
    return await _customer_out(customer, response, ctx)


member_routes(
    customers,
    CollaboratorService,
    segment="collaborators",
    name="customers_collaborators",
    body=MemberPut,
    noun="collaborator",
)


policy = APIRouter(prefix="/customer-policy", tags=["customers"], route_class=UnitOfWorkRoute)


@policy.get(
    "",
    name="customer_policy_get",
    summary="The customer data rules: required fields, caps, pool and key-account rules",
    description="Requires `customer:read`.",
    response_model=schemas.PolicyOut,
    responses={
        200: {"headers": response_headers("ETag")},
        **error_responses(401, 403),
    },
)
async def get_policy(response: Response, ctx: CtxDep) -> Any:
    record = await PolicyService(ctx).get()
    response.headers["ETag"] = etag(record.version)
    return schemas.PolicyOut.model_validate(record, from_attributes=True)


@policy.patch(
    "",
    name="customer_policy_update",
    summary="Change the customer data rules (only the fields sent)",
    description="Requires `customer_policy:write`. Send `If-Match` with the ETag (412 when "
    "stale). 422 names each invalid rule (e.g. `key_account_rules.conditions.0.metric`).",
    response_model=schemas.PolicyOut,
    responses={
        200: {"headers": response_headers("ETag")},
        **error_responses(400, 401, 403, 412, 415, 422),
    },
)
async def update_policy(
    payload: schemas.PolicyUpdate, response: Response, ctx: CtxDep, if_match: IfMatch = None
) -> Any:
    record = await PolicyService(ctx).update(payload, parse_if_match(if_match))
    response.headers["ETag"] = etag(record.version)
    return schemas.PolicyOut.model_validate(record, from_attributes=True)


from salescrm.customers import anonymise, io, key_accounts, merge, pool, pools  # noqa: E402

# A hand-over or a resignation shows on the customers' timelines, as transfers and releases do.
register_owner_change("customer", pool.record_hand_over)

#: Fixed paths (``/customers/export``, ``/customers/transfer``) before ``/customers/{id}``.
events.publish(CustomerPolicy, schemas.PolicyOut, PolicyRepository, "customer:read")

routers = [
    *io.routers,
    *pool.routers,
    *pools.routers,
    *merge.routers,
    *anonymise.routers,
    *key_accounts.routers,
    customers,
    contacts,
    tiers,
    policy,
]
