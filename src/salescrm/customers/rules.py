"""Customer data rules that are pure functions: the unified social credit code checksum, phone
normalisation with ``phonenumbers`` (default region CN), and the keys duplicate detection
compares. Used by the request schemas and by imports alike.
"""

from __future__ import annotations

import re
import unicodedata

import phonenumbers

#: GB 32100-2015: the 31 characters a code may use (no I, O, S, V, Z), each worth its index.
_CODE_CHARS = "0123456789ABCDEFGHJKLMNPQRTUWXY"
_CODE_VALUES = {c: i for i, c in enumerate(_CODE_CHARS)}
_CODE_WEIGHTS = (1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28)
DEFAULT_REGION = "CN"


def credit_code_check_char(first17: str) -> str:
    total = sum(_CODE_VALUES[c] * w for c, w in zip(first17, _CODE_WEIGHTS, strict=True))
    return _CODE_CHARS[(31 - total % 31) % 31]


def normalize_credit_code(value: str) -> str:
    """The code in upper case, or ``ValueError`` naming what is wrong with it."""
    code = unicodedata.normalize("NFKC", value).strip().upper()
    if len(code) != 18:
        raise ValueError("A unified social credit code has 18 characters")
    if any(c not in _CODE_VALUES for c in code):
        raise ValueError("A unified social credit code uses digits and A-Y without I, O, S, V, Z")
    if credit_code_check_char(code[:17]) != code[17]:
        raise ValueError("The unified social credit code's check character is wrong")
    return code


def normalize_phone(value: str, region: str = DEFAULT_REGION) -> tuple[str, str | None]:
    """``(E.164, extension)`` of a phone number written any usual way, or ``ValueError``.

    ``138 1234 5678``, ``+86-138-1234-5678`` and ``010-6552 9988 转 123`` all parse.
    """
    text = unicodedata.normalize("NFKC", value).strip().replace("转", " ext. ")
    try:
        number = phonenumbers.parse(text, region)
    except phonenumbers.NumberParseException as exc:
        raise ValueError("Not a phone number") from exc
    if not phonenumbers.is_valid_number(number):
        raise ValueError("Not a valid phone number")
    if number.extension and len(number.extension) > 10:
        raise ValueError("An extension has at most 10 digits")
    e164 = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
    return e164, number.extension or None


def normalize_mobile(value: str, region: str = DEFAULT_REGION) -> str:
    e164, _ = normalize_phone(value, region)
    number = phonenumbers.parse(e164)
    kind = phonenumbers.number_type(number)
    if kind not in (
        phonenumbers.PhoneNumberType.MOBILE,
        phonenumbers.PhoneNumberType.FIXED_LINE_OR_MOBILE,
    ):
        raise ValueError("Not a mobile number")
    return e164


_PUNCT = re.compile(r"[\s\W_]+", re.UNICODE)
#: Legal-form suffixes that do not tell two companies apart (longest first).
_LEGAL_FORMS = (
    "股份有限公司",
    "有限责任公司",
    "集团有限公司",
    "有限公司",
    "分公司",
    "公司",
    "co.,ltd.",
    "co.,ltd",
    "co.ltd",
    "limited",
    "ltd",
    "inc",
    "llc",
    "corp",
    "corporation",
    "gmbh",
)


def name_key(name: str) -> str:
    """The name as duplicate detection compares it: width- and case-folded, punctuation and
    spaces removed, and a trailing legal form dropped (``上海华信科技有限公司`` and
    ``上海华信科技（有限公司）`` match; ``华信`` and ``华信科技`` do not)."""
    text = unicodedata.normalize("NFKC", name).casefold().strip()
    for suffix in _LEGAL_FORMS:
        squeezed = _PUNCT.sub("", suffix)
        plain = _PUNCT.sub("", text)
        if plain.endswith(squeezed) and len(plain) > len(squeezed):
            return plain[: -len(squeezed)]
    return _PUNCT.sub("", text)


def match_keys(
    *, name: str | None, credit_code: str | None, phones: list[str], email: str | None
) -> set[tuple[str, str]]:
    """``(kind, value)`` pairs that two customers share when they are likely the same."""
    keys: set[tuple[str, str]] = set()
    if name:
        key = name_key(name)
        if key:
            keys.add(("name", key[:254]))
    if credit_code:
        keys.add(("credit_code", credit_code))
    keys.update(("phone", phone) for phone in phones)
    if email:
        keys.add(("email", email.casefold()))
    return keys
