from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.membership_holding import MembershipHolding
    from ..models.ref import Ref
    from ..models.resource_holdings import ResourceHoldings


T = TypeVar("T", bound="Holdings")


@_attrs_define
class Holdings:
    """
    Attributes:
        employee_id (UUID):
        employee (None | Ref): The employee named by the id beside it: id and name (null if none).
        resources (list[ResourceHoldings]): Every resource an employee can own, also those with none.
        memberships (list[MembershipHolding]):
    """

    employee_id: UUID
    employee: None | Ref
    resources: list[ResourceHoldings]
    memberships: list[MembershipHolding]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.ref import Ref  # noqa: PLC0415

        employee_id = str(self.employee_id)

        employee: dict[str, Any] | None
        if isinstance(self.employee, Ref):
            employee = self.employee.to_dict()
        else:
            employee = self.employee

        resources = []
        for resources_item_data in self.resources:
            resources_item = resources_item_data.to_dict()
            resources.append(resources_item)

        memberships = []
        for memberships_item_data in self.memberships:
            memberships_item = memberships_item_data.to_dict()
            memberships.append(memberships_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "employee_id": employee_id,
                "employee": employee,
                "resources": resources,
                "memberships": memberships,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.membership_holding import MembershipHolding  # noqa: PLC0415
        from ..models.ref import Ref  # noqa: PLC0415
        from ..models.resource_holdings import ResourceHoldings  # noqa: PLC0415

        d = dict(src_dict)
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

        resources = []
        _resources = d.pop("resources")
        for resources_item_data in _resources:
            resources_item = ResourceHoldings.from_dict(resources_item_data)

            resources.append(resources_item)

        memberships = []
        _memberships = d.pop("memberships")
        for memberships_item_data in _memberships:
            memberships_item = MembershipHolding.from_dict(memberships_item_data)

            memberships.append(memberships_item)

        holdings = cls(
            employee_id=employee_id,
            employee=employee,
            resources=resources,
            memberships=memberships,
        )

        holdings.additional_properties = d
        return holdings

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
