"""The routes of organisation."""

from __future__ import annotations

from fastapi import APIRouter

routers: list[APIRouter] = []
