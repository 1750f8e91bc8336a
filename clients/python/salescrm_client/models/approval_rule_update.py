from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define

from ..models.chain_mode import ChainMode
from ..types import UNSET, Unset

T = TypeVar("T", bound="ApprovalRuleUpdate")


@_attrs_define
class ApprovalRuleUpdate:
    """
    Attributes:
        name (str | Unset):
        min_amount (float | str | Unset):
        mode (ChainMode | Unset):
        levels (int | Unset):
        role_id (None | Unset | UUID):
        approver_id (None | Unset | UUID):
        active (bool | Unset):
    """

    name: str | Unset = UNSET
    min_amount: float | str | Unset = UNSET
    mode: ChainMode | Unset = UNSET
    levels: int | Unset = UNSET
    role_id: None | Unset | UUID = UNSET
    approver_id: None | Unset | UUID = UNSET
    active: bool | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        min_amount: float | str | Unset
        if isinstance(self.min_amount, Unset):
            min_amount = UNSET
        else:
            min_amount = self.min_amount

        mode: str | Unset = UNSET
        if not isinstance(self.mode, Unset):
            mode = self.mode.value

        levels = self.levels

        role_id: None | str | Unset
        if isinstance(self.role_id, Unset):
            role_id = UNSET
        elif isinstance(self.role_id, UUID):
            role_id = str(self.role_id)
        else:
            role_id = self.role_id

        approver_id: None | str | Unset
        if isinstance(self.approver_id, Unset):
            approver_id = UNSET
        elif isinstance(self.approver_id, UUID):
            approver_id = str(self.approver_id)
        else:
            approver_id = self.approver_id

        active = self.active

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if min_amount is not UNSET:
            field_dict["min_amount"] = min_amount
        if mode is not UNSET:
            field_dict["mode"] = mode
        if levels is not UNSET:
            field_dict["levels"] = levels
        if role_id is not UNSET:
            field_dict["role_id"] = role_id
        if approver_id is not UNSET:
            field_dict["approver_id"] = approver_id
        if active is not UNSET:
            field_dict["active"] = active

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name", UNSET)

        def _parse_min_amount(data: object) -> float | str | Unset:
            if isinstance(data, Unset):
                return data
            return cast(float | str | Unset, data)

        min_amount = _parse_min_amount(d.pop("min_amount", UNSET))

        _mode = d.pop("mode", UNSET)
        mode: ChainMode | Unset
        if isinstance(_mode, Unset):
            mode = UNSET
        else:
            mode = ChainMode(_mode)

        levels = d.pop("levels", UNSET)

        def _parse_role_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                role_id_type_0 = UUID(data)

                return role_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        role_id = _parse_role_id(d.pop("role_id", UNSET))

        def _parse_approver_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                approver_id_type_0 = UUID(data)

                return approver_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        approver_id = _parse_approver_id(d.pop("approver_id", UNSET))

        active = d.pop("active", UNSET)

        approval_rule_update = cls(
            name=name,
            min_amount=min_amount,
            mode=mode,
            levels=levels,
            role_id=role_id,
            approver_id=approver_id,
            active=active,
        )

        return approval_rule_update
