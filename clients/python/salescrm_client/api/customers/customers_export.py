import datetime
from http import HTTPStatus
from io import BytesIO
from typing import Any
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.coord_system import CoordSystem
from ...models.customer_kind import CustomerKind
from ...models.customer_status import CustomerStatus
from ...models.customers_export_format import CustomersExportFormat
from ...models.customers_export_sort import CustomersExportSort
from ...models.problem import Problem
from ...models.source import Source
from ...models.stage import Stage
from ...types import UNSET, File, Response, Unset


def _get_kwargs(
    *,
    limit: int | Unset = 50,
    cursor: str | Unset = UNSET,
    sort: CustomersExportSort | Unset = UNSET,
    q: str | Unset = UNSET,
    include_total: bool | Unset = False,
    kind: CustomerKind | Unset = UNSET,
    tier: str | Unset = UNSET,
    stage: Stage | Unset = UNSET,
    status: CustomerStatus | Unset = UNSET,
    owner_id: UUID | Unset = UNSET,
    key_account: bool | Unset = UNSET,
    strategic: bool | Unset = UNSET,
    industry: str | Unset = UNSET,
    source: Source | Unset = UNSET,
    region: str | Unset = UNSET,
    pool_id: UUID | Unset = UNSET,
    territory_text: str | Unset = UNSET,
    territory_id: UUID | Unset = UNSET,
    province: str | Unset = UNSET,
    city: str | Unset = UNSET,
    tag: str | Unset = UNSET,
    created_from: datetime.datetime | Unset = UNSET,
    created_to: datetime.datetime | Unset = UNSET,
    follow_up_before: datetime.datetime | Unset = UNSET,
    coord_system: CoordSystem | Unset = UNSET,
    format_: CustomersExportFormat | Unset = CustomersExportFormat.CSV,
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

    params["tier"] = tier

    json_stage: str | Unset = UNSET
    if not isinstance(stage, Unset):
        json_stage = stage.value

    params["stage"] = json_stage

    json_status: str | Unset = UNSET
    if not isinstance(status, Unset):
        json_status = status.value

    params["status"] = json_status

    json_owner_id: str | Unset = UNSET
    if not isinstance(owner_id, Unset):
        json_owner_id = str(owner_id)
    params["owner_id"] = json_owner_id

    params["key_account"] = key_account

    params["strategic"] = strategic

    params["industry"] = industry

    json_source: str | Unset = UNSET
    if not isinstance(source, Unset):
        json_source = source.value

    params["source"] = json_source

    params["region"] = region

    json_pool_id: str | Unset = UNSET
    if not isinstance(pool_id, Unset):
        json_pool_id = str(pool_id)
    params["pool_id"] = json_pool_id

    params["territory_text"] = territory_text

    json_territory_id: str | Unset = UNSET
    if not isinstance(territory_id, Unset):
        json_territory_id = str(territory_id)
    params["territory_id"] = json_territory_id

    params["province"] = province

    params["city"] = city

    params["tag"] = tag

    json_created_from: str | Unset = UNSET
    if not isinstance(created_from, Unset):
        json_created_from = created_from.isoformat()
    params["created_from"] = json_created_from

    json_created_to: str | Unset = UNSET
    if not isinstance(created_to, Unset):
        json_created_to = created_to.isoformat()
    params["created_to"] = json_created_to

    json_follow_up_before: str | Unset = UNSET
    if not isinstance(follow_up_before, Unset):
        json_follow_up_before = follow_up_before.isoformat()
    params["follow_up_before"] = json_follow_up_before

    json_coord_system: str | Unset = UNSET
    if not isinstance(coord_system, Unset):
        json_coord_system = coord_system.value

    params["coord_system"] = json_coord_system

    json_format_: str | Unset = UNSET
    if not isinstance(format_, Unset):
        json_format_ = format_.value

    params["format"] = json_format_

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/customers/export",
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> File | Problem | None:
    if response.status_code == 200:
        response_200 = File(payload=BytesIO(response.text))

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[File | Problem]:
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
    sort: CustomersExportSort | Unset = UNSET,
    q: str | Unset = UNSET,
    include_total: bool | Unset = False,
    kind: CustomerKind | Unset = UNSET,
    tier: str | Unset = UNSET,
    stage: Stage | Unset = UNSET,
    status: CustomerStatus | Unset = UNSET,
    owner_id: UUID | Unset = UNSET,
    key_account: bool | Unset = UNSET,
    strategic: bool | Unset = UNSET,
    industry: str | Unset = UNSET,
    source: Source | Unset = UNSET,
    region: str | Unset = UNSET,
    pool_id: UUID | Unset = UNSET,
    territory_text: str | Unset = UNSET,
    territory_id: UUID | Unset = UNSET,
    province: str | Unset = UNSET,
    city: str | Unset = UNSET,
    tag: str | Unset = UNSET,
    created_from: datetime.datetime | Unset = UNSET,
    created_to: datetime.datetime | Unset = UNSET,
    follow_up_before: datetime.datetime | Unset = UNSET,
    coord_system: CoordSystem | Unset = UNSET,
    format_: CustomersExportFormat | Unset = CustomersExportFormat.CSV,
) -> Response[File | Problem]:
    """Export the customers the caller sees (the list's filters) as CSV or XLSX

     Requires `customer:export`; only customers within the caller's data scope, restricted fields left
    out as in the list. 422 for an invalid filter or sort. Every export is audited (an `export` entry of
    resource `customer_export`: who, when, the filters, the format and the number of rows).

    Args:
        limit (int | Unset): Page size, 1 to 200. Default: 50.
        cursor (str | Unset): Opaque cursor from a previous page's next_cursor.
        sort (CustomersExportSort | Unset): Sort field; prefix with '-' for descending.
        q (str | Unset): Free-text search; Chinese names also match by pinyin and initials.
        include_total (bool | Unset): Also count all matching rows (slower). Default: False.
        kind (CustomerKind | Unset):
        tier (str | Unset): A tier's code (A, B, C, D by default); case does not matter.
        stage (Stage | Unset): The life cycle: prospect → new → active → loyal, or at risk →
            churned (and back).
        status (CustomerStatus | Unset):
        owner_id (UUID | Unset): Customers of one owner.
        key_account (bool | Unset):
        strategic (bool | Unset):
        industry (str | Unset):
        source (Source | Unset):
        region (str | Unset):
        pool_id (UUID | Unset):
        territory_text (str | Unset): The free-text sales area.
        territory_id (UUID | Unset): Customers of a territory or of any territory below it.
        province (str | Unset):
        city (str | Unset):
        tag (str | Unset): Customers carrying this tag.
        created_from (datetime.datetime | Unset): Created at or after.
        created_to (datetime.datetime | Unset): Created at or before.
        follow_up_before (datetime.datetime | Unset): Last followed up before this time (or
            never).
        coord_system (CoordSystem | Unset): The datum a coordinate is in.
        format_ (CustomersExportFormat | Unset): csv (UTF-8 with a BOM) or xlsx. Default:
            CustomersExportFormat.CSV.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[File | Problem]
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
        pool_id=pool_id,
        territory_text=territory_text,
        territory_id=territory_id,
        province=province,
        city=city,
        tag=tag,
        created_from=created_from,
        created_to=created_to,
        follow_up_before=follow_up_before,
        coord_system=coord_system,
        format_=format_,
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
    sort: CustomersExportSort | Unset = UNSET,
    q: str | Unset = UNSET,
    include_total: bool | Unset = False,
    kind: CustomerKind | Unset = UNSET,
    tier: str | Unset = UNSET,
    stage: Stage | Unset = UNSET,
    status: CustomerStatus | Unset = UNSET,
    owner_id: UUID | Unset = UNSET,
    key_account: bool | Unset = UNSET,
    strategic: bool | Unset = UNSET,
    industry: str | Unset = UNSET,
    source: Source | Unset = UNSET,
    region: str | Unset = UNSET,
    pool_id: UUID | Unset = UNSET,
    territory_text: str | Unset = UNSET,
    territory_id: UUID | Unset = UNSET,
    province: str | Unset = UNSET,
    city: str | Unset = UNSET,
    tag: str | Unset = UNSET,
    created_from: datetime.datetime | Unset = UNSET,
    created_to: datetime.datetime | Unset = UNSET,
    follow_up_before: datetime.datetime | Unset = UNSET,
    coord_system: CoordSystem | Unset = UNSET,
    format_: CustomersExportFormat | Unset = CustomersExportFormat.CSV,
) -> File | Problem | None:
    """Export the customers the caller sees (the list's filters) as CSV or XLSX

     Requires `customer:export`; only customers within the caller's data scope, restricted fields left
    out as in the list. 422 for an invalid filter or sort. Every export is audited (an `export` entry of
    resource `customer_export`: who, when, the filters, the format and the number of rows).

    Args:
        limit (int | Unset): Page size, 1 to 200. Default: 50.
        cursor (str | Unset): Opaque cursor from a previous page's next_cursor.
        sort (CustomersExportSort | Unset): Sort field; prefix with '-' for descending.
        q (str | Unset): Free-text search; Chinese names also match by pinyin and initials.
        include_total (bool | Unset): Also count all matching rows (slower). Default: False.
        kind (CustomerKind | Unset):
        tier (str | Unset): A tier's code (A, B, C, D by default); case does not matter.
        stage (Stage | Unset): The life cycle: prospect → new → active → loyal, or at risk →
            churned (and back).
        status (CustomerStatus | Unset):
        owner_id (UUID | Unset): Customers of one owner.
        key_account (bool | Unset):
        strategic (bool | Unset):
        industry (str | Unset):
        source (Source | Unset):
        region (str | Unset):
        pool_id (UUID | Unset):
        territory_text (str | Unset): The free-text sales area.
        territory_id (UUID | Unset): Customers of a territory or of any territory below it.
        province (str | Unset):
        city (str | Unset):
        tag (str | Unset): Customers carrying this tag.
        created_from (datetime.datetime | Unset): Created at or after.
        created_to (datetime.datetime | Unset): Created at or before.
        follow_up_before (datetime.datetime | Unset): Last followed up before this time (or
            never).
        coord_system (CoordSystem | Unset): The datum a coordinate is in.
        format_ (CustomersExportFormat | Unset): csv (UTF-8 with a BOM) or xlsx. Default:
            CustomersExportFormat.CSV.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        File | Problem
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
        pool_id=pool_id,
        territory_text=territory_text,
        territory_id=territory_id,
        province=province,
        city=city,
        tag=tag,
        created_from=created_from,
        created_to=created_to,
        follow_up_before=follow_up_before,
        coord_system=coord_system,
        format_=format_,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 50,
    cursor: str | Unset = UNSET,
    sort: CustomersExportSort | Unset = UNSET,
    q: str | Unset = UNSET,
    include_total: bool | Unset = False,
    kind: CustomerKind | Unset = UNSET,
    tier: str | Unset = UNSET,
    stage: Stage | Unset = UNSET,
    status: CustomerStatus | Unset = UNSET,
    owner_id: UUID | Unset = UNSET,
    key_account: bool | Unset = UNSET,
    strategic: bool | Unset = UNSET,
    industry: str | Unset = UNSET,
    source: Source | Unset = UNSET,
    region: str | Unset = UNSET,
    pool_id: UUID | Unset = UNSET,
    territory_text: str | Unset = UNSET,
    territory_id: UUID | Unset = UNSET,
    province: str | Unset = UNSET,
    city: str | Unset = UNSET,
    tag: str | Unset = UNSET,
    created_from: datetime.datetime | Unset = UNSET,
    created_to: datetime.datetime | Unset = UNSET,
    follow_up_before: datetime.datetime | Unset = UNSET,
    coord_system: CoordSystem | Unset = UNSET,
    format_: CustomersExportFormat | Unset = CustomersExportFormat.CSV,
) -> Response[File | Problem]:
    """Export the customers the caller sees (the list's filters) as CSV or XLSX

     Requires `customer:export`; only customers within the caller's data scope, restricted fields left
    out as in the list. 422 for an invalid filter or sort. Every export is audited (an `export` entry of
    resource `customer_export`: who, when, the filters, the format and the number of rows).

    Args:
        limit (int | Unset): Page size, 1 to 200. Default: 50.
        cursor (str | Unset): Opaque cursor from a previous page's next_cursor.
        sort (CustomersExportSort | Unset): Sort field; prefix with '-' for descending.
        q (str | Unset): Free-text search; Chinese names also match by pinyin and initials.
        include_total (bool | Unset): Also count all matching rows (slower). Default: False.
        kind (CustomerKind | Unset):
        tier (str | Unset): A tier's code (A, B, C, D by default); case does not matter.
        stage (Stage | Unset): The life cycle: prospect → new → active → loyal, or at risk →
            churned (and back).
        status (CustomerStatus | Unset):
        owner_id (UUID | Unset): Customers of one owner.
        key_account (bool | Unset):
        strategic (bool | Unset):
        industry (str | Unset):
        source (Source | Unset):
        region (str | Unset):
        pool_id (UUID | Unset):
        territory_text (str | Unset): The free-text sales area.
        territory_id (UUID | Unset): Customers of a territory or of any territory below it.
        province (str | Unset):
        city (str | Unset):
        tag (str | Unset): Customers carrying this tag.
        created_from (datetime.datetime | Unset): Created at or after.
        created_to (datetime.datetime | Unset): Created at or before.
        follow_up_before (datetime.datetime | Unset): Last followed up before this time (or
            never).
        coord_system (CoordSystem | Unset): The datum a coordinate is in.
        format_ (CustomersExportFormat | Unset): csv (UTF-8 with a BOM) or xlsx. Default:
            CustomersExportFormat.CSV.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[File | Problem]
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
        pool_id=pool_id,
        territory_text=territory_text,
        territory_id=territory_id,
        province=province,
        city=city,
        tag=tag,
        created_from=created_from,
        created_to=created_to,
        follow_up_before=follow_up_before,
        coord_system=coord_system,
        format_=format_,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 50,
    cursor: str | Unset = UNSET,
    sort: CustomersExportSort | Unset = UNSET,
    q: str | Unset = UNSET,
    include_total: bool | Unset = False,
    kind: CustomerKind | Unset = UNSET,
    tier: str | Unset = UNSET,
    stage: Stage | Unset = UNSET,
    status: CustomerStatus | Unset = UNSET,
    owner_id: UUID | Unset = UNSET,
    key_account: bool | Unset = UNSET,
    strategic: bool | Unset = UNSET,
    industry: str | Unset = UNSET,
    source: Source | Unset = UNSET,
    region: str | Unset = UNSET,
    pool_id: UUID | Unset = UNSET,
    territory_text: str | Unset = UNSET,
    territory_id: UUID | Unset = UNSET,
    province: str | Unset = UNSET,
    city: str | Unset = UNSET,
    tag: str | Unset = UNSET,
    created_from: datetime.datetime | Unset = UNSET,
    created_to: datetime.datetime | Unset = UNSET,
    follow_up_before: datetime.datetime | Unset = UNSET,
    coord_system: CoordSystem | Unset = UNSET,
    format_: CustomersExportFormat | Unset = CustomersExportFormat.CSV,
) -> File | Problem | None:
    """Export the customers the caller sees (the list's filters) as CSV or XLSX

     Requires `customer:export`; only customers within the caller's data scope, restricted fields left
    out as in the list. 422 for an invalid filter or sort. Every export is audited (an `export` entry of
    resource `customer_export`: who, when, the filters, the format and the number of rows).

    Args:
        limit (int | Unset): Page size, 1 to 200. Default: 50.
        cursor (str | Unset): Opaque cursor from a previous page's next_cursor.
        sort (CustomersExportSort | Unset): Sort field; prefix with '-' for descending.
        q (str | Unset): Free-text search; Chinese names also match by pinyin and initials.
        include_total (bool | Unset): Also count all matching rows (slower). Default: False.
        kind (CustomerKind | Unset):
        tier (str | Unset): A tier's code (A, B, C, D by default); case does not matter.
        stage (Stage | Unset): The life cycle: prospect → new → active → loyal, or at risk →
            churned (and back).
        status (CustomerStatus | Unset):
        owner_id (UUID | Unset): Customers of one owner.
        key_account (bool | Unset):
        strategic (bool | Unset):
        industry (str | Unset):
        source (Source | Unset):
        region (str | Unset):
        pool_id (UUID | Unset):
        territory_text (str | Unset): The free-text sales area.
        territory_id (UUID | Unset): Customers of a territory or of any territory below it.
        province (str | Unset):
        city (str | Unset):
        tag (str | Unset): Customers carrying this tag.
        created_from (datetime.datetime | Unset): Created at or after.
        created_to (datetime.datetime | Unset): Created at or before.
        follow_up_before (datetime.datetime | Unset): Last followed up before this time (or
            never).
        coord_system (CoordSystem | Unset): The datum a coordinate is in.
        format_ (CustomersExportFormat | Unset): csv (UTF-8 with a BOM) or xlsx. Default:
            CustomersExportFormat.CSV.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        File | Problem
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
            pool_id=pool_id,
            territory_text=territory_text,
            territory_id=territory_id,
            province=province,
            city=city,
            tag=tag,
            created_from=created_from,
            created_to=created_to,
            follow_up_before=follow_up_before,
            coord_system=coord_system,
            format_=format_,
        )
    ).parsed
