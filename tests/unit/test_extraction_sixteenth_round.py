"""Classes of rules added in the sixteenth round (issue #12), with messages written for these
tests: a payer's name declined by the sentence read back in its dictionary form ("od Petra
Nováka"); names with a case ending glued on (Hungarian, Armenian, Kyrgyz); names before the
postpositions of scripts without capitals; holds, mandates, card bills paid and codes in more
languages; money in in more languages; the Uzbek sum with its own apostrophe."""

from datetime import UTC, datetime
from decimal import Decimal

import pytest

from app.extraction.evaluation import merchant_matches
from app.extraction.inflection import dictionary_form
from tests.unit.test_extraction_failure_classes import read

RECEIVED = datetime(2026, 12, 1, tzinfo=UTC)


@pytest.mark.parametrize(
    ("name", "cue", "expected"),
    [
        ("Petra Nováka", "od", "Petr Novák"),
        ("Anny Kowalskiej", "od", "Anna Kowalska"),
        ("Tomasza Zielińskiego", "od", "Tomasz Zieliński"),
        ("Jany Novákové", "od", "Jana Nováková"),
        ("Милоша Јовановића", "од", "Милош Јовановић"),
        ("Ивана Петровича С.", "от", "Иван Петрович С."),
        ("Марии Ивановой", "от", "Мария Иванова"),
        ("Алеся Лукашэвіча", "ад", "Алесь Лукашэвіч"),
        ("Олени Коваленко", "від", "Олена Коваленко"),
        ("Jono Kazlausko", "iš", "Jonas Kazlauskas"),
        ("Rūtos Petrauskienės", "iš", "Rūta Petrauskienė"),
        ("Jóni Sigurðssyni", "frá", "Jón Sigurðsson"),
        ("Guðrúnu Jónsdóttur", "frá", "Guðrún Jónsdóttir"),
    ],
)
def test_a_name_the_sentence_declines_is_read_in_its_dictionary_form(
    name: str, cue: str, expected: str
) -> None:
    assert dictionary_form(name, cue) == expected


@pytest.mark.parametrize(
    ("name", "cue"),
    [
        ("Anna Petrova", "от"),  # a woman's own name, or a man's genitive: no sign which
        ("Anna Wiśniewska", "od"),  # a woman's own name
        ("Георги Димитров", "от"),  # Bulgarian does not decline
        ("NOVAKA PETRA", "od"),  # capitals: the bank's register, left as written
        ("Petra Nováka", "to"),  # no declining word before it
        ("Ivana Petrovića Sidorova", "od"),  # three words, no initial
    ],
)
def test_a_name_without_a_sure_sign_of_its_case_stays_as_written(name: str, cue: str) -> None:
    assert dictionary_form(name, cue) == name


def test_a_declined_payer_is_filed_under_the_name() -> None:
    result = read(
        "Na účet č. ******4410 přišla platba od Petra Nováka.\nČástka: +1 250,00 Kč",
        subject="Příchozí platba",
        sender="info@banka.example.cz",
        received=RECEIVED,
    )
    assert (result.amount, result.direction) == (Decimal("1250.00"), "credit")
    assert result.merchant == "Petr Novák"


