"""Classes of rules added in the nineteenth round (issue #12), with messages written for these
tests: sums no one paid (an exchange rate's unit, an offer's threshold below a receipt, a cap
written after its sum), one instalment of a plan, mail that only prices or promises, money in
and out in more wallets' and banks' words, and counterparties written past a kind or a pronoun."""

from datetime import UTC, datetime
from decimal import Decimal

import pytest

from app.categorization.merchants import normalise_merchant
from app.extraction.evaluation import merchant_matches
from tests.unit.test_extraction_failure_classes import read

_SENDERS = {
    "bank": ("alerts@bank.example", "Example Bank"),
    "shop": ("receipts@shop.example", "Shop"),
    "co": ("avisos@billetera-ejemplo.co", "Billetera"),
    "ae": ("receipts@falconair.ae", "Falcon Air"),
    "sz": ("alerts@ibhange.co.sz", "Ibhange"),
    "zm": ("receipts@tokenpay.co.zm", "TokenPay"),
    "za": ("alerts@ibhanga.co.za", "iBhanga"),
    "ws": ("alerts@tupe-savings.ws", "Tupe Savings"),
    "to": ("alerts@vakacredit.to", "Vaka Credit"),
    "np": ("alerts@himalbank.com.np", "Himal Bank"),
    "et": ("alerts@birrpay.et", "BirrPay"),
    "bo": ("avisos@coopandina.com.bo", "Coop Andina"),
    "mg": ("alerts@bankyfianarana.mg", "Banky Fianarana"),
    "bw": ("alerts@bankakgale.co.bw", "Banka Kgale"),
    "fj": ("alerts@baqesuva.com.fj", "Baqe Suva"),
    "kg": ("alerts@bankkg.kg", "Bank KG"),
    "st": ("alertas@bancoilha.st", "Banco Ilha"),
    "fo": ("kort@sparikassin.fo", "Sparikassin"),
    "py": ("avisos@bancoparana.com.py", "Banco Paraná"),
}


# (subject, text, sender, amount, currency): which sum was paid.
_AMOUNTS = [
    (  # an exchange rate's unit beside the sum charged in the card's currency
        "Ihre Fahrkarte",
        "Zahlungsbestätigung\nTicketpreis ........ CHF 42.60\n"
        "Belastet in Ihrer Kartenwährung .... 45,70 € (1 CHF = 1,0728 EUR)\n"
        "Zahlungsmittel ..... Visa ****5510",
        "shop",
        "45.70",
        "EUR",
    ),
    (  # an offer's "from AED 45" below a receipt charged in another currency
        "Your e-ticket receipt",
        "Your card has been charged in your card's currency.\nFare\tAED 980.00\n"
        "Amount charged\tINR 23,392.60\nCard\tVisa •••• 4412\n"
        "Add a meal from AED 35 when you manage your booking.",
        "ae",
        "23392.60",
        "INR",
    ),
    (  # one instalment of a plan, its ordinal after it, under the order's total
        "Payment 3 of 4 collected",
        "We've taken your payment.\nOrder total\n£96.00\nThis payment\n£24.00 (3 of 4)\n"
        "Card\nVisa debit ending 8812",
        "shop",
        "24.00",
        "GBP",
    ),
    (  # Malayalam "up to" after an offer's sum
        "ഇടപാട് അറിയിപ്പ്",
        "അക്കൗണ്ട് നമ്പർ\tXXXX 7310\nതുക\tRs.2,450.00 Dr.\nസ്വർണ്ണ വായ്പ: 8.9% പലിശ, Rs.5,00,000/- വരെ.",
        "bank",
        "2450.00",
        "INR",
    ),
    (  # a Catalan offer's cap under the payment
        "Pagament amb targeta",
        "Pagament amb targeta a CARREFOUR per 24,30 € amb la targeta ****1182.\n"
        "Prèst Vila: 3,10 % TAE fins a 20 000 € en 60 mesos.",
        "bank",
        "24.30",
        "EUR",
    ),
    (  # a remittance credited in the account's money, the sum sent in the sender's after it
        "Ua maua se tupe mai fafo",
        "Ua maua le WS$325.00 i lau teugatupe ***2174 mai ia Ioane Tui (Aukilani).\n"
        "Tupe na auina mai: NZD 200.00\nFesuiaiga: 1.62\nPaleni: WS$1,010.70",
        "ws",
        "325.00",
        "WST",
    ),
    (
        "Paʻanga mei muli",
        "Kuo ke maʻu ʻa e T$312.00 ki hoʻo ʻakauni ***8801 mei he Sione Vea (Sini). "
        "Paʻanga naʻe fekau mai: AUD 200.00. Fetongi: 1.56. Toenga: T$904.15.",
        "to",
        "312.00",
        "TOP",
    ),
    (
        "विप्रेषण जम्मा",
        "तपाईंको खाता XXXX4410 मा रु. 40,000.00 जम्मा भएको छ। पठाइएको रकम: QAR 1,070.00। "
        "विनिमय दर: 37.38। मौज्दात: रु. 98,902.50।",
        "np",
        "40000.00",
        "NPR",
    ),
    (  # a transfer, its service charge and VAT deducted after it (Amharic)
        "የገንዘብ ማስተላለፍ ተሳክቷል",
        "2,000.00 ብር ለአቶ ሰለሞን ገብሬ በተሳካ ሁኔታ ተልኳል። የአገልግሎት ክፍያ 5.00 ብር እና ተ.እ.ታ 0.75 ብር "
        "ተቀንሷል። ቀሪ ሒሳብዎ 6,432.55 ብር ነው።",
        "et",
        "2000.00",
        "ETB",
    ),
    (  # Oromo's name of the birr
        "Mindaan galeera",
        "Herrega keessan 1000****4417 irratti Birrii 9,200.00 galii ta'eera. "
        "Haftee herregaa Birrii 12,893.40",
        "et",
        "9200.00",
        "ETB",
    ),
    (  # a Portuguese offer's starting sum under the payment
        "Compra aprovada",
        "Compra aprovada no cartão final 4410: R$ 465,37 em POSTO IPIRANGA.\n"
        "Consórcio: cartas de crédito a partir de R$ 30.000,00 sem juros.",
        "bank",
        "465.37",
        "BRL",
    ),
    (  # an Indonesian cashback's cap ("s.d.": up to) under the payment
        "Pembayaran QRIS berhasil",
        "Pembayaran berhasil\nMerchant\nKopi Senja\nTotal bayar\nRp36.000\n"
        "Cashback 20% s.d. Rp10.000 untuk pembayaran QRIS di akhir pekan!",
        "bank",
        "36000",
        "IDR",
    ),
    (  # a currency code ending the label, the sum past a column gap, its minus after it
        "Betaling met uw pas",
        "Er is een betaling met uw pas ...8343 verwerkt.\nOmschrijving: SUPERMARKT KWATTA\n"
        "Bedrag SRD:   412,50-",
        "bank",
        "412.50",
        "SRD",
    ),
    (  # a Thai offer's threshold ("ครบ": in full) under the card payment
        "แจ้งการใช้บัตร",
        "บัตร XXXX 2292 ใช้จ่าย THB 95.00 ที่ ร้านกาแฟ\nช้อปครบ THB 741.74 รับเงินคืน 10%",
        "bank",
        "95.00",
        "THB",
    ),
    (  # a Yoruba balance's label under the payment
        "Agbapada",
        "IYE OWO\t12,000.50 NGN\nONÍṢÒWÒ\tUBER *TRIP\nIWỌNTUNWỌNSI\t93,804.84 NGN",
        "bank",
        "12000.50",
        "NGN",
    ),
    (  # a fuel ticket's price per litre is not what was paid
        "Tu ticket",
        "Surtidor 4\tGasolina 95\n20,00 L x 1,529 EUR/L\nTOTAL\t30,58 EUR\nTarjeta ****6148",
        "shop",
        "30.58",
        "EUR",
    ),
    (  # a payslip: the net pay reached the account, not the gross
        "Payslip for May 2026",
        "Your salary for May 2026 has been credited.\nGross earnings: ₹80,000.00\n"
        "Deductions: ₹12,500.00\nNet pay: ₹67,500.00\nCredited to: A/c XXXXXXXX2265",
        "bank",
        "67500.00",
        "INR",
    ),
    (
        "Ihre Entgeltabrechnung Mai 2026",
        "Die Auszahlung erfolgt per Überweisung.\nBrutto: 3.100,00 €\n"
        "Netto / Auszahlung: 2.140,55 €\nAuf Konto: DE•• 7314",
        "bank",
        "2140.55",
        "EUR",
    ),
    (  # a ".co" wallet writing whole pesos in Spanish
        "Enviaste plata",
        "Enviaste $ 64.000 a Laura Díaz el 02/10/2026. Te quedan $ 118.500.",
        "co",
        "64000",
        "COP",
    ),
]


