from http import HTTPStatus
from typing import Any
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.buying_role import BuyingRole
from ...models.contact_expand import ContactExpand
from ...models.contact_page import ContactPage
from ...models.contacts_list_sort import ContactsListSort
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    limit: int | Unset = 50,
    cursor: str | Unset = UNSET,
    sort: ContactsListSort | Unset = UNSET,
    q: str | Unset = UNSET,
    include_total: bool | Unset = False,
    customer_id: UUID | Unset = UNSET,
    buying_role: BuyingRole | Unset = UNSET,
    is_primary: bool | Unset = UNSET,
    expand: list[ContactExpand] | Unset = UNSET,
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

    json_customer_id: str | Unset = UNSET
    if not isinstance(customer_id, Unset):
        json_customer_id = str(customer_id)
    params["customer_id"] = json_customer_id

    json_buying_role: str | Unset = UNSET
    if not isinstance(buying_role, Unset):
        json_buying_role = buying_role.value

    params["buying_role"] = json_buying_role

    params["is_primary"] = is_primary

    json_expand: list[str] | Unset = UNSET
    if not isinstance(expand, Unset):
        json_expand = []
        for expand_item_data in expand:
            expand_item = expand_item_data.value
            json_expand.append(expand_item)

    params["expand"] = json_expand

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/contacts",
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ContactPage | Problem | None:
    if response.status_code == 200:
        response_200 = ContactPage.from_dict(response.json())

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
) -> Response[ContactPage | Problem]:
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
    sort: ContactsListSort | Unset = UNSET,
    q: str | Unset = UNSET,
    include_total: bool | Unset = False,
    customer_id: UUID | Unset = UNSET,
    buying_role: BuyingRole | Unset = UNSET,
    is_primary: bool | Unset = UNSET,
    expand: list[ContactExpand] | Unset = UNSET,
) -> Response[ContactPage | Problem]:
    """List contacts

     Requires the permission `contact:read`.

    Lists only records within the caller's data scope.

    Custom fields (`GET /api/v1/custom-fields?resource=…`; docs/custom-fields.md) filter with
    `cf.<key>=<value>` (a multi select: records holding that option), `cf.<key>_min` / `cf.<key>_max`
    (number, money) and `cf.<key>_from` / `cf.<key>_to` (date, date-time), and sort with `sort=cf.<key>`
    or `-cf.<key>` (not long text or multi select; records without a value come last, first when
    descending). An unknown field or a value its type cannot read is a 422 naming the parameter.

    Args:
        limit (int | Unset): Page size, 1 to 200. Default: 50.
        cursor (str | Unset): Opaque cursor from a previous page's next_cursor.
        sort (ContactsListSort | Unset): Sort field; prefix with '-' for descending.
        q (str | Unset): Free-text search; Chinese names also match by pinyin and initials.
        include_total (bool | Unset): Also count all matching rows (slower). Default: False.
        customer_id (UUID | Unset):
        buying_role (BuyingRole | Unset):
        is_primary (bool | Unset):
        expand (list[ContactExpand] | Unset): Embed larger objects for these references (repeat
            the parameter for several); each is present only for records the caller may open. An
            unknown value is a 422.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ContactPage | Problem]
    """

    kwargs = _get_kwargs(
        limit=limit,
        cursor=cursor,
        sort=sort,
        q=q,
        include_total=include_total,
        customer_id=customer_id,
        buying_role=buying_role,
        is_primary=is_primary,
        expand=expand,
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
    sort: ContactsListSort | Unset = UNSET,
    q: str | Unset = UNSET,
    include_total: bool | Unset = False,
    customer_id: UUID | Unset = UNSET,
    buying_role: BuyingRole | Unset = UNSET,
    is_primary: bool | Unset = UNSET,
    expand: list[ContactExpand] | Unset = UNSET,
) -> ContactPage | Problem | None:
    """List contacts

     Requires the permission `contact:read`.

    Lists only records within the caller's data scope.

    Custom fields (`GET /api/v1/custom-fields?resource=…`; docs/custom-fields.md) filter with
    `cf.<key>=<value>` (a multi select: records holding that option), `cf.<key>_min` / `cf.<key>_max`
    (number, money) and `cf.<key>_from` / `cf.<key>_to` (date, date-time), and sort with `sort=cf.<key>`
    or `-cf.<key>` (not long text or multi select; records without a value come last, first when
    descending). An unknown field or a value its type cannot read is a 422 naming the parameter.

    Args:
        limit (int | Unset): Page size, 1 to 200. Default: 50.
        cursor (str | Unset): Opaque cursor from a previous page's next_cursor.
        sort (ContactsListSort | Unset): Sort field; prefix with '-' for descending.
        q (str | Unset): Free-text search; Chinese names also match by pinyin and initials.
        include_total (bool | Unset): Also count all matching rows (slower). Default: False.
        customer_id (UUID | Unset):
        buying_role (BuyingRole | Unset):
        is_primary (bool | Unset):
        expand (list[ContactExpand] | Unset): Embed larger objects for these references (repeat
            the parameter for several); each is present only for records the caller may open. An
            unknown value is a 422.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ContactPage | Problem
    """

    return sync_detailed(
        client=client,
        limit=limit,
        cursor=cursor,
        sort=sort,
        q=q,
        include_total=include_total,
        customer_id=customer_id,
        buying_role=buying_role,
        is_primary=is_primary,
        expand=expand,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 50,
    cursor: str | Unset = UNSET,
    sort: ContactsListSort | Unset = UNSET,
    q: str | Unset = UNSET,
    include_total: bool | Unset = False,
    customer_id: UUID | Unset = UNSET,
    buying_role: BuyingRole | Unset = UNSET,
    is_primary: bool | Unset = UNSET,
    expand: list[ContactExpand] | Unset = UNSET,
) -> Response[ContactPage | Problem]:
    """List contacts

     Requires the permission `contact:read`.

    Lists only records within the caller's data scope.

    Custom fields (`GET /api/v1/custom-fields?resource=…`; docs/custom-fields.md) filter with
    `cf.<key>=<value>` (a multi select: records holding that option), `cf.<key>_min` / `cf.<key>_max`
    (number, money) and `cf.<key>_from` / `cf.<key>_to` (date, date-time), and sort with `sort=cf.<key>`
    or `-cf.<key>` (not long text or multi select; records without a value come last, first when
    descending). An unknown field or a value its type cannot read is a 422 naming the parameter.

    Args:
        limit (int | Unset): Page size, 1 to 200. Default: 50.
        cursor (str | Unset): Opaque cursor from a previous page's next_cursor.
        sort (ContactsListSort | Unset): Sort field; prefix with '-' for descending.
        q (str | Unset): Free-text search; Chinese names also match by pinyin and initials.
        include_total (bool | Unset): Also count all matching rows (slower). Default: False.
        customer_id (UUID | Unset):
        buying_role (BuyingRole | Unset):
        is_primary (bool | Unset):
        expand (list[ContactExpand] | Unset): Embed larger objects for these references (repeat
            the parameter for several); each is present only for records the caller may open. An
            unknown value is a 422.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ContactPage | Problem]
    """

    kwargs = _get_kwargs(
        limit=limit,
        cursor=cursor,
        sort=sort,
        q=q,
        include_total=include_total,
        customer_id=customer_id,
        buying_role=buying_role,
        is_primary=is_primary,
        expand=expand,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 50,
    cursor: str | Unset = UNSET,
    sort: ContactsListSort | Unset = UNSET,
    q: str | Unset = UNSET,
    include_total: bool | Unset = False,
    customer_id: UUID | Unset = UNSET,
    buying_role: BuyingRole | Unset = UNSET,
    is_primary: bool | Unset = UNSET,
    expand: list[ContactExpand] | Unset = UNSET,
) -> ContactPage | Problem | None:
    """List contacts

     Requires the permission `contact:read`.

    Lists only records within the caller's data scope.

    Custom fields (`GET /api/v1/custom-fields?resource=…`; docs/custom-fields.md) filter with
    `cf.<key>=<value>` (a multi select: records holding that option), `cf.<key>_min` / `cf.<key>_max`
    (number, money) and `cf.<key>_from` / `cf.<key>_to` (date, date-time), and sort with `sort=cf.<key>`
    or `-cf.<key>` (not long text or multi select; records without a value come last, first when
    descending). An unknown field or a value its type cannot read is a 422 naming the parameter.

    Args:
        limit (int | Unset): Page size, 1 to 200. Default: 50.
        cursor (str | Unset): Opaque cursor from a previous page's next_cursor.
        sort (ContactsListSort | Unset): Sort field; prefix with '-' for descending.
        q (str | Unset): Free-text search; Chinese names also match by pinyin and initials.
        include_total (bool | Unset): Also count all matching rows (slower). Default: False.
        customer_id (UUID | Unset):
        buying_role (BuyingRole | Unset):
        is_primary (bool | Unset):
        expand (list[ContactExpand] | Unset): Embed larger objects for these references (repeat
            the parameter for several); each is present only for records the caller may open. An
            unknown value is a 422.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ContactPage | Problem
    """

    return (
        await asyncio_detailed(
            client=client,
            limit=limit,
            cursor=cursor,
            sort=sort,
            q=q,
            include_total=include_total,
            customer_id=customer_id,
            buying_role=buying_role,
            is_primary=is_primary,
            expand=expand,
        )
    ).parsed
