from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.import_job_out import ImportJobOut
from ...models.import_upload import ImportUpload
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: ImportUpload,
    idempotency_key: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(idempotency_key, Unset):
        headers["Idempotency-Key"] = idempotency_key

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/imports",
    }

    _kwargs["files"] = body.to_multipart()

    headers["Content-Type"] = "multipart/form-data; boundary=+++"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> ImportJobOut | Problem | None:
    if response.status_code == 201:
        response_201 = ImportJobOut.from_dict(response.json())

        return response_201

    if response.status_code == 202:
        response_202 = ImportJobOut.from_dict(response.json())

        return response_202

    if response.status_code == 400:
        response_400 = Problem.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = Problem.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = Problem.from_dict(response.json())

        return response_403

    if response.status_code == 409:
        response_409 = Problem.from_dict(response.json())

        return response_409

    if response.status_code == 413:
        response_413 = Problem.from_dict(response.json())

        return response_413

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
) -> Response[ImportJobOut | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: ImportUpload,
    idempotency_key: str | Unset = UNSET,
) -> Response[ImportJobOut | Problem]:
    """Import customers or contacts from a CSV or XLSX file

     Multipart form: `file`, `target`, `dry_run`, `all_or_nothing`, `mapping`. Small files are processed
    at once (201, the finished job); larger ones in the background (202, the queued job: poll `GET
    /api/v1/imports/{id}`). Rows are numbered as in a spreadsheet: the header is row 1.

    Args:
        idempotency_key (str | Unset):
        body (ImportUpload):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ImportJobOut | Problem]
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
    body: ImportUpload,
    idempotency_key: str | Unset = UNSET,
) -> ImportJobOut | Problem | None:
    """Import customers or contacts from a CSV or XLSX file

     Multipart form: `file`, `target`, `dry_run`, `all_or_nothing`, `mapping`. Small files are processed
    at once (201, the finished job); larger ones in the background (202, the queued job: poll `GET
    /api/v1/imports/{id}`). Rows are numbered as in a spreadsheet: the header is row 1.

    Args:
        idempotency_key (str | Unset):
        body (ImportUpload):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ImportJobOut | Problem
    """

    return sync_detailed(
        client=client,
        body=body,
        idempotency_key=idempotency_key,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: ImportUpload,
    idempotency_key: str | Unset = UNSET,
) -> Response[ImportJobOut | Problem]:
    """Import customers or contacts from a CSV or XLSX file

     Multipart form: `file`, `target`, `dry_run`, `all_or_nothing`, `mapping`. Small files are processed
    at once (201, the finished job); larger ones in the background (202, the queued job: poll `GET
    /api/v1/imports/{id}`). Rows are numbered as in a spreadsheet: the header is row 1.

    Args:
        idempotency_key (str | Unset):
        body (ImportUpload):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ImportJobOut | Problem]
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
    body: ImportUpload,
    idempotency_key: str | Unset = UNSET,
) -> ImportJobOut | Problem | None:
    """Import customers or contacts from a CSV or XLSX file

     Multipart form: `file`, `target`, `dry_run`, `all_or_nothing`, `mapping`. Small files are processed
    at once (201, the finished job); larger ones in the background (202, the queued job: poll `GET
    /api/v1/imports/{id}`). Rows are numbered as in a spreadsheet: the header is row 1.

    Args:
        idempotency_key (str | Unset):
        body (ImportUpload):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ImportJobOut | Problem
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            idempotency_key=idempotency_key,
        )
    ).parsed
