"""Message catalogue for problem titles and details: English (default) and Simplified Chinese.

Error ``code``s are stable and language-neutral; only ``title``/``detail``/``msg`` are translated.
The language comes from the request's ``Accept-Language`` (``zh*`` → Chinese, else English).
"""

from __future__ import annotations

from collections.abc import Mapping
from contextvars import ContextVar
from enum import StrEnum
from typing import Final, TypeVar

EN: Final = "en"
ZH: Final = "zh-CN"

current_language: ContextVar[str] = ContextVar("current_language", default=EN)


def negotiate(accept_language: str | None) -> str:
    """Pick ``zh-CN`` or ``en`` from an Accept-Language header, honouring q-values."""
    if not accept_language:
        return EN
    best, best_q = EN, -1.0
    for part in accept_language.split(","):
        tag, _, params = part.strip().partition(";")
        q = 1.0
        if params.strip().startswith("q="):
            try:
                q = float(params.strip()[2:])
            except ValueError:
                q = 0.0
        tag = tag.strip().lower()
        lang = ZH if tag.startswith("zh") else EN if tag.startswith("en") or tag == "*" else None
        if lang is not None and q > best_q:
            best, best_q = lang, q
    return best


# code -> (English, Chinese); ``{name}`` placeholders are filled from the error's params.
TITLES: Final[dict[str, tuple[str, str]]] = {
    "malformed_request": ("Malformed request", "请求格式错误"),
    "validation_error": ("Validation failed", "数据校验失败"),
    "unauthorized": ("Authentication required", "需要身份认证"),
    "forbidden": ("Permission denied", "没有权限"),
    "not_found": ("Not found", "未找到"),
    "method_not_allowed": ("Method not allowed", "不支持该请求方法"),
    "conflict": ("Conflict", "数据冲突"),
    "duplicate": ("Duplicate record", "记录重复"),
    "id_conflict": ("Id taken", "ID 已被占用"),
    "precondition_failed": ("Precondition failed", "前置条件不满足"),
    "precondition_required": ("Precondition required", "缺少前置条件"),
    "gone": ("Gone", "已不存在"),
    "payload_too_large": ("Request body too large", "请求体过大"),
    "unsupported_media_type": ("Unsupported media type", "不支持的内容类型"),
    "idempotency_key_reused": ("Idempotency key reused", "幂等键重复使用"),
    "idempotency_in_progress": ("Request in progress", "请求正在处理中"),
    "rate_limited": ("Too many requests", "请求过于频繁"),
    "internal_error": ("Internal server error", "服务器内部错误"),
    "service_unavailable": ("Service unavailable", "服务不可用"),
    "database_busy": ("Database busy", "数据库繁忙"),
    "database_unavailable": ("Database unavailable", "数据库不可用"),
    "headers_too_large": ("Request headers too large", "请求头过大"),
}

