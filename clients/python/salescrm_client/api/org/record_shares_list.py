from http import HTTPStatus
from typing import Any
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.problem import Problem
from ...models.record_share_page import RecordSharePage
from ...models.record_shares_list_resource import RecordSharesListResource
from ...models.record_shares_list_sort import RecordSharesListSort
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    limit: int | Unset = 50,
    cursor: str | Unset = UNSET,
    sort: RecordSharesListSort | Unset = UNSET,
    include_total: bool | Unset = False,
    resource: RecordSharesListResource,
    record_id: UUID,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["limit"] = limit

    params["cursor"] = cursor

    json_sort: str | Unset = UNSET
    if not isinstance(sort, Unset):
        json_sort = sort.value

    params["sort"] = json_sort

    params["include_total"] = include_total

    json_resource = resource.value
    params["resource"] = json_resource

    json_record_id = str(record_id)
    params["record_id"] = json_record_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/record-shares",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Problem | RecordSharePage | None:
    if response.status_code == 200:
        response_200 = RecordSharePage.from_dict(response.json())

        return response_200

    if response.status_code == 401:
        response_401 = Problem.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = Problem.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = Problem.from_dict(response.json())

        return response_404

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
) -> Response[Problem | RecordSharePage]:
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
    sort: RecordSharesListSort | Unset = UNSET,
    include_total: bool | Unset = False,
    resource: RecordSharesListResource,
    record_id: UUID,
) -> Response[Problem | RecordSharePage]:
    """Who a record is shared with

     Needs the right to see the record (404 outside the caller's data scope); 422 when the resource is
    not shareable.

    Args:
        limit (int | Unset): Page size, 1 to 200. Default: 50.
        cursor (str | Unset): Opaque cursor from a previous page's next_cursor.
        sort (RecordSharesListSort | Unset): Sort field; prefix with '-' for descending.
        include_total (bool | Unset): Also count all matching rows (slower). Default: False.
        resource (RecordSharesListResource):
        record_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | RecordSharePage]
    """

    kwargs = _get_kwargs(
        limit=limit,
        cursor=cursor,
        sort=sort,
        include_total=include_total,
        resource=resource,
        record_id=record_id,
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
    sort: RecordSharesListSort | Unset = UNSET,
    include_total: bool | Unset = False,
    resource: RecordSharesListResource,
    record_id: UUID,
) -> Problem | RecordSharePage | None:
    """Who a record is shared with

     Needs the right to see the record (404 outside the caller's data scope); 422 when the resource is
    not shareable.

    Args:
        limit (int | Unset): Page size, 1 to 200. Default: 50.
        cursor (str | Unset): Opaque cursor from a previous page's next_cursor.
        sort (RecordSharesListSort | Unset): Sort field; prefix with '-' for descending.
        include_total (bool | Unset): Also count all matching rows (slower). Default: False.
        resource (RecordSharesListResource):
        record_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | RecordSharePage
    """

    return sync_detailed(
        client=client,
        limit=limit,
        cursor=cursor,
        sort=sort,
        include_total=include_total,
        resource=resource,
        record_id=record_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 50,
    cursor: str | Unset = UNSET,
    sort: RecordSharesListSort | Unset = UNSET,
    include_total: bool | Unset = False,
    resource: RecordSharesListResource,
    record_id: UUID,
) -> Response[Problem | RecordSharePage]:
    """Who a record is shared with

     Needs the right to see the record (404 outside the caller's data scope); 422 when the resource is
    not shareable.

    Args:
        limit (int | Unset): Page size, 1 to 200. Default: 50.
        cursor (str | Unset): Opaque cursor from a previous page's next_cursor.
        sort (RecordSharesListSort | Unset): Sort field; prefix with '-' for descending.
        include_total (bool | Unset): Also count all matching rows (slower). Default: False.
        resource (RecordSharesListResource):
        record_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | RecordSharePage]
    """

    kwargs = _get_kwargs(
        limit=limit,
        cursor=cursor,
        sort=sort,
        include_total=include_total,
        resource=resource,
        record_id=record_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 50,
    cursor: str | Unset = UNSET,
    sort: RecordSharesListSort | Unset = UNSET,
    include_total: bool | Unset = False,
    resource: RecordSharesListResource,
    record_id: UUID,
) -> Problem | RecordSharePage | None:
    """Who a record is shared with

     Needs the right to see the record (404 outside the caller's data scope); 422 when the resource is
    not shareable.

    Args:
        limit (int | Unset): Page size, 1 to 200. Default: 50.
        cursor (str | Unset): Opaque cursor from a previous page's next_cursor.
        sort (RecordSharesListSort | Unset): Sort field; prefix with '-' for descending.
        include_total (bool | Unset): Also count all matching rows (slower). Default: False.
        resource (RecordSharesListResource):
        record_id (UUID):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | RecordSharePage
    """

    return (
        await asyncio_detailed(
            client=client,
            limit=limit,
            cursor=cursor,
            sort=sort,
            include_total=include_total,
            resource=resource,
            record_id=record_id,
        )
    ).parsed
