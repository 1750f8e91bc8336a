from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.notification_kind import NotificationKind
from ...models.notification_page import NotificationPage
from ...models.notifications_list_sort import NotificationsListSort
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    limit: int | Unset = 50,
    cursor: str | Unset = UNSET,
    sort: NotificationsListSort | Unset = UNSET,
    include_total: bool | Unset = False,
    unread: bool | Unset = UNSET,
    kind: NotificationKind | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["limit"] = limit

    params["cursor"] = cursor

    json_sort: str | Unset = UNSET
    if not isinstance(sort, Unset):
        json_sort = sort.value

    params["sort"] = json_sort

    params["include_total"] = include_total

    params["unread"] = unread

    json_kind: str | Unset = UNSET
    if not isinstance(kind, Unset):
        json_kind = kind.value

    params["kind"] = json_kind

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/notifications",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> NotificationPage | Problem | None:
    if response.status_code == 200:
        response_200 = NotificationPage.from_dict(response.json())

        return response_200

    if response.status_code == 401:
        response_401 = Problem.from_dict(response.json())

        return response_401

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
) -> Response[NotificationPage | Problem]:
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
    sort: NotificationsListSort | Unset = UNSET,
    include_total: bool | Unset = False,
    unread: bool | Unset = UNSET,
    kind: NotificationKind | Unset = UNSET,
) -> Response[NotificationPage | Problem]:
    """List the caller's notifications, newest first

    Args:
        limit (int | Unset): Page size, 1 to 200. Default: 50.
        cursor (str | Unset): Opaque cursor from a previous page's next_cursor.
        sort (NotificationsListSort | Unset): Sort field; prefix with '-' for descending.
        include_total (bool | Unset): Also count all matching rows (slower). Default: False.
        unread (bool | Unset): true: only unread; false: only read.
        kind (NotificationKind | Unset): What a notification is about: a stable code clients
            filter and render by.

            - ``approval_pending``: a request waits for the recipient's decision (``approval``);
            - ``approval_decided``: the recipient's request was approved, rejected or returned for
              changes (``approval``);
            - ``approval_comment``: someone commented on a request the recipient applied for or
              decides (``approval``);
            - ``approval_reminder``: a request has waited for the recipient's decision (``approval``);
            - ``budget_alert``: spending on a budget the recipient owns crossed its alert share
              (``budget``);
            - ``commission_statement``: the recipient's commission statement of a period was approved
              (``commission_statement``);
            - ``customer_pool_warning``: one of the recipient's customers returns to the public pool
              soon without a follow-up (``resource`` ``customer``);
            - ``customer_returned_to_pool``: one of their customers went back to the pool
            (``customer``);
            - ``customers_transferred``: customers were handed to the recipient (``customer`` when it
              was one, else no record);
            - ``hand_over``: a colleague's records were handed over to the recipient, or to someone
              reporting to them (``employee``: the colleague who handed over);
            - ``journal``: a journal was submitted to the recipient, commented or replied to, or is
              due and not submitted (``journal`` when it exists);
            - ``sales_target``: a target of the recipient was set or revised in an approved plan
              (``sales_target``);
            - ``schedule_comment``: a leader commented on an event of the recipient's schedule
              (``schedule``);
            - ``schedule_reminder``: a leader reminded the recipient of an event (``schedule``);
            - ``task_reminder``: a task's reminder time came (``task``);
            - ``territory_reassigned``: customers of the recipient moved to another territory when its
              rules or people changed (``territory``);
            - ``training``: the recipient was invited to a training session (``training_session``);
            - ``webhook_disabled``: one of the recipient's webhook subscriptions was disabled after
              deliveries failed in a row (``webhook``).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[NotificationPage | Problem]
    """

    kwargs = _get_kwargs(
        limit=limit,
        cursor=cursor,
        sort=sort,
        include_total=include_total,
        unread=unread,
        kind=kind,
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
    sort: NotificationsListSort | Unset = UNSET,
    include_total: bool | Unset = False,
    unread: bool | Unset = UNSET,
    kind: NotificationKind | Unset = UNSET,
) -> NotificationPage | Problem | None:
    """List the caller's notifications, newest first

    Args:
        limit (int | Unset): Page size, 1 to 200. Default: 50.
        cursor (str | Unset): Opaque cursor from a previous page's next_cursor.
        sort (NotificationsListSort | Unset): Sort field; prefix with '-' for descending.
        include_total (bool | Unset): Also count all matching rows (slower). Default: False.
        unread (bool | Unset): true: only unread; false: only read.
        kind (NotificationKind | Unset): What a notification is about: a stable code clients
            filter and render by.

            - ``approval_pending``: a request waits for the recipient's decision (``approval``);
            - ``approval_decided``: the recipient's request was approved, rejected or returned for
              changes (``approval``);
            - ``approval_comment``: someone commented on a request the recipient applied for or
              decides (``approval``);
            - ``approval_reminder``: a request has waited for the recipient's decision (``approval``);
            - ``budget_alert``: spending on a budget the recipient owns crossed its alert share
              (``budget``);
            - ``commission_statement``: the recipient's commission statement of a period was approved
              (``commission_statement``);
            - ``customer_pool_warning``: one of the recipient's customers returns to the public pool
              soon without a follow-up (``resource`` ``customer``);
            - ``customer_returned_to_pool``: one of their customers went back to the pool
            (``customer``);
            - ``customers_transferred``: customers were handed to the recipient (``customer`` when it
              was one, else no record);
            - ``hand_over``: a colleague's records were handed over to the recipient, or to someone
              reporting to them (``employee``: the colleague who handed over);
            - ``journal``: a journal was submitted to the recipient, commented or replied to, or is
              due and not submitted (``journal`` when it exists);
            - ``sales_target``: a target of the recipient was set or revised in an approved plan
              (``sales_target``);
            - ``schedule_comment``: a leader commented on an event of the recipient's schedule
              (``schedule``);
            - ``schedule_reminder``: a leader reminded the recipient of an event (``schedule``);
            - ``task_reminder``: a task's reminder time came (``task``);
            - ``territory_reassigned``: customers of the recipient moved to another territory when its
              rules or people changed (``territory``);
            - ``training``: the recipient was invited to a training session (``training_session``);
            - ``webhook_disabled``: one of the recipient's webhook subscriptions was disabled after
              deliveries failed in a row (``webhook``).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        NotificationPage | Problem
    """

    return sync_detailed(
        client=client,
        limit=limit,
        cursor=cursor,
        sort=sort,
        include_total=include_total,
        unread=unread,
        kind=kind,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 50,
    cursor: str | Unset = UNSET,
    sort: NotificationsListSort | Unset = UNSET,
    include_total: bool | Unset = False,
    unread: bool | Unset = UNSET,
    kind: NotificationKind | Unset = UNSET,
) -> Response[NotificationPage | Problem]:
    """List the caller's notifications, newest first

    Args:
        limit (int | Unset): Page size, 1 to 200. Default: 50.
        cursor (str | Unset): Opaque cursor from a previous page's next_cursor.
        sort (NotificationsListSort | Unset): Sort field; prefix with '-' for descending.
        include_total (bool | Unset): Also count all matching rows (slower). Default: False.
        unread (bool | Unset): true: only unread; false: only read.
        kind (NotificationKind | Unset): What a notification is about: a stable code clients
            filter and render by.

            - ``approval_pending``: a request waits for the recipient's decision (``approval``);
            - ``approval_decided``: the recipient's request was approved, rejected or returned for
              changes (``approval``);
            - ``approval_comment``: someone commented on a request the recipient applied for or
              decides (``approval``);
            - ``approval_reminder``: a request has waited for the recipient's decision (``approval``);
            - ``budget_alert``: spending on a budget the recipient owns crossed its alert share
              (``budget``);
            - ``commission_statement``: the recipient's commission statement of a period was approved
              (``commission_statement``);
            - ``customer_pool_warning``: one of the recipient's customers returns to the public pool
              soon without a follow-up (``resource`` ``customer``);
            - ``customer_returned_to_pool``: one of their customers went back to the pool
            (``customer``);
            - ``customers_transferred``: customers were handed to the recipient (``customer`` when it
              was one, else no record);
            - ``hand_over``: a colleague's records were handed over to the recipient, or to someone
              reporting to them (``employee``: the colleague who handed over);
            - ``journal``: a journal was submitted to the recipient, commented or replied to, or is
              due and not submitted (``journal`` when it exists);
            - ``sales_target``: a target of the recipient was set or revised in an approved plan
              (``sales_target``);
            - ``schedule_comment``: a leader commented on an event of the recipient's schedule
              (``schedule``);
            - ``schedule_reminder``: a leader reminded the recipient of an event (``schedule``);
            - ``task_reminder``: a task's reminder time came (``task``);
            - ``territory_reassigned``: customers of the recipient moved to another territory when its
              rules or people changed (``territory``);
            - ``training``: the recipient was invited to a training session (``training_session``);
            - ``webhook_disabled``: one of the recipient's webhook subscriptions was disabled after
              deliveries failed in a row (``webhook``).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[NotificationPage | Problem]
    """

    kwargs = _get_kwargs(
        limit=limit,
        cursor=cursor,
        sort=sort,
        include_total=include_total,
        unread=unread,
        kind=kind,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 50,
    cursor: str | Unset = UNSET,
    sort: NotificationsListSort | Unset = UNSET,
    include_total: bool | Unset = False,
    unread: bool | Unset = UNSET,
    kind: NotificationKind | Unset = UNSET,
) -> NotificationPage | Problem | None:
    """List the caller's notifications, newest first

    Args:
        limit (int | Unset): Page size, 1 to 200. Default: 50.
        cursor (str | Unset): Opaque cursor from a previous page's next_cursor.
        sort (NotificationsListSort | Unset): Sort field; prefix with '-' for descending.
        include_total (bool | Unset): Also count all matching rows (slower). Default: False.
        unread (bool | Unset): true: only unread; false: only read.
        kind (NotificationKind | Unset): What a notification is about: a stable code clients
            filter and render by.

            - ``approval_pending``: a request waits for the recipient's decision (``approval``);
            - ``approval_decided``: the recipient's request was approved, rejected or returned for
              changes (``approval``);
            - ``approval_comment``: someone commented on a request the recipient applied for or
              decides (``approval``);
            - ``approval_reminder``: a request has waited for the recipient's decision (``approval``);
            - ``budget_alert``: spending on a budget the recipient owns crossed its alert share
              (``budget``);
            - ``commission_statement``: the recipient's commission statement of a period was approved
              (``commission_statement``);
            - ``customer_pool_warning``: one of the recipient's customers returns to the public pool
              soon without a follow-up (``resource`` ``customer``);
            - ``customer_returned_to_pool``: one of their customers went back to the pool
            (``customer``);
            - ``customers_transferred``: customers were handed to the recipient (``customer`` when it
              was one, else no record);
            - ``hand_over``: a colleague's records were handed over to the recipient, or to someone
              reporting to them (``employee``: the colleague who handed over);
            - ``journal``: a journal was submitted to the recipient, commented or replied to, or is
              due and not submitted (``journal`` when it exists);
            - ``sales_target``: a target of the recipient was set or revised in an approved plan
              (``sales_target``);
            - ``schedule_comment``: a leader commented on an event of the recipient's schedule
              (``schedule``);
            - ``schedule_reminder``: a leader reminded the recipient of an event (``schedule``);
            - ``task_reminder``: a task's reminder time came (``task``);
            - ``territory_reassigned``: customers of the recipient moved to another territory when its
              rules or people changed (``territory``);
            - ``training``: the recipient was invited to a training session (``training_session``);
            - ``webhook_disabled``: one of the recipient's webhook subscriptions was disabled after
              deliveries failed in a row (``webhook``).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        NotificationPage | Problem
    """

    return (
        await asyncio_detailed(
            client=client,
            limit=limit,
            cursor=cursor,
            sort=sort,
            include_total=include_total,
            unread=unread,
            kind=kind,
        )
    ).parsed
