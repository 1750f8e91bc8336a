"""``GET /errors/{code}``: each problem ``type`` URI resolves to a description of that error."""

from __future__ import annotations

from fastapi import APIRouter
from pydantic import BaseModel

from salescrm.core import i18n
from salescrm.core.errors import NotFound, error_responses

router = APIRouter(tags=["health"])


class ProblemType(BaseModel):
    code: str
    title: dict[str, str]


@router.get(
    "/errors/{code}",
    name="problem_types_get",
    response_model=ProblemType,
    responses=error_responses(404),
)
async def problem_type(code: str) -> ProblemType:
    """What a problem ``type`` means, in every supported language."""
    if code not in i18n.TITLES:
        raise NotFound("route_not_found", path=f"/errors/{code}")
    en, zh = i18n.TITLES[code]
    return ProblemType(code=code, title={i18n.EN: en, i18n.ZH: zh})
