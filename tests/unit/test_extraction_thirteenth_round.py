"""Classes of rules added in the thirteenth round (issue #12), with messages written for these
tests: money moved in full sentences of ~90 more languages, the payer named before "sent / paid
you", a payer's note and the rails people pay each other by (no counterparty), names glued to
their postpositions or written before the amount (Indic, CJK, Amharic, Finnish, Turkish,
Hungarian), cell labels of 70 more languages, new currency marks, merchants' mail that is no
payment (carts, orders awaiting payment, parcels sent, trials, holds, refusals, reminders), the
direction a table's Débit / Crédit column or an amount's own sentence gives, receipts' totals,
and a taught template reading a name written family name first."""

from datetime import UTC, datetime
from decimal import Decimal
from email.message import EmailMessage

import pytest

from app.categorization.merchants import normalise_merchant
from app.extraction import extract
from app.extraction import templates as T
from app.mail.message import ParsedEmail
from app.mail.parse import parse_email
from tests.unit.test_extraction_failure_classes import read
from tests.unit.test_extraction_ninth_round import assert_money, assert_payee

# Money moved, said in a full sentence: "you sent / paid / bought", "X sent you", a salary or a
# top-up in, a standing order carried out, a bill paid; in the languages of the round's probes.
MONEY_SENTENCES = [
    (  # Catalan, money sent by Bizum
        "Has enviat 35,00 € a Jordi Puig amb Bizum. 04/03/2026 19:20",
        "avisos@banc.example.es",
        "35.00",
        "EUR",
        "debit",
    ),
    (  # Swiss German, a payer's "sent you"
        "Urs Meier hät dir CHF 42.50 gschickt. 04.03.2026",
        "info@twint.example.ch",
        "42.50",
        "CHF",
        "credit",
    ),
    (  # Norwegian card purchase
        "Kortkjøp 289,00 kr hos Rema 1000 Grünerløkka 05.03.2026",
        "varsel@bank.example.no",
        "289.00",
        "NOK",
        "debit",
    ),
    (  # Danish "you transferred"
        "Du har overført 1.200,00 kr. til Mette Hansen 06.03.2026",
        "besked@bank.example.dk",
        "1200.00",
        "DKK",
        "debit",
    ),
    (  # Finnish "you sent"
        "Lähetit 24,90 € vastaanottajalle Anna Korhonen. 07.03.2026",
        "ilmoitus@pankki.example.fi",
        "24.90",
        "EUR",
        "debit",
    ),
    (  # Afrikaans "was paid in"
        "R870.00 is inbetaal in jou rekening 4412 deur Pieter Botha. 05/03/2026",
        "kennisgewing@bank.example.co.za",
        "870.00",
        "ZAR",
        "credit",
    ),
    (  # German salary in
        "Gehaltseingang: 3.245,60 EUR von Musterfirma GmbH auf Ihr Konto ***4412",
        "info@bank.example.de",
        "3245.60",
        "EUR",
        "credit",
    ),
    (  # Hungarian "transferred to you"
        "Nagy Péter 68 000 Ft-ot utalt Önnek. 2026.03.05.",
        "ertesito@bank.example.hu",
        "68000",
        "HUF",
        "credit",
    ),
    (  # Bulgarian "you sent"
        "Изпратихте 120,00 лв. на Иван Петров. 08.03.2026",
        "info@banka.example.bg",
        "120.00",
        "BGN",
        "debit",
    ),
    (  # Serbian Latin "you sent"
        "Poslali ste 3.500,00 RSD korisniku Marko Jovanović. 08.03.2026",
        "info@banka.example.rs",
        "3500.00",
        "RSD",
        "debit",
    ),
    (  # Croatian standing order carried out
        "Izvršen je trajni nalog 150,00 EUR za Stanodavac d.o.o. 01.03.2026",
        "obavijesti@banka.example.hr",
        "150.00",
        "EUR",
        "debit",
    ),
    (  # Slovenian "your account was charged"
        "Nakup na POS: vaš račun je bremenil 42,30 EUR pri Petrol d.d. 03.03.2026",
        "obvestila@banka.example.si",
        "42.30",
        "EUR",
        "debit",
    ),
    (  # Latvian "you transferred"
        "Jūs pārskaitījāt 75,00 EUR Jānim Bērziņam. 03.03.2026",
        "info@banka.example.lv",
        "75.00",
        "EUR",
        "debit",
    ),
    (  # Estonian "you sent"
        "Saatsid 18,00 € saajale Mari Tamm. 03.03.2026",
        "teated@pank.example.ee",
        "18.00",
        "EUR",
        "debit",
    ),
    (  # Greek "you received"
        "Λάβατε 40,00 € από τον Γιώργο Παπαδόπουλο. 03/03/2026",
        "info@trapeza.example.gr",
        "40.00",
        "EUR",
        "credit",
    ),
    (  # Kazakh "you transferred"
        "Сіз Айгүл Серікқызына 15 000 ₸ аудардыңыз. 03.03.2026",
        "info@bank.example.kz",
        "15000",
        "KZT",
        "debit",
    ),
    (  # Armenian "you transferred"
        "Դուք փոխանցել եք 25,000 AMD Արամ Պետրոսյանին 03.03.2026",
        "info@bank.example.am",
        "25000",
        "AMD",
        "debit",
    ),
    (  # Macedonian "you received"
        "Примивте 5.500 МКД од Ана Стојанова. 03.03.2026",
        "info@banka.example.mk",
        "5500",
        "MKD",
        "credit",
    ),
    (  # Arabic "your card was used to buy"
        "تم استخدام بطاقتك لشراء بمبلغ 85.00 ريال من متجر النخبة بتاريخ 03/03/2026",
        "alerts@bank.example.sa",
        "85.00",
        "SAR",
        "debit",
    ),
    (  # Arabic "a transfer reached you"
        "وصلتك حوالة بمبلغ 500.00 درهم من خالد المنصوري بتاريخ 03/03/2026",
        "alerts@bank.example.ae",
        "500.00",
        "AED",
        "credit",
    ),
    (  # Persian "was transferred from your account"
        "مبلغ 2,500,000 ریال از حساب شما انتقال یافت. تاریخ 1404/12/12",
        "info@bank.example.ir",
        "2500000",
        "IRR",
        "debit",
    ),
    (  # Vietnamese wallet top-up
        "Bạn đã nạp 200.000đ vào ví lúc 10:20 03/03/2026",
        "thongbao@vi.example.vn",
        "200000",
        "VND",
        "credit",
    ),
    (  # Malay "you moved"
        "Anda telah memindahkan RM120.00 kepada Siti Aminah pada 03/03/2026",
        "info@bank.example.com.my",
        "120.00",
        "MYR",
        "debit",
    ),
    (  # Chinese "you transferred"
        "您已转账 ¥800.00 给 王芳，时间 2026-03-03 10:20",
        "notice@bank.example.cn",
        "800.00",
        "CNY",
        "debit",
    ),
    (  # Swahili "moved to your account"
        "TZS 50,000 zimehamishwa kwenda kwa akaunti yako kutoka kwa Juma Ali. 03/03/2026",
        "info@bank.example.co.tz",
        "50000",
        "TZS",
        "credit",
    ),
    (  # Amharic "was sent"
        "ብር 1,200.00 ለአበበ ከበደ ተልኳል። 03/03/2026",
        "info@bank.example.et",
        "1200.00",
        "ETB",
        "debit",
    ),
    (  # Hebrew payer's verb "to you"
        "דנה לוי העבירה לך 120 ₪ ב-03/03/2026",
        "info@bit.example.co.il",
        "120",
        "ILS",
        "credit",
    ),
    (  # Thai salary in
        "เงินเดือนเข้า 25,000.00 บาท บัญชี x4412 วันที่ 03/03/2026",
        "alert@bank.example.co.th",
        "25000.00",
        "THB",
        "credit",
    ),
    (  # Italian top-up onto the user's card
        "Ricarica di 50,00 € sulla tua carta ****4412 eseguita il 03/03/2026",
        "avvisi@banca.example.it",
        "50.00",
        "EUR",
        "credit",
    ),
    (  # Turkish "the bill was paid"
        "Turkcell fatura ödendi: 249,90 TL, 03.03.2026",
        "bilgi@banka.example.com.tr",
        "249.90",
        "TRY",
        "debit",
    ),
    (  # Bislama "you sent"
        "Yu sendem VT 2,000 long John Kalo. 03/03/2026",
        "info@mobile.example.vu",
        "2000",
        "VUV",
        "debit",
    ),
    (  # Tok Pisin "you received"
        "Yu kisim K150.00 long Peter Wama. 03/03/2026",
        "info@bank.example.com.pg",
        "150.00",
        "PGK",
        "credit",
    ),
    (  # Hausa "money was received"
        "An karbi kudi ₦12,000.00 daga Aminu Bello. 03/03/2026",
        "alerts@bank.example.com.ng",
        "12000.00",
        "NGN",
        "credit",
    ),
    (  # Wolof "you have money"
        "Am nga xaalis 10 000 FCFA jóge ci Moussa Ndiaye. 03/03/2026",
        "info@wallet.example.sn",
        "10000",
        "XOF",
        "credit",
    ),
    (  # Lingala "money came in"
        "Mbongo ekoti 25 000 FC uta na Jean Mbala. 03/03/2026",
        "info@mobile.example.cd",
        "25000",
        "CDF",
        "credit",
    ),
    (  # Zulu "money was received"
        "Imali yemukelwe R500.00 evela ku Thabo Nkosi. 03/03/2026",
        "info@bank.example.co.za",
        "500.00",
        "ZAR",
        "credit",
    ),
    (  # Sesotho "money arrived"
        "Chelete e fihlile M350.00 ho tsoa ho Lerato Mokoena. 03/03/2026",
        "info@bank.example.co.ls",
        "350.00",
        "LSL",
        "credit",
    ),
    (  # Maltese "money received"
        "Flus riċevuti: €75.00 minn Joseph Borg. 03/03/2026",
        "info@bank.example.com.mt",
        "75.00",
        "EUR",
        "credit",
    ),
    (  # Luxembourgish "money arrived"
        "Suen ukomm: 120,00 € vum Paul Weber. 03.03.2026",
        "info@bank.example.lu",
        "120.00",
        "EUR",
        "credit",
    ),
    (  # Fijian "money received"
        "Sa ciqomi na ilavo FJ$80.00 mai vei Mere Tui. 03/03/2026",
        "info@bank.example.com.fj",
        "80.00",
        "FJD",
        "credit",
    ),
    (  # Malayalam "money received"
        "പണം ലഭിച്ചു ₹3,000 രാജേഷിൽ നിന്ന്. 03-03-2026",
        "alerts@bank.example.in",
        "3000",
        "INR",
        "credit",
    ),
    (  # Assamese "money was sent"
        "ধন পঠোৱা হ'ল ₹1,000 03-03-2026",
        "alerts@bank.example.in",
        "1000",
        "INR",
        "debit",
    ),
    (  # a Pix whose "o valor já está disponível" is no balance statement
        "Você recebeu um Pix de R$ 150,00 de Ana Souza. O valor já está disponível na sua conta.",
        "avisos@banco.example.com.br",
        "150.00",
        "BRL",
        "credit",
    ),
]

