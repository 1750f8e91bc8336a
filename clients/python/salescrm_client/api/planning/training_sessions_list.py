import datetime
from http import HTTPStatus
from typing import Any
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.problem import Problem
from ...models.training_session_page import TrainingSessionPage
from ...models.training_sessions_list_sort import TrainingSessionsListSort
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    limit: int | Unset = 50,
    cursor: str | Unset = UNSET,
    sort: TrainingSessionsListSort | Unset = UNSET,
    q: str | Unset = UNSET,
    include_total: bool | Unset = False,
    plan_id: UUID | Unset = UNSET,
    trainer_id: UUID | Unset = UNSET,
    owner_id: UUID | Unset = UNSET,
    attendee_id: UUID | Unset = UNSET,
    starts_from: datetime.datetime | Unset = UNSET,
    starts_to: datetime.datetime | Unset = UNSET,
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

    json_plan_id: str | Unset = UNSET
    if not isinstance(plan_id, Unset):
        json_plan_id = str(plan_id)
    params["plan_id"] = json_plan_id

    json_trainer_id: str | Unset = UNSET
    if not isinstance(trainer_id, Unset):
        json_trainer_id = str(trainer_id)
    params["trainer_id"] = json_trainer_id

    json_owner_id: str | Unset = UNSET
    if not isinstance(owner_id, Unset):
        json_owner_id = str(owner_id)
    params["owner_id"] = json_owner_id

    json_attendee_id: str | Unset = UNSET
    if not isinstance(attendee_id, Unset):
        json_attendee_id = str(attendee_id)
    params["attendee_id"] = json_attendee_id

    json_starts_from: str | Unset = UNSET
    if not isinstance(starts_from, Unset):
        json_starts_from = starts_from.isoformat()
    params["starts_from"] = json_starts_from

    json_starts_to: str | Unset = UNSET
    if not isinstance(starts_to, Unset):
        json_starts_to = starts_to.isoformat()
    params["starts_to"] = json_starts_to

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/training-sessions",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Problem | TrainingSessionPage | None:
    if response.status_code == 200:
        response_200 = TrainingSessionPage.from_dict(response.json())

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
) -> Response[Problem | TrainingSessionPage]:
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
    sort: TrainingSessionsListSort | Unset = UNSET,
    q: str | Unset = UNSET,
    include_total: bool | Unset = False,
    plan_id: UUID | Unset = UNSET,
    trainer_id: UUID | Unset = UNSET,
    owner_id: UUID | Unset = UNSET,
    attendee_id: UUID | Unset = UNSET,
    starts_from: datetime.datetime | Unset = UNSET,
    starts_to: datetime.datetime | Unset = UNSET,
) -> Response[Problem | TrainingSessionPage]:
    """List training sessions

     Requires `training:read`; lists the sessions whose organiser the caller's data scope covers, and
    those the caller attends.

    Lists only records within the caller's data scope.

    Args:
        limit (int | Unset): Page size, 1 to 200. Default: 50.
        cursor (str | Unset): Opaque cursor from a previous page's next_cursor.
        sort (TrainingSessionsListSort | Unset): Sort field; prefix with '-' for descending.
        q (str | Unset): Free-text search; Chinese names also match by pinyin and initials.
        include_total (bool | Unset): Also count all matching rows (slower). Default: False.
        plan_id (UUID | Unset):
        trainer_id (UUID | Unset):
        owner_id (UUID | Unset):
        attendee_id (UUID | Unset): Sessions this employee attends.
        starts_from (datetime.datetime | Unset):
        starts_to (datetime.datetime | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | TrainingSessionPage]
    """

    kwargs = _get_kwargs(
        limit=limit,
        cursor=cursor,
        sort=sort,
        q=q,
        include_total=include_total,
        plan_id=plan_id,
        trainer_id=trainer_id,
        owner_id=owner_id,
        attendee_id=attendee_id,
        starts_from=starts_from,
        starts_to=starts_to,
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
    sort: TrainingSessionsListSort | Unset = UNSET,
    q: str | Unset = UNSET,
    include_total: bool | Unset = False,
    plan_id: UUID | Unset = UNSET,
    trainer_id: UUID | Unset = UNSET,
    owner_id: UUID | Unset = UNSET,
    attendee_id: UUID | Unset = UNSET,
    starts_from: datetime.datetime | Unset = UNSET,
    starts_to: datetime.datetime | Unset = UNSET,
) -> Problem | TrainingSessionPage | None:
    """List training sessions

     Requires `training:read`; lists the sessions whose organiser the caller's data scope covers, and
    those the caller attends.

    Lists only records within the caller's data scope.

    Args:
        limit (int | Unset): Page size, 1 to 200. Default: 50.
        cursor (str | Unset): Opaque cursor from a previous page's next_cursor.
        sort (TrainingSessionsListSort | Unset): Sort field; prefix with '-' for descending.
        q (str | Unset): Free-text search; Chinese names also match by pinyin and initials.
        include_total (bool | Unset): Also count all matching rows (slower). Default: False.
        plan_id (UUID | Unset):
        trainer_id (UUID | Unset):
        owner_id (UUID | Unset):
        attendee_id (UUID | Unset): Sessions this employee attends.
        starts_from (datetime.datetime | Unset):
        starts_to (datetime.datetime | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | TrainingSessionPage
    """

    return sync_detailed(
        client=client,
        limit=limit,
        cursor=cursor,
        sort=sort,
        q=q,
        include_total=include_total,
        plan_id=plan_id,
        trainer_id=trainer_id,
        owner_id=owner_id,
        attendee_id=attendee_id,
        starts_from=starts_from,
        starts_to=starts_to,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 50,
    cursor: str | Unset = UNSET,
    sort: TrainingSessionsListSort | Unset = UNSET,
    q: str | Unset = UNSET,
    include_total: bool | Unset = False,
    plan_id: UUID | Unset = UNSET,
    trainer_id: UUID | Unset = UNSET,
    owner_id: UUID | Unset = UNSET,
    attendee_id: UUID | Unset = UNSET,
    starts_from: datetime.datetime | Unset = UNSET,
    starts_to: datetime.datetime | Unset = UNSET,
) -> Response[Problem | TrainingSessionPage]:
    """List training sessions

     Requires `training:read`; lists the sessions whose organiser the caller's data scope covers, and
    those the caller attends.

    Lists only records within the caller's data scope.

    Args:
        limit (int | Unset): Page size, 1 to 200. Default: 50.
        cursor (str | Unset): Opaque cursor from a previous page's next_cursor.
        sort (TrainingSessionsListSort | Unset): Sort field; prefix with '-' for descending.
        q (str | Unset): Free-text search; Chinese names also match by pinyin and initials.
        include_total (bool | Unset): Also count all matching rows (slower). Default: False.
        plan_id (UUID | Unset):
        trainer_id (UUID | Unset):
        owner_id (UUID | Unset):
        attendee_id (UUID | Unset): Sessions this employee attends.
        starts_from (datetime.datetime | Unset):
        starts_to (datetime.datetime | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | TrainingSessionPage]
    """

    kwargs = _get_kwargs(
        limit=limit,
        cursor=cursor,
        sort=sort,
        q=q,
        include_total=include_total,
        plan_id=plan_id,
        trainer_id=trainer_id,
        owner_id=owner_id,
        attendee_id=attendee_id,
        starts_from=starts_from,
        starts_to=starts_to,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 50,
    cursor: str | Unset = UNSET,
    sort: TrainingSessionsListSort | Unset = UNSET,
    q: str | Unset = UNSET,
    include_total: bool | Unset = False,
    plan_id: UUID | Unset = UNSET,
    trainer_id: UUID | Unset = UNSET,
    owner_id: UUID | Unset = UNSET,
    attendee_id: UUID | Unset = UNSET,
    starts_from: datetime.datetime | Unset = UNSET,
    starts_to: datetime.datetime | Unset = UNSET,
) -> Problem | TrainingSessionPage | None:
    """List training sessions

     Requires `training:read`; lists the sessions whose organiser the caller's data scope covers, and
    those the caller attends.

    Lists only records within the caller's data scope.

    Args:
        limit (int | Unset): Page size, 1 to 200. Default: 50.
        cursor (str | Unset): Opaque cursor from a previous page's next_cursor.
        sort (TrainingSessionsListSort | Unset): Sort field; prefix with '-' for descending.
        q (str | Unset): Free-text search; Chinese names also match by pinyin and initials.
        include_total (bool | Unset): Also count all matching rows (slower). Default: False.
        plan_id (UUID | Unset):
        trainer_id (UUID | Unset):
        owner_id (UUID | Unset):
        attendee_id (UUID | Unset): Sessions this employee attends.
        starts_from (datetime.datetime | Unset):
        starts_to (datetime.datetime | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | TrainingSessionPage
    """

    return (
        await asyncio_detailed(
            client=client,
            limit=limit,
            cursor=cursor,
            sort=sort,
            q=q,
            include_total=include_total,
            plan_id=plan_id,
            trainer_id=trainer_id,
            owner_id=owner_id,
            attendee_id=attendee_id,
            starts_from=starts_from,
            starts_to=starts_to,
        )
    ).parsed