DETAILS: Final[dict[str, tuple[str, str]]] = {
    "malformed_json": (
        "The request body is not valid JSON.",
        "请求体不是合法的 JSON。",
    ),
    "validation_error": (
        "The request has {count} invalid field(s); see 'errors'.",
        "请求中有 {count} 个字段无效,详见 errors。",
    ),
    "route_not_found": ("No resource at {path}.", "路径 {path} 不存在。"),
    "method_not_allowed": (
        "{method} is not allowed on {path}.",
        "路径 {path} 不支持 {method} 方法。",
    ),
    "record_not_found": (
        "No {resource} with id {id}.",
        "找不到 ID 为 {id} 的{resource_zh}。",
    ),
    "duplicate_field": (
        "A {resource} with this {field} already exists.",
        "已存在相同{field_zh}的{resource_zh}。",
    ),
    "integrity_conflict": (
        "The change conflicts with existing data.",
        "该修改与现有数据冲突。",
    ),
    "id_conflict": (
        "This id is taken; a repeated create returns only a live record you can see. Use a new id.",
        "该 ID 已被占用;重复创建只会返回您可查看的未删除记录。请使用新的 ID。",
    ),
    "stale_version": (
        "The record has changed since version {expected}; it is now at version {current}.",
        "记录已在版本 {expected} 之后被修改,当前版本为 {current}。",
    ),
    "concurrent_update": (
        "The record was changed by another request at the same time; fetch it and retry.",
        "记录已被其他请求同时修改,请重新获取后重试。",
    ),
    "if_match_unmatched": (
        "If-Match names no current entity tag of the record; "
        'it is now at version {current} (ETag "{current}").',
        'If-Match 未包含记录的当前实体标签;当前版本为 {current}(ETag "{current}")。',
    ),
    "body_too_large": (
        "The request body exceeds the limit of {limit} bytes.",
        "请求体超过 {limit} 字节的限制。",
    ),
    "json_required": (
        "This operation accepts application/json, not {content_type}.",
        "此操作只接受 application/json,而不是 {content_type}。",
    ),
    "idempotency_key_reused": (
        "This Idempotency-Key was used with a different request.",
        "该 Idempotency-Key 已用于另一个不同的请求。",
    ),
    "idempotency_in_progress": (
        "A request with this Idempotency-Key is still being processed.",
        "使用该 Idempotency-Key 的请求仍在处理中。",
    ),
    "bad_cursor": (
        "The cursor is invalid or does not belong to this query.",
        "分页游标无效或与当前查询不匹配。",
    ),
    "forbidden_action": (
        "You lack the permission {permission}.",
        "您没有 {permission} 权限。",
    ),
    "unauthorized": (
        "Valid credentials are required.",
        "需要有效的身份凭证。",
    ),
    "sync_cursor_expired": (
        "The events after this cursor are no longer kept; start again from zero (GET "
        "/api/v1/sync/changes without since, then load the lists).",
        "此游标之后的事件已不再保留；请从头同步"
        "（不带 since 调用 GET /api/v1/sync/changes，再加载列表）。",
    ),
    "if_match_required": (
        "This operation requires an If-Match header with the record's ETag.",
        "此操作需要携带记录 ETag 的 If-Match 请求头。",
    ),
    "read_only_record": (
        "This record is shared with you for reading only.",
        "该记录仅共享给您查看,不能修改。",
    ),
    "linked_record_read_only": (
        "This record is attached to a {resource} you may not change.",
        "该记录关联的{resource_zh}不在您可修改的范围内。",
    ),
    "outside_scope": (
        "The change would put the record outside what you may manage.",
        "该修改会使记录超出您的管理范围。",
    ),
    "ownership_outside_scope": (
        "Only the owner and those above them may give this record away; a share does not.",
        "只有负责人及其上级可以转移该记录,共享不包含此权限。",
    ),
    "bad_credentials": (
        "The username or password is wrong.",
        "用户名或密码错误。",
    ),
    "invalid_token": (
        "The access token is missing, invalid, expired or revoked.",
        "访问令牌缺失、无效、已过期或已被吊销。",
    ),
    "invalid_refresh_token": (
        "The refresh token is invalid, expired or was already used.",
        "刷新令牌无效、已过期或已被使用。",
    ),
    "too_many_failures": (
        "Too many failed logins; try again in {retry_after} seconds.",
        "登录失败次数过多,请在 {retry_after} 秒后重试。",
    ),
    "not_deleted": ("The {resource} is not deleted.", "该{resource_zh}未被删除。"),
    "internal_error": (
        "An unexpected error occurred. Quote request id {request_id} when reporting it.",
        "发生意外错误。报告问题时请提供请求 ID {request_id}。",
    ),
    "database_unavailable": (
        "The database is not answering.",
        "数据库无响应。",
    ),
    "database_busy": (
        "The database is busy with other changes; nothing was changed. Try again in "
        "{retry_after} seconds.",
        "数据库正忙于处理其他修改,本次请求未做任何修改。请在 {retry_after} 秒后重试。",
    ),
    "headers_too_large": (
        "The request's headers are larger than the {limit} bytes this server accepts.",
        "请求头超过了服务器允许的 {limit} 字节。",
    ),
    "database_down": (
        "The database cannot be reached right now. Try again in {retry_after} seconds; a "
        "request sent with an Idempotency-Key can be repeated safely.",
        "暂时无法连接数据库。请在 {retry_after} 秒后重试;带 Idempotency-Key 的请求可以安全重发。",
    ),
}

