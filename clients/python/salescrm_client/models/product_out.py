from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ProductOut")


@_attrs_define
class ProductOut:
    """
    Attributes:
        id (UUID):
        created_at (datetime.datetime):
        updated_at (datetime.datetime):
        version (int): Incremented by every change; the ETag is this number.
        code (str):
        name (str):
        category (None | str):
        unit (str):
        list_price (str):
        currency (str):
        active (bool):
        description (None | str):
        standard_cost (None | str | Unset): What one unit costs the company; a deal line's cost is copied from it.
            Present only for callers holding margin:read.
    """

    id: UUID
    created_at: datetime.datetime
    updated_at: datetime.datetime
    version: int
    code: str
    name: str
    category: None | str
    unit: str
    list_price: str
    currency: str
    active: bool
    description: None | str
    standard_cost: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        version = self.version

        code = self.code

        name = self.name

        category: None | str
        category = self.category

        unit = self.unit

        list_price = self.list_price

        currency = self.currency

        active = self.active

        description: None | str
        description = self.description

        standard_cost: None | str | Unset
        if isinstance(self.standard_cost, Unset):
            standard_cost = UNSET
        else:
            standard_cost = self.standard_cost

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "created_at": created_at,
                "updated_at": updated_at,
                "version": version,
                "code": code,
                "name": name,
                "category": category,
                "unit": unit,
                "list_price": list_price,
                "currency": currency,
                "active": active,
                "description": description,
            }
        )
        if standard_cost is not UNSET:
            field_dict["standard_cost"] = standard_cost

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = UUID(d.pop("id"))

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        version = d.pop("version")

        code = d.pop("code")

        name = d.pop("name")

        def _parse_category(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        category = _parse_category(d.pop("category"))

        unit = d.pop("unit")

        list_price = d.pop("list_price")

        currency = d.pop("currency")

        active = d.pop("active")

        def _parse_description(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        description = _parse_description(d.pop("description"))

        def _parse_standard_cost(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        standard_cost = _parse_standard_cost(d.pop("standard_cost", UNSET))

        product_out = cls(
            id=id,
            created_at=created_at,
            updated_at=updated_at,
            version=version,
            code=code,
            name=name,
            category=category,
            unit=unit,
            list_price=list_price,
            currency=currency,
            active=active,
            description=description,
            standard_cost=standard_cost,
        )

        product_out.additional_properties = d
        return product_out

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
