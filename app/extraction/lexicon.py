"""Cue words in the languages banks write in: what a phrase says about money near it.

Each cue class is a list of lower-case phrases, in English, Hindi in Latin script, Spanish,
Portuguese, French, German, Dutch, Italian, Swahili, Thai, Russian, Japanese, Arabic, Indonesian
and Turkish. `scan(lower)` finds every cue in a lower-cased text in one pass and returns
(start, end, class) triples; the extractor's features are built from them, so a new language is
a list of phrases here, not new code.

Classes:
- role of an amount: PAYMENT words (what moved), FEE, BALANCE, LIMIT, DUE (minimum/total due),
  TOTAL (bill totals), MINOR (subtotal, tax, tip, shipping, discount), REWARD (points, miles),
  CASHBACK;
- direction: DEBIT, CREDIT, and the third-person shapes FROM_YOUR ("... from your account": money
  left you even when the verb is "received") and TO_YOUR;
- what kind of mail: OTP, DECLINED, FUTURE (will be debited, due on, reminder), STATEMENT, MANDATE,
  RATE (interest-rate notices), PROMO, HELP (refund policies, how-to), LOGIN, HOLD
  (pre-authorisation), CARD_BILL (a card issuer confirming a card-bill payment), DONE (successful,
  completed), ACCOUNT (account and card words);
- labels that name a counterparty: MERCHANT_LABEL ("Merchant:", "Payee", "利用先", "ร้านค้า").
"""

import re
from functools import lru_cache

from app.extraction.patterns import starts, trie, trie_by_script

PAYMENT = "payment"
FEE = "fee"
BALANCE = "balance"
LIMIT = "limit"
DUE = "due"
TOTAL = "total"
MINOR = "minor"
REWARD = "reward"
CASHBACK = "cashback"
DEBIT = "debit"
CREDIT = "credit"
FROM_YOUR = "from_your"
TO_YOUR = "to_your"
OTP = "otp"
DECLINED = "declined"
FUTURE = "future"
STATEMENT = "statement"
MANDATE = "mandate"
RATE = "rate"
PROMO = "promo"
HELP = "help"
LOGIN = "login"
HOLD = "hold"
CARD_BILL = "card_bill"
DONE = "done"
ACCOUNT = "account"
MERCHANT_LABEL = "merchant_label"
REVERSAL = "reversal"
REQUEST = "request"
CREDIT_CARD = "credit_card"
SHIPPING = "shipping"
EXAMPLE = "example"
SAFETY = "safety"
REFUND = "refund"
BALANCE_ALERT = "balance_alert"


# Full-width punctuation as the reader writes it (app.extraction.reader.read_text): a phrase
# written with "：" would never match.
FULL_WIDTH_MARKS = {"，": ",", "．": ".", "：": ":"}
_AS_READ = str.maketrans(FULL_WIDTH_MARKS)


def _phrases(block: str) -> tuple[str, ...]:
    """Phrases written " | "-separated over several lines."""
    return tuple(
        p.strip().translate(_AS_READ)
        for line in block.splitlines()
        for p in line.split(" | ")
        if p.strip()
    )


