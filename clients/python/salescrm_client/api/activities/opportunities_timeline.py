from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.opportunities_timeline_kind_item import OpportunitiesTimelineKindItem
from ...models.problem import Problem
from ...models.timeline_page import TimelinePage
from ...types import UNSET, Response, Unset


def _get_kwargs(
    record_id: UUID,
    *,
    limit: int | Unset = 50,
    cursor: str | Unset = UNSET,
    kind: list[OpportunitiesTimelineKindItem] | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["limit"] = limit

    params["cursor"] = cursor

    json_kind: list[str] | Unset = UNSET
    if not isinstance(kind, Unset):
        json_kind = []
        for kind_item_data in kind:
            kind_item = kind_item_data.value
            json_kind.append(kind_item)

    params["kind"] = json_kind

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/opportunities/{record_id}/timeline".format(
            record_id=quote(str(record_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Problem | TimelinePage | None:
    if response.status_code == 200:
        response_200 = TimelinePage.from_dict(response.json())

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
) -> Response[Problem | TimelinePage]:
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
    limit: int | Unset = 50,
    cursor: str | Unset = UNSET,
    kind: list[OpportunitiesTimelineKindItem] | Unset = UNSET,
) -> Response[Problem | TimelinePage]:
    """The opportunity's timeline: activities, tasks, visits, stage changes … newest first

     Requires `opportunity:read`; 404 when the opportunity is outside the caller's data scope. Each item
    is shown only to a caller with the read permission of its kind.

    Args:
        record_id (UUID): The record's id (UUID).
        limit (int | Unset):  Default: 50.
        cursor (str | Unset): next_cursor of the previous page
        kind (list[OpportunitiesTimelineKindItem] | Unset): Only these kinds.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | TimelinePage]
    """

    kwargs = _get_kwargs(
        record_id=record_id,
        limit=limit,
        cursor=cursor,
        kind=kind,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    record_id: UUID,
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 50,
    cursor: str | Unset = UNSET,
    kind: list[OpportunitiesTimelineKindItem] | Unset = UNSET,
) -> Problem | TimelinePage | None:
    """The opportunity's timeline: activities, tasks, visits, stage changes … newest first

     Requires `opportunity:read`; 404 when the opportunity is outside the caller's data scope. Each item
    is shown only to a caller with the read permission of its kind.

    Args:
        record_id (UUID): The record's id (UUID).
        limit (int | Unset):  Default: 50.
        cursor (str | Unset): next_cursor of the previous page
        kind (list[OpportunitiesTimelineKindItem] | Unset): Only these kinds.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | TimelinePage
    """

    return sync_detailed(
        record_id=record_id,
        client=client,
        limit=limit,
        cursor=cursor,
        kind=kind,
    ).parsed


async def asyncio_detailed(
    record_id: UUID,
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 50,
    cursor: str | Unset = UNSET,
    kind: list[OpportunitiesTimelineKindItem] | Unset = UNSET,
) -> Response[Problem | TimelinePage]:
    """The opportunity's timeline: activities, tasks, visits, stage changes … newest first

     Requires `opportunity:read`; 404 when the opportunity is outside the caller's data scope. Each item
    is shown only to a caller with the read permission of its kind.

    Args:
        record_id (UUID): The record's id (UUID).
        limit (int | Unset):  Default: 50.
        cursor (str | Unset): next_cursor of the previous page
        kind (list[OpportunitiesTimelineKindItem] | Unset): Only these kinds.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | TimelinePage]
    """

    kwargs = _get_kwargs(
        record_id=record_id,
        limit=limit,
        cursor=cursor,
        kind=kind,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    record_id: UUID,
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 50,
    cursor: str | Unset = UNSET,
    kind: list[OpportunitiesTimelineKindItem] | Unset = UNSET,
) -> Problem | TimelinePage | None:
    """The opportunity's timeline: activities, tasks, visits, stage changes … newest first

     Requires `opportunity:read`; 404 when the opportunity is outside the caller's data scope. Each item
    is shown only to a caller with the read permission of its kind.

    Args:
        record_id (UUID): The record's id (UUID).
        limit (int | Unset):  Default: 50.
        cursor (str | Unset): next_cursor of the previous page
        kind (list[OpportunitiesTimelineKindItem] | Unset): Only these kinds.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | TimelinePage
    """

    return (
        await asyncio_detailed(
            record_id=record_id,
            client=client,
            limit=limit,
            cursor=cursor,
            kind=kind,
        )
    ).parsed
