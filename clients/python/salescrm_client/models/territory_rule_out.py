from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.company_size import CompanySize

if TYPE_CHECKING:
    from ..models.ref import Ref


T = TypeVar("T", bound="TerritoryRuleOut")


@_attrs_define
class TerritoryRuleOut:
    """
    Attributes:
        id (UUID):
        created_at (datetime.datetime):
        updated_at (datetime.datetime):
        version (int): Incremented by every change; the ETag is this number.
        name (str):
        territory_id (UUID):
        territory (None | Ref): The territory named by the id beside it: id and name (null if none).
        priority (int):
        provinces (list[str]):
        cities (list[str]):
        industries (list[str]):
        sizes (list[CompanySize]):
        tiers (list[str]):
        active (bool):
    """

    id: UUID
    created_at: datetime.datetime
    updated_at: datetime.datetime
    version: int
    name: str
    territory_id: UUID
    territory: None | Ref
    priority: int
    provinces: list[str]
    cities: list[str]
    industries: list[str]
    sizes: list[CompanySize]
    tiers: list[str]
    active: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.ref import Ref  # noqa: PLC0415

        id = str(self.id)

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        version = self.version

        name = self.name

        territory_id = str(self.territory_id)

        territory: dict[str, Any] | None
        if isinstance(self.territory, Ref):
            territory = self.territory.to_dict()
        else:
            territory = self.territory

        priority = self.priority

        provinces = self.provinces

        cities = self.cities

        industries = self.industries

        sizes = []
        for sizes_item_data in self.sizes:
            sizes_item = sizes_item_data.value
            sizes.append(sizes_item)

        tiers = self.tiers

        active = self.active

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "created_at": created_at,
                "updated_at": updated_at,
                "version": version,
                "name": name,
                "territory_id": territory_id,
                "territory": territory,
                "priority": priority,
                "provinces": provinces,
                "cities": cities,
                "industries": industries,
                "sizes": sizes,
                "tiers": tiers,
                "active": active,
            }
        )

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

        territory_id = UUID(d.pop("territory_id"))

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

        priority = d.pop("priority")

        provinces = cast(list[str], d.pop("provinces"))

        cities = cast(list[str], d.pop("cities"))

        industries = cast(list[str], d.pop("industries"))

        sizes = []
        _sizes = d.pop("sizes")
        for sizes_item_data in _sizes:
            sizes_item = CompanySize(sizes_item_data)

            sizes.append(sizes_item)

        tiers = cast(list[str], d.pop("tiers"))

        active = d.pop("active")

        territory_rule_out = cls(
            id=id,
            created_at=created_at,
            updated_at=updated_at,
            version=version,
            name=name,
            territory_id=territory_id,
            territory=territory,
            priority=priority,
            provinces=provinces,
            cities=cities,
            industries=industries,
            sizes=sizes,
            tiers=tiers,
            active=active,
        )

        territory_rule_out.additional_properties = d
        return territory_rule_out

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