CUES: dict[str, tuple[str, ...]] = {
    PAYMENT: _phrases(
        """
        deducted | deduction
        t/fer | trf | tfr | vous a envoyé | a envoyé | envoyé | recebeste | transferiste
        vy zaplatili | вы заплатили | заплатили | платёж выполнен | платеж выполнен | cash in
        cash out | gönderdin | gönderildi | para gönderimi | برداشت | خرید | واریز | پرداخت
        مبلغ | abgebucht | platba | platba kartou | výdaj | příjem | nákup | zaúčtována | částka
        kwota | płatność | przelew | obciążenie | uznanie | zapłacono | credit ho gaya
        debit ho gaya | bheje gaye | mil gaye | amount | amt | txn amount | transaction amount
        purchase | transaction | txn | payment | spent | paid | charged | debited | credited
        withdrawn | withdrawal | sent | received | transferred | transfer | deposit | deposited
        refund | refunded | value | pos | atm | upi | neft | imps | rtgs | card used | kharch
        bheje | bheja | prapt | jama | bhugtan | rashi | raashi | importe | monto | compra
        cargo | pago | pagado | transferencia | retiro | abono | abonado | depósito | recibido
        recibiste | enviaste | valor | pagamento | débito | crédito | transferência | recebido
        recebeu | saque | compra aprovada | pix | montant | paiement | achat | débité | crédité
        virement | prélèvement | retrait | reçu | versement | betrag | zahlung | kauf | belastet
        belastung | gutgeschrieben | gutschrift | überweisung | abbuchung | lastschrift | umsatz
        kartenzahlung | abhebung | bedrag | betaling | betaald | afgeschreven | bijgeschreven
        overboeking | ontvangen | aankoop | opname | importo | addebitato | addebito
        accreditato | accredito | bonifico | acquisto | prelievo | kiasi | malipo | umelipa
        umetuma | umepokea | muamala | imetumwa | imepokelewa | umetoa | จำนวนเงิน | จำนวน
        ชำระ | โอน | ถอน | รับเงิน | เงินเข้า | เงินออก | ซื้อ | ยอดเงิน | รายการ | сумма
        списание | списано | оплата | покупка | перевод | зачисление | зачислено | поступление
        снятие | платеж | платёж | 利用金額 | ご利用金額 | ご利用 | お支払い金額 | お支払い | 支払 | 金額 | 振込 | 入金 | 出金
        引落 | 決済 | خصم | إيداع | تحويل | شراء | دفع | سحب | عملية | jumlah | nominal | pembayaran
        pembelian | debet | kredit | dana masuk | tarik tunai | transaksi | tutar | tutarında
        harcama | ödeme | alışveriş | havale | eft | çekim | yatırıldı | işlem
        """
    ),
    TOTAL: _phrases(
        """
        bill total | total bill | amount payable | net amount | net payable | to pay | total payable
        montant payé | importe pagado | valor pago | bezahlter betrag
        total | order total | grand total | total charged | total paid | amount paid
        amount charged | total amount | you paid | total fare | importe total | total a pagar
        total pagado | valor total | montant total | total ttc | gesamtbetrag | gesamtsumme
        summe | totaal | totale | jumla | jumla kuu | ยอดรวม | รวม | итого | всего | 合計 | ご請求金額
        الإجمالي | المجموع | total bayar | total pembayaran | toplam | genel toplam
        """
    ),
    FEE: _phrases(
        """
        makato | handling charge | platform fee | packaging charge | service charge
        convenience charge
        taxa | poplatek | opłata | کارمزد | комиссия за | fee | fees | charges | service charge
        commission | surcharge | tax | vat | gst | transaction cost | convenience fee
        processing fee | markup | levy | comisión | comision | iva | tarifa | iof | frais | tva
        gebühr | gebühren | entgelt | mwst | kosten | provisie | btw | commissione | costo
        spese | ada | gharama | ushuru | ค่าธรรมเนียม | комиссия | 手数料 | رسوم | عمولة | ضريبة
        biaya | biaya admin | ücret | komisyon | masraf | bsmv | kdv | excise duty
        """
    ),
    BALANCE: _phrases(
        """
        salio la akaunti | salio linalopatikana | salio lako
        saldo m-pesa | novo saldo | zůstatek | aktuální zůstatek | saldo końcowe | مانده
        موجودی | остаток по карте | доступно | balance | bal | avl bal | avl. bal
        available balance | avail bal | a/c bal | closing balance | ledger balance | new balance
        current balance | saldo | saldo disponible | saldo disponível | solde | kontostand
        остаток | баланс | bakiye | kullanılabilir bakiye | ยอดเงินคงเหลือ | คงเหลือ
        ยอดคงเหลือ | 残高 | الرصيد | رصيد | salio | sisa saldo | saldo akhir | disponible
        disponivel | verfügbar
        """
    ),
    LIMIT: _phrases(
        """
        limit | credit limit | available limit | available credit | avl limit | avl lmt | límite
        limite | limite disponível | лимит | kullanılabilir limit | kart limiti | วงเงิน | 利用可能額
        ご利用可能額 | الحد | sisa limit | kredit limiti
        """
    ),
    DUE: _phrases(
        """
        minimum due | min due | min. due | minimum amount due | min amt due | total due
        amount due | total amount due | payment due | due amount | outstanding | pago mínimo
        pagamento mínimo | valor mínimo | paiement minimum | mindestbetrag | минимальный платеж
        minimum bayar | tagihan minimum | asgari ödeme | son ödeme | ยอดชำระขั้นต่ำ | 最低
        الحد الأدنى | kiwango cha chini
        """
    ),
    MINOR: _phrases(
        """
        subtotal | sub-total | sub total | item total | items total | tip | shipping | delivery
        delivery fee | discount | savings | you saved | saved | coupon | promo | descuento
        desconto | remise | rabatt | korting | sconto | скидка | indirim | ส่วนลด | 割引 | diskon
        envío | frete | livraison | versand | verzending | spedizione
        """
    ),
    REWARD: _phrases(
        """
        points | reward points | miles | puntos | pontos | punkte | punti | баллы | бонусы
        puan | คะแนน | ポイント | نقاط | poin
        """
    ),
    CASHBACK: _phrases(
        """
        cashback | cash back | cash-back | кэшбэк | キャッシュバック | เงินคืน
        """
    ),
    REVERSAL: _phrases(
        """
        reversal | reversed | reversal of | estorno | annulation | storno | отмена | iptal
        ยกเลิก | 取消 | عكس
        """
    ),
    DEBIT: _phrases(
        """
        we have received your payment | received your payment | thank you for your payment
        your payment of | payment received towards
        deducted | has been deducted | deduction | deducted from | taken from your
        withdrawn from your
        dr. | t/fer to | tfr to | trf to | you paid | paid to | has been debited from
        debited from your | spent on | vydaj | výdaj na
        abgebucht | transferiste | gönderdin | вы заплатили | заплатили | оплатили | перевели
        برداشت | خرید | پرداخت | výdaj | platba kartou | nákup | obciążenie | zapłacono
        debit ho gaya | kat gaye | kata gaya | bheje gaye | cash out | paid for
        charged to your | has been debited | was debited | is debited | debited | debit | dr
        dr. | spent | paid | you paid | payment to | paid to | purchase | purchased | withdrawn
        withdrawal | sent | sent to | transferred to | charged | used at | used for | was used
        card used | spent at | payment of | money out | outgoing | kharch | bheje | bheja | kata
        debit hua | cargo | compra | pago | pagaste | débito | retiro | enviaste | enviado
        transferencia a | se realizó un cargo | pagamento | saque | enviada | você pagou
        pix enviado | transferência enviada | débité | paiement | achat | retrait
        virement émis | prélèvement | belastet | belastung | abbuchung | lastschrift
        zahlung an | kartenzahlung | abhebung | bezahlt | afgeschreven | betaald | betaling aan
        opname | addebitato | addebito | prelievo | pagamento a | hai pagato | umelipa | umetuma
        umetoa | imetolewa | umelipia | ชำระ | จ่าย | โอนเงินออก | ถอน | เงินออก | หักบัญชี
        ชำระเงิน | списание | списано | оплата | покупка | снятие | отправлен | перевод на | ご利用
        お支払い | 支払 | 引落 | 出金 | 送金 | تم خصم | خصم | شراء | دفع | سحب | تحويل إلى | مدين
        pembayaran | debet | transfer ke | tarik tunai | pembelian | telah dibayar | harcama
        ödeme | alışveriş | çekim | gönderildi | borç | gönderdiğiniz
        """
    ),
    CREDIT: _phrases(
        """
        heeft je | heeft betaald | staat op je rekening | t/fer from | tfr from | trf from
        you got paid | got paid | landed in your | geldi | gelmiştir | gelen eft | واردة
        حوالة واردة | riaccreditato | riaccredito | chargeback | caiu na sua | caiu na conta
        chegou | prijem | příjem na | refund of | refunded to | cashback credited | cashback of
        has been credited to | credited to your | deposited to your | paid you | sent you money
        money received
        recebeste | recebido de | vous a envoyé | a envoyé | cash in | получили | вам перевели
        поступил | зачислен | واریز | příjem | uznanie | wpływ | credit ho gaya | mil gaye
        aa gaye | has been credited | was credited | is credited | gutgeschrieben wurde
        credited | credit | cr | cr. | received | you received | deposited | deposit | refund
        refunded | cashback credited | added to | salary | received from | transfer from
        incoming | money in | paid you | sent you | credited to | jama | prapt | mile | abono
        abonado | recibido | recibiste | depósito | reembolso | devolución | ingreso
        has recibido | crédito | recebido | recebeu | você recebeu | pix recebido | estorno
        transferência recebida | crédité | crédit | virement reçu | remboursement | versement
        reçu | gutgeschrieben | gutschrift | eingang | erhalten | rückerstattung
        zahlungseingang | bijgeschreven | ontvangen | terugbetaling | storting | accreditato
        accredito | ricevuto | rimborso | hai ricevuto | umepokea | imepokelewa | umewekewa
        imewekwa | umeingiziwa | เงินเข้า | รับเงิน | โอนเงินเข้า | ได้รับ | รับโอน | зачисление
        зачислено | поступление | пополнение | получен | возврат | 入金 | 振込入金 | 返金 | 受取 | إيداع
        تم إيداع | استلام | استرداد | تحويل وارد | دائن | dana masuk | diterima | telah menerima
        pengembalian | masuk | yatırıldı | alacak | gelen | iade | hesabınıza geçti
        gelen havale
        """
    ),
    FROM_YOUR: _phrases(
        """
        from your a/c | from your account | from your acct | from your card | from a/c
        from account | from ac | from your wallet | de tu cuenta | de sua conta | da sua conta
        de votre compte | von ihrem konto | van uw rekening | dal tuo conto
        kutoka akaunti yako | จากบัญชี | с вашего счета | с карты | 口座から | من حسابك
        dari rekening | hesabınızdan
        """
    ),
    TO_YOUR: _phrases(
        """
        to your a/c | to your account | to your acct | into your account | in your account
        to your card | to your wallet | a tu cuenta | en tu cuenta | na sua conta
        para sua conta | sur votre compte | auf ihr konto | auf ihrem konto | op uw rekening
        sul tuo conto | kwenye akaunti yako | เข้าบัญชี | на ваш счет | на счет | 口座に | في حسابك
        إلى حسابك | ke rekening | hesabınıza
        """
    ),
    OTP: _phrases(
        """
        codice di sicurezza | codice otp | non comunicarlo
        ya uthibitisho | uthibitisho
        code de validation | validation code | código de validación | codice di conferma
        bestätigungs-code | confirmation code is
        otp | one time password | one-time password | verification code | security code
        is your code | code is | passcode | authentication code | código de verificación
        código de seguridad | código de verificação | code de vérification | code de sécurité
        bestätigungscode | tan-nummer | verificatiecode | codice di verifica
        nambari ya uthibitisho | msimbo | รหัส otp | รหัสยืนยัน | код подтверждения
        одноразовый код | doğrulama kodu | tek kullanımlık şifre | 認証コード | ワンタイムパスワード
        رمز التحقق | كلمة المرور لمرة واحدة | kode otp | kode verifikasi
        """
    ),
    DECLINED: _phrases(
        """
        wurde storniert | zahlung storniert | a été refusé | foi recusado | è stato rifiutato
        not authorized | not authorised | annulé | a été annulé | cancelled | canceled
        was cancelled | cancelado | cancelada | anulado | anulada | отказ | недостаточно средств
        iptal edildi
        haukufanikiwa | hakuna fedha | salio lisilotosha | できませんでした | 決済エラー | 発生しておりません
        insufficient | not completed | не прошел | не прошла | zamítnuta | odrzucona | ناموفق
        declined | was declined | failed | unsuccessful | could not be processed
        not successful | rejected | insufficient funds | rechazada | rechazado | denegada
        recusada | recusado | não aprovada | refusée | refusé | échoué | abgelehnt
        fehlgeschlagen | geweigerd | mislukt | rifiutata | non riuscito | haikufanikiwa
        imeshindikana | imekataliwa | ไม่สำเร็จ | ถูกปฏิเสธ | отклонен | отклонена | не выполнен
        reddedildi | başarısız | 拒否 | 承認されませんでした | 失敗 | مرفوضة | فشلت | رفض | ditolak | gagal
        """
    ),
    FUTURE: _phrases(
        """
        zahlungserinnerung | noch offen | bitte überweisen | bis zum | payment reminder | overdue
        past due | vencida | em atraso | en retard | überfällig
        will be refunded | will be reversed | will be returned | se reembolsará | será reembolsado
        sera remboursé | wird erstattet
        sera prélevée | seront prélevés | sera débité | sera débitée | se cargará | será cargado
        wird abgebucht | wordt afgeschreven | verrà addebitata
        will renew | you'll be charged | you will be charged | will be sent | is being processed
        being reviewed | request received | vorabankündigung | pre-notification | wir ziehen
        will be transferred | will arrive | scheduled for | could have | would have | will change
        will be revised | passará de | será revista | sera modifié | wird geändert
        prossimo addebito | próximo débito | próximo cobro
        coming up | is due | お支払日 | will be deducted | will automatically deduct
        automatically deduct | bude stržena | zostanie pobrana | will be debited
        will be charged | will be credited | will be paid | due on | due date | upcoming
        reminder | scheduled | will be processed | auto-debit on | autopay | is scheduled
        payment reminder | emi due | bill due | pay by | please pay | recordatorio | vence
        vencimiento | se cargará | lembrete | vencimento | será debitado | rappel | sera prélevé
        échéance | erinnerung | wird abgebucht | fällig | herinnering | wordt afgeschreven
        promemoria | scadenza | verrà addebitato | ukumbusho | itakatwa |  ครบกำหนด
        напоминание | будет списан | hatırlatma | son ödeme tarihi | お支払予定 | 引落予定 | تذكير
        سيتم خصم | pengingat | jatuh tempo | akan didebet
        """
    ),
    STATEMENT: _phrases(
        """
        spending summary | monthly summary | your summary | weekly summary | resumen de gastos
        resumo | récapitulatif | zusammenfassung | overzicht | riepilogo | сводка | özet
        extracto | já está disponível | ご請求額確定 | ご請求金額 | 請求額 | výpis | wyciąg | صورتحساب
        statement | e-statement | estatement | statement is ready | estado de cuenta | extrato
        fatura | relevé | kontoauszug | afschrift | estratto conto | taarifa ya akaunti
        ใบแจ้งยอด | выписка | hesap özeti | ekstre | 明細 | كشف حساب | tagihan
        """
    ),
    MANDATE: _phrases(
        """
        standing order | standing order instruction | instruction received | has been registered
        set up successfully
        direct debit has been set up | new direct debit | direct debit set up | first collection
         | lastschriftmandat | machtiging | e-mandate
        received for processing | standing instruction | si registered | registered successfully
        autopay set up | autopay registration | domiciliación | débito automático
        prélèvement automatique | dauerauftrag | incasso | addebito diretto | автоплатеж
        otomatik ödeme talimatı | 自動引落 | أمر دفع | autodebet
        """
    ),
    RATE: _phrases(
        """
        taxa de juro | juros | tasso | zins | интерес
        interest rate | rate of interest | tipo de interés | tasa de interés | taxa de juros
        taux d'intérêt | zinssatz | rentevoet | rentetarief | nieuwe rente | tasso di interesse
        riba | อัตราดอกเบี้ย
        процентная ставка | ставка | faiz oranı | 金利 | سعر الفائدة | suku bunga | p.a.
        """
    ),
    PROMO: _phrases(
        """
        earn up | you could | could save | saved on | cashback offer | get cashback
        off your first | with code | use code | shop now | buy now | ยกเลิกการรับข่าวสาร
        ถึงสิ้นเดือน | เท่านั้น | تسوق الآن | بدون فوائد | acquista ora | compra ya | compre já
        jetzt kaufen | koop nu | achetez | kupuj teraz | nakupte | offer | pre-approved
        preapproved | eligible | up to | apply now | limited time | exclusive | win
        earn up to | loan offer | get up to | oferta | promoção | offre | angebot | aanbieding
        offerta | ofa | ข้อเสนอ | предложение | kampanya | キャンペーン | عرض | promo | unsubscribe
        """
    ),
    HELP: _phrases(
        """
        ответ на ваш вопрос | как вернуть | for example | e.g. | например | por ejemplo
        par exemple | zum beispiel | bijvoorbeeld | ad esempio | mfano | เช่น | 例えば | مثلا
        misalnya | örneğin | how to | faq | frequently asked | refund policy
        refunds are processed | if you have | learn more | in case of | help centre
        help center | you can request | request a refund | cómo | como solicitar | comment
        wie sie | hoe u | come richiedere
        """
    ),
    LOGIN: _phrases(
        """
        login | logged in | log in | sign-in | signed in | new device | new login
        inicio de sesión | acceso | nouvelle connexion | connexion | anmeldung | inloggen
        accesso | umeingia | เข้าสู่ระบบ | вход | giriş | ログイン | تسجيل الدخول | login baru
        """
    ),
    HOLD: _phrases(
        """
        zablokována | blokace | rezervace | nejedná se o zaúčtovanou | zablokowana | blokada
        bloqueado | bloqueio | gesperrt | vorgemerkt
        reserved | reserved for | reservation | reserviert | réservé | reservado
        pre-authorization | pre-authorisation | preauthorization | authorization hold
        temporary hold | on hold | hold of | blocked amount | pre-autorización | pré-autorização
        préautorisation | vorautorisierung | blocco | блокировка | provizyon | 仮売上 | حجز
        """
    ),
    CARD_BILL: _phrases(
        """
        received by the card issuer | card bill paid | payment towards your card has been received
        received your payment | payment received towards | payment towards your credit card
        payment for your credit card | credit card payment received | thank you for your payment
        payment has been received | we have received your payment
        payment received for your card | card bill payment | hemos recibido tu pago
        recebemos seu pagamento | nous avons reçu votre paiement | zahlung ist eingegangen
        kredi kartı ödemeniz | ได้รับชำระ | платеж по карте получен | お支払いを確認
        """
    ),
    DONE: _phrases(
        """
        processed a refund | has issued a refund | refund has been processed | refund processed
        issued a refund
        confirmado | confirmada | gerçekleşti | выполнен | выполнена | zaúčtována | proběhla
        zrealizowana | انجام شد | موفق | successful | successfully | completed | confirmed
        processed | approved | posted | booked | exitosa | exitoso | aprobada | realizada
        realizado | concluída | effectué | ausgeführt | erfolgreich | geslaagd | completato
        imefanikiwa | สำเร็จ | успешно | başarılı | 完了 | تمت | berhasil
        """
    ),
    ACCOUNT: _phrases(
        """
        a/c | account | acct | card | credit card | debit card | ending | ending in | cuenta
        tarjeta | conta | cartão | compte | carte | konto | karte | rekening | kaart | conto
        carta | akaunti | kadi | บัญชี | บัตร | счет | счёт | карта | карты | hesap | kart | 口座
        カード | حساب | بطاقة | kartu | 末尾
        """
    ),
    REQUEST: _phrases(
        """
        payment link | by clicking | pay now | click to pay | paga ahora | pague agora
        payer maintenant | jetzt bezahlen | nu betalen
        payment request | requests | requested | is requesting | vous demande
        demande de paiement | solicitud de pago | te solicita | pedido de pagamento | solicitou
        zahlungsanforderung | fordert | betaalverzoek | richiesta di pagamento | ti chiede
        ombi la malipo | запрос на оплату | ödeme isteği | 支払いリクエスト | طلب دفع
        permintaan pembayaran | accept or decline | accepter
        """
    ),
    CREDIT_CARD: _phrases(
        """
        credit card | card account | tarjeta de crédito | cartão de crédito | carte de crédit
        kreditkarte | creditcard | carta di credito | kadi ya mkopo | บัตรเครดิต
        кредитной карт | кредитная карта | kredi kartı | クレジットカード | بطاقة الائتمان
        kartu kredit | kreditní karta | karta kredytowa
        """
    ),
    SAFETY: _phrases(
        """
        never share your otp | do not share your otp | don't share your otp | never share your
        do not share your | don't share your | otp, pin or cvv | otp, pin, cvv | never share otp
        no compartas tu | nunca compartas | não compartilhe | ne communiquez jamais | niemals weiter
        deel nooit | non condividere mai | usishiriki | อย่าเปิดเผย | никому не сообщайте
        kimseyle paylaşmayın | 他人に教えない | لا تشارك | jangan berikan
        """
    ),
    REFUND: _phrases(
        """
        refund | refunded | refund of | reembolso | reembolsado | remboursement | remboursé
        rückerstattung | erstattet | estorno | terugbetaling | rimborso | rimborsato | marejesho
        คืนเงิน | возврат | iade | 返金 | استرداد | pengembalian dana
        """
    ),
    EXAMPLE: _phrases(
        """
        for example | e.g. | for instance | por ejemplo | por exemplo | par exemple
        zum beispiel | bijvoorbeeld | ad esempio | per esempio | kwa mfano | เช่น | например
        örneğin | 例えば | たとえば | مثلا | على سبيل المثال | misalnya | contoh
        """
    ),
    BALANCE_ALERT: _phrases(
        """
        low balance | is below | falls below | fallen below | minimum balance | balance alert
        saldo bajo | saldo baixo | solde bas | niedriger kontostand | laag saldo | saldo basso
        salio la chini | ยอดเงินต่ำ | низкий баланс | düşük bakiye | 残高不足 | رصيد منخفض
        saldo rendah
        """
    ),
    SHIPPING: _phrases(
        """
        dispatched | has shipped | has been shipped | on its way | out for delivery
        has been delivered | track your | tracking number | en camino | a caminho
        expédié | en route | versandt | unterwegs | verzonden | spedito | в пути | отправлен
        kargoya verildi | 発送 | تم الشحن | dikirim
        """
    ),
    MERCHANT_LABEL: _phrases(
        """
        merchant | merchant name | payee | beneficiary | paid to | at | to | vpa | description
        info | store | shop | comercio | establecimiento | estabelecimento | lojista
        commerçant | bénéficiaire | händler | empfänger | begünstigter | winkel | begunstigde
        ontvanger | esercente | beneficiario | mfanyabiashara | kwa | ร้านค้า | ผู้รับ
        получатель | магазин | alıcı | işyeri | üye işyeri | 利用先 | ご利用先 | 加盟店 | 店舗名 | التاجر
        المستفيد | penerima | merchant:
        """
    ),
}

