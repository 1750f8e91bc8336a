import datetime
from http import HTTPStatus
from typing import Any
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.plan_period_kind import PlanPeriodKind
from ...models.problem import Problem
from ...models.sales_plan_page import SalesPlanPage
from ...models.sales_plan_status import SalesPlanStatus
from ...models.sales_plans_list_sort import SalesPlansListSort
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    limit: int | Unset = 50,
    cursor: str | Unset = UNSET,
    sort: SalesPlansListSort | Unset = UNSET,
    q: str | Unset = UNSET,
    include_total: bool | Unset = False,
    strategy_id: UUID | Unset = UNSET,
    status: SalesPlanStatus | Unset = UNSET,
    period_kind: PlanPeriodKind | Unset = UNSET,
    period_from: datetime.date | Unset = UNSET,
    period_to: datetime.date | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["limit"] = limit

    params["cursor"] = cursor

    json_sort: str | Unset = UNSET
    if not isinstance(sort, Unset):
        json_sort = sort.value

    params["sort"] = json_sort

    params["q"] = q

    params["include_total"] = include_total

    json_strategy_id: str | Unset = UNSET
    if not isinstance(strategy_id, Unset):
        json_strategy_id = str(strategy_id)
    params["strategy_id"] = json_strategy_id

    json_status: str | Unset = UNSET
    if not isinstance(status, Unset):
        json_status = status.value

    params["status"] = json_status

    json_period_kind: str | Unset = UNSET
    if not isinstance(period_kind, Unset):
        json_period_kind = period_kind.value

    params["period_kind"] = json_period_kind

    json_period_from: str | Unset = UNSET
    if not isinstance(period_from, Unset):
        json_period_from = period_from.isoformat()
    params["period_from"] = json_period_from

    json_period_to: str | Unset = UNSET
    if not isinstance(period_to, Unset):
        json_period_to = period_to.isoformat()
    params["period_to"] = json_period_to

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/sales-plans",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Problem | SalesPlanPage | None:
    if response.status_code == 200:
        response_200 = SalesPlanPage.from_dict(response.json())

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
) -> Response[Problem | SalesPlanPage]:
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
    sort: SalesPlansListSort | Unset = UNSET,
    q: str | Unset = UNSET,
    include_total: bool | Unset = False,
    strategy_id: UUID | Unset = UNSET,
    status: SalesPlanStatus | Unset = UNSET,
    period_kind: PlanPeriodKind | Unset = UNSET,
    period_from: datetime.date | Unset = UNSET,
    period_to: datetime.date | Unset = UNSET,
) -> Response[Problem | SalesPlanPage]:
    """List sales plans

     Requires the permission `sales_plan:read`.

    Lists only records within the caller's data scope.

    Args:
        limit (int | Unset): Page size, 1 to 200. Default: 50.
        cursor (str | Unset): Opaque cursor from a previous page's next_cursor.
        sort (SalesPlansListSort | Unset): Sort field; prefix with '-' for descending.
        q (str | Unset): Free-text search; Chinese names also match by pinyin and initials.
        include_total (bool | Unset): Also count all matching rows (slower). Default: False.
        strategy_id (UUID | Unset):
        status (SalesPlanStatus | Unset):
        period_kind (PlanPeriodKind | Unset):
        period_from (datetime.date | Unset): Plans starting on or after.
        period_to (datetime.date | Unset): Plans starting on or before.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | SalesPlanPage]
    """

    kwargs = _get_kwargs(
        limit=limit,
        cursor=cursor,
        sort=sort,
        q=q,
        include_total=include_total,
        strategy_id=strategy_id,
        status=status,
        period_kind=period_kind,
        period_from=period_from,
        period_to=period_to,
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
    sort: SalesPlansListSort | Unset = UNSET,
    q: str | Unset = UNSET,
    include_total: bool | Unset = False,
    strategy_id: UUID | Unset = UNSET,
    status: SalesPlanStatus | Unset = UNSET,
    period_kind: PlanPeriodKind | Unset = UNSET,
    period_from: datetime.date | Unset = UNSET,
    period_to: datetime.date | Unset = UNSET,
) -> Problem | SalesPlanPage | None:
    """List sales plans

     Requires the permission `sales_plan:read`.

    Lists only records within the caller's data scope.

    Args:
        limit (int | Unset): Page size, 1 to 200. Default: 50.
        cursor (str | Unset): Opaque cursor from a previous page's next_cursor.
        sort (SalesPlansListSort | Unset): Sort field; prefix with '-' for descending.
        q (str | Unset): Free-text search; Chinese names also match by pinyin and initials.
        include_total (bool | Unset): Also count all matching rows (slower). Default: False.
        strategy_id (UUID | Unset):
        status (SalesPlanStatus | Unset):
        period_kind (PlanPeriodKind | Unset):
        period_from (datetime.date | Unset): Plans starting on or after.
        period_to (datetime.date | Unset): Plans starting on or before.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | SalesPlanPage
    """

    return sync_detailed(
        client=client,
        limit=limit,
        cursor=cursor,
        sort=sort,
        q=q,
        include_total=include_total,
        strategy_id=strategy_id,
        status=status,
        period_kind=period_kind,
        period_from=period_from,
        period_to=period_to,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 50,
    cursor: str | Unset = UNSET,
    sort: SalesPlansListSort | Unset = UNSET,
    q: str | Unset = UNSET,
    include_total: bool | Unset = False,
    strategy_id: UUID | Unset = UNSET,
    status: SalesPlanStatus | Unset = UNSET,
    period_kind: PlanPeriodKind | Unset = UNSET,
    period_from: datetime.date | Unset = UNSET,
    period_to: datetime.date | Unset = UNSET,
) -> Response[Problem | SalesPlanPage]:
    """List sales plans

     Requires the permission `sales_plan:read`.

    Lists only records within the caller's data scope.

    Args:
        limit (int | Unset): Page size, 1 to 200. Default: 50.
        cursor (str | Unset): Opaque cursor from a previous page's next_cursor.
        sort (SalesPlansListSort | Unset): Sort field; prefix with '-' for descending.
        q (str | Unset): Free-text search; Chinese names also match by pinyin and initials.
        include_total (bool | Unset): Also count all matching rows (slower). Default: False.
        strategy_id (UUID | Unset):
        status (SalesPlanStatus | Unset):
        period_kind (PlanPeriodKind | Unset):
        period_from (datetime.date | Unset): Plans starting on or after.
        period_to (datetime.date | Unset): Plans starting on or before.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | SalesPlanPage]
    """

    kwargs = _get_kwargs(
        limit=limit,
        cursor=cursor,
        sort=sort,
        q=q,
        include_total=include_total,
        strategy_id=strategy_id,
        status=status,
        period_kind=period_kind,
        period_from=period_from,
        period_to=period_to,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 50,
    cursor: str | Unset = UNSET,
    sort: SalesPlansListSort | Unset = UNSET,
    q: str | Unset = UNSET,
    include_total: bool | Unset = False,
    strategy_id: UUID | Unset = UNSET,
    status: SalesPlanStatus | Unset = UNSET,
    period_kind: PlanPeriodKind | Unset = UNSET,
    period_from: datetime.date | Unset = UNSET,
    period_to: datetime.date | Unset = UNSET,
) -> Problem | SalesPlanPage | None:
    """List sales plans

     Requires the permission `sales_plan:read`.

    Lists only records within the caller's data scope.

    Args:
        limit (int | Unset): Page size, 1 to 200. Default: 50.
        cursor (str | Unset): Opaque cursor from a previous page's next_cursor.
        sort (SalesPlansListSort | Unset): Sort field; prefix with '-' for descending.
        q (str | Unset): Free-text search; Chinese names also match by pinyin and initials.
        include_total (bool | Unset): Also count all matching rows (slower). Default: False.
        strategy_id (UUID | Unset):
        status (SalesPlanStatus | Unset):
        period_kind (PlanPeriodKind | Unset):
        period_from (datetime.date | Unset): Plans starting on or after.
        period_to (datetime.date | Unset): Plans starting on or before.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | SalesPlanPage
    """

    return (
        await asyncio_detailed(
            client=client,
            limit=limit,
            cursor=cursor,
            sort=sort,
            q=q,
            include_total=include_total,
            strategy_id=strategy_id,
            status=status,
            period_kind=period_kind,
            period_from=period_from,
            period_to=period_to,
        )
    ).parsed
