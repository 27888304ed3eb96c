"""Tables in the text extraction reads. app.mail.parse writes an HTML table's cells as
tab-separated columns, empty cells too, so a row of headings ("Date  Merchant  Amount (INR)")
followed by rows of values keeps each value under its heading. A value's heading then plays the
part a label written just before it plays in a sentence ("Amount (INR): 1,180.00")."""

import re

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
    """Where each value cell under a heading row starts → its heading's span."""
    if "\t" not in text:
        return {}
    found: dict[int, tuple[int, int]] = {}
    heading: list[tuple[int, int]] | None = None
    for line in _LINE.finditer(text):
        if "\t" not in line.group():
            heading = None
            continue
        cells = _cells(line.start(), line.group())
        # A row may lack its last, empty cell (a text line loses its trailing tab).
        if heading is not None and len(heading) - 1 <= len(cells) <= len(heading):
            for (start, end), span in zip(cells, heading, strict=False):
                if start < end and span[0] < span[1]:
                    found[start] = span
            continue
        is_heading = len(cells) >= _MIN_COLUMNS and not _DIGIT.search(line.group())
        heading = cells if is_heading else None
    return found


def _cells(offset: int, line: str) -> list[tuple[int, int]]:
    """Each tab-separated cell's span without its surrounding spaces (empty cells stay)."""
    cells = []
    position = offset
    for cell in line.split("\t"):
        stripped = cell.strip(" ")
        start = position + (cell.find(stripped) if stripped else 0)
        cells.append((start, start + len(stripped)))
        position += len(cell) + 1
    return cells