# More languages, by the same classes: Czech, Slovak, Polish, Slovene, Croatian, Serbian (both
# scripts), Bulgarian, Romanian, Hungarian, the Baltic and Nordic languages, Greek, Ukrainian,
# Georgian, Armenian, Azerbaijani, Kazakh, Mongolian, Nepali, Burmese, Khmer, Chinese, Korean,
# Tagalog, Hebrew, Vietnamese, Uzbek, Kyrgyz, Tajik, Lao, Kurdish (Sorani), Albanian, Macedonian,
# Haitian Creole, Catalan and Faroese. Kept apart so the core lists above stay readable.
_MORE_LANGUAGES: dict[str, str] = {
    PAYMENT: """
        castka | částka | suma | znesek | iznos | износ | сума | összeg | upphæð | fjárhæð
        summa | ποσό | თანხა | գումար | məbləğ | сома | дүн | रकम | ပမာဏ | ចំនួនទឹកប្រាក់
        金额 | 交易金額 | 交易金额 | 금액 | halaga | סכום | số tiền | valoare | sumă | kwota
        so tien | giao dịch | giao dich | biến động số dư | bien dong so du | chuyển khoản
        chuyen khoan | thanh toan
        """,
    DEBIT: """
        odchozí platba | odchozi platba | odchozí úhrada | výběr z bankomatu | odepsáno
        odpísané | platba kartou | płatność kartą | transakcja kartą | wypłata | plačilo
        plačilo s kartico | nakup | dvig gotovine | bremenitev | odliv | kupnja | plaćanje
        placanje | isplata | terećenje | terecenje | odljev | плаћање | плаћање картицом
        куповина | исплата | одлив | задужење | kupovina | zaduženje | плащане | теглене
        изходящ превод | дебитиране | plată | plată cu cardul | plata cu cardul
        cumpărare | cumparare | retragere | debitare | transfer trimis | vásárlás | terhelés
        készpénzfelvétel | maksājums | pirkums | izmaksa | norakstīts | izejošais maksājums
        mokėjimas | mokėjimas kortele | pirkimas | nurašyta | kaardimakse | väljamakse
        úttekt | kortafærsla | greiðsla | korttiosto | veloitus | kortköp | uttag | kjøp
        uttak | køb | hævning | χρέωση | αγορά | ανάληψη | πληρωμή | списання | зняття
        გადახდა | შესყიდვა | ჩამოჭრა | განაღდება | վճարում | գնում | ելք | կանխիկացում
        ödəniş | alış | məxaric | nağdlaşdırma | төлем | картамен төлем | сатып алу
        есептен шығару | зарлага | төлбөр | худалдан авалт | डेबिट | भुक्तानी | खर्च | निकासी
        ငွေပေးချေ | ငွေထုတ် | ဝယ်ယူ | ငွေလွှဲပို့ | ការទូទាត់ | ទូទាត់ | ដកប្រាក់ | ផ្ទេរចេញ
        消費 | 消费 | 刷卡 | 扣款 | 支出 | 轉出 | 转出 | 提款 | 付款 | 支付 | 출금 | 결제 | 승인
        binayaran | ipinadala | bumili | חיוב | משיכה | רכישה | ghi nợ | thanh toán | rút tiền
        to'lov | to‘lov | xarid | yechib olindi | hisobdan yechildi | төлөм | сатып алуу
        пардохт | харид | ຊຳລະ | ຈ່າຍ | ຖອນ | پارەدان | پارەی نێردراو | نێردراو | pagesë
        pagesa | blerje | tërheqje | debitim | плаќање | купување | ou peye | peye | pagament
        càrrec | útgjald | keyp | du har betalt | betalt | betaling til | vous avez payé | payé
        payée
        """,
    CREDIT: """
        příchozí platba | prichozi platba | příchozí úhrada | připsáno | pripsano | pripísané
        príjem | wpływ | przelew przychodzący | priliv | dobropis | prejeto | priljev
        odobrenje | прилив | одобрење | уплата на рачун | постъпление | входящ превод
        получен превод | заверяване | încasare | incasare | alimentare cont | creditare
        transfer primit | ați primit | ati primit | jóváírás | bejövő utalás | ienākošais
        ienākošais maksājums | ieskaitīts | saņemts | gauta | įskaityta | laekumine
        sissetulek | innborgun | innlögn | hyvitys | insättning | inbetalning | innskudd
        indbetaling | innbetaling | πίστωση | κατάθεση | зарахування | надходження
        поповнення | ჩარიცხვა | ჩაირიცხა | შემოსავალი | մուտք | մուտքագրում | ստացված
        mədaxil | daxil olub | түсім | шотқа түсім | есепке алу | орлого | хүлээн авсан
        क्रेडिट | जम्मा | प्राप्त | ငွေလက်ခံ | ငွေဝင် | လက်ခံရရှိ | ទទួលបាន | ប្រាក់ចូល
        ផ្ទេរចូល | 入帳 | 入账 | 轉入 | 转入 | 存入 | 收入 | 收款 | 입금 | natanggap
        tinanggap | זיכוי | הפקדה | ghi có | nhận tiền
        ienākošs | ienākošs maksājums | ienākošais maksājums | ienākošā | příchozí | prichozi
        prichádzajúca platba | przychodzący | przychodząca płatność | dohodno plačilo
        prejeto plačilo | dolazno plaćanje | dolazna uplata | входящо плащане | bejövő fizetés
        gaunamas mokėjimas | sissetulev makse | incoming payment | εισερχόμενη πληρωμή
        вхідний платіж | შემომავალი გადახდა | մուտքային վճարում | daxil olan ödəniş
        кіріс төлем | nakatanggap | nakatanggap ka
        qabul qilindi | tushum | hisobga tushdi | кирди | түшүү | ворид | қабул шуд
        ຮັບເງິນ | ເງິນເຂົ້າ | ໂອນເຂົ້າ | وەرگیراو | پارەی وەرگیراو | kreditim | arkëtim
        transfertë e marrë | прилив на сметка | ou resevwa | resevwa | abonament | ingrés
        transferència rebuda | innsetan | inngjald | du har modtaget | modtaget | modtog
        du har mottatt | mottatt | vous avez reçu
        """,
    BALANCE: """
        zustatek | stav účtu | stanje | стање | расположиво стање | stanje računa | наличност
        разполагаема наличност | sold disponibil | atlikums | likutis | jääk | egyenleg
        staða | υπόλοιπο | залишок | ნაშთი | მიმდინარე ნაშთი | մնացորդ | qalıq | қалдық
        қолжетімді қалдық | үлдэгдэл | मौज्दात | ब्यालेन्स | လက်ကျန် | សមតុល្យ | 餘額 | 余额
        可用餘額 | 잔액 | יתרה | số dư | zostatok | stanje na računu | saldo disponibil
        balans | qoldiq | калдык | бақия | ຍອດເງິນຄົງເຫຼືອ | ຍອດເຫຼືອ | باڵانس | gjendja | bilanci
        состојба | so du | sd
        """,
    MERCHANT_LABEL: """
        místo | misto | obchodník | obchodnik | prodajno mjesto | trgovac | продајно место
        трговац | уплатилац | търговец | comerciant | tirgotājs | prekybininkas | söluaðili
        ობიექტი | վաճառող | сауда нүктесі | жіберуші | худалдаачин | व्यापारी | 商店 | 商戶
        特約商店 | 가맹점 | κατάστημα | בית עסק | příjemce | prijemnik | прималац | получател
        beneficiar | saņēmējs | gavėjas | viðtakandi | მიმღები | ստացող | алушы | хүлээн авагч
        प्राप्तकर्ता | 收款人 | 付款人 | 匯款人 | 받는분 | αποστολέας | δικαιούχος | שולח
        người nhận | người gửi | plátce | platitelj | platec | platitor | maksātājs | mokėtojas
        greiðandi | გამგზავნი | ուղարկող | göndərən | илгээгч | पठाउने | ပေးပို့သူ | អ្នកផ្ញើ
        jo'natuvchi | jo‘natuvchi | qabul qiluvchi | жөнөтүүчү | алуучу | فرستەر | dërguesi
        marrësi | испраќач | примач
        """,
}
for _class, _block in _MORE_LANGUAGES.items():
    CUES[_class] += _phrases(_block)

