"""Classes of failure found after teach set 6's first contact (issues #12 and #13), with
messages written for these tests: currency marks that are words elsewhere and so count only
from their own country (Lesotho's "M", Albania's "LEK"), a "generic" country domain whose text
names its country (".ws" from Samoa), money words and payee labels of smaller languages, and a
template whose name placing is weak in a sibling line of its layout."""

from datetime import UTC, datetime, timedelta
from decimal import Decimal

import pytest

from app.extraction import templates as T
from app.extraction.currencies import resolve
from app.extraction.origin import country_of
from app.extraction.result import ExtractionResult
from tests.unit.test_extraction_failure_classes import read


@pytest.mark.parametrize(
    ("mark", "country", "code"),
    [("M", "LS", "LSL"), ("LEK", "AL", "ALL"), ("SAT", "WS", "WST"), ("Nu", "BT", "BTN")],
)
def test_marks_that_are_words_elsewhere_are_money_only_from_their_country(
    mark: str, country: str, code: str
) -> None:
    assert resolve(mark, country) == (code, False)
    assert resolve(mark, "US") is None  # "SAT 12" is a Saturday, "M 5" a size


def test_a_generic_country_domain_is_its_country_when_the_text_names_it() -> None:
    assert country_of("alerts@bank.example.ws", "Ua totogi le $42.10 - Bank of Samoa") == "WS"
    assert country_of("news@app.example.ws", "Your weekly digest: $42.10 saved") is None


@pytest.mark.parametrize(
    ("sender", "text", "expected"),
    [
        (
            "alerts@bank.example.co.ls",
            "Bank: Tsebiso\nM1,250.00 e lefelletsoe SHOPRITE MASERU ka 03/11/25 ka 9:10 AM. "
            "Chelete e setseng: M4,020.00.",
            (Decimal("1250.00"), "LSL", "debit"),
        ),
        (
            "njoftime@bank.example.al",
            "Njoftim\nLlogaria juaj u kreditua me 12.000,50 LEK nga DRITAN SHEHU më 2 nëntor.",
            (Decimal("12000.50"), "ALL", "credit"),
        ),
        (
            "alerts@bank.example.ws",
            "Bank of Samoa\nUa totogi le $42.10 mai lau kata ****2231 ia DIGICEL "
            "i le aso 4 Novema.",
            (Decimal("42.10"), "WST", "debit"),
        ),
        (
            "kort@bank.example.gl",
            "Kortinnut nalunaarut\nKortip normua: **** 4471\nIsertitsineq:  1.200,00 kr.\n"
            "Kimit:         AQQALUK LYNGE\nUlloq:         3. novembari 2025\n"
            "Sinneruttoq:   9.300,00 kr.",
            (Decimal("1200.00"), "DKK", "credit"),
        ),
        (
            "info@wallet.example.cd",
            "Wallet - Likambo ya motindo\nLolenge   : Ofuti\nMbongo    : 25 000,00 FC\n"
            "Mosombisi : VODACOM SHOP\nMbongo etikali: 310 000,00 FC",
            (Decimal("25000.00"), "CDF", "debit"),
        ),
    ],
)
def test_money_words_and_payees_of_smaller_languages(
    sender: str, text: str, expected: tuple[Decimal, str, str]
) -> None:
    result = read(text, sender=sender)
    assert result.is_transaction
    assert (result.amount, result.currency, result.direction) == expected
    if "SHOPRITE" not in text:  # a name after the verb, with no word to introduce it
        assert result.merchant


