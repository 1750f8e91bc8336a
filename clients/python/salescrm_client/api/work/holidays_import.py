from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.holiday_import_in import HolidayImportIn
from ...models.holiday_import_result import HolidayImportResult
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: HolidayImportIn,
    idempotency_key: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(idempotency_key, Unset):
        headers["Idempotency-Key"] = idempotency_key

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/holidays/import",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> HolidayImportResult | Problem | None:
    if response.status_code == 200:
        response_200 = HolidayImportResult.from_dict(response.json())

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
) -> Response[HolidayImportResult | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: HolidayImportIn,
    idempotency_key: str | Unset = UNSET,
) -> Response[HolidayImportResult | Problem]:
    """Import a year's public holidays and adjusted working days (调休)

     Requires `attendance:configure`. Reads the year from the maintained calendar package the server runs
    with: days missing are added, days that differ are corrected, days added by hand stay. 422
    `year_not_published` when the package does not know the year yet (add its days by hand with `POST
    /holidays`).

    Args:
        idempotency_key (str | Unset):
        body (HolidayImportIn):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HolidayImportResult | Problem]
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
    body: HolidayImportIn,
    idempotency_key: str | Unset = UNSET,
) -> HolidayImportResult | Problem | None:
    """Import a year's public holidays and adjusted working days (调休)

     Requires `attendance:configure`. Reads the year from the maintained calendar package the server runs
    with: days missing are added, days that differ are corrected, days added by hand stay. 422
    `year_not_published` when the package does not know the year yet (add its days by hand with `POST
    /holidays`).

    Args:
        idempotency_key (str | Unset):
        body (HolidayImportIn):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HolidayImportResult | Problem
    """

    return sync_detailed(
        client=client,
        body=body,
        idempotency_key=idempotency_key,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: HolidayImportIn,
    idempotency_key: str | Unset = UNSET,
) -> Response[HolidayImportResult | Problem]:
    """Import a year's public holidays and adjusted working days (调休)

     Requires `attendance:configure`. Reads the year from the maintained calendar package the server runs
    with: days missing are added, days that differ are corrected, days added by hand stay. 422
    `year_not_published` when the package does not know the year yet (add its days by hand with `POST
    /holidays`).

    Args:
        idempotency_key (str | Unset):
        body (HolidayImportIn):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HolidayImportResult | Problem]
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
    body: HolidayImportIn,
    idempotency_key: str | Unset = UNSET,
) -> HolidayImportResult | Problem | None:
    """Import a year's public holidays and adjusted working days (调休)

     Requires `attendance:configure`. Reads the year from the maintained calendar package the server runs
    with: days missing are added, days that differ are corrected, days added by hand stay. 422
    `year_not_published` when the package does not know the year yet (add its days by hand with `POST
    /holidays`).

    Args:
        idempotency_key (str | Unset):
        body (HolidayImportIn):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HolidayImportResult | Problem
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            idempotency_key=idempotency_key,
        )
    ).parsed