# The round's new currency marks: Uzbek Cyrillic "сўм", Tajik "смн", "GH¢", "Shs" in East
# Africa, "ƒ" in Aruba and Curaçao, "L" in Albania, "ariary", "төгрөг".
CURRENCY_MARKS = [
    (
        "Aziz Rahimov sizga 300 000 сўм o'tkazdi. 03.03.2026",
        "info@bank.example.uz",
        "300000",
        "UZS",
        "credit",
    ),
    (
        "Ба ҳисоби шумо 500 смн ворид шуд. 03.03.2026",
        "info@bank.example.tj",
        "500",
        "TJS",
        "credit",
    ),
    (
        "You have received GH¢ 450.00 from Kofi Mensah. 03/03/2026",
        "info@bank.example.com.gh",
        "450.00",
        "GHS",
        "credit",
    ),
    (
        "You have paid Shs 45,000 to Nakumatt Kampala. 03/03/2026",
        "info@bank.example.co.ug",
        "45000",
        "UGX",
        "debit",
    ),
    (
        "You have paid Shs 4,500 to Naivas Westlands. 03/03/2026",
        "info@bank.example.co.ke",
        "4500",
        "KES",
        "debit",
    ),
    (
        "Bo a paga ƒ 64.50 na Super Food Plaza. 03/03/2026",
        "info@banko.example.aw",
        "64.50",
        "AWG",
        "debit",
    ),
    (
        "Bo a paga ƒ 64.50 na Centrum Supermarket. 03/03/2026",
        "info@banko.example.cw",
        "64.50",
        "ANG",
        "debit",
    ),
    (
        "Pagesë me kartë: L 2,400 te Conad Tirana. 03/03/2026",
        "info@banka.example.al",
        "2400",
        "ALL",
        "debit",
    ),
    (
        "Arben Hoxha ju dërgoi 5,000 L në llogarinë tuaj. 03/03/2026",
        "info@banka.example.al",
        "5000",
        "ALL",
        "credit",
    ),
    (
        "Nividy 15 000 ariary tao amin'ny Shoprite. 03/03/2026",
        "info@mobile.example.mg",
        "15000",
        "MGA",
        "debit",
    ),
    (
        "Орлого: 35 000 төгрөг. Илгээгч: Бат-Эрдэнэ. 2026.03.03",
        "info@bank.example.mn",
        "35000",
        "MNT",
        "credit",
    ),
]


@pytest.mark.parametrize(
    ("text", "sender", "amount", "currency", "direction"), MONEY_SENTENCES + CURRENCY_MARKS
)
def test_money_moved_in_sentences_and_new_currency_marks(
    text: str, sender: str, amount: str, currency: str, direction: str
) -> None:
    assert_money(text, sender, amount, currency, direction)


@pytest.mark.parametrize(
    ("text", "sender"),
    [
        # Carts left waiting.
        (
            "Dein Warenkorb wartet auf dich! Sneaker Nova – 89,99 €. Zum Warenkorb",
            "news@shop.example.de",
        ),
        (
            "Votre panier vous attend : lampe Arco 129,00 €. Voir mon panier",
            "bonjour@boutique.example.fr",
        ),
        (
            "Seu carrinho está te esperando! Tênis Corre R$ 299,90. Finalizar compra",
            "ola@loja.example.com.br",
        ),
        ("Twój koszyk czeka! Słuchawki Echo 249,00 zł", "sklep@sklep.example.pl"),
        ("Coșul tău te așteaptă: rucsac Trail 199,99 lei", "salut@magazin.example.ro"),
        ("Sepetin seni bekliyor! Kulaklık 349,90 TL. Sepete git", "merhaba@magaza.example.com.tr"),
        ("سلتك بانتظارك: عطر الورد 149.00 ريال", "hello@store.example.sa"),
        ("購物車還有商品 NT$890，請盡快結帳", "service@shop.example.tw"),
        ("Giỏ hàng đang chờ bạn: áo thun 350.000đ", "hello@shop.example.vn"),
        ("Kikapu chako kinakusubiri: viatu KSh 2,499", "habari@duka.example.co.ke"),
        # Orders awaiting payment.
        ("Commande n° 4411 en attente de paiement : 64,90 €", "commandes@boutique.example.fr"),
        ("Czekamy na Twoją wpłatę 159,00 zł za zamówienie 8812", "sklep@sklep.example.pl"),
        ("Εκκρεμεί η πληρωμή 35,00 € για την παραγγελία 4410", "info@katastima.example.gr"),
        (
            "주문 금액 45,000원 입금을 기다리고 있습니다. 가상계좌로 입금해 주세요",
            "help@shop.example.co.kr",
        ),
        ("Pesanan 8821 menunggu pembayaran Rp99.000", "halo@toko.example.co.id"),
        ("Tunasubiri malipo yako ya KSh 1,500 kupitia Paybill 400200", "habari@duka.example.co.ke"),
        # Parcels sent, with their tracking numbers.
        (
            "Deine Bestellung wurde versendet. Sendungsnummer 00340434161094. Summe 54,90 €",
            "versand@shop.example.de",
        ),
        (
            "Tu pedido va en camino. Número de guía 7788123. Total $899.00",
            "envios@tienda.example.com.mx",
        ),
        ("Din ordre er afsendt. Pakkenummer 5712345. Beløb 349,00 kr.", "ordre@butik.example.dk"),
        (
            "Siparişiniz kargoya verildi. Kargo takip no: 1234567. Tutar 459,00 TL",
            "siparis@magaza.example.com.tr",
        ),
        ("Замовлення в дорозі. Номер ТТН 20450012345678. Сума 850 грн", "shop@magazyn.example.ua"),
        ("您的訂單已出貨，物流編號 TW12345，金額 NT$1,280", "service@shop.example.tw"),
        (
            "Oda yako iko njiani. Nambari ya ufuatiliaji KE55123. Jumla KSh 3,200",
            "habari@duka.example.co.ke",
        ),
        # Free trials, refunds asked for, quotes, charges at shipping, price drops, points.
        (
            "Okres próbny aktywny: dziś nic nie płacisz. Potem 29,99 zł/mies.",
            "konto@stream.example.pl",
        ),
        (
            "無料体験が始まりました。本日のご請求はありません。以降月額980円",
            "info@stream.example.jp",
        ),
        (
            "Erstattungsantrag erhalten: 24,99 €. Ihr Antrag wird derzeit geprüft.",
            "service@shop.example.de",
        ),
        ("Tu reembolso de $450.00 está en revisión.", "ayuda@tienda.example.com.mx"),
        ("Votre devis n° 1120 : 1 250,00 € TTC, valable 30 jours", "devis@artisan.example.fr"),
        (
            "Your order is confirmed. We'll charge your card $64.00 when it ships.",
            "orders@shop.example.us",
        ),
        ("Baixou o preço: Cafeteira Aroma por R$ 149,90", "ofertas@loja.example.com.br"),
        (
            "Je retourlabel voor bestelling 4412 staat klaar. Na controle storten we € 59,95 "
            "terug.",
            "klantenservice@winkel.example.nl",
        ),
        # Invoices due and renewals to come.
        (
            "Faktura 2026031 je splatná 15.03.2026. Suma na úhradu 1 490 Kč",
            "fakturace@firma.example.cz",
        ),
        ("Račun br. 331 dospijeva 15.03.2026. Za platiti: 45,00 EUR", "racuni@tvrtka.example.hr"),
        ("Vi trækker 99,00 kr. fra dit kort den 01.04.2026", "konto@stream.example.dk"),
        # Payments refused, in shops' mail and in the small languages.
        (
            "Zahlung fehlgeschlagen. Es wurde nichts abgebucht. Betrag 19,99 €",
            "service@shop.example.de",
        ),
        ("התשלום נכשל. לא בוצע חיוב של 89 ₪", "service@shop.example.co.il"),
        (
            "An ƙi biyan ₦3,000.00 a POS. Ba a cire komai daga asusunka ba.",
            "alerts@bank.example.com.ng",
        ),
        (
            "Ordainketa ukatu da: 25,00 €. Ez da dirurik kendu zure kontutik.",
            "abisuak@kutxa.example.es",
        ),
        ("Il-ħlas ta' €20.00 lil Wembley Stores ġie rifjutat.", "info@bank.example.com.mt"),
        # Amounts held, not yet taken.
        (
            "დაიბლოკა თანხა 45.00 ₾ ბარათზე ****4412, Wolt. ჯერ არ ჩამოჭრილა.",
            "info@bank.example.ge",
        ),
        (
            "₹2,000.00 तात्पुरती राखून ठेवली आहे - हॉटेल सागर. अद्याप रक्कम वजा झालेली नाही.",
            "alerts@bank.example.in",
        ),
        (
            "L'hotel ha retingut 60,00 € a la teva targeta. Encara no s'ha fet cap càrrec.",
            "avisos@banc.example.es",
        ),
        (
            "Foi cativado o valor de 50,00 € no seu cartão pelo Hotel Mar.",
            "alertas@banco.example.pt",
        ),
        # One-time codes, reminders, requests.
        (
            "Nambari yako ya siri ya mara moja ni 482913 kwa malipo ya TSh 15,000.",
            "info@bank.example.co.tz",
        ),
        ("ერთჯერადი კოდია 4412, თანხა 30.00 ₾, Glovo.", "info@bank.example.ge"),
        (
            "Tunatarwa: ₦5,000.00 na kuɗin DSTV zai cika ranar 10/04/2026.",
            "alerts@bank.example.com.ng",
        ),
        ("Faamanatu: e tatau ona totogi le WS$120.00 i le aso 10/04/2026.", "info@bank.example.ws"),
        ("طلب منك خالد المنصوري 50.00 ريال. اضغط للدفع.", "alerts@wallet.example.sa"),
        ("राम श्रेष्ठले तपाईंसँग रु. 500 माग गर्नुभएको छ।", "info@wallet.example.com.np"),
        # Exchange rates of the day, an automatic payment set up.
        (
            "Cours de change du jour : 1 EUR = 655,957 XOF ; 1 USD = 604,20 XOF.",
            "info@banque.example.sn",
        ),
        (
            "Inscribiste el pago automático de $45.000 a Movistar con tu tarjeta.",
            "avisos@banco.example.cl",
        ),
    ],
)
def test_mail_that_reports_no_payment_is_refused(text: str, sender: str) -> None:
    assert not read(text, sender=sender).is_transaction


@pytest.mark.parametrize(
    ("subject", "text", "sender"),
    [
        # A shop's mail whose title says the parcel is on its way, with its tracking number.
        (
            "Votre commande a été expédiée",
            "Votre commande a été expédiée.\nNuméro de suivi : 6A12345678901\nTotal payé : 39,00 €",
            "envoi@boutique.example.fr",
        ),
        (
            "Zamówienie 8812",
            "Zamówienie zostało wysłane\nNumer przesyłki: 6200123\nRazem: 129,99 zł",
            "sklep@sklep.example.pl",
        ),
        (
            "Rendelés 4412",
            "Csomagja úton van\nCsomagszám: HU12345\nVégösszeg: 12 990 Ft",
            "info@bolt.example.hu",
        ),
        (
            "הזמנה 4412",
            'ההזמנה שלך בדרך\nמספר משלוח: IL12345\nסה"כ: 249 ₪',
            "info@shop.example.co.il",
        ),
        (
            "주문 4412",
            "배송 시작\n송장번호: 612345678901\n결제금액: 32,000원",
            "help@shop.example.co.kr",
        ),
    ],
)
def test_a_title_saying_the_parcel_left_with_its_tracking_number_is_no_payment(
    subject: str, text: str, sender: str
) -> None:
    assert not read(text, subject=subject, sender=sender).is_transaction


