from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.approval_action import ApprovalAction

if TYPE_CHECKING:
    from ..models.ref import Ref


T = TypeVar("T", bound="HistoryOut")


@_attrs_define
class HistoryOut:
    """
    Attributes:
        id (UUID):
        created_at (datetime.datetime):
        round_ (int):
        position (int | None): The step it concerns, if any.
        action (ApprovalAction):
        actor_id (None | UUID): None: the system.
        actor (None | Ref): The employee named by the id beside it: id and name (null if none).
        on_behalf_of_id (None | UUID): The approver a delegate acted for.
        on_behalf_of (None | Ref): The employee named by the id beside it: id and name (null if none).
        comment (None | str):
    """

    id: UUID
    created_at: datetime.datetime
    round_: int
    position: int | None
    action: ApprovalAction
    actor_id: None | UUID
    actor: None | Ref
    on_behalf_of_id: None | UUID
    on_behalf_of: None | Ref
    comment: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.ref import Ref  # noqa: PLC0415

        id = str(self.id)

        created_at = self.created_at.isoformat()

        round_ = self.round_

        position: int | None
        position = self.position

        action = self.action.value

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

        on_behalf_of_id: None | str
        if isinstance(self.on_behalf_of_id, UUID):
            on_behalf_of_id = str(self.on_behalf_of_id)
        else:
            on_behalf_of_id = self.on_behalf_of_id

        on_behalf_of: dict[str, Any] | None
        if isinstance(self.on_behalf_of, Ref):
            on_behalf_of = self.on_behalf_of.to_dict()
        else:
            on_behalf_of = self.on_behalf_of

        comment: None | str
        comment = self.comment

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "created_at": created_at,
                "round": round_,
                "position": position,
                "action": action,
                "actor_id": actor_id,
                "actor": actor,
                "on_behalf_of_id": on_behalf_of_id,
                "on_behalf_of": on_behalf_of,
                "comment": comment,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.ref import Ref  # noqa: PLC0415

        d = dict(src_dict)
        id = UUID(d.pop("id"))

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        round_ = d.pop("round")

        def _parse_position(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        position = _parse_position(d.pop("position"))

        action = ApprovalAction(d.pop("action"))

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

        def _parse_on_behalf_of_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                on_behalf_of_id_type_0 = UUID(data)

                return on_behalf_of_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        on_behalf_of_id = _parse_on_behalf_of_id(d.pop("on_behalf_of_id"))

        def _parse_on_behalf_of(data: object) -> None | Ref:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                on_behalf_of_type_0 = Ref.from_dict(data)

                return on_behalf_of_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Ref, data)

        on_behalf_of = _parse_on_behalf_of(d.pop("on_behalf_of"))

        def _parse_comment(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        comment = _parse_comment(d.pop("comment"))

        history_out = cls(
            id=id,
            created_at=created_at,
            round_=round_,
            position=position,
            action=action,
            actor_id=actor_id,
            actor=actor,
            on_behalf_of_id=on_behalf_of_id,
            on_behalf_of=on_behalf_of,
            comment=comment,
        )

        history_out.additional_properties = d
        return history_out

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
