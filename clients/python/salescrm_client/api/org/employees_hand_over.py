from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.hand_over_request import HandOverRequest
from ...models.hand_over_result import HandOverResult
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    record_id: UUID,
    *,
    body: HandOverRequest,
    idempotency_key: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(idempotency_key, Unset):
        headers["Idempotency-Key"] = idempotency_key

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/employees/{record_id}/hand-over".format(
            record_id=quote(str(record_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> HandOverResult | Problem | None:
    if response.status_code == 200:
        response_200 = HandOverResult.from_dict(response.json())

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
) -> Response[HandOverResult | Problem]:
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
    body: HandOverRequest,
    idempotency_key: str | Unset = UNSET,
) -> Response[HandOverResult | Problem]:
    """Hand an employee's records and memberships over to colleagues (or the pool)

     Requires `employee:hand_over` and the employee within the caller's data scope (404 outside; 403
    `administrator_protected` for an administrator's, unless the caller is one). Per record, its entry
    in `records`, its resource's entry in `resources` or `default_successor_id` decides where it goes;
    nothing covering it, it stays. Memberships go to `memberships_successor_id` (or the default
    successor). One transaction: each moved record is audited and published as updated, the employee's
    trail gets a `hand_over` entry, and every successor and their manager are notified. `dry_run`
    answers the same and changes nothing. 422 naming the field when a successor is unknown, resigned,
    outside the caller's scope or the employee themselves, when a record in `records` is not owned by
    the employee, when `to_pool` is used for anything but customers, or when the plan hands nothing
    over.

    Args:
        record_id (UUID): The record's id (UUID).
        idempotency_key (str | Unset):
        body (HandOverRequest): A hand-over plan. For each record the employee owns, the first
            that applies decides
            where it goes: its entry in ``records``, its resource's entry in ``resources``, the
            ``default_successor_id``. A record none of them covers stays with the employee (a team
            transfer hands over only some records).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HandOverResult | Problem]
    """

    kwargs = _get_kwargs(
        record_id=record_id,
        body=body,
        idempotency_key=idempotency_key,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    record_id: UUID,
    *,
    client: AuthenticatedClient,
    body: HandOverRequest,
    idempotency_key: str | Unset = UNSET,
) -> HandOverResult | Problem | None:
    """Hand an employee's records and memberships over to colleagues (or the pool)

     Requires `employee:hand_over` and the employee within the caller's data scope (404 outside; 403
    `administrator_protected` for an administrator's, unless the caller is one). Per record, its entry
    in `records`, its resource's entry in `resources` or `default_successor_id` decides where it goes;
    nothing covering it, it stays. Memberships go to `memberships_successor_id` (or the default
    successor). One transaction: each moved record is audited and published as updated, the employee's
    trail gets a `hand_over` entry, and every successor and their manager are notified. `dry_run`
    answers the same and changes nothing. 422 naming the field when a successor is unknown, resigned,
    outside the caller's scope or the employee themselves, when a record in `records` is not owned by
    the employee, when `to_pool` is used for anything but customers, or when the plan hands nothing
    over.

    Args:
        record_id (UUID): The record's id (UUID).
        idempotency_key (str | Unset):
        body (HandOverRequest): A hand-over plan. For each record the employee owns, the first
            that applies decides
            where it goes: its entry in ``records``, its resource's entry in ``resources``, the
            ``default_successor_id``. A record none of them covers stays with the employee (a team
            transfer hands over only some records).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HandOverResult | Problem
    """

    return sync_detailed(
        record_id=record_id,
        client=client,
        body=body,
        idempotency_key=idempotency_key,
    ).parsed


async def asyncio_detailed(
    record_id: UUID,
    *,
    client: AuthenticatedClient,
    body: HandOverRequest,
    idempotency_key: str | Unset = UNSET,
) -> Response[HandOverResult | Problem]:
    """Hand an employee's records and memberships over to colleagues (or the pool)

     Requires `employee:hand_over` and the employee within the caller's data scope (404 outside; 403
    `administrator_protected` for an administrator's, unless the caller is one). Per record, its entry
    in `records`, its resource's entry in `resources` or `default_successor_id` decides where it goes;
    nothing covering it, it stays. Memberships go to `memberships_successor_id` (or the default
    successor). One transaction: each moved record is audited and published as updated, the employee's
    trail gets a `hand_over` entry, and every successor and their manager are notified. `dry_run`
    answers the same and changes nothing. 422 naming the field when a successor is unknown, resigned,
    outside the caller's scope or the employee themselves, when a record in `records` is not owned by
    the employee, when `to_pool` is used for anything but customers, or when the plan hands nothing
    over.

    Args:
        record_id (UUID): The record's id (UUID).
        idempotency_key (str | Unset):
        body (HandOverRequest): A hand-over plan. For each record the employee owns, the first
            that applies decides
            where it goes: its entry in ``records``, its resource's entry in ``resources``, the
            ``default_successor_id``. A record none of them covers stays with the employee (a team
            transfer hands over only some records).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[HandOverResult | Problem]
    """

    kwargs = _get_kwargs(
        record_id=record_id,
        body=body,
        idempotency_key=idempotency_key,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    record_id: UUID,
    *,
    client: AuthenticatedClient,
    body: HandOverRequest,
    idempotency_key: str | Unset = UNSET,
) -> HandOverResult | Problem | None:
    """Hand an employee's records and memberships over to colleagues (or the pool)

     Requires `employee:hand_over` and the employee within the caller's data scope (404 outside; 403
    `administrator_protected` for an administrator's, unless the caller is one). Per record, its entry
    in `records`, its resource's entry in `resources` or `default_successor_id` decides where it goes;
    nothing covering it, it stays. Memberships go to `memberships_successor_id` (or the default
    successor). One transaction: each moved record is audited and published as updated, the employee's
    trail gets a `hand_over` entry, and every successor and their manager are notified. `dry_run`
    answers the same and changes nothing. 422 naming the field when a successor is unknown, resigned,
    outside the caller's scope or the employee themselves, when a record in `records` is not owned by
    the employee, when `to_pool` is used for anything but customers, or when the plan hands nothing
    over.

    Args:
        record_id (UUID): The record's id (UUID).
        idempotency_key (str | Unset):
        body (HandOverRequest): A hand-over plan. For each record the employee owns, the first
            that applies decides
            where it goes: its entry in ``records``, its resource's entry in ``resources``, the
            ``default_successor_id``. A record none of them covers stays with the employee (a team
            transfer hands over only some records).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        HandOverResult | Problem
    """

    return (
        await asyncio_detailed(
            record_id=record_id,
            client=client,
            body=body,
            idempotency_key=idempotency_key,
        )
    ).parsed
