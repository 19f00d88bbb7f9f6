"""Clock and date formatting: local time with its UTC offset, dates as ДД.ММ.ГГГГ."""

from __future__ import annotations

from datetime import date, datetime


def now() -> datetime:
    """Local time with the machine's UTC offset, to the second (as stored and shown)."""
    return datetime.now().astimezone().replace(microsecond=0)


def format_date(value: date | None) -> str:
    """ДД.ММ.ГГГГ, the form Russian documents use; empty for no date."""
    return "" if value is None else value.strftime("%d.%m.%Y")


def format_datetime(value: datetime | None) -> str:
    """ДД.ММ.ГГГГ ЧЧ:ММ in the value's own offset."""
    return "" if value is None else value.strftime("%d.%m.%Y %H:%M")



def parse_date(text: str) -> date:
    """Read ДД.ММ.ГГГГ or YYYY-MM-DD; raises ValueError for anything else."""
    text = text.strip()
    for fmt in ("%d.%m.%Y", "%Y-%m-%d"):
        try:
            return datetime.strptime(text, fmt).date()
        except ValueError:
            continue
    raise ValueError(text)
