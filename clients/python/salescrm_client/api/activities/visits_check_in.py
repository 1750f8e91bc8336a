from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.check_in import CheckIn
from ...models.coord_system import CoordSystem
from ...models.problem import Problem
from ...models.visit_out import VisitOut
from ...types import UNSET, Response, Unset


def _get_kwargs(
    record_id: UUID,
    *,
    body: CheckIn,
    coord_system: CoordSystem | Unset = UNSET,
    if_match: str | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(if_match, Unset):
        headers["If-Match"] = if_match

    if not isinstance(idempotency_key, Unset):
        headers["Idempotency-Key"] = idempotency_key

    params: dict[str, Any] = {}

    json_coord_system: str | Unset = UNSET
    if not isinstance(coord_system, Unset):
        json_coord_system = coord_system.value

    params["coord_system"] = json_coord_system

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/visits/{record_id}/check-in".format(
            record_id=quote(str(record_id), safe=""),
        ),
        "params": params,
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Problem | VisitOut | None:
    if response.status_code == 200:
        response_200 = VisitOut.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = Problem.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = Problem.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = Problem.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = Problem.from_dict(response.json())

        return response_404

    if response.status_code == 409:
        response_409 = Problem.from_dict(response.json())

        return response_409

    if response.status_code == 412:
        response_412 = Problem.from_dict(response.json())

        return response_412

    if response.status_code == 415:
        response_415 = Problem.from_dict(response.json())

        return response_415

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Problem | VisitOut]:
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
    body: CheckIn,
    coord_system: CoordSystem | Unset = UNSET,
    if_match: str | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,
) -> Response[Problem | VisitOut]:
    """Check in on site: the distance from the customer is kept

     Requires `visit:write`; only the rep who owns the visit may do it (403), while they may still change
    its customer or deal; 404 outside the data scope; a stale `If-Match` is 412. The answer's
    coordinates are in the system `coord_system` asks for.

    409 `visit_not_planned` when the visit is not planned (checked in, done or cancelled). Coordinates
    may be sent in `wgs84`, `gcj02` or `bd09` (`coord_system` in the body) and are stored and measured
    in WGS-84. Sent from offline, `captured_at` is when the device recorded it: more than 5 minutes
    after the server's time is a 422 `captured_in_future`; older than `SALESCRM_OFFLINE_MAX_AGE_HOURS`
    needs `visit:backdate` (403). `device_now` (the device's clock when sending) keeps the clock skew
    and flags the visit beyond `SALESCRM_CLOCK_SKEW_MAX_SECONDS`.

    Args:
        record_id (UUID): The record's id (UUID).
        coord_system (CoordSystem | Unset): The datum a coordinate is in.
        if_match (str | Unset): The ETag you last read, e.g. "3" (or `*`, or a list of tags). If
            it names no current version of the record, the write answers 412 with the current ETag.
        idempotency_key (str | Unset):
        body (CheckIn):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | VisitOut]
    """

    kwargs = _get_kwargs(
        record_id=record_id,
        body=body,
        coord_system=coord_system,
        if_match=if_match,
        idempotency_key=idempotency_key,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    record_id: UUID,
    *,
    client: AuthenticatedClient,
    body: CheckIn,
    coord_system: CoordSystem | Unset = UNSET,
    if_match: str | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,
) -> Problem | VisitOut | None:
    """Check in on site: the distance from the customer is kept

     Requires `visit:write`; only the rep who owns the visit may do it (403), while they may still change
    its customer or deal; 404 outside the data scope; a stale `If-Match` is 412. The answer's
    coordinates are in the system `coord_system` asks for.

    409 `visit_not_planned` when the visit is not planned (checked in, done or cancelled). Coordinates
    may be sent in `wgs84`, `gcj02` or `bd09` (`coord_system` in the body) and are stored and measured
    in WGS-84. Sent from offline, `captured_at` is when the device recorded it: more than 5 minutes
    after the server's time is a 422 `captured_in_future`; older than `SALESCRM_OFFLINE_MAX_AGE_HOURS`
    needs `visit:backdate` (403). `device_now` (the device's clock when sending) keeps the clock skew
    and flags the visit beyond `SALESCRM_CLOCK_SKEW_MAX_SECONDS`.

    Args:
        record_id (UUID): The record's id (UUID).
        coord_system (CoordSystem | Unset): The datum a coordinate is in.
        if_match (str | Unset): The ETag you last read, e.g. "3" (or `*`, or a list of tags). If
            it names no current version of the record, the write answers 412 with the current ETag.
        idempotency_key (str | Unset):
        body (CheckIn):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | VisitOut
    """

    return sync_detailed(
        record_id=record_id,
        client=client,
        body=body,
        coord_system=coord_system,
        if_match=if_match,
        idempotency_key=idempotency_key,
    ).parsed


