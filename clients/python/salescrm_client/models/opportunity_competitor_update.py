from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.competitor_standing import CompetitorStanding
from ..types import UNSET, Unset

T = TypeVar("T", bound="OpportunityCompetitorUpdate")


@_attrs_define
class OpportunityCompetitorUpdate:
    """
    Attributes:
        offer (None | str | Unset):
        price (float | None | str | Unset):
        our_strengths (None | str | Unset):
        our_weaknesses (None | str | Unset):
        status (CompetitorStanding | Unset):
        notes (None | str | Unset):
    """

    offer: None | str | Unset = UNSET
    price: float | None | str | Unset = UNSET
    our_strengths: None | str | Unset = UNSET
    our_weaknesses: None | str | Unset = UNSET
    status: CompetitorStanding | Unset = UNSET
    notes: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        offer: None | str | Unset
        if isinstance(self.offer, Unset):
            offer = UNSET
        else:
            offer = self.offer

        price: float | None | str | Unset
        if isinstance(self.price, Unset):
            price = UNSET
        else:
            price = self.price

        our_strengths: None | str | Unset
        if isinstance(self.our_strengths, Unset):
            our_strengths = UNSET
        else:
            our_strengths = self.our_strengths

        our_weaknesses: None | str | Unset
        if isinstance(self.our_weaknesses, Unset):
            our_weaknesses = UNSET
        else:
            our_weaknesses = self.our_weaknesses

        status: str | Unset = UNSET
        if not isinstance(self.status, Unset):
            status = self.status.value

        notes: None | str | Unset
        if isinstance(self.notes, Unset):
            notes = UNSET
        else:
            notes = self.notes

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if offer is not UNSET:
            field_dict["offer"] = offer
        if price is not UNSET:
            field_dict["price"] = price
        if our_strengths is not UNSET:
            field_dict["our_strengths"] = our_strengths
        if our_weaknesses is not UNSET:
            field_dict["our_weaknesses"] = our_weaknesses
        if status is not UNSET:
            field_dict["status"] = status
        if notes is not UNSET:
            field_dict["notes"] = notes

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_offer(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        offer = _parse_offer(d.pop("offer", UNSET))

        def _parse_price(data: object) -> float | None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | str | Unset, data)

        price = _parse_price(d.pop("price", UNSET))

        def _parse_our_strengths(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        our_strengths = _parse_our_strengths(d.pop("our_strengths", UNSET))

        def _parse_our_weaknesses(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        our_weaknesses = _parse_our_weaknesses(d.pop("our_weaknesses", UNSET))

        _status = d.pop("status", UNSET)
        status: CompetitorStanding | Unset
        if isinstance(_status, Unset):
            status = UNSET
        else:
            status = CompetitorStanding(_status)

        def _parse_notes(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        notes = _parse_notes(d.pop("notes", UNSET))

        opportunity_competitor_update = cls(
            offer=offer,
            price=price,
            our_strengths=our_strengths,
            our_weaknesses=our_weaknesses,
            status=status,
            notes=notes,
        )

        return opportunity_competitor_update
