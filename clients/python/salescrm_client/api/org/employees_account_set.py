from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.account_update import AccountUpdate
from ...models.employee_out import EmployeeOut
from ...models.problem import Problem
from ...types import Response


def _get_kwargs(
    record_id: UUID,
    *,
    body: AccountUpdate,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/api/v1/employees/{record_id}/account".format(
            record_id=quote(str(record_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> EmployeeOut | Problem | None:
    if response.status_code == 200:
        response_200 = EmployeeOut.from_dict(response.json())

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

    if response.status_code == 404:
        response_404 = Problem.from_dict(response.json())

        return response_404

    if response.status_code == 409:
        response_409 = Problem.from_dict(response.json())

        return response_409

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
) -> Response[EmployeeOut | Problem]:
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
    body: AccountUpdate,
) -> Response[EmployeeOut | Problem]:
    """Create or change an employee's login (reset password, enable, disable)

     Requires `employee:manage_account` and the employee within the caller's data scope (404 outside).
    409 `duplicate` when the username is taken; 422 when a new login lacks a username or a password, or
    the password is too short or too long.

    Args:
        record_id (UUID): The record's id (UUID).
        body (AccountUpdate): Create or change an employee's login (``employee:manage_account``).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EmployeeOut | Problem]
    """

    kwargs = _get_kwargs(
        record_id=record_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    record_id: UUID,
    *,
    client: AuthenticatedClient,
    body: AccountUpdate,
) -> EmployeeOut | Problem | None:
    """Create or change an employee's login (reset password, enable, disable)

     Requires `employee:manage_account` and the employee within the caller's data scope (404 outside).
    409 `duplicate` when the username is taken; 422 when a new login lacks a username or a password, or
    the password is too short or too long.

    Args:
        record_id (UUID): The record's id (UUID).
        body (AccountUpdate): Create or change an employee's login (``employee:manage_account``).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EmployeeOut | Problem
    """

    return sync_detailed(
        record_id=record_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    record_id: UUID,
    *,
    client: AuthenticatedClient,
    body: AccountUpdate,
) -> Response[EmployeeOut | Problem]:
    """Create or change an employee's login (reset password, enable, disable)

     Requires `employee:manage_account` and the employee within the caller's data scope (404 outside).
    409 `duplicate` when the username is taken; 422 when a new login lacks a username or a password, or
    the password is too short or too long.

    Args:
        record_id (UUID): The record's id (UUID).
        body (AccountUpdate): Create or change an employee's login (``employee:manage_account``).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EmployeeOut | Problem]
    """

    kwargs = _get_kwargs(
        record_id=record_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    record_id: UUID,
    *,
    client: AuthenticatedClient,
    body: AccountUpdate,
) -> EmployeeOut | Problem | None:
    """Create or change an employee's login (reset password, enable, disable)

     Requires `employee:manage_account` and the employee within the caller's data scope (404 outside).
    409 `duplicate` when the username is taken; 422 when a new login lacks a username or a password, or
    the password is too short or too long.

    Args:
        record_id (UUID): The record's id (UUID).
        body (AccountUpdate): Create or change an employee's login (``employee:manage_account``).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EmployeeOut | Problem
    """

    return (
        await asyncio_detailed(
            record_id=record_id,
            client=client,
            body=body,
        )
    ).parsed
