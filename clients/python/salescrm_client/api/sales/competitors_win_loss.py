import datetime
from http import HTTPStatus
from typing import Any
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.problem import Problem
from ...models.win_loss_report import WinLossReport
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    closed_from: datetime.date,
    closed_to: datetime.date,
    owner_id: UUID | Unset = UNSET,
    pipeline_id: UUID | Unset = UNSET,
    competitor_id: UUID | Unset = UNSET,
    top_reasons: int | Unset = 3,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_closed_from = closed_from.isoformat()
    params["closed_from"] = json_closed_from

    json_closed_to = closed_to.isoformat()
    params["closed_to"] = json_closed_to

    json_owner_id: str | Unset = UNSET
    if not isinstance(owner_id, Unset):
        json_owner_id = str(owner_id)
    params["owner_id"] = json_owner_id

    json_pipeline_id: str | Unset = UNSET
    if not isinstance(pipeline_id, Unset):
        json_pipeline_id = str(pipeline_id)
    params["pipeline_id"] = json_pipeline_id

    json_competitor_id: str | Unset = UNSET
    if not isinstance(competitor_id, Unset):
        json_competitor_id = str(competitor_id)
    params["competitor_id"] = json_competitor_id

    params["top_reasons"] = top_reasons

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/competitors/win-loss",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Problem | WinLossReport | None:
    if response.status_code == 200:
        response_200 = WinLossReport.from_dict(response.json())

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
) -> Response[Problem | WinLossReport]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    closed_from: datetime.date,
    closed_to: datetime.date,
    owner_id: UUID | Unset = UNSET,
    pipeline_id: UUID | Unset = UNSET,
    competitor_id: UUID | Unset = UNSET,
    top_reasons: int | Unset = 3,
) -> Response[Problem | WinLossReport]:
    """Win/loss against each competitor over the deals closed in a period (caller's scope)

     Requires `opportunity:read` and `competitor:read`; counts only deals within the caller's data scope.
    422 for an invalid period.

    Args:
        closed_from (datetime.date): Deals closed (won or lost) on or after this date.
        closed_to (datetime.date): … and on or before this one.
        owner_id (UUID | Unset): Only one owner's deals.
        pipeline_id (UUID | Unset):
        competitor_id (UUID | Unset): Only one competitor.
        top_reasons (int | Unset): How many loss reasons per competitor. Default: 3.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | WinLossReport]
    """

    kwargs = _get_kwargs(
        closed_from=closed_from,
        closed_to=closed_to,
        owner_id=owner_id,
        pipeline_id=pipeline_id,
        competitor_id=competitor_id,
        top_reasons=top_reasons,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    closed_from: datetime.date,
    closed_to: datetime.date,
    owner_id: UUID | Unset = UNSET,
    pipeline_id: UUID | Unset = UNSET,
    competitor_id: UUID | Unset = UNSET,
    top_reasons: int | Unset = 3,
) -> Problem | WinLossReport | None:
    """Win/loss against each competitor over the deals closed in a period (caller's scope)

     Requires `opportunity:read` and `competitor:read`; counts only deals within the caller's data scope.
    422 for an invalid period.

    Args:
        closed_from (datetime.date): Deals closed (won or lost) on or after this date.
        closed_to (datetime.date): … and on or before this one.
        owner_id (UUID | Unset): Only one owner's deals.
        pipeline_id (UUID | Unset):
        competitor_id (UUID | Unset): Only one competitor.
        top_reasons (int | Unset): How many loss reasons per competitor. Default: 3.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | WinLossReport
    """

    return sync_detailed(
        client=client,
        closed_from=closed_from,
        closed_to=closed_to,
        owner_id=owner_id,
        pipeline_id=pipeline_id,
        competitor_id=competitor_id,
        top_reasons=top_reasons,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    closed_from: datetime.date,
    closed_to: datetime.date,
    owner_id: UUID | Unset = UNSET,
    pipeline_id: UUID | Unset = UNSET,
    competitor_id: UUID | Unset = UNSET,
    top_reasons: int | Unset = 3,
) -> Response[Problem | WinLossReport]:
    """Win/loss against each competitor over the deals closed in a period (caller's scope)

     Requires `opportunity:read` and `competitor:read`; counts only deals within the caller's data scope.
    422 for an invalid period.

    Args:
        closed_from (datetime.date): Deals closed (won or lost) on or after this date.
        closed_to (datetime.date): … and on or before this one.
        owner_id (UUID | Unset): Only one owner's deals.
        pipeline_id (UUID | Unset):
        competitor_id (UUID | Unset): Only one competitor.
        top_reasons (int | Unset): How many loss reasons per competitor. Default: 3.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | WinLossReport]
    """

    kwargs = _get_kwargs(
        closed_from=closed_from,
        closed_to=closed_to,
        owner_id=owner_id,
        pipeline_id=pipeline_id,
        competitor_id=competitor_id,
        top_reasons=top_reasons,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    closed_from: datetime.date,
    closed_to: datetime.date,
    owner_id: UUID | Unset = UNSET,
    pipeline_id: UUID | Unset = UNSET,
    competitor_id: UUID | Unset = UNSET,
    top_reasons: int | Unset = 3,
) -> Problem | WinLossReport | None:
    """Win/loss against each competitor over the deals closed in a period (caller's scope)

     Requires `opportunity:read` and `competitor:read`; counts only deals within the caller's data scope.
    422 for an invalid period.

    Args:
        closed_from (datetime.date): Deals closed (won or lost) on or after this date.
        closed_to (datetime.date): … and on or before this one.
        owner_id (UUID | Unset): Only one owner's deals.
        pipeline_id (UUID | Unset):
        competitor_id (UUID | Unset): Only one competitor.
        top_reasons (int | Unset): How many loss reasons per competitor. Default: 3.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | WinLossReport
    """

    return (
        await asyncio_detailed(
            client=client,
            closed_from=closed_from,
            closed_to=closed_to,
            owner_id=owner_id,
            pipeline_id=pipeline_id,
            competitor_id=competitor_id,
            top_reasons=top_reasons,
        )
    ).parsed
