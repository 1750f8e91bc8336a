from http import HTTPStatus
from typing import Any
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.problem import Problem
from ...models.sales_target_page import SalesTargetPage
from ...models.sales_targets_list_sort import SalesTargetsListSort
from ...models.target_level import TargetLevel
from ...models.target_metric import TargetMetric
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    limit: int | Unset = 50,
    cursor: str | Unset = UNSET,
    sort: SalesTargetsListSort | Unset = UNSET,
    q: str | Unset = UNSET,
    include_total: bool | Unset = False,
    plan_id: UUID | Unset = UNSET,
    parent_id: UUID | Unset = UNSET,
    level: TargetLevel | Unset = UNSET,
    metric: TargetMetric | Unset = UNSET,
    employee_id: UUID | Unset = UNSET,
    department_id: UUID | Unset = UNSET,
    territory_id: UUID | Unset = UNSET,
    owner_id: UUID | Unset = UNSET,
    product_line: str | Unset = UNSET,
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

    json_plan_id: str | Unset = UNSET
    if not isinstance(plan_id, Unset):
        json_plan_id = str(plan_id)
    params["plan_id"] = json_plan_id

    json_parent_id: str | Unset = UNSET
    if not isinstance(parent_id, Unset):
        json_parent_id = str(parent_id)
    params["parent_id"] = json_parent_id

    json_level: str | Unset = UNSET
    if not isinstance(level, Unset):
        json_level = level.value

    params["level"] = json_level

    json_metric: str | Unset = UNSET
    if not isinstance(metric, Unset):
        json_metric = metric.value

    params["metric"] = json_metric

    json_employee_id: str | Unset = UNSET
    if not isinstance(employee_id, Unset):
        json_employee_id = str(employee_id)
    params["employee_id"] = json_employee_id

    json_department_id: str | Unset = UNSET
    if not isinstance(department_id, Unset):
        json_department_id = str(department_id)
    params["department_id"] = json_department_id

    json_territory_id: str | Unset = UNSET
    if not isinstance(territory_id, Unset):
        json_territory_id = str(territory_id)
    params["territory_id"] = json_territory_id

    json_owner_id: str | Unset = UNSET
    if not isinstance(owner_id, Unset):
        json_owner_id = str(owner_id)
    params["owner_id"] = json_owner_id

    params["product_line"] = product_line

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/sales-targets",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Problem | SalesTargetPage | None:
    if response.status_code == 200:
        response_200 = SalesTargetPage.from_dict(response.json())

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
) -> Response[Problem | SalesTargetPage]:
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
    sort: SalesTargetsListSort | Unset = UNSET,
    q: str | Unset = UNSET,
    include_total: bool | Unset = False,
    plan_id: UUID | Unset = UNSET,
    parent_id: UUID | Unset = UNSET,
    level: TargetLevel | Unset = UNSET,
    metric: TargetMetric | Unset = UNSET,
    employee_id: UUID | Unset = UNSET,
    department_id: UUID | Unset = UNSET,
    territory_id: UUID | Unset = UNSET,
    owner_id: UUID | Unset = UNSET,
    product_line: str | Unset = UNSET,
) -> Response[Problem | SalesTargetPage]:
    """List sales targets

     Requires `sales_plan:read`. Lists the targets in the caller's data scope: an employee's own targets,
    a manager's people's, a director's department tree; roles with the `all` scope (finance, analysts)
    every target.

    Lists only records within the caller's data scope.

    Args:
        limit (int | Unset): Page size, 1 to 200. Default: 50.
        cursor (str | Unset): Opaque cursor from a previous page's next_cursor.
        sort (SalesTargetsListSort | Unset): Sort field; prefix with '-' for descending.
        q (str | Unset): Free-text search; Chinese names also match by pinyin and initials.
        include_total (bool | Unset): Also count all matching rows (slower). Default: False.
        plan_id (UUID | Unset):
        parent_id (UUID | Unset):
        level (TargetLevel | Unset):
        metric (TargetMetric | Unset):
        employee_id (UUID | Unset):
        department_id (UUID | Unset):
        territory_id (UUID | Unset):
        owner_id (UUID | Unset):
        product_line (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | SalesTargetPage]
    """

    kwargs = _get_kwargs(
        limit=limit,
        cursor=cursor,
        sort=sort,
        q=q,
        include_total=include_total,
        plan_id=plan_id,
        parent_id=parent_id,
        level=level,
        metric=metric,
        employee_id=employee_id,
        department_id=department_id,
        territory_id=territory_id,
        owner_id=owner_id,
        product_line=product_line,
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
    sort: SalesTargetsListSort | Unset = UNSET,
    q: str | Unset = UNSET,
    include_total: bool | Unset = False,
    plan_id: UUID | Unset = UNSET,
    parent_id: UUID | Unset = UNSET,
    level: TargetLevel | Unset = UNSET,
    metric: TargetMetric | Unset = UNSET,
    employee_id: UUID | Unset = UNSET,
    department_id: UUID | Unset = UNSET,
    territory_id: UUID | Unset = UNSET,
    owner_id: UUID | Unset = UNSET,
    product_line: str | Unset = UNSET,
) -> Problem | SalesTargetPage | None:
    """List sales targets

     Requires `sales_plan:read`. Lists the targets in the caller's data scope: an employee's own targets,
    a manager's people's, a director's department tree; roles with the `all` scope (finance, analysts)
    every target.

    Lists only records within the caller's data scope.

    Args:
        limit (int | Unset): Page size, 1 to 200. Default: 50.
        cursor (str | Unset): Opaque cursor from a previous page's next_cursor.
        sort (SalesTargetsListSort | Unset): Sort field; prefix with '-' for descending.
        q (str | Unset): Free-text search; Chinese names also match by pinyin and initials.
        include_total (bool | Unset): Also count all matching rows (slower). Default: False.
        plan_id (UUID | Unset):
        parent_id (UUID | Unset):
        level (TargetLevel | Unset):
        metric (TargetMetric | Unset):
        employee_id (UUID | Unset):
        department_id (UUID | Unset):
        territory_id (UUID | Unset):
        owner_id (UUID | Unset):
        product_line (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | SalesTargetPage
    """

    return sync_detailed(
        client=client,
        limit=limit,
        cursor=cursor,
        sort=sort,
        q=q,
        include_total=include_total,
        plan_id=plan_id,
        parent_id=parent_id,
        level=level,
        metric=metric,
        employee_id=employee_id,
        department_id=department_id,
        territory_id=territory_id,
        owner_id=owner_id,
        product_line=product_line,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 50,
    cursor: str | Unset = UNSET,
    sort: SalesTargetsListSort | Unset = UNSET,
    q: str | Unset = UNSET,
    include_total: bool | Unset = False,
    plan_id: UUID | Unset = UNSET,
    parent_id: UUID | Unset = UNSET,
    level: TargetLevel | Unset = UNSET,
    metric: TargetMetric | Unset = UNSET,
    employee_id: UUID | Unset = UNSET,
    department_id: UUID | Unset = UNSET,
    territory_id: UUID | Unset = UNSET,
    owner_id: UUID | Unset = UNSET,
    product_line: str | Unset = UNSET,
) -> Response[Problem | SalesTargetPage]:
    """List sales targets

     Requires `sales_plan:read`. Lists the targets in the caller's data scope: an employee's own targets,
    a manager's people's, a director's department tree; roles with the `all` scope (finance, analysts)
    every target.

    Lists only records within the caller's data scope.

    Args:
        limit (int | Unset): Page size, 1 to 200. Default: 50.
        cursor (str | Unset): Opaque cursor from a previous page's next_cursor.
        sort (SalesTargetsListSort | Unset): Sort field; prefix with '-' for descending.
        q (str | Unset): Free-text search; Chinese names also match by pinyin and initials.
        include_total (bool | Unset): Also count all matching rows (slower). Default: False.
        plan_id (UUID | Unset):
        parent_id (UUID | Unset):
        level (TargetLevel | Unset):
        metric (TargetMetric | Unset):
        employee_id (UUID | Unset):
        department_id (UUID | Unset):
        territory_id (UUID | Unset):
        owner_id (UUID | Unset):
        product_line (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | SalesTargetPage]
    """

    kwargs = _get_kwargs(
        limit=limit,
        cursor=cursor,
        sort=sort,
        q=q,
        include_total=include_total,
        plan_id=plan_id,
        parent_id=parent_id,
        level=level,
        metric=metric,
        employee_id=employee_id,
        department_id=department_id,
        territory_id=territory_id,
        owner_id=owner_id,
        product_line=product_line,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 50,
    cursor: str | Unset = UNSET,
    sort: SalesTargetsListSort | Unset = UNSET,
    q: str | Unset = UNSET,
    include_total: bool | Unset = False,
    plan_id: UUID | Unset = UNSET,
    parent_id: UUID | Unset = UNSET,
    level: TargetLevel | Unset = UNSET,
    metric: TargetMetric | Unset = UNSET,
    employee_id: UUID | Unset = UNSET,
    department_id: UUID | Unset = UNSET,
    territory_id: UUID | Unset = UNSET,
    owner_id: UUID | Unset = UNSET,
    product_line: str | Unset = UNSET,
) -> Problem | SalesTargetPage | None:
    """List sales targets

     Requires `sales_plan:read`. Lists the targets in the caller's data scope: an employee's own targets,
    a manager's people's, a director's department tree; roles with the `all` scope (finance, analysts)
    every target.

    Lists only records within the caller's data scope.

    Args:
        limit (int | Unset): Page size, 1 to 200. Default: 50.
        cursor (str | Unset): Opaque cursor from a previous page's next_cursor.
        sort (SalesTargetsListSort | Unset): Sort field; prefix with '-' for descending.
        q (str | Unset): Free-text search; Chinese names also match by pinyin and initials.
        include_total (bool | Unset): Also count all matching rows (slower). Default: False.
        plan_id (UUID | Unset):
        parent_id (UUID | Unset):
        level (TargetLevel | Unset):
        metric (TargetMetric | Unset):
        employee_id (UUID | Unset):
        department_id (UUID | Unset):
        territory_id (UUID | Unset):
        owner_id (UUID | Unset):
        product_line (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | SalesTargetPage
    """

    return (
        await asyncio_detailed(
            client=client,
            limit=limit,
            cursor=cursor,
            sort=sort,
            q=q,
            include_total=include_total,
            plan_id=plan_id,
            parent_id=parent_id,
            level=level,
            metric=metric,
            employee_id=employee_id,
            department_id=department_id,
            territory_id=territory_id,
            owner_id=owner_id,
            product_line=product_line,
        )
    ).parsed
