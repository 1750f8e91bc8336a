from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.competitor_standing import CompetitorStanding

if TYPE_CHECKING:
    from ..models.ref import Ref


T = TypeVar("T", bound="OpportunityCompetitorOut")


@_attrs_define
class OpportunityCompetitorOut:
    """
    Attributes:
        id (UUID):
        created_at (datetime.datetime):
        updated_at (datetime.datetime):
        version (int): Incremented by every change; the ETag is this number.
        opportunity_id (UUID):
        opportunity (None | Ref): The opportunity named by the id beside it: id and name (null if none).
        competitor_id (UUID):
        competitor (None | Ref): The competitor named by the id beside it: id and name (null if none).
        offer (None | str):
        price (None | str):
        our_strengths (None | str):
        our_weaknesses (None | str):
        status (CompetitorStanding):
        notes (None | str):
    """

    id: UUID
    created_at: datetime.datetime
    updated_at: datetime.datetime
    version: int
    opportunity_id: UUID
    opportunity: None | Ref
    competitor_id: UUID
    competitor: None | Ref
    offer: None | str
    price: None | str
    our_strengths: None | str
    our_weaknesses: None | str
    status: CompetitorStanding
    notes: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.ref import Ref  # noqa: PLC0415

        id = str(self.id)

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        version = self.version

        opportunity_id = str(self.opportunity_id)

        opportunity: dict[str, Any] | None
        if isinstance(self.opportunity, Ref):
            opportunity = self.opportunity.to_dict()
        else:
            opportunity = self.opportunity

        competitor_id = str(self.competitor_id)

        competitor: dict[str, Any] | None
        if isinstance(self.competitor, Ref):
            competitor = self.competitor.to_dict()
        else:
            competitor = self.competitor

        offer: None | str
        offer = self.offer

        price: None | str
        price = self.price

        our_strengths: None | str
        our_strengths = self.our_strengths

        our_weaknesses: None | str
        our_weaknesses = self.our_weaknesses

        status = self.status.value

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
                "opportunity_id": opportunity_id,
                "opportunity": opportunity,
                "competitor_id": competitor_id,
                "competitor": competitor,
                "offer": offer,
                "price": price,
                "our_strengths": our_strengths,
                "our_weaknesses": our_weaknesses,
                "status": status,
                "notes": notes,
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

        opportunity_id = UUID(d.pop("opportunity_id"))

        def _parse_opportunity(data: object) -> None | Ref:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                opportunity_type_0 = Ref.from_dict(data)

                return opportunity_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Ref, data)

        opportunity = _parse_opportunity(d.pop("opportunity"))

        competitor_id = UUID(d.pop("competitor_id"))

        def _parse_competitor(data: object) -> None | Ref:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                competitor_type_0 = Ref.from_dict(data)

                return competitor_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Ref, data)

        competitor = _parse_competitor(d.pop("competitor"))

        def _parse_offer(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        offer = _parse_offer(d.pop("offer"))

        def _parse_price(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        price = _parse_price(d.pop("price"))

        def _parse_our_strengths(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        our_strengths = _parse_our_strengths(d.pop("our_strengths"))

        def _parse_our_weaknesses(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        our_weaknesses = _parse_our_weaknesses(d.pop("our_weaknesses"))

        status = CompetitorStanding(d.pop("status"))

        def _parse_notes(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        notes = _parse_notes(d.pop("notes"))

        opportunity_competitor_out = cls(
            id=id,
            created_at=created_at,
            updated_at=updated_at,
            version=version,
            opportunity_id=opportunity_id,
            opportunity=opportunity,
            competitor_id=competitor_id,
            competitor=competitor,
            offer=offer,
            price=price,
            our_strengths=our_strengths,
            our_weaknesses=our_weaknesses,
            status=status,
            notes=notes,
        )

        opportunity_competitor_out.additional_properties = d
        return opportunity_competitor_out

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
