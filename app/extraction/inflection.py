"""A person's name as a sentence declines it, back in its dictionary form.

"Přišla platba od Petra Nováka" names Petr Novák; "Перевод от Ивана Петрова" names Иван Петров;
"Gavote pervedimą iš Jono Kazlausko" names Jonas Kazlauskas; "frá Jóni Sigurðssyni" names Jón
Sigurðsson. After a word meaning "from" these languages put a name in the genitive (Slavic,
Lithuanian) or the dative (Icelandic), and the ledger should file the payer under one name
whichever way a bank's sentence bends it.

Only names of two or three capitalised words are touched, and only where the surname shows the
case by an ending that a dictionary form never has ("Nováka" could be a name, "Kowalskiej" cannot):
a wrong guess would spoil a right name, so a name whose surname gives no sign stays as written.
The first name then takes the same case and gender back by its own ending.
"""

import re

# The words meaning "from" after which the name is declined, and the language's rules.
_FROM_WORDS = {
    "от": "cyrillic",
    "від": "cyrillic",
    "ад": "cyrillic",
    "од": "cyrillic",
    "od": "latin_slavic",
    # Croatian, Serbian and Bosnian "in favour of" ("u korist Ivana Horvata"), the genitive too.
    "korist": "latin_slavic",
    "iš": "lithuanian",
    "frá": "icelandic",
    # Greek's masculine article in the accusative ("από τον Γιώργο Παπαδόπουλο"), and with "to"
    # written onto it ("στον Νίκο Παπαδόπουλο").
    "τον": "greek_accusative",
    "στον": "greek_accusative",
    # Not a word: the cue of a name written right after the amount of a payment sent
    # ("Przekazałeś 196,68 PLN Piotrowi Wiśniewskiemu", "Poslali ste 65,32 EUR Zuzane
    # Kováčovej"), in the dative (app.extraction.parties.DATIVE).
    "dative": "latin_slavic_dative",
}

DECLINING_WORDS = frozenset(_FROM_WORDS)

# (surname ending in the oblique case, its dictionary ending, gender): longest first.
_SURNAMES = {
    "cyrillic": [
        ("ского", "ский", "m"),
        ("цкого", "цкий", "m"),
        ("ського", "ський", "m"),
        ("ской", "ская", "f"),
        ("цкой", "цкая", "f"),
        ("овой", "ова", "f"),
        ("евой", "ева", "f"),
        ("иной", "ина", "f"),
        ("овича", "ович", "m"),
        ("евича", "евич", "m"),
        ("ића", "ић", "m"),
        ("іча", "іч", "m"),
        # A woman's Serbian "-ић" keeps its ending; her first name shows the case ("од Јелене
        # Јовановић").
        ("ић", "ић", "f"),
        # "-енко" is the same in every case for a woman: the first name tells ("Олени": hers);
        # a man's takes "-а" ("від Андрія Шевченка").
        ("енка", "енко", "m"),
        ("енко", "енко", "f"),
        # Not "Петрова" (a man's genitive or a woman's own name: no sign which).
    ],
    "latin_slavic": [
        ("skiego", "ski", "m"),
        ("ckiego", "cki", "m"),
        ("dzkiego", "dzki", "m"),
        ("skiej", "ska", "f"),
        ("ckiej", "cka", "f"),
        ("dzkiej", "dzka", "f"),
        ("owej", "owa", "f"),
        ("ovej", "ová", "f"),
        ("ové", "ová", "f"),
        ("ské", "ská", "f"),
        ("cké", "cká", "f"),
        ("ića", "ić", "m"),
        ("ovića", "ović", "m"),
        ("áka", "ák", "m"),
        ("aka", "ak", "m"),
        ("ego", "y", "m"),
        # Not "-ska" (a woman's own name: "Wiśniewska").
    ],
    "latin_slavic_dative": [
        ("skiemu", "ski", "m"),
        ("ckiemu", "cki", "m"),
        ("dzkiemu", "dzki", "m"),
        ("skiej", "ska", "f"),
        ("ckiej", "cka", "f"),
        ("owej", "owa", "f"),
        ("ovej", "ová", "f"),
        ("skej", "ská", "f"),
        ("ckej", "cká", "f"),
        ("ové", "ová", "f"),
        ("ovi", "", "m"),
        ("owi", "", "m"),
        ("iću", "ić", "m"),
        # A woman's "-ić" keeps its ending; her first name shows the case ("Ani Kovačević").
        ("ić", "ić", "f"),
        # Lithuanian ("Pervedimas Jonui Kazlauskui").
        ("ienei", "ienė", "f"),
        ("aitei", "aitė", "f"),
        ("ytei", "ytė", "f"),
        ("iui", "ius", "m"),
        ("ui", "as", "m"),
    ],
    # Russian and Ukrainian ("Перевод Ивану Петрову", "Переказ Андрію Шевченку").
    "cyrillic_dative": [
        ("скому", "ский", "m"),
        ("цкому", "цкий", "m"),
        ("ському", "ський", "m"),
        ("ской", "ская", "f"),
        ("цкой", "цкая", "f"),
        ("ській", "ська", "f"),
        ("овой", "ова", "f"),
        ("евой", "ева", "f"),
        ("иной", "ина", "f"),
        ("енку", "енко", "m"),
        # "-енко" is the same in every case for a woman; a man's takes "-у".
        ("енко", "енко", "f"),
        ("ову", "ов", "m"),
        ("еву", "ев", "m"),
        ("ину", "ин", "m"),
    ],
    "lithuanian": [
        ("ienės", "ienė", "f"),
        ("aitės", "aitė", "f"),
        ("ytės", "ytė", "f"),
        ("ūtės", "ūtė", "f"),
        ("aičio", "aitis", "m"),
        ("ūno", "ūnas", "m"),
        ("ko", "kas", "m"),
        ("io", "is", "m"),
    ],
    "icelandic": [
        ("ssyni", "sson", "m"),
        ("dóttur", "dóttir", "f"),
    ],
}

