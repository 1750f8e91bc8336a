"""The tables of commissions."""

from __future__ import annotations
