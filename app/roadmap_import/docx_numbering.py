"""Word's automatic list numbering, as the reader of the document sees it: «1.», «2.3.», «IV.».

A district's «№» column is often not typed but numbered by Word (a numbered list in the cells), so the
text of those cells is empty and the number exists only on screen. The numbering definitions
(numbering.xml) say, per list and level, the first value, the format (decimal, Roman, letters) and the
label pattern («%1.%2.»); the paragraphs say which list and level they belong to, directly or through
their style. The labels are worked out in document order, as Word does: a list continues through
the document, shares its counters with every list of the same definition unless one restarts it,
and a deeper level restarts after a higher one. Bullets are not numbers and give no label.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from docx.oxml.ns import qn
from lxml.etree import _Element

VAL = qn("w:val")
_PLACEHOLDER = re.compile(r"%([1-9])")
_ROMAN = ((1000, "M"), (900, "CM"), (500, "D"), (400, "CD"), (100, "C"), (90, "XC"), (50, "L"), (40, "XL"),
          (10, "X"), (9, "IX"), (5, "V"), (4, "IV"), (1, "I"))
_RUSSIAN = "абвгдежзиклмнопрстуфхцчшщэюя"
_LATIN = "abcdefghijklmnopqrstuvwxyz"
MAX_LEVELS = 9
# A damaged file may ask for absurd start values; a list in a roadmap is short.
MAX_VALUE = 100_000


@dataclass
class _Level:
    start: int = 1
    fmt: str = "decimal"
    text: str = ""
    legal: bool = False


@dataclass
class _List:
    """One numbering definition (abstractNum): its levels and its running counters."""

    levels: dict[int, _Level] = field(default_factory=dict)
    counters: dict[int, int] = field(default_factory=dict)


@dataclass
class _Instance:
    """A w:num: which definition it numbers with, and the levels it restarts."""

    definition: str
    starts: dict[int, int] = field(default_factory=dict)
    levels: dict[int, _Level] = field(default_factory=dict)
    used: bool = False


class Numbering:
    """Labels of numbered paragraphs, computed in the order `label` is asked for them (document order)."""

    def __init__(self, numbering: _Element | None, styles: _Element | None) -> None:
        self.lists: dict[str, _List] = {}
        self.instances: dict[str, _Instance] = {}
        self.style_numbers: dict[str, tuple[str | None, int | None]] = {}
        self.style_parents: dict[str, str] = {}
        if styles is not None:
            self._read_styles(styles)
        if numbering is not None:
            self._read_numbering(numbering)

    def _read_styles(self, styles: _Element) -> None:
        for style in styles.iter(qn("w:style")):
            style_id = style.get(qn("w:styleId"), "")
            based = style.find(qn("w:basedOn"))
            if based is not None:
                self.style_parents[style_id] = based.get(VAL, "")
            num_pr = style.find(f"{qn('w:pPr')}/{qn('w:numPr')}")
            if num_pr is not None:
                self.style_numbers[style_id] = _num_pr(num_pr)

    def _read_numbering(self, numbering: _Element) -> None:
        links: dict[str, str] = {}
        for abstract in numbering.findall(qn("w:abstractNum")):
            key = abstract.get(qn("w:abstractNumId"), "")
            self.lists[key] = _List(levels={level: spec for level, spec in _levels(abstract)})
            link = abstract.find(qn("w:numStyleLink"))
            if link is not None:
                links[key] = link.get(VAL, "")
        for num in numbering.findall(qn("w:num")):
            abstract = num.find(qn("w:abstractNumId"))
            if abstract is None:
                continue
            instance = _Instance(abstract.get(VAL, ""))
            for override in num.findall(qn("w:lvlOverride")):
                level = _int(override.get(qn("w:ilvl")), 0)
                start = override.find(qn("w:startOverride"))
                if start is not None:
                    instance.starts[level] = _int(start.get(VAL), 1)
                spec = override.find(qn("w:lvl"))
                if spec is not None:
                    instance.levels[level] = _level(spec)
            self.instances[num.get(qn("w:numId"), "")] = instance
        # A definition that only points at a numbering style («numStyleLink») numbers as that style's list.
        for key, style in links.items():
            number_id, _ = self.style_numbers.get(style, (None, None))
            target = self.instances.get(number_id or "")
            if target is not None and target.definition in self.lists and not self.lists[key].levels:
                for instance in self.instances.values():
                    if instance.definition == key:
                        instance.definition = target.definition

    def label(self, paragraph: _Element, style_id: str) -> str:
        """The label Word shows before this paragraph («1.2.»), "" when it is not numbered."""
        number_id, level = self._numbering_of(paragraph, style_id)
        instance = self.instances.get(number_id or "")
        if instance is None or number_id == "0":
            return ""
        definition = self.lists.get(instance.definition)
        if definition is None:
            return ""
        level = min(max(level or 0, 0), MAX_LEVELS - 1)
        spec = instance.levels.get(level) or definition.levels.get(level)
        if spec is None or spec.fmt in ("bullet", "none") or not spec.text:
            return ""
        counters = definition.counters
        if not instance.used:
            instance.used = True
            for restarted, start in instance.starts.items():
                counters[restarted] = start - 1
                for deeper in [k for k in counters if k > restarted]:
                    del counters[deeper]
        counters[level] = min(counters.get(level, spec.start - 1) + 1, MAX_VALUE)
        for deeper in [k for k in counters if k > level]:
            del counters[deeper]

        def value(match: re.Match) -> str:
            shown = int(match.group(1)) - 1
            shown_spec = instance.levels.get(shown) or definition.levels.get(shown) or _Level()
            count = counters.get(shown, shown_spec.start)
            return _format(count, "decimal" if spec.legal and shown < level else shown_spec.fmt)

        return _PLACEHOLDER.sub(value, spec.text).strip()

    def _numbering_of(self, paragraph: _Element, style_id: str) -> tuple[str | None, int | None]:
        number_id: str | None = None
        level: int | None = None
        num_pr = paragraph.find(f"{qn('w:pPr')}/{qn('w:numPr')}")
        if num_pr is not None:
            number_id, level = _num_pr(num_pr)
        seen: set[str] = set()
        while style_id and style_id not in seen and (number_id is None or level is None):
            seen.add(style_id)
            style_number, style_level = self.style_numbers.get(style_id, (None, None))
            number_id = number_id if number_id is not None else style_number
            level = level if level is not None else style_level
            style_id = self.style_parents.get(style_id, "")
        return number_id, level


def _num_pr(num_pr: _Element) -> tuple[str | None, int | None]:
    number = num_pr.find(qn("w:numId"))
    level = num_pr.find(qn("w:ilvl"))
    return (number.get(VAL) if number is not None else None), (_int(level.get(VAL), 0) if level is not None else None)


def _levels(abstract: _Element):
    for spec in abstract.findall(qn("w:lvl")):
        yield _int(spec.get(qn("w:ilvl")), 0), _level(spec)


def _level(spec: _Element) -> _Level:
    def value(name: str) -> str | None:
        found = spec.find(qn(name))
        return found.get(VAL) if found is not None else None

    legal = spec.find(qn("w:isLgl"))
    return _Level(
        start=min(_int(value("w:start"), 1), MAX_VALUE),
        fmt=value("w:numFmt") or "decimal",
        text=value("w:lvlText") or "",
        legal=legal is not None and legal.get(VAL, "true") not in ("0", "false", "off"),
    )


def _int(text: str | None, default: int) -> int:
    try:
        return int(text) if text is not None else default
    except ValueError:
        return default


def _format(count: int, fmt: str) -> str:
    if fmt in ("upperRoman", "lowerRoman") and 0 < count < 4000:
        roman = ""
        for value, letters in _ROMAN:
            while count >= value:
                roman, count = roman + letters, count - value
        return roman if fmt == "upperRoman" else roman.lower()
    alphabet = _RUSSIAN if fmt.startswith("russian") else _LATIN if fmt.endswith("Letter") else ""
    if alphabet and count > 0:
        letter = alphabet[(count - 1) % len(alphabet)] * ((count - 1) // len(alphabet) + 1)
        return letter.upper() if fmt in ("upperLetter", "russianUpper") else letter
    if fmt == "decimalZero" and 0 <= count < 10:
        return f"0{count}"
    return str(count)
