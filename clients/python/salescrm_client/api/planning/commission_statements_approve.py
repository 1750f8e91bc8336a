from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.commission_period_in import CommissionPeriodIn
from ...models.commission_period_out import CommissionPeriodOut
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: CommissionPeriodIn,
    idempotency_key: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(idempotency_key, Unset):
        headers["Idempotency-Key"] = idempotency_key

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/commission-statements/approve",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CommissionPeriodOut | Problem | None:
    if response.status_code == 200:
        response_200 = CommissionPeriodOut.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = Problem.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = Problem.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = Problem.from_dict(response.json())

        return response_403

    if response.status_code == 409:
        response_409 = Problem.from_dict(response.json())

        return response_409

    if response.status_code == 415:
        response_415 = Problem.from_dict(response.json())

        return response_415

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
) -> Response[CommissionPeriodOut | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: CommissionPeriodIn,
    idempotency_key: str | Unset = UNSET,
) -> Response[CommissionPeriodOut | Problem]:
    """Approve and lock a plan's statements for a period; each employee is notified

     Requires `commission:approve`. Every statement of the plan's period becomes `approved` and is locked
    (a later compute answers 409); each employee gets a `commission_statement` notification. 409
    `commission_period_not_computed` when the period has no statements; 409 `commission_period_locked`
    when it was approved already. 422 as for compute.

    Args:
        idempotency_key (str | Unset):
        body (CommissionPeriodIn):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CommissionPeriodOut | Problem]
    """

    kwargs = _get_kwargs(
        body=body,
        idempotency_key=idempotency_key,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: CommissionPeriodIn,
    idempotency_key: str | Unset = UNSET,
) -> CommissionPeriodOut | Problem | None:
    """Approve and lock a plan's statements for a period; each employee is notified

     Requires `commission:approve`. Every statement of the plan's period becomes `approved` and is locked
    (a later compute answers 409); each employee gets a `commission_statement` notification. 409
    `commission_period_not_computed` when the period has no statements; 409 `commission_period_locked`
    when it was approved already. 422 as for compute.

    Args:
        idempotency_key (str | Unset):
        body (CommissionPeriodIn):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CommissionPeriodOut | Problem
    """

    return sync_detailed(
        client=client,
        body=body,
        idempotency_key=idempotency_key,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: CommissionPeriodIn,
    idempotency_key: str | Unset = UNSET,
) -> Response[CommissionPeriodOut | Problem]:
    """Approve and lock a plan's statements for a period; each employee is notified

     Requires `commission:approve`. Every statement of the plan's period becomes `approved` and is locked
    (a later compute answers 409); each employee gets a `commission_statement` notification. 409
    `commission_period_not_computed` when the period has no statements; 409 `commission_period_locked`
    when it was approved already. 422 as for compute.

    Args:
        idempotency_key (str | Unset):
        body (CommissionPeriodIn):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CommissionPeriodOut | Problem]
    """

    kwargs = _get_kwargs(
        body=body,
        idempotency_key=idempotency_key,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: CommissionPeriodIn,
    idempotency_key: str | Unset = UNSET,
) -> CommissionPeriodOut | Problem | None:
    """Approve and lock a plan's statements for a period; each employee is notified

     Requires `commission:approve`. Every statement of the plan's period becomes `approved` and is locked
    (a later compute answers 409); each employee gets a `commission_statement` notification. 409
    `commission_period_not_computed` when the period has no statements; 409 `commission_period_locked`
    when it was approved already. 422 as for compute.

    Args:
        idempotency_key (str | Unset):
        body (CommissionPeriodIn):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CommissionPeriodOut | Problem
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            idempotency_key=idempotency_key,
        )
    ).parsed
