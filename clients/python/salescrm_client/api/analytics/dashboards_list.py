from http import HTTPStatus
from typing import Any
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.dashboard_kind import DashboardKind
from ...models.dashboard_page import DashboardPage
from ...models.dashboards_list_sort import DashboardsListSort
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    limit: int | Unset = 50,
    cursor: str | Unset = UNSET,
    sort: DashboardsListSort | Unset = UNSET,
    q: str | Unset = UNSET,
    include_total: bool | Unset = False,
    kind: DashboardKind | Unset = UNSET,
    role_id: UUID | Unset = UNSET,
    is_default: bool | Unset = UNSET,
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

    json_kind: str | Unset = UNSET
    if not isinstance(kind, Unset):
        json_kind = kind.value

    params["kind"] = json_kind

    json_role_id: str | Unset = UNSET
    if not isinstance(role_id, Unset):
        json_role_id = str(role_id)
    params["role_id"] = json_role_id

    params["is_default"] = is_default

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/dashboards",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> DashboardPage | Problem | None:
    if response.status_code == 200:
        response_200 = DashboardPage.from_dict(response.json())

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
) -> Response[DashboardPage | Problem]:
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
    sort: DashboardsListSort | Unset = UNSET,
    q: str | Unset = UNSET,
    include_total: bool | Unset = False,
    kind: DashboardKind | Unset = UNSET,
    role_id: UUID | Unset = UNSET,
    is_default: bool | Unset = UNSET,
) -> Response[DashboardPage | Problem]:
    """List dashboards

     Requires `dashboard:read`. Lists the caller's own personal dashboards and the dashboards of the
    roles they hold (of every role with `dashboard:manage`); another person's personal dashboard is
    never listed, whatever the caller's data scope.

    Lists only records within the caller's data scope.

    Args:
        limit (int | Unset): Page size, 1 to 200. Default: 50.
        cursor (str | Unset): Opaque cursor from a previous page's next_cursor.
        sort (DashboardsListSort | Unset): Sort field; prefix with '-' for descending.
        q (str | Unset): Free-text search; Chinese names also match by pinyin and initials.
        include_total (bool | Unset): Also count all matching rows (slower). Default: False.
        kind (DashboardKind | Unset):
        role_id (UUID | Unset): The dashboards of this role.
        is_default (bool | Unset): Only home pages (or only the others).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DashboardPage | Problem]
    """

    kwargs = _get_kwargs(
        limit=limit,
        cursor=cursor,
        sort=sort,
        q=q,
        include_total=include_total,
        kind=kind,
        role_id=role_id,
        is_default=is_default,
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
    sort: DashboardsListSort | Unset = UNSET,
    q: str | Unset = UNSET,
    include_total: bool | Unset = False,
    kind: DashboardKind | Unset = UNSET,
    role_id: UUID | Unset = UNSET,
    is_default: bool | Unset = UNSET,
) -> DashboardPage | Problem | None:
    """List dashboards

     Requires `dashboard:read`. Lists the caller's own personal dashboards and the dashboards of the
    roles they hold (of every role with `dashboard:manage`); another person's personal dashboard is
    never listed, whatever the caller's data scope.

    Lists only records within the caller's data scope.

    Args:
        limit (int | Unset): Page size, 1 to 200. Default: 50.
        cursor (str | Unset): Opaque cursor from a previous page's next_cursor.
        sort (DashboardsListSort | Unset): Sort field; prefix with '-' for descending.
        q (str | Unset): Free-text search; Chinese names also match by pinyin and initials.
        include_total (bool | Unset): Also count all matching rows (slower). Default: False.
        kind (DashboardKind | Unset):
        role_id (UUID | Unset): The dashboards of this role.
        is_default (bool | Unset): Only home pages (or only the others).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DashboardPage | Problem
    """

    return sync_detailed(
        client=client,
        limit=limit,
        cursor=cursor,
        sort=sort,
        q=q,
        include_total=include_total,
        kind=kind,
        role_id=role_id,
        is_default=is_default,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 50,
    cursor: str | Unset = UNSET,
    sort: DashboardsListSort | Unset = UNSET,
    q: str | Unset = UNSET,
    include_total: bool | Unset = False,
    kind: DashboardKind | Unset = UNSET,
    role_id: UUID | Unset = UNSET,
    is_default: bool | Unset = UNSET,
) -> Response[DashboardPage | Problem]:
    """List dashboards

     Requires `dashboard:read`. Lists the caller's own personal dashboards and the dashboards of the
    roles they hold (of every role with `dashboard:manage`); another person's personal dashboard is
    never listed, whatever the caller's data scope.

    Lists only records within the caller's data scope.

    Args:
        limit (int | Unset): Page size, 1 to 200. Default: 50.
        cursor (str | Unset): Opaque cursor from a previous page's next_cursor.
        sort (DashboardsListSort | Unset): Sort field; prefix with '-' for descending.
        q (str | Unset): Free-text search; Chinese names also match by pinyin and initials.
        include_total (bool | Unset): Also count all matching rows (slower). Default: False.
        kind (DashboardKind | Unset):
        role_id (UUID | Unset): The dashboards of this role.
        is_default (bool | Unset): Only home pages (or only the others).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DashboardPage | Problem]
    """

    kwargs = _get_kwargs(
        limit=limit,
        cursor=cursor,
        sort=sort,
        q=q,
        include_total=include_total,
        kind=kind,
        role_id=role_id,
        is_default=is_default,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 50,
    cursor: str | Unset = UNSET,
    sort: DashboardsListSort | Unset = UNSET,
    q: str | Unset = UNSET,
    include_total: bool | Unset = False,
    kind: DashboardKind | Unset = UNSET,
    role_id: UUID | Unset = UNSET,
    is_default: bool | Unset = UNSET,
) -> DashboardPage | Problem | None:
    """List dashboards

     Requires `dashboard:read`. Lists the caller's own personal dashboards and the dashboards of the
    roles they hold (of every role with `dashboard:manage`); another person's personal dashboard is
    never listed, whatever the caller's data scope.

    Lists only records within the caller's data scope.

    Args:
        limit (int | Unset): Page size, 1 to 200. Default: 50.
        cursor (str | Unset): Opaque cursor from a previous page's next_cursor.
        sort (DashboardsListSort | Unset): Sort field; prefix with '-' for descending.
        q (str | Unset): Free-text search; Chinese names also match by pinyin and initials.
        include_total (bool | Unset): Also count all matching rows (slower). Default: False.
        kind (DashboardKind | Unset):
        role_id (UUID | Unset): The dashboards of this role.
        is_default (bool | Unset): Only home pages (or only the others).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DashboardPage | Problem
    """

    return (
        await asyncio_detailed(
            client=client,
            limit=limit,
            cursor=cursor,
            sort=sort,
            q=q,
            include_total=include_total,
            kind=kind,
            role_id=role_id,
            is_default=is_default,
        )
    ).parsed
