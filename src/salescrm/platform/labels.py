"""The names of every enumeration the API exposes, in English and Chinese: ``/api/v1/labels``.

Clients show a stage, a source or a payment method by its name rather than its code; this one
document gives them all, so no client hard-codes them. Each enumeration registers its names
next to its definition (``i18n.register_enum``), which refuses a value without a name, and
``tests/platform/test_labels.py`` walks the OpenAPI document: every ``enum`` component must be
here, value for value, under its component name.

The catalogue changes only with a release: its ``ETag`` is a digest of the content, and a
client that keeps its copy revalidates with ``If-None-Match`` (304). Like every answer to a
request with credentials it is ``Cache-Control: no-store`` for browsers and proxies.
"""

from __future__ import annotations

import hashlib
from typing import Any

from fastapi import APIRouter, Response
from pydantic import BaseModel, Field

from salescrm.core import i18n
from salescrm.core.crud import CtxDep, IfNoneMatch
from salescrm.core.errors import error_responses
from salescrm.core.etag import none_match
from salescrm.core.openapi import response_headers
from salescrm.core.uow import Ctx, UnitOfWorkRoute


# ----- schemas -------------------------------------------------------------------------------
class EnumValueLabel(BaseModel):
    value: str = Field(description="The code the API sends and accepts.", examples=["at_risk"])
    en: str = Field(description="Its English name.", examples=["At risk"])
    zh_CN: str = Field(description="Its Simplified Chinese name.", examples=["有流失风险"])


class EnumLabels(BaseModel):
    name: str = Field(
        description="The enumeration's schema name in the OpenAPI document.", examples=["Stage"]
    )
    values: list[EnumValueLabel] = Field(description="Every value, in the enumeration's order.")


class LabelCatalogue(BaseModel):
    enums: list[EnumLabels] = Field(description="Every enumeration, by name.")


# ----- service -------------------------------------------------------------------------------
class LabelService:
    """Any signed-in caller may read the catalogue: names of codes are no secret."""

    def __init__(self, ctx: Ctx) -> None:
        self.ctx = ctx

    def catalogue(self) -> LabelCatalogue:
        return LabelCatalogue(
            enums=[
                EnumLabels(
                    name=name,
                    values=[
                        EnumValueLabel(value=value, en=en, zh_CN=zh)
                        for value, (en, zh) in i18n.ENUM_LABELS[name].items()
                    ],
                )
                for name in sorted(i18n.ENUM_LABELS)
            ]
        )


def catalogue_etag(catalogue: LabelCatalogue) -> str:
    digest = hashlib.sha256(catalogue.model_dump_json().encode()).hexdigest()
    return f'"{digest[:32]}"'


# ----- routes --------------------------------------------------------------------------------
router = APIRouter(prefix="/labels", tags=["platform"], route_class=UnitOfWorkRoute)


@router.get(
    "",
    name="labels_catalogue",
    summary="The English and Chinese names of every enumeration's values",
    description="Any signed-in employee or API key. One entry per enumeration of the API, "
    "named as its schema in this document (`Stage`, `Source`, `PaymentMethod` …), each value "
    "with its English (`en`) and Simplified Chinese (`zh_CN`) name. The `ETag` changes only "
    "when the catalogue does: send it back in `If-None-Match` for a 304.",
    response_model=LabelCatalogue,
    responses={
        200: {"headers": response_headers("ETag")},
        304: {"description": "Not modified", "headers": response_headers("ETag")},
        **error_responses(401),
    },
)
async def get_labels(
    ctx: CtxDep,
    response: Response,
    if_none_match: IfNoneMatch = None,
) -> Any:
    catalogue = LabelService(ctx).catalogue()
    tag = catalogue_etag(catalogue)
    if none_match(if_none_match, tag):
        return Response(status_code=304, headers={"ETag": tag})
    response.headers["ETag"] = tag
    return catalogue


routers: list[APIRouter] = [router]
