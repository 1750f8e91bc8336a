from http import HTTPStatus
from typing import Any
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.attendance_statistics import AttendanceStatistics
from ...models.problem import Problem
from ...models.statistics_group import StatisticsGroup
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    month: str,
    department_id: UUID | Unset = UNSET,
    group: StatisticsGroup | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["month"] = month

    json_department_id: str | Unset = UNSET
    if not isinstance(department_id, Unset):
        json_department_id = str(department_id)
    params["department_id"] = json_department_id

    json_group: str | Unset = UNSET
    if not isinstance(group, Unset):
        json_group = group.value

    params["group"] = json_group

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/attendance/statistics",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AttendanceStatistics | Problem | None:
    if response.status_code == 200:
        response_200 = AttendanceStatistics.from_dict(response.json())

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
) -> Response[AttendanceStatistics | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    month: str,
    department_id: UUID | Unset = UNSET,
    group: StatisticsGroup | Unset = UNSET,
) -> Response[AttendanceStatistics | Problem]:
    """A month's attendance per employee or per department, with totals

     Requires `attendance:read`; counts the settled days (the nightly job, every punch and approval) of
    the employees in the caller's data scope, of a department and the departments below it when
    `department_id` is given.

    Args:
        month (str):
        department_id (UUID | Unset): This department and below.
        group (StatisticsGroup | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AttendanceStatistics | Problem]
    """

    kwargs = _get_kwargs(
        month=month,
        department_id=department_id,
        group=group,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    month: str,
    department_id: UUID | Unset = UNSET,
    group: StatisticsGroup | Unset = UNSET,
) -> AttendanceStatistics | Problem | None:
    """A month's attendance per employee or per department, with totals

     Requires `attendance:read`; counts the settled days (the nightly job, every punch and approval) of
    the employees in the caller's data scope, of a department and the departments below it when
    `department_id` is given.

    Args:
        month (str):
        department_id (UUID | Unset): This department and below.
        group (StatisticsGroup | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AttendanceStatistics | Problem
    """

    return sync_detailed(
        client=client,
        month=month,
        department_id=department_id,
        group=group,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    month: str,
    department_id: UUID | Unset = UNSET,
    group: StatisticsGroup | Unset = UNSET,
) -> Response[AttendanceStatistics | Problem]:
    """A month's attendance per employee or per department, with totals

     Requires `attendance:read`; counts the settled days (the nightly job, every punch and approval) of
    the employees in the caller's data scope, of a department and the departments below it when
    `department_id` is given.

    Args:
        month (str):
        department_id (UUID | Unset): This department and below.
        group (StatisticsGroup | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AttendanceStatistics | Problem]
    """

    kwargs = _get_kwargs(
        month=month,
        department_id=department_id,
        group=group,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    month: str,
    department_id: UUID | Unset = UNSET,
    group: StatisticsGroup | Unset = UNSET,
) -> AttendanceStatistics | Problem | None:
    """A month's attendance per employee or per department, with totals

     Requires `attendance:read`; counts the settled days (the nightly job, every punch and approval) of
    the employees in the caller's data scope, of a department and the departments below it when
    `department_id` is given.

    Args:
        month (str):
        department_id (UUID | Unset): This department and below.
        group (StatisticsGroup | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AttendanceStatistics | Problem
    """

    return (
        await asyncio_detailed(
            client=client,
            month=month,
            department_id=department_id,
            group=group,
        )
    ).parsed
