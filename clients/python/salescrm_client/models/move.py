from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.ref import Ref


T = TypeVar("T", bound="Move")


@_attrs_define
class Move:
    """
    Attributes:
        from_territory_id (None | UUID):
        from_territory (None | Ref): The territory named by the id beside it: id and name (null if none).
        to_territory_id (None | UUID):
        to_territory (None | Ref): The territory named by the id beside it: id and name (null if none).
        count (int):
    """

    from_territory_id: None | UUID
    from_territory: None | Ref
    to_territory_id: None | UUID
    to_territory: None | Ref
    count: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.ref import Ref  # noqa: PLC0415

        from_territory_id: None | str
        if isinstance(self.from_territory_id, UUID):
            from_territory_id = str(self.from_territory_id)
        else:
            from_territory_id = self.from_territory_id

        from_territory: dict[str, Any] | None
        if isinstance(self.from_territory, Ref):
            from_territory = self.from_territory.to_dict()
        else:
            from_territory = self.from_territory

        to_territory_id: None | str
        if isinstance(self.to_territory_id, UUID):
            to_territory_id = str(self.to_territory_id)
        else:
            to_territory_id = self.to_territory_id

        to_territory: dict[str, Any] | None
        if isinstance(self.to_territory, Ref):
            to_territory = self.to_territory.to_dict()
        else:
            to_territory = self.to_territory

        count = self.count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "from_territory_id": from_territory_id,
                "from_territory": from_territory,
                "to_territory_id": to_territory_id,
                "to_territory": to_territory,
                "count": count,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.ref import Ref  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_from_territory_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                from_territory_id_type_0 = UUID(data)

                return from_territory_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        from_territory_id = _parse_from_territory_id(d.pop("from_territory_id"))

        def _parse_from_territory(data: object) -> None | Ref:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                from_territory_type_0 = Ref.from_dict(data)

                return from_territory_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Ref, data)

        from_territory = _parse_from_territory(d.pop("from_territory"))

        def _parse_to_territory_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                to_territory_id_type_0 = UUID(data)

                return to_territory_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        to_territory_id = _parse_to_territory_id(d.pop("to_territory_id"))

        def _parse_to_territory(data: object) -> None | Ref:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                to_territory_type_0 = Ref.from_dict(data)

                return to_territory_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Ref, data)

        to_territory = _parse_to_territory(d.pop("to_territory"))

        count = d.pop("count")

        move = cls(
            from_territory_id=from_territory_id,
            from_territory=from_territory,
            to_territory_id=to_territory_id,
            to_territory=to_territory,
            count=count,
        )

        move.additional_properties = d
        return move

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
