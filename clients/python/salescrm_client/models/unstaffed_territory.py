from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.ref import Ref


T = TypeVar("T", bound="UnstaffedTerritory")


@_attrs_define
class UnstaffedTerritory:
    """
    Attributes:
        territory_id (UUID):
        territory (None | Ref): The territory named by the id beside it: id and name (null if none).
    """

    territory_id: UUID
    territory: None | Ref
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.ref import Ref  # noqa: PLC0415

        territory_id = str(self.territory_id)

        territory: dict[str, Any] | None
        if isinstance(self.territory, Ref):
            territory = self.territory.to_dict()
        else:
            territory = self.territory

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "territory_id": territory_id,
                "territory": territory,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.ref import Ref  # noqa: PLC0415

        d = dict(src_dict)
        territory_id = UUID(d.pop("territory_id"))

        def _parse_territory(data: object) -> None | Ref:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                territory_type_0 = Ref.from_dict(data)

                return territory_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Ref, data)

        territory = _parse_territory(d.pop("territory"))

        unstaffed_territory = cls(
            territory_id=territory_id,
            territory=territory,
        )

        unstaffed_territory.additional_properties = d
        return unstaffed_territory

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
