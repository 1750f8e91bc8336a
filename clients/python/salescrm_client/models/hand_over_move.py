from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.hand_over_move_resource import HandOverMoveResource

T = TypeVar("T", bound="HandOverMove")


@_attrs_define
class HandOverMove:
    """
    Attributes:
        resource (HandOverMoveResource):
        record_id (UUID):
        name (None | str):
        successor_id (None | UUID): Null: released to the public pool.
    """

    resource: HandOverMoveResource
    record_id: UUID
    name: None | str
    successor_id: None | UUID
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        resource = self.resource.value

        record_id = str(self.record_id)

        name: None | str
        name = self.name

        successor_id: None | str
        if isinstance(self.successor_id, UUID):
            successor_id = str(self.successor_id)
        else:
            successor_id = self.successor_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "resource": resource,
                "record_id": record_id,
                "name": name,
                "successor_id": successor_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        resource = HandOverMoveResource(d.pop("resource"))

        record_id = UUID(d.pop("record_id"))

        def _parse_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        name = _parse_name(d.pop("name"))

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

        hand_over_move = cls(
            resource=resource,
            record_id=record_id,
            name=name,
            successor_id=successor_id,
        )

        hand_over_move.additional_properties = d
        return hand_over_move

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
