from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.share_access import ShareAccess
from ..types import UNSET, Unset

T = TypeVar("T", bound="MemberPut")


@_attrs_define
class MemberPut:
    """A customer's collaborator: what they may do with the record.

    Attributes:
        access (ShareAccess | Unset):
    """

    access: ShareAccess | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        access: str | Unset = UNSET
        if not isinstance(self.access, Unset):
            access = self.access.value

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if access is not UNSET:
            field_dict["access"] = access

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _access = d.pop("access", UNSET)
        access: ShareAccess | Unset
        if isinstance(_access, Unset):
            access = UNSET
        else:
            access = ShareAccess(_access)

        member_put = cls(
            access=access,
        )

        return member_put