# Mail that is not a payment, in the wording banks use for codes, refusals, holds, mandates, fee
# notices, requests and worked examples, across the core languages (kept apart for the same
# reason as above).
_MORE_NOT_PAYMENTS: dict[str, str] = {
    OTP: """
        mobiletan | mobile tan | pushtan | push-tan | smstan | sms-tan | ihre tan | die tan
        clave dinámica | clave dinamica | clave de confirmación | código de confirmación
        codigo de confirmacion | código de autenticación | código de autenticação
        código de confirmação | código para confirmar | o código para | el código para
        su código | seu código | code de confirmation | code pour confirmer | votre code
        bevestigingscode | uw code | kod potwierdzający | kod autoryzacyjny | kod sms
        potvrzovací kód | autorizační kód | onay kodu | şifreniz | 確認コード | 認証番号
        ワンタイム | รหัสผ่านครั้งเดียว | код для | код: | kode konfirmasi | kode rahasia
        رمز التأكيد | رمز التفعيل | nambari ya siri | no lo comparta | no la comparta
        no compartas | não partilhe | não compartilhe | ne le communiquez | ne la communiquez
        geben sie diese tan | nicht weitergeben | deel deze code | non condividerlo
        non comunicare | kimseyle paylaşmayınız | jangan bagikan | never share this
        do not share this code | do not share it
        κωδικός μίας χρήσης | κωδικός επιβεβαίωσης | κωδικός ασφαλείας | μην τον αποκαλύψετε
        μην τον κοινοποιήσετε | одноразовий код | код підтвердження | никому не сообщайте
        нікому не повідомляйте | kod jednorazowy | jednorázový kód | engangskode | engångskod
        kertakäyttöinen | vahvistuskoodi | egyszer használatos | ellenőrző kód | cod unic
        cod de verificare | cod de confirmare | jednokratni kod | eenmalige code | 验证码 | 驗證碼
        動態密碼 | 动态密码 | 인증번호 | 승인번호 요청 | mã otp | mã xác thực | mã xác nhận
        """,
    DECLINED: """
        decline ho gaya | decline hua | decline ho gayi | fail ho gaya | fail hua | fail ho gayi
        reject ho gaya | paisa nahi kata | nahi kata | nahi hua | negada | negado | negativa
        não foi concluída | não foi concluído | não concluída | não foi debitado | não foi efetuada
        no se completó | no fue procesada | no fue procesado | no se debitó | no se realizó
        no pudo | n'a pas abouti | n'a pas été effectué | nicht ausgeführt | nicht durchgeführt
        konnte nicht | niet uitgevoerd | niet gelukt | non è andato a buon fine | non eseguito
        non autorizzata | haijakamilika | imefeli | не проведен | не проведена | не удалось
        gerçekleştirilemedi | yapılamadı | onaylanmadı | 決済できません | 完了しませんでした
        لم تتم | لم يتم | tidak berhasil | dibatalkan | this is not a charge | no money was taken
        not been charged | were not charged | not charged | no se ha cobrado | não foi cobrado
        n'a pas pu aboutir | n'a pas pu être | échec de | aucun montant | n'a pas été débité
        non è stato addebitato | não foi possível | no fue posible | no ha sido posible
        nie powiodła się | nieudana | neúspěšná | nebyla provedena | avvisad | avvist | afvist
        hylätty | elutasítva | sikertelen | respinsă | eșuată | απορρίφθηκε | απέτυχε
        відхилено | не виконано | bị từ chối | không thành công | thất bại | 交易失败 | 交易失敗
        已拒绝 | 거절 | 승인 거절 | 실패 | tidak dapat diproses | hindi natuloy | tinanggihan
        승인거절 | 거절됨 | 잔액부족 | 한도초과 | 결제실패
        """,
    HOLD: """
        preautorizzazione | preautorización | preautorizacion | pre-autorizzazione
        pré-autorisation | pre-autorisatie | vormerkung | reservering | has been blocked
        been blocked on | blocked on your card | was blocked | retenido | retenida | retención
        retenue | empreinte bancaire | importo definitivo | importe definitivo | montant définitif
        endgültige betrag | valor final | montante final | sarà addebitato al termine
        как холд | заблокирована сумма | заблокировано | bloke | 仮押さえ | 与信
        محجوز | تم حجز | ditahan | diblokir
        """,
    MANDATE: """
        autorização de débito direto | autorização de débito | montante máximo | importe máximo
        monto máximo | montant maximum | höchstbetrag | maximumbedrag | importo massimo
        mandat de prélèvement | mandat sepa | sepa-mandat | sepa mandate | mandato sepa
        domiciliação | adesão ao débito | alta de domiciliación | mandaat | machtiging afgegeven
        e-mandate registered | mandate registered | mandate created | emandate | nach mandate
        talimatınız alınmıştır | talimat | 口座振替の登録 | 口座振替登録 | تفويض
        """,
    RATE: """
        tna | tea | cft | nuevas tasas | nueva tasa | tasa nominal | nuevas condiciones
        cambio en las condiciones | cambio de condiciones | novas condições | nouvelles conditions
        neue konditionen | nieuwe voorwaarden | nuove condizioni | revised charges
        revision of charges | revised fee | schedule of charges | fee schedule | tariff
        effective next month | with effect from | w.e.f | from next month | a partir del próximo
        desde el próximo | a partir do próximo | à partir du mois prochain | ab nächstem monat
        vanaf volgende maand | dal prossimo mese | pasará a | passerà a | passera à
        whichever is higher | whichever is lower | изменение тарифов | тариф | ücret değişikliği
        料金改定 | 手数料改定 | تعديل الرسوم | perubahan biaya
        """,
    FUTURE: """
        予定金額 | 振替予定 | 引落予定日 | 予定日 | sarà addebitato | sarà addebitata
        será debitada | wird belastet | wordt gedebiteerd
        se debitará | se cobrará | será cobrado | will be collected | will be taken
        baadaye | จะถูกหัก | будет списано | будут списаны | tahsil edilecek
        سيتم | akan dipotong
        vorankündigung | vooraankondiging | einziehen wird | wird eingezogen | werden eingezogen
        einziehen
        cambiará | será de | sera de | preaviso | préavis | aviso previo | aviso prévio
        wordt geïncasseerd | zal worden | verrà prelevato | będzie pobrana
        veloitetaan | θα χρεωθεί | θα χρεωθούν | буде списано
        sẽ bị trừ | sẽ được trừ | 将扣款 | 將扣款 | 출금예정 | akan ditolak
        """,
    REQUEST: """
        prosi cię o | prosi o | prośba o | zaakceptuj lub odrzuć | te pide | le pide
        te ha solicitado | solicita | pede | pediu | te pediu | vous demande de | bittet dich
        bittet sie | vraagt je | vraagt u | ti ha chiesto | anakuomba | ขอเงิน | просит
        запрашивает | sizden istiyor | talep etti | 請求が届きました | يطلب منك | meminta
        requested money | is asking you | asked you to pay | wants you to pay
        """,
    EXAMPLE: """
        example: | ejemplo: | exemple : | exemple: | beispiel: | voorbeeld: | esempio:
        exemplo: | mfano: | ตัวอย่าง | пример: | örnek: | 例: | مثال | contoh: | 示例 | 举例
        범례 | 예시 | 예를 들어 | приклад: | példa: | příklad: | przykład: | exempel: | eksempel:
        esimerkki: | παράδειγμα: | דוגמה: | misal: | ví dụ:
        """,
    PROMO: """
        立即申请 | 立即办理 | 立即参与 | 优惠活动 | 限时优惠 | 立即申請 | 優惠活動 | 이벤트 | 혜택
        참여하세요 | 응모 | 신청하세요 | エントリー | お申し込みはこちら
        """,
}
for _class, _block in _MORE_NOT_PAYMENTS.items():
    CUES[_class] += _phrases(_block)

