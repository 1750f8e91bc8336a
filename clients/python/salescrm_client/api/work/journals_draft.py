import datetime
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.journal_draft import JournalDraft
from ...models.journal_period import JournalPeriod
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    period: JournalPeriod | Unset = UNSET,
    day: datetime.date | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_period: str | Unset = UNSET
    if not isinstance(period, Unset):
        json_period = period.value

    params["period"] = json_period

    json_day: str | Unset = UNSET
    if not isinstance(day, Unset):
        json_day = day.isoformat()
    params["day"] = json_day

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/journals/draft",
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> JournalDraft | Problem | None:
    if response.status_code == 200:
        response_200 = JournalDraft.from_dict(response.json())

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
) -> Response[JournalDraft | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    period: JournalPeriod | Unset = UNSET,
    day: datetime.date | Unset = UNSET,
) -> Response[JournalDraft | Problem]:
    """A draft of the caller's journal, pre-filled from their work in the period

     Requires `journal:write`. Lists the activities the caller recorded, the visits they checked in to,
    the tasks they completed and their deals that moved stage in the period, as lines of `done` to edit
    before `POST /journals`. Nothing is saved.

    Args:
        period (JournalPeriod | Unset):
        day (datetime.date | Unset): A day of the period; default: today.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[JournalDraft | Problem]
    """

    kwargs = _get_kwargs(
        period=period,
        day=day,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    period: JournalPeriod | Unset = UNSET,
    day: datetime.date | Unset = UNSET,
) -> JournalDraft | Problem | None:
    """A draft of the caller's journal, pre-filled from their work in the period

     Requires `journal:write`. Lists the activities the caller recorded, the visits they checked in to,
    the tasks they completed and their deals that moved stage in the period, as lines of `done` to edit
    before `POST /journals`. Nothing is saved.

    Args:
        period (JournalPeriod | Unset):
        day (datetime.date | Unset): A day of the period; default: today.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        JournalDraft | Problem
    """

    return sync_detailed(
        client=client,
        period=period,
        day=day,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    period: JournalPeriod | Unset = UNSET,
    day: datetime.date | Unset = UNSET,
) -> Response[JournalDraft | Problem]:
    """A draft of the caller's journal, pre-filled from their work in the period

     Requires `journal:write`. Lists the activities the caller recorded, the visits they checked in to,
    the tasks they completed and their deals that moved stage in the period, as lines of `done` to edit
    before `POST /journals`. Nothing is saved.

    Args:
        period (JournalPeriod | Unset):
        day (datetime.date | Unset): A day of the period; default: today.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[JournalDraft | Problem]
    """

    kwargs = _get_kwargs(
        period=period,
        day=day,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    period: JournalPeriod | Unset = UNSET,
    day: datetime.date | Unset = UNSET,
) -> JournalDraft | Problem | None:
    """A draft of the caller's journal, pre-filled from their work in the period

     Requires `journal:write`. Lists the activities the caller recorded, the visits they checked in to,
    the tasks they completed and their deals that moved stage in the period, as lines of `done` to edit
    before `POST /journals`. Nothing is saved.

    Args:
        period (JournalPeriod | Unset):
        day (datetime.date | Unset): A day of the period; default: today.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        JournalDraft | Problem
    """

    return (
        await asyncio_detailed(
            client=client,
            period=period,
            day=day,
        )
    ).parsed
