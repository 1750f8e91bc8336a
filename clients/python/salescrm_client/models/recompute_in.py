from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="RecomputeIn")


@_attrs_define
class RecomputeIn:
    """
    Attributes:
        day_from (datetime.date):
        day_to (datetime.date):
        employee_id (None | Unset | UUID): Default: everyone in scope.
    """

    day_from: datetime.date
    day_to: datetime.date
    employee_id: None | Unset | UUID = UNSET

    def to_dict(self) -> dict[str, Any]:
        day_from = self.day_from.isoformat()

        day_to = self.day_to.isoformat()

        employee_id: None | str | Unset
        if isinstance(self.employee_id, Unset):
            employee_id = UNSET
        elif isinstance(self.employee_id, UUID):
            employee_id = str(self.employee_id)
        else:
            employee_id = self.employee_id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "day_from": day_from,
                "day_to": day_to,
            }
        )
        if employee_id is not UNSET:
            field_dict["employee_id"] = employee_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        day_from = datetime.date.fromisoformat(d.pop("day_from"))

        day_to = datetime.date.fromisoformat(d.pop("day_to"))

        def _parse_employee_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                employee_id_type_0 = UUID(data)

                return employee_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        employee_id = _parse_employee_id(d.pop("employee_id", UNSET))

        recompute_in = cls(
            day_from=day_from,
            day_to=day_to,
            employee_id=employee_id,
        )

        return recompute_in
