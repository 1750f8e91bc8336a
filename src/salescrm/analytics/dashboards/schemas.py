"""The bodies and answers of dashboards, and the parts of a rendered one that do not depend on
which statistics are registered (the report union is built with the router: ``router.py``).

A widget's ``filters`` are the query parameters of its statistic as a JSON object of scalars
(or lists of text): each statistic takes its own (``payments`` the shared filters, another a
``group_by`` or ``days``), so no one object type fits them all; the server checks them with the
statistic's own parameter model when the dashboard is saved, and again when it is rendered.
"""

from __future__ import annotations

import uuid
from enum import StrEnum
from typing import Annotated

from pydantic import AfterValidator, BaseModel, ConfigDict, Field
from pydantic_core import PydanticCustomError

from salescrm.analytics.registry import STATISTICS
from salescrm.core import i18n
from salescrm.core.errors import FieldError
from salescrm.core.pagination import ListParams
from salescrm.core.references import Ref, ref
from salescrm.core.schemas import CreateModel, RecordOut, RequestModel, enum_of

#: At most this many widgets on one dashboard (each is a statistic computed on every render).
MAX_WIDGETS = 30
#: The page grid: 12 columns, rows as tall as the client draws them.
GRID_COLUMNS = 12
MAX_ROW = 999
MAX_HEIGHT = 24


class DashboardKind(StrEnum):
    personal = "personal"
    role = "role"


i18n.register_enum(
    DashboardKind,
    {"personal": ("Personal", "个人"), "role": ("A role's", "角色")},
)


class DashboardSource(StrEnum):
    """Where a rendered home page comes from."""

    personal = "personal"
    role = "role"
    builtin = "builtin"


i18n.register_enum(
    DashboardSource,
    {
        "personal": ("The caller's own default", "个人默认看板"),
        "role": ("The default of one of the caller's roles", "角色默认看板"),
        "builtin": ("Built in", "内置看板"),
    },
)


class BuiltinDashboard(StrEnum):
    """The built-in home pages, by the work they serve."""

    rep = "rep"
    manager = "manager"
    director = "director"


i18n.register_enum(
    BuiltinDashboard,
    {
        "rep": ("Sales representative", "销售代表"),
        "manager": ("Sales manager", "销售经理"),
        "director": ("Sales director", "销售总监"),
    },
)


def _registered(name: str) -> str:
    if name not in STATISTICS:
        raise PydanticCustomError("enum", "No such statistic: {name}", {"name": name})
    return name


StatisticName = Annotated[
    str,
    Field(
        min_length=1,
        max_length=40,
        description="A statistic's name, as served at `/api/v1/analytics/<name>`.",
        examples=["payments"],
        json_schema_extra=enum_of(lambda: STATISTICS),
    ),
    AfterValidator(_registered),
]
WidgetKey = Annotated[
    str,
    Field(
        pattern=r"^[a-z0-9][a-z0-9_-]{0,39}$",
        description="Names the widget within its dashboard (unique there): a client keeps its "
        "state under it.",
        examples=["payments-by-month"],
    ),
]
WidgetTitle = Annotated[str, Field(min_length=1, max_length=100, examples=["本月回款"])]
FilterName = Annotated[str, Field(pattern=r"^[a-z][a-z0-9_]{0,39}$", examples=["bucket"])]
FilterText = Annotated[str, Field(max_length=200)]
#: One query parameter's value: text (dates, ids, choices), a whole number, a flag, or a list
#: of texts for a parameter that repeats.
FilterValue = FilterText | int | bool | list[FilterText] | None
Filters = Annotated[
    dict[FilterName, FilterValue],
    Field(
        max_length=20,
        description="The statistic's query parameters (`GET /api/v1/analytics/<statistic>`), "
        "by name: checked against that statistic when saved (422 `filter_invalid`, or "
        "`filter_not_supported` for a shared filter it does not honour). Without "
        "`date_from`/`date_to` the period rolls (the 365 days up to the day rendered).",
        examples=[{"bucket": "month", "currency": "CNY"}],
    ),
]


