from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.import_job_out_file_format import ImportJobOutFileFormat
from ..models.import_job_out_match_by_item import ImportJobOutMatchByItem
from ..models.import_job_out_on_duplicate import ImportJobOutOnDuplicate
from ..models.import_job_out_status import ImportJobOutStatus
from ..models.import_job_out_target import ImportJobOutTarget
from ..models.import_job_out_unknown_owner import ImportJobOutUnknownOwner

if TYPE_CHECKING:
    from ..models.import_job_out_mapping import ImportJobOutMapping
    from ..models.row_error import RowError


T = TypeVar("T", bound="ImportJobOut")


@_attrs_define
class ImportJobOut:
    """
    Attributes:
        id (UUID):
        created_at (datetime.datetime):
        updated_at (datetime.datetime):
        version (int): Incremented by every change; the ETag is this number.
        owner_id (None | UUID): Who uploaded the file.
        target (ImportJobOutTarget):
        status (ImportJobOutStatus): queued → running → succeeded | failed
        dry_run (bool):
        all_or_nothing (bool):
        filename (str):
        file_format (ImportJobOutFileFormat):
        mapping (ImportJobOutMapping): Column header → the field it fills.
        total_rows (int | None): Data rows in the file, once counted.
        processed_rows (int): Data rows checked so far.
        on_duplicate (ImportJobOutOnDuplicate): What a row matching an existing record did: reject (a row error), skip,
            fill_empty (fill the record's empty fields) or overwrite.
        match_by (list[ImportJobOutMatchByItem]): The keys rows were matched to existing records by, in priority order.
        unknown_owner (ImportJobOutUnknownOwner): What a row naming no known owner did: error, or pool (no owner).
        created_rows (int): Records written.
        updated_rows (int): Existing records updated (fill_empty, overwrite).
        skipped_rows (int): Rows matching an existing record, left alone (skip).
        error_count (int): Rows rejected (duplicates included).
        duplicate_count (int): Rows rejected as duplicates.
        errors (list[RowError]): The first 1000 problems, by row; every rejected row is in `GET
            /api/v1/imports/{id}/rejected`.
        failure (None | str): Why the job failed, if it did.
        started_at (datetime.datetime | None):
        finished_at (datetime.datetime | None):
    """

    id: UUID
    created_at: datetime.datetime
    updated_at: datetime.datetime
    version: int
    owner_id: None | UUID
    target: ImportJobOutTarget
    status: ImportJobOutStatus
    dry_run: bool
    all_or_nothing: bool
    filename: str
    file_format: ImportJobOutFileFormat
    mapping: ImportJobOutMapping
    total_rows: int | None
    processed_rows: int
    on_duplicate: ImportJobOutOnDuplicate
    match_by: list[ImportJobOutMatchByItem]
    unknown_owner: ImportJobOutUnknownOwner
    created_rows: int
    updated_rows: int
    skipped_rows: int
    error_count: int
    duplicate_count: int
    errors: list[RowError]
    failure: None | str
    started_at: datetime.datetime | None
    finished_at: datetime.datetime | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        version = self.version

        owner_id: None | str
        if isinstance(self.owner_id, UUID):
            owner_id = str(self.owner_id)
        else:
            owner_id = self.owner_id

        target = self.target.value

        status = self.status.value

        dry_run = self.dry_run

        all_or_nothing = self.all_or_nothing

        filename = self.filename

        file_format = self.file_format.value

        mapping = self.mapping.to_dict()

        total_rows: int | None
        total_rows = self.total_rows

        processed_rows = self.processed_rows

        on_duplicate = self.on_duplicate.value

        match_by = []
        for match_by_item_data in self.match_by:
            match_by_item = match_by_item_data.value
            match_by.append(match_by_item)

        unknown_owner = self.unknown_owner.value

        created_rows = self.created_rows

        updated_rows = self.updated_rows

        skipped_rows = self.skipped_rows

        error_count = self.error_count

        duplicate_count = self.duplicate_count

        errors = []
        for errors_item_data in self.errors:
            errors_item = errors_item_data.to_dict()
            errors.append(errors_item)

        failure: None | str
        failure = self.failure

        started_at: None | str
        if isinstance(self.started_at, datetime.datetime):
            started_at = self.started_at.isoformat()
        else:
            started_at = self.started_at

        finished_at: None | str
        if isinstance(self.finished_at, datetime.datetime):
            finished_at = self.finished_at.isoformat()
        else:
            finished_at = self.finished_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "created_at": created_at,
                "updated_at": updated_at,
                "version": version,
                "owner_id": owner_id,
                "target": target,
                "status": status,
                "dry_run": dry_run,
                "all_or_nothing": all_or_nothing,
                "filename": filename,
                "file_format": file_format,
                "mapping": mapping,
                "total_rows": total_rows,
                "processed_rows": processed_rows,
                "on_duplicate": on_duplicate,
                "match_by": match_by,
                "unknown_owner": unknown_owner,
                "created_rows": created_rows,
                "updated_rows": updated_rows,
                "skipped_rows": skipped_rows,
                "error_count": error_count,
                "duplicate_count": duplicate_count,
                "errors": errors,
                "failure": failure,
                "started_at": started_at,
                "finished_at": finished_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.import_job_out_mapping import ImportJobOutMapping  # noqa: PLC0415
        from ..models.row_error import RowError  # noqa: PLC0415

        d = dict(src_dict)
        id = UUID(d.pop("id"))

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        version = d.pop("version")

        def _parse_owner_id(data: object) -> None | UUID:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                owner_id_type_0 = UUID(data)

                return owner_id_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | UUID, data)

        owner_id = _parse_owner_id(d.pop("owner_id"))

        target = ImportJobOutTarget(d.pop("target"))

        status = ImportJobOutStatus(d.pop("status"))

        dry_run = d.pop("dry_run")

        all_or_nothing = d.pop("all_or_nothing")

        filename = d.pop("filename")

        file_format = ImportJobOutFileFormat(d.pop("file_format"))

        mapping = ImportJobOutMapping.from_dict(d.pop("mapping"))

        def _parse_total_rows(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        total_rows = _parse_total_rows(d.pop("total_rows"))

        processed_rows = d.pop("processed_rows")

        on_duplicate = ImportJobOutOnDuplicate(d.pop("on_duplicate"))

        match_by = []
        _match_by = d.pop("match_by")
        for match_by_item_data in _match_by:
            match_by_item = ImportJobOutMatchByItem(match_by_item_data)

            match_by.append(match_by_item)

        unknown_owner = ImportJobOutUnknownOwner(d.pop("unknown_owner"))

        created_rows = d.pop("created_rows")

        updated_rows = d.pop("updated_rows")

        skipped_rows = d.pop("skipped_rows")

        error_count = d.pop("error_count")

        duplicate_count = d.pop("duplicate_count")

        errors = []
        _errors = d.pop("errors")
        for errors_item_data in _errors:
            errors_item = RowError.from_dict(errors_item_data)

            errors.append(errors_item)

        def _parse_failure(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        failure = _parse_failure(d.pop("failure"))

        def _parse_started_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                started_at_type_0 = datetime.datetime.fromisoformat(data)

                return started_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        started_at = _parse_started_at(d.pop("started_at"))

        def _parse_finished_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                finished_at_type_0 = datetime.datetime.fromisoformat(data)

                return finished_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        finished_at = _parse_finished_at(d.pop("finished_at"))

        import_job_out = cls(
            id=id,
            created_at=created_at,
            updated_at=updated_at,
            version=version,
            owner_id=owner_id,
            target=target,
            status=status,
            dry_run=dry_run,
            all_or_nothing=all_or_nothing,
            filename=filename,
            file_format=file_format,
            mapping=mapping,
            total_rows=total_rows,
            processed_rows=processed_rows,
            on_duplicate=on_duplicate,
            match_by=match_by,
            unknown_owner=unknown_owner,
            created_rows=created_rows,
            updated_rows=updated_rows,
            skipped_rows=skipped_rows,
            error_count=error_count,
            duplicate_count=duplicate_count,
            errors=errors,
            failure=failure,
            started_at=started_at,
            finished_at=finished_at,
        )

        import_job_out.additional_properties = d
        return import_job_out

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
