"""Exchange commands: export, import and verify signed bundles."""

from __future__ import annotations


def add_parsers(sub, groups) -> None:
    """Add this module's commands: `sub` holds the top-level commands, `groups` the existing command groups."""


HANDLERS: dict = {}
