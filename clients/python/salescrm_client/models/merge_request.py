from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define

T = TypeVar("T", bound="MergeRequest")


@_attrs_define
class MergeRequest:
    """
    Attributes:
        source_id (UUID): The customer folded into this one; it is deleted afterwards.
    """

    source_id: UUID

    def to_dict(self) -> dict[str, Any]:
        source_id = str(self.source_id)

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "source_id": source_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        source_id = UUID(d.pop("source_id"))

        merge_request = cls(
            source_id=source_id,
        )

        return merge_request
