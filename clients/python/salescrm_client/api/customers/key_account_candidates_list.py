from http import HTTPStatus
from typing import Any
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.customer_page import CustomerPage
from ...models.key_account_candidates_list_sort_type_0 import KeyAccountCandidatesListSortType0
from ...models.problem import Problem
from ...models.stage import Stage
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
    sort: KeyAccountCandidatesListSortType0 | None | Unset = UNSET,
    q: None | str | Unset = UNSET,
    include_total: bool | Unset = False,
    owner_id: None | Unset | UUID = UNSET,
    tier: None | str | Unset = UNSET,
    stage: None | Stage | Unset = UNSET,
    industry: None | str | Unset = UNSET,
    region: None | str | Unset = UNSET,
    city: None | str | Unset = UNSET,
    tag: None | str | Unset = UNSET,
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
    elif isinstance(sort, KeyAccountCandidatesListSortType0):
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

    json_owner_id: None | str | Unset
    if isinstance(owner_id, Unset):
        json_owner_id = UNSET
    elif isinstance(owner_id, UUID):
        json_owner_id = str(owner_id)
    else:
        json_owner_id = owner_id
    params["owner_id"] = json_owner_id

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

    json_industry: None | str | Unset
    if isinstance(industry, Unset):
        json_industry = UNSET
    else:
        json_industry = industry
    params["industry"] = json_industry

    json_region: None | str | Unset
    if isinstance(region, Unset):
        json_region = UNSET
    else:
        json_region = region
    params["region"] = json_region

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

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/key-account-candidates",
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

    if response.status_code == 409:
        response_409 = Problem.from_dict(response.json())

        return response_409

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
    sort: KeyAccountCandidatesListSortType0 | None | Unset = UNSET,
    q: None | str | Unset = UNSET,
    include_total: bool | Unset = False,
    owner_id: None | Unset | UUID = UNSET,
    tier: None | str | Unset = UNSET,
    stage: None | Stage | Unset = UNSET,
    industry: None | str | Unset = UNSET,
    region: None | str | Unset = UNSET,
    city: None | str | Unset = UNSET,
    tag: None | str | Unset = UNSET,
) -> Response[CustomerPage | Problem]:
    """Customers in your scope that the key-account rules select and are not yet key accounts

     Requires `customer:read`. 409 when the stored key-account rules are invalid (a metric withdrawn
    since; `errors` names each): fix them in the customer policy.

    Args:
        limit (int | Unset): Page size, 1 to 200. Default: 50.
        cursor (None | str | Unset): Opaque cursor from a previous page's next_cursor.
        sort (KeyAccountCandidatesListSortType0 | None | Unset): Sort field; prefix with '-' for
            descending.
        q (None | str | Unset): Free-text search; Chinese names also match by pinyin and initials.
        include_total (bool | Unset): Also count all matching rows (slower). Default: False.
        owner_id (None | Unset | UUID): Candidates of one owner.
        tier (None | str | Unset):
        stage (None | Stage | Unset):
        industry (None | str | Unset):
        region (None | str | Unset):
        city (None | str | Unset):
        tag (None | str | Unset):

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
        owner_id=owner_id,
        tier=tier,
        stage=stage,
        industry=industry,
        region=region,
        city=city,
        tag=tag,
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
    sort: KeyAccountCandidatesListSortType0 | None | Unset = UNSET,
    q: None | str | Unset = UNSET,
    include_total: bool | Unset = False,
    owner_id: None | Unset | UUID = UNSET,
    tier: None | str | Unset = UNSET,
    stage: None | Stage | Unset = UNSET,
    industry: None | str | Unset = UNSET,
    region: None | str | Unset = UNSET,
    city: None | str | Unset = UNSET,
    tag: None | str | Unset = UNSET,
) -> CustomerPage | Problem | None:
    """Customers in your scope that the key-account rules select and are not yet key accounts

     Requires `customer:read`. 409 when the stored key-account rules are invalid (a metric withdrawn
    since; `errors` names each): fix them in the customer policy.

    Args:
        limit (int | Unset): Page size, 1 to 200. Default: 50.
        cursor (None | str | Unset): Opaque cursor from a previous page's next_cursor.
        sort (KeyAccountCandidatesListSortType0 | None | Unset): Sort field; prefix with '-' for
            descending.
        q (None | str | Unset): Free-text search; Chinese names also match by pinyin and initials.
        include_total (bool | Unset): Also count all matching rows (slower). Default: False.
        owner_id (None | Unset | UUID): Candidates of one owner.
        tier (None | str | Unset):
        stage (None | Stage | Unset):
        industry (None | str | Unset):
        region (None | str | Unset):
        city (None | str | Unset):
        tag (None | str | Unset):

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
        owner_id=owner_id,
        tier=tier,
        stage=stage,
        industry=industry,
        region=region,
        city=city,
        tag=tag,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
    sort: KeyAccountCandidatesListSortType0 | None | Unset = UNSET,
    q: None | str | Unset = UNSET,
    include_total: bool | Unset = False,
    owner_id: None | Unset | UUID = UNSET,
    tier: None | str | Unset = UNSET,
    stage: None | Stage | Unset = UNSET,
    industry: None | str | Unset = UNSET,
    region: None | str | Unset = UNSET,
    city: None | str | Unset = UNSET,
    tag: None | str | Unset = UNSET,
) -> Response[CustomerPage | Problem]:
    """Customers in your scope that the key-account rules select and are not yet key accounts

     Requires `customer:read`. 409 when the stored key-account rules are invalid (a metric withdrawn
    since; `errors` names each): fix them in the customer policy.

    Args:
        limit (int | Unset): Page size, 1 to 200. Default: 50.
        cursor (None | str | Unset): Opaque cursor from a previous page's next_cursor.
        sort (KeyAccountCandidatesListSortType0 | None | Unset): Sort field; prefix with '-' for
            descending.
        q (None | str | Unset): Free-text search; Chinese names also match by pinyin and initials.
        include_total (bool | Unset): Also count all matching rows (slower). Default: False.
        owner_id (None | Unset | UUID): Candidates of one owner.
        tier (None | str | Unset):
        stage (None | Stage | Unset):
        industry (None | str | Unset):
        region (None | str | Unset):
        city (None | str | Unset):
        tag (None | str | Unset):

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
        owner_id=owner_id,
        tier=tier,
        stage=stage,
        industry=industry,
        region=region,
        city=city,
        tag=tag,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
    sort: KeyAccountCandidatesListSortType0 | None | Unset = UNSET,
    q: None | str | Unset = UNSET,
    include_total: bool | Unset = False,
    owner_id: None | Unset | UUID = UNSET,
    tier: None | str | Unset = UNSET,
    stage: None | Stage | Unset = UNSET,
    industry: None | str | Unset = UNSET,
    region: None | str | Unset = UNSET,
    city: None | str | Unset = UNSET,
    tag: None | str | Unset = UNSET,
) -> CustomerPage | Problem | None:
    """Customers in your scope that the key-account rules select and are not yet key accounts

     Requires `customer:read`. 409 when the stored key-account rules are invalid (a metric withdrawn
    since; `errors` names each): fix them in the customer policy.

    Args:
        limit (int | Unset): Page size, 1 to 200. Default: 50.
        cursor (None | str | Unset): Opaque cursor from a previous page's next_cursor.
        sort (KeyAccountCandidatesListSortType0 | None | Unset): Sort field; prefix with '-' for
            descending.
        q (None | str | Unset): Free-text search; Chinese names also match by pinyin and initials.
        include_total (bool | Unset): Also count all matching rows (slower). Default: False.
        owner_id (None | Unset | UUID): Candidates of one owner.
        tier (None | str | Unset):
        stage (None | Stage | Unset):
        industry (None | str | Unset):
        region (None | str | Unset):
        city (None | str | Unset):
        tag (None | str | Unset):

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
            owner_id=owner_id,
            tier=tier,
            stage=stage,
            industry=industry,
            region=region,
            city=city,
            tag=tag,
        )
    ).parsed
