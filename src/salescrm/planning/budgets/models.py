"""The tables of budgets."""

from __future__ import annotations
