from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.customer_event_details_moved import CustomerEventDetailsMoved


T = TypeVar("T", bound="CustomerEventDetails")


@_attrs_define
class CustomerEventDetails:
    """What some events add: a pool event's days, a merge's other customer, a follow-up's
    method, an unmarked key account's closed plans. A field that does not apply to the event is
    absent (as stored), never null; null is a value only where a writer stores one (no tier, not
    a key account before).

        Attributes:
            days (int | Unset): Pool events: days without follow-up.
            tier (None | str | Unset): Returned to the pool: the customer's tier (null: none).
            due_at (datetime.datetime | Unset): Pool warning: when it returns.
            method (str | Unset): Follow-up: how it was made.
            key_account_since (datetime.datetime | None | Unset): Key account unmarked: since when it was one.
            closed_plans (list[UUID] | Unset): Key account unmarked: the account plans closed with it.
            source_id (UUID | Unset): Merged: the customer merged in.
            source_name (str | Unset):
            target_id (UUID | Unset): Merged into: the customer kept.
            target_name (str | Unset):
            filled (list[str] | Unset): Merged: fields filled from the source.
            moved (CustomerEventDetailsMoved | Unset): Merged: the records moved over, by resource.
            superseded (list[UUID] | Unset):
            collaborators (list[UUID] | Unset):
    """

    days: int | Unset = UNSET
    tier: None | str | Unset = UNSET
    due_at: datetime.datetime | Unset = UNSET
    method: str | Unset = UNSET
    key_account_since: datetime.datetime | None | Unset = UNSET
    closed_plans: list[UUID] | Unset = UNSET
    source_id: UUID | Unset = UNSET
    source_name: str | Unset = UNSET
    target_id: UUID | Unset = UNSET
    target_name: str | Unset = UNSET
    filled: list[str] | Unset = UNSET
    moved: CustomerEventDetailsMoved | Unset = UNSET
    superseded: list[UUID] | Unset = UNSET
    collaborators: list[UUID] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        days = self.days

        tier: None | str | Unset
        if isinstance(self.tier, Unset):
            tier = UNSET
        else:
            tier = self.tier

        due_at: str | Unset = UNSET
        if not isinstance(self.due_at, Unset):
            due_at = self.due_at.isoformat()

        method = self.method

        key_account_since: None | str | Unset
        if isinstance(self.key_account_since, Unset):
            key_account_since = UNSET
        elif isinstance(self.key_account_since, datetime.datetime):
            key_account_since = self.key_account_since.isoformat()
        else:
            key_account_since = self.key_account_since

        closed_plans: list[str] | Unset = UNSET
        if not isinstance(self.closed_plans, Unset):
            closed_plans = []
            for closed_plans_item_data in self.closed_plans:
                closed_plans_item = str(closed_plans_item_data)
                closed_plans.append(closed_plans_item)

        source_id: str | Unset = UNSET
        if not isinstance(self.source_id, Unset):
            source_id = str(self.source_id)

        source_name = self.source_name

        target_id: str | Unset = UNSET
        if not isinstance(self.target_id, Unset):
            target_id = str(self.target_id)

        target_name = self.target_name

        filled: list[str] | Unset = UNSET
        if not isinstance(self.filled, Unset):
            filled = self.filled

        moved: dict[str, Any] | Unset = UNSET
        if not isinstance(self.moved, Unset):
            moved = self.moved.to_dict()

        superseded: list[str] | Unset = UNSET
        if not isinstance(self.superseded, Unset):
            superseded = []
            for superseded_item_data in self.superseded:
                superseded_item = str(superseded_item_data)
                superseded.append(superseded_item)

        collaborators: list[str] | Unset = UNSET
        if not isinstance(self.collaborators, Unset):
            collaborators = []
            for collaborators_item_data in self.collaborators:
                collaborators_item = str(collaborators_item_data)
                collaborators.append(collaborators_item)

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
        from ..models.customer_event_details_moved import CustomerEventDetailsMoved  # noqa: PLC0415

        d = dict(src_dict)
        days = d.pop("days", UNSET)

        def _parse_tier(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        tier = _parse_tier(d.pop("tier", UNSET))

        _due_at = d.pop("due_at", UNSET)
        due_at: datetime.datetime | Unset
        if isinstance(_due_at, Unset):
            due_at = UNSET
        else:
            due_at = datetime.datetime.fromisoformat(_due_at)

        method = d.pop("method", UNSET)

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

        _closed_plans = d.pop("closed_plans", UNSET)
        closed_plans: list[UUID] | Unset = UNSET
        if _closed_plans is not UNSET:
            closed_plans = []
            for closed_plans_item_data in _closed_plans:
                closed_plans_item = UUID(closed_plans_item_data)

                closed_plans.append(closed_plans_item)

        _source_id = d.pop("source_id", UNSET)
        source_id: UUID | Unset
        if isinstance(_source_id, Unset):
            source_id = UNSET
        else:
            source_id = UUID(_source_id)

        source_name = d.pop("source_name", UNSET)

        _target_id = d.pop("target_id", UNSET)
        target_id: UUID | Unset
        if isinstance(_target_id, Unset):
            target_id = UNSET
        else:
            target_id = UUID(_target_id)

        target_name = d.pop("target_name", UNSET)

        filled = cast(list[str], d.pop("filled", UNSET))

        _moved = d.pop("moved", UNSET)
        moved: CustomerEventDetailsMoved | Unset
        if isinstance(_moved, Unset):
            moved = UNSET
        else:
            moved = CustomerEventDetailsMoved.from_dict(_moved)

        _superseded = d.pop("superseded", UNSET)
        superseded: list[UUID] | Unset = UNSET
        if _superseded is not UNSET:
            superseded = []
            for superseded_item_data in _superseded:
                superseded_item = UUID(superseded_item_data)

                superseded.append(superseded_item)

        _collaborators = d.pop("collaborators", UNSET)
        collaborators: list[UUID] | Unset = UNSET
        if _collaborators is not UNSET:
            collaborators = []
            for collaborators_item_data in _collaborators:
                collaborators_item = UUID(collaborators_item_data)

                collaborators.append(collaborators_item)

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
