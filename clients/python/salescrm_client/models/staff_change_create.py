from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define

from ..models.employment_status import EmploymentStatus
from ..models.staff_change_kind import StaffChangeKind
from ..types import UNSET, Unset

T = TypeVar("T", bound="StaffChangeCreate")


@_attrs_define
class StaffChangeCreate:
    """
    Attributes:
        kind (StaffChangeKind):
        effective_date (datetime.date | None | Unset): Defaults to today; later dates wait.
        department_id (None | Unset | UUID):
        manager_id (None | Unset | UUID):
        position_id (None | Unset | UUID):
        employment_status (EmploymentStatus | None | Unset):
        successor_id (None | Unset | UUID): Resignation: who receives the leaver's records and reports.
        reason (None | str | Unset):
    """

    kind: StaffChangeKind
    effective_date: datetime.date | None | Unset = UNSET
    department_id: None | Unset | UUID = UNSET
    manager_id: None | Unset | UUID = UNSET
    position_id: None | Unset | UUID = UNSET
    employment_status: EmploymentStatus | None | Unset = UNSET
    successor_id: None | Unset | UUID = UNSET
    reason: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        kind = self.kind.value

        effective_date: None | str | Unset
        if isinstance(self.effective_date, Unset):
            effective_date = UNSET
        elif isinstance(self.effective_date, datetime.date):
            effective_date = self.effective_date.isoformat()
        else:
            effective_date = self.effective_date

        department_id: None | str | Unset
        if isinstance(self.department_id, Unset):
            department_id = UNSET
        elif isinstance(self.department_id, UUID):
            department_id = str(self.department_id)
        else:
            department_id = self.department_id

        manager_id: None | str | Unset
        if isinstance(self.manager_id, Unset):
            manager_id = UNSET
        elif isinstance(self.manager_id, UUID):
            manager_id = str(self.manager_id)
        else:
            manager_id = self.manager_id

        position_id: None | str | Unset
        if isinstance(self.position_id, Unset):
            position_id = UNSET
        elif isinstance(self.position_id, UUID):
            position_id = str(self.position_id)
        else:
            position_id = self.position_id

        employment_status: None | str | Unset
        if isinstance(self.employment_status, Unset):
            employment_status = UNSET
        elif isinstance(self.employment_status, EmploymentStatus):
            employment_status = self.employment_status.value
        else:
            employment_status = self.employment_status

        successor_id: None | str | Unset
        if isinstance(self.successor_id, Unset):
            successor_id = UNSET
        elif isinstance(self.successor_id, UUID):
            successor_id = str(self.successor_id)
        else:
            successor_id = self.successor_id

        reason: None | str | Unset
        if isinstance(self.reason, Unset):
            reason = UNSET
        else:
            reason = self.reason

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "kind": kind,
            }
        )
        if effective_date is not UNSET:
            field_dict["effective_date"] = effective_date
        if department_id is not UNSET:
            field_dict["department_id"] = department_id
        if manager_id is not UNSET:
            field_dict["manager_id"] = manager_id
        if position_id is not UNSET:
            field_dict["position_id"] = position_id
        if employment_status is not UNSET:
            field_dict["employment_status"] = employment_status
        if successor_id is not UNSET:
            field_dict["successor_id"] = successor_id
        if reason is not UNSET:
            field_dict["reason"] = reason

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        kind = StaffChangeKind(d.pop("kind"))

        def _parse_effective_date(data: object) -> datetime.date | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                effective_date_type_0 = datetime.date.fromisoformat(data)

                return effective_date_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.date | None | Unset, data)

        effective_date = _parse_effective_date(d.pop("effective_date", UNSET))

        def _parse_department_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                department_id_type_0 = UUID(data)

                return department_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        department_id = _parse_department_id(d.pop("department_id", UNSET))

        def _parse_manager_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                manager_id_type_0 = UUID(data)

                return manager_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        manager_id = _parse_manager_id(d.pop("manager_id", UNSET))

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

        def _parse_employment_status(data: object) -> EmploymentStatus | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                employment_status_type_0 = EmploymentStatus(data)

                return employment_status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(EmploymentStatus | None | Unset, data)

        employment_status = _parse_employment_status(d.pop("employment_status", UNSET))

        def _parse_successor_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                successor_id_type_0 = UUID(data)

                return successor_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        successor_id = _parse_successor_id(d.pop("successor_id", UNSET))

        def _parse_reason(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        reason = _parse_reason(d.pop("reason", UNSET))

        staff_change_create = cls(
            kind=kind,
            effective_date=effective_date,
            department_id=department_id,
            manager_id=manager_id,
            position_id=position_id,
            employment_status=employment_status,
            successor_id=successor_id,
            reason=reason,
        )

        return staff_change_create
