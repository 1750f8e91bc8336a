from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="HandOver")


@_attrs_define
class HandOver:
    """
    Attributes:
        from_employee_id (UUID): The current owner (e.g. who left).
        to_employee_id (UUID): The new owner: a current employee.
        within (bool | Unset): Include the customers of the territory's subtree. Default: True.
        reason (None | str | Unset):
    """

    from_employee_id: UUID
    to_employee_id: UUID
    within: bool | Unset = True
    reason: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        from_employee_id = str(self.from_employee_id)

        to_employee_id = str(self.to_employee_id)

        within = self.within

        reason: None | str | Unset
        if isinstance(self.reason, Unset):
            reason = UNSET
        else:
            reason = self.reason

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "from_employee_id": from_employee_id,
                "to_employee_id": to_employee_id,
            }
        )
        if within is not UNSET:
            field_dict["within"] = within
        if reason is not UNSET:
            field_dict["reason"] = reason

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        from_employee_id = UUID(d.pop("from_employee_id"))

        to_employee_id = UUID(d.pop("to_employee_id"))

        within = d.pop("within", UNSET)

        def _parse_reason(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        reason = _parse_reason(d.pop("reason", UNSET))

        hand_over = cls(
            from_employee_id=from_employee_id,
            to_employee_id=to_employee_id,
            within=within,
            reason=reason,
        )

        return hand_over
