"""Why a roadmap file was not imported, in words a deputy director can act on.

`ImportRefused` covers every refusal: a file that is not a Word/Excel document, a damaged or
hostile one, or one without a roadmap table. `ImportCancelled` is raised when the person pressed
«Отмена» while the file was being read.
"""

from __future__ import annotations

from app.errors import UserError


class ImportRefused(UserError):
    """The file cannot be imported; the message says what to do with it."""


class ImportCancelled(UserError):
    """Reading stopped because the person cancelled it."""