# Validation messages by pydantic error type; others fall back to pydantic's English text.
VALIDATION_MESSAGES_ZH: Final[dict[str, str]] = {
    "missing": "缺少必填字段",
    "extra_forbidden": "不允许的字段",
    "string_too_short": "字符串太短",
    "string_too_long": "字符串太长",
    "string_type": "必须是字符串",
    "int_parsing": "必须是整数",
    "int_type": "必须是整数",
    "bool_parsing": "必须是布尔值",
    "bool_type": "必须是布尔值",
    "decimal_parsing": "必须是数字",
    "decimal_type": "必须是数字",
    "decimal_max_places": "小数位数过多",
    "decimal_max_digits": "数字位数过多",
    "greater_than": "数值过小",
    "greater_than_equal": "数值过小",
    "less_than": "数值过大",
    "less_than_equal": "数值过大",
    "enum": "不是允许的取值",
    "literal_error": "不是允许的取值",
    "uuid_parsing": "必须是 UUID",
    "uuid_type": "必须是 UUID",
    "date_from_datetime_parsing": "必须是日期 (YYYY-MM-DD)",
    "date_parsing": "必须是日期 (YYYY-MM-DD)",
    "datetime_parsing": "必须是 ISO 8601 时间",
    "datetime_from_date_parsing": "必须是 ISO 8601 时间",
    "string_pattern_mismatch": "格式不正确",
    "value_error": "取值无效",
    "model_attributes_type": "必须是对象",
    "dict_type": "必须是对象",
    "list_type": "必须是数组",
    "json_invalid": "不是合法的 JSON",
    "bad_cursor": "分页游标无效",
    "bad_sort": "不支持的排序字段",
    "string_nul": "不能包含 NUL 字符 (\\u0000)",
    "string_surrogate": "必须是合法的 Unicode 文本:单独的代理码元 (\\ud800-\\udfff) 不是字符",
    "decimal_text": "必须是普通的小数 (例如 12500.00),且在该字段的范围和小数位数之内",
    "phone_invalid": "不是有效的电话号码",
    "email_invalid": "不是有效的电子邮件地址",
    "credit_code_invalid": "统一社会信用代码的校验码不正确",
    "parent_required": "必须同时给出所属的上级记录",
    "stage_missing": "请同时给出新的阶段",
    "timezone_aware": "必须包含时区 (例如 Z 或 +08:00)",
    "datetime_out_of_range": "时间超出可表示的范围",
}

RESOURCE_NAMES_ZH: dict[str, str] = {"record": "记录"}
FIELD_NAMES_ZH: dict[str, str] = {"id": "ID", "code": "编码", "name": "名称"}


def register_names(resources: dict[str, str], fields: dict[str, str] | None = None) -> None:
    """Let a bounded context add the Chinese names of its resources and fields."""
    RESOURCE_NAMES_ZH.update(resources)
    FIELD_NAMES_ZH.update(fields or {})


def register_titles(titles: dict[str, tuple[str, str]]) -> None:
    """Let a bounded context add the titles of its own problem codes (English, Chinese)."""
    overlap = set(titles) & set(TITLES)
    if overlap:
        raise ValueError(f"problem codes defined twice: {sorted(overlap)}")
    TITLES.update(titles)


def register_details(details: dict[str, tuple[str, str]]) -> None:
    """Let a bounded context add its own problem details (English, Chinese)."""
    overlap = set(details) & set(DETAILS)
    if overlap:
        raise ValueError(f"detail keys defined twice: {sorted(overlap)}")
    DETAILS.update(details)