# Payment words and the other classes in further spellings and languages: Polish and Czech
# written without diacritics (SMS style), Indonesian, Swahili, Japanese billing words, Arabic
# codes, and the wording of card-bill payments, price drops and worked examples.
_MORE_WORDING: dict[str, str] = {
    PAYMENT: """
        taliad | trosglwyddiad | pagesë | transfertë | plaćanje | ħlas | bezuelung | iwwerweisung
        төлөм | которуу | geçirim | biya | tefo | kaffaltii | भुक्तानी | totogi | sauma | ໂອນເງິນ
        העברה
        भुगतान | लेनदेन
        færsla | greiðsla | millifærsla | লেনদেন
        гүйлгээ | رقم | tranzaksiya | o'tkazildi | oʻtkazildi | ödəniş edildi | ödəniş | əməliyyat
        platnosc | platnosc karta | na kwote | kwote | zapłaciłeś | zapłaciłaś | zaplaciles
        yapeaste | te yapeó | te yapeo | plineaste | nequi | transakcja | transakcji
        ödemeniz | ödemesi | ödendi | tutarındaki | gd:
        gönderilmiştir
        تم سداد | سداد | تم الدفع | سداد الفاتورة | har använts | har blitt brukt | er blevet brugt
        umsatzbenachrichtigung | gebucht | wurde gebucht | 송금 | 결제 | 이체
        """,
    DEBIT: """
        спісанне | спісана | аплата | пакупка | зняцце наяўных | wedi'i dalu allan | codi arian
        ġbid | xiri | retirada | kaf | чегерилди
        satyn alyş | an cire | mwatumiza | o rometse | otindi | mwarungitse | ergite
        ຈ່າຍເງິນ
        ordainketa | erosketa | txartelarekin ordaindu
        χρεώθηκε
        מחשבונך | העברה מחשבונך | בוצעה העברה
        تم أداء | töleg | tölendi
        wij hebben uw betaling ontvangen | we hebben je betaling ontvangen
        uw betaling is ontvangen | nous avons bien reçu votre paiement
        nous avons reçu votre paiement | abbiamo ricevuto il tuo pagamento
        abbiamo ricevuto il suo pagamento | recebemos o seu pagamento | recebemos seu pagamento
        wir haben ihre zahlung erhalten | we've received your payment | fatura ödemeniz alınmıştır
        fatura ödemeniz
        telah digunakan | digunakan untuk | 簽賬 | 签账
        भुगतान किया | भुगतान हुआ | डेबिट किया
        খরচ হয়েছে | খরচ | greitt | keypt
        consumo | consumo por | consumo de | consumo aprobado | compra aprobada | зарлагадлаа
        зарлагын гүйлгээ | نکالی گئی | نکالی | کٹ گئی | yechildi
        to'landi | toʻlandi
        dt ord | debit order | obciazenie | przelew wychodzacy | wyplata
        zaplaceno | dikurangi | didebet | membayar
        kamu membayar | anda membayar
        பற்று வைக்கப்பட்டது | பற்று | டெபிட் | नामे | কাটা হয়েছে | ডেবিট
        ڈیبٹ | نکالے | کٹوتی | ডেবিট হয়েছে | డెబిట్ | ಡೆಬಿಟ್ | ഡെബിറ്റ് | ડેબિટ | හර
        nandefa | nandoa | nisintona | y'ohereje | wohereje | wishyuye | yishyuwe | wakuye
        ayaad u dirtay | ayaad bixisay | waxaad dirtay | waxaad bixisay | uthumele | ukhokhele
        u dirtay | u dirtey | bixisay
        ubhatale | nagpadala ka | nagbayad ka | binayaran mo | afschrijving
        ost
        mua hàng | 구매 | קנייה | pagbili | купівля
        satın alma | ხარჯი | покупка товаров
        silinmə | znížený | znizeny | snížen | ઉધાર | ਡੈਬਿਟ
        du betalte | betalte | köp | du betalade | ett köp
        보냈어요 | 보냈습니다 | 결제했어요 | 결제되었습니다
        reçu de paiement | votre reçu | ricevuta di pagamento | ricevuta del pagamento
        uw betaling ontvangen | hebben uw betaling ontvangen | 支付成功 | 付款成功
        """,
    CREDIT: """
        зачысленне | залічана | wedi'i dalu i mewn | talu i mewn | uplata | depożitu
        gutschrëft | түштү | hasaba geçdi | mwalandira | o amohetse | ozwi | mwakiriye
        argatteetta | ua maua | kuo ma'u | ciqoma
        diru-sarrera | sarrera
        πιστώθηκε | itzulketa jaso duzu | jaso duzu | povraćaj sredstava
        povrat sredstava
        לחשבונך | הועברו לחשבונך
        給与 | 給与振込 | 賞与 | 振込がありました | 入金がありました | 工资 | 收到 | 到账 | 已到账 | 薪资 | 薪水
        जमा किया | जमा हुआ | क्रेडिट किया
        lagt inn | জমা হয়েছে
        орлогодлоо | орлогын гүйлгээ | جمع ہو گئی | جمع کر دی گئی | موصول ہوئی | tushdi
        kelib tushdi
        menerima | kamu menerima | anda menerima | uang masuk | recibida | recebida
        transferencia recibida | reçue
        eingegangen | contestazione accolta
        przelew przychodzacy | wplyw | plátce | platce | te yapearon
        te envió | te envio | du har fått | har fått | mottagen
        mottaget | swish mottagen | olet saanut | saapunut
        வரவு வைக்கப்பட்டது | வரவு | கிரெடிட் | जमा | জমা | ক্রেডিট | جمع
        کریڈٹ | موصول | క్రెడిట్ | ಕ್ರೆಡಿಟ್ | ക്രെഡിറ്റ് | ક્રેડિટ | බැර
        nahazo | voaray | wakiriye | yakiriwe | winjije | ayaad ka heshay | waxaad heshay
        waxaa laguu soo diray | uthole | wamukele | natanggap mo | bijschrijving
        ka heshay | ka helay
        受け取りました | を受け取 | 入金されました | 받았습니다 | 입금됐어요
        yatırılmıştır | hesabınıza yatırılmıştır
        tagastus | tagasimakse | қайтару | сатып алуды қайтару | повернення | zwrot | vrácení
        vratka | vrátenie | povračilo | povrat | atmaksa | grąžinimas | visszatérítés | rambursare
        възстановяване | връщане | geri ödeme | hoàn tiền | 退款 | 退貨 | 退货 | 환불
        مسترد | החזר | pengembalian dana | refusión | återbetalning | tilbakebetaling | palautus
        endurgreiðsla | ბრუნდება | დაბრუნება | վերադարձ | geri qaytarma | qaytarish
        аударым түсті | түсті | поврат на средства | поврат | рефундирање
        daxilolma | zvýšený | zvyseny | zvýšený o | navýšen | જમા | ਜਮ੍ਹਾ
        du mottok | mottok | du fikk | du modtog | du fick
        받았어요 | 입금되었습니다
        """,
    BALANCE: """
        даступна | рэшта | bilanċ | galyndy | ma'auni | haftee
        ຍອດເງິນ
        بقایا
        dostepne srodki | dostępne środki
        disponibilità residua | disponibilità | saldo residuo | residuo disponibile | бал.
        залишок коштів | доступний залишок
        கிடைக்கும் இருப்பு | இருப்பு | शेष | उपलब्ध शेष | ব্যালেন্স | ব্যালান্স | بیلنس
        ශේෂය | బ్యాలెన్స్ | ಬಾಕಿ | ബാലൻസ് | બેલેન્સ
        ambim-bola | asigaye kuri konti | asigaye | haraagaagu | haraaga | ragowar
        ibhalansi | natitirang balanse
        બાકી | ਬਕਾਇਆ
        누적 | 누적금액 | 累計 | 累计 | cumulative
        """,
    CARD_BILL: """
        we've received your payment | nous avons bien reçu votre paiement
        abbiamo ricevuto il tuo pagamento | abbiamo ricevuto il suo pagamento
        recebemos o seu pagamento | wir haben ihre zahlung erhalten
        تم استلام دفعة | استلام دفعة | kredi kartınıza | kartınıza ödeme
        received towards your | your credit card payment | credit card payment of
        recibimos tu pago | recibimos su pago | pago recibido | pagamento recebido
        paiement reçu | zahlung erhalten | betaling ontvangen | pagamento ricevuto
        credit card bill | card bill | payment received on your credit card
        payment received on your card | received a payment towards
        repayment received | your repayment | repayment of
        """,
    # Brands that hold a class's word: "OTP Bank" sends card alerts, not codes.
    SAFETY: """
        otp bank | otpbank | otp banka | otp banca
        """,
    TOTAL: """
        yhteensä | i alt | totalt | totalsumma | összesen | celkem | razem | ukupno
        betaald met | betalt
        """,
    CREDIT_CARD: """
        kredi kartınıza | kredi kartınız | kredi kartınızın | بطاقتك الائتمانية
        البطاقة الائتمانية | لبطاقتك الائتمانية
        your credit card payment | credit card payment of | a tu tarjeta | a su tarjeta
        à votre carte | na sua fatura | towards your card
        credit card bill
        outstanding balance | outstanding is now | outstanding amount
        """,
    FUTURE: """
        یاددہانی | آخری تاریخ | kumbusho | linatarajiwa | inatarajiwa | 결제예정 | 결제 예정 | 결제예정금액
        החיוב הקרוב | מועד החיוב | กำหนดชำระ
        口座振替いたします | 振替いたします | 引き落とし予定 | お引き落としいたします | nhắc nợ | hạn thanh toán
        thanh toán tối thiểu
        予定額 | お引き落とし日 | 引落日 | 次回のお支払い
        нагадування | нагадуємо | потрібно сплатити | необхідно сплатити | напоминаем
        необходимо оплатить | нужно оплатить | binnenkort | wordt binnenkort afgeschreven
        schrijven we | ankündigung | ankündigung der abbuchung
        """,
    OTP: """
        jednokratna lozinka | jednokratnu lozinku | tac anda | jangan kongsi
        رمز پویا | رمز دوم پویا | کد تایید | کد تأیید
        كود التفعيل | كود التحقق | رمز الدخول
        your tac is | tac is | tac for | do not share your tac
        """,
    PROMO: """
        ưu đãi | áp dụng đến
        ราคาลดลง | ลดราคา | price drop | price dropped | now only | baja de precio
        preço baixou | prix en baisse | preis gesenkt | prijsdaling | fiyat düştü | 値下げ
        انخفض السعر | turun harga | wishlist
        te regalamos | de regalo | te devolvemos hasta | condiciones en | promoción | sorteo
        conditions tarifaires | évolution de nos conditions
        """,
    EXAMPLE: """
        ör.
        z. b. | z.b. | bspw. | p. ex. | p.ej. | jaise, | jaise ki | maan lijiye | misal
        例如 | 比如 | say rs | say ₹
        """,
    MINOR: """
        subtotaal | sous-total | zwischensumme | subtotale | ara toplam | 小計 | 小计 | 소계
        промежуточный итог | tổng phụ | ยอดรวมย่อย | المجموع الفرعي
        """,
    FEE: """
        sarany | amafaranga y'ishyurwa | ikiguzi | khidmad | lacagta adeegga | imali yesevisi
        bayad sa serbisyo
        """,
    REFUND: """
        επιστροφή χρημάτων | itzulketa | povraćaj sredstava | povrat sredstava
        tagastus | tagasimakse | қайтару | сатып алуды қайтару | повернення | zwrot | vrácení
        vratka | vrátenie | povračilo | povrat | atmaksa | grąžinimas | visszatérítés | rambursare
        възстановяване | връщане | geri ödeme | hoàn tiền | 退款 | 退貨 | 退货 | 환불
        مسترد | החזר | refusión | återbetalning | tilbakebetaling | palautus
        hyvitys | endurgreiðsla | ბრუნდება | დაბრუნება | վերադարձ | geri qaytarma | qaytarish
        поврат на средства | поврат | рефундирање
        """,
    DECLINED: """
        amalga oshmadi | yechilmadi
        विफल | विफल रहा | असफल | ব্যর্থ | ব্যর্থ হয়েছে | rədd edildi | rədd olundu | rad etildi
        rad qilindi | უარყოფილია | ვერ შესრულდა | амжилтгүй | atmesta | atmestas
        nepakanka lėšų | noraidīts | noraidīta | tika noraidīts | lükati tagasi | tagasi lükatud
        ebaõnnestus | mislukkes | refuzua | u refuzua | nuk u krye
        could not be completed | no funds were withdrawn | was not completed | could not be sent
        hayakufanikiwa | hakuna pesa iliyokatwa | haijafanikiwa
        """,
    DONE: """
        fatura ödemeniz alınmıştır
        بنجاح | تمت بنجاح
        완료 | 송금 완료 | 결제 완료
        alınmıştır | ödemeniz alınmıştır | recebemos o pagamento | pagamento confirmado
        """,
    REQUEST: """
        요청했어요 | 송금 요청 | 요청이 왔어요
        """,
    HOLD: """
        pendente de autorização | pendente de confirmação | está pendente | блокування коштів
        заблоковано | 預先授權 | 预先授权 | 圈存 | 尚未請款
        预授权 | 預授權 | 预授权冻结
        katevaraus | katevarauksen | varaus vapautuu | zárolás | zárolásra került | zárolt összeg
        zárolva
        """,
    STATEMENT: """
        factura está lista | recibo está disponible
        votre facture | facture est disponible | bil elektrik | telah sedia | ใบแจ้งค่า | ใบแจ้งหนี้
        פירוט החיובים
        jaaroverzicht | maandoverzicht | staat klaar | 명세서 | 이용대금 명세서 | 청구금액 | sao kê | tổng dư nợ
        αντίγραφο κίνησης | μηνιαίο αντίγραφο
        """,
    SHIPPING: """
        посилка | прямує до вас | накладеного платежу | накладений платіж | 발송되었습니다 | 출발했습니다 | 도착 예정
        배송 출발
        a fost expediată | a fost expediat | expediată | expediat | curier | a fost livrată
        """,
    HELP: """
        ihre anfrage | ihrer anfrage | erstatten wir | wenn sie einen artikel
        """,
    MANDATE: """
        pendaftaran autodebet | direct debit is set up
        """,
    BALANCE_ALERT: """
        informasi saldo | saldo rekening | balance notification | balance of your a/c
        แจ้งยอดเงินคงเหลือ | ยอดเงินคงเหลือในบัญชี
        """,
    RATE: """
        palveluhinnasto | hinnasto muuttuu
        """,
}
for _class, _block in _MORE_WORDING.items():
    CUES[_class] += _phrases(_block)

