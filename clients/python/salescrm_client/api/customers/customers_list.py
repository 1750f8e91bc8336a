import datetime
from http import HTTPStatus
from typing import Any
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.customer_kind import CustomerKind
from ...models.customer_page import CustomerPage
from ...models.customer_status import CustomerStatus
from ...models.customers_list_sort_type_0 import CustomersListSortType0
from ...models.problem import Problem
from ...models.source import Source
from ...models.stage import Stage
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
    sort: CustomersListSortType0 | None | Unset = UNSET,
    q: None | str | Unset = UNSET,
    include_total: bool | Unset = False,
    kind: CustomerKind | None | Unset = UNSET,
    tier: None | str | Unset = UNSET,
    stage: None | Stage | Unset = UNSET,
    status: CustomerStatus | None | Unset = UNSET,
    owner_id: None | Unset | UUID = UNSET,
    key_account: bool | None | Unset = UNSET,
    strategic: bool | None | Unset = UNSET,
    industry: None | str | Unset = UNSET,
    source: None | Source | Unset = UNSET,
    region: None | str | Unset = UNSET,
    territory: None | str | Unset = UNSET,
    province: None | str | Unset = UNSET,
    city: None | str | Unset = UNSET,
    tag: None | str | Unset = UNSET,
    created_from: datetime.datetime | None | Unset = UNSET,
    created_to: datetime.datetime | None | Unset = UNSET,
    follow_up_before: datetime.datetime | None | Unset = UNSET,
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
    elif isinstance(sort, CustomersListSortType0):
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

    json_kind: None | str | Unset
    if isinstance(kind, Unset):
        json_kind = UNSET
    elif isinstance(kind, CustomerKind):
        json_kind = kind.value
    else:
        json_kind = kind
    params["kind"] = json_kind

    json_tier: None | str | Unset
    if isinstance(tier, Unset):
        json_tier = UNSET
    else:
        json_tier = tier
    params["tier"] = json_tier

    json_stage: None | str | Unset
    if isinstance(stage, Unset):
        json_stage = UNSET
    elif isinstance(stage, Stage):
        json_stage = stage.value
    else:
        json_stage = stage
    params["stage"] = json_stage

    json_status: None | str | Unset
    if isinstance(status, Unset):
        json_status = UNSET
    elif isinstance(status, CustomerStatus):
        json_status = status.value
    else:
        json_status = status
    params["status"] = json_status

    json_owner_id: None | str | Unset
    if isinstance(owner_id, Unset):
        json_owner_id = UNSET
    elif isinstance(owner_id, UUID):
        json_owner_id = str(owner_id)
    else:
        json_owner_id = owner_id
    params["owner_id"] = json_owner_id

    json_key_account: bool | None | Unset
    if isinstance(key_account, Unset):
        json_key_account = UNSET
    else:
        json_key_account = key_account
    params["key_account"] = json_key_account

    json_strategic: bool | None | Unset
    if isinstance(strategic, Unset):
        json_strategic = UNSET
    else:
        json_strategic = strategic
    params["strategic"] = json_strategic

    json_industry: None | str | Unset
    if isinstance(industry, Unset):
        json_industry = UNSET
    else:
        json_industry = industry
    params["industry"] = json_industry

    json_source: None | str | Unset
    if isinstance(source, Unset):
        json_source = UNSET
    elif isinstance(source, Source):
        json_source = source.value
    else:
        json_source = source
    params["source"] = json_source

    json_region: None | str | Unset
    if isinstance(region, Unset):
        json_region = UNSET
    else:
        json_region = region
    params["region"] = json_region

    json_territory: None | str | Unset
    if isinstance(territory, Unset):
        json_territory = UNSET
    else:
        json_territory = territory
    params["territory"] = json_territory

    json_province: None | str | Unset
    if isinstance(province, Unset):
        json_province = UNSET
    else:
        json_province = province
    params["province"] = json_province

    json_city: None | str | Unset
    if isinstance(city, Unset):
        json_city = UNSET
    else:
        json_city = city
    params["city"] = json_city

    json_tag: None | str | Unset
    if isinstance(tag, Unset):
        json_tag = UNSET
    else:
        json_tag = tag
    params["tag"] = json_tag

    json_created_from: None | str | Unset
    if isinstance(created_from, Unset):
        json_created_from = UNSET
    elif isinstance(created_from, datetime.datetime):
        json_created_from = created_from.isoformat()
    else:
        json_created_from = created_from
    params["created_from"] = json_created_from

    json_created_to: None | str | Unset
    if isinstance(created_to, Unset):
        json_created_to = UNSET
    elif isinstance(created_to, datetime.datetime):
        json_created_to = created_to.isoformat()
    else:
        json_created_to = created_to
    params["created_to"] = json_created_to

    json_follow_up_before: None | str | Unset
    if isinstance(follow_up_before, Unset):
        json_follow_up_before = UNSET
    elif isinstance(follow_up_before, datetime.datetime):
        json_follow_up_before = follow_up_before.isoformat()
    else:
        json_follow_up_before = follow_up_before
    params["follow_up_before"] = json_follow_up_before

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/customers",
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> CustomerPage | Problem | None:
    if response.status_code == 200:
        response_200 = CustomerPage.from_dict(response.json())

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
) -> Response[CustomerPage | Problem]:
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
    sort: CustomersListSortType0 | None | Unset = UNSET,
    q: None | str | Unset = UNSET,
    include_total: bool | Unset = False,
    kind: CustomerKind | None | Unset = UNSET,
    tier: None | str | Unset = UNSET,
    stage: None | Stage | Unset = UNSET,
    status: CustomerStatus | None | Unset = UNSET,
    owner_id: None | Unset | UUID = UNSET,
    key_account: bool | None | Unset = UNSET,
    strategic: bool | None | Unset = UNSET,
    industry: None | str | Unset = UNSET,
    source: None | Source | Unset = UNSET,
    region: None | str | Unset = UNSET,
    territory: None | str | Unset = UNSET,
    province: None | str | Unset = UNSET,
    city: None | str | Unset = UNSET,
    tag: None | str | Unset = UNSET,
    created_from: datetime.datetime | None | Unset = UNSET,
    created_to: datetime.datetime | None | Unset = UNSET,
    follow_up_before: datetime.datetime | None | Unset = UNSET,
) -> Response[CustomerPage | Problem]:
    """List customers

     Requires the permission `customer:read`.

    Lists only records within the caller's data scope.

    Args:
        limit (int | Unset): Page size, 1 to 200. Default: 50.
        cursor (None | str | Unset): Opaque cursor from a previous page's next_cursor.
        sort (CustomersListSortType0 | None | Unset): Sort field; prefix with '-' for descending.
        q (None | str | Unset): Free-text search; Chinese names also match by pinyin and initials.
        include_total (bool | Unset): Also count all matching rows (slower). Default: False.
        kind (CustomerKind | None | Unset):
        tier (None | str | Unset):
        stage (None | Stage | Unset):
        status (CustomerStatus | None | Unset):
        owner_id (None | Unset | UUID): Customers of one owner.
        key_account (bool | None | Unset):
        strategic (bool | None | Unset):
        industry (None | str | Unset):
        source (None | Source | Unset):
        region (None | str | Unset):
        territory (None | str | Unset):
        province (None | str | Unset):
        city (None | str | Unset):
        tag (None | str | Unset): Customers carrying this tag.
        created_from (datetime.datetime | None | Unset): Created at or after.
        created_to (datetime.datetime | None | Unset): Created at or before.
        follow_up_before (datetime.datetime | None | Unset): Last followed up before this time (or
            never).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CustomerPage | Problem]
    """

    kwargs = _get_kwargs(
        limit=limit,
        cursor=cursor,
        sort=sort,
        q=q,
        include_total=include_total,
        kind=kind,
        tier=tier,
        stage=stage,
        status=status,
        owner_id=owner_id,
        key_account=key_account,
        strategic=strategic,
        industry=industry,
        source=source,
        region=region,
        territory=territory,
        province=province,
        city=city,
        tag=tag,
        created_from=created_from,
        created_to=created_to,
        follow_up_before=follow_up_before,
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
    sort: CustomersListSortType0 | None | Unset = UNSET,
    q: None | str | Unset = UNSET,
    include_total: bool | Unset = False,
    kind: CustomerKind | None | Unset = UNSET,
    tier: None | str | Unset = UNSET,
    stage: None | Stage | Unset = UNSET,
    status: CustomerStatus | None | Unset = UNSET,
    owner_id: None | Unset | UUID = UNSET,
    key_account: bool | None | Unset = UNSET,
    strategic: bool | None | Unset = UNSET,
    industry: None | str | Unset = UNSET,
    source: None | Source | Unset = UNSET,
    region: None | str | Unset = UNSET,
    territory: None | str | Unset = UNSET,
    province: None | str | Unset = UNSET,
    city: None | str | Unset = UNSET,
    tag: None | str | Unset = UNSET,
    created_from: datetime.datetime | None | Unset = UNSET,
    created_to: datetime.datetime | None | Unset = UNSET,
    follow_up_before: datetime.datetime | None | Unset = UNSET,
) -> CustomerPage | Problem | None:
    """List customers

     Requires the permission `customer:read`.

    Lists only records within the caller's data scope.

    Args:
        limit (int | Unset): Page size, 1 to 200. Default: 50.
        cursor (None | str | Unset): Opaque cursor from a previous page's next_cursor.
        sort (CustomersListSortType0 | None | Unset): Sort field; prefix with '-' for descending.
        q (None | str | Unset): Free-text search; Chinese names also match by pinyin and initials.
        include_total (bool | Unset): Also count all matching rows (slower). Default: False.
        kind (CustomerKind | None | Unset):
        tier (None | str | Unset):
        stage (None | Stage | Unset):
        status (CustomerStatus | None | Unset):
        owner_id (None | Unset | UUID): Customers of one owner.
        key_account (bool | None | Unset):
        strategic (bool | None | Unset):
        industry (None | str | Unset):
        source (None | Source | Unset):
        region (None | str | Unset):
        territory (None | str | Unset):
        province (None | str | Unset):
        city (None | str | Unset):
        tag (None | str | Unset): Customers carrying this tag.
        created_from (datetime.datetime | None | Unset): Created at or after.
        created_to (datetime.datetime | None | Unset): Created at or before.
        follow_up_before (datetime.datetime | None | Unset): Last followed up before this time (or
            never).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CustomerPage | Problem
    """

    return sync_detailed(
        client=client,
        limit=limit,
        cursor=cursor,
        sort=sort,
        q=q,
        include_total=include_total,
        kind=kind,
        tier=tier,
        stage=stage,
        status=status,
        owner_id=owner_id,
        key_account=key_account,
        strategic=strategic,
        industry=industry,
        source=source,
        region=region,
        territory=territory,
        province=province,
        city=city,
        tag=tag,
        created_from=created_from,
        created_to=created_to,
        follow_up_before=follow_up_before,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
    sort: CustomersListSortType0 | None | Unset = UNSET,
    q: None | str | Unset = UNSET,
    include_total: bool | Unset = False,
    kind: CustomerKind | None | Unset = UNSET,
    tier: None | str | Unset = UNSET,
    stage: None | Stage | Unset = UNSET,
    status: CustomerStatus | None | Unset = UNSET,
    owner_id: None | Unset | UUID = UNSET,
    key_account: bool | None | Unset = UNSET,
    strategic: bool | None | Unset = UNSET,
    industry: None | str | Unset = UNSET,
    source: None | Source | Unset = UNSET,
    region: None | str | Unset = UNSET,
    territory: None | str | Unset = UNSET,
    province: None | str | Unset = UNSET,
    city: None | str | Unset = UNSET,
    tag: None | str | Unset = UNSET,
    created_from: datetime.datetime | None | Unset = UNSET,
    created_to: datetime.datetime | None | Unset = UNSET,
    follow_up_before: datetime.datetime | None | Unset = UNSET,
) -> Response[CustomerPage | Problem]:
    """List customers

     Requires the permission `customer:read`.

    Lists only records within the caller's data scope.

    Args:
        limit (int | Unset): Page size, 1 to 200. Default: 50.
        cursor (None | str | Unset): Opaque cursor from a previous page's next_cursor.
        sort (CustomersListSortType0 | None | Unset): Sort field; prefix with '-' for descending.
        q (None | str | Unset): Free-text search; Chinese names also match by pinyin and initials.
        include_total (bool | Unset): Also count all matching rows (slower). Default: False.
        kind (CustomerKind | None | Unset):
        tier (None | str | Unset):
        stage (None | Stage | Unset):
        status (CustomerStatus | None | Unset):
        owner_id (None | Unset | UUID): Customers of one owner.
        key_account (bool | None | Unset):
        strategic (bool | None | Unset):
        industry (None | str | Unset):
        source (None | Source | Unset):
        region (None | str | Unset):
        territory (None | str | Unset):
        province (None | str | Unset):
        city (None | str | Unset):
        tag (None | str | Unset): Customers carrying this tag.
        created_from (datetime.datetime | None | Unset): Created at or after.
        created_to (datetime.datetime | None | Unset): Created at or before.
        follow_up_before (datetime.datetime | None | Unset): Last followed up before this time (or
            never).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CustomerPage | Problem]
    """

    kwargs = _get_kwargs(
        limit=limit,
        cursor=cursor,
        sort=sort,
        q=q,
        include_total=include_total,
        kind=kind,
        tier=tier,
        stage=stage,
        status=status,
        owner_id=owner_id,
        key_account=key_account,
        strategic=strategic,
        industry=industry,
        source=source,
        region=region,
        territory=territory,
        province=province,
        city=city,
        tag=tag,
        created_from=created_from,
        created_to=created_to,
        follow_up_before=follow_up_before,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
    sort: CustomersListSortType0 | None | Unset = UNSET,
    q: None | str | Unset = UNSET,
    include_total: bool | Unset = False,
    kind: CustomerKind | None | Unset = UNSET,
    tier: None | str | Unset = UNSET,
    stage: None | Stage | Unset = UNSET,
    status: CustomerStatus | None | Unset = UNSET,
    owner_id: None | Unset | UUID = UNSET,
    key_account: bool | None | Unset = UNSET,
    strategic: bool | None | Unset = UNSET,
    industry: None | str | Unset = UNSET,
    source: None | Source | Unset = UNSET,
    region: None | str | Unset = UNSET,
    territory: None | str | Unset = UNSET,
    province: None | str | Unset = UNSET,
    city: None | str | Unset = UNSET,
    tag: None | str | Unset = UNSET,
    created_from: datetime.datetime | None | Unset = UNSET,
    created_to: datetime.datetime | None | Unset = UNSET,
    follow_up_before: datetime.datetime | None | Unset = UNSET,
) -> CustomerPage | Problem | None:
    """List customers

     Requires the permission `customer:read`.

    Lists only records within the caller's data scope.

    Args:
        limit (int | Unset): Page size, 1 to 200. Default: 50.
        cursor (None | str | Unset): Opaque cursor from a previous page's next_cursor.
        sort (CustomersListSortType0 | None | Unset): Sort field; prefix with '-' for descending.
        q (None | str | Unset): Free-text search; Chinese names also match by pinyin and initials.
        include_total (bool | Unset): Also count all matching rows (slower). Default: False.
        kind (CustomerKind | None | Unset):
        tier (None | str | Unset):
        stage (None | Stage | Unset):
        status (CustomerStatus | None | Unset):
        owner_id (None | Unset | UUID): Customers of one owner.
        key_account (bool | None | Unset):
        strategic (bool | None | Unset):
        industry (None | str | Unset):
        source (None | Source | Unset):
        region (None | str | Unset):
        territory (None | str | Unset):
        province (None | str | Unset):
        city (None | str | Unset):
        tag (None | str | Unset): Customers carrying this tag.
        created_from (datetime.datetime | None | Unset): Created at or after.
        created_to (datetime.datetime | None | Unset): Created at or before.
        follow_up_before (datetime.datetime | None | Unset): Last followed up before this time (or
            never).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CustomerPage | Problem
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
            tier=tier,
            stage=stage,
            status=status,
            owner_id=owner_id,
            key_account=key_account,
            strategic=strategic,
            industry=industry,
            source=source,
            region=region,
            territory=territory,
            province=province,
            city=city,
            tag=tag,
            created_from=created_from,
            created_to=created_to,
            follow_up_before=follow_up_before,
        )
    ).parsed
