"""Customer and contact files: the importers behind ``POST /api/v1/imports`` and the exports
``GET /api/v1/customers/export`` and ``GET /api/v1/contacts/export``.

Imports check each row as the API does (``CustomerCreate`` / ``ContactCreate``, then
``CustomerRules``: tiers, the data-rule policy's required fields, duplicates) and write valid
rows with Core bulk inserts: the records, a customer's match keys and its first timeline event,
and an audit entry per record (``request_id`` ``import:<job id>``), so imported records look
exactly like records created one by one. Columns fill fields by their headers: Chinese or English
synonyms (``客户名称``, ``统一社会信用代码``, ``联系电话``, ``name``, ``phone``…), or the caller's
mapping. Choice fields take their code (``active``) or a Chinese label (``活跃``); tiers their
code or name; yes/no fields 是/否, yes/no, true/false, 1/0.

Duplicates (reported per row, never written): a customer matching an existing live customer or
an earlier row of the file on a match key (credit code, normalised name, phone, e-mail); a
contact matching a contact of the same customer on mobile, e-mail or name. A contact joins a
customer given by ``customer_id`` or by exact name, among the customers the uploader may change.

Exports apply the list's filters, ``q`` and sort to what the caller may see (the repository's
``readable()``), read it in keyset batches of ``EXPORT_BATCH`` rows into a spooled temporary file
(memory stays flat however many rows; the database connection is released before the client
downloads) and stream that out: CSV in UTF-8 with a BOM (Excel opens it as UTF-8), or XLSX.
Text cells that a spreadsheet would run as a formula (starting with = + - @, a tab or a carriage
return) get a leading ``'``; an import strips that quote again. Every export is audited (PIPL:
personal data handed out in bulk): an ``export`` entry with the caller, the filters, the format
and the row count, in the request's transaction.
"""

from __future__ import annotations

import dataclasses
import re
import unicodedata
import uuid
from collections import defaultdict
from collections.abc import AsyncIterator, Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal, InvalidOperation
from enum import Enum, StrEnum
from types import SimpleNamespace
from typing import IO, Annotated, Any, ClassVar

from fastapi import APIRouter, Depends, Query
from fastapi.responses import StreamingResponse
from pydantic import Field, ValidationError
from sqlalchemy import Select, String, and_, any_, bindparam, or_, select
from sqlalchemy.dialects.postgresql import ARRAY

from salescrm.core import audit, geo, i18n
from salescrm.core import events as outbox
from salescrm.core.clock import utcnow
from salescrm.core.custom_fields import io as custom_io
from salescrm.core.errors import AppError, Forbidden, ValidationFailed, error_responses
from salescrm.core.filtering import apply_filters
from salescrm.core.ids import new_id
from salescrm.core.pagination import sort_enum
from salescrm.core.repository import ReadRepository
from salescrm.core.schemas import TEXT_CELLS
from salescrm.core.sorting import parse_sort
from salescrm.core.uow import Ctx, UnitOfWorkRoute, begin_write, get_ctx
from salescrm.customers.models import (
    BuyingRole,
    CompanySize,
    Contact,
    Customer,
    CustomerEvent,
    CustomerKind,
    CustomerMatchKey,
    CustomerStatus,
    Source,
    Stage,
)
from salescrm.customers.repository import ContactRepository, CustomerRepository
from salescrm.customers.schemas import (
    ContactCreate,
    ContactListParams,
    CustomerCreate,
    CustomerListParams,
    CustomerUpdate,
)
from salescrm.customers.service import CustomerRules, CustomerService
from salescrm.org.models import Employee
from salescrm.platform.imports import (
    AUDIT_LOG,
    CREATED_FIELD,
    OWNER_FIELD,
    BulkTable,
    CheckedRow,
    Importer,
    ImportField,
    gc_paused,
    register_importer,
)
from salescrm.platform.sheets import (
    FORMULA_START,
    MEDIA_TYPES,
    Cell,
    ExportFormat,
    content_disposition,
)
from salescrm.platform.sheets import Sheet as _Sheet
from salescrm.platform.sheets import stream as _stream

CtxDep = Annotated[Ctx, Depends(get_ctx)]

#: Rows read per query by an export.
EXPORT_BATCH = 1000

# ----- labels of choice fields (exports write them, imports read them and their synonyms) -----


def _chinese(enum: type[StrEnum]) -> dict[str, str]:
    """The Chinese names of an enumeration's values, as ``i18n.register_enum`` gave them."""
    return {value: zh for value, (_en, zh) in i18n.ENUM_LABELS[enum.__name__].items()}


KIND_LABELS = _chinese(CustomerKind)
SIZE_LABELS = _chinese(CompanySize)
SOURCE_LABELS = _chinese(Source)
STAGE_LABELS = _chinese(Stage)
STATUS_LABELS = _chinese(CustomerStatus)
ROLE_LABELS = _chinese(BuyingRole)
_MORE_CHOICES: dict[str, dict[str, str]] = {
    "kind": {"企业": "company", "单位": "company", "机构": "company", "自然人": "individual"},
    "size": {"超大型": "enterprise", "集团": "enterprise"},
    "source": {
        "推荐": "referral",
        "客户推荐": "referral",
        "网站": "website",
        "电销": "cold_call",
        "陌拜": "cold_call",
        "陌生拜访": "cold_call",
        "渠道": "partner",
        "社交": "social_media",
        "微信": "social_media",
        "会议": "event",
        "其它": "other",
    },
    "stage": {
        "潜在": "prospect",
        "新": "new",
        "活跃": "active",
        "成交客户": "active",
        "忠诚": "loyal",
        "流失风险": "at_risk",
        "流失": "churned",
        "流失客户": "churned",
    },
    "status": {"有效": "active", "启用": "active", "无效": "inactive"},
    "buying_role": {
        "决策人": "decision_maker",
        "影响人": "influencer",
        "用户": "user",
        "守门人": "gatekeeper",
    },
}


def _choices(name: str, labels: Mapping[str, str]) -> dict[str, str]:
    table = {_fold(label): code for code, label in labels.items()}
    table.update({_fold(label): code for label, code in _MORE_CHOICES.get(name, {}).items()})
    table.update({code: code for code in labels})
    return table


def _fold(text: str) -> str:
    return unicodedata.normalize("NFKC", text).casefold().replace(" ", "")


