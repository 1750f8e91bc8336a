from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.problem import Problem
from ...models.rules_out import RulesOut
from ...models.rules_put import RulesPut
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: RulesPut,
    if_match: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(if_match, Unset):
        headers["If-Match"] = if_match

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/api/v1/analytics/lifecycle-rules",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Problem | RulesOut | None:
    if response.status_code == 200:
        response_200 = RulesOut.from_dict(response.json())

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

    if response.status_code == 412:
        response_412 = Problem.from_dict(response.json())

        return response_412

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Problem | RulesOut]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: RulesPut,
    if_match: str | Unset = UNSET,
) -> Response[Problem | RulesOut]:
    """Replace the life-cycle rules

     Requires `lifecycle_rule:manage`. Send `If-Match` with the ETag (412 when stale). 422
    `thresholds_out_of_order` when `churned_after_days` is not more than `at_risk_after_days`. Audited.

    Args:
        if_match (str | Unset): The ETag you last read, e.g. "3" (or `*`, or a list of tags). If
            it names no current version of the record, the write answers 412 with the current ETag.
        body (RulesPut): Every rule, replaced as a whole.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | RulesOut]
    """

    kwargs = _get_kwargs(
        body=body,
        if_match=if_match,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: RulesPut,
    if_match: str | Unset = UNSET,
) -> Problem | RulesOut | None:
    """Replace the life-cycle rules

     Requires `lifecycle_rule:manage`. Send `If-Match` with the ETag (412 when stale). 422
    `thresholds_out_of_order` when `churned_after_days` is not more than `at_risk_after_days`. Audited.

    Args:
        if_match (str | Unset): The ETag you last read, e.g. "3" (or `*`, or a list of tags). If
            it names no current version of the record, the write answers 412 with the current ETag.
        body (RulesPut): Every rule, replaced as a whole.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | RulesOut
    """

    return sync_detailed(
        client=client,
        body=body,
        if_match=if_match,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: RulesPut,
    if_match: str | Unset = UNSET,
) -> Response[Problem | RulesOut]:
    """Replace the life-cycle rules

     Requires `lifecycle_rule:manage`. Send `If-Match` with the ETag (412 when stale). 422
    `thresholds_out_of_order` when `churned_after_days` is not more than `at_risk_after_days`. Audited.

    Args:
        if_match (str | Unset): The ETag you last read, e.g. "3" (or `*`, or a list of tags). If
            it names no current version of the record, the write answers 412 with the current ETag.
        body (RulesPut): Every rule, replaced as a whole.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | RulesOut]
    """

    kwargs = _get_kwargs(
        body=body,
        if_match=if_match,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: RulesPut,
    if_match: str | Unset = UNSET,
) -> Problem | RulesOut | None:
    """Replace the life-cycle rules

     Requires `lifecycle_rule:manage`. Send `If-Match` with the ETag (412 when stale). 422
    `thresholds_out_of_order` when `churned_after_days` is not more than `at_risk_after_days`. Audited.

    Args:
        if_match (str | Unset): The ETag you last read, e.g. "3" (or `*`, or a list of tags). If
            it names no current version of the record, the write answers 412 with the current ETag.
        body (RulesPut): Every rule, replaced as a whole.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | RulesOut
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            if_match=if_match,
        )
    ).parsed
