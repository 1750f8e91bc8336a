import datetime
from http import HTTPStatus
from typing import Any
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.churn_risk_report import ChurnRiskReport
from ...models.problem import Problem
from ...models.time_bucket import TimeBucket
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    date_from: datetime.date | Unset = UNSET,
    date_to: datetime.date | Unset = UNSET,
    bucket: TimeBucket | Unset = UNSET,
    department_id: UUID | Unset = UNSET,
    territory_id: UUID | Unset = UNSET,
    employee_id: UUID | Unset = UNSET,
    product_id: UUID | Unset = UNSET,
    tier: str | Unset = UNSET,
    pipeline_id: UUID | Unset = UNSET,
    currency: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_date_from: str | Unset = UNSET
    if not isinstance(date_from, Unset):
        json_date_from = date_from.isoformat()
    params["date_from"] = json_date_from

    json_date_to: str | Unset = UNSET
    if not isinstance(date_to, Unset):
        json_date_to = date_to.isoformat()
    params["date_to"] = json_date_to

    json_bucket: str | Unset = UNSET
    if not isinstance(bucket, Unset):
        json_bucket = bucket.value

    params["bucket"] = json_bucket

    json_department_id: str | Unset = UNSET
    if not isinstance(department_id, Unset):
        json_department_id = str(department_id)
    params["department_id"] = json_department_id

    json_territory_id: str | Unset = UNSET
    if not isinstance(territory_id, Unset):
        json_territory_id = str(territory_id)
    params["territory_id"] = json_territory_id

    json_employee_id: str | Unset = UNSET
    if not isinstance(employee_id, Unset):
        json_employee_id = str(employee_id)
    params["employee_id"] = json_employee_id

    json_product_id: str | Unset = UNSET
    if not isinstance(product_id, Unset):
        json_product_id = str(product_id)
    params["product_id"] = json_product_id

    params["tier"] = tier

    json_pipeline_id: str | Unset = UNSET
    if not isinstance(pipeline_id, Unset):
        json_pipeline_id = str(pipeline_id)
    params["pipeline_id"] = json_pipeline_id

    params["currency"] = currency

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/analytics/churn-risk",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ChurnRiskReport | Problem | None:
    if response.status_code == 200:
        response_200 = ChurnRiskReport.from_dict(response.json())

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
) -> Response[ChurnRiskReport | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    date_from: datetime.date | Unset = UNSET,
    date_to: datetime.date | Unset = UNSET,
    bucket: TimeBucket | Unset = UNSET,
    department_id: UUID | Unset = UNSET,
    territory_id: UUID | Unset = UNSET,
    employee_id: UUID | Unset = UNSET,
    product_id: UUID | Unset = UNSET,
    tier: str | Unset = UNSET,
    pipeline_id: UUID | Unset = UNSET,
    currency: str | Unset = UNSET,
) -> Response[ChurnRiskReport | Problem]:
    """Customers per churn-risk level and their average score, per owner

     The owned customers in the caller's scope, per owner: how many at low, medium and high churn risk,
    and their average score (as last recomputed; a customer without a reason, or added since, scores 0;
    none before the first recompute; the period does not apply).

    Requires `customer:read`; counts only records within the caller's data scope. Narrowing filters it
    honours: `department_id`, `territory_id`, `employee_id`, `tier` (any other is a 422
    `filter_not_supported`). 422 for an invalid period (`range_reversed`, `period_too_long`) or too many
    buckets (`too_many_buckets`).

    Args:
        date_from (datetime.date | Unset): First day of the period (default: 364 days before
            date_to)
        date_to (datetime.date | Unset): Last day of the period (default: today)
        bucket (TimeBucket | Unset):
        department_id (UUID | Unset): Only the records of employees in this department or below it
        territory_id (UUID | Unset): Only customers in this territory or below it
        employee_id (UUID | Unset): Only this employee's records
        product_id (UUID | Unset): Only records with this product
        tier (str | Unset): Only customers of this tier code
        pipeline_id (UUID | Unset): Only deals of this pipeline
        currency (str | Unset): Only amounts in this currency

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ChurnRiskReport | Problem]
    """

    kwargs = _get_kwargs(
        date_from=date_from,
        date_to=date_to,
        bucket=bucket,
        department_id=department_id,
        territory_id=territory_id,
        employee_id=employee_id,
        product_id=product_id,
        tier=tier,
        pipeline_id=pipeline_id,
        currency=currency,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    date_from: datetime.date | Unset = UNSET,
    date_to: datetime.date | Unset = UNSET,
    bucket: TimeBucket | Unset = UNSET,
    department_id: UUID | Unset = UNSET,
    territory_id: UUID | Unset = UNSET,
    employee_id: UUID | Unset = UNSET,
    product_id: UUID | Unset = UNSET,
    tier: str | Unset = UNSET,
    pipeline_id: UUID | Unset = UNSET,
    currency: str | Unset = UNSET,
) -> ChurnRiskReport | Problem | None:
    """Customers per churn-risk level and their average score, per owner

     The owned customers in the caller's scope, per owner: how many at low, medium and high churn risk,
    and their average score (as last recomputed; a customer without a reason, or added since, scores 0;
    none before the first recompute; the period does not apply).

    Requires `customer:read`; counts only records within the caller's data scope. Narrowing filters it
    honours: `department_id`, `territory_id`, `employee_id`, `tier` (any other is a 422
    `filter_not_supported`). 422 for an invalid period (`range_reversed`, `period_too_long`) or too many
    buckets (`too_many_buckets`).

    Args:
        date_from (datetime.date | Unset): First day of the period (default: 364 days before
            date_to)
        date_to (datetime.date | Unset): Last day of the period (default: today)
        bucket (TimeBucket | Unset):
        department_id (UUID | Unset): Only the records of employees in this department or below it
        territory_id (UUID | Unset): Only customers in this territory or below it
        employee_id (UUID | Unset): Only this employee's records
        product_id (UUID | Unset): Only records with this product
        tier (str | Unset): Only customers of this tier code
        pipeline_id (UUID | Unset): Only deals of this pipeline
        currency (str | Unset): Only amounts in this currency

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ChurnRiskReport | Problem
    """

    return sync_detailed(
        client=client,
        date_from=date_from,
        date_to=date_to,
        bucket=bucket,
        department_id=department_id,
        territory_id=territory_id,
        employee_id=employee_id,
        product_id=product_id,
        tier=tier,
        pipeline_id=pipeline_id,
        currency=currency,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    date_from: datetime.date | Unset = UNSET,
    date_to: datetime.date | Unset = UNSET,
    bucket: TimeBucket | Unset = UNSET,
    department_id: UUID | Unset = UNSET,
    territory_id: UUID | Unset = UNSET,
    employee_id: UUID | Unset = UNSET,
    product_id: UUID | Unset = UNSET,
    tier: str | Unset = UNSET,
    pipeline_id: UUID | Unset = UNSET,
    currency: str | Unset = UNSET,
) -> Response[ChurnRiskReport | Problem]:
    """Customers per churn-risk level and their average score, per owner

     The owned customers in the caller's scope, per owner: how many at low, medium and high churn risk,
    and their average score (as last recomputed; a customer without a reason, or added since, scores 0;
    none before the first recompute; the period does not apply).

    Requires `customer:read`; counts only records within the caller's data scope. Narrowing filters it
    honours: `department_id`, `territory_id`, `employee_id`, `tier` (any other is a 422
    `filter_not_supported`). 422 for an invalid period (`range_reversed`, `period_too_long`) or too many
    buckets (`too_many_buckets`).

    Args:
        date_from (datetime.date | Unset): First day of the period (default: 364 days before
            date_to)
        date_to (datetime.date | Unset): Last day of the period (default: today)
        bucket (TimeBucket | Unset):
        department_id (UUID | Unset): Only the records of employees in this department or below it
        territory_id (UUID | Unset): Only customers in this territory or below it
        employee_id (UUID | Unset): Only this employee's records
        product_id (UUID | Unset): Only records with this product
        tier (str | Unset): Only customers of this tier code
        pipeline_id (UUID | Unset): Only deals of this pipeline
        currency (str | Unset): Only amounts in this currency

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ChurnRiskReport | Problem]
    """

    kwargs = _get_kwargs(
        date_from=date_from,
        date_to=date_to,
        bucket=bucket,
        department_id=department_id,
        territory_id=territory_id,
        employee_id=employee_id,
        product_id=product_id,
        tier=tier,
        pipeline_id=pipeline_id,
        currency=currency,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    date_from: datetime.date | Unset = UNSET,
    date_to: datetime.date | Unset = UNSET,
    bucket: TimeBucket | Unset = UNSET,
    department_id: UUID | Unset = UNSET,
    territory_id: UUID | Unset = UNSET,
    employee_id: UUID | Unset = UNSET,
    product_id: UUID | Unset = UNSET,
    tier: str | Unset = UNSET,
    pipeline_id: UUID | Unset = UNSET,
    currency: str | Unset = UNSET,
) -> ChurnRiskReport | Problem | None:
    """Customers per churn-risk level and their average score, per owner

     The owned customers in the caller's scope, per owner: how many at low, medium and high churn risk,
    and their average score (as last recomputed; a customer without a reason, or added since, scores 0;
    none before the first recompute; the period does not apply).

    Requires `customer:read`; counts only records within the caller's data scope. Narrowing filters it
    honours: `department_id`, `territory_id`, `employee_id`, `tier` (any other is a 422
    `filter_not_supported`). 422 for an invalid period (`range_reversed`, `period_too_long`) or too many
    buckets (`too_many_buckets`).

    Args:
        date_from (datetime.date | Unset): First day of the period (default: 364 days before
            date_to)
        date_to (datetime.date | Unset): Last day of the period (default: today)
        bucket (TimeBucket | Unset):
        department_id (UUID | Unset): Only the records of employees in this department or below it
        territory_id (UUID | Unset): Only customers in this territory or below it
        employee_id (UUID | Unset): Only this employee's records
        product_id (UUID | Unset): Only records with this product
        tier (str | Unset): Only customers of this tier code
        pipeline_id (UUID | Unset): Only deals of this pipeline
        currency (str | Unset): Only amounts in this currency

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ChurnRiskReport | Problem
    """

    return (
        await asyncio_detailed(
            client=client,
            date_from=date_from,
            date_to=date_to,
            bucket=bucket,
            department_id=department_id,
            territory_id=territory_id,
            employee_id=employee_id,
            product_id=product_id,
            tier=tier,
            pipeline_id=pipeline_id,
            currency=currency,
        )
    ).parsed