CHOICE_LABELS = {
    "kind": KIND_LABELS,
    "size": SIZE_LABELS,
    "source": SOURCE_LABELS,
    "stage": STAGE_LABELS,
    "status": STATUS_LABELS,
    "buying_role": ROLE_LABELS,
}
CHOICES = {
    "kind": _choices("kind", KIND_LABELS),
    "size": _choices("size", SIZE_LABELS),
    "source": _choices("source", SOURCE_LABELS),
    "stage": _choices("stage", STAGE_LABELS),
    "status": _choices("status", STATUS_LABELS),
    "buying_role": _choices("buying_role", ROLE_LABELS),
}
_YES = frozenset({"是", "y", "yes", "true", "1", "√", "✓", "对", "t"})
_NO = frozenset({"否", "n", "no", "false", "0", "×", "✗", "不是", "f"})


# ----- fields a column can fill -----------------------------------------------------------------
def _field(name: str, label: str, synonyms: str, *, multi: bool = False) -> ImportField:
    return ImportField(name, label, tuple(synonyms.split("|")), multi=multi)


CUSTOMER_FIELDS = (
    _field(
        "name",
        "客户名称",
        "名称|公司名称|企业名称|单位名称|客户|公司|customer|customer name|company|company name",
    ),
    _field("kind", "客户类型", "类型|kind|type"),
    _field("short_name", "简称", "客户简称|short name"),
    _field("credit_code", "统一社会信用代码", "信用代码|社会信用代码|税号|纳税人识别号|uscc"),
    _field(
        "phones",
        "电话",
        "联系电话|电话号码|手机|手机号|手机号码|座机|phone|phones|tel|telephone|mobile",
        multi=True,
    ),
    _field("email", "邮箱", "电子邮箱|邮件|电子邮件|email|e-mail|mail"),
    _field("website", "网址", "网站|官网|主页|website|url"),
    _field("industry", "行业", "所属行业|industry"),
    _field("size", "规模", "企业规模|公司规模|人员规模|size"),
    _field("source", "来源", "客户来源|source"),
    _field("channel", "渠道", "channel"),
    _field("region", "区域", "大区|region"),
    _field("territory", "片区", "销售片区|销售区域|territory"),
    _field("province", "省份", "省|province"),
    _field("city", "城市", "市|city"),
    _field("district", "区县", "区|县|县区|district"),
    _field("address", "地址", "详细地址|公司地址|通讯地址|address"),
    _field("latitude", "纬度", "latitude|lat"),
    _field("longitude", "经度", "longitude|lng|lon"),
    _field("coord_system", "坐标系", "坐标系统|coord_system|coordinate system|datum"),
    _field("tier", "客户等级", "等级|级别|客户级别|tier|grade"),
    _field("stage", "阶段", "客户阶段|生命周期|生命周期阶段|stage"),
    _field("status", "状态", "客户状态|status"),
    _field("strategic", "战略客户", "是否战略客户|strategic"),
    _field("annual_revenue", "年营业额", "年营收|年收入|年销售额|营业额|annual revenue|revenue"),
    _field("tags", "标签", "tags|tag", multi=True),
    _field("remarks", "备注", "说明|remarks|remark|notes|note|comment"),
    OWNER_FIELD,
    CREATED_FIELD,
)

CONTACT_FIELDS = (
    _field(
        "customer",
        "客户名称",
        "客户|公司|公司名称|单位|单位名称|所属客户|customer|customer name|company",
    ),
    _field("customer_id", "客户ID", "customer id"),
    _field("name", "姓名", "联系人|联系人姓名|名字|name|contact|contact name"),
    _field("title", "职务", "职位|头衔|title|job title|position"),
    _field("department", "部门", "department|dept"),
    _field("mobile", "手机", "手机号|手机号码|移动电话|mobile|cell|cellphone"),
    _field("phone", "电话", "座机|办公电话|固定电话|联系电话|phone|tel|telephone"),
    _field("email", "邮箱", "电子邮箱|邮件|电子邮件|email|e-mail|mail"),
    _field("wechat", "微信", "微信号|wechat|weixin"),
    _field("birthday", "生日", "出生日期|birthday|birth date|date of birth"),
    _field("buying_role", "采购角色", "角色|buying role|role"),
    _field("is_primary", "主联系人", "是否主联系人|首要联系人|primary|is primary"),
    _field("notes", "备注", "说明|notes|note|remarks"),
)

_ROW_MESSAGES_ZH = {
    "duplicate": "与已有记录或文件中前面的行重复",
    "unknown_tier": "客户等级不存在",
    "required_by_policy": "客户信息规范要求填写此项",
    "not_found": "找不到该客户(或无权修改)",
    "ambiguous_customer": "有多个客户同名,请填写客户ID",
    "ambiguous_match": "与多个已有客户匹配,无法确定更新哪一个",
    "not_writable": "匹配到的客户您无权修改",
}

# ----- converting cells -------------------------------------------------------------------------
_DATE = re.compile(r"^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$")
_COMPACT_DATE = re.compile(r"^(\d{4})(\d{2})(\d{2})$")
_MONEY_NOISE = re.compile(r"[\s,，¥￥元]")


def _unquote(value: str) -> str:
    """A cell an export neutralised (``'=...``) reads back as written."""
    if value.startswith("'") and value[1:].startswith(FORMULA_START):
        return value[1:]
    return value


def _choice(field: str, value: str) -> str:
    return CHOICES[field].get(_fold(value), value)


def _yes_no(value: str) -> bool | str:
    folded = _fold(value)
    if folded in _YES:
        return True
    if folded in _NO:
        return False
    return value


def _date(value: str) -> str:
    match = _DATE.match(value) or _COMPACT_DATE.match(value)
    if match is None:
        return value.split(" ")[0] if re.match(r"^\d{4}-\d{2}-\d{2} ", value) else value
    year, month, day = (int(g) for g in match.groups())
    return f"{year:04d}-{month:02d}-{day:02d}"


def _money(value: str) -> str:
    text = _MONEY_NOISE.sub("", unicodedata.normalize("NFKC", value))
    scale = Decimal(1)
    if text.endswith("万"):
        text, scale = text[:-1], Decimal(10_000)
    elif text.endswith("亿"):
        text, scale = text[:-1], Decimal(100_000_000)
    try:
        return str(Decimal(text) * scale)
    except InvalidOperation:
        return value


def _problems(exc: ValidationError) -> Iterator[tuple[str | None, str, str]]:
    for error in exc.errors():
        loc = error.get("loc") or ()
        name = str(loc[0]) if loc else None
        message = str(error.get("msg", ""))
        if message.startswith("Value error, "):
            message = message[len("Value error, ") :]
        yield name, message, str(error.get("type", "value_error"))


