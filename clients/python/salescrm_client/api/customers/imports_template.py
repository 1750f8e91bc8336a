from http import HTTPStatus
from io import BytesIO
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.imports_template_target import ImportsTemplateTarget
from ...models.problem import Problem
from ...types import File, Response


def _get_kwargs(
    target: ImportsTemplateTarget,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/imports/templates/{target}".format(
            target=quote(str(target), safe=""),
        ),
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> File | Problem | None:
    if response.status_code == 200:
        response_200 = File(payload=BytesIO(response.content))

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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[File | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    target: ImportsTemplateTarget,
    *,
    client: AuthenticatedClient,
) -> Response[File | Problem]:
    """An XLSX template for importing a target

     Requires `customer:import` (and the target's write permission). The header row in the request's
    language (Chinese headers by default; `Accept-Language: en` gives the field names), a sample or hint
    per column in a comment and the second row, and validation lists for the enumerated columns
    (choices, tiers, stages, activity types, the owners' usernames when there are at most 200), kept on
    a hidden sheet `lists`.

    Args:
        target (ImportsTemplateTarget):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[File | Problem]
    """

    kwargs = _get_kwargs(
        target=target,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    target: ImportsTemplateTarget,
    *,
    client: AuthenticatedClient,
) -> File | Problem | None:
    """An XLSX template for importing a target

     Requires `customer:import` (and the target's write permission). The header row in the request's
    language (Chinese headers by default; `Accept-Language: en` gives the field names), a sample or hint
    per column in a comment and the second row, and validation lists for the enumerated columns
    (choices, tiers, stages, activity types, the owners' usernames when there are at most 200), kept on
    a hidden sheet `lists`.

    Args:
        target (ImportsTemplateTarget):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        File | Problem
    """

    return sync_detailed(
        target=target,
        client=client,
    ).parsed


async def asyncio_detailed(
    target: ImportsTemplateTarget,
    *,
    client: AuthenticatedClient,
) -> Response[File | Problem]:
    """An XLSX template for importing a target

     Requires `customer:import` (and the target's write permission). The header row in the request's
    language (Chinese headers by default; `Accept-Language: en` gives the field names), a sample or hint
    per column in a comment and the second row, and validation lists for the enumerated columns
    (choices, tiers, stages, activity types, the owners' usernames when there are at most 200), kept on
    a hidden sheet `lists`.

    Args:
        target (ImportsTemplateTarget):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[File | Problem]
    """

    kwargs = _get_kwargs(
        target=target,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    target: ImportsTemplateTarget,
    *,
    client: AuthenticatedClient,
) -> File | Problem | None:
    """An XLSX template for importing a target

     Requires `customer:import` (and the target's write permission). The header row in the request's
    language (Chinese headers by default; `Accept-Language: en` gives the field names), a sample or hint
    per column in a comment and the second row, and validation lists for the enumerated columns
    (choices, tiers, stages, activity types, the owners' usernames when there are at most 200), kept on
    a hidden sheet `lists`.

    Args:
        target (ImportsTemplateTarget):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        File | Problem
    """

    return (
        await asyncio_detailed(
            target=target,
            client=client,
        )
    ).parsed
