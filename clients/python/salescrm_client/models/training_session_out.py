from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.ref import Ref


T = TypeVar("T", bound="TrainingSessionOut")


@_attrs_define
class TrainingSessionOut:
    """
    Attributes:
        id (UUID):
        created_at (datetime.datetime):
        updated_at (datetime.datetime):
        version (int): Incremented by every change; the ETag is this number.
        plan_id (None | UUID):
        plan (None | Ref): The training plan named by the id beside it: id and name (null if none).
        topic (str):
        starts_at (datetime.datetime):
        ends_at (datetime.datetime):
        place (None | str):
        trainer_id (None | UUID):
        trainer (None | Ref): The employee named by the id beside it: id and name (null if none).
        trainer_name (None | str):
        owner_id (None | UUID):
        owner (None | Ref): The employee named by the id beside it: id and name (null if none).
        description (None | str):
    """

    id: UUID
    created_at: datetime.datetime
    updated_at: datetime.datetime
    version: int
    plan_id: None | UUID
    plan: None | Ref
    topic: str
    starts_at: datetime.datetime
    ends_at: datetime.datetime
    place: None | str
    trainer_id: None | UUID
    trainer: None | Ref
    trainer_name: None | str
    owner_id: None | UUID
    owner: None | Ref
    description: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.ref import Ref  # noqa: PLC0415

        id = str(self.id)

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        version = self.version

        plan_id: None | str
        if isinstance(self.plan_id, UUID):
            plan_id = str(self.plan_id)
        else:
            plan_id = self.plan_id

        plan: dict[str, Any] | None
        if isinstance(self.plan, Ref):
            plan = self.plan.to_dict()
        else:
            plan = self.plan

        topic = self.topic

        starts_at = self.starts_at.isoformat()

        ends_at = self.ends_at.isoformat()

        place: None | str
        place = self.place

        trainer_id: None | str
        if isinstance(self.trainer_id, UUID):
            trainer_id = str(self.trainer_id)
        else:
            trainer_id = self.trainer_id

        trainer: dict[str, Any] | None
        if isinstance(self.trainer, Ref):
            trainer = self.trainer.to_dict()
        else:
            trainer = self.trainer

        trainer_name: None | str
        trainer_name = self.trainer_name

        owner_id: None | str
        if isinstance(self.owner_id, UUID):
            owner_id = str(self.owner_id)
        else:
            owner_id = self.owner_id

        owner: dict[str, Any] | None
        if isinstance(self.owner, Ref):
            owner = self.owner.to_dict()
        else:
            owner = self.owner

        description: None | str
        description = self.description

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "created_at": created_at,
                "updated_at": updated_at,
                "version": version,
                "plan_id": plan_id,
                "plan": plan,
                "topic": topic,
                "starts_at": starts_at,
                "ends_at": ends_at,
                "place": place,
                "trainer_id": trainer_id,
                "trainer": trainer,
                "trainer_name": trainer_name,
                "owner_id": owner_id,
                "owner": owner,
                "description": description,
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

        def _parse_plan_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                plan_id_type_0 = UUID(data)

                return plan_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        plan_id = _parse_plan_id(d.pop("plan_id"))

        def _parse_plan(data: object) -> None | Ref:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                plan_type_0 = Ref.from_dict(data)

                return plan_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Ref, data)

        plan = _parse_plan(d.pop("plan"))

        topic = d.pop("topic")

        starts_at = datetime.datetime.fromisoformat(d.pop("starts_at"))

        ends_at = datetime.datetime.fromisoformat(d.pop("ends_at"))

        def _parse_place(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        place = _parse_place(d.pop("place"))

        def _parse_trainer_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                trainer_id_type_0 = UUID(data)

                return trainer_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        trainer_id = _parse_trainer_id(d.pop("trainer_id"))

        def _parse_trainer(data: object) -> None | Ref:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                trainer_type_0 = Ref.from_dict(data)

                return trainer_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Ref, data)

        trainer = _parse_trainer(d.pop("trainer"))

        def _parse_trainer_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        trainer_name = _parse_trainer_name(d.pop("trainer_name"))

        def _parse_owner_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                owner_id_type_0 = UUID(data)

                return owner_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        owner_id = _parse_owner_id(d.pop("owner_id"))

        def _parse_owner(data: object) -> None | Ref:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                owner_type_0 = Ref.from_dict(data)

                return owner_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Ref, data)

        owner = _parse_owner(d.pop("owner"))

        def _parse_description(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        description = _parse_description(d.pop("description"))

        training_session_out = cls(
            id=id,
            created_at=created_at,
            updated_at=updated_at,
            version=version,
            plan_id=plan_id,
            plan=plan,
            topic=topic,
            starts_at=starts_at,
            ends_at=ends_at,
            place=place,
            trainer_id=trainer_id,
            trainer=trainer,
            trainer_name=trainer_name,
            owner_id=owner_id,
            owner=owner,
            description=description,
        )

        training_session_out.additional_properties = d
        return training_session_out

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
