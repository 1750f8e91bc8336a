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
        provinces (list[str] | None | Unset): The customer's `province` is one of.
        cities (list[str] | None | Unset): The customer's `city` is one of.
        industries (list[str] | None | Unset): The customer's `industry` is one of.
        sizes (list[CompanySize] | None | Unset): The customer's `size` is one of.
        tiers (list[str] | None | Unset): The customer's `tier` (a code) is one of.
        name (str | Unset):  Default: 'proposed'.
        priority (int | Unset):  Default: 100.
        active (bool | Unset):  Default: True.
    """

    territory_id: UUID
    provinces: list[str] | None | Unset = UNSET
    cities: list[str] | None | Unset = UNSET
    industries: list[str] | None | Unset = UNSET
    sizes: list[CompanySize] | None | Unset = UNSET
    tiers: list[str] | None | Unset = UNSET
    name: str | Unset = "proposed"
    priority: int | Unset = 100
    active: bool | Unset = True

    def to_dict(self) -> dict[str, Any]:
        territory_id = str(self.territory_id)

        provinces: list[str] | None | Unset
        if isinstance(self.provinces, Unset):
            provinces = UNSET
        elif isinstance(self.provinces, list):
            provinces = self.provinces

        else:
            provinces = self.provinces

        cities: list[str] | None | Unset
        if isinstance(self.cities, Unset):
            cities = UNSET
        elif isinstance(self.cities, list):
            cities = self.cities

        else:
            cities = self.cities

        industries: list[str] | None | Unset
        if isinstance(self.industries, Unset):
            industries = UNSET
        elif isinstance(self.industries, list):
            industries = self.industries

        else:
            industries = self.industries

        sizes: list[str] | None | Unset
        if isinstance(self.sizes, Unset):
            sizes = UNSET
        elif isinstance(self.sizes, list):
            sizes = []
            for sizes_type_0_item_data in self.sizes:
                sizes_type_0_item = sizes_type_0_item_data.value
                sizes.append(sizes_type_0_item)

        else:
            sizes = self.sizes

        tiers: list[str] | None | Unset
        if isinstance(self.tiers, Unset):
            tiers = UNSET
        elif isinstance(self.tiers, list):
            tiers = self.tiers

        else:
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

        def _parse_provinces(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                provinces_type_0 = cast(list[str], data)

                return provinces_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        provinces = _parse_provinces(d.pop("provinces", UNSET))

        def _parse_cities(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                cities_type_0 = cast(list[str], data)

                return cities_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        cities = _parse_cities(d.pop("cities", UNSET))

        def _parse_industries(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                industries_type_0 = cast(list[str], data)

                return industries_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        industries = _parse_industries(d.pop("industries", UNSET))

        def _parse_sizes(data: object) -> list[CompanySize] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                sizes_type_0 = []
                _sizes_type_0 = data
                for sizes_type_0_item_data in _sizes_type_0:
                    sizes_type_0_item = CompanySize(sizes_type_0_item_data)

                    sizes_type_0.append(sizes_type_0_item)

                return sizes_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[CompanySize] | None | Unset, data)

        sizes = _parse_sizes(d.pop("sizes", UNSET))

        def _parse_tiers(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                tiers_type_0 = cast(list[str], data)

                return tiers_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        tiers = _parse_tiers(d.pop("tiers", UNSET))

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
