from http import HTTPStatus
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.journal_comment_in import JournalCommentIn
from ...models.journal_comment_out import JournalCommentOut
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    record_id: UUID,
    *,
    body: JournalCommentIn,
    idempotency_key: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(idempotency_key, Unset):
        headers["Idempotency-Key"] = idempotency_key

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/journals/{record_id}/comments".format(
            record_id=quote(str(record_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> JournalCommentOut | Problem | None:
    if response.status_code == 201:
        response_201 = JournalCommentOut.from_dict(response.json())

        return response_201

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


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[JournalCommentOut | Problem]:
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
    body: JournalCommentIn,
    idempotency_key: str | Unset = UNSET,
) -> Response[JournalCommentOut | Problem]:
    """Comment on a journal, or reply to a comment (`parent_id`)

     Requires `journal:read`; whoever sees the journal. The author is told, and the author of the comment
    replied to. 404 when the caller cannot see the journal; 422 when `parent_id` is not a comment of it.

    Args:
        record_id (UUID): The record's id (UUID).
        idempotency_key (str | Unset):
        body (JournalCommentIn):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[JournalCommentOut | Problem]
    """

    kwargs = _get_kwargs(
        record_id=record_id,
        body=body,
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
    body: JournalCommentIn,
    idempotency_key: str | Unset = UNSET,
) -> JournalCommentOut | Problem | None:
    """Comment on a journal, or reply to a comment (`parent_id`)

     Requires `journal:read`; whoever sees the journal. The author is told, and the author of the comment
    replied to. 404 when the caller cannot see the journal; 422 when `parent_id` is not a comment of it.

    Args:
        record_id (UUID): The record's id (UUID).
        idempotency_key (str | Unset):
        body (JournalCommentIn):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        JournalCommentOut | Problem
    """

    return sync_detailed(
        record_id=record_id,
        client=client,
        body=body,
        idempotency_key=idempotency_key,
    ).parsed


async def asyncio_detailed(
    record_id: UUID,
    *,
    client: AuthenticatedClient,
    body: JournalCommentIn,
    idempotency_key: str | Unset = UNSET,
) -> Response[JournalCommentOut | Problem]:
    """Comment on a journal, or reply to a comment (`parent_id`)

     Requires `journal:read`; whoever sees the journal. The author is told, and the author of the comment
    replied to. 404 when the caller cannot see the journal; 422 when `parent_id` is not a comment of it.

    Args:
        record_id (UUID): The record's id (UUID).
        idempotency_key (str | Unset):
        body (JournalCommentIn):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[JournalCommentOut | Problem]
    """

    kwargs = _get_kwargs(
        record_id=record_id,
        body=body,
        idempotency_key=idempotency_key,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    record_id: UUID,
    *,
    client: AuthenticatedClient,
    body: JournalCommentIn,
    idempotency_key: str | Unset = UNSET,
) -> JournalCommentOut | Problem | None:
    """Comment on a journal, or reply to a comment (`parent_id`)

     Requires `journal:read`; whoever sees the journal. The author is told, and the author of the comment
    replied to. 404 when the caller cannot see the journal; 422 when `parent_id` is not a comment of it.

    Args:
        record_id (UUID): The record's id (UUID).
        idempotency_key (str | Unset):
        body (JournalCommentIn):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        JournalCommentOut | Problem
    """

    return (
        await asyncio_detailed(
            record_id=record_id,
            client=client,
            body=body,
            idempotency_key=idempotency_key,
        )
    ).parsed
