from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.price_positioning import PricePositioning
from ..models.threat_level import ThreatLevel
from ..types import UNSET, Unset

T = TypeVar("T", bound="CompetitorUpdate")


@_attrs_define
class CompetitorUpdate:
    """
    Attributes:
        name (str | Unset):
        website (None | str | Unset):
        strengths (None | str | Unset):
        weaknesses (None | str | Unset):
        products (None | str | Unset):
        price_positioning (None | PricePositioning | Unset):
        threat_level (ThreatLevel | Unset):
        notes (None | str | Unset):
    """

    name: str | Unset = UNSET
    website: None | str | Unset = UNSET
    strengths: None | str | Unset = UNSET
    weaknesses: None | str | Unset = UNSET
    products: None | str | Unset = UNSET
    price_positioning: None | PricePositioning | Unset = UNSET
    threat_level: ThreatLevel | Unset = UNSET
    notes: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        website: None | str | Unset
        if isinstance(self.website, Unset):
            website = UNSET
        else:
            website = self.website

        strengths: None | str | Unset
        if isinstance(self.strengths, Unset):
            strengths = UNSET
        else:
            strengths = self.strengths

        weaknesses: None | str | Unset
        if isinstance(self.weaknesses, Unset):
            weaknesses = UNSET
        else:
            weaknesses = self.weaknesses

        products: None | str | Unset
        if isinstance(self.products, Unset):
            products = UNSET
        else:
            products = self.products

        price_positioning: None | str | Unset
        if isinstance(self.price_positioning, Unset):
            price_positioning = UNSET
        elif isinstance(self.price_positioning, PricePositioning):
            price_positioning = self.price_positioning.value
        else:
            price_positioning = self.price_positioning

        threat_level: str | Unset = UNSET
        if not isinstance(self.threat_level, Unset):
            threat_level = self.threat_level.value

        notes: None | str | Unset
        if isinstance(self.notes, Unset):
            notes = UNSET
        else:
            notes = self.notes

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if website is not UNSET:
            field_dict["website"] = website
        if strengths is not UNSET:
            field_dict["strengths"] = strengths
        if weaknesses is not UNSET:
            field_dict["weaknesses"] = weaknesses
        if products is not UNSET:
            field_dict["products"] = products
        if price_positioning is not UNSET:
            field_dict["price_positioning"] = price_positioning
        if threat_level is not UNSET:
            field_dict["threat_level"] = threat_level
        if notes is not UNSET:
            field_dict["notes"] = notes

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name", UNSET)

        def _parse_website(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        website = _parse_website(d.pop("website", UNSET))

        def _parse_strengths(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        strengths = _parse_strengths(d.pop("strengths", UNSET))

        def _parse_weaknesses(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        weaknesses = _parse_weaknesses(d.pop("weaknesses", UNSET))

        def _parse_products(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        products = _parse_products(d.pop("products", UNSET))

        def _parse_price_positioning(data: object) -> None | PricePositioning | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                price_positioning_type_0 = PricePositioning(data)

                return price_positioning_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PricePositioning | Unset, data)

        price_positioning = _parse_price_positioning(d.pop("price_positioning", UNSET))

        _threat_level = d.pop("threat_level", UNSET)
        threat_level: ThreatLevel | Unset
        if isinstance(_threat_level, Unset):
            threat_level = UNSET
        else:
            threat_level = ThreatLevel(_threat_level)

        def _parse_notes(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        notes = _parse_notes(d.pop("notes", UNSET))

        competitor_update = cls(
            name=name,
            website=website,
            strengths=strengths,
            weaknesses=weaknesses,
            products=products,
            price_positioning=price_positioning,
            threat_level=threat_level,
            notes=notes,
        )

        return competitor_update
