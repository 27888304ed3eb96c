"""Classes of failure studied in the twelfth round (issue #12), with messages written for these
tests from what probe messages in the big markets and in ~60 smaller languages showed: words of
money moving in those languages, the currency a ".com" sender means, which amount is the payment."""

from datetime import UTC, date, datetime
from decimal import Decimal

import pytest

from app.extraction import origin
from tests.unit.test_extraction_failure_classes import read
from tests.unit.test_extraction_ninth_round import assert_money, assert_payee


def test_a_currency_mark_after_a_colon_is_the_next_amounts():
    """ "final 2946: R$ 1.082,13": the colon ends the card's label; R$ opens the value."""
    assert_money(
        "Compra aprovada no seu cartão final 7731: R$ 264,90 em DROGARIA SAO JOAO, 03/11 às "
        "12:04.\nLimite disponível: R$ 3.210,00",
        "avisos@cartao.example.com.br",
        "264.90",
        "BRL",
        "debit",
    )


@pytest.mark.parametrize(
    ("text", "sender", "amount", "currency", "direction"),
    [
        (  # Swedish Swish, money out
            "Du har swishat 450,00 kr till Erik Lund\nMeddelande: hyra\n2026-03-02 kl. 18:10",
            "info@sparbank.example.se",
            "450.00",
            "SEK",
            "debit",
        ),
        (  # Finnish, money in from a user
            "Sait rahaa\nSait 35,50 € käyttäjältä Mikko Virtanen\nViesti: kahvit\n02.03.2026",
            "noreply@maksu.example.fi",
            "35.50",
            "EUR",
            "credit",
        ),
        (  # Latvian salary
            "Kontā ieskaitīta alga 1 480,00 EUR\nMaksātājs: SIA Rīgas Ūdens\nDatums: 05.03.2026",
            "info@banka.example.lv",
            "1480.00",
            "EUR",
            "credit",
        ),
        (  # Serbian, the dinar written out in Cyrillic
            "Обавештавамо Вас да је на Ваш рачун 160-****2210 уплаћено 12.400,00 динара.\n"
            "Уплатилац: Петар Илић\nДатум: 03.03.2026.",
            "info@banka.example.rs",
            "12400.00",
            "RSD",
            "credit",
        ),
        (  # Punjabi, the rupee abbreviated in Gurmukhi
            "ਤੁਹਾਡੇ ਖਾਤੇ XX4410 ਵਿੱਚੋਂ ਰੁ.1,250.00 ਡੈਬਿਟ ਹੋਏ 03-03-2026 10:12. UPI/RELIANCE FRESH",
            "alerts@bank.example.in",
            "1250.00",
            "INR",
            "debit",
        ),
        (  # Amharic, "in birr" written as one word
            "ውድ ደንበኛ፣ ሂሳብዎ 1*****2210 በብር 4,500.00 ገቢ ተደርጓል ከ አበበ ከበደ። ቀን 03/03/2026።",
            "info@bank.example.et",
            "4500.00",
            "ETB",
            "credit",
        ),
        (  # Haitian Creole, money sent
            "Ou voye 2,500.00 HTG bay Marie Joseph. Frè: 25.00 HTG. 03/03/2026 14:02",
            "info@moncash.example.ht",
            "2500.00",
            "HTG",
            "debit",
        ),
        (  # Basque, a salary paid in
            "Nomina ordaindu da\nZenbatekoa: 2.100,00 €\nOrdaintzailea: Eroski S.Coop.\n"
            "Data: 2026/03/01",
            "info@kutxa.example.eus",
            "2100.00",
            "EUR",
            "credit",
        ),
    ],
)
def test_money_words_of_more_languages(
    text: str, sender: str, amount: str, currency: str, direction: str
) -> None:
    assert_money(text, sender, amount, currency, direction)


@pytest.mark.parametrize(
    ("text", "sender"),
    [
        (
            "Kod do transakcji 89,90 PLN w sklepie Allegro: 551203. Nikomu nie podawaj kodu.",
            "kody@bank.example.pl",
        ),
        (
            "CaixaBank: el teu codi és 402211 per a la compra de 52,10 EUR a Mango. No el "
            "comparteixis.",
            "codis@banc.example.cat",
        ),
        ("Frátekin heimild 12.500 kr. á korti ****1209. Söluaðili: Olís.", "kort@banki.example.is"),
        (
            "Которуу ишке ашкан жок. Сумма 4 500.00 KGS эсебиңизден чегерилген жок.",
            "info@bank.example.kg",
        ),
        (
            "Avtoödəniş quruldu: Bakcell nömrəsi üçün hər ay 20.00 AZN. İlk ödəniş 21.03.2026 "
            "tarixində olacaq.",
            "info@bank.example.az",
        ),
        (
            "Caja Rural le informa: ANA GIL le ha solicitado 20,00 EUR mediante Bizum. Puede "
            "aceptar o rechazar la solicitud.",
            "avisos@caja.example.es",
        ),
    ],
)
def test_codes_holds_failures_set_ups_and_requests_are_no_payments(text: str, sender: str) -> None:
    assert not read(text, sender=sender).is_transaction


@pytest.mark.parametrize(
    ("sender", "text", "country"),
    [
        (  # a Mexican card's PIN is its "NIP": not Nigeria's NIP transfers
            "avisos@banco-avisos.example.com",
            "Recibiste una transferencia SPEI por $1,200.00. No compartas tu NIP.",
            "MX",
        ),
        ("alertes@banque-notif.example.com", "Un paiement de 310,00 DH chez Marjane.", "MA"),
        ("avisos@pagos.example.com", "Yapeaste S/ 25.00 a Rosa Quispe.", "PE"),
        ("info@pagos.example.com", "Enviaste $40.00 a Luis Vega por Yappy.", "PA"),
        ("alertas@banco.example.com", "Transferencia a Cuenta RUT ****4411 por $52.000.", "CL"),
    ],
)
def test_a_com_sender_is_placed_by_its_countrys_rails_and_marks(
    sender: str, text: str, country: str
) -> None:
    assert origin.country_of(sender, text) == country


def test_cfa_francs_from_a_sender_placed_nowhere_are_west_african():
    """Eight countries write "FCFA" for the West African franc, six for the Central African."""
    assert_money(
        "Transfert de 15 000 FCFA vers Kouassi Yao effectué avec succès le 03/03/2026.",
        "notif@money.example.com",
        "15000.00",
        "XOF",
        "debit",
    )


