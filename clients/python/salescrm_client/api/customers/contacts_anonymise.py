from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.contact_out import ContactOut
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    record_id: UUID,
    *,
    if_match: str | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(if_match, Unset):
        headers["If-Match"] = if_match

    if not isinstance(idempotency_key, Unset):
        headers["Idempotency-Key"] = idempotency_key

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/contacts/{record_id}/anonymise".format(
            record_id=quote(str(record_id), safe=""),
        ),
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ContactOut | Problem | None:
    if response.status_code == 200:
        response_200 = ContactOut.from_dict(response.json())

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
) -> Response[ContactOut | Problem]:
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
    if_match: str | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,
) -> Response[ContactOut | Problem]:
    """Anonymise a contact on the person's request (PIPL)

     Requires `customer:anonymise` and the right to change the record (404 when absent or outside the
    caller's data scope, 403 for a read-only share); a deleted record can be anonymised too. Send `If-
    Match` with the ETag to act on the version you saw (412 when stale). Answers 200 with the record,
    `anonymised_at` set; a second call changes nothing and answers the same. The business records that
    reference it stay and keep pointing at it; the audit trail and the event outbox keep no personal
    value of it; the action is audited (`anonymise`) and published (`contact.anonymised`).

    Args:
        record_id (UUID): The record's id (UUID).
        if_match (str | Unset): The ETag you last read, e.g. "3" (or `*`, or a list of tags). If
            it names no current version of the record, the write answers 412 with the current ETag.
        idempotency_key (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ContactOut | Problem]
    """

    kwargs = _get_kwargs(
        record_id=record_id,
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
    if_match: str | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,
) -> ContactOut | Problem | None:
    """Anonymise a contact on the person's request (PIPL)

     Requires `customer:anonymise` and the right to change the record (404 when absent or outside the
    caller's data scope, 403 for a read-only share); a deleted record can be anonymised too. Send `If-
    Match` with the ETag to act on the version you saw (412 when stale). Answers 200 with the record,
    `anonymised_at` set; a second call changes nothing and answers the same. The business records that
    reference it stay and keep pointing at it; the audit trail and the event outbox keep no personal
    value of it; the action is audited (`anonymise`) and published (`contact.anonymised`).

    Args:
        record_id (UUID): The record's id (UUID).
        if_match (str | Unset): The ETag you last read, e.g. "3" (or `*`, or a list of tags). If
            it names no current version of the record, the write answers 412 with the current ETag.
        idempotency_key (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ContactOut | Problem
    """

    return sync_detailed(
        record_id=record_id,
        client=client,
        if_match=if_match,
        idempotency_key=idempotency_key,
    ).parsed


async def asyncio_detailed(
    record_id: UUID,
    *,
    client: AuthenticatedClient,
    if_match: str | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,
) -> Response[ContactOut | Problem]:
    """Anonymise a contact on the person's request (PIPL)

     Requires `customer:anonymise` and the right to change the record (404 when absent or outside the
    caller's data scope, 403 for a read-only share); a deleted record can be anonymised too. Send `If-
    Match` with the ETag to act on the version you saw (412 when stale). Answers 200 with the record,
    `anonymised_at` set; a second call changes nothing and answers the same. The business records that
    reference it stay and keep pointing at it; the audit trail and the event outbox keep no personal
    value of it; the action is audited (`anonymise`) and published (`contact.anonymised`).

    Args:
        record_id (UUID): The record's id (UUID).
        if_match (str | Unset): The ETag you last read, e.g. "3" (or `*`, or a list of tags). If
            it names no current version of the record, the write answers 412 with the current ETag.
        idempotency_key (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ContactOut | Problem]
    """

    kwargs = _get_kwargs(
        record_id=record_id,
        if_match=if_match,
        idempotency_key=idempotency_key,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    record_id: UUID,
    *,
    client: AuthenticatedClient,
    if_match: str | Unset = UNSET,
    idempotency_key: str | Unset = UNSET,
) -> ContactOut | Problem | None:
    """Anonymise a contact on the person's request (PIPL)

     Requires `customer:anonymise` and the right to change the record (404 when absent or outside the
    caller's data scope, 403 for a read-only share); a deleted record can be anonymised too. Send `If-
    Match` with the ETag to act on the version you saw (412 when stale). Answers 200 with the record,
    `anonymised_at` set; a second call changes nothing and answers the same. The business records that
    reference it stay and keep pointing at it; the audit trail and the event outbox keep no personal
    value of it; the action is audited (`anonymise`) and published (`contact.anonymised`).

    Args:
        record_id (UUID): The record's id (UUID).
        if_match (str | Unset): The ETag you last read, e.g. "3" (or `*`, or a list of tags). If
            it names no current version of the record, the write answers 412 with the current ETag.
        idempotency_key (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ContactOut | Problem
    """

    return (
        await asyncio_detailed(
            record_id=record_id,
            client=client,
            if_match=if_match,
            idempotency_key=idempotency_key,
        )
    ).parsed
