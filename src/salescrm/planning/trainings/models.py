"""The tables of trainings."""

from __future__ import annotations
