import datetime
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.headcount_summary import HeadcountSummary
from ...models.problem import Problem
from ...types import UNSET, Response


def _get_kwargs(
    *,
    period_start: datetime.date,
    period_end: datetime.date,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_period_start = period_start.isoformat()
    params["period_start"] = json_period_start

    json_period_end = period_end.isoformat()
    params["period_end"] = json_period_end

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/headcount-summary",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> HeadcountSummary | Problem | None:
    if response.status_code == 200:
        response_200 = HeadcountSummary.from_dict(response.json())

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
) -> Response[HeadcountSummary | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    period_start: datetime.date,
    period_end: datetime.date,
) -> Response[HeadcountSummary | Problem]:
    """Planned vs actual headcount vs open requisitions per department for a period

     Requires `headcount_plan:read`; covers the plans the caller may read (all, or their department and
    those below it). One row per department with a plan overlapping the period: planned (sum of those
    plans), actual (employees of the department and its sub-departments at the period's end) and the
    headcount of its pending or approved requisitions. 422 `range_reversed` when the period ends before
    it starts.

    Args:
        period_start (datetime.date):
        period_end (datetime.date):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HeadcountSummary | Problem]
    """

    kwargs = _get_kwargs(
        period_start=period_start,
        period_end=period_end,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    period_start: datetime.date,
    period_end: datetime.date,
) -> HeadcountSummary | Problem | None:
    """Planned vs actual headcount vs open requisitions per department for a period

     Requires `headcount_plan:read`; covers the plans the caller may read (all, or their department and
    those below it). One row per department with a plan overlapping the period: planned (sum of those
    plans), actual (employees of the department and its sub-departments at the period's end) and the
    headcount of its pending or approved requisitions. 422 `range_reversed` when the period ends before
    it starts.

    Args:
        period_start (datetime.date):
        period_end (datetime.date):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HeadcountSummary | Problem
    """

    return sync_detailed(
        client=client,
        period_start=period_start,
        period_end=period_end,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    period_start: datetime.date,
    period_end: datetime.date,
) -> Response[HeadcountSummary | Problem]:
    """Planned vs actual headcount vs open requisitions per department for a period

     Requires `headcount_plan:read`; covers the plans the caller may read (all, or their department and
    those below it). One row per department with a plan overlapping the period: planned (sum of those
    plans), actual (employees of the department and its sub-departments at the period's end) and the
    headcount of its pending or approved requisitions. 422 `range_reversed` when the period ends before
    it starts.

    Args:
        period_start (datetime.date):
        period_end (datetime.date):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HeadcountSummary | Problem]
    """

    kwargs = _get_kwargs(
        period_start=period_start,
        period_end=period_end,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    period_start: datetime.date,
    period_end: datetime.date,
) -> HeadcountSummary | Problem | None:
    """Planned vs actual headcount vs open requisitions per department for a period

     Requires `headcount_plan:read`; covers the plans the caller may read (all, or their department and
    those below it). One row per department with a plan overlapping the period: planned (sum of those
    plans), actual (employees of the department and its sub-departments at the period's end) and the
    headcount of its pending or approved requisitions. 422 `range_reversed` when the period ends before
    it starts.

    Args:
        period_start (datetime.date):
        period_end (datetime.date):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HeadcountSummary | Problem
    """

    return (
        await asyncio_detailed(
            client=client,
            period_start=period_start,
            period_end=period_end,
        )
    ).parsed
