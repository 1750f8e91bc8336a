"""Keyset (cursor) pagination: stable under inserts, no OFFSET scans.

A cursor is the sort key and id of the last row served, plus the sort it belongs to, signed with
the service secret so that a forged or garbled cursor is a 422 instead of a silent wrong page.
The signature also covers the list the cursor pages (``list_binding``: the resource and the
request path, so a child collection's parent too): a cursor from ``/customers`` given to
``/contacts``, or from one deal's line items to another's, is the same 422.
"""

from __future__ import annotations

import base64
import binascii
import functools
import hashlib
import hmac
import json
from collections.abc import Callable, Iterable
from typing import Annotated, Any, ClassVar, Generic, TypeVar, cast, get_args, get_type_hints

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    ModelWrapValidatorHandler,
    PrivateAttr,
    create_model,
    model_validator,
)

from salescrm.core.context import current_path
from salescrm.core.errors import ValidationFailed
from salescrm.core.schemas import NoNulModel, loose_date_fields

MAX_LIMIT = 200
#: Marks a query parameter that exists only to be refused (``q`` on a list with no search):
#: ``core.openapi`` leaves it out of the contract. FastAPI ignores ``include_in_schema`` on
#: the fields of a parameter model, so the mark is ours.
OMIT = "x-salescrm-omit"
DEFAULT_LIMIT = 50


class ListParams(NoNulModel):
    """Query parameters every list endpoint accepts; resources subclass it to add filters.

    A NUL character in any of them is a 422 (PostgreSQL cannot compare text holding one).
    """

    model_config = ConfigDict(extra="forbid")

    #: The parameters that name the list's parent when it is in the query, not the path
    #: (``/files?resource=…&record_id=…``): its cursors are bound to them (``list_binding``).
    parent_fields: ClassVar[tuple[str, ...]] = ()
    #: The list's records carry custom fields (``core.custom_fields``): ``cf.<key>`` filter
    #: parameters are collected into ``custom_filters`` instead of being refused as unknown.
    takes_custom_fields: ClassVar[bool] = False
    _custom_filters: dict[str, Any] = PrivateAttr(default_factory=dict)

    limit: int = Field(DEFAULT_LIMIT, ge=1, le=MAX_LIMIT, description="Page size, 1 to 200.")
    cursor: str | None = Field(
        None, max_length=2048, description="Opaque cursor from a previous page's next_cursor."
    )
    sort: str | None = Field(
        None,
        max_length=64,
        description="Sort field; prefix with '-' for descending (e.g. -updated_at).",
    )
    q: str | None = Field(
        None,
        min_length=1,
        max_length=100,
        description="Free-text search; Chinese names also match by pinyin and initials.",
    )
    include_total: bool = Field(False, description="Also count all matching rows (slower).")

    @classmethod
    def __pydantic_init_subclass__(cls, **kwargs: Any) -> None:
        """A date or time filter is ``Day`` or ``UtcDateTime``: a plain ``date`` or
        ``datetime`` would take values its ``format`` refuses (a Unix timestamp), so a fuzzer
        finds the schema and the server disagreeing. Refused when the class is defined."""
        super().__pydantic_init_subclass__(**kwargs)
        if loose := loose_date_fields(cls):
            raise TypeError(f"{cls.__name__}: {loose} must be Day or UtcDateTime")

    @model_validator(mode="wrap")
    @classmethod
    def _collect_custom_filters(
        cls, data: Any, handler: ModelWrapValidatorHandler[ListParams]
    ) -> ListParams:
        """``cf.<key>…`` parameters of a list whose records carry custom fields, set aside for
        the repository (which knows the definitions and refuses an unknown one, 422)."""
        custom: dict[str, Any] = {}
        if cls.takes_custom_fields and isinstance(data, dict):
            custom = {k: v for k, v in data.items() if isinstance(k, str) and k.startswith("cf.")}
            data = {k: v for k, v in data.items() if k not in custom}
        params = handler(data)
        params._custom_filters = custom
        return params

    @property
    def custom_filters(self) -> dict[str, Any]:
        """The ``cf.`` filter parameters, by name (``cf.region``, ``cf.budget_min``)."""
        return self._custom_filters

    def parent(self) -> tuple[Any, ...]:
        """The values of ``parent_fields`` in this request."""
        return tuple(getattr(self, name) for name in self.parent_fields)

    @classmethod
    def sorted_by(cls, fields: Iterable[str], *, searchable: bool = True) -> type[ListParams]:
        """These parameters with ``sort`` documented as an enum of ``field`` and ``-field``, and
        without ``q`` for a list that has no text search (``searchable=False``).

        Only the schema changes: ``core.sorting.parse_sort`` still validates (422 ``bad_sort``
        naming the allowed fields), and a ``q`` sent anyway is still a 422, so a client sees the
        same answer as before; the contract no longer offers what the list refuses.
        """
        values = [key for name in sorted(fields) for key in (name, f"-{name}")]
        sort = Annotated[str, Field(max_length=64, json_schema_extra={"enum": values})]
        unsearchable: dict[str, Any] = (
            {} if searchable else {"q": (None, Field(None, json_schema_extra={OMIT: True}))}
        )
        subclass: type[ListParams] = create_model(
            cls.__name__,
            __base__=cls,
            __module__=cls.__module__,
            sort=(
                sort | None,
                Field(None, description="Sort field; prefix with '-' for descending."),
            ),
            **unsearchable,
        )
        return subclass


