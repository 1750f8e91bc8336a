from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="AccountCreate")


@_attrs_define
class AccountCreate:
    """
    Attributes:
        username (str):
        password (str):
        enabled (bool | Unset):  Default: True.
    """

    username: str
    password: str
    enabled: bool | Unset = True

    def to_dict(self) -> dict[str, Any]:
        username = self.username

        password = self.password

        enabled = self.enabled

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "username": username,
                "password": password,
            }
        )
        if enabled is not UNSET:
            field_dict["enabled"] = enabled

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        username = d.pop("username")

        password = d.pop("password")

        enabled = d.pop("enabled", UNSET)

        account_create = cls(
            username=username,
            password=password,
            enabled=enabled,
        )

        return account_create
