from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.dry_run import DryRun
from ...models.problem import Problem
from ...models.rule_change import RuleChange
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: RuleChange,
    idempotency_key: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(idempotency_key, Unset):
        headers["Idempotency-Key"] = idempotency_key

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/territory-rules/dry-run",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> DryRun | Problem | None:
    if response.status_code == 200:
        response_200 = DryRun.from_dict(response.json())

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[DryRun | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: RuleChange,
    idempotency_key: str | Unset = UNSET,
) -> Response[DryRun | Problem]:
    """Which customers a rule change would move, without changing anything

     Requires `territory:read` and `customer:read`. The proposed rules are the current active ones minus
    `remove`, with `edit` applied, plus `add` (an empty body: the current rules). Answers the number of
    live customers that would change territory, the counts per (from → to) and a page of them (`after`
    for the next). A customer no rule matches keeps its territory. 422 naming the field when a rule or
    territory named does not exist.

    Args:
        idempotency_key (str | Unset):
        body (RuleChange): A change to the rules, tried without saving: the current active rules,
            minus `remove`,
            with `edit` applied, plus `add`. Empty: the current rules as they are.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DryRun | Problem]
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
    body: RuleChange,
    idempotency_key: str | Unset = UNSET,
) -> DryRun | Problem | None:
    """Which customers a rule change would move, without changing anything

     Requires `territory:read` and `customer:read`. The proposed rules are the current active ones minus
    `remove`, with `edit` applied, plus `add` (an empty body: the current rules). Answers the number of
    live customers that would change territory, the counts per (from → to) and a page of them (`after`
    for the next). A customer no rule matches keeps its territory. 422 naming the field when a rule or
    territory named does not exist.

    Args:
        idempotency_key (str | Unset):
        body (RuleChange): A change to the rules, tried without saving: the current active rules,
            minus `remove`,
            with `edit` applied, plus `add`. Empty: the current rules as they are.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DryRun | Problem
    """

    return sync_detailed(
        client=client,
        body=body,
        idempotency_key=idempotency_key,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: RuleChange,
    idempotency_key: str | Unset = UNSET,
) -> Response[DryRun | Problem]:
    """Which customers a rule change would move, without changing anything

     Requires `territory:read` and `customer:read`. The proposed rules are the current active ones minus
    `remove`, with `edit` applied, plus `add` (an empty body: the current rules). Answers the number of
    live customers that would change territory, the counts per (from → to) and a page of them (`after`
    for the next). A customer no rule matches keeps its territory. 422 naming the field when a rule or
    territory named does not exist.

    Args:
        idempotency_key (str | Unset):
        body (RuleChange): A change to the rules, tried without saving: the current active rules,
            minus `remove`,
            with `edit` applied, plus `add`. Empty: the current rules as they are.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DryRun | Problem]
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
    body: RuleChange,
    idempotency_key: str | Unset = UNSET,
) -> DryRun | Problem | None:
    """Which customers a rule change would move, without changing anything

     Requires `territory:read` and `customer:read`. The proposed rules are the current active ones minus
    `remove`, with `edit` applied, plus `add` (an empty body: the current rules). Answers the number of
    live customers that would change territory, the counts per (from → to) and a page of them (`after`
    for the next). A customer no rule matches keeps its territory. 422 naming the field when a rule or
    territory named does not exist.

    Args:
        idempotency_key (str | Unset):
        body (RuleChange): A change to the rules, tried without saving: the current active rules,
            minus `remove`,
            with `edit` applied, plus `add`. Empty: the current rules as they are.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DryRun | Problem
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            idempotency_key=idempotency_key,
        )
    ).parsed