@pytest.mark.parametrize(("subject", "text", "sender", "amount", "currency"), _AMOUNTS)
def test_the_sum_paid_not_a_rate_an_offer_or_a_plans_total(
    subject: str, text: str, sender: str, amount: str, currency: str
) -> None:
    result = read(text, subject, *_SENDERS[sender])
    assert result.is_transaction
    assert (result.amount, result.currency) == (Decimal(amount), currency)


# (subject, text): mail that only prices, promises or holds.
_NOT_PAYMENTS = [
    (  # a fee schedule changed (German)
        "Änderung unseres Preis- und Leistungsverzeichnisses",
        "ab dem 1. März berechnen wir für Kartenzahlungen in Fremdwährung 1,5 %. "
        "Bargeldabhebungen im Ausland kosten künftig 2,50 € je Abhebung.",
    ),
    (  # a deposit rate changed, a cap on free transfers (Greek)
        "Αλλαγή επιτοκίων καταθέσεων",
        "Το επιτόκιο του λογαριασμού σας ****4410 μειώνεται σε 0,10%. Οι χρεώσεις για "
        "μεταφορές έως 1.000,00 € παραμένουν 0,00 €.",
    ),
    (  # a subscription set up through Russia's fast payments, its first debit ahead
        "Подключена подписка СБП",
        'Вы подключили подписку: ООО "Кинозал", ежемесячное списание до 299,00 руб. со '
        "счёта *4410. Первое списание - 05.12.2026.",
    ),
    (  # a hotel's hold on a card
        "The hotel placed a hold on your card",
        "On check-in the property authorised €200.00 on your Visa ending 4410 as a damage "
        "deposit. This is a hold, not a charge.",
    ),
    (  # a standing order registered, nothing charged yet (Armenian)
        "Պարբերական փոխանցման հանձնարարական",
        "Ձեր պարբերական փոխանցման հանձնարարականը գրանցված է․ ամեն ամսվա 5-ին *0932 հաշվից "
        "9,000.00 ֏ Beeline-ին։ Գումար դեռ չի գանձվել։",
    ),
    (  # a SEPA mandate registered (Slovenian)
        "Soglasje za SEPA direktno obremenitev",
        "Registrirali smo vaše soglasje za SEPA direktno obremenitev.\nPrejemnik plačila: "
        "ELEKTRO MARIBOR\nPredviden mesečni znesek: 41,20 €\n"
        "Do zdaj ni bil bremenjen noben znesek.",
    ),
    (  # a balance that is no movement (Portuguese)
        "Saldo da sua conta",
        "O saldo disponível da conta ***3321 é de 2.130,45 €. Esta mensagem não corresponde a "
        "qualquer movimento.",
    ),
    (  # an order out for delivery (Mongolian)
        "Таны захиалга хүргэлтэд гарлаа",
        "Захиалгын дугаар: D24-1100\nТөлсөн дүн\t89,900₮\nХүргэлтийн хугацаа\t2026.07.10",
    ),
    (  # a payment that did not go through (Kirundi, Somali)
        "Igikorwa nticakunze",
        "Igikorwa canyu ca 27.000 FBu kuri SHOP ntico cakunze. Nta mafaranga yakuweho.",
    ),
    (
        "Lacag dirista ma dhicin",
        "Lacag dirista USD 40.00 ee aad u dirtay CALI XASAN ma dhicin. Lacag lagama jarin.",
    ),
    (  # prices that dropped (Tongan, an English fare alert)
        "Kuo holo hifo e totongi!",
        "Naʻe T$265.00, ko eni T$210.00. Totongi ʻaki hoʻo kaati.",
    ),
    (
        "Fare alert: Monrovia to Accra just dropped",
        "The fare you watched is lower.\nWas\tUS$ 345.00\nNow from\tUS$ 289.00",
    ),
    (  # a loan instalment's reminder (Swati, Oromo)
        "Sikhumbuto sekukhokha",
        "Sikhumbuto: inkhokhelo yesikweleti sakho ye-E950.00 ifanele kukhokhwa ngemhla wa-1.",
    ),
    (
        "Yaadachiisa kaffaltii liqii",
        "Kaffaltiin liqii keessanii Birrii 3,275.00 guyyaa 05 Caamsaa dura kaffalamuu qaba.",
    ),
    (  # a hold on a card (Shona)
        "Mari yakabatirirwa",
        "ZiG 800.00 yakabatirirwa pakadhi **6631 neHOTEL. Mari iyi haisati yabviswa muakaundi.",
    ),
    (  # a loan rate changed (Turkmen)
        "Karz göterimleriniň üýtgemegi",
        "Ýyllyk göterimi 10%-den 12%-e çenli üýtgeýär. Kart hyzmaty üçin aýlyk töleg (5,00 manat).",
    ),
    (  # a credit card's bill paid (Albanian), a monthly statement (Swahili)
        "Pagesa e kartës së kreditit u mor",
        "Pagesa prej 30.000,00 Lekë për kartën tuaj të kreditit ***1190 u mor. Faleminderit!",
    ),
    (
        "Taarifa yako ya akaunti ya Aprili 2026",
        "Taarifa yako ya akaunti iko tayari.\nAkiba: KES 54,120.40\nHisa: KES 20,000.00",
    ),
    (  # reminders of a loan instalment due (Mongolian, Kannada)
        "Сануулга",
        "Сануулга: 210,000 ₮ зээлийн төлбөр 2026.12.15.",
    ),
    ("ನೆನಪಿಸುವಿಕೆ", "ನೆನಪಿಸುವಿಕೆ: ₹12,400.00 ಕಂತು 06-03-2026 ರಂದು ಪಾವತಿಸಬೇಕು."),
    (  # a card payment refused, nothing charged (Hungarian, Gujarati)
        "Kártyás vásárlás",
        "A(z) 4 200 HUF összegű fizetést (Webshop Tulipán) elutasítottuk. Terhelés nem történt.",
    ),
    ("કાર્ડથી ખરીદી", "ઓનલાઇન સ્ટોર પર ₹2,150.00 ચુકવણી નકારાઈ. કોઈ રકમ કપાઈ નથી."),
    (  # a transfer the beneficiary bank refused, reversed before anything left
        "Transaction reversal",
        "Your transfer of NGN 20,000.00 to EMEKA OBI could not be completed. The debit has "
        "been reversed and no money has left your account ****3317.",
    ),
    (  # a debit order's mandate confirmed, its first run ahead
        "Debit order mandate confirmed",
        "Your debit order of R 890.00 for policy HM-2217 will run on the 1st of each month.",
    ),
    (  # a balance, and a Costa Rican web address that is no "Cr" (credit)
        "Saldo de su cuenta",
        "El saldo disponible de su cuenta ••5542 al 04/01/2026 es ₡150 300,00.\n"
        "www.bancoejemplo.cr",
    ),
    (  # a price that went down (Korean)
        "찜한 상품의 가격이 내려갔어요!",
        "가격 인하 알림\n상품\n블루투스 스피커\n이전 가격\n59,000원\n현재 가격\n49,000원",
    ),
    (  # a card issuer that received the bill's payment (Danish)
        "Vi har modtaget din indbetaling",
        "Vi har modtaget din indbetaling på 2.100,00 kr. til dit Mastercard ****3422.",
    ),
    (  # a transfer that failed, nothing debited (Romanian)
        "Transfer eșuat",
        "Transferul de 500,00 MDL către Ana Rusu nu a putut fi efectuat. Suma nu a fost debitată.",
    ),
    (  # a hold pending on a card (French Canadian)
        "Autorisation en attente sur votre carte",
        "Une autorisation en attente a été enregistrée sur votre carte 0446. Il ne s’agit pas "
        "d’un débit.\nCommerçant\tAUBERGE DU LAC\nMontant retenu\t180,00 $",
    ),
    (  # a trial started, its first payment ahead
        "Your trial receipt",
        "Your 14-day free trial has started.\nTotal charged today  $0.00\n"
        "First fortnightly payment\n$19.95 on 16/02/2026\nCard ending 8190",
    ),
    (  # a cart left waiting (Turkish), an order awaiting its payment (Indonesian)
        "Sepetinde lezzetler seni bekliyor",
        "Sepetinde ürünler kaldı!\nPide\t120,00 TL\nToplam\t120,00 TL",
    ),
    (
        "Segera bayar pesananmu",
        "Menunggu Pembayaran\nSelesaikan pembayaran sebelum batas waktu.\nTotal Tagihan: Rp99.000",
    ),
    (  # no money taken yet, said anywhere in the mail (German, French)
        "Ihre Bestellung bei Kiezkauf",
        "Der Betrag wurde auf Ihrer Mastercard •••• 8054 lediglich vorgemerkt und wird erst "
        "beim Versand abgebucht.\nSchuhe\t59,95 €\nVersand\t4,95 €\nGesamtsumme\t64,90 €",
    ),
    (
        "Confirmation de réservation",
        "Nous confirmons votre réservation (2 nuits, 1 200,00 MAD). Aucun paiement n’est prélevé "
        "maintenant. Votre carte ****5529 sert uniquement de garantie.",
    ),
    (  # an auto-debit registered, its first debit ahead (Indonesian)
        "Autodebet berhasil didaftarkan",
        "Autodebet untuk Tontonin Plus telah aktif di rekening ··0093. Debet pertama Rp 59.000,00 "
        "pada 01/07/2026.\nJangan berikan kode OTP kepada siapa pun.",
    ),
    (  # a direct debit order registered (Arabic)
        "تسجيل أمر خصم مباشر",
        "تم تسجيل أمر خصم مباشر لصالح نادي الشمس على حسابك •••• 2041. أول خصم بمبلغ 300.00 ج.م.",
    ),
    (  # an order shipped (Tagalog)
        "Naipadala na ang order mo",
        "Naipadala na ang order mo mula sa Tindahan ni Mang Ben (bayad na ₱899.00).",
    ),
    (  # a fee schedule changed
        "Changes to your rates",
        "From 01-10-2026 the fee for international ATM withdrawals changes to $3.00. "
        "No action is needed.\nTransaction amount\n$3.00",
    ),
    (  # card bills paid (Turkish, Indonesian, Korean)
        "Kart borcu ödemeniz alındı",
        "ending 6617 kartınıza 29.05.2026 tarihinde 2.000,00 TL ödeme yapılmıştır.",
    ),
    (
        "Pembayaran kartu kredit diterima",
        "Pembayaran Rp 1.500.000,00 untuk kartu kredit ··4017 telah kami terima. Terima kasih.",
    ),
    (
        "[결제완료] 카드대금 납부",
        "XXXX 8891 카드 대금 384,300원이 2026년 7월 15일에 납부되었습니다.",
    ),
    (  # a statement ready (Hindi), balances (Swahili, Arabic)
        "आपका स्टेटमेंट तैयार है",
        "कार्ड **6650 का स्टेटमेंट तैयार है। कुल बकाया ₹13,140.00।",
    ),
    ("Salio lako", "Salio la akaunti XXXX 7721 tarehe 01/09/26 ni Ksh2,820.50."),
    ("إشعار رصيد", "رصيد حسابك *2281 بتاريخ 01/12/2026 هو 212.300 د.ك."),
    (  # a transfer that did not go through (Spanish)
        "Transferencia no realizada",
        "Tu transferencia de $500.00 MXN a Cuenta Ana Ruiz no se pudo completar. "
        "El dinero sigue en tu cuenta.",
    ),
    (  # help text about a debit not recognised (French)
        "Réponse à votre demande",
        "Si vous constatez un débit de 45,00 € que vous ne reconnaissez pas, choisissez "
        "« Contester » dans l'application.",
    ),
    (  # a payment request (Japanese), a verification code (Yoruba)
        "【送金依頼】",
        "佐藤 花子さんから800円の送金依頼が届きました。まだ支払われていません。",
    ),
    ("Kóòdù ìjẹ́rìísí", "Kóòdù rẹ ni 554210 fún ìsanwó ₦5,000.00 sí Jumia. Má ṣe fi han ẹnikẹ́ni."),
    (  # a payslip only made available
        "Your payslip is available",
        "Gross pay $1,025.57, net pay $801.96 for the period ending Jan 27, 2026. Download it "
        "from your dashboard.",
    ),
    (  # a Latvian wallet's cashback offer, capped
        "Tikai šonedēļ: 5% naudas atmaksa",
        "Maksā ar karti un saņem 5% atpakaļ — līdz 15,00 EUR mēnesī.",
    ),
]


