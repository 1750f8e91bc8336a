from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.coord_system import CoordSystem
from ...models.customer_out import CustomerOut
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    record_id: UUID,
    *,
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
        "url": "/api/v1/customers/{record_id}/anonymise".format(
            record_id=quote(str(record_id), safe=""),
        ),
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> CustomerOut | Problem | None:
    if response.status_code == 200:
        response_200 = CustomerOut.from_dict(response.json())

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

    if response.status_code == 409:
        response_409 = Problem.from_dict(response.json())

        return response_409

    if response.status_code == 412:
        response_412 = Problem.from_dict(response.json())

        return response_412

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
) -> Response[CustomerOut | Problem]:
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
    coord_system: CoordSystem | Unset = UNSET,
    if_match: str | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,
) -> Response[CustomerOut | Problem]:
    """Anonymise an individual customer and its contacts on the person's request (PIPL)

     Requires `customer:anonymise` and the right to change the record (404 when absent or outside the
    caller's data scope, 403 for a read-only share); a deleted record can be anonymised too. Send `If-
    Match` with the ETag to act on the version you saw (412 when stale). Answers 200 with the record,
    `anonymised_at` set; a second call changes nothing and answers the same. The business records that
    reference it stay and keep pointing at it; the audit trail and the event outbox keep no personal
    value of it; the action is audited (`anonymise`) and published (`customer.anonymised`).

    Only an individual customer (`kind` `individual`): a company is a 409 `not_individual` (anonymise
    its contacts instead). Its contacts, deleted ones included, are anonymised with it (each published
    as `contact.anonymised`); a second call anonymises contacts added since.

    Args:
        record_id (UUID): The record's id (UUID).
        coord_system (CoordSystem | Unset): The datum a coordinate is in.
        if_match (str | Unset): The ETag you last read, e.g. "3" (or `*`, or a list of tags). If
            it names no current version of the record, the write answers 412 with the current ETag.
        idempotency_key (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CustomerOut | Problem]
    """

    kwargs = _get_kwargs(
        record_id=record_id,
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
    coord_system: CoordSystem | Unset = UNSET,
    if_match: str | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,
) -> CustomerOut | Problem | None:
    """Anonymise an individual customer and its contacts on the person's request (PIPL)

     Requires `customer:anonymise` and the right to change the record (404 when absent or outside the
    caller's data scope, 403 for a read-only share); a deleted record can be anonymised too. Send `If-
    Match` with the ETag to act on the version you saw (412 when stale). Answers 200 with the record,
    `anonymised_at` set; a second call changes nothing and answers the same. The business records that
    reference it stay and keep pointing at it; the audit trail and the event outbox keep no personal
    value of it; the action is audited (`anonymise`) and published (`customer.anonymised`).

    Only an individual customer (`kind` `individual`): a company is a 409 `not_individual` (anonymise
    its contacts instead). Its contacts, deleted ones included, are anonymised with it (each published
    as `contact.anonymised`); a second call anonymises contacts added since.

    Args:
        record_id (UUID): The record's id (UUID).
        coord_system (CoordSystem | Unset): The datum a coordinate is in.
        if_match (str | Unset): The ETag you last read, e.g. "3" (or `*`, or a list of tags). If
            it names no current version of the record, the write answers 412 with the current ETag.
        idempotency_key (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CustomerOut | Problem
    """

    return sync_detailed(
        record_id=record_id,
        client=client,
        coord_system=coord_system,
        if_match=if_match,
        idempotency_key=idempotency_key,
    ).parsed


async def asyncio_detailed(
    record_id: UUID,
    *,
    client: AuthenticatedClient,
    coord_system: CoordSystem | Unset = UNSET,
    if_match: str | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,
) -> Response[CustomerOut | Problem]:
    """Anonymise an individual customer and its contacts on the person's request (PIPL)

     Requires `customer:anonymise` and the right to change the record (404 when absent or outside the
    caller's data scope, 403 for a read-only share); a deleted record can be anonymised too. Send `If-
    Match` with the ETag to act on the version you saw (412 when stale). Answers 200 with the record,
    `anonymised_at` set; a second call changes nothing and answers the same. The business records that
    reference it stay and keep pointing at it; the audit trail and the event outbox keep no personal
    value of it; the action is audited (`anonymise`) and published (`customer.anonymised`).

    Only an individual customer (`kind` `individual`): a company is a 409 `not_individual` (anonymise
    its contacts instead). Its contacts, deleted ones included, are anonymised with it (each published
    as `contact.anonymised`); a second call anonymises contacts added since.

    Args:
        record_id (UUID): The record's id (UUID).
        coord_system (CoordSystem | Unset): The datum a coordinate is in.
        if_match (str | Unset): The ETag you last read, e.g. "3" (or `*`, or a list of tags). If
            it names no current version of the record, the write answers 412 with the current ETag.
        idempotency_key (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CustomerOut | Problem]
    """

    kwargs = _get_kwargs(
        record_id=record_id,
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
    coord_system: CoordSystem | Unset = UNSET,
    if_match: str | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,
) -> CustomerOut | Problem | None:
    """Anonymise an individual customer and its contacts on the person's request (PIPL)

     Requires `customer:anonymise` and the right to change the record (404 when absent or outside the
    caller's data scope, 403 for a read-only share); a deleted record can be anonymised too. Send `If-
    Match` with the ETag to act on the version you saw (412 when stale). Answers 200 with the record,
    `anonymised_at` set; a second call changes nothing and answers the same. The business records that
    reference it stay and keep pointing at it; the audit trail and the event outbox keep no personal
    value of it; the action is audited (`anonymise`) and published (`customer.anonymised`).

    Only an individual customer (`kind` `individual`): a company is a 409 `not_individual` (anonymise
    its contacts instead). Its contacts, deleted ones included, are anonymised with it (each published
    as `contact.anonymised`); a second call anonymises contacts added since.

    Args:
        record_id (UUID): The record's id (UUID).
        coord_system (CoordSystem | Unset): The datum a coordinate is in.
        if_match (str | Unset): The ETag you last read, e.g. "3" (or `*`, or a list of tags). If
            it names no current version of the record, the write answers 412 with the current ETag.
        idempotency_key (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CustomerOut | Problem
    """

    return (
        await asyncio_detailed(
            record_id=record_id,
            client=client,
            coord_system=coord_system,
            if_match=if_match,
            idempotency_key=idempotency_key,
        )
    ).parsed
