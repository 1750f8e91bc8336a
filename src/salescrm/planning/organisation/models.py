"""The tables of organisation."""

from __future__ import annotations
