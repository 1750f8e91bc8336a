from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.customer_event_timeline_data_kind import CustomerEventTimelineDataKind

if TYPE_CHECKING:
    from ..models.customer_event_details import CustomerEventDetails


T = TypeVar("T", bound="CustomerEventTimelineData")


@_attrs_define
class CustomerEventTimelineData:
    """
    Attributes:
        kind (CustomerEventTimelineDataKind):
        from_ (None | str): The value before (a stage, an owner).
        to (None | str): The value after.
        details (CustomerEventDetails): What some events add: a pool event's days, a merge's other customer, a follow-
            up's
            method, an unmarked key account's closed plans. A field that does not apply to the event is
            absent (as stored), never null; null is a value only where a writer stores one (no tier, not
            a key account before).
    """

    kind: CustomerEventTimelineDataKind
    from_: None | str
    to: None | str
    details: CustomerEventDetails
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        kind = self.kind.value

        from_: None | str
        from_ = self.from_

        to: None | str
        to = self.to

        details = self.details.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "kind": kind,
                "from": from_,
                "to": to,
                "details": details,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.customer_event_details import CustomerEventDetails  # noqa: PLC0415

        d = dict(src_dict)
        kind = CustomerEventTimelineDataKind(d.pop("kind"))

        def _parse_from_(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        from_ = _parse_from_(d.pop("from"))

        def _parse_to(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        to = _parse_to(d.pop("to"))

        details = CustomerEventDetails.from_dict(d.pop("details"))

        customer_event_timeline_data = cls(
            kind=kind,
            from_=from_,
            to=to,
            details=details,
        )

        customer_event_timeline_data.additional_properties = d
        return customer_event_timeline_data

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
