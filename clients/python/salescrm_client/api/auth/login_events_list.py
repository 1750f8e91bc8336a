import datetime
from http import HTTPStatus
from typing import Any
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.login_event_page import LoginEventPage
from ...models.login_events_list_event import LoginEventsListEvent
from ...models.login_events_list_sort import LoginEventsListSort
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    limit: int | Unset = 50,
    cursor: str | Unset = UNSET,
    sort: LoginEventsListSort | Unset = UNSET,
    include_total: bool | Unset = False,
    employee_id: UUID | Unset = UNSET,
    event: LoginEventsListEvent | Unset = UNSET,
    occurred_after: datetime.datetime | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["limit"] = limit

    params["cursor"] = cursor

    json_sort: str | Unset = UNSET
    if not isinstance(sort, Unset):
        json_sort = sort.value

    params["sort"] = json_sort

    params["include_total"] = include_total

    json_employee_id: str | Unset = UNSET
    if not isinstance(employee_id, Unset):
        json_employee_id = str(employee_id)
    params["employee_id"] = json_employee_id

    json_event: str | Unset = UNSET
    if not isinstance(event, Unset):
        json_event = event.value

    params["event"] = json_event

    json_occurred_after: str | Unset = UNSET
    if not isinstance(occurred_after, Unset):
        json_occurred_after = occurred_after.isoformat()
    params["occurred_after"] = json_occurred_after

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/login-events",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> LoginEventPage | Problem | None:
    if response.status_code == 200:
        response_200 = LoginEventPage.from_dict(response.json())

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
) -> Response[LoginEventPage | Problem]:
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
    sort: LoginEventsListSort | Unset = UNSET,
    include_total: bool | Unset = False,
    employee_id: UUID | Unset = UNSET,
    event: LoginEventsListEvent | Unset = UNSET,
    occurred_after: datetime.datetime | Unset = UNSET,
) -> Response[LoginEventPage | Problem]:
    """List login events

     Employees see their own logins without a further permission, and `security:read` sees all; a request
    made with an API key needs `security:read`.

    Lists only records within the caller's data scope.

    Args:
        limit (int | Unset): Page size, 1 to 200. Default: 50.
        cursor (str | Unset): Opaque cursor from a previous page's next_cursor.
        sort (LoginEventsListSort | Unset): Sort field; prefix with '-' for descending.
        include_total (bool | Unset): Also count all matching rows (slower). Default: False.
        employee_id (UUID | Unset):
        event (LoginEventsListEvent | Unset):
        occurred_after (datetime.datetime | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[LoginEventPage | Problem]
    """

    kwargs = _get_kwargs(
        limit=limit,
        cursor=cursor,
        sort=sort,
        include_total=include_total,
        employee_id=employee_id,
        event=event,
        occurred_after=occurred_after,
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
    sort: LoginEventsListSort | Unset = UNSET,
    include_total: bool | Unset = False,
    employee_id: UUID | Unset = UNSET,
    event: LoginEventsListEvent | Unset = UNSET,
    occurred_after: datetime.datetime | Unset = UNSET,
) -> LoginEventPage | Problem | None:
    """List login events

     Employees see their own logins without a further permission, and `security:read` sees all; a request
    made with an API key needs `security:read`.

    Lists only records within the caller's data scope.

    Args:
        limit (int | Unset): Page size, 1 to 200. Default: 50.
        cursor (str | Unset): Opaque cursor from a previous page's next_cursor.
        sort (LoginEventsListSort | Unset): Sort field; prefix with '-' for descending.
        include_total (bool | Unset): Also count all matching rows (slower). Default: False.
        employee_id (UUID | Unset):
        event (LoginEventsListEvent | Unset):
        occurred_after (datetime.datetime | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        LoginEventPage | Problem
    """

    return sync_detailed(
        client=client,
        limit=limit,
        cursor=cursor,
        sort=sort,
        include_total=include_total,
        employee_id=employee_id,
        event=event,
        occurred_after=occurred_after,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 50,
    cursor: str | Unset = UNSET,
    sort: LoginEventsListSort | Unset = UNSET,
    include_total: bool | Unset = False,
    employee_id: UUID | Unset = UNSET,
    event: LoginEventsListEvent | Unset = UNSET,
    occurred_after: datetime.datetime | Unset = UNSET,
) -> Response[LoginEventPage | Problem]:
    """List login events

     Employees see their own logins without a further permission, and `security:read` sees all; a request
    made with an API key needs `security:read`.

    Lists only records within the caller's data scope.

    Args:
        limit (int | Unset): Page size, 1 to 200. Default: 50.
        cursor (str | Unset): Opaque cursor from a previous page's next_cursor.
        sort (LoginEventsListSort | Unset): Sort field; prefix with '-' for descending.
        include_total (bool | Unset): Also count all matching rows (slower). Default: False.
        employee_id (UUID | Unset):
        event (LoginEventsListEvent | Unset):
        occurred_after (datetime.datetime | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[LoginEventPage | Problem]
    """

    kwargs = _get_kwargs(
        limit=limit,
        cursor=cursor,
        sort=sort,
        include_total=include_total,
        employee_id=employee_id,
        event=event,
        occurred_after=occurred_after,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 50,
    cursor: str | Unset = UNSET,
    sort: LoginEventsListSort | Unset = UNSET,
    include_total: bool | Unset = False,
    employee_id: UUID | Unset = UNSET,
    event: LoginEventsListEvent | Unset = UNSET,
    occurred_after: datetime.datetime | Unset = UNSET,
) -> LoginEventPage | Problem | None:
    """List login events

     Employees see their own logins without a further permission, and `security:read` sees all; a request
    made with an API key needs `security:read`.

    Lists only records within the caller's data scope.

    Args:
        limit (int | Unset): Page size, 1 to 200. Default: 50.
        cursor (str | Unset): Opaque cursor from a previous page's next_cursor.
        sort (LoginEventsListSort | Unset): Sort field; prefix with '-' for descending.
        include_total (bool | Unset): Also count all matching rows (slower). Default: False.
        employee_id (UUID | Unset):
        event (LoginEventsListEvent | Unset):
        occurred_after (datetime.datetime | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        LoginEventPage | Problem
    """

    return (
        await asyncio_detailed(
            client=client,
            limit=limit,
            cursor=cursor,
            sort=sort,
            include_total=include_total,
            employee_id=employee_id,
            event=event,
            occurred_after=occurred_after,
        )
    ).parsed
