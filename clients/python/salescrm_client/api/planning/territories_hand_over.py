from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.hand_over import HandOver
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    id: UUID,
    *,
    body: HandOver,
    idempotency_key: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(idempotency_key, Unset):
        headers["Idempotency-Key"] = idempotency_key

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/territories/{id}/hand-over".format(
            id=quote(str(id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Problem | None:
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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    id: UUID,
    *,
    client: AuthenticatedClient,
    body: HandOver,
    idempotency_key: str | Unset = UNSET,
) -> Response[Problem]:
    """Give the customers one employee owns in a territory to another employee

     Requires `territory:write`, and `customer:write` and `customer:assign` (the customer transfer: each
    customer's timeline records it and the new owner is notified with `customers_transferred`). `within`
    (default) includes the territory's subtree. 404 when the territory does not exist; 422 naming
    `to_employee_id` when it is not a current employee; 403 when a customer is outside the caller's data
    scope.

    Args:
        id (UUID): The record's id (UUID).
        idempotency_key (str | Unset):
        body (HandOver):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem]
    """

    kwargs = _get_kwargs(
        id=id,
        body=body,
        idempotency_key=idempotency_key,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    id: UUID,
    *,
    client: AuthenticatedClient,
    body: HandOver,
    idempotency_key: str | Unset = UNSET,
) -> Problem | None:
    """Give the customers one employee owns in a territory to another employee

     Requires `territory:write`, and `customer:write` and `customer:assign` (the customer transfer: each
    customer's timeline records it and the new owner is notified with `customers_transferred`). `within`
    (default) includes the territory's subtree. 404 when the territory does not exist; 422 naming
    `to_employee_id` when it is not a current employee; 403 when a customer is outside the caller's data
    scope.

    Args:
        id (UUID): The record's id (UUID).
        idempotency_key (str | Unset):
        body (HandOver):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem
    """

    return sync_detailed(
        id=id,
        client=client,
        body=body,
        idempotency_key=idempotency_key,
    ).parsed


async def asyncio_detailed(
    id: UUID,
    *,
    client: AuthenticatedClient,
    body: HandOver,
    idempotency_key: str | Unset = UNSET,
) -> Response[Problem]:
    """Give the customers one employee owns in a territory to another employee

     Requires `territory:write`, and `customer:write` and `customer:assign` (the customer transfer: each
    customer's timeline records it and the new owner is notified with `customers_transferred`). `within`
    (default) includes the territory's subtree. 404 when the territory does not exist; 422 naming
    `to_employee_id` when it is not a current employee; 403 when a customer is outside the caller's data
    scope.

    Args:
        id (UUID): The record's id (UUID).
        idempotency_key (str | Unset):
        body (HandOver):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem]
    """

    kwargs = _get_kwargs(
        id=id,
        body=body,
        idempotency_key=idempotency_key,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    id: UUID,
    *,
    client: AuthenticatedClient,
    body: HandOver,
    idempotency_key: str | Unset = UNSET,
) -> Problem | None:
    """Give the customers one employee owns in a territory to another employee

     Requires `territory:write`, and `customer:write` and `customer:assign` (the customer transfer: each
    customer's timeline records it and the new owner is notified with `customers_transferred`). `within`
    (default) includes the territory's subtree. 404 when the territory does not exist; 422 naming
    `to_employee_id` when it is not a current employee; 403 when a customer is outside the caller's data
    scope.

    Args:
        id (UUID): The record's id (UUID).
        idempotency_key (str | Unset):
        body (HandOver):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem
    """

    return (
        await asyncio_detailed(
            id=id,
            client=client,
            body=body,
            idempotency_key=idempotency_key,
        )
    ).parsed
