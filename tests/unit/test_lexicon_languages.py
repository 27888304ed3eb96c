"""The lexicon's wording of mail that is not a payment, across languages (app.extraction.lexicon:
_WORLD_WORDING), with messages written for these tests: in each language a one-time code that
quotes the amount it confirms, a declined card payment, a payment reminder and a
pre-authorisation are refused, and a real debit and credit alert of the same bank are read with
the right direction."""

from email.message import EmailMessage
from email.utils import format_datetime

import pytest

from app.extraction import extract
from app.extraction.result import ExtractionResult
from app.mail.parse import parse_email
from tests.unit.test_extraction_failure_classes import RECEIVED


def read(sender: str, subject: str, text: str) -> ExtractionResult:
    message = EmailMessage()
    message["From"] = f"Bank <{sender}>"
    message["To"] = "user@example.com"
    message["Subject"] = subject
    message["Date"] = format_datetime(RECEIVED)
    message["Message-ID"] = "<lexicon-languages@example>"
    message.set_content(text)
    return extract(parse_email(message.as_bytes()))


# (language, sender, [(subject, text) of mail that is not a payment], debit alert, credit alert)
LANGUAGES = [
    (
        "pl",
        "powiadomienia@bank.example.pl",
        [
            (
                "Kod SMS",
                "Kod weryfikacyjny do płatności 249,99 PLN w sklepie ALLEGRO: 482913. "
                "Nie podawaj nikomu tego kodu.",
            ),
            (
                "Transakcja odrzucona",
                "Płatność kartą *4411 na kwotę 249,99 PLN w ALLEGRO nie została zrealizowana: "
                "brak środków na rachunku.",
            ),
            (
                "Przypomnienie o spłacie",
                "Przypomnienie: rata kredytu 1 250,00 PLN zostanie pobrana z rachunku *4411 "
                "15.07.2026.",
            ),
            (
                "Blokada środków",
                "Zablokowane środki: 600,00 PLN na karcie *4411, HOTEL MARRIOTT WARSZAWA. "
                "Autoryzacja wstępna, kwota nie została jeszcze obciążona.",
            ),
        ],
        (
            "Płatność kartą",
            "Płatność kartą *4411 na kwotę 249,99 PLN w ALLEGRO. Saldo: 3 120,55 PLN.",
        ),
        (
            "Wpływ na rachunek",
            "Wpływ na rachunek *4411: 4 500,00 PLN od JAN KOWALSKI, tytuł: czynsz.",
        ),
    ),
    (
        "cs",
        "info@banka.example.cz",
        [
            (
                "Ověřovací kód",
                "Ověřovací kód pro platbu 1 299,00 Kč u ALZA.CZ je 551204. Kód nikomu nesdělujte.",
            ),
            (
                "Platba nebyla provedena",
                "Platba kartou *2208 ve výši 1 299,00 Kč u ALZA.CZ byla zamítnuta: nedostatek "
                "prostředků.",
            ),
            (
                "Upomínka",
                "Upomínka: splátka 3 400,00 Kč bude stržena z účtu *2208 dne 20. 7. 2026.",
            ),
            (
                "Rezervace na kartě",
                "Na kartě *2208 je zablokována částka 2 000,00 Kč, HOTEL PUPP. Nejedná se o "
                "zaúčtovanou platbu.",
            ),
        ],
        ("Platba kartou", "Platba kartou *2208: 1 299,00 Kč, ALZA.CZ. Zůstatek 18 220,10 Kč."),
        (
            "Příchozí platba",
            "Příchozí platba na účet *2208: 25 000,00 Kč od ZAMESTNAVATEL S.R.O.",
        ),
    ),
    (
        "hu",
        "ertesito@bank.example.hu",
        [
            (
                "Megerősítő kód",
                "Megerősítő kód a 12 990 Ft összegű EMAG.HU vásárláshoz: 730155. Ne adja meg "
                "senkinek!",
            ),
            (
                "Elutasított tranzakció",
                "A *5570 kártyás vásárlás (12 990 Ft, EMAG.HU) elutasításra került: nincs "
                "elegendő fedezet.",
            ),
            (
                "Fizetési emlékeztető",
                "Emlékeztető: a 45 000 Ft törlesztőrészlet terhelésre kerül a *5570 számlán "
                "2026.07.20-án.",
            ),
            (
                "Zárolás",
                "A *5570 kártyán 30 000 Ft zárolva: MOL BENZINKUT. Előzetes engedélyezés, a "
                "végleges összeg később kerül terhelésre.",
            ),
        ],
        ("Kártyás vásárlás", "Vásárlás *5570 kártyával: 12 990 Ft, EMAG.HU. Egyenleg: 210 400 Ft."),
        ("Jóváírás", "Jóváírás a *5570 számlán: 350 000 Ft, KOVACS PETER. Egyenleg: 560 400 Ft."),
    ),
    (
        "el",
        "alerts@bank.example.gr",
        [
            (
                "Κωδικός επαλήθευσης",
                "Ο κωδικός επαλήθευσης για την αγορά 89,90 EUR στο SKROUTZ είναι 660213.",
            ),
            (
                "Απόρριψη συναλλαγής",
                "Η συναλλαγή 89,90 EUR με την κάρτα *7781 στο SKROUTZ δεν ολοκληρώθηκε: "
                "ανεπαρκές υπόλοιπο.",
            ),
            (
                "Υπενθύμιση πληρωμής",
                "Υπενθύμιση: η δόση 320,00 EUR θα χρεωθεί στον λογαριασμό *7781 στις 20/07/2026.",
            ),
            (
                "Δέσμευση ποσού",
                "Δεσμευμένο ποσό 150,00 EUR στην κάρτα *7781, AEGEAN HOTEL. Προέγκριση.",
            ),
        ],
        (
            "Αγορά με κάρτα",
            "Αγορά με την κάρτα *7781: 89,90 EUR στο SKROUTZ. Υπόλοιπο 1.240,10 EUR.",
        ),
        ("Πίστωση λογαριασμού", "Πίστωση στον λογαριασμό *7781: 1.500,00 EUR από ΠΑΠΑΔΟΠΟΥΛΟΣ Γ."),
    ),
    (
        "vi",
        "thongbao@bank.example.vn",
        [
            (
                "Mã OTP",
                "Mã xác thực giao dịch thanh toán 1.250.000 VND tại SHOPEE là 118804. Tuyệt đối "
                "không cung cấp mã này cho bất kỳ ai.",
            ),
            (
                "Giao dịch không thành công",
                "Giao dịch thẻ *3190 số tiền 1.250.000 VND tại SHOPEE không thành công: số dư "
                "không đủ.",
            ),
            (
                "Nhắc nợ",
                "Nhắc nhở: khoản vay 5.000.000 VND sẽ bị trừ từ tài khoản *3190 vào ngày "
                "20/07/2026.",
            ),
            (
                "Tạm giữ",
                "Số tiền 2.000.000 VND đã tạm giữ trên thẻ *3190 tại KHACH SAN REX.",
            ),
        ],
        (
            "Biến động số dư",
            "TK *3190 -1.250.000 VND lúc 12/07/2026 10:15. Thanh toán SHOPEE. Số dư 8.400.000 VND.",
        ),
        (
            "Biến động số dư",
            "TK *3190 +15.000.000 VND lúc 12/07/2026 10:15. Nhận tiền từ NGUYEN VAN A. Số dư "
            "23.400.000 VND.",
        ),
    ),
    (
        "ro",
        "alerte@banca.example.ro",
        [
            (
                "Cod de confirmare",
                "Cod de autentificare pentru plata de 349,00 RON la EMAG.RO: 904417. Nu "
                "divulgați acest cod.",
            ),
            (
                "Tranzacție respinsă",
                "Plata cu cardul *6021 de 349,00 RON la EMAG.RO a fost refuzată: fonduri "
                "insuficiente.",
            ),
            (
                "Reamintire plată",
                "Vă reamintim: rata de 1.200,00 RON va fi debitată din contul *6021 pe 20.07.2026.",
            ),
            (
                "Sumă blocată",
                "Sumă blocată 500,00 RON pe cardul *6021 la HOTEL CARAIMAN. Preautorizare.",
            ),
        ],
        (
            "Plată cu cardul",
            "Plată cu cardul *6021: 349,00 RON la EMAG.RO. Sold disponibil 2.100,00 RON.",
        ),
        ("Încasare", "Încasare în contul *6021: 4.200,00 RON de la ANGAJATOR SRL."),
    ),
    (
        "bg",
        "izvestia@banka.example.bg",
        [
            (
                "Код за потвърждение",
                "Код за потвърждение на плащане 120,00 BGN към EMAG.BG: 310552. Не споделяйте "
                "кода с никого.",
            ),
            (
                "Отказана трансакция",
                "Плащането с карта *8842 за 120,00 BGN към EMAG.BG е отказано: недостатъчна "
                "наличност.",
            ),
            (
                "Напомняне за вноска",
                "Напомняне: вноската от 450,00 BGN ще бъде изтеглена от сметка *8842 на "
                "20.07.2026.",
            ),
            (
                "Блокирана сума",
                "Блокирана сума 300,00 BGN по карта *8842, HOTEL MARINELA. Предварително "
                "оторизиране.",
            ),
        ],
        ("Плащане с карта", "Плащане с карта *8842: 120,00 BGN, EMAG.BG. Наличност 1 830,40 BGN."),
        ("Входящ превод", "Входящ превод по сметка *8842: 2 400,00 BGN от РАБОТОДАТЕЛ ЕООД."),
    ),
    (
        "sv",
        "info@banken.example.se",
        [
            (
                "Engångskod",
                "Din verifieringskod för köpet 499,00 SEK hos CDON är 774120. Dela inte koden "
                "med någon.",
            ),
            (
                "Köp nekades",
                "Kortköpet *1023 på 499,00 SEK hos CDON nekades: otillräckligt saldo.",
            ),
            (
                "Betalningspåminnelse",
                "Påminnelse: avin på 2 300,00 SEK kommer att dras från konto *1023 den 27 juli.",
            ),
            (
                "Reserverat belopp",
                "Belopp reserverat: 1 500,00 SEK på kort *1023, SCANDIC HOTELS. Slutligt "
                "belopp dras senare.",
            ),
        ],
        ("Kortköp", "Kortköp *1023: 499,00 SEK hos CDON. Saldo 12 400,00 SEK."),
        ("Insättning", "Insättning på konto *1023: 28 000,00 SEK från ARBETSGIVAREN AB."),
    ),
]

NOT_PAYMENTS = [
    (language, sender, subject, text)
    for language, sender, mails, _, _ in LANGUAGES
    for subject, text in mails
]


@pytest.mark.parametrize(("language", "sender", "subject", "text"), NOT_PAYMENTS)
def test_mail_that_is_not_a_payment_is_refused(
    language: str, sender: str, subject: str, text: str
) -> None:
    result = read(sender, subject, text)
    assert not result.is_transaction, (language, subject, result)


@pytest.mark.parametrize(
    ("language", "sender", "alert", "direction"),
    [
        (language, sender, alert, direction)
        for language, sender, _, debit, credit in LANGUAGES
        for alert, direction in ((debit, "debit"), (credit, "credit"))
    ],
)
def test_a_real_alert_in_the_same_language_is_read_with_its_direction(
    language: str, sender: str, alert: tuple[str, str], direction: str
) -> None:
    result = read(sender, *alert)
    assert result.is_transaction, (language, alert, result)
    assert result.direction == direction, (language, alert, result)
