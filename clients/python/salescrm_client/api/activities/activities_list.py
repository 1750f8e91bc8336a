import datetime
from http import HTTPStatus
from typing import Any
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.activities_list_sort_type_0 import ActivitiesListSortType0
from ...models.activity_page import ActivityPage
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
    sort: ActivitiesListSortType0 | None | Unset = UNSET,
    q: None | str | Unset = UNSET,
    include_total: bool | Unset = False,
    type_: None | str | Unset = UNSET,
    customer_id: None | Unset | UUID = UNSET,
    contact_id: None | Unset | UUID = UNSET,
    opportunity_id: None | Unset | UUID = UNSET,
    author_id: None | Unset | UUID = UNSET,
    participant_id: None | Unset | UUID = UNSET,
    occurred_from: datetime.datetime | None | Unset = UNSET,
    occurred_to: datetime.datetime | None | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["limit"] = limit

    json_cursor: None | str | Unset
    if isinstance(cursor, Unset):
        json_cursor = UNSET
    else:
        json_cursor = cursor
    params["cursor"] = json_cursor

    json_sort: None | str | Unset
    if isinstance(sort, Unset):
        json_sort = UNSET
    elif isinstance(sort, ActivitiesListSortType0):
        json_sort = sort.value
    else:
        json_sort = sort
    params["sort"] = json_sort

    json_q: None | str | Unset
    if isinstance(q, Unset):
        json_q = UNSET
    else:
        json_q = q
    params["q"] = json_q

    params["include_total"] = include_total

    json_type_: None | str | Unset
    if isinstance(type_, Unset):
        json_type_ = UNSET
    else:
        json_type_ = type_
    params["type"] = json_type_

    json_customer_id: None | str | Unset
    if isinstance(customer_id, Unset):
        json_customer_id = UNSET
    elif isinstance(customer_id, UUID):
        json_customer_id = str(customer_id)
    else:
        json_customer_id = customer_id
    params["customer_id"] = json_customer_id

    json_contact_id: None | str | Unset
    if isinstance(contact_id, Unset):
        json_contact_id = UNSET
    elif isinstance(contact_id, UUID):
        json_contact_id = str(contact_id)
    else:
        json_contact_id = contact_id
    params["contact_id"] = json_contact_id

    json_opportunity_id: None | str | Unset
    if isinstance(opportunity_id, Unset):
        json_opportunity_id = UNSET
    elif isinstance(opportunity_id, UUID):
        json_opportunity_id = str(opportunity_id)
    else:
        json_opportunity_id = opportunity_id
    params["opportunity_id"] = json_opportunity_id

    json_author_id: None | str | Unset
    if isinstance(author_id, Unset):
        json_author_id = UNSET
    elif isinstance(author_id, UUID):
        json_author_id = str(author_id)
    else:
        json_author_id = author_id
    params["author_id"] = json_author_id

    json_participant_id: None | str | Unset
    if isinstance(participant_id, Unset):
        json_participant_id = UNSET
    elif isinstance(participant_id, UUID):
        json_participant_id = str(participant_id)
    else:
        json_participant_id = participant_id
    params["participant_id"] = json_participant_id

    json_occurred_from: None | str | Unset
    if isinstance(occurred_from, Unset):
        json_occurred_from = UNSET
    elif isinstance(occurred_from, datetime.datetime):
        json_occurred_from = occurred_from.isoformat()
    else:
        json_occurred_from = occurred_from
    params["occurred_from"] = json_occurred_from

    json_occurred_to: None | str | Unset
    if isinstance(occurred_to, Unset):
        json_occurred_to = UNSET
    elif isinstance(occurred_to, datetime.datetime):
        json_occurred_to = occurred_to.isoformat()
    else:
        json_occurred_to = occurred_to
    params["occurred_to"] = json_occurred_to

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/activities",
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ActivityPage | Problem | None:
    if response.status_code == 200:
        response_200 = ActivityPage.from_dict(response.json())

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

    if response.status_code == 503:
        response_503 = Problem.from_dict(response.json())

        return response_503

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[ActivityPage | Problem]:
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
    cursor: None | str | Unset = UNSET,
    sort: ActivitiesListSortType0 | None | Unset = UNSET,
    q: None | str | Unset = UNSET,
    include_total: bool | Unset = False,
    type_: None | str | Unset = UNSET,
    customer_id: None | Unset | UUID = UNSET,
    contact_id: None | Unset | UUID = UNSET,
    opportunity_id: None | Unset | UUID = UNSET,
    author_id: None | Unset | UUID = UNSET,
    participant_id: None | Unset | UUID = UNSET,
    occurred_from: datetime.datetime | None | Unset = UNSET,
    occurred_to: datetime.datetime | None | Unset = UNSET,
) -> Response[ActivityPage | Problem]:
    """List activities

     Requires the permission `activity:read`.

    Lists only records within the caller's data scope.

    Args:
        limit (int | Unset): Page size, 1 to 200. Default: 50.
        cursor (None | str | Unset): Opaque cursor from a previous page's next_cursor.
        sort (ActivitiesListSortType0 | None | Unset): Sort field; prefix with '-' for descending.
        q (None | str | Unset): Free-text search; Chinese names also match by pinyin and initials.
        include_total (bool | Unset): Also count all matching rows (slower). Default: False.
        type_ (None | str | Unset):
        customer_id (None | Unset | UUID):
        contact_id (None | Unset | UUID):
        opportunity_id (None | Unset | UUID):
        author_id (None | Unset | UUID):
        participant_id (None | Unset | UUID): An employee who took part.
        occurred_from (datetime.datetime | None | Unset):
        occurred_to (datetime.datetime | None | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ActivityPage | Problem]
    """

    kwargs = _get_kwargs(
        limit=limit,
        cursor=cursor,
        sort=sort,
        q=q,
        include_total=include_total,
        type_=type_,
        customer_id=customer_id,
        contact_id=contact_id,
        opportunity_id=opportunity_id,
        author_id=author_id,
        participant_id=participant_id,
        occurred_from=occurred_from,
        occurred_to=occurred_to,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
    sort: ActivitiesListSortType0 | None | Unset = UNSET,
    q: None | str | Unset = UNSET,
    include_total: bool | Unset = False,
    type_: None | str | Unset = UNSET,
    customer_id: None | Unset | UUID = UNSET,
    contact_id: None | Unset | UUID = UNSET,
    opportunity_id: None | Unset | UUID = UNSET,
    author_id: None | Unset | UUID = UNSET,
    participant_id: None | Unset | UUID = UNSET,
    occurred_from: datetime.datetime | None | Unset = UNSET,
    occurred_to: datetime.datetime | None | Unset = UNSET,
) -> ActivityPage | Problem | None:
    """List activities

     Requires the permission `activity:read`.

    Lists only records within the caller's data scope.

    Args:
        limit (int | Unset): Page size, 1 to 200. Default: 50.
        cursor (None | str | Unset): Opaque cursor from a previous page's next_cursor.
        sort (ActivitiesListSortType0 | None | Unset): Sort field; prefix with '-' for descending.
        q (None | str | Unset): Free-text search; Chinese names also match by pinyin and initials.
        include_total (bool | Unset): Also count all matching rows (slower). Default: False.
        type_ (None | str | Unset):
        customer_id (None | Unset | UUID):
        contact_id (None | Unset | UUID):
        opportunity_id (None | Unset | UUID):
        author_id (None | Unset | UUID):
        participant_id (None | Unset | UUID): An employee who took part.
        occurred_from (datetime.datetime | None | Unset):
        occurred_to (datetime.datetime | None | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ActivityPage | Problem
    """

    return sync_detailed(
        client=client,
        limit=limit,
        cursor=cursor,
        sort=sort,
        q=q,
        include_total=include_total,
        type_=type_,
        customer_id=customer_id,
        contact_id=contact_id,
        opportunity_id=opportunity_id,
        author_id=author_id,
        participant_id=participant_id,
        occurred_from=occurred_from,
        occurred_to=occurred_to,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
    sort: ActivitiesListSortType0 | None | Unset = UNSET,
    q: None | str | Unset = UNSET,
    include_total: bool | Unset = False,
    type_: None | str | Unset = UNSET,
    customer_id: None | Unset | UUID = UNSET,
    contact_id: None | Unset | UUID = UNSET,
    opportunity_id: None | Unset | UUID = UNSET,
    author_id: None | Unset | UUID = UNSET,
    participant_id: None | Unset | UUID = UNSET,
    occurred_from: datetime.datetime | None | Unset = UNSET,
    occurred_to: datetime.datetime | None | Unset = UNSET,
) -> Response[ActivityPage | Problem]:
    """List activities

     Requires the permission `activity:read`.

    Lists only records within the caller's data scope.

    Args:
        limit (int | Unset): Page size, 1 to 200. Default: 50.
        cursor (None | str | Unset): Opaque cursor from a previous page's next_cursor.
        sort (ActivitiesListSortType0 | None | Unset): Sort field; prefix with '-' for descending.
        q (None | str | Unset): Free-text search; Chinese names also match by pinyin and initials.
        include_total (bool | Unset): Also count all matching rows (slower). Default: False.
        type_ (None | str | Unset):
        customer_id (None | Unset | UUID):
        contact_id (None | Unset | UUID):
        opportunity_id (None | Unset | UUID):
        author_id (None | Unset | UUID):
        participant_id (None | Unset | UUID): An employee who took part.
        occurred_from (datetime.datetime | None | Unset):
        occurred_to (datetime.datetime | None | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ActivityPage | Problem]
    """

    kwargs = _get_kwargs(
        limit=limit,
        cursor=cursor,
        sort=sort,
        q=q,
        include_total=include_total,
        type_=type_,
        customer_id=customer_id,
        contact_id=contact_id,
        opportunity_id=opportunity_id,
        author_id=author_id,
        participant_id=participant_id,
        occurred_from=occurred_from,
        occurred_to=occurred_to,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
    sort: ActivitiesListSortType0 | None | Unset = UNSET,
    q: None | str | Unset = UNSET,
    include_total: bool | Unset = False,
    type_: None | str | Unset = UNSET,
    customer_id: None | Unset | UUID = UNSET,
    contact_id: None | Unset | UUID = UNSET,
    opportunity_id: None | Unset | UUID = UNSET,
    author_id: None | Unset | UUID = UNSET,
    participant_id: None | Unset | UUID = UNSET,
    occurred_from: datetime.datetime | None | Unset = UNSET,
    occurred_to: datetime.datetime | None | Unset = UNSET,
) -> ActivityPage | Problem | None:
    """List activities

     Requires the permission `activity:read`.

    Lists only records within the caller's data scope.

    Args:
        limit (int | Unset): Page size, 1 to 200. Default: 50.
        cursor (None | str | Unset): Opaque cursor from a previous page's next_cursor.
        sort (ActivitiesListSortType0 | None | Unset): Sort field; prefix with '-' for descending.
        q (None | str | Unset): Free-text search; Chinese names also match by pinyin and initials.
        include_total (bool | Unset): Also count all matching rows (slower). Default: False.
        type_ (None | str | Unset):
        customer_id (None | Unset | UUID):
        contact_id (None | Unset | UUID):
        opportunity_id (None | Unset | UUID):
        author_id (None | Unset | UUID):
        participant_id (None | Unset | UUID): An employee who took part.
        occurred_from (datetime.datetime | None | Unset):
        occurred_to (datetime.datetime | None | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ActivityPage | Problem
    """

    return (
        await asyncio_detailed(
            client=client,
            limit=limit,
            cursor=cursor,
            sort=sort,
            q=q,
            include_total=include_total,
            type_=type_,
            customer_id=customer_id,
            contact_id=contact_id,
            opportunity_id=opportunity_id,
            author_id=author_id,
            participant_id=participant_id,
            occurred_from=occurred_from,
            occurred_to=occurred_to,
        )
    ).parsed