# A payer named before "sent / paid / refunded you" (after a colon, with an initial), and the
# rails people pay each other by (no counterparty), and a payer's note (no name).
@pytest.mark.parametrize(
    ("text", "sender", "merchant"),
    [
        (
            "Gutschrift: J. Weiß hat Ihnen 80,00 EUR überwiesen. 03.03.2026",
            "info@bank.example.de",
            "J. Weiß",
        ),
        (
            "Reto Keller hät dir CHF 25.00 gschickt. 03.03.2026",
            "info@twint.example.ch",
            "Reto Keller",
        ),
        (
            "Transferència rebuda\nMarta Vidal t'ha enviat 15,00 €. 03/03/2026",
            "avisos@banc.example.es",
            "Marta Vidal",
        ),
        (
            "Remboursement reçu\nLucas Bernard vous a remboursé 23,50 € le 03/03/2026.",
            "notif@paiement.example.fr",
            "Lucas Bernard",
        ),
        (
            "Innbetaling: Ola Nordmann har sendt deg 380,00 kr med Vipps. 03.03.2026",
            "varsel@vipps.example.no",
            "Ola Nordmann",
        ),
        (
            "Indbetaling\nSofie Jensen har overført dig 150,00 kr. via MobilePay. 03.03.2026",
            "besked@mobilepay.example.dk",
            "Sofie Jensen",
        ),
        (
            "Inbetalning\nKarin Berg har swishat dig 200,00 kr. 2026-03-03",
            "info@swish.example.se",
            "Karin Berg",
        ),
        (
            "Innlögn\nJón Jónsson millifærði 5.000 kr. á reikninginn þinn. 03.03.2026",
            "tilkynning@banki.example.is",
            "Jón Jónsson",
        ),
        (
            "Petra Svobodová vám poslala 420 Kč. 03.03.2026",
            "info@banka.example.cz",
            "Petra Svobodová",
        ),
        (
            "Ana Marković vam je poslala 2.500,00 RSD. 03.03.2026",
            "info@banka.example.rs",
            "Ana Marković",
        ),
        (
            "Милош Петровић вам је послао 2.000,00 RSD. 08.03.2026",
            "info@banka.example.rs",
            "Милош Петровић",
        ),
        (
            "Тарас Бойко надіслав вам 750 грн. 03.03.2026",
            "info@bank.example.ua",
            "Тарас Бойко",
        ),
        (
            "Mikko Laine maksoi sinulle 12,00 €. 03.03.2026",
            "ilmoitus@pankki.example.fi",
            "Mikko Laine",
        ),
        (
            "Nigar Həsənova sizə 30,00 AZN göndərdi. 03.03.2026",
            "info@bank.example.az",
            "Nigar Həsənova",
        ),
        (
            "Ерлан Сейітов сізге 5 000 ₸ аударды. 03.03.2026",
            "info@bank.example.kz",
            "Ерлан Сейітов",
        ),
        ("יוסי כהן העביר לך 150 ₪. 03/03/2026", "info@bit.example.co.il", "יוסי כהן"),
        (
            "Rohit Verma ne aapko ₹300 bheje hain. 03-03-2026",
            "alerts@wallet.example.in",
            "Rohit Verma",
        ),
        (
            "رقم موصول ہوئی\nاحمد علی نے آپ کو Rs. 2,000 بھیجے۔ 03-03-2026",
            "alerts@wallet.example.pk",
            "احمد علی",
        ),
        (
            "Geld ontvang\nPieter Botha het R870.00 aan jou oorbetaal. 03/03/2026",
            "kennisgewing@bank.example.co.za",
            "Pieter Botha",
        ),
        (
            "Szabó Eszter 25 000 Ft-ot utalt Önnek. 2026.03.03.",
            "ertesito@bank.example.hu",
            "Szabó Eszter",
        ),
        # The rail the money came by is not who sent it.
        (
            "Has recibido 30,00 € por Bizum de Pablo Ruiz. 03/03/2026",
            "avisos@banco.example.es",
            "Pablo Ruiz",
        ),
        (
            "Du har fått 250,00 kr fra Kari Hansen via Vipps. 03.03.2026",
            "varsel@bank.example.no",
            "Kari Hansen",
        ),
        (
            "Sie haben CHF 20.00 via TWINT von Nina Frei erhalten. 03.03.2026",
            "info@bank.example.ch",
            "Nina Frei",
        ),
        (
            "Recebeu 25,00 € por MB WAY de Rita Lopes. 03-03-2026",
            "notificacoes@banco.example.pt",
            "Rita Lopes",
        ),
        # The payer's note to the payee is not a name.
        (
            "Jordi Puig te ha enviado 20,00 € por Bizum. Mensaje: cena viernes",
            "avisos@banco.example.es",
            "Jordi Puig",
        ),
        (
            "Vous avez reçu 17,54 EUR de Camille Roux. Message : « merci pour le resto »",
            "notif@paiement.example.fr",
            "Camille Roux",
        ),
        (
            "Petr Dvořák vám poslal 300 Kč.\nZpráva pro příjemce: za lístky",
            "info@banka.example.cz",
            "Petr Dvořák",
        ),
        (
            "Sait rahaa\nSait 35,00 € käyttäjältä Liisa Mäkinen.\nViesti: Kiitos lounaasta",
            "noreply@maksu.example.fi",
            "Liisa Mäkinen",
        ),
        (
            "Hesabınıza 1.500,00 TL geldi. Gönderen: Ahmet Yılmaz\nAçıklama: kira mart",
            "bilgi@banka.example.com.tr",
            "Ahmet Yılmaz",
        ),
    ],
)
def test_the_payer_before_sent_you_not_the_rail_nor_the_note(
    text: str, sender: str, merchant: str
) -> None:
    assert_payee(text, merchant, sender)


# Names with "from", "to", "at" glued on (Nepali, Bengali, Tamil, Telugu, Hindi, Urdu, Punjabi,
# Hinglish, Sinhala), the user's pronoun before them; CJK names before the amount; Amharic
# "to X" then the amount; Finnish ":lle", Turkish dative, Hungarian "részére", Armenian "-ին",
# Kazakh "атына"; intro words of more languages; words that end an Arabic or Thai name.
@pytest.mark.parametrize(
    ("text", "sender", "merchant"),
    [
        (
            "सीता गुरुङबाट रु. 5,000.00 प्राप्त भयो। मिति 2026-03-03",
            "info@wallet.example.com.np",
            "सीता गुरुङ",
        ),
        (
            "तपाईंले राम थापालाई रु. 1,000.00 भुक्तानी गर्नुभयो। मिति 2026-03-03",
            "info@wallet.example.com.np",
            "राम थापा",
        ),
        (
            "আপনি ফারজানা আক্তার-কে ৳3,000.00 পাঠিয়েছেন। লেনদেন আইডি: 9XY12",
            "info@wallet.example.com.bd",
            "ফারজানা আক্তার",
        ),
        (
            "স্বপ্ন-এ ৳1,250.00 কেনাকাটা সম্পন্ন হয়েছে। 03-03-2026",
            "info@bank.example.com.bd",
            "স্বপ্ন",
        ),
        (
            "நீங்கள் கார்த்திக் வேலு-க்கு ₹1,200.00 அனுப்பினீர்கள். 03-03-2026",
            "alerts@bank.example.in",
            "கார்த்திக் வேலு",
        ),
        (
            "அருண் குமார் இடமிருந்து ₹2,000.00 பெறப்பட்டது. 03-03-2026",
            "alerts@bank.example.in",
            "அருண் குமார்",
        ),
        (
            "మీరు లక్ష్మి ప్రసాద్\u200cకి ₹900.00 చెల్లించారు. 03-03-2026",
            "alerts@bank.example.in",
            "లక్ష్మి ప్రసాద్",
        ),
        (
            "राजेश कुमार से ₹12,000.00 प्राप्त हुए। 03-03-2026",
            "alerts@bank.example.in",
            "राजेश कुमार",
        ),
        (
            "علی موبائل شاپ سے 10,600.82 روپے موصول ہوئے۔ 03-03-2026",
            "alerts@bank.example.pk",
            "علی موبائل شاپ",
        ),
        (
            "Google 'ਤੇ ₹650.00 ਦਾ ਭੁਗਤਾਨ ਕੀਤਾ ਗਿਆ। 03-03-2026",
            "alerts@bank.example.in",
            "Google",
        ),
        (
            "₹450.00 Olga Kovalenko dwara bheje gaye. 03-03-2026",
            "alerts@bank.example.in",
            "Olga Kovalenko",
        ),
        (
            "නිමල් පෙරේරා වෙතින් රු. 7,500.00 ඔබගේ ගිණුමට බැර විය. 03-03-2026",
            "alerts@bank.example.lk",
            "නිමල් පෙරේරා",
        ),
        # Japanese "at X" and "from X" before the yen, the 様 honorific; Korean "at X".
        (
            "ヨドバシカメラで12,100円のご利用がありました。3月3日",
            "info@card.example.jp",
            "ヨドバシカメラ",
        ),
        (
            "株式会社ミナト商事より給与211,000円が振り込まれました。",
            "info@bank.example.jp",
            "ミナト商事",
        ),
        ("山田花子様から5,000円の入金がありました。", "info@bank.example.jp", "山田花子"),
        ("GS25에서 18,400원 결제되었습니다. 03/03 10:20", "info@card.example.co.kr", "GS25"),
        # Chinese transfers from and to a person, the employer paying a salary.
        (
            "您的账户收到李伟转入人民币1,100.00元。",
            "notice@bank.example.cn",
            "李伟",
        ),
        ("您的帳戶03/03入帳：林志明轉帳2,200元給您。", "notice@bank.example.tw", "林志明"),
        ("您已轉帳NT$4,700給陳怡君。2026/03/03", "notice@bank.example.tw", "陳怡君"),
        (
            "深圳华强科技有限公司代发工资8,500.00元已到账。",
            "notice@bank.example.cn",
            "深圳华强科技",
        ),
        ("鴻海精密薪資入帳NT$45,000。2026/03/05", "notice@bank.example.tw", "鴻海精密"),
        # Amharic "to X" then the amount.
        ("ለአበበ ከበደ 1,500.00 ብር ተልኳል። 03/03/2026", "info@bank.example.et", "አበበ ከበደ"),
        # Finnish ":lle", ":lla", ":ltä"; Turkish dative; Hungarian; Armenian; Kazakh.
        ("Korttiosto 29,90 € DNA:lle 03.03.2026", "ilmoitus@pankki.example.fi", "DNA"),
        ("Korttiosto 12,40 € Alepa:lla 03.03.2026", "ilmoitus@pankki.example.fi", "Alepa"),
        ("Hyvitys 3,10 € HSL:ltä. 03.03.2026", "ilmoitus@pankki.example.fi", "HSL"),
        (
            "Zeynep Şahin'e 8.400,00 TL gönderildi. 03.03.2026",
            "bilgi@banka.example.com.tr",
            "Zeynep Şahin",
        ),
        (
            "Türk Telekom'a 453,91 TL fatura ödemesi yapıldı. 03.03.2026",
            "bilgi@banka.example.com.tr",
            "Türk Telekom",
        ),
        (
            "Tóth Gábor részére 15 000 Ft átutalás teljesült. 2026.03.03.",
            "ertesito@bank.example.hu",
            "Tóth Gábor",
        ),
        ("ՀԷՑ-ին 12,500 AMD վճարում կատարվեց։ 03.03.2026", "info@bank.example.am", "ՀԷՑ"),
        (
            "Сіз Айдана Ержанқызы атына 10 000 ₸ аудардыңыз. 03.03.2026",
            "info@bank.example.kz",
            "Айдана Ержанқызы",
        ),
        # Intro words: at the agent, in favour of, a wallet's funding account, to the user.
        (
            "Dépôt de 20 000 FCFA chez l'agent Moussa Diop reçu le 03/03/2026.",
            "notif@money.example.sn",
            "Moussa Diop",
        ),
        (
            "Transferencia de $1.500,00 a favor de la Sra. Lucía Gómez realizada el 03/03/2026.",
            "avisos@banco.example.com.ar",
            "Lucía Gómez",
        ),
        (
            "Nạp 500.000 VND vào ví từ tài khoản Vietcombank lúc 10:20 03/03/2026",
            "thongbao@vi.example.vn",
            "Vietcombank",
        ),
        (
            "Trasferimento di 25,00 € dal conto Intesa Sanpaolo al tuo portafoglio completato.",
            "avvisi@wallet.example.it",
            "Intesa Sanpaolo",
        ),
        (
            "تم سحب 500.00 جنيه لدى الوكيل أحمد فتحي بتاريخ 03/03/2026",
            "alerts@wallet.example.eg",
            "أحمد فتحي",
        ),
        (
            "Maksoit 20,00 € käyttäjälle Jukka Niemi. 03.03.2026",
            "noreply@maksu.example.fi",
            "Jukka Niemi",
        ),
        (
            "Platba 450 Kč příjemci Jana Dvořáková byla odeslána. 03.03.2026",
            "info@banka.example.cz",
            "Jana Dvořáková",
        ),
        (
            "Ви переказали 300 грн отримувачу Ігор Мельник. 03.03.2026",
            "info@bank.example.ua",
            "Ігор Мельник",
        ),
        (
            "Kun tura ₦3,500.00 zuwa ga Halima Sani. 03/03/2026",
            "alerts@bank.example.com.ng",
            "Halima Sani",
        ),
        ("ຊຳລະ 120,000 LAK ທີ່ ຮ້ານກາເຟດາວ. 03/03/2026", "info@bank.example.la", "ຮ້ານກາເຟດາວ"),
        (
            "Uthumele R200.00 kwa-Sipho Dlamini. 03/03/2026",
            "info@bank.example.co.za",
            "Sipho Dlamini",
        ),
        # Words that end a name: Arabic "successfully", "with your card", "in", Thai "to the card".
        (
            "تم تحويل 250.00 ريال إلى محمد العتيبي بنجاح يوم 03/03/2026",
            "alerts@bank.example.sa",
            "محمد العتيبي",
        ),
        (
            "عملية شراء من صيدلية الشفاء بقيمة 45.00 ريال ببطاقتك المنتهية 4412",
            "alerts@bank.example.sa",
            "صيدلية الشفاء",
        ),
        (
            "تم خصم 120.00 درهم لدى كارفور في دبي الساعة 10:20",
            "alerts@bank.example.ae",
            "كارفور",
        ),
        (
            "ชำระเงิน 350.00 บาท ให้ 7-Eleven เข้าบัตร สำเร็จ 03/03/2026",
            "alert@bank.example.co.th",
            "7-Eleven",
        ),
    ],
)
def test_names_glued_to_their_postpositions_or_written_before_the_amount(
    text: str, sender: str, merchant: str
) -> None:
    assert_payee(text, merchant, sender)