def _custom(rules: custom_io.ImportRules, row: CheckedRow, raw: Mapping[str, Any]) -> Any:
    """A row's custom-field values from its ``cf.<key>`` columns (``core.custom_fields.io``)."""
    cells = {k: _unquote(v) if isinstance(v, str) else v for k, v in raw.items()}
    stored, problems = rules.check(cells)
    for name, message, code in problems:
        row.fail(name, message, code)
    return stored


def _proxy(**values: Any) -> Any:
    """A stand-in for a model instance, for the model's own ``refresh_search_text``: bulk rows
    are not ORM objects, so the before-flush hook does not compute their search text."""
    return SimpleNamespace(**values)


#: Match keys looked up per query (each is a bound parameter).
MATCH_BATCH = 10_000
CUSTOMERS = BulkTable(Customer)
MATCH_KEYS = BulkTable(CustomerMatchKey)
EVENTS = BulkTable(CustomerEvent)
CONTACTS = BulkTable(Contact)
OUTBOX = BulkTable(outbox.Event)


# ----- queries ----------------------------------------------------------------------------------
class CustomerIORepository(CustomerRepository):
    """The bulk reads and writes of customer imports and exports."""

    async def match_index(
        self, keys: Iterable[tuple[str, str]]
    ) -> dict[tuple[str, str], list[uuid.UUID]]:
        """Live customers holding each key (anywhere, as ``matches``): one query for a chunk
        of rows (more only past ``MATCH_BATCH`` keys, the drivers' parameter limits)."""
        wanted = sorted(set(keys))
        found: dict[tuple[str, str], list[uuid.UUID]] = defaultdict(list)
        # PostgreSQL takes each kind's values as one array (one statement text, prepared once).
        arrays = self.session.get_bind().dialect.name == "postgresql"
        for start in range(0, len(wanted), MATCH_BATCH):
            by_kind: dict[str, list[str]] = defaultdict(list)
            for kind, value in wanted[start : start + MATCH_BATCH]:
                by_kind[kind].append(value)
            stmt = (
                select(CustomerMatchKey.kind, CustomerMatchKey.value, CustomerMatchKey.customer_id)
                .join(Customer, Customer.id == CustomerMatchKey.customer_id)
                .where(
                    Customer.deleted_at.is_(None),
                    or_(
                        *(
                            and_(
                                CustomerMatchKey.kind == kind,
                                CustomerMatchKey.value
                                == any_(bindparam(f"{kind}_values", values, ARRAY(String)))
                                if arrays
                                else CustomerMatchKey.value.in_(values),
                            )
                            for kind, values in sorted(by_kind.items())
                        )
                    ),
                )
            )
            for kind, value, customer_id in (await self.session.execute(stmt)).all():
                found[(kind, value)].append(customer_id)
        return found

    async def insert_bulk(
        self,
        customers: list[dict[str, Any]],
        keys: list[dict[str, Any]],
        events: list[dict[str, Any]],
        audits: list[dict[str, Any]],
    ) -> None:
        for table, rows in ((CUSTOMERS, customers), (MATCH_KEYS, keys), (EVENTS, events)):
            await table.insert(self.session, rows)
        await AUDIT_LOG.insert(self.session, audits)
        await OUTBOX.insert(
            self.session, await outbox.bulk_rows(self.session, Customer, customers, "created")
        )

    async def writable_by_name(self, names: Iterable[str]) -> dict[str, list[uuid.UUID]]:
        wanted = list(set(names))
        if not wanted:
            return {}
        stmt = self.writable().with_only_columns(Customer.name, Customer.id).order_by(None)
        found: dict[str, list[uuid.UUID]] = defaultdict(list)
        for name, customer_id in (
            await self.session.execute(stmt.where(Customer.name.in_(wanted)))
        ).all():
            found[name].append(customer_id)
        return found

    async def writable_ids(self, ids: Iterable[uuid.UUID]) -> set[uuid.UUID]:
        wanted = list(set(ids))
        if not wanted:
            return set()
        stmt = self.writable().with_only_columns(Customer.id).order_by(None)
        return set((await self.session.scalars(stmt.where(Customer.id.in_(wanted)))).all())

    async def names_of(self, ids: Iterable[uuid.UUID]) -> dict[uuid.UUID, str]:
        """Customer names by id (of records the caller already sees through another)."""
        wanted = list(set(ids))
        if not wanted:
            return {}
        stmt = select(Customer.id, Customer.name).where(Customer.id.in_(wanted))
        return {i: n for i, n in (await self.session.execute(stmt)).all()}  # noqa: C416

    async def employee_names(self, ids: Iterable[uuid.UUID | None]) -> dict[uuid.UUID, str]:
        wanted = list({i for i in ids if i is not None})
        if not wanted:
            return {}
        stmt = select(Employee.id, Employee.name).where(Employee.id.in_(wanted))
        return {i: n for i, n in (await self.session.execute(stmt)).all()}  # noqa: C416


class ContactIORepository(ContactRepository):
    async def live_of(self, customer_ids: Iterable[uuid.UUID]) -> list[Any]:
        """``(customer_id, id, name, mobile, email)`` of the customers' live contacts."""
        wanted = list(set(customer_ids))
        if not wanted:
            return []
        stmt = select(
            Contact.customer_id, Contact.id, Contact.name, Contact.mobile, Contact.email
        ).where(Contact.customer_id.in_(wanted), Contact.deleted_at.is_(None))
        return list((await self.session.execute(stmt)).all())

    async def insert_bulk(
        self, contacts: list[dict[str, Any]], audits: list[dict[str, Any]]
    ) -> None:
        await CONTACTS.insert(self.session, contacts)
        await AUDIT_LOG.insert(self.session, audits)
        await OUTBOX.insert(
            self.session, await outbox.bulk_rows(self.session, Contact, contacts, "created")
        )


# ----- customer imports -------------------------------------------------------------------------
_KEY_FIELDS = {"name": "name", "credit_code": "credit_code", "phone": "phones", "email": "email"}
_CUSTOMER_COLUMNS = tuple(c.key for c in Customer.__table__.columns)


