import datetime
from http import HTTPStatus
from typing import Any
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.problem import Problem
from ...models.training_summary import TrainingSummary
from ...models.training_summary_by import TrainingSummaryBy
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    by: TrainingSummaryBy | Unset = UNSET,
    plan_id: UUID | Unset = UNSET,
    starts_from: datetime.datetime | Unset = UNSET,
    starts_to: datetime.datetime | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_by: str | Unset = UNSET
    if not isinstance(by, Unset):
        json_by = by.value

    params["by"] = json_by

    json_plan_id: str | Unset = UNSET
    if not isinstance(plan_id, Unset):
        json_plan_id = str(plan_id)
    params["plan_id"] = json_plan_id

    json_starts_from: str | Unset = UNSET
    if not isinstance(starts_from, Unset):
        json_starts_from = starts_from.isoformat()
    params["starts_from"] = json_starts_from

    json_starts_to: str | Unset = UNSET
    if not isinstance(starts_to, Unset):
        json_starts_to = starts_to.isoformat()
    params["starts_to"] = json_starts_to

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/training-summary",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Problem | TrainingSummary | None:
    if response.status_code == 200:
        response_200 = TrainingSummary.from_dict(response.json())

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
) -> Response[Problem | TrainingSummary]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    by: TrainingSummaryBy | Unset = UNSET,
    plan_id: UUID | Unset = UNSET,
    starts_from: datetime.datetime | Unset = UNSET,
    starts_to: datetime.datetime | Unset = UNSET,
) -> Response[Problem | TrainingSummary]:
    """Attendance rate and average score per training plan or per session

     Requires `training:read`; covers the sessions the caller may read (their data scope over the
    organisers, and those they attend). `by=plan` groups sessions by plan (sessions without a plan in
    one row with plan_id null), `by=session` one row per session. The rate is attended ÷ attendees; the
    average is over the scored attendees.

    Args:
        by (TrainingSummaryBy | Unset):
        plan_id (UUID | Unset):
        starts_from (datetime.datetime | Unset):
        starts_to (datetime.datetime | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | TrainingSummary]
    """

    kwargs = _get_kwargs(
        by=by,
        plan_id=plan_id,
        starts_from=starts_from,
        starts_to=starts_to,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    by: TrainingSummaryBy | Unset = UNSET,
    plan_id: UUID | Unset = UNSET,
    starts_from: datetime.datetime | Unset = UNSET,
    starts_to: datetime.datetime | Unset = UNSET,
) -> Problem | TrainingSummary | None:
    """Attendance rate and average score per training plan or per session

     Requires `training:read`; covers the sessions the caller may read (their data scope over the
    organisers, and those they attend). `by=plan` groups sessions by plan (sessions without a plan in
    one row with plan_id null), `by=session` one row per session. The rate is attended ÷ attendees; the
    average is over the scored attendees.

    Args:
        by (TrainingSummaryBy | Unset):
        plan_id (UUID | Unset):
        starts_from (datetime.datetime | Unset):
        starts_to (datetime.datetime | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | TrainingSummary
    """

    return sync_detailed(
        client=client,
        by=by,
        plan_id=plan_id,
        starts_from=starts_from,
        starts_to=starts_to,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    by: TrainingSummaryBy | Unset = UNSET,
    plan_id: UUID | Unset = UNSET,
    starts_from: datetime.datetime | Unset = UNSET,
    starts_to: datetime.datetime | Unset = UNSET,
) -> Response[Problem | TrainingSummary]:
    """Attendance rate and average score per training plan or per session

     Requires `training:read`; covers the sessions the caller may read (their data scope over the
    organisers, and those they attend). `by=plan` groups sessions by plan (sessions without a plan in
    one row with plan_id null), `by=session` one row per session. The rate is attended ÷ attendees; the
    average is over the scored attendees.

    Args:
        by (TrainingSummaryBy | Unset):
        plan_id (UUID | Unset):
        starts_from (datetime.datetime | Unset):
        starts_to (datetime.datetime | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | TrainingSummary]
    """

    kwargs = _get_kwargs(
        by=by,
        plan_id=plan_id,
        starts_from=starts_from,
        starts_to=starts_to,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    by: TrainingSummaryBy | Unset = UNSET,
    plan_id: UUID | Unset = UNSET,
    starts_from: datetime.datetime | Unset = UNSET,
    starts_to: datetime.datetime | Unset = UNSET,
) -> Problem | TrainingSummary | None:
    """Attendance rate and average score per training plan or per session

     Requires `training:read`; covers the sessions the caller may read (their data scope over the
    organisers, and those they attend). `by=plan` groups sessions by plan (sessions without a plan in
    one row with plan_id null), `by=session` one row per session. The rate is attended ÷ attendees; the
    average is over the scored attendees.

    Args:
        by (TrainingSummaryBy | Unset):
        plan_id (UUID | Unset):
        starts_from (datetime.datetime | Unset):
        starts_to (datetime.datetime | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | TrainingSummary
    """

    return (
        await asyncio_detailed(
            client=client,
            by=by,
            plan_id=plan_id,
            starts_from=starts_from,
            starts_to=starts_to,
        )
    ).parsed
