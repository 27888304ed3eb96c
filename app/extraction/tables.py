"""Tables in the text extraction reads. app.mail.parse writes an HTML table's cells as
tab-separated columns, empty cells too, so a row of headings ("Date  Merchant  Amount (INR)")
followed by rows of values keeps each value under its heading. A value's heading then plays the
part a label written just before it plays in a sentence ("Amount (INR): 1,180.00")."""

import re
from typing import NamedTuple

# A heading row has at least this many cells: two-cell rows are label/value pairs
# ("Payee  Shoprite"), read as such where they stand.
_MIN_COLUMNS = 3
_LINE = re.compile(r"[^\n]+")
_DIGIT = re.compile(r"\d")


def headings(text: str) -> dict[int, tuple[int, int]]:
    """Where each value under a heading starts → the heading's span: value cells under a
    table's heading row, and a short line under a short label line of its own ("Transaction
    Amount" over "INR 5,822.00", as cards laid out in HTML read)."""
    found = _label_lines(text)
    found.update(column_headings(text))
    if "   " in text:
        found.update(spaced_column_headings(text))
    return found


def _label_lines(text: str) -> dict[int, tuple[int, int]]:
    return {match.start("value"): match.span("label") for match in _LABEL_OVER_VALUE.finditer(text)}


# Cards laid out in HTML put a label and its value on short lines of their own: a label line
# has no digits and does not end a sentence. Blank lines may stand between the two when a blank
# line follows the value too; else a title over a run of label and value lines ("Debit notice",
# blank, "Type", "Direct debit", "Payee", "Vattenfall") would pair off each label with the value
# line above its own.
_LABEL_OVER_VALUE = re.compile(
    r"^ *(?P<label>[^\n\d\t ][^\n\d\t]{0,38}[^\n\d\t ,.!?]) *\n"
    r"(?:(?:[ ]*\n)+(?= *[^\n\t ][^\n\t]{0,39}(?:\n[ ]*\n|\n?\Z)))?"
    r" *(?=[^\n\t ])(?P<value>[^\n\t]{1,40})$",
    re.MULTILINE,
)


def column_headings(text: str) -> dict[int, tuple[int, int]]:
    """Where each value cell under a heading row starts → its heading's span. Cells are parted
    by tabs (HTML tables) or by " | " (tables written as text, "Date | Details | Amount")."""
    if "\t" not in text and " | " not in text:
        return {}
    found: dict[int, tuple[int, int]] = {}
    heading: list[tuple[int, int]] | None = None
    for line in _LINE.finditer(text):
        if heading is not None and _TABLE_RULE.fullmatch(line.group()):
            continue  # "+------+------+", "|------|------|": the rule under a heading row
        if "\t" not in line.group() and " | " not in line.group():
            heading = None
            continue
        cells = _cells(line.start(), line.group())
        # A row may lack its last, empty cell (a text line loses its trailing tab).
        if heading is not None and len(heading) - 1 <= len(cells) <= len(heading):
            for (start, end), span in zip(cells, heading, strict=False):
                if start < end and span[0] < span[1]:
                    found[start] = span
                    if text[start] in _SIGNS:  # a signed number starts after its sign
                        found[start + 1] = span
            continue
        is_heading = len(cells) >= _MIN_COLUMNS and not _DIGIT.search(line.group())
        heading = cells if is_heading else None
    return found


def _cells(offset: int, line: str) -> list[tuple[int, int]]:
    """Each cell's span without its surrounding spaces (empty cells stay)."""
    cells = []
    position = offset
    parts = _CELL_BREAK.split(line)
    breaks = [len(match.group()) for match in _CELL_BREAK.finditer(line)] + [0]
    for cell, gap in zip(parts, breaks, strict=True):
        stripped = cell.strip(" ")
        start = position + (cell.find(stripped) if stripped else 0)
        cells.append((start, start + len(stripped)))
        position += len(cell) + gap
    return cells


_CELL_BREAK = re.compile(r"\t| \| ")
_TABLE_RULE = re.compile(r"[-=+|: ]+")
# A sign or an accountant's bracket before a number: the number starts after it.
_SIGNS = "-+−("


# Plain-text tables align their columns with runs of spaces: a cell is words one space apart.
_SPACED_CELL = re.compile(r"\S+(?: \S+)*")
_RULE = re.compile(r"[-=_ ]+")


class _Heading(NamedTuple):
    start: int  # the heading cell's span in the text
    end: int
    column: int  # ... and where it starts and ends in its line
    column_end: int


def spaced_column_headings(text: str) -> dict[int, tuple[int, int]]:
    """Where each value cell under a plain-text heading row starts → its heading's span.
    Columns aligned by spaces ("Datum       Omschrijving        Bedrag (Afl.)") put a value
    under the heading it overlaps most (numbers are right-aligned, text left-aligned)."""
    found: dict[int, tuple[int, int]] = {}
    heading: list[_Heading] = []
    for line in _LINE.finditer(text):
        row = line.group()
        if heading and _RULE.fullmatch(row):
            continue  # the rule under a heading row
        cells = [(m.start(), m.end()) for m in _SPACED_CELL.finditer(row)]
        if heading and len(cells) >= 2 and "  " in row:
            for column, column_end in cells:
                under = _most_overlapped(heading, column, column_end)
                if under is not None:
                    start = line.start() + column
                    found[start] = (under.start, under.end)
                    if row[column] in _SIGNS:  # a signed number starts after its sign
                        found[start + 1] = (under.start, under.end)
            continue
        is_heading = len(cells) >= _MIN_COLUMNS and "  " in row and not _DIGIT.search(row)
        heading = (
            [_Heading(line.start() + a, line.start() + b, a, b) for a, b in cells]
            if is_heading
            else []
        )
    return found


def _most_overlapped(heading: list[_Heading], column: int, column_end: int) -> _Heading | None:
    best, best_overlap = None, 0
    for cell in heading:
        overlap = min(column_end, cell.column_end) - max(column, cell.column)
        if overlap > best_overlap:
            best, best_overlap = cell, overlap
    return best
