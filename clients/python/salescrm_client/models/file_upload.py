from __future__ import annotations

from collections.abc import Mapping
from io import BytesIO
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..models.file_upload_resource import FileUploadResource
from ..types import File

T = TypeVar("T", bound="FileUpload")


@_attrs_define
class FileUpload:
    """
    Attributes:
        resource (FileUploadResource): The kind of record: activity, contact, contract, customer, opportunity, task,
            visit
        record_id (UUID): The record's id.
        file (File): The file; its name is kept for display only.
    """

    resource: FileUploadResource
    record_id: UUID
    file: File
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        resource = self.resource.value

        record_id = str(self.record_id)

        file = self.file.to_tuple()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "resource": resource,
                "record_id": record_id,
                "file": file,
            }
        )

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        files.append(("resource", (None, str(self.resource.value).encode(), "text/plain")))

        files.append(("record_id", (None, str(self.record_id), "text/plain")))

        files.append(("file", self.file.to_tuple()))

        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, str(prop).encode(), "text/plain")))

        return files

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        resource = FileUploadResource(d.pop("resource"))

        record_id = UUID(d.pop("record_id"))

        file = File(payload=BytesIO(d.pop("file")))

        file_upload = cls(
            resource=resource,
            record_id=record_id,
            file=file,
        )

        file_upload.additional_properties = d
        return file_upload

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
