from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="RequisitionUpdate")


@_attrs_define
class RequisitionUpdate:
    """
    Attributes:
        department_id (UUID | Unset):
        position_id (None | Unset | UUID):
        title (str | Unset):
        count (int | Unset):
        requirements (None | str | Unset):
        reason (None | str | Unset):
        owner_id (None | Unset | UUID):
    """

    department_id: UUID | Unset = UNSET
    position_id: None | Unset | UUID = UNSET
    title: str | Unset = UNSET
    count: int | Unset = UNSET
    requirements: None | str | Unset = UNSET
    reason: None | str | Unset = UNSET
    owner_id: None | Unset | UUID = UNSET

    def to_dict(self) -> dict[str, Any]:
        department_id: str | Unset = UNSET
        if not isinstance(self.department_id, Unset):
            department_id = str(self.department_id)

        position_id: None | str | Unset
        if isinstance(self.position_id, Unset):
            position_id = UNSET
        elif isinstance(self.position_id, UUID):
            position_id = str(self.position_id)
        else:
            position_id = self.position_id

        title = self.title

        count = self.count

        requirements: None | str | Unset
        if isinstance(self.requirements, Unset):
            requirements = UNSET
        else:
            requirements = self.requirements

        reason: None | str | Unset
        if isinstance(self.reason, Unset):
            reason = UNSET
        else:
            reason = self.reason

        owner_id: None | str | Unset
        if isinstance(self.owner_id, Unset):
            owner_id = UNSET
        elif isinstance(self.owner_id, UUID):
            owner_id = str(self.owner_id)
        else:
            owner_id = self.owner_id

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if department_id is not UNSET:
            field_dict["department_id"] = department_id
        if position_id is not UNSET:
            field_dict["position_id"] = position_id
        if title is not UNSET:
            field_dict["title"] = title
        if count is not UNSET:
            field_dict["count"] = count
        if requirements is not UNSET:
            field_dict["requirements"] = requirements
        if reason is not UNSET:
            field_dict["reason"] = reason
        if owner_id is not UNSET:
            field_dict["owner_id"] = owner_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _department_id = d.pop("department_id", UNSET)
        department_id: UUID | Unset
        if isinstance(_department_id, Unset):
            department_id = UNSET
        else:
            department_id = UUID(_department_id)

        def _parse_position_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                position_id_type_0 = UUID(data)

                return position_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        position_id = _parse_position_id(d.pop("position_id", UNSET))

        title = d.pop("title", UNSET)

        count = d.pop("count", UNSET)

        def _parse_requirements(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        requirements = _parse_requirements(d.pop("requirements", UNSET))

        def _parse_reason(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        reason = _parse_reason(d.pop("reason", UNSET))

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

        requisition_update = cls(
            department_id=department_id,
            position_id=position_id,
            title=title,
            count=count,
            requirements=requirements,
            reason=reason,
            owner_id=owner_id,
        )

        return requisition_update