@pytest.mark.parametrize(("subject", "text"), _NOT_PAYMENTS)
def test_mail_that_only_prices_promises_or_holds_is_no_payment(subject: str, text: str) -> None:
    assert not read(text, subject, *_SENDERS["bank"]).is_transaction


# (subject, text, sender, direction)
_DIRECTIONS = [
    (
        "入賬通知",
        "你已收到一筆轉數快付款\n付款人\t陳大文\n金額\tHK$620.00\n存入戶口\t****4410",
        "bank",
        "credit",
    ),
    (
        "اشعار ايداع فوري",
        "تم ايداع مبلغ 1,300.00 درهم في حسابك رقم XXXX4410 من سالم الكعبي.",
        "bank",
        "credit",
    ),
    ("¡Te pagaron!", "Recibiste un pago\nMonto\tS/ 30.00\nDe\tJuan Pérez", "bank", "credit"),
    (  # Kirundi "money put into the account"
        "Amafaranga yashitswe kuri konte",
        "Konte\tending 4410\nAmafaranga\t25 000 FBu\nUwayarungitse\tNiyonzima Alain",
        "bank",
        "credit",
    ),
    (  # Luganda "money has come into the account"
        "Ssente ziyingidde ku akawunti",
        "Omuwendo\tUSh 80,000\nAziwereza\tOkello Peter\nAkawunti\t...4410",
        "bank",
        "credit",
    ),
    ("Imali lengenile", "Lotfumelako\tSipho Dlamini\nLinani\tE120.00", "sz", "credit"),
    ("Hasaba geçirildi", "Iberiji\tAýna Myradowa\nMöçber\t850,00 manat", "bank", "credit"),
    (
        "Your claim has been paid",
        "Your claim has been paid: R 2 400.00, the payment made to your bank account ***4410.",
        "bank",
        "credit",
    ),
    (
        "Belastning – kr 129,00",
        "Belastning\nMottaker: KIWI GRUNERLØKKA\nBeløp: kr 129,00",
        "bank",
        "debit",
    ),
    (  # a biller's receipt in Tagalog: "your payment has been received"
        "Resibo: Bayad sa Maynilad",
        "Salamat! Natanggap na ang bayad mo.\nBiller: MAYNILAD\nHalaga: ₱812.40",
        "shop",
        "debit",
    ),
    (  # an instalment collected by a buy-now-pay-later lender
        "EMI 1 of 3 paid",
        "Your EMI was collected.\nAmount collected: ₹2,110.00\nPaid from: A/c XX4410",
        "shop",
        "debit",
    ),
    (  # an Estonian standing payment carried out
        "Püsimakse tehtud",
        "Teie e-arve püsimakse on täidetud.\nSaaja: Telia Eesti AS\nSumma: 21,99 €",
        "bank",
        "debit",
    ),
    (  # Fijian "has come into your account"
        "Saumi ni cakacaka",
        "E sa curu e na nomu akaude ****3306 na saumi ni cakacaka e FJ$980.00 mai vei KOKO LTD.",
        "bank",
        "credit",
    ),
    ("Εισερχόμενη μεταφορά", "Λάβατε μεταφορά 420,00 € από τον Νίκο Ιωάννου.", "bank", "credit"),
    (
        "Rifużjoni kkreditata",
        "Ġiet ikkreditata rifużjoni ta' EUR 22.50 minn SHOP fuq il-kard XXXX5564.",
        "bank",
        "credit",
    ),
    ("Neldaagal kaalis", "A neldii 150.000 GNF e BARRY Alpha. Njoɓdi: 2.000 GNF.", "bank", "debit"),
    (
        "Qullqi katuqta",
        "Jumax Rosa Apazata Bs 250,00 qullqi katuqta, cuenta ***5046.",
        "bo",
        "credit",
    ),
    (
        "Izvršena uplata",
        "Izvršena je uplata u korist Marka Petrovića u iznosu od 90,00 € sa računa ****6083.",
        "bank",
        "debit",
    ),
    (
        "Top-up delivered",
        "Recipient\t+234 803 *** 1190\nThey received\t₦15,000\nYou paid\t$10.99\n"
        "Payment\tMastercard ending 2231",
        "shop",
        "debit",
    ),
    (  # Southern Ndebele "money that went out"
        "Umlayezo weakhawundi",
        "Imali ephumileko R2 472,30 eakhawundeni ...0482 e-CHECKERS. Ibhalansi R48 493,44.",
        "za",
        "debit",
    ),
    ("Дæ хыгъды фезмæлд", "Райстай: 9 937 сом 00 кап.\nКæмæй: Алан Дзасохов", "bank", "credit"),
    (  # Ojibwe "it went out"
        "Zhooniyaa-mazina'igan",
        "GII-ZAAGA'AM\nZhooniyaa:      $51.31\nAandi:          CANADIAN TIRE #118",
        "bank",
        "debit",
    ),
    ("Nuntius de motu rationis", "Genus\tEXPENSUM\nSumma\tEUR 67,33\nCui\tPOSTE", "bank", "debit"),
    (  # Malagasy "taking out money", Setswana "money that was taken out", Fijian "money
        # that went out", a Swedish shop's "thank you for your order", an Albanian bill paid
        "Fanalana vola",
        "Fanalana vola\nMpandray: Rabe Fidy\nVola: 52 000 Ar\nKaonty: *7786",
        "mg",
        "debit",
    ),
    ("Madi a a ntshitsweng", "Madi\tP120.00\nMoamogedi\tNeo Molefe", "bw", "debit"),
    ("Ilavo e kau laivi", "Iwiliwili\tFJ$42.00\nO koya e ciqoma\tMere Vula", "fj", "debit"),
    (
        "Tack för din beställning",
        "Te x2  36,00 kr\nBelopp: 82,90 kr\nKort: Mastercard •••• 3549",
        "shop",
        "debit",
    ),
    (
        "Fatura u pagua",
        "Përfituesi\tUKT Tiranë\nShuma\t1 200,00 ALL\nLlogaria\t*6549",
        "bank",
        "debit",
    ),
    (
        "Акча кайтарылды",
        "Кайтарым: +820,00 сом, GLOBUS, карта *5659. Калдык: 63 323,51 сом",
        "kg",
        "credit",
    ),
    (
        "खाता डेबिट सूचना",
        "तपाईंको खाता ...0648 बाट रु. 300.00 टपअपका लागि डेबिट गरिएको छ। बाँकी रकम: रु. 2,220.36।",
        "np",
        "debit",
    ),
    (  # a bill debited (French), a payee that has the user's money (German, Italian)
        "Votre facture a été prélevée",
        "Le montant de votre facture mobile a été prélevé sur votre compte.\n"
        "Montant prélevé : 19,99 €",
        "shop",
        "debit",
    ),
    (
        "Zahlungsbestätigung",
        "Hallo Mira, wir haben deine Zahlung erhalten.\nGesamtbetrag ..... 54,90 €",
        "shop",
        "debit",
    ),
    (
        "Abbiamo ricevuto il pagamento",
        "Grazie, abbiamo ricevuto il pagamento della sua bolletta.\nImporto pagato: € 62,30",
        "shop",
        "debit",
    ),
    (  # a bill paid (Portuguese), a card payment (Faroese)
        "Pagamento de fatura",
        "Pagamento de fatura EMAE no valor de 210,00 STN efetuado a partir da conta ****3819.",
        "st",
        "debit",
    ),
    ("Kortgjald", "Kortgjald 120,50 kr. hjá BÓNUS, kort ****6109.", "fo", "debit"),
    (  # a delivery notice that says what was charged; a SEPA debit taken (its due date aside)
        "Your order has been delivered",
        "Your order 1343 was delivered on Saturday.\nHere's what you've been charged\n"
        "  Order total: £64.20\n  Charged to: Visa card ending 3318",
        "shop",
        "debit",
    ),
    (
        "Alerte prélèvement",
        "Un prélèvement SEPA a été débité de votre compte :\nMontant\t32,99 €\n"
        "Créancier\tBOUYGUES\nDate d'échéance\t05/07/2026",
        "bank",
        "debit",
    ),
    (  # a subscription's renewal charged (Italian)
        "Rinnovo offerta avvenuto",
        "Il rinnovo della tua offerta Giga 100 è andato a buon fine.\n"
        "Importo addebitato: 7,99 €\nMetodo di pagamento: carta Visa ****5120",
        "shop",
        "debit",
    ),
    (
        "[가람카드] 취소 안내",
        "가람카드(3*4*) 취소\n김*수님\n32,000원 일시불\n11/05 09:10\n쿠팡(주)",
        "bank",
        "credit",
    ),
    (
        "Votre facture",
        "Total séjour: 3 850,00 MAD\nMontant débité sur votre carte: 352,40 CHF\n"
        "Carte: Mastercard ****5529",
        "shop",
        "debit",
    ),
    (
        "Ditt kvitto från Tunebox",
        "Produkt\nTunebox Premium\nBelopp inkl. moms\n129,00 kr\nBetalsätt\nMastercard 4490",
        "shop",
        "debit",
    ),
    (
        "Инстант уплата",
        "Примили сте инстант уплату од Марка Јовановића.\nИзнос: 2.500,00 RSD",
        "bank",
        "credit",
    ),
    (  # Dutch "added" after the sum (Suriname)
        "Transactiemelding",
        "Omschrijving : Overboeking van KARTO M.\nBedrag       : SRD 1,200.00 Bij\n"
        "Saldo        : SRD 20,262.55",
        "bank",
        "credit",
    ),
    (  # card payments and top-ups in more languages: German, Ewe, Arabic, Dhivehi, Dzongkha,
        # Korean, Odia, Punjabi; Vietnamese "you received"
        "Aufladung erfolgreich",
        "Dein Guthaben wurde am 04.09.2026 um 20,00 € aufgeladen (Zahlart: PayPal).",
        "shop",
        "debit",
    ),
    (
        "Fexexe kple kaad 8 000 FCFA",
        "Wozã wò kaad XXXX 6640 tsɔ xe 8 000 FCFA na Champion Lomé.\nAsitsala\tChampion Lomé",
        "bank",
        "debit",
    ),
    (
        "تم الدفع بنجاح",
        "تم الدفع باستخدام كود QR.\nالتاجر صيدلية الشفاء\nالمبلغ 120.00 ج.م",
        "bank",
        "debit",
    ),
    ("تم شحن رصيدك", "تم شحن رصيدك بمبلغ 50.00 ج.م عن طريق بطاقة بنكية.", "shop", "debit"),
    ("ކާޑު މުޢާމަލާތު: MVR 120.00", "ތިޔަ ކާޑު XX7781 ބޭނުންކޮށް MVR 120.00 ދައްކާފައި.", "bank", "debit"),
    (
        "ཤོག་བྱང་གི་སྤྲོད་ལེན: Nu. 500.00",
        "ཁྱོད་ཀྱི་ཤོག་བྱང་ **3321 གིས་ Bhutan Telecom ནང་ Nu. 500.00 སྤྲོད་ཡོདཔ།",
        "bank",
        "debit",
    ),
    (
        "[새벽카드] 해외승인",
        "3012 카드\nUSD 10.99 (원화 15,412원)\n04/11 03:05\nNETFLIX.COM",
        "bank",
        "debit",
    ),
    ("କାର୍ଡ କାରବାର: ₹410.00", "ଆପଣଙ୍କ କାର୍ଡ ending 7702 ଦ୍ୱାରା ବଜାର ଠାରେ ₹410.00 ପୈଠ ହୋଇଛି।", "bank", "debit"),
    ("ਕਾਰਡ ਲੈਣ-ਦੇਣ: ₹700.00", "ਤੁਹਾਡੇ ਕਾਰਡ **8813 ਨਾਲ ਟ੍ਰੈਂਡਜ਼ 'ਤੇ ₹700.00 ਦਾ ਭੁਗਤਾਨ ਹੋਇਆ।", "bank", "debit"),
    (
        "Bạn nhận được 300.000đ",
        "Trần Văn Bình đã chuyển tiền cho bạn.\nSố tiền 300.000đ",
        "bank",
        "credit",
    ),
    (
        "Te depositaron 40,00 €",
        "Marta Gil te depositó 40,00 € en tu cuenta x3318.",
        "bank",
        "credit",
    ),
    (
        "Payday! £1,900.00 from Acme Tools",
        "Your salary has arrived. We've moved £100.00 into your Rainy Day pot as you asked.\n"
        "Amount£1,900.00\nFrom ACME TOOLS LTD",
        "bank",
        "credit",
    ),
    (
        "Ohupyty ndéve ₲ 150.000",
        "Ohupyty nde cuenta XXXX1184 ₲ 150.000 Ñandutí SA guive.",
        "py",
        "credit",
    ),
    (
        "Token receipt",
        "Prepaid electricity token\nMeter\t0401 5521\nAmount\tK150.00",
        "zm",
        "debit",
    ),
]