@pytest.mark.parametrize(
    ("text", "sender", "merchant"),
    [
        (  # Swedish "From:" heading a line
            "Lön insatt: 28 400,00 SEK\nFrån: Volvo Cars AB\nKonto ****2210\n2026-03-25",
            "meddelande@bank.example.se",
            "Volvo Cars",
        ),
        (  # Swahili "From:"
            "Akaunti yako 015****2210 imewekewa TZS 450,000.00\nKutoka: Azam Media Ltd\n"
            "Tarehe: 02/03/26",
            "info@bank.example.co.tz",
            "Azam Media",
        ),
        (  # Maltese "From:"
            "Is-salarju ta' EUR 1,450.00 ġie kkreditat fil-kont ****2210. Minn: GO plc. 09/03/2026",
            "info@bank.example.com.mt",
            "GO",
        ),
        (  # Lithuanian payer, its legal form before the quoted name
            'Gautas pervedimas\nSuma 1 200,00 €\nMokėtojas UAB "Telia Lietuva"\nData 2026-03-05',
            "info@bankas.example.lt",
            "Telia Lietuva",
        ),
        (  # Ukrainian payer, ТОВ before the name in guillemets
            "Надходження на рахунок ****2210\nСума: 9 800,00 грн\nПлатник: ТОВ «Сільпо-Фуд»\n"
            "Дата: 10.03.2026",
            "info@bank.example.ua",
            "Сільпо-Фуд",
        ),
        (  # Somali "you paid to"
            "[-EVCPlus-] $12.50 ayaad u bixisay Bakaaro Market, Tar: 25/03/2026 10:35, "
            "Haraagaagu waa $310.40.",
            "evc@telco.example.so",
            "Bakaaro Market",
        ),
        (  # Tongan "to (a person)"
            "Kuo ke fetuku ʻa e TOP 80.00 kia Mele Tupou. Totongi: TOP 1.50. 03/03/2026 13:37",
            "info@mobile.example.to",
            "Mele Tupou",
        ),
        (  # Lao "shop:"
            "ຊຳລະ QR ສຳເລັດ\nຮ້ານ: Phimphone Market\nຈຳນວນ: 250,000 LAK\n10/03/2026 20:21",
            "info@bank.example.la",
            "Phimphone Market",
        ),
    ],
)
def test_who_was_paid_or_paid_after_more_languages_labels_and_words(
    text: str, sender: str, merchant: str
) -> None:
    assert_payee(text, merchant, sender)


def test_a_nepali_service_charge_is_no_service_label():
    result = read(
        "तपाईंले NEA लाई रु. 1,506.01 भुक्तानी गर्नुभयो। सेवा शुल्क रु. 5.73। मिति 2026-03-03",
        sender="info@wallet.example.com.np",
    )
    assert "शुल्क" not in (result.merchant or "")


@pytest.mark.parametrize(
    ("text", "sender", "amount", "currency", "direction"),
    [
        (  # a marketplace's estimate in the buyer's currency is not what the card paid
            "Your order has been placed and your card was charged US $58.40.\nAmount shown in "
            "your currency ≈ R1,057.10 (estimate; your bank's rate may differ).",
            "orders@shop.example.com",
            "58.40",
            "USD",
            "debit",
        ),
        (  # a fare, a service fee, a discount, then the total paid
            "Biaya perjalanan\tRp24.500\nBiaya jasa aplikasi\tRp2.000\nDiskon\t-Rp6.000\n"
            "Total dibayar\tRp20.500\nMetode\tGoPay",
            "no-reply@ride.example.co.id",
            "20500",
            "IDR",
            "debit",
        ),
        (  # a standing order carried out is money that left
            "Ihr Dauerauftrag an Hausverwaltung Krause über 640,00 EUR wurde am 01.03.2026 von "
            "Ihrem Konto ***0535 ausgeführt.",
            "info@sparkasse.example.de",
            "640.00",
            "EUR",
            "debit",
        ),
        (  # Portugal's MB WAY, money sent
            "Enviou 25,00 € a Rita Lopes através do MB WAY. Data: 27-03-2026 05:11",
            "notificacoes@pagamentos.example.com",
            "25.00",
            "EUR",
            "debit",
        ),
        (  # Jordan's CliQ from a ".com" sender: the dinar is Jordanian
            "تم تحويل مبلغ 41.250 دينار عبر كليك إلى سامي حداد من حسابك المنتهي بـ 1212 بتاريخ "
            "04-03-2026 13:10.",
            "notify@bank-alerts.example.com",
            "41.250",
            "JOD",
            "debit",
        ),
        (  # an Interac e-Transfer the user sent, deposited by its recipient
            "Your INTERAC e-Transfer of $95.00 to Liam Roy was deposited on March 20, 2026.",
            "notify@payments.example.ca",
            "95.00",
            "CAD",
            "debit",
        ),
        (  # Turkish money in: "to your account ... sent by"
            "Hesabınıza MEHMET KAYA tarafından 1.250,00 TL FAST ile gönderilmiştir. İşlem "
            "tarihi: 05.03.2026 12:21.",
            "bilgi@banka.example.com.tr",
            "1250.00",
            "TRY",
            "credit",
        ),
        (  # Peru's Yape, money in
            "¡Ana Quispe te yapeó S/ 40.00! 12 mar. 2026 10:01",
            "notificaciones@yape.example.com.pe",
            "40.00",
            "PEN",
            "credit",
        ),
    ],
)
def test_which_amount_moved_and_which_way(
    text: str, sender: str, amount: str, currency: str, direction: str
) -> None:
    assert_money(text, sender, amount, currency, direction)


@pytest.mark.parametrize(
    ("text", "sender"),
    [
        (
            "Your payment of PHP 2,500.00 to your credit card ending 1705 has been posted on "
            "22/03/2026.",
            "alerts@bank.example.com.ph",
        ),
        (
            "Ana Souza has sent you a money request for $90.14 (CAD). The request expires on "
            "02/04/2026.",
            "notify@payments.example.ca",
        ),
        (
            "Un prélèvement de 79,90 € émis par SFR sera présenté sur votre compte le 02/04/2026.",
            "alertes@banque.example.fr",
        ),
        (
            "Use 350432 to complete your transfer of NGN58,371.00 to Ana Souza. This token "
            "expires in 5 minutes.",
            "secure@bank.example.com.ng",
        ),
    ],
)
def test_card_bills_requests_debits_to_come_tokens_and_parcels_are_no_payments(
    text: str, sender: str
) -> None:
    assert not read(text, sender=sender).is_transaction


def test_a_count_of_instalments_is_no_payee():
    result = read(
        "Realizaste una compra en FRAVEGA con tu tarjeta Visa terminada en 5058 por un total de "
        "$ 10.903,59 en 3 cuotas de $ 3.634,53.",
        sender="alertas@banco.example.com.ar",
    )
    assert result.merchant == "Fravega"


