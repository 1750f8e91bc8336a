from http import HTTPStatus
from io import BytesIO
from typing import Any
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.buying_role import BuyingRole
from ...models.contacts_export_format import ContactsExportFormat
from ...models.contacts_export_sort import ContactsExportSort
from ...models.problem import Problem
from ...types import UNSET, File, Response, Unset


def _get_kwargs(
    *,
    limit: int | Unset = 50,
    cursor: str | Unset = UNSET,
    sort: ContactsExportSort | Unset = UNSET,
    q: str | Unset = UNSET,
    include_total: bool | Unset = False,
    customer_id: UUID | Unset = UNSET,
    buying_role: BuyingRole | Unset = UNSET,
    is_primary: bool | Unset = UNSET,
    format_: ContactsExportFormat | Unset = ContactsExportFormat.CSV,
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

    json_format_: str | Unset = UNSET
    if not isinstance(format_, Unset):
        json_format_ = format_.value

    params["format"] = json_format_

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/contacts/export",
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> File | Problem | None:
    if response.status_code == 200:
        response_200 = File(payload=BytesIO(response.text))

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[File | Problem]:
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
    sort: ContactsExportSort | Unset = UNSET,
    q: str | Unset = UNSET,
    include_total: bool | Unset = False,
    customer_id: UUID | Unset = UNSET,
    buying_role: BuyingRole | Unset = UNSET,
    is_primary: bool | Unset = UNSET,
    format_: ContactsExportFormat | Unset = ContactsExportFormat.CSV,
) -> Response[File | Problem]:
    """Export the contacts the caller sees (the list's filters) as CSV or XLSX

     Requires `customer:export`; only contacts of customers within the caller's data scope. 422 for an
    invalid filter or sort. Every export is audited (an `export` entry of resource `contact_export`:
    who, when, the filters, the format and the number of rows).

    Args:
        limit (int | Unset): Page size, 1 to 200. Default: 50.
        cursor (str | Unset): Opaque cursor from a previous page's next_cursor.
        sort (ContactsExportSort | Unset): Sort field; prefix with '-' for descending.
        q (str | Unset): Free-text search; Chinese names also match by pinyin and initials.
        include_total (bool | Unset): Also count all matching rows (slower). Default: False.
        customer_id (UUID | Unset):
        buying_role (BuyingRole | Unset):
        is_primary (bool | Unset):
        format_ (ContactsExportFormat | Unset): csv (UTF-8 with a BOM) or xlsx. Default:
            ContactsExportFormat.CSV.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[File | Problem]
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
        format_=format_,
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
    sort: ContactsExportSort | Unset = UNSET,
    q: str | Unset = UNSET,
    include_total: bool | Unset = False,
    customer_id: UUID | Unset = UNSET,
    buying_role: BuyingRole | Unset = UNSET,
    is_primary: bool | Unset = UNSET,
    format_: ContactsExportFormat | Unset = ContactsExportFormat.CSV,
) -> File | Problem | None:
    """Export the contacts the caller sees (the list's filters) as CSV or XLSX

     Requires `customer:export`; only contacts of customers within the caller's data scope. 422 for an
    invalid filter or sort. Every export is audited (an `export` entry of resource `contact_export`:
    who, when, the filters, the format and the number of rows).

    Args:
        limit (int | Unset): Page size, 1 to 200. Default: 50.
        cursor (str | Unset): Opaque cursor from a previous page's next_cursor.
        sort (ContactsExportSort | Unset): Sort field; prefix with '-' for descending.
        q (str | Unset): Free-text search; Chinese names also match by pinyin and initials.
        include_total (bool | Unset): Also count all matching rows (slower). Default: False.
        customer_id (UUID | Unset):
        buying_role (BuyingRole | Unset):
        is_primary (bool | Unset):
        format_ (ContactsExportFormat | Unset): csv (UTF-8 with a BOM) or xlsx. Default:
            ContactsExportFormat.CSV.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        File | Problem
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
        format_=format_,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 50,
    cursor: str | Unset = UNSET,
    sort: ContactsExportSort | Unset = UNSET,
    q: str | Unset = UNSET,
    include_total: bool | Unset = False,
    customer_id: UUID | Unset = UNSET,
    buying_role: BuyingRole | Unset = UNSET,
    is_primary: bool | Unset = UNSET,
    format_: ContactsExportFormat | Unset = ContactsExportFormat.CSV,
) -> Response[File | Problem]:
    """Export the contacts the caller sees (the list's filters) as CSV or XLSX

     Requires `customer:export`; only contacts of customers within the caller's data scope. 422 for an
    invalid filter or sort. Every export is audited (an `export` entry of resource `contact_export`:
    who, when, the filters, the format and the number of rows).

    Args:
        limit (int | Unset): Page size, 1 to 200. Default: 50.
        cursor (str | Unset): Opaque cursor from a previous page's next_cursor.
        sort (ContactsExportSort | Unset): Sort field; prefix with '-' for descending.
        q (str | Unset): Free-text search; Chinese names also match by pinyin and initials.
        include_total (bool | Unset): Also count all matching rows (slower). Default: False.
        customer_id (UUID | Unset):
        buying_role (BuyingRole | Unset):
        is_primary (bool | Unset):
        format_ (ContactsExportFormat | Unset): csv (UTF-8 with a BOM) or xlsx. Default:
            ContactsExportFormat.CSV.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[File | Problem]
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
        format_=format_,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 50,
    cursor: str | Unset = UNSET,
    sort: ContactsExportSort | Unset = UNSET,
    q: str | Unset = UNSET,
    include_total: bool | Unset = False,
    customer_id: UUID | Unset = UNSET,
    buying_role: BuyingRole | Unset = UNSET,
    is_primary: bool | Unset = UNSET,
    format_: ContactsExportFormat | Unset = ContactsExportFormat.CSV,
) -> File | Problem | None:
    """Export the contacts the caller sees (the list's filters) as CSV or XLSX

     Requires `customer:export`; only contacts of customers within the caller's data scope. 422 for an
    invalid filter or sort. Every export is audited (an `export` entry of resource `contact_export`:
    who, when, the filters, the format and the number of rows).

    Args:
        limit (int | Unset): Page size, 1 to 200. Default: 50.
        cursor (str | Unset): Opaque cursor from a previous page's next_cursor.
        sort (ContactsExportSort | Unset): Sort field; prefix with '-' for descending.
        q (str | Unset): Free-text search; Chinese names also match by pinyin and initials.
        include_total (bool | Unset): Also count all matching rows (slower). Default: False.
        customer_id (UUID | Unset):
        buying_role (BuyingRole | Unset):
        is_primary (bool | Unset):
        format_ (ContactsExportFormat | Unset): csv (UTF-8 with a BOM) or xlsx. Default:
            ContactsExportFormat.CSV.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        File | Problem
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
            format_=format_,
        )
    ).parsed