def test_a_weakly_placed_name_gives_way_to_the_rules_name() -> None:
    """Taught on a transfer whose payee follows "Payee-word :", the layout also fits the
    sender's shop payments, whose line says "Shop-word :" instead: there the name would be
    placed by the colon alone (on the first "X : value" line), so the rules' name stands."""
    sender, received = "wallet@pay.example", datetime(2026, 3, 2, 9, 0, tzinfo=UTC)

    def alert(action: str, amount: str, label: str, name: str) -> str:
        return (
            f"Wallet receipt\nIgikora   : {action}\nAmahira   : {amount} FBu\n"
            f"{label}: {name}\nItarika   : 5 Werurwe 2026\nAsigara   : 500.000 FBu"
        )

    template = _taught(
        alert("Kurunga", "93.900", "Uwakira  ", "IRAKOZE AIMEE (62 136 246)"),
        sender,
        received,
        {"amount": Decimal("93900"), "merchant": "IRAKOZE AIMEE"},
        {"currency": "BIF", "direction": "debit"},
    )
    shop = alert("Kuriya", "12.500", "Umudanda ", "BUJA CAFE")
    rules = ExtractionResult(
        is_transaction=True,
        amount=Decimal("12500"),
        currency="BIF",
        direction="debit",
        merchant="Buja Cafe",
    )
    reading = T.apply(template, shop, sender, received, rules)
    assert reading is not None and reading.values["amount"] == Decimal("12500")
    assert "merchant" not in reading.values  # not "Kuriya", the action's value
    result = T.as_result(reading, rules, received)
    assert result is not None and result.merchant == "Buja Cafe"
    same_format = T.apply(
        template,
        alert("Kurunga", "7.000", "Uwakira  ", "NDAYI ERIC (61 000 111)"),
        sender,
        received,
        rules,
    )
    assert same_format is not None and same_format.values["merchant"] == "Ndayi Eric"


def test_a_name_taught_in_capitals_is_not_read_from_lower_case_words() -> None:
    """Taught on a debit whose shop stands in capitals between "i" and "wedi'i", the layout
    fits the credit alert too, where the payer follows "gan" and "i" comes later in the verb:
    lower-case words are no name where the person marked one in capitals."""
    sender, received = "alerts@bank.example.co.uk", datetime(2026, 3, 2, 9, 0, tzinfo=UTC)

    def debit(amount: str, shop: str) -> str:
        return f"Hysbysiad\nMae taliad o £{amount} i {shop} wedi'i dynnu o'ch cyfrif."

    def credit(amount: str, payer: str) -> str:
        return f"Hysbysiad\nMae £{amount} gan {payer} wedi'i dalu i mewn i'ch cyfrif."

    template = _taught(
        debit("171.34", "CO-OP BANGOR"),
        sender,
        received,
        {"amount": Decimal("171.34"), "merchant": "CO-OP BANGOR"},
        {"currency": "GBP", "direction": "debit"},
    )
    rules = ExtractionResult(
        is_transaction=True,
        amount=Decimal("500.61"),
        currency="GBP",
        direction="credit",
        merchant="Dafydd Evans",
    )
    reading = T.apply(template, credit("500.61", "DAFYDD EVANS"), sender, received, rules)
    result = T.as_result(reading, rules, received) if reading is not None else rules
    assert result is not None and result.merchant == "Dafydd Evans"
    same = T.apply(template, debit("20.00", "TESCO CAERDYDD"), sender, received, rules)
    assert same is not None and same.values["merchant"] == "Tesco"


def test_a_time_ahead_of_the_date_header_is_read_in_the_zone_it_must_be_in() -> None:
    """A ".co" wallet (no country) writes its local "12:44 PM"; the Date header says 05:26
    +0000. Read in the header's zone the payment would come after its own receipt: the sender
    is ahead of UTC, by the least whole hours that put it before the email (8)."""
    result = read(
        "You paid RM40.62 to Tealeaf Cafe\nDate\n29 Sep 2025, 12:44 PM\nWallet balance RM88.09",
        sender="hello@wallet.example.co",
        received=datetime(2025, 9, 29, 5, 26, 28, tzinfo=UTC),
    )
    assert result.occurred_at_from_text
    assert result.occurred_at == datetime(2025, 9, 29, 4, 44, tzinfo=UTC)
    assert result.occurred_at.utcoffset() == timedelta(hours=8)
    days_ahead = read(
        "You paid RM40.62 to Tealeaf Cafe on 30 Sep 2025, 12:44 PM",
        sender="hello@wallet.example.co",
        received=datetime(2025, 9, 28, 5, 26, 28, tzinfo=UTC),
    )
    assert days_ahead.occurred_at == datetime(2025, 9, 28, 5, 26, 28, tzinfo=UTC)


