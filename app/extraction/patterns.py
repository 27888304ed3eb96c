"""Helpers for fast regular expressions.

Python's `re` tries the alternatives of `a|b|c` one after another at every position, so a list of
eighty keywords costs eighty attempts per character. A trie-shaped alternation ("cred(?:ited|it
of)") lets one character rule most of them out at once: several times faster on alert-sized text.
Keyword patterns are run on a lower-cased copy of the text (case-insensitive matching is slower
still); `lowered` keeps every offset identical to the original so matches map back to it.

A pattern that *starts* with a literal character, or with a trie (an alternation of literal
first characters), needs no lookahead: `re` itself skips, in C, to the places where one of those
characters stands. Only in front of an assertion (\b, a lookbehind) does `starts` pay.
"""

import bisect
import re

Node = dict[str, "Node"]


def _prefix_tree(words: list[str] | tuple[str, ...]) -> Node:
    root: Node = {}
    for word in words:
        node = root
        for char in word:
            node = node.setdefault(char, {})
        node[""] = {}  # end of a word
    return root


def trie(words: list[str] | tuple[str, ...], not_after: str | None = None) -> str:
    """A regex alternation matching exactly `words` (literal text), shaped as a prefix tree.
    `not_after`, a one-character class: only where no such character stands before the word,
    tested after its first character (see `grouped`), so that a pattern starting with the
    trie still lets `re` skip to first characters in C."""
    root = _prefix_tree(words)
    if not_after is None:
        return _render(root)
    branches = [
        re.escape(char) + _guard(not_after, char) + _render(child)
        for char, child in sorted(root.items())
    ]
    return branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"


def trie_by_script(words: list[str] | tuple[str, ...]) -> str:
    """`trie(words)` for a list in many scripts, tried at a word's start: `re` tries a
    group's alternatives one after another, so a root of two hundred first characters costs
    two hundred tests at every word. Here the first characters of the Latin script stay
    literal alternatives and every other script's sit behind one lookahead on them: the same
    matches (no two first characters are alike, so the order of the groups cannot matter)."""
    root = _prefix_tree(words)
    if "" in root:
        raise ValueError("an empty word")
    return _by_script({char: re.escape(char) + _render(root[char]) for char in sorted(root)})


def _by_script(branches: dict[str, str]) -> str:
    """One group of `branches` (first character → the branch, which starts with it), those
    of the Latin script as literal alternatives, every other script's behind one lookahead."""
    by_script: dict[int, list[str]] = {}
    for char in branches:
        by_script.setdefault(_script_block(char), []).append(char)
    parts = [branches[char] for char in by_script.pop(0, [])]
    for chars in by_script.values():
        alternatives = "|".join(branches[char] for char in chars)
        parts.append(f"(?=[{''.join(map(re.escape, chars))}])(?:{alternatives})")
    return "(?:" + "|".join(parts) + ")"


# Where scripts start (Greek, Cyrillic, Armenian and Hebrew, Arabic, the rest): a character
# before U+0250 is Latin (block 0).
_SCRIPT_STARTS = (0x250, 0x400, 0x530, 0x600, 0x700)


def _script_block(char: str) -> int:
    return bisect.bisect_right(_SCRIPT_STARTS, ord(char))


def _render(node: Node) -> str:
    ends_here = "" in node
    branches = [re.escape(char) + _render(child) for char, child in sorted(node.items()) if char]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    # A word that ends here is a prefix of longer ones: the greedy "?" tries the longer first.
    return f"(?:{body})?" if ends_here else body


def starts(words: list[str] | tuple[str, ...]) -> str:
    """A lookahead on the first characters of `words`. Put in front of an alternation it lets
    `re` skip, in C, every position where no alternative can start (about twice as fast)."""
    return "(?=[" + "".join(sorted({re.escape(word[0]) for word in words})) + "])"


def lowered(text: str) -> str:
    """`text` in lower case with the same length (a few characters such as "İ" grow when
    lower-cased; those are kept as they are so that offsets still match)."""
    lower = text.lower()
    if len(lower) == len(text):
        return lower
    # "İ" lower-cases to "i" and a combining dot: the dotless "i" keeps the offsets and still
    # reads Turkish words ("İşyeri"); other such characters are kept as they are.
    return "".join(
        "i" if char == "İ" else char if len(char.lower()) != 1 else char.lower() for char in text
    )