def test_a_balance_change_is_the_signed_change_before_the_balance_it_made():
    """As Vietnamese banks write it: "Bien dong so du" (balance change), the signed change,
    then the balance."""
    result = read(
        "So du TK VCB 0071000123456 -2,150,000 VND luc 21-03-2026 16:46:23. So du 8,094,000 VND."
        " Ref MBVCB.0011164329.tien nha",
        subject="Bien dong so du",
        sender="info@bank.example.com.vn",
    )
    assert (result.amount, result.currency, result.direction) == (2150000, "VND", "debit")


def test_a_parcel_that_left_the_warehouse_is_no_payment():
    result = read(
        "Your order (total NGN75,694.00, paid online) has left our warehouse.",
        subject="Your package is on the way",
        sender="orders@shop.example.com.ng",
    )
    assert not result.is_transaction


@pytest.mark.parametrize(
    ("text", "sender", "last4"),
    [
        (  # a mobile number paid, after its holder's name
            "You have sent PHP 500.00 to JU*N D*LA CR*Z 0917***4418 on 6 Mar 2026 08:17 AM.",
            "no-reply@wallet.example.com.ph",
            None,
        ),
        (  # the recipient's account a few words after its label, the user's after "From"
            "Fund transfer successful. Amount BDT 2,540.63 Beneficiary MD. KAMRUL HASAN, City Bank "
            "A/C ****7734 From ****2901 Charge BDT 50.81",
            "alerts@bank.example.com.bd",
            "2901",
        ),
        (  # an account that starts like a phone number, named as an account
            "Akaunti\t0150XXXX2210\nKiasi\tTZS 32,500.00\nKwenda kwa\tJUMA HAMISI",
            "alerts@bank.example.co.tz",
            "2210",
        ),
        (  # Arabic "ending" without its preposition
            "تمت حركة شراء بمبلغ 33.21 دينار على بطاقتك المنتهية 0984 لدى CARREFOUR بتاريخ "
            "21/03/2026",
            "alerts@bank.example.jo",
            "0984",
        ),
    ],
)
def test_whose_card_or_account_the_digits_are(text: str, sender: str, last4: str | None) -> None:
    assert read(text, sender=sender).account_last4 == last4


@pytest.mark.parametrize(
    ("text", "sender", "merchant"),
    [
        (  # a wallet paying a bill names the biller under "Company"
            "Bill Payment Successful\nCompany\tK-Electric\nConsumer No\t0400****8812\n"
            "Amount Paid\tRs. 2,400.71\nTransaction ID\t56778153063",
            "receipts@wallet.example.com.pk",
            "K-Electric",
        ),
        (  # Arabic "the party", the firm's "company" left off
            "إيداع راتب\nمبلغ: 5,674.22 ريال\nالحساب: ***6090\nالجهة: شركة المراعي\n07/03/2026",
            "alerts@bank.example.com.sa",
            "المراعي",
        ),
    ],
)
def test_a_wallets_biller_and_an_arab_firm(text: str, sender: str, merchant: str) -> None:
    assert_payee(text, merchant, sender)


@pytest.mark.parametrize(
    ("text", "sender", "subject", "amount", "currency", "direction"),
    [
        (  # Uruguay's "$U", which starts like the dollar
            "Se debitó de su cuenta Caja de Ahorro ****8065 el importe de $U 1.323,60 por pago de "
            "factura UTE. Fecha: 03/03/2026",
            "avisos@banco.example.com.uy",
            "Aviso de movimiento",
            "1323.60",
            "UYU",
            "debit",
        ),
        (  # a reversal of a failed withdrawal is money back, not a failure
            "Transaction Type CREDIT\nAmount 4,095.64\nDescription REVERSAL OF FAILED ATM WDL - "
            "UBA ATM IKEJA\nValue Date 14/03/2026",
            "alerts@bank.example.com.ng",
            "Transaction Alert [Credit: 4,095.64]",
            "4095.64",
            "NGN",
            "credit",
        ),
        (  # OTP Bank's own alert service ("OTP SMS") is no one-time code
            "OTP Bank: Vásárlás 8 175 Ft, MOL TOLTOALLOMAS, kártya: *6882, 2026.03.19 21:54. "
            "Egyenleg: 152 127 Ft.",
            "sms@bank.example.hu",
            "OTP SMS értesítő",
            "8175",
            "HUF",
            "debit",
        ),
        (  # a receipt's "Help Center" footer is no help text
            "Your payment receipt\nPlan Standard\nAmount R 159.00\nPayment method Visa •••• 5677\n"
            "Date 23 March 2026\nIncludes VAT of R 20.74\n\nQuestions? Visit the Help Center.",
            "info@streaming.example.co.za",
            "Your payment receipt",
            "159.00",
            "ZAR",
            "debit",
        ),
        (  # a flight's reserved seat is no hold on the card
            "Fare (1 adult) €88.88\nPriority & 2 cabin bags €39.99\nReserved seat €8.00\nTotal "
            "paid €136.87\nPaid by Visa ending 9992",
            "booking@airline.example.ie",
            "Your booking confirmation",
            "136.87",
            "EUR",
            "debit",
        ),
    ],
)
def test_marks_footers_and_names_that_held_other_words(
    text: str, sender: str, subject: str, amount: str, currency: str, direction: str
) -> None:
    result = read(text, subject=subject, sender=sender)
    assert (result.amount, result.currency, result.direction) == (
        Decimal(amount),
        currency,
        direction,
    )


@pytest.mark.parametrize(
    ("text", "sender"),
    [
        (
            "Hemos recibido el pago de 815,69 € a tu tarjeta de crédito ...1068. Tu crédito "
            "disponible se ha actualizado.",
            "avisos@banco.example.es",
        ),
        (
            "We couldn't complete your transfer of ₦2,857.11 to NGOZI EZE (GTBank). Don't worry, "
            "no money left your account.",
            "help@bank.example.com.ng",
        ),
        (
            "MCB: 449268 is your 3-D Secure code for MUR 2,186.68 at DARAZ.COM.",
            "sms@bank.example.mu",
        ),
        (
            "Tienes un crédito preaprobado de hasta $ 7.274.000 en 48 cuotas. Solicítalo en la "
            "app.",
            "ofertas@banco.example.cl",
        ),
    ],
)
def test_card_bills_failures_secure_codes_and_offers_in_more_words(text: str, sender: str) -> None:
    assert not read(text, sender=sender).is_transaction


