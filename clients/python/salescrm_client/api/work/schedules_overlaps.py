import datetime
from http import HTTPStatus
from typing import Any
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.overlap_list import OverlapList
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    ends_after: datetime.datetime,
    starts_before: datetime.datetime,
    owner_id: list[UUID] | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_ends_after = ends_after.isoformat()
    params["ends_after"] = json_ends_after

    json_starts_before = starts_before.isoformat()
    params["starts_before"] = json_starts_before

    json_owner_id: list[str] | Unset = UNSET
    if not isinstance(owner_id, Unset):
        json_owner_id = []
        for owner_id_item_data in owner_id:
            owner_id_item = str(owner_id_item_data)
            json_owner_id.append(owner_id_item)

    params["owner_id"] = json_owner_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/schedules/overlaps",
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> OverlapList | Problem | None:
    if response.status_code == 200:
        response_200 = OverlapList.from_dict(response.json())

        return response_200

    if response.status_code == 401:
        response_401 = Problem.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = Problem.from_dict(response.json())

        return response_403

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
) -> Response[OverlapList | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    ends_after: datetime.datetime,
    starts_before: datetime.datetime,
    owner_id: list[UUID] | Unset = UNSET,
) -> Response[OverlapList | Problem]:
    """Events of one employee that meet, in a period (at most 62 days)

     Requires `schedule:read`; pairs among the events the caller sees. 422 `range_reversed` or
    `period_too_long` for the period.

    Args:
        ends_after (datetime.datetime): The period looked at: from.
        starts_before (datetime.datetime): Until (at most 62 days after).
        owner_id (list[UUID] | Unset): Whose (default: all).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[OverlapList | Problem]
    """

    kwargs = _get_kwargs(
        ends_after=ends_after,
        starts_before=starts_before,
        owner_id=owner_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    ends_after: datetime.datetime,
    starts_before: datetime.datetime,
    owner_id: list[UUID] | Unset = UNSET,
) -> OverlapList | Problem | None:
    """Events of one employee that meet, in a period (at most 62 days)

     Requires `schedule:read`; pairs among the events the caller sees. 422 `range_reversed` or
    `period_too_long` for the period.

    Args:
        ends_after (datetime.datetime): The period looked at: from.
        starts_before (datetime.datetime): Until (at most 62 days after).
        owner_id (list[UUID] | Unset): Whose (default: all).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        OverlapList | Problem
    """

    return sync_detailed(
        client=client,
        ends_after=ends_after,
        starts_before=starts_before,
        owner_id=owner_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    ends_after: datetime.datetime,
    starts_before: datetime.datetime,
    owner_id: list[UUID] | Unset = UNSET,
) -> Response[OverlapList | Problem]:
    """Events of one employee that meet, in a period (at most 62 days)

     Requires `schedule:read`; pairs among the events the caller sees. 422 `range_reversed` or
    `period_too_long` for the period.

    Args:
        ends_after (datetime.datetime): The period looked at: from.
        starts_before (datetime.datetime): Until (at most 62 days after).
        owner_id (list[UUID] | Unset): Whose (default: all).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[OverlapList | Problem]
    """

    kwargs = _get_kwargs(
        ends_after=ends_after,
        starts_before=starts_before,
        owner_id=owner_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    ends_after: datetime.datetime,
    starts_before: datetime.datetime,
    owner_id: list[UUID] | Unset = UNSET,
) -> OverlapList | Problem | None:
    """Events of one employee that meet, in a period (at most 62 days)

     Requires `schedule:read`; pairs among the events the caller sees. 422 `range_reversed` or
    `period_too_long` for the period.

    Args:
        ends_after (datetime.datetime): The period looked at: from.
        starts_before (datetime.datetime): Until (at most 62 days after).
        owner_id (list[UUID] | Unset): Whose (default: all).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        OverlapList | Problem
    """

    return (
        await asyncio_detailed(
            client=client,
            ends_after=ends_after,
            starts_before=starts_before,
            owner_id=owner_id,
        )
    ).parsed
