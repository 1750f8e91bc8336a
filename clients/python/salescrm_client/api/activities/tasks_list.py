import datetime
from http import HTTPStatus
from typing import Any
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.priority import Priority
from ...models.problem import Problem
from ...models.task_page import TaskPage
from ...models.task_status import TaskStatus
from ...models.tasks_list_sort import TasksListSort
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    limit: int | Unset = 50,
    cursor: str | Unset = UNSET,
    sort: TasksListSort | Unset = UNSET,
    q: str | Unset = UNSET,
    include_total: bool | Unset = False,
    owner_id: UUID | Unset = UNSET,
    status: list[TaskStatus] | Unset = UNSET,
    priority: Priority | Unset = UNSET,
    customer_id: UUID | Unset = UNSET,
    contact_id: UUID | Unset = UNSET,
    opportunity_id: UUID | Unset = UNSET,
    due_from: datetime.datetime | Unset = UNSET,
    due_to: datetime.datetime | Unset = UNSET,
    overdue: bool | Unset = UNSET,
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

    json_owner_id: str | Unset = UNSET
    if not isinstance(owner_id, Unset):
        json_owner_id = str(owner_id)
    params["owner_id"] = json_owner_id

    json_status: list[str] | Unset = UNSET
    if not isinstance(status, Unset):
        json_status = []
        for status_item_data in status:
            status_item = status_item_data.value
            json_status.append(status_item)

    params["status"] = json_status

    json_priority: str | Unset = UNSET
    if not isinstance(priority, Unset):
        json_priority = priority.value

    params["priority"] = json_priority

    json_customer_id: str | Unset = UNSET
    if not isinstance(customer_id, Unset):
        json_customer_id = str(customer_id)
    params["customer_id"] = json_customer_id

    json_contact_id: str | Unset = UNSET
    if not isinstance(contact_id, Unset):
        json_contact_id = str(contact_id)
    params["contact_id"] = json_contact_id

    json_opportunity_id: str | Unset = UNSET
    if not isinstance(opportunity_id, Unset):
        json_opportunity_id = str(opportunity_id)
    params["opportunity_id"] = json_opportunity_id

    json_due_from: str | Unset = UNSET
    if not isinstance(due_from, Unset):
        json_due_from = due_from.isoformat()
    params["due_from"] = json_due_from

    json_due_to: str | Unset = UNSET
    if not isinstance(due_to, Unset):
        json_due_to = due_to.isoformat()
    params["due_to"] = json_due_to

    params["overdue"] = overdue

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/tasks",
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Problem | TaskPage | None:
    if response.status_code == 200:
        response_200 = TaskPage.from_dict(response.json())

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Problem | TaskPage]:
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
    sort: TasksListSort | Unset = UNSET,
    q: str | Unset = UNSET,
    include_total: bool | Unset = False,
    owner_id: UUID | Unset = UNSET,
    status: list[TaskStatus] | Unset = UNSET,
    priority: Priority | Unset = UNSET,
    customer_id: UUID | Unset = UNSET,
    contact_id: UUID | Unset = UNSET,
    opportunity_id: UUID | Unset = UNSET,
    due_from: datetime.datetime | Unset = UNSET,
    due_to: datetime.datetime | Unset = UNSET,
    overdue: bool | Unset = UNSET,
) -> Response[Problem | TaskPage]:
    """List tasks

     Requires the permission `task:read`.

    Lists only records within the caller's data scope.

    Args:
        limit (int | Unset): Page size, 1 to 200. Default: 50.
        cursor (str | Unset): Opaque cursor from a previous page's next_cursor.
        sort (TasksListSort | Unset): Sort field; prefix with '-' for descending.
        q (str | Unset): Free-text search; Chinese names also match by pinyin and initials.
        include_total (bool | Unset): Also count all matching rows (slower). Default: False.
        owner_id (UUID | Unset): The assignee.
        status (list[TaskStatus] | Unset):
        priority (Priority | Unset):
        customer_id (UUID | Unset):
        contact_id (UUID | Unset):
        opportunity_id (UUID | Unset):
        due_from (datetime.datetime | Unset):
        due_to (datetime.datetime | Unset):
        overdue (bool | Unset): true: open and past due.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | TaskPage]
    """

    kwargs = _get_kwargs(
        limit=limit,
        cursor=cursor,
        sort=sort,
        q=q,
        include_total=include_total,
        owner_id=owner_id,
        status=status,
        priority=priority,
        customer_id=customer_id,
        contact_id=contact_id,
        opportunity_id=opportunity_id,
        due_from=due_from,
        due_to=due_to,
        overdue=overdue,
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
    sort: TasksListSort | Unset = UNSET,
    q: str | Unset = UNSET,
    include_total: bool | Unset = False,
    owner_id: UUID | Unset = UNSET,
    status: list[TaskStatus] | Unset = UNSET,
    priority: Priority | Unset = UNSET,
    customer_id: UUID | Unset = UNSET,
    contact_id: UUID | Unset = UNSET,
    opportunity_id: UUID | Unset = UNSET,
    due_from: datetime.datetime | Unset = UNSET,
    due_to: datetime.datetime | Unset = UNSET,
    overdue: bool | Unset = UNSET,
) -> Problem | TaskPage | None:
    """List tasks

     Requires the permission `task:read`.

    Lists only records within the caller's data scope.

    Args:
        limit (int | Unset): Page size, 1 to 200. Default: 50.
        cursor (str | Unset): Opaque cursor from a previous page's next_cursor.
        sort (TasksListSort | Unset): Sort field; prefix with '-' for descending.
        q (str | Unset): Free-text search; Chinese names also match by pinyin and initials.
        include_total (bool | Unset): Also count all matching rows (slower). Default: False.
        owner_id (UUID | Unset): The assignee.
        status (list[TaskStatus] | Unset):
        priority (Priority | Unset):
        customer_id (UUID | Unset):
        contact_id (UUID | Unset):
        opportunity_id (UUID | Unset):
        due_from (datetime.datetime | Unset):
        due_to (datetime.datetime | Unset):
        overdue (bool | Unset): true: open and past due.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | TaskPage
    """

    return sync_detailed(
        client=client,
        limit=limit,
        cursor=cursor,
        sort=sort,
        q=q,
        include_total=include_total,
        owner_id=owner_id,
        status=status,
        priority=priority,
        customer_id=customer_id,
        contact_id=contact_id,
        opportunity_id=opportunity_id,
        due_from=due_from,
        due_to=due_to,
        overdue=overdue,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 50,
    cursor: str | Unset = UNSET,
    sort: TasksListSort | Unset = UNSET,
    q: str | Unset = UNSET,
    include_total: bool | Unset = False,
    owner_id: UUID | Unset = UNSET,
    status: list[TaskStatus] | Unset = UNSET,
    priority: Priority | Unset = UNSET,
    customer_id: UUID | Unset = UNSET,
    contact_id: UUID | Unset = UNSET,
    opportunity_id: UUID | Unset = UNSET,
    due_from: datetime.datetime | Unset = UNSET,
    due_to: datetime.datetime | Unset = UNSET,
    overdue: bool | Unset = UNSET,
) -> Response[Problem | TaskPage]:
    """List tasks

     Requires the permission `task:read`.

    Lists only records within the caller's data scope.

    Args:
        limit (int | Unset): Page size, 1 to 200. Default: 50.
        cursor (str | Unset): Opaque cursor from a previous page's next_cursor.
        sort (TasksListSort | Unset): Sort field; prefix with '-' for descending.
        q (str | Unset): Free-text search; Chinese names also match by pinyin and initials.
        include_total (bool | Unset): Also count all matching rows (slower). Default: False.
        owner_id (UUID | Unset): The assignee.
        status (list[TaskStatus] | Unset):
        priority (Priority | Unset):
        customer_id (UUID | Unset):
        contact_id (UUID | Unset):
        opportunity_id (UUID | Unset):
        due_from (datetime.datetime | Unset):
        due_to (datetime.datetime | Unset):
        overdue (bool | Unset): true: open and past due.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | TaskPage]
    """

    kwargs = _get_kwargs(
        limit=limit,
        cursor=cursor,
        sort=sort,
        q=q,
        include_total=include_total,
        owner_id=owner_id,
        status=status,
        priority=priority,
        customer_id=customer_id,
        contact_id=contact_id,
        opportunity_id=opportunity_id,
        due_from=due_from,
        due_to=due_to,
        overdue=overdue,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 50,
    cursor: str | Unset = UNSET,
    sort: TasksListSort | Unset = UNSET,
    q: str | Unset = UNSET,
    include_total: bool | Unset = False,
    owner_id: UUID | Unset = UNSET,
    status: list[TaskStatus] | Unset = UNSET,
    priority: Priority | Unset = UNSET,
    customer_id: UUID | Unset = UNSET,
    contact_id: UUID | Unset = UNSET,
    opportunity_id: UUID | Unset = UNSET,
    due_from: datetime.datetime | Unset = UNSET,
    due_to: datetime.datetime | Unset = UNSET,
    overdue: bool | Unset = UNSET,
) -> Problem | TaskPage | None:
    """List tasks

     Requires the permission `task:read`.

    Lists only records within the caller's data scope.

    Args:
        limit (int | Unset): Page size, 1 to 200. Default: 50.
        cursor (str | Unset): Opaque cursor from a previous page's next_cursor.
        sort (TasksListSort | Unset): Sort field; prefix with '-' for descending.
        q (str | Unset): Free-text search; Chinese names also match by pinyin and initials.
        include_total (bool | Unset): Also count all matching rows (slower). Default: False.
        owner_id (UUID | Unset): The assignee.
        status (list[TaskStatus] | Unset):
        priority (Priority | Unset):
        customer_id (UUID | Unset):
        contact_id (UUID | Unset):
        opportunity_id (UUID | Unset):
        due_from (datetime.datetime | Unset):
        due_to (datetime.datetime | Unset):
        overdue (bool | Unset): true: open and past due.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | TaskPage
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
            status=status,
            priority=priority,
            customer_id=customer_id,
            contact_id=contact_id,
            opportunity_id=opportunity_id,
            due_from=due_from,
            due_to=due_to,
            overdue=overdue,
        )
    ).parsed
