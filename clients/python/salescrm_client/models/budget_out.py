from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.expense_category import ExpenseCategory
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.ref import Ref


T = TypeVar("T", bound="BudgetOut")


@_attrs_define
class BudgetOut:
    """
    Attributes:
        id (UUID):
        created_at (datetime.datetime):
        updated_at (datetime.datetime):
        version (int): Incremented by every change; the ETag is this number.
        name (str):
        department_id (None | UUID):
        department (None | Ref): The department named by the id beside it: id and name (null if none).
        territory_id (None | UUID):
        territory (None | Ref): The territory named by the id beside it: id and name (null if none).
        period_start (datetime.date):
        period_end (datetime.date):
        category (ExpenseCategory):
        amount (str):
        currency (str):
        alert_share (str):
        owner_id (None | UUID):
        owner (None | Ref): The employee named by the id beside it: id and name (null if none).
        description (None | str):
        actual (None | str | Unset): The approved expense claims in the budget's category and currency, spent within its
            period, by applicants in its department tree (or on customers in its territory tree).
        remaining (None | str | Unset): amount − actual (negative: overspent).
        used_share (None | str | Unset): actual ÷ amount in percent; null when the amount is 0.
    """

    id: UUID
    created_at: datetime.datetime
    updated_at: datetime.datetime
    version: int
    name: str
    department_id: None | UUID
    department: None | Ref
    territory_id: None | UUID
    territory: None | Ref
    period_start: datetime.date
    period_end: datetime.date
    category: ExpenseCategory
    amount: str
    currency: str
    alert_share: str
    owner_id: None | UUID
    owner: None | Ref
    description: None | str
    actual: None | str | Unset = UNSET
    remaining: None | str | Unset = UNSET
    used_share: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.ref import Ref  # noqa: PLC0415

        id = str(self.id)

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        version = self.version

        name = self.name

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

        period_start = self.period_start.isoformat()

        period_end = self.period_end.isoformat()

        category = self.category.value

        amount = self.amount

        currency = self.currency

        alert_share = self.alert_share

        owner_id: None | str
        if isinstance(self.owner_id, UUID):
            owner_id = str(self.owner_id)
        else:
            owner_id = self.owner_id

        owner: dict[str, Any] | None
        if isinstance(self.owner, Ref):
            owner = self.owner.to_dict()
        else:
            owner = self.owner

        description: None | str
        description = self.description

        actual: None | str | Unset
        if isinstance(self.actual, Unset):
            actual = UNSET
        else:
            actual = self.actual

        remaining: None | str | Unset
        if isinstance(self.remaining, Unset):
            remaining = UNSET
        else:
            remaining = self.remaining

        used_share: None | str | Unset
        if isinstance(self.used_share, Unset):
            used_share = UNSET
        else:
            used_share = self.used_share

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "created_at": created_at,
                "updated_at": updated_at,
                "version": version,
                "name": name,
                "department_id": department_id,
                "department": department,
                "territory_id": territory_id,
                "territory": territory,
                "period_start": period_start,
                "period_end": period_end,
                "category": category,
                "amount": amount,
                "currency": currency,
                "alert_share": alert_share,
                "owner_id": owner_id,
                "owner": owner,
                "description": description,
            }
        )
        if actual is not UNSET:
            field_dict["actual"] = actual
        if remaining is not UNSET:
            field_dict["remaining"] = remaining
        if used_share is not UNSET:
            field_dict["used_share"] = used_share

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.ref import Ref  # noqa: PLC0415

        d = dict(src_dict)
        id = UUID(d.pop("id"))

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        version = d.pop("version")

        name = d.pop("name")

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

        period_start = datetime.date.fromisoformat(d.pop("period_start"))

        period_end = datetime.date.fromisoformat(d.pop("period_end"))

        category = ExpenseCategory(d.pop("category"))

        amount = d.pop("amount")

        currency = d.pop("currency")

        alert_share = d.pop("alert_share")

        def _parse_owner_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                owner_id_type_0 = UUID(data)

                return owner_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        owner_id = _parse_owner_id(d.pop("owner_id"))

        def _parse_owner(data: object) -> None | Ref:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                owner_type_0 = Ref.from_dict(data)

                return owner_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Ref, data)

        owner = _parse_owner(d.pop("owner"))

        def _parse_description(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        description = _parse_description(d.pop("description"))

        def _parse_actual(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        actual = _parse_actual(d.pop("actual", UNSET))

        def _parse_remaining(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        remaining = _parse_remaining(d.pop("remaining", UNSET))

        def _parse_used_share(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        used_share = _parse_used_share(d.pop("used_share", UNSET))

        budget_out = cls(
            id=id,
            created_at=created_at,
            updated_at=updated_at,
            version=version,
            name=name,
            department_id=department_id,
            department=department,
            territory_id=territory_id,
            territory=territory,
            period_start=period_start,
            period_end=period_end,
            category=category,
            amount=amount,
            currency=currency,
            alert_share=alert_share,
            owner_id=owner_id,
            owner=owner,
            description=description,
            actual=actual,
            remaining=remaining,
            used_share=used_share,
        )

        budget_out.additional_properties = d
        return budget_out

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
