import datetime
from http import HTTPStatus
from typing import Any
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.problem import Problem
from ...models.schedule_kind import ScheduleKind
from ...models.schedule_page import SchedulePage
from ...models.schedules_list_sort import SchedulesListSort
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    limit: int | Unset = 50,
    cursor: str | Unset = UNSET,
    sort: SchedulesListSort | Unset = UNSET,
    q: str | Unset = UNSET,
    include_total: bool | Unset = False,
    owner_id: list[UUID] | Unset = UNSET,
    kind: list[ScheduleKind] | Unset = UNSET,
    customer_id: UUID | Unset = UNSET,
    opportunity_id: UUID | Unset = UNSET,
    attendee_id: UUID | Unset = UNSET,
    ends_after: datetime.datetime | Unset = UNSET,
    starts_before: datetime.datetime | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["limit"] = limit

    params["cursor"] = cursor

    json_sort: str | Unset = UNSET
    if not isinstance(sort, Unset):
        json_sort = sort.value

    params["sort"] = json_sort

    params["q"] = q

    params["include_total"] = include_total

    json_owner_id: list[str] | Unset = UNSET
    if not isinstance(owner_id, Unset):
        json_owner_id = []
        for owner_id_item_data in owner_id:
            owner_id_item = str(owner_id_item_data)
            json_owner_id.append(owner_id_item)

    params["owner_id"] = json_owner_id

    json_kind: list[str] | Unset = UNSET
    if not isinstance(kind, Unset):
        json_kind = []
        for kind_item_data in kind:
            kind_item = kind_item_data.value
            json_kind.append(kind_item)

    params["kind"] = json_kind

    json_customer_id: str | Unset = UNSET
    if not isinstance(customer_id, Unset):
        json_customer_id = str(customer_id)
    params["customer_id"] = json_customer_id

    json_opportunity_id: str | Unset = UNSET
    if not isinstance(opportunity_id, Unset):
        json_opportunity_id = str(opportunity_id)
    params["opportunity_id"] = json_opportunity_id

    json_attendee_id: str | Unset = UNSET
    if not isinstance(attendee_id, Unset):
        json_attendee_id = str(attendee_id)
    params["attendee_id"] = json_attendee_id

    json_ends_after: str | Unset = UNSET
    if not isinstance(ends_after, Unset):
        json_ends_after = ends_after.isoformat()
    params["ends_after"] = json_ends_after

    json_starts_before: str | Unset = UNSET
    if not isinstance(starts_before, Unset):
        json_starts_before = starts_before.isoformat()
    params["starts_before"] = json_starts_before

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/schedules",
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Problem | SchedulePage | None:
    if response.status_code == 200:
        response_200 = SchedulePage.from_dict(response.json())

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
) -> Response[Problem | SchedulePage]:
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
    sort: SchedulesListSort | Unset = UNSET,
    q: str | Unset = UNSET,
    include_total: bool | Unset = False,
    owner_id: list[UUID] | Unset = UNSET,
    kind: list[ScheduleKind] | Unset = UNSET,
    customer_id: UUID | Unset = UNSET,
    opportunity_id: UUID | Unset = UNSET,
    attendee_id: UUID | Unset = UNSET,
    ends_after: datetime.datetime | Unset = UNSET,
    starts_before: datetime.datetime | Unset = UNSET,
) -> Response[Problem | SchedulePage]:
    """List schedules

     Requires `schedule:read`. Lists the events of the employees in the caller's data scope and the
    events the caller attends.

    Lists only records within the caller's data scope.

    Args:
        limit (int | Unset): Page size, 1 to 200. Default: 50.
        cursor (str | Unset): Opaque cursor from a previous page's next_cursor.
        sort (SchedulesListSort | Unset): Sort field; prefix with '-' for descending.
        q (str | Unset): Free-text search; Chinese names also match by pinyin and initials.
        include_total (bool | Unset): Also count all matching rows (slower). Default: False.
        owner_id (list[UUID] | Unset): Whose schedules (repeat for several).
        kind (list[ScheduleKind] | Unset):
        customer_id (UUID | Unset):
        opportunity_id (UUID | Unset):
        attendee_id (UUID | Unset): Events this employee attends.
        ends_after (datetime.datetime | Unset): With `starts_before`: the events that meet a day
            or a week.
        starts_before (datetime.datetime | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | SchedulePage]
    """

    kwargs = _get_kwargs(
        limit=limit,
        cursor=cursor,
        sort=sort,
        q=q,
        include_total=include_total,
        owner_id=owner_id,
        kind=kind,
        customer_id=customer_id,
        opportunity_id=opportunity_id,
        attendee_id=attendee_id,
        ends_after=ends_after,
        starts_before=starts_before,
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
    sort: SchedulesListSort | Unset = UNSET,
    q: str | Unset = UNSET,
    include_total: bool | Unset = False,
    owner_id: list[UUID] | Unset = UNSET,
    kind: list[ScheduleKind] | Unset = UNSET,
    customer_id: UUID | Unset = UNSET,
    opportunity_id: UUID | Unset = UNSET,
    attendee_id: UUID | Unset = UNSET,
    ends_after: datetime.datetime | Unset = UNSET,
    starts_before: datetime.datetime | Unset = UNSET,
) -> Problem | SchedulePage | None:
    """List schedules

     Requires `schedule:read`. Lists the events of the employees in the caller's data scope and the
    events the caller attends.

    Lists only records within the caller's data scope.

    Args:
        limit (int | Unset): Page size, 1 to 200. Default: 50.
        cursor (str | Unset): Opaque cursor from a previous page's next_cursor.
        sort (SchedulesListSort | Unset): Sort field; prefix with '-' for descending.
        q (str | Unset): Free-text search; Chinese names also match by pinyin and initials.
        include_total (bool | Unset): Also count all matching rows (slower). Default: False.
        owner_id (list[UUID] | Unset): Whose schedules (repeat for several).
        kind (list[ScheduleKind] | Unset):
        customer_id (UUID | Unset):
        opportunity_id (UUID | Unset):
        attendee_id (UUID | Unset): Events this employee attends.
        ends_after (datetime.datetime | Unset): With `starts_before`: the events that meet a day
            or a week.
        starts_before (datetime.datetime | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | SchedulePage
    """

    return sync_detailed(
        client=client,
        limit=limit,
        cursor=cursor,
        sort=sort,
        q=q,
        include_total=include_total,
        owner_id=owner_id,
        kind=kind,
        customer_id=customer_id,
        opportunity_id=opportunity_id,
        attendee_id=attendee_id,
        ends_after=ends_after,
        starts_before=starts_before,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 50,
    cursor: str | Unset = UNSET,
    sort: SchedulesListSort | Unset = UNSET,
    q: str | Unset = UNSET,
    include_total: bool | Unset = False,
    owner_id: list[UUID] | Unset = UNSET,
    kind: list[ScheduleKind] | Unset = UNSET,
    customer_id: UUID | Unset = UNSET,
    opportunity_id: UUID | Unset = UNSET,
    attendee_id: UUID | Unset = UNSET,
    ends_after: datetime.datetime | Unset = UNSET,
    starts_before: datetime.datetime | Unset = UNSET,
) -> Response[Problem | SchedulePage]:
    """List schedules

     Requires `schedule:read`. Lists the events of the employees in the caller's data scope and the
    events the caller attends.

    Lists only records within the caller's data scope.

    Args:
        limit (int | Unset): Page size, 1 to 200. Default: 50.
        cursor (str | Unset): Opaque cursor from a previous page's next_cursor.
        sort (SchedulesListSort | Unset): Sort field; prefix with '-' for descending.
        q (str | Unset): Free-text search; Chinese names also match by pinyin and initials.
        include_total (bool | Unset): Also count all matching rows (slower). Default: False.
        owner_id (list[UUID] | Unset): Whose schedules (repeat for several).
        kind (list[ScheduleKind] | Unset):
        customer_id (UUID | Unset):
        opportunity_id (UUID | Unset):
        attendee_id (UUID | Unset): Events this employee attends.
        ends_after (datetime.datetime | Unset): With `starts_before`: the events that meet a day
            or a week.
        starts_before (datetime.datetime | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | SchedulePage]
    """

    kwargs = _get_kwargs(
        limit=limit,
        cursor=cursor,
        sort=sort,
        q=q,
        include_total=include_total,
        owner_id=owner_id,
        kind=kind,
        customer_id=customer_id,
        opportunity_id=opportunity_id,
        attendee_id=attendee_id,
        ends_after=ends_after,
        starts_before=starts_before,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 50,
    cursor: str | Unset = UNSET,
    sort: SchedulesListSort | Unset = UNSET,
    q: str | Unset = UNSET,
    include_total: bool | Unset = False,
    owner_id: list[UUID] | Unset = UNSET,
    kind: list[ScheduleKind] | Unset = UNSET,
    customer_id: UUID | Unset = UNSET,
    opportunity_id: UUID | Unset = UNSET,
    attendee_id: UUID | Unset = UNSET,
    ends_after: datetime.datetime | Unset = UNSET,
    starts_before: datetime.datetime | Unset = UNSET,
) -> Problem | SchedulePage | None:
    """List schedules

     Requires `schedule:read`. Lists the events of the employees in the caller's data scope and the
    events the caller attends.

    Lists only records within the caller's data scope.

    Args:
        limit (int | Unset): Page size, 1 to 200. Default: 50.
        cursor (str | Unset): Opaque cursor from a previous page's next_cursor.
        sort (SchedulesListSort | Unset): Sort field; prefix with '-' for descending.
        q (str | Unset): Free-text search; Chinese names also match by pinyin and initials.
        include_total (bool | Unset): Also count all matching rows (slower). Default: False.
        owner_id (list[UUID] | Unset): Whose schedules (repeat for several).
        kind (list[ScheduleKind] | Unset):
        customer_id (UUID | Unset):
        opportunity_id (UUID | Unset):
        attendee_id (UUID | Unset): Events this employee attends.
        ends_after (datetime.datetime | Unset): With `starts_before`: the events that meet a day
            or a week.
        starts_before (datetime.datetime | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | SchedulePage
    """

    return (
        await asyncio_detailed(
            client=client,
            limit=limit,
            cursor=cursor,
            sort=sort,
            q=q,
            include_total=include_total,
            owner_id=owner_id,
            kind=kind,
            customer_id=customer_id,
            opportunity_id=opportunity_id,
            attendee_id=attendee_id,
            ends_after=ends_after,
            starts_before=starts_before,
        )
    ).parsed
