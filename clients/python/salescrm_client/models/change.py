from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.operation import Operation

if TYPE_CHECKING:
    from ..models.change_data_type_0 import ChangeDataType0


T = TypeVar("T", bound="Change")


@_attrs_define
class Change:
    """
    Attributes:
        resource (str):
        id (UUID):
        op (Operation):
        version (int | None): The record's version (its ETag) for an upsert.
        data (ChangeDataType0 | None): The record as `GET /api/v1/<resource>/{id}` shows it to a reader without
            restricted permissions, without the name summaries beside its ids (`owner` beside `owner_id`: a stored name
            would go stale); null for a deletion.
    """

    resource: str
    id: UUID
    op: Operation
    version: int | None
    data: ChangeDataType0 | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.change_data_type_0 import ChangeDataType0  # noqa: PLC0415

        resource = self.resource

        id = str(self.id)

        op = self.op.value

        version: int | None
        version = self.version

        data: dict[str, Any] | None
        if isinstance(self.data, ChangeDataType0):
            data = self.data.to_dict()
        else:
            data = self.data

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "resource": resource,
                "id": id,
                "op": op,
                "version": version,
                "data": data,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.change_data_type_0 import ChangeDataType0  # noqa: PLC0415

        d = dict(src_dict)
        resource = d.pop("resource")

        id = UUID(d.pop("id"))

        op = Operation(d.pop("op"))

        def _parse_version(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        version = _parse_version(d.pop("version"))

        def _parse_data(data: object) -> ChangeDataType0 | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                data_type_0 = ChangeDataType0.from_dict(data)

                return data_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ChangeDataType0 | None, data)

        data = _parse_data(d.pop("data"))

        change = cls(
            resource=resource,
            id=id,
            op=op,
            version=version,
            data=data,
        )

        change.additional_properties = d
        return change

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
