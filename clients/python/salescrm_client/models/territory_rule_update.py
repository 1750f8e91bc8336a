from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define

from ..models.company_size import CompanySize
from ..types import UNSET, Unset

T = TypeVar("T", bound="TerritoryRuleUpdate")


@_attrs_define
class TerritoryRuleUpdate:
    """
    Attributes:
        provinces (list[str] | Unset): The customer's `province` is one of.
        cities (list[str] | Unset): The customer's `city` is one of.
        industries (list[str] | Unset): The customer's `industry` is one of.
        sizes (list[CompanySize] | Unset): The customer's `size` is one of.
        tiers (list[str] | Unset): The customer's `tier` (a code) is one of.
        name (str | Unset):
        territory_id (UUID | Unset):
        priority (int | Unset):
        active (bool | Unset):
    """

    provinces: list[str] | Unset = UNSET
    cities: list[str] | Unset = UNSET
    industries: list[str] | Unset = UNSET
    sizes: list[CompanySize] | Unset = UNSET
    tiers: list[str] | Unset = UNSET
    name: str | Unset = UNSET
    territory_id: UUID | Unset = UNSET
    priority: int | Unset = UNSET
    active: bool | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
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

        name = self.name

        territory_id: str | Unset = UNSET
        if not isinstance(self.territory_id, Unset):
            territory_id = str(self.territory_id)

        priority = self.priority

        active = self.active

        field_dict: dict[str, Any] = {}

        field_dict.update({})
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

        name = d.pop("name", UNSET)

        _territory_id = d.pop("territory_id", UNSET)
        territory_id: UUID | Unset
        if isinstance(_territory_id, Unset):
            territory_id = UNSET
        else:
            territory_id = UUID(_territory_id)

        priority = d.pop("priority", UNSET)

        active = d.pop("active", UNSET)

        territory_rule_update = cls(
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

        return territory_rule_update