@pytest.mark.parametrize(("subject", "text", "sender", "direction"), _DIRECTIONS)
def test_which_way_the_money_went(subject: str, text: str, sender: str, direction: str) -> None:
    result = read(text, subject, *_SENDERS[sender])
    assert result.is_transaction
    assert result.direction == direction


# (subject, text, counterparty)
_COUNTERPARTIES = [
    (  # a pronoun is no payer; a Chinese name after an English label is
        "You've received S$40.00 via PayNow",
        "From: 林美玲 (PayNow)\nAmount: S$40.00\nTo account: ••4410",
        "林美玲",
    ),
    ("您收到一个红包", "发送人: 王芳\n金额: ¥66.00", "王芳"),
    (
        "转账入账提醒",
        "【某银行】李娜向您尾号6632的账户转账人民币300.00元,时间2月16日20:08。",
        "李娜",
    ),
    (
        "Matagumpay ang iyong transfer",
        "Ipinadala kay: Jose Reyes (BDO ****1120)\nHalaga: ₱500.00",
        "Jose Reyes",
    ),
    ("ክፍያ ተፈጽሟል", "ክፍያዎ በተሳካ ሁኔታ ተፈጽሟል\nለ\tአበበ ሱቅ\nመጠን\t320.00 ብር", "አበበ ሱቅ"),
    ("Дæ хыгъды фезмæлд", "Бафыстай: 1 200 сом 00 кап.\nКæмæн: WILDBERRIES", "Wildberries"),
    (
        "Nuntius de motu rationis",
        "Genus\tACCEPTUM\nSumma\tEUR 90,00\nA quo\tMARIA ROSSI",
        "Maria Rossi",
    ),
    (  # Luganda "from (a person)"; the date after it is no name
        "Ofunye ssente",
        "Ofunye UGX 80,000 okuva ku MUKASA JOHN (0772***419) nga 3 Julaayi 2026.",
        "Mukasa John",
    ),
    (  # a shop's number after its label is not its name; Twi "paid to"
        "Wo atua ka",
        "Wo atua GH₵ 40.00 akɔma KOFI STORES (Merchant ID 880214) wɔ 12 Ɛbɔ 2026.",
        "Kofi Stores",
    ),
    (  # Yoruba "the one who received it"
        "Ìfitónilétí Ìsanwó",
        "Owó ti jáde láti àkáǹtì rẹ.\nIye owó: ₦12,000.00\nẸni tí ó gbà á: BELLO KEMI (GTBank)",
        "Bello Kemi",
    ),
    (  # Ojibwe "who", a rail's name before the payer, and a footer's insurer is no one
        "Zhooniyaa-mazina'igan",
        "GII-BIINDIGE\nZhooniyaa:      $339.87\nAwenen:         E-TRANSFER ZHAAWAN FIDDLER\n"
        "Akawaan:        Chequing ****3381\n--\nDeposits insured by FSRA up to $250,000.00.",
        "Zhaawan Fiddler",
    ),
    (  # a payer's note is no name, nor a Swiss letter's closing
        "TWINT: Geld erhalten",
        "Sie haben via TWINT Geld erhalten.\nVon ................. Nina Keller\n"
        "Betrag .............. CHF 30.00\nNachricht ........... Pizza Freitag\n"
        "Freundliche Grüsse\nZugersee Bank AG",
        "Nina Keller",
    ),
    (  # Persian "the destination card holder's name"
        "رسید انتقال کارت به کارت",
        "انتقال وجه موفق\nنام دارنده کارت مقصد\tمریم احمدی\nمبلغ\t12,000,000 ریال",
        "مریم احمدی",
    ),
    (  # a Korean card alert's shop alone on the line after the amount, over the footer's
        # help line
        "[새벽카드] 승인 안내",
        "새벽카드(9120) 32,500원 일시불 승인\n김밥천국\n09/13 12:19\n"
        "새벽카드(주) 고객센터 1588-0000",
        "김밥천국",
    ),
    (  # the rail is no one ("by Faster Payment")
        "Money in: £40.00",
        "MR K OSEI has sent you £40.00 by Faster Payment into your current account ending 4733."
        "\nFrom\tMR K OSEI",
        "K Osei",
    ),
    (  # a Turkish card alert's descriptor with its processor's prefix before "işyerinden"
        "Kartınızla harcama yapıldı",
        "**** 2811 numaralı kartınızla 05.03.2026 18:53 tarihinde IYZICO/HEPSIBURADA ANKARA TR "
        "işyerinden 1.250,00 TL tutarında harcama yapılmıştır.",
        "Hepsiburada",
    ),
    (  # a Turkish sender before "to your account"
        "Hesabınıza para geldi",
        "Mehmet Demir hesabınıza 2.500,00 TL FAST ile gönderdi. Açıklama: kira.",
        "Mehmet Demir",
    ),
    (  # Greek "to the" takes the accusative
        "Αποστολή χρημάτων μέσω IRIS",
        "Στείλατε 25,00 € μέσω IRIS στον Γιάννη Κωστόπουλο.\nΑπό λογαριασμό: GR** 0932",
        "Γιάννης Κωστόπουλος",
    ),
    (  # Hungarian "here:" before the shop
        "Kártyás vásárlás: 9 890 Ft",
        "*7713 kártyával 9 890 Ft összegű vásárlás történt itt: TESCO 0231 SZEGED HU.",
        "Tesco",
    ),
    (  # Moscow time's abbreviation is no one
        "Покупка по карте",
        "Покупка 649,00 руб. в Магнит по карте XXXX 2218, 04/03/26 19:41 МСК.",
        "Магнит",
    ),
    (  # Croatian "in favour of" takes the genitive
        "Nalog izvršen",
        "Nalog za plaćanje u korist Ivana Horvata izvršen je.\nIznos: 350,00 EUR",
        "Ivan Horvat",
    ),
    (  # a Croatian woman's first name in the genitive, her surname undeclined
        "Primili ste uplatu",
        "Primili ste uplatu od Marije Kovač u iznosu od 80,00 EUR na račun 9833.",
        "Marija Kovač",
    ),
    (  # a Russian payee in the dative after the amount of a transfer
        "Перевод по СБП",
        "Перевод по СБП 2 300 ₽ Анне Смирновой (Т-Банк). Карта *0471.",
        "Анна Смирнова",
    ),
    (  # a text table's label, padded to its cell wall
        "Transferencia SPEI enviada",
        "Tu transferencia SPEI fue enviada con éxito.\n"
        "| Monto            | $900.00 MXN                  |\n"
        "| Beneficiario     | ANA LOPEZ RUIZ               |\n"
        "| Cuenta origen    | ****7861                     |",
        "Ana Lopez Ruiz",
    ),
    (  # Armenian "to" written onto a "-յան" surname
        "Փոխանցում",
        "Ձեր *0932 հաշվից փոխանցվել է 50,000.00 ֏ Անի Սարգսյանին։ Մնացորդ՝ 412,750.00 ֏։",
        "Անի Սարգսյան",
    ),
    (  # a Mongolian payee in the dative before "transferred"
        "Гүйлгээний мэдэгдэл",
        "Таны **5093 данснаас 120,000.00₮ Д.Сарантуяад шилжүүлэв. Үлдэгдэл: 1,324,560.00₮.",
        "Д.Сарантуяа",
    ),
    (  # Sinhala "from Mr" after the payer
        "ගිණුමට මුදල් ලැබීම",
        "ඔබගේ ගිණුම ****3852 වෙත සුනිල් සිල්වා මහතාගෙන් රු. 5,000.00 ක් ලැබී ඇත.",
        "සුනිල් සිල්වා",
    ),
    (  # a Vietnamese bill's kind before the biller
        "Thanh toán thành công",
        "Dịch vụ\nTiền nước Sawaco\nSố tiền\n245.000đ",
        "Sawaco",
    ),
    (  # a name in a caseless script past a rail's prefix
        "ഇടപാട് അറിയിപ്പ്",
        "തുക\tRs.3,100.00 Cr.\nവിവരണം\tIMPS-രമേശ് നായർ",
        "രമേശ് നായർ",
    ),
]


