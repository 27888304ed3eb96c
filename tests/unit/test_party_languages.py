"""Counterparties labelled or introduced in the words banks, wallets and shops use in languages
the first word lists covered thinly (app.extraction.parties: _LONGER_LABEL_WORDS,
_MORE_LABEL_WORDS, _LONGER_INTRO_WORDS, _MORE_INTRO_WORDS). The alerts are written for these
tests; each names its merchant or payer once, after a label or an introducing word."""

from collections import Counter
from email.message import EmailMessage

import pytest

from app.extraction import extract, parties
from app.extraction.evaluation import merchant_matches
from app.mail.parse import parse_email


def alert(sender: str, subject: str, body: str) -> bytes:
    message = EmailMessage()
    message["From"] = f"Alerts <{sender}>"
    message["To"] = "user@example.com"
    message["Subject"] = subject
    message["Date"] = "Wed, 12 Mar 2025 16:05:00 +0000"
    message["Message-ID"] = f"<{abs(hash(body))}@example>"
    message.set_content(body)
    return message.as_bytes()


@pytest.mark.parametrize(
    ("sender", "subject", "body", "merchant"),
    [
        (  # Polish: a longer label that starts with an older one ("odbiorca")
            "alerty@bank.example.pl",
            "Przelew wychodzący",
            "Zlecono przelew na kwotę 250,00 PLN z rachunku ****4411.\n"
            "Odbiorca przelewu: Hurtownia Kowalski\nTytuł: faktura 12/2025",
            "Hurtownia Kowalski",
        ),
        (  # Russian
            "info@bank.example.ru",
            "Списание",
            "Списание 1 250,00 ₽ по карте *4411.\nПолучатель платежа: Вкусвилл\n"
            "Баланс: 10 000,00 ₽",
            "Вкусвилл",
        ),
        (  # Swedish: "betalning till" introduces the shop
            "info@bank.example.se",
            "Kortköp",
            "Du har gjort en betalning till ICA Maxi Lindhagen på 349,00 kr med kort ****1234.",
            "ICA Maxi Lindhagen",
        ),
        (  # Indonesian: "a.n." (atas nama, in the name of)
            "notifikasi@bank.example.co.id",
            "Transfer Berhasil",
            "Transfer ke rekening 1234567890 a.n. BUDI SANTOSO sebesar Rp 250.000 berhasil "
            "pada 12/03/2025.",
            "BUDI SANTOSO",
        ),
        (  # Tagalog
            "alerts@bank.example.ph",
            "Padala",
            "Matagumpay na naipadala ang PHP 500.00 mula sa account ****4411.\n"
            "Tumanggap: JUAN DELA CRUZ",
            "JUAN DELA CRUZ",
        ),
        (  # Georgian
            "info@bank.example.ge",
            "გადახდა",
            "გადახდა: 25.50 GEL\nგამყიდველი: Nikora\nბარათი: ****4411",
            "Nikora",
        ),
        (  # Greek: "σε" introduces the shop
            "alerts@bank.example.gr",
            "Αγορά με κάρτα",
            "Αγορά με κάρτα ****4411 ποσού 45,20 EUR σε ΣΚΛΑΒΕΝΙΤΗΣ.",
            "ΣΚΛΑΒΕΝΙΤΗΣ",
        ),
        (  # Danish: "betaling til"
            "besked@bank.example.dk",
            "Kortbetaling",
            "Betaling til Netto Nørrebro på 87,50 kr. er gennemført med kort *4411.",
            "Netto Nørrebro",
        ),
        (  # German: "Name des Zahlers" (before the older label "name")
            "service@bank.example.de",
            "Gutschrift",
            "Auf Ihrem Konto ****4411 ist eine Gutschrift über 1.250,00 EUR eingegangen.\n"
            "Name des Zahlers: Müller Bau GmbH",
            "Müller Bau",
        ),
        (  # Turkish: "İşyeri adı" (before the older label "işyeri")
            "bilgi@bank.example.com.tr",
            "Harcama",
            "Kartınızla 450,00 TL tutarında harcama yapılmıştır.\nİşyeri adı: MIGROS KADIKOY",
            "MIGROS KADIKOY",
        ),
        (  # Romanian: "către"
            "alerte@bank.example.ro",
            "Plată",
            "Plată de 156,40 RON către ENEL ENERGIE efectuată cu cardul *4411.",
            "ENEL ENERGIE",
        ),
        (  # Hebrew
            "info@bank.example.co.il",
            "העברה",
            "התקבלה העברה בסך 300.00 ₪ לחשבון 4411.\nשם המשלם: דני לוי",
            "דני לוי",
        ),
        (  # Macedonian: "кај"
            "info@bank.example.mk",
            "Плаќање",
            "Плаќање со картичка ****4411 од 1.250,00 MKD кај TINEX СКОПЈЕ.",
            "TINEX",
        ),
        (  # Kazakh
            "info@bank.example.kz",
            "Сатып алу",
            "Сатып алу 4 500,00 KZT, карта *4411.\nСатушы: Magnum Cash&Carry",
            "Magnum Cash&Carry",
        ),
        (  # Hungarian: "Kereskedő neve" (before the older label "kereskedő")
            "ertesito@bank.example.hu",
            "Vásárlás",
            "Kártyás vásárlás 12 500 HUF összegben.\nKereskedő neve: SPAR Budapest\n"
            "Kártya: ****4411",
            "SPAR Budapest",
        ),
        (  # French: "vers" (to)
            "alertes@banque.example.fr",
            "Virement",
            "Virement de 80,00 EUR vers Lucie Martin effectué depuis votre compte ****4411.",
            "Lucie Martin",
        ),
        (  # Swahili
            "taarifa@bank.example.co.tz",
            "Malipo",
            "Umepokea TSh 50,000.00.\nMlipaji: ASHA JUMA\nSalio: TSh 120,000.00",
            "ASHA JUMA",
        ),
        (  # Arabic (Gulf)
            "alerts@bank.example.ae",
            "عملية شراء",
            "تمت عملية شراء بمبلغ 120.00 درهم ببطاقتك 4411\nاسم المتجر: كارفور\n"
            "الرصيد: 2,300.00 درهم",
            "كارفور",
        ),
    ],
)
def test_a_counterparty_labelled_or_introduced_in_more_languages_is_read(
    sender: str, subject: str, body: str, merchant: str
) -> None:
    result = extract(parse_email(alert(sender, subject, body)))
    assert result.is_transaction
    assert merchant_matches(result.merchant, merchant), result.merchant


def test_no_word_is_listed_twice_nor_hidden_behind_a_shorter_one() -> None:
    """An alternation tries its words in order: a word written after a shorter one that starts
    it and a space would never be reached (the shorter one matches first)."""
    for words in (parties._LABEL_WORDS, parties._INTRO_WORDS):
        assert [word for word, count in Counter(words).items() if count > 1] == []
    new_labels = (parties._LONGER_LABEL_WORDS + "|" + parties._MORE_LABEL_WORDS).split("|")
    new_intros = (parties._LONGER_INTRO_WORDS + "|" + parties._MORE_INTRO_WORDS).split("|")
    for words, new in ((parties._LABEL_WORDS, new_labels), (parties._INTRO_WORDS, new_intros)):
        for index, word in enumerate(words):
            if word in new:
                assert not [w for w in words[:index] if word.startswith(w + " ")], word
