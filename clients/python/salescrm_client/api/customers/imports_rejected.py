from http import HTTPStatus
from io import BytesIO
from typing import Any
from urllib.parse import quote
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.imports_rejected_format import ImportsRejectedFormat
from ...models.problem import Problem
from ...types import UNSET, File, Response, Unset


def _get_kwargs(
    record_id: UUID,
    *,
    format_: ImportsRejectedFormat | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_format_: str | Unset = UNSET
    if not isinstance(format_, Unset):
        json_format_ = format_.value

    params["format"] = json_format_

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/imports/{record_id}/rejected".format(
            record_id=quote(str(record_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> File | Problem | None:
    if response.status_code == 200:
        response_200 = File(payload=BytesIO(response.text))

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[File | Problem]:
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
    format_: ImportsRejectedFormat | Unset = UNSET,
) -> Response[File | Problem]:
    """The rejected rows of an import job, with the reasons, as CSV or XLSX

     Requires `customer:import`; 404 for a job outside the caller's data scope. Every rejected row (no
    cap, unlike `errors`), in row order: `行号` (row), the file's own columns as uploaded, and `错误原因`
    (reason: `column: message` per problem, in the request's language), so the file can be corrected and
    uploaded again. `format` (or an `Accept` of the XLSX media type) chooses XLSX; CSV is the default.

    Args:
        record_id (UUID): The record's id (UUID).
        format_ (ImportsRejectedFormat | Unset): csv or xlsx

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[File | Problem]
    """

    kwargs = _get_kwargs(
        record_id=record_id,
        format_=format_,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    record_id: UUID,
    *,
    client: AuthenticatedClient,
    format_: ImportsRejectedFormat | Unset = UNSET,
) -> File | Problem | None:
    """The rejected rows of an import job, with the reasons, as CSV or XLSX

     Requires `customer:import`; 404 for a job outside the caller's data scope. Every rejected row (no
    cap, unlike `errors`), in row order: `行号` (row), the file's own columns as uploaded, and `错误原因`
    (reason: `column: message` per problem, in the request's language), so the file can be corrected and
    uploaded again. `format` (or an `Accept` of the XLSX media type) chooses XLSX; CSV is the default.

    Args:
        record_id (UUID): The record's id (UUID).
        format_ (ImportsRejectedFormat | Unset): csv or xlsx

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        File | Problem
    """

    return sync_detailed(
        record_id=record_id,
        client=client,
        format_=format_,
    ).parsed


async def asyncio_detailed(
    record_id: UUID,
    *,
    client: AuthenticatedClient,
    format_: ImportsRejectedFormat | Unset = UNSET,
) -> Response[File | Problem]:
    """The rejected rows of an import job, with the reasons, as CSV or XLSX

     Requires `customer:import`; 404 for a job outside the caller's data scope. Every rejected row (no
    cap, unlike `errors`), in row order: `行号` (row), the file's own columns as uploaded, and `错误原因`
    (reason: `column: message` per problem, in the request's language), so the file can be corrected and
    uploaded again. `format` (or an `Accept` of the XLSX media type) chooses XLSX; CSV is the default.

    Args:
        record_id (UUID): The record's id (UUID).
        format_ (ImportsRejectedFormat | Unset): csv or xlsx

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[File | Problem]
    """

    kwargs = _get_kwargs(
        record_id=record_id,
        format_=format_,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    record_id: UUID,
    *,
    client: AuthenticatedClient,
    format_: ImportsRejectedFormat | Unset = UNSET,
) -> File | Problem | None:
    """The rejected rows of an import job, with the reasons, as CSV or XLSX

     Requires `customer:import`; 404 for a job outside the caller's data scope. Every rejected row (no
    cap, unlike `errors`), in row order: `行号` (row), the file's own columns as uploaded, and `错误原因`
    (reason: `column: message` per problem, in the request's language), so the file can be corrected and
    uploaded again. `format` (or an `Accept` of the XLSX media type) chooses XLSX; CSV is the default.

    Args:
        record_id (UUID): The record's id (UUID).
        format_ (ImportsRejectedFormat | Unset): csv or xlsx

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        File | Problem
    """

    return (
        await asyncio_detailed(
            record_id=record_id,
            client=client,
            format_=format_,
        )
    ).parsed