@pytest.mark.parametrize(("subject", "text", "merchant"), _COUNTERPARTIES)
def test_the_counterparty(subject: str, text: str, merchant: str) -> None:
    result = read(text, subject, *_SENDERS["bank"])
    assert result.is_transaction
    assert merchant_matches(result.merchant, merchant), result.merchant


def test_a_biller_s_account_label_and_a_sum_are_no_names() -> None:
    """ "received for CA No. 1002883371" names the consumer account; "Payment of Rs.6,489.84
    received" has a sum where a payee's name would stand: the biller is the sender."""
    text = (
        "Payment of Rs.1,250.00 received for CA No. 1002883371 on 25-10-2026 20:21.\n"
        "--\nNagar Jal Board. This is a system generated email."
    )
    result = read(text, "Payment successful", "billing@nagarjal.in", "Nagar Jal Board")
    assert result.is_transaction
    assert result.merchant == "Nagar Jal Board"


def test_the_users_own_source_account_is_no_counterparty() -> None:
    """ "Paid from: Kafue Building Society account ending 3390": the user's bank, not the biller."""
    text = (
        "Thank you for your payment\nCustomer account: 0122-4471\nAmount paid: ZMW 200.00\n"
        "Paid from: Kafue Building Society account ending 3390\nReceipt number: LW-77104812"
    )
    result = read(text, "Payment receipt", "billing@citywater.co.zm", "City Water")
    assert result.is_transaction
    assert result.merchant == "City Water"


