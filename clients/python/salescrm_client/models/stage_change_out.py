from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.opportunity_status import OpportunityStatus

if TYPE_CHECKING:
    from ..models.ref import Ref


T = TypeVar("T", bound="StageChangeOut")


@_attrs_define
class StageChangeOut:
    """
    Attributes:
        id (UUID):
        opportunity_id (UUID):
        changed_at (datetime.datetime):
        actor_id (None | UUID):
        actor (None | Ref): The employee named by the id beside it: id and name (null if none).
        from_stage_id (None | UUID):
        from_stage (None | Ref): The stage named by the id beside it: id and name (null if none).
        to_stage_id (UUID):
        to_stage (None | Ref): The stage named by the id beside it: id and name (null if none).
        from_status (None | OpportunityStatus):
        to_status (OpportunityStatus):
        seconds_in_from_stage (int | None): Time spent in the stage left.
        reason (None | str):
    """

    id: UUID
    opportunity_id: UUID
    changed_at: datetime.datetime
    actor_id: None | UUID
    actor: None | Ref
    from_stage_id: None | UUID
    from_stage: None | Ref
    to_stage_id: UUID
    to_stage: None | Ref
    from_status: None | OpportunityStatus
    to_status: OpportunityStatus
    seconds_in_from_stage: int | None
    reason: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.ref import Ref  # noqa: PLC0415

        id = str(self.id)

        opportunity_id = str(self.opportunity_id)

        changed_at = self.changed_at.isoformat()

        actor_id: None | str
        if isinstance(self.actor_id, UUID):
            actor_id = str(self.actor_id)
        else:
            actor_id = self.actor_id

        actor: dict[str, Any] | None
        if isinstance(self.actor, Ref):
            actor = self.actor.to_dict()
        else:
            actor = self.actor

        from_stage_id: None | str
        if isinstance(self.from_stage_id, UUID):
            from_stage_id = str(self.from_stage_id)
        else:
            from_stage_id = self.from_stage_id

        from_stage: dict[str, Any] | None
        if isinstance(self.from_stage, Ref):
            from_stage = self.from_stage.to_dict()
        else:
            from_stage = self.from_stage

        to_stage_id = str(self.to_stage_id)

        to_stage: dict[str, Any] | None
        if isinstance(self.to_stage, Ref):
            to_stage = self.to_stage.to_dict()
        else:
            to_stage = self.to_stage

        from_status: None | str
        if isinstance(self.from_status, OpportunityStatus):
            from_status = self.from_status.value
        else:
            from_status = self.from_status

        to_status = self.to_status.value

        seconds_in_from_stage: int | None
        seconds_in_from_stage = self.seconds_in_from_stage

        reason: None | str
        reason = self.reason

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "opportunity_id": opportunity_id,
                "changed_at": changed_at,
                "actor_id": actor_id,
                "actor": actor,
                "from_stage_id": from_stage_id,
                "from_stage": from_stage,
                "to_stage_id": to_stage_id,
                "to_stage": to_stage,
                "from_status": from_status,
                "to_status": to_status,
                "seconds_in_from_stage": seconds_in_from_stage,
                "reason": reason,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.ref import Ref  # noqa: PLC0415

        d = dict(src_dict)
        id = UUID(d.pop("id"))

        opportunity_id = UUID(d.pop("opportunity_id"))

        changed_at = datetime.datetime.fromisoformat(d.pop("changed_at"))

        def _parse_actor_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                actor_id_type_0 = UUID(data)

                return actor_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        actor_id = _parse_actor_id(d.pop("actor_id"))

        def _parse_actor(data: object) -> None | Ref:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                actor_type_0 = Ref.from_dict(data)

                return actor_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Ref, data)

        actor = _parse_actor(d.pop("actor"))

        def _parse_from_stage_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                from_stage_id_type_0 = UUID(data)

                return from_stage_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        from_stage_id = _parse_from_stage_id(d.pop("from_stage_id"))

        def _parse_from_stage(data: object) -> None | Ref:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                from_stage_type_0 = Ref.from_dict(data)

                return from_stage_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Ref, data)

        from_stage = _parse_from_stage(d.pop("from_stage"))

        to_stage_id = UUID(d.pop("to_stage_id"))

        def _parse_to_stage(data: object) -> None | Ref:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                to_stage_type_0 = Ref.from_dict(data)

                return to_stage_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Ref, data)

        to_stage = _parse_to_stage(d.pop("to_stage"))

        def _parse_from_status(data: object) -> None | OpportunityStatus:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                from_status_type_0 = OpportunityStatus(data)

                return from_status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | OpportunityStatus, data)

        from_status = _parse_from_status(d.pop("from_status"))

        to_status = OpportunityStatus(d.pop("to_status"))

        def _parse_seconds_in_from_stage(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        seconds_in_from_stage = _parse_seconds_in_from_stage(d.pop("seconds_in_from_stage"))

        def _parse_reason(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        reason = _parse_reason(d.pop("reason"))

        stage_change_out = cls(
            id=id,
            opportunity_id=opportunity_id,
            changed_at=changed_at,
            actor_id=actor_id,
            actor=actor,
            from_stage_id=from_stage_id,
            from_stage=from_stage,
            to_stage_id=to_stage_id,
            to_stage=to_stage,
            from_status=from_status,
            to_status=to_status,
            seconds_in_from_stage=seconds_in_from_stage,
            reason=reason,
        )

        stage_change_out.additional_properties = d
        return stage_change_out

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
