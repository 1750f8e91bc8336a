from http import HTTPStatus
from io import BytesIO
from typing import Any
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.attendance_statistics_export_format import AttendanceStatisticsExportFormat
from ...models.problem import Problem
from ...models.statistics_group import StatisticsGroup
from ...types import UNSET, File, Response, Unset


def _get_kwargs(
    *,
    month: str,
    department_id: UUID | Unset = UNSET,
    group: StatisticsGroup | Unset = UNSET,
    format_: AttendanceStatisticsExportFormat | Unset = AttendanceStatisticsExportFormat.XLSX,
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

    json_format_: str | Unset = UNSET
    if not isinstance(format_, Unset):
        json_format_ = format_.value

    params["format"] = json_format_

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/attendance/statistics/export",
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> File | Problem | None:
    if response.status_code == 200:
        response_200 = File(payload=BytesIO(response.text))

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[File | Problem]:
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
    format_: AttendanceStatisticsExportFormat | Unset = AttendanceStatisticsExportFormat.XLSX,
) -> Response[File | Problem]:
    """The month's statistics as XLSX (or CSV), with Chinese headers

     Requires `attendance:read`; counts the settled days (the nightly job, every punch and approval) of
    the employees in the caller's data scope, of a department and the departments below it when
    `department_id` is given. Every export is audited (an `export` entry of resource
    `attendance_export`).

    Args:
        month (str):
        department_id (UUID | Unset): This department and below.
        group (StatisticsGroup | Unset):
        format_ (AttendanceStatisticsExportFormat | Unset):  Default:
            AttendanceStatisticsExportFormat.XLSX.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[File | Problem]
    """

    kwargs = _get_kwargs(
        month=month,
        department_id=department_id,
        group=group,
        format_=format_,
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
    format_: AttendanceStatisticsExportFormat | Unset = AttendanceStatisticsExportFormat.XLSX,
) -> File | Problem | None:
    """The month's statistics as XLSX (or CSV), with Chinese headers

     Requires `attendance:read`; counts the settled days (the nightly job, every punch and approval) of
    the employees in the caller's data scope, of a department and the departments below it when
    `department_id` is given. Every export is audited (an `export` entry of resource
    `attendance_export`).

    Args:
        month (str):
        department_id (UUID | Unset): This department and below.
        group (StatisticsGroup | Unset):
        format_ (AttendanceStatisticsExportFormat | Unset):  Default:
            AttendanceStatisticsExportFormat.XLSX.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        File | Problem
    """

    return sync_detailed(
        client=client,
        month=month,
        department_id=department_id,
        group=group,
        format_=format_,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    month: str,
    department_id: UUID | Unset = UNSET,
    group: StatisticsGroup | Unset = UNSET,
    format_: AttendanceStatisticsExportFormat | Unset = AttendanceStatisticsExportFormat.XLSX,
) -> Response[File | Problem]:
    """The month's statistics as XLSX (or CSV), with Chinese headers

     Requires `attendance:read`; counts the settled days (the nightly job, every punch and approval) of
    the employees in the caller's data scope, of a department and the departments below it when
    `department_id` is given. Every export is audited (an `export` entry of resource
    `attendance_export`).

    Args:
        month (str):
        department_id (UUID | Unset): This department and below.
        group (StatisticsGroup | Unset):
        format_ (AttendanceStatisticsExportFormat | Unset):  Default:
            AttendanceStatisticsExportFormat.XLSX.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[File | Problem]
    """

    kwargs = _get_kwargs(
        month=month,
        department_id=department_id,
        group=group,
        format_=format_,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    month: str,
    department_id: UUID | Unset = UNSET,
    group: StatisticsGroup | Unset = UNSET,
    format_: AttendanceStatisticsExportFormat | Unset = AttendanceStatisticsExportFormat.XLSX,
) -> File | Problem | None:
    """The month's statistics as XLSX (or CSV), with Chinese headers

     Requires `attendance:read`; counts the settled days (the nightly job, every punch and approval) of
    the employees in the caller's data scope, of a department and the departments below it when
    `department_id` is given. Every export is audited (an `export` entry of resource
    `attendance_export`).

    Args:
        month (str):
        department_id (UUID | Unset): This department and below.
        group (StatisticsGroup | Unset):
        format_ (AttendanceStatisticsExportFormat | Unset):  Default:
            AttendanceStatisticsExportFormat.XLSX.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        File | Problem
    """

    return (
        await asyncio_detailed(
            client=client,
            month=month,
            department_id=department_id,
            group=group,
            format_=format_,
        )
    ).parsed
