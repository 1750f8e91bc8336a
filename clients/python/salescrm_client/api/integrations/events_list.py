import datetime
from http import HTTPStatus
from typing import Any
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.event_page import EventPage
from ...models.events_list_sort import EventsListSort
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    limit: int | Unset = 50,
    cursor: str | Unset = UNSET,
    sort: EventsListSort | Unset = UNSET,
    include_total: bool | Unset = False,
    type_: str | Unset = UNSET,
    resource: str | Unset = UNSET,
    record_id: UUID | Unset = UNSET,
    occurred_after: datetime.datetime | Unset = UNSET,
    occurred_before: datetime.datetime | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["limit"] = limit

    params["cursor"] = cursor

    json_sort: str | Unset = UNSET
    if not isinstance(sort, Unset):
        json_sort = sort.value

    params["sort"] = json_sort

    params["include_total"] = include_total

    params["type"] = type_

    params["resource"] = resource

    json_record_id: str | Unset = UNSET
    if not isinstance(record_id, Unset):
        json_record_id = str(record_id)
    params["record_id"] = json_record_id

    json_occurred_after: str | Unset = UNSET
    if not isinstance(occurred_after, Unset):
        json_occurred_after = occurred_after.isoformat()
    params["occurred_after"] = json_occurred_after

    json_occurred_before: str | Unset = UNSET
    if not isinstance(occurred_before, Unset):
        json_occurred_before = occurred_before.isoformat()
    params["occurred_before"] = json_occurred_before

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/events",
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> EventPage | Problem | None:
    if response.status_code == 200:
        response_200 = EventPage.from_dict(response.json())

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[EventPage | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 50,
    cursor: str | Unset = UNSET,
    sort: EventsListSort | Unset = UNSET,
    include_total: bool | Unset = False,
    type_: str | Unset = UNSET,
    resource: str | Unset = UNSET,
    record_id: UUID | Unset = UNSET,
    occurred_after: datetime.datetime | Unset = UNSET,
    occurred_before: datetime.datetime | Unset = UNSET,
) -> Response[EventPage | Problem]:
    """List events

     Any signed-in caller; each event only if the caller may read its record now (the resource's read
    permission and data scope).

    Lists only records within the caller's data scope.

    Args:
        limit (int | Unset): Page size, 1 to 200. Default: 50.
        cursor (str | Unset): Opaque cursor from a previous page's next_cursor.
        sort (EventsListSort | Unset): Sort field; prefix with '-' for descending.
        include_total (bool | Unset): Also count all matching rows (slower). Default: False.
        type_ (str | Unset): One event type.
        resource (str | Unset):
        record_id (UUID | Unset):
        occurred_after (datetime.datetime | Unset):
        occurred_before (datetime.datetime | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EventPage | Problem]
    """

    kwargs = _get_kwargs(
        limit=limit,
        cursor=cursor,
        sort=sort,
        include_total=include_total,
        type_=type_,
        resource=resource,
        record_id=record_id,
        occurred_after=occurred_after,
        occurred_before=occurred_before,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 50,
    cursor: str | Unset = UNSET,
    sort: EventsListSort | Unset = UNSET,
    include_total: bool | Unset = False,
    type_: str | Unset = UNSET,
    resource: str | Unset = UNSET,
    record_id: UUID | Unset = UNSET,
    occurred_after: datetime.datetime | Unset = UNSET,
    occurred_before: datetime.datetime | Unset = UNSET,
) -> EventPage | Problem | None:
    """List events

     Any signed-in caller; each event only if the caller may read its record now (the resource's read
    permission and data scope).

    Lists only records within the caller's data scope.

    Args:
        limit (int | Unset): Page size, 1 to 200. Default: 50.
        cursor (str | Unset): Opaque cursor from a previous page's next_cursor.
        sort (EventsListSort | Unset): Sort field; prefix with '-' for descending.
        include_total (bool | Unset): Also count all matching rows (slower). Default: False.
        type_ (str | Unset): One event type.
        resource (str | Unset):
        record_id (UUID | Unset):
        occurred_after (datetime.datetime | Unset):
        occurred_before (datetime.datetime | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EventPage | Problem
    """

    return sync_detailed(
        client=client,
        limit=limit,
        cursor=cursor,
        sort=sort,
        include_total=include_total,
        type_=type_,
        resource=resource,
        record_id=record_id,
        occurred_after=occurred_after,
        occurred_before=occurred_before,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 50,
    cursor: str | Unset = UNSET,
    sort: EventsListSort | Unset = UNSET,
    include_total: bool | Unset = False,
    type_: str | Unset = UNSET,
    resource: str | Unset = UNSET,
    record_id: UUID | Unset = UNSET,
    occurred_after: datetime.datetime | Unset = UNSET,
    occurred_before: datetime.datetime | Unset = UNSET,
) -> Response[EventPage | Problem]:
    """List events

     Any signed-in caller; each event only if the caller may read its record now (the resource's read
    permission and data scope).

    Lists only records within the caller's data scope.

    Args:
        limit (int | Unset): Page size, 1 to 200. Default: 50.
        cursor (str | Unset): Opaque cursor from a previous page's next_cursor.
        sort (EventsListSort | Unset): Sort field; prefix with '-' for descending.
        include_total (bool | Unset): Also count all matching rows (slower). Default: False.
        type_ (str | Unset): One event type.
        resource (str | Unset):
        record_id (UUID | Unset):
        occurred_after (datetime.datetime | Unset):
        occurred_before (datetime.datetime | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EventPage | Problem]
    """

    kwargs = _get_kwargs(
        limit=limit,
        cursor=cursor,
        sort=sort,
        include_total=include_total,
        type_=type_,
        resource=resource,
        record_id=record_id,
        occurred_after=occurred_after,
        occurred_before=occurred_before,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 50,
    cursor: str | Unset = UNSET,
    sort: EventsListSort | Unset = UNSET,
    include_total: bool | Unset = False,
    type_: str | Unset = UNSET,
    resource: str | Unset = UNSET,
    record_id: UUID | Unset = UNSET,
    occurred_after: datetime.datetime | Unset = UNSET,
    occurred_before: datetime.datetime | Unset = UNSET,
) -> EventPage | Problem | None:
    """List events

     Any signed-in caller; each event only if the caller may read its record now (the resource's read
    permission and data scope).

    Lists only records within the caller's data scope.

    Args:
        limit (int | Unset): Page size, 1 to 200. Default: 50.
        cursor (str | Unset): Opaque cursor from a previous page's next_cursor.
        sort (EventsListSort | Unset): Sort field; prefix with '-' for descending.
        include_total (bool | Unset): Also count all matching rows (slower). Default: False.
        type_ (str | Unset): One event type.
        resource (str | Unset):
        record_id (UUID | Unset):
        occurred_after (datetime.datetime | Unset):
        occurred_before (datetime.datetime | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EventPage | Problem
    """

    return (
        await asyncio_detailed(
            client=client,
            limit=limit,
            cursor=cursor,
            sort=sort,
            include_total=include_total,
            type_=type_,
            resource=resource,
            record_id=record_id,
            occurred_after=occurred_after,
            occurred_before=occurred_before,
        )
    ).parsed