@pytest.mark.parametrize(
    ("text", "sender", "merchant"),
    [
        (
            "നിങ്ങളുടെ അക്കൗണ്ട് XX4410 ൽ നിന്ന് രാജു മേനോൻക്ക് ₹1,200.00 അയച്ചു.",
            "alerts@bank.example.in",
            "രാജു മേനോൻ",
        ),
        (
            "તમારા ખાતા XX4410 માંથી કિરણ શાહ ને ₹900.00 ચૂકવવામાં આવ્યા છે.",
            "alerts@bank.example.in",
            "કિરણ શાહ",
        ),
        (
            "ستاسو حساب ****4410 ته د نجیب الله احمدزي لخوا 5,000.00 افغانۍ ولېږل شول.",
            "alerts@bank.example.af",
            "نجیب الله احمدزي",
        ),
        (
            "Giden EFT\nHesabınızdan Ayşe Demir adlı alıcıya 1.500,00 TL gönderildi. Kart ****4410",
            "info@banka.example.com.tr",
            "Ayşe Demir",
        ),
        (
            "واریز: 5,000,000+ ریال\nحساب: ...4410\nاز طرف: مریم احمدی",
            "info@bank.example.ir",
            "مریم احمدی",
        ),
        (
            "آپ کے اکاؤنٹ *4410 میں حسن رضا کی جانب سے Rs. 5,000.00 جمع کیے گئے ہیں۔",
            "info@bank.example.pk",
            "حسن رضا",
        ),
        (  # a card descriptor's store number, then where the shop is
            "Покупка 457,90 р. Карта МИР *4410. MAGNOLIA 4512 MOSCOW RUS. 24.04.26 08:05",
            "info@bank.example.ru",
            "Magnolia",
        ),
        (  # a purchase's kind, the card's digits, then the shop, in a shop's own label
            "Se ha realizado un cargo con su tarjeta.\n"
            "Comercio\tCOMPRA TARJ. 5540XXXXXXXX4410 CONSUM AV. ARAGON-VALENCIA\n"
            "Importe\t12,40 EUR",
            "avisos@caja.example.es",
            "Consum",
        ),
        (
            "DEBIT ALERT\nAcct : 01******48\nAmt : NGN2,650.00 DR\n"
            "Desc : POS PURCH - SPAR LEKKI LA NG\nCard : 5399****4410",
            "alerts@bank.example.ng",
            "Spar Lekki",
        ),
        (
            "Un virement a été crédité sur votre compte ****4410.\n"
            "Libellé\tVIR SEPA RECU /DE M. PAUL MARTIN /MOTIF LOYER /REF. VRT1716\n"
            "Montant\t+450,00 €",
            "info@banque.example.fr",
            "Paul Martin",
        ),
        (
            "На рачун 205-****4410 прокњижена је уплата од Марка Јовановића у износу од"
            " 6.500,00 RSD.",
            "info@banka.example.rs",
            "Марко Јовановић",
        ),
    ],
)
def test_the_party_in_sentences_labels_and_descriptors(
    text: str, sender: str, merchant: str
) -> None:
    """Scored as the benchmark scores a name: the shop's name may run on into its branch."""
    result = read(text, subject="Alert", sender=sender, received=RECEIVED)
    assert result.is_transaction
    assert merchant_matches(result.merchant, merchant), result.merchant


@pytest.mark.parametrize(
    ("subject", "text", "sender", "merchant"),
    [
        (
            "Jóváírás",
            "Jóváírás érkezett Szabó Gábortól a(z) 1177-****4410 számlájára.\nÖsszeg: 12 000 Ft",
            "info@takarek.example.hu",
            "Szabó Gábor",
        ),
        (
            "Փոխանցում",
            "Դուք ստացել եք 50 000.00 ֏ փոխանցում Գոռ Պետրոսյանից ****4410 քարտին։",
            "info@bank.example.am",
            "Գոռ Պետրոսյան",
        ),
        (
            "Которуу",
            "Сиз Нурлан Асановго 2 500,00 сом которуу жөнөттүңүз. Эсеп: ****4410",
            "info@bank.example.kg",
            "Нурлан Асанов",
        ),
        (
            "Zahlung",
            "Du hast Lena Vogt Geld gesendet. Betrag: 20,00 € von Karte ****4410",
            "info@pay.example.de",
            "Lena Vogt",
        ),
        (
            "Korttiosto",
            "Lapin Pankki\nKorttiosto\nKauppa\tS-Market Kemi\nSumma\t-12,40 €\nKortti\t**** 4410",
            "info@pankki.example.fi",
            "S-Market Kemi",
        ),
        (
            "Platba kartou",
            "Ucet        SK** **** 4410\nTyp         Debet / platba kartou\n"
            "Obchodnik   Tesco Poprad\nSuma        12,14 EUR",
            "info@banka.example.sk",
            "Tesco Poprad",
        ),
        (
            "Зарахування на картку",
            "Зарахування 800,00 грн\nКартка *4410\nВід: Ірина Бойко\nБаланс 1 284,96 грн",
            "info@bank.example.ua",
            "Ірина Бойко",
        ),
        (
            "Příchozí platba",
            "Příchozí platba\nZ účtu\tPekárna Lipno s.r.o. (19-2000145399/0800)\n"
            "Částka\t+1 150,00 Kč\nNa účet\t******4410",
            "info@banka.example.cz",
            "Pekárna Lipno s.r.o.",
        ),
        (
            "Kortkøb registreret",
            "Kære Mette Jensen\nKøb\tFAKTA 2231 AARHUS C\nBeløb\t26,95 DKK\nKort\tVisa *4410",
            "info@bank.example.dk",
            "Fakta",
        ),
        (
            "Kartes pirkums",
            "Labdien!\nPirkums\tRIMI X412 RIGA LVA\nSumma\t31,18 EUR\nKarte\t**** 4410",
            "info@banka.example.lv",
            "Rimi",
        ),
        (
            "口座振替のお知らせ",
            "下記のとおり口座からお引き落としがありました。\n口座番号:普通 *******4410\n"
            "引落先:東京ガス\n出金金額:5,412円",
            "info@bank.example.jp",
            "東京ガス",
        ),
    ],
)
def test_the_party_with_a_case_ending_or_under_a_label_of_more_languages(
    subject: str, text: str, sender: str, merchant: str
) -> None:
    result = read(text, subject=subject, sender=sender, name="Example Pay", received=RECEIVED)
    assert result.is_transaction
    assert merchant_matches(result.merchant, merchant), result.merchant