# Scripts written without spaces between words (Thai, Lao, Burmese, Khmer, Japanese, Chinese):
# their phrases match anywhere.
_NO_SPACE_SCRIPTS = re.compile(
    r"[\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff\u3040-\u30ff\u3400-\u9fff\uff00-\uffef]"
)
# Korean puts spaces between words but glues endings and particles to them ("출금되었습니다",
# "withdrawal was made"): its phrases must start a word and may end inside one.
_HANGUL = re.compile(r"[\u1100-\u11ff\u3130-\u318f\uac00-\ud7af]")


_SHADOWING = frozenset({SAFETY, CREDIT_CARD, FUTURE, DECLINED, REQUEST})
_DIRECTIONS = frozenset({DEBIT, CREDIT})
_STANDING = frozenset({LIMIT, BALANCE})


def _inner_phrases(phrase: str, known: dict[str, set[str]]) -> list[str]:
    """The other known phrases that stand in `phrase` as whole words."""
    words = phrase.split()
    inner = []
    for size in range(1, len(words)):
        for start in range(len(words) - size + 1):
            candidate = " ".join(words[start : start + size])
            if candidate in known:
                inner.append(candidate)
    return inner


@lru_cache(maxsize=1)
def _compiled() -> tuple[
    re.Pattern[str], re.Pattern[str], re.Pattern[str], dict[str, tuple[str, ...]]
]:
    """Three trie-shaped alternations (app.extraction.patterns): whole words for scripts with
    spaces, anywhere for Thai, Japanese and Chinese (written without spaces), and from a word's
    start for Korean."""
    classes: dict[str, set[str]] = {}
    for cue_class, phrases in CUES.items():
        for phrase in phrases:
            classes.setdefault(phrase, set()).add(cue_class)
    # A long phrase hides the short ones inside it from the scan ("thank you for your payment"
    # holds "payment"), so it carries their classes too; except the phrases that exist to
    # change what the words inside mean ("never share your otp" is not an OTP, "credit card"
    # is not a credit, "is being processed" is not done), and a phrase that says which way
    # money went keeps its own direction ("we have received your payment" is money out).
    for phrase, found in classes.items():
        if found & _SHADOWING:
            continue
        inherited = set().union(*(classes[inner] for inner in _inner_phrases(phrase, classes)))
        if found & _DIRECTIONS or found & _STANDING:  # "available credit" is a limit
            inherited -= _DIRECTIONS
        found |= inherited - _SHADOWING
    unspaced = [p for p in classes if _NO_SPACE_SCRIPTS.search(p)]
    hangul = [p for p in classes if _HANGUL.search(p) and p not in unspaced]
    spaced = [p for p in classes if p not in unspaced and p not in hangul]
    # A phrase that ends in punctuation ("dr.", "a/c") needs no word boundary after it.
    # \b first: it rules out the inside of words, most places, before the lookahead runs.
    words = re.compile(r"\b" + starts(spaced) + trie_by_script(spaced) + r"(?:(?<=\W)|\b)")
    anywhere = re.compile(trie(unspaced))  # starts with literals: see app.extraction.patterns
    word_starts = re.compile(r"\b" + starts(hangul) + "(?:" + trie(hangul) + ")")
    return (
        words,
        anywhere,
        word_starts,
        {phrase: tuple(sorted(found)) for phrase, found in classes.items()},
    )


def scan(lower: str) -> list[tuple[int, int, tuple[str, ...]]]:
    """Every cue in `lower` (a lower-cased text): (start, end, its classes), left to right;
    where phrases overlap the longest wins."""
    words, anywhere, word_starts, classes = _compiled()
    found = [(*m.span(), classes[m[0]]) for m in words.finditer(lower)]
    if lower.isascii():
        return found
    for script, pattern in ((_NO_SPACE_SCRIPTS, anywhere), (_HANGUL, word_starts)):
        if script.search(lower):
            found += [(m.start(), m.end(), classes[m.group()]) for m in pattern.finditer(lower)]
            found.sort()
    return found