# The first name back from the same case, by gender: (oblique ending, dictionary ending).
_FIRST_NAMES = {
    ("cyrillic", "m"): [("ья", "ий"), ("ия", "ий"), ("ія", "ій"), ("ея", "ей"), ("ая", "ай"),
                        ("я", "ь"), ("а", "")],
    ("cyrillic", "f"): [("ии", "ия"), ("ії", "ія"), ("ы", "а"), ("и", "а"), ("е", "а")],
    ("latin_slavic", "m"): [("a", "")],
    ("latin_slavic", "f"): [("ii", "ia"), ("ie", "ia"), ("y", "a"), ("i", "a")],
    ("latin_slavic_dative", "m"): [("owi", ""), ("ovi", ""), ("iui", "ius"), ("ui", "as"),
                                   ("u", "")],
    ("latin_slavic_dative", "f"): [("ai", "a"), ("ie", "a"), ("e", "a"), ("i", "a")],
    ("cyrillic_dative", "m"): [("ию", "ий"), ("ію", "ій"), ("ею", "ей"), ("ю", "ь"), ("у", "")],
    ("cyrillic_dative", "f"): [("ии", "ия"), ("ії", "ія"), ("е", "а"), ("і", "а")],
    ("lithuanian", "m"): [("aus", "us"), ("io", "ius"), ("o", "as")],
    ("lithuanian", "f"): [("ės", "ė"), ("os", "a")],
    ("icelandic", "m"): [("i", "")],
    ("icelandic", "f"): [("u", "")],
}  # fmt: skip

_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
_NAME_WORD = re.compile(r"[^\W\d_][^\W\d_'’-]*")
# A Finnish "-nen" surname with "from" or "to" on it: "Virtaselta", "Korhoselle".
_FINNISH_FROM = re.compile(r"(?P<n>[A-ZÅÄÖ][a-zåäö]+ [A-ZÅÄÖ][a-zåäö]+?)s(?:elta|eltä|elle)")


def declining_word_before(lower: str, name: str) -> str | None:
    """The word before `name` where the text writes it after one that declines it ("od Ivana
    Horvata" in the sentence, "Uplatitelj: Ivana Horvata" in the table): a label repeats the
    sentence's form of the name."""
    found = _DECLINING_BEFORE.search(lower, 0) if name else None
    while found is not None:
        if lower.startswith(name.lower(), found.end()):
            return found.group(1)
        found = _DECLINING_BEFORE.search(lower, found.end())
    return None


