"""The routes of plans."""

from __future__ import annotations

from fastapi import APIRouter

routers: list[APIRouter] = []
