import datetime
from http import HTTPStatus
from typing import Any
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.attendance_punches_list_sort import AttendancePunchesListSort
from ...models.problem import Problem
from ...models.punch_page import PunchPage
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    limit: int | Unset = 50,
    cursor: str | Unset = UNSET,
    sort: AttendancePunchesListSort | Unset = UNSET,
    include_total: bool | Unset = False,
    owner_id: UUID | Unset = UNSET,
    day_from: datetime.date | Unset = UNSET,
    day_to: datetime.date | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["limit"] = limit

    params["cursor"] = cursor

    json_sort: str | Unset = UNSET
    if not isinstance(sort, Unset):
        json_sort = sort.value

    params["sort"] = json_sort

    params["include_total"] = include_total

    json_owner_id: str | Unset = UNSET
    if not isinstance(owner_id, Unset):
        json_owner_id = str(owner_id)
    params["owner_id"] = json_owner_id

    json_day_from: str | Unset = UNSET
    if not isinstance(day_from, Unset):
        json_day_from = day_from.isoformat()
    params["day_from"] = json_day_from

    json_day_to: str | Unset = UNSET
    if not isinstance(day_to, Unset):
        json_day_to = day_to.isoformat()
    params["day_to"] = json_day_to

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/attendance/punches",
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Problem | PunchPage | None:
    if response.status_code == 200:
        response_200 = PunchPage.from_dict(response.json())

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Problem | PunchPage]:
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
    sort: AttendancePunchesListSort | Unset = UNSET,
    include_total: bool | Unset = False,
    owner_id: UUID | Unset = UNSET,
    day_from: datetime.date | Unset = UNSET,
    day_to: datetime.date | Unset = UNSET,
) -> Response[Problem | PunchPage]:
    """List attendance punches

     Requires the permission `attendance:read`.

    Lists only records within the caller's data scope.

    Args:
        limit (int | Unset): Page size, 1 to 200. Default: 50.
        cursor (str | Unset): Opaque cursor from a previous page's next_cursor.
        sort (AttendancePunchesListSort | Unset): Sort field; prefix with '-' for descending.
        include_total (bool | Unset): Also count all matching rows (slower). Default: False.
        owner_id (UUID | Unset):
        day_from (datetime.date | Unset):
        day_to (datetime.date | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | PunchPage]
    """

    kwargs = _get_kwargs(
        limit=limit,
        cursor=cursor,
        sort=sort,
        include_total=include_total,
        owner_id=owner_id,
        day_from=day_from,
        day_to=day_to,
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
    sort: AttendancePunchesListSort | Unset = UNSET,
    include_total: bool | Unset = False,
    owner_id: UUID | Unset = UNSET,
    day_from: datetime.date | Unset = UNSET,
    day_to: datetime.date | Unset = UNSET,
) -> Problem | PunchPage | None:
    """List attendance punches

     Requires the permission `attendance:read`.

    Lists only records within the caller's data scope.

    Args:
        limit (int | Unset): Page size, 1 to 200. Default: 50.
        cursor (str | Unset): Opaque cursor from a previous page's next_cursor.
        sort (AttendancePunchesListSort | Unset): Sort field; prefix with '-' for descending.
        include_total (bool | Unset): Also count all matching rows (slower). Default: False.
        owner_id (UUID | Unset):
        day_from (datetime.date | Unset):
        day_to (datetime.date | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | PunchPage
    """

    return sync_detailed(
        client=client,
        limit=limit,
        cursor=cursor,
        sort=sort,
        include_total=include_total,
        owner_id=owner_id,
        day_from=day_from,
        day_to=day_to,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 50,
    cursor: str | Unset = UNSET,
    sort: AttendancePunchesListSort | Unset = UNSET,
    include_total: bool | Unset = False,
    owner_id: UUID | Unset = UNSET,
    day_from: datetime.date | Unset = UNSET,
    day_to: datetime.date | Unset = UNSET,
) -> Response[Problem | PunchPage]:
    """List attendance punches

     Requires the permission `attendance:read`.

    Lists only records within the caller's data scope.

    Args:
        limit (int | Unset): Page size, 1 to 200. Default: 50.
        cursor (str | Unset): Opaque cursor from a previous page's next_cursor.
        sort (AttendancePunchesListSort | Unset): Sort field; prefix with '-' for descending.
        include_total (bool | Unset): Also count all matching rows (slower). Default: False.
        owner_id (UUID | Unset):
        day_from (datetime.date | Unset):
        day_to (datetime.date | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | PunchPage]
    """

    kwargs = _get_kwargs(
        limit=limit,
        cursor=cursor,
        sort=sort,
        include_total=include_total,
        owner_id=owner_id,
        day_from=day_from,
        day_to=day_to,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 50,
    cursor: str | Unset = UNSET,
    sort: AttendancePunchesListSort | Unset = UNSET,
    include_total: bool | Unset = False,
    owner_id: UUID | Unset = UNSET,
    day_from: datetime.date | Unset = UNSET,
    day_to: datetime.date | Unset = UNSET,
) -> Problem | PunchPage | None:
    """List attendance punches

     Requires the permission `attendance:read`.

    Lists only records within the caller's data scope.

    Args:
        limit (int | Unset): Page size, 1 to 200. Default: 50.
        cursor (str | Unset): Opaque cursor from a previous page's next_cursor.
        sort (AttendancePunchesListSort | Unset): Sort field; prefix with '-' for descending.
        include_total (bool | Unset): Also count all matching rows (slower). Default: False.
        owner_id (UUID | Unset):
        day_from (datetime.date | Unset):
        day_to (datetime.date | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | PunchPage
    """

    return (
        await asyncio_detailed(
            client=client,
            limit=limit,
            cursor=cursor,
            sort=sort,
            include_total=include_total,
            owner_id=owner_id,
            day_from=day_from,
            day_to=day_to,
        )
    ).parsed