@pytest.mark.parametrize(
    ("text", "sender", "merchant"),
    [
        (  # Taiwan's "於" for "at", the shop before "spent"
            "您的信用卡末四碼9772於115/03/21 11:57於全聯福利中心消費新臺幣1,800元。",
            "card@bank.example.com.tw",
            "全聯",
        ),
        (  # a branch in brackets between the shop and "spent"
            "您尾号0665的信用卡于2026年03月23日 14:49在星巴克(国贸店)消费人民币23.44元。",
            "card@bank.example.com.cn",
            "星巴克",
        ),
        (  # a quick payment names the shop in brackets
            "您尾号8702卡3月26日21:42快捷支付(京东商城)支出人民币1,868.93元,余额50,880.21元。",
            "info@bank.example.com.cn",
            "京东",
        ),
        (  # "the payer", the name ending at the ideographic full stop
            "您尾号6784卡3月4日16:32工资收入人民币12,975.19元,余额19,972.83元。付款方:"
            "小米科技有限公司。【银行】",
            "info@bank.example.com.cn",
            "小米科技",
        ),
    ],
)
def test_chinese_shops_and_payers(text: str, sender: str, merchant: str) -> None:
    assert_payee(text, merchant, sender)


def test_a_korean_withdrawal_names_its_amount_without_a_currency():
    result = read(
        "[KB]03/25 19:09 123456**1136 출금 16,400 스타벅스코리아 잔액10,010,100",
        subject="[KB국민은행] 출금",
        sender="alert@bank.example.co.kr",
    )
    assert (result.amount, result.currency, result.direction) == (16400, "KRW", "debit")


@pytest.mark.parametrize(
    ("text", "sender", "subject"),
    [
        (
            "طلبك رقم NAEH415042 خرج للتوصيل وسيصلك اليوم قبل 10 مساءً. المبلغ المدفوع 99.37 د.إ.",
            "orders@shop.example.ae",
            "طلبك في الطريق",
        ),
        (
            "イオンカード（下4桁0565）にてENEOS 市川SSでのご利用（15,800円）を承認しました。金額は"
            "後日確定します。",
            "info@card.example.co.jp",
            "ご利用確認",
        ),
        (
            "Your payment of PHP 3,190.98 to BPI Credit Card ending 8146 has been posted on "
            "11/03/2026. Thank you.",
            "alerts@bank.example.com.ph",
            "Credit card payment posted",
        ),
    ],
)
def test_deliveries_approvals_to_settle_and_card_bills_are_no_payments(
    text: str, sender: str, subject: str
) -> None:
    assert not read(text, subject=subject, sender=sender).is_transaction


def test_a_discount_for_reaching_a_spend_is_a_receipts_line_not_a_promotion():
    result = read(
        "感谢使用外卖 商家:海底捞外送 番茄锅底:¥52.00 配送费:¥3.81 满减优惠:-¥6.63 实付金额:¥49.18 "
        "支付方式:微信支付 2026-03-25 20:30",
        subject="您的订单已完成",
        sender="no-reply@delivery.example.cn",
    )
    assert (result.amount, result.currency) == (Decimal("49.18"), "CNY")


@pytest.mark.parametrize(
    ("text", "reference"),
    [
        ("Réf: PP261206.7691.P44529. Merci d'utiliser Orange Money.", "PP261206.7691.P44529"),
        ("Folio: 88123456\nFecha: 03/03/2026", "88123456"),
        ("Nro. de operación: 71436859", "71436859"),
        ("Transaktionscode: 7JH23456AB123", "7JH23456AB123"),
    ],
)
def test_references_with_dots_and_more_labels(text: str, reference: str) -> None:
    from app.extraction.references import find_references

    assert [found.value for found in find_references(text, text.lower())] == [reference]


@pytest.mark.parametrize(
    ("text", "sender", "merchant"),
    [
        (  # a salary's month after its word
            "Votre compte N° ******0089 a été crédité de 743 500 XOF le 01/03/2026. Libellé: "
            "VIREMENT SALAIRE FEV SONABEL. Solde: 987 876 XOF.",
            "avis@banque.example.bf",
            "Sonabel",
        ),
        (  # Dutch "transfer from" in a description
            "Op uw rekening ***6023 is SRD 490,94 bijgeschreven.\nOmschrijving: overboeking van "
            "R. Pinas\nDatum: 29-03-2026",
            "info@bank.example.sr",
            "R. Pinas",
        ),
        (  # a cash-out at an agent names the agent
            "Orange Money: You have withdrawn NLe 147.95 at agent Fatmata Stores. Fee NLe 1.97. "
            "05/03/2026 12:35",
            "sms@money.example.sl",
            "Fatmata Stores",
        ),
        (  # Lithuanian "to the recipient"
            "Pervedimas 74,32 EUR gavėjui Rūta Petrauskienė atliktas 2026-03-02 08:43.",
            "info@pay.example.lt",
            "Rūta Petrauskienė",
        ),
    ],
)
def test_names_inside_descriptions_and_after_more_words(
    text: str, sender: str, merchant: str
) -> None:
    assert_payee(text, merchant, sender)


@pytest.mark.parametrize(
    ("text", "sender", "amount", "currency", "direction"),
    [
        (  # a time's minutes before the birr's mark are no amount
            "ውድ ደንበኛ፣ ሂሳብዎ 1*****9401 በ24/03/2026 12:19 ብር 1,250.51 ወደ አበበ ከበደ ተላልፏል።",
            "info@bank.example.et",
            "1250.51",
            "ETB",
            "debit",
        ),
        (  # a letter inside a transaction code is no loti ("WE4VY45M87")
            "WE4VY45M87 E netefaditsoe. O amohetse M4 201.65 ho tswa ho LINEO RAMOTSO ka "
            "02/03/2026 ka 23:38.",
            "mpesa@mobile.example.co.ls",
            "4201.65",
            "LSL",
            "credit",
        ),
        (  # Belarusian rubles written "руб."
            "Залічана заработная плата: 1 792,22 руб. Арганізацыя: ААТ «Мілавіца» Рахунак ****2873 "
            "14.03.2026",
            "info@bank.example.by",
            "1792.22",
            "BYN",
            "credit",
        ),
        (  # Slovak "a payment came in"
            "Na účet SK** **** **** **** **** 6369 prišla platba 287,69 EUR Odosielateľ: Martina "
            "Horváthová Dátum: 16.03.2026",
            "info@banka.example.sk",
            "287.69",
            "EUR",
            "credit",
        ),
        (  # Zulu "money came in"
            "Capitec: Imali engu-R565.06 ingenile ku-akhawunti ****3013 ivela ku-Sipho Dlamini. "
            "17/03/2026",
            "alerts@bank.example.co.za",
            "565.06",
            "ZAR",
            "credit",
        ),
        (  # Kazakh: the transfer, not the balance after it
            "Сізге 20 005,18 ₸ аударым түсті\nЖіберуші: Ерлан Б.\n01.03.2026 21:28\nБалансы: "
            "837 628,53 ₸",
            "info@bank.example.kz",
            "20005.18",
            "KZT",
            "credit",
        ),
    ],
)
def test_more_money_in_and_marks_that_are_no_money(
    text: str, sender: str, amount: str, currency: str, direction: str
) -> None:
    assert_money(text, sender, amount, currency, direction)