def _format(template: str, params: dict[str, object]) -> str:
    try:
        return template.format(**params)
    except (KeyError, IndexError, ValueError):
        return template


def title(code: str, lang: str) -> str:
    en, zh = TITLES.get(
        code, TITLES["internal_error"] if code == "internal_error" else (code, code)
    )
    return zh if lang == ZH else en


def detail(key: str, lang: str, params: dict[str, object]) -> str:
    en, zh = DETAILS.get(key, (key, key))
    if lang != ZH:
        return _format(en, params)
    zh_params = dict(params)
    zh_params.setdefault(
        "resource_zh", RESOURCE_NAMES_ZH.get(str(params.get("resource", "")), "记录")
    )
    field = str(params.get("field", ""))
    zh_params.setdefault("field_zh", FIELD_NAMES_ZH.get(field, field))
    return _format(zh, zh_params)


def validation_message(error_type: str, english: str, lang: str) -> str:
    if lang == ZH:
        return VALIDATION_MESSAGES_ZH.get(error_type, english)
    return english


# ----- words for people rather than for problems: timeline titles, calendar entries, the names
# of codes (a stage, a status). Contexts register theirs; the language is the request's.
MESSAGES: Final[dict[str, tuple[str, str]]] = {}
LABELS: Final[dict[str, dict[str, tuple[str, str]]]] = {}


def register_messages(messages: dict[str, tuple[str, str]]) -> None:
    """Let a bounded context add text it shows to people (English, Chinese), by key."""
    overlap = set(messages) & set(MESSAGES)
    if overlap:
        raise ValueError(f"message keys defined twice: {sorted(overlap)}")
    MESSAGES.update(messages)


def register_labels(group: str, labels: dict[str, tuple[str, str]]) -> None:
    """Let a bounded context name the values of one of its codes (``TaskStatus``: ``done`` →
    Done, 已完成), so that people read a name where the API keeps the code."""
    known = LABELS.setdefault(group, {})
    overlap = set(labels) & set(known)
    if overlap:
        raise ValueError(f"labels of {group} defined twice: {sorted(overlap)}")
    known.update(labels)


def message(key: str, lang: str | None = None, /, **params: object) -> str:
    """A registered text in ``lang`` (by default the request's language), filled in."""
    en, zh = MESSAGES[key]
    return _format(zh if (lang or current_language.get()) == ZH else en, params)


def label(group: str, value: str | None, lang: str | None = None) -> str:
    """The name of a code in ``lang``; a code without a registered name is shown as it is (a
    value an administrator configured, such as a custom activity type)."""
    if value is None:
        return "-"
    names = LABELS.get(group, {}).get(value)
    if names is None:
        return value
    return names[1] if (lang or current_language.get()) == ZH else names[0]


def has_label(group: str, value: str) -> bool:
    return value in LABELS.get(group, {})


# ----- the names of the API's enumerations (``GET /api/v1/labels``) ---------------------------
#: Every enumeration the API exposes, by its OpenAPI component name (the class name), with the
#: English and Chinese name of each value, in the enumeration's order.
ENUM_LABELS: Final[dict[str, dict[str, tuple[str, str]]]] = {}

E = TypeVar("E", bound=StrEnum)


def register_enum(enum: type[E], labels: Mapping[str, tuple[str, str]]) -> type[E]:
    """Name every value of an enumeration the API exposes (English, Chinese), next to the
    enumeration itself; a value without a name, or a name of no value, is refused at import, so
    the catalogue cannot fall behind the enum. ``label(Enum.__name__, value)`` reads them."""
    name = enum.__name__
    if name in ENUM_LABELS:
        raise ValueError(f"enumeration {name} labelled twice")
    values = [m.value for m in enum]
    missing = [v for v in values if v not in labels]
    extra = [k for k in labels if k not in values]
    if missing or extra:
        raise ValueError(f"labels of {name}: missing {missing}, unknown {extra}")
    ordered = {v: labels[v] for v in values}
    ENUM_LABELS[name] = ordered
    register_labels(name, ordered)
    return enum
