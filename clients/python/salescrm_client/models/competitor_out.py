from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.price_positioning import PricePositioning
from ..models.threat_level import ThreatLevel

T = TypeVar("T", bound="CompetitorOut")


@_attrs_define
class CompetitorOut:
    """
    Attributes:
        id (UUID):
        created_at (datetime.datetime):
        updated_at (datetime.datetime):
        version (int): Incremented by every change; the ETag is this number.
        name (str):
        website (None | str):
        strengths (None | str):
        weaknesses (None | str):
        products (None | str):
        price_positioning (None | PricePositioning):
        threat_level (ThreatLevel):
        notes (None | str):
    """

    id: UUID
    created_at: datetime.datetime
    updated_at: datetime.datetime
    version: int
    name: str
    website: None | str
    strengths: None | str
    weaknesses: None | str
    products: None | str
    price_positioning: None | PricePositioning
    threat_level: ThreatLevel
    notes: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        version = self.version

        name = self.name

        website: None | str
        website = self.website

        strengths: None | str
        strengths = self.strengths

        weaknesses: None | str
        weaknesses = self.weaknesses

        products: None | str
        products = self.products

        price_positioning: None | str
        if isinstance(self.price_positioning, PricePositioning):
            price_positioning = self.price_positioning.value
        else:
            price_positioning = self.price_positioning

        threat_level = self.threat_level.value

        notes: None | str
        notes = self.notes

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "created_at": created_at,
                "updated_at": updated_at,
                "version": version,
                "name": name,
                "website": website,
                "strengths": strengths,
                "weaknesses": weaknesses,
                "products": products,
                "price_positioning": price_positioning,
                "threat_level": threat_level,
                "notes": notes,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = UUID(d.pop("id"))

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        version = d.pop("version")

        name = d.pop("name")

        def _parse_website(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        website = _parse_website(d.pop("website"))

        def _parse_strengths(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        strengths = _parse_strengths(d.pop("strengths"))

        def _parse_weaknesses(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        weaknesses = _parse_weaknesses(d.pop("weaknesses"))

        def _parse_products(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        products = _parse_products(d.pop("products"))

        def _parse_price_positioning(data: object) -> None | PricePositioning:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                price_positioning_type_0 = PricePositioning(data)

                return price_positioning_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PricePositioning, data)

        price_positioning = _parse_price_positioning(d.pop("price_positioning"))

        threat_level = ThreatLevel(d.pop("threat_level"))

        def _parse_notes(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        notes = _parse_notes(d.pop("notes"))

        competitor_out = cls(
            id=id,
            created_at=created_at,
            updated_at=updated_at,
            version=version,
            name=name,
            website=website,
            strengths=strengths,
            weaknesses=weaknesses,
            products=products,
            price_positioning=price_positioning,
            threat_level=threat_level,
            notes=notes,
        )

        competitor_out.additional_properties = d
        return competitor_out

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