@pytest.mark.parametrize(
    ("text", "sender", "subject"),
    [
        (
            "Seu pedido #8812 foi recebido. Aguardando pagamento do boleto: R$ 249,90.",
            "pedidos@loja.example.com.br",
            "Pedido recebido",
        ),
        ("You left something in your cart: AirPods Pro $249.00", "hello@shop.example.com", "Psst"),
        (
            "Your quote is ready: 3 nights, total $612.40. Nothing has been charged.",
            "quotes@travel.example.com",
            "Your quote",
        ),
        (
            "Your refund request for $86.20 is under review. No refund has been issued yet.",
            "support@shop.example.com",
            "Refund request received",
        ),
        (
            "Оплата не пройшла: 1 299,00 грн. Кошти не списано з вашої картки.",
            "info@shop.example.ua",
            "Оплата не пройшла",
        ),
    ],
)
def test_merchants_pending_orders_carts_quotes_reviews_and_failures_are_no_payments(
    text: str, sender: str, subject: str
) -> None:
    assert not read(text, subject=subject, sender=sender).is_transaction


@pytest.mark.parametrize(
    ("text", "sender", "subject", "direction"),
    [
        (  # a biller's "payment received": the user paid it
            "Pagamento bolletta ricevuto: 84,50 € per la fornitura di marzo. Grazie!",
            "bollette@energia.example.it",
            "Pagamento ricevuto",
            "debit",
        ),
        (  # a refund in German: money back
            "Wir haben Ihnen 88,99 € erstattet. Die Erstattung wurde veranlasst.",
            "service@bahn.example.de",
            "Ihre Erstattung",
            "credit",
        ),
        (  # a refund in Greek
            "Επιστρέψαμε 45,00 € στην κάρτα σας για την παραγγελία 4411.",
            "info@shop.example.gr",
            "Επιστροφή χρημάτων",
            "credit",
        ),
    ],
)
def test_a_billers_receipt_and_refunds_in_more_languages(
    text: str, sender: str, subject: str, direction: str
) -> None:
    result = read(text, subject=subject, sender=sender)
    assert result.is_transaction
    assert result.direction == direction


def test_a_receipts_item_lines_give_way_to_its_total():
    """ "x1  $34.22": the count is no amount (the "$" is the price's), and the first of the
    items is not what was paid: the order total after them is."""
    result = read(
        "Your order from CozyClay is confirmed.\n\nLeather Keychain  x1  $34.22\nBrass Candle "
        "Holder  x1  $50.78\nLinen Napkins  x1  $49.33\n------\nSubtotal: $134.33\nPromo code: "
        "-$13.43\nSales tax: $11.92\nOrder total: $132.82\n\nCharged to PayPal",
        subject="Your purchase from CozyClay",
        sender="transaction@shop.example.com",
        name="Shop",
    )
    assert (result.amount, result.currency) == (Decimal("132.82"), "USD")


@pytest.mark.parametrize(
    ("text", "sender", "amount", "currency", "direction"),
    [
        (  # Seychelles rupees written "SR"
            "MCB: Your card 4410 was used for SR7,372.99 at SPAR Victoria on 03/03/2026.",
            "alerts@bank.example.sc",
            "7372.99",
            "SCR",
            "debit",
        ),
        (  # Tatar "сум", a ruble
            "Казан Молл: 53,40 сум түләнде. Карта *2210. 03.03.2026",
            "info@bank.example.ru",
            "53.40",
            "RUB",
            "debit",
        ),
        (  # Mongolian "төг" after the amount; "орлоо", came in
            "Таны данс руу 944,307.83 төг орлоо. Илгээгч: Батболд. 2026.03.03",
            "info@bank.example.mn",
            "944307.83",
            "MNT",
            "credit",
        ),
        (  # Frisian money in
            "Jo hawwe € 217,22 ûntfongen fan Sjoerd Hoekstra. 03-03-2026",
            "info@bank.example.nl",
            "217.22",
            "EUR",
            "credit",
        ),
        (  # Tsonga money out
            "U hakele R28.10 eka Checkers hi khadi ...9200 hi 03/03/2026.",
            "alerts@bank.example.co.za",
            "28.10",
            "ZAR",
            "debit",
        ),
    ],
)
def test_money_words_and_marks_of_a_second_set_of_small_languages(
    text: str, sender: str, amount: str, currency: str, direction: str
) -> None:
    assert_money(text, sender, amount, currency, direction)


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        (
            "Hi Sarah, Your order has been placed but we haven't received your payment yet.\n"
            "Order # 19422065\nItem  Qty  Price\nPad Thai  1  $18.40\nTotal: $18.40",
            "We're waiting for your payment",
        ),
        (
            "Hola Lucía: Te enviamos el presupuesto solicitado. Es válido 15 días.\nPedido n.º: "
            "SDH8TW\nVuelo Madrid - Lima  1  420,00 €\nTotal: 420,00 €",
            "Tu presupuesto",
        ),
        (
            "Hi Sarah, Tell us what you think about the items you bought.\nOrder # B436BJ\n"
            "Desk lamp  1  £34.99\nTotal: £34.99",
            "How did we do? Review your recent purchase",
        ),
    ],
)
def test_a_merchants_subject_says_no_payment_was_made(text: str, subject: str) -> None:
    assert not read(text, subject=subject, sender="orders@shop.example.com").is_transaction


def test_a_refund_is_dated_when_it_was_made_not_when_the_order_was():
    received = datetime(2026, 3, 20, 9, 30, tzinfo=UTC)
    result = read(
        "Wir haben Ihnen 27,35 € auf Ihre Visa •••• 2028 erstattet.\nBestellnummer 778775329\n"
        "Bestelldatum 17. März 2026\nGesamtsumme 27,35 €",
        subject="Ihre Erstattung wurde veranlasst",
        sender="service@food.example.de",
        received=received,
    )
    assert result.direction == "credit"
    assert result.occurred_at is not None and result.occurred_at.date() == date(2026, 3, 20)


