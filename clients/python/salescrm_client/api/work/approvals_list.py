import datetime
from http import HTTPStatus
from typing import Any
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.approval_page import ApprovalPage
from ...models.approval_status import ApprovalStatus
from ...models.approval_type import ApprovalType
from ...models.approvals_list_sort import ApprovalsListSort
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    limit: int | Unset = 50,
    cursor: str | Unset = UNSET,
    sort: ApprovalsListSort | Unset = UNSET,
    q: str | Unset = UNSET,
    include_total: bool | Unset = False,
    type_: list[ApprovalType] | Unset = UNSET,
    status: list[ApprovalStatus] | Unset = UNSET,
    owner_id: UUID | Unset = UNSET,
    customer_id: UUID | Unset = UNSET,
    opportunity_id: UUID | Unset = UNSET,
    submitted_from: datetime.datetime | Unset = UNSET,
    submitted_to: datetime.datetime | Unset = UNSET,
    awaiting_me: bool | Unset = UNSET,
    mine: bool | Unset = UNSET,
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

    json_type_: list[str] | Unset = UNSET
    if not isinstance(type_, Unset):
        json_type_ = []
        for type_item_data in type_:
            type_item = type_item_data.value
            json_type_.append(type_item)

    params["type"] = json_type_

    json_status: list[str] | Unset = UNSET
    if not isinstance(status, Unset):
        json_status = []
        for status_item_data in status:
            status_item = status_item_data.value
            json_status.append(status_item)

    params["status"] = json_status

    json_owner_id: str | Unset = UNSET
    if not isinstance(owner_id, Unset):
        json_owner_id = str(owner_id)
    params["owner_id"] = json_owner_id

    json_customer_id: str | Unset = UNSET
    if not isinstance(customer_id, Unset):
        json_customer_id = str(customer_id)
    params["customer_id"] = json_customer_id

    json_opportunity_id: str | Unset = UNSET
    if not isinstance(opportunity_id, Unset):
        json_opportunity_id = str(opportunity_id)
    params["opportunity_id"] = json_opportunity_id

    json_submitted_from: str | Unset = UNSET
    if not isinstance(submitted_from, Unset):
        json_submitted_from = submitted_from.isoformat()
    params["submitted_from"] = json_submitted_from

    json_submitted_to: str | Unset = UNSET
    if not isinstance(submitted_to, Unset):
        json_submitted_to = submitted_to.isoformat()
    params["submitted_to"] = json_submitted_to

    params["awaiting_me"] = awaiting_me

    params["mine"] = mine

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/approvals",
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ApprovalPage | Problem | None:
    if response.status_code == 200:
        response_200 = ApprovalPage.from_dict(response.json())

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
) -> Response[ApprovalPage | Problem]:
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
    sort: ApprovalsListSort | Unset = UNSET,
    q: str | Unset = UNSET,
    include_total: bool | Unset = False,
    type_: list[ApprovalType] | Unset = UNSET,
    status: list[ApprovalStatus] | Unset = UNSET,
    owner_id: UUID | Unset = UNSET,
    customer_id: UUID | Unset = UNSET,
    opportunity_id: UUID | Unset = UNSET,
    submitted_from: datetime.datetime | Unset = UNSET,
    submitted_to: datetime.datetime | Unset = UNSET,
    awaiting_me: bool | Unset = UNSET,
    mine: bool | Unset = UNSET,
) -> Response[ApprovalPage | Problem]:
    """List approvals

     Requires `approval:read`. Lists the requests of the employees in the caller's data scope and those
    the caller approves (or decides for someone away).

    Lists only records within the caller's data scope.

    Args:
        limit (int | Unset): Page size, 1 to 200. Default: 50.
        cursor (str | Unset): Opaque cursor from a previous page's next_cursor.
        sort (ApprovalsListSort | Unset): Sort field; prefix with '-' for descending.
        q (str | Unset): Free-text search; Chinese names also match by pinyin and initials.
        include_total (bool | Unset): Also count all matching rows (slower). Default: False.
        type_ (list[ApprovalType] | Unset):
        status (list[ApprovalStatus] | Unset):
        owner_id (UUID | Unset): The applicant.
        customer_id (UUID | Unset):
        opportunity_id (UUID | Unset):
        submitted_from (datetime.datetime | Unset):
        submitted_to (datetime.datetime | Unset):
        awaiting_me (bool | Unset): true: a step waits for the caller (or for someone away who
            delegated to them): the approver's inbox. false: none does.
        mine (bool | Unset): true: the caller's own requests.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApprovalPage | Problem]
    """

    kwargs = _get_kwargs(
        limit=limit,
        cursor=cursor,
        sort=sort,
        q=q,
        include_total=include_total,
        type_=type_,
        status=status,
        owner_id=owner_id,
        customer_id=customer_id,
        opportunity_id=opportunity_id,
        submitted_from=submitted_from,
        submitted_to=submitted_to,
        awaiting_me=awaiting_me,
        mine=mine,
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
    sort: ApprovalsListSort | Unset = UNSET,
    q: str | Unset = UNSET,
    include_total: bool | Unset = False,
    type_: list[ApprovalType] | Unset = UNSET,
    status: list[ApprovalStatus] | Unset = UNSET,
    owner_id: UUID | Unset = UNSET,
    customer_id: UUID | Unset = UNSET,
    opportunity_id: UUID | Unset = UNSET,
    submitted_from: datetime.datetime | Unset = UNSET,
    submitted_to: datetime.datetime | Unset = UNSET,
    awaiting_me: bool | Unset = UNSET,
    mine: bool | Unset = UNSET,
) -> ApprovalPage | Problem | None:
    """List approvals

     Requires `approval:read`. Lists the requests of the employees in the caller's data scope and those
    the caller approves (or decides for someone away).

    Lists only records within the caller's data scope.

    Args:
        limit (int | Unset): Page size, 1 to 200. Default: 50.
        cursor (str | Unset): Opaque cursor from a previous page's next_cursor.
        sort (ApprovalsListSort | Unset): Sort field; prefix with '-' for descending.
        q (str | Unset): Free-text search; Chinese names also match by pinyin and initials.
        include_total (bool | Unset): Also count all matching rows (slower). Default: False.
        type_ (list[ApprovalType] | Unset):
        status (list[ApprovalStatus] | Unset):
        owner_id (UUID | Unset): The applicant.
        customer_id (UUID | Unset):
        opportunity_id (UUID | Unset):
        submitted_from (datetime.datetime | Unset):
        submitted_to (datetime.datetime | Unset):
        awaiting_me (bool | Unset): true: a step waits for the caller (or for someone away who
            delegated to them): the approver's inbox. false: none does.
        mine (bool | Unset): true: the caller's own requests.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApprovalPage | Problem
    """

    return sync_detailed(
        client=client,
        limit=limit,
        cursor=cursor,
        sort=sort,
        q=q,
        include_total=include_total,
        type_=type_,
        status=status,
        owner_id=owner_id,
        customer_id=customer_id,
        opportunity_id=opportunity_id,
        submitted_from=submitted_from,
        submitted_to=submitted_to,
        awaiting_me=awaiting_me,
        mine=mine,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 50,
    cursor: str | Unset = UNSET,
    sort: ApprovalsListSort | Unset = UNSET,
    q: str | Unset = UNSET,
    include_total: bool | Unset = False,
    type_: list[ApprovalType] | Unset = UNSET,
    status: list[ApprovalStatus] | Unset = UNSET,
    owner_id: UUID | Unset = UNSET,
    customer_id: UUID | Unset = UNSET,
    opportunity_id: UUID | Unset = UNSET,
    submitted_from: datetime.datetime | Unset = UNSET,
    submitted_to: datetime.datetime | Unset = UNSET,
    awaiting_me: bool | Unset = UNSET,
    mine: bool | Unset = UNSET,
) -> Response[ApprovalPage | Problem]:
    """List approvals

     Requires `approval:read`. Lists the requests of the employees in the caller's data scope and those
    the caller approves (or decides for someone away).

    Lists only records within the caller's data scope.

    Args:
        limit (int | Unset): Page size, 1 to 200. Default: 50.
        cursor (str | Unset): Opaque cursor from a previous page's next_cursor.
        sort (ApprovalsListSort | Unset): Sort field; prefix with '-' for descending.
        q (str | Unset): Free-text search; Chinese names also match by pinyin and initials.
        include_total (bool | Unset): Also count all matching rows (slower). Default: False.
        type_ (list[ApprovalType] | Unset):
        status (list[ApprovalStatus] | Unset):
        owner_id (UUID | Unset): The applicant.
        customer_id (UUID | Unset):
        opportunity_id (UUID | Unset):
        submitted_from (datetime.datetime | Unset):
        submitted_to (datetime.datetime | Unset):
        awaiting_me (bool | Unset): true: a step waits for the caller (or for someone away who
            delegated to them): the approver's inbox. false: none does.
        mine (bool | Unset): true: the caller's own requests.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ApprovalPage | Problem]
    """

    kwargs = _get_kwargs(
        limit=limit,
        cursor=cursor,
        sort=sort,
        q=q,
        include_total=include_total,
        type_=type_,
        status=status,
        owner_id=owner_id,
        customer_id=customer_id,
        opportunity_id=opportunity_id,
        submitted_from=submitted_from,
        submitted_to=submitted_to,
        awaiting_me=awaiting_me,
        mine=mine,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 50,
    cursor: str | Unset = UNSET,
    sort: ApprovalsListSort | Unset = UNSET,
    q: str | Unset = UNSET,
    include_total: bool | Unset = False,
    type_: list[ApprovalType] | Unset = UNSET,
    status: list[ApprovalStatus] | Unset = UNSET,
    owner_id: UUID | Unset = UNSET,
    customer_id: UUID | Unset = UNSET,
    opportunity_id: UUID | Unset = UNSET,
    submitted_from: datetime.datetime | Unset = UNSET,
    submitted_to: datetime.datetime | Unset = UNSET,
    awaiting_me: bool | Unset = UNSET,
    mine: bool | Unset = UNSET,
) -> ApprovalPage | Problem | None:
    """List approvals

     Requires `approval:read`. Lists the requests of the employees in the caller's data scope and those
    the caller approves (or decides for someone away).

    Lists only records within the caller's data scope.

    Args:
        limit (int | Unset): Page size, 1 to 200. Default: 50.
        cursor (str | Unset): Opaque cursor from a previous page's next_cursor.
        sort (ApprovalsListSort | Unset): Sort field; prefix with '-' for descending.
        q (str | Unset): Free-text search; Chinese names also match by pinyin and initials.
        include_total (bool | Unset): Also count all matching rows (slower). Default: False.
        type_ (list[ApprovalType] | Unset):
        status (list[ApprovalStatus] | Unset):
        owner_id (UUID | Unset): The applicant.
        customer_id (UUID | Unset):
        opportunity_id (UUID | Unset):
        submitted_from (datetime.datetime | Unset):
        submitted_to (datetime.datetime | Unset):
        awaiting_me (bool | Unset): true: a step waits for the caller (or for someone away who
            delegated to them): the approver's inbox. false: none does.
        mine (bool | Unset): true: the caller's own requests.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ApprovalPage | Problem
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
            status=status,
            owner_id=owner_id,
            customer_id=customer_id,
            opportunity_id=opportunity_id,
            submitted_from=submitted_from,
            submitted_to=submitted_to,
            awaiting_me=awaiting_me,
            mine=mine,
        )
    ).parsed