# Cell labels of more languages naming the shop, seller, biller, service provider, company
# paid, sender or recipient (and the Greek article before a name is no part of it).
@pytest.mark.parametrize(
    ("text", "sender", "merchant"),
    [
        (
            "To'lov muvaffaqiyatli\nXizmat ko'rsatuvchi: Beeline Uzbekistan\n"
            "Summa: 50 000 so'm\n03.03.2026",
            "info@bank.example.uz",
            "Beeline Uzbekistan",
        ),
        (
            "Төлөм ийгиликтүү\nКызмат көрсөтүүчү: MegaCom\nСумма: 300 KGS\n03.03.2026",
            "info@bank.example.kg",
            "MegaCom",
        ),
        (
            "Ödəniş uğurlu\nXidmət təchizatçısı: Azercell\nMəbləğ: 10,00 AZN\n03.03.2026",
            "info@bank.example.az",
            "Azercell",
        ),
        (
            "Ħlas magħmul\nFornitur tas-servizz: Enemalta\nAmmont: €62.10\n03/03/2026",
            "info@bank.example.com.mt",
            "Enemalta",
        ),
        (
            "Íocadh €30.00 le do chárta.\nSoláthraí seirbhíse: Eir Mobile\n03/03/2026",
            "eolas@banc.example.ie",
            "Eir Mobile",
        ),
        (
            "Greiðsla framkvæmd\nMóttakari: Jón Sigurðsson\nUpphæð: 12.000 kr.\n03.03.2026",
            "tilkynning@banki.example.is",
            "Jón Sigurðsson",
        ),
        (
            "Плаќање\nИздавач на сметка: ЕВН Македонија\nИзнос: 1.850 МКД\n03.03.2026",
            "info@banka.example.mk",
            "ЕВН Македонија",
        ),
        (
            "Arve tasumine\nArve väljastaja: Elektrilevi\nSumma: 38,40 €\n03.03.2026",
            "teated@pank.example.ee",
            "Elektrilevi",
        ),
        (
            "Sąskaitos apmokėjimas\nSąskaitos išrašytojas: Ignitis\nSuma: 54,20 €\n2026-03-03",
            "info@bankas.example.lt",
            "Ignitis",
        ),
        (
            "Аплата картай\nГандлёвы пункт: Еўраопт\nСума: 24,60 BYN\n03.03.2026",
            "info@bank.example.by",
            "Еўраопт",
        ),
        (
            "Оплата послуг\nПостачальник: Київстар\nСума: 250 грн\n03.03.2026",
            "info@bank.example.ua",
            "Київстар",
        ),
        (
            "Sikeres fizetés\nSzolgáltató: Magyar Telekom\nÖsszeg: 8 990 Ft\n2026.03.03.",
            "ertesito@bank.example.hu",
            "Magyar Telekom",
        ),
        (
            "Totogi\nFaleoloa: Lucky Foodtown\nAofaiga: WS$56.20\n03/03/2026",
            "info@bank.example.ws",
            "Lucky Foodtown",
        ),
        (
            "Kua tukuna te utu\nKaiwhiwhi: Hemi Parata\nTapeke: $75.00\n03/03/2026",
            "panui@peeke.example.co.nz",
            "Hemi Parata",
        ),
        (
            "Pago con tarjeta\nQhatuq: Tienda Inti\nQullqi: S/ 42.00\n03/03/2026",
            "avisos@banco.example.pe",
            "Tienda Inti",
        ),
        (
            "Debit Alert\nỤlọ ahịa: Shoprite Enugu\nEgo: ₦8,450.00\n03/03/2026",
            "alerts@bank.example.com.ng",
            "Shoprite Enugu",
        ),
        (
            "Ou peye 1,250 HTG\nManda pa: Digicel Haiti\n03/03/2026",
            "info@bank.example.ht",
            "Digicel Haiti",
        ),
        (
            "Credit Alert\nMoromedi: Kabelo Molefe\nAmount: P500.00\n03/03/2026",
            "alerts@bank.example.co.bw",
            "Kabelo Molefe",
        ),
        (
            "ชำระเงินสำเร็จ\nผู้ให้บริการ: AIS Fibre\nจำนวนเงิน: 649.00 บาท\n03/03/2026",
            "alert@bank.example.co.th",
            "AIS Fibre",
        ),
        (
            "ගෙවීම සාර්ථකයි\nසේවා සපයන්නා: Dialog Axiata\nමුදල: රු. 1,200.00\n03-03-2026",
            "alerts@bank.example.lk",
            "Dialog Axiata",
        ),
        (
            "ഡെബിറ്റ് ₹2,340.00\nവ്യാപാരി: Lulu Hypermarket\n03-03-2026",
            "alerts@bank.example.in",
            "Lulu Hypermarket",
        ),
        (
            "Төлбөр амжилттай\nҮйлчилгээ үзүүлэгч: Unitel\nДүн: 25,000 төгрөг\n2026.03.03",
            "info@bank.example.mn",
            "Unitel",
        ),
        (
            "Debit\nཚོང་པ: Druk Mart\nAmount: Nu 640.00\n03/03/2026",
            "info@bank.example.bt",
            "Druk Mart",
        ),
        (
            "Αποστολέας: Ο/Η Νίκος Παππάς\nΠοσό: 30,00 €\nΠίστωση λογαριασμού 03/03/2026",
            "info@trapeza.example.gr",
            "Νίκος Παππάς",
        ),
        # A description cell written like a name names the payee.
        (
            "Malipo\nKiasi: TSh 45,000\nMaelezo: DSTV Multichoice\n03/03/2026",
            "info@bank.example.co.tz",
            "DSTV Multichoice",
        ),
        (
            "Ordainketa\nDeskribapena: Eroski Donostia\nZenbatekoa: 34,10 €\n2026/03/03",
            "abisuak@kutxa.example.es",
            "Eroski Donostia",
        ),
        # ... and beside the payee's own label, the description is no name.
        (
            "Átutalás teljesült\nKedvezményezett: Kiss Anna\nÖsszeg: 95 000 Ft\n"
            "Közlemény: lakbér március\n2026.03.03.",
            "ertesito@bank.example.hu",
            "Kiss Anna",
        ),
        (
            "Μεταφορά\nΔικαιούχος: Ελένη Γεωργίου\nΠοσό: 80,00 €\nΑιτιολογία: ενοίκιο Μαρτίου",
            "info@trapeza.example.gr",
            "Ελένη Γεωργίου",
        ),
        (
            "გადარიცხვა\nმიმღები: ნინო ბერიძე\nთანხა: 120.00 ₾\nდანიშნულება: ქირა მარტი",
            "info@bank.example.ge",
            "ნინო ბერიძე",
        ),
    ],
)
def test_cell_labels_of_more_languages_name_the_party(
    text: str, sender: str, merchant: str
) -> None:
    assert_payee(text, merchant, sender)