def test_the_guarani_mark_places_a_dot_com_sender_in_paraguay() -> None:
    result = read(
        "Banco informa: consumo de Gs. 250.000 en STOCK con tarjeta *1111 el 10/04/2026 18:15.",
        sender="alertas@banco.example.com",
        received=datetime(2026, 4, 10, 21, 16, tzinfo=UTC),
    )
    assert (result.amount, result.currency, result.direction) == (250000, "PYG", "debit")
    assert country_of("alertas@banco.example.com", "consumo de Gs. 250.000") == "PY"


@pytest.mark.parametrize(
    ("written", "country"), [("دينار أردني", "JO"), ("دينار عراقي", "IQ"), ("دينار تونسي", "TN")]
)
def test_an_arab_dinar_written_out_places_its_sender(written: str, country: str) -> None:
    assert country_of("alerts@bank.example.com", f"شراء بقيمة 310.123 {written}") == country


def test_a_swiss_app_that_is_a_product_of_two_banks_is_no_promotion() -> None:
    """ "X ist ein Angebot von Bank A und Bank B" names who runs the app, in every alert."""
    result = read(
        "Du hast CHF 120.50 von Anna Meier erhalten.\nDatum\t27.03.2026, 21:42\n"
        "Wallet ist ein Angebot von Bank A und Bank B.",
        subject="Zahlung erhalten",
        sender="noreply@wallet.example.ch",
    )
    assert (result.amount, result.currency, result.direction) == (
        Decimal("120.50"),
        "CHF",
        "credit",
    )


def test_a_bill_paid_is_a_payment_not_a_bill() -> None:
    """ "Pembayaran Tagihan Berhasil" (bill payment successful): the bill word inside it does
    not make the receipt a statement."""
    result = read(
        "Hai, pembayaran kamu berhasil.\nTotal Bayar\tRp250.000\nWaktu\t14 April 2026, 20:12 WIB",
        subject="Pembayaran Tagihan Berhasil",
        sender="no-reply@shop.example.co.id",
    )
    assert (result.amount, result.currency, result.direction) == (250000, "IDR", "debit")


@pytest.mark.parametrize(
    ("subject", "text", "sender"),
    [
        (
            "Pendaftaran Autodebet Berhasil",
            "Pendaftaran autodebet Anda berhasil.\nPenerima: PDAM Kota\n"
            "Batas maksimal: Rp 450.000\nTanggal pendaftaran: 22/06/2025",
            "info@bank.example.co.id",
        ),
        (
            "Tu factura ya está disponible",
            "Tu factura de servicios públicos está disponible.\nValor a pagar\t$125.900\n"
            "Pago oportuno hasta\t19/04/2025",
            "factura@agua.example.com.co",
        ),
    ],
)
def test_a_mandate_set_up_successfully_and_a_bill_to_pay_by_a_date_are_no_payments(
    subject: str, text: str, sender: str
) -> None:
    assert not read(text, subject=subject, sender=sender).is_transaction


