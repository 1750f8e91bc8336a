from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.staff_change_kind import StaffChangeKind
from ..models.staff_change_status import StaffChangeStatus

if TYPE_CHECKING:
    from ..models.ref import Ref
    from ..models.staff_change_fields import StaffChangeFields
    from ..models.staff_change_out_handover import StaffChangeOutHandover


T = TypeVar("T", bound="StaffChangeOut")


@_attrs_define
class StaffChangeOut:
    """
    Attributes:
        id (UUID):
        created_at (datetime.datetime):
        updated_at (datetime.datetime):
        version (int): Incremented by every change; the ETag is this number.
        employee_id (UUID):
        employee (None | Ref): The employee named by the id beside it: id and name (null if none).
        kind (StaffChangeKind):
        effective_date (datetime.date):
        status (StaffChangeStatus):
        reason (None | str):
        changes (StaffChangeFields): The employee fields a staff change sets (``changes``) or found before it was
            applied
            (``previous``, the same keys). A field the change leaves alone is absent, not null: null
            is a value (no manager, no position).
        previous (StaffChangeFields): The employee fields a staff change sets (``changes``) or found before it was
            applied
            (``previous``, the same keys). A field the change leaves alone is absent, not null: null
            is a value (no manager, no position).
        successor_id (None | UUID):
        successor (None | Ref): The employee named by the id beside it: id and name (null if none).
        handover (StaffChangeOutHandover):
        applied_at (datetime.datetime | None):
        recorded_by (None | UUID):
    """

    id: UUID
    created_at: datetime.datetime
    updated_at: datetime.datetime
    version: int
    employee_id: UUID
    employee: None | Ref
    kind: StaffChangeKind
    effective_date: datetime.date
    status: StaffChangeStatus
    reason: None | str
    changes: StaffChangeFields
    previous: StaffChangeFields
    successor_id: None | UUID
    successor: None | Ref
    handover: StaffChangeOutHandover
    applied_at: datetime.datetime | None
    recorded_by: None | UUID
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.ref import Ref  # noqa: PLC0415

        id = str(self.id)

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        version = self.version

        employee_id = str(self.employee_id)

        employee: dict[str, Any] | None
        if isinstance(self.employee, Ref):
            employee = self.employee.to_dict()
        else:
            employee = self.employee

        kind = self.kind.value

        effective_date = self.effective_date.isoformat()

        status = self.status.value

        reason: None | str
        reason = self.reason

        changes = self.changes.to_dict()

        previous = self.previous.to_dict()

        successor_id: None | str
        if isinstance(self.successor_id, UUID):
            successor_id = str(self.successor_id)
        else:
            successor_id = self.successor_id

        successor: dict[str, Any] | None
        if isinstance(self.successor, Ref):
            successor = self.successor.to_dict()
        else:
            successor = self.successor

        handover = self.handover.to_dict()

        applied_at: None | str
        if isinstance(self.applied_at, datetime.datetime):
            applied_at = self.applied_at.isoformat()
        else:
            applied_at = self.applied_at

        recorded_by: None | str
        if isinstance(self.recorded_by, UUID):
            recorded_by = str(self.recorded_by)
        else:
            recorded_by = self.recorded_by

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "created_at": created_at,
                "updated_at": updated_at,
                "version": version,
                "employee_id": employee_id,
                "employee": employee,
                "kind": kind,
                "effective_date": effective_date,
                "status": status,
                "reason": reason,
                "changes": changes,
                "previous": previous,
                "successor_id": successor_id,
                "successor": successor,
                "handover": handover,
                "applied_at": applied_at,
                "recorded_by": recorded_by,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.ref import Ref  # noqa: PLC0415
        from ..models.staff_change_fields import StaffChangeFields  # noqa: PLC0415
        from ..models.staff_change_out_handover import StaffChangeOutHandover  # noqa: PLC0415

        d = dict(src_dict)
        id = UUID(d.pop("id"))

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        version = d.pop("version")

        employee_id = UUID(d.pop("employee_id"))

        def _parse_employee(data: object) -> None | Ref:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                employee_type_0 = Ref.from_dict(data)

                return employee_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Ref, data)

        employee = _parse_employee(d.pop("employee"))

        kind = StaffChangeKind(d.pop("kind"))

        effective_date = datetime.date.fromisoformat(d.pop("effective_date"))

        status = StaffChangeStatus(d.pop("status"))

        def _parse_reason(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        reason = _parse_reason(d.pop("reason"))

        changes = StaffChangeFields.from_dict(d.pop("changes"))

        previous = StaffChangeFields.from_dict(d.pop("previous"))

        def _parse_successor_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                successor_id_type_0 = UUID(data)

                return successor_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        successor_id = _parse_successor_id(d.pop("successor_id"))

        def _parse_successor(data: object) -> None | Ref:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                successor_type_0 = Ref.from_dict(data)

                return successor_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Ref, data)

        successor = _parse_successor(d.pop("successor"))

        handover = StaffChangeOutHandover.from_dict(d.pop("handover"))

        def _parse_applied_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                applied_at_type_0 = datetime.datetime.fromisoformat(data)

                return applied_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        applied_at = _parse_applied_at(d.pop("applied_at"))

        def _parse_recorded_by(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                recorded_by_type_0 = UUID(data)

                return recorded_by_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        recorded_by = _parse_recorded_by(d.pop("recorded_by"))

        staff_change_out = cls(
            id=id,
            created_at=created_at,
            updated_at=updated_at,
            version=version,
            employee_id=employee_id,
            employee=employee,
            kind=kind,
            effective_date=effective_date,
            status=status,
            reason=reason,
            changes=changes,
            previous=previous,
            successor_id=successor_id,
            successor=successor,
            handover=handover,
            applied_at=applied_at,
            recorded_by=recorded_by,
        )

        staff_change_out.additional_properties = d
        return staff_change_out

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
