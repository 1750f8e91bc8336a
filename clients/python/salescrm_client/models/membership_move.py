from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.membership_move_resource import MembershipMoveResource
from ..models.membership_outcome import MembershipOutcome

T = TypeVar("T", bound="MembershipMove")


@_attrs_define
class MembershipMove:
    """
    Attributes:
        share_id (UUID):
        resource (MembershipMoveResource):
        record_id (UUID):
        successor_id (UUID):
        outcome (MembershipOutcome):
    """

    share_id: UUID
    resource: MembershipMoveResource
    record_id: UUID
    successor_id: UUID
    outcome: MembershipOutcome
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        share_id = str(self.share_id)

        resource = self.resource.value

        record_id = str(self.record_id)

        successor_id = str(self.successor_id)

        outcome = self.outcome.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "share_id": share_id,
                "resource": resource,
                "record_id": record_id,
                "successor_id": successor_id,
                "outcome": outcome,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        share_id = UUID(d.pop("share_id"))

        resource = MembershipMoveResource(d.pop("resource"))

        record_id = UUID(d.pop("record_id"))

        successor_id = UUID(d.pop("successor_id"))

        outcome = MembershipOutcome(d.pop("outcome"))

        membership_move = cls(
            share_id=share_id,
            resource=resource,
            record_id=record_id,
            successor_id=successor_id,
            outcome=outcome,
        )

        membership_move.additional_properties = d
        return membership_move

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
