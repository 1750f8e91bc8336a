from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.attendance import Attendance
from ...models.problem import Problem
from ...models.training_attendee_page import TrainingAttendeePage
from ...models.training_attendees_list_sort import TrainingAttendeesListSort
from ...types import UNSET, Response, Unset


def _get_kwargs(
    parent_id: UUID,
    *,
    limit: int | Unset = 50,
    cursor: str | Unset = UNSET,
    sort: TrainingAttendeesListSort | Unset = UNSET,
    include_total: bool | Unset = False,
    status: Attendance | Unset = UNSET,
    employee_id: UUID | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["limit"] = limit

    params["cursor"] = cursor

    json_sort: str | Unset = UNSET
    if not isinstance(sort, Unset):
        json_sort = sort.value

    params["sort"] = json_sort

    params["include_total"] = include_total

    json_status: str | Unset = UNSET
    if not isinstance(status, Unset):
        json_status = status.value

    params["status"] = json_status

    json_employee_id: str | Unset = UNSET
    if not isinstance(employee_id, Unset):
        json_employee_id = str(employee_id)
    params["employee_id"] = json_employee_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/training-sessions/{parent_id}/attendees".format(
            parent_id=quote(str(parent_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Problem | TrainingAttendeePage | None:
    if response.status_code == 200:
        response_200 = TrainingAttendeePage.from_dict(response.json())

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
) -> Response[Problem | TrainingAttendeePage]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    parent_id: UUID,
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 50,
    cursor: str | Unset = UNSET,
    sort: TrainingAttendeesListSort | Unset = UNSET,
    include_total: bool | Unset = False,
    status: Attendance | Unset = UNSET,
    employee_id: UUID | Unset = UNSET,
) -> Response[Problem | TrainingAttendeePage]:
    """List training attendees

     Requires the permission `training:read`.

    Confined to one training session: 404 when the caller cannot see it.

    Lists only records within the caller's data scope.

    Args:
        parent_id (UUID): The training session's id (UUID).
        limit (int | Unset): Page size, 1 to 200. Default: 50.
        cursor (str | Unset): Opaque cursor from a previous page's next_cursor.
        sort (TrainingAttendeesListSort | Unset): Sort field; prefix with '-' for descending.
        include_total (bool | Unset): Also count all matching rows (slower). Default: False.
        status (Attendance | Unset):
        employee_id (UUID | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | TrainingAttendeePage]
    """

    kwargs = _get_kwargs(
        parent_id=parent_id,
        limit=limit,
        cursor=cursor,
        sort=sort,
        include_total=include_total,
        status=status,
        employee_id=employee_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    parent_id: UUID,
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 50,
    cursor: str | Unset = UNSET,
    sort: TrainingAttendeesListSort | Unset = UNSET,
    include_total: bool | Unset = False,
    status: Attendance | Unset = UNSET,
    employee_id: UUID | Unset = UNSET,
) -> Problem | TrainingAttendeePage | None:
    """List training attendees

     Requires the permission `training:read`.

    Confined to one training session: 404 when the caller cannot see it.

    Lists only records within the caller's data scope.

    Args:
        parent_id (UUID): The training session's id (UUID).
        limit (int | Unset): Page size, 1 to 200. Default: 50.
        cursor (str | Unset): Opaque cursor from a previous page's next_cursor.
        sort (TrainingAttendeesListSort | Unset): Sort field; prefix with '-' for descending.
        include_total (bool | Unset): Also count all matching rows (slower). Default: False.
        status (Attendance | Unset):
        employee_id (UUID | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | TrainingAttendeePage
    """

    return sync_detailed(
        parent_id=parent_id,
        client=client,
        limit=limit,
        cursor=cursor,
        sort=sort,
        include_total=include_total,
        status=status,
        employee_id=employee_id,
    ).parsed


async def asyncio_detailed(
    parent_id: UUID,
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 50,
    cursor: str | Unset = UNSET,
    sort: TrainingAttendeesListSort | Unset = UNSET,
    include_total: bool | Unset = False,
    status: Attendance | Unset = UNSET,
    employee_id: UUID | Unset = UNSET,
) -> Response[Problem | TrainingAttendeePage]:
    """List training attendees

     Requires the permission `training:read`.

    Confined to one training session: 404 when the caller cannot see it.

    Lists only records within the caller's data scope.

    Args:
        parent_id (UUID): The training session's id (UUID).
        limit (int | Unset): Page size, 1 to 200. Default: 50.
        cursor (str | Unset): Opaque cursor from a previous page's next_cursor.
        sort (TrainingAttendeesListSort | Unset): Sort field; prefix with '-' for descending.
        include_total (bool | Unset): Also count all matching rows (slower). Default: False.
        status (Attendance | Unset):
        employee_id (UUID | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | TrainingAttendeePage]
    """

    kwargs = _get_kwargs(
        parent_id=parent_id,
        limit=limit,
        cursor=cursor,
        sort=sort,
        include_total=include_total,
        status=status,
        employee_id=employee_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    parent_id: UUID,
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 50,
    cursor: str | Unset = UNSET,
    sort: TrainingAttendeesListSort | Unset = UNSET,
    include_total: bool | Unset = False,
    status: Attendance | Unset = UNSET,
    employee_id: UUID | Unset = UNSET,
) -> Problem | TrainingAttendeePage | None:
    """List training attendees

     Requires the permission `training:read`.

    Confined to one training session: 404 when the caller cannot see it.

    Lists only records within the caller's data scope.

    Args:
        parent_id (UUID): The training session's id (UUID).
        limit (int | Unset): Page size, 1 to 200. Default: 50.
        cursor (str | Unset): Opaque cursor from a previous page's next_cursor.
        sort (TrainingAttendeesListSort | Unset): Sort field; prefix with '-' for descending.
        include_total (bool | Unset): Also count all matching rows (slower). Default: False.
        status (Attendance | Unset):
        employee_id (UUID | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | TrainingAttendeePage
    """

    return (
        await asyncio_detailed(
            parent_id=parent_id,
            client=client,
            limit=limit,
            cursor=cursor,
            sort=sort,
            include_total=include_total,
            status=status,
            employee_id=employee_id,
        )
    ).parsed