def test_a_currencys_mark_is_no_one() -> None:
    """Bolivia's "Bs" after "por" in the subject is the money, not the shop."""
    text = (
        "Se registró un cargo de Bs 120.00 en Ketal con la tarjeta XXXX7740.\n"
        "Importe: Bs 120.00\nEstablecimiento: Ketal"
    )
    result = read(text, "Aviso de cargo por Bs 120.00", "avisos@bancoandes.com.bo", "Banco Andes")
    assert (result.currency, result.merchant) == ("BOB", "Ketal")


def test_a_grocers_number_is_part_of_its_name() -> None:
    assert normalise_merchant("REMA 1000 TROMSO")[0] == "Rema 1000"
    assert normalise_merchant("Rema Haddad")[0] == "Rema Haddad"


def test_a_phone_number_written_in_pairs_is_not_the_users_card() -> None:
    """West and Central Africa write a masked phone in pairs ("77 xxx 45 18"): the payee's,
    not the user's card or account."""
    text = "Vous avez envoyé 25 000 F CFA à Awa NDIAYE (77 xxx 45 18) le 16/05/2026 à 11:02."
    result = read(text, "Transfert effectué", "notif@wallet.sn", "Wallet")
    assert result.is_transaction
    assert result.account_last4 is None


@pytest.mark.parametrize(
    ("text", "last4"),
    [
        # an account in groups parted by dots or dashes, after its word
        ("Foi debitado o valor de 1.140,00 Kz na conta 0040.0000.5512, em 31/03/2026.", "5512"),
        ("Þú fékkst 185.000 kr. inn á reikning 1187-26-007731.", "7731"),
        # the user's own IBAN written in full after "your account" (Slovenian)
        ("Na vaš račun SI56 6100 0000 2290 je prispel priliv 1.684,22 €.", "2290"),
    ],
)
def test_the_users_account_in_groups_or_in_full(text: str, last4: str) -> None:
    assert read(text, "Alert").account_last4 == last4


