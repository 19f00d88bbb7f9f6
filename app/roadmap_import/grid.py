"""The neutral shape every reader produces: the document's paragraphs and tables, in order.

A table is a rectangle of cells with merged areas resolved: every position a merged cell covers
holds the merged cell's text, and `anchor` names the top-left position it came from, so the detector
can tell a section title spanning the row from five equal cells. Multi-line cell text keeps its
line breaks ("\n").
"""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class Cell:
    text: str
    # (row, column) of the top-left cell of the merged area this position belongs to; its own
    # position when not merged.
    anchor: tuple[int, int]


@dataclass
class Table:
    rows: list[list[Cell]]
    # Where the table came from, for messages: "таблица 2" or "лист «План»".
    origin: str = ""

    @property
    def height(self) -> int:
        return len(self.rows)

    @property
    def width(self) -> int:
        return max((len(row) for row in self.rows), default=0)

    def text(self, row: int, column: int) -> str:
        cells = self.rows[row]
        return cells[column].text if column < len(cells) else ""

    def is_covered(self, row: int, column: int) -> bool:
        """True when this position repeats a merged cell that starts elsewhere."""
        cells = self.rows[row]
        return column < len(cells) and cells[column].anchor != (row, column)


@dataclass(frozen=True)
class Paragraph:
    text: str
    # The paragraph style's name when the format has one ("Heading 1", "Title"), else "".
    style: str = ""


Block = Paragraph | Table


@dataclass
class Document:
    """Paragraphs and tables in reading order; for a workbook, each sheet is one table."""

    blocks: list[Block] = field(default_factory=list)
    source_name: str = ""
    kind: str = ""  # "docx" or "xlsx"

    @property
    def tables(self) -> list[Table]:
        return [block for block in self.blocks if isinstance(block, Table)]


def tidy_text(text: str) -> str:
    """Text as a reader keeps it: lines trimmed, blank lines dropped, line breaks as "\\n".

    Word and Excel users pad cells with spaces and empty lines for looks; they carry no meaning.
    """
    lines = (line.strip() for line in text.splitlines())
    return "\n".join(line for line in lines if line)
