from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="TrainingSessionUpdate")


@_attrs_define
class TrainingSessionUpdate:
    """
    Attributes:
        plan_id (None | Unset | UUID):
        topic (str | Unset):
        starts_at (datetime.datetime | Unset):
        ends_at (datetime.datetime | Unset):
        place (None | str | Unset):
        trainer_id (None | Unset | UUID):
        trainer_name (None | str | Unset):
        owner_id (None | Unset | UUID):
        description (None | str | Unset):
    """

    plan_id: None | Unset | UUID = UNSET
    topic: str | Unset = UNSET
    starts_at: datetime.datetime | Unset = UNSET
    ends_at: datetime.datetime | Unset = UNSET
    place: None | str | Unset = UNSET
    trainer_id: None | Unset | UUID = UNSET
    trainer_name: None | str | Unset = UNSET
    owner_id: None | Unset | UUID = UNSET
    description: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        plan_id: None | str | Unset
        if isinstance(self.plan_id, Unset):
            plan_id = UNSET
        elif isinstance(self.plan_id, UUID):
            plan_id = str(self.plan_id)
        else:
            plan_id = self.plan_id

        topic = self.topic

        starts_at: str | Unset = UNSET
        if not isinstance(self.starts_at, Unset):
            starts_at = self.starts_at.isoformat()

        ends_at: str | Unset = UNSET
        if not isinstance(self.ends_at, Unset):
            ends_at = self.ends_at.isoformat()

        place: None | str | Unset
        if isinstance(self.place, Unset):
            place = UNSET
        else:
            place = self.place

        trainer_id: None | str | Unset
        if isinstance(self.trainer_id, Unset):
            trainer_id = UNSET
        elif isinstance(self.trainer_id, UUID):
            trainer_id = str(self.trainer_id)
        else:
            trainer_id = self.trainer_id

        trainer_name: None | str | Unset
        if isinstance(self.trainer_name, Unset):
            trainer_name = UNSET
        else:
            trainer_name = self.trainer_name

        owner_id: None | str | Unset
        if isinstance(self.owner_id, Unset):
            owner_id = UNSET
        elif isinstance(self.owner_id, UUID):
            owner_id = str(self.owner_id)
        else:
            owner_id = self.owner_id

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if plan_id is not UNSET:
            field_dict["plan_id"] = plan_id
        if topic is not UNSET:
            field_dict["topic"] = topic
        if starts_at is not UNSET:
            field_dict["starts_at"] = starts_at
        if ends_at is not UNSET:
            field_dict["ends_at"] = ends_at
        if place is not UNSET:
            field_dict["place"] = place
        if trainer_id is not UNSET:
            field_dict["trainer_id"] = trainer_id
        if trainer_name is not UNSET:
            field_dict["trainer_name"] = trainer_name
        if owner_id is not UNSET:
            field_dict["owner_id"] = owner_id
        if description is not UNSET:
            field_dict["description"] = description

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_plan_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                plan_id_type_0 = UUID(data)

                return plan_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        plan_id = _parse_plan_id(d.pop("plan_id", UNSET))

        topic = d.pop("topic", UNSET)

        _starts_at = d.pop("starts_at", UNSET)
        starts_at: datetime.datetime | Unset
        if isinstance(_starts_at, Unset):
            starts_at = UNSET
        else:
            starts_at = datetime.datetime.fromisoformat(_starts_at)

        _ends_at = d.pop("ends_at", UNSET)
        ends_at: datetime.datetime | Unset
        if isinstance(_ends_at, Unset):
            ends_at = UNSET
        else:
            ends_at = datetime.datetime.fromisoformat(_ends_at)

        def _parse_place(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        place = _parse_place(d.pop("place", UNSET))

        def _parse_trainer_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                trainer_id_type_0 = UUID(data)

                return trainer_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        trainer_id = _parse_trainer_id(d.pop("trainer_id", UNSET))

        def _parse_trainer_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        trainer_name = _parse_trainer_name(d.pop("trainer_name", UNSET))

        def _parse_owner_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                owner_id_type_0 = UUID(data)

                return owner_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        owner_id = _parse_owner_id(d.pop("owner_id", UNSET))

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        training_session_update = cls(
            plan_id=plan_id,
            topic=topic,
            starts_at=starts_at,
            ends_at=ends_at,
            place=place,
            trainer_id=trainer_id,
            trainer_name=trainer_name,
            owner_id=owner_id,
            description=description,
        )

        return training_session_update