class WidgetPositionIn(RequestModel):
    x: int = Field(0, ge=0, le=GRID_COLUMNS - 1, description="Column of the left edge (0–11).")
    y: int = Field(0, ge=0, le=MAX_ROW, description="Row of the top edge.")
    w: int = Field(6, ge=1, le=GRID_COLUMNS, description="Width in columns (1–12).")
    h: int = Field(4, ge=1, le=MAX_HEIGHT, description="Height in rows.")


class WidgetIn(RequestModel):
    key: WidgetKey
    title: WidgetTitle | None = Field(None, description="Default: the statistic's own title.")
    statistic: StatisticName
    filters: Filters = Field(default_factory=dict)
    position: WidgetPositionIn = Field(default_factory=WidgetPositionIn)


Widgets = Annotated[
    list[WidgetIn],
    Field(
        max_length=MAX_WIDGETS,
        description=f"At most {MAX_WIDGETS}; keys unique within the dashboard (422 "
        "`duplicate_key`).",
    ),
]
Name = Annotated[str, Field(min_length=1, max_length=100, examples=["我的销售看板"])]
Description = Annotated[str, Field(min_length=1, max_length=2000)]


class DashboardCreate(CreateModel):
    name: Name
    description: Description | None = None
    role_id: uuid.UUID | None = Field(
        None,
        description="Set: the dashboard of this role, seen by everyone holding it (needs "
        "`dashboard:manage`; fixed once created). Null: a personal dashboard, seen by its "
        "creator alone.",
    )
    is_default: bool = Field(
        False,
        description="The home page: the caller's own (personal), or the role's default (a "
        "role's). The previous one of the same owner or role stops being the default.",
    )
    widgets: Widgets = Field(default_factory=list)


class DashboardUpdate(RequestModel):
    name: Name | None = None
    description: Description | None = None
    is_default: bool | None = None
    widgets: Widgets | None = None


class WidgetPosition(BaseModel):
    x: int = Field(description="Column of the left edge (0–11).")
    y: int = Field(description="Row of the top edge.")
    w: int = Field(description="Width in columns (1–12).")
    h: int = Field(description="Height in rows.")


class WidgetOut(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    key: str = Field(description="Unique within the dashboard.")
    title: str | None = Field(description="Null: the statistic's own title.")
    statistic: str = Field(
        description="The statistic's name (`/api/v1/analytics/<name>`).",
        json_schema_extra=enum_of(lambda: STATISTICS),
    )
    filters: dict[str, FilterValue] = Field(
        description="The statistic's parameters as saved (normalised: defaults left out)."
    )
    position: WidgetPosition


class DashboardOut(RecordOut):
    name: str
    description: str | None
    created_by_id: uuid.UUID | None = Field(
        description="Who created it: a personal dashboard's owner, the only one who sees it; "
        "for a role's, who defined it."
    )
    created_by: Ref | None = ref("employee")
    role_id: uuid.UUID | None = Field(description="Set: this role's dashboard.")
    role: Ref | None = ref("role")
    is_default: bool
    widgets: list[WidgetOut]


class DashboardListParams(ListParams):
    kind: DashboardKind | None = Field(None, description="Personal dashboards or roles' only.")
    role_id: uuid.UUID | None = Field(None, description="The dashboards of this role.")
    is_default: bool | None = Field(None, description="Only home pages (or only the others).")


# ----- rendering -------------------------------------------------------------------------------
class WidgetError(BaseModel):
    """Why a widget has no result: the problem its statistic answered (a permission the caller
    lacks, filters that no longer hold), so one widget never fails the whole page."""

    status: int = Field(description="The HTTP status the statistic alone would answer.")
    code: str = Field(description="The problem's stable code.", examples=["forbidden"])
    detail: str = Field(description="What went wrong, in the request's language.")
    errors: list[FieldError] | None = Field(
        None, description="422: each invalid parameter (loc starts with `filters`)."
    )


class DashboardHead(BaseModel):
    """Which dashboard a render shows."""

    id: uuid.UUID | None = Field(description="The saved dashboard; null for a built-in one.")
    name: str
    source: DashboardSource
    builtin: BuiltinDashboard | None = Field(description="Which built-in home page, if one.")
