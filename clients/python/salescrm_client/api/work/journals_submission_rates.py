import datetime
from http import HTTPStatus
from typing import Any
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.journal_period import JournalPeriod
from ...models.problem import Problem
from ...models.submission_rates import SubmissionRates
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    period: JournalPeriod | Unset = UNSET,
    day_from: datetime.date,
    day_to: datetime.date,
    department_id: UUID | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_period: str | Unset = UNSET
    if not isinstance(period, Unset):
        json_period = period.value

    params["period"] = json_period

    json_day_from = day_from.isoformat()
    params["day_from"] = json_day_from

    json_day_to = day_to.isoformat()
    params["day_to"] = json_day_to

    json_department_id: str | Unset = UNSET
    if not isinstance(department_id, Unset):
        json_department_id = str(department_id)
    params["department_id"] = json_department_id

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/journals/submission-rates",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Problem | SubmissionRates | None:
    if response.status_code == 200:
        response_200 = SubmissionRates.from_dict(response.json())

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
) -> Response[Problem | SubmissionRates]:
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
    day_from: datetime.date,
    day_to: datetime.date,
    department_id: UUID | Unset = UNSET,
) -> Response[Problem | SubmissionRates]:
    """Journals submitted against journals due, per department, over a period

     Requires `journal:read`; the employees in the caller's data scope (of a department and those below
    it, with `department_id`). Daily journals are due on working days (the holiday calendar), weekly and
    monthly ones per week and month begun; days before an employee was hired are not due. At most a
    year; 422 `range_reversed`, `period_too_long`.

    Args:
        period (JournalPeriod | Unset):
        day_from (datetime.date):
        day_to (datetime.date):
        department_id (UUID | Unset): This department and below.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | SubmissionRates]
    """

    kwargs = _get_kwargs(
        period=period,
        day_from=day_from,
        day_to=day_to,
        department_id=department_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    period: JournalPeriod | Unset = UNSET,
    day_from: datetime.date,
    day_to: datetime.date,
    department_id: UUID | Unset = UNSET,
) -> Problem | SubmissionRates | None:
    """Journals submitted against journals due, per department, over a period

     Requires `journal:read`; the employees in the caller's data scope (of a department and those below
    it, with `department_id`). Daily journals are due on working days (the holiday calendar), weekly and
    monthly ones per week and month begun; days before an employee was hired are not due. At most a
    year; 422 `range_reversed`, `period_too_long`.

    Args:
        period (JournalPeriod | Unset):
        day_from (datetime.date):
        day_to (datetime.date):
        department_id (UUID | Unset): This department and below.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | SubmissionRates
    """

    return sync_detailed(
        client=client,
        period=period,
        day_from=day_from,
        day_to=day_to,
        department_id=department_id,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    period: JournalPeriod | Unset = UNSET,
    day_from: datetime.date,
    day_to: datetime.date,
    department_id: UUID | Unset = UNSET,
) -> Response[Problem | SubmissionRates]:
    """Journals submitted against journals due, per department, over a period

     Requires `journal:read`; the employees in the caller's data scope (of a department and those below
    it, with `department_id`). Daily journals are due on working days (the holiday calendar), weekly and
    monthly ones per week and month begun; days before an employee was hired are not due. At most a
    year; 422 `range_reversed`, `period_too_long`.

    Args:
        period (JournalPeriod | Unset):
        day_from (datetime.date):
        day_to (datetime.date):
        department_id (UUID | Unset): This department and below.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | SubmissionRates]
    """

    kwargs = _get_kwargs(
        period=period,
        day_from=day_from,
        day_to=day_to,
        department_id=department_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    period: JournalPeriod | Unset = UNSET,
    day_from: datetime.date,
    day_to: datetime.date,
    department_id: UUID | Unset = UNSET,
) -> Problem | SubmissionRates | None:
    """Journals submitted against journals due, per department, over a period

     Requires `journal:read`; the employees in the caller's data scope (of a department and those below
    it, with `department_id`). Daily journals are due on working days (the holiday calendar), weekly and
    monthly ones per week and month begun; days before an employee was hired are not due. At most a
    year; 422 `range_reversed`, `period_too_long`.

    Args:
        period (JournalPeriod | Unset):
        day_from (datetime.date):
        day_to (datetime.date):
        department_id (UUID | Unset): This department and below.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | SubmissionRates
    """

    return (
        await asyncio_detailed(
            client=client,
            period=period,
            day_from=day_from,
            day_to=day_to,
            department_id=department_id,
        )
    ).parsed