@dataclass(frozen=True)
class CustomerParser:
    """Checks customer rows by the API's schema and computes what writing them needs (match
    keys, search text): pure CPU work, so it may run in a worker process."""

    #: Tier names and codes (folded) → code.
    tier_codes: dict[str, str]
    custom: custom_io.ImportRules = dataclasses.field(default_factory=custom_io.ImportRules)

    def payload(self, raw: Mapping[str, Any]) -> dict[str, Any]:
        payload: dict[str, Any] = {}
        for name, value in raw.items():
            if name.startswith(custom_io.PREFIX):
                continue  # custom fields: ``_custom``
            if isinstance(value, list):
                payload[name] = [_unquote(v) for v in value]
                continue
            value = _unquote(value)
            if name in CHOICES:
                payload[name] = _choice(name, value)
            elif name == "strategic":
                payload[name] = _yes_no(value)
            elif name == "tier":
                payload[name] = self.tier_codes.get(_fold(value), value)
            elif name == "annual_revenue":
                payload[name] = _money(value)
            elif name == "credit_code":
                payload[name] = value.replace(" ", "")
            else:
                payload[name] = value
        return payload

    def __call__(self, rows: list[tuple[int, dict[str, Any]]]) -> list[CheckedRow]:
        checked = []
        refresh = Customer.refresh_search_text
        for number, raw in rows:
            row = CheckedRow(number, raw)
            checked.append(row)
            try:
                model = CustomerCreate.model_validate(self.payload(raw), context=TEXT_CELLS)
            except ValidationError as exc:
                for name, message, code in _problems(exc):
                    row.fail(name, message, code)
                continue
            values = model.model_dump(exclude={"id", "allow_duplicate", "owner_id"})
            values["custom_fields"] = _custom(self.custom, row, raw)
            row.values = values
            doc = _proxy(
                name=values["name"],
                short_name=values["short_name"],
                credit_code=values["credit_code"],
                email=values["email"],
                phones=values["phones"],
                tags=values["tags"],
            )
            refresh(doc)
            row.extra = {
                "keys": CustomerRules.keys_of(values),
                "search_text": doc.search_text,
                "tag_index": doc.tag_index,
            }
        return checked


class CustomerImporter(Importer):
    fields = CUSTOMER_FIELDS
    required = (("name",),)
    messages_zh = _ROW_MESSAGES_ZH
    owned = "customer"
    match_keys = ("credit_code", "name", "phone")
    samples: ClassVar[Mapping[str, str]] = {
        "name": "上海华信科技有限公司",
        "credit_code": "91310000MA1FL4CT3X",
        "phones": "13812345678, 021-62345678",
        "tags": "重点, 华东",
        "owner": "用户名、工号或姓名(空:导入人)",
        "created_at": "2021-03-05 14:30(北京时间)",
    }

    def __init__(self, ctx: Ctx, job_id: uuid.UUID) -> None:
        super().__init__(ctx, job_id)
        self.rules = CustomerRules(ctx)
        self.repo = CustomerIORepository(ctx)
        self.custom = custom_io.ImportRules()
        #: Tier names and codes (folded) → code.
        self.tier_codes: dict[str, str] = {}
        #: Tier code → why it is refused (None: known).
        self.tier_checked: dict[str, str | None] = {}
        #: Match keys of the rows accepted so far → the first row holding each.
        self.seen: dict[tuple[str, str], int] = {}
        #: Existing customers a row of the file matched (update or skip) → that row.
        self.claimed: dict[uuid.UUID, int] = {}

    async def choices(self) -> dict[str, list[str]]:
        lists = {name: list(_chinese_labels(name)) for name in CHOICES if name != "buying_role"}
        lists["tier"] = [t.code for t in await self.rules.tiers.live()]
        lists["strategic"] = ["是", "否"]
        lists["coord_system"] = ["wgs84", "gcj02", "bd09"]
        return lists

    @classmethod
    async def columns(cls, ctx: Ctx) -> tuple[ImportField, ...]:
        return (*cls.fields, *_custom_columns(await custom_io.import_fields(ctx, "customer")))

    async def prepare(self) -> None:
        self.custom = await custom_io.ImportRules.load(self.ctx.session, "customer")
        for tier in await self.rules.tiers.live():
            self.tier_codes[_fold(tier.code)] = tier.code
            self.tier_codes.setdefault(_fold(tier.name), tier.code)
        await self.rules.policy()

    def parser(self) -> CustomerParser:
        return CustomerParser(dict(self.tier_codes), self.custom)

    async def check(self, rows: list[CheckedRow]) -> None:
        codes = {r.values["tier"] for r in rows if r.ok and r.values["tier"]}
        for code in codes - set(self.tier_checked):
            try:
                await self.rules.check_tier(code, ["row", "tier"])
                self.tier_checked[code] = None
            except ValidationFailed as exc:
                self.tier_checked[code] = str(exc.errors[0]["msg"])
        for row in rows:
            if not row.ok:
                continue
            refusal = self.tier_checked.get(row.values["tier"] or "")
            if refusal:
                row.fail("tier", refusal, "unknown_tier")
            try:
                await self.rules.check_required(row.values, loc="row")
            except ValidationFailed as exc:
                for error in exc.errors:
                    row.fail(str(error["loc"][-1]), str(error["msg"]), str(error["type"]))
        await _check_references(self.ctx, self.custom, rows)
        candidates = [r for r in rows if r.ok]
        found = await self.repo.match_index(k for r in candidates for k in r.extra["keys"])
        if self.options.on_duplicate != "reject":
            candidates = await self._matched(candidates, found)
        for row in candidates:
            keys: set[tuple[str, str]] = row.extra["keys"]
            ids = sorted({i for k in keys for i in found.get(k, ())}, key=str)
            earlier = sorted({self.seen[k] for k in keys if k in self.seen})
            if ids or earlier:
                kinds = sorted(
                    {k[0] for k in keys if k in found or k in self.seen},
                    key=list(_KEY_FIELDS).index,
                )
                row.fail(
                    _KEY_FIELDS[kinds[0]],
                    f"Duplicates {_what(ids, earlier)} (same {', '.join(kinds)})",
                    "duplicate",
                    duplicate_ids=ids,
                    duplicate_rows=earlier,
                )
                continue
            for key in keys:
                self.seen.setdefault(key, row.number)

    async def _matched(
        self, rows: list[CheckedRow], found: Mapping[tuple[str, str], list[uuid.UUID]]
    ) -> list[CheckedRow]:
        """Rows matching an existing customer by ``match_by`` (the first key kind that matches
        decides) become updates or skips; the others go on to be created."""
        matched: dict[int, uuid.UUID] = {}
        rest = []
        for row in rows:
            keys: set[tuple[str, str]] = row.extra["keys"]
            target: uuid.UUID | None = None
            for kind in self.options.match_by:
                ids = {i for k in keys if k[0] == kind for i in found.get(k, ())}
                if len(ids) > 1:
                    row.fail(
                        _KEY_FIELDS[kind],
                        f"Matches {len(ids)} existing customers (same {kind}); cannot tell "
                        "which to update",
                        "ambiguous_match",
                        duplicate_ids=sorted(ids, key=str),
                    )
                    break
                if ids:
                    (target,) = ids
                    break
            if not row.ok:
                continue
            if target is None:
                rest.append(row)
            elif target in self.claimed:
                row.fail(
                    _KEY_FIELDS[self.options.match_by[0]],
                    f"Matches the same customer as row {self.claimed[target]}",
                    "duplicate",
                    duplicate_ids=[target],
                    duplicate_rows=[self.claimed[target]],
                )
            else:
                self.claimed[target] = row.number
                matched[row.number] = target
        writable = await self.repo.writable_ids(matched.values())
        for row in rows:
            target = matched.get(row.number)
            if target is None:
                continue
            if target not in writable:
                row.fail(None, "Matches a customer you may not change", "not_writable")
            elif self.options.on_duplicate == "skip":
                row.action = "skip"
            else:
                row.action = "update"
                row.extra["match_id"] = target
        return rest

    def remember(self, rows: list[CheckedRow]) -> None:
        for row in rows:
            if row.ok:
                for key in row.extra["keys"]:
                    self.seen.setdefault(key, row.number)

    async def write(self, rows: list[CheckedRow]) -> int:
        creates = [r for r in rows if r.action == "create"]
        with gc_paused():
            customers, keys, events, audits = self._records(creates)
        await self.repo.insert_bulk(customers, keys, events, audits)
        for row in rows:
            if row.action == "update":
                await self._update(row)
        return len(customers)

    async def _update(self, row: CheckedRow) -> None:
        """Update the matched customer as ``PATCH`` does (its service: scope, rules,
        duplicates, owner rules, audit, events), in a savepoint: a row its rules refuse is
        reported and leaves nothing behind."""
        service = CustomerService(self.ctx)
        session = self.ctx.session
        try:
            async with session.begin_nested():
                current = await service.repo.get_for_write(row.extra["match_id"])
                changes = self._changes(row, current)
                if not changes:
                    row.action = "skip"
                    return
                payload = CustomerUpdate.model_validate(changes)
                await service.update(row.extra["match_id"], payload, None)
        except AppError as exc:
            for name, message, code in _app_problems(exc):
                row.fail(name, message, code)

    def _changes(self, row: CheckedRow, current: Customer) -> dict[str, Any]:
        given = {k for k in row.raw if k in _UPDATABLE}
        if "latitude" in given or "longitude" in given:
            given |= {"latitude", "longitude"}
        fill = self.options.on_duplicate == "fill_empty"
        changes = {
            k: row.values[k] for k in sorted(given) if not fill or _empty(getattr(current, k))
        }
        owner = row.extra.get("owner_id", current.owner_id)
        if owner != current.owner_id and (not fill or current.owner_id is None):
            changes["owner_id"] = owner
        return changes

    def _records(self, rows: list[CheckedRow]) -> tuple[list[dict[str, Any]], ...]:
        """The customers' rows, their match keys, first timeline events and audit entries."""
        now = utcnow()
        uploader = self.ctx.subject.id
        customers: list[dict[str, Any]] = []
        keys: list[dict[str, Any]] = []
        events: list[dict[str, Any]] = []
        for row in rows:
            values = row.values
            owner = row.extra.get("owner_id", uploader)
            customer_id = new_id()
            record = dict.fromkeys(_CUSTOMER_COLUMNS)
            record.update(
                {
                    key: (value.value if isinstance(value, Enum) else value)
                    for key, value in values.items()
                    if key in record
                }
            )
            record.update(
                id=customer_id,
                created_at=row.extra.get("created_at", now),
                updated_at=now,
                version=1,
                owner_id=owner,
                owned_since=now if owner else None,
                email=str(values["email"]) if values["email"] else None,
                strategic=bool(values["strategic"]),
                stage_changed_at=now,
                key_account=False,
                search_text=row.extra["search_text"],
                tag_index=row.extra["tag_index"],
            )
            customers.append(record)
            keys.extend(
                {"customer_id": customer_id, "kind": kind, "value": value}
                for kind, value in sorted(row.extra["keys"])
            )
            events.append(
                {
                    "id": new_id(),
                    "created_at": now,
                    "customer_id": customer_id,
                    "kind": "stage_changed",
                    "from_value": None,
                    "to_value": record["stage"],
                    "reason": None,
                    "actor_id": owner,
                    "details": {"import_job_id": str(self.job_id)},
                    "pool_id": None,
                    "release_reason_id": None,
                    "converted_at": None,
                }
            )
        audits = CUSTOMERS.audit_rows(
            "customer", customers, _actor(self.ctx), self.request_id, at=now
        )
        return customers, keys, events, audits


