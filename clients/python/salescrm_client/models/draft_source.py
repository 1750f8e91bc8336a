from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.draft_source_kind import DraftSourceKind

T = TypeVar("T", bound="DraftSource")


@_attrs_define
class DraftSource:
    """
    Attributes:
        kind (DraftSourceKind):
        id (UUID):
        at (datetime.datetime):
        text (str): One line, in the request's language.
    """

    kind: DraftSourceKind
    id: UUID
    at: datetime.datetime
    text: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        kind = self.kind.value

        id = str(self.id)

        at = self.at.isoformat()

        text = self.text

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "kind": kind,
                "id": id,
                "at": at,
                "text": text,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        kind = DraftSourceKind(d.pop("kind"))

        id = UUID(d.pop("id"))

        at = datetime.datetime.fromisoformat(d.pop("at"))

        text = d.pop("text")

        draft_source = cls(
            kind=kind,
            id=id,
            at=at,
            text=text,
        )

        draft_source.additional_properties = d
        return draft_source

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
