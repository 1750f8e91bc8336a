from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.coord_system import CoordSystem
from ...models.customer_out import CustomerOut
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    record_id: UUID,
    *,
    coord_system: CoordSystem | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(idempotency_key, Unset):
        headers["Idempotency-Key"] = idempotency_key

    params: dict[str, Any] = {}

    json_coord_system: str | Unset = UNSET
    if not isinstance(coord_system, Unset):
        json_coord_system = coord_system.value

    params["coord_system"] = json_coord_system

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/customer-pool/{record_id}/claim".format(
            record_id=quote(str(record_id), safe=""),
        ),
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> CustomerOut | Problem | None:
    if response.status_code == 200:
        response_200 = CustomerOut.from_dict(response.json())

        return response_200

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
) -> Response[CustomerOut | Problem]:
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
    coord_system: CoordSystem | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,
) -> Response[CustomerOut | Problem]:
    """Claim a customer from the pool: the caller becomes its owner

     Requires `customer:claim` and membership of the customer's pool; 404 when the customer is not in a
    pool the caller may see. 409 when it is owned already (`owned_by_you` says by whom); when the caller
    has reached the claim cap (with `cap`, `owned` and the `tier` whose cap it is); `claim_cooldown`
    when the caller released it less than the pool's cooldown ago; `claim_daily_limit` when the caller
    has claimed the pool's daily limit today (`cap`, `claimed`). Both say when the caller may claim
    (`available_at`, and Retry-After in seconds).

    Args:
        record_id (UUID): The record's id (UUID).
        coord_system (CoordSystem | Unset): The datum a coordinate is in.
        idempotency_key (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CustomerOut | Problem]
    """

    kwargs = _get_kwargs(
        record_id=record_id,
        coord_system=coord_system,
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
    coord_system: CoordSystem | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,
) -> CustomerOut | Problem | None:
    """Claim a customer from the pool: the caller becomes its owner

     Requires `customer:claim` and membership of the customer's pool; 404 when the customer is not in a
    pool the caller may see. 409 when it is owned already (`owned_by_you` says by whom); when the caller
    has reached the claim cap (with `cap`, `owned` and the `tier` whose cap it is); `claim_cooldown`
    when the caller released it less than the pool's cooldown ago; `claim_daily_limit` when the caller
    has claimed the pool's daily limit today (`cap`, `claimed`). Both say when the caller may claim
    (`available_at`, and Retry-After in seconds).

    Args:
        record_id (UUID): The record's id (UUID).
        coord_system (CoordSystem | Unset): The datum a coordinate is in.
        idempotency_key (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CustomerOut | Problem
    """

    return sync_detailed(
        record_id=record_id,
        client=client,
        coord_system=coord_system,
        idempotency_key=idempotency_key,
    ).parsed


async def asyncio_detailed(
    record_id: UUID,
    *,
    client: AuthenticatedClient,
    coord_system: CoordSystem | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,
) -> Response[CustomerOut | Problem]:
    """Claim a customer from the pool: the caller becomes its owner

     Requires `customer:claim` and membership of the customer's pool; 404 when the customer is not in a
    pool the caller may see. 409 when it is owned already (`owned_by_you` says by whom); when the caller
    has reached the claim cap (with `cap`, `owned` and the `tier` whose cap it is); `claim_cooldown`
    when the caller released it less than the pool's cooldown ago; `claim_daily_limit` when the caller
    has claimed the pool's daily limit today (`cap`, `claimed`). Both say when the caller may claim
    (`available_at`, and Retry-After in seconds).

    Args:
        record_id (UUID): The record's id (UUID).
        coord_system (CoordSystem | Unset): The datum a coordinate is in.
        idempotency_key (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CustomerOut | Problem]
    """

    kwargs = _get_kwargs(
        record_id=record_id,
        coord_system=coord_system,
        idempotency_key=idempotency_key,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    record_id: UUID,
    *,
    client: AuthenticatedClient,
    coord_system: CoordSystem | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,
) -> CustomerOut | Problem | None:
    """Claim a customer from the pool: the caller becomes its owner

     Requires `customer:claim` and membership of the customer's pool; 404 when the customer is not in a
    pool the caller may see. 409 when it is owned already (`owned_by_you` says by whom); when the caller
    has reached the claim cap (with `cap`, `owned` and the `tier` whose cap it is); `claim_cooldown`
    when the caller released it less than the pool's cooldown ago; `claim_daily_limit` when the caller
    has claimed the pool's daily limit today (`cap`, `claimed`). Both say when the caller may claim
    (`available_at`, and Retry-After in seconds).

    Args:
        record_id (UUID): The record's id (UUID).
        coord_system (CoordSystem | Unset): The datum a coordinate is in.
        idempotency_key (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CustomerOut | Problem
    """

    return (
        await asyncio_detailed(
            record_id=record_id,
            client=client,
            coord_system=coord_system,
            idempotency_key=idempotency_key,
        )
    ).parsed
