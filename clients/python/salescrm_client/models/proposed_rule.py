from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define

from ..models.company_size import CompanySize
from ..types import UNSET, Unset

T = TypeVar("T", bound="ProposedRule")


@_attrs_define
class ProposedRule:
    """
    Attributes:
        territory_id (UUID):
        provinces (list[str] | Unset): The customer's `province` is one of.
        cities (list[str] | Unset): The customer's `city` is one of.
        industries (list[str] | Unset): The customer's `industry` is one of.
        sizes (list[CompanySize] | Unset): The customer's `size` is one of.
        tiers (list[str] | Unset): The customer's `tier` (a code) is one of.
        name (str | Unset):  Default: 'proposed'.
        priority (int | Unset):  Default: 100.
        active (bool | Unset):  Default: True.
    """

    territory_id: UUID
    provinces: list[str] | Unset = UNSET
    cities: list[str] | Unset = UNSET
    industries: list[str] | Unset = UNSET
    sizes: list[CompanySize] | Unset = UNSET
    tiers: list[str] | Unset = UNSET
    name: str | Unset = "proposed"
    priority: int | Unset = 100
    active: bool | Unset = True

    def to_dict(self) -> dict[str, Any]:
        territory_id = str(self.territory_id)

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

        priority = self.priority

        active = self.active

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "territory_id": territory_id,
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
        if priority is not UNSET:
            field_dict["priority"] = priority
        if active is not UNSET:
            field_dict["active"] = active

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        territory_id = UUID(d.pop("territory_id"))

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

        priority = d.pop("priority", UNSET)

        active = d.pop("active", UNSET)

        proposed_rule = cls(
            territory_id=territory_id,
            provinces=provinces,
            cities=cities,
            industries=industries,
            sizes=sizes,
            tiers=tiers,
            name=name,
            priority=priority,
            active=active,
        )

        return proposed_rule
