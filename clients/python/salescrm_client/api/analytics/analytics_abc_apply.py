from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.abc_apply import AbcApply
from ...models.abc_apply_result import AbcApplyResult
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: AbcApply,
    idempotency_key: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(idempotency_key, Unset):
        headers["Idempotency-Key"] = idempotency_key

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/analytics/abc/apply",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AbcApplyResult | Problem | None:
    if response.status_code == 200:
        response_200 = AbcApplyResult.from_dict(response.json())

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
) -> Response[AbcApplyResult | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: AbcApply,
    idempotency_key: str | Unset = UNSET,
) -> Response[AbcApplyResult | Problem]:
    """Set customers' tiers to the tier their ABC class suggests

     Requires `customer:read` and `customer:write`. Chooses the live customers in the caller's data scope
    (`customer_ids`, up to 1,000, or all of them), optionally of one `abc_class`, and sets the tier of
    each one the caller may change to its `suggested_tier` (from the last recompute): each change is an
    audited customer update with a change event. Customers without a suggestion, and those the caller
    may only read, are skipped. `dry_run` counts without changing. 422 naming the index of a customer id
    that does not exist or is outside the caller's data scope.

    Args:
        idempotency_key (str | Unset):
        body (AbcApply):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AbcApplyResult | Problem]
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
    body: AbcApply,
    idempotency_key: str | Unset = UNSET,
) -> AbcApplyResult | Problem | None:
    """Set customers' tiers to the tier their ABC class suggests

     Requires `customer:read` and `customer:write`. Chooses the live customers in the caller's data scope
    (`customer_ids`, up to 1,000, or all of them), optionally of one `abc_class`, and sets the tier of
    each one the caller may change to its `suggested_tier` (from the last recompute): each change is an
    audited customer update with a change event. Customers without a suggestion, and those the caller
    may only read, are skipped. `dry_run` counts without changing. 422 naming the index of a customer id
    that does not exist or is outside the caller's data scope.

    Args:
        idempotency_key (str | Unset):
        body (AbcApply):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AbcApplyResult | Problem
    """

    return sync_detailed(
        client=client,
        body=body,
        idempotency_key=idempotency_key,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: AbcApply,
    idempotency_key: str | Unset = UNSET,
) -> Response[AbcApplyResult | Problem]:
    """Set customers' tiers to the tier their ABC class suggests

     Requires `customer:read` and `customer:write`. Chooses the live customers in the caller's data scope
    (`customer_ids`, up to 1,000, or all of them), optionally of one `abc_class`, and sets the tier of
    each one the caller may change to its `suggested_tier` (from the last recompute): each change is an
    audited customer update with a change event. Customers without a suggestion, and those the caller
    may only read, are skipped. `dry_run` counts without changing. 422 naming the index of a customer id
    that does not exist or is outside the caller's data scope.

    Args:
        idempotency_key (str | Unset):
        body (AbcApply):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AbcApplyResult | Problem]
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
    body: AbcApply,
    idempotency_key: str | Unset = UNSET,
) -> AbcApplyResult | Problem | None:
    """Set customers' tiers to the tier their ABC class suggests

     Requires `customer:read` and `customer:write`. Chooses the live customers in the caller's data scope
    (`customer_ids`, up to 1,000, or all of them), optionally of one `abc_class`, and sets the tier of
    each one the caller may change to its `suggested_tier` (from the last recompute): each change is an
    audited customer update with a change event. Customers without a suggestion, and those the caller
    may only read, are skipped. `dry_run` counts without changing. 422 naming the index of a customer id
    that does not exist or is outside the caller's data scope.

    Args:
        idempotency_key (str | Unset):
        body (AbcApply):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AbcApplyResult | Problem
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            idempotency_key=idempotency_key,
        )
    ).parsed
