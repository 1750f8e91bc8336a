from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.problem import Problem
from ...models.record_share_create import RecordShareCreate
from ...models.record_share_out import RecordShareOut
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: RecordShareCreate,
    idempotency_key: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(idempotency_key, Unset):
        headers["Idempotency-Key"] = idempotency_key

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/record-shares",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | Problem | RecordShareOut | None:
    if response.status_code == 200:
        response_200 = cast(Any, None)
        return response_200

    if response.status_code == 201:
        response_201 = RecordShareOut.from_dict(response.json())

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
) -> Response[Any | Problem | RecordShareOut]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: RecordShareCreate,
    idempotency_key: str | Unset = UNSET,
) -> Response[Any | Problem | RecordShareOut]:
    """Share a record you may change with an employee or a department

     Requires `share:manage` and the right to change the record (403 for a read-only share; 422
    `not_found` naming `record_id` when it does not exist or is outside the caller's data scope).
    Exactly one of `employee_id` and `department_id`; 422 when the resource is not shareable or the
    grantee does not exist. Sharing again with the same grantee updates the access (200).

    Args:
        idempotency_key (str | Unset):
        body (RecordShareCreate): No client-chosen id: a share is found again by its record and
            grantee.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Problem | RecordShareOut]
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
    body: RecordShareCreate,
    idempotency_key: str | Unset = UNSET,
) -> Any | Problem | RecordShareOut | None:
    """Share a record you may change with an employee or a department

     Requires `share:manage` and the right to change the record (403 for a read-only share; 422
    `not_found` naming `record_id` when it does not exist or is outside the caller's data scope).
    Exactly one of `employee_id` and `department_id`; 422 when the resource is not shareable or the
    grantee does not exist. Sharing again with the same grantee updates the access (200).

    Args:
        idempotency_key (str | Unset):
        body (RecordShareCreate): No client-chosen id: a share is found again by its record and
            grantee.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Problem | RecordShareOut
    """

    return sync_detailed(
        client=client,
        body=body,
        idempotency_key=idempotency_key,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: RecordShareCreate,
    idempotency_key: str | Unset = UNSET,
) -> Response[Any | Problem | RecordShareOut]:
    """Share a record you may change with an employee or a department

     Requires `share:manage` and the right to change the record (403 for a read-only share; 422
    `not_found` naming `record_id` when it does not exist or is outside the caller's data scope).
    Exactly one of `employee_id` and `department_id`; 422 when the resource is not shareable or the
    grantee does not exist. Sharing again with the same grantee updates the access (200).

    Args:
        idempotency_key (str | Unset):
        body (RecordShareCreate): No client-chosen id: a share is found again by its record and
            grantee.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | Problem | RecordShareOut]
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
    body: RecordShareCreate,
    idempotency_key: str | Unset = UNSET,
) -> Any | Problem | RecordShareOut | None:
    """Share a record you may change with an employee or a department

     Requires `share:manage` and the right to change the record (403 for a read-only share; 422
    `not_found` naming `record_id` when it does not exist or is outside the caller's data scope).
    Exactly one of `employee_id` and `department_id`; 422 when the resource is not shareable or the
    grantee does not exist. Sharing again with the same grantee updates the access (200).

    Args:
        idempotency_key (str | Unset):
        body (RecordShareCreate): No client-chosen id: a share is found again by its record and
            grantee.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | Problem | RecordShareOut
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            idempotency_key=idempotency_key,
        )
    ).parsed
