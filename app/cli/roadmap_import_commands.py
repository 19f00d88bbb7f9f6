"""roadmap import: reading the district's Word/Excel roadmap into this profile."""

from __future__ import annotations


def add_parsers(sub, groups) -> None:
    """Add this module's commands: `sub` holds the top-level commands, `groups` the existing command groups."""


HANDLERS: dict = {}
