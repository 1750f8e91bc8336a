from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.pool_contacts import PoolContacts
from ...models.problem import Problem
from ...types import Response


def _get_kwargs(
    record_id: UUID,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/customer-pool/{record_id}/contacts".format(
            record_id=quote(str(record_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> PoolContacts | Problem | None:
    if response.status_code == 200:
        response_200 = PoolContacts.from_dict(response.json())

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
) -> Response[PoolContacts | Problem]:
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
) -> Response[PoolContacts | Problem]:
    """The contacts of a customer in the pool, masked until a claim if the pool says so

     Requires `customer:claim` and membership of the customer's pool (404 otherwise, as for the
    customer). Whether details are masked is the pool's `mask_contacts`, else the policy's
    `pool_masks_contacts`.

    Args:
        record_id (UUID): The record's id (UUID).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PoolContacts | Problem]
    """

    kwargs = _get_kwargs(
        record_id=record_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    record_id: UUID,
    *,
    client: AuthenticatedClient,
) -> PoolContacts | Problem | None:
    """The contacts of a customer in the pool, masked until a claim if the pool says so

     Requires `customer:claim` and membership of the customer's pool (404 otherwise, as for the
    customer). Whether details are masked is the pool's `mask_contacts`, else the policy's
    `pool_masks_contacts`.

    Args:
        record_id (UUID): The record's id (UUID).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PoolContacts | Problem
    """

    return sync_detailed(
        record_id=record_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    record_id: UUID,
    *,
    client: AuthenticatedClient,
) -> Response[PoolContacts | Problem]:
    """The contacts of a customer in the pool, masked until a claim if the pool says so

     Requires `customer:claim` and membership of the customer's pool (404 otherwise, as for the
    customer). Whether details are masked is the pool's `mask_contacts`, else the policy's
    `pool_masks_contacts`.

    Args:
        record_id (UUID): The record's id (UUID).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PoolContacts | Problem]
    """

    kwargs = _get_kwargs(
        record_id=record_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    record_id: UUID,
    *,
    client: AuthenticatedClient,
) -> PoolContacts | Problem | None:
    """The contacts of a customer in the pool, masked until a claim if the pool says so

     Requires `customer:claim` and membership of the customer's pool (404 otherwise, as for the
    customer). Whether details are masked is the pool's `mask_contacts`, else the policy's
    `pool_masks_contacts`.

    Args:
        record_id (UUID): The record's id (UUID).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PoolContacts | Problem
    """

    return (
        await asyncio_detailed(
            record_id=record_id,
            client=client,
        )
    ).parsed
