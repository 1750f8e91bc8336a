from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.opportunities_stage_history_list_sort import OpportunitiesStageHistoryListSort
from ...models.problem import Problem
from ...models.stage_change_page import StageChangePage
from ...types import UNSET, Response, Unset


def _get_kwargs(
    record_id: UUID,
    *,
    limit: int | Unset = 50,
    cursor: str | Unset = UNSET,
    sort: OpportunitiesStageHistoryListSort | Unset = UNSET,
    include_total: bool | Unset = False,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["limit"] = limit

    params["cursor"] = cursor

    json_sort: str | Unset = UNSET
    if not isinstance(sort, Unset):
        json_sort = sort.value

    params["sort"] = json_sort

    params["include_total"] = include_total

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/opportunities/{record_id}/stage-history".format(
            record_id=quote(str(record_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Problem | StageChangePage | None:
    if response.status_code == 200:
        response_200 = StageChangePage.from_dict(response.json())

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
) -> Response[Problem | StageChangePage]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    record_id: UUID,
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 50,
    cursor: str | Unset = UNSET,
    sort: OpportunitiesStageHistoryListSort | Unset = UNSET,
    include_total: bool | Unset = False,
) -> Response[Problem | StageChangePage]:
    """Every stage change of the deal: when, who, from → to, time spent in the stage left

     Requires `opportunity:read`; 404 when the deal is outside the caller's data scope.

    Args:
        record_id (UUID): The record's id (UUID).
        limit (int | Unset): Page size, 1 to 200. Default: 50.
        cursor (str | Unset): Opaque cursor from a previous page's next_cursor.
        sort (OpportunitiesStageHistoryListSort | Unset): Sort field; prefix with '-' for
            descending.
        include_total (bool | Unset): Also count all matching rows (slower). Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | StageChangePage]
    """

    kwargs = _get_kwargs(
        record_id=record_id,
        limit=limit,
        cursor=cursor,
        sort=sort,
        include_total=include_total,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    record_id: UUID,
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 50,
    cursor: str | Unset = UNSET,
    sort: OpportunitiesStageHistoryListSort | Unset = UNSET,
    include_total: bool | Unset = False,
) -> Problem | StageChangePage | None:
    """Every stage change of the deal: when, who, from → to, time spent in the stage left

     Requires `opportunity:read`; 404 when the deal is outside the caller's data scope.

    Args:
        record_id (UUID): The record's id (UUID).
        limit (int | Unset): Page size, 1 to 200. Default: 50.
        cursor (str | Unset): Opaque cursor from a previous page's next_cursor.
        sort (OpportunitiesStageHistoryListSort | Unset): Sort field; prefix with '-' for
            descending.
        include_total (bool | Unset): Also count all matching rows (slower). Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | StageChangePage
    """

    return sync_detailed(
        record_id=record_id,
        client=client,
        limit=limit,
        cursor=cursor,
        sort=sort,
        include_total=include_total,
    ).parsed


async def asyncio_detailed(
    record_id: UUID,
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 50,
    cursor: str | Unset = UNSET,
    sort: OpportunitiesStageHistoryListSort | Unset = UNSET,
    include_total: bool | Unset = False,
) -> Response[Problem | StageChangePage]:
    """Every stage change of the deal: when, who, from → to, time spent in the stage left

     Requires `opportunity:read`; 404 when the deal is outside the caller's data scope.

    Args:
        record_id (UUID): The record's id (UUID).
        limit (int | Unset): Page size, 1 to 200. Default: 50.
        cursor (str | Unset): Opaque cursor from a previous page's next_cursor.
        sort (OpportunitiesStageHistoryListSort | Unset): Sort field; prefix with '-' for
            descending.
        include_total (bool | Unset): Also count all matching rows (slower). Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | StageChangePage]
    """

    kwargs = _get_kwargs(
        record_id=record_id,
        limit=limit,
        cursor=cursor,
        sort=sort,
        include_total=include_total,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    record_id: UUID,
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 50,
    cursor: str | Unset = UNSET,
    sort: OpportunitiesStageHistoryListSort | Unset = UNSET,
    include_total: bool | Unset = False,
) -> Problem | StageChangePage | None:
    """Every stage change of the deal: when, who, from → to, time spent in the stage left

     Requires `opportunity:read`; 404 when the deal is outside the caller's data scope.

    Args:
        record_id (UUID): The record's id (UUID).
        limit (int | Unset): Page size, 1 to 200. Default: 50.
        cursor (str | Unset): Opaque cursor from a previous page's next_cursor.
        sort (OpportunitiesStageHistoryListSort | Unset): Sort field; prefix with '-' for
            descending.
        include_total (bool | Unset): Also count all matching rows (slower). Default: False.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | StageChangePage
    """

    return (
        await asyncio_detailed(
            record_id=record_id,
            client=client,
            limit=limit,
            cursor=cursor,
            sort=sort,
            include_total=include_total,
        )
    ).parsed
