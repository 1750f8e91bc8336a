from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.requisition_status import RequisitionStatus
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.ref import Ref


T = TypeVar("T", bound="RequisitionOut")


@_attrs_define
class RequisitionOut:
    """
    Attributes:
        id (UUID):
        created_at (datetime.datetime):
        updated_at (datetime.datetime):
        version (int): Incremented by every change; the ETag is this number.
        department_id (UUID):
        department (None | Ref): The department named by the id beside it: id and name (null if none).
        position_id (None | UUID):
        position (None | Ref): The position named by the id beside it: id and name (null if none).
        title (str):
        count (int):
        requirements (None | str):
        reason (None | str):
        status (RequisitionStatus):
        approval_id (None | UUID): The newest approval request naming it (its status is this request's).
        closed_on (datetime.date | None):
        close_reason (None | str): Why HR cancelled it.
        owner_id (None | UUID):
        owner (None | Ref): The employee named by the id beside it: id and name (null if none).
        hired_ids (list[UUID] | Unset): The employees hired, when HR filled it.
    """

    id: UUID
    created_at: datetime.datetime
    updated_at: datetime.datetime
    version: int
    department_id: UUID
    department: None | Ref
    position_id: None | UUID
    position: None | Ref
    title: str
    count: int
    requirements: None | str
    reason: None | str
    status: RequisitionStatus
    approval_id: None | UUID
    closed_on: datetime.date | None
    close_reason: None | str
    owner_id: None | UUID
    owner: None | Ref
    hired_ids: list[UUID] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.ref import Ref  # noqa: PLC0415

        id = str(self.id)

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        version = self.version

        department_id = str(self.department_id)

        department: dict[str, Any] | None
        if isinstance(self.department, Ref):
            department = self.department.to_dict()
        else:
            department = self.department

        position_id: None | str
        if isinstance(self.position_id, UUID):
            position_id = str(self.position_id)
        else:
            position_id = self.position_id

        position: dict[str, Any] | None
        if isinstance(self.position, Ref):
            position = self.position.to_dict()
        else:
            position = self.position

        title = self.title

        count = self.count

        requirements: None | str
        requirements = self.requirements

        reason: None | str
        reason = self.reason

        status = self.status.value

        approval_id: None | str
        if isinstance(self.approval_id, UUID):
            approval_id = str(self.approval_id)
        else:
            approval_id = self.approval_id

        closed_on: None | str
        if isinstance(self.closed_on, datetime.date):
            closed_on = self.closed_on.isoformat()
        else:
            closed_on = self.closed_on

        close_reason: None | str
        close_reason = self.close_reason

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

        hired_ids: list[str] | Unset = UNSET
        if not isinstance(self.hired_ids, Unset):
            hired_ids = []
            for hired_ids_item_data in self.hired_ids:
                hired_ids_item = str(hired_ids_item_data)
                hired_ids.append(hired_ids_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "created_at": created_at,
                "updated_at": updated_at,
                "version": version,
                "department_id": department_id,
                "department": department,
                "position_id": position_id,
                "position": position,
                "title": title,
                "count": count,
                "requirements": requirements,
                "reason": reason,
                "status": status,
                "approval_id": approval_id,
                "closed_on": closed_on,
                "close_reason": close_reason,
                "owner_id": owner_id,
                "owner": owner,
            }
        )
        if hired_ids is not UNSET:
            field_dict["hired_ids"] = hired_ids

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.ref import Ref  # noqa: PLC0415

        d = dict(src_dict)
        id = UUID(d.pop("id"))

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        version = d.pop("version")

        department_id = UUID(d.pop("department_id"))

        def _parse_department(data: object) -> None | Ref:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                department_type_0 = Ref.from_dict(data)

                return department_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Ref, data)

        department = _parse_department(d.pop("department"))

        def _parse_position_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                position_id_type_0 = UUID(data)

                return position_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        position_id = _parse_position_id(d.pop("position_id"))

        def _parse_position(data: object) -> None | Ref:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                position_type_0 = Ref.from_dict(data)

                return position_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Ref, data)

        position = _parse_position(d.pop("position"))

        title = d.pop("title")

        count = d.pop("count")

        def _parse_requirements(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        requirements = _parse_requirements(d.pop("requirements"))

        def _parse_reason(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        reason = _parse_reason(d.pop("reason"))

        status = RequisitionStatus(d.pop("status"))

        def _parse_approval_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                approval_id_type_0 = UUID(data)

                return approval_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        approval_id = _parse_approval_id(d.pop("approval_id"))

        def _parse_closed_on(data: object) -> datetime.date | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                closed_on_type_0 = datetime.date.fromisoformat(data)

                return closed_on_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None, data)

        closed_on = _parse_closed_on(d.pop("closed_on"))

        def _parse_close_reason(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        close_reason = _parse_close_reason(d.pop("close_reason"))

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

        _hired_ids = d.pop("hired_ids", UNSET)
        hired_ids: list[UUID] | Unset = UNSET
        if _hired_ids is not UNSET:
            hired_ids = []
            for hired_ids_item_data in _hired_ids:
                hired_ids_item = UUID(hired_ids_item_data)

                hired_ids.append(hired_ids_item)

        requisition_out = cls(
            id=id,
            created_at=created_at,
            updated_at=updated_at,
            version=version,
            department_id=department_id,
            department=department,
            position_id=position_id,
            position=position,
            title=title,
            count=count,
            requirements=requirements,
            reason=reason,
            status=status,
            approval_id=approval_id,
            closed_on=closed_on,
            close_reason=close_reason,
            owner_id=owner_id,
            owner=owner,
            hired_ids=hired_ids,
        )

        requisition_out.additional_properties = d
        return requisition_out

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
