"""``/api/v1/webhooks``: subscriptions (the CRUD contract), their deliveries, redelivery."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import Depends, Query

from salescrm.core.crud import CrudSpec, IdPath, crud_router
from salescrm.core.errors import error_responses
from salescrm.core.pagination import page_of, sort_enum
from salescrm.core.uow import Ctx, get_ctx
from salescrm.integrations import schemas
from salescrm.integrations.repository import DeliveryRepository
from salescrm.integrations.service import WebhookService

CtxDep = Annotated[Ctx, Depends(get_ctx)]

router = crud_router(
    CrudSpec(
        path="/webhooks",
        name="webhooks",
        tag="integrations",
        singular="webhook",
        service=WebhookService,
        read_schema=schemas.WebhookOut,
        list_params=schemas.WebhookListParams,
        create_schema=schemas.WebhookCreate,
        update_schema=schemas.WebhookUpdate,
    )
)


@router.get(
    "/{record_id}/deliveries",
    name="webhooks_deliveries",
    summary="A subscription's deliveries, newest first",
    response_model=page_of(schemas.DeliveryOut),
    responses=error_responses(401, 403, 404, 422),
    description="Every event sent (or to be sent) to the subscription, with each attempt's "
    "status, response code and duration. Needs `webhook:manage` and the subscription in the "
    "caller's data scope (403 / 404 otherwise).",
)
@sort_enum(DeliveryRepository)
async def list_deliveries(
    record_id: IdPath, ctx: CtxDep, params: Annotated[schemas.DeliveryListParams, Query()]
) -> Any:
    return await WebhookService(ctx).deliveries(record_id, params)


@router.post(
    "/{record_id}/deliveries/{delivery_id}/redeliver",
    name="webhooks_redeliver",
    summary="Send a delivery again now",
    response_model=schemas.DeliveryOut,
    responses=error_responses(401, 403, 404),
    description="Puts the delivery back in the queue for the next sender run, whatever its "
    "status (the receiver was fixed). Needs `webhook:manage` and the right to change the "
    "subscription (403 / 404 otherwise).",
)
async def redeliver(record_id: IdPath, delivery_id: IdPath, ctx: CtxDep) -> Any:
    return await WebhookService(ctx).redeliver(record_id, delivery_id)


routers = [router]
