from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.hand_over_count import HandOverCount
    from ..models.hand_over_move import HandOverMove
    from ..models.membership_move import MembershipMove


T = TypeVar("T", bound="HandOverResult")


@_attrs_define
class HandOverResult:
    """
    Attributes:
        employee_id (UUID):
        dry_run (bool):
        counts (list[HandOverCount]): Records moved per resource and successor.
        records (list[HandOverMove]):
        memberships (list[MembershipMove]):
        notified (list[UUID]): Who was told (each successor and their manager); empty on a dry run.
    """

    employee_id: UUID
    dry_run: bool
    counts: list[HandOverCount]
    records: list[HandOverMove]
    memberships: list[MembershipMove]
    notified: list[UUID]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        employee_id = str(self.employee_id)

        dry_run = self.dry_run

        counts = []
        for counts_item_data in self.counts:
            counts_item = counts_item_data.to_dict()
            counts.append(counts_item)

        records = []
        for records_item_data in self.records:
            records_item = records_item_data.to_dict()
            records.append(records_item)

        memberships = []
        for memberships_item_data in self.memberships:
            memberships_item = memberships_item_data.to_dict()
            memberships.append(memberships_item)

        notified = []
        for notified_item_data in self.notified:
            notified_item = str(notified_item_data)
            notified.append(notified_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "employee_id": employee_id,
                "dry_run": dry_run,
                "counts": counts,
                "records": records,
                "memberships": memberships,
                "notified": notified,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.hand_over_count import HandOverCount  # noqa: PLC0415
        from ..models.hand_over_move import HandOverMove  # noqa: PLC0415
        from ..models.membership_move import MembershipMove  # noqa: PLC0415

        d = dict(src_dict)
        employee_id = UUID(d.pop("employee_id"))

        dry_run = d.pop("dry_run")

        counts = []
        _counts = d.pop("counts")
        for counts_item_data in _counts:
            counts_item = HandOverCount.from_dict(counts_item_data)

            counts.append(counts_item)

        records = []
        _records = d.pop("records")
        for records_item_data in _records:
            records_item = HandOverMove.from_dict(records_item_data)

            records.append(records_item)

        memberships = []
        _memberships = d.pop("memberships")
        for memberships_item_data in _memberships:
            memberships_item = MembershipMove.from_dict(memberships_item_data)

            memberships.append(memberships_item)

        notified = []
        _notified = d.pop("notified")
        for notified_item_data in _notified:
            notified_item = UUID(notified_item_data)

            notified.append(notified_item)

        hand_over_result = cls(
            employee_id=employee_id,
            dry_run=dry_run,
            counts=counts,
            records=records,
            memberships=memberships,
            notified=notified,
        )

        hand_over_result.additional_properties = d
        return hand_over_result

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