def _custom_columns(columns: list[tuple[str, str, tuple[str, ...]]]) -> list[ImportField]:
    return [ImportField(name, label, synonyms) for name, label, synonyms in columns]


async def _check_references(ctx: Ctx, rules: custom_io.ImportRules, rows: list[CheckedRow]) -> None:
    """The records the rows' custom fields name, checked as a write checks them."""
    named = [(r, r.values["custom_fields"]) for r in rows if r.ok]
    for row, name, kind in await custom_io.refused_references(ctx, rules, named):
        row.fail(name, f"No such {kind}", "not_found")


#: What an update from a row may change (the create's fields but the system's).
_UPDATABLE = frozenset(CustomerUpdate.model_fields) - {
    "allow_duplicate",
    "stage_reason",
    "owner_id",
    "coord_system",
}


def _empty(value: Any) -> bool:
    return value is None or value == "" or value == []


def _chinese_labels(name: str) -> Iterable[str]:
    return CHOICE_LABELS[name].values()


def _app_problems(exc: AppError) -> Iterator[tuple[str | None, str, str]]:
    """A refused update's problems, as row problems."""
    errors = getattr(exc, "errors", None) or []
    if errors:
        for error in errors:
            loc = error.get("loc") or []
            name = str(loc[-1]) if loc else None
            yield name, str(error.get("msg", "")), str(error.get("type", exc.code))
        return
    yield None, i18n.detail(exc.detail_key, i18n.EN, dict(exc.params)), exc.code


def _what(ids: list[uuid.UUID], rows: list[int]) -> str:
    parts = []
    if ids:
        parts.append(f"{len(ids)} existing record(s)")
    if rows:
        parts.append("row " + ", ".join(str(r) for r in rows))
    return " and ".join(parts)


# ----- contact imports --------------------------------------------------------------------------
#: Validated before the customer is looked up (the customer is a database question).
_NO_CUSTOMER_YET = uuid.UUID(int=0)
_CONTACT_COLUMNS = tuple(c.key for c in Contact.__table__.columns)