@pytest.mark.parametrize(
    ("subject", "text", "sender"),
    [
        (
            "Authorisation on your card",
            "An authorisation of GHS 120.00 has been placed on your card ****4410 by Hotel Volta."
            " Funds are held pending completion and have not been debited.",
            "alerts@bank.example.com.gh",
        ),
        (
            "Réservation sur carte",
            "Une réservation de 80 000 FCFA a été effectuée sur votre carte ****4410 par HOTEL"
            " DU LAC. Ce montant n'est pas encore débité.",
            "avis@banque.example.cm",
        ),
        (
            "Mandat autodebit didaftarkan",
            "Mandat autodebit untuk Syarikat Air telah didaftarkan pada akaun ****4410.\n"
            "Had maksimum: RM150.00 sebulan\nTiada caj dibuat hari ini.",
            "info@bank.example.my",
        ),
        (
            "Pre-authorized debit agreement confirmed",
            "You have set up a pre-authorized debit agreement with NORTH GYM for $30.00 every"
            " month from your account ending 4410.",
            "alerts@bank.example.ca",
        ),
        (
            "Paiement de votre carte reçu",
            "Nous avons bien reçu votre paiement de USD 300.00 pour votre carte Visa ****4410."
            " Nouveau solde dû : USD 20.00.",
            "avis@banque.example.lb",
        ),
        (
            "Kwishyura ikarita y'inguzanyo",
            "Twakiriye kwishyura 90,000 RWF ku ikarita yawe y'inguzanyo ****4410. Murakoze.",
            "info@bank.example.rw",
        ),
        (
            "Cod 3D Secure",
            "Codul pentru confirmarea plății de 99,00 RON la Magazin cu cardul ****4410 este"
            " 120 334. Nu comunicați acest cod nimănui.",
            "info@banca.example.ro",
        ),
        (
            "Balance bajo",
            "El balance disponible de su cuenta ***4410 es RD$ 900.00, inferior al mínimo de"
            " RD$ 1,000.00. Este aviso no corresponde a ninguna transacción.",
            "alertas@banco.example.do",
        ),
        (
            "Pending authorization on your card",
            "A temporary authorization of B$80.00 was placed on your debit card *4410 by SHELL"
            " NASSAU on 10/28/2026 at 7:20 AM. Only the final pump amount will be deducted.",
            "alerts@bank.example.bs",
        ),
        (
            "We have received your card payment",
            "Your payment of SGD 900.25 to your Example Visa card ending 4410 was received on 03"
            " Nov 2026. Your card statement balance has been fully paid.",
            "alerts@bank.example.sg",
        ),
        (
            "Kredietkaartbetaling ontvang",
            "Ons het op 04/11/2026 R2 500,00 ontvang as betaling op jou kredietkaart ****4410.",
            "info@bank.example.co.za",
        ),
        (
            "Seu saldo está baixo",
            "O saldo da sua conta ****4410 ficou abaixo do limite que você definiu (R$ 200,00).\n"
            "Saldo disponível\tR$ 143,18",
            "avisos@banco.example.com.br",
        ),
        (
            "Votre réclamation",
            "Nous avons bien reçu votre réclamation concernant une opération de 250,00 DH chez"
            " SHOP.MA. Le remboursement éventuel sera crédité sur votre compte sous 30 jours.",
            "info@banque.example.ma",
        ),
        (
            "Persetujuan DuitNow AutoDebit didaftarkan",
            "Anda telah bersetuju dengan DuitNow AutoDebit kepada TV SAT untuk jumlah maksimum"
            " RM 49.90 sebulan daripada akaun ****4410. Potongan pertama pada 05/11/2026.",
            "info@bank.example.com.my",
        ),
    ],
)
def test_holds_mandates_card_bills_codes_notices_and_offers_are_no_payment(
    subject: str, text: str, sender: str
) -> None:
    result = read(text, subject=subject, sender=sender, received=RECEIVED)
    assert not result.is_transaction, (result.amount, result.merchant)


