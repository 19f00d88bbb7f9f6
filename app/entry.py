"""Starting the window: the only place in `app/` that reaches into `ui/`, and only when asked to.

The import happens inside the function so the command line and the domain never load Qt widgets.
"""

from __future__ import annotations

from pathlib import Path


def start_window(data_dir: Path | None, selftest: bool = False) -> int:
    from ui.launcher import run

    return run(data_dir, selftest=selftest)
