import datetime
from http import HTTPStatus
from typing import Any
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.contract_expand import ContractExpand
from ...models.contract_page import ContractPage
from ...models.contract_status import ContractStatus
from ...models.contracts_list_sort import ContractsListSort
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    limit: int | Unset = 50,
    cursor: str | Unset = UNSET,
    sort: ContractsListSort | Unset = UNSET,
    q: str | Unset = UNSET,
    include_total: bool | Unset = False,
    status: ContractStatus | Unset = UNSET,
    customer_id: UUID | Unset = UNSET,
    opportunity_id: UUID | Unset = UNSET,
    owner_id: UUID | Unset = UNSET,
    signed_from: datetime.date | Unset = UNSET,
    signed_to: datetime.date | Unset = UNSET,
    overdue: bool | Unset = UNSET,
    outstanding: bool | Unset = UNSET,
    expand: list[ContractExpand] | Unset = UNSET,
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

    json_status: str | Unset = UNSET
    if not isinstance(status, Unset):
        json_status = status.value

    params["status"] = json_status

    json_customer_id: str | Unset = UNSET
    if not isinstance(customer_id, Unset):
        json_customer_id = str(customer_id)
    params["customer_id"] = json_customer_id

    json_opportunity_id: str | Unset = UNSET
    if not isinstance(opportunity_id, Unset):
        json_opportunity_id = str(opportunity_id)
    params["opportunity_id"] = json_opportunity_id

    json_owner_id: str | Unset = UNSET
    if not isinstance(owner_id, Unset):
        json_owner_id = str(owner_id)
    params["owner_id"] = json_owner_id

    json_signed_from: str | Unset = UNSET
    if not isinstance(signed_from, Unset):
        json_signed_from = signed_from.isoformat()
    params["signed_from"] = json_signed_from

    json_signed_to: str | Unset = UNSET
    if not isinstance(signed_to, Unset):
        json_signed_to = signed_to.isoformat()
    params["signed_to"] = json_signed_to

    params["overdue"] = overdue

    params["outstanding"] = outstanding

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
    cursor: str | Unset = UNSET,
    sort: ContractsListSort | Unset = UNSET,
    q: str | Unset = UNSET,
    include_total: bool | Unset = False,
    status: ContractStatus | Unset = UNSET,
    customer_id: UUID | Unset = UNSET,
    opportunity_id: UUID | Unset = UNSET,
    owner_id: UUID | Unset = UNSET,
    signed_from: datetime.date | Unset = UNSET,
    signed_to: datetime.date | Unset = UNSET,
    overdue: bool | Unset = UNSET,
    outstanding: bool | Unset = UNSET,
    expand: list[ContractExpand] | Unset = UNSET,
) -> Response[ContractPage | Problem]:
    """List contracts

     Requires the permission `contract:read`.

    Lists only records within the caller's data scope.

    Args:
        limit (int | Unset): Page size, 1 to 200. Default: 50.
        cursor (str | Unset): Opaque cursor from a previous page's next_cursor.
        sort (ContractsListSort | Unset): Sort field; prefix with '-' for descending.
        q (str | Unset): Free-text search; Chinese names also match by pinyin and initials.
        include_total (bool | Unset): Also count all matching rows (slower). Default: False.
        status (ContractStatus | Unset):
        customer_id (UUID | Unset):
        opportunity_id (UUID | Unset):
        owner_id (UUID | Unset):
        signed_from (datetime.date | Unset):
        signed_to (datetime.date | Unset):
        overdue (bool | Unset): Some instalment is past due and unpaid.
        outstanding (bool | Unset): Something is still to be received.
        expand (list[ContractExpand] | Unset): Embed larger objects for these references (repeat
            the parameter for several); each is present only for records the caller may open. An
            unknown value is a 422.

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
    sort: ContractsListSort | Unset = UNSET,
    q: str | Unset = UNSET,
    include_total: bool | Unset = False,
    status: ContractStatus | Unset = UNSET,
    customer_id: UUID | Unset = UNSET,
    opportunity_id: UUID | Unset = UNSET,
    owner_id: UUID | Unset = UNSET,
    signed_from: datetime.date | Unset = UNSET,
    signed_to: datetime.date | Unset = UNSET,
    overdue: bool | Unset = UNSET,
    outstanding: bool | Unset = UNSET,
    expand: list[ContractExpand] | Unset = UNSET,
) -> ContractPage | Problem | None:
    """List contracts

     Requires the permission `contract:read`.

    Lists only records within the caller's data scope.

    Args:
        limit (int | Unset): Page size, 1 to 200. Default: 50.
        cursor (str | Unset): Opaque cursor from a previous page's next_cursor.
        sort (ContractsListSort | Unset): Sort field; prefix with '-' for descending.
        q (str | Unset): Free-text search; Chinese names also match by pinyin and initials.
        include_total (bool | Unset): Also count all matching rows (slower). Default: False.
        status (ContractStatus | Unset):
        customer_id (UUID | Unset):
        opportunity_id (UUID | Unset):
        owner_id (UUID | Unset):
        signed_from (datetime.date | Unset):
        signed_to (datetime.date | Unset):
        overdue (bool | Unset): Some instalment is past due and unpaid.
        outstanding (bool | Unset): Something is still to be received.
        expand (list[ContractExpand] | Unset): Embed larger objects for these references (repeat
            the parameter for several); each is present only for records the caller may open. An
            unknown value is a 422.

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
        expand=expand,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 50,
    cursor: str | Unset = UNSET,
    sort: ContractsListSort | Unset = UNSET,
    q: str | Unset = UNSET,
    include_total: bool | Unset = False,
    status: ContractStatus | Unset = UNSET,
    customer_id: UUID | Unset = UNSET,
    opportunity_id: UUID | Unset = UNSET,
    owner_id: UUID | Unset = UNSET,
    signed_from: datetime.date | Unset = UNSET,
    signed_to: datetime.date | Unset = UNSET,
    overdue: bool | Unset = UNSET,
    outstanding: bool | Unset = UNSET,
    expand: list[ContractExpand] | Unset = UNSET,
) -> Response[ContractPage | Problem]:
    """List contracts

     Requires the permission `contract:read`.

    Lists only records within the caller's data scope.

    Args:
        limit (int | Unset): Page size, 1 to 200. Default: 50.
        cursor (str | Unset): Opaque cursor from a previous page's next_cursor.
        sort (ContractsListSort | Unset): Sort field; prefix with '-' for descending.
        q (str | Unset): Free-text search; Chinese names also match by pinyin and initials.
        include_total (bool | Unset): Also count all matching rows (slower). Default: False.
        status (ContractStatus | Unset):
        customer_id (UUID | Unset):
        opportunity_id (UUID | Unset):
        owner_id (UUID | Unset):
        signed_from (datetime.date | Unset):
        signed_to (datetime.date | Unset):
        overdue (bool | Unset): Some instalment is past due and unpaid.
        outstanding (bool | Unset): Something is still to be received.
        expand (list[ContractExpand] | Unset): Embed larger objects for these references (repeat
            the parameter for several); each is present only for records the caller may open. An
            unknown value is a 422.

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
        expand=expand,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 50,
    cursor: str | Unset = UNSET,
    sort: ContractsListSort | Unset = UNSET,
    q: str | Unset = UNSET,
    include_total: bool | Unset = False,
    status: ContractStatus | Unset = UNSET,
    customer_id: UUID | Unset = UNSET,
    opportunity_id: UUID | Unset = UNSET,
    owner_id: UUID | Unset = UNSET,
    signed_from: datetime.date | Unset = UNSET,
    signed_to: datetime.date | Unset = UNSET,
    overdue: bool | Unset = UNSET,
    outstanding: bool | Unset = UNSET,
    expand: list[ContractExpand] | Unset = UNSET,
) -> ContractPage | Problem | None:
    """List contracts

     Requires the permission `contract:read`.

    Lists only records within the caller's data scope.

    Args:
        limit (int | Unset): Page size, 1 to 200. Default: 50.
        cursor (str | Unset): Opaque cursor from a previous page's next_cursor.
        sort (ContractsListSort | Unset): Sort field; prefix with '-' for descending.
        q (str | Unset): Free-text search; Chinese names also match by pinyin and initials.
        include_total (bool | Unset): Also count all matching rows (slower). Default: False.
        status (ContractStatus | Unset):
        customer_id (UUID | Unset):
        opportunity_id (UUID | Unset):
        owner_id (UUID | Unset):
        signed_from (datetime.date | Unset):
        signed_to (datetime.date | Unset):
        overdue (bool | Unset): Some instalment is past due and unpaid.
        outstanding (bool | Unset): Something is still to be received.
        expand (list[ContractExpand] | Unset): Embed larger objects for these references (repeat
            the parameter for several); each is present only for records the caller may open. An
            unknown value is a 422.

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
            expand=expand,
        )
    ).parsed
