"""The tables of plans."""

from __future__ import annotations
