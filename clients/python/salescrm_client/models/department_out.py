from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.department_kind import DepartmentKind

if TYPE_CHECKING:
    from ..models.ref import Ref


T = TypeVar("T", bound="DepartmentOut")


@_attrs_define
class DepartmentOut:
    """
    Attributes:
        id (UUID):
        created_at (datetime.datetime):
        updated_at (datetime.datetime):
        version (int): Incremented by every change; the ETag is this number.
        code (None | str):
        name (str):
        kind (DepartmentKind):
        parent_id (None | UUID):
        parent (None | Ref): The department named by the id beside it: id and name (null if none).
        head_id (None | UUID):
        head (None | Ref): The employee named by the id beside it: id and name (null if none).
        sort_order (int):
        description (None | str):
    """

    id: UUID
    created_at: datetime.datetime
    updated_at: datetime.datetime
    version: int
    code: None | str
    name: str
    kind: DepartmentKind
    parent_id: None | UUID
    parent: None | Ref
    head_id: None | UUID
    head: None | Ref
    sort_order: int
    description: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.ref import Ref  # noqa: PLC0415

        id = str(self.id)

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        version = self.version

        code: None | str
        code = self.code

        name = self.name

        kind = self.kind.value

        parent_id: None | str
        if isinstance(self.parent_id, UUID):
            parent_id = str(self.parent_id)
        else:
            parent_id = self.parent_id

        parent: dict[str, Any] | None
        if isinstance(self.parent, Ref):
            parent = self.parent.to_dict()
        else:
            parent = self.parent

        head_id: None | str
        if isinstance(self.head_id, UUID):
            head_id = str(self.head_id)
        else:
            head_id = self.head_id

        head: dict[str, Any] | None
        if isinstance(self.head, Ref):
            head = self.head.to_dict()
        else:
            head = self.head

        sort_order = self.sort_order

        description: None | str
        description = self.description

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "created_at": created_at,
                "updated_at": updated_at,
                "version": version,
                "code": code,
                "name": name,
                "kind": kind,
                "parent_id": parent_id,
                "parent": parent,
                "head_id": head_id,
                "head": head,
                "sort_order": sort_order,
                "description": description,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.ref import Ref  # noqa: PLC0415

        d = dict(src_dict)
        id = UUID(d.pop("id"))

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        version = d.pop("version")

        def _parse_code(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        code = _parse_code(d.pop("code"))

        name = d.pop("name")

        kind = DepartmentKind(d.pop("kind"))

        def _parse_parent_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                parent_id_type_0 = UUID(data)

                return parent_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        parent_id = _parse_parent_id(d.pop("parent_id"))

        def _parse_parent(data: object) -> None | Ref:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                parent_type_0 = Ref.from_dict(data)

                return parent_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Ref, data)

        parent = _parse_parent(d.pop("parent"))

        def _parse_head_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                head_id_type_0 = UUID(data)

                return head_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        head_id = _parse_head_id(d.pop("head_id"))

        def _parse_head(data: object) -> None | Ref:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                head_type_0 = Ref.from_dict(data)

                return head_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Ref, data)

        head = _parse_head(d.pop("head"))

        sort_order = d.pop("sort_order")

        def _parse_description(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        description = _parse_description(d.pop("description"))

        department_out = cls(
            id=id,
            created_at=created_at,
            updated_at=updated_at,
            version=version,
            code=code,
            name=name,
            kind=kind,
            parent_id=parent_id,
            parent=parent,
            head_id=head_id,
            head=head,
            sort_order=sort_order,
            description=description,
        )

        department_out.additional_properties = d
        return department_out

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