def first_chars(alternation: str) -> str:
    """The lookahead of `starts` for a regex alternation of words ("card|a/c|\\bto (?:a/c)"):
    each alternative must begin with a literal character (after an optional \\b), so that the
    lookahead is exact. Put in front of the alternation, it changes nothing it matches."""
    firsts = set()
    for alternative in _top_level_alternatives(alternation):
        if alternative.startswith(r"\b"):
            alternative = alternative[2:]
        if not alternative or alternative[0] in "()[]\\.^$*+?{|":
            raise ValueError(f"not a literal start: {alternative!r}")
        firsts.add(alternative[0])
    return "(?=[" + "".join(sorted(re.escape(char) for char in firsts)) + "])"


def _top_level_alternatives(alternation: str) -> list[str]:
    parts: list[str] = []
    current: list[str] = []
    depth, escaped = 0, False
    for char in alternation:
        if escaped:
            escaped = False
        elif char == "\\":
            escaped = True
        elif char in "([":
            depth += 1
        elif char in ")]":
            depth -= 1
        elif char == "|" and depth == 0:
            parts.append("".join(current))
            current = []
            continue
        current.append(char)
    parts.append("".join(current))
    return parts


def grouped(alternation: str, not_after: str | None = None, by_script: bool = False) -> str:
    """The regex alternation `alternation` ("ending(?: in)?|ends? in|last 4") regrouped by its
    alternatives' leading literal characters ("(?:e(?:nding(?: in)?|nds? in)|last 4)"): the
    same matches, found faster. Alternatives that can match at one place keep their order (only
    those that start with different characters, which never can, are parted), so the one that
    wins is the same. A pattern that then starts with this group starts with literal
    characters, and `re` skips in C to the places where one stands (a lookahead in front
    would make it try every place).

    `not_after`, a one-character class ("\\w"): the alternation only where no such character
    stands before it, as `(?<!\\w)` in front of it would say; the test comes after the first
    character, so the skipping still works. Not for patterns compiled with re.IGNORECASE.

    `by_script`: the first characters grouped by script, as in `trie_by_script` (for a list in
    many scripts, where something else in front already picks the places to try)."""
    alternatives = [_leading_literals(a) for a in _top_level_alternatives(alternation)]
    if not all(literals for literals, _ in alternatives):
        raise ValueError(f"an alternative without a literal start in {alternation!r}")
    return _group(alternatives, not_after, by_script)


def _group(
    alternatives: list[tuple[list[str], str]],
    not_after: str | None = None,
    by_script: bool = False,
) -> str:
    """One group matching `alternatives` (leading literal characters, the regex after them),
    in their order of preference."""
    if len(alternatives) > 1 and all(literals for literals, _ in alternatives):
        by_first: dict[str, list[tuple[list[str], str]]] = {}
        for literals, rest in alternatives:
            by_first.setdefault(literals[0], []).append((literals[1:], rest))
        branches = {
            char: re.escape(char) + _guard(not_after, char) + _group(members)
            for char, members in by_first.items()
        }
        if by_script:
            return _by_script(branches)
        if len(branches) == 1:
            return next(iter(branches.values()))
        return "(?:" + "|".join(branches.values()) + ")"
    bodies = []
    for literals, rest in alternatives:
        head = ""
        if literals and not_after:
            head, literals = re.escape(literals[0]) + _guard(not_after, literals[0]), literals[1:]
        bodies.append(head + "".join(map(re.escape, literals)) + rest)
    return bodies[0] if len(bodies) == 1 else "(?:" + "|".join(bodies) + ")"


def _guard(not_after: str | None, first: str) -> str:
    """After `first` was matched: no `not_after` character before it."""
    return f"(?<!{not_after}{re.escape(first)})" if not_after else ""


def _leading_literals(alternative: str) -> tuple[list[str], str]:
    """The literal characters an alternative starts with (unescaped; none that a quantifier
    makes optional or repeats) and the regex that follows them."""
    literals: list[str] = []
    index = 0
    while index < len(alternative):
        char = alternative[index]
        if char == "\\":
            if index + 1 >= len(alternative) or alternative[index + 1].isalnum():
                break  # \b, \w, \d, \1...: not a literal
            char, width = alternative[index + 1], 2
        elif char in "()[]{}.^$|*+?":
            break
        else:
            width = 1
        if alternative[index + width : index + width + 1] in ("?", "*", "+", "{"):
            break
        literals.append(char)
        index += width
    return literals, alternative[index:]
