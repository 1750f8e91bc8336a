from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.customer_event_details_moved_type_0 import CustomerEventDetailsMovedType0


T = TypeVar("T", bound="CustomerEventDetails")


@_attrs_define
class CustomerEventDetails:
    """What some events add: a pool event's days, a merge's other customer, a follow-up's
    method, an unmarked key account's closed plans; absent fields do not apply.

        Attributes:
            days (int | None | Unset): Pool events: days without follow-up.
            tier (None | str | Unset): Returned to the pool: the customer's tier.
            due_at (datetime.datetime | None | Unset): Pool warning: when it returns.
            method (None | str | Unset): Follow-up: how it was made.
            key_account_since (datetime.datetime | None | Unset):
            closed_plans (list[UUID] | None | Unset): Key account unmarked: the account plans closed with it.
            source_id (None | Unset | UUID): Merged: the customer merged in.
            source_name (None | str | Unset):
            target_id (None | Unset | UUID): Merged into: the customer kept.
            target_name (None | str | Unset):
            filled (list[str] | None | Unset): Merged: fields filled from the source.
            moved (CustomerEventDetailsMovedType0 | None | Unset): Merged: the records moved over, by resource.
            superseded (list[UUID] | None | Unset):
            collaborators (list[UUID] | None | Unset):
    """

    days: int | None | Unset = UNSET
    tier: None | str | Unset = UNSET
    due_at: datetime.datetime | None | Unset = UNSET
    method: None | str | Unset = UNSET
    key_account_since: datetime.datetime | None | Unset = UNSET
    closed_plans: list[UUID] | None | Unset = UNSET
    source_id: None | Unset | UUID = UNSET
    source_name: None | str | Unset = UNSET
    target_id: None | Unset | UUID = UNSET
    target_name: None | str | Unset = UNSET
    filled: list[str] | None | Unset = UNSET
    moved: CustomerEventDetailsMovedType0 | None | Unset = UNSET
    superseded: list[UUID] | None | Unset = UNSET
    collaborators: list[UUID] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.customer_event_details_moved_type_0 import CustomerEventDetailsMovedType0  # noqa: PLC0415

        days: int | None | Unset
        if isinstance(self.days, Unset):
            days = UNSET
        else:
            days = self.days

        tier: None | str | Unset
        if isinstance(self.tier, Unset):
            tier = UNSET
        else:
            tier = self.tier

        due_at: None | str | Unset
        if isinstance(self.due_at, Unset):
            due_at = UNSET
        elif isinstance(self.due_at, datetime.datetime):
            due_at = self.due_at.isoformat()
        else:
            due_at = self.due_at

        method: None | str | Unset
        if isinstance(self.method, Unset):
            method = UNSET
        else:
            method = self.method

        key_account_since: None | str | Unset
        if isinstance(self.key_account_since, Unset):
            key_account_since = UNSET
        elif isinstance(self.key_account_since, datetime.datetime):
            key_account_since = self.key_account_since.isoformat()
        else:
            key_account_since = self.key_account_since

        closed_plans: list[str] | None | Unset
        if isinstance(self.closed_plans, Unset):
            closed_plans = UNSET
        elif isinstance(self.closed_plans, list):
            closed_plans = []
            for closed_plans_type_0_item_data in self.closed_plans:
                closed_plans_type_0_item = str(closed_plans_type_0_item_data)
                closed_plans.append(closed_plans_type_0_item)

        else:
            closed_plans = self.closed_plans

        source_id: None | str | Unset
        if isinstance(self.source_id, Unset):
            source_id = UNSET
        elif isinstance(self.source_id, UUID):
            source_id = str(self.source_id)
        else:
            source_id = self.source_id

        source_name: None | str | Unset
        if isinstance(self.source_name, Unset):
            source_name = UNSET
        else:
            source_name = self.source_name

        target_id: None | str | Unset
        if isinstance(self.target_id, Unset):
            target_id = UNSET
        elif isinstance(self.target_id, UUID):
            target_id = str(self.target_id)
        else:
            target_id = self.target_id

        target_name: None | str | Unset
        if isinstance(self.target_name, Unset):
            target_name = UNSET
        else:
            target_name = self.target_name

        filled: list[str] | None | Unset
        if isinstance(self.filled, Unset):
            filled = UNSET
        elif isinstance(self.filled, list):
            filled = self.filled

        else:
            filled = self.filled

        moved: dict[str, Any] | None | Unset
        if isinstance(self.moved, Unset):
            moved = UNSET
        elif isinstance(self.moved, CustomerEventDetailsMovedType0):
            moved = self.moved.to_dict()
        else:
            moved = self.moved

        superseded: list[str] | None | Unset
        if isinstance(self.superseded, Unset):
            superseded = UNSET
        elif isinstance(self.superseded, list):
            superseded = []
            for superseded_type_0_item_data in self.superseded:
                superseded_type_0_item = str(superseded_type_0_item_data)
                superseded.append(superseded_type_0_item)

        else:
            superseded = self.superseded

        collaborators: list[str] | None | Unset
        if isinstance(self.collaborators, Unset):
            collaborators = UNSET
        elif isinstance(self.collaborators, list):
            collaborators = []
            for collaborators_type_0_item_data in self.collaborators:
                collaborators_type_0_item = str(collaborators_type_0_item_data)
                collaborators.append(collaborators_type_0_item)

        else:
            collaborators = self.collaborators

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if days is not UNSET:
            field_dict["days"] = days
        if tier is not UNSET:
            field_dict["tier"] = tier
        if due_at is not UNSET:
            field_dict["due_at"] = due_at
        if method is not UNSET:
            field_dict["method"] = method
        if key_account_since is not UNSET:
            field_dict["key_account_since"] = key_account_since
        if closed_plans is not UNSET:
            field_dict["closed_plans"] = closed_plans
        if source_id is not UNSET:
            field_dict["source_id"] = source_id
        if source_name is not UNSET:
            field_dict["source_name"] = source_name
        if target_id is not UNSET:
            field_dict["target_id"] = target_id
        if target_name is not UNSET:
            field_dict["target_name"] = target_name
        if filled is not UNSET:
            field_dict["filled"] = filled
        if moved is not UNSET:
            field_dict["moved"] = moved
        if superseded is not UNSET:
            field_dict["superseded"] = superseded
        if collaborators is not UNSET:
            field_dict["collaborators"] = collaborators

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.customer_event_details_moved_type_0 import CustomerEventDetailsMovedType0  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_days(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        days = _parse_days(d.pop("days", UNSET))

        def _parse_tier(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        tier = _parse_tier(d.pop("tier", UNSET))

        def _parse_due_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                due_at_type_0 = datetime.datetime.fromisoformat(data)

                return due_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        due_at = _parse_due_at(d.pop("due_at", UNSET))

        def _parse_method(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        method = _parse_method(d.pop("method", UNSET))

        def _parse_key_account_since(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                key_account_since_type_0 = datetime.datetime.fromisoformat(data)

                return key_account_since_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        key_account_since = _parse_key_account_since(d.pop("key_account_since", UNSET))

        def _parse_closed_plans(data: object) -> list[UUID] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                closed_plans_type_0 = []
                _closed_plans_type_0 = data
                for closed_plans_type_0_item_data in _closed_plans_type_0:
                    closed_plans_type_0_item = UUID(closed_plans_type_0_item_data)

                    closed_plans_type_0.append(closed_plans_type_0_item)

                return closed_plans_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[UUID] | None | Unset, data)

        closed_plans = _parse_closed_plans(d.pop("closed_plans", UNSET))

        def _parse_source_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                source_id_type_0 = UUID(data)

                return source_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        source_id = _parse_source_id(d.pop("source_id", UNSET))

        def _parse_source_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        source_name = _parse_source_name(d.pop("source_name", UNSET))

        def _parse_target_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                target_id_type_0 = UUID(data)

                return target_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        target_id = _parse_target_id(d.pop("target_id", UNSET))

        def _parse_target_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        target_name = _parse_target_name(d.pop("target_name", UNSET))

        def _parse_filled(data: object) -> list[str] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                filled_type_0 = cast(list[str], data)

                return filled_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[str] | None | Unset, data)

        filled = _parse_filled(d.pop("filled", UNSET))

        def _parse_moved(data: object) -> CustomerEventDetailsMovedType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                moved_type_0 = CustomerEventDetailsMovedType0.from_dict(data)

                return moved_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CustomerEventDetailsMovedType0 | None | Unset, data)

        moved = _parse_moved(d.pop("moved", UNSET))

        def _parse_superseded(data: object) -> list[UUID] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                superseded_type_0 = []
                _superseded_type_0 = data
                for superseded_type_0_item_data in _superseded_type_0:
                    superseded_type_0_item = UUID(superseded_type_0_item_data)

                    superseded_type_0.append(superseded_type_0_item)

                return superseded_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[UUID] | None | Unset, data)

        superseded = _parse_superseded(d.pop("superseded", UNSET))

        def _parse_collaborators(data: object) -> list[UUID] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                collaborators_type_0 = []
                _collaborators_type_0 = data
                for collaborators_type_0_item_data in _collaborators_type_0:
                    collaborators_type_0_item = UUID(collaborators_type_0_item_data)

                    collaborators_type_0.append(collaborators_type_0_item)

                return collaborators_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[UUID] | None | Unset, data)

        collaborators = _parse_collaborators(d.pop("collaborators", UNSET))

        customer_event_details = cls(
            days=days,
            tier=tier,
            due_at=due_at,
            method=method,
            key_account_since=key_account_since,
            closed_plans=closed_plans,
            source_id=source_id,
            source_name=source_name,
            target_id=target_id,
            target_name=target_name,
            filled=filled,
            moved=moved,
            superseded=superseded,
            collaborators=collaborators,
        )

        customer_event_details.additional_properties = d
        return customer_event_details

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
