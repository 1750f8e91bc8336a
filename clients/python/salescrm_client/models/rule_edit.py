from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define

from ..models.company_size import CompanySize
from ..types import UNSET, Unset

T = TypeVar("T", bound="RuleEdit")


@_attrs_define
class RuleEdit:
    """
    Attributes:
        id (UUID): The rule to change (as it would be).
        provinces (list[str] | Unset): The customer's `province` is one of.
        cities (list[str] | Unset): The customer's `city` is one of.
        industries (list[str] | Unset): The customer's `industry` is one of.
        sizes (list[CompanySize] | Unset): The customer's `size` is one of.
        tiers (list[str] | Unset): The customer's `tier` (a code) is one of.
        name (None | str | Unset):
        territory_id (None | Unset | UUID):
        priority (int | None | Unset):
        active (bool | None | Unset):
    """

    id: UUID
    provinces: list[str] | Unset = UNSET
    cities: list[str] | Unset = UNSET
    industries: list[str] | Unset = UNSET
    sizes: list[CompanySize] | Unset = UNSET
    tiers: list[str] | Unset = UNSET
    name: None | str | Unset = UNSET
    territory_id: None | Unset | UUID = UNSET
    priority: int | None | Unset = UNSET
    active: bool | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        provinces: list[str] | Unset = UNSET
        if not isinstance(self.provinces, Unset):
            provinces = self.provinces

        cities: list[str] | Unset = UNSET
        if not isinstance(self.cities, Unset):
            cities = self.cities

        industries: list[str] | Unset = UNSET
        if not isinstance(self.industries, Unset):
            industries = self.industries

        sizes: list[str] | Unset = UNSET
        if not isinstance(self.sizes, Unset):
            sizes = []
            for sizes_item_data in self.sizes:
                sizes_item = sizes_item_data.value
                sizes.append(sizes_item)

        tiers: list[str] | Unset = UNSET
        if not isinstance(self.tiers, Unset):
            tiers = self.tiers

        name: None | str | Unset
        if isinstance(self.name, Unset):
            name = UNSET
        else:
            name = self.name

        territory_id: None | str | Unset
        if isinstance(self.territory_id, Unset):
            territory_id = UNSET
        elif isinstance(self.territory_id, UUID):
            territory_id = str(self.territory_id)
        else:
            territory_id = self.territory_id

        priority: int | None | Unset
        if isinstance(self.priority, Unset):
            priority = UNSET
        else:
            priority = self.priority

        active: bool | None | Unset
        if isinstance(self.active, Unset):
            active = UNSET
        else:
            active = self.active

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "id": id,
            }
        )
        if provinces is not UNSET:
            field_dict["provinces"] = provinces
        if cities is not UNSET:
            field_dict["cities"] = cities
        if industries is not UNSET:
            field_dict["industries"] = industries
        if sizes is not UNSET:
            field_dict["sizes"] = sizes
        if tiers is not UNSET:
            field_dict["tiers"] = tiers
        if name is not UNSET:
            field_dict["name"] = name
        if territory_id is not UNSET:
            field_dict["territory_id"] = territory_id
        if priority is not UNSET:
            field_dict["priority"] = priority
        if active is not UNSET:
            field_dict["active"] = active

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = UUID(d.pop("id"))

        provinces = cast(list[str], d.pop("provinces", UNSET))

        cities = cast(list[str], d.pop("cities", UNSET))

        industries = cast(list[str], d.pop("industries", UNSET))

        _sizes = d.pop("sizes", UNSET)
        sizes: list[CompanySize] | Unset = UNSET
        if _sizes is not UNSET:
            sizes = []
            for sizes_item_data in _sizes:
                sizes_item = CompanySize(sizes_item_data)

                sizes.append(sizes_item)

        tiers = cast(list[str], d.pop("tiers", UNSET))

        def _parse_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        name = _parse_name(d.pop("name", UNSET))

        def _parse_territory_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                territory_id_type_0 = UUID(data)

                return territory_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        territory_id = _parse_territory_id(d.pop("territory_id", UNSET))

        def _parse_priority(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        priority = _parse_priority(d.pop("priority", UNSET))

        def _parse_active(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        active = _parse_active(d.pop("active", UNSET))

        rule_edit = cls(
            id=id,
            provinces=provinces,
            cities=cities,
            industries=industries,
            sizes=sizes,
            tiers=tiers,
            name=name,
            territory_id=territory_id,
            priority=priority,
            active=active,
        )

        return rule_edit
