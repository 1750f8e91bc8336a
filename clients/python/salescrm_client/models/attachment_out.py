from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="AttachmentOut")


@_attrs_define
class AttachmentOut:
    """
    Attributes:
        id (UUID):
        created_at (datetime.datetime):
        updated_at (datetime.datetime):
        version (int): Incremented by every change; the ETag is this number.
        resource (str):
        record_id (UUID):
        filename (str): The uploader's name, without any path.
        content_type (str): The type the content was recognised as (what downloads are served as).
        size (int): Bytes.
        sha256 (str): Hex digest of the content; the download's ETag.
        uploaded_by_id (None | UUID):
    """

    id: UUID
    created_at: datetime.datetime
    updated_at: datetime.datetime
    version: int
    resource: str
    record_id: UUID
    filename: str
    content_type: str
    size: int
    sha256: str
    uploaded_by_id: None | UUID
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        version = self.version

        resource = self.resource

        record_id = str(self.record_id)

        filename = self.filename

        content_type = self.content_type

        size = self.size

        sha256 = self.sha256

        uploaded_by_id: None | str
        if isinstance(self.uploaded_by_id, UUID):
            uploaded_by_id = str(self.uploaded_by_id)
        else:
            uploaded_by_id = self.uploaded_by_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "created_at": created_at,
                "updated_at": updated_at,
                "version": version,
                "resource": resource,
                "record_id": record_id,
                "filename": filename,
                "content_type": content_type,
                "size": size,
                "sha256": sha256,
                "uploaded_by_id": uploaded_by_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = UUID(d.pop("id"))

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        version = d.pop("version")

        resource = d.pop("resource")

        record_id = UUID(d.pop("record_id"))

        filename = d.pop("filename")

        content_type = d.pop("content_type")

        size = d.pop("size")

        sha256 = d.pop("sha256")

        def _parse_uploaded_by_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                uploaded_by_id_type_0 = UUID(data)

                return uploaded_by_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        uploaded_by_id = _parse_uploaded_by_id(d.pop("uploaded_by_id"))

        attachment_out = cls(
            id=id,
            created_at=created_at,
            updated_at=updated_at,
            version=version,
            resource=resource,
            record_id=record_id,
            filename=filename,
            content_type=content_type,
            size=size,
            sha256=sha256,
            uploaded_by_id=uploaded_by_id,
        )

        attachment_out.additional_properties = d
        return attachment_out

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
