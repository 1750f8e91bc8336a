from http import HTTPStatus
from typing import Any, cast

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.label_catalogue import LabelCatalogue
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    if_none_match: str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(if_none_match, Unset):
        headers["If-None-Match"] = if_none_match

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/labels",
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Any | LabelCatalogue | Problem | None:
    if response.status_code == 200:
        response_200 = LabelCatalogue.from_dict(response.json())

        return response_200

    if response.status_code == 304:
        response_304 = cast(Any, None)
        return response_304

    if response.status_code == 401:
        response_401 = Problem.from_dict(response.json())

        return response_401

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
) -> Response[Any | LabelCatalogue | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    if_none_match: str | Unset = UNSET,
) -> Response[Any | LabelCatalogue | Problem]:
    """The English and Chinese names of every enumeration's values

     Any signed-in employee or API key. One entry per enumeration of the API, named as its schema in this
    document (`Stage`, `Source`, `PaymentMethod` …), each value with its English (`en`) and Simplified
    Chinese (`zh_CN`) name. The `ETag` changes only when the catalogue does: send it back in `If-None-
    Match` for a 304.

    Args:
        if_none_match (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | LabelCatalogue | Problem]
    """

    kwargs = _get_kwargs(
        if_none_match=if_none_match,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    if_none_match: str | Unset = UNSET,
) -> Any | LabelCatalogue | Problem | None:
    """The English and Chinese names of every enumeration's values

     Any signed-in employee or API key. One entry per enumeration of the API, named as its schema in this
    document (`Stage`, `Source`, `PaymentMethod` …), each value with its English (`en`) and Simplified
    Chinese (`zh_CN`) name. The `ETag` changes only when the catalogue does: send it back in `If-None-
    Match` for a 304.

    Args:
        if_none_match (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | LabelCatalogue | Problem
    """

    return sync_detailed(
        client=client,
        if_none_match=if_none_match,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    if_none_match: str | Unset = UNSET,
) -> Response[Any | LabelCatalogue | Problem]:
    """The English and Chinese names of every enumeration's values

     Any signed-in employee or API key. One entry per enumeration of the API, named as its schema in this
    document (`Stage`, `Source`, `PaymentMethod` …), each value with its English (`en`) and Simplified
    Chinese (`zh_CN`) name. The `ETag` changes only when the catalogue does: send it back in `If-None-
    Match` for a 304.

    Args:
        if_none_match (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Any | LabelCatalogue | Problem]
    """

    kwargs = _get_kwargs(
        if_none_match=if_none_match,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    if_none_match: str | Unset = UNSET,
) -> Any | LabelCatalogue | Problem | None:
    """The English and Chinese names of every enumeration's values

     Any signed-in employee or API key. One entry per enumeration of the API, named as its schema in this
    document (`Stage`, `Source`, `PaymentMethod` …), each value with its English (`en`) and Simplified
    Chinese (`zh_CN`) name. The `ETag` changes only when the catalogue does: send it back in `If-None-
    Match` for a 304.

    Args:
        if_none_match (str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Any | LabelCatalogue | Problem
    """

    return (
        await asyncio_detailed(
            client=client,
            if_none_match=if_none_match,
        )
    ).parsed
