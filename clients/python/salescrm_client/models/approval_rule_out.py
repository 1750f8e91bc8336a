from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.approval_type import ApprovalType
from ..models.chain_mode import ChainMode

if TYPE_CHECKING:
    from ..models.ref import Ref


T = TypeVar("T", bound="ApprovalRuleOut")


@_attrs_define
class ApprovalRuleOut:
    """
    Attributes:
        id (UUID):
        created_at (datetime.datetime):
        updated_at (datetime.datetime):
        version (int): Incremented by every change; the ETag is this number.
        name (str):
        type_ (ApprovalType): A kind of request: its form, its chain and its effect are declared in code.
        min_amount (str):
        mode (ChainMode):
        levels (int):
        role_id (None | UUID):
        role (None | Ref): The role named by the id beside it: id and name (null if none).
        approver_id (None | UUID):
        approver (None | Ref): The employee named by the id beside it: id and name (null if none).
        active (bool):
    """

    id: UUID
    created_at: datetime.datetime
    updated_at: datetime.datetime
    version: int
    name: str
    type_: ApprovalType
    min_amount: str
    mode: ChainMode
    levels: int
    role_id: None | UUID
    role: None | Ref
    approver_id: None | UUID
    approver: None | Ref
    active: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.ref import Ref  # noqa: PLC0415

        id = str(self.id)

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        version = self.version

        name = self.name

        type_ = self.type_.value

        min_amount = self.min_amount

        mode = self.mode.value

        levels = self.levels

        role_id: None | str
        if isinstance(self.role_id, UUID):
            role_id = str(self.role_id)
        else:
            role_id = self.role_id

        role: dict[str, Any] | None
        if isinstance(self.role, Ref):
            role = self.role.to_dict()
        else:
            role = self.role

        approver_id: None | str
        if isinstance(self.approver_id, UUID):
            approver_id = str(self.approver_id)
        else:
            approver_id = self.approver_id

        approver: dict[str, Any] | None
        if isinstance(self.approver, Ref):
            approver = self.approver.to_dict()
        else:
            approver = self.approver

        active = self.active

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "created_at": created_at,
                "updated_at": updated_at,
                "version": version,
                "name": name,
                "type": type_,
                "min_amount": min_amount,
                "mode": mode,
                "levels": levels,
                "role_id": role_id,
                "role": role,
                "approver_id": approver_id,
                "approver": approver,
                "active": active,
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

        name = d.pop("name")

        type_ = ApprovalType(d.pop("type"))

        min_amount = d.pop("min_amount")

        mode = ChainMode(d.pop("mode"))

        levels = d.pop("levels")

        def _parse_role_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                role_id_type_0 = UUID(data)

                return role_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        role_id = _parse_role_id(d.pop("role_id"))

        def _parse_role(data: object) -> None | Ref:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                role_type_0 = Ref.from_dict(data)

                return role_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Ref, data)

        role = _parse_role(d.pop("role"))

        def _parse_approver_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                approver_id_type_0 = UUID(data)

                return approver_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        approver_id = _parse_approver_id(d.pop("approver_id"))

        def _parse_approver(data: object) -> None | Ref:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                approver_type_0 = Ref.from_dict(data)

                return approver_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Ref, data)

        approver = _parse_approver(d.pop("approver"))

        active = d.pop("active")

        approval_rule_out = cls(
            id=id,
            created_at=created_at,
            updated_at=updated_at,
            version=version,
            name=name,
            type_=type_,
            min_amount=min_amount,
            mode=mode,
            levels=levels,
            role_id=role_id,
            role=role,
            approver_id=approver_id,
            approver=approver,
            active=active,
        )

        approval_rule_out.additional_properties = d
        return approval_rule_out

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
