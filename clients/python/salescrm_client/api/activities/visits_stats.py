import datetime
from http import HTTPStatus
from typing import Any
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.problem import Problem
from ...models.visit_stats import VisitStats
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    checked_out_from: datetime.date,
    checked_out_to: datetime.date,
    owner_id: UUID | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_checked_out_from = checked_out_from.isoformat()
    params["checked_out_from"] = json_checked_out_from

    json_checked_out_to = checked_out_to.isoformat()
    params["checked_out_to"] = json_checked_out_to

    json_owner_id: str | Unset = UNSET
    if not isinstance(owner_id, Unset):
        json_owner_id = str(owner_id)
    params["owner_id"] = json_owner_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/visits/stats",
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Problem | VisitStats | None:
    if response.status_code == 200:
        response_200 = VisitStats.from_dict(response.json())

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
) -> Response[Problem | VisitStats]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    checked_out_from: datetime.date,
    checked_out_to: datetime.date,
    owner_id: UUID | Unset = UNSET,
) -> Response[Problem | VisitStats]:
    """Completed visits per rep in a period, with the flagged check-ins (caller's scope)

     Requires `visit:read`; counts only visits within the caller's data scope. 422 for an invalid period.

    Args:
        checked_out_from (datetime.date): Visits checked out on or after this day.
        checked_out_to (datetime.date): … and on or before this one (business time zone).
        owner_id (UUID | Unset): Only one rep.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | VisitStats]
    """

    kwargs = _get_kwargs(
        checked_out_from=checked_out_from,
        checked_out_to=checked_out_to,
        owner_id=owner_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    checked_out_from: datetime.date,
    checked_out_to: datetime.date,
    owner_id: UUID | Unset = UNSET,
) -> Problem | VisitStats | None:
    """Completed visits per rep in a period, with the flagged check-ins (caller's scope)

     Requires `visit:read`; counts only visits within the caller's data scope. 422 for an invalid period.

    Args:
        checked_out_from (datetime.date): Visits checked out on or after this day.
        checked_out_to (datetime.date): … and on or before this one (business time zone).
        owner_id (UUID | Unset): Only one rep.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | VisitStats
    """

    return sync_detailed(
        client=client,
        checked_out_from=checked_out_from,
        checked_out_to=checked_out_to,
        owner_id=owner_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    checked_out_from: datetime.date,
    checked_out_to: datetime.date,
    owner_id: UUID | Unset = UNSET,
) -> Response[Problem | VisitStats]:
    """Completed visits per rep in a period, with the flagged check-ins (caller's scope)

     Requires `visit:read`; counts only visits within the caller's data scope. 422 for an invalid period.

    Args:
        checked_out_from (datetime.date): Visits checked out on or after this day.
        checked_out_to (datetime.date): … and on or before this one (business time zone).
        owner_id (UUID | Unset): Only one rep.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | VisitStats]
    """

    kwargs = _get_kwargs(
        checked_out_from=checked_out_from,
        checked_out_to=checked_out_to,
        owner_id=owner_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    checked_out_from: datetime.date,
    checked_out_to: datetime.date,
    owner_id: UUID | Unset = UNSET,
) -> Problem | VisitStats | None:
    """Completed visits per rep in a period, with the flagged check-ins (caller's scope)

     Requires `visit:read`; counts only visits within the caller's data scope. 422 for an invalid period.

    Args:
        checked_out_from (datetime.date): Visits checked out on or after this day.
        checked_out_to (datetime.date): … and on or before this one (business time zone).
        owner_id (UUID | Unset): Only one rep.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | VisitStats
    """

    return (
        await asyncio_detailed(
            client=client,
            checked_out_from=checked_out_from,
            checked_out_to=checked_out_to,
            owner_id=owner_id,
        )
    ).parsed