@pytest.mark.parametrize(
    ("text", "sender"),
    [
        ("Malipo\nKiasi: TSh 45,000\nMaelezo: ada ya shule\n03/03/2026", "info@bank.example.co.tz"),
        (
            "Átutalás\nÖsszeg: 95 000 Ft\nKözlemény: lakbér március\n2026.03.03.",
            "ertesito@bank.example.hu",
        ),
        ("Tehing\nSelgitus: üür märts\nSumma: 450,00 €\n03.03.2026", "teated@pank.example.ee"),
        (
            "Transfer\nJumlah: RM150.00\nButiran: sewa bilik mac\n03/03/2026",
            "info@bank.example.com.my",
        ),
    ],
)
def test_a_description_written_in_words_names_no_one(text: str, sender: str) -> None:
    result = read(text, sender=sender)
    assert result.is_transaction
    assert result.merchant is None


# Which way the money went: a table's Débit / Crédit column (whatever the row's words say,
# also when the row lost its trailing empty cell), French "débit", a biller's "Paiement reçu" in
# the subject against "Vous avez reçu" in the amount's sentence, a shop's "your payment has
# arrived" (money out), and refunds in Danish, Norwegian, Serbian, Thai (money in).
@pytest.mark.parametrize(
    ("subject", "text", "sender", "amount", "currency", "direction"),
    [
        (
            "Opération sur votre compte",
            "Date\tLibellé\tDébit (€)\tCrédit (€)\n05/03/2026\tVIR SEPA MARIE DUPONT\t\t250,00\n",
            "releves@banque.example.fr",
            "250.00",
            "EUR",
            "credit",
        ),
        (
            "Opération sur votre compte",
            "Date\tLibellé\tDébit (€)\tCrédit (€)\n05/03/2026\tCB CARREFOUR MARKET\t45,20\t\n",
            "releves@banque.example.fr",
            "45.20",
            "EUR",
            "debit",
        ),
        (
            "Opération sur votre compte",
            "Date\tLibellé\tDébit (€)\tCrédit (€)\n05/03/2026\tCB CARREFOUR MARKET\t45,20\n",
            "releves@banque.example.fr",
            "45.20",
            "EUR",
            "debit",
        ),
        (  # a refund's word, in the Débit column: a loan repaid
            "Nouvelle opération",
            "Date\tOpération\tDébit\tCrédit\n05/03/2026\tREMBOURSEMENT PRET IMMO\t612,35\t\n",
            "alertes@banque.example.fr",
            "612.35",
            "EUR",
            "debit",
        ),
        (
            "Nouvelle opération",
            "Date\tOpération\tDébit\tCrédit\n05/03/2026\tREMBOURSEMENT AMELI\t\t23,00\n",
            "alertes@banque.example.fr",
            "23.00",
            "EUR",
            "credit",
        ),
        (
            "Alerte",
            "Débit de 32,00 € sur votre compte ****4412 - Boulangerie Paul",
            "alertes@banque.example.fr",
            "32.00",
            "EUR",
            "debit",
        ),
        (
            "Paiement reçu",
            "Vous avez reçu 17,54 EUR de Camille Roux le 05/03/2026.",
            "notif@paiement.example.fr",
            "17.54",
            "EUR",
            "credit",
        ),
        (
            "Paiement reçu",
            "Bonjour,\nVous avez reçu 60,00 EUR de Hugo Petit.\nMerci d'utiliser notre service.",
            "notif@paiement.example.fr",
            "60.00",
            "EUR",
            "credit",
        ),
        (  # the biller's thanks, and no "you received": the user paid
            "Paiement reçu",
            "Nous avons bien reçu votre paiement de 45,00 € pour la facture 2231.",
            "factures@energie.example.fr",
            "45.00",
            "EUR",
            "debit",
        ),
        (
            "Zahlungsbestätigung",
            "Ihre Zahlung ist eingegangen. Betrag: 79,90 €. Bestellnummer 55123.",
            "service@shop.example.de",
            "79.90",
            "EUR",
            "debit",
        ),
        (
            "Kvittering",
            "Vi har mottatt betalingen din på 349,00 kr for ordre 4412.",
            "kundeservice@butikk.example.no",
            "349.00",
            "NOK",
            "debit",
        ),
        (
            "Refundering",
            "Vi har refunderet 249,00 kr. til dit kort for ordre 4412.",
            "kundeservice@butik.example.dk",
            "249.00",
            "DKK",
            "credit",
        ),
        (
            "Refusjon",
            "Refusjonen på 399,00 kr er sendt til kortet ditt.",
            "kundeservice@butikk.example.no",
            "399.00",
            "NOK",
            "credit",
        ),
        (
            "Повраћај",
            "Вратили смо вам 2.490,00 RSD за поруџбину 4412.",
            "podrska@prodavnica.example.rs",
            "2490.00",
            "RSD",
            "credit",
        ),
        (
            "คืนเงิน",
            "เราได้คืนเงิน 590.00 บาท ไปยังบัตรของคุณแล้ว คำสั่งซื้อ 4412",
            "hello@shop.example.co.th",
            "590.00",
            "THB",
            "credit",
        ),
    ],
)
def test_which_way_a_column_a_sentence_or_a_shop_says_the_money_went(
    subject: str, text: str, sender: str, amount: str, currency: str, direction: str
) -> None:
    assert_money(text, sender, amount, currency, direction, subject=subject)


# A receipt's total, not its subtotal, fare, points, vouchers or gift cards; merchants'
# receipts and "we charged"; a stay paid in full is a payment, not a hold.
@pytest.mark.parametrize(
    ("subject", "text", "sender", "amount", "currency"),
    [
        (
            "Kuitti tilauksesta 4412",
            "Kiitos ostoksestasi!\nVälisumma 40,00 €\nToimitus 5,90 €\nYhteensä 45,90 €",
            "kuitti@kauppa.example.fi",
            "45.90",
            "EUR",
        ),
        (
            "Váš doklad č. 4412",
            "Ďakujeme za nákup!\nMedzisúčet 30,00 €\nDoprava 3,50 €\nSpolu 33,50 €",
            "info@obchod.example.sk",
            "33.50",
            "EUR",
        ),
        (
            "Nyugta 4412",
            "Elektronikus nyugta\nRészösszeg 4 000 Ft\nSzállítás 590 Ft\nVégösszeg 4 590 Ft",
            "info@bolt.example.hu",
            "4590",
            "HUF",
        ),
        (
            "קבלה 4412",
            'תודה על הרכישה!\nסכום ביניים 200.00 ₪\nמשלוח 29.90 ₪\nסה"כ 229.90 ₪ ושולמה בכרטיס',
            "info@shop.example.co.il",
            "229.90",
            "ILS",
        ),
        (
            "订单 4412 付款成功",
            "感谢您的购买！\n商品总额 ¥120.00\n优惠券抵扣 -¥20.00\n应付总额 ¥100.00",
            "service@shop.example.cn",
            "100.00",
            "CNY",
        ),
        (
            "결제 완료 4412",
            "주문해 주셔서 감사합니다\n상품금액 50,000원\n포인트 사용 -5,000원\n"
            "실 결제금액 45,000원",
            "help@shop.example.co.kr",
            "45000",
            "KRW",
        ),
        (
            "Your receipt 4412",
            "Thanks for your order!\nSubtotal $60.00\nPoints redeemed -$10.00\n"
            "Gift card -$15.00\nPaid by card $35.00",
            "orders@shop.example.us",
            "35.00",
            "USD",
        ),
        (
            "Confirmación de pedido",
            "Hemos cobrado 45,00 € en tu tarjeta por el pedido 4412.",
            "pedidos@tienda.example.es",
            "45.00",
            "EUR",
        ),
        (
            "Потврда поруџбине",
            "Наплатили смо 2.300,00 RSD са ваше картице за поруџбину 4412.",
            "prodaja@prodavnica.example.rs",
            "2300.00",
            "RSD",
        ),
        (
            "Booking confirmation",
            "Your stay at Hotel Marina is paid in full. Amount charged: $420.00 to your card.",
            "stay@hotel.example.us",
            "420.00",
            "USD",
        ),
    ],
)
def test_a_receipts_total_is_what_the_card_paid(
    subject: str, text: str, sender: str, amount: str, currency: str
) -> None:
    assert_money(text, sender, amount, currency, "debit", subject=subject)


SENDER = "alertes@banque.example.fr"
RECEIVED = datetime(2026, 3, 6, 9, 0, tzinfo=UTC)


def taught_on(text: str, values: dict, constants: dict) -> dict:
    spans = {
        name: T.find_span(text, SENDER, RECEIVED, name, value) for name, value in values.items()
    }
    assert all(spans.values())
    return T.learn(
        None, T.Example(text, SENDER, RECEIVED, "transaction", values | constants, spans)
    )


def template_reads(template: dict, text: str) -> dict:
    reading = T.apply(template, text, SENDER, RECEIVED)
    assert reading is not None and reading.kind == "transaction"
    return reading.values


def statement_row(label: str, debit: str, credit: str) -> str:
    """A made-up French bank's one-row statement: Débit and Crédit columns, then the balance."""
    return (
        "Relevé d'opérations\nDate\tLibellé\tDébit (€)\tCrédit (€)\tSolde (€)\n"
        f"05/03/2026\t{label}\t{debit}\t{credit}\t1 204,10\nCordialement, votre conseiller"
    )


def test_a_taught_family_name_first_is_read_given_name_first_for_the_next_person():
    """ "VIR SEPA M. DUBOSCQ PIERRE" typed "Pierre Duboscq": the next person, after another
    title, is read the same way; a shop in the same cell keeps its words' order; the column the
    amount stands in gives the direction."""
    taught = taught_on(
        statement_row("VIR SEPA M. DUBOSCQ PIERRE", "", "250,00"),
        {"amount": Decimal("250.00"), "merchant": "Pierre Duboscq"},
        {"currency": "EUR", "direction": "credit"},
    )
    other = template_reads(taught, statement_row("VIR SEPA MME LABORDE ANNE", "", "75,00"))
    assert (other["merchant"], other["amount"]) == ("Anne Laborde", Decimal("75.00"))
    shop = template_reads(taught, statement_row("CB FREE MOBILE", "19,99", ""))
    assert (shop["merchant"], shop["direction"]) == ("Free Mobile", "debit")


def test_a_taught_table_row_that_lost_its_trailing_empty_cell_keeps_its_column():
    def row(label: str, debit: str, credit: str) -> str:
        cells = f"05/03/2026\t{label}\t{debit}\t{credit}".rstrip("\t")
        return f"Nouvelle opération\nDate\tLibellé\tDébit\tCrédit\n{cells}\nCordialement"

    taught = taught_on(
        row("CB BOULANGERIE PAUL", "4,20", ""),
        {"amount": Decimal("4.20"), "merchant": "Boulangerie Paul"},
        {"currency": "EUR", "direction": "debit"},
    )
    debit = template_reads(taught, row("CB MONOPRIX", "23,10", ""))
    assert (debit["amount"], debit["direction"]) == (Decimal("23.10"), "debit")
    credit = template_reads(taught, row("VIR SEPA LUCAS MARTIN", "", "120,00"))
    assert (credit["amount"], credit["direction"]) == (Decimal("120.00"), "credit")


