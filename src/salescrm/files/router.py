"""``/api/v1/files``: upload (multipart), list one record's files, metadata, download, delete.

List, get, delete and restore come from the CRUD router factory; the upload and the download
are added here. Downloads are served as the sniffed type with ``nosniff``, as an attachment
(never rendered inline), with the content's SHA-256 as ETag.
"""

from __future__ import annotations

import uuid
from typing import Annotated, Any

from fastapi import File, Form, Header, Request, Response, UploadFile, status
from fastapi.responses import StreamingResponse

from salescrm.core.crud import CrudSpec, IdPath, crud_router
from salescrm.core.errors import error_responses
from salescrm.core.etag import etag, none_match
from salescrm.core.openapi import response_headers
from salescrm.core.schemas import enum_of
from salescrm.core.uow import CtxDep, writes_late
from salescrm.files.names import content_disposition
from salescrm.files.repository import AttachmentRepository
from salescrm.files.schemas import AttachmentListParams, AttachmentOut
from salescrm.files.service import AttachmentService, Upload
from salescrm.files.targets import TARGETS
from salescrm.platform.audit import register_scoped_audit

#: An attachment's audit entries are as visible as the attachment, that is, as its record.
register_scoped_audit("attachment", AttachmentRepository)

router = crud_router(
    CrudSpec(
        path="/files",
        name="files",
        tag="files",
        service=AttachmentService,
        read_schema=AttachmentOut,
        list_params=AttachmentListParams,
        singular="file",
        operations=frozenset({"list", "get", "delete", "restore"}),
    )
)


@router.post(
    "",
    name="files_upload",
    summary="Attach a file to a record (multipart: resource, record_id, file)",
    description="Needs the right to change the record. The content is recognised from its "
    "bytes: executables and scripts are refused (415), and so is content that contradicts the "
    "declared type or is not an accepted type (415); a file over the limit is 413. Accepted: "
    "JPEG, PNG, GIF, WebP, HEIC/HEIF images, PDF, Word/Excel/PowerPoint (OOXML), plain text "
    "and CSV. A `record_id` that does not exist or is outside the caller's data scope is a 422 "
    "naming it (`not_found`).",
    status_code=status.HTTP_201_CREATED,
    response_model=AttachmentOut,
    responses={
        201: {"headers": response_headers("Location", "ETag")},
        **error_responses(400, 401, 403, 413, 415, 422),
    },
)
@writes_late
async def upload_file(
    request: Request,
    response: Response,
    ctx: CtxDep,
    resource: Annotated[
        str,
        Form(
            max_length=50,
            description="The kind of record: " + ", ".join(sorted(TARGETS)),
            json_schema_extra=enum_of(lambda: TARGETS),
        ),
    ],
    record_id: Annotated[uuid.UUID, Form(description="The record's id.")],
    file: Annotated[UploadFile, File(description="The file; its name is kept for display only.")],
) -> Any:
    upload = Upload(
        resource=resource,
        record_id=record_id,
        filename=file.filename,
        declared_type=file.content_type,
        source=file.file,
    )
    attachment = await AttachmentService(ctx).upload(upload)
    response.headers["Location"] = f"{request.url.path}/{attachment.id}"
    response.headers["ETag"] = etag(attachment.version)
    return AttachmentOut.model_validate(attachment)


@router.get(
    "/{record_id}/content",
    name="files_content",
    summary="Download a file",
    description="Needs the right to read the record the file is attached to (its resource's "
    "`:read` permission; 404 outside the caller's data scope).",
    response_class=StreamingResponse,
    responses={
        200: {
            "content": {"application/octet-stream": {}},
            "description": "The content, as the type it was recognised as",
        },
        304: {"description": "Not modified"},
        **error_responses(401, 403, 404),
    },
)
async def download_file(
    record_id: IdPath,
    ctx: CtxDep,
    if_none_match: Annotated[str | None, Header(alias="If-None-Match")] = None,
) -> Response:
    service = AttachmentService(ctx)
    attachment = await service.get(record_id)
    tag = f'"{attachment.sha256}"'
    # Never stored by a browser or proxy: the middleware answers every authenticated request
    # with Cache-Control: no-store; the client revalidates with the ETag itself.
    headers = {"ETag": tag, "X-Content-Type-Options": "nosniff"}
    if none_match(if_none_match, tag):
        return Response(status_code=304, headers=headers)
    chunks = await service.content(attachment)
    headers["Content-Disposition"] = content_disposition(attachment.filename)
    headers["Content-Length"] = str(attachment.size)
    # Verbatim: Starlette would add "charset=utf-8" to text, and a GBK file is not UTF-8.
    headers["Content-Type"] = attachment.content_type
    return StreamingResponse(chunks, headers=headers)


routers = [router]
