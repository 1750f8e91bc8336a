"""What clients see of an attachment, and the list's query parameters."""

from __future__ import annotations

import uuid
from typing import Annotated, ClassVar

from pydantic import Field

from salescrm.core.pagination import ListParams
from salescrm.core.schemas import RecordOut, enum_of


class AttachmentOut(RecordOut):
    resource: str = Field(examples=["customer"])
    record_id: uuid.UUID
    filename: str = Field(description="The uploader's name, without any path.")
    content_type: str = Field(
        description="The type the content was recognised as (what downloads are served as).",
        examples=["application/pdf"],
    )
    size: int = Field(description="Bytes.")
    sha256: str = Field(description="Hex digest of the content; the download's ETag.")
    uploaded_by_id: uuid.UUID | None


def _targets() -> list[str]:
    from salescrm.files.targets import TARGETS  # the registry imports every context

    return list(TARGETS)


#: The kinds of record files can be attached to (``files.targets.TARGETS``).
Target = Annotated[
    str,
    Field(
        max_length=50,
        description="The kind of record (customer, contact …).",
        json_schema_extra=enum_of(_targets),
    ),
]


class AttachmentListParams(ListParams):
    """One record's files: both parameters are required, and name the list's parent."""

    parent_fields: ClassVar[tuple[str, ...]] = ("resource", "record_id")

    resource: Target
    record_id: uuid.UUID = Field(description="The record's id.")