# Variants found while writing the cases above: the payer's "(has) sent / refunded you" as the
# only money words; the feminine Ukrainian verb; verbs ending in a vowel sign; a particle inside
# a name in title case; Bengali "from" not read as "to"; a verb or "refund" before a Finnish
# name; a Japanese honorific before "from"; a Greek article; a Chinese transfer line alone.
@pytest.mark.parametrize(
    ("text", "sender", "merchant", "direction"),
    [
        ("Julie Martin vous a viré 45,00 € le 03/03/2026.", "alertes@bank.example.fr",
         "Julie Martin", "credit"),
        ("Lucas Bernard vous a remboursé 23,50 € le 03/03/2026.", "alertes@bank.example.fr",
         "Lucas Bernard", "credit"),
        ("Marta Vidal t'ha enviat 15,00 € per Bizum. 03/03/2026", "avisos@bank.example.cat",
         "Marta Vidal", "credit"),
        ("Ola Nordmann har sendt deg 380,00 kr med Vipps. 03.03.2026", "varsel@bank.example.no",
         "Ola Nordmann", "credit"),
        ("Karin Berg har swishat dig 200,00 kr. 2026-03-03", "info@bank.example.se",
         "Karin Berg", "credit"),
        ("Jón Jónsson millifærði 5.000 kr. á reikninginn þinn. 03.03.2026",
         "tilkynning@bank.example.is", "Jón Jónsson", "credit"),
        ("अमित शर्मा ने आपको ₹500 भेजे हैं। 03-03-2026", "alerts@bank.example.in",
         "अमित शर्मा", "credit"),
        ("Олена Шевченко надіслала вам 750 грн. 03.03.2026", "info@bank.example.ua",
         "Олена Шевченко", "credit"),
        ("Geld ontvang\nJohan van Wyk het R450.00 aan jou oorbetaal. 03/03/2026",
         "kennisgewing@bank.example.co.za", "Johan van Wyk", "credit"),
        ("রহিম উদ্দিন থেকে ৳800.00 জমা হয়েছে। 03-03-2026", "info@bank.example.com.bd",
         "রহিম উদ্দিন", "credit"),
        ("Maksoit DNA:lle 29,90 €. 03.03.2026", "viestit@bank.example.fi", "DNA", "debit"),
        ("山田花子様より5,000円の入金がありました。", "info@bank.example.co.jp", "山田花子",
         "credit"),
        ("Ο Νίκος Παππάς σας έστειλε 30,00 €. 03/03/2026", "info@bank.example.gr",
         "Νίκος Παππάς", "credit"),
        ("收到李伟转入1,100.00元，余额3,200.00元。", "notice@bank.example.cn", "李伟", "credit"),
    ],
)  # fmt: skip
def test_variants_of_the_payer_before_the_verb(
    text: str, sender: str, merchant: str, direction: str
) -> None:
    assert_payee(text, merchant, sender)
    assert read(text, sender=sender).direction == direction


# Titles and honorifics of more languages are no part of the name they stand before, after "to",
# "from", "at" and before a payer's "sent you" verb.
@pytest.mark.parametrize(
    ("text", "sender", "merchant"),
    [
        (
            "Lic. Fernando Ortiz te envió $1,250.00 MXN. 05/03/2026",
            "avisos@banco.example.com.mx",
            "Fernando Ortiz",
        ),
        (
            "Mnr. Pieter Venter het R450.00 aan jou oorbetaal. 05/03/2026",
            "kennisgewing@bank.example.co.za",
            "Pieter Venter",
        ),
        (
            "Cənab Rəşad Əliyev sizə 40,00 AZN göndərdi. 05.03.2026",
            "info@bank.example.az",
            "Rəşad Əliyev",
        ),
        (
            "Pak Budi Santoso mengirim Rp250.000 ke rekening Anda. 05/03/2026",
            "info@bank.example.co.id",
            "Budi Santoso",
        ),
        (
            "श्रीमती सुनीता वर्मा ने आपको ₹750 भेजे हैं। 05-03-2026",
            "alerts@bank.example.in",
            "सुनीता वर्मा",
        ),
        (
            "You paid RM500.00 to Dato' Lim Wei Ming on 05/03/2026",
            "notifikasi@bank.example.my",
            "Lim Wei Ming",
        ),
        (
            "Paiement de 25 000 FCFA à Serigne Modou Diop le 05/03/2026",
            "alertes@banque.example.sn",
            "Modou Diop",
        ),
        (
            "Bạn đã chuyển 200.000 VND cho Bà Trần Thị Lan lúc 05/03/2026",
            "thongbao@bank.example.vn",
            "Trần Thị Lan",
        ),
        (
            "Примивте 2.000 МКД од г-ѓа Елена Николовска. 05.03.2026",
            "info@banka.example.mk",
            "Елена Николовска",
        ),
        (
            "You sent UGX 50,000 to Ssebo Mukasa Joseph on 05/03/2026",
            "alerts@bank.example.ug",
            "Mukasa Joseph",
        ),
        (
            "You sent ETB 1,200.00 to አቶ አበበ ከበደ on 05/03/2026",
            "alerts@bank.example.et",
            "አበበ ከበደ",
        ),
        (
            "You sent KHR 40,000 to លោក សុខ ចាន់ on 05/03/2026",
            "alerts@bank.example.kh",
            "សុខ ចាន់",
        ),
        (
            "You sent ৳2,000.00 to জনাব করিম হোসেন on 05/03/2026",
            "alerts@bank.example.com.bd",
            "করিম হোসেন",
        ),
    ],
)
def test_a_title_or_honorific_is_no_part_of_the_name(text: str, sender: str, merchant: str) -> None:
    result = read(text, sender=sender)
    assert result.is_transaction
    assert result.merchant == merchant


# A payer with "from" glued onto the name, then the amount: Azerbaijani "-dan/-dən", Turkmen
# "-dan", Hungarian "-tól/-től", Mongolian "-аас/-ээс", Kazakh "-нан", Quechua "-manta".
@pytest.mark.parametrize(
    ("text", "sender", "merchant"),
    [
        ("Əli Həsənovdan 150,00 AZN mədaxil. 05.03.2026", "info@bank.example.az", "Əli Həsənov"),
        (
            "Hesabınıza Rauf Quliyevdən 75,50 ₼ daxil oldu. 05.03.2026",
            "info@bank.example.az",
            "Rauf Quliyev",
        ),
        ("Merdan Orazowdan 250 TMT geldi. 05.03.2026", "habar@bank.example.tm", "Merdan Orazow"),
        (
            "Kovács Jánostól 15 000 Ft érkezett. 2026.03.05.",
            "ertesito@bank.example.hu",
            "Kovács János",
        ),
        (
            "Szabó Katalintól 8 500 Ft érkezett a számlájára. 2026.03.05.",
            "ertesito@bank.example.hu",
            "Szabó Katalin",
        ),
        ("Б.Батбаяраас 50,000 ₮ орлого орлоо. 2026.03.05", "info@bank.example.mn", "Б.Батбаяр"),
        (
            "Д.Сарангэрэлээс 120,000 ₮ орлого орлоо. 2026.03.05",
            "info@bank.example.mn",
            "Д.Сарангэрэл",
        ),
        (
            "Асқар Нұрланұлынан 12 000 ₸ түсті. 05.03.2026",
            "info@bank.example.kz",
            "Асқар Нұрланұлы",
        ),
        (
            "Rosa Mamanimanta 120.00 PEN chaskirqanki. 05/03/2026",
            "willakuy@banco.example.pe",
            "Rosa Mamani",
        ),
    ],
)
def test_a_payer_with_from_glued_on_then_the_amount(text: str, sender: str, merchant: str) -> None:
    result = read(text, sender=sender)
    assert (result.merchant, result.direction) == (merchant, "credit")


# A line of a label and a name in title case (a two-column table read as text), and the labels
# French "Facturier", Russian "Услуга", Swahili "Mahali", Uzbek Cyrillic "Тўловчи".
@pytest.mark.parametrize(
    ("text", "sender", "merchant"),
    [
        (
            "Transferencia recibida\nOrdenante Ana Sofía Ramírez\nImporte 250,00 €\n05/03/2026",
            "avisos@banco.example.es",
            "Ana Sofía Ramírez",
        ),
        (
            "Transferencia enviada\nDestinatario Carlos Andrés Gómez\nImporte 90,00 €\n05/03/2026",
            "avisos@banco.example.es",
            "Carlos Andrés Gómez",
        ),
        (
            "Transferência enviada\nFavorecido João Pedro dos Santos\nValor R$ 320,00\n05/03/2026",
            "avisos@banco.example.com.br",
            "João Pedro dos Santos",
        ),
        (
            "Paiement effectué\nFacturier: SENELEC\nMontant: 18 500 FCFA\nDate: 05/03/2026",
            "alertes@banque.example.sn",
            "Senelec",
        ),
        (
            "Оплата услуг\nУслуга: Ростелеком\nСумма: 650,00 ₽\nДата: 05.03.2026",
            "info@bank.example.ru",
            "Ростелеком",
        ),
        (
            "Umelipa\nMahali: Naivas Supermarket\nKiasi: KSh 2,350\nTarehe: 05/03/2026",
            "taarifa@bank.example.co.ke",
            "Naivas Supermarket",
        ),
        (
            "Ҳисобингизга пул тушди\nТўловчи: Жасур Каримов\nСумма: 500 000 сўм\n05.03.2026",
            "info@bank.example.uz",
            "Жасур Каримов",
        ),
    ],
)
def test_a_label_and_a_name_on_one_line_and_labels_of_more_languages(
    text: str, sender: str, merchant: str
) -> None:
    result = read(text, sender=sender)
    assert result.is_transaction
    assert result.merchant == merchant


# More ways a name is written: Japanese "X から N円", Macau's "於 X 簽賬", German "X hat am
# <date> ... eingezogen", Spanish "un recibo de X", Shona "ichienda kuna X", the Lao date word
# ending a name, Czech "U" inside a shop's name.
@pytest.mark.parametrize(
    ("text", "sender", "merchant"),
    [
        ("山本商事から25,000円の振込がありました。", "info@bank.example.co.jp", "山本商事"),
        (
            "株式会社ミドリから180,000円の給与振込がありました。",
            "info@bank.example.co.jp",
            "ミドリ",
        ),
        ("閣下的信用卡於新葡京酒店簽賬MOP 1,280.00。", "alerts@bank.example.mo", "新葡京酒店"),
        (
            "您的信用卡於澳門威尼斯人簽賬MOP 560.00，卡號尾數4412。",
            "alerts@bank.example.mo",
            "澳門威尼斯人",
        ),
        (
            "Stadtwerke Musterstadt hat am 21.07.2026 eine Lastschrift über 84,00 EUR von Ihrem "
            "Konto eingezogen.",
            "info@bank.example.de",
            "Stadtwerke Musterstadt",
        ),
        (
            "Telekom Deutschland GmbH hat am 02.03.2026 eine SEPA-Lastschrift in Höhe von "
            "39,95 EUR eingezogen.",
            "info@bank.example.de",
            "Telekom Deutschland",
        ),
        (
            "Se ha cargado en tu cuenta un recibo de Iberdrola por importe de 64,30 €.",
            "avisos@banco.example.es",
            "Iberdrola",
        ),
        (
            "Wabvisa US$25.00 ichienda kuna Tendai Moyo. 05/03/2026",
            "info@bank.example.co.zw",
            "Tendai Moyo",
        ),
        (
            "Mari yabviswa US$40.00 ichienda kuna Chipo Ndlovu pa 05/03/2026",
            "info@bank.example.co.zw",
            "Chipo Ndlovu",
        ),
        (
            "ທ່ານໄດ້ໂອນເງິນ 150,000 ກີບ ໃຫ້ ສົມພອນ ແກ້ວມະນີ ວັນທີ 05/03/2026",
            "info@bank.example.la",
            "ສົມພອນ ແກ້ວມະນີ",
        ),
        (
            "ໂອນເງິນເຂົ້າບັນຊີ 200,000 ກີບ ຈາກ ບຸນມີ ສີວົງ ວັນທີ 05/03/2026",
            "info@bank.example.la",
            "ບຸນມີ ສີວົງ",
        ),
        (
            "Platba kartou 245,00 Kč u obchodníka POTRAVINY U ZLATÉHO KLASU dne 05.03.2026",
            "info@banka.example.cz",
            "Potraviny U Zlatého Klasu",
        ),
    ],
)
def test_more_ways_a_name_is_written_around_the_amount(
    text: str, sender: str, merchant: str
) -> None:
    result = read(text, sender=sender)
    assert result.is_transaction
    assert result.merchant == merchant