@pytest.mark.parametrize(
    ("text", "amount", "currency"),
    [
        (  # an order number in parts is no rand
            "Thanks for your order #R422776-5862!\nItems: $52.10\nSales tax: $7.59\nOrder total: "
            "$59.69",
            "59.69",
            "USD",
        ),
        (  # one of four instalments gives way to the order's total
            "Subtotal: $130.78\nSales tax: $11.61\nOrder total: $142.39\nPaid with Affirm: 4 "
            "interest-free payments of $35.60 (first payment charged today)",
            "142.39",
            "USD",
        ),
        (  # ... and in Portuguese
            "Subtotal R$ 324,75\nFrete R$ 31,15\nCupom -R$ 48,71\nTotal R$ 307,19\nPagamento em 3x "
            "de R$ 102,40 sem juros no Mastercard final 4422",
            "307.19",
            "BRL",
        ),
        (  # a recommended product's price after the receipt is not what was paid
            "ご注文ありがとうございます。\n商品の小計 ¥7,590\nクーポン -¥1,518\nご請求額 ¥6,072\n\n"
            "おすすめ商品: ワイヤレスイヤホン 11,990円",
            "6072",
            "JPY",
        ),
    ],
)
def test_order_numbers_instalments_and_recommendations_are_not_what_was_paid(
    text: str, amount: str, currency: str
) -> None:
    result = read(text, subject="Your order", sender="orders@shop.example.com", name="Shop")
    assert (result.amount, result.currency) == (Decimal(amount), currency)


@pytest.mark.parametrize(
    ("text", "sender", "merchant"),
    [
        (  # a greeting before the name
            "Bonjour, Félix Bouchard vous a envoyé 298,84 $ (CAD) et les fonds ont été déposés.",
            "notify@payments.example.ca",
            "Félix Bouchard",
        ),
        (  # "MD." (Muhammad) does not end a name
            "Fund transfer successful. Amount BDT 2,540.63 To MD. KAMRUL HASAN, City Bank.",
            "alerts@bank.example.com.bd",
            "Md. Kamrul Hasan",
        ),
        (  # a name a wallet masks letter by letter
            "You have sent PHP 2,135.82 to JU*N D*LA CR*Z on 6 Mar 2026 08:17 AM.",
            "no-reply@wallet.example.com.ph",
            "Ju*n D*la Cr*z",
        ),
    ],
)
def test_greetings_honorifics_and_masked_names(text: str, sender: str, merchant: str) -> None:
    assert_payee(text, merchant, sender)


@pytest.mark.parametrize(
    ("text", "sender", "merchant"),
    [
        (  # a cash-out at an agent, in Swahili
            "Umetoa Tsh91,500 kwa agent Juma Shop Kariakoo. Salio lako ni Tsh12,000. 03/03/2026",
            "mpesa@mobile.example.co.tz",
            "Juma Shop Kariakoo",
        ),
        (  # Javanese "from"
            "Rekening ****4794 pikantuk Rp1.641.100 saking Sri Rahayu. Tanggal: 19/03/2026.",
            "info@bank.example.co.id",
            "Sri Rahayu",
        ),
        (  # Chichewa "shop" heading a line
            "Malipiro\nNdalama\tMWK 98,695.19\nSitolo\tPuma Kanengo\nKhadi\tXXXX6324\nTsiku\t"
            "24.03.2026 10:25",
            "info@bank.example.mw",
            "Puma Kanengo",
        ),
    ],
)
def test_agents_and_shops_in_a_second_set_of_small_languages(
    text: str, sender: str, merchant: str
) -> None:
    assert_payee(text, merchant, sender)


@pytest.mark.parametrize(
    ("text", "last4"),
    [
        ("Siparişiniz Visa ile ödendi, son 4 hane 3554. Toplam: 249,90 TL", "3554"),
        ("Zapłacono kartą o końcówce 1646 kwotę 89,99 zł w sklepie Allegro.", "1646"),
        ("Von Ihrem Konto mit der Endung 7516 wurden 45,00 EUR abgebucht.", "7516"),
    ],
)
def test_card_endings_in_turkish_polish_and_german(text: str, last4: str) -> None:
    assert read(text, sender="info@bank.example.com").account_last4 == last4


@pytest.mark.parametrize(
    "text",
    [
        "Your booking is confirmed.\nTotal paid: £86.40\nPaid with: American Express\nThanks, "
        "Trainline",
        "Order confirmed.\nShipping to: 1418 Maple Ave\nOrder total: $132.82",
        "Dziękujemy za zakup!\nRazem: 189,99 zł\nMetoda płatności: BLIK",
    ],
)
def test_a_payment_method_an_address_or_a_price_is_no_payee(text: str) -> None:
    result = read(text, subject="Your order", sender="orders@shop.example.com", name="Shop")
    assert result.merchant in ("Shop", None)


@pytest.mark.parametrize(
    ("text", "sender", "amount", "currency", "direction"),
    [
        (  # a currency after a full stop opens the next sentence's amount, not the id's
            "SENT.TID 11635701334. UGX 331,500 to NAKATO SARAH 0752375xxx. Fee UGX 6,100. Bal UGX "
            "382,695. Date 20-March-2026 13:34.",
            "money@airtel.example.ug",
            "331500",
            "UGX",
            "debit",
        ),
        (  # a cashback taken back, in Polish, is money out
            "PKO BP: Cofnięcie zwrotu (cashback) 48,78 PLN za zakupy w ALLEGRO — zwrot towaru. "
            "Obciążenie rachunku ...3586 dnia 23.03.2026.",
            "powiadomienia@bank.example.pl",
            "48.78",
            "PLN",
            "debit",
        ),
    ],
)
def test_an_ids_full_stop_a_delivery_threshold_and_a_cashback_taken_back(
    text: str, sender: str, amount: str, currency: str, direction: str
) -> None:
    assert_money(text, sender, amount, currency, direction)


def test_a_delivery_offers_threshold_is_no_payment():
    result = read(
        "Wagamama - Soho\n1x Chicken katsu curry £10.71\nDelivery fee £3.11\nTotal £13.82\n"
        "Paid with Apple Pay\nDeliveroo Plus: free delivery on orders over £25.",
        subject="Your Deliveroo order",
        sender="noreply@food.example.co.uk",
        name="Deliveroo",
    )
    assert (result.amount, result.currency) == (Decimal("13.82"), "GBP")


