from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.dashboard_create import DashboardCreate
from ...models.dashboard_out import DashboardOut
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: DashboardCreate,
    idempotency_key: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(idempotency_key, Unset):
        headers["Idempotency-Key"] = idempotency_key

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/dashboards",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> DashboardOut | Problem | None:
    if response.status_code == 200:
        response_200 = DashboardOut.from_dict(response.json())

        return response_200

    if response.status_code == 201:
        response_201 = DashboardOut.from_dict(response.json())

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

    if response.status_code == 413:
        response_413 = Problem.from_dict(response.json())

        return response_413

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
) -> Response[DashboardOut | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: DashboardCreate,
    idempotency_key: str | Unset = UNSET,
) -> Response[DashboardOut | Problem]:
    """Create a dashboard

     Requires `dashboard:write`; a role's dashboard (`role_id` set) also `dashboard:manage` (403). A
    personal dashboard belongs to its creator.

    201 with `Location` and `ETag`; a repeated create with the same client-chosen `id` answers 200 with
    the record. 409 `duplicate` when a unique field is taken (the problem names it), 409 `id_conflict`
    when the id is in use otherwise; 422 when a field is invalid. A record the body names that does not
    exist or is outside the caller's data scope is a 422 `not_found` naming the field; one the caller
    may only read, where the write needs to change it, is a 403.

    422 `duplicate_key` for a widget key used twice, `enum` for an unknown statistic, `filter_invalid`
    for filters the statistic's parameters refuse (or `range_reversed`, `period_too_long`,
    `too_many_buckets`), `filter_not_supported` for a shared filter the statistic does not honour;
    `not_found` for an unknown `role_id`.

    Args:
        idempotency_key (str | Unset):
        body (DashboardCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DashboardOut | Problem]
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
    body: DashboardCreate,
    idempotency_key: str | Unset = UNSET,
) -> DashboardOut | Problem | None:
    """Create a dashboard

     Requires `dashboard:write`; a role's dashboard (`role_id` set) also `dashboard:manage` (403). A
    personal dashboard belongs to its creator.

    201 with `Location` and `ETag`; a repeated create with the same client-chosen `id` answers 200 with
    the record. 409 `duplicate` when a unique field is taken (the problem names it), 409 `id_conflict`
    when the id is in use otherwise; 422 when a field is invalid. A record the body names that does not
    exist or is outside the caller's data scope is a 422 `not_found` naming the field; one the caller
    may only read, where the write needs to change it, is a 403.

    422 `duplicate_key` for a widget key used twice, `enum` for an unknown statistic, `filter_invalid`
    for filters the statistic's parameters refuse (or `range_reversed`, `period_too_long`,
    `too_many_buckets`), `filter_not_supported` for a shared filter the statistic does not honour;
    `not_found` for an unknown `role_id`.

    Args:
        idempotency_key (str | Unset):
        body (DashboardCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DashboardOut | Problem
    """

    return sync_detailed(
        client=client,
        body=body,
        idempotency_key=idempotency_key,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: DashboardCreate,
    idempotency_key: str | Unset = UNSET,
) -> Response[DashboardOut | Problem]:
    """Create a dashboard

     Requires `dashboard:write`; a role's dashboard (`role_id` set) also `dashboard:manage` (403). A
    personal dashboard belongs to its creator.

    201 with `Location` and `ETag`; a repeated create with the same client-chosen `id` answers 200 with
    the record. 409 `duplicate` when a unique field is taken (the problem names it), 409 `id_conflict`
    when the id is in use otherwise; 422 when a field is invalid. A record the body names that does not
    exist or is outside the caller's data scope is a 422 `not_found` naming the field; one the caller
    may only read, where the write needs to change it, is a 403.

    422 `duplicate_key` for a widget key used twice, `enum` for an unknown statistic, `filter_invalid`
    for filters the statistic's parameters refuse (or `range_reversed`, `period_too_long`,
    `too_many_buckets`), `filter_not_supported` for a shared filter the statistic does not honour;
    `not_found` for an unknown `role_id`.

    Args:
        idempotency_key (str | Unset):
        body (DashboardCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DashboardOut | Problem]
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
    body: DashboardCreate,
    idempotency_key: str | Unset = UNSET,
) -> DashboardOut | Problem | None:
    """Create a dashboard

     Requires `dashboard:write`; a role's dashboard (`role_id` set) also `dashboard:manage` (403). A
    personal dashboard belongs to its creator.

    201 with `Location` and `ETag`; a repeated create with the same client-chosen `id` answers 200 with
    the record. 409 `duplicate` when a unique field is taken (the problem names it), 409 `id_conflict`
    when the id is in use otherwise; 422 when a field is invalid. A record the body names that does not
    exist or is outside the caller's data scope is a 422 `not_found` naming the field; one the caller
    may only read, where the write needs to change it, is a 403.

    422 `duplicate_key` for a widget key used twice, `enum` for an unknown statistic, `filter_invalid`
    for filters the statistic's parameters refuse (or `range_reversed`, `period_too_long`,
    `too_many_buckets`), `filter_not_supported` for a shared filter the statistic does not honour;
    `not_found` for an unknown `role_id`.

    Args:
        idempotency_key (str | Unset):
        body (DashboardCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DashboardOut | Problem
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            idempotency_key=idempotency_key,
        )
    ).parsed