# A payer's note to the payee names no one; a cash machine ("cajero", "retirada de efectivo",
# "Bargeldauszahlung", Bengali and Hindi "ATM") is no counterparty.
@pytest.mark.parametrize(
    ("text", "sender", "amount", "direction"),
    [
        (
            "Du hast 35,00 € erhalten. Nachricht: Danke fürs Essen",
            "info@bank.example.de",
            "35.00",
            "credit",
        ),
        (
            "You received $40.00. Message: Thanks for dinner",
            "alerts@wallet.example.com",
            "40.00",
            "credit",
        ),
        (
            "Retirada de efectivo en cajero: 60,00 €\nTarjeta ****4412\nCAIXA VALENCIA CENTRO\n"
            "05/03/2026",
            "avisos@banco.example.es",
            "60.00",
            "debit",
        ),
        (
            "Retirada de efectivo 100,00 € en CAJERO BBVA GRAN VIA 05/03/2026",
            "avisos@banco.example.es",
            "100.00",
            "debit",
        ),
        (
            "Bargeldauszahlung 200,00 EUR\nSPARKASSE KÖLN HBF\nKarte ****4412, 05.03.2026",
            "info@bank.example.de",
            "200.00",
            "debit",
        ),
        (
            "৳5,000.00 withdrawn at এটিএম গুলশান on 05/03/2026",
            "alerts@bank.example.com.bd",
            "5000.00",
            "debit",
        ),
        (
            "Withdrawal of ৳3,000.00 at এটিএম মিরপুর ১০ on 05/03/2026",
            "alerts@bank.example.com.bd",
            "3000.00",
            "debit",
        ),
        (
            "Cash withdrawal of ₹2,000.00 from एटीएम कनॉट प्लेस on 05-03-2026",
            "alerts@bank.example.in",
            "2000.00",
            "debit",
        ),
    ],
)
def test_a_payers_note_or_a_cash_machine_names_no_counterparty(
    text: str, sender: str, amount: str, direction: str
) -> None:
    result = read(text, sender=sender)
    assert result.is_transaction
    assert (result.amount, result.direction, result.merchant) == (Decimal(amount), direction, None)


# A heading (the body's first short line) that says the mail is a code, a refusal, a hold, a
# mandate or a request says it for the whole mail, whatever table sits far below it; and a
# subject's sum said again in the body, by "... was declined", is refused.
_FAR_TABLE = (
    "\nDate\t05/03/2026\nCard\t**** 4412\nChannel\tOnline\nReference\tA7731\n"
    "Status\tPending your confirmation\n"
)


@pytest.mark.parametrize(
    ("subject", "text", "sender", "reason"),
    [
        (
            "Security notice",
            "Your one-time code\nUse 482913 to approve this purchase. Never share it with anyone, "
            "not even our staff." + _FAR_TABLE + "Merchant\tNorthwind Books\nAmount\t$58.20",
            "alerts@bank.example.com",
            "otp",
        ),
        (
            "Sécurité",
            "Votre code de confirmation\nSaisissez 551203 pour valider l'achat. Ne le communiquez "
            "jamais à personne." + _FAR_TABLE + "Commerçant\tLibrairie Martin\nMontant\t58,20 €",
            "alertes@banque.example.fr",
            "otp",
        ),
        (
            "Aviso de tarjeta",
            "Pago rechazado\nNo pudimos completar el pago con tu tarjeta. Intenta con otra tarjeta "
            "o contáctanos." + _FAR_TABLE + "Comercio\tElectro Norte\nImporte\t$2.499,00",
            "avisos@banco.example.com.ar",
            "declined",
        ),
        (
            "Card notice",
            "Temporary hold on your card\nThe hotel has placed an authorization on your card. "
            "Nothing has been charged yet." + _FAR_TABLE + "Merchant\tHarbourview Hotel\n"
            "Amount\t$200.00",
            "alerts@bank.example.com",
            "preauth",
        ),
        (
            "Account notice",
            "Direct debit set up\nA new Direct Debit instruction has been set up on your account "
            "with the details below." + _FAR_TABLE + "Payee\tThames Water\nAmount\t£38.00",
            "alerts@bank.example.co.uk",
            "mandate",
        ),
        (
            "Avviso",
            "Mandato attivato\nÈ stato attivato un mandato SEPA sul tuo conto con i dettagli "
            "riportati qui sotto." + _FAR_TABLE + "Creditore\tEnel Energia\nImporto\t45,00 €",
            "avvisi@banca.example.it",
            "mandate",
        ),
        (
            "Notification",
            "Payment request\nJordan Ellis would like you to pay for your share of the cabin "
            "weekend, see below." + _FAR_TABLE + "From\tJordan Ellis\nAmount\t$120.00",
            "alerts@wallet.example.com",
            "payment_request",
        ),
        # The subject's sum again in the body, where the refusal is written.
        (
            "Card payment of $89.00 at Skyline Electro",
            "Dear customer,\nThank you for banking with us. We are writing about recent activity "
            "on your credit card ending 4412 today.\nThe card payment of $89.00 at Skyline "
            "Electronics was declined due to insufficient funds.",
            "alerts@bank.example.com",
            "declined",
        ),
        (
            "Compra por $45.000 en Falabella",
            "Estimado cliente:\nLe informamos sobre la actividad reciente de su tarjeta terminada "
            "en 4412 en el día de hoy, según detalle.\nLa compra por $45.000 en Falabella fue "
            "rechazada.",
            "avisos@banco.example.cl",
            "declined",
        ),
        (
            "Zahlung über 129,00 EUR bei Elektro Hansen",
            "Sehr geehrte Kundin, sehr geehrter Kunde,\nwir informieren Sie über eine aktuelle "
            "Aktivität Ihrer Kreditkarte mit der Endung 4412.\nDie Zahlung über 129,00 EUR bei "
            "Elektro Hansen wurde abgelehnt.",
            "info@bank.example.de",
            "declined",
        ),
    ],
)
def test_a_heading_or_the_subjects_sum_again_refuses_the_whole_mail(
    subject: str, text: str, sender: str, reason: str
) -> None:
    result = read(text, subject=subject, sender=sender)
    assert not result.is_transaction
    assert result.rejection_reason == reason


# A cap ("hasta $20.000", "até R$ 100,00", "jusqu'à € 150", "fino a € 100", "bis zu € 50") is no
# payment where another sum is written; an offer in a paragraph of its own below the amount is a
# footer's, and the payment stands.
@pytest.mark.parametrize(
    ("text", "sender", "amount", "currency"),
    [
        (
            "Compra aprobada\nHasta $20.000 de descuento en farmacias\nMonto: $8.900\n"
            "Comercio: Farmacia Cruz Verde\n05/03/2026",
            "avisos@banco.example.cl",
            "8900",
            "CLP",
        ),
        (
            "Pagamento aprovado\nAté R$ 100,00 de cashback!\nValor: R$ 42,00\n"
            "Estabelecimento: Padaria Bom Pão\n05/03/2026",
            "avisos@banco.example.com.br",
            "42.00",
            "BRL",
        ),
        (
            "Paiement accepté\nJusqu'à € 150 offerts pour tout parrainage\nMontant : 18,40 €\n"
            "Commerçant : Boulangerie Dupont\n05/03/2026",
            "alertes@banque.example.fr",
            "18.40",
            "EUR",
        ),
        (
            "Pagamento eseguito\nFino a € 100 di cashback\nImporto: 15,60 €\n"
            "Esercente: Bar Centrale\n05/03/2026",
            "avvisi@banca.example.it",
            "15.60",
            "EUR",
        ),
        (
            "Kartenzahlung\nBis zu € 50 Prämie!\nBetrag: 23,90 EUR\n"
            "Händler: Buchhandlung Lesezeit\n05.03.2026",
            "info@bank.example.de",
            "23.90",
            "EUR",
        ),
        (
            "You paid £12.50 to Corner Café on 05/03/2026.\n\nEligible deposits are protected up "
            "to £85,000 by the FSCS.",
            "alerts@bank.example.co.uk",
            "12.50",
            "GBP",
        ),
        (
            "You paid £8.20 to Oak Street Bakery on 05/03/2026.\n\nEarn up to 3% back on every "
            "purchase. Terms apply.",
            "alerts@bank.example.co.uk",
            "8.20",
            "GBP",
        ),
        (
            "You paid $15.00 to Maple Yoga Studio on 03/05/2026.\n\nSign up for paperless "
            "statements and get a $10 bonus.",
            "alerts@bank.example.com",
            "15.00",
            "USD",
        ),
    ],
)
def test_a_cap_or_an_offers_paragraph_is_not_the_payment(
    text: str, sender: str, amount: str, currency: str
) -> None:
    result = read(text, sender=sender)
    assert result.is_transaction
    assert (result.amount, result.currency, result.direction) == (
        Decimal(amount),
        currency,
        "debit",
    )


# A foreign purchase's "Original amount" from a sender of no known country gives way to the
# next sum in another currency: what the card was charged.
@pytest.mark.parametrize(
    ("text", "amount", "currency"),
    [
        (
            "Card purchase\nMerchant: HOTEL ALPINA ZERMATT\nOriginal amount: EUR 106.39\n"
            "Amount in U.S. dollars: $115.29\nDate: 03/05/2026",
            "115.29",
            "USD",
        ),
        (
            "Foreign transaction\nMerchant: RAMEN ICHIBAN TOKYO\nOriginal amount: JPY 4,800\n"
            "Charged amount: GBP 25.60\n05/03/2026",
            "25.60",
            "GBP",
        ),
        (
            "International purchase\nOriginal amount: CHF 42.00\nBilled amount: CAD 65.12\n"
            "Merchant: COOP BASEL\n05/03/2026",
            "65.12",
            "CAD",
        ),
    ],
)
def test_the_original_amount_gives_way_to_what_the_card_was_charged(
    text: str, amount: str, currency: str
) -> None:
    assert_money(text, "alerts@card.example.com", amount, currency, "debit")


