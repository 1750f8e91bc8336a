from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.churn_risk_out import ChurnRiskOut
from ...models.problem import Problem
from ...types import Response


def _get_kwargs(
    record_id: UUID,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/analytics/churn-risks/{record_id}".format(
            record_id=quote(str(record_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ChurnRiskOut | Problem | None:
    if response.status_code == 200:
        response_200 = ChurnRiskOut.from_dict(response.json())

        return response_200

    if response.status_code == 401:
        response_401 = Problem.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = Problem.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = Problem.from_dict(response.json())

        return response_404

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
) -> Response[ChurnRiskOut | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    record_id: UUID,
    *,
    client: AuthenticatedClient,
) -> Response[ChurnRiskOut | Problem]:
    """One customer's churn risk with its reasons in words

     Requires `customer:read`. A live owned customer without a reason answers score 0, level low, no
    reasons, as of the last recompute. 404 for a customer outside the caller's data scope, deleted,
    without an owner, or before the first recompute.

    Args:
        record_id (UUID): The record's id (UUID).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ChurnRiskOut | Problem]
    """

    kwargs = _get_kwargs(
        record_id=record_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    record_id: UUID,
    *,
    client: AuthenticatedClient,
) -> ChurnRiskOut | Problem | None:
    """One customer's churn risk with its reasons in words

     Requires `customer:read`. A live owned customer without a reason answers score 0, level low, no
    reasons, as of the last recompute. 404 for a customer outside the caller's data scope, deleted,
    without an owner, or before the first recompute.

    Args:
        record_id (UUID): The record's id (UUID).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ChurnRiskOut | Problem
    """

    return sync_detailed(
        record_id=record_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    record_id: UUID,
    *,
    client: AuthenticatedClient,
) -> Response[ChurnRiskOut | Problem]:
    """One customer's churn risk with its reasons in words

     Requires `customer:read`. A live owned customer without a reason answers score 0, level low, no
    reasons, as of the last recompute. 404 for a customer outside the caller's data scope, deleted,
    without an owner, or before the first recompute.

    Args:
        record_id (UUID): The record's id (UUID).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ChurnRiskOut | Problem]
    """

    kwargs = _get_kwargs(
        record_id=record_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    record_id: UUID,
    *,
    client: AuthenticatedClient,
) -> ChurnRiskOut | Problem | None:
    """One customer's churn risk with its reasons in words

     Requires `customer:read`. A live owned customer without a reason answers score 0, level low, no
    reasons, as of the last recompute. 404 for a customer outside the caller's data scope, deleted,
    without an owner, or before the first recompute.

    Args:
        record_id (UUID): The record's id (UUID).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ChurnRiskOut | Problem
    """

    return (
        await asyncio_detailed(
            record_id=record_id,
            client=client,
        )
    ).parsed
