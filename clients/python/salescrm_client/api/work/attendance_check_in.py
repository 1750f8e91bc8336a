from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.problem import Problem
from ...models.punch_in import PunchIn
from ...models.punch_out import PunchOut
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: PunchIn,
    idempotency_key: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(idempotency_key, Unset):
        headers["Idempotency-Key"] = idempotency_key

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/attendance/check-in",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Problem | PunchOut | None:
    if response.status_code == 201:
        response_201 = PunchOut.from_dict(response.json())

        return response_201

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Problem | PunchOut]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: PunchIn,
    idempotency_key: str | Unset = UNSET,
) -> Response[Problem | PunchOut]:
    """Check in for work now (from the mobile app, with the position)

     Requires `attendance:write`; the caller's own punch, at the server's time, counted for the business
    day it falls on. The day's record is computed again at once. 409 `already_checked_in` while the
    day's last punch is a check-in (check out first).

    Args:
        idempotency_key (str | Unset):
        body (PunchIn):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | PunchOut]
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
    body: PunchIn,
    idempotency_key: str | Unset = UNSET,
) -> Problem | PunchOut | None:
    """Check in for work now (from the mobile app, with the position)

     Requires `attendance:write`; the caller's own punch, at the server's time, counted for the business
    day it falls on. The day's record is computed again at once. 409 `already_checked_in` while the
    day's last punch is a check-in (check out first).

    Args:
        idempotency_key (str | Unset):
        body (PunchIn):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | PunchOut
    """

    return sync_detailed(
        client=client,
        body=body,
        idempotency_key=idempotency_key,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: PunchIn,
    idempotency_key: str | Unset = UNSET,
) -> Response[Problem | PunchOut]:
    """Check in for work now (from the mobile app, with the position)

     Requires `attendance:write`; the caller's own punch, at the server's time, counted for the business
    day it falls on. The day's record is computed again at once. 409 `already_checked_in` while the
    day's last punch is a check-in (check out first).

    Args:
        idempotency_key (str | Unset):
        body (PunchIn):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | PunchOut]
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
    body: PunchIn,
    idempotency_key: str | Unset = UNSET,
) -> Problem | PunchOut | None:
    """Check in for work now (from the mobile app, with the position)

     Requires `attendance:write`; the caller's own punch, at the server's time, counted for the business
    day it falls on. The day's record is computed again at once. 409 `already_checked_in` while the
    day's last punch is a check-in (check out first).

    Args:
        idempotency_key (str | Unset):
        body (PunchIn):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | PunchOut
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            idempotency_key=idempotency_key,
        )
    ).parsed