async def asyncio_detailed(
    record_id: UUID,
    *,
    client: AuthenticatedClient,
    body: CheckIn,
    coord_system: CoordSystem | Unset = UNSET,
    if_match: str | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,
) -> Response[Problem | VisitOut]:
    """Check in on site: the distance from the customer is kept

     Requires `visit:write`; only the rep who owns the visit may do it (403), while they may still change
    its customer or deal; 404 outside the data scope; a stale `If-Match` is 412. The answer's
    coordinates are in the system `coord_system` asks for.

    409 `visit_not_planned` when the visit is not planned (checked in, done or cancelled). Coordinates
    may be sent in `wgs84`, `gcj02` or `bd09` (`coord_system` in the body) and are stored and measured
    in WGS-84. Sent from offline, `captured_at` is when the device recorded it: more than 5 minutes
    after the server's time is a 422 `captured_in_future`; older than `SALESCRM_OFFLINE_MAX_AGE_HOURS`
    needs `visit:backdate` (403). `device_now` (the device's clock when sending) keeps the clock skew
    and flags the visit beyond `SALESCRM_CLOCK_SKEW_MAX_SECONDS`.

    Args:
        record_id (UUID): The record's id (UUID).
        coord_system (CoordSystem | Unset): The datum a coordinate is in.
        if_match (str | Unset): The ETag you last read, e.g. "3" (or `*`, or a list of tags). If
            it names no current version of the record, the write answers 412 with the current ETag.
        idempotency_key (str | Unset):
        body (CheckIn):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | VisitOut]
    """

    kwargs = _get_kwargs(
        record_id=record_id,
        body=body,
        coord_system=coord_system,
        if_match=if_match,
        idempotency_key=idempotency_key,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    record_id: UUID,
    *,
    client: AuthenticatedClient,
    body: CheckIn,
    coord_system: CoordSystem | Unset = UNSET,
    if_match: str | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,
) -> Problem | VisitOut | None:
    """Check in on site: the distance from the customer is kept

     Requires `visit:write`; only the rep who owns the visit may do it (403), while they may still change
    its customer or deal; 404 outside the data scope; a stale `If-Match` is 412. The answer's
    coordinates are in the system `coord_system` asks for.

    409 `visit_not_planned` when the visit is not planned (checked in, done or cancelled). Coordinates
    may be sent in `wgs84`, `gcj02` or `bd09` (`coord_system` in the body) and are stored and measured
    in WGS-84. Sent from offline, `captured_at` is when the device recorded it: more than 5 minutes
    after the server's time is a 422 `captured_in_future`; older than `SALESCRM_OFFLINE_MAX_AGE_HOURS`
    needs `visit:backdate` (403). `device_now` (the device's clock when sending) keeps the clock skew
    and flags the visit beyond `SALESCRM_CLOCK_SKEW_MAX_SECONDS`.

    Args:
        record_id (UUID): The record's id (UUID).
        coord_system (CoordSystem | Unset): The datum a coordinate is in.
        if_match (str | Unset): The ETag you last read, e.g. "3" (or `*`, or a list of tags). If
            it names no current version of the record, the write answers 412 with the current ETag.
        idempotency_key (str | Unset):
        body (CheckIn):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | VisitOut
    """

    return (
        await asyncio_detailed(
            record_id=record_id,
            client=client,
            body=body,
            coord_system=coord_system,
            if_match=if_match,
            idempotency_key=idempotency_key,
        )
    ).parsed
