from http import HTTPStatus
from typing import Any
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.coord_system import CoordSystem
from ...models.customer_page import CustomerPage
from ...models.key_account_candidates_list_sort import KeyAccountCandidatesListSort
from ...models.problem import Problem
from ...models.stage import Stage
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    limit: int | Unset = 50,
    cursor: str | Unset = UNSET,
    sort: KeyAccountCandidatesListSort | Unset = UNSET,
    q: str | Unset = UNSET,
    include_total: bool | Unset = False,
    owner_id: UUID | Unset = UNSET,
    tier: str | Unset = UNSET,
    stage: Stage | Unset = UNSET,
    industry: str | Unset = UNSET,
    region: str | Unset = UNSET,
    city: str | Unset = UNSET,
    tag: str | Unset = UNSET,
    coord_system: CoordSystem | Unset = UNSET,
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

    json_owner_id: str | Unset = UNSET
    if not isinstance(owner_id, Unset):
        json_owner_id = str(owner_id)
    params["owner_id"] = json_owner_id

    params["tier"] = tier

    json_stage: str | Unset = UNSET
    if not isinstance(stage, Unset):
        json_stage = stage.value

    params["stage"] = json_stage

    params["industry"] = industry

    params["region"] = region

    params["city"] = city

    params["tag"] = tag

    json_coord_system: str | Unset = UNSET
    if not isinstance(coord_system, Unset):
        json_coord_system = coord_system.value

    params["coord_system"] = json_coord_system

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
    cursor: str | Unset = UNSET,
    sort: KeyAccountCandidatesListSort | Unset = UNSET,
    q: str | Unset = UNSET,
    include_total: bool | Unset = False,
    owner_id: UUID | Unset = UNSET,
    tier: str | Unset = UNSET,
    stage: Stage | Unset = UNSET,
    industry: str | Unset = UNSET,
    region: str | Unset = UNSET,
    city: str | Unset = UNSET,
    tag: str | Unset = UNSET,
    coord_system: CoordSystem | Unset = UNSET,
) -> Response[CustomerPage | Problem]:
    """Customers in your scope that the key-account rules select and are not yet key accounts

     Requires `customer:read`. 409 when the stored key-account rules are invalid (a metric withdrawn
    since; `errors` names each): fix them in the customer policy.

    Args:
        limit (int | Unset): Page size, 1 to 200. Default: 50.
        cursor (str | Unset): Opaque cursor from a previous page's next_cursor.
        sort (KeyAccountCandidatesListSort | Unset): Sort field; prefix with '-' for descending.
        q (str | Unset): Free-text search; Chinese names also match by pinyin and initials.
        include_total (bool | Unset): Also count all matching rows (slower). Default: False.
        owner_id (UUID | Unset): Candidates of one owner.
        tier (str | Unset): A tier's code (A, B, C, D by default); case does not matter.
        stage (Stage | Unset): The life cycle: prospect → new → active → loyal, or at risk →
            churned (and back).
        industry (str | Unset):
        region (str | Unset):
        city (str | Unset):
        tag (str | Unset):
        coord_system (CoordSystem | Unset): The datum a coordinate is in.

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
        coord_system=coord_system,
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
    sort: KeyAccountCandidatesListSort | Unset = UNSET,
    q: str | Unset = UNSET,
    include_total: bool | Unset = False,
    owner_id: UUID | Unset = UNSET,
    tier: str | Unset = UNSET,
    stage: Stage | Unset = UNSET,
    industry: str | Unset = UNSET,
    region: str | Unset = UNSET,
    city: str | Unset = UNSET,
    tag: str | Unset = UNSET,
    coord_system: CoordSystem | Unset = UNSET,
) -> CustomerPage | Problem | None:
    """Customers in your scope that the key-account rules select and are not yet key accounts

     Requires `customer:read`. 409 when the stored key-account rules are invalid (a metric withdrawn
    since; `errors` names each): fix them in the customer policy.

    Args:
        limit (int | Unset): Page size, 1 to 200. Default: 50.
        cursor (str | Unset): Opaque cursor from a previous page's next_cursor.
        sort (KeyAccountCandidatesListSort | Unset): Sort field; prefix with '-' for descending.
        q (str | Unset): Free-text search; Chinese names also match by pinyin and initials.
        include_total (bool | Unset): Also count all matching rows (slower). Default: False.
        owner_id (UUID | Unset): Candidates of one owner.
        tier (str | Unset): A tier's code (A, B, C, D by default); case does not matter.
        stage (Stage | Unset): The life cycle: prospect → new → active → loyal, or at risk →
            churned (and back).
        industry (str | Unset):
        region (str | Unset):
        city (str | Unset):
        tag (str | Unset):
        coord_system (CoordSystem | Unset): The datum a coordinate is in.

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
        coord_system=coord_system,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 50,
    cursor: str | Unset = UNSET,
    sort: KeyAccountCandidatesListSort | Unset = UNSET,
    q: str | Unset = UNSET,
    include_total: bool | Unset = False,
    owner_id: UUID | Unset = UNSET,
    tier: str | Unset = UNSET,
    stage: Stage | Unset = UNSET,
    industry: str | Unset = UNSET,
    region: str | Unset = UNSET,
    city: str | Unset = UNSET,
    tag: str | Unset = UNSET,
    coord_system: CoordSystem | Unset = UNSET,
) -> Response[CustomerPage | Problem]:
    """Customers in your scope that the key-account rules select and are not yet key accounts

     Requires `customer:read`. 409 when the stored key-account rules are invalid (a metric withdrawn
    since; `errors` names each): fix them in the customer policy.

    Args:
        limit (int | Unset): Page size, 1 to 200. Default: 50.
        cursor (str | Unset): Opaque cursor from a previous page's next_cursor.
        sort (KeyAccountCandidatesListSort | Unset): Sort field; prefix with '-' for descending.
        q (str | Unset): Free-text search; Chinese names also match by pinyin and initials.
        include_total (bool | Unset): Also count all matching rows (slower). Default: False.
        owner_id (UUID | Unset): Candidates of one owner.
        tier (str | Unset): A tier's code (A, B, C, D by default); case does not matter.
        stage (Stage | Unset): The life cycle: prospect → new → active → loyal, or at risk →
            churned (and back).
        industry (str | Unset):
        region (str | Unset):
        city (str | Unset):
        tag (str | Unset):
        coord_system (CoordSystem | Unset): The datum a coordinate is in.

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
        coord_system=coord_system,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 50,
    cursor: str | Unset = UNSET,
    sort: KeyAccountCandidatesListSort | Unset = UNSET,
    q: str | Unset = UNSET,
    include_total: bool | Unset = False,
    owner_id: UUID | Unset = UNSET,
    tier: str | Unset = UNSET,
    stage: Stage | Unset = UNSET,
    industry: str | Unset = UNSET,
    region: str | Unset = UNSET,
    city: str | Unset = UNSET,
    tag: str | Unset = UNSET,
    coord_system: CoordSystem | Unset = UNSET,
) -> CustomerPage | Problem | None:
    """Customers in your scope that the key-account rules select and are not yet key accounts

     Requires `customer:read`. 409 when the stored key-account rules are invalid (a metric withdrawn
    since; `errors` names each): fix them in the customer policy.

    Args:
        limit (int | Unset): Page size, 1 to 200. Default: 50.
        cursor (str | Unset): Opaque cursor from a previous page's next_cursor.
        sort (KeyAccountCandidatesListSort | Unset): Sort field; prefix with '-' for descending.
        q (str | Unset): Free-text search; Chinese names also match by pinyin and initials.
        include_total (bool | Unset): Also count all matching rows (slower). Default: False.
        owner_id (UUID | Unset): Candidates of one owner.
        tier (str | Unset): A tier's code (A, B, C, D by default); case does not matter.
        stage (Stage | Unset): The life cycle: prospect → new → active → loyal, or at risk →
            churned (and back).
        industry (str | Unset):
        region (str | Unset):
        city (str | Unset):
        tag (str | Unset):
        coord_system (CoordSystem | Unset): The datum a coordinate is in.

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
            coord_system=coord_system,
        )
    ).parsed