@dataclass(frozen=True)
class ContactParser:
    """Checks contact rows by the API's schema (the customer is looked up later)."""

    custom: custom_io.ImportRules = dataclasses.field(default_factory=custom_io.ImportRules)

    def __call__(self, rows: list[tuple[int, dict[str, Any]]]) -> list[CheckedRow]:
        checked = []
        refresh = Contact.refresh_search_text
        for number, raw in rows:
            row = CheckedRow(number, raw)
            checked.append(row)
            payload: dict[str, Any] = {"customer_id": _NO_CUSTOMER_YET}
            for name, text in raw.items():
                value = _unquote(text) if isinstance(text, str) else text
                if name == "customer" or name.startswith(custom_io.PREFIX):
                    continue
                if name == "customer_id":
                    try:
                        row.extra["customer_id"] = uuid.UUID(value)
                    except ValueError:
                        row.fail(name, "Must be a UUID", "uuid_parsing")
                elif name == "buying_role":
                    payload[name] = _choice(name, value)
                elif name == "is_primary":
                    payload[name] = _yes_no(value)
                elif name == "birthday":
                    payload[name] = _date(value)
                else:
                    payload[name] = value
            if "customer" not in raw and "customer_id" not in raw:
                row.fail("customer", "Give the customer's name or customer_id", "missing")
            try:
                model = ContactCreate.model_validate(payload, context=TEXT_CELLS)
            except ValidationError as exc:
                for field_name, message, code in _problems(exc):
                    row.fail(field_name, message, code)
                continue
            if not row.ok:
                continue
            values = model.model_dump(exclude={"id", "customer_id"})
            # As the API does: the schema's ``+861065529988;ext=123``, the extension apart.
            phone, _, extension = (values["phone"] or "").partition(";ext=")
            values["phone"], values["phone_extension"] = phone or None, extension or None
            values["custom_fields"] = _custom(self.custom, row, raw)
            row.values = values
            doc = _proxy(
                **{k: values[k] for k in ("name", "title", "email", "wechat")},
                mobile=values["mobile"],
                phone=values["phone"],
            )
            refresh(doc)
            row.extra["search_text"] = doc.search_text
            row.extra["customer_name"] = raw.get("customer")
        return checked


class ContactImporter(Importer):
    fields = CONTACT_FIELDS
    required = (("name",), ("customer", "customer_id"))
    messages_zh = _ROW_MESSAGES_ZH

    def __init__(self, ctx: Ctx, job_id: uuid.UUID) -> None:
        super().__init__(ctx, job_id)
        self.customers = CustomerIORepository(ctx)
        self.contacts = ContactIORepository(ctx)
        self.custom = custom_io.ImportRules()
        #: (customer, key kind, value) of the rows accepted so far → the first row.
        self.seen: dict[tuple[uuid.UUID, str, str], int] = {}

    @classmethod
    async def columns(cls, ctx: Ctx) -> tuple[ImportField, ...]:
        return (*cls.fields, *_custom_columns(await custom_io.import_fields(ctx, "contact")))

    async def prepare(self) -> None:
        """Contacts need only their custom fields' definitions."""
        self.custom = await custom_io.ImportRules.load(self.ctx.session, "contact")

    def parser(self) -> ContactParser:
        return ContactParser(self.custom)

    async def check(self, rows: list[CheckedRow]) -> None:
        await _check_references(self.ctx, self.custom, rows)
        await resolve_customers(self.customers, rows)
        candidates = [r for r in rows if r.ok]
        existing: dict[tuple[uuid.UUID, str, str], list[uuid.UUID]] = defaultdict(list)
        for customer_id, contact_id, name, mobile, email in await self.contacts.live_of(
            r.extra["customer_id"] for r in candidates
        ):
            for key in _contact_keys(customer_id, name, mobile, email):
                existing[key].append(contact_id)
        for row in candidates:
            values = row.values
            keys = _contact_keys(
                row.extra["customer_id"], values["name"], values["mobile"], values["email"]
            )
            ids = sorted({i for k in keys for i in existing.get(k, ())}, key=str)
            earlier = sorted({self.seen[k] for k in keys if k in self.seen})
            if ids or earlier:
                kinds = sorted({k[1] for k in keys if k in existing or k in self.seen})
                row.fail(
                    "mobile" if "mobile" in kinds else kinds[0],
                    f"Duplicates {_what(ids, earlier)} of the same customer "
                    f"(same {', '.join(kinds)})",
                    "duplicate",
                    duplicate_ids=ids,
                    duplicate_rows=earlier,
                )
                continue
            for key in keys:
                self.seen.setdefault(key, row.number)

    def remember(self, rows: list[CheckedRow]) -> None:
        """A resumed job's earlier rows are in the database already (or were refused)."""

    async def write(self, rows: list[CheckedRow]) -> int:
        with gc_paused():
            contacts, audits, primary = self._records(rows)
        await self.contacts.insert_bulk(contacts, audits)
        for customer_id, record in primary.items():
            await self.contacts.clear_primary(customer_id, record["id"])
        if primary:
            await self.contacts.flush()
        return len(contacts)

    def _records(
        self, rows: list[CheckedRow]
    ) -> tuple[list[dict[str, Any]], list[dict[str, Any]], dict[uuid.UUID, dict[str, Any]]]:
        """The contacts' rows, their audit entries, and each customer's new primary contact."""
        now = utcnow()
        contacts: list[dict[str, Any]] = []
        primary: dict[uuid.UUID, dict[str, Any]] = {}
        for row in rows:
            record = dict.fromkeys(_CONTACT_COLUMNS)
            record.update(
                {
                    key: (value.value if isinstance(value, Enum) else value)
                    for key, value in row.values.items()
                    if key in record
                }
            )
            record.update(
                id=new_id(),
                created_at=now,
                updated_at=now,
                version=1,
                customer_id=row.extra["customer_id"],
                email=str(record["email"]) if record["email"] else None,
                is_primary=bool(record["is_primary"]),
                search_text=row.extra["search_text"],
            )
            customer_id: uuid.UUID = row.extra["customer_id"]
            if record["is_primary"]:  # one primary per customer: the file's last one
                earlier = primary.get(customer_id)
                if earlier is not None:
                    earlier["is_primary"] = False
                primary[customer_id] = record
            contacts.append(record)
        audits = CONTACTS.audit_rows("contact", contacts, _actor(self.ctx), self.request_id)
        return contacts, audits, primary


def _actor(ctx: Ctx) -> tuple[Any, Any]:
    return ctx.subject.kind, ctx.subject.api_key_id or ctx.subject.id


