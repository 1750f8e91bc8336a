from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.member_put import MemberPut
from ...models.problem import Problem
from ...models.record_share_out import RecordShareOut
from ...types import Response


def _get_kwargs(
    record_id: UUID,
    employee_id: UUID,
    *,
    body: MemberPut,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/api/v1/customers/{record_id}/collaborators/{employee_id}".format(
            record_id=quote(str(record_id), safe=""),
            employee_id=quote(str(employee_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Problem | RecordShareOut | None:
    if response.status_code == 200:
        response_200 = RecordShareOut.from_dict(response.json())

        return response_200

    if response.status_code == 201:
        response_201 = RecordShareOut.from_dict(response.json())

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

    if response.status_code == 404:
        response_404 = Problem.from_dict(response.json())

        return response_404

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
) -> Response[Problem | RecordShareOut]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    record_id: UUID,
    employee_id: UUID,
    *,
    client: AuthenticatedClient,
    body: MemberPut,
) -> Response[Problem | RecordShareOut]:
    """Add a collaborator, or change their access

     Requires `customer:write` and the right to change the record (403 for a read-only share); 404 when
    the record is outside the caller's data scope.

    201 when added, 200 when changed. 422 when the employee is not a current employee or is the record's
    owner.

    Args:
        record_id (UUID): The record's id (UUID).
        employee_id (UUID): The member's employee id.
        body (MemberPut): A customer's collaborator: what they may do with the record.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | RecordShareOut]
    """

    kwargs = _get_kwargs(
        record_id=record_id,
        employee_id=employee_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    record_id: UUID,
    employee_id: UUID,
    *,
    client: AuthenticatedClient,
    body: MemberPut,
) -> Problem | RecordShareOut | None:
    """Add a collaborator, or change their access

     Requires `customer:write` and the right to change the record (403 for a read-only share); 404 when
    the record is outside the caller's data scope.

    201 when added, 200 when changed. 422 when the employee is not a current employee or is the record's
    owner.

    Args:
        record_id (UUID): The record's id (UUID).
        employee_id (UUID): The member's employee id.
        body (MemberPut): A customer's collaborator: what they may do with the record.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | RecordShareOut
    """

    return sync_detailed(
        record_id=record_id,
        employee_id=employee_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    record_id: UUID,
    employee_id: UUID,
    *,
    client: AuthenticatedClient,
    body: MemberPut,
) -> Response[Problem | RecordShareOut]:
    """Add a collaborator, or change their access

     Requires `customer:write` and the right to change the record (403 for a read-only share); 404 when
    the record is outside the caller's data scope.

    201 when added, 200 when changed. 422 when the employee is not a current employee or is the record's
    owner.

    Args:
        record_id (UUID): The record's id (UUID).
        employee_id (UUID): The member's employee id.
        body (MemberPut): A customer's collaborator: what they may do with the record.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | RecordShareOut]
    """

    kwargs = _get_kwargs(
        record_id=record_id,
        employee_id=employee_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    record_id: UUID,
    employee_id: UUID,
    *,
    client: AuthenticatedClient,
    body: MemberPut,
) -> Problem | RecordShareOut | None:
    """Add a collaborator, or change their access

     Requires `customer:write` and the right to change the record (403 for a read-only share); 404 when
    the record is outside the caller's data scope.

    201 when added, 200 when changed. 422 when the employee is not a current employee or is the record's
    owner.

    Args:
        record_id (UUID): The record's id (UUID).
        employee_id (UUID): The member's employee id.
        body (MemberPut): A customer's collaborator: what they may do with the record.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | RecordShareOut
    """

    return (
        await asyncio_detailed(
            record_id=record_id,
            employee_id=employee_id,
            client=client,
            body=body,
        )
    ).parsed
