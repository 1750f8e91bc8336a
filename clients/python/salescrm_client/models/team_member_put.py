from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.share_access import ShareAccess
from ..types import UNSET, Unset

T = TypeVar("T", bound="TeamMemberPut")


@_attrs_define
class TeamMemberPut:
    """A deal-team member: their part in the deal and what they may do with it.

    Attributes:
        role (str):
        access (ShareAccess | Unset):
    """

    role: str
    access: ShareAccess | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        role = self.role

        access: str | Unset = UNSET
        if not isinstance(self.access, Unset):
            access = self.access.value

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "role": role,
            }
        )
        if access is not UNSET:
            field_dict["access"] = access

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        role = d.pop("role")

        _access = d.pop("access", UNSET)
        access: ShareAccess | Unset
        if isinstance(_access, Unset):
            access = UNSET
        else:
            access = ShareAccess(_access)

        team_member_put = cls(
            role=role,
            access=access,
        )

        return team_member_put
