import datetime
from http import HTTPStatus
from typing import Any
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.coord_system import CoordSystem
from ...models.problem import Problem
from ...models.visit_page import VisitPage
from ...models.visit_status import VisitStatus
from ...models.visits_list_sort import VisitsListSort
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    limit: int | Unset = 50,
    cursor: str | Unset = UNSET,
    sort: VisitsListSort | Unset = UNSET,
    q: str | Unset = UNSET,
    include_total: bool | Unset = False,
    owner_id: UUID | Unset = UNSET,
    status: VisitStatus | Unset = UNSET,
    customer_id: UUID | Unset = UNSET,
    opportunity_id: UUID | Unset = UNSET,
    flagged: bool | Unset = UNSET,
    clock_skew_flagged: bool | Unset = UNSET,
    coord_system: CoordSystem | Unset = UNSET,
    planned_from: datetime.datetime | Unset = UNSET,
    planned_to: datetime.datetime | Unset = UNSET,
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

    json_owner_id: str | Unset = UNSET
    if not isinstance(owner_id, Unset):
        json_owner_id = str(owner_id)
    params["owner_id"] = json_owner_id

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

    params["flagged"] = flagged

    params["clock_skew_flagged"] = clock_skew_flagged

    json_coord_system: str | Unset = UNSET
    if not isinstance(coord_system, Unset):
        json_coord_system = coord_system.value

    params["coord_system"] = json_coord_system

    json_planned_from: str | Unset = UNSET
    if not isinstance(planned_from, Unset):
        json_planned_from = planned_from.isoformat()
    params["planned_from"] = json_planned_from

    json_planned_to: str | Unset = UNSET
    if not isinstance(planned_to, Unset):
        json_planned_to = planned_to.isoformat()
    params["planned_to"] = json_planned_to

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/visits",
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Problem | VisitPage | None:
    if response.status_code == 200:
        response_200 = VisitPage.from_dict(response.json())

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Problem | VisitPage]:
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
    sort: VisitsListSort | Unset = UNSET,
    q: str | Unset = UNSET,
    include_total: bool | Unset = False,
    owner_id: UUID | Unset = UNSET,
    status: VisitStatus | Unset = UNSET,
    customer_id: UUID | Unset = UNSET,
    opportunity_id: UUID | Unset = UNSET,
    flagged: bool | Unset = UNSET,
    clock_skew_flagged: bool | Unset = UNSET,
    coord_system: CoordSystem | Unset = UNSET,
    planned_from: datetime.datetime | Unset = UNSET,
    planned_to: datetime.datetime | Unset = UNSET,
) -> Response[Problem | VisitPage]:
    """List visits

     Requires the permission `visit:read`.

    Lists only records within the caller's data scope.

    Args:
        limit (int | Unset): Page size, 1 to 200. Default: 50.
        cursor (str | Unset): Opaque cursor from a previous page's next_cursor.
        sort (VisitsListSort | Unset): Sort field; prefix with '-' for descending.
        q (str | Unset): Free-text search; Chinese names also match by pinyin and initials.
        include_total (bool | Unset): Also count all matching rows (slower). Default: False.
        owner_id (UUID | Unset):
        status (VisitStatus | Unset):
        customer_id (UUID | Unset):
        opportunity_id (UUID | Unset):
        flagged (bool | Unset):
        clock_skew_flagged (bool | Unset): Checked in or out from a device whose clock was off.
        coord_system (CoordSystem | Unset): The datum a coordinate is in.
        planned_from (datetime.datetime | Unset):
        planned_to (datetime.datetime | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | VisitPage]
    """

    kwargs = _get_kwargs(
        limit=limit,
        cursor=cursor,
        sort=sort,
        q=q,
        include_total=include_total,
        owner_id=owner_id,
        status=status,
        customer_id=customer_id,
        opportunity_id=opportunity_id,
        flagged=flagged,
        clock_skew_flagged=clock_skew_flagged,
        coord_system=coord_system,
        planned_from=planned_from,
        planned_to=planned_to,
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
    sort: VisitsListSort | Unset = UNSET,
    q: str | Unset = UNSET,
    include_total: bool | Unset = False,
    owner_id: UUID | Unset = UNSET,
    status: VisitStatus | Unset = UNSET,
    customer_id: UUID | Unset = UNSET,
    opportunity_id: UUID | Unset = UNSET,
    flagged: bool | Unset = UNSET,
    clock_skew_flagged: bool | Unset = UNSET,
    coord_system: CoordSystem | Unset = UNSET,
    planned_from: datetime.datetime | Unset = UNSET,
    planned_to: datetime.datetime | Unset = UNSET,
) -> Problem | VisitPage | None:
    """List visits

     Requires the permission `visit:read`.

    Lists only records within the caller's data scope.

    Args:
        limit (int | Unset): Page size, 1 to 200. Default: 50.
        cursor (str | Unset): Opaque cursor from a previous page's next_cursor.
        sort (VisitsListSort | Unset): Sort field; prefix with '-' for descending.
        q (str | Unset): Free-text search; Chinese names also match by pinyin and initials.
        include_total (bool | Unset): Also count all matching rows (slower). Default: False.
        owner_id (UUID | Unset):
        status (VisitStatus | Unset):
        customer_id (UUID | Unset):
        opportunity_id (UUID | Unset):
        flagged (bool | Unset):
        clock_skew_flagged (bool | Unset): Checked in or out from a device whose clock was off.
        coord_system (CoordSystem | Unset): The datum a coordinate is in.
        planned_from (datetime.datetime | Unset):
        planned_to (datetime.datetime | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | VisitPage
    """

    return sync_detailed(
        client=client,
        limit=limit,
        cursor=cursor,
        sort=sort,
        q=q,
        include_total=include_total,
        owner_id=owner_id,
        status=status,
        customer_id=customer_id,
        opportunity_id=opportunity_id,
        flagged=flagged,
        clock_skew_flagged=clock_skew_flagged,
        coord_system=coord_system,
        planned_from=planned_from,
        planned_to=planned_to,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 50,
    cursor: str | Unset = UNSET,
    sort: VisitsListSort | Unset = UNSET,
    q: str | Unset = UNSET,
    include_total: bool | Unset = False,
    owner_id: UUID | Unset = UNSET,
    status: VisitStatus | Unset = UNSET,
    customer_id: UUID | Unset = UNSET,
    opportunity_id: UUID | Unset = UNSET,
    flagged: bool | Unset = UNSET,
    clock_skew_flagged: bool | Unset = UNSET,
    coord_system: CoordSystem | Unset = UNSET,
    planned_from: datetime.datetime | Unset = UNSET,
    planned_to: datetime.datetime | Unset = UNSET,
) -> Response[Problem | VisitPage]:
    """List visits

     Requires the permission `visit:read`.

    Lists only records within the caller's data scope.

    Args:
        limit (int | Unset): Page size, 1 to 200. Default: 50.
        cursor (str | Unset): Opaque cursor from a previous page's next_cursor.
        sort (VisitsListSort | Unset): Sort field; prefix with '-' for descending.
        q (str | Unset): Free-text search; Chinese names also match by pinyin and initials.
        include_total (bool | Unset): Also count all matching rows (slower). Default: False.
        owner_id (UUID | Unset):
        status (VisitStatus | Unset):
        customer_id (UUID | Unset):
        opportunity_id (UUID | Unset):
        flagged (bool | Unset):
        clock_skew_flagged (bool | Unset): Checked in or out from a device whose clock was off.
        coord_system (CoordSystem | Unset): The datum a coordinate is in.
        planned_from (datetime.datetime | Unset):
        planned_to (datetime.datetime | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | VisitPage]
    """

    kwargs = _get_kwargs(
        limit=limit,
        cursor=cursor,
        sort=sort,
        q=q,
        include_total=include_total,
        owner_id=owner_id,
        status=status,
        customer_id=customer_id,
        opportunity_id=opportunity_id,
        flagged=flagged,
        clock_skew_flagged=clock_skew_flagged,
        coord_system=coord_system,
        planned_from=planned_from,
        planned_to=planned_to,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 50,
    cursor: str | Unset = UNSET,
    sort: VisitsListSort | Unset = UNSET,
    q: str | Unset = UNSET,
    include_total: bool | Unset = False,
    owner_id: UUID | Unset = UNSET,
    status: VisitStatus | Unset = UNSET,
    customer_id: UUID | Unset = UNSET,
    opportunity_id: UUID | Unset = UNSET,
    flagged: bool | Unset = UNSET,
    clock_skew_flagged: bool | Unset = UNSET,
    coord_system: CoordSystem | Unset = UNSET,
    planned_from: datetime.datetime | Unset = UNSET,
    planned_to: datetime.datetime | Unset = UNSET,
) -> Problem | VisitPage | None:
    """List visits

     Requires the permission `visit:read`.

    Lists only records within the caller's data scope.

    Args:
        limit (int | Unset): Page size, 1 to 200. Default: 50.
        cursor (str | Unset): Opaque cursor from a previous page's next_cursor.
        sort (VisitsListSort | Unset): Sort field; prefix with '-' for descending.
        q (str | Unset): Free-text search; Chinese names also match by pinyin and initials.
        include_total (bool | Unset): Also count all matching rows (slower). Default: False.
        owner_id (UUID | Unset):
        status (VisitStatus | Unset):
        customer_id (UUID | Unset):
        opportunity_id (UUID | Unset):
        flagged (bool | Unset):
        clock_skew_flagged (bool | Unset): Checked in or out from a device whose clock was off.
        coord_system (CoordSystem | Unset): The datum a coordinate is in.
        planned_from (datetime.datetime | Unset):
        planned_to (datetime.datetime | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | VisitPage
    """

    return (
        await asyncio_detailed(
            client=client,
            limit=limit,
            cursor=cursor,
            sort=sort,
            q=q,
            include_total=include_total,
            owner_id=owner_id,
            status=status,
            customer_id=customer_id,
            opportunity_id=opportunity_id,
            flagged=flagged,
            clock_skew_flagged=clock_skew_flagged,
            coord_system=coord_system,
            planned_from=planned_from,
            planned_to=planned_to,
        )
    ).parsed
