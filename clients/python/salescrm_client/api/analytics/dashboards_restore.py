from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.dashboard_out import DashboardOut
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    record_id: UUID,
    *,
    idempotency_key: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(idempotency_key, Unset):
        headers["Idempotency-Key"] = idempotency_key

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/dashboards/{record_id}/restore".format(
            record_id=quote(str(record_id), safe=""),
        ),
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> DashboardOut | Problem | None:
    if response.status_code == 200:
        response_200 = DashboardOut.from_dict(response.json())

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
) -> Response[DashboardOut | Problem]:
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
    idempotency_key: str | Unset = UNSET,
) -> Response[DashboardOut | Problem]:
    """Restore a deleted dashboard

     As for delete. A restored home page stays the default only if no other dashboard of its owner (or
    role) became the default meanwhile.

    409 `duplicate` when a live record now holds one of its unique fields.

    Args:
        record_id (UUID): The record's id (UUID).
        idempotency_key (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DashboardOut | Problem]
    """

    kwargs = _get_kwargs(
        record_id=record_id,
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
    idempotency_key: str | Unset = UNSET,
) -> DashboardOut | Problem | None:
    """Restore a deleted dashboard

     As for delete. A restored home page stays the default only if no other dashboard of its owner (or
    role) became the default meanwhile.

    409 `duplicate` when a live record now holds one of its unique fields.

    Args:
        record_id (UUID): The record's id (UUID).
        idempotency_key (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DashboardOut | Problem
    """

    return sync_detailed(
        record_id=record_id,
        client=client,
        idempotency_key=idempotency_key,
    ).parsed


async def asyncio_detailed(
    record_id: UUID,
    *,
    client: AuthenticatedClient,
    idempotency_key: str | Unset = UNSET,
) -> Response[DashboardOut | Problem]:
    """Restore a deleted dashboard

     As for delete. A restored home page stays the default only if no other dashboard of its owner (or
    role) became the default meanwhile.

    409 `duplicate` when a live record now holds one of its unique fields.

    Args:
        record_id (UUID): The record's id (UUID).
        idempotency_key (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DashboardOut | Problem]
    """

    kwargs = _get_kwargs(
        record_id=record_id,
        idempotency_key=idempotency_key,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    record_id: UUID,
    *,
    client: AuthenticatedClient,
    idempotency_key: str | Unset = UNSET,
) -> DashboardOut | Problem | None:
    """Restore a deleted dashboard

     As for delete. A restored home page stays the default only if no other dashboard of its owner (or
    role) became the default meanwhile.

    409 `duplicate` when a live record now holds one of its unique fields.

    Args:
        record_id (UUID): The record's id (UUID).
        idempotency_key (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DashboardOut | Problem
    """

    return (
        await asyncio_detailed(
            record_id=record_id,
            client=client,
            idempotency_key=idempotency_key,
        )
    ).parsed
