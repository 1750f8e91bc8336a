import datetime
from http import HTTPStatus
from typing import Any
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.bucket import Bucket
from ...models.pool_statistics import PoolStatistics
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    start_date: datetime.date | Unset = UNSET,
    end_date: datetime.date | Unset = UNSET,
    bucket: Bucket | Unset = UNSET,
    pool_id: UUID | Unset = UNSET,
    default_pool: bool | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_start_date: str | Unset = UNSET
    if not isinstance(start_date, Unset):
        json_start_date = start_date.isoformat()
    params["start_date"] = json_start_date

    json_end_date: str | Unset = UNSET
    if not isinstance(end_date, Unset):
        json_end_date = end_date.isoformat()
    params["end_date"] = json_end_date

    json_bucket: str | Unset = UNSET
    if not isinstance(bucket, Unset):
        json_bucket = bucket.value

    params["bucket"] = json_bucket

    json_pool_id: str | Unset = UNSET
    if not isinstance(pool_id, Unset):
        json_pool_id = str(pool_id)
    params["pool_id"] = json_pool_id

    params["default_pool"] = default_pool

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/customer-pools/statistics",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> PoolStatistics | Problem | None:
    if response.status_code == 200:
        response_200 = PoolStatistics.from_dict(response.json())

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
) -> Response[PoolStatistics | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    start_date: datetime.date | Unset = UNSET,
    end_date: datetime.date | Unset = UNSET,
    bucket: Bucket | Unset = UNSET,
    pool_id: UUID | Unset = UNSET,
    default_pool: bool | Unset = UNSET,
) -> Response[PoolStatistics | Problem]:
    """Claims, releases, returns and conversions per pool and period, releases by reason

     Requires `customer:assign` (managers). Counts the default pool and the pools the caller is a member
    of (every pool for a company-wide scope). Days are in the business time zone; the period is at most
    two years (422 `period_too_long`, `range_reversed`). 422 when `pool_id` is not a pool the caller may
    see.

    Args:
        start_date (datetime.date | Unset): First day counted (business time zone); default: 29
            days before end_date.
        end_date (datetime.date | Unset): Last day counted; default: today.
        bucket (Bucket | Unset):
        pool_id (UUID | Unset): One named pool only.
        default_pool (bool | Unset): true: the default pool only.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PoolStatistics | Problem]
    """

    kwargs = _get_kwargs(
        start_date=start_date,
        end_date=end_date,
        bucket=bucket,
        pool_id=pool_id,
        default_pool=default_pool,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    start_date: datetime.date | Unset = UNSET,
    end_date: datetime.date | Unset = UNSET,
    bucket: Bucket | Unset = UNSET,
    pool_id: UUID | Unset = UNSET,
    default_pool: bool | Unset = UNSET,
) -> PoolStatistics | Problem | None:
    """Claims, releases, returns and conversions per pool and period, releases by reason

     Requires `customer:assign` (managers). Counts the default pool and the pools the caller is a member
    of (every pool for a company-wide scope). Days are in the business time zone; the period is at most
    two years (422 `period_too_long`, `range_reversed`). 422 when `pool_id` is not a pool the caller may
    see.

    Args:
        start_date (datetime.date | Unset): First day counted (business time zone); default: 29
            days before end_date.
        end_date (datetime.date | Unset): Last day counted; default: today.
        bucket (Bucket | Unset):
        pool_id (UUID | Unset): One named pool only.
        default_pool (bool | Unset): true: the default pool only.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PoolStatistics | Problem
    """

    return sync_detailed(
        client=client,
        start_date=start_date,
        end_date=end_date,
        bucket=bucket,
        pool_id=pool_id,
        default_pool=default_pool,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    start_date: datetime.date | Unset = UNSET,
    end_date: datetime.date | Unset = UNSET,
    bucket: Bucket | Unset = UNSET,
    pool_id: UUID | Unset = UNSET,
    default_pool: bool | Unset = UNSET,
) -> Response[PoolStatistics | Problem]:
    """Claims, releases, returns and conversions per pool and period, releases by reason

     Requires `customer:assign` (managers). Counts the default pool and the pools the caller is a member
    of (every pool for a company-wide scope). Days are in the business time zone; the period is at most
    two years (422 `period_too_long`, `range_reversed`). 422 when `pool_id` is not a pool the caller may
    see.

    Args:
        start_date (datetime.date | Unset): First day counted (business time zone); default: 29
            days before end_date.
        end_date (datetime.date | Unset): Last day counted; default: today.
        bucket (Bucket | Unset):
        pool_id (UUID | Unset): One named pool only.
        default_pool (bool | Unset): true: the default pool only.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PoolStatistics | Problem]
    """

    kwargs = _get_kwargs(
        start_date=start_date,
        end_date=end_date,
        bucket=bucket,
        pool_id=pool_id,
        default_pool=default_pool,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    start_date: datetime.date | Unset = UNSET,
    end_date: datetime.date | Unset = UNSET,
    bucket: Bucket | Unset = UNSET,
    pool_id: UUID | Unset = UNSET,
    default_pool: bool | Unset = UNSET,
) -> PoolStatistics | Problem | None:
    """Claims, releases, returns and conversions per pool and period, releases by reason

     Requires `customer:assign` (managers). Counts the default pool and the pools the caller is a member
    of (every pool for a company-wide scope). Days are in the business time zone; the period is at most
    two years (422 `period_too_long`, `range_reversed`). 422 when `pool_id` is not a pool the caller may
    see.

    Args:
        start_date (datetime.date | Unset): First day counted (business time zone); default: 29
            days before end_date.
        end_date (datetime.date | Unset): Last day counted; default: today.
        bucket (Bucket | Unset):
        pool_id (UUID | Unset): One named pool only.
        default_pool (bool | Unset): true: the default pool only.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PoolStatistics | Problem
    """

    return (
        await asyncio_detailed(
            client=client,
            start_date=start_date,
            end_date=end_date,
            bucket=bucket,
            pool_id=pool_id,
            default_pool=default_pool,
        )
    ).parsed