def _contact_keys(
    customer_id: uuid.UUID, name: str | None, mobile: str | None, email: str | None
) -> set[tuple[uuid.UUID, str, str]]:
    keys = set()
    if name:
        keys.add((customer_id, "name", _fold(name)))
    if mobile:
        keys.add((customer_id, "mobile", mobile))
    if email:
        keys.add((customer_id, "email", str(email).casefold()))
    return keys


# ----- exports ----------------------------------------------------------------------------------
class CustomerExportParams(CustomerListParams):
    """The customer list's filters, search and sort; ``limit``, ``cursor`` and
    ``include_total`` are accepted and ignored."""

    format: ExportFormat = Field("csv", description="csv (UTF-8 with a BOM) or xlsx.")


class ContactExportParams(ContactListParams):
    """The contact list's filters, search and sort; ``limit``, ``cursor`` and ``include_total``
    are accepted and ignored."""

    format: ExportFormat = Field("csv", description="csv (UTF-8 with a BOM) or xlsx.")


def _national(e164: str) -> str:
    return e164[3:] if e164.startswith("+86") else e164


def _when(moment: datetime | None) -> str | None:
    return moment.isoformat().replace("+00:00", "Z") if moment else None


def _yes(flag: bool | None) -> str:
    return "是" if flag else "否"


Columns = Sequence[tuple[str, Callable[[Any, Mapping[Any, Any]], Cell]]]

CUSTOMER_COLUMNS: Columns = (
    ("ID", lambda r, _: str(r.id)),
    ("客户名称", lambda r, _: r.name),
    ("客户类型", lambda r, _: KIND_LABELS.get(r.kind, r.kind)),
    ("简称", lambda r, _: r.short_name),
    ("统一社会信用代码", lambda r, _: r.credit_code),
    ("电话", lambda r, _: ",".join(_national(p) for p in r.phones or ())),
    ("邮箱", lambda r, _: r.email),
    ("网址", lambda r, _: r.website),
    ("行业", lambda r, _: r.industry),
    ("规模", lambda r, _: SIZE_LABELS.get(r.size, r.size)),
    ("来源", lambda r, _: SOURCE_LABELS.get(r.source, r.source)),
    ("渠道", lambda r, _: r.channel),
    ("区域", lambda r, _: r.region),
    ("片区", lambda r, _: r.territory),
    ("省份", lambda r, _: r.province),
    ("城市", lambda r, _: r.city),
    ("区县", lambda r, _: r.district),
    ("地址", lambda r, _: r.address),
    # In the system the export asks for (``coord_system``; WGS-84 as stored by default), named
    # in the next column, which an import reads back (``坐标系``).
    ("纬度", lambda r, _: geo.in_answer(r.latitude, r.longitude)[0]),
    ("经度", lambda r, _: geo.in_answer(r.latitude, r.longitude)[1]),
    ("坐标系", lambda r, _: None if r.latitude is None else geo.answer_system.get().value),
    ("客户等级", lambda r, _: r.tier),
    ("阶段", lambda r, _: STAGE_LABELS.get(r.stage, r.stage)),
    ("状态", lambda r, _: STATUS_LABELS.get(r.status, r.status)),
    ("重点客户", lambda r, _: _yes(r.key_account)),
    ("战略客户", lambda r, _: _yes(r.strategic)),
    ("年营业额", lambda r, _: r.annual_revenue),
    ("标签", lambda r, _: ",".join(r.tags or ())),
    ("备注", lambda r, _: r.remarks),
    ("负责人", lambda r, names: names.get(r.owner_id) if r.owner_id else "公海"),
    ("最近跟进时间", lambda r, _: _when(r.last_follow_up_at)),
    ("创建时间", lambda r, _: _when(r.created_at)),
    ("更新时间", lambda r, _: _when(r.updated_at)),
)

CONTACT_COLUMNS: Columns = (
    ("ID", lambda r, _: str(r.id)),
    ("客户名称", lambda r, names: names.get(r.customer_id)),
    ("客户ID", lambda r, _: str(r.customer_id)),
    ("姓名", lambda r, _: r.name),
    ("职务", lambda r, _: r.title),
    ("部门", lambda r, _: r.department),
    ("手机", lambda r, _: _national(r.mobile) if r.mobile else None),
    (
        "电话",
        lambda r, _: (
            (_national(r.phone) + (f" 转 {r.phone_extension}" if r.phone_extension else ""))
            if r.phone
            else None
        ),
    ),
    ("邮箱", lambda r, _: r.email),
    ("微信", lambda r, _: r.wechat),
    ("生日", lambda r, _: r.birthday.isoformat() if r.birthday else None),
    ("采购角色", lambda r, _: ROLE_LABELS.get(r.buying_role, r.buying_role)),
    ("主联系人", lambda r, _: _yes(r.is_primary)),
    ("备注", lambda r, _: r.notes),
    ("创建时间", lambda r, _: _when(r.created_at)),
    ("更新时间", lambda r, _: _when(r.updated_at)),
)


#: List parameters an export accepts and ignores: not part of what it exported.
_PAGING = {"format", "limit", "cursor", "include_total"}


class ExportService:
    """The export of a list: the caller's scope, the list's filters, every row, audited."""

    def __init__(self, ctx: Ctx) -> None:
        self.ctx = ctx
        self.customers = CustomerIORepository(ctx)
        self.contacts = ContactIORepository(ctx)

    def _require(self) -> None:
        if not self.ctx.subject.can("customer:export"):
            raise Forbidden("forbidden_action", permission="customer:export")

    async def customers_file(self, params: CustomerExportParams) -> IO[bytes]:
        self._require()
        filters = CustomerListParams.model_validate(params.model_dump(exclude={"format"}))
        filters._custom_filters = params.custom_filters
        fields = await custom_io.export_fields(self.ctx.session, "customer")
        header = [h for h, _ in CUSTOMER_COLUMNS] + [custom_io.header(f) for f in fields]
        sheet = _Sheet(params.format, "客户", header)
        rows = 0
        answer_in = geo.answer_system.set(params.coord_system)
        try:
            async for batch in _batches(self.customers, filters):
                owners = await self.customers.employee_names(r.owner_id for r in batch)
                for row in batch:
                    sheet.add(
                        [get(row, owners) for _, get in CUSTOMER_COLUMNS]
                        + [custom_io.cell(f, row) for f in fields]
                    )
                rows += len(batch)
        finally:
            geo.answer_system.reset(answer_in)
        await self._audit("customer_export", params, rows)
        return sheet.finish()

    async def contacts_file(self, params: ContactExportParams) -> IO[bytes]:
        self._require()
        filters = ContactListParams.model_validate(params.model_dump(exclude={"format"}))
        filters._custom_filters = params.custom_filters
        fields = await custom_io.export_fields(self.ctx.session, "contact")
        header = [h for h, _ in CONTACT_COLUMNS] + [custom_io.header(f) for f in fields]
        sheet = _Sheet(params.format, "联系人", header)
        rows = 0
        async for batch in _batches(self.contacts, filters):
            names = await self.customers.names_of(r.customer_id for r in batch)
            for row in batch:
                sheet.add(
                    [get(row, names) for _, get in CONTACT_COLUMNS]
                    + [custom_io.cell(f, row) for f in fields]
                )
            rows += len(batch)
        await self._audit("contact_export", params, rows)
        return sheet.finish()

    async def _audit(
        self, resource: str, params: CustomerExportParams | ContactExportParams, rows: int
    ) -> None:
        """An export hands out personal data in bulk (PIPL): who exported what, when, with
        which filters and how many rows is an ``export`` entry in the audit trail, written in
        the request's transaction (the export's own id names it). The filters are those the
        request set, search and sort included; paging parameters mean nothing to an export."""
        used = params.model_dump(mode="json", exclude_defaults=True, exclude=_PAGING)
        await begin_write(self.ctx.session)  # SQLite: the write lock, once the reading is done
        audit.record(
            self.ctx.session.sync_session,
            resource=resource,
            record_id=new_id(),
            action="export",
            changes={
                "format": (None, params.format),
                "filters": (None, used),
                "rows": (None, rows),
            },
        )


