from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.allocation_in import AllocationIn
from ...models.allocation_out import AllocationOut
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    record_id: UUID,
    *,
    body: AllocationIn,
    idempotency_key: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(idempotency_key, Unset):
        headers["Idempotency-Key"] = idempotency_key

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/sales-targets/{record_id}/allocate".format(
            record_id=quote(str(record_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AllocationOut | Problem | None:
    if response.status_code == 200:
        response_200 = AllocationOut.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = Problem.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = Problem.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = Problem.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = Problem.from_dict(response.json())

        return response_404

    if response.status_code == 409:
        response_409 = Problem.from_dict(response.json())

        return response_409

    if response.status_code == 413:
        response_413 = Problem.from_dict(response.json())

        return response_413

    if response.status_code == 415:
        response_415 = Problem.from_dict(response.json())

        return response_415

    if response.status_code == 422:
        response_422 = Problem.from_dict(response.json())

        return response_422

    if response.status_code == 431:
        response_431 = Problem.from_dict(response.json())

        return response_431

    if response.status_code == 503:
        response_503 = Problem.from_dict(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[AllocationOut | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    record_id: UUID,
    *,
    client: AuthenticatedClient,
    body: AllocationIn,
    idempotency_key: str | Unset = UNSET,
) -> Response[AllocationOut | Problem]:
    """Top-down: split a target among its children (and theirs) in one request

     Requires `sales_plan:write` and the right to change the target (404 outside the caller's data scope,
    403 when only readable). `method` even, weights (each child's `weight`), last_year (each child's
    share of the contracts signed, or payments received with `basis` payments, in the same period a year
    earlier) or manual (each child's `value`); nested `children` are split from their parent's new value
    the same way. A child naming a subject the target already has is updated, others are created; every
    change is in the history. 409 `plan_locked` unless the plan is a draft; 409 `targets_unbalanced`
    under check mode `refuse` when children would exceed their parent. 422 naming the child when a level
    is not below its parent's, a subject is missing, unknown or named twice, or a weight or value is
    missing or negative. Under `warn` the answer lists the plan's parents that do not add up.

    Args:
        record_id (UUID): The record's id (UUID).
        idempotency_key (str | Unset):
        body (AllocationIn):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AllocationOut | Problem]
    """

    kwargs = _get_kwargs(
        record_id=record_id,
        body=body,
        idempotency_key=idempotency_key,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    record_id: UUID,
    *,
    client: AuthenticatedClient,
    body: AllocationIn,
    idempotency_key: str | Unset = UNSET,
) -> AllocationOut | Problem | None:
    """Top-down: split a target among its children (and theirs) in one request

     Requires `sales_plan:write` and the right to change the target (404 outside the caller's data scope,
    403 when only readable). `method` even, weights (each child's `weight`), last_year (each child's
    share of the contracts signed, or payments received with `basis` payments, in the same period a year
    earlier) or manual (each child's `value`); nested `children` are split from their parent's new value
    the same way. A child naming a subject the target already has is updated, others are created; every
    change is in the history. 409 `plan_locked` unless the plan is a draft; 409 `targets_unbalanced`
    under check mode `refuse` when children would exceed their parent. 422 naming the child when a level
    is not below its parent's, a subject is missing, unknown or named twice, or a weight or value is
    missing or negative. Under `warn` the answer lists the plan's parents that do not add up.

    Args:
        record_id (UUID): The record's id (UUID).
        idempotency_key (str | Unset):
        body (AllocationIn):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AllocationOut | Problem
    """

    return sync_detailed(
        record_id=record_id,
        client=client,
        body=body,
        idempotency_key=idempotency_key,
    ).parsed


async def asyncio_detailed(
    record_id: UUID,
    *,
    client: AuthenticatedClient,
    body: AllocationIn,
    idempotency_key: str | Unset = UNSET,
) -> Response[AllocationOut | Problem]:
    """Top-down: split a target among its children (and theirs) in one request

     Requires `sales_plan:write` and the right to change the target (404 outside the caller's data scope,
    403 when only readable). `method` even, weights (each child's `weight`), last_year (each child's
    share of the contracts signed, or payments received with `basis` payments, in the same period a year
    earlier) or manual (each child's `value`); nested `children` are split from their parent's new value
    the same way. A child naming a subject the target already has is updated, others are created; every
    change is in the history. 409 `plan_locked` unless the plan is a draft; 409 `targets_unbalanced`
    under check mode `refuse` when children would exceed their parent. 422 naming the child when a level
    is not below its parent's, a subject is missing, unknown or named twice, or a weight or value is
    missing or negative. Under `warn` the answer lists the plan's parents that do not add up.

    Args:
        record_id (UUID): The record's id (UUID).
        idempotency_key (str | Unset):
        body (AllocationIn):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AllocationOut | Problem]
    """

    kwargs = _get_kwargs(
        record_id=record_id,
        body=body,
        idempotency_key=idempotency_key,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    record_id: UUID,
    *,
    client: AuthenticatedClient,
    body: AllocationIn,
    idempotency_key: str | Unset = UNSET,
) -> AllocationOut | Problem | None:
    """Top-down: split a target among its children (and theirs) in one request

     Requires `sales_plan:write` and the right to change the target (404 outside the caller's data scope,
    403 when only readable). `method` even, weights (each child's `weight`), last_year (each child's
    share of the contracts signed, or payments received with `basis` payments, in the same period a year
    earlier) or manual (each child's `value`); nested `children` are split from their parent's new value
    the same way. A child naming a subject the target already has is updated, others are created; every
    change is in the history. 409 `plan_locked` unless the plan is a draft; 409 `targets_unbalanced`
    under check mode `refuse` when children would exceed their parent. 422 naming the child when a level
    is not below its parent's, a subject is missing, unknown or named twice, or a weight or value is
    missing or negative. Under `warn` the answer lists the plan's parents that do not add up.

    Args:
        record_id (UUID): The record's id (UUID).
        idempotency_key (str | Unset):
        body (AllocationIn):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AllocationOut | Problem
    """

    return (
        await asyncio_detailed(
            record_id=record_id,
            client=client,
            body=body,
            idempotency_key=idempotency_key,
        )
    ).parsed
