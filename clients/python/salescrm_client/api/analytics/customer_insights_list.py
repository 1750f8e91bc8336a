from http import HTTPStatus
from typing import Any
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.abc_class import AbcClass
from ...models.customer_insights_list_sort import CustomerInsightsListSort
from ...models.insight_page import InsightPage
from ...models.problem import Problem
from ...models.rfm_segment import RfmSegment
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    limit: int | Unset = 50,
    cursor: str | Unset = UNSET,
    sort: CustomerInsightsListSort | Unset = UNSET,
    include_total: bool | Unset = False,
    owner_id: UUID | Unset = UNSET,
    rfm_segment: RfmSegment | Unset = UNSET,
    abc_class: AbcClass | Unset = UNSET,
    repeat_purchase: bool | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["limit"] = limit

    params["cursor"] = cursor

    json_sort: str | Unset = UNSET
    if not isinstance(sort, Unset):
        json_sort = sort.value

    params["sort"] = json_sort

    params["include_total"] = include_total

    json_owner_id: str | Unset = UNSET
    if not isinstance(owner_id, Unset):
        json_owner_id = str(owner_id)
    params["owner_id"] = json_owner_id

    json_rfm_segment: str | Unset = UNSET
    if not isinstance(rfm_segment, Unset):
        json_rfm_segment = rfm_segment.value

    params["rfm_segment"] = json_rfm_segment

    json_abc_class: str | Unset = UNSET
    if not isinstance(abc_class, Unset):
        json_abc_class = abc_class.value

    params["abc_class"] = json_abc_class

    params["repeat_purchase"] = repeat_purchase

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/analytics/customer-insights",
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> InsightPage | Problem | None:
    if response.status_code == 200:
        response_200 = InsightPage.from_dict(response.json())

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
) -> Response[InsightPage | Problem]:
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
    sort: CustomerInsightsListSort | Unset = UNSET,
    include_total: bool | Unset = False,
    owner_id: UUID | Unset = UNSET,
    rfm_segment: RfmSegment | Unset = UNSET,
    abc_class: AbcClass | Unset = UNSET,
    repeat_purchase: bool | Unset = UNSET,
) -> Response[InsightPage | Problem]:
    """List customer insights

     Requires the permission `customer:read`.

    Lists only records within the caller's data scope.

    Args:
        limit (int | Unset): Page size, 1 to 200. Default: 50.
        cursor (str | Unset): Opaque cursor from a previous page's next_cursor.
        sort (CustomerInsightsListSort | Unset): Sort field; prefix with '-' for descending.
        include_total (bool | Unset): Also count all matching rows (slower). Default: False.
        owner_id (UUID | Unset): Only customers of this owner
        rfm_segment (RfmSegment | Unset): Where a customer's recency and frequency scores place it
            (``recompute.SEGMENTS``).
        abc_class (AbcClass | Unset): The customer's share of the last 12 months' revenue
            (Pareto): A makes the first 80 %,
            B the next 15 %, C the rest.
        repeat_purchase (bool | Unset): Only repeat (or one-time) buyers

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[InsightPage | Problem]
    """

    kwargs = _get_kwargs(
        limit=limit,
        cursor=cursor,
        sort=sort,
        include_total=include_total,
        owner_id=owner_id,
        rfm_segment=rfm_segment,
        abc_class=abc_class,
        repeat_purchase=repeat_purchase,
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
    sort: CustomerInsightsListSort | Unset = UNSET,
    include_total: bool | Unset = False,
    owner_id: UUID | Unset = UNSET,
    rfm_segment: RfmSegment | Unset = UNSET,
    abc_class: AbcClass | Unset = UNSET,
    repeat_purchase: bool | Unset = UNSET,
) -> InsightPage | Problem | None:
    """List customer insights

     Requires the permission `customer:read`.

    Lists only records within the caller's data scope.

    Args:
        limit (int | Unset): Page size, 1 to 200. Default: 50.
        cursor (str | Unset): Opaque cursor from a previous page's next_cursor.
        sort (CustomerInsightsListSort | Unset): Sort field; prefix with '-' for descending.
        include_total (bool | Unset): Also count all matching rows (slower). Default: False.
        owner_id (UUID | Unset): Only customers of this owner
        rfm_segment (RfmSegment | Unset): Where a customer's recency and frequency scores place it
            (``recompute.SEGMENTS``).
        abc_class (AbcClass | Unset): The customer's share of the last 12 months' revenue
            (Pareto): A makes the first 80 %,
            B the next 15 %, C the rest.
        repeat_purchase (bool | Unset): Only repeat (or one-time) buyers

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        InsightPage | Problem
    """

    return sync_detailed(
        client=client,
        limit=limit,
        cursor=cursor,
        sort=sort,
        include_total=include_total,
        owner_id=owner_id,
        rfm_segment=rfm_segment,
        abc_class=abc_class,
        repeat_purchase=repeat_purchase,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 50,
    cursor: str | Unset = UNSET,
    sort: CustomerInsightsListSort | Unset = UNSET,
    include_total: bool | Unset = False,
    owner_id: UUID | Unset = UNSET,
    rfm_segment: RfmSegment | Unset = UNSET,
    abc_class: AbcClass | Unset = UNSET,
    repeat_purchase: bool | Unset = UNSET,
) -> Response[InsightPage | Problem]:
    """List customer insights

     Requires the permission `customer:read`.

    Lists only records within the caller's data scope.

    Args:
        limit (int | Unset): Page size, 1 to 200. Default: 50.
        cursor (str | Unset): Opaque cursor from a previous page's next_cursor.
        sort (CustomerInsightsListSort | Unset): Sort field; prefix with '-' for descending.
        include_total (bool | Unset): Also count all matching rows (slower). Default: False.
        owner_id (UUID | Unset): Only customers of this owner
        rfm_segment (RfmSegment | Unset): Where a customer's recency and frequency scores place it
            (``recompute.SEGMENTS``).
        abc_class (AbcClass | Unset): The customer's share of the last 12 months' revenue
            (Pareto): A makes the first 80 %,
            B the next 15 %, C the rest.
        repeat_purchase (bool | Unset): Only repeat (or one-time) buyers

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[InsightPage | Problem]
    """

    kwargs = _get_kwargs(
        limit=limit,
        cursor=cursor,
        sort=sort,
        include_total=include_total,
        owner_id=owner_id,
        rfm_segment=rfm_segment,
        abc_class=abc_class,
        repeat_purchase=repeat_purchase,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 50,
    cursor: str | Unset = UNSET,
    sort: CustomerInsightsListSort | Unset = UNSET,
    include_total: bool | Unset = False,
    owner_id: UUID | Unset = UNSET,
    rfm_segment: RfmSegment | Unset = UNSET,
    abc_class: AbcClass | Unset = UNSET,
    repeat_purchase: bool | Unset = UNSET,
) -> InsightPage | Problem | None:
    """List customer insights

     Requires the permission `customer:read`.

    Lists only records within the caller's data scope.

    Args:
        limit (int | Unset): Page size, 1 to 200. Default: 50.
        cursor (str | Unset): Opaque cursor from a previous page's next_cursor.
        sort (CustomerInsightsListSort | Unset): Sort field; prefix with '-' for descending.
        include_total (bool | Unset): Also count all matching rows (slower). Default: False.
        owner_id (UUID | Unset): Only customers of this owner
        rfm_segment (RfmSegment | Unset): Where a customer's recency and frequency scores place it
            (``recompute.SEGMENTS``).
        abc_class (AbcClass | Unset): The customer's share of the last 12 months' revenue
            (Pareto): A makes the first 80 %,
            B the next 15 %, C the rest.
        repeat_purchase (bool | Unset): Only repeat (or one-time) buyers

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        InsightPage | Problem
    """

    return (
        await asyncio_detailed(
            client=client,
            limit=limit,
            cursor=cursor,
            sort=sort,
            include_total=include_total,
            owner_id=owner_id,
            rfm_segment=rfm_segment,
            abc_class=abc_class,
            repeat_purchase=repeat_purchase,
        )
    ).parsed
