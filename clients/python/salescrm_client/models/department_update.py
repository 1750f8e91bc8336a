from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define

from ..models.department_kind import DepartmentKind
from ..types import UNSET, Unset

T = TypeVar("T", bound="DepartmentUpdate")


@_attrs_define
class DepartmentUpdate:
    """
    Attributes:
        code (None | str | Unset):
        name (str | Unset):
        kind (DepartmentKind | Unset):
        parent_id (None | Unset | UUID):
        head_id (None | Unset | UUID):
        sort_order (int | Unset):
        description (None | str | Unset):
    """

    code: None | str | Unset = UNSET
    name: str | Unset = UNSET
    kind: DepartmentKind | Unset = UNSET
    parent_id: None | Unset | UUID = UNSET
    head_id: None | Unset | UUID = UNSET
    sort_order: int | Unset = UNSET
    description: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        code: None | str | Unset
        if isinstance(self.code, Unset):
            code = UNSET
        else:
            code = self.code

        name = self.name

        kind: str | Unset = UNSET
        if not isinstance(self.kind, Unset):
            kind = self.kind.value

        parent_id: None | str | Unset
        if isinstance(self.parent_id, Unset):
            parent_id = UNSET
        elif isinstance(self.parent_id, UUID):
            parent_id = str(self.parent_id)
        else:
            parent_id = self.parent_id

        head_id: None | str | Unset
        if isinstance(self.head_id, Unset):
            head_id = UNSET
        elif isinstance(self.head_id, UUID):
            head_id = str(self.head_id)
        else:
            head_id = self.head_id

        sort_order = self.sort_order

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if code is not UNSET:
            field_dict["code"] = code
        if name is not UNSET:
            field_dict["name"] = name
        if kind is not UNSET:
            field_dict["kind"] = kind
        if parent_id is not UNSET:
            field_dict["parent_id"] = parent_id
        if head_id is not UNSET:
            field_dict["head_id"] = head_id
        if sort_order is not UNSET:
            field_dict["sort_order"] = sort_order
        if description is not UNSET:
            field_dict["description"] = description

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_code(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        code = _parse_code(d.pop("code", UNSET))

        name = d.pop("name", UNSET)

        _kind = d.pop("kind", UNSET)
        kind: DepartmentKind | Unset
        if isinstance(_kind, Unset):
            kind = UNSET
        else:
            kind = DepartmentKind(_kind)

        def _parse_parent_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                parent_id_type_0 = UUID(data)

                return parent_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        parent_id = _parse_parent_id(d.pop("parent_id", UNSET))

        def _parse_head_id(data: object) -> None | Unset | UUID:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                head_id_type_0 = UUID(data)

                return head_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UUID, data)

        head_id = _parse_head_id(d.pop("head_id", UNSET))

        sort_order = d.pop("sort_order", UNSET)

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.pop("description", UNSET))

        department_update = cls(
            code=code,
            name=name,
            kind=kind,
            parent_id=parent_id,
            head_id=head_id,
            sort_order=sort_order,
            description=description,
        )

        return department_update
