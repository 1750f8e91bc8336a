from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.changes_page import ChangesPage
from ...models.problem import Problem
from ...models.sync_changes_resources_item import SyncChangesResourcesItem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    since: str | Unset = UNSET,
    resources: list[SyncChangesResourcesItem] | Unset = UNSET,
    limit: int | Unset = 200,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["since"] = since

    json_resources: list[str] | Unset = UNSET
    if not isinstance(resources, Unset):
        json_resources = []
        for resources_item_data in resources:
            resources_item = resources_item_data.value
            json_resources.append(resources_item)

    params["resources"] = json_resources

    params["limit"] = limit

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/sync/changes",
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ChangesPage | Problem | None:
    if response.status_code == 200:
        response_200 = ChangesPage.from_dict(response.json())

        return response_200

    if response.status_code == 401:
        response_401 = Problem.from_dict(response.json())

        return response_401

    if response.status_code == 410:
        response_410 = Problem.from_dict(response.json())

        return response_410

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
) -> Response[ChangesPage | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    since: str | Unset = UNSET,
    resources: list[SyncChangesResourcesItem] | Unset = UNSET,
    limit: int | Unset = 200,
) -> Response[ChangesPage | Problem]:
    """Changes since the device's cursor (mobile delta sync)

     Every record the caller may see that changed since `since`, once, in its latest state, with
    deletions for records that left the caller's sight; commit-safe order, nothing skipped. A garbled
    cursor or another caller's is 422 `bad_cursor`; one older than the event retention is 410 `gone`
    (start again from zero). The algorithm is in docs/integrations.md.

    Args:
        since (str | Unset): The `next_cursor` of the previous pull; leave out to start from zero
            (the answer is no changes and the cursor to keep while loading the lists).
        resources (list[SyncChangesResourcesItem] | Unset): Only these resources (all by default).
        limit (int | Unset): At most this many events per pull. Default: 200.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ChangesPage | Problem]
    """

    kwargs = _get_kwargs(
        since=since,
        resources=resources,
        limit=limit,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    since: str | Unset = UNSET,
    resources: list[SyncChangesResourcesItem] | Unset = UNSET,
    limit: int | Unset = 200,
) -> ChangesPage | Problem | None:
    """Changes since the device's cursor (mobile delta sync)

     Every record the caller may see that changed since `since`, once, in its latest state, with
    deletions for records that left the caller's sight; commit-safe order, nothing skipped. A garbled
    cursor or another caller's is 422 `bad_cursor`; one older than the event retention is 410 `gone`
    (start again from zero). The algorithm is in docs/integrations.md.

    Args:
        since (str | Unset): The `next_cursor` of the previous pull; leave out to start from zero
            (the answer is no changes and the cursor to keep while loading the lists).
        resources (list[SyncChangesResourcesItem] | Unset): Only these resources (all by default).
        limit (int | Unset): At most this many events per pull. Default: 200.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ChangesPage | Problem
    """

    return sync_detailed(
        client=client,
        since=since,
        resources=resources,
        limit=limit,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    since: str | Unset = UNSET,
    resources: list[SyncChangesResourcesItem] | Unset = UNSET,
    limit: int | Unset = 200,
) -> Response[ChangesPage | Problem]:
    """Changes since the device's cursor (mobile delta sync)

     Every record the caller may see that changed since `since`, once, in its latest state, with
    deletions for records that left the caller's sight; commit-safe order, nothing skipped. A garbled
    cursor or another caller's is 422 `bad_cursor`; one older than the event retention is 410 `gone`
    (start again from zero). The algorithm is in docs/integrations.md.

    Args:
        since (str | Unset): The `next_cursor` of the previous pull; leave out to start from zero
            (the answer is no changes and the cursor to keep while loading the lists).
        resources (list[SyncChangesResourcesItem] | Unset): Only these resources (all by default).
        limit (int | Unset): At most this many events per pull. Default: 200.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ChangesPage | Problem]
    """

    kwargs = _get_kwargs(
        since=since,
        resources=resources,
        limit=limit,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    since: str | Unset = UNSET,
    resources: list[SyncChangesResourcesItem] | Unset = UNSET,
    limit: int | Unset = 200,
) -> ChangesPage | Problem | None:
    """Changes since the device's cursor (mobile delta sync)

     Every record the caller may see that changed since `since`, once, in its latest state, with
    deletions for records that left the caller's sight; commit-safe order, nothing skipped. A garbled
    cursor or another caller's is 422 `bad_cursor`; one older than the event retention is 410 `gone`
    (start again from zero). The algorithm is in docs/integrations.md.

    Args:
        since (str | Unset): The `next_cursor` of the previous pull; leave out to start from zero
            (the answer is no changes and the cursor to keep while loading the lists).
        resources (list[SyncChangesResourcesItem] | Unset): Only these resources (all by default).
        limit (int | Unset): At most this many events per pull. Default: 200.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ChangesPage | Problem
    """

    return (
        await asyncio_detailed(
            client=client,
            since=since,
            resources=resources,
            limit=limit,
        )
    ).parsed
