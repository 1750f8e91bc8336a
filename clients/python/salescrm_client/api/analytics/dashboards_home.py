from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.problem import Problem
from ...models.rendered_dashboard import RenderedDashboard
from ...types import Response


def _get_kwargs() -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/dashboards/home",
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
    *,
    client: AuthenticatedClient,
) -> Response[Problem | RenderedDashboard]:
    """The caller's home page, rendered: every widget with its report

     Requires `dashboard:read`. Each widget runs its statistic as `GET /api/v1/analytics/<statistic>`
    would for the caller, in the caller's data scope; a widget the caller may not run (a permission of
    the statistic they lack: 403) or whose filters no longer hold (422) carries that problem in `error`
    instead of failing the page.

    The home page is the caller's own default dashboard (`is_default`), else the default dashboard of
    the most senior of their roles that has one, else the built-in page of their most senior built-in
    role (a director's, a manager's or a representative's; `dashboard.id` null, `source` `builtin`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | RenderedDashboard]
    """

    kwargs = _get_kwargs()

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
) -> Problem | RenderedDashboard | None:
    """The caller's home page, rendered: every widget with its report

     Requires `dashboard:read`. Each widget runs its statistic as `GET /api/v1/analytics/<statistic>`
    would for the caller, in the caller's data scope; a widget the caller may not run (a permission of
    the statistic they lack: 403) or whose filters no longer hold (422) carries that problem in `error`
    instead of failing the page.

    The home page is the caller's own default dashboard (`is_default`), else the default dashboard of
    the most senior of their roles that has one, else the built-in page of their most senior built-in
    role (a director's, a manager's or a representative's; `dashboard.id` null, `source` `builtin`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | RenderedDashboard
    """

    return sync_detailed(
        client=client,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
) -> Response[Problem | RenderedDashboard]:
    """The caller's home page, rendered: every widget with its report

     Requires `dashboard:read`. Each widget runs its statistic as `GET /api/v1/analytics/<statistic>`
    would for the caller, in the caller's data scope; a widget the caller may not run (a permission of
    the statistic they lack: 403) or whose filters no longer hold (422) carries that problem in `error`
    instead of failing the page.

    The home page is the caller's own default dashboard (`is_default`), else the default dashboard of
    the most senior of their roles that has one, else the built-in page of their most senior built-in
    role (a director's, a manager's or a representative's; `dashboard.id` null, `source` `builtin`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | RenderedDashboard]
    """

    kwargs = _get_kwargs()

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
) -> Problem | RenderedDashboard | None:
    """The caller's home page, rendered: every widget with its report

     Requires `dashboard:read`. Each widget runs its statistic as `GET /api/v1/analytics/<statistic>`
    would for the caller, in the caller's data scope; a widget the caller may not run (a permission of
    the statistic they lack: 403) or whose filters no longer hold (422) carries that problem in `error`
    instead of failing the page.

    The home page is the caller's own default dashboard (`is_default`), else the default dashboard of
    the most senior of their roles that has one, else the built-in page of their most senior built-in
    role (a director's, a manager's or a representative's; `dashboard.id` null, `source` `builtin`).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | RenderedDashboard
    """

    return (
        await asyncio_detailed(
            client=client,
        )
    ).parsed