def test_a_credit_unions_name_says_no_direction_and_where_names_the_shop():
    result = read(
        "A charge of $66.12 was made on your Evergreen Visa Signature card ending in 2256.\n"
        "Where: SQ *HUDSON ROASTERS\nWhen: 03/12/2026 08:14\n-- Evergreen Federal Credit Union",
        subject="Card transaction alert",
        sender="alerts@evergreenfcu.example.org",
        name="Evergreen FCU",
    )
    assert (result.amount, result.direction) == (Decimal("66.12"), "debit")
    assert (result.merchant or "").startswith("Hudson Roasters")


@pytest.mark.parametrize(
    ("text", "sender"),
    [
        (
            "Registramos el pago de $ 63.611,65 de tu tarjeta Visa terminada en 4405. Se "
            "acreditará en tu resumen.",
            "avisos@banco.example.com.ar",
        ),
        (
            "We've received your card payment. Thanks — your payment of £239.08 to your Thistle & "
            "Oak credit card ending 7590 has arrived.",
            "cards@bank.example.co.uk",
        ),
        (
            "Muamala wa KES 8,732.36 kwenye kadi ****1100 umekataliwa. Hakuna pesa iliyotolewa.",
            "alerts@bank.example.co.ke",
        ),
        (
            "Tu recarga de $899.13 no se pudo realizar. No se hizo ningún cargo.",
            "avisos@wallet.example.com.mx",
        ),
        (
            "Votre virement permanent de 203,69 € vers M. Dupont a bien été enregistré. Première "
            "exécution le 05/04/2026.",
            "alertes@banque.example.fr",
        ),
    ],
)
def test_card_bills_refusals_failures_and_standing_orders_set_up_in_more_words(
    text: str, sender: str
) -> None:
    assert not read(text, sender=sender).is_transaction


@pytest.mark.parametrize(
    ("text", "sender", "direction"),
    [
        (
            "Der er trukket 1.032,83 kr. på dit kort, der ender på 2552, hos DSB.",
            "kort@bank.example.dk",
            "debit",
        ),
        ("Aap ne Rs. 4,605.00 Fatima Noor ko bhej diye.", "alerts@wallet.example.com.pk", "debit"),
        (
            "Khushkhabri! Ali Raza ne aapke A/c ****1234 mein Rs. 2,500.00 bheje hain.",
            "alerts@wallet.example.com.pk",
            "credit",
        ),
        (
            "Připsali jsme na Váš účet částku 1 250,00 Kč od Jana Nováka.",
            "info@banka.example.cz",
            "credit",
        ),
    ],
)
def test_money_out_and_in_in_danish_urdu_and_czech(text: str, sender: str, direction: str) -> None:
    result = read(text, sender=sender)
    assert result.is_transaction
    assert result.direction == direction


@pytest.mark.parametrize(
    ("text", "sender", "name", "merchant"),
    [
        (  # a wallet's payment "to" a shop, named by the amount
            "Pembayaran kamu ke Indomaret berhasil!\n\nTotal Bayar\tRp 21.000\nMetode\tSaldo",
            "no-reply@wallet.example.co.id",
            "DompetKu",
            "Indomaret",
        ),
        (  # Dutch "To:"
            "Er is € 718,25 afgeschreven van je rekening NL** TULP **** **58 35.\nNaar: Albert "
            "Heijn\nDatum: 27-03-2026 om 06:54",
            "info@bank.example.nl",
            "Tulpbank",
            "Albert Heijn",
        ),
        (  # Greek "at the shop"
            "Πραγματοποιήθηκε αγορά ποσού 212,36 € με την κάρτα σας που λήγει σε 8971 στο "
            "κατάστημα Σκλαβενίτης στις 03/03/2026 10:51.",
            "info@bank.example.gr",
            "Τράπεζα",
            "Σκλαβενίτης",
        ),
    ],
)
def test_whom_a_wallet_or_bank_paid_by_the_amount(
    text: str, sender: str, name: str, merchant: str
) -> None:
    assert_payee(text, merchant, sender, name)


@pytest.mark.parametrize(
    ("text", "sender", "amount", "currency", "direction"),
    [
        (  # Macau's pataca written "MOP$", a symbol after a code's letters
            "Informamos que foi registado o seguinte movimento na sua conta n.º ****6401:\n"
            "Crédito de MOP$ 13,651.29\nOrdenante: CHAO IO MENG",
            "avisos@banco.example.com.mo",
            "13651.29",
            "MOP",
            "credit",
        ),
        (  # a salary in Welsh
            "Cyflog £1,808.63 gan Prifysgol Bangor wedi'i dalu i'r cyfrif •••• 4377.",
            "hello@bank.example.co.uk",
            "1808.63",
            "GBP",
            "credit",
        ),
        (  # a salary in Spanish, in a cell
            "Sueldo\nMonto: Bs. 5.380,88\nRemitente: Alcaldía de El Alto\nCuenta: 1000****9785",
            "avisos@banco.example.com.bo",
            "5380.88",
            "BOB",
            "credit",
        ),
    ],
)
def test_the_pataca_and_pay_in_more_words(
    text: str, sender: str, amount: str, currency: str, direction: str
) -> None:
    assert_money(text, sender, amount, currency, direction)


def test_an_items_count_before_its_spaced_price_is_no_amount():
    """ "Yumburger x1 ₱ 2,990.00": the peso sign is the price's, not the count's."""
    result = read(
        "Salamat sa pag-order!\nYumburger x1 ₱ 2,990.00\nJolly Spaghetti x1 ₱ 3,000.00\n"
        "Subtotal: ₱ 5,990.00\nShipping fee: ₱ 113.47\nKabuuang halaga: ₱ 6,103.47\nVisa *2144",
        subject="Ang iyong GrabFood E-Receipt",
        sender="no-reply@food.example.com.ph",
        name="GrabFood",
    )
    assert (result.amount, result.currency) == (Decimal("6103.47"), "PHP")


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        (
            "Nandito pa rin ang mga item sa cart mo.\nRice cooker x1 ₱1,518.99\nKabuuang halaga: "
            "₱1,518.99",
            "May naiwan ka sa cart mo!",
        ),
        (
            "Đơn hàng của bạn đang chờ thanh toán.\nTai nghe Bluetooth SL: 1 ₫1.064.000\nTổng "
            "thanh toán ₫1.064.000",
            "Đơn hàng chờ thanh toán",
        ),
    ],
)
def test_carts_and_orders_to_pay_in_tagalog_and_vietnamese(text: str, subject: str) -> None:
    assert not read(text, subject=subject, sender="orders@shop.example.com").is_transaction


