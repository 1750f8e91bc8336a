from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.problem import Problem
from ...models.target_history import TargetHistory
from ...types import UNSET, Response, Unset


def _get_kwargs(
    record_id: UUID,
    *,
    revision: int | Unset = UNSET,
    target_id: UUID | Unset = UNSET,
    limit: int | Unset = 200,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["revision"] = revision

    json_target_id: str | Unset = UNSET
    if not isinstance(target_id, Unset):
        json_target_id = str(target_id)
    params["target_id"] = json_target_id

    params["limit"] = limit

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/sales-plans/{record_id}/history".format(
            record_id=quote(str(record_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Problem | TargetHistory | None:
    if response.status_code == 200:
        response_200 = TargetHistory.from_dict(response.json())

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
) -> Response[Problem | TargetHistory]:
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
    revision: int | Unset = UNSET,
    target_id: UUID | Unset = UNSET,
    limit: int | Unset = 200,
) -> Response[Problem | TargetHistory]:
    """Who changed which target, when, in which revision, from → to

     Requires `sales_plan:read`; lists the changes of the targets in the caller's data scope, newest
    first. 404 when the plan does not exist.

    Args:
        record_id (UUID): The record's id (UUID).
        revision (int | Unset):
        target_id (UUID | Unset):
        limit (int | Unset):  Default: 200.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | TargetHistory]
    """

    kwargs = _get_kwargs(
        record_id=record_id,
        revision=revision,
        target_id=target_id,
        limit=limit,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    record_id: UUID,
    *,
    client: AuthenticatedClient,
    revision: int | Unset = UNSET,
    target_id: UUID | Unset = UNSET,
    limit: int | Unset = 200,
) -> Problem | TargetHistory | None:
    """Who changed which target, when, in which revision, from → to

     Requires `sales_plan:read`; lists the changes of the targets in the caller's data scope, newest
    first. 404 when the plan does not exist.

    Args:
        record_id (UUID): The record's id (UUID).
        revision (int | Unset):
        target_id (UUID | Unset):
        limit (int | Unset):  Default: 200.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | TargetHistory
    """

    return sync_detailed(
        record_id=record_id,
        client=client,
        revision=revision,
        target_id=target_id,
        limit=limit,
    ).parsed


async def asyncio_detailed(
    record_id: UUID,
    *,
    client: AuthenticatedClient,
    revision: int | Unset = UNSET,
    target_id: UUID | Unset = UNSET,
    limit: int | Unset = 200,
) -> Response[Problem | TargetHistory]:
    """Who changed which target, when, in which revision, from → to

     Requires `sales_plan:read`; lists the changes of the targets in the caller's data scope, newest
    first. 404 when the plan does not exist.

    Args:
        record_id (UUID): The record's id (UUID).
        revision (int | Unset):
        target_id (UUID | Unset):
        limit (int | Unset):  Default: 200.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | TargetHistory]
    """

    kwargs = _get_kwargs(
        record_id=record_id,
        revision=revision,
        target_id=target_id,
        limit=limit,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    record_id: UUID,
    *,
    client: AuthenticatedClient,
    revision: int | Unset = UNSET,
    target_id: UUID | Unset = UNSET,
    limit: int | Unset = 200,
) -> Problem | TargetHistory | None:
    """Who changed which target, when, in which revision, from → to

     Requires `sales_plan:read`; lists the changes of the targets in the caller's data scope, newest
    first. 404 when the plan does not exist.

    Args:
        record_id (UUID): The record's id (UUID).
        revision (int | Unset):
        target_id (UUID | Unset):
        limit (int | Unset):  Default: 200.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | TargetHistory
    """

    return (
        await asyncio_detailed(
            record_id=record_id,
            client=client,
            revision=revision,
            target_id=target_id,
            limit=limit,
        )
    ).parsed