def _after(model: Any, column: Any, value: Any, last_id: Any, descending: bool) -> Any:
    """The keyset predicate: rows after ``(value, last_id)`` in the sort order."""
    if descending:
        return or_(column < value, and_(column == value, model.id < last_id))
    return or_(column > value, and_(column == value, model.id > last_id))


async def _batches(repo: ReadRepository[Any], params: Any) -> AsyncIterator[list[Any]]:
    """Every row of the list (the caller's scope, filters, ``q``, sort), in keyset batches of
    plain column tuples (no ORM objects pile up)."""
    model = repo.model
    stmt: Select[Any] = apply_filters(repo.readable(), params, repo.filters)
    query = await repo.custom_query(params)  # ``cf.`` filters (an export sorts by its own)
    if query is not None:
        stmt = stmt.where(*query.predicates(params.custom_filters))
    if params.q:
        stmt = stmt.where(repo.search(params.q))
    sort = parse_sort(params.sort or repo.default_sort, repo.sort_fields)
    column = getattr(model, repo.sort_fields[sort.field])
    order = (column.desc(), model.id.desc()) if sort.descending else (column, model.id)
    stmt = stmt.with_only_columns(*model.__table__.columns).order_by(*order)
    after: Any = None
    while True:
        if after is not None:
            value, last_id = after
            page = stmt.where(_after(model, column, value, last_id, sort.descending))
        else:
            page = stmt
        rows = list((await repo.session.execute(page.limit(EXPORT_BATCH))).all())
        if not rows:
            return
        yield rows
        if len(rows) < EXPORT_BATCH:
            return
        last = rows[-1]
        after = (getattr(last, repo.sort_fields[sort.field]), last.id)


router = APIRouter(tags=["customers"], route_class=UnitOfWorkRoute)

_EXPORT_RESPONSES: dict[int | str, dict[str, Any]] = {
    200: {
        "description": "The file (Content-Disposition names it)",
        "content": {MEDIA_TYPES["csv"]: {}, MEDIA_TYPES["xlsx"]: {}},
    },
    **error_responses(401, 403, 422),
}


@router.get(
    "/customers/export",
    name="customers_export",
    summary="Export the customers the caller sees (the list's filters) as CSV or XLSX",
    description="Requires `customer:export`; only customers within the caller's data scope, "
    "restricted fields left out as in the list. 422 for an invalid filter or sort. Every "
    "export is audited (an `export` entry of resource `customer_export`: who, when, the "
    "filters, the format and the number of rows).",
    response_class=StreamingResponse,
    responses=_EXPORT_RESPONSES,
)
@sort_enum(CustomerRepository)
async def export_customers(
    ctx: CtxDep,
    params: Annotated[CustomerExportParams, Query()],
) -> StreamingResponse:
    file = await ExportService(ctx).customers_file(params)
    return StreamingResponse(
        _stream(file),
        media_type=MEDIA_TYPES[params.format],
        headers={"Content-Disposition": content_disposition("客户", "customers", params.format)},
    )


@router.get(
    "/contacts/export",
    name="contacts_export",
    summary="Export the contacts the caller sees (the list's filters) as CSV or XLSX",
    description="Requires `customer:export`; only contacts of customers within the caller's "
    "data scope. 422 for an invalid filter or sort. Every export is audited (an `export` "
    "entry of resource `contact_export`: who, when, the filters, the format and the number "
    "of rows).",
    response_class=StreamingResponse,
    responses=_EXPORT_RESPONSES,
)
@sort_enum(ContactRepository)
async def export_contacts(
    ctx: CtxDep,
    params: Annotated[ContactExportParams, Query()],
) -> StreamingResponse:
    file = await ExportService(ctx).contacts_file(params)
    return StreamingResponse(
        _stream(file),
        media_type=MEDIA_TYPES[params.format],
        headers={"Content-Disposition": content_disposition("联系人", "contacts", params.format)},
    )


routers: list[APIRouter] = [router]


async def resolve_customers(repo: CustomerIORepository, rows: list[CheckedRow]) -> None:
    """``extra["customer_id"]`` of each row, from ``customer_id`` or the exact name, among the
    customers the uploader may change (else the row fails, as ``POST`` would)."""
    by_name = await repo.writable_by_name(
        r.extra["customer_name"] for r in rows if r.ok and "customer_id" not in r.extra
    )
    by_id = await repo.writable_ids(
        r.extra["customer_id"] for r in rows if "customer_id" in r.extra
    )
    for row in rows:
        if not row.ok:
            continue
        if "customer_id" in row.extra:
            if row.extra["customer_id"] not in by_id:
                row.fail("customer_id", "No such customer (that you may change)", "not_found")
            continue
        matches = by_name.get(row.extra["customer_name"], [])
        if not matches:
            row.fail("customer", "No customer of this name (that you may change)", "not_found")
        elif len(matches) > 1:
            row.fail(
                "customer",
                f"{len(matches)} customers have this name; give customer_id instead",
                "ambiguous_customer",
            )
        else:
            row.extra["customer_id"] = matches[0]


register_importer("customers", CustomerImporter)
register_importer("contacts", ContactImporter)
