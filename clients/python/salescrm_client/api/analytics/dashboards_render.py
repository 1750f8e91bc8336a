from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.problem import Problem
from ...models.rendered_dashboard import RenderedDashboard
from ...types import Response


def _get_kwargs(
    record_id: UUID,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/dashboards/{record_id}/render".format(
            record_id=quote(str(record_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Problem | RenderedDashboard | None:
    if response.status_code == 200:
        response_200 = RenderedDashboard.from_dict(response.json())

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
) -> Response[Problem | RenderedDashboard]:
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
) -> Response[Problem | RenderedDashboard]:
    """A dashboard, rendered: every widget with its report

     Requires `dashboard:read`. Each widget runs its statistic as `GET /api/v1/analytics/<statistic>`
    would for the caller, in the caller's data scope; a widget the caller may not run (a permission of
    the statistic they lack: 403) or whose filters no longer hold (422) carries that problem in `error`
    instead of failing the page. 404 for another person's personal dashboard and for a role's the caller
    neither holds nor manages.

    Args:
        record_id (UUID): The dashboard's id (UUID).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | RenderedDashboard]
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
) -> Problem | RenderedDashboard | None:
    """A dashboard, rendered: every widget with its report

     Requires `dashboard:read`. Each widget runs its statistic as `GET /api/v1/analytics/<statistic>`
    would for the caller, in the caller's data scope; a widget the caller may not run (a permission of
    the statistic they lack: 403) or whose filters no longer hold (422) carries that problem in `error`
    instead of failing the page. 404 for another person's personal dashboard and for a role's the caller
    neither holds nor manages.

    Args:
        record_id (UUID): The dashboard's id (UUID).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | RenderedDashboard
    """

    return sync_detailed(
        record_id=record_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    record_id: UUID,
    *,
    client: AuthenticatedClient,
) -> Response[Problem | RenderedDashboard]:
    """A dashboard, rendered: every widget with its report

     Requires `dashboard:read`. Each widget runs its statistic as `GET /api/v1/analytics/<statistic>`
    would for the caller, in the caller's data scope; a widget the caller may not run (a permission of
    the statistic they lack: 403) or whose filters no longer hold (422) carries that problem in `error`
    instead of failing the page. 404 for another person's personal dashboard and for a role's the caller
    neither holds nor manages.

    Args:
        record_id (UUID): The dashboard's id (UUID).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | RenderedDashboard]
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
) -> Problem | RenderedDashboard | None:
    """A dashboard, rendered: every widget with its report

     Requires `dashboard:read`. Each widget runs its statistic as `GET /api/v1/analytics/<statistic>`
    would for the caller, in the caller's data scope; a widget the caller may not run (a permission of
    the statistic they lack: 403) or whose filters no longer hold (422) carries that problem in `error`
    instead of failing the page. 404 for another person's personal dashboard and for a role's the caller
    neither holds nor manages.

    Args:
        record_id (UUID): The dashboard's id (UUID).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | RenderedDashboard
    """

    return (
        await asyncio_detailed(
            record_id=record_id,
            client=client,
        )
    ).parsed
