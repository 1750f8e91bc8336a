import datetime
from http import HTTPStatus
from typing import Any
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.payment_method import PaymentMethod
from ...models.payment_page import PaymentPage
from ...models.payments_list_sort import PaymentsListSort
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    limit: int | Unset = 50,
    cursor: str | Unset = UNSET,
    sort: PaymentsListSort | Unset = UNSET,
    include_total: bool | Unset = False,
    contract_id: UUID | Unset = UNSET,
    customer_id: UUID | Unset = UNSET,
    method: PaymentMethod | Unset = UNSET,
    received_from: datetime.date | Unset = UNSET,
    received_to: datetime.date | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["limit"] = limit

    params["cursor"] = cursor

    json_sort: str | Unset = UNSET
    if not isinstance(sort, Unset):
        json_sort = sort.value

    params["sort"] = json_sort

    params["include_total"] = include_total

    json_contract_id: str | Unset = UNSET
    if not isinstance(contract_id, Unset):
        json_contract_id = str(contract_id)
    params["contract_id"] = json_contract_id

    json_customer_id: str | Unset = UNSET
    if not isinstance(customer_id, Unset):
        json_customer_id = str(customer_id)
    params["customer_id"] = json_customer_id

    json_method: str | Unset = UNSET
    if not isinstance(method, Unset):
        json_method = method.value

    params["method"] = json_method

    json_received_from: str | Unset = UNSET
    if not isinstance(received_from, Unset):
        json_received_from = received_from.isoformat()
    params["received_from"] = json_received_from

    json_received_to: str | Unset = UNSET
    if not isinstance(received_to, Unset):
        json_received_to = received_to.isoformat()
    params["received_to"] = json_received_to

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/payments",
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> PaymentPage | Problem | None:
    if response.status_code == 200:
        response_200 = PaymentPage.from_dict(response.json())

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
) -> Response[PaymentPage | Problem]:
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
    sort: PaymentsListSort | Unset = UNSET,
    include_total: bool | Unset = False,
    contract_id: UUID | Unset = UNSET,
    customer_id: UUID | Unset = UNSET,
    method: PaymentMethod | Unset = UNSET,
    received_from: datetime.date | Unset = UNSET,
    received_to: datetime.date | Unset = UNSET,
) -> Response[PaymentPage | Problem]:
    """List payments

     Requires the permission `payment:read`.

    Lists only records within the caller's data scope.

    Args:
        limit (int | Unset): Page size, 1 to 200. Default: 50.
        cursor (str | Unset): Opaque cursor from a previous page's next_cursor.
        sort (PaymentsListSort | Unset): Sort field; prefix with '-' for descending.
        include_total (bool | Unset): Also count all matching rows (slower). Default: False.
        contract_id (UUID | Unset):
        customer_id (UUID | Unset):
        method (PaymentMethod | Unset):
        received_from (datetime.date | Unset):
        received_to (datetime.date | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PaymentPage | Problem]
    """

    kwargs = _get_kwargs(
        limit=limit,
        cursor=cursor,
        sort=sort,
        include_total=include_total,
        contract_id=contract_id,
        customer_id=customer_id,
        method=method,
        received_from=received_from,
        received_to=received_to,
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
    sort: PaymentsListSort | Unset = UNSET,
    include_total: bool | Unset = False,
    contract_id: UUID | Unset = UNSET,
    customer_id: UUID | Unset = UNSET,
    method: PaymentMethod | Unset = UNSET,
    received_from: datetime.date | Unset = UNSET,
    received_to: datetime.date | Unset = UNSET,
) -> PaymentPage | Problem | None:
    """List payments

     Requires the permission `payment:read`.

    Lists only records within the caller's data scope.

    Args:
        limit (int | Unset): Page size, 1 to 200. Default: 50.
        cursor (str | Unset): Opaque cursor from a previous page's next_cursor.
        sort (PaymentsListSort | Unset): Sort field; prefix with '-' for descending.
        include_total (bool | Unset): Also count all matching rows (slower). Default: False.
        contract_id (UUID | Unset):
        customer_id (UUID | Unset):
        method (PaymentMethod | Unset):
        received_from (datetime.date | Unset):
        received_to (datetime.date | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PaymentPage | Problem
    """

    return sync_detailed(
        client=client,
        limit=limit,
        cursor=cursor,
        sort=sort,
        include_total=include_total,
        contract_id=contract_id,
        customer_id=customer_id,
        method=method,
        received_from=received_from,
        received_to=received_to,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 50,
    cursor: str | Unset = UNSET,
    sort: PaymentsListSort | Unset = UNSET,
    include_total: bool | Unset = False,
    contract_id: UUID | Unset = UNSET,
    customer_id: UUID | Unset = UNSET,
    method: PaymentMethod | Unset = UNSET,
    received_from: datetime.date | Unset = UNSET,
    received_to: datetime.date | Unset = UNSET,
) -> Response[PaymentPage | Problem]:
    """List payments

     Requires the permission `payment:read`.

    Lists only records within the caller's data scope.

    Args:
        limit (int | Unset): Page size, 1 to 200. Default: 50.
        cursor (str | Unset): Opaque cursor from a previous page's next_cursor.
        sort (PaymentsListSort | Unset): Sort field; prefix with '-' for descending.
        include_total (bool | Unset): Also count all matching rows (slower). Default: False.
        contract_id (UUID | Unset):
        customer_id (UUID | Unset):
        method (PaymentMethod | Unset):
        received_from (datetime.date | Unset):
        received_to (datetime.date | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PaymentPage | Problem]
    """

    kwargs = _get_kwargs(
        limit=limit,
        cursor=cursor,
        sort=sort,
        include_total=include_total,
        contract_id=contract_id,
        customer_id=customer_id,
        method=method,
        received_from=received_from,
        received_to=received_to,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 50,
    cursor: str | Unset = UNSET,
    sort: PaymentsListSort | Unset = UNSET,
    include_total: bool | Unset = False,
    contract_id: UUID | Unset = UNSET,
    customer_id: UUID | Unset = UNSET,
    method: PaymentMethod | Unset = UNSET,
    received_from: datetime.date | Unset = UNSET,
    received_to: datetime.date | Unset = UNSET,
) -> PaymentPage | Problem | None:
    """List payments

     Requires the permission `payment:read`.

    Lists only records within the caller's data scope.

    Args:
        limit (int | Unset): Page size, 1 to 200. Default: 50.
        cursor (str | Unset): Opaque cursor from a previous page's next_cursor.
        sort (PaymentsListSort | Unset): Sort field; prefix with '-' for descending.
        include_total (bool | Unset): Also count all matching rows (slower). Default: False.
        contract_id (UUID | Unset):
        customer_id (UUID | Unset):
        method (PaymentMethod | Unset):
        received_from (datetime.date | Unset):
        received_to (datetime.date | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PaymentPage | Problem
    """

    return (
        await asyncio_detailed(
            client=client,
            limit=limit,
            cursor=cursor,
            sort=sort,
            include_total=include_total,
            contract_id=contract_id,
            customer_id=customer_id,
            method=method,
            received_from=received_from,
            received_to=received_to,
        )
    ).parsed