@pytest.mark.parametrize(
    ("text", "sender", "merchant"),
    [
        (  # Setswana "merchant"
            "Tuelo e dirilwe ka karata ya gago ••0830.\nMadi: BWP 460.66\nMorekisi: Choppies\n"
            "Letlha: 06/03/2026",
            "info@bank.example.co.bw",
            "Choppies",
        ),
        (  # Macedonian "payer"
            "На сметката x7869 е уплатен износ.\nИзнос: MKD 28.300,00\nУплатувач: ВЕСНА ТРАЈКОВСКА"
            "\nДатум: 03.03.2026",
            "info@banka.example.mk",
            "Весна Трајковска",
        ),
        (  # Maltese "merchant"
            "Sar xiri bil-karta tiegħek XXXXXXXX2108.\nAmmont: €205.47\nNegozjant: Pavi Supermarket"
            "\nData: 29/03/2026",
            "info@bank.example.com.mt",
            "Pavi Supermarket",
        ),
        (  # Korean "sender"
            "계좌 4***9829에 입금되었습니다.\n금액 65,900 원\n보낸 분 김민수\n일자 2026.03.27",
            "info@card.example.co.kr",
            "김민수",
        ),
    ],
)
def test_cell_labels_of_more_languages(text: str, sender: str, merchant: str) -> None:
    assert_payee(text, merchant, sender)


@pytest.mark.parametrize(
    ("text", "merchant", "direction"),
    [
        ("ሂሳብዎ 1000****0359 ላይ ብር 6,139.00 ለቶታል ነዳጅ ማደያ ወጪ ተደርጓል። ቀን: 16/03/2026", "ቶታል", "debit"),
        (
            "ሂሳብዎ 1000****0359 ላይ ብር 56,544.12 ከሰላማዊት ታደሰ ገቢ ተደርጓል። ቀን: 17/03/2026",
            "ሰላማዊት ታደሰ",
            "credit",
        ),
    ],
)
def test_amharic_to_and_from_written_onto_the_name(
    text: str, merchant: str, direction: str
) -> None:
    result = read(text, sender="info@bank.example.et")
    assert result.direction == direction
    assert (result.merchant or "").startswith(merchant)


@pytest.mark.parametrize(
    ("text", "sender", "merchant"),
    [
        (  # a mobile-money transfer's lead-in and its number before the payer
            "MOMO TRF FROM 024XXXX912 KWAME ASANTE. Amount GHS 300.00 credited to your account "
            "1234****5678 on 03/03/2026.",
            "alerts@bank.example.com.gh",
            "Kwame Asante",
        ),
        (  # an em dash ends a name
            "You paid 44 316 HUF at Gozsdu Udvar Bar — charged €117.41 to card ··3265.",
            "hello@app.example.com",
            "Gozsdu Udvar Bar",
        ),
    ],
)
def test_a_wallets_lead_in_and_an_em_dash(text: str, sender: str, merchant: str) -> None:
    result = read(text, sender=sender)
    assert result.merchant == merchant


@pytest.mark.parametrize(
    ("text", "sender", "merchant"),
    [
        (
            "4259 ile biten kartınızla 04.03.2026 15:36 tarihinde MİGROS'tan 123,45 TL harcama "
            "yapılmıştır.",
            "bilgi@banka.example.com.tr",
            "Migros",
        ),
        (
            "Compra aprobada por $ 2.350,00 en MERPAGO*LA ESQUINA con tu tarjeta terminada en "
            "4410.",
            "avisos@banco.example.com.ar",
            "La Esquina",
        ),
        (
            "Pembayaran Rp 150.000 ke PT TOKOPEDIA berhasil. 03/03/2026",
            "info@bank.example.co.id",
            "Tokopedia",
        ),
        (
            "¡Pago exitoso!\nEnviado a\tLuis A. Mamani\nMonto\tS/ 120.00\nFecha\t03/03/2026",
            "hola@wallet.example.pe",
            "Luis A. Mamani",
        ),
    ],
)
def test_a_turkish_from_suffix_processors_legal_forms_and_spanish_sent_to(
    text: str, sender: str, merchant: str
) -> None:
    assert_payee(text, merchant, sender)


@pytest.mark.parametrize(
    ("text", "subject"),
    [
        (
            "Am 29.03.2026 wird eine Lastschrift über 84,20 EUR eingezogen. Bitte sorgen Sie für "
            "Deckung.",
            "Lastschriftankündigung",
        ),
        ("บัญชีของคุณจะถูกตัดเงิน 431.79 บาท ให้ TRUE ในวันที่ 05/04/2026 กรุณาเตรียมเงินในบัญชี", "แจ้งเตือน"),
        (
            "Aapke loan ki Rs 692.02 ki EMI 05-04-2026 ko auto-debit hogi. Kripya paryapt balance "
            "rakhein.",
            "EMI reminder",
        ),
    ],
)
def test_debits_still_to_come_in_german_thai_and_hinglish(text: str, subject: str) -> None:
    assert not read(text, subject=subject, sender="alerts@bank.example.com").is_transaction


def test_a_swahili_confirmation_subject_is_no_one_time_code():
    result = read(
        "TL4A0SSRGU Imethibitishwa. Ksh2,340.00 imelipwa kwa NAIVAS SUPERMARKET tarehe 5/3/26 "
        "saa 14:05. Salio lako jipya ni Ksh26,296.32.",
        subject="Uthibitisho",
        sender="mpesa@telco.example.co.ke",
    )
    assert (result.is_transaction, result.amount) == (True, Decimal("2340.00"))


@pytest.mark.parametrize(
    ("text", "sender", "merchant"),
    [
        (  # Serbian "from the payer"
            "Na Vaš račun uplaćeno je 152,61 RSD od uplatioca MILAN JOVANOVIĆ. Datum: 03.03.2026.",
            "info@banka.example.rs",
            "Milan Jovanović",
        ),
        (  # Slovak "to the recipient"
            "Z Vášho účtu bola odoslaná platba 774,31 EUR príjemcovi Martin Horváth. 03.03.2026",
            "info@banka.example.sk",
            "Martin Horváth",
        ),
        (  # Polish "at the recipient", after BLIK
            "Płatność BLIK 120,00 zł u odbiorcy Jakub Kowalczyk została wykonana. 03.03.2026",
            "powiadomienia@bank.example.pl",
            "Jakub Kowalczyk",
        ),
    ],
)
def test_whom_paid_in_serbian_slovak_polish(text: str, sender: str, merchant: str) -> None:
    assert_payee(text, merchant, sender)


def test_a_reference_code_is_no_name():
    result = read(
        "تم تحويل مبلغ 150.00 جنيه إلى فودافون كاش\nالرقم المرجعي KA3UKR8LM2",
        sender="alerts@bank.example.com.eg",
    )
    assert "Ka3" not in (result.merchant or "")