# A shop's own renewal, membership, tickets, gift card, e-ticket, ride or booking mail is about
# the shop (not the plan, the event, the place or the person named); an order "from" a
# restaurant, in more languages, is the platform's.
@pytest.mark.parametrize(
    ("subject", "text", "sender", "name"),
    [
        (
            "Payment received for Premium 4K",
            "Thanks for renewing! Premium 4K, 1 year\nAmount charged: $99.99\n"
            "Card: Visa ending 4412\nDate: 03/05/2026",
            "billing@flixbox.example.com",
            "FlixBox",
        ),
        (
            "Tus entradas para Coldplay Tour 2026",
            "Coldplay Tour 2026 - Estadio Norte\n2 x General Admission\n"
            "Total pagado: $3.200,00\n05/03/2026",
            "entradas@ticketera.example.com.ar",
            "Ticketera",
        ),
        (
            "Your gift card purchase",
            "Gift card for Hannah Lewis\nValue: $50.00\nPaid with Visa 4412 on 03/05/2026",
            "orders@bloomco.example.com",
            "Bloom & Co",
        ),
        (
            "Your ride receipt",
            "Trip with Amir to Central Station\nFare: $18.40\nPaid with Visa 4412\n03/05/2026",
            "receipts@rideon.example.com",
            "RideOn",
        ),
        (
            "Votre reçu de course",
            "Reçu de course\nTrajet avec Karim vers Gare de Lyon\nTotal : 17,60 €\n05/03/2026",
            "recus@vtc.example.fr",
            "Vogo",
        ),
        (
            "Kvittering",
            "Takk for din bestilling fra Pizzeria Napoli!\nTotalt: 389,00 kr\n"
            "Betalt med Visa 4412\n05.03.2026",
            "kvittering@matbud.example.no",
            "Matbud",
        ),
        (
            "Kvitto",
            "Tack för din beställning från Sushi Yama!\nTotalt: 245,00 kr\n"
            "Betalt med kort 4412\n2026-03-05",
            "kvitto@matbud.example.se",
            "Matbud",
        ),
        (
            "Risiti yako",
            "Asante kwa oda yako kutoka Mama Oliech Restaurant!\nJumla: KSh 1,250\n"
            "Imelipwa kwa M-Pesa\n05/03/2026",
            "risiti@chakula.example.co.ke",
            "Chakula Haraka",
        ),
        (
            "Hóa đơn",
            "Cảm ơn bạn đã đặt đơn hàng từ Phở Hà Nội 24!\nTổng cộng: 145.000đ\n"
            "Thanh toán bằng thẻ 4412\n05/03/2026",
            "hoadon@giaodo.example.vn",
            "GiaoĐồ",
        ),
        (
            "Касова бележка",
            "Благодарим за поръчката от Пицария Рома!\nОбщо: 32,50 лв.\n"
            "Платено с карта 4412\n05.03.2026",
            "kasova@dostavka.example.bg",
            "Доставко",
        ),
        (
            "Resibo",
            "Salamat sa iyong order mula sa Lutong Bahay ni Aling Nena!\nKabuuan: ₱450.00\n"
            "Binayaran gamit ang card 4412\n05/03/2026",
            "resibo@pagkain.example.ph",
            "PagkainGo",
        ),
    ],
)
def test_a_shops_own_receipt_or_a_platforms_order_is_the_senders(
    subject: str, text: str, sender: str, name: str
) -> None:
    result = read(text, subject=subject, sender=sender, name=name)
    assert (result.is_transaction, result.direction) == (True, "debit")
    assert result.merchant == name


# A renewal's receipt: the amount's own sentence says it was charged, and the next charge below
# it is the plan's schedule, not this mail's news.
@pytest.mark.parametrize(
    ("subject", "text", "sender", "name", "amount"),
    [
        (
            "Your receipt",
            "We charged $12.99 to your Visa ending 4412 for your Plus plan.\n"
            "Next billing date: April 5, 2026",
            "billing@notesapp.example.com",
            "Notely",
            "12.99",
        ),
        (
            "Votre reçu",
            "Nous avons débité 8,99 € sur votre carte se terminant par 4412 pour votre "
            "abonnement.\nProchain prélèvement : 5 avril 2026",
            "factures@lecture.example.fr",
            "Lirelibre",
            "8.99",
        ),
        (
            "Deine Quittung",
            "Wir haben 9,99 € von deiner Karte mit Endung 4412 abgebucht.\n"
            "Nächste Abbuchung: 05.04.2026",
            "rechnung@hoerwelt.example.de",
            "Hörwelt",
            "9.99",
        ),
        (
            "La tua ricevuta",
            "Abbiamo addebitato 7,99 € sulla tua carta che termina con 4412.\n"
            "Prossimo addebito: 5 aprile 2026",
            "ricevute@podcast.example.it",
            "Ascolta+",
            "7.99",
        ),
    ],
)
def test_a_renewal_charged_now_with_its_next_charge_below_is_a_payment(
    subject: str, text: str, sender: str, name: str, amount: str
) -> None:
    result = read(text, subject=subject, sender=sender, name=name)
    assert result.is_transaction
    assert (result.amount, result.direction) == (Decimal(amount), "debit")


def html_mail(html: str, sender: str) -> ParsedEmail:
    """A bank's alert whose text part is a stub and whose HTML part says it all."""
    message = EmailMessage()
    message["From"] = f"Example Bank <{sender}>"
    message["To"] = "me@example.com"
    message["Subject"] = "Transaction alert"
    message["Date"] = "Thu, 05 Mar 2026 18:00:00 +0000"
    message["Message-ID"] = f"<alert.{sender}>"
    message.set_content("See the HTML part.")
    message.add_alternative(html, subtype="html")
    return parse_email(message.as_bytes())


# HTML: elements styled never to show (a preheader's offer sums) are dropped; two inline
# elements side by side (a flex row of a label and its value) keep their words apart; a sum
# styled in parts stays one.
@pytest.mark.parametrize(
    ("html", "sender", "hidden", "amount", "merchant"),
    [
        (
            '<div style="display:none;max-height:0;overflow:hidden">Share your code and you both '
            "get £9.00 when they spend £20.00</div><p>You paid <b>£14.60</b> to Greenway "
            "Pharmacy on 05/03/2026.</p>",
            "alerts@bank.example.co.uk",
            "£9.00",
            "14.60",
            "Greenway Pharmacy",
        ),
        (
            '<span style="display: none !important">Invite friends, earn up to $100 in rewards'
            "</span><table><tr><td>Amount</td><td>$27.45</td></tr><tr><td>Merchant</td><td>"
            "Lakeside Grill</td></tr><tr><td>Date</td><td>03/05/2026</td></tr></table>",
            "alerts@bank.example.com",
            "$100",
            "27.45",
            "Lakeside Grill",
        ),
        (
            '<div style="mso-hide:all;display:none">Gagnez 50 € en parrainant vos proches</div>'
            "<p>Paiement par carte de 23,80 € chez Fromagerie Leroy le 05/03/2026.</p>",
            "alertes@banque.example.fr",
            "50 €",
            "23.80",
            "Fromagerie Leroy",
        ),
        (
            '<div style="display:flex"><span>Van</span><span>HOLLANDSE LOGISTIEK BV</span></div>'
            '<div style="display:flex"><span>Bedrag</span><span>€ 120,00</span></div>'
            "<p>Bijschrijving op uw rekening op 05-03-2026.</p>",
            "info@bank.example.nl",
            "VanHOLLANDSE",
            "120.00",
            "Hollandse Logistiek",
        ),
        (
            "<p>Payment sent</p><div><span>To</span><span>Marisol Vega</span></div><div><span>"
            "Amount</span><span>$</span><span>85</span><span>.00</span></div><p>03/05/2026</p>",
            "alerts@wallet.example.com",
            "ToMarisol",
            "85.00",
            "Marisol Vega",
        ),
    ],
)
def test_html_hidden_preheaders_dropped_and_side_by_side_inlines_kept_apart(
    html: str, sender: str, hidden: str, amount: str, merchant: str
) -> None:
    email = html_mail(html, sender)
    assert hidden not in email.text
    result = extract(email)
    assert result.is_transaction
    assert (result.amount, result.merchant) == (Decimal(amount), merchant)


# Narrations: West African "VIR FAV X", "VIREMENT RECU X ... SALAIRE <month>", "EN FAVEUR DE X";
# Portuguese "TRANSF. DE X"; Malay, Swahili and French pay with its month whole; Papua New
# Guinea's "PAY FN <date> X"; a Japanese company's kana form "カ)"; "AIRTIME/DATA X"; Vietnamese
# "THANH TOAN CHO X", "CK TOI X", "MOMO TRANSFER TO X"; an Arabic bill's word; country codes NG,
# PNG, FJ after the name.
@pytest.mark.parametrize(
    ("raw", "display"),
    [
        ("VIR FAV KOUAME TRAORE", "Kouame Traore"),
        ("VIR FAV SOCIETE IVOIRE BOIS", "Societe Ivoire Bois"),
        ("VIREMENT RECU ORANGE COTE D IVOIRE SALAIRE FEVRIER", "Orange Cote D Ivoire"),
        ("VIREMENT RECU SONAGRI SA SALAIRE JANVIER 2026", "Sonagri"),
        ("VIREMENT REÇU BOLLORE LOGISTICS SALAIRE MARS", "Bollore Logistics"),
        ("EN FAVEUR DE SODECI", "Sodeci"),
        ("EN FAVEUR DE CIE ELECTRICITE", "Cie Electricite"),
        ("TRANSF. DE MARIA JOAO SILVA", "Maria Joao Silva"),
        ("GAJI OKTOBER PETRONAS DAGANGAN", "Petronas Dagangan"),
        ("GAJI DISEMBER SYARIKAT MAJU JAYA", "Syarikat Maju Jaya"),
        ("MSHAHARA APRILI TANESCO", "Tanesco"),
        ("SALAIRE NOVEMBRE SENELEC", "Senelec"),
        ("PAY FN 120326 OK TEDI MINING", "Ok Tedi Mining"),
        ("カ)ミナトショウジ", "ミナトショウジ"),
        ("ｶ)ﾔﾏﾄｳﾝﾕ", "ヤマトウンユ"),
        ("AIRTIME/DATA SAFARICOM", "Safaricom"),
        ("THANH TOAN CHO SHOPEE", "Shopee"),
        ("CK TOI NGUYEN VAN BINH", "Nguyen Van Binh"),
        ("CK TỚI TRAN THI MAI", "Tran Thi Mai"),
        ("MOMO TRANSFER TO LE HOANG NAM", "Le Hoang Nam"),
        ("فاتورة المصرية للاتصالات", "المصرية للاتصالات"),
        ("DANGOTE CEMENT NG", "Dangote Cement"),
        ("AIR NIUGINI PNG", "Air Niugini"),
        ("VODAFONE FIJI FJ", "Vodafone Fiji"),
    ],
)
def test_narration_prefixes_pay_words_and_country_codes_leave_the_name(
    raw: str, display: str
) -> None:
    assert normalise_merchant(raw)[0] == display
