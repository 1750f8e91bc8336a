import datetime
from http import HTTPStatus
from typing import Any
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.activities_list_sort import ActivitiesListSort
from ...models.activity_page import ActivityPage
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    limit: int | Unset = 50,
    cursor: str | Unset = UNSET,
    sort: ActivitiesListSort | Unset = UNSET,
    q: str | Unset = UNSET,
    include_total: bool | Unset = False,
    type_: str | Unset = UNSET,
    customer_id: UUID | Unset = UNSET,
    contact_id: UUID | Unset = UNSET,
    opportunity_id: UUID | Unset = UNSET,
    author_id: UUID | Unset = UNSET,
    participant_id: UUID | Unset = UNSET,
    occurred_from: datetime.datetime | Unset = UNSET,
    occurred_to: datetime.datetime | Unset = UNSET,
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

    params["type"] = type_

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

    json_author_id: str | Unset = UNSET
    if not isinstance(author_id, Unset):
        json_author_id = str(author_id)
    params["author_id"] = json_author_id

    json_participant_id: str | Unset = UNSET
    if not isinstance(participant_id, Unset):
        json_participant_id = str(participant_id)
    params["participant_id"] = json_participant_id

    json_occurred_from: str | Unset = UNSET
    if not isinstance(occurred_from, Unset):
        json_occurred_from = occurred_from.isoformat()
    params["occurred_from"] = json_occurred_from

    json_occurred_to: str | Unset = UNSET
    if not isinstance(occurred_to, Unset):
        json_occurred_to = occurred_to.isoformat()
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
    cursor: str | Unset = UNSET,
    sort: ActivitiesListSort | Unset = UNSET,
    q: str | Unset = UNSET,
    include_total: bool | Unset = False,
    type_: str | Unset = UNSET,
    customer_id: UUID | Unset = UNSET,
    contact_id: UUID | Unset = UNSET,
    opportunity_id: UUID | Unset = UNSET,
    author_id: UUID | Unset = UNSET,
    participant_id: UUID | Unset = UNSET,
    occurred_from: datetime.datetime | Unset = UNSET,
    occurred_to: datetime.datetime | Unset = UNSET,
) -> Response[ActivityPage | Problem]:
    """List activities

     Requires the permission `activity:read`.

    Lists only records within the caller's data scope.

    Custom fields (`GET /api/v1/custom-fields?resource=…`; docs/custom-fields.md) filter with
    `cf.<key>=<value>` (a multi select: records holding that option), `cf.<key>_min` / `cf.<key>_max`
    (number, money) and `cf.<key>_from` / `cf.<key>_to` (date, date-time), and sort with `sort=cf.<key>`
    or `-cf.<key>` (not long text or multi select; records without a value come last, first when
    descending). An unknown field or a value its type cannot read is a 422 naming the parameter.

    Args:
        limit (int | Unset): Page size, 1 to 200. Default: 50.
        cursor (str | Unset): Opaque cursor from a previous page's next_cursor.
        sort (ActivitiesListSort | Unset): Sort field; prefix with '-' for descending.
        q (str | Unset): Free-text search; Chinese names also match by pinyin and initials.
        include_total (bool | Unset): Also count all matching rows (slower). Default: False.
        type_ (str | Unset):
        customer_id (UUID | Unset):
        contact_id (UUID | Unset):
        opportunity_id (UUID | Unset):
        author_id (UUID | Unset):
        participant_id (UUID | Unset): An employee who took part.
        occurred_from (datetime.datetime | Unset):
        occurred_to (datetime.datetime | Unset):

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
    cursor: str | Unset = UNSET,
    sort: ActivitiesListSort | Unset = UNSET,
    q: str | Unset = UNSET,
    include_total: bool | Unset = False,
    type_: str | Unset = UNSET,
    customer_id: UUID | Unset = UNSET,
    contact_id: UUID | Unset = UNSET,
    opportunity_id: UUID | Unset = UNSET,
    author_id: UUID | Unset = UNSET,
    participant_id: UUID | Unset = UNSET,
    occurred_from: datetime.datetime | Unset = UNSET,
    occurred_to: datetime.datetime | Unset = UNSET,
) -> ActivityPage | Problem | None:
    """List activities

     Requires the permission `activity:read`.

    Lists only records within the caller's data scope.

    Custom fields (`GET /api/v1/custom-fields?resource=…`; docs/custom-fields.md) filter with
    `cf.<key>=<value>` (a multi select: records holding that option), `cf.<key>_min` / `cf.<key>_max`
    (number, money) and `cf.<key>_from` / `cf.<key>_to` (date, date-time), and sort with `sort=cf.<key>`
    or `-cf.<key>` (not long text or multi select; records without a value come last, first when
    descending). An unknown field or a value its type cannot read is a 422 naming the parameter.

    Args:
        limit (int | Unset): Page size, 1 to 200. Default: 50.
        cursor (str | Unset): Opaque cursor from a previous page's next_cursor.
        sort (ActivitiesListSort | Unset): Sort field; prefix with '-' for descending.
        q (str | Unset): Free-text search; Chinese names also match by pinyin and initials.
        include_total (bool | Unset): Also count all matching rows (slower). Default: False.
        type_ (str | Unset):
        customer_id (UUID | Unset):
        contact_id (UUID | Unset):
        opportunity_id (UUID | Unset):
        author_id (UUID | Unset):
        participant_id (UUID | Unset): An employee who took part.
        occurred_from (datetime.datetime | Unset):
        occurred_to (datetime.datetime | Unset):

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
    cursor: str | Unset = UNSET,
    sort: ActivitiesListSort | Unset = UNSET,
    q: str | Unset = UNSET,
    include_total: bool | Unset = False,
    type_: str | Unset = UNSET,
    customer_id: UUID | Unset = UNSET,
    contact_id: UUID | Unset = UNSET,
    opportunity_id: UUID | Unset = UNSET,
    author_id: UUID | Unset = UNSET,
    participant_id: UUID | Unset = UNSET,
    occurred_from: datetime.datetime | Unset = UNSET,
    occurred_to: datetime.datetime | Unset = UNSET,
) -> Response[ActivityPage | Problem]:
    """List activities

     Requires the permission `activity:read`.

    Lists only records within the caller's data scope.

    Custom fields (`GET /api/v1/custom-fields?resource=…`; docs/custom-fields.md) filter with
    `cf.<key>=<value>` (a multi select: records holding that option), `cf.<key>_min` / `cf.<key>_max`
    (number, money) and `cf.<key>_from` / `cf.<key>_to` (date, date-time), and sort with `sort=cf.<key>`
    or `-cf.<key>` (not long text or multi select; records without a value come last, first when
    descending). An unknown field or a value its type cannot read is a 422 naming the parameter.

    Args:
        limit (int | Unset): Page size, 1 to 200. Default: 50.
        cursor (str | Unset): Opaque cursor from a previous page's next_cursor.
        sort (ActivitiesListSort | Unset): Sort field; prefix with '-' for descending.
        q (str | Unset): Free-text search; Chinese names also match by pinyin and initials.
        include_total (bool | Unset): Also count all matching rows (slower). Default: False.
        type_ (str | Unset):
        customer_id (UUID | Unset):
        contact_id (UUID | Unset):
        opportunity_id (UUID | Unset):
        author_id (UUID | Unset):
        participant_id (UUID | Unset): An employee who took part.
        occurred_from (datetime.datetime | Unset):
        occurred_to (datetime.datetime | Unset):

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
    cursor: str | Unset = UNSET,
    sort: ActivitiesListSort | Unset = UNSET,
    q: str | Unset = UNSET,
    include_total: bool | Unset = False,
    type_: str | Unset = UNSET,
    customer_id: UUID | Unset = UNSET,
    contact_id: UUID | Unset = UNSET,
    opportunity_id: UUID | Unset = UNSET,
    author_id: UUID | Unset = UNSET,
    participant_id: UUID | Unset = UNSET,
    occurred_from: datetime.datetime | Unset = UNSET,
    occurred_to: datetime.datetime | Unset = UNSET,
) -> ActivityPage | Problem | None:
    """List activities

     Requires the permission `activity:read`.

    Lists only records within the caller's data scope.

    Custom fields (`GET /api/v1/custom-fields?resource=…`; docs/custom-fields.md) filter with
    `cf.<key>=<value>` (a multi select: records holding that option), `cf.<key>_min` / `cf.<key>_max`
    (number, money) and `cf.<key>_from` / `cf.<key>_to` (date, date-time), and sort with `sort=cf.<key>`
    or `-cf.<key>` (not long text or multi select; records without a value come last, first when
    descending). An unknown field or a value its type cannot read is a 422 naming the parameter.

    Args:
        limit (int | Unset): Page size, 1 to 200. Default: 50.
        cursor (str | Unset): Opaque cursor from a previous page's next_cursor.
        sort (ActivitiesListSort | Unset): Sort field; prefix with '-' for descending.
        q (str | Unset): Free-text search; Chinese names also match by pinyin and initials.
        include_total (bool | Unset): Also count all matching rows (slower). Default: False.
        type_ (str | Unset):
        customer_id (UUID | Unset):
        contact_id (UUID | Unset):
        opportunity_id (UUID | Unset):
        author_id (UUID | Unset):
        participant_id (UUID | Unset): An employee who took part.
        occurred_from (datetime.datetime | Unset):
        occurred_to (datetime.datetime | Unset):

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
