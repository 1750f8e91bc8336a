from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.attachment_out import AttachmentOut
from ...models.file_upload import FileUpload
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: FileUpload,
    idempotency_key: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(idempotency_key, Unset):
        headers["Idempotency-Key"] = idempotency_key

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/files",
    }

    _kwargs["files"] = body.to_multipart()

    headers["Content-Type"] = "multipart/form-data; boundary=+++"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AttachmentOut | Problem | None:
    if response.status_code == 201:
        response_201 = AttachmentOut.from_dict(response.json())

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

    if response.status_code == 413:
        response_413 = Problem.from_dict(response.json())

        return response_413

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
) -> Response[AttachmentOut | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: FileUpload,
    idempotency_key: str | Unset = UNSET,
) -> Response[AttachmentOut | Problem]:
    """Attach a file to a record (multipart: resource, record_id, file)

     Needs the right to change the record. The content is recognised from its bytes: executables and
    scripts are refused (415), and so is content that contradicts the declared type or is not an
    accepted type (415); a file over the limit is 413. Accepted: JPEG, PNG, GIF, WebP, HEIC/HEIF images,
    PDF, Word/Excel/PowerPoint (OOXML), plain text and CSV. A `record_id` that does not exist or is
    outside the caller's data scope is a 422 naming it (`not_found`).

    Args:
        idempotency_key (str | Unset):
        body (FileUpload):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AttachmentOut | Problem]
    """

    kwargs = _get_kwargs(
        body=body,
        idempotency_key=idempotency_key,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: FileUpload,
    idempotency_key: str | Unset = UNSET,
) -> AttachmentOut | Problem | None:
    """Attach a file to a record (multipart: resource, record_id, file)

     Needs the right to change the record. The content is recognised from its bytes: executables and
    scripts are refused (415), and so is content that contradicts the declared type or is not an
    accepted type (415); a file over the limit is 413. Accepted: JPEG, PNG, GIF, WebP, HEIC/HEIF images,
    PDF, Word/Excel/PowerPoint (OOXML), plain text and CSV. A `record_id` that does not exist or is
    outside the caller's data scope is a 422 naming it (`not_found`).

    Args:
        idempotency_key (str | Unset):
        body (FileUpload):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AttachmentOut | Problem
    """

    return sync_detailed(
        client=client,
        body=body,
        idempotency_key=idempotency_key,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: FileUpload,
    idempotency_key: str | Unset = UNSET,
) -> Response[AttachmentOut | Problem]:
    """Attach a file to a record (multipart: resource, record_id, file)

     Needs the right to change the record. The content is recognised from its bytes: executables and
    scripts are refused (415), and so is content that contradicts the declared type or is not an
    accepted type (415); a file over the limit is 413. Accepted: JPEG, PNG, GIF, WebP, HEIC/HEIF images,
    PDF, Word/Excel/PowerPoint (OOXML), plain text and CSV. A `record_id` that does not exist or is
    outside the caller's data scope is a 422 naming it (`not_found`).

    Args:
        idempotency_key (str | Unset):
        body (FileUpload):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AttachmentOut | Problem]
    """

    kwargs = _get_kwargs(
        body=body,
        idempotency_key=idempotency_key,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: FileUpload,
    idempotency_key: str | Unset = UNSET,
) -> AttachmentOut | Problem | None:
    """Attach a file to a record (multipart: resource, record_id, file)

     Needs the right to change the record. The content is recognised from its bytes: executables and
    scripts are refused (415), and so is content that contradicts the declared type or is not an
    accepted type (415); a file over the limit is 413. Accepted: JPEG, PNG, GIF, WebP, HEIC/HEIF images,
    PDF, Word/Excel/PowerPoint (OOXML), plain text and CSV. A `record_id` that does not exist or is
    outside the caller's data scope is a 422 naming it (`not_found`).

    Args:
        idempotency_key (str | Unset):
        body (FileUpload):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AttachmentOut | Problem
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            idempotency_key=idempotency_key,
        )
    ).parsed
