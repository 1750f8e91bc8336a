from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.dashboard_out import DashboardOut
from ...models.dashboard_update import DashboardUpdate
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    record_id: UUID,
    *,
    body: DashboardUpdate,
    if_match: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(if_match, Unset):
        headers["If-Match"] = if_match

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/api/v1/dashboards/{record_id}".format(
            record_id=quote(str(record_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> DashboardOut | Problem | None:
    if response.status_code == 200:
        response_200 = DashboardOut.from_dict(response.json())

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

    if response.status_code == 412:
        response_412 = Problem.from_dict(response.json())

        return response_412

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
    record_id: UUID,
    *,
    client: AuthenticatedClient,
    body: DashboardUpdate,
    if_match: str | Unset = UNSET,
) -> Response[DashboardOut | Problem]:
    """Update a dashboard (only the fields sent)

     Requires `dashboard:write` on one's own personal dashboard; a role's dashboard needs
    `dashboard:manage` (403 for a holder of the role, who only sees it).

    Send `If-Match` with the ETag: a stale one answers 412 with the current ETag. 409 `duplicate` when a
    unique field would clash; 422 when a field is invalid. A record the body names that does not exist
    or is outside the caller's data scope is a 422 `not_found` naming the field; one the caller may only
    read, where the write needs to change it, is a 403.

    422 for widgets as on create (`duplicate_key`, `filter_invalid`, `filter_not_supported`, …).

    Args:
        record_id (UUID): The record's id (UUID).
        if_match (str | Unset): The ETag you last read, e.g. "3" (or `*`, or a list of tags). If
            it names no current version of the record, the write answers 412 with the current ETag.
        body (DashboardUpdate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DashboardOut | Problem]
    """

    kwargs = _get_kwargs(
        record_id=record_id,
        body=body,
        if_match=if_match,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    record_id: UUID,
    *,
    client: AuthenticatedClient,
    body: DashboardUpdate,
    if_match: str | Unset = UNSET,
) -> DashboardOut | Problem | None:
    """Update a dashboard (only the fields sent)

     Requires `dashboard:write` on one's own personal dashboard; a role's dashboard needs
    `dashboard:manage` (403 for a holder of the role, who only sees it).

    Send `If-Match` with the ETag: a stale one answers 412 with the current ETag. 409 `duplicate` when a
    unique field would clash; 422 when a field is invalid. A record the body names that does not exist
    or is outside the caller's data scope is a 422 `not_found` naming the field; one the caller may only
    read, where the write needs to change it, is a 403.

    422 for widgets as on create (`duplicate_key`, `filter_invalid`, `filter_not_supported`, …).

    Args:
        record_id (UUID): The record's id (UUID).
        if_match (str | Unset): The ETag you last read, e.g. "3" (or `*`, or a list of tags). If
            it names no current version of the record, the write answers 412 with the current ETag.
        body (DashboardUpdate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DashboardOut | Problem
    """

    return sync_detailed(
        record_id=record_id,
        client=client,
        body=body,
        if_match=if_match,
    ).parsed


async def asyncio_detailed(
    record_id: UUID,
    *,
    client: AuthenticatedClient,
    body: DashboardUpdate,
    if_match: str | Unset = UNSET,
) -> Response[DashboardOut | Problem]:
    """Update a dashboard (only the fields sent)

     Requires `dashboard:write` on one's own personal dashboard; a role's dashboard needs
    `dashboard:manage` (403 for a holder of the role, who only sees it).

    Send `If-Match` with the ETag: a stale one answers 412 with the current ETag. 409 `duplicate` when a
    unique field would clash; 422 when a field is invalid. A record the body names that does not exist
    or is outside the caller's data scope is a 422 `not_found` naming the field; one the caller may only
    read, where the write needs to change it, is a 403.

    422 for widgets as on create (`duplicate_key`, `filter_invalid`, `filter_not_supported`, …).

    Args:
        record_id (UUID): The record's id (UUID).
        if_match (str | Unset): The ETag you last read, e.g. "3" (or `*`, or a list of tags). If
            it names no current version of the record, the write answers 412 with the current ETag.
        body (DashboardUpdate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[DashboardOut | Problem]
    """

    kwargs = _get_kwargs(
        record_id=record_id,
        body=body,
        if_match=if_match,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    record_id: UUID,
    *,
    client: AuthenticatedClient,
    body: DashboardUpdate,
    if_match: str | Unset = UNSET,
) -> DashboardOut | Problem | None:
    """Update a dashboard (only the fields sent)

     Requires `dashboard:write` on one's own personal dashboard; a role's dashboard needs
    `dashboard:manage` (403 for a holder of the role, who only sees it).

    Send `If-Match` with the ETag: a stale one answers 412 with the current ETag. 409 `duplicate` when a
    unique field would clash; 422 when a field is invalid. A record the body names that does not exist
    or is outside the caller's data scope is a 422 `not_found` naming the field; one the caller may only
    read, where the write needs to change it, is a 403.

    422 for widgets as on create (`duplicate_key`, `filter_invalid`, `filter_not_supported`, …).

    Args:
        record_id (UUID): The record's id (UUID).
        if_match (str | Unset): The ETag you last read, e.g. "3" (or `*`, or a list of tags). If
            it names no current version of the record, the write answers 412 with the current ETag.
        body (DashboardUpdate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        DashboardOut | Problem
    """

    return (
        await asyncio_detailed(
            record_id=record_id,
            client=client,
            body=body,
            if_match=if_match,
        )
    ).parsed