@pytest.mark.parametrize(
    ("text", "day"),
    [
        ("Kun karɓi 200.000 CFA daga MUSA ALI a ranar 17 Afirilu 2026 da ƙarfe 15:49.", 17),
        ("Аплата картай 4255****9371: 48,37 BYN, КРАМА, 20 кастрычніка 2026 г., 19:05.", 20),
        ("Ба ҳисоби шумо ****6650 маблағи 1 190,00 сомонӣ ворид шуд. Сана: 9 апрел 2026 16:55.", 9),
    ],
)
def test_hausa_belarusian_and_tajik_months(text: str, day: int) -> None:
    result = read(text, "Alert", received=datetime(2026, 11, 1, tzinfo=UTC))
    assert result.occurred_at is not None and result.occurred_at_from_text
    assert (result.occurred_at.month, result.occurred_at.day) in {(4, day), (10, day)}


@pytest.mark.parametrize(
    ("subject", "text", "direction"),
    [
        (  # who sent it is labelled, no one it went to: money in
            "Aufladung erfolgreich",
            "Betrag: 80,00 EUR\nAuftraggeber: Bäckerei Sonne\nKonto: XX7577\nDatum: 07.10.2026",
            "credit",
        ),
        ("Riba", "Adadin kuɗi\n1,200.00 ₦\nMai aikawa\tKano Savings\nAsusu\t...1979", "credit"),
        # ... but a bank "sends" its own fee
        (
            "Service charge applied",
            "Sender: Copperbelt Savings\nAmount: ZMW 4.20\nAccount: x0697\nDate: 25/06/2026",
            "debit",
        ),
    ],
)
def test_a_payer_labelled_and_no_payee_is_money_in(subject: str, text: str, direction: str) -> None:
    result = read(text, subject, "alerts@bank.example", "Example Bank")
    assert result.is_transaction
    assert result.direction == direction


