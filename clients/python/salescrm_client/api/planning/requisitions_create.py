from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.problem import Problem
from ...models.requisition_create import RequisitionCreate
from ...models.requisition_out import RequisitionOut
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: RequisitionCreate,
    idempotency_key: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(idempotency_key, Unset):
        headers["Idempotency-Key"] = idempotency_key

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/requisitions",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Problem | RequisitionOut | None:
    if response.status_code == 200:
        response_200 = RequisitionOut.from_dict(response.json())

        return response_200

    if response.status_code == 201:
        response_201 = RequisitionOut.from_dict(response.json())

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

    if response.status_code == 409:
        response_409 = Problem.from_dict(response.json())

        return response_409

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
) -> Response[Problem | RequisitionOut]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: RequisitionCreate,
    idempotency_key: str | Unset = UNSET,
) -> Response[Problem | RequisitionOut]:
    """Create a requisition

     Requires the permission `requisition:write`.

    Setting another owner also requires `requisition:write`.

    201 with `Location` and `ETag`; a repeated create with the same client-chosen `id` answers 200 with
    the record. 409 `duplicate` when a unique field is taken (the problem names it), 409 `id_conflict`
    when the id is in use otherwise; 422 when a field is invalid. A record the body names that does not
    exist or is outside the caller's data scope is a 422 `not_found` naming the field; one the caller
    may only read, where the write needs to change it, is a 403.

    422 `not_found` naming an unknown department, position or requester; 422 `title_required` when
    neither a position nor a title is given.

    Args:
        idempotency_key (str | Unset):
        body (RequisitionCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | RequisitionOut]
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
    body: RequisitionCreate,
    idempotency_key: str | Unset = UNSET,
) -> Problem | RequisitionOut | None:
    """Create a requisition

     Requires the permission `requisition:write`.

    Setting another owner also requires `requisition:write`.

    201 with `Location` and `ETag`; a repeated create with the same client-chosen `id` answers 200 with
    the record. 409 `duplicate` when a unique field is taken (the problem names it), 409 `id_conflict`
    when the id is in use otherwise; 422 when a field is invalid. A record the body names that does not
    exist or is outside the caller's data scope is a 422 `not_found` naming the field; one the caller
    may only read, where the write needs to change it, is a 403.

    422 `not_found` naming an unknown department, position or requester; 422 `title_required` when
    neither a position nor a title is given.

    Args:
        idempotency_key (str | Unset):
        body (RequisitionCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | RequisitionOut
    """

    return sync_detailed(
        client=client,
        body=body,
        idempotency_key=idempotency_key,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: RequisitionCreate,
    idempotency_key: str | Unset = UNSET,
) -> Response[Problem | RequisitionOut]:
    """Create a requisition

     Requires the permission `requisition:write`.

    Setting another owner also requires `requisition:write`.

    201 with `Location` and `ETag`; a repeated create with the same client-chosen `id` answers 200 with
    the record. 409 `duplicate` when a unique field is taken (the problem names it), 409 `id_conflict`
    when the id is in use otherwise; 422 when a field is invalid. A record the body names that does not
    exist or is outside the caller's data scope is a 422 `not_found` naming the field; one the caller
    may only read, where the write needs to change it, is a 403.

    422 `not_found` naming an unknown department, position or requester; 422 `title_required` when
    neither a position nor a title is given.

    Args:
        idempotency_key (str | Unset):
        body (RequisitionCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | RequisitionOut]
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
    body: RequisitionCreate,
    idempotency_key: str | Unset = UNSET,
) -> Problem | RequisitionOut | None:
    """Create a requisition

     Requires the permission `requisition:write`.

    Setting another owner also requires `requisition:write`.

    201 with `Location` and `ETag`; a repeated create with the same client-chosen `id` answers 200 with
    the record. 409 `duplicate` when a unique field is taken (the problem names it), 409 `id_conflict`
    when the id is in use otherwise; 422 when a field is invalid. A record the body names that does not
    exist or is outside the caller's data scope is a 422 `not_found` naming the field; one the caller
    may only read, where the write needs to change it, is a 403.

    422 `not_found` naming an unknown department, position or requester; 422 `title_required` when
    neither a position nor a title is given.

    Args:
        idempotency_key (str | Unset):
        body (RequisitionCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | RequisitionOut
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            idempotency_key=idempotency_key,
        )
    ).parsed
