import datetime
from http import HTTPStatus
from typing import Any
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.attendance_day_list import AttendanceDayList
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    employee_id: UUID | Unset = UNSET,
    day_from: datetime.date,
    day_to: datetime.date,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_employee_id: str | Unset = UNSET
    if not isinstance(employee_id, Unset):
        json_employee_id = str(employee_id)
    params["employee_id"] = json_employee_id

    json_day_from = day_from.isoformat()
    params["day_from"] = json_day_from

    json_day_to = day_to.isoformat()
    params["day_to"] = json_day_to

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/attendance/days",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AttendanceDayList | Problem | None:
    if response.status_code == 200:
        response_200 = AttendanceDayList.from_dict(response.json())

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
) -> Response[AttendanceDayList | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    employee_id: UUID | Unset = UNSET,
    day_from: datetime.date,
    day_to: datetime.date,
) -> Response[AttendanceDayList | Problem]:
    """An employee's daily records over a period (at most 62 days)

     Requires `attendance:read`; the caller's own, or an employee in their data scope (422 naming
    `employee_id` otherwise). The days are computed as they are read (a read stores nothing): those not
    settled yet read as they will be.

    Args:
        employee_id (UUID | Unset): Default: the caller.
        day_from (datetime.date):
        day_to (datetime.date):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AttendanceDayList | Problem]
    """

    kwargs = _get_kwargs(
        employee_id=employee_id,
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
    employee_id: UUID | Unset = UNSET,
    day_from: datetime.date,
    day_to: datetime.date,
) -> AttendanceDayList | Problem | None:
    """An employee's daily records over a period (at most 62 days)

     Requires `attendance:read`; the caller's own, or an employee in their data scope (422 naming
    `employee_id` otherwise). The days are computed as they are read (a read stores nothing): those not
    settled yet read as they will be.

    Args:
        employee_id (UUID | Unset): Default: the caller.
        day_from (datetime.date):
        day_to (datetime.date):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AttendanceDayList | Problem
    """

    return sync_detailed(
        client=client,
        employee_id=employee_id,
        day_from=day_from,
        day_to=day_to,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    employee_id: UUID | Unset = UNSET,
    day_from: datetime.date,
    day_to: datetime.date,
) -> Response[AttendanceDayList | Problem]:
    """An employee's daily records over a period (at most 62 days)

     Requires `attendance:read`; the caller's own, or an employee in their data scope (422 naming
    `employee_id` otherwise). The days are computed as they are read (a read stores nothing): those not
    settled yet read as they will be.

    Args:
        employee_id (UUID | Unset): Default: the caller.
        day_from (datetime.date):
        day_to (datetime.date):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AttendanceDayList | Problem]
    """

    kwargs = _get_kwargs(
        employee_id=employee_id,
        day_from=day_from,
        day_to=day_to,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    employee_id: UUID | Unset = UNSET,
    day_from: datetime.date,
    day_to: datetime.date,
) -> AttendanceDayList | Problem | None:
    """An employee's daily records over a period (at most 62 days)

     Requires `attendance:read`; the caller's own, or an employee in their data scope (422 naming
    `employee_id` otherwise). The days are computed as they are read (a read stores nothing): those not
    settled yet read as they will be.

    Args:
        employee_id (UUID | Unset): Default: the caller.
        day_from (datetime.date):
        day_to (datetime.date):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AttendanceDayList | Problem
    """

    return (
        await asyncio_detailed(
            client=client,
            employee_id=employee_id,
            day_from=day_from,
            day_to=day_to,
        )
    ).parsed
