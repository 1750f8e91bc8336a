from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.insights_recompute_result import InsightsRecomputeResult
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    idempotency_key: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(idempotency_key, Unset):
        headers["Idempotency-Key"] = idempotency_key

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/analytics/customer-insights/recompute",
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> InsightsRecomputeResult | Problem | None:
    if response.status_code == 200:
        response_200 = InsightsRecomputeResult.from_dict(response.json())

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
) -> Response[InsightsRecomputeResult | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    idempotency_key: str | Unset = UNSET,
) -> Response[InsightsRecomputeResult | Problem]:
    """Recompute every customer's value insights (and churn risk) now

     Requires `customer_insight:recompute`. Rewrites the value insights of every live customer with a
    purchase (RFM, ABC, lifetime value, loyalty) in one set-based statement (a customer without one
    reads the empty insight), then runs every registered step (life cycle and churn risk) in the same
    transaction. The daily job does the same. Answers the rows written per step and the duration.

    Args:
        idempotency_key (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[InsightsRecomputeResult | Problem]
    """

    kwargs = _get_kwargs(
        idempotency_key=idempotency_key,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    idempotency_key: str | Unset = UNSET,
) -> InsightsRecomputeResult | Problem | None:
    """Recompute every customer's value insights (and churn risk) now

     Requires `customer_insight:recompute`. Rewrites the value insights of every live customer with a
    purchase (RFM, ABC, lifetime value, loyalty) in one set-based statement (a customer without one
    reads the empty insight), then runs every registered step (life cycle and churn risk) in the same
    transaction. The daily job does the same. Answers the rows written per step and the duration.

    Args:
        idempotency_key (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        InsightsRecomputeResult | Problem
    """

    return sync_detailed(
        client=client,
        idempotency_key=idempotency_key,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    idempotency_key: str | Unset = UNSET,
) -> Response[InsightsRecomputeResult | Problem]:
    """Recompute every customer's value insights (and churn risk) now

     Requires `customer_insight:recompute`. Rewrites the value insights of every live customer with a
    purchase (RFM, ABC, lifetime value, loyalty) in one set-based statement (a customer without one
    reads the empty insight), then runs every registered step (life cycle and churn risk) in the same
    transaction. The daily job does the same. Answers the rows written per step and the duration.

    Args:
        idempotency_key (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[InsightsRecomputeResult | Problem]
    """

    kwargs = _get_kwargs(
        idempotency_key=idempotency_key,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    idempotency_key: str | Unset = UNSET,
) -> InsightsRecomputeResult | Problem | None:
    """Recompute every customer's value insights (and churn risk) now

     Requires `customer_insight:recompute`. Rewrites the value insights of every live customer with a
    purchase (RFM, ABC, lifetime value, loyalty) in one set-based statement (a customer without one
    reads the empty insight), then runs every registered step (life cycle and churn risk) in the same
    transaction. The daily job does the same. Answers the rows written per step and the duration.

    Args:
        idempotency_key (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        InsightsRecomputeResult | Problem
    """

    return (
        await asyncio_detailed(
            client=client,
            idempotency_key=idempotency_key,
        )
    ).parsed
