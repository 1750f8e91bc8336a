import datetime
from http import HTTPStatus
from typing import Any
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.forecast_category import ForecastCategory
from ...models.opportunities_list_sort_type_0 import OpportunitiesListSortType0
from ...models.opportunity_page import OpportunityPage
from ...models.opportunity_status import OpportunityStatus
from ...models.opportunity_type import OpportunityType
from ...models.problem import Problem
from ...models.source import Source
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
    sort: None | OpportunitiesListSortType0 | Unset = UNSET,
    q: None | str | Unset = UNSET,
    include_total: bool | Unset = False,
    status: None | OpportunityStatus | Unset = UNSET,
    type_: None | OpportunityType | Unset = UNSET,
    pipeline_id: None | Unset | UUID = UNSET,
    stage_id: None | Unset | UUID = UNSET,
    owner_id: None | Unset | UUID = UNSET,
    customer_id: None | Unset | UUID = UNSET,
    forecast_category: ForecastCategory | None | Unset = UNSET,
    source: None | Source | Unset = UNSET,
    currency: None | str | Unset = UNSET,
    expected_close_from: datetime.date | None | Unset = UNSET,
    expected_close_to: datetime.date | None | Unset = UNSET,
    closed_from: datetime.date | None | Unset = UNSET,
    closed_to: datetime.date | None | Unset = UNSET,
    amount_min: float | None | str | Unset = UNSET,
    amount_max: float | None | str | Unset = UNSET,
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
    elif isinstance(sort, OpportunitiesListSortType0):
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

    json_status: None | str | Unset
    if isinstance(status, Unset):
        json_status = UNSET
    elif isinstance(status, OpportunityStatus):
        json_status = status.value
    else:
        json_status = status
    params["status"] = json_status

    json_type_: None | str | Unset
    if isinstance(type_, Unset):
        json_type_ = UNSET
    elif isinstance(type_, OpportunityType):
        json_type_ = type_.value
    else:
        json_type_ = type_
    params["type"] = json_type_

    json_pipeline_id: None | str | Unset
    if isinstance(pipeline_id, Unset):
        json_pipeline_id = UNSET
    elif isinstance(pipeline_id, UUID):
        json_pipeline_id = str(pipeline_id)
    else:
        json_pipeline_id = pipeline_id
    params["pipeline_id"] = json_pipeline_id

    json_stage_id: None | str | Unset
    if isinstance(stage_id, Unset):
        json_stage_id = UNSET
    elif isinstance(stage_id, UUID):
        json_stage_id = str(stage_id)
    else:
        json_stage_id = stage_id
    params["stage_id"] = json_stage_id

    json_owner_id: None | str | Unset
    if isinstance(owner_id, Unset):
        json_owner_id = UNSET
    elif isinstance(owner_id, UUID):
        json_owner_id = str(owner_id)
    else:
        json_owner_id = owner_id
    params["owner_id"] = json_owner_id

    json_customer_id: None | str | Unset
    if isinstance(customer_id, Unset):
        json_customer_id = UNSET
    elif isinstance(customer_id, UUID):
        json_customer_id = str(customer_id)
    else:
        json_customer_id = customer_id
    params["customer_id"] = json_customer_id

    json_forecast_category: None | str | Unset
    if isinstance(forecast_category, Unset):
        json_forecast_category = UNSET
    elif isinstance(forecast_category, ForecastCategory):
        json_forecast_category = forecast_category.value
    else:
        json_forecast_category = forecast_category
    params["forecast_category"] = json_forecast_category

    json_source: None | str | Unset
    if isinstance(source, Unset):
        json_source = UNSET
    elif isinstance(source, Source):
        json_source = source.value
    else:
        json_source = source
    params["source"] = json_source

    json_currency: None | str | Unset
    if isinstance(currency, Unset):
        json_currency = UNSET
    else:
        json_currency = currency
    params["currency"] = json_currency

    json_expected_close_from: None | str | Unset
    if isinstance(expected_close_from, Unset):
        json_expected_close_from = UNSET
    elif isinstance(expected_close_from, datetime.date):
        json_expected_close_from = expected_close_from.isoformat()
    else:
        json_expected_close_from = expected_close_from
    params["expected_close_from"] = json_expected_close_from

    json_expected_close_to: None | str | Unset
    if isinstance(expected_close_to, Unset):
        json_expected_close_to = UNSET
    elif isinstance(expected_close_to, datetime.date):
        json_expected_close_to = expected_close_to.isoformat()
    else:
        json_expected_close_to = expected_close_to
    params["expected_close_to"] = json_expected_close_to

    json_closed_from: None | str | Unset
    if isinstance(closed_from, Unset):
        json_closed_from = UNSET
    elif isinstance(closed_from, datetime.date):
        json_closed_from = closed_from.isoformat()
    else:
        json_closed_from = closed_from
    params["closed_from"] = json_closed_from

    json_closed_to: None | str | Unset
    if isinstance(closed_to, Unset):
        json_closed_to = UNSET
    elif isinstance(closed_to, datetime.date):
        json_closed_to = closed_to.isoformat()
    else:
        json_closed_to = closed_to
    params["closed_to"] = json_closed_to

    json_amount_min: float | None | str | Unset
    if isinstance(amount_min, Unset):
        json_amount_min = UNSET
    else:
        json_amount_min = amount_min
    params["amount_min"] = json_amount_min

    json_amount_max: float | None | str | Unset
    if isinstance(amount_max, Unset):
        json_amount_max = UNSET
    else:
        json_amount_max = amount_max
    params["amount_max"] = json_amount_max

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/opportunities",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> OpportunityPage | Problem | None:
    if response.status_code == 200:
        response_200 = OpportunityPage.from_dict(response.json())

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
) -> Response[OpportunityPage | Problem]:
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
    sort: None | OpportunitiesListSortType0 | Unset = UNSET,
    q: None | str | Unset = UNSET,
    include_total: bool | Unset = False,
    status: None | OpportunityStatus | Unset = UNSET,
    type_: None | OpportunityType | Unset = UNSET,
    pipeline_id: None | Unset | UUID = UNSET,
    stage_id: None | Unset | UUID = UNSET,
    owner_id: None | Unset | UUID = UNSET,
    customer_id: None | Unset | UUID = UNSET,
    forecast_category: ForecastCategory | None | Unset = UNSET,
    source: None | Source | Unset = UNSET,
    currency: None | str | Unset = UNSET,
    expected_close_from: datetime.date | None | Unset = UNSET,
    expected_close_to: datetime.date | None | Unset = UNSET,
    closed_from: datetime.date | None | Unset = UNSET,
    closed_to: datetime.date | None | Unset = UNSET,
    amount_min: float | None | str | Unset = UNSET,
    amount_max: float | None | str | Unset = UNSET,
) -> Response[OpportunityPage | Problem]:
    """List opportunities

     Requires the permission `opportunity:read`.

    Lists only records within the caller's data scope.

    Args:
        limit (int | Unset): Page size, 1 to 200. Default: 50.
        cursor (None | str | Unset): Opaque cursor from a previous page's next_cursor.
        sort (None | OpportunitiesListSortType0 | Unset): Sort field; prefix with '-' for
            descending.
        q (None | str | Unset): Free-text search; Chinese names also match by pinyin and initials.
        include_total (bool | Unset): Also count all matching rows (slower). Default: False.
        status (None | OpportunityStatus | Unset):
        type_ (None | OpportunityType | Unset):
        pipeline_id (None | Unset | UUID):
        stage_id (None | Unset | UUID):
        owner_id (None | Unset | UUID):
        customer_id (None | Unset | UUID):
        forecast_category (ForecastCategory | None | Unset):
        source (None | Source | Unset):
        currency (None | str | Unset):
        expected_close_from (datetime.date | None | Unset): Expected to close on or after.
        expected_close_to (datetime.date | None | Unset): Expected to close on or before.
        closed_from (datetime.date | None | Unset): Closed (won or lost) on or after.
        closed_to (datetime.date | None | Unset): Closed on or before.
        amount_min (float | None | str | Unset):
        amount_max (float | None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[OpportunityPage | Problem]
    """

    kwargs = _get_kwargs(
        limit=limit,
        cursor=cursor,
        sort=sort,
        q=q,
        include_total=include_total,
        status=status,
        type_=type_,
        pipeline_id=pipeline_id,
        stage_id=stage_id,
        owner_id=owner_id,
        customer_id=customer_id,
        forecast_category=forecast_category,
        source=source,
        currency=currency,
        expected_close_from=expected_close_from,
        expected_close_to=expected_close_to,
        closed_from=closed_from,
        closed_to=closed_to,
        amount_min=amount_min,
        amount_max=amount_max,
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
    sort: None | OpportunitiesListSortType0 | Unset = UNSET,
    q: None | str | Unset = UNSET,
    include_total: bool | Unset = False,
    status: None | OpportunityStatus | Unset = UNSET,
    type_: None | OpportunityType | Unset = UNSET,
    pipeline_id: None | Unset | UUID = UNSET,
    stage_id: None | Unset | UUID = UNSET,
    owner_id: None | Unset | UUID = UNSET,
    customer_id: None | Unset | UUID = UNSET,
    forecast_category: ForecastCategory | None | Unset = UNSET,
    source: None | Source | Unset = UNSET,
    currency: None | str | Unset = UNSET,
    expected_close_from: datetime.date | None | Unset = UNSET,
    expected_close_to: datetime.date | None | Unset = UNSET,
    closed_from: datetime.date | None | Unset = UNSET,
    closed_to: datetime.date | None | Unset = UNSET,
    amount_min: float | None | str | Unset = UNSET,
    amount_max: float | None | str | Unset = UNSET,
) -> OpportunityPage | Problem | None:
    """List opportunities

     Requires the permission `opportunity:read`.

    Lists only records within the caller's data scope.

    Args:
        limit (int | Unset): Page size, 1 to 200. Default: 50.
        cursor (None | str | Unset): Opaque cursor from a previous page's next_cursor.
        sort (None | OpportunitiesListSortType0 | Unset): Sort field; prefix with '-' for
            descending.
        q (None | str | Unset): Free-text search; Chinese names also match by pinyin and initials.
        include_total (bool | Unset): Also count all matching rows (slower). Default: False.
        status (None | OpportunityStatus | Unset):
        type_ (None | OpportunityType | Unset):
        pipeline_id (None | Unset | UUID):
        stage_id (None | Unset | UUID):
        owner_id (None | Unset | UUID):
        customer_id (None | Unset | UUID):
        forecast_category (ForecastCategory | None | Unset):
        source (None | Source | Unset):
        currency (None | str | Unset):
        expected_close_from (datetime.date | None | Unset): Expected to close on or after.
        expected_close_to (datetime.date | None | Unset): Expected to close on or before.
        closed_from (datetime.date | None | Unset): Closed (won or lost) on or after.
        closed_to (datetime.date | None | Unset): Closed on or before.
        amount_min (float | None | str | Unset):
        amount_max (float | None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        OpportunityPage | Problem
    """

    return sync_detailed(
        client=client,
        limit=limit,
        cursor=cursor,
        sort=sort,
        q=q,
        include_total=include_total,
        status=status,
        type_=type_,
        pipeline_id=pipeline_id,
        stage_id=stage_id,
        owner_id=owner_id,
        customer_id=customer_id,
        forecast_category=forecast_category,
        source=source,
        currency=currency,
        expected_close_from=expected_close_from,
        expected_close_to=expected_close_to,
        closed_from=closed_from,
        closed_to=closed_to,
        amount_min=amount_min,
        amount_max=amount_max,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
    sort: None | OpportunitiesListSortType0 | Unset = UNSET,
    q: None | str | Unset = UNSET,
    include_total: bool | Unset = False,
    status: None | OpportunityStatus | Unset = UNSET,
    type_: None | OpportunityType | Unset = UNSET,
    pipeline_id: None | Unset | UUID = UNSET,
    stage_id: None | Unset | UUID = UNSET,
    owner_id: None | Unset | UUID = UNSET,
    customer_id: None | Unset | UUID = UNSET,
    forecast_category: ForecastCategory | None | Unset = UNSET,
    source: None | Source | Unset = UNSET,
    currency: None | str | Unset = UNSET,
    expected_close_from: datetime.date | None | Unset = UNSET,
    expected_close_to: datetime.date | None | Unset = UNSET,
    closed_from: datetime.date | None | Unset = UNSET,
    closed_to: datetime.date | None | Unset = UNSET,
    amount_min: float | None | str | Unset = UNSET,
    amount_max: float | None | str | Unset = UNSET,
) -> Response[OpportunityPage | Problem]:
    """List opportunities

     Requires the permission `opportunity:read`.

    Lists only records within the caller's data scope.

    Args:
        limit (int | Unset): Page size, 1 to 200. Default: 50.
        cursor (None | str | Unset): Opaque cursor from a previous page's next_cursor.
        sort (None | OpportunitiesListSortType0 | Unset): Sort field; prefix with '-' for
            descending.
        q (None | str | Unset): Free-text search; Chinese names also match by pinyin and initials.
        include_total (bool | Unset): Also count all matching rows (slower). Default: False.
        status (None | OpportunityStatus | Unset):
        type_ (None | OpportunityType | Unset):
        pipeline_id (None | Unset | UUID):
        stage_id (None | Unset | UUID):
        owner_id (None | Unset | UUID):
        customer_id (None | Unset | UUID):
        forecast_category (ForecastCategory | None | Unset):
        source (None | Source | Unset):
        currency (None | str | Unset):
        expected_close_from (datetime.date | None | Unset): Expected to close on or after.
        expected_close_to (datetime.date | None | Unset): Expected to close on or before.
        closed_from (datetime.date | None | Unset): Closed (won or lost) on or after.
        closed_to (datetime.date | None | Unset): Closed on or before.
        amount_min (float | None | str | Unset):
        amount_max (float | None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[OpportunityPage | Problem]
    """

    kwargs = _get_kwargs(
        limit=limit,
        cursor=cursor,
        sort=sort,
        q=q,
        include_total=include_total,
        status=status,
        type_=type_,
        pipeline_id=pipeline_id,
        stage_id=stage_id,
        owner_id=owner_id,
        customer_id=customer_id,
        forecast_category=forecast_category,
        source=source,
        currency=currency,
        expected_close_from=expected_close_from,
        expected_close_to=expected_close_to,
        closed_from=closed_from,
        closed_to=closed_to,
        amount_min=amount_min,
        amount_max=amount_max,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
    sort: None | OpportunitiesListSortType0 | Unset = UNSET,
    q: None | str | Unset = UNSET,
    include_total: bool | Unset = False,
    status: None | OpportunityStatus | Unset = UNSET,
    type_: None | OpportunityType | Unset = UNSET,
    pipeline_id: None | Unset | UUID = UNSET,
    stage_id: None | Unset | UUID = UNSET,
    owner_id: None | Unset | UUID = UNSET,
    customer_id: None | Unset | UUID = UNSET,
    forecast_category: ForecastCategory | None | Unset = UNSET,
    source: None | Source | Unset = UNSET,
    currency: None | str | Unset = UNSET,
    expected_close_from: datetime.date | None | Unset = UNSET,
    expected_close_to: datetime.date | None | Unset = UNSET,
    closed_from: datetime.date | None | Unset = UNSET,
    closed_to: datetime.date | None | Unset = UNSET,
    amount_min: float | None | str | Unset = UNSET,
    amount_max: float | None | str | Unset = UNSET,
) -> OpportunityPage | Problem | None:
    """List opportunities

     Requires the permission `opportunity:read`.

    Lists only records within the caller's data scope.

    Args:
        limit (int | Unset): Page size, 1 to 200. Default: 50.
        cursor (None | str | Unset): Opaque cursor from a previous page's next_cursor.
        sort (None | OpportunitiesListSortType0 | Unset): Sort field; prefix with '-' for
            descending.
        q (None | str | Unset): Free-text search; Chinese names also match by pinyin and initials.
        include_total (bool | Unset): Also count all matching rows (slower). Default: False.
        status (None | OpportunityStatus | Unset):
        type_ (None | OpportunityType | Unset):
        pipeline_id (None | Unset | UUID):
        stage_id (None | Unset | UUID):
        owner_id (None | Unset | UUID):
        customer_id (None | Unset | UUID):
        forecast_category (ForecastCategory | None | Unset):
        source (None | Source | Unset):
        currency (None | str | Unset):
        expected_close_from (datetime.date | None | Unset): Expected to close on or after.
        expected_close_to (datetime.date | None | Unset): Expected to close on or before.
        closed_from (datetime.date | None | Unset): Closed (won or lost) on or after.
        closed_to (datetime.date | None | Unset): Closed on or before.
        amount_min (float | None | str | Unset):
        amount_max (float | None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        OpportunityPage | Problem
    """

    return (
        await asyncio_detailed(
            client=client,
            limit=limit,
            cursor=cursor,
            sort=sort,
            q=q,
            include_total=include_total,
            status=status,
            type_=type_,
            pipeline_id=pipeline_id,
            stage_id=stage_id,
            owner_id=owner_id,
            customer_id=customer_id,
            forecast_category=forecast_category,
            source=source,
            currency=currency,
            expected_close_from=expected_close_from,
            expected_close_to=expected_close_to,
            closed_from=closed_from,
            closed_to=closed_to,
            amount_min=amount_min,
            amount_max=amount_max,
        )
    ).parsed
