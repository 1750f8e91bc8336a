from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.ref import Ref


T = TypeVar("T", bound="JournalReadOut")


@_attrs_define
class JournalReadOut:
    """
    Attributes:
        reader_id (UUID):
        reader (None | Ref): The employee named by the id beside it: id and name (null if none).
        read_at (datetime.datetime):
    """

    reader_id: UUID
    reader: None | Ref
    read_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.ref import Ref  # noqa: PLC0415

        reader_id = str(self.reader_id)

        reader: dict[str, Any] | None
        if isinstance(self.reader, Ref):
            reader = self.reader.to_dict()
        else:
            reader = self.reader

        read_at = self.read_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "reader_id": reader_id,
                "reader": reader,
                "read_at": read_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.ref import Ref  # noqa: PLC0415

        d = dict(src_dict)
        reader_id = UUID(d.pop("reader_id"))

        def _parse_reader(data: object) -> None | Ref:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                reader_type_0 = Ref.from_dict(data)

                return reader_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Ref, data)

        reader = _parse_reader(d.pop("reader"))

        read_at = datetime.datetime.fromisoformat(d.pop("read_at"))

        journal_read_out = cls(
            reader_id=reader_id,
            reader=reader,
            read_at=read_at,
        )

        journal_read_out.additional_properties = d
        return journal_read_out

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