@pytest.mark.parametrize(
    "footer",
    [
        "ਆਪਣਾ OTP ਕਿਸੇ ਨਾਲ ਸਾਂਝਾ ਨਾ ਕਰੋ।",
        "Không cung cấp mã OTP cho bất kỳ ai.",
        "请勿向任何人泄露验证码。",
    ],
)
def test_a_codes_word_with_no_code_by_it_is_a_footers_warning(footer: str) -> None:
    """A warning never to share the code, in a language whose warning words the lexicon lacks:
    no code stands by the word, so no code was sent (the payment above it stands)."""
    text = f"Your card ending 8813 was charged Rs 1,200.00 at RELIANCE TRENDS.\n{footer}"
    result = read(text, "Card transaction")
    assert result.is_transaction
    assert result.amount == Decimal("1200.00")


@pytest.mark.parametrize(
    "text",
    [
        "Mã OTP của bạn là 482913 để thanh toán 1.250.000đ tại SHOPEE. Không chia sẻ mã này.",
        "Your one-time password for the payment of Rs 500.00 at AMAZON on card XX1234 is\n482913",
        "验证码：482913，您正在支付¥25.60，请勿泄露。",
    ],
)
def test_a_code_sent_by_its_word_is_still_a_code(text: str) -> None:
    assert not read(text, "OTP").is_transaction


def test_a_vietnamese_credit_cards_bill_paid_is_no_new_spending() -> None:
    text = (
        "Quý khách đã thanh toán 3,000,000 VND cho thẻ tín dụng № *6601 ngày 25/03/2026.\n"
        "Không cung cấp mã OTP cho bất kỳ ai."
    )
    result = read(text, "Thanh toán thẻ tín dụng thành công")
    assert not result.is_transaction
    assert result.rejection_reason == "card_bill_payment"
