import datetime
from http import HTTPStatus
from typing import Any
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.commission_statement_page import CommissionStatementPage
from ...models.commission_statements_list_sort import CommissionStatementsListSort
from ...models.problem import Problem
from ...models.statement_status import StatementStatus
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    limit: int | Unset = 50,
    cursor: str | Unset = UNSET,
    sort: CommissionStatementsListSort | Unset = UNSET,
    include_total: bool | Unset = False,
    plan_id: UUID | Unset = UNSET,
    employee_id: UUID | Unset = UNSET,
    period_start: datetime.date | Unset = UNSET,
    status: StatementStatus | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["limit"] = limit

    params["cursor"] = cursor

    json_sort: str | Unset = UNSET
    if not isinstance(sort, Unset):
        json_sort = sort.value

    params["sort"] = json_sort

    params["include_total"] = include_total

    json_plan_id: str | Unset = UNSET
    if not isinstance(plan_id, Unset):
        json_plan_id = str(plan_id)
    params["plan_id"] = json_plan_id

    json_employee_id: str | Unset = UNSET
    if not isinstance(employee_id, Unset):
        json_employee_id = str(employee_id)
    params["employee_id"] = json_employee_id

    json_period_start: str | Unset = UNSET
    if not isinstance(period_start, Unset):
        json_period_start = period_start.isoformat()
    params["period_start"] = json_period_start

    json_status: str | Unset = UNSET
    if not isinstance(status, Unset):
        json_status = status.value

    params["status"] = json_status

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/commission-statements",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CommissionStatementPage | Problem | None:
    if response.status_code == 200:
        response_200 = CommissionStatementPage.from_dict(response.json())

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
) -> Response[CommissionStatementPage | Problem]:
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
    sort: CommissionStatementsListSort | Unset = UNSET,
    include_total: bool | Unset = False,
    plan_id: UUID | Unset = UNSET,
    employee_id: UUID | Unset = UNSET,
    period_start: datetime.date | Unset = UNSET,
    status: StatementStatus | Unset = UNSET,
) -> Response[CommissionStatementPage | Problem]:
    """List commission statements

     Requires the permission `commission:read`.

    Lists only records within the caller's data scope.

    Args:
        limit (int | Unset): Page size, 1 to 200. Default: 50.
        cursor (str | Unset): Opaque cursor from a previous page's next_cursor.
        sort (CommissionStatementsListSort | Unset): Sort field; prefix with '-' for descending.
        include_total (bool | Unset): Also count all matching rows (slower). Default: False.
        plan_id (UUID | Unset):
        employee_id (UUID | Unset):
        period_start (datetime.date | Unset):
        status (StatementStatus | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CommissionStatementPage | Problem]
    """

    kwargs = _get_kwargs(
        limit=limit,
        cursor=cursor,
        sort=sort,
        include_total=include_total,
        plan_id=plan_id,
        employee_id=employee_id,
        period_start=period_start,
        status=status,
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
    sort: CommissionStatementsListSort | Unset = UNSET,
    include_total: bool | Unset = False,
    plan_id: UUID | Unset = UNSET,
    employee_id: UUID | Unset = UNSET,
    period_start: datetime.date | Unset = UNSET,
    status: StatementStatus | Unset = UNSET,
) -> CommissionStatementPage | Problem | None:
    """List commission statements

     Requires the permission `commission:read`.

    Lists only records within the caller's data scope.

    Args:
        limit (int | Unset): Page size, 1 to 200. Default: 50.
        cursor (str | Unset): Opaque cursor from a previous page's next_cursor.
        sort (CommissionStatementsListSort | Unset): Sort field; prefix with '-' for descending.
        include_total (bool | Unset): Also count all matching rows (slower). Default: False.
        plan_id (UUID | Unset):
        employee_id (UUID | Unset):
        period_start (datetime.date | Unset):
        status (StatementStatus | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CommissionStatementPage | Problem
    """

    return sync_detailed(
        client=client,
        limit=limit,
        cursor=cursor,
        sort=sort,
        include_total=include_total,
        plan_id=plan_id,
        employee_id=employee_id,
        period_start=period_start,
        status=status,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 50,
    cursor: str | Unset = UNSET,
    sort: CommissionStatementsListSort | Unset = UNSET,
    include_total: bool | Unset = False,
    plan_id: UUID | Unset = UNSET,
    employee_id: UUID | Unset = UNSET,
    period_start: datetime.date | Unset = UNSET,
    status: StatementStatus | Unset = UNSET,
) -> Response[CommissionStatementPage | Problem]:
    """List commission statements

     Requires the permission `commission:read`.

    Lists only records within the caller's data scope.

    Args:
        limit (int | Unset): Page size, 1 to 200. Default: 50.
        cursor (str | Unset): Opaque cursor from a previous page's next_cursor.
        sort (CommissionStatementsListSort | Unset): Sort field; prefix with '-' for descending.
        include_total (bool | Unset): Also count all matching rows (slower). Default: False.
        plan_id (UUID | Unset):
        employee_id (UUID | Unset):
        period_start (datetime.date | Unset):
        status (StatementStatus | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CommissionStatementPage | Problem]
    """

    kwargs = _get_kwargs(
        limit=limit,
        cursor=cursor,
        sort=sort,
        include_total=include_total,
        plan_id=plan_id,
        employee_id=employee_id,
        period_start=period_start,
        status=status,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 50,
    cursor: str | Unset = UNSET,
    sort: CommissionStatementsListSort | Unset = UNSET,
    include_total: bool | Unset = False,
    plan_id: UUID | Unset = UNSET,
    employee_id: UUID | Unset = UNSET,
    period_start: datetime.date | Unset = UNSET,
    status: StatementStatus | Unset = UNSET,
) -> CommissionStatementPage | Problem | None:
    """List commission statements

     Requires the permission `commission:read`.

    Lists only records within the caller's data scope.

    Args:
        limit (int | Unset): Page size, 1 to 200. Default: 50.
        cursor (str | Unset): Opaque cursor from a previous page's next_cursor.
        sort (CommissionStatementsListSort | Unset): Sort field; prefix with '-' for descending.
        include_total (bool | Unset): Also count all matching rows (slower). Default: False.
        plan_id (UUID | Unset):
        employee_id (UUID | Unset):
        period_start (datetime.date | Unset):
        status (StatementStatus | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CommissionStatementPage | Problem
    """

    return (
        await asyncio_detailed(
            client=client,
            limit=limit,
            cursor=cursor,
            sort=sort,
            include_total=include_total,
            plan_id=plan_id,
            employee_id=employee_id,
            period_start=period_start,
            status=status,
        )
    ).parsed
