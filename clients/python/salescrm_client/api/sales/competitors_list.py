from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.competitor_page import CompetitorPage
from ...models.competitors_list_sort import CompetitorsListSort
from ...models.price_positioning import PricePositioning
from ...models.problem import Problem
from ...models.threat_level import ThreatLevel
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    limit: int | Unset = 50,
    cursor: str | Unset = UNSET,
    sort: CompetitorsListSort | Unset = UNSET,
    q: str | Unset = UNSET,
    include_total: bool | Unset = False,
    threat_level: ThreatLevel | Unset = UNSET,
    price_positioning: PricePositioning | Unset = UNSET,
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

    json_threat_level: str | Unset = UNSET
    if not isinstance(threat_level, Unset):
        json_threat_level = threat_level.value

    params["threat_level"] = json_threat_level

    json_price_positioning: str | Unset = UNSET
    if not isinstance(price_positioning, Unset):
        json_price_positioning = price_positioning.value

    params["price_positioning"] = json_price_positioning

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/competitors",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CompetitorPage | Problem | None:
    if response.status_code == 200:
        response_200 = CompetitorPage.from_dict(response.json())

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
) -> Response[CompetitorPage | Problem]:
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
    sort: CompetitorsListSort | Unset = UNSET,
    q: str | Unset = UNSET,
    include_total: bool | Unset = False,
    threat_level: ThreatLevel | Unset = UNSET,
    price_positioning: PricePositioning | Unset = UNSET,
) -> Response[CompetitorPage | Problem]:
    """List competitors

     Requires the permission `competitor:read`.

    Lists only records within the caller's data scope.

    Args:
        limit (int | Unset): Page size, 1 to 200. Default: 50.
        cursor (str | Unset): Opaque cursor from a previous page's next_cursor.
        sort (CompetitorsListSort | Unset): Sort field; prefix with '-' for descending.
        q (str | Unset): Free-text search; Chinese names also match by pinyin and initials.
        include_total (bool | Unset): Also count all matching rows (slower). Default: False.
        threat_level (ThreatLevel | Unset):
        price_positioning (PricePositioning | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CompetitorPage | Problem]
    """

    kwargs = _get_kwargs(
        limit=limit,
        cursor=cursor,
        sort=sort,
        q=q,
        include_total=include_total,
        threat_level=threat_level,
        price_positioning=price_positioning,
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
    sort: CompetitorsListSort | Unset = UNSET,
    q: str | Unset = UNSET,
    include_total: bool | Unset = False,
    threat_level: ThreatLevel | Unset = UNSET,
    price_positioning: PricePositioning | Unset = UNSET,
) -> CompetitorPage | Problem | None:
    """List competitors

     Requires the permission `competitor:read`.

    Lists only records within the caller's data scope.

    Args:
        limit (int | Unset): Page size, 1 to 200. Default: 50.
        cursor (str | Unset): Opaque cursor from a previous page's next_cursor.
        sort (CompetitorsListSort | Unset): Sort field; prefix with '-' for descending.
        q (str | Unset): Free-text search; Chinese names also match by pinyin and initials.
        include_total (bool | Unset): Also count all matching rows (slower). Default: False.
        threat_level (ThreatLevel | Unset):
        price_positioning (PricePositioning | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CompetitorPage | Problem
    """

    return sync_detailed(
        client=client,
        limit=limit,
        cursor=cursor,
        sort=sort,
        q=q,
        include_total=include_total,
        threat_level=threat_level,
        price_positioning=price_positioning,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 50,
    cursor: str | Unset = UNSET,
    sort: CompetitorsListSort | Unset = UNSET,
    q: str | Unset = UNSET,
    include_total: bool | Unset = False,
    threat_level: ThreatLevel | Unset = UNSET,
    price_positioning: PricePositioning | Unset = UNSET,
) -> Response[CompetitorPage | Problem]:
    """List competitors

     Requires the permission `competitor:read`.

    Lists only records within the caller's data scope.

    Args:
        limit (int | Unset): Page size, 1 to 200. Default: 50.
        cursor (str | Unset): Opaque cursor from a previous page's next_cursor.
        sort (CompetitorsListSort | Unset): Sort field; prefix with '-' for descending.
        q (str | Unset): Free-text search; Chinese names also match by pinyin and initials.
        include_total (bool | Unset): Also count all matching rows (slower). Default: False.
        threat_level (ThreatLevel | Unset):
        price_positioning (PricePositioning | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CompetitorPage | Problem]
    """

    kwargs = _get_kwargs(
        limit=limit,
        cursor=cursor,
        sort=sort,
        q=q,
        include_total=include_total,
        threat_level=threat_level,
        price_positioning=price_positioning,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 50,
    cursor: str | Unset = UNSET,
    sort: CompetitorsListSort | Unset = UNSET,
    q: str | Unset = UNSET,
    include_total: bool | Unset = False,
    threat_level: ThreatLevel | Unset = UNSET,
    price_positioning: PricePositioning | Unset = UNSET,
) -> CompetitorPage | Problem | None:
    """List competitors

     Requires the permission `competitor:read`.

    Lists only records within the caller's data scope.

    Args:
        limit (int | Unset): Page size, 1 to 200. Default: 50.
        cursor (str | Unset): Opaque cursor from a previous page's next_cursor.
        sort (CompetitorsListSort | Unset): Sort field; prefix with '-' for descending.
        q (str | Unset): Free-text search; Chinese names also match by pinyin and initials.
        include_total (bool | Unset): Also count all matching rows (slower). Default: False.
        threat_level (ThreatLevel | Unset):
        price_positioning (PricePositioning | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CompetitorPage | Problem
    """

    return (
        await asyncio_detailed(
            client=client,
            limit=limit,
            cursor=cursor,
            sort=sort,
            q=q,
            include_total=include_total,
            threat_level=threat_level,
            price_positioning=price_positioning,
        )
    ).parsed
