from http import HTTPStatus
from typing import Any
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.problem import Problem
from ...models.territories_list_sort import TerritoriesListSort
from ...models.territory_kind import TerritoryKind
from ...models.territory_page import TerritoryPage
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    limit: int | Unset = 50,
    cursor: str | Unset = UNSET,
    sort: TerritoriesListSort | Unset = UNSET,
    q: str | Unset = UNSET,
    include_total: bool | Unset = False,
    parent_id: UUID | Unset = UNSET,
    kind: TerritoryKind | Unset = UNSET,
    active: bool | Unset = UNSET,
    within: UUID | Unset = UNSET,
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

    json_parent_id: str | Unset = UNSET
    if not isinstance(parent_id, Unset):
        json_parent_id = str(parent_id)
    params["parent_id"] = json_parent_id

    json_kind: str | Unset = UNSET
    if not isinstance(kind, Unset):
        json_kind = kind.value

    params["kind"] = json_kind

    params["active"] = active

    json_within: str | Unset = UNSET
    if not isinstance(within, Unset):
        json_within = str(within)
    params["within"] = json_within

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/territories",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Problem | TerritoryPage | None:
    if response.status_code == 200:
        response_200 = TerritoryPage.from_dict(response.json())

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
) -> Response[Problem | TerritoryPage]:
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
    sort: TerritoriesListSort | Unset = UNSET,
    q: str | Unset = UNSET,
    include_total: bool | Unset = False,
    parent_id: UUID | Unset = UNSET,
    kind: TerritoryKind | Unset = UNSET,
    active: bool | Unset = UNSET,
    within: UUID | Unset = UNSET,
) -> Response[Problem | TerritoryPage]:
    """List territories

     Requires the permission `territory:read`.

    Lists only records within the caller's data scope.

    Args:
        limit (int | Unset): Page size, 1 to 200. Default: 50.
        cursor (str | Unset): Opaque cursor from a previous page's next_cursor.
        sort (TerritoriesListSort | Unset): Sort field; prefix with '-' for descending.
        q (str | Unset): Free-text search; Chinese names also match by pinyin and initials.
        include_total (bool | Unset): Also count all matching rows (slower). Default: False.
        parent_id (UUID | Unset): The direct children of a territory.
        kind (TerritoryKind | Unset): What level of division a territory is: the usual Chinese
            levels, or a custom one.
        active (bool | Unset):
        within (UUID | Unset): A territory and every territory below it (its subtree).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | TerritoryPage]
    """

    kwargs = _get_kwargs(
        limit=limit,
        cursor=cursor,
        sort=sort,
        q=q,
        include_total=include_total,
        parent_id=parent_id,
        kind=kind,
        active=active,
        within=within,
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
    sort: TerritoriesListSort | Unset = UNSET,
    q: str | Unset = UNSET,
    include_total: bool | Unset = False,
    parent_id: UUID | Unset = UNSET,
    kind: TerritoryKind | Unset = UNSET,
    active: bool | Unset = UNSET,
    within: UUID | Unset = UNSET,
) -> Problem | TerritoryPage | None:
    """List territories

     Requires the permission `territory:read`.

    Lists only records within the caller's data scope.

    Args:
        limit (int | Unset): Page size, 1 to 200. Default: 50.
        cursor (str | Unset): Opaque cursor from a previous page's next_cursor.
        sort (TerritoriesListSort | Unset): Sort field; prefix with '-' for descending.
        q (str | Unset): Free-text search; Chinese names also match by pinyin and initials.
        include_total (bool | Unset): Also count all matching rows (slower). Default: False.
        parent_id (UUID | Unset): The direct children of a territory.
        kind (TerritoryKind | Unset): What level of division a territory is: the usual Chinese
            levels, or a custom one.
        active (bool | Unset):
        within (UUID | Unset): A territory and every territory below it (its subtree).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | TerritoryPage
    """

    return sync_detailed(
        client=client,
        limit=limit,
        cursor=cursor,
        sort=sort,
        q=q,
        include_total=include_total,
        parent_id=parent_id,
        kind=kind,
        active=active,
        within=within,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 50,
    cursor: str | Unset = UNSET,
    sort: TerritoriesListSort | Unset = UNSET,
    q: str | Unset = UNSET,
    include_total: bool | Unset = False,
    parent_id: UUID | Unset = UNSET,
    kind: TerritoryKind | Unset = UNSET,
    active: bool | Unset = UNSET,
    within: UUID | Unset = UNSET,
) -> Response[Problem | TerritoryPage]:
    """List territories

     Requires the permission `territory:read`.

    Lists only records within the caller's data scope.

    Args:
        limit (int | Unset): Page size, 1 to 200. Default: 50.
        cursor (str | Unset): Opaque cursor from a previous page's next_cursor.
        sort (TerritoriesListSort | Unset): Sort field; prefix with '-' for descending.
        q (str | Unset): Free-text search; Chinese names also match by pinyin and initials.
        include_total (bool | Unset): Also count all matching rows (slower). Default: False.
        parent_id (UUID | Unset): The direct children of a territory.
        kind (TerritoryKind | Unset): What level of division a territory is: the usual Chinese
            levels, or a custom one.
        active (bool | Unset):
        within (UUID | Unset): A territory and every territory below it (its subtree).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | TerritoryPage]
    """

    kwargs = _get_kwargs(
        limit=limit,
        cursor=cursor,
        sort=sort,
        q=q,
        include_total=include_total,
        parent_id=parent_id,
        kind=kind,
        active=active,
        within=within,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 50,
    cursor: str | Unset = UNSET,
    sort: TerritoriesListSort | Unset = UNSET,
    q: str | Unset = UNSET,
    include_total: bool | Unset = False,
    parent_id: UUID | Unset = UNSET,
    kind: TerritoryKind | Unset = UNSET,
    active: bool | Unset = UNSET,
    within: UUID | Unset = UNSET,
) -> Problem | TerritoryPage | None:
    """List territories

     Requires the permission `territory:read`.

    Lists only records within the caller's data scope.

    Args:
        limit (int | Unset): Page size, 1 to 200. Default: 50.
        cursor (str | Unset): Opaque cursor from a previous page's next_cursor.
        sort (TerritoriesListSort | Unset): Sort field; prefix with '-' for descending.
        q (str | Unset): Free-text search; Chinese names also match by pinyin and initials.
        include_total (bool | Unset): Also count all matching rows (slower). Default: False.
        parent_id (UUID | Unset): The direct children of a territory.
        kind (TerritoryKind | Unset): What level of division a territory is: the usual Chinese
            levels, or a custom one.
        active (bool | Unset):
        within (UUID | Unset): A territory and every territory below it (its subtree).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | TerritoryPage
    """

    return (
        await asyncio_detailed(
            client=client,
            limit=limit,
            cursor=cursor,
            sort=sort,
            q=q,
            include_total=include_total,
            parent_id=parent_id,
            kind=kind,
            active=active,
            within=within,
        )
    ).parsed
