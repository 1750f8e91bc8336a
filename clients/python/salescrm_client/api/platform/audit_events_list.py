import datetime
from http import HTTPStatus
from typing import Any
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.audit_event_page import AuditEventPage
from ...models.audit_events_list_action import AuditEventsListAction
from ...models.audit_events_list_sort import AuditEventsListSort
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    limit: int | Unset = 50,
    cursor: str | Unset = UNSET,
    sort: AuditEventsListSort | Unset = UNSET,
    include_total: bool | Unset = False,
    resource: str | Unset = UNSET,
    record_id: UUID | Unset = UNSET,
    actor_id: UUID | Unset = UNSET,
    action: AuditEventsListAction | Unset = UNSET,
    occurred_after: datetime.datetime | Unset = UNSET,
    occurred_before: datetime.datetime | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["limit"] = limit

    params["cursor"] = cursor

    json_sort: str | Unset = UNSET
    if not isinstance(sort, Unset):
        json_sort = sort.value

    params["sort"] = json_sort

    params["include_total"] = include_total

    params["resource"] = resource

    json_record_id: str | Unset = UNSET
    if not isinstance(record_id, Unset):
        json_record_id = str(record_id)
    params["record_id"] = json_record_id

    json_actor_id: str | Unset = UNSET
    if not isinstance(actor_id, Unset):
        json_actor_id = str(actor_id)
    params["actor_id"] = json_actor_id

    json_action: str | Unset = UNSET
    if not isinstance(action, Unset):
        json_action = action.value

    params["action"] = json_action

    json_occurred_after: str | Unset = UNSET
    if not isinstance(occurred_after, Unset):
        json_occurred_after = occurred_after.isoformat()
    params["occurred_after"] = json_occurred_after

    json_occurred_before: str | Unset = UNSET
    if not isinstance(occurred_before, Unset):
        json_occurred_before = occurred_before.isoformat()
    params["occurred_before"] = json_occurred_before

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/audit-events",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AuditEventPage | Problem | None:
    if response.status_code == 200:
        response_200 = AuditEventPage.from_dict(response.json())

        return response_200

    if response.status_code == 401:
        response_401 = Problem.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = Problem.from_dict(response.json())

        return response_403

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
) -> Response[AuditEventPage | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 50,
    cursor: str | Unset = UNSET,
    sort: AuditEventsListSort | Unset = UNSET,
    include_total: bool | Unset = False,
    resource: str | Unset = UNSET,
    record_id: UUID | Unset = UNSET,
    actor_id: UUID | Unset = UNSET,
    action: AuditEventsListAction | Unset = UNSET,
    occurred_after: datetime.datetime | Unset = UNSET,
    occurred_before: datetime.datetime | Unset = UNSET,
) -> Response[AuditEventPage | Problem]:
    """List audit events

     Requires the permission `audit:read`.

    Lists only records within the caller's data scope.

    Args:
        limit (int | Unset): Page size, 1 to 200. Default: 50.
        cursor (str | Unset): Opaque cursor from a previous page's next_cursor.
        sort (AuditEventsListSort | Unset): Sort field; prefix with '-' for descending.
        include_total (bool | Unset): Also count all matching rows (slower). Default: False.
        resource (str | Unset):
        record_id (UUID | Unset):
        actor_id (UUID | Unset):
        action (AuditEventsListAction | Unset):
        occurred_after (datetime.datetime | Unset):
        occurred_before (datetime.datetime | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AuditEventPage | Problem]
    """

    kwargs = _get_kwargs(
        limit=limit,
        cursor=cursor,
        sort=sort,
        include_total=include_total,
        resource=resource,
        record_id=record_id,
        actor_id=actor_id,
        action=action,
        occurred_after=occurred_after,
        occurred_before=occurred_before,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 50,
    cursor: str | Unset = UNSET,
    sort: AuditEventsListSort | Unset = UNSET,
    include_total: bool | Unset = False,
    resource: str | Unset = UNSET,
    record_id: UUID | Unset = UNSET,
    actor_id: UUID | Unset = UNSET,
    action: AuditEventsListAction | Unset = UNSET,
    occurred_after: datetime.datetime | Unset = UNSET,
    occurred_before: datetime.datetime | Unset = UNSET,
) -> AuditEventPage | Problem | None:
    """List audit events

     Requires the permission `audit:read`.

    Lists only records within the caller's data scope.

    Args:
        limit (int | Unset): Page size, 1 to 200. Default: 50.
        cursor (str | Unset): Opaque cursor from a previous page's next_cursor.
        sort (AuditEventsListSort | Unset): Sort field; prefix with '-' for descending.
        include_total (bool | Unset): Also count all matching rows (slower). Default: False.
        resource (str | Unset):
        record_id (UUID | Unset):
        actor_id (UUID | Unset):
        action (AuditEventsListAction | Unset):
        occurred_after (datetime.datetime | Unset):
        occurred_before (datetime.datetime | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AuditEventPage | Problem
    """

    return sync_detailed(
        client=client,
        limit=limit,
        cursor=cursor,
        sort=sort,
        include_total=include_total,
        resource=resource,
        record_id=record_id,
        actor_id=actor_id,
        action=action,
        occurred_after=occurred_after,
        occurred_before=occurred_before,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 50,
    cursor: str | Unset = UNSET,
    sort: AuditEventsListSort | Unset = UNSET,
    include_total: bool | Unset = False,
    resource: str | Unset = UNSET,
    record_id: UUID | Unset = UNSET,
    actor_id: UUID | Unset = UNSET,
    action: AuditEventsListAction | Unset = UNSET,
    occurred_after: datetime.datetime | Unset = UNSET,
    occurred_before: datetime.datetime | Unset = UNSET,
) -> Response[AuditEventPage | Problem]:
    """List audit events

     Requires the permission `audit:read`.

    Lists only records within the caller's data scope.

    Args:
        limit (int | Unset): Page size, 1 to 200. Default: 50.
        cursor (str | Unset): Opaque cursor from a previous page's next_cursor.
        sort (AuditEventsListSort | Unset): Sort field; prefix with '-' for descending.
        include_total (bool | Unset): Also count all matching rows (slower). Default: False.
        resource (str | Unset):
        record_id (UUID | Unset):
        actor_id (UUID | Unset):
        action (AuditEventsListAction | Unset):
        occurred_after (datetime.datetime | Unset):
        occurred_before (datetime.datetime | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AuditEventPage | Problem]
    """

    kwargs = _get_kwargs(
        limit=limit,
        cursor=cursor,
        sort=sort,
        include_total=include_total,
        resource=resource,
        record_id=record_id,
        actor_id=actor_id,
        action=action,
        occurred_after=occurred_after,
        occurred_before=occurred_before,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 50,
    cursor: str | Unset = UNSET,
    sort: AuditEventsListSort | Unset = UNSET,
    include_total: bool | Unset = False,
    resource: str | Unset = UNSET,
    record_id: UUID | Unset = UNSET,
    actor_id: UUID | Unset = UNSET,
    action: AuditEventsListAction | Unset = UNSET,
    occurred_after: datetime.datetime | Unset = UNSET,
    occurred_before: datetime.datetime | Unset = UNSET,
) -> AuditEventPage | Problem | None:
    """List audit events

     Requires the permission `audit:read`.

    Lists only records within the caller's data scope.

    Args:
        limit (int | Unset): Page size, 1 to 200. Default: 50.
        cursor (str | Unset): Opaque cursor from a previous page's next_cursor.
        sort (AuditEventsListSort | Unset): Sort field; prefix with '-' for descending.
        include_total (bool | Unset): Also count all matching rows (slower). Default: False.
        resource (str | Unset):
        record_id (UUID | Unset):
        actor_id (UUID | Unset):
        action (AuditEventsListAction | Unset):
        occurred_after (datetime.datetime | Unset):
        occurred_before (datetime.datetime | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AuditEventPage | Problem
    """

    return (
        await asyncio_detailed(
            client=client,
            limit=limit,
            cursor=cursor,
            sort=sort,
            include_total=include_total,
            resource=resource,
            record_id=record_id,
            actor_id=actor_id,
            action=action,
            occurred_after=occurred_after,
            occurred_before=occurred_before,
        )
    ).parsed
