from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.expense_category import ExpenseCategory

if TYPE_CHECKING:
    from ..models.ref import Ref


T = TypeVar("T", bound="BudgetSummaryRow")


@_attrs_define
class BudgetSummaryRow:
    """
    Attributes:
        department_id (None | UUID):
        department (None | Ref): The department named by the id beside it: id and name (null if none).
        territory_id (None | UUID):
        territory (None | Ref): The territory named by the id beside it: id and name (null if none).
        category (ExpenseCategory):
        currency (str):
        budgets (int):
        amount (str):
        actual (str):
        remaining (str):
        used_share (None | str):
    """

    department_id: None | UUID
    department: None | Ref
    territory_id: None | UUID
    territory: None | Ref
    category: ExpenseCategory
    currency: str
    budgets: int
    amount: str
    actual: str
    remaining: str
    used_share: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.ref import Ref  # noqa: PLC0415

        department_id: None | str
        if isinstance(self.department_id, UUID):
            department_id = str(self.department_id)
        else:
            department_id = self.department_id

        department: dict[str, Any] | None
        if isinstance(self.department, Ref):
            department = self.department.to_dict()
        else:
            department = self.department

        territory_id: None | str
        if isinstance(self.territory_id, UUID):
            territory_id = str(self.territory_id)
        else:
            territory_id = self.territory_id

        territory: dict[str, Any] | None
        if isinstance(self.territory, Ref):
            territory = self.territory.to_dict()
        else:
            territory = self.territory

        category = self.category.value

        currency = self.currency

        budgets = self.budgets

        amount = self.amount

        actual = self.actual

        remaining = self.remaining

        used_share: None | str
        used_share = self.used_share

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "department_id": department_id,
                "department": department,
                "territory_id": territory_id,
                "territory": territory,
                "category": category,
                "currency": currency,
                "budgets": budgets,
                "amount": amount,
                "actual": actual,
                "remaining": remaining,
                "used_share": used_share,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.ref import Ref  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_department_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                department_id_type_0 = UUID(data)

                return department_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        department_id = _parse_department_id(d.pop("department_id"))

        def _parse_department(data: object) -> None | Ref:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                department_type_0 = Ref.from_dict(data)

                return department_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Ref, data)

        department = _parse_department(d.pop("department"))

        def _parse_territory_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                territory_id_type_0 = UUID(data)

                return territory_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        territory_id = _parse_territory_id(d.pop("territory_id"))

        def _parse_territory(data: object) -> None | Ref:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                territory_type_0 = Ref.from_dict(data)

                return territory_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Ref, data)

        territory = _parse_territory(d.pop("territory"))

        category = ExpenseCategory(d.pop("category"))

        currency = d.pop("currency")

        budgets = d.pop("budgets")

        amount = d.pop("amount")

        actual = d.pop("actual")

        remaining = d.pop("remaining")

        def _parse_used_share(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        used_share = _parse_used_share(d.pop("used_share"))

        budget_summary_row = cls(
            department_id=department_id,
            department=department,
            territory_id=territory_id,
            territory=territory,
            category=category,
            currency=currency,
            budgets=budgets,
            amount=amount,
            actual=actual,
            remaining=remaining,
            used_share=used_share,
        )

        budget_summary_row.additional_properties = d
        return budget_summary_row

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
