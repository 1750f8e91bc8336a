"""Mechanisms written once and used by every bounded context."""
