import datetime
from http import HTTPStatus
from typing import Any
from uuid import UUID

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.budget_summary import BudgetSummary
from ...models.expense_category import ExpenseCategory
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    period_start: datetime.date,
    period_end: datetime.date,
    department_id: UUID | Unset = UNSET,
    territory_id: UUID | Unset = UNSET,
    category: ExpenseCategory | Unset = UNSET,
    currency: str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_period_start = period_start.isoformat()
    params["period_start"] = json_period_start

    json_period_end = period_end.isoformat()
    params["period_end"] = json_period_end

    json_department_id: str | Unset = UNSET
    if not isinstance(department_id, Unset):
        json_department_id = str(department_id)
    params["department_id"] = json_department_id

    json_territory_id: str | Unset = UNSET
    if not isinstance(territory_id, Unset):
        json_territory_id = str(territory_id)
    params["territory_id"] = json_territory_id

    json_category: str | Unset = UNSET
    if not isinstance(category, Unset):
        json_category = category.value

    params["category"] = json_category

    params["currency"] = currency

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/budget-summary",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> BudgetSummary | Problem | None:
    if response.status_code == 200:
        response_200 = BudgetSummary.from_dict(response.json())

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


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[BudgetSummary | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    period_start: datetime.date,
    period_end: datetime.date,
    department_id: UUID | Unset = UNSET,
    territory_id: UUID | Unset = UNSET,
    category: ExpenseCategory | Unset = UNSET,
    currency: str | Unset = UNSET,
) -> Response[BudgetSummary | Problem]:
    """Budget vs actual per department or territory, category and currency

     Requires `budget:read`; covers the budgets in the caller's scope whose period overlaps
    [period_start, period_end] (each budget's actual counts whole, as on the budget). 422
    `range_reversed` when period_end is before period_start.

    Args:
        period_start (datetime.date): Budgets whose period overlaps [period_start, …].
        period_end (datetime.date): … period_end]; at most 5 years after period_start.
        department_id (UUID | Unset):
        territory_id (UUID | Unset):
        category (ExpenseCategory | Unset):
        currency (str | Unset): ISO 4217 code

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BudgetSummary | Problem]
    """

    kwargs = _get_kwargs(
        period_start=period_start,
        period_end=period_end,
        department_id=department_id,
        territory_id=territory_id,
        category=category,
        currency=currency,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    period_start: datetime.date,
    period_end: datetime.date,
    department_id: UUID | Unset = UNSET,
    territory_id: UUID | Unset = UNSET,
    category: ExpenseCategory | Unset = UNSET,
    currency: str | Unset = UNSET,
) -> BudgetSummary | Problem | None:
    """Budget vs actual per department or territory, category and currency

     Requires `budget:read`; covers the budgets in the caller's scope whose period overlaps
    [period_start, period_end] (each budget's actual counts whole, as on the budget). 422
    `range_reversed` when period_end is before period_start.

    Args:
        period_start (datetime.date): Budgets whose period overlaps [period_start, …].
        period_end (datetime.date): … period_end]; at most 5 years after period_start.
        department_id (UUID | Unset):
        territory_id (UUID | Unset):
        category (ExpenseCategory | Unset):
        currency (str | Unset): ISO 4217 code

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BudgetSummary | Problem
    """

    return sync_detailed(
        client=client,
        period_start=period_start,
        period_end=period_end,
        department_id=department_id,
        territory_id=territory_id,
        category=category,
        currency=currency,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    period_start: datetime.date,
    period_end: datetime.date,
    department_id: UUID | Unset = UNSET,
    territory_id: UUID | Unset = UNSET,
    category: ExpenseCategory | Unset = UNSET,
    currency: str | Unset = UNSET,
) -> Response[BudgetSummary | Problem]:
    """Budget vs actual per department or territory, category and currency

     Requires `budget:read`; covers the budgets in the caller's scope whose period overlaps
    [period_start, period_end] (each budget's actual counts whole, as on the budget). 422
    `range_reversed` when period_end is before period_start.

    Args:
        period_start (datetime.date): Budgets whose period overlaps [period_start, …].
        period_end (datetime.date): … period_end]; at most 5 years after period_start.
        department_id (UUID | Unset):
        territory_id (UUID | Unset):
        category (ExpenseCategory | Unset):
        currency (str | Unset): ISO 4217 code

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BudgetSummary | Problem]
    """

    kwargs = _get_kwargs(
        period_start=period_start,
        period_end=period_end,
        department_id=department_id,
        territory_id=territory_id,
        category=category,
        currency=currency,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    period_start: datetime.date,
    period_end: datetime.date,
    department_id: UUID | Unset = UNSET,
    territory_id: UUID | Unset = UNSET,
    category: ExpenseCategory | Unset = UNSET,
    currency: str | Unset = UNSET,
) -> BudgetSummary | Problem | None:
    """Budget vs actual per department or territory, category and currency

     Requires `budget:read`; covers the budgets in the caller's scope whose period overlaps
    [period_start, period_end] (each budget's actual counts whole, as on the budget). 422
    `range_reversed` when period_end is before period_start.

    Args:
        period_start (datetime.date): Budgets whose period overlaps [period_start, …].
        period_end (datetime.date): … period_end]; at most 5 years after period_start.
        department_id (UUID | Unset):
        territory_id (UUID | Unset):
        category (ExpenseCategory | Unset):
        currency (str | Unset): ISO 4217 code

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BudgetSummary | Problem
    """

    return (
        await asyncio_detailed(
            client=client,
            period_start=period_start,
            period_end=period_end,
            department_id=department_id,
            territory_id=territory_id,
            category=category,
            currency=currency,
        )
    ).parsed
