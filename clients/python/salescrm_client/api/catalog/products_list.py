from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.problem import Problem
from ...models.product_page import ProductPage
from ...models.products_list_sort_type_0 import ProductsListSortType0
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
    sort: None | ProductsListSortType0 | Unset = UNSET,
    q: None | str | Unset = UNSET,
    include_total: bool | Unset = False,
    category: None | str | Unset = UNSET,
    active: bool | None | Unset = UNSET,
    currency: None | str | Unset = UNSET,
    list_price_min: float | None | str | Unset = UNSET,
    list_price_max: float | None | str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["limit"] = limit

    json_cursor: None | str | Unset
    if isinstance(cursor, Unset):
        json_cursor = UNSET
    else:
        json_cursor = cursor
    params["cursor"] = json_cursor

    json_sort: None | str | Unset
    if isinstance(sort, Unset):
        json_sort = UNSET
    elif isinstance(sort, ProductsListSortType0):
        json_sort = sort.value
    else:
        json_sort = sort
    params["sort"] = json_sort

    json_q: None | str | Unset
    if isinstance(q, Unset):
        json_q = UNSET
    else:
        json_q = q
    params["q"] = json_q

    params["include_total"] = include_total

    json_category: None | str | Unset
    if isinstance(category, Unset):
        json_category = UNSET
    else:
        json_category = category
    params["category"] = json_category

    json_active: bool | None | Unset
    if isinstance(active, Unset):
        json_active = UNSET
    else:
        json_active = active
    params["active"] = json_active

    json_currency: None | str | Unset
    if isinstance(currency, Unset):
        json_currency = UNSET
    else:
        json_currency = currency
    params["currency"] = json_currency

    json_list_price_min: float | None | str | Unset
    if isinstance(list_price_min, Unset):
        json_list_price_min = UNSET
    else:
        json_list_price_min = list_price_min
    params["list_price_min"] = json_list_price_min

    json_list_price_max: float | None | str | Unset
    if isinstance(list_price_max, Unset):
        json_list_price_max = UNSET
    else:
        json_list_price_max = list_price_max
    params["list_price_max"] = json_list_price_max

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/products",
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Problem | ProductPage | None:
    if response.status_code == 200:
        response_200 = ProductPage.from_dict(response.json())

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

    if response.status_code == 503:
        response_503 = Problem.from_dict(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Problem | ProductPage]:
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
    cursor: None | str | Unset = UNSET,
    sort: None | ProductsListSortType0 | Unset = UNSET,
    q: None | str | Unset = UNSET,
    include_total: bool | Unset = False,
    category: None | str | Unset = UNSET,
    active: bool | None | Unset = UNSET,
    currency: None | str | Unset = UNSET,
    list_price_min: float | None | str | Unset = UNSET,
    list_price_max: float | None | str | Unset = UNSET,
) -> Response[Problem | ProductPage]:
    """List products

     Requires the permission `product:read`.

    Lists only records within the caller's data scope.

    Args:
        limit (int | Unset): Page size, 1 to 200. Default: 50.
        cursor (None | str | Unset): Opaque cursor from a previous page's next_cursor.
        sort (None | ProductsListSortType0 | Unset): Sort field; prefix with '-' for descending.
        q (None | str | Unset): Free-text search; Chinese names also match by pinyin and initials.
        include_total (bool | Unset): Also count all matching rows (slower). Default: False.
        category (None | str | Unset): Exact category.
        active (bool | None | Unset): Only active (true) or inactive (false).
        currency (None | str | Unset):
        list_price_min (float | None | str | Unset): List price at least.
        list_price_max (float | None | str | Unset): List price at most.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | ProductPage]
    """

    kwargs = _get_kwargs(
        limit=limit,
        cursor=cursor,
        sort=sort,
        q=q,
        include_total=include_total,
        category=category,
        active=active,
        currency=currency,
        list_price_min=list_price_min,
        list_price_max=list_price_max,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
    sort: None | ProductsListSortType0 | Unset = UNSET,
    q: None | str | Unset = UNSET,
    include_total: bool | Unset = False,
    category: None | str | Unset = UNSET,
    active: bool | None | Unset = UNSET,
    currency: None | str | Unset = UNSET,
    list_price_min: float | None | str | Unset = UNSET,
    list_price_max: float | None | str | Unset = UNSET,
) -> Problem | ProductPage | None:
    """List products

     Requires the permission `product:read`.

    Lists only records within the caller's data scope.

    Args:
        limit (int | Unset): Page size, 1 to 200. Default: 50.
        cursor (None | str | Unset): Opaque cursor from a previous page's next_cursor.
        sort (None | ProductsListSortType0 | Unset): Sort field; prefix with '-' for descending.
        q (None | str | Unset): Free-text search; Chinese names also match by pinyin and initials.
        include_total (bool | Unset): Also count all matching rows (slower). Default: False.
        category (None | str | Unset): Exact category.
        active (bool | None | Unset): Only active (true) or inactive (false).
        currency (None | str | Unset):
        list_price_min (float | None | str | Unset): List price at least.
        list_price_max (float | None | str | Unset): List price at most.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | ProductPage
    """

    return sync_detailed(
        client=client,
        limit=limit,
        cursor=cursor,
        sort=sort,
        q=q,
        include_total=include_total,
        category=category,
        active=active,
        currency=currency,
        list_price_min=list_price_min,
        list_price_max=list_price_max,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
    sort: None | ProductsListSortType0 | Unset = UNSET,
    q: None | str | Unset = UNSET,
    include_total: bool | Unset = False,
    category: None | str | Unset = UNSET,
    active: bool | None | Unset = UNSET,
    currency: None | str | Unset = UNSET,
    list_price_min: float | None | str | Unset = UNSET,
    list_price_max: float | None | str | Unset = UNSET,
) -> Response[Problem | ProductPage]:
    """List products

     Requires the permission `product:read`.

    Lists only records within the caller's data scope.

    Args:
        limit (int | Unset): Page size, 1 to 200. Default: 50.
        cursor (None | str | Unset): Opaque cursor from a previous page's next_cursor.
        sort (None | ProductsListSortType0 | Unset): Sort field; prefix with '-' for descending.
        q (None | str | Unset): Free-text search; Chinese names also match by pinyin and initials.
        include_total (bool | Unset): Also count all matching rows (slower). Default: False.
        category (None | str | Unset): Exact category.
        active (bool | None | Unset): Only active (true) or inactive (false).
        currency (None | str | Unset):
        list_price_min (float | None | str | Unset): List price at least.
        list_price_max (float | None | str | Unset): List price at most.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | ProductPage]
    """

    kwargs = _get_kwargs(
        limit=limit,
        cursor=cursor,
        sort=sort,
        q=q,
        include_total=include_total,
        category=category,
        active=active,
        currency=currency,
        list_price_min=list_price_min,
        list_price_max=list_price_max,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
    sort: None | ProductsListSortType0 | Unset = UNSET,
    q: None | str | Unset = UNSET,
    include_total: bool | Unset = False,
    category: None | str | Unset = UNSET,
    active: bool | None | Unset = UNSET,
    currency: None | str | Unset = UNSET,
    list_price_min: float | None | str | Unset = UNSET,
    list_price_max: float | None | str | Unset = UNSET,
) -> Problem | ProductPage | None:
    """List products

     Requires the permission `product:read`.

    Lists only records within the caller's data scope.

    Args:
        limit (int | Unset): Page size, 1 to 200. Default: 50.
        cursor (None | str | Unset): Opaque cursor from a previous page's next_cursor.
        sort (None | ProductsListSortType0 | Unset): Sort field; prefix with '-' for descending.
        q (None | str | Unset): Free-text search; Chinese names also match by pinyin and initials.
        include_total (bool | Unset): Also count all matching rows (slower). Default: False.
        category (None | str | Unset): Exact category.
        active (bool | None | Unset): Only active (true) or inactive (false).
        currency (None | str | Unset):
        list_price_min (float | None | str | Unset): List price at least.
        list_price_max (float | None | str | Unset): List price at most.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | ProductPage
    """

    return (
        await asyncio_detailed(
            client=client,
            limit=limit,
            cursor=cursor,
            sort=sort,
            q=q,
            include_total=include_total,
            category=category,
            active=active,
            currency=currency,
            list_price_min=list_price_min,
            list_price_max=list_price_max,
        )
    ).parsed