_DECLINING_BEFORE = re.compile(r"(?<!\w)(от|від|ад|од|od|korist|iš|frá|τον|στον) (?=\w)")


def dictionary_form(name: str, cue: str) -> str:
    """`name` as the dictionary writes it, where `cue` (the word before it, lower-cased) is a
    "from" that declines names and the surname shows the case; else `name` unchanged."""
    words = name.split()
    finnish = _FINNISH_FROM.fullmatch(name)
    if finnish:  # "Sait 25,00 € Mikko Virtaselta": Finnish writes "from" onto the name
        return f"{finnish.group('n')}nen"
    rules = _FROM_WORDS.get(cue)
    if rules == "latin_slavic_dative" and _CYRILLIC.search(name):
        rules = "cyrillic_dative"
    if rules == "greek_accusative":  # "Γιώργο Παπαδόπουλο": the nominative adds its -ς
        return " ".join(w + "ς" if w[-1] in "οηαΟΗΑ" else w for w in words)
    if rules is None or not 2 <= len(words) <= 3:
        return name
    initial = len(words) == 3 and re.fullmatch(r"[^\W\d_]\.?", words[2]) is not None
    first, surname = words[0], words[-2] if initial else words[-1]
    if len(words) == 3 and not initial:
        return name  # a middle word (a patronymic) makes the case harder to tell
    if not all(_NAME_WORD.fullmatch(w) and w[0].isupper() for w in (first, surname)):
        return name
    if surname.isupper():
        return name  # capitals: a bank's own register, often left undeclined
    for ending, base, gender in _SURNAMES[rules]:
        if surname.endswith(ending) and len(surname) > len(ending) + 1:
            new_first = _first_name(first, rules, gender)
            if new_first and cue == "од" and new_first.endswith("к"):
                new_first += "о"  # Serbian "од Марка": Марко (Russian "от Марка" is Марк)
            if new_first is None:
                return name
            new_surname = surname[: -len(ending)] + base
            return " ".join(
                [new_first, new_surname, *words[2:]] if initial else [new_first, new_surname]
            )
    by_first_name = _by_first_name(first, surname, rules, cue)
    if by_first_name is not None:
        return " ".join([*by_first_name, *words[2:]] if initial else by_first_name)
    return name


def _by_first_name(first: str, surname: str, rules: str, cue: str) -> list[str] | None:
    """Where the surname alone does not tell, the first name may: "Сергея Иванова" is a man's
    genitive (a woman's name never ends in "-ея"), "Ivana Horvata" after "od" too (her surname
    would not decline), and "Katarzyny Nowak", "Олени Коваль" are a woman's, whose surname does
    not decline."""
    if rules == "cyrillic" and first.endswith(("ея", "ія")) and surname.endswith(_RU_MALE_GEN):
        return [first[:-1] + "й", surname[:-1]]
    if (
        rules == "latin_slavic"
        and first.endswith("a")
        and re.search(r"[bcčćdđfghjklmnprsštvzž]a$", surname)
        and not surname.endswith(("ska", "cka", "dzka"))
    ):
        return [first[:-1], surname[:-1]]
    # (Ukrainian "-и" after "від" only: Bulgarian men's names end in "-и", "Георги". Croatian
    # and Serbian "-e": "od Ivane Horvat", her surname undeclined, where a man's would be.)
    women = {
        "cyrillic": ("ы", "и") if cue == "від" else ("ы",),
        "latin_slavic": ("y", "e"),
    }.get(rules)
    if women and first.endswith(women) and surname[-1] not in "аеёиоуыэюяaeiouyáéíóúý":
        return [first[:-1] + ("а" if rules == "cyrillic" else "a"), surname]
    return None


# A man's surname in the genitive that a woman's own name could also be ("Иванова").
_RU_MALE_GEN = ("ова", "ева", "ёва", "ина", "ына")


def _first_name(first: str, rules: str, gender: str) -> str | None:
    for ending, base in _FIRST_NAMES[(rules, gender)]:
        if first.endswith(ending) and len(first) > len(ending) + 1:
            return first[: -len(ending)] + base
    return None
