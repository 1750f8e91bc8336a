import datetime
from http import HTTPStatus
from typing import Any
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.forecast_category import ForecastCategory
from ...models.opportunities_list_sort import OpportunitiesListSort
from ...models.opportunity_expand import OpportunityExpand
from ...models.opportunity_page import OpportunityPage
from ...models.opportunity_status import OpportunityStatus
from ...models.opportunity_type import OpportunityType
from ...models.problem import Problem
from ...models.source import Source
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    limit: int | Unset = 50,
    cursor: str | Unset = UNSET,
    sort: OpportunitiesListSort | Unset = UNSET,
    q: str | Unset = UNSET,
    include_total: bool | Unset = False,
    status: OpportunityStatus | Unset = UNSET,
    type_: OpportunityType | Unset = UNSET,
    pipeline_id: UUID | Unset = UNSET,
    stage_id: UUID | Unset = UNSET,
    owner_id: UUID | Unset = UNSET,
    customer_id: UUID | Unset = UNSET,
    forecast_category: ForecastCategory | Unset = UNSET,
    source: Source | Unset = UNSET,
    currency: str | Unset = UNSET,
    expected_close_from: datetime.date | Unset = UNSET,
    expected_close_to: datetime.date | Unset = UNSET,
    closed_from: datetime.date | Unset = UNSET,
    closed_to: datetime.date | Unset = UNSET,
    amount_min: float | str | Unset = UNSET,
    amount_max: float | str | Unset = UNSET,
    expand: list[OpportunityExpand] | Unset = UNSET,
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

    json_status: str | Unset = UNSET
    if not isinstance(status, Unset):
        json_status = status.value

    params["status"] = json_status

    json_type_: str | Unset = UNSET
    if not isinstance(type_, Unset):
        json_type_ = type_.value

    params["type"] = json_type_

    json_pipeline_id: str | Unset = UNSET
    if not isinstance(pipeline_id, Unset):
        json_pipeline_id = str(pipeline_id)
    params["pipeline_id"] = json_pipeline_id

    json_stage_id: str | Unset = UNSET
    if not isinstance(stage_id, Unset):
        json_stage_id = str(stage_id)
    params["stage_id"] = json_stage_id

    json_owner_id: str | Unset = UNSET
    if not isinstance(owner_id, Unset):
        json_owner_id = str(owner_id)
    params["owner_id"] = json_owner_id

    json_customer_id: str | Unset = UNSET
    if not isinstance(customer_id, Unset):
        json_customer_id = str(customer_id)
    params["customer_id"] = json_customer_id

    json_forecast_category: str | Unset = UNSET
    if not isinstance(forecast_category, Unset):
        json_forecast_category = forecast_category.value

    params["forecast_category"] = json_forecast_category

    json_source: str | Unset = UNSET
    if not isinstance(source, Unset):
        json_source = source.value

    params["source"] = json_source

    params["currency"] = currency

    json_expected_close_from: str | Unset = UNSET
    if not isinstance(expected_close_from, Unset):
        json_expected_close_from = expected_close_from.isoformat()
    params["expected_close_from"] = json_expected_close_from

    json_expected_close_to: str | Unset = UNSET
    if not isinstance(expected_close_to, Unset):
        json_expected_close_to = expected_close_to.isoformat()
    params["expected_close_to"] = json_expected_close_to

    json_closed_from: str | Unset = UNSET
    if not isinstance(closed_from, Unset):
        json_closed_from = closed_from.isoformat()
    params["closed_from"] = json_closed_from

    json_closed_to: str | Unset = UNSET
    if not isinstance(closed_to, Unset):
        json_closed_to = closed_to.isoformat()
    params["closed_to"] = json_closed_to

    json_amount_min: float | str | Unset
    if isinstance(amount_min, Unset):
        json_amount_min = UNSET
    else:
        json_amount_min = amount_min
    params["amount_min"] = json_amount_min

    json_amount_max: float | str | Unset
    if isinstance(amount_max, Unset):
        json_amount_max = UNSET
    else:
        json_amount_max = amount_max
    params["amount_max"] = json_amount_max

    json_expand: list[str] | Unset = UNSET
    if not isinstance(expand, Unset):
        json_expand = []
        for expand_item_data in expand:
            expand_item = expand_item_data.value
            json_expand.append(expand_item)

    params["expand"] = json_expand

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
    cursor: str | Unset = UNSET,
    sort: OpportunitiesListSort | Unset = UNSET,
    q: str | Unset = UNSET,
    include_total: bool | Unset = False,
    status: OpportunityStatus | Unset = UNSET,
    type_: OpportunityType | Unset = UNSET,
    pipeline_id: UUID | Unset = UNSET,
    stage_id: UUID | Unset = UNSET,
    owner_id: UUID | Unset = UNSET,
    customer_id: UUID | Unset = UNSET,
    forecast_category: ForecastCategory | Unset = UNSET,
    source: Source | Unset = UNSET,
    currency: str | Unset = UNSET,
    expected_close_from: datetime.date | Unset = UNSET,
    expected_close_to: datetime.date | Unset = UNSET,
    closed_from: datetime.date | Unset = UNSET,
    closed_to: datetime.date | Unset = UNSET,
    amount_min: float | str | Unset = UNSET,
    amount_max: float | str | Unset = UNSET,
    expand: list[OpportunityExpand] | Unset = UNSET,
) -> Response[OpportunityPage | Problem]:
    """List opportunities

     Requires the permission `opportunity:read`.

    Lists only records within the caller's data scope.

    Custom fields (`GET /api/v1/custom-fields?resource=…`; docs/custom-fields.md) filter with
    `cf.<key>=<value>` (a multi select: records holding that option), `cf.<key>_min` / `cf.<key>_max`
    (number, money) and `cf.<key>_from` / `cf.<key>_to` (date, date-time), and sort with `sort=cf.<key>`
    or `-cf.<key>` (not long text or multi select; records without a value come last, first when
    descending). An unknown field or a value its type cannot read is a 422 naming the parameter.

    Args:
        limit (int | Unset): Page size, 1 to 200. Default: 50.
        cursor (str | Unset): Opaque cursor from a previous page's next_cursor.
        sort (OpportunitiesListSort | Unset): Sort field; prefix with '-' for descending.
        q (str | Unset): Free-text search; Chinese names also match by pinyin and initials.
        include_total (bool | Unset): Also count all matching rows (slower). Default: False.
        status (OpportunityStatus | Unset):
        type_ (OpportunityType | Unset):
        pipeline_id (UUID | Unset):
        stage_id (UUID | Unset):
        owner_id (UUID | Unset):
        customer_id (UUID | Unset):
        forecast_category (ForecastCategory | Unset): Where a deal counts in a forecast; won deals
            are ``closed``, lost ones ``omitted``.
        source (Source | Unset):
        currency (str | Unset): ISO 4217 code
        expected_close_from (datetime.date | Unset): Expected to close on or after.
        expected_close_to (datetime.date | Unset): Expected to close on or before.
        closed_from (datetime.date | Unset): Closed (won or lost) on or after.
        closed_to (datetime.date | Unset): Closed on or before.
        amount_min (float | str | Unset):
        amount_max (float | str | Unset):
        expand (list[OpportunityExpand] | Unset): Embed larger objects for these references
            (repeat the parameter for several); each is present only for records the caller may open.
            An unknown value is a 422.

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
        expand=expand,
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
    sort: OpportunitiesListSort | Unset = UNSET,
    q: str | Unset = UNSET,
    include_total: bool | Unset = False,
    status: OpportunityStatus | Unset = UNSET,
    type_: OpportunityType | Unset = UNSET,
    pipeline_id: UUID | Unset = UNSET,
    stage_id: UUID | Unset = UNSET,
    owner_id: UUID | Unset = UNSET,
    customer_id: UUID | Unset = UNSET,
    forecast_category: ForecastCategory | Unset = UNSET,
    source: Source | Unset = UNSET,
    currency: str | Unset = UNSET,
    expected_close_from: datetime.date | Unset = UNSET,
    expected_close_to: datetime.date | Unset = UNSET,
    closed_from: datetime.date | Unset = UNSET,
    closed_to: datetime.date | Unset = UNSET,
    amount_min: float | str | Unset = UNSET,
    amount_max: float | str | Unset = UNSET,
    expand: list[OpportunityExpand] | Unset = UNSET,
) -> OpportunityPage | Problem | None:
    """List opportunities

     Requires the permission `opportunity:read`.

    Lists only records within the caller's data scope.

    Custom fields (`GET /api/v1/custom-fields?resource=…`; docs/custom-fields.md) filter with
    `cf.<key>=<value>` (a multi select: records holding that option), `cf.<key>_min` / `cf.<key>_max`
    (number, money) and `cf.<key>_from` / `cf.<key>_to` (date, date-time), and sort with `sort=cf.<key>`
    or `-cf.<key>` (not long text or multi select; records without a value come last, first when
    descending). An unknown field or a value its type cannot read is a 422 naming the parameter.

    Args:
        limit (int | Unset): Page size, 1 to 200. Default: 50.
        cursor (str | Unset): Opaque cursor from a previous page's next_cursor.
        sort (OpportunitiesListSort | Unset): Sort field; prefix with '-' for descending.
        q (str | Unset): Free-text search; Chinese names also match by pinyin and initials.
        include_total (bool | Unset): Also count all matching rows (slower). Default: False.
        status (OpportunityStatus | Unset):
        type_ (OpportunityType | Unset):
        pipeline_id (UUID | Unset):
        stage_id (UUID | Unset):
        owner_id (UUID | Unset):
        customer_id (UUID | Unset):
        forecast_category (ForecastCategory | Unset): Where a deal counts in a forecast; won deals
            are ``closed``, lost ones ``omitted``.
        source (Source | Unset):
        currency (str | Unset): ISO 4217 code
        expected_close_from (datetime.date | Unset): Expected to close on or after.
        expected_close_to (datetime.date | Unset): Expected to close on or before.
        closed_from (datetime.date | Unset): Closed (won or lost) on or after.
        closed_to (datetime.date | Unset): Closed on or before.
        amount_min (float | str | Unset):
        amount_max (float | str | Unset):
        expand (list[OpportunityExpand] | Unset): Embed larger objects for these references
            (repeat the parameter for several); each is present only for records the caller may open.
            An unknown value is a 422.

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
        expand=expand,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 50,
    cursor: str | Unset = UNSET,
    sort: OpportunitiesListSort | Unset = UNSET,
    q: str | Unset = UNSET,
    include_total: bool | Unset = False,
    status: OpportunityStatus | Unset = UNSET,
    type_: OpportunityType | Unset = UNSET,
    pipeline_id: UUID | Unset = UNSET,
    stage_id: UUID | Unset = UNSET,
    owner_id: UUID | Unset = UNSET,
    customer_id: UUID | Unset = UNSET,
    forecast_category: ForecastCategory | Unset = UNSET,
    source: Source | Unset = UNSET,
    currency: str | Unset = UNSET,
    expected_close_from: datetime.date | Unset = UNSET,
    expected_close_to: datetime.date | Unset = UNSET,
    closed_from: datetime.date | Unset = UNSET,
    closed_to: datetime.date | Unset = UNSET,
    amount_min: float | str | Unset = UNSET,
    amount_max: float | str | Unset = UNSET,
    expand: list[OpportunityExpand] | Unset = UNSET,
) -> Response[OpportunityPage | Problem]:
    """List opportunities

     Requires the permission `opportunity:read`.

    Lists only records within the caller's data scope.

    Custom fields (`GET /api/v1/custom-fields?resource=…`; docs/custom-fields.md) filter with
    `cf.<key>=<value>` (a multi select: records holding that option), `cf.<key>_min` / `cf.<key>_max`
    (number, money) and `cf.<key>_from` / `cf.<key>_to` (date, date-time), and sort with `sort=cf.<key>`
    or `-cf.<key>` (not long text or multi select; records without a value come last, first when
    descending). An unknown field or a value its type cannot read is a 422 naming the parameter.

    Args:
        limit (int | Unset): Page size, 1 to 200. Default: 50.
        cursor (str | Unset): Opaque cursor from a previous page's next_cursor.
        sort (OpportunitiesListSort | Unset): Sort field; prefix with '-' for descending.
        q (str | Unset): Free-text search; Chinese names also match by pinyin and initials.
        include_total (bool | Unset): Also count all matching rows (slower). Default: False.
        status (OpportunityStatus | Unset):
        type_ (OpportunityType | Unset):
        pipeline_id (UUID | Unset):
        stage_id (UUID | Unset):
        owner_id (UUID | Unset):
        customer_id (UUID | Unset):
        forecast_category (ForecastCategory | Unset): Where a deal counts in a forecast; won deals
            are ``closed``, lost ones ``omitted``.
        source (Source | Unset):
        currency (str | Unset): ISO 4217 code
        expected_close_from (datetime.date | Unset): Expected to close on or after.
        expected_close_to (datetime.date | Unset): Expected to close on or before.
        closed_from (datetime.date | Unset): Closed (won or lost) on or after.
        closed_to (datetime.date | Unset): Closed on or before.
        amount_min (float | str | Unset):
        amount_max (float | str | Unset):
        expand (list[OpportunityExpand] | Unset): Embed larger objects for these references
            (repeat the parameter for several); each is present only for records the caller may open.
            An unknown value is a 422.

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
        expand=expand,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 50,
    cursor: str | Unset = UNSET,
    sort: OpportunitiesListSort | Unset = UNSET,
    q: str | Unset = UNSET,
    include_total: bool | Unset = False,
    status: OpportunityStatus | Unset = UNSET,
    type_: OpportunityType | Unset = UNSET,
    pipeline_id: UUID | Unset = UNSET,
    stage_id: UUID | Unset = UNSET,
    owner_id: UUID | Unset = UNSET,
    customer_id: UUID | Unset = UNSET,
    forecast_category: ForecastCategory | Unset = UNSET,
    source: Source | Unset = UNSET,
    currency: str | Unset = UNSET,
    expected_close_from: datetime.date | Unset = UNSET,
    expected_close_to: datetime.date | Unset = UNSET,
    closed_from: datetime.date | Unset = UNSET,
    closed_to: datetime.date | Unset = UNSET,
    amount_min: float | str | Unset = UNSET,
    amount_max: float | str | Unset = UNSET,
    expand: list[OpportunityExpand] | Unset = UNSET,
) -> OpportunityPage | Problem | None:
    """List opportunities

     Requires the permission `opportunity:read`.

    Lists only records within the caller's data scope.

    Custom fields (`GET /api/v1/custom-fields?resource=…`; docs/custom-fields.md) filter with
    `cf.<key>=<value>` (a multi select: records holding that option), `cf.<key>_min` / `cf.<key>_max`
    (number, money) and `cf.<key>_from` / `cf.<key>_to` (date, date-time), and sort with `sort=cf.<key>`
    or `-cf.<key>` (not long text or multi select; records without a value come last, first when
    descending). An unknown field or a value its type cannot read is a 422 naming the parameter.

    Args:
        limit (int | Unset): Page size, 1 to 200. Default: 50.
        cursor (str | Unset): Opaque cursor from a previous page's next_cursor.
        sort (OpportunitiesListSort | Unset): Sort field; prefix with '-' for descending.
        q (str | Unset): Free-text search; Chinese names also match by pinyin and initials.
        include_total (bool | Unset): Also count all matching rows (slower). Default: False.
        status (OpportunityStatus | Unset):
        type_ (OpportunityType | Unset):
        pipeline_id (UUID | Unset):
        stage_id (UUID | Unset):
        owner_id (UUID | Unset):
        customer_id (UUID | Unset):
        forecast_category (ForecastCategory | Unset): Where a deal counts in a forecast; won deals
            are ``closed``, lost ones ``omitted``.
        source (Source | Unset):
        currency (str | Unset): ISO 4217 code
        expected_close_from (datetime.date | Unset): Expected to close on or after.
        expected_close_to (datetime.date | Unset): Expected to close on or before.
        closed_from (datetime.date | Unset): Closed (won or lost) on or after.
        closed_to (datetime.date | Unset): Closed on or before.
        amount_min (float | str | Unset):
        amount_max (float | str | Unset):
        expand (list[OpportunityExpand] | Unset): Embed larger objects for these references
            (repeat the parameter for several); each is present only for records the caller may open.
            An unknown value is a 422.

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
            expand=expand,
        )
    ).parsed
