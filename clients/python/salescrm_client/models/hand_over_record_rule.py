from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define

from ..models.hand_over_record_rule_resource import HandOverRecordRuleResource
from ..types import UNSET, Unset

T = TypeVar("T", bound="HandOverRecordRule")


@_attrs_define
class HandOverRecordRule:
    """Where one record goes, overriding its resource's rule and the default successor.

    Attributes:
        resource (HandOverRecordRuleResource):
        record_id (UUID):
        successor_id (None | Unset | UUID): An active employee.
        to_pool (bool | Unset): Customers only: release them to the public pool. Default: False.
    """

    resource: HandOverRecordRuleResource
    record_id: UUID
    successor_id: None | Unset | UUID = UNSET
    to_pool: bool | Unset = False

    def to_dict(self) -> dict[str, Any]:
        resource = self.resource.value

        record_id = str(self.record_id)

        successor_id: None | str | Unset
        if isinstance(self.successor_id, Unset):
            successor_id = UNSET
        elif isinstance(self.successor_id, UUID):
            successor_id = str(self.successor_id)
        else:
            successor_id = self.successor_id

        to_pool = self.to_pool

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "resource": resource,
                "record_id": record_id,
            }
        )
        if successor_id is not UNSET:
            field_dict["successor_id"] = successor_id
        if to_pool is not UNSET:
            field_dict["to_pool"] = to_pool

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        resource = HandOverRecordRuleResource(d.pop("resource"))

        record_id = UUID(d.pop("record_id"))

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

        to_pool = d.pop("to_pool", UNSET)

        hand_over_record_rule = cls(
            resource=resource,
            record_id=record_id,
            successor_id=successor_id,
            to_pool=to_pool,
        )

        return hand_over_record_rule