@pytest.mark.parametrize(
    ("subject", "text", "sender"),
    [
        ("Je ontving geld", "Je ontving € 25,00 van Piet Jansen op rekening ****4410.", "a@b.be"),
        ("Sait tilisiirron", "Sait 40,00 € Liisa Mäkelä tilillesi FI** 4410.", "a@b.fi"),
        ("Primili ste novac", "Primili ste novac: 100,00 KM. Račun: **** 4410", "a@b.ba"),
        ("Kua uru mai he moni", "Kua uru mai he moni: $60.00 ki tō pūtea ****4410.", "a@b.nz"),
        (
            "Extorno de compra",
            "Se realizó el extorno de la compra en Tienda Sol a tu tarjeta ****4410.\n"
            "Importe extornado: S/ 59.90",
            "a@b.pe",
        ),
        ("Taliad wedi'i dderbyn", "Rydych wedi derbyn £12.00 gan Siân Jones. ****4410", "a@b.uk"),
    ],
)
def test_money_in_in_more_languages(subject: str, text: str, sender: str) -> None:
    result = read(text, subject=subject, sender=sender, received=RECEIVED)
    assert result.is_transaction
    assert result.direction == "credit", (result.amount, result.direction)


def test_the_uzbek_sum_with_the_alphabets_own_apostrophe() -> None:
    result = read(
        "Hisobingizga 1 200 000,00 so‘m o‘tkazma tushdi. Karta: ****4410.",
        subject="O‘tkazma tushdi",
        sender="info@bank.example.uz",
        received=RECEIVED,
    )
    assert (result.amount, result.currency, result.direction) == (
        Decimal("1200000.00"),
        "UZS",
        "credit",
    )


def test_a_cashback_is_the_sum_after_the_word_not_the_purchase() -> None:
    result = read(
        "Dompet Kilat\nCashback masuk!\nCashback Rp15.000 dari Dompet Kilat sudah masuk ke"
        " saldo kamu untuk transaksi di Toko Maju senilai Rp300.000.\n"
        "Waktu\t3 Oktober 2026 16:53 WIB",
        subject="Cashback masuk!",
        sender="info@dompet.example.id",
        name="Dompet Kilat",
        received=RECEIVED,
    )
    assert (result.amount, result.direction) == (Decimal("15000"), "credit")


def test_a_mark_past_a_column_gap_opens_the_next_cell() -> None:
    text = (
        "Det er kommet en innbetaling på kontoen din ****4410.\n"
        "Dato        Fra  Tekst                Beløp\n"
        "14.04.2026  NAV  Dagpenger uke 14-15  kr 2 510,00\n"
    )
    result = read(text, subject="Innbetaling", sender="info@bank.example.no", received=RECEIVED)
    assert (result.amount, result.currency) == (Decimal("2510.00"), "NOK")


def test_a_finnish_name_with_from_on_it() -> None:
    result = read(
        "Hei Laura,\n\nSait 25,00 € Mikko Virtaselta tilillesi FI** **** 4410.\n\nViesti: leffat",
        subject="Sait rahaa",
        sender="info@pankki.example.fi",
        received=RECEIVED,
    )
    assert result.direction == "credit"
    assert dictionary_form("Mikko Virtaselta", "") == "Mikko Virtanen"


@pytest.mark.parametrize(
    ("subject", "text", "sender", "last4"),
    [
        (
            "Vipps mottatt",
            "Du har fått 389,00 kr fra Kari Nordmann med Vipps.\nKonto: 1503.**.48231",
            "info@bank.example.no",
            "8231",
        ),
        (
            "八達通自動增值通知",
            "您的信用卡（末四位 4416）已於 2026年08月12日 06:02 支付八達通自動增值 HK$250.00。",
            "info@bank.example.hk",
            "4416",
        ),
    ],
)
def test_a_nordic_account_masked_in_its_middle_and_chinese_last_four(
    subject: str, text: str, sender: str, last4: str
) -> None:
    result = read(text, subject=subject, sender=sender, received=RECEIVED)
    assert result.account_last4 == last4


def test_money_sent_in_colombian_spanish_and_a_luxembourgish_please() -> None:
    paid = read(
        "¡Te llegó plata!\nAndrés Rojas te envió $ 60.000.\nSaldo disponible\n$ 214.300",
        subject="Te llegó plata",
        sender="hola@pago.example.co",
        received=RECEIVED,
    )
    assert (paid.amount, paid.direction) == (Decimal("60000"), "credit")
    kept = read(
        "Dir hutt eng Iwwerweisung vun 1.250,00 EUR vum Marc Schmit op Äre Kont ****4410 kritt.\n"
        "Dëst ass en automatesche Message, w.e.g. net drop äntweren.",
        subject="Dir hutt eng Iwwerweisung kritt",
        sender="info@banque.example.lu",
        received=RECEIVED,
    )
    assert (kept.amount, kept.direction) == (Decimal("1250.00"), "credit")