@pytest.mark.parametrize(
    ("subject", "text", "sender"),
    [
        (
            "Kodi i verifikimit",
            "Kodi juaj 551902 për pagesën 2.300,00 Lekë te Neptun. Mos e ndani me askënd.",
            "sms@bank.example.al",
        ),
        (
            "Mablag' bloklandi",
            "8600 **** 1111 kartasida Korzinka tomonidan 120 000,00 so'm bloklandi. "
            "Bu hali yechib olinmagan.",
            "info@bank.example.uz",
        ),
        (
            "Kontostand-Info",
            "Ihr Kontostand auf Konto AT** ***9911 beträgt am 20.10.2025 um 08:00 Uhr EUR 512,40.",
            "info@bank.example.at",
        ),
        (
            "تم استلام سداد البطاقة",
            "تم استلام دفعتكم بمبلغ 150.00 دينار لسداد بطاقة الائتمان ****1200 بتاريخ 25/03/2025.",
            "cards@bank.example.jo",
        ),
        (
            "Autorização de débito direto",
            "Foi criada uma autorização de débito direto a favor de Vodafone na conta XXXX1234. "
            "Primeiro débito previsto: 30,00 € em 21/01/2025.",
            "info@bank.example.pt",
        ),
        (
            "Your monthly money tips",
            "In this issue: budgeting for the holidays, and a customer who saved $420.00 in a "
            "year. Read more on our blog.",
            "news@bank.example.ca",
        ),
    ],
)
def test_codes_holds_balance_notices_card_bills_mandates_and_newsletters_are_no_payments(
    subject: str, text: str, sender: str
) -> None:
    assert not read(text, subject=subject, sender=sender).is_transaction


def _taught(text: str, sender: str, received: datetime, values: dict, constants: dict) -> dict:
    """A template learned from one message whose `values` the person marked in it."""
    spans = {k: T.find_span(text, sender, received, k, v) for k, v in values.items()}
    example = T.Example(text, sender, received, "transaction", values | constants, spans)  # type: ignore[arg-type]
    return T.learn(None, example)


@pytest.mark.parametrize(
    ("subject", "text", "sender", "currency"),
    [
        (
            "Известие за кредит: Превод на заплата",
            "Вид операция: Превод на заплата\nНаредител: Фирма ООД\nСума: 2 100,00 лв.\n"
            "Сметка: XXXX0129\nДата: 05.04.2025",
            "info@bank.example.bg",
            "BGN",
        ),
        (
            "Obavijest o prilivu",
            "Vrsta transakcije: Isplata plate\nUplatilac: Firma d.o.o.\nIznos: 1.250,00 KM\n"
            "Račun: XXXX2201\nDatum: 23.06.2025",
            "info@bank.example.ba",
            "BAM",
        ),
        (
            "Известие за операция с карта",
            "Вид операция: Възстановяване на сума по плащане\nСума: 66,06 EUR\nТърговец: EMAG.BG",
            "notifications@bank.example.bg",
            "EUR",
        ),
        (
            "Hesabınıza giriş",
            "XXXX2964 numaralı hesabınıza 04.11.2025 20:09 tarihinde Örnek A.Ş. tarafından "
            "5.000,00 TL gönderilmiştir.",
            "info@bank.example.com.tr",
            "TRY",
        ),
    ],
)
def test_salaries_refunds_and_incoming_transfers_in_bulgarian_bosnian_and_turkish_are_credits(
    subject: str, text: str, sender: str, currency: str
) -> None:
    result = read(text, subject=subject, sender=sender)
    assert (result.currency, result.direction) == (currency, "credit")


@pytest.mark.parametrize(("kind", "direction"), [("ໂອນເງິນອອກ", "debit"), ("ໂອນເງິນເຂົ້າ", "credit")])
def test_lao_transfers_out_and_in_say_their_direction(kind: str, direction: str) -> None:
    result = read(
        f"ບັນຊີ: xxxxxxx1776\nປະເພດ: {kind}\nຈຳນວນ: 245,500 LAK\nວັນທີ: 02/04/2026 19:37:49",
        subject="ແຈ້ງເຕືອນທຸລະກຳ",
        sender="alerts@bank.example.la",
    )
    assert (result.amount, result.direction) == (245500, direction)
