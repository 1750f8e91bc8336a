import datetime
from http import HTTPStatus
from typing import Any
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.contract_page import ContractPage
from ...models.contract_status import ContractStatus
from ...models.contracts_list_sort_type_0 import ContractsListSortType0
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
    sort: ContractsListSortType0 | None | Unset = UNSET,
    q: None | str | Unset = UNSET,
    include_total: bool | Unset = False,
    status: ContractStatus | None | Unset = UNSET,
    customer_id: None | Unset | UUID = UNSET,
    opportunity_id: None | Unset | UUID = UNSET,
    owner_id: None | Unset | UUID = UNSET,
    signed_from: datetime.date | None | Unset = UNSET,
    signed_to: datetime.date | None | Unset = UNSET,
    overdue: bool | None | Unset = UNSET,
    outstanding: bool | None | Unset = UNSET,
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
    elif isinstance(sort, ContractsListSortType0):
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

    json_status: None | str | Unset
    if isinstance(status, Unset):
        json_status = UNSET
    elif isinstance(status, ContractStatus):
        json_status = status.value
    else:
        json_status = status
    params["status"] = json_status

    json_customer_id: None | str | Unset
    if isinstance(customer_id, Unset):
        json_customer_id = UNSET
    elif isinstance(customer_id, UUID):
        json_customer_id = str(customer_id)
    else:
        json_customer_id = customer_id
    params["customer_id"] = json_customer_id

    json_opportunity_id: None | str | Unset
    if isinstance(opportunity_id, Unset):
        json_opportunity_id = UNSET
    elif isinstance(opportunity_id, UUID):
        json_opportunity_id = str(opportunity_id)
    else:
        json_opportunity_id = opportunity_id
    params["opportunity_id"] = json_opportunity_id

    json_owner_id: None | str | Unset
    if isinstance(owner_id, Unset):
        json_owner_id = UNSET
    elif isinstance(owner_id, UUID):
        json_owner_id = str(owner_id)
    else:
        json_owner_id = owner_id
    params["owner_id"] = json_owner_id

    json_signed_from: None | str | Unset
    if isinstance(signed_from, Unset):
        json_signed_from = UNSET
    elif isinstance(signed_from, datetime.date):
        json_signed_from = signed_from.isoformat()
    else:
        json_signed_from = signed_from
    params["signed_from"] = json_signed_from

    json_signed_to: None | str | Unset
    if isinstance(signed_to, Unset):
        json_signed_to = UNSET
    elif isinstance(signed_to, datetime.date):
        json_signed_to = signed_to.isoformat()
    else:
        json_signed_to = signed_to
    params["signed_to"] = json_signed_to

    json_overdue: bool | None | Unset
    if isinstance(overdue, Unset):
        json_overdue = UNSET
    else:
        json_overdue = overdue
    params["overdue"] = json_overdue

    json_outstanding: bool | None | Unset
    if isinstance(outstanding, Unset):
        json_outstanding = UNSET
    else:
        json_outstanding = outstanding
    params["outstanding"] = json_outstanding

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/contracts",
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ContractPage | Problem | None:
    if response.status_code == 200:
        response_200 = ContractPage.from_dict(response.json())

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
) -> Response[ContractPage | Problem]:
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
    sort: ContractsListSortType0 | None | Unset = UNSET,
    q: None | str | Unset = UNSET,
    include_total: bool | Unset = False,
    status: ContractStatus | None | Unset = UNSET,
    customer_id: None | Unset | UUID = UNSET,
    opportunity_id: None | Unset | UUID = UNSET,
    owner_id: None | Unset | UUID = UNSET,
    signed_from: datetime.date | None | Unset = UNSET,
    signed_to: datetime.date | None | Unset = UNSET,
    overdue: bool | None | Unset = UNSET,
    outstanding: bool | None | Unset = UNSET,
) -> Response[ContractPage | Problem]:
    """List contracts

     Requires the permission `contract:read`.

    Lists only records within the caller's data scope.

    Args:
        limit (int | Unset): Page size, 1 to 200. Default: 50.
        cursor (None | str | Unset): Opaque cursor from a previous page's next_cursor.
        sort (ContractsListSortType0 | None | Unset): Sort field; prefix with '-' for descending.
        q (None | str | Unset): Free-text search; Chinese names also match by pinyin and initials.
        include_total (bool | Unset): Also count all matching rows (slower). Default: False.
        status (ContractStatus | None | Unset):
        customer_id (None | Unset | UUID):
        opportunity_id (None | Unset | UUID):
        owner_id (None | Unset | UUID):
        signed_from (datetime.date | None | Unset):
        signed_to (datetime.date | None | Unset):
        overdue (bool | None | Unset): Some instalment is past due and unpaid.
        outstanding (bool | None | Unset): Something is still to be received.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ContractPage | Problem]
    """

    kwargs = _get_kwargs(
        limit=limit,
        cursor=cursor,
        sort=sort,
        q=q,
        include_total=include_total,
        status=status,
        customer_id=customer_id,
        opportunity_id=opportunity_id,
        owner_id=owner_id,
        signed_from=signed_from,
        signed_to=signed_to,
        overdue=overdue,
        outstanding=outstanding,
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
    sort: ContractsListSortType0 | None | Unset = UNSET,
    q: None | str | Unset = UNSET,
    include_total: bool | Unset = False,
    status: ContractStatus | None | Unset = UNSET,
    customer_id: None | Unset | UUID = UNSET,
    opportunity_id: None | Unset | UUID = UNSET,
    owner_id: None | Unset | UUID = UNSET,
    signed_from: datetime.date | None | Unset = UNSET,
    signed_to: datetime.date | None | Unset = UNSET,
    overdue: bool | None | Unset = UNSET,
    outstanding: bool | None | Unset = UNSET,
) -> ContractPage | Problem | None:
    """List contracts

     Requires the permission `contract:read`.

    Lists only records within the caller's data scope.

    Args:
        limit (int | Unset): Page size, 1 to 200. Default: 50.
        cursor (None | str | Unset): Opaque cursor from a previous page's next_cursor.
        sort (ContractsListSortType0 | None | Unset): Sort field; prefix with '-' for descending.
        q (None | str | Unset): Free-text search; Chinese names also match by pinyin and initials.
        include_total (bool | Unset): Also count all matching rows (slower). Default: False.
        status (ContractStatus | None | Unset):
        customer_id (None | Unset | UUID):
        opportunity_id (None | Unset | UUID):
        owner_id (None | Unset | UUID):
        signed_from (datetime.date | None | Unset):
        signed_to (datetime.date | None | Unset):
        overdue (bool | None | Unset): Some instalment is past due and unpaid.
        outstanding (bool | None | Unset): Something is still to be received.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ContractPage | Problem
    """

    return sync_detailed(
        client=client,
        limit=limit,
        cursor=cursor,
        sort=sort,
        q=q,
        include_total=include_total,
        status=status,
        customer_id=customer_id,
        opportunity_id=opportunity_id,
        owner_id=owner_id,
        signed_from=signed_from,
        signed_to=signed_to,
        overdue=overdue,
        outstanding=outstanding,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
    sort: ContractsListSortType0 | None | Unset = UNSET,
    q: None | str | Unset = UNSET,
    include_total: bool | Unset = False,
    status: ContractStatus | None | Unset = UNSET,
    customer_id: None | Unset | UUID = UNSET,
    opportunity_id: None | Unset | UUID = UNSET,
    owner_id: None | Unset | UUID = UNSET,
    signed_from: datetime.date | None | Unset = UNSET,
    signed_to: datetime.date | None | Unset = UNSET,
    overdue: bool | None | Unset = UNSET,
    outstanding: bool | None | Unset = UNSET,
) -> Response[ContractPage | Problem]:
    """List contracts

     Requires the permission `contract:read`.

    Lists only records within the caller's data scope.

    Args:
        limit (int | Unset): Page size, 1 to 200. Default: 50.
        cursor (None | str | Unset): Opaque cursor from a previous page's next_cursor.
        sort (ContractsListSortType0 | None | Unset): Sort field; prefix with '-' for descending.
        q (None | str | Unset): Free-text search; Chinese names also match by pinyin and initials.
        include_total (bool | Unset): Also count all matching rows (slower). Default: False.
        status (ContractStatus | None | Unset):
        customer_id (None | Unset | UUID):
        opportunity_id (None | Unset | UUID):
        owner_id (None | Unset | UUID):
        signed_from (datetime.date | None | Unset):
        signed_to (datetime.date | None | Unset):
        overdue (bool | None | Unset): Some instalment is past due and unpaid.
        outstanding (bool | None | Unset): Something is still to be received.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ContractPage | Problem]
    """

    kwargs = _get_kwargs(
        limit=limit,
        cursor=cursor,
        sort=sort,
        q=q,
        include_total=include_total,
        status=status,
        customer_id=customer_id,
        opportunity_id=opportunity_id,
        owner_id=owner_id,
        signed_from=signed_from,
        signed_to=signed_to,
        overdue=overdue,
        outstanding=outstanding,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 50,
    cursor: None | str | Unset = UNSET,
    sort: ContractsListSortType0 | None | Unset = UNSET,
    q: None | str | Unset = UNSET,
    include_total: bool | Unset = False,
    status: ContractStatus | None | Unset = UNSET,
    customer_id: None | Unset | UUID = UNSET,
    opportunity_id: None | Unset | UUID = UNSET,
    owner_id: None | Unset | UUID = UNSET,
    signed_from: datetime.date | None | Unset = UNSET,
    signed_to: datetime.date | None | Unset = UNSET,
    overdue: bool | None | Unset = UNSET,
    outstanding: bool | None | Unset = UNSET,
) -> ContractPage | Problem | None:
    """List contracts

     Requires the permission `contract:read`.

    Lists only records within the caller's data scope.

    Args:
        limit (int | Unset): Page size, 1 to 200. Default: 50.
        cursor (None | str | Unset): Opaque cursor from a previous page's next_cursor.
        sort (ContractsListSortType0 | None | Unset): Sort field; prefix with '-' for descending.
        q (None | str | Unset): Free-text search; Chinese names also match by pinyin and initials.
        include_total (bool | Unset): Also count all matching rows (slower). Default: False.
        status (ContractStatus | None | Unset):
        customer_id (None | Unset | UUID):
        opportunity_id (None | Unset | UUID):
        owner_id (None | Unset | UUID):
        signed_from (datetime.date | None | Unset):
        signed_to (datetime.date | None | Unset):
        overdue (bool | None | Unset): Some instalment is past due and unpaid.
        outstanding (bool | None | Unset): Something is still to be received.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ContractPage | Problem
    """

    return (
        await asyncio_detailed(
            client=client,
            limit=limit,
            cursor=cursor,
            sort=sort,
            q=q,
            include_total=include_total,
            status=status,
            customer_id=customer_id,
            opportunity_id=opportunity_id,
            owner_id=owner_id,
            signed_from=signed_from,
            signed_to=signed_to,
            overdue=overdue,
            outstanding=outstanding,
        )
    ).parsed
