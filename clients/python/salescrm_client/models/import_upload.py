from __future__ import annotations

import json
from collections.abc import Mapping
from io import BytesIO
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from .. import types
from ..models.import_upload_match_by_item import ImportUploadMatchByItem
from ..models.import_upload_on_duplicate import ImportUploadOnDuplicate
from ..models.import_upload_target import ImportUploadTarget
from ..models.import_upload_unknown_owner import ImportUploadUnknownOwner
from ..types import UNSET, File, Unset

if TYPE_CHECKING:
    from ..models.import_upload_mapping import ImportUploadMapping


T = TypeVar("T", bound="ImportUpload")


@_attrs_define
class ImportUpload:
    """
    Attributes:
        file (File): A CSV (UTF-8, UTF-8 with BOM, GBK) or XLSX file.
        target (ImportUploadTarget): What the rows are.
        dry_run (bool | Unset): Check every row, write nothing. Default: False.
        on_duplicate (ImportUploadOnDuplicate | Unset): A row matching an existing record (by `match_by`): reject it (a
            row error, the default), skip it, fill the record's empty fields (fill_empty) or overwrite its fields with the
            row's non-blank cells. Updates follow the rules of PATCH (scope, validation, audit, events). Default:
            ImportUploadOnDuplicate.REJECT.
        match_by (list[ImportUploadMatchByItem] | Unset): The keys rows are matched by, in priority order (repeat the
            field): customers credit_code, name, phone (default: all three, in that order).
        unknown_owner (ImportUploadUnknownOwner | Unset): A row whose owner (负责人) names nobody: a row error (error), or
            the record goes to the public pool (pool; needs <resource>:assign). Default: ImportUploadUnknownOwner.ERROR.
        all_or_nothing (bool | Unset): Write nothing if any row is rejected. Default: False.
        mapping (ImportUploadMapping | Unset):
    """

    file: File
    target: ImportUploadTarget
    dry_run: bool | Unset = False
    on_duplicate: ImportUploadOnDuplicate | Unset = ImportUploadOnDuplicate.REJECT
    match_by: list[ImportUploadMatchByItem] | Unset = UNSET
    unknown_owner: ImportUploadUnknownOwner | Unset = ImportUploadUnknownOwner.ERROR
    all_or_nothing: bool | Unset = False
    mapping: ImportUploadMapping | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        file = self.file.to_tuple()

        target = self.target.value

        dry_run = self.dry_run

        on_duplicate: str | Unset = UNSET
        if not isinstance(self.on_duplicate, Unset):
            on_duplicate = self.on_duplicate.value

        match_by: list[str] | Unset = UNSET
        if not isinstance(self.match_by, Unset):
            match_by = []
            for match_by_item_data in self.match_by:
                match_by_item = match_by_item_data.value
                match_by.append(match_by_item)

        unknown_owner: str | Unset = UNSET
        if not isinstance(self.unknown_owner, Unset):
            unknown_owner = self.unknown_owner.value

        all_or_nothing = self.all_or_nothing

        mapping: dict[str, Any] | Unset = UNSET
        if not isinstance(self.mapping, Unset):
            mapping = self.mapping.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "file": file,
                "target": target,
            }
        )
        if dry_run is not UNSET:
            field_dict["dry_run"] = dry_run
        if on_duplicate is not UNSET:
            field_dict["on_duplicate"] = on_duplicate
        if match_by is not UNSET:
            field_dict["match_by"] = match_by
        if unknown_owner is not UNSET:
            field_dict["unknown_owner"] = unknown_owner
        if all_or_nothing is not UNSET:
            field_dict["all_or_nothing"] = all_or_nothing
        if mapping is not UNSET:
            field_dict["mapping"] = mapping

        return field_dict

    def to_multipart(self) -> types.RequestFiles:
        files: types.RequestFiles = []

        files.append(("file", self.file.to_tuple()))

        files.append(("target", (None, str(self.target.value).encode(), "text/plain")))

        if not isinstance(self.dry_run, Unset):
            files.append(("dry_run", (None, str(self.dry_run).encode(), "text/plain")))

        if not isinstance(self.on_duplicate, Unset):
            files.append(("on_duplicate", (None, str(self.on_duplicate.value).encode(), "text/plain")))

        if not isinstance(self.match_by, Unset):
            for match_by_item_element in self.match_by:
                files.append(("match_by", (None, str(match_by_item_element.value).encode(), "text/plain")))

        if not isinstance(self.unknown_owner, Unset):
            files.append(("unknown_owner", (None, str(self.unknown_owner.value).encode(), "text/plain")))

        if not isinstance(self.all_or_nothing, Unset):
            files.append(("all_or_nothing", (None, str(self.all_or_nothing).encode(), "text/plain")))

        if not isinstance(self.mapping, Unset):
            files.append(("mapping", (None, json.dumps(self.mapping.to_dict()).encode(), "application/json")))

        for prop_name, prop in self.additional_properties.items():
            files.append((prop_name, (None, str(prop).encode(), "text/plain")))

        return files

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.import_upload_mapping import ImportUploadMapping  # noqa: PLC0415

        d = dict(src_dict)
        file = File(payload=BytesIO(d.pop("file")))

        target = ImportUploadTarget(d.pop("target"))

        dry_run = d.pop("dry_run", UNSET)

        _on_duplicate = d.pop("on_duplicate", UNSET)
        on_duplicate: ImportUploadOnDuplicate | Unset
        if isinstance(_on_duplicate, Unset):
            on_duplicate = UNSET
        else:
            on_duplicate = ImportUploadOnDuplicate(_on_duplicate)

        _match_by = d.pop("match_by", UNSET)
        match_by: list[ImportUploadMatchByItem] | Unset = UNSET
        if _match_by is not UNSET:
            match_by = []
            for match_by_item_data in _match_by:
                match_by_item = ImportUploadMatchByItem(match_by_item_data)

                match_by.append(match_by_item)

        _unknown_owner = d.pop("unknown_owner", UNSET)
        unknown_owner: ImportUploadUnknownOwner | Unset
        if isinstance(_unknown_owner, Unset):
            unknown_owner = UNSET
        else:
            unknown_owner = ImportUploadUnknownOwner(_unknown_owner)

        all_or_nothing = d.pop("all_or_nothing", UNSET)

        _mapping = d.pop("mapping", UNSET)
        mapping: ImportUploadMapping | Unset
        if isinstance(_mapping, Unset):
            mapping = UNSET
        else:
            mapping = ImportUploadMapping.from_dict(_mapping)

        import_upload = cls(
            file=file,
            target=target,
            dry_run=dry_run,
            on_duplicate=on_duplicate,
            match_by=match_by,
            unknown_owner=unknown_owner,
            all_or_nothing=all_or_nothing,
            mapping=mapping,
        )

        import_upload.additional_properties = d
        return import_upload

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
