from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.hand_over_record_rule import HandOverRecordRule
    from ..models.hand_over_rule import HandOverRule


T = TypeVar("T", bound="HandOverRequest")


@_attrs_define
class HandOverRequest:
    """A hand-over plan. For each record the employee owns, the first that applies decides
    where it goes: its entry in ``records``, its resource's entry in ``resources``, the
    ``default_successor_id``. A record none of them covers stays with the employee (a team
    transfer hands over only some records).

        Attributes:
            default_successor_id (None | Unset | UUID): Receives every record no rule covers, and the memberships.
            resources (list[HandOverRule] | Unset):
            records (list[HandOverRecordRule] | Unset):
            memberships_successor_id (None | Unset | UUID): Receives the employee's collaborator, deal-team and share
                memberships; defaults to `default_successor_id`; with neither they stay.
            dry_run (bool | Unset): Answer what would move, and change nothing. Default: False.
            reason (None | str | Unset):
    """

    default_successor_id: None | Unset | UUID = UNSET
    resources: list[HandOverRule] | Unset = UNSET
    records: list[HandOverRecordRule] | Unset = UNSET
    memberships_successor_id: None | Unset | UUID = UNSET
    dry_run: bool | Unset = False
    reason: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        default_successor_id: None | str | Unset
        if isinstance(self.default_successor_id, Unset):
            default_successor_id = UNSET
        elif isinstance(self.default_successor_id, UUID):
            default_successor_id = str(self.default_successor_id)
        else:
            default_successor_id = self.default_successor_id

        resources: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.resources, Unset):
            resources = []
            for resources_item_data in self.resources:
                resources_item = resources_item_data.to_dict()
                resources.append(resources_item)

        records: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.records, Unset):
            records = []
            for records_item_data in self.records:
                records_item = records_item_data.to_dict()
                records.append(records_item)

        memberships_successor_id: None | str | Unset
        if isinstance(self.memberships_successor_id, Unset):
            memberships_successor_id = UNSET
        elif isinstance(self.memberships_successor_id, UUID):
            memberships_successor_id = str(self.memberships_successor_id)
        else:
            memberships_successor_id = self.memberships_successor_id

        dry_run = self.dry_run

        reason: None | str | Unset
        if isinstance(self.reason, Unset):
            reason = UNSET
        else:
            reason = self.reason

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if default_successor_id is not UNSET:
            field_dict["default_successor_id"] = default_successor_id
        if resources is not UNSET:
            field_dict["resources"] = resources
        if records is not UNSET:
            field_dict["records"] = records
        if memberships_successor_id is not UNSET:
            field_dict["memberships_successor_id"] = memberships_successor_id
        if dry_run is not UNSET:
            field_dict["dry_run"] = dry_run
        if reason is not UNSET:
            field_dict["reason"] = reason

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.hand_over_record_rule import HandOverRecordRule  # noqa: PLC0415
        from ..models.hand_over_rule import HandOverRule  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_default_successor_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                default_successor_id_type_0 = UUID(data)

                return default_successor_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        default_successor_id = _parse_default_successor_id(d.pop("default_successor_id", UNSET))

        _resources = d.pop("resources", UNSET)
        resources: list[HandOverRule] | Unset = UNSET
        if _resources is not UNSET:
            resources = []
            for resources_item_data in _resources:
                resources_item = HandOverRule.from_dict(resources_item_data)

                resources.append(resources_item)

        _records = d.pop("records", UNSET)
        records: list[HandOverRecordRule] | Unset = UNSET
        if _records is not UNSET:
            records = []
            for records_item_data in _records:
                records_item = HandOverRecordRule.from_dict(records_item_data)

                records.append(records_item)

        def _parse_memberships_successor_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                memberships_successor_id_type_0 = UUID(data)

                return memberships_successor_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        memberships_successor_id = _parse_memberships_successor_id(d.pop("memberships_successor_id", UNSET))

        dry_run = d.pop("dry_run", UNSET)

        def _parse_reason(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        reason = _parse_reason(d.pop("reason", UNSET))

        hand_over_request = cls(
            default_successor_id=default_successor_id,
            resources=resources,
            records=records,
            memberships_successor_id=memberships_successor_id,
            dry_run=dry_run,
            reason=reason,
        )

        return hand_over_request