_Endpoint = TypeVar("_Endpoint", bound=Callable[..., Any])


def sort_enum(repository: Any, param: str = "params") -> Callable[[_Endpoint], _Endpoint]:
    """For a list outside the CRUD factory: document its ``sort`` parameter as the enum of
    ``repository.sort_fields`` (``ListParams.sorted_by``). Apply below ``@router.get``."""

    def document(endpoint: _Endpoint) -> _Endpoint:
        hint = get_type_hints(endpoint, include_extras=True)[param]
        params, *metadata = get_args(hint)
        sorted_params = params.sorted_by(repository.sort_fields, searchable=repository.searchable())
        endpoint.__annotations__[param] = Annotated[(sorted_params, *metadata)]
        return endpoint

    return document


T = TypeVar("T")


class Page(BaseModel, Generic[T]):
    """One page of a list; routes use ``page_of(CustomerOut)``, published as ``CustomerPage``."""

    items: list[T]
    next_cursor: str | None = Field(None, description="Pass as 'cursor' for the next page.")
    total: int | None = Field(None, description="Only when include_total=true.")


@functools.cache
def page_of(item: type[BaseModel]) -> type[Page[Any]]:
    """``Page[item]`` under a name we chose: ``CustomerOut`` → ``CustomerPage``.

    Pydantic names a parametrized generic in the schema after its parameters
    (``Page_CustomerOut_``) whatever its title says; a subclass carries its own name.
    """
    name = f"{item.__name__.removesuffix('Out')}Page"
    generic: type[Page[Any]] = cast(Any, Page)[item]
    page: type[Page[Any]] = type(
        name, (generic,), {"__module__": item.__module__, "__doc__": f"One page of {name[:-4]}."}
    )
    return page


def _bad_cursor(param: str = "cursor") -> ValidationFailed:
    return ValidationFailed.field(["query", param], "Invalid cursor", "bad_cursor")


def list_binding(name: str, params: ListParams | None = None) -> str:
    """What a cursor of the list ``name`` (a resource, a timeline) is bound to: the name, the
    path of the request being served, which names the parent of a child collection, and the
    query parameters that name the parent of a list that takes it there (``parent_fields``).
    Filters and sort are not part of it: a client may change them between pages."""
    parent = "" if params is None else " ".join(str(v) for v in params.parent())
    return f"{name} {current_path.get() or ''} {parent}"


class CursorCodec:
    def __init__(self, secret: str, *, bound_to: str, param: str = "cursor") -> None:
        self._key = hashlib.sha256(b"salescrm-cursor:" + secret.encode()).digest()
        #: The query parameter a refused cursor is reported on.
        self._param = param
        #: Signed along with each cursor, never sent: a cursor of another list fails the HMAC.
        self._bound = bound_to.encode() + b"\n"

    def _sign(self, payload: bytes) -> str:
        mac = hmac.new(self._key, self._bound + payload, hashlib.sha256).digest()[:12]
        return base64.urlsafe_b64encode(mac).decode().rstrip("=")

    def encode(self, sort: str, values: list[Any]) -> str:
        payload = json.dumps({"s": sort, "v": values}, separators=(",", ":"), default=str)
        raw = payload.encode()
        body = base64.urlsafe_b64encode(raw).decode().rstrip("=")
        return f"{body}.{self._sign(raw)}"

    def decode(self, cursor: str, sort: str) -> list[Any]:
        body, _, signature = cursor.partition(".")
        try:
            raw = base64.urlsafe_b64decode(body + "=" * (-len(body) % 4))
        except (binascii.Error, ValueError) as exc:
            raise _bad_cursor(self._param) from exc
        # Bytes, not str: compare_digest refuses a str with non-ASCII characters (a TypeError).
        if not signature or not hmac.compare_digest(signature.encode(), self._sign(raw).encode()):
            raise _bad_cursor(self._param)
        try:
            data = json.loads(raw)
        except ValueError as exc:
            raise _bad_cursor(self._param) from exc
        if (
            not isinstance(data, dict)
            or data.get("s") != sort
            or not isinstance(data.get("v"), list)
        ):
            raise _bad_cursor(self._param)
        values: list[Any] = data["v"]
        return values
