"""Counterparty candidates: every span of a text that may name whom the user paid or who paid
the user, with how it was found. The ranker (app.extraction.reader) picks among them from their
features; the one merchant normaliser (app.categorization.merchants) then names the winner.

Where names are found:
- after a label: "Merchant: X", "Payee\tX" (an HTML table row), "利用先：X", "ร้านค้า: X";
- after a word that introduces one: "at X", "to X", "from X", "for X", "paid X", "en X",
  "em X", "bei X", "chez X", "kwa X", "ที่ X";
- before one: "X has received", "Xにて", "X'de";
- in payment rails: "UPI/DR/ref/NAME/...", "VPA name@bank (NAME)";
- in the subject: "Your receipt from X", "Payment to X";
- the sender's own name, for a shop's receipt.
"""

import itertools
import re
import unicodedata
from typing import NamedTuple

from app.categorization.merchants import without_payment_kind
from app.extraction import lexicon
from app.extraction.currencies import AMBIGUOUS, ISO_CODES, NAMES, SYMBOLS, WORD_LIKE_CODES
from app.extraction.patterns import grouped, lowered, starts, trie
from app.extraction.when import MONTHS

# A name runs until punctuation that ends a phrase, a line or cell break, or a word that starts
# the next part of the sentence.
_END = re.compile(
    # A full stop ends a name, except after an initial ("S. de Vries", "Айгерим С.").
    # (The ideographic full stop and comma end one too: "付款方:华为技术有限公司。【工商银行】".)
    # (Nor after "MD." / "Md.", Muhammad, before a Bangladeshi or Pakistani name, nor "Ma.",
    # María, before a Filipino one.)
    # (A run of three spaces parts the cells of a table aligned by spaces.)
    r"[\n\t|;()\[\]!?«»\"“”։።፣。，【]| {3,}|(?<![\s.][A-ZА-ЯЁ])(?<!\bM[Dd])(?<!\bM[Aa])[.](?:\s|$)"
    r"|[,:](?:\s|$)"
    r"|,(?=附言|备注|摘要)|\s[·•]\s"
    r"|\s(?:a/c|acct|account)\b|\s(?:on|via|using|with|for|at|dated?|ref|reference"
    r"|txn|transaction|through|thru|by|from|to|and|is|was|has|have|in|am|op|il|em|en|pada"
    r"|tarihinde|a las|às|à|um|om|con|เมื่อ|จำนวน|สำเร็จ|เรียบร้อย|เข้าบัตร|เข้าบัญชี|ສຳເລັດ|ສໍາເລັດ|ວັນທີ|بمبلغ"
    r"|بتاريخ"
    r"|به مبلغ|در تاریخ"
    r"|مبلغ|عبر|على|با|به حساب|إلى|الى|في|لدى|من|بقيمة|بنجاح|يوم|الساعة|بالبطاقة|ببطاقتك)\s"
    r"|\s(?:на|в|за|от|до)\s|\s[-+−]?\d|\s(?:rs|inr|usd|eur)\b|\s[-–—]\s|$"
    r"|\s/(?=[A-Z]{2})"  # "THOMAS DUBOIS /MOTIF LOYER": a structured wording's next field
    r"|\s[a-z]{2}(?:\d\d|\*\*)",  # an IBAN after the name: "WERKGEVER BV NL**RABO"
    re.IGNORECASE,
)
# Inside a name written in capitals or title case, these may stay lower-case.
_CONNECTORS = frozenset(
    [
        "de",
        "da",
        "do",
        "dos",
        "das",
        "del",
        "la",
        "le",
        "les",
        "van",
        "von",
        "der",
        "den",
        "di",
        "du",
        "of",
        "and",
        "y",
        "e",
        "et",
        "und",
        "bin",
        "al",
        "el",
        "&",
        "van't",
    ]
)
_TITLES = re.compile(
    r"^(?:mr\.?|mrs\.?|ms\.?|miss|dr\.?|m\.|mme\.?|mlle\.?|herr|frau|sig\.(?:ra)?|ο/η|นาย|นางสาว|นาง"
    r"|คุณ|บจก\.?|บริษัท|sr\.?|sra\.?"
    # ... and the titles and honorifics of more languages: Spanish, Italian, Romanian, Dutch,
    # Afrikaans, Swahili, Albanian, Azerbaijani, Bulgarian, Macedonian, Latvian, Vietnamese,
    # Malay, Hausa, Luganda, Setswana, Wolof, Somali, Yoruba, Oromo, Igbo, Haitian, Quechua,
    # Sundanese, Indonesian, Arabic, Persian, Urdu, Bengali, Assamese, Kannada, Telugu, Hindi,
    # Marathi, Punjabi, Tamil, Khmer, Amharic. (Lao and Burmese ones are kept: labels keep them.)
    r"|lic\.|ing\.|dott\.(?:ssa)?|avv\.|dra\.|dna\.|dl\.|mev\.|mnr\.|bw\.|bi\.|mzee|znj\."
    r"|cənab|xanım|г-н|г-жа|г-ѓа|kungs|kundze|ông|bà|encik|puan|dato'?|alhaji|hajiya|malam|ssebo"
    r"|nnyabo|rre|mma|serigne|sokhna|xaaji|ọ̀gbẹ́ni|ìyáàfin|obbo|aadde|maazị|oriakụ|msye|madan"
    r"|tayta|kang|téh|neng|pak|bu|السيد/?|الأستاذة?|آقای|خانم|جناب|محترمہ|মোছাঃ|জনাব|শ্রীমতী|শ্রী"
    r"|শ্ৰীমতী|শ্ৰী|ಶ್ರೀ|శ్రీమతి|శ్రీ|श्रीमती|श्री\.?|सौ\.|ਸ੍ਰੀਮਤੀ|ਸ\.|திருமதி\.|திரு\."
    r"|លោកស្រី|លោក|አቶ|ወ/ሮ)\s+|(?:น\.ส\.|ด\.ช\.|ด\.ญ\.|\(주\)|㈜|주식회사)\s*",
    re.I,
)
# A payment rail or a (masked) phone number written before the name it carries
# ("PESALINK - ESTHER NJERI", "254722xxx456 James Mwangi").
_LEAD_IN = re.compile(
    r"(?:(?:pesalink|mb way|instapay|bizum|pix|zelle|interac|swish|vipps|mobilepay|blik|sepa|qr"
    r"|salary credit|salary|salario|salaire|gehalt|lohn/gehalt|lohn"
    r"|nip|ibft)\s*[-–:/]\s*"
    r"|(?:nip|trf|trsf|ibft|imps|neft|momo trf)\s+(?:frm|from|to|dr|dari|ke|kpd)\s+"
    # Canada's "E-TRANSFER ZHAAWAN FIDDLER" (not "an Interac e-Transfer for $320.58").
    r"|(?:interac\s+)?e-transfer\s+(?=(?-i:[A-Z]))"
    # A mobile-money wallet and its (masked) number before its owner's name:
    # "MTN MoMo 024XXXX684 (KOFI MENSAH)".
    r"|(?:(?:mtn\s+)?momo|m-pesa|mpesa|airtel money|orange money|tigo pesa|vodafone cash"
    r"|telecel cash|wave)\s+(?=[\d+])"
    r"|[\d+][\dxX*•]{6,}\s+\(?)(?=[^\W\d_]{2}|[\d+][\dxX*•]{6,})",
    re.I,
)
_MAX_NAME = 60
# How far into a name its title may reach ("السيد/ ", "Dato' ").
_TITLE_REACH = 16
_NOT_LETTERS = "".join(chr(c) for c in range(0x2000, 0x2BFF)) + "🎉💸✅❗☕️💰🙏👋 *-•·"

# Labels in order of preference (an earlier one wins where two match at one place, so a longer
# label comes before its first word: "merchant detail:" is a label, not "merchant" before a
# name); the lookahead on their first characters (patterns.starts) skips, in C, the places none
# can start.
_LABEL_ALTERNATION = (
    # Who was paid or who paid, as banks label it in more languages (longer labels first).
    "name of the merchant|merchant location|business name|store name|shop name|biller name"
    "|sender name|receiver name|recipient name|ordering party|ordering customer|received from"
    "|sent by|paid by|payer|originator|company"
    "|name des zahlungsempfängers|name des empfängers|empfängername|händlername"
    "|zahlungspflichtiger|auftraggeber/empf\\.|auftraggeber/empfänger|auftraggeber"
    "|akzeptanzstelle|absender|zahler|gläubiger"
    "|naam begunstigde|naam ontvanger|naam tegenrekening|opdrachtgever|tegenpartij|afzender"
    "|betaald aan|verkoper|nom du bénéficiaire|donneur d'ordre|donneur d’ordre|payé à|marchand"
    "|enseigne|créancier|expéditeur|payeur|nome beneficiario|ordinante|negozio|creditore"
    "|mittente|pagato a|controparte|nombre del beneficiario|nombre del comercio|nombre completo"
    "|empresa|acreedor|pagado a|emisor|nome do favorecido|nome do recebedor|nome do pagador"
    "|loja|credor|zleceniodawca|kontrahent|sprzedawca|nazwa odbiorcy|nazwa nadawcy|akceptant"
    "|miejsce transakcji|název obchodníka|obchodník|odesílatel|príjemca|platiteľ"
    "|betalningsmottagare|mottagare|avsändare|säljare|butik|handlare|betalare"
    "|betalingsmottaker|mottaker|avsender|modtager|afsender|brugssted|forretning"
    "|maksunsaaja|saaja|maksaja|kauppias|myyjä|lähettäjä|vastaanottaja|kedvezményezett neve"
    "|küldő|feladó|kereskedő|elfogadóhely|megbízó|plătitor|platitor|ordonator|comerciant"
    "|destinatar|expeditor|alıcı adı|gönderici|karşı taraf|firma|плательщик|продавец"
    "|торговая точка|организация|контрагент|отримувач|відправник|платник|торговець"
    "|δικαιούχος|αποστολέας|έμπορος|κατάστημα|παραλήπτης|εντολέας|اسم التاجر|اسم المستفيد"
    "|اسم المرسل|المحول إليه|المحول منه|المحول|الجهة|من|إلى|שם בית העסק|בבית העסק|בית העסק"
    "|בית עסק|שם המוטב"
    "|שם המעביר|מוטב|משלם|לטובת|نام گیرنده|گیرنده|فرستنده|nama penerima|nama pengirim|nama merchant"
    "|toko|tujuan|asal|tên người thụ hưởng|người thụ hưởng|tên người nhận|người nhận|người gửi"
    "|đơn vị chấp nhận thẻ|ชื่อร้านค้า|ชื่อผู้รับ|ผู้รับเงิน|ผู้โอน|ผู้ส่ง|振込依頼人|依頼人名|依頼人"
    "|振込人|振込元|加盟店名|お取引先|取引先|入金元|送金者|送金元|이용가맹점|가맹점명|가맹점"
    "|받는 분|받는분|보내는 분|보내는분|받는 사람|받는사람|보낸 사람|보낸사람|입금자|사용처|거래처"
    "|결제처|이용처|상호|商户名称|收款人名稱|消费商户"
    "|交易商户|交易对方|对方户名"
    "|對方戶名|收款方|付款方|收款人|付款人|商户|商戶|商家|商店|jina la mpokeaji|jina la mtumaji"
    "|operator"
    "|mtumaji|tatanggap|nagpadala|प्राप्तकर्ता|incassant|sted|ort|lieu|lugar|plats|paikka"
    "|miejsce|místo|luogo|plaats|para|gavėjas|mokėtojas|siuntėjas|saņēmējs|maksātājs"
    "|bhejne wale|bhejne wala|paane wale|concepto|concepte|conceito|ente creditore|ente"
    "|saaja nimi|maksja|obyekt|гүйлгээний утга|轉入戶名|转入户名|收款戶名|收款户名|戶名|户名"
    "|nama peniaga|peniaga|pedagang|vásárlás történt|prodajnom mjestu|prodajno mjesto"
    "|prodajno mesto|입금자명|예금주명|예금주|보낸분|ობიექტი|söluaðili|seljandi"
    "|பெறுநர்|அனுப்புநர்|पाने वाला|भेजने वाला|প্রাপক|প্রেরক"
    "|గ్రహీత|ಸ್ವೀಕರಿಸುವವರು|സ്വീകർത്താവ്|അയച്ചത്|അയച്ചയാൾ|పంపినవారు|స్వీకర్త|ಕಳುಹಿಸಿದವರು"
    "|ਪ੍ਰਾਪਤਕਰਤਾ|ਭੇਜਣ ਵਾਲਾ|પ્રાપ્તકર્તા|ලබන්නා|وصول کنندہ|بھیجنے والا"
    "|merchant details?|merchant(?: name)?|payee(?: name)?|beneficiary(?: name)?|paid to|pay to"
    "|description|store|shop|retailer|vendor|seller|recipient|receiver|sender|remitter"
    "|from account name|comercio"
    "|establecimiento|estabelecimento|lojista|destinatário|destinatario|favorecido|commerçant"
    "|bénéficiaire|händler|empfänger|zahlungsempfänger|begünstigter|winkel|begunstigde"
    "|ontvanger|tegenrekening|esercente|beneficiario|mfanyabiashara|mpokeaji|ร้านค้า|ผู้รับ"
    "|ชำระค่า|получатель|магазин|отправитель|alıcı|işyeri|üye işyeri|gönderen|nákup"
    "|název protiúčtu|odbiorca|nadawca|الخدمة|بابت|خرید از فروشگاه|پذیرنده|فروشگاه|service"
    "|biller|paid at|counterparty|name|info|transaction info|details|место"
    "|لدى|van|émetteur|emetteur|ordenante|remitente|ご利用店舗|利用店舗|お店|from|to|利用先"
    "|ご利用先|加盟店|店舗名|お支払先|支払い先|お支払い先|التاجر|المستفيد|المرسل|penerima|pengirim"
    "|merchant"
    "|desc|narration|narrative|remarks|particulars|nội dung|noi dung|nd|příjemce|plátce"
    "|protistrana|prijemnik|primatelj|platitelj|odbiorca płatności|kedvezményezett|beneficiar"
    "|ご利用場所|利用場所|ご利用内容|利用内容|ご利用店名|利用店名|支払先|振込先|送金先|受取人名"
    "|受取人|ご利用店|利用店|aan|local|beneficiário|клиенту|получателю|destino|recebedor|pagador"
    "|送り主|гандляр"
    # Kirundi, Kinyarwanda, Greenlandic, Turkmen, Albanian, Sesotho, Chichewa, Welsh, Fijian.
    "|umudandaza|uwarungitse|uwakiriye|uwohereje|kimit|sumi|akiligaq|iberiji|alyjy|söwda nokady"
    "|marrësi|dërguesi|tregtari|moamoheli|moromeli|wolandira|wotumiza|talwr|derbynnydd|masnachwr"
    "|vakaitavi|mosombisi|motindi|motindami"
)
# More languages' words for who was paid or who paid (merchant, shop, point of sale, payee,
# beneficiary, recipient, payer, sender, ordering party, "paid to", "received from"), kept apart
# from the list above so that either can change without the other. A label that starts with one
# of the words above and a space ("name des zahlers", "получатель платежа") must come before it
# (the shorter one would match first), so those are in _LONGER_LABEL_WORDS, put in front; the
# rest, _MORE_LABEL_WORDS, go after. Words that often open a shop's own name ("Tienda ...",
# "Duka ...") are left out: inside a name they would cut it.
_LONGER_LABEL_WORDS = (
    "المرسل إليه|место трансакције|name des auftraggebers|name des zahlers"
    "|name des begünstigten|प्राप्तकर्ता का नाम|kereskedő neve|küldő neve|odbiorca przelewu"
    "|получатель платежа|отправитель платежа|место покупки|место совершения операции"
    "|comercio afiliado|பெறுநர் பெயர்|işyeri adı|işyeri unvanı|gönderen adı|gönderen unvanı"
    "|alıcı unvanı|وصول کنندہ کا نام|ka yimid"
    # Uzbek, Kyrgyz, Azerbaijani "service provider"; Hawaiian "sender".
    "|xizmat ko'rsatuvchi|кызмат көрсөтүүчү|xidmət təchizatçısı|ka mea hoʻouna"
)
_MORE_LABEL_WORDS = (
    # Amharic.
    "ነጋዴ|ተቀባይ|ላኪ|ከፋይ|ተጠቃሚ|የተቀባይ ስም|የላኪ ስም|የነጋዴ ስም"
    # Catalan "issuer" (a direct debit's biller), Spanish "originator", Arabic "transferor"
    # with its vowel marks, Telugu and Kannada "merchant".
    "|emissor|originante|المحوِّل|المحوّل|వ్యాపారి|ವ್ಯಾಪಾರಿ"
    # "Employer" (who paid a salary) in 23 languages (not Dutch "werkgever": "Werkgever BV"
    # is a name); Norwegian "shop".
    "|employer name|employer|arbeitgeber|empleador|empregador|employeur|datore di lavoro"
    "|pracodawca|работодатель|işveren|صاحب العمل|雇主|majikan|mwajiri|arbetsgivare"
    "|arbejdsgiver|arbeidsgiver|työnantaja|zaměstnavatel|munkáltató|angajator|εργοδότης"
    "|роботодавець|butikk"
    # Turkish "institution" (a bill's biller in a wallet's receipt); a Nigerian alert's "Des:"
    # (its description, with a colon only).
    "|kurum|des"
    # Persian "from (the side of)", Arabic "depositor", Finnish "shop", Slovak "merchant"
    # (without its accent), Czech "from the account".
    "|از طرف|المودع|kauppa|obchodnik|z účtu|z uctu"
    # Japanese "debited to", Arabic "through (a remitter)", Uzbek "shop".
    "|引落先|振替先|عبر|do'kon|doʻkon|do‘kon"
    # A card purchase's label over its descriptor: Danish, Latvian, Finnish, Estonian,
    # Azerbaijani, Kazakh; Romanian "supplier".
    "|køb|pirkums|korttiosto|kaardimakse|əməliyyat|сатып алу|furnizor"
    # Faroese "shop", and the service a bill paid in Spanish ("Servicio: CLARO").
    "|handil|servicio|frá|商店名稱|商店名称"
    # Kazakh "shop", Mongolian "organisation", Belarusian "shop", "sender", "recipient", Oromo
    # "recipient", Quechua "receiver", Uzbek "sender".
    "|дүкен|байгууллага|крама|адпраўнік|атрымальнік|fudhataa|chaskiq|yuboruvchi"
    # Portuguese (Pix receipts) "who received", "who sent", "who paid".
    "|quem recebeu|quem enviou|quem pagou"
    # Arabic (Gulf, Maghreb).
    "|نقطة البيع|اسم المتجر|المتجر|المحل|اسم المحل|البائع|مكان العملية|مكان الشراء|الدافع|المستلم"
    "|اسم المستلم|الآمر بالتحويل|الآمر بالدفع|الآمر|الطرف المقابل|مدفوع إلى|مستلم من"
    "|اسم الدافع"
    # Armenian.
    "|վաճառող|ստացող|ուղարկող|վճարող|շահառու|առևտրի կետ|վաճառքի կետ|ստացողի անուն|ուղարկողի անուն"
    # Azerbaijani.
    "|göndərən|satıcı|ticarət obyekti|ödəyici|benefisiar|qəbul edən|satış nöqtəsi"
    # Bengali.
    "|মার্চেন্ট|ব্যবসায়ী|প্রাপকের নাম|প্রেরকের নাম|সুবিধাভোগী|পরিশোধকারী|দোকানের নাম"
    # Bosnian, Croatian, Serbian (Latin, Cyrillic).
    "|trgovac|prodavač|prodavac|primalac|uplatilac|platilac|pošiljalac|pošiljatelj|nalogodavac"
    "|naziv trgovca|ime primatelja|naziv primatelja|naziv primaoca|mjesto transakcije"
    "|mesto transakcije|трговац|продавац|прималац|уплатилац|платилац|пошиљалац|налогодавац"
    "|назив трговца"
    # Bulgarian.
    "|търговец|получател|наредител|платец|изпращач|търговски обект|бенефициент|име на получателя"
    "|име на наредителя|място на плащане"
    # Burmese.
    "|ကုန်သည်|လက်ခံသူ|ပေးပို့သူ|ဆိုင်အမည်|ငွေလက်ခံသူ"
    # Catalan.
    "|comerç|establiment|beneficiari|destinatari|ordenant|remitent|nom del comerç"
    "|nom del beneficiari"
    # Chinese.
    "|商户名|收款方名称|付款方名称|交易地点|消费地点|特约商户|特約商店|匯款人"
    "|汇款人|对方名称|對方名稱|收款单位|付款单位|受款人|收款账户名称|汇款人名称"
    # Czech, Slovak.
    "|obchodní místo|prodejce|název příjemce|název plátce|jméno příjemce|příkazce"
    "|predajca|názov obchodníka|odosielateľ|príkazca|meno príjemcu|obchodné miesto|názov príjemcu"
    "|miesto"
    # Danish, Norwegian.
    "|betalingsmodtager|indbetaler|betaler|modtagers navn|sælger|forretningsnavn"
    "|brukersted|selger|innbetaler|mottakers navn|salgssted"
    # Dutch, Afrikaans.
    "|winkelier|handelaar|verkooppunt|naam betaler|naam winkelier|betaal aan"
    # Estonian.
    "|kaupmees|müüja|makse saaja|saatja|kaupluse nimi|tehingu koht|müügikoht"
    # Persian, Dari.
    "|نام پذیرنده|نام فروشگاه|پرداخت کننده|واریز کننده|ذینفع|نام ذینفع|دریافت کننده|به نام|فروشنده"
    "|نام دکان|صاحب حساب مقصد"
    # Pashto.
    "|ترلاسه کوونکی|لېږونکی|لیږونکی|سوداګر|ګټه اخیستونکی|د دوکان نوم"
    # Finnish.
    "|saajan nimi|maksajan nimi|myyntipaikka|ostopaikka|maksun saaja|lähettäjän nimi"
    "|vastaanottajan nimi"
    # French (and as SMS write it, without accents).
    "|destinataire|nom du commerçant|point de vente|nom de l'émetteur|nom du payeur|beneficiaire"
    "|commercant|expediteur|nom du beneficiaire|remettant"
    # German, Luxembourgish.
    "|verkaufsstelle|kartenakzeptanzstelle|einzahler|überweisender|begünstigte|bezahlt an"
    "|zahlungsempfängerin|bezueler"
    # Georgian (and its Latin SMS spelling).
    "|მიმღები|გამგზავნი|გადამხდელი|გამყიდველი|ვაჭარი|ბენეფიციარი|ობიექტის დასახელება|obieqti"
    "|mimghebi|gamgzavni"
    # Greek.
    "|όνομα δικαιούχου|πληρωτής|σημείο πώλησης|επωνυμία εμπόρου|επωνυμία"
    # Hebrew.
    "|שם המשלם|המוטב|המשלם|שולח|השולח|שם השולח|הנמען|שם המקבל"
    # Hindi (Devanagari, Latin).
    "|व्यापारी|विक्रेता|लाभार्थी|भुगतानकर्ता|प्रेषक|भेजने वाले|पाने वाले"
    "|paane wala|prapt karta|prapt karne wala|vyapari|labharthi|dukandar"
    # Hungarian.
    "|fizető|elfogadó|tranzakció helye|befizető|átutaló|ellenpartner"
    # Icelandic.
    "|viðtakandi|greiðandi|sendandi|móttakandi|nafn viðtakanda"
    # Indonesian, Malay ("a.n." is "atas nama", in the name of).
    "|nama toko|nama pedagang|penjual|nama penjual|nama tujuan|a\\.n\\.|atas nama|pembayar"
    "|nama pembayar"
    # Italian.
    "|nome esercente|pagatore|punto vendita|denominazione|ragione sociale"
    # Japanese.
    "|ご利用加盟店|お振込人|振込依頼人名|送金者名|受取人様|振込人名|支払先名|送金相手"
    "|ご利用先名"
    # Kazakh, Kyrgyz.
    "|сауда нүктесі|жіберуші|алушы|төлеуші|сатушы|алушының аты|жіберушінің аты"
    "|жөнөтүүчү|алуучу|сатуучу|төлөөчү"
    # Khmer ("to" as a label).
    "|ទៅកាន់|អ្នកទទួល|អ្នកផ្ញើ|ឈ្មួញ|ឈ្មោះអ្នកទទួល|អ្នកលក់|អ្នកបង់ប្រាក់|ឈ្មោះហាង"
    # Kinyarwanda.
    "|uwishyuwe|uwakira|uwohereza|umucuruzi|uwishyuye|izina ry'uwakiriye"
    # Korean.
    "|수취인|송금인|이용 가맹점|입금처|출금처|보내는 사람|수취인명|송금인명"
    "|상점명|판매자|결제 가맹점"
    # Lao.
    "|ຜູ້ຮັບ|ຜູ້ສົ່ງ|ຮ້ານຄ້າ|ຊື່ຜູ້ຮັບ|ຜູ້ຮັບເງິນ|ຊື່ຮ້ານ|ຫາ"
    # Latvian.
    "|tirgotājs|saņēmēja nosaukums|saņēmēja vārds|maksātāja nosaukums|sūtītājs|darījuma vieta"
    "|pārdevējs|tirdzniecības vieta|nosūtītājs"
    # Lithuanian.
    "|prekybininkas|gavėjo pavadinimas|mokėtojo pavadinimas|pardavėjas|prekybos vieta"
    "|operacijos vieta|gavėjo vardas"
    # Macedonian.
    "|примач|испраќач|налогодавач|уплаќач|продажно место"
    # Malagasy.
    "|mpandray|mpandefa|mpivarotra|mpandoa"
    # Mongolian.
    "|худалдаачин|хүлээн авагч|илгээгч|төлөгч|хүлээн авагчийн нэр|илгээгчийн нэр|харилцагч"
    "|худалдааны цэг|шилжүүлэгч"
    # Nepali.
    "|पठाउने|पठाउनेको नाम|प्राप्तकर्ताको नाम|भुक्तानीकर्ता|लाभग्राही"
    # Polish.
    "|płatnik|nazwa sprzedawcy|punkt sprzedaży|nazwa kontrahenta|dane odbiorcy|dane nadawcy"
    "|beneficjent|nazwa akceptanta"
    # Portuguese, Galician.
    "|comerciante|nome do estabelecimento|remetente|nome do beneficiário|nome do destinatário"
    "|establecemento|nome do beneficiario|nome do comercio"
    # Romanian.
    "|nume beneficiar|nume comerciant|nume plătitor|emitent|punct de vânzare"
    # Russian.
    "|точка продаж|наименование получателя|имя получателя|фио получателя|фио отправителя"
    "|мерчант|название магазина|кому|от кого|торговец|адресат"
    # Sinhala.
    "|යවන්නා|වෙළෙන්දා|ලබන්නාගේ නම|ගෙවන්නා|ප්‍රතිලාභියා"
    # Slovenian.
    "|prejemnik|plačnik|trgovec|naziv prejemnika|ime prejemnika|naziv plačnika|prodajalec"
    # Somali.
    "|qaataha|diraha|ganacsade|ganacsadaha|magaca qaataha|bixiyaha|magaca ganacsiga"
    # Spanish.
    "|nombre del establecimiento|nombre del ordenante|nombre del remitente"
    "|receptor|nombre del receptor|punto de venta|nombre de la tienda"
    # Swahili.
    "|jina la mfanyabiashara|mlipaji|mnufaika|jina la biashara|jina la duka|mlipwaji"
    "|jina la mlipaji"
    # Swedish.
    "|mottagarens namn|betalarens namn|inbetalare|försäljningsställe|inköpsställe|köpställe"
    "|avsändarens namn"
    # Tagalog.
    "|tumanggap|pangalan ng tatanggap|pangalan ng nagpadala|mangangalakal|nagbayad"
    # Tajik.
    "|гиранда|фиристанда|пардохткунанда|фурӯшанда|номи гиранда"
    # Tamil.
    "|வணிகர்|பணம் செலுத்துபவர்|பயனாளி|அனுப்பியவர்"
    # Thai.
    "|ผู้ชำระเงิน|ผู้ขาย|ชื่อผู้โอน"
    # Turkish (its "satıcı" is with the Azerbaijani).
    "|ödeyen|lehtar|satış noktası"
    # Ukrainian.
    "|одержувач|назва отримувача|продавець|торгова точка|місце операції|від кого|від"
    # Urdu.
    "|تاجر|دکاندار|بھیجنے والے|ادائیگی کنندہ|مستفید|مرچنٹ|موصول کنندہ"
    # Uzbek (Latin, Cyrillic).
    "|jo'natuvchi|jo‘natuvchi|qabul qiluvchi|oluvchi|to'lovchi|sotuvchi|savdo nuqtasi|жўнатувчи"
    "|қабул қилувчи|олувчи|сотувчи|савдо нуқтаси"
    # Vietnamese (and as SMS write it, without accents).
    "|đơn vị thụ hưởng|nguoi nhan|nguoi gui|ten nguoi nhan|người chuyển|tên người chuyển"
    "|nơi giao dịch"
    # Yoruba, Hausa, Zulu.
    "|olugba|olùgbà|olufiranse|oníṣòwò|onisowo|mai karɓa|mai aikawa|ɗan kasuwa|mai biya"
    "|umamukeli|umthumeli|umthengisi|umkhokhi"
    # Basque, Irish, Welsh.
    "|onuraduna|hartzailea|igorlea|ordaintzailea|merkataria|íocaí|faighteoir|seoltóir|ceannaí"
    "|íocóir|tairbhí|anfonwr|buddiolwr|talai"
    # Arabic ("details", where banks write the shop), Albanian, Pashto ("seller"), Kyrgyz
    # ("point of sale").
    "|التفاصيل"
    # "Counterparty" in French, Spanish and Portuguese; Danish, Norwegian and Swedish,
    # Finnish, German, Icelandic, Uyghur.
    "|contrepartie|contraparte|modpart|motpart|vastapuoli|gegenpartei|mótaðili|قارشى تەرەپ"
    # A biller (German), a shop (Maltese, Kyrgyz, Tajik, Taiwanese, Japanese, Vietnamese,
    # Turkish), "from" as a label (Indonesian "Dari: PT Sinar Abadi Jaya"), the public body
    # billed (Mexican "Organismo").
    "|rechnungssteller|negozju|дүкөн|мағоза|消費特店|店舗|cửa hàng|mağaza|dari|organismo"
    # The other party of a statement's row: Japanese, Georgian, Afrikaans, Arabic, Nepali.
    "|相手先|კონტრაგენტი|teenparty|الطرف الآخر|अर्को पक्ष"
    # A payment's description, in Dutch, Portuguese, Spanish, German, French, Polish, Czech,
    # Georgian and Odia ...
    "|omschrijving|descritivo|descrição|descricao|descripción|descripcion|beschreibung|libellé"
    "|libelle|opis|popis|აღწერა|ବିବରଣୀ|opération"
    # ... in Urdu, Hindi, Marathi, Bengali, Tamil, Telugu, Kannada, Gujarati, Norwegian.
    "|تفصیل|विवरण|तपशील|বিবরণ|விவரம்|లావాదేవీ వివరాలు|వివరాలు|ವಿವರ|વિગત|tekst"
    # ... in Maltese, Oromo, Albanian, Amharic; and "place" in Kyrgyz and Belarusian.
    "|deskrizzjoni|ibsa|përshkrimi|መግለጫ|жайы|месца"
    # Dhivehi "party", Sorani "place"; Spanish "origin", Portuguese "entity", "narr." (narration).
    "|ފަރާތް|شوێن|origen|entidade|narr"
    # "Service" (what a wallet paid), in Vietnamese and Uzbek.
    "|dịch vụ|dich vu|xizmat"
    # A statement's description column in 20 more languages (Finnish, German, Estonian, ...).
    "|selite|text|buchungstext|kirjeldus|leírás|aprašymas|apraksts|descriere|назначение"
    "|описание|опис|keterangan|摘要|적요|الوصف|beskrivning|beskrivelse|lýsing|περιγραφή|תיאור"
    "|texto"
    # Portuguese and Spanish "From:" of a transfer received, Swahili "To:", Dutch "At:".
    "|de|kwa|bij"
    # Chinese "the store spent at".
    "|消費商店|消费商店"
    "|përfituesi|përfitues|paguesi|پلورونکی|соода түйүнү|соода жайы"
    # "To", "from" and "paid" heading a cell, in Sundanese, Samoan, Fijian, Hausa, Luganda,
    # Shona, Slovak.
    "|ka|i le|vei|zuwa ga|osasudde|kubhadhara|od"
    "|المصدر"  # Arabic "source" (who paid a salary)
    # "From", "to", "service", "supplier", "payer", "sender", "agent", "shop", "place", "biller",
    # "employer" heading a cell, in Swedish, Danish and Norwegian, Kazakh, Kyrgyz, Azerbaijani,
    # Georgian, Belarusian, Czech, Hungarian, Marathi, Telugu, Gujarati, Bengali, Khmer, Burmese,
    # Tagalog, Persian, Hebrew, Sorani, Pashto, Amharic, Somali, Hausa, Swahili, Kinyarwanda,
    # Lingala, Zulu, Papiamento, Maltese, Irish, Luxembourgish.
    "|från|fra|қызмет|кызмат|xidmət|alan|მომწოდებელი|სერვისი|паслуга|protiúčet|hely"
    "|पाठवणारे|देणारे|बिलर|బిల్లర్|મોકલનાર|વેપારી|বিলার|អ្នកផ្គត់ផ្គង់|ភ្នាក់ងារ|အော်ပရေတာ"
    "|ကိုယ်စားလှယ်|mula sa|از|מאת|מעביד|فرۆشگا|ځای|ورکوونکی|ከ|biil|daga|zuwa|kamfani"
    "|kutoka|uwatanze|euti na|okuvela|di|minn|chuig|vun"
    # Bengali "agent", Nepali "service", "recipient", Lao "shop", "service provider".
    "|এজেন্ট|सेवा|प्रापक|ຮ້ານ|ຜູ້ໃຫ້ບໍລິການ"
    # Arabic "biller"; Persian "depositor"; Marathi "sender"; Thai "to", "pay to"; Vietnamese
    # "beneficiary".
    "|المفوتر|واریزکننده|पाठवणारा|ไปยัง|ชำระให้|người hưởng|nombre"
    # "Shop", "seller", "merchant" heading a cell in Setswana, Kinyarwanda, Bashkir, Tigrinya,
    # Sranan, Chichewa, Tagalog, Haitian, Shona, Tatar, Uyghur, Odia.
    "|lebenkele|magazini|һатыусы|ተቐባሊ|sendari|sitolo|tindahan|komersan|chitoro|сатучы|سودىگەر"
    "|ଦୋକାନ"
    # English "Where:" (the shop), German "shop", Dutch and Malay "To:".
    "|where|geschäft|naar|kepada"
    # "Merchant", "seller", "shop", "payer", "from" heading a cell in Setswana and Sesotho,
    # Luganda, Hausa, Macedonian, Igbo, Khmer, Turkmen, Wolof, Burmese, Malagasy, Yoruba, Tagalog.
    "|morekisi|omusuubuzi|mai sayarwa|уплатувач|onye ahịa|ហាង|satyjy|jaaykat|ဆိုင်|avy amin'i"
    "|láti ọ̀dọ̀|mula kay"
    # ... in Maltese, Urdu, Bislama, Welsh ("from"), Lingala ("from"), siSwati, Bengali, Korean
    # ("sender"), Chichewa.
    "|negozjant|دکان|stoa|gan|uta na|umtsengisi|বিক্রেতা|보낸 분|wamalonda"
    # Spanish "sent to".
    "|enviado a"
    # Tok Pisin "who sent", "bill's company", "story" (the description), Hawaiian "service
    # company", Aymara "seller", Bambara "receiver", "place paid", Yoruba "the one paid",
    # Wolof "sender".
    "|husat i salim|kampani bilong bil|stori|hui lawelawe|aljiri|minɛbaga|sarali kɛyɔrɔ"
    "|ẹni tí a san fún|ki yónnee"
    # French "biller", Russian "service", Swahili "place", Uzbek Cyrillic "payer", Tetum "to".
    "|facturier|услуга|mahali|тўловчи|ba"
    # A payment's purpose or description, holding the shop's descriptor or the payer: Lithuanian,
    # Basque, Arabic, Kazakh, Chichewa, Somali, Javanese, Wolof.
    "|mokėjimo paskirtis|kontzeptua|البيان|мақсаты|kufotokozera|faahfaahin|katrangan|leeral"
    # Irish "other party", Romansh "recipient" and "payer", Northern Sami "recipient", "payer".
    "|páirtí eile|retschavider|ordinader|vuostáiváldi|máksi"
    # Shop, merchant, seller, biller, service provider, company paid, sender, recipient, and a
    # payment's description or purpose, heading a cell in 70 more languages (African, Asian,
    # European, Pacific, Caribbean).
    "|moromedi|omufunyi|kamfanin sabis|ụlọ ahịa|onye zitere|bitig bi|moto azwi"
    "|lotfumelako|inkampani lekhokhelwako|iduka|የአገልግሎት ሰጪ|ድኳን|ለኣኺ|adeeg bixiye|akatumira"
    "|umamkeli|inkampani ekhokhelwayo|orinasa naloa|bitik|neldoowo|diensverskaffer"
    "|adetɔnfoɔ|cilabaga|ຜູ້ໂອນ|සේවා සපයන්නා|பில்லர்|ಬಿಲ್ಲರ್|വ്യാപാരി|બિલર|ਵਪਾਰੀ|بلر"
    "|нуқтаи савдо|үйлчилгээ үзүүлэгч|ཚོང་པ|ལེན་མི|ފިހާރަ|ผู้ให้บริการ|pengebil|ବ୍ୟବସାୟୀ"
    "|ପ୍ରେରକ|min bagħat|fornitur tas-servizz|soláthraí seirbhíse|móttakari|veitari"
    "|издавач на сметка|izdavalac računa|arve väljastaja|sąskaitos išrašytojas"
    "|гандлёвы пункт|izdavatelj računa|постачальник|szolgáltató|man we i kasem|faleoloa"
    "|tokotaha ma'u|kautaha|sitoa|ko koya e vakauta|kaiwhiwhi|qhatuq|ohupytýva|apayiri"
    "|benefisyè|manda pa|kompania|tlhaloso|ennyinyonyola|nkọwa|ndimbola|tsatanetsatane"
    "|ibisobanuro|መግለጺ|tsananguro|inkcazelo|maelezo|nkyerɛkyerɛmu|ɲɛfɔli|ការពិពណ៌នា"
    "|ລາຍລະອຽດ|အသေးစိတ်|ਵੇਰਵਾ|شرح|tavsif|сипаттама|тавсиф|beýany|འགྲེལ་བཤད|paglalarawan"
    "|butiran|বিৱৰণ|disgrifiad|deskribapena|skýring|svrha|namen|selgitus|maksājuma mērķis"
    "|დანიშნულება|նկարագրություն|прызначэнне|основание|αιτιολογία|közlemény|tokbaot"
    "|vakamacala|willakuy|deskripsyon"
    # Kirundi "the one who sent it", Luganda "the one who sent them",
    # Malayalam "description", Chinese "sender", Tagalog "sent to", Chinese "item paid",
    # Amharic "to" heading its cell, Ossetian and Latin "to whom", "from whom", Hungarian
    # "here" ("vásárlás történt itt: SPAR").
    "|uwayarungitse|aziwereza|വിവരണം|发送人|發送人|ipinadala kay|繳費項目|缴费项目|ለ"
    "|кæмæн|кæмæй|a quo|cui|itt"
    # Yoruba "the one who received it", Ojibwe "who", "where", Persian "destination card
    # holder's name", Thai "(mobile) network",
    "|ẹni tí ó gbà á|awenen|aandi|نام دارنده کارت مقصد|دارنده کارت مقصد|เครือข่าย"
    # Setswana "receiver", Fijian "the one who received".
    "|moamogedi|o koya e ciqoma"
    # Spanish "where" (a card purchase's shop), Basque "shop", Māori "trader".
    "|dónde|saltokia|kaihokohoko"
    # Venda "shop", Greenlandic "sender", Northern Sami "sender", Kurmanji "shop", Yiddish
    # "business", Brunei Malay in Jawi "recipient", Aymara "from where", Bashkir "from whom",
    # Tibetan "sender", Sindhi "institution".
    "|vhengele|nassiussisoq|sáddejeaddji|firoşgeh|געשעפט|ڤنريما|kawkinsa|кемдән|གཏོང་མཁན"
    "|ادارو"
    # Manx "from", Latin "payer"; a top-up's or a bill's provider: Kazakh (Latin) "shop",
    # Uzbek "service", Sesotho "provider", Spanish "operator", English "provider".
    "|veih|solvens|dúken|хизмат|mofani|operador|provider"
    # Russian and Kazakh "supplier" (a utility paid through a wallet).
    "|поставщик|жеткізуші"
)
_LABEL_WORDS = "|".join((_LONGER_LABEL_WORDS, _LABEL_ALTERNATION, _MORE_LABEL_WORDS)).split("|")
# A description that says the payment was pay ("NÓMINA MAYO"), not who paid it.
_MONTH_WORDS = "|".join(sorted((re.escape(name.upper()) for name in MONTHS), key=len, reverse=True))
_PAY_MEMO = re.compile(
    r"(?i:nómina|nomina|salario|sueldo|salary|payroll|wages|gehalt|lohn|salaire|stipendio"
    r"|salaris|palkka|lön|løn|lønn|pensión|pension|rente|zarplata|зарплата|заработная|ordenado"
    r"|mshahara|gaji|maaş"
    # ... or that it paid a bill ("PAGAMENTO FACTURA 112"; not "Paiement TPE MONOPRIX").
    r"|(?:(?:pagamento|pago|payment|paiement|zahlung|betaling)\s+(?:d[aeo]\s+)?)?"
    r"(?:factura|fatura|facture|invoice|rechnung|bill)\b(?=[\s\d#nº°.]*(?:\n|$)))"
    r"(?!\s*[-–:/])"  # "SALARY - AL NOOR TRADING LLC" names the payer after the word
    # ... as does a name in capitals after it ("SALARY DANGOTE CEMENT PLC"; "NÓMINA MAYO" is
    # the month's pay).
    rf"(?!\s+(?!(?:{_MONTH_WORDS})\b)[A-Z]{{2}})"
)
# Short words that are labels only before a colon or a tab.
# (Nepali "सेवा", service, is one: "सेवा शुल्क" is a service charge.)
_COLON_ONLY_LABELS = frozenset(
    [
        *("de", "kwa", "bij", "frá", "ka", "i le", "vei", "od", "från", "fra", "alan", "hely"),
        *("mula sa", "از", "ከ", "biil", "daga", "zuwa", "kutoka", "di", "minn", "chuig", "vun"),
        *("सेवा", "nombre", "where", "naar", "kepada", "avy amin'i", "láti ọ̀dọ̀", "mula kay"),
        *("stoa", "gan", "uta na", "ba", "des", "desc"),  # "Des: POS PURCHASE SHOPRITE"
        # A card purchase's label, which is also its heading ("Korttiosto" over "Hei,").
        *("køb", "pirkums", "korttiosto", "kaardimakse", "əməliyyat", "сатып алу"),
    ]
)
# Labels of a payment's description, which names a payee only when written like a name.
# The payer's own note to the payee ("Nachricht ...... Fondue Samstag"): never a name.
_NOTE_LABELS = frozenset(
    [
        "message",
        "nachricht",
        "mitteilung",
        "mensaje",
        "mensagem",
        "messaggio",
        "bericht",
        "note",
        "memo",
        "wiadomość",
        "zpráva",
        "сообщение",
        "留言",
        "备注",
        "備註",
        "메모",
    ]
)
MEMO_LABELS = frozenset(
    [
        "concepto",
        "concepte",
        "conceito",
        "description",
        "narration",
        "narrative",
        "remarks",
        "particulars",
        "details",
        "des",
        "desc",
        "info",
        "omschrijving",
        "descritivo",
        "descrição",
        "descricao",
        "descripción",
        "descripcion",
        "beschreibung",
        "libellé",
        "libelle",
        "opération",
        "opis",
        "popis",
        "აღწერა",
        "ବିବରଣୀ",
        "تفصیل",
        "विवरण",
        "तपशील",
        "বিবরণ",
        "விவரம்",
        "లావాదేవీ వివరాలు",
        "వివరాలు",
        "ವಿವರ",
        "વિગત",
        "tekst",
        "deskrizzjoni",
        "ibsa",
        "përshkrimi",
        "መግለጫ",
        "narr",
        # ... in 40 more languages.
        "selite",
        "butiran",
        "tavsif",
        "paskirtis",
        "text",
        "buchungstext",
        "kirjeldus",
        "causale",
        "leírás",
        "aprašymas",
        "apraksts",
        "descriere",
        "açıklama",
        "назначение",
        "описание",
        "опис",
        "keterangan",
        "摘要",
        "적요",
        "الوصف",
        "beskrivning",
        "beskrivelse",
        "lýsing",
        "περιγραφή",
        "תיאור",
        "texto",
        "mokėjimo paskirtis",
        "kontzeptua",
        "البيان",
        "мақсаты",
        "kufotokozera",
        "faahfaahin",
        "katrangan",
        "leeral",
        "tlhaloso",
        "ennyinyonyola",
        "nkọwa",
        "ndimbola",
        "tsatanetsatane",
        "ibisobanuro",
        "መግለጺ",
        "tsananguro",
        "inkcazelo",
        "maelezo",
        "nkyerɛkyerɛmu",
        "ɲɛfɔli",
        "ការពិពណ៌នា",
        "ລາຍລະອຽດ",
        "အသေးစိတ်",
        "ਵੇਰਵਾ",
        "شرح",
        "tavsif",
        "сипаттама",
        "тавсиф",
        "beýany",
        "འགྲེལ་བཤད",
        "paglalarawan",
        "butiran",
        "বিৱৰণ",
        "disgrifiad",
        "deskribapena",
        "skýring",
        "svrha",
        "namen",
        "selgitus",
        "maksājuma mērķis",
        "დანიშნულება",
        "նկարագրություն",
        "прызначэнне",
        "основание",
        "αιτιολογία",
        "közlemény",
        "tokbaot",
        "vakamacala",
        "willakuy",
        "deskripsyon",
    ]
)
# (Most letters can start a label: the lookbehind first rules out the inside of words, then
# the alternatives grouped by their first characters are tried, not each in turn.)
_LABEL = re.compile(
    starts(_LABEL_WORDS)
    + r"(?<![^\W\d_])"
    + grouped("|".join(_LABEL_WORDS), by_script=True)
    # "Payee: X", "Payee\tX", "Payee - X", "Payee ........ X", or a bare space before capitals.
    # (Armenian closes a label with "՝", Ethiopic with "፦".)
    # ... or a text table's cell wall after the padding ("| Beneficiario     | LUIS ...").
    + r"(?:\s*[:：\t】՝፦]\s*|\s+[-–—]\s+|\s*\.{3,}\s*|[ \t]{2,}\|[ \t]+|(?P<space>\s+))"
)
_INTRO_ALTERNATION = (
    "kwa malipo ya|malipo ya|kwenda|at|to|from|for|paid|by|towards|being|en|em|bei|chez|à|an"
    "|aan|bij|kwa"
    "|kutoka|presso|di|ke|dari|pada|в|на|naar|cho|клиенту|получателю|från|fra|frá|kohteesta|door"
    "|hos|pie|pri|kod|kohteessa|maksajalta|saajalle|στο|στη|στον|στην|από|προς|van"
    "|ho an'i|avy amin'i|tamin'ny|kuri|u dirtay|ka heshay|mula kay|para kay"
    "|от|від|у|для|при|para|por|von|de|da|no|na|u obchodníka|u|w|od|do|از فروشگاه|از|به|لدى|في|من"
    "|إلى"
    "|لـ"
    "|ho tsoa ho|ho tsoa|kuchokera kwa|polipira ku|mai vei|saumi vei|i go long|i kam long"
    "|nga|gan|ia"
)
# More languages' words that introduce whom the user paid or who paid ("in favour of", "paid to",
# "at", "from", "to"), kept apart from the list above as the labels are. Short words common in
# other languages are left out (or written with the word before them, "betalt til"); where a
# word above already opens the phrase ("na" of "na rzecz"), the phrase comes first.
_LONGER_INTRO_WORDS = (
    "na rzecz|в пользу|на користь|в полза на|u korist|у корист|من طرف|از طرف"
    # Tongan, Luganda, Igbo, Shona, Afrikaans "from", Croatian "to the recipient".
    "|mei he|okuva eri|site n'aka|kubva kuna|inbetaal deur|primatelju|at agent"
    # A cash-out's agent in English, Swahili, Kinyarwanda, Lingala, Twi, Malagasy.
    "|to agent|kwa agent|ku mukozi|epai ya agent|afi agent|tany amin'ny|u bva kha"
    # Serbian "from the payer", Polish "at the recipient" (before "od", "u" alone).
    "|od uplatioca|od platioca|u odbiorcy"
    # Greek "at the shop", Slovak "to the recipient".
    "|στο κατάστημα|príjemcovi|prijemcovi"
    # French "at the agent", Spanish "in favour of (Mrs)", a wallet topped up "from your account
    # at" in Spanish, Vietnamese, Italian; Arabic "through the agent".
    "|chez l'agent|chez l’agent|a favor de la|a favor del|a favor de|desde tu cuenta de"
    "|desde tu cuenta en|từ tài khoản|da conto|dal conto|من خلال الوكيل|عبر الوكيل|لدى الوكيل"
    # Finnish "from the user", "to the user", "payer", Czech "to the payee", Ukrainian "to the
    # recipient", Serbian and Croatian "to the user", Hausa "to".
    "|käyttäjältä|käyttäjälle|maksaja|příjemci|отримувачу|одержувачу|кориснику|korisniku"
    # English "towards the UPI AutoPay mandate of", Spanish "a bill of", Sorani "from", Shona
    # "going to".
    "|mandate of|un recibo de|لە لایەن|ichienda kuna"
    # Serbian "from the payer", Latvian "from the payer", Lithuanian "from the payer", Croatian
    # "at the merchant" (before "од", "no", "iš", "kod").
    "|од налогодавца|no maksātāja|iš mokėtojo|kod trgovca"
    "|zuwa ga"
    # Estonian "from the payer", "to the payee"; Yoruba "from"; Greek "from the"; an agent in
    # Nigerian Pidgin, Wolof, Haitian, Fijian; Kiribati "from", "to"; Chamorro "from".
    "|maksjalt|lati ọdọ|από τον|από την|through agent|ci ajaŋ|nan ajan|mai na agent"
    "|mairoun|nakon|ginen"
    # Swedish "purchase at"; English "your dispute with".
    "|köp på|köp hos|dispute with"
)
_MORE_INTRO_WORDS = (
    # French, Italian, German, Dutch ("ten gunste van").
    "vers|verso|zugunsten|t\\.g\\.v\\.|par"
    # Danish, Norwegian, Swedish, Icelandic.
    "|betalt til|overført til|overførsel til|overføring til|betaling til|betalning till"
    "|betalt till|överföring till|hjá|greitt til"
    # Czech, Slovak, Bulgarian, Romanian, Macedonian.
    "|ve prospěch|v prospěch|v prospech|към|către|catre|în favoarea|in favoarea|кај|од"
    "|во корист на"
    # Greek, Hebrew, Arabic.
    "|σε|υπέρ|מאת|אצל|עבור|لصالح|لفائدة|عند"
    # Indonesian, Malay, Vietnamese, Tagalog.
    "|kepada|daripada|từ|đến|tại|mula sa|ipinadala kay|ipinadala sa|binayaran sa|nagbayad sa"
    # Khmer ("at", "from").
    "|នៅ|ពី"
    # Hausa, Zulu, Irish, Welsh, Tajik, Lithuanian.
    "|daga|zuwa|kusuka ku|chuig|oddi wrth|аз|ба|iš"
    # Belarusian "from", Haitian Creole "from", Somali "came from", Amharic "to", Sesotho "to".
    "|ад|soti nan|ka yimid|ወደ|ho"
    # Sorani "by" ("لەلایەن هێمن عومەر": by Hemin Omar), "to" ("بۆ").
    "|لەلایەن|بۆ"
    # Lingala "to", Luxembourgish "from", Malagasy "at", Maltese "at", "from", Estonian "from the
    # sender", "to the recipient", Latvian "to the recipient", Haitian Creole "from", Javanese
    # "from", "to", Fijian "to", Khmer "to".
    "|epai ya|vum|vun|tao amin'ny|għand|mingħand|saatjalt|saajale|saņēmējam|nan men|saka|marang|vei"
    "|ទៅ"
    # Tagalog "used at", Hausa "to pay", Yoruba, Setswana, Wolof, Kirundi, Tigrinya
    # "from", Tigrinya "to".
    "|ginamit sa|don biyan|láti ọ̀dọ̀|go tswa go|jóge ci|bivuye kuri|ካብ|ናብ"
    # Finnish "at", "to", "from the merchant", Estonian "to", "from the merchant", Latvian "to
    # the merchant", Lithuanian "to the seller", Yoruba "at", Irish "paid to".
    "|kauppiaalla|kauppiaalle|kauppiaalta|kaupmehele|kaupmehelt|tirgotājam|pardavėjui|ní|íoc le"
    # Amharic "from", Somali "you paid to", Haitian Creole "at the agent", Tongan "to the" and
    # "to (a person)", Tagalog "paid".
    "|ከ|ayaad u bixisay|kay ajan|ki he|kia|binayaran"
    # English "at the agent" (a cash-out), Lithuanian "to the recipient".
    "|gavėjui"
    # "From" in Frisian ("received from"), Javanese, Cebuano, Luganda, Venda, Breton, Sesotho;
    # Javanese "to".
    "|ûntfongen fan|saking|gikan kang|okuza ku|digant|trokea ha|dhateng"
    # "From" in Luganda; "you paid" in Wolof, Kinyarwanda, Zulu, Xhosa, siSwati "you sent",
    # Igbo "you sent"; Serbian, Slovene "to the recipient"; Estonian "at the merchant"; Fijian
    # "sent by".
    "|okuva ewa|fey nga|wishyuye|ukhokhele u-|ukhokhele|uhlawule|utfumele|ị zigara|примаоцу"
    "|prejemniku|kaupmehe|sa vakauta mai o|jóge"
    # Luganda "from (a person)", Twi "paid to".
    "|okuva ku|akɔma"
)
_INTRO_WORDS = "|".join((_LONGER_INTRO_WORDS, _INTRO_ALTERNATION, _MORE_INTRO_WORDS)).split("|")
# ... and the words of scripts written without spaces between words (Thai, Lao; Chinese "至",
# to), which a name may follow directly, and Hebrew's prefixed "from", "to", "at" ("מ-", "ל-",
# "ב-": "העברה מ- ישראל כהן").
_INTRO_THAI = (
    "ที่",
    "จาก",
    "ให้",
    "กับ",
    "ไปยัง",
    "ถึง",
    "แก่",
    "ຈາກ",
    "ທີ່",
    "ໃຫ້",
    "ເຖິງ",
    "至",
)
# (Hebrew writes them as words of their own: "רב-קו" holds no "ב-".)
# ... and Nguni "to", "from" ("ku-Thandeka", "kwa-Sipho Dlamini")
_INTRO_HEBREW = ("מ-", "ל-", "ב-", "ku-", "kwi-", "kwa-")
_INTRO = re.compile(
    starts([*_INTRO_WORDS, "@", *_INTRO_THAI, *_INTRO_HEBREW])
    + r"(?:(?<![^\W\d_])"
    + grouped("|".join(_INTRO_WORDS), by_script=True)
    + r"\s+|(?<!\S)@\s+|"
    + "|".join(word + r"\s*" for word in _INTRO_THAI)
    + "|(?<!\\S)(?:"
    + "|".join(_INTRO_HEBREW)
    + r")\s*"
    + ")"
)
# "84XXXX123 - ALBERTO MACHAVA", "01712XXX345 (Rahima Begum)": a (masked) number, then the name.
# (The test that no word character comes before is made after the first character, so that the
# pattern starts with a character class and `re` skips to one in C.)
_AFTER_NUMBER = re.compile(
    # (Three characters at least: "EM-4471229-PL" ends a reference with a country code.)
    r"[\d+](?<!\w.)[\dXx*•]{6,}(?:/\d{4})?\s*(?:[-–]\s*|\(\s*)(?P<n>[^\W\d_][^\n()\t,.;]{2,40})"
)
# Chinese names the shop in corner brackets after "at", "to" or "from" (在「全家」消費): as
# plainly as a label does.
_CJK_AT = re.compile(r"(?:在|向|给|給|从|從)[「『【](?P<n>[^」』】\n]{1,40})[」』】]")
# ... and without them: "在全聯福利中心消費"; a wallet's name before the shop's: "支付宝-盒马鲜生".
# ... and after the amount, in full-width brackets: "消费支出人民币356.00元（京东商城）".
_CJK_AFTER_YUAN = re.compile(r"元（(?P<n>[^）\n\d]{2,20})）")
# (Taiwan writes "於" for "在"; a branch may stand in brackets after the shop: "在星巴克(国贸店)
# 消费"; a quick payment names the shop in brackets: "快捷支付(京东商城)支出".)
_CJK_SPENT_AT = re.compile(
    # (The shop's branch or town may follow it after a space: "在全聯福利中心 台北松山消费".)
    r"(?:在|於)(?P<n>[^\s\d，。、：:「」()（）]{2,20}?)(?:[(（][^)）\n]{1,12}[)）])?"
    r"(?: [^\s，。、：:「」()（）]{1,20}){0,2}?(?:消費|消费|刷卡|簽帳|簽賬|签账)"
    r"|(?:支付宝|支付寶|财付通|財付通|微信支付)[-－](?P<m>[^-－)）\s，。]{2,20})"
    r"|(?:快捷支付|网上支付|網上支付|支付)[(（](?P<k>[^)）\n]{2,20})[)）](?:支出|消费|消費)"
)
# ... and whom a transfer went to or came from: "向王伟转账支出", "收到李娜转账", "收到Sipho
# Dlamini转账".
_CJK_TRANSFER = re.compile(
    r"(?:向|给|給)(?P<n>[\u4e00-\u9fff·]{2,8}?|[A-Za-zÀ-ɏ][A-Za-zÀ-ɏ .'-]{1,40}?)"
    r"(?:转账|轉帳|轉賬|汇款|匯款|付款)"
    r"|收到(?!一笔|一筆)(?P<m>[\u4e00-\u9fff·]{2,8}?|[A-Za-zÀ-ɏ][A-Za-zÀ-ɏ .'-]{1,40}?)(?:的)?"
    r"(?:转账|轉帳|轉賬|汇款|匯款)"
)
# ... and who transferred to the user: "张伟向你转账2902.67元".
_CJK_TO_YOU = re.compile(r"(?P<n>[\u4e00-\u9fff·]{2,4})向[你您](?:转账|轉帳|轉賬|汇款|匯款)?")
# A person's name in Latin letters between words of another script is the other party: "آپ کے
# اکاؤنٹ میں Karin Weber থেকে", "له Li Wei څخه", "מJohn Carter בתאריך", "收到Jana Novotná转账".
_LATIN_NAME_AMID = re.compile(
    r"(?:(?<=[^\x00-\u024f\s\d] )|(?<=[^\x00-\u024f\s\d]))"
    r"(?P<n>[A-Z][a-zà-ÿ'’-]+(?: [A-Z][a-zà-ÿ'’-]+){1,3}"
    # ... and a shop's one word: "SPAR ته", "McDonald's ގައި".
    r"|[A-Z]{4,}|[A-Z][A-Za-z]*['’&][A-Za-z]+)(?= ?[^\x00-\u024f\s\d])"
)
# A Russian SMS names the shop between the amount and the balance: "Покупка 1 286,56 р Пятёрочка
# Баланс: 28 537,16 р".
_RU_BEFORE_BALANCE = re.compile(
    r"\d ?(?:р|₽|руб\.?) (?P<n>[А-ЯЁA-Z][^\n\d:]{1,40}?) (?=Баланс|Доступно|Остаток)"
)
# Amharic and Tigrinya glue "to" (ለ, ን) and "from" (ከ) to a name in Latin letters: "ለPizza Hut".
_ETHIOPIC_GLUED = re.compile(r"[ለንከ](?P<n>[A-Z][\w'&.-]*(?: [A-Z][\w'&.-]*){0,3})")
# Korean alerts write the other party alone on a line between the amount's and the date's
# ("[카카오뱅크] 입금 555,700원\n이서연\n11/19 18:16"): a person's name, two to four syllables;
_KO_NAME_LINE = re.compile(r"원\n(?P<n>[가-힣]{2,4})\n(?=\d)")
# ... or after the time (or on the line below it), before the next label: "10/04 18:52 이서연
# 승인번호: ...".
_KO_AFTER_TIME = re.compile(
    r"\d:\d\d(?::\d\d)?(?: |\n\n?)(?P<n>[가-힣A-Z][가-힣A-Za-z0-9&]{1,9})"
    r"(?= (?:승인번호|잔액|누적|거래|[\d(])|\s*$)",
    re.MULTILINE,
)
_QUOTED = re.compile(r"[«“\"「『](?P<n>[^»”\"」』\n]{2,40})[»”\"」』]")
# ... and "in the name of" (Turkish, Azerbaijani): "Elvin Məmmədov adına 466,14 AZN".
# A Turkish sentence opening with the sender before "to your account" ("Ayşe Yılmaz hesabınıza
# 13.577,40 TL FAST ile gönderdi").
_TR_TO_YOUR_ACCOUNT = re.compile(
    r"(?:^|(?<=[\n.!?:] ))(?P<n>[A-ZÇĞİÖŞÜ][\wçğıöşü]+(?: [A-ZÇĞİÖŞÜ][\wçğıöşü]+){1,3})"
    r" hesab[ıi]n[ıi]za(?!\w)",
    re.MULTILINE,
)
# A Mongolian payee in the dative before "transferred" ("Б.Бат-Эрдэнэд шилжүүлэв": to B.
# Bat-Erdene): the initial, the name, its "-д"/"-т" left off.
_MN_TO = re.compile(
    r"(?<!\S)(?P<n>[А-ЯЁӨҮ]\.\s?[А-ЯЁӨҮ][а-яёөү]+(?:-[А-ЯЁӨҮ][а-яёөү]+)?)[дт] шилжүүл"
)
_TR_NAMED = re.compile(
    r"(?P<n>[A-ZÇĞİÖŞÜƏ][\w.]*(?: [A-ZÇĞİÖŞÜƏ][\w.]*){0,3}) (?:adlı|adına)(?!\w)"
)
# A short line of its own near the amount ("Покупка 1 125,98 ₽\nЯндекс Такси"), matched from
# the line break before it: a pattern that starts with a literal lets `re` skip to one in C
# ("^" in MULTILINE mode makes it try every position). Searched from one character before the
# span, so that a line opening the span is found as "^" found it.
# A line that is a name: letters, perhaps after an emoji ("💳 АТБ") and before a shop's number
# ("MEGA IMAGE 0412").
_LEGAL_FORM_BEFORE = re.compile(r"s\.\s?a\.(?:\s?b\.)?\s$")
# A label/value row's gap: a tab or a dotted leader; the value follows it.
_ROW_GAP = re.compile(r"\t+| ?\.{2,} ?")
_LINE = re.compile(
    r"\n(?:[^\w\s]{1,2} )?(?P<n>[^\W\d_][^\n\d:@]{1,38}[^\W_])(?: \d{1,5})?$", re.MULTILINE
)
_HINGLISH_TO = re.compile(
    r"(?P<n>[A-Z][\w.]*(?: [A-Z][\w.]*){0,3})"
    r" ko(?: (?:bheje|bheja|bhej|paid|pay|transfer|diye|diya)"
    r"|[.,;]|$| (?=₹|Rs\.?\s?\d|INR|UPI\b|upi\b|dwara\b))"
)
# Card SMS lines: the date and time, then the shop that ends the line ("06/04 21:57 GS25",
# "[승인] 하나(1698) 64,280원 08/16 11:04 배달의민족": Korean card alerts).
# Both shapes (at a line's start, with or without the date; after a space, with the date) start
# with a digit, matched first so that `re` skips to digits in C; lookbehinds then tell which.
_AFTER_TIME = re.compile(
    r"\d(?:(?<=^\d)(?:\d?[/.-]\d{1,2}\s+\d{1,2}|\d?)|(?<=\s\d)\d?[/.-]\d{1,2}\s+\d{1,2})"
    # (The shop after the time's AM or PM, on its line or the next; a word over a bare number
    # or code is that value's label: "Time / 17:43 / Reference / 742441183306".)
    # ("Uhr", "h", "saat" after a time are o'clock: "18:04 Uhr, Warschauer Str." is a place.)
    r":\d{2}(?::\d{2})?\s+(?:[ap]\.?m\.?\s+)?(?![ap]\.?m\b|uhr\b|h\b|hrs?\b|saat\b)"
    r"(?P<n>[^\W\d_][^\n]{0,40}?)[ .]*$"
    r"(?!\n[ \t]*(?:\d[\d ./:-]*\d|[A-Z-]*\d[A-Z\d-]*)[ \t]*$)",
    re.MULTILINE | re.IGNORECASE,
)
# ... or, inside a sentence, how it was paid and the payee in capitals after the time that ends
# its line ("tarehe 26/04/2026 saa 10:34 LIPA NAMBA - SHOPPERS PLAZA MASAKI.").
_CAPS_AFTER_TIME = re.compile(
    r"(?<=\s)\d{1,2}:\d{2}(?::\d{2})?\s+"
    r"(?P<n>[A-Z][A-Z0-9&'./ ]{1,20} - [A-Z][A-Z0-9&'./ -]{1,40}?)[ .]*$",
    re.MULTILINE,
)
# Sri Lankan alerts name the other party in capitals after the verb and a dash, up to the full
# stop: "... பற்று வைக்கப்பட்டுள்ளது - CARGILLS FOOD CITY JAFFNA. திகதி ...".
# (The dash first, so that `re` skips to it in C; what stands before it is looked behind for.)
_CAPS_AFTER_DASH = re.compile(r" - (?<=[^\s\d] - )(?P<n>[A-Z][A-Z0-9&'/ -]{2,40}?)\.(?:\s|$)")
# How a payment was made, then the payee, in brackets: "(شراء - هايبر وان الشيخ زايد)".
_KIND_WORDS = (
    "شراء|purchase|compra|achat|paiement|pago|pagamento|покупка|оплата|kauf|einkauf|aankoop"
    "|acquisto|pembelian|ununuzi|harcama|pos|salary credit|salary|funds transfer|transfer|ibft"
)
_BRACKETED_KIND = re.compile(
    rf"\((?:{_KIND_WORDS})\s?[-–:]\s?(?P<n>[^\W\d_][^()\n]{{1,40}})\)", re.IGNORECASE
)
# Korean alerts write the other party on its own line, then what the money was: "(주)한빛소프트
# 급여" (salary), "래미안아파트관리사무소 자동이체" (standing order).
_KO_KIND_LINE = re.compile(
    r"^(?P<n>[^\n\d]{2,30}?) (?:급여|자동이체|타행이체|이체|체크카드|카드결제|대체)$", re.MULTILINE
)
# A cell of a plain-text row whose cells two or more spaces part. The two spaces before it are
# matched, not looked behind for, so that `re` skips to them in C; searched from two characters
# before the span, it finds the same cells (no cell's name can hold the spaces of the next).
_SPACED_CELL = re.compile(r"  (?<=\S  )(?P<n>[^\W\d_][^\n\d]{1,40}?)(?= {2,}|[ ]*$)", re.MULTILINE)
# "X has received Rs 21 from your A/c", "John Doe sent you $232.30": the name opens the sentence.
# "Carlos Ayuso sent BZ$1,070.03 to your account": the amount, then to the user.
_SENT_TO_YOU = r"\s+\S{0,5}\d[\d,.]*\s+to\s+your\b"
# The verbs of someone sending the user money, in the languages payment apps write.
_SENT_YOU_VERBS = (
    r"paid\s+you|te\s+envi[óo]u?|vous\s+a\s+envoyé|hat\s+dir|heeft\s+je"
    r"|te\s+(?:ha\s+)?transferido|te\s+transfiri[óo]|te\s+ha\s+enviado|te\s+transferiu"
    r"|ti\s+ha\s+inviato|amekutumia|ได้โอนเงิน|перевел[аи]?\s+вам|size\s+gönderdi|から送金"
    r"|أرسل\s+لك|mengirim|(?:sent|paid|transferred|deposited)(?=" + _SENT_TO_YOU + r")"
    r"|le\s+envi[óo]|le\s+ha\s+enviado|le\s+transfiri[óo]|le\s+ha\s+transferido"
    # Catalan, French, German, Swiss German, Norwegian, Danish, Swedish, Icelandic, Czech,
    # Slovak, Serbian, Croatian, Greek, Ukrainian, Finnish, Uzbek, Azerbaijani, Kazakh, Hebrew,
    # Hindi, Hinglish, Marathi, Telugu, Tamil, Urdu "(has) sent / paid / refunded you".
    r"|t'ha\s+enviat|t'ha\s+transferit|vous\s+a\s+(?:remboursé|viré|payé)|hat\s+ihnen|hät\s+dir"
    r"|har\s+(?:sendt|overført|betalt)\s+d(?:eg|ig)|har\s+skickat|har\s+swishat|millifærði"
    r"|vám\s+posla(?:l|la)|(?:vam|вам)\s+(?:je|је)\s+(?:poslao|poslala|послао|послала)"
    r"|σας\s+έστειλε|(?:надіслав(?:\(ла\))?|надіслала)\s+вам|maksoi\s+sinulle|sizga|sizə|сізге"
    r"|העביר(?:/ה|ה)?\s+לך|ने\s+आपको|ne\s+aapko|यांनी\s+तुम्हाला|మీకు|உங்களுக்கு|نے\s+آپ\s+کو"
    # Afrikaans "X het R870.00 ... oorbetaal": the amount between the payer and the verb.
    r"|het(?=\s+[^\s\d]{0,3}\s?\d)|heeft(?=\s+[^\s\d]{0,3}\s?\d)"
    # Bislama, Lingala, Hausa, Albanian, Welsh, Galician, Guarani, Papiamento, Uzbek ("by"),
    # Igbo, Luxembourgish, Fula, Tigrinya.
    r"|i\s+sanem|atindeli\s+yo|ya\s+tura|ju\s+dërgoi|wedi\s+anfon|enviouche|omondo\s+ndéve"
    r"|a\s+manda|tomonidan|ezitela\s+gị|huet\s+iech|neldii\s+ma"
    # German "X hat am 21.07.2026 eine Lastschrift ... eingezogen" (a biller collected).
    r"|hat\s+am(?=\s+\d)"
    # Peruvian Spanish "X te yapeó" (sent you by Yape), Norwegian "X sendte deg"; a shop that
    # refunded: French, Icelandic, Finnish, Russian, Azerbaijani, Maltese.
    r"|te\s+yape[óo]|sendte\s+deg|a\s+remboursé|hefur\s+endurgreitt|palautti|вернул"
    r"|geri\s+qaytardı|irrifondew"
)
# The payer opens the sentence (or follows a colon: "Gutschrift: J. Weiß hat Ihnen"; an
# initial's full stop stays in the name), then one of these verbs: each verb found, the name is
# read back to the sentence's start (one pass, not a name tried at every sentence's start).
# (Each alternative starts with a literal: `re` skips in C to where one can start.)
_RECEIVED_VERB = re.compile(r"(?:received|sent\s+you|" + _SENT_YOU_VERBS + r")(?![^\W\d_])")
# "X has received ...", "X has sent you ...": the auxiliary is the verb's, not the name's.
_AUXILIARY_END = re.compile(r"\s+(?:has|have)$")
# A payer with "from" glued onto the name, then the amount, in the languages that decline names
# so: Azerbaijani "Əli Məmmədovdan 320.54 ₼", Turkmen "Merdan Orazowdan", Hungarian "Kovács
# Jánostól", Mongolian "Б.Батбаяраас", Kazakh "Асқар Нұрланұлынан", Quechua "Rosa Mamanimanta".
_GLUED_FROM = re.compile(
    r"(?<!\S)(?P<n>[A-ZÀ-ÞƏА-ЯЁӘҒҚҢӨҰҮҺІ][\w.'-]*(?: [A-ZÀ-ÞƏА-ЯЁӘҒҚҢӨҰҮҺІ][\w.'-]*){0,2}?)"
    r"(?:dan|dən|tól|től|ból|ből|аас|ээс|оос|өөс|нан|нен|дан|ден|тан|тен|manta)"
    r"(?=\s+(?:[^\w\s]{1,3}\s?)?\d)"
)
# A person's name with a case ending glued on, in a sentence: Hungarian "from" ("Jóváírás
# érkezett Kovács Pétertől"), Armenian "from" ("փոխանցում Արմեն Սարգսյանից"), Kyrgyz and Kazakh
# "to" on a surname before the amount ("Айбек Токтогуловго 7 731,69 сом").
_NAME_WITH_CASE_ENDING = re.compile(
    r"(?<!\S)(?P<n>[A-ZÁÉÍÓÖŐÚÜŰ][a-záéíóöőúüű]+ [A-ZÁÉÍÓÖŐÚÜŰ][a-záéíóöőúüű]+?[a-zíóöőúüű])"
    r"(?:tól|től)(?!\w)"
    r"|(?<!\S)(?P<m>[Ա-Ֆ][ա-ֆ]+ [Ա-Ֆ][ա-ֆ]+?)ից(?![ա-ֆ])"
    # ... and Armenian "to" on a "-յան" surname ("փոխանցվել է 180,000.00 ֏ Արամ Պետրոսյանին").
    r"|(?<!\S)(?P<a>[Ա-Ֆ][ա-ֆ]+ [Ա-Ֆ][ա-ֆ]+յան)ին(?![ա-ֆ])"
    r"|(?<!\S)(?P<k>[А-ЯЁӘҒҚҢӨҰҮҺІ][а-яёәғқңөұүһі]+ [А-ЯЁӘҒҚҢӨҰҮҺІ][а-яёәғқңөұүһі]*?"
    r"(?:ов|ев|ин|ова|ева|ина))(?:го|га|ге|гө|ға|ке|қа|ка|кө)(?=\s+\d)"
)
# A utility's or network's name before what was bought from it ahead of use: "EEC prepaid
# electricity", "You bought ZESCO prepaid units", "MTN prepaid airtime".
_PREPAID_FROM = re.compile(
    r"(?<![\w.])(?P<n>[A-Z][\w&.'-]{1,24}(?: [A-Z][\w&.'-]{1,24}){0,2})"
    r" prepaid (?:electricity|units|airtime|tokens?|data|power|water|gas)\b"
)
# A Bantu language's "from"/"to" glued onto a name in title case: Zulu and Xhosa "kuSipho
# Dlamini", "ngoThandi Nkosi", Swahili "kwaJuma"; Turkish "X harcaması" (X's spending) in a
# subject.
_GLUED_TO_NAME = re.compile(
    r"(?<![\w-])(?:ku|ka|ko|ngu|ngo|nge|kwa|ki)-?(?P<n>[A-Z][a-z'’]+(?: [A-Z][a-z'’-]+){0,2})"
    r"|^(?P<m>[A-Z0-9][^\n]{1,40}?) harcaması\b"
)
# German "you have sent X money": "Du hast Felix Braun Geld gesendet".
_DE_YOU_SENT = re.compile(
    r"(?:Du hast|Sie haben) (?P<n>[A-ZÄÖÜ][\w.'-]*(?: [A-ZÄÖÜ][\w.'-]*){0,3}?)"
    r" (?:[^\s\d]{0,3}\s?[\d.,]+\s?[^\s\d]{0,3} )?(?:Geld )?(?:gesendet|geschickt|überwiesen)\b"
)
# A French SEPA transfer's structured wording: "VIR SEPA RECU /DE M. THOMAS DUBOIS /MOTIF LOYER
# /REF. 17169652": the payer after "/DE", to the next field.
_SEPA_FROM = re.compile(
    r"/DE (?:(?:M|MME|MLLE|MR)\.? )?(?P<n>[A-Z][^/\n]{1,50}?) ?/(?=MOTIF|REF|ID|EREF|REM)"
)
# Hungarian puts the amount between: "Tóth Gábor 68 000 Ft-ot utalt Önnek".
_HU_SENT_YOU = re.compile(
    r"(?:^|(?<=[\n.!:]))\s*(?P<n>[^\W\d_][^\n.!:\d]{1,40}?)\s+\d[\d\s.,]*\S{0,8}\s+utalt\s+önnek",
    re.IGNORECASE,
)
_NAME_REACH = 60
# Turkish puts the place before its word: "A101 KADIKOY işyerinden ... harcama".
_TR_FROM_PLACE = re.compile(
    # (A processor's prefix is part of the descriptor: "IYZICO/TRENDYOL ISTANBUL TR".)
    r"(?<!\S)(?P<n>(?:[A-ZÇĞİÖŞÜ0-9][\wÇĞİÖŞÜ&.'*/-]*\s){0,3}[A-ZÇĞİÖŞÜ0-9][\wÇĞİÖŞÜ&.'*/-]*)"
    r"\s+(?:üye\s+)?işyerin(?:den|e|de)\b"
)
# A name in capitals straight after the amount and its currency: "Покупка 2 171,41 руб., SAMOKAT."
# A person named with the Korean or Japanese honorific before "to"/"from": "이서연님에게",
# "鈴木 一郎さんから" (a masked name, "김*민님", is the user's own).
# Amharic writes "to" (ለ) and "from" (ከ) onto the name, before "was debited/credited": "ብር 6,139.00
# ለቶታል ነዳጅ ማደያ ወጪ ተደርጓል", "ከሰላማዊት ታደሰ ገቢ ተደርጓል".
_AMHARIC_TO_FROM = re.compile(
    r"(?<![\u1200-\u137f])[ለከ](?P<n>[\u1200-\u137f]{2,}(?: [\u1200-\u137f]+){0,3}?)"
    r" (?:(?:ወጪ|ገቢ) ተደርጓል|(?:ብር )?[\d,.]+ ብር|ብር [\d,.]+)"
)
_HONORIFIC = re.compile(
    r"(?<![가-힣])(?P<n>[가-힣]{2,4})님(?:에게|께|으로부터|이|의)"
    r"|(?P<m>[一-龯ぁ-んァ-ヶー]{1,6}(?: [一-龯ぁ-んァ-ヶー]{1,6})?)"
    r" ?(?:さん|様)(?:から|へ|に|より)"
)
# A Latin-script shop before a postposition: Azerbaijani "BRAVO SUPERMARKET obyektində", Urdu
# "Daraz.pk پر", Bengali "Aarong-এ".
# Postpositions after a name: Azerbaijani "at the shop", Urdu, Bengali "at", "to", Sinhala
# "at", Mongolian "to" ("Сарангэрэл Бат-д"), and "at" in Kannada, Punjabi, Gujarati, Odia,
# Telugu, Tamil, Marathi, Bengali, Oromo, Quechua, Nepali, and Turkmen, Uzbek, Kyrgyz, Kazakh,
# Basque "at the shop" (or "at the seller"); then
# Burmese "at", which a word may follow unspaced.
_POSTPOSITIONS = [
    " obyektində", " obyektinde", " پر", "-এ", "-কে", " හි", "-д", " ನಲ್ಲಿ", " ਤੇ", " પર", " ରେ",
    " లో", " இல்", " येथे", "-তে", " irratti", " nisqapi", " dükanynda", " do'konida",
    " дүкөнүндө", " söwda nokadynda", " saltokian", " dendan", " сатушысында", " मा",
    # Punjabi "at" after an apostrophe ("Google 'ਤੇ"), Quechua "from" ("Lusia Tuilagi-manta"),
    # Hinglish "by" ("Olga Kovalenko dwara").
    " 'ਤੇ", " ’ਤੇ", "-manta", " dwara",
    # Finnish "to", "from", "at" after a colon ("DNA:lle", "HSL:ltä"), Hungarian "for" ("Tóth
    # Gábor részére"), Armenian "to" ("ՀԷՑ-ին"), Turkish "from your account at" ("Ziraat
    # Bankası hesabınızdan"), Kazakh "in the name of".
    ":lle", ":ltä", ":lta", ":llä", ":lla", " részére", " számára", "-ին", " hesabınızdan",
    " атына",
    # Azerbaijani "for", Hungarian "in the shop", Turkmen "in the name of", Kazakh "in the
    # shop", Estonian "at", Guarani "to" ("Julio Cáceres-pe").
    " üçün", " üzletben", " adyna", " дүкенінде", " juures", "-pe",
]  # fmt: skip
_BEFORE_POSTPOSITION = re.compile(
    r"(?P<n>[A-ZÀ-ÞА-ЯЁÝԱ-Ֆ][\w&.'-]*(?: [A-ZÀ-ÞА-ЯЁÝԱ-Ֆ][\w&.'-]*){0,3})"
    rf"(?:{trie(_POSTPOSITIONS)}(?!\w)|{trie([' ၌', ' တွင်'])}"
    # Hinglish "from" ("Infosys Ltd se 25-02-2025 ... jama hue").
    r"| se(?= [^\w\s]{0,3}\d| [A-Z]{2,3}\b| (?:jama|mile|mila|aaye|prapt)\b)"
    # Uzbek "at" before the amount ("Pizza Hut da 93 500 so'm to'lov"), Hinglish "to" ("payment
    # Airtel ko safaltapoorvak").
    r"| da(?= \d)| ko(?= )"
    # Burmese "to", perhaps after a bracket ("CITY MART (Yoma Pay QR) သို့").
    r"|(?: \([^)\n]{1,20}\))? သို့)"
)
# South African bank SMS: "CHEQ4460, Pur, 12/03/26 12:30 ENGEN GARSFONTEIN, R412.85, ...": after
# the date (and time), the name in capitals up to the comma before the amount.
_SMS_AFTER_DATE = re.compile(
    r"\d\d/\d\d/\d\d(?: \d\d:\d\d)? (?P<n>[A-Z][A-Z0-9 &'.*/-]{1,40}?),"
    r" (?=[A-Z]{0,3}\$?-?\d|R ?-?\d)"
)
# Nepali names whom the user paid, or who paid, after the time ("... 22:05 मा सीता गुरुङ लाई रु.
# 500 पठाइयो": at 22:05, to Sita Gurung) and before the postposition "to" (लाई) or "from" (बाट).
_NE_POSTPOSITION = re.compile(
    r"(?<=मा )(?P<n>[\u0900-\u097f]+(?: [\u0900-\u097f]+){0,3}) (?:लाई|बाट)(?!\S)"
    # ... and Hindi a name before "from" (से) or "to" (को) that closes its clause ("— राकेश
    # शर्मा से, दिनांक ...").
    r"|(?<![\u0900-\u097f] )(?<![\u0900-\u097f])(?P<m>[\u0900-\u097f]+(?: [\u0900-\u097f]+){0,3})"
    r" (?:से|को)(?=[,।])"
)
# Bengali names the payer after the account ("হিসাব নং ****3312 এ রহিম উদ্দিন থেকে": to
# account ..., from Rahim Uddin) and Burmese glues "from" or "to" a person to the name
# ("ဦးအောင်ကျော်ထံမှ": from U Aung Kyaw).
# ... and in more scripts, a name before "from" or "to" written as a word of its own (Gujarati,
# Kannada, Marathi, Odia, Punjabi, Sinhala "by", Tamil, Urdu, Burmese spaced): only the long
# postpositions, not the short particles that follow any noun (Urdu's "to" only with its verb,
# "کو منتقل": transferred to).
# The postpositions written after the user's own account or card ("****8802 માં", "XX5754 ൽ
# നിന്ന്", "কার্ড ****4198 দিয়ে"): a name after them starts past them.
_ACCOUNT_POSTPOSITIONS = (
    "(?:માં|માંથી|ಗೆ|ರಿಂದ|ನಿಂದ|ରେ|ରୁ|ਵਿੱਚ|ਤੋਂ|ਨਾਲ|లో|నుండి|میں|سے|இல்|இலிருந்து|मा|से|में"
    "|सँग|खात्यात|खात्यातून|သို့|වෙත|এ|မှ|നിന്ന്|ൽ|দিয়ে|থেকে)"
)
_NAME_BEFORE_POSTPOSITION = re.compile(
    # (A name in Latin capitals, or one to three words of the script, not a mix: "UPI ਰਾਹੀਂ
    # HARPREET SINGH ਵੱਲੋਂ" is via UPI, from Harpreet Singh.)
    r"(?<!\S)(?P<n>[A-Z][\w.'-]*(?: [A-Z][\w.'-]*){0,3}"
    # (Not from the account's own postposition, written after its number: "****8802 માં").
    rf"|(?!{_ACCOUNT_POSTPOSITIONS}\s)"
    r"[^\W\d_A-Za-z][^\s\d,.;:!?।()A-Za-z]*(?: [^\W\d_A-Za-z][^\s\d,.;:!?।()A-Za-z]*){0,2}) "
    r"(?:તરફથી|ಅವರಿಂದ|ಅವರಿಗೆ|यांच्याकडून|यांना|ଙ୍କଠାରୁ|ଙ୍କୁ|ਵੱਲੋਂ|විසින්|அவர்களிடமிருந்து"
    r"|அவர்களுக்கு|کی جانب سے|کی طرف سے|کو منتقل|ထံမှ|ထံသို့"
    # Bengali, Tamil, Sinhala "from", Sinhala "to", Hindi "from (an agent)".
    r"|থেকে|இடமிருந்து|වෙතින්|වෙත|के पास से"
    # Pashto "by" ("د احمد شاه کریمي لخوا": by Ahmad Shah Karimi); Sinhala "from Mr", "from
    # Mrs", "to Mr", "to Mrs" ("නිමල් පෙරේරා මහතාගෙන්").
    r"|لخوا|මහතාගෙන්|මහත්මියගෙන්|මහතාට|මහත්මියට)(?![^\s,.।])"
)
# A name in a script without capitals with "from", "to" or "at" glued on, or just after it,
# then the amount: Nepali "सीता गुरुङबाट रु. 27,000.00", "बिकास श्रेष्ठलाई", Bengali "ফারজানা
# আক্তার-কে ৳27,000.00", "স্বপ্ন-এ", Tamil "கார்த்திக் வேலு-க்கு ₹1,447.73", Telugu
# "లక్ష్మి ప్రసాద్‌కి", Hindi "राजेश कुमार से ₹12,000.00", Urdu "علی موبائل شاپ سے 10,600.82"
# and "to" ("آپ نے محمد عمران کو Rs.": after the ergative "نے"), Sindhi "from" ("کان").
# The rupee's word after an amount ("26,000.00 روپے عائشہ خان کو"): no name starts with it.
_RUPEES = "(?:روپے|रुपये|रुपए)"
_GLUED_POSTPOSITION = re.compile(
    rf"(?<!\S)(?!نے )(?!{_ACCOUNT_POSTPOSITIONS}\s)(?!{_RUPEES}\s)"
    r"(?P<n>[^\W\d_A-Za-z][^\s\d,.;:!?।()A-Za-z]*"
    r"(?: [^\W\d_A-Za-z][^\s\d,.;:!?।()A-Za-z]*){0,2}?)"
    r"(?<!உங்களு)(?<!থে)(?<!पास)(?<!آپ)(?<! جانب)(?<! طرف)(?:-|\u200c)?"
    r"(?:बाट|लाई|কে|এ|க்கு|కి| से| को| سے| کو| کان"
    # Malayalam "to" ("അനിത നായർക്ക്"), Gujarati "to" and Bengali "at", spaced.
    r"|ക്ക്| ને| তে)"
    r"(?= \S{0,4}\s?\d)"
)
# A name between the words of a sentence that say whom the money went to or came from, in
# scripts without capitals: Amharic "to X transferred" ("ለአበበ ከበደ ተላልፏል"), Lao "to X from
# (the account)", Chinese "paid ... to X（branch）", Gujarati "X to sent", Pashto "X to sent",
# Arabic "the bill of X in the amount of", Urdu "your X bill"; and the shop after "in the
# shop" in Belarusian, Russian and Ukrainian ("у краме ЕЎРАОПТ").
_SENTENCE_PARTY = re.compile(
    r"ለ(?P<am>[\u1200-\u137f]+(?: [\u1200-\u137f]+){0,2}) (?:ተላልፏል|ተልኳል|ተከፍሏል)"
    r"|ໃຫ້ (?P<lo>[\u0e80-\u0eff]+(?: [\u0e80-\u0eff]+){0,2}) ຈາກ"
    r"|(?:付款|转账|轉帳|支付)[^。\n]{0,20}?(?:给|給) ?(?P<zh>[\u4e00-\u9fff]{2,12})(?=[（(。，])"
    r"|(?<!\S)(?P<gu>[\u0a80-\u0aff]+(?: [\u0a80-\u0aff]+){0,2}) ને મોકલ"
    r"|(?<!\S)(?!افغانۍ )(?P<ps>[\u0600-\u06ff]+(?: [\u0600-\u06ff]+){0,2}) ته (?:ولېږل|واستول)"
    r"|فاتورة (?P<ar>[\u0600-\u06ff]+(?: [\u0600-\u06ff]+){0,2}) بمبلغ"
    # "تم دفع فاتورة كهرباء شمال القاهرة بنجاح": the bill of X was paid successfully.
    r"|دفع فاتورة (?P<ab>[\u0600-\u06ff]+(?: [\u0600-\u06ff]+){0,3}) بنجاح"
    r"|آپ کا (?P<ur>[^\s\d]+(?: [^\s\d]+){0,2}) بل"
    r"|(?:у краме|в магазине|у магазині) "
    r"(?P<sh>[A-ZА-ЯЁІЎЇЄҐ][^\s,.]*(?: [A-ZА-ЯЁІЎЇЄҐ][^\s,.]*){0,3})"
)
_NAME_BEFORE_FROM = re.compile(
    r"(?<=\d)-?\s?এ (?P<n>[\u0980-\u09ff]+(?: [\u0980-\u09ff]+){0,3}) (?:থেকে|হতে)(?!\S)"
    r"|(?<!\S)(?P<m>[\u1000-\u109f]{2,30}?)ထံ(?:မှ|သို့)"
)
# Turkish names the payer before its word: "MEHMET KAYA tarafından 4.922,85 TL gönderilmiştir".
# "Hesabınıza" ("to your account") opening the sentence is not part of the name.
_TR_BY = re.compile(
    r"(?<!\S)(?!\w+n[ıiuü]z(?:a|e|dan|den)\s)"
    r"(?P<n>(?:[A-ZÇĞİÖŞÜ][\wÇĞİÖŞÜ&.'-]*\s){0,3}[A-ZÇĞİÖŞÜ][\wÇĞİÖŞÜ&.'-]*)"
    r"\s+(?:tarafından|tarapyndan)\b"  # ... and Turkmen's
)
# A transfer's sentence that ends with the person after the amount ("Waxaad u dirtay USD 140.58
# Cabdi Maxamed.", "Yónnee nga 36 066 FCFA Fatou Sall."): two or three words in title case, then
# the full stop.
_NAME_ENDS_SENTENCE = re.compile(
    r"\d(?: ?(?:[A-Z]{3,4}|[^\W\d_]{1,4}|[^\w\s,.'-]))? "
    r"(?P<n>[A-Z][a-zà-ÿ'’-]+(?: [A-Z][a-zà-ÿ'’-]+){1,2})(?=\.(?:\s|$))"
)
# A statement's row up to its description ("21-06-2025 06:39 Aisha Bello    63,372.00",
# "11.07.2025 20:19 Bónus 23.879 DR", "20/01/2025 09:14 | Salaire Sonatel | +502 974 XOF").
_STATEMENT_ROW = re.compile(
    r"[ \t]*\d{1,4}[-./]\d{1,2}(?:[-./]\d{2,4})?(?:[ \t]+\d{1,2}:\d{2}(?::\d{2})?)?"
    r"(?:[ \t]+\|)?[ \t]+(?P<n>[^\W\d_])"
)
# An SMS-style line of items parted by " | " names the payer as an item of its own, in title
# case: "Gutschrift 46,70 EUR | Konto *6306 | Eva Horvath | 12.03.2026 16:43".
_PIPE_ITEM_NAME = re.compile(
    r"(?<=\| )(?P<n>[A-ZÀ-Þ][a-zà-ÿ'’-]+(?: [A-ZÀ-Þ][a-zà-ÿ'’-]+){1,2})(?= \|)"
)
# Indian banks' alerts name whom the money went to or came from after a comma, at the sentence's
# end, with "to" or "from" glued on or after it: "జమ అయింది, వెంకట్ రావు నుండి." (from),
# "డెబిట్ అయింది, రత్నదీప్ సూపర్ మార్కెట్కు." (to), "ਹਰਜੀਤ ਕੌਰ ਨੂੰ।", "ಬೆಸ್ಕಾಂಗೆ.".
_INDIC_WORD = r"[^\W\d_A-Za-z][^\s\d,.;:!?।()A-Za-z-]*"
_INDIC_AFTER_COMMA = re.compile(
    rf", (?P<n>(?:{_INDIC_WORD} ){{0,3}}{_INDIC_WORD}?)(?:-| )?"
    r"(?:నుండి|కు|కి|ਨੂੰ|ਤੋਂ|ಅವರಿಂದ|ರಿಂದ|ಗೆ|இலிருந்து|இடமிருந்து|இற்கு|க்கு|ൽ നിന്ന്|ന്"
    r"|તરફથી|ને|થી|को|से|लाई|बाट|কে|থেকে)(?=[.।])"
)
# The cells of a row with words in them: a row with two before its amount ("date, kind,
# counterparty, amount") is a table whose header says which is which.
_ROW_CELLS = re.compile(r"[^\t|]*?[^\W\d_][^\t|]*?(?=\t|\||  |$)")
# Hebrew glues "at", "to" and "from" to the name after the amount ("₪290.75 בשופרסל,", "העברת
# ₪522.92 לדני כהן.", "286.41 ש"ח מיוסי כהן בביט.") or after "a transaction" ("עסקה בשופרסל דיל
# בסך"); the app it went through may follow, glued to "via" ("בביט").
_HE_GLUED = re.compile(
    r"(?:₪\s?\d[\d.,]*|\d[\d.,]*\s?(?:₪|ש\"ח))[ \t]+[בלמ]"
    r"(?P<n>[^\W\d_][^\n\d,.]{0,30}?)(?=\s+ב[^\W\d_]+[.,]|[,.]|\s+בסך|$)"
    r"|עסקה\s+ב(?P<m>[^\W\d_][^\n\d,.]{0,30}?)\s+בסך",
    re.MULTILINE,
)
_AFTER_AMOUNT = re.compile(
    # Every alternative starts with the amount's last digit, matched once in front so that `re`
    # skips to digits in C.
    r"\d(?:"
    # SMS style may leave out the comma after a glued mark: "покупка 4 698,11р PYATEROCHKA".
    # Uzbek ends the amount's sentence: "to'lov: 671 200,00 so'm. KORZINKA CHILONZOR. 01.11".
    r"(?:(?: ?[^\W\d_]{1,4}\.?| ?[^\w\s,])?(?:, | [-–] |՝ )|(?:р|₽|руб\.?|сом|тг|₸|₴|грн\.?) "
    r"| so['‘’]m\. )"
    # (Three letters at least: "Central Ave 8, CZ" ends an address with its country.)
    r"(?P<n>[A-ZА-ЯЁІЇЄҐ][A-ZА-ЯЁІЇЄҐ0-9&'-]{2,}(?: [A-ZА-ЯЁІЇЄҐ0-9&'-]+){0,4})\b"
    # ... or in title case after money (a code or a symbol), up to the next comma or full stop:
    # "451,22 UAH, Сільпо. Картка" (not "ICE 527, Sparpreis").
    # (Armenian writes "23,007.17 AMD՝ Zara։".)
    # (The mark may be a short word: "888,31 грн, Сільпо,", "13 051 Ft, Pizza Hut,"; the name's
    # later words may be lower-case: "6 847,56 ₽, Вкусно и точка.")
    r"| ?(?:[A-Z]{3}|[^\W\d_]{1,3}\.?|[^\w\s,.'-])(?:, |՝ )"
    r"(?P<m>[A-ZА-ЯЁІЇЄҐ][a-zа-яёіїєґ'’-]+(?:[ -][A-ZА-ЯЁІЇЄҐ][\w'’-]*){0,3}"
    r"|[A-ZА-ЯЁІЇЄҐ][a-zа-яёіїєґ'’-]+(?: [a-zа-яёіїєґ]{1,3})? [a-zа-яёіїєґ'’-]+)(?=[.,։](?:\s|$)))"
)
# "a" means "to" in Spanish, Portuguese, Italian and French ("un Bizum de 74,68 € a PABLO RUIZ"),
# "la" is "at" in Romanian ("156,40 RON la KAUFLAND"); both are articles elsewhere, so only a
# name in capitals counts after them. A line in capitals writes it "A" ("SPEI ENVIADO A JUAN").
# (Each word is matched before its test of what stands before it, so that the pattern starts
# with literals and `re` skips to them in C; "a(?<!\wa)" is "\ba".)
_CAPS_AFTER_A = re.compile(
    r"(?:a(?<!\wa)|la(?<!\wla)|A(?<=[A-Z]{4} A))"
    r" (?P<n>[A-ZÀ-ÝÑ][A-ZÀ-ÝÑ.&'-]+(?: [A-ZÀ-ÝÑ][A-ZÀ-ÝÑ.&'-]+){0,4}"
    r"|[A-ZÀ-ÝÑ][a-zà-ÿñ]+(?: [A-ZÀ-ÝÑ][a-zà-ÿñ]+){1,3}"
    # One word in title case when the date follows it: "a Edesur el 22/03/2025".
    r"|[A-ZÀ-ÝÑ][a-zà-ÿñ]+(?= (?:el|em|le|il) \d))\b"
)
_JP_AT = re.compile(r"(?:^|[\s、。：:での])(?P<n>[^\s、。：:で]{2,30}?)にて")
# Japanese "at X" and "from X" before the amount ("ヨドバシカメラで12,100円のご利用",
# "株式会社ミナト商事より給与211,000円"), Korean "at X" ("GS25에서 184,000원 결제"),
# Chinese "received X's transfer" ("收到李伟转入1,100.00元"), "X transferred ... to
# you" ("林志明轉帳2,200元給您"), "... to X" ("轉帳NT$4,700給陳怡君"), "X paid the
# salary" ("…有限公司代发工资", "鴻海精密薪資").
_CJK_BEFORE_AMOUNT = re.compile(
    # (... after a time's "に", and with the shop's branch after a space: "JSTにﾛｰｿﾝ
    # ｼﾝｼﾞﾕｸ3ﾁﾖｳﾒで1,100円".)
    r"(?:^|(?<=[\s、。：:])|(?<=[0-9A-Z]に))(?P<n>[^\s、。：:\dに]{2,30}?)(?: [^\s、。：:]{1,20})?"
    r"様?(?:で|より(?:給与)?|から)(?=[\d,]+円)"
    r"|(?<![가-힣A-Za-z0-9])(?P<k>[A-Za-z0-9가-힣&]{2,20})에서 (?=[\d,]+원)"
    r"|收到(?P<c>[\u4e00-\u9fff·]{2,4})(?:转入|轉入|转账|轉帳)"
    # "你已向 李明 转账 ¥200.00": "to" the payee, then "transferred".
    r"|向 ?(?P<x>[\u4e00-\u9fff·]{2,4}) ?(?:转账|轉帳|付款)"
    # "王小明于01月21日03:55向您尾号4757账户转账存入": the payer, then when, then "to you".
    r"|(?<![\u4e00-\u9fff])(?P<y>[\u4e00-\u9fff·]{2,4})[于於]\d{1,2}月\d{1,2}日[\d:]*向您"
    r"|(?<![\u4e00-\u9fff])(?P<t>[\u4e00-\u9fff·]{2,4})(?:转账|轉帳)[\d,.]+元?(?:给您|給您)"
    r"|(?:转账|轉帳)\S{0,4}[\d,.]+元?(?:给|給)(?P<r>[\u4e00-\u9fff·]{2,4})(?=[。，,.\s]|$)"
    r"|(?<![\u4e00-\u9fff])(?P<w>(?:(?!代发|代發)[\u4e00-\u9fff]){2,12}?)(?:有限公司|股份有限公司)?"
    r"(?:代发工资|代發薪資|薪資|薪资)"
    # Korean: a person after the amount, before the balance ("출금 50,000원 김민수 잔액"), and a
    # company after its mark ("(주)하이마트 온라인").
    r"|(?<=원 )(?P<g>[가-힣]{2,4})(?= 잔액)|(?:\(주\)|㈜)(?P<h>[가-힣A-Za-z0-9]{2,12})"
)
# (... and "from" a shop: "MİGROS'tan", "A101'den".)
_TR_AT = re.compile(
    r"(?P<n>[A-ZÇĞİÖŞÜ][\wÇĞİÖŞÜçğıöşü&.' -]{1,40}?)['’](?:da|de|ta|te|dan|den|tan|ten"
    # ... and "to": "Zeynep Şahin'e 8.400,00 TL gönderildi", "Türk Telekom'a 4.553,91 TL".
    # ... or before what was sent: "Ahmet Yılmaz'a FAST", "Türk Telekom'a fatura ödemesi".
    r"|(?:e|a|ye|ya)(?=\s+\d|\s+(?:FAST|EFT|havale|fatura|ödeme|gönderim)\b))\b"
)
_RAIL = re.compile(
    r"\b(?:upi|imps|neft|rtgs)(?:/(?:dr|cr|p2[am]))?/\d+/(?P<n>[^/\n]{2,40})"
    r"|\b(?:neft|imps|rtgs|upi)(?:\s?(?:cr|dr))?-[a-z0-9]+-(?P<m>[^-\n.]{2,40})"
)
# A payment rail and the counterparty in brackets after the sentence of the amount: "(Fonepay:
# RAM BAHADUR THAPA)", "(NEFT-TATA CONSULTANCY SERVICES LTD)", "(UPI/SWIGGY)".
_BRACKETED_RAIL = re.compile(
    # (Not "(UPI Ref No 507314889921)": the rail's reference.)
    r"\((?:upi|neft|imps|rtgs|fonepay|esewa|khalti|connectips|pos)[-/: ]+"
    r"(?!(?:ref|rrn|txn|utr)\b)(?P<n>[^)/\n]{2,40})",
    re.IGNORECASE,
)
_VPA = re.compile(
    # (The name in brackets has no digits: "(UPI Ref No 5073...)" is the payment's reference.)
    r"(?P<vpa>[\w.\-]{2,40})@(?P<psp>[a-z][a-z.]{1,20})(?:\s*\((?P<n>[^)\n\d]{2,40})\))?"
)
_SUBJECT = re.compile(
    r"(?:receipt|order|invoice|payment|purchase|booking|trip|ride|subscription|bill)"
    r"\s+(?:from|with|to|at)\s+(?P<n>[^\n:|–-]{2,50})"
    r"|(?:your|thanks for (?:your|shopping at|ordering from))\s+(?P<m>[^\W\d_][\w&.' ]{1,40}?)"
    r"\s+(?:order|receipt|purchase|payment)"
)

SOURCES = (
    "label",
    "intro",
    "has_received",
    "jp_at",
    "tr_at",
    "after_number",
    "quoted",
    "hinglish_to",
    "rail",
    "vpa",
    "subject",
    "sender",
)


# Patterns that name a party, each with a cheap clue its every match contains: the pattern
# (costly, it tries a name at every capital letter or space) runs only where the clue is found.
_NAMED = (
    (_JP_AT, "jp_at", re.compile("にて")),
    (_TR_AT, "tr_at", re.compile(r"['’](?:da|de|ta|te|dan|den|tan|ten|e|a|ye|ya)\b")),
    # (Just the dash or bracket every match holds: `re` skips to it in C; testing the digit or
    # mask before it at each digit cost more than running the pattern where it is not.)
    (_AFTER_NUMBER, "after_number", re.compile("[-–(]")),
    (_QUOTED, "quoted", re.compile(r"[«“\"「『]")),
    (_CJK_AT, "label", re.compile(r"[在向给給从從][「『【]")),
    (_CJK_TO_YOU, "label", re.compile("向[你您]")),
    (_RU_BEFORE_BALANCE, "tr_at", re.compile("Баланс|Доступно|Остаток")),
    (_CJK_AFTER_YUAN, "label", re.compile("元（")),
    (
        _CJK_SPENT_AT,
        "label",
        re.compile(r"消費|消费|刷卡|簽帳|簽賬|签账|支付宝|支付寶|财付通|財付通|微信支付|支出"),
    ),
    (_HINGLISH_TO, "hinglish_to", re.compile(" ko\\b")),
    (_TR_FROM_PLACE, "tr_at", re.compile("işyerinden|işyerine|işyerinde")),
    (_TR_BY, "has_received", re.compile("tarafından|tarapyndan")),
    (_HU_SENT_YOU, "has_received", re.compile("utalt")),
    (_SEPA_FROM, "label", re.compile("/DE ")),
    (_DE_YOU_SENT, "tr_at", re.compile("Du hast|Sie haben")),
    (_PREPAID_FROM, "label", re.compile(" prepaid ")),
    (_GLUED_TO_NAME, "tr_at", re.compile("(?:ku|ka|ko|ng[uoe]|kwa|ki)-?[A-Z]| harcaması")),
    (
        _NAME_WITH_CASE_ENDING,
        "tr_at",
        re.compile("tól|től|ից|յանին|(?:го|га|ге|гө|ға|ке|қа|ка|кө) \\d"),
    ),
    (
        _GLUED_FROM,
        "tr_at",
        re.compile(
            "(?:dan|dən|den|tan|ten|tól|től|ból|ből|аас|ээс|оос|өөс|нан|нен|дан|ден|тан|тен|manta) "
        ),
    ),
    (
        _BEFORE_POSTPOSITION,
        "tr_at",
        re.compile(trie([*_POSTPOSITIONS, " ၌", " တွင်", " se ", " သို့", " da ", " ko "])),
    ),
    (_HONORIFIC, "has_received", re.compile("님|さん|様")),
    (
        _CJK_BEFORE_AMOUNT,
        "label",
        re.compile("円|원|收到|给您|給您|给|給|工资|薪資|薪资|주\\)|㈜|向"),
    ),
    (_AMHARIC_TO_FROM, "tr_at", re.compile("ተደርጓል|ብር")),
    (_NE_POSTPOSITION, "tr_at", re.compile(" लाई| बाट| से[,।]| को[,।]")),
    (_NAME_BEFORE_FROM, "tr_at", re.compile(" থেকে| হতে|ထံ")),
    (
        _NAME_BEFORE_POSTPOSITION,
        "tr_at",
        re.compile(
            " (?:તરફથી|ಅವರಿಂದ|ಅವರಿಗೆ|यांच्याकडून|यांना|ଙ୍କଠାରୁ|ଙ୍କୁ|ਵੱਲੋਂ|විසින්|அவர்களிடமிருந்து"
            "|அவர்களுக்கு|کی جانب سے|کی طرف سے|کو منتقل|ထံမှ|ထံသို့"
            "|থেকে|இடமிருந்து|වෙතින්|වෙත|के पास से|لخوا|මහතාගෙන්|මහත්මියගෙන්|මහතාට|මහත්මියට)"
        ),
    ),
    (
        _GLUED_POSTPOSITION,
        "tr_at",
        re.compile("बाट|लाई|কে|এ|க்கு|కి| से| को| سے| کو| کان|ക്ക്| ને| তে"),
    ),
    (
        _SENTENCE_PARTY,
        "tr_at",
        re.compile("ተላልፏል|ተልኳል|ተከፍሏል| ຈາກ|给|給|ને મોકલ| ته |فاتورة|آپ کا|краме|магазин"),
    ),
    (
        _BRACKETED_RAIL,
        "rail",
        re.compile(r"(?i)\((?:upi|neft|imps|rtgs|fonepay|esewa|khalti|connectips|pos)"),
    ),
    (_SMS_AFTER_DATE, "after_number", re.compile(r"\d\d/\d\d/\d\d[ \d:]*[A-Z]")),
    (
        _CAPS_AFTER_A,
        "intro",
        # \b"a X", \b"la X" or "ABCD A X", written to start with a character class so that
        # `re` skips to one of its characters in C (the lookbehinds then tell which it was).
        re.compile(
            r"[A-Zal](?:(?<=a)(?<!\wa) [A-ZÀ-Ý]|(?<=l)(?<!\wl)a [A-ZÀ-Ý]"
            r"|(?<=[A-Z])[A-Z]{3} A [A-Z])"
        ),
    ),
    # Every match holds ", ", "- ", "– " or a Russian or Central Asian mark's last character, then
    # a space and a capital: tested at those few characters, not at every digit of the text.
    (_AFTER_AMOUNT, "after_number", re.compile(r"[,\-–р₽бмг₸₴н.՝] [A-ZА-ЯЁІЇЄҐ]")),
    (_NAME_ENDS_SENTENCE, "after_number", re.compile(r" [A-Z][a-zà-ÿ'’-]+\.(?:\s|$)")),
    (_HE_GLUED, "tr_at", re.compile('₪|ש"ח|עסקה')),
    (_INDIC_AFTER_COMMA, "tr_at", re.compile(", [\u0900-\u0dff]")),
    (_PIPE_ITEM_NAME, "label", re.compile(r"\| [A-ZÀ-Þ][a-zà-ÿ]")),
    (_TR_NAMED, "tr_named", re.compile(" adlı| adına")),
    (_MN_TO, "tr_at", re.compile(" шилжүүл")),
    (_TR_TO_YOUR_ACCOUNT, "has_received", re.compile(" hesab[ıi]n[ıi]za")),
    (_CAPS_AFTER_TIME, "label", re.compile(r" - [A-Z]")),
    (_BRACKETED_KIND, "label", re.compile(rf"(?i)\((?:{_KIND_WORDS})")),
    (_KO_KIND_LINE, "tr_at", re.compile("급여|이체|체크카드|카드결제|대체")),
    (_CAPS_AFTER_DASH, "label", re.compile(r" - [A-Z][^\n]*\.")),
    (_CJK_TRANSFER, "label", re.compile("转账|轉帳|轉賬|汇款|匯款|付款")),
    (_ETHIOPIC_GLUED, "label", re.compile("[ለንከ][A-Z]")),
    (_LATIN_NAME_AMID, "tr_at", re.compile(r"[^\x00-\u024f\s\d] ?[A-Z][A-Za-z]")),
    (_KO_AFTER_TIME, "tr_at", re.compile("[가-힣]")),  # only Korean text holds its names
    (_KO_NAME_LINE, "tr_at", re.compile("원\n[가-힣]")),
    (_AFTER_TIME, "label", re.compile(r"\d:\d\d(?::\d\d)?\s+[^\W\d_][^\n]{0,30}$", re.MULTILINE)),
)
# Those of the patterns above whose every match holds letters of other scripts than Latin's
# (Japanese, Chinese, Korean, Turkish, Indian, Burmese): an ASCII text need not try them.
_NOT_IN_ASCII = frozenset(
    {
        _JP_AT, _CJK_AT, _CJK_AFTER_YUAN, _CJK_SPENT_AT, _TR_FROM_PLACE, _HONORIFIC,
        _CJK_BEFORE_AMOUNT,
        _NE_POSTPOSITION, _NAME_BEFORE_FROM, _NAME_BEFORE_POSTPOSITION, _TR_NAMED, _KO_KIND_LINE,
        _MN_TO,
        _GLUED_POSTPOSITION, _SENTENCE_PARTY,
        _CJK_TRANSFER, _KO_AFTER_TIME, _KO_NAME_LINE, _ETHIOPIC_GLUED, _LATIN_NAME_AMID,
    }
)  # fmt: skip
_NAMED_IN_ASCII = tuple(named for named in _NAMED if named[0] not in _NOT_IN_ASCII)
# The rails' names, which every match of _RAIL holds.
_RAIL_WORD = re.compile("upi|imps|neft|rtgs")


def _column_gap(space: str) -> bool:
    """A tab or a run of spaces on one line after a label: the gap between a fixed-width table's
    columns ("Уплатилац        Дунав Аграр д.о.о."), which parts label and value as a colon does."""
    return "\n" not in space and ("\t" in space or "   " in space)


def _alone_on_its_line(text: str, label: re.Match[str]) -> bool:
    """A label that is its line's only word ("Mottagare", then "Vattenfall" on the next line:
    a table rendered one cell per line) names the next line's value, whatever its case."""
    line_start = text.rfind("\n", 0, label.start()) + 1
    return "\n" in label.group("space") and not text[line_start : label.start()].strip()


def _label_then_name_line(text: str, label: re.Match[str]) -> bool:
    """A label and a name in title case, as a line of its own or an item of a list ("Destinatario
    Carlos Andrés Gómez", "Merchant Parcelhub; Amount ...", "Küldő Richter Gedeon | Számla ...",
    "Sender Sarah Mitchell · ****0001":
    a two-column table read as text). One word only before a separator, not at a line's end."""
    line_start = text.rfind("\n", 0, label.start()) + 1
    head = text[line_start : label.start()]
    if head.strip() and not _ITEM_END.search(head):
        return False
    value = _ITEM_VALUE.match(text, label.end())
    if value is None:
        return False
    name = value.group(1).strip()
    if _TITLE_CASE_NAME.fullmatch(name) is not None:
        return True
    if value.group(2) in (";", "·", "•", "|") and _ITEM_NAME.fullmatch(name):
        return True  # "Saņēmējs Rīgas ūdens; Summa ...": an item's value, its case as written
    return (
        " " not in name
        and (value.group(2) not in ("", "\n") or not head.strip())
        and bool(_ONE_NAME.fullmatch(name))
    )


# What ends an item of a list written on one line ("...; Amount ...", "... · ****0001").
_ITEM_END = re.compile(r"[;.|]\s+$")
_ITEM_VALUE = re.compile(r"([^\n;·•|(\t]{2,60}?)\s*([;·•|(\t]|\n|$)")
_ONE_NAME = re.compile(r"[A-ZÀ-ÞА-ЯЁ][\w'’&.-]{2,30}")
_ITEM_NAME = re.compile(r"[A-ZÀ-ÞА-ЯЁ][\w'’&.-]*(?: [\w'’&.-]+){0,4}")


# Two to five words, each capitalised (small linking words between them allowed).
_TITLE_CASE_NAME = re.compile(
    r"[A-ZÀ-ÞА-ЯЁ][\w'’.-]*"
    r"(?: (?:[A-ZÀ-ÞА-ЯЁ][\w'’.-]*|de|da|do|dos|del|la|van|von|bin|binti)){1,4}"
)


def _name_follows(start: str, label: str) -> bool:
    first = start[:1]
    caseless = first.isalpha() and first.lower() == first.upper()
    return start.isupper() or (caseless and len(label) >= 4)


_MONEY_WORDS = frozenset({lexicon.PAYMENT, lexicon.DEBIT, lexicon.CREDIT})
_MONEY_OR_ACCOUNT_WORDS = _MONEY_WORDS | {lexicon.FROM_YOUR, lexicon.TO_YOUR}


def _opens_with_money_words(lower: str, line: re.Match[str]) -> bool:
    """A line that starts by saying money moved ("Zapłacono BLIK", "Paid with card") is not a
    name."""
    cues = lexicon.scan(lower[line.start("n") : line.end("n")])
    return bool(cues) and cues[0][0] == 0 and bool(_MONEY_WORDS & set(cues[0][2]))


class Party(NamedTuple):  # a tuple: built many times per email, cheaply
    start: int  # span in the text (-1 for the sender's name, which is not in it)
    end: int
    name: str
    source: str
    cue: str  # the label or introducing word, lower-cased


def find_parties(
    text: str,
    lower: str,
    subject_length: int,
    sender_name: str,
    near: tuple[int, int] | None = None,
    headings: dict[int, tuple[int, int]] | None = None,
    amount: tuple[int, int] | None = None,
) -> list[Party]:
    """Every counterparty candidate in `text` (the subject, a line break, then the body), in
    the subject and, when `near` is given, within that span of the body (names sit near the
    amount; reading a whole receipt's footer costs time and finds only noise). Words are
    matched on `lower` (the same text lower-cased, same offsets); names are read from `text`."""
    found: list[Party] = []
    # In a table's heading row a label is followed by the next heading, not by its value
    # ("Description\tDeposits"): its labels name the cells of the row below (read next).
    heading_starts = {span[0] for span in (headings or {}).values()}
    for start, end in _spans(len(text), subject_length, near):
        _find_in(found, text, lower, start, end, subject_length, heading_starts)
    # A table's value under a heading that is a label ("Merchant", "Narration").
    for value_start, (heading_start, heading_end) in (headings or {}).items():
        heading = lower[heading_start:heading_end]
        if _LABEL.fullmatch(heading + ":"):
            _add(found, text, value_start, "label", heading)
            _add_parts(found, text, value_start)
    if amount is not None:
        _add_linked(found, text, amount[1])
        _add_after_amount_sent(found, text, lower, amount)
        _add_after_transfer_word(found, text, lower, amount)
        # A statement's row: its date (and time), the description, then the amount.
        row = _STATEMENT_ROW.match(text, text.rfind("\n", 0, amount[0]) + 1, amount[0])
        if (
            row is not None
            and not text[row.start("n")].islower()  # "... tarihinde" is prose
            and len(_ROW_CELLS.findall(text, row.start("n"), amount[0])) == 1
        ):
            _add(found, text, row.start("n"), "label", "description")
        # No other name near the payment (one that is no name at all does not count).
        if all(party.source == "line" or not _plausible(party.name) for party in found):
            line = _payment_line(text, subject_length, *amount)
            _add_capitals(found, text, *line)
            _add_before_its_kind(found, text, *line)
        if all(_no_one_named(party, sender_name) for party in found):
            for start, end in _descriptor_lines(text, subject_length, amount[0]):
                _add_descriptor(found, text, start, end)
    subject = _SUBJECT.search(lower, 0, subject_length)
    if subject is not None:
        group = "n" if subject.group("n") else "m"
        start = subject.start(group)
        lead = _RECEIPT_FOR.match(lower, start, subject.end(group))
        start = lead.end() if lead else start  # "Your receipt for your Vinted order"
        name = text[start : subject.end(group)].strip()
        found.append(Party(start, start + len(name), name, "subject", ""))
    if sender_name.strip():
        found.append(Party(-1, -1, sender_name.strip(), "sender", ""))
    kept = [
        party
        for party in found
        if _plausible(party.name) or (party.source == "sender" and _brand_name(party.name))
    ]
    # A quoted phrase in lower case is the payer's note ("– «hytteturen»"), not a name.
    kept = [party for party in kept if party.source != "quoted" or not party.name[:1].islower()]
    return [party for party in kept if not _inside_a_name(text, party, kept)]


def _inside_a_name(text: str, party: Party, others: list[Party]) -> bool:
    """A name introduced by a word inside another name written in capitals ("CAFE DE FLORE
    PARIS": "DE"; "PIETER VAN DER MERWE": "VAN"; "PRET A MANGER": "A") is a piece of that name,
    not a name ("MB WAY de Joana Marques" is Joana Marques, by MB WAY)."""
    if party.source not in ("intro", "label") or party.start < 0:
        return False
    word = _WORD_BEFORE.search(text, max(0, party.start - 20), party.start)
    if word is None or word.group(1).lower() not in _NAME_LINKS:
        return False  # "TRF TO IKEJA ELECTRIC": "TO" introduces the payee
    return any(
        other.source not in ("line", "sender", "subject")
        and other.start < party.start
        and party.end <= other.end
        and _name_before(text, other.start, party.start)
        for other in others
    )


def _name_before(text: str, start: int, end: int) -> bool:
    """Is text[start:end] the head of a person's or shop's name up to a small word inside it:
    words in capitals ("CAFE DE "), or given names then a family name's particle ("Sanne de ",
    "Johan van "), no money words among them ("Transferência de " introduces a name)?"""
    if _CAPITALS_ONLY.fullmatch(text, start, end) is not None:
        return True
    head = _GIVEN_NAMES_THEN_PARTICLE.fullmatch(text, start, end)
    return (
        head is not None
        and text[end + 1 : end + 2].islower()  # ... and the family name in title case too
        and not lexicon.scan(text[start:end].lower())
        and text[start:end].split()[0].lower() not in _PAYMENT_METHODS  # "Bizum de Pablo Ruiz"
    )


_WORD_BEFORE = re.compile(r"(\w+)\s+$")
# The small words inside names that also introduce one ("de", "van", "a").
_NAME_LINKS = _CONNECTORS | {"a", "à", "u"}  # ... and Czech "U" of "POTRAVINY U ZLATÉHO KLASU"
# "Sanne de ", "Johan van ", "Pieter van der ": given names in title case, then a particle.
_GIVEN_NAMES_THEN_PARTICLE = re.compile(
    r"(?:[A-ZÀ-Þ][a-zß-ÿ'-]+ ){1,2}(?:van der|van den|van de|van|von|de la|de|da|dos|du|der|ter"
    r"|ten) "
)
# Words in capitals and the spaces, dots, ampersands and hyphens between them.
_CAPITALS_ONLY = re.compile(r"(?=[^\n]*[A-ZÀ-ÞА-ЯЁ])[A-ZÀ-ÞА-ЯЁ&'. -]+")


# The payment's amount, one short lower-case word, then a name: in most languages the word is
# "at", "to" or "from" ("TOP 140.01 'i Starbucks", "WST 90.55 i Carrefour", "53 380 FCFA ca
# Total Energies"), whether or not the lexicon knows it.
_LINKED = re.compile(r"[ \u00a0]+(?P<w>['ʻ‘’]?[^\W\d_]{1,4})[ \u00a0]+(?=\S)")
# ... but not "and", "is", "on" a date, nor how or what for ("with Zelle", "in UTI Nifty 50 Index
# Fund", "voor ‘Concertkaartjes’").
_NOT_LINKS = frozenset(
    [
        "and",
        "or",
        "is",
        "was",
        "has",
        "und",
        "et",
        "y",
        "e",
        "on",
        "am",
        "le",
        "with",
        "via",
        "in",
        "im",
        "into",
        "for",
        "voor",
        "für",
        "pour",
        "per",
        "mit",
        "met",
        "con",
        "com",
        "avec",
        "of",
    ]
)


def _add_linked(found: list[Party], text: str, amount_end: int) -> None:
    link = _LINKED.match(text, amount_end)
    if link is None:
        return
    word = link.group("w")
    if not word.lstrip("'ʻ‘’").islower() or word.lower() in _NOT_LINKS:
        return
    if text[link.end()].isupper() or _brand_like(text, link.end()):
        _add(found, text, link.end(), "intro", word.lower())


# A name in capitals in the payment's own line, whatever words stand around it: card networks
# send shops' names in capitals, and alerts in every language copy them ("ku CAPITAL SHOPPERS
# NTINDA nga", "HAYAT MARKET MUQDISHO 14/11"). A class prefix may be glued to it ("kuOK MART",
# "e-PICK N PAY", "eSHOPRITE").
_WORD_ON_LINE = re.compile(r"[^\W_][\w&'’.]*(?:-[^\W_][\w&'’.]*)*|&")
# A noun-class or case prefix glued before a name: "kuOK MART", "eSHOPRITE", "e-PICK".
_GLUED_PREFIX = re.compile(r"[a-z]{1,2}[-'’]?(?=[^\W\d_]{2})")  # ... and Maltese "f'WELBEE'S"
_CASE_SUFFIX = re.compile(r"-[^\W\d_A-ZА-ЯЁ][^\W\d_]{0,4}$")
_CAPITALS_REACH = 160
_VOWEL = re.compile("[AEIOUY]")


def _payment_line(text: str, subject_length: int, start: int, end: int) -> tuple[int, int]:
    """The body line that holds the amount text[start:end], at most _CAPITALS_REACH either side."""
    line_start = max(text.rfind("\n", 0, start) + 1, subject_length + 1, start - _CAPITALS_REACH)
    line_end = text.find("\n", end)
    return line_start, min(len(text) if line_end < 0 else line_end, end + _CAPITALS_REACH)


def _add_after_amount_sent(
    found: list[Party], text: str, lower: str, amount: tuple[int, int]
) -> None:
    """The payee named right after the amount of a sentence that says the user sent it
    ("Przekazałeś 196,68 PLN Piotrowi Wiśniewskiemu.", "Poslali ste 42,78 EUR Ani
    Kovačević."): in the dative, which app.extraction.inflection reads back."""
    name = _NAME_AFTER_AMOUNT.match(text, amount[1])
    if name is None:
        return
    start = max(text.rfind("\n", 0, amount[0]), text.rfind(". ", 0, amount[0])) + 1
    # (A transfer's word will do: "Перевод по СБП 1 749 ₽ Марии Ивановой".)
    if any(_MONEY_WORDS & set(cue[2]) for cue in lexicon.scan(lower[start : amount[0]])):
        found.append(Party(name.start("n"), name.end("n"), name.group("n"), "tr_at", DATIVE))


def _add_after_transfer_word(
    found: list[Party], text: str, lower: str, amount: tuple[int, int]
) -> None:
    """The payee between a transfer's word and its amount ("Перевод по СБП Ивану Петрову
    17 000,00 р.", "Pervedimas Jonui Kazlauskui 62,00 EUR"): a name of two or three capitalised
    words in the dative, after one to three words that say money moved."""
    start = max(text.rfind("\n", 0, amount[0]), text.rfind(". ", 0, amount[0])) + 1
    words = list(_WORD.finditer(text, start, amount[0]))
    if words and words[-1].group() in ("на", "na"):
        words.pop()
    for size in (3, 2):
        name, lead = words[-size:], words[:-size]
        if not 1 <= len(lead) <= 3 or not _ONLY_ON.fullmatch(text, name[-1].end(), amount[0]):
            continue
        if not all(_name_word(w.group()) for w in name):
            continue
        cues = lexicon.scan(lower[lead[0].start() : lead[-1].end()])
        if any(party.start == name[0].start() for party in found):
            return  # "You paid Kevin Nguyen $25.00": named already, after "paid"
        if any(_MONEY_WORDS & set(cue[2]) for cue in cues):
            named = text[name[0].start() : name[-1].end()]
            found.append(Party(name[0].start(), name[-1].end(), named, "tr_at", DATIVE))
            return


_WORD = re.compile(r"[^\W\d_][\w'’-]*")
_ONLY_ON = re.compile(r"[ \u00a0]*(?:(?:на|na)[ \u00a0]+)?")


def _name_word(word: str) -> bool:
    """Capitalised, no cue word, and no short acronym ("СБП", "UPI": a payment rail's)."""
    return (
        word[0].isupper()
        and not (len(word) <= 4 and word.isupper())
        and not lexicon.scan(word.lower())
    )


# Two or three capitalised words after the amount, ending its sentence or before a lower-case
# word ("... Piotrowi Wiśniewskiemu przelewem na telefon").
_NAME_AFTER_AMOUNT = re.compile(
    r"[ \u00a0]+(?P<n>[A-ZÀ-ÞĀ-ŽА-ЯЁІЇЄҐ][\w'’-]+(?: [A-ZÀ-ÞĀ-ŽА-ЯЁІЇЄҐ][\w'’-]+){1,2})"
    # (... or before the payee's bank in brackets: "Марии Ивановой (Т-Банк)".)
    r"(?=[.,!;]|[ \u00a0]+[a-zà-ÿā-žа-яё]|[ \t]*(?:\n|$)|[ \u00a0]+\()"
)
# The cue of such a name (see app.extraction.inflection).
DATIVE = "dative"


def _no_one_named(party: Party, sender_name: str) -> bool:
    """A candidate that names no one, or the sender in passing ("This is an automated message
    from Jacaranda Bank"; under a label, "Avsändare  Grankullebanken", it names its fee's payee)."""
    return (
        party.source == "line"
        or not _plausible(party.name)
        or (party.source != "label" and party.name.casefold() == sender_name.strip().casefold())
    )


def _descriptor_lines(text: str, subject_length: int, amount_start: int) -> list[tuple[int, int]]:
    """A card's descriptor heading the alert: the subject's end after "Alert:" ("Debit Alert:
    POS SHOPRITE MANDA HILL LUSAKA") or a body line before the amount wholly in capitals
    ("SHELL OIL 57442781203 KATY TX"), each without the payment's kind it starts with."""
    spans = []
    start = 0  # the subject's parts about a colon ("WOOLWORTHS 3341 BONDI AUS: $58.19")
    for colon in _SUBJECT_COLON.finditer(text, 0, subject_length):
        spans.append((start, colon.start()))
        start = colon.end()
    if start:
        spans.append((start, subject_length))
    for body_line in _ANY_LINE.finditer(text, subject_length + 1, amount_start):
        if len(spans) > _DESCRIPTOR_LINES:
            break
        spans.append(body_line.span())
    found = []
    for start, end in spans:
        line = text[start:end]
        letters = [char for char in line if char.isalpha()]
        capitals = sum(char.isupper() for char in letters)  # (scripts without case have none)
        if capitals < 4 or capitals < len(letters) or ":" in line:
            continue
        if _PRICE.search(line):
            continue  # "BIO BANANE   1,79 B": a receipt's item, not a descriptor
        kept = without_payment_kind(line.strip())
        found.append((end - len(kept) if line.rstrip().endswith(kept) else start, end))
    return found


def _add_descriptor(found: list[Party], text: str, start: int, end: int) -> None:
    """The descriptor whole ("GRAB* A-7MZ2LJ3XW SINGAPORE SG": the normaliser keeps the shop),
    unless it holds words of money; then its runs of capitals."""
    name = _LEADING_MARKS.sub("", text[start:end]).strip()  # "💳 СІЛЬПО": the shop, no icon
    if _plausible(name) and not lexicon.scan(name.lower()):
        at = text.index(name, start)
        found.append(Party(at, at + len(name), name, "capitals", DESCRIPTOR))
    else:
        _add_capitals(found, text, start, end)


# The cue of a descriptor heading the alert (see _add_descriptor).
DESCRIPTOR = "descriptor"


_ANY_LINE = re.compile(r"[^\n]+")
_LEADING_MARKS = re.compile(r"^[^\w]+")
_SUBJECT_COLON = re.compile(r": ")
_PRICE = re.compile(r"\d[.,]\d\d(?!\d)")
# How many of the body's first lines may hold the descriptor.
_DESCRIPTOR_LINES = 4


def _add_capitals(found: list[Party], text: str, line_start: int, line_end: int) -> None:
    run: list[tuple[int, int]] = []
    # A card descriptor's shop, its store number, then where it is: "PYATEROCHKA 4512 MOSCOW
    # RUS". The run after the number, ending in a country or state code, is the place.
    store_number = False
    for match in _WORD_ON_LINE.finditer(text, line_start, line_end):
        word_start, word_end = match.span()
        prefix = _GLUED_PREFIX.match(match.group())
        if prefix and not run:
            word_start += prefix.end()
        suffix = _CASE_SUFFIX.search(text, word_start, word_end)
        if suffix:  # "БАТ-ЭРДЭНЭ ГАНБААТАР-аас", "ANDE-pe": a case ending closes the name
            word_end = suffix.start()
        word = text[word_start:word_end]
        # (Money stands between names, not in them: "EUR RIMI ĀGENSKALNS".)
        capital = word == "&" or (
            _in_capitals(word) and not any(map(_is_money_word, word.rstrip(".,").split("-")))
        )
        if not capital or (run and text[run[-1][1] : word_start] != " "):
            if not (store_number and _a_place(text, run)):
                _add_capital_run(found, text, run)
            store_number = bool(run) and _STORE_NUMBER.fullmatch(word) is not None
            run = []
        if capital:
            run.append((word_start, word_end))
        if suffix:
            _add_capital_run(found, text, run)
            run = []
    if not (store_number and _a_place(text, run)):
        _add_capital_run(found, text, run)


_STORE_NUMBER = re.compile(r"\d{3,6}")


def _a_place(text: str, run: list[tuple[int, int]]) -> bool:
    """A run of capitals that ends in a two- or three-letter code: "MOSCOW RUS", "OAKLAND CA"."""
    return len(run) >= 2 and 2 <= len(text[run[-1][0] : run[-1][1]].rstrip(".,")) <= 3


def _add_before_its_kind(found: list[Party], text: str, line_start: int, line_end: int) -> None:
    for match in _BEFORE_ITS_KIND.finditer(text, line_start, line_end):
        words = match.group("n").split()
        # The name's own words: not money, nor a short ending of the word before ("න් CEB").
        while len(words) > 1 and (_is_money_word(words[0]) or len(words[0]) <= 2):
            words.pop(0)
        name = " ".join(words)
        if name[0].islower() and name[0] <= "\u04ff":  # (Georgian letters are all "lower")
            continue  # "Rs 239.00 kaate gaye (Dr.)": words of a sentence, not a name
        if not lexicon.scan(name.lower()) and not _is_money_word(name):
            found.append(Party(match.end("n") - len(name), match.end("n"), name, "capitals", ""))


# A biller named before what it billed, in brackets: "ლარი - თელასი (ელექტროენერგია)", "CEB
# (විදුලි බිල)", "Paiement CIE (électricité)".
_BEFORE_ITS_KIND = re.compile(
    r"(?<!\S)(?P<n>[^\W\d_][^\s()\d,.:;]*(?: [^\W\d_][^\s()\d,.:;]*){0,2})"
    r" \((?=[^\W\d_][^()\n\d]{2,30}\))"
)


def _in_capitals(word: str) -> bool:
    """ "SHOPRITE", "A101", "MC'DONALDS": a word of capitals, not a code ("BB4849495193") nor a
    word of a script without case ("NH농협")."""
    digits = sum(map(str.isdigit, word))
    return (
        word[0].isalpha()
        and digits * 2 <= len(word) - digits
        and all(char.isupper() or not char.isalpha() for char in word)
    )


def _add_capital_run(found: list[Party], text: str, run: list[tuple[int, int]]) -> None:
    if not run:
        return
    name = text[run[0][0] : run[-1][1]].rstrip(".")
    words = name.split()
    if len(words) == 1 and (len(name) < 4 or (name.isascii() and not _VOWEL.search(name))):
        return  # "NTC", "CBQGV": an abbreviation or a code, not a shop's name
    if words[0] in ("AM", "PM"):
        return  # "10:12 PM ET": a time's half of the day and its zone
    if lexicon.scan(name.lower()):
        return  # "SUMME", "DR": the words of money
    found.append(Party(run[0][0], run[0][0] + len(name), name, "capitals", ""))


def _is_money_word(word: str) -> bool:
    return (
        word in ISO_CODES
        or word in AMBIGUOUS
        or word in SYMBOLS
        or word.lower() in NAMES
        or word in _PAY_WORDS
    )


# Words for a kind of payment that alerts write in capitals beside the amount.
_PAY_WORDS = frozenset(["LOHN", "GEHALT", "PESA", "SALARY", "PAYROLL"])


def _spans(length: int, subject_length: int, near: tuple[int, int] | None) -> list[tuple[int, int]]:
    if near is None:
        return [(0, length)]
    start, end = max(subject_length + 1, near[0]), min(length, near[1])
    return [(0, subject_length + 1), (start, end)] if start < end else [(0, subject_length + 1)]


def _find_in(
    found: list[Party],
    text: str,
    lower: str,
    lo: int,
    hi: int,
    subject_length: int,
    heading_starts: set[int],
) -> None:
    for match in _LABEL.finditer(lower, lo, hi):
        if match.end() in heading_starts and "\n" not in match.group():
            # (A label alone on its line still names the next line: pairing lines off as
            # label over value can start one line early, "Xizmat" under a sentence.)
            continue
        label = match.group().strip().rstrip(":：】-–—. \t").lower()
        # "Merchant AMAZON": a label without a colon only before a name in capitals, or in a
        # script without capitals after a label longer than a preposition ("בבית העסק X").
        space = match.group("space")
        if space and label in _COLON_ONLY_LABELS:
            continue  # "S.A. de C.V." is a legal form, "De: JOÃO" a label
        if space and _ID_AFTER_LABEL.match(text, match.end()):
            continue  # "(Merchant ID 880214)": the shop's number, not its name
        if label in ("from", "to") and _OWN_SOURCE_BEFORE.search(
            lower, max(0, match.start() - 12), match.start()
        ):
            continue  # "Paid from: Kafue Building Society account ending 3390": the user's bank
        if (
            space
            and not _column_gap(space)
            and not _alone_on_its_line(text, match)
            and ("\n" in space or not _name_follows(text[match.end() : match.end() + 2], label))
            and not _label_then_name_line(text, match)
        ):
            continue  # a bare word ending its line ("ROSHAN SHOP") labels nothing below it
        if label == "description" and lower.endswith("entry ", 0, match.start()):
            continue  # an ACH debit's "Entry description: UTIL PYMT" says what kind, not who
        if label in MEMO_LABELS and (
            text[match.end() : match.end() + 1].islower()
            or _PAY_MEMO.match(text, match.end()) is not None
        ):
            continue  # "Concepto: cena cumple", "NÓMINA MAYO": what it was for, not whom
        _add(found, text, match.end(), "label", label)
        _add_parts(found, text, match.end())
    body = max(lo, subject_length + 1)  # never 0: the text starts with the subject
    for match in _LINE.finditer(text, body - 1, hi):
        first, last = match.span("n")
        gap = _ROW_GAP.search(text, first, last)
        if gap is not None:  # "Për<tab>Vodafone Albania", "Kusuka ku .... NOMSA SHONGWE"
            label = lower[first : gap.start()].strip()
            if label in MEMO_LABELS or label in _NOTE_LABELS:
                continue  # "Omschrijving<tab>lunch": what it was for, not whom
            first = gap.end()
        name = text[first:last]
        if len(name.split()) <= 5 and not _opens_with_money_words(lower, match):
            found.append(Party(first, last, name, "line", ""))
    # Plain-text columns: "3.184,27 EUR  LOHN/GEHALT  Hoffmann Logistik GmbH".
    for match in _SPACED_CELL.finditer(text, max(0, body - 2), hi):
        name = match.group("n").strip()
        if len(name.split()) <= 5:
            found.append(Party(match.start("n"), match.start("n") + len(name), name, "line", ""))
    # On the lower-cased text: alerts written in capitals introduce names too ("EM DROGASIL").
    for match in _INTRO.finditer(lower, lo, hi):
        if _LEGAL_FORM_BEFORE.search(lower, max(0, match.start() - 8), match.start()):
            continue  # "S.A. de C.V.": a Mexican company's legal form, not "from C.V."
        # After "to", "at", "from" a lower-case word starts a phrase, not a name ("to report
        # this transaction"), in the scripts that have capitals.
        if match.group().strip() in _OF_WORDS and _OWN_BEFORE.search(
            lower, max(0, match.start() - 12), match.start()
        ):
            continue  # "Tarjeta de Débito BCP", "card of X Bank": the user's own card
        if match.end() in heading_starts:
            continue  # a heading row's cell ("İşlem No<tab>Ödeme Tarihi") introduces no one
        if _LAST_FOUR.match(text, match.end()):
            continue  # "carte se terminant par 7452": a card's last four digits
        if not text[match.end() : match.end() + 1].islower() or _brand_like(text, match.end()):
            _add(found, text, match.end(), "intro", match.group().strip().lower())
    for verb in _RECEIVED_VERB.finditer(lower, lo, hi):
        start = _sentence_start(lower, verb.start())
        if start is not None and lower[verb.start() - 1 : verb.start()].isspace():
            while lower[start : start + 1].isspace():
                start += 1
            end = verb.start() - 1
            while end > start and lower[end - 1].isspace():
                end -= 1
            auxiliary = _AUXILIARY_END.search(lower, start, end)
            end = auxiliary.start() if auxiliary else end
            if end - start >= 2 and not _AN_AMOUNT.search(lower, start, end):
                _add_named(found, text, start, end, "has_received")
    for pattern, source, clue in _NAMED_IN_ASCII if text.isascii() else _NAMED:
        if clue.search(text, lo, hi) is None:
            continue
        for match in pattern.finditer(text, lo, hi):
            # The group that matched: "n", or another spelling the pattern allows.
            group = next(name for name, value in match.groupdict().items() if value)
            _add_named(found, text, match.start(group), match.end(group), source)
    rails = _RAIL.finditer(lower, lo, hi) if _RAIL_WORD.search(lower, lo, hi) else ()
    for match in rails:
        group = "n" if match.group("n") else "m"
        name = text[match.start(group) : match.end(group)].strip()
        found.append(Party(match.start(group), match.start(group) + len(name), name, "rail", ""))
    for match in _VPA.finditer(text, lo, hi) if text.find("@", lo, hi) >= 0 else ():
        group = "n" if match.group("n") else "vpa"
        found.append(
            Party(match.start(group), match.end(group), match.group(group).strip(), "vpa", "")
        )
        if not match.group("n"):  # "VPA shop@bank Shop Name Pvt Ltd on 09-06-24"
            _add(found, text, match.end(), "vpa_name", "")


# A sum in the words before "received" ("Payment of Rs.6,489.84 received"): no one's name.
_AN_AMOUNT = re.compile(r"\d[\d,.]*[.,]\d\d(?!\d)")
# What says the label's value is where the user's own money came from or went.
_OWN_SOURCE_BEFORE = re.compile(r"(?:paid|debited|charged|sent|transferred|deposited)\s*$")
_ID_AFTER_LABEL = re.compile(r"(?i)(?:id|no\.?|nr\.?|number|code)(?![^\W\d_])")


def _sentence_start(lower: str, at: int) -> int | None:
    """Where the sentence holding `at` starts (after a line break, "!", ":", or a full stop
    that is no initial's), within _NAME_REACH characters; None when it starts farther back."""
    floor = max(0, at - _NAME_REACH - 1)
    index = at
    while index > floor:
        char = lower[index - 1]
        if char in "\n!:" or (
            char == "."
            and lower[index : index + 1].isspace()  # "Dott.ssa" is no sentence's end
            and not _INITIAL.search(lower, max(0, index - 3), index)
        ):
            return index
        index -= 1
    return 0 if index == 0 else None


_INITIAL = re.compile(r"(?<!\w)\w\.$")


def _add_named(found: list[Party], text: str, start: int, end: int, source: str) -> None:
    if _payers_note(text, start) and not (source == "tr_at" and _TR_AT.match(text, start)):
        # "Message : « merci pour le resto »": the payer's note, not a name. (But a Turkish
        # description's name in its case names whom: "Açıklama : Trendyol'dan alışveriş".)
        return
    pronoun = _PRONOUN.match(text, start, end)
    if pronoun:  # "Aapne Balaji Sweets ko ₹3,556.30 ka payment kiya": the sentence's subject
        start = pronoun.end()
    title = _TITLES.match(text[start : start + _TITLE_REACH])
    if title and start + title.end() < end:  # "Ông Nguyễn Văn An đã chuyển ..."
        start += title.end()
    raw = text[start:end]
    name = _cased_name(_payee_of(_after_inner_label(raw.strip(" ,:-–—").lstrip(_NOT_LETTERS))))
    name = _LEADING_PARTICLE.sub("", name)  # "... 20:24 को सुनील वर्मा से": the date's "on"
    first, _, rest = name.partition(" ")
    if rest and _only_money_words(first, _MONEY_OR_ACCOUNT_WORDS):
        # "Maksoit DNA:lle", "Palautus HSL:ltä": the sentence's verb, then the name; and
        # "Hesabınızdan Mehmet Kaya adlı alıcıya": "from your account", then the name.
        name = rest
    if name:
        begin = start + raw.find(name)
        found.append(Party(begin, begin + len(name), name, source, ""))


# A postposition of the phrase before the name, in the scripts without capitals that tell a
# name's start: Hindi, Punjabi, Bengali, Marathi, Urdu, Nepali.
_LEADING_PARTICLE = re.compile(
    r"^(?:को|ने|से|में|पर|का|की|के|ਨੂੰ|ਨੇ|ਤੋਂ|ਵਿੱਚ|ਦੇ|ਦਾ|ਦੀ|কে|থেকে|এর|ला|कडून|کو|نے|سے|میں|लाई|बाट"
    r"|मा) "
)
# A gift card sent to someone: the name after it is whom the user gave it to.
_GIFT_TO = re.compile(
    r"(?i:gift ?card|gutschein|cadeaukaart|presentkort(?:et)?|carte cadeau|tarjeta regalo"
    r"|cartão presente)\b[^.\n]{0,30}\s(?:to|an|naar|till|à|a|para)\s+$"
)
# The label of the note a payer writes for the payee, in the languages payment apps write (not
# after another word: "Gute Nachricht: Zalando hat Ihnen ..." is good news).
_NOTE_BEFORE = re.compile(
    r"(?<!\w)(?<!\w )(?i:message|メッセージ|附言|备注|nachricht|mitteilung|viesti|melding"
    r"|meddelande|tytuł|zpráva(?: pro příjemce)?|správa|açıklama|lời nhắn|verwysing|mensaje"
    r"|mensagem|causale|verwendungszweck|note|memo|berichtje)(?:\s*[:：]|\t)\s*[«“\"'‘「]?\s*$"
)


def _only_money_words(word: str, classes: frozenset[str] = _MONEY_WORDS) -> bool:
    """Is `word` wholly a word of money moved ("Maksoit", you paid; "Palautus", refund), or of
    the `classes` asked for?"""
    lower = word.lower()
    cues = lexicon.scan(lower)
    return (
        len(cues) == 1
        and cues[0][1] - cues[0][0] == len(lower)
        and not classes.isdisjoint(cues[0][2])
    )


def _payers_note(text: str, start: int) -> bool:
    """Does a payer's note start at `start` ("Message : « merci pour le resto »", "Viesti:
    kiitos kyydistä")? A name in capitals there is the payer's ("Viesti: PEKKA KORHONEN")."""
    if not _NOTE_BEFORE.search(text, max(0, start - 30), start):
        return False
    word = _FIRST_WORD.match(text, start)
    return word is None or not (word.group(1).isupper() and len(word.group(1)) > 1)


_FIRST_WORD = re.compile(r"[«“\"'‘「\s]*(\w+)")


def _payee_of(value: str) -> str:
    """The value less the kind of payment it starts with ("Paiement facture EDH ELECTRICITE",
    "MALIPO YA LUKU - TANESCO"), unless what is left is not a name ("LUKU yamekamilika")."""
    payee = without_payment_kind(value)
    return payee if payee and not payee[0].islower() else value


# A bill's kind before the biller, whatever the label (Vietnamese electricity, water, internet,
# phone).
_BILL_KIND = re.compile(
    r"(?i)(?:tiền điện|tiền nước|tiền internet|cước internet|cước điện thoại|cước viễn thông)\s+"
)


def _add(found: list[Party], text: str, start: int, source: str, cue: str) -> None:
    if _OPERATOR_BEFORE.search(text, max(0, start - 30), start):
        return  # "Tikkie is een dienst van ABN AMRO": who runs the service, not who paid
    if _payers_note(text, start):
        return  # "Zpráva pro příjemce: za lístky": the payer's note to the payee
    if _GIFT_TO.search(text, max(0, start - 60), start):
        return  # "We've emailed the gift card to Rachel Kim": whom it is for, not the shop
    while start < len(text) and text[start] in " *\"'“«":
        start += 1
    if _ADDRESS_VALUE.match(text, start):
        return  # "De: Av. Paulista, 1578 · Para: R. Augusta, 2690": a ride's ends
    if _IBAN_START.match(text, start):
        return  # "IBAN Empfänger: DE89 3704 0044 ...": the payee's account, not its name
    legal_form = _LEGAL_FORM.match(text, start) or _LEAD_IN.match(text, start)
    if legal_form:  # ООО "ВЕКТОР-СТРОЙ": the name is in the quotes
        start = legal_form.end()
        number = _LEAD_IN.match(text, start)  # a wallet, then its number, then the name
        start = number.end() if number else start
    kind = _KIND_LEAD.match(text, start)
    if kind and cue not in MEMO_LABELS and not any(map(str.isdigit, kind.group())):
        kind = None  # a shop's label holds a name, unless a card's digits part it from a kind
    if kind:  # a description that says what the money was first: "Lohn Roche", "Povrat Lidl"
        start = kind.end()
    bill = _BILL_KIND.match(text, start)
    if bill:  # "Dịch vụ: Tiền điện EVN HCMC": the bill's kind, then the biller
        start = bill.end()
    title = _TITLES.match(text[start : start + _TITLE_REACH])
    if title:  # before the name ends: "บจก. สยามดิจิทัล" must not end at the title's full stop
        start += title.end()
    end_match = _END.search(text, start, min(len(text), start + _MAX_NAME + 1))
    end = end_match.start() if end_match else min(len(text), start + _MAX_NAME)
    value = _after_inner_label(text[start:end].strip(" *\"'”»-–—"))
    payee = _payee_of(value)
    if payee != value:
        start = text.find(payee, start)
    name = _cased_name(payee)
    card_payment = _CARD_PAYMENT.match(name)
    if card_payment:  # "VISA PURCHASE UBER *EATS": the shop after how it was paid
        start += card_payment.end()
        name = name[card_payment.end() :]
    title = _TITLES.match(name)
    if title:
        start += title.end()
        name = name[title.end() :]
    name = _CJK_BRANCH.sub("", name)
    number_word = _NUMBER_WORD_END.search(name)
    cut = len(number_word.group()) if number_word else 0
    if name and _NUMBERED.match(text, start + len(name) - cut):
        return  # "for CA No. 1002883371": an account's label and its number, not a name
    given = _GIVEN_AFTER_COMMA.match(text, start + len(name)) if source == "label" else None
    if name and given:  # "Ordenante: SILVA NUÑEZ, FLORENCIA" is Florencia Silva Nuñez
        found.append(Party(start, given.end("n"), f"{given['n']} {name}", source, cue))
    elif name:
        found.append(Party(start, start + len(name), name, source, cue))


# A number's label right after a would-be name ("CA No. 1002883371").
_NUMBERED = re.compile(r"(?i)\s*(?:no\.|nr\.|number|#)\s*\d")
# ... which the name may have taken in ("CA No"): matched from its start.
_NUMBER_WORD_END = re.compile(r"(?i)(?:\s(?:no|nr))?$")


# What a statement's description says the money was, before the name it came from or went to:
# salary, a refund, a top-up, cashback, in the languages statements write them.
_KIND_LEAD = re.compile(
    r"(?i)(?:(?:salary|lohn|gehalt|salário|salario|salaire|stipendio|salaris|wynagrodzenie"
    r"|atlyginimas|alga|palk|palkka|mzda|fizetés|munkabér|maaş|зарплата|заробітна плата"
    r"|ደመወዝ|راتب|वेतन|বেতন|gaji|abono de nómina|ish haqi|إيداع راتب"
    r"|refund|remboursement|rückerstattung|erstattung|reembolso|rimborso|zwrot|povrat|devolució"
    r"|devolución|devolução|terugbetaling|återbetalning|palautus|hyvitys|vrácení|vrátenie"
    r"|visszatérítés|iade|возврат|повернення|cashback|rechargement|recharge|top-up|top up"
    r"|endurgreiðsla|estorno|rambursare|vračilo|استرداد مبلغ|استرداد|रकम फिर्ता"
    r"|aufladung|dobitie|dobití|doładowanie|påfyll|påfyllning|opwaardering|ricarica|recarga"
    r"|yükleme|пополнение|поповнення|wallet load|load"
    # ... or a salary in Uruguay and Argentina, or a dividend ("DIVIDEND DEPOSIT - X FCU"), or
    # Japanese "salary" ("給与 ミドリ商事") ...
    r"|haberes|dividend deposit|dividend|給与|給料|賞与"
    # ... or a transfer, in or out ...
    r"|overboeking|overschrijving|virement émis|virement reçu|virement|überweisung"
    r"|transferencia recibida|transferencia|transferência|bonifico|przelew|převod|prevod"
    r"|átutalás|havale|перевод|переказ|пренос|pārskaitījums|pindahan keluar|pindahan masuk"
    r"|outgoing transfer|incoming transfer|transfer|innborgun|transfertë e marrë|transfertë"
    r"|حوالة واردة|حوالة صادرة|প্রাপ্ত ট্রান্সফার|ট্রান্সফার|प्राप्त अंतरण|अंतरण|የተላከ ገንዘብ"
    r"|የተቀበለ ገንዘብ"
    # ... or a purchase by card, and the terminal's kind after it ("Nakup POS", "Compra TPV").
    r"|kortköp|kortkjøp|korttiosto|kaup|zakup przy użyciu karty|zakup|nákup|nakup|blerje"
    r"|pembelian|покупка|покупки|kartenzahlung|compra|débito|debito|achat|acquisto|aankoop"
    r"|شراء نقاط البيع|شراء|কেনাকাটা|खरीदारी|खरीद|pirkinys|pagamento de fatura"
    r"|pagamento fatura|pago de factura|pago factura|pagamento|pos purchase"
    r"|rēķina apmaksa|opłata rachunku|crédito de salário|gutschrift überweisung|gutschrift"
    r"|lastschrift|paiement de facture|paiement facture|paiement"
    r"|pembayaran tagihan|pembayaran|kaardimakse|ซื้อสินค้า|kaup|покупка|pos purch|purch"
    # A US statement's card line, its date after it ("CHECKCARD 0312 SHELL OIL").
    r"|checkcard|check card"
    # Vietnamese "pay the (electricity) bill", "pay".
    r"|thanh toan hoa don dien|thanh toan hoa don|thanh toan|thanh toán hóa đơn|thanh toán"
    # A French SEPA transfer's opening, to the payer's or payee's field ("/DE", "/A", "/POUR").
    r"|vir sepa recu /de|vir sepa emis /a|vir sepa emis /pour|vir inst recu /de)"
    # (and the terminal's or the card's word after it: "COMPRA TARJ. 5540XXXX0931 MERCADONA")
    r"(?:\s+(?:pos|tpv|tpe|edc|cb|tarj\.|tarjeta|card|carte|karte))?"
    r"|pos|tpv|tpe|edc)(?:\s*[-–]\s+|\s+)"
    # (and the card's digits after them: "KORTTIOSTO 4627 KAHVILA KUURA")
    r"(?:[\d*x]{4,}\s+)?"
    # (before a name in capitals, or in a script without them)
    r"(?=[A-ZÀ-ÞА-ЯЁ]|[^\W\d_a-zà-ÿа-яё])"
)
# The user's own card or account, in the languages whose alerts name it like a shop.
_CARD_OR_ACCOUNT = (
    "tarjeta|tarjetas|cartão|cartao|carte|card|karte|karta|kaart|cuenta|conta|compte|account"
)
_LAST_FOUR = re.compile(r"\d{4}(?![\w-])")
# ... then a word that says whose it is ("of", "de", "do"): "Debit Card at TALABAT" names a shop.
_OF_WORDS = frozenset(["of", "de", "do", "da", "du", "del", "di", "von", "van"])
# A card or account word just before an introducing word ("Tarjeta de ...", "conta do ...").
_OWN_BEFORE = re.compile(r"(?<![^\W\d_])(?:" + _CARD_OR_ACCOUNT + r")\s+$")


# What a subject's name may start with that is not the name: "receipt for your (Vinted)".
_RECEIPT_FOR = re.compile(r"(?:receipt|order|invoice|confirmation|purchase)\s+for\s+(?:your\s+)?")


# A family name written first, then a comma and the given names to the end of the line.
_GIVEN_AFTER_COMMA = re.compile(
    r", (?P<n>[A-ZÀ-ÝÑ][A-ZÀ-ÝÑ'-]+(?: [A-ZÀ-ÝÑ][A-ZÀ-ÝÑ'-]+)?)[ \t]*(?:\n|$)"
)


# The words that name who runs a service, in its footer, or the channel the money went
# through, not who took it ("para Rui através de MB WAY"). (A trie: `re` tried each phrase in
# turn, ignoring case, at each of the 30 places before every name.)
_OPERATOR_PHRASES = (
    "is een dienst van|is a service of|is a service by|is a service from|est un service de"
    "|est un service du|ist ein service der|ist ein service des|ist ein dienst der"
    "|ist ein dienst des|es un servicio de|é um serviço do|é um serviço da|è un servizio di"
    "|powered by|operated by|provided by|issued by|a product of|part of"
    "|através de|através da|através do|a través de|por medio de|por meio de|por meio da"
    "|por meio do|by way of|by means of|tramite|par l'intermédiaire de|par l'intermédiaire du"
    # A footer's insurer or regulator ("Deposits insured by FSRA").
    "|insured by|regulated by|licensed by|authorised by|authorized by|supervised by"
)
_OPERATOR_BEFORE = re.compile(trie(_OPERATOR_PHRASES.split("|")) + r"\s*$", re.IGNORECASE)


# A sentence's subject written before the name a pattern reads ("Aapne X ko ...").
_PRONOUN = re.compile(
    r"(?:Aapne|Aapke|Aapka|Aap|You|Your|Sie|Vous|Usted|Você|Siz|Сіз|Ви|Вы|तुम्ही|आपने|तपाईंले|আপনি"
    r"|நீங்கள்|మీరు|ඔබ|آپ نے|Mae|Ο/Η|Ο|Η) "
)
# A company's legal form written before its quoted name.
# A legal form before a quoted name, as the former Soviet and Baltic countries and Georgia write
# it: ООО "ВЕКТОР", ТОВ «Нова Пошта», ОсОО "Ала-Тоо Софт", UAB "Vinted", SIA "Rimi", შპს „X“.
_LEGAL_FORM = re.compile(
    r"(?:ООО|ОАО|ЗАО|ПАО|АО|ИП|ТОО|OOO|TOO|PT|CV|ТОВ|ПрАТ|ПАТ|АТ|ФОП|ОсОО|ЖШС|АҚ|ЖАҚ|ААТ|ЯАЖ"
    r"|UAB|AB|SIA|AS|OÜ|MChJ|AJ|შპს|სს)\s*[\"«“„']"
)


def _brand_like(text: str, start: int) -> bool:
    """A lower-case word that is still a name: "dm-drogerie", "bol.com", "7eleven", "iFood"."""
    word = (text[start : start + 30].split(None, 1) or [""])[0].rstrip(".,;:!?")
    return any(char in "-.&" or char.isdigit() or char.isupper() for char in word)


def _add_parts(found: list[Party], text: str, start: int) -> None:
    """A label's value made of parts ("SALARY - AL NOOR TRADING LLC - SAL2682", "POS/WEB PMT
    SHOPRITE"): each part is a candidate too."""
    line_end = text.find("\n", start)
    value = text[start : line_end if line_end >= 0 else len(text)][:120]
    parts = _PART_BREAK.split(value)
    if len(parts) < 2:
        return
    offset = start
    for part in parts:
        position = text.find(part, offset)
        offset = position + len(part)
        name = _cased_name(part.strip())
        if sum(char.isalpha() for char in name) >= 3 and position >= 0:
            begin = position + part.find(name)
            found.append(Party(begin, begin + len(name), name, "label_part", ""))


_PART_BREAK = re.compile(r"\s[-–—|]\s|(?<=[^\W\d_]{3})/(?=[^\W\d_]{3})|(?<=\d)/")


def _after_inner_label(name: str) -> str:
    """ "Agent: Mayer Doa Telecom" names Mayer Doa Telecom; "خرید از فروشگاه X" names X."""
    colon = name.find(": ")
    if 0 < colon <= 15:
        name = name[colon + 2 :]
    inner = _LABEL.match(lowered(name))
    return name[inner.end() :] if inner and inner.end() < len(name) else name


def _cased_name(phrase: str) -> str:
    """A name written in capitals or title case ends at the first ordinary lower-case word
    ("ENDESA ENERGIA SAU por importe", "Drogasil caiu na sua carteira") or at a word of a
    script without capitals ("Smart ថ្ងៃ 07/01": the sentence goes on in Khmer)."""
    words = phrase.split(" ")
    if not words or not _capitalised(words[0]) or _caseless_letter(words[0]):
        return phrase  # (nor where the name itself is caseless past a rail: "IMPS-സുനിൽ കുമാർ")
    kept = []
    for word in words:
        word_only = word.lstrip("'ʻ‘’")  # Tongan writes "'i" (at), "'o" (of)
        first = word_only[:1]
        if not _capitalised(word_only) and first.islower() and word.lower() not in _CONNECTORS:
            break
        if first.isalpha() and first.lower() == first.upper():
            break
        kept.append(word)
    while kept and kept[-1].lower() in _CONNECTORS:
        kept.pop()
    return " ".join(kept)


def _caseless_letter(word: str) -> bool:
    return any(char.isalpha() and char.lower() == char.upper() for char in word)


def _capitalised(word: str) -> bool:
    """ "Drogasil", "ENDESA", and the brands written in camel case ("iFood", "eBay")."""
    return word[:1].isupper() or (word[:1].islower() and word[1:2].isupper())


_NOT_NAMES = re.compile(
    r"^(?:your|you|you['’]ve|you['’]re|we['’]ve|i['’]ve|my|we|i|the|a|an|this|that|our|us|me|it"
    r"|of|for|by"
    r"|customer|sir|madam|account|a/c|card"
    r"|bank|upi|neft|imps|rtgs|atm|pos|otp|opt-out|unsubscribe|click|here|http|www|email|mail"
    r"|please|dear|kindly|balance|available|amount|total|rs\.?|inr|usd|eur|the amount|today"
    r"|تاریخ|تاريخ"  # "date"
    # A time zone: "CEST", "SAST", "UTC-05".
    r"|(?:utc|gmt)(?:[+-]\d{1,2}(?::?\d\d)?)?|cet|cest|eet|eest|wet|west|bst|sast|cat|eat|wat"
    r"|ist|pkt|npt|wib|wita|wit|sgt|hkt|jst|kst|aest|aedt|acst|awst|nzst|nzdt|est|edt|cdt"
    r"|mst|mdt|pst|pdt|akst|hst|art|brt|clt|cot|pet|msk|мск"
    # (The US zones' short forms: "9:00 AM CT".)
    r"|ct|et|pt|akdt|hdt"
    # A secret or a booking's code: "never ask for your PIN", "PNR K4TQ7Z".
    r"|pin|cvv|pnr(?: \w+)?"
    r"|tomorrow|yesterday|now|once|every|any|all|mobile|app|web|online|en línea|línea|linha"
    r"|cash|cuenta|conta"
    r"|compte|konto|rekening|su|sua|votre|ihr|uw|la|le|el|o|os|as|we've|we're|we have|thanks"
    r"|thank you|hi|hello|hey|acknowledgement|acknowledgment|ref|ref\.|ref no"
    # A regulator a footer names ("Supervisada por la SBS", "Miyembro ng PDIC", "agréé par la
    # BCEAO"), or the opt-out register ("DND"): never whom the money went to.
    r"|sbs|pdic|bceao|cobac|beac|bafin|dnb|afm|fca|fsma|acpr|finma|cnbv|ncua|fdic|bsp|bnm|ojk"
    r"|cbn|sbp|rbi|cbk|sfc|bcra|superintendencia financiera|superintendencia de bancos|dnd"
    # A legal form alone ("PJSC" of "... Company PJSC") names no one.
    r"|pjsc|psc|llc|ltd|limited|gmbh|inc|plc|sa|sarl|ag|bv|nv|pvt ltd|ооо|ао"
    # What a receipt is for, not from whom: "Your Flight Receipt".
    r"|flight|trip|ride|booking|order|purchase|monthly|weekly|annual|travel|hotel|tax|final|new"
    r"|recent|latest|upcoming|e-receipt|digital|electronic|debit card|credit card|debit card ending"
    r"|card ending|ชำระ|ชําระ|น\.ส\.?|direct|deposit|direct deposit"
    # A letter's closing: "Mit freundlichen Grüßen", "Kind regards", "Atentamente".
    r"|mit freundlichen grüßen|mit freundlichen grüssen|freundliche grüße|freundliche grüsse"
    r"|viele grüße|viele grüsse|liebe grüsse|best regards|kind regards|regards"
    r"|sincerely|yours sincerely|atentamente|cordialement|saludos|cordiales saludos"
    r"|cumprimentos|com os melhores cumprimentos|cordiali saluti|met vriendelijke groet)$",
    re.IGNORECASE,
)


# A cash machine or a card terminal is not a counterparty ("ATM S1BW0231 PUNE").
_NO_COUNTERPARTY = re.compile(
    r"^(?:atm|এটিএম|एटीएम|cash withdrawal|cdm|pos terminal|dab|gab|cajero|caixa eletr[ôo]nico"
    r"|caixa automático"
    r"|agent(?= \d| \+|$)"  # a mobile-money agent's cash-out: "Cash Out ... to Agent 01837848000"
    r"|multibanco|geldautomat|bankomat|bancomat|банкомат|صراف|ตู้ atm|ตู้เอทีเอ็ม|현금인출기|atm機)"
    r"(?!\w)",
    re.IGNORECASE,
)


# A name that starts like this is the user's own account or card, not a counterparty.
_OWN = re.compile(
    r"(?:" + _CARD_OR_ACCOUNT + r"|a/c|acct|your|my|ac|visa|mastercard|rupay|amex|maestro|seu"
    r"|sua|votre|ihr|dein|uw|tuo|tua|twoje|ваш|ваша|ваше|ваши|счет|счёт|карта|карты|hesap"
    r"|hesabınız|rachunek|účet|حساب\w*|بطاق\w*|บัญชี|บัตร|口座|カード|계좌|카드|账户|帳戶)(?!\w)",
    re.IGNORECASE,
)
_OWN_MASKS = ("••", "***")
# How a card paid, written before the shop in a statement line.
_CARD_PAYMENT = re.compile(
    r"(?:visa|mastercard|eftpos|debit card|credit card|card)\s+(?:purchase|payment|pmt)\s+"
    # ... or how an automated clearing house moved it ("ACH WITHDRAWAL BLUEBONNET ELECTRIC").
    r"|ach\s+(?:withdrawal|debit|credit|deposit|pmt|payment)\s+"
    # ... or the card alone, or the person-to-person network ("DEBIT CARD AMZN MKTP",
    # "CHECKCARD 1107 SHELL", "ZELLE FROM OKAFOR GRACE").
    r"|(?:debit|check|credit)\s?card\s+(?:\d{4}\s+)?|zelle\s+(?:payment\s+)?(?:from|to)\s+",
    re.IGNORECASE,
)
# A shop's branch written after its name in Chinese or Japanese ("全聯福利中心 中和店"): the
# chain is the counterparty.
_CJK_BRANCH = re.compile(
    r"(?<=[\u3040-\u30ff\u4e00-\u9fff])\s+[\u3040-\u30ff\u4e00-\u9fff]{1,8}店$"
)
# A time or a date is not a name ("3:38 PM ET", "22:28 IST", "03/09/2026 AS").
_TIME_LIKE = re.compile(r"\d{1,2}[:.]\d\d(?!\d)|\d{1,2}[/.-]\d{1,2}[/.-]\d")
# A (masked) phone or account number is not a name ("84XXXX123"), nor is money ("Rs.2,300.00").
# "Price for 2 nights": a count of things, not a name.
_COUNT_OF_THINGS = (
    r"\d+ (?:nights?|items?|pcs|adults?|guests?|rooms?|days?|tickets?"
    # ... or of days a bundle lasts ("8GB válidos por 30 dias").
    r"|dias|días|jours|tage|giorni|hari|dni|gün|дней)$"
)
_NUMBER_LIKE = re.compile(r"^[\dxX*•+\s-]+$|^(?:rs\.?|inr|usd|eur|[a-z]{0,3}\$|[₹€£¥₦])\s?\d")
# Words for the kind of payment, not for whom: a rail, a transfer, a salary.
_KINDS = re.compile(
    r"^(?:salary|nip transfer|transfer|interac(?: e-transfer)?|pix|payment|pagamento|pago|paiement"
    r"|compra"
    r"|purchase|upi|neft|imps|rtgs|pos|ecom|e-com|web pmt|ndic|rastreo|online banking"
    r"|internet banking|mobile banking|vat|оплата|платеж|платёж|покупка|перевод|cash in|cash out"
    r"|bittaa pos|bittaa|xiri bil-karta|xiri|p2p|c2c|luku|зарплата|заработная плата|trasferiment"
    r"|payroll|checking|savings|fast|eft|havale"
    r"|dabarsa"
    r"|รายการ|บัญชี|ชำระเงิน|ชําระเงิน|กับ|ที่|จาก|ให้"
    # Arabic salary, purchase, deposit, withdrawal, transfer, payment.
    r"|راتب|رواتب|شراء|إيداع|ايداع|سحب|تحويل|دفع)$",
    re.IGNORECASE,
)


# Every "not a name" shape above in one pattern: one match call per candidate instead of six
# (case never matters to the number and time shapes, so all can ignore it).
_NOT_A_NAME = re.compile(
    "|".join(
        f"(?:{pattern})"
        for pattern in (
            _NOT_NAMES.pattern,
            _NO_COUNTERPARTY.pattern,
            _OWN.pattern,
            _NUMBER_LIKE.pattern,
            _TIME_LIKE.pattern,
            _KINDS.pattern,
            _COUNT_OF_THINGS,
            # "в т.ч. НДС" (VAT included), an Arabic footer's "click here", a Persian footer's
            # "(sent) automatically".
            r"т\.ч\.|.*اضغط هنا|صورت خودکار",
            # A footer's help line ("한빛카드(주) 고객센터 1588-0000"), and a payment rail
            # ("by Faster Payment").
            r".*(?:고객센터|カスタマーセンター|客服中心|客户服务|客戶服務|customer service"
            r"|customer care)|faster(?: payments?)?",
            # A letter's greeting to the user: "Dear Valued Customer", "Sayın AHMET YILMAZ".
            r"(?:dear|hi|hello|hey|estimad[oa]|prezad[oa]|cher|chère|liebe[r]?|sehr geehrte[r]?"
            r"|gentile|geachte|szanown[ya]|уважаем(?:ый|ая)|шановн(?:ий|а)|sayın|kedves|vážen[ýá]"
            r"|mpendwa|yth\.?)(?:[\s,]|$)",
        )
    ),
    re.IGNORECASE,
)


_CURRENCY_CODES = ISO_CODES - WORD_LIKE_CODES
# ... and the two-letter marks that no one is named ("RM", "Rp", "Tk", "Bs."), and Aruba's "Afl."
# (not every three-letter mark: Mozambique's "MTn" is MTN, the network, too).
_CURRENCY_CODES |= {
    mark.rstrip(".").upper()
    for mark in (*SYMBOLS, *AMBIGUOUS)
    if mark.rstrip(".").isalpha() and len(mark.rstrip(".")) == 2
} | {"AFL"}


def _brand_name(name: str) -> bool:
    """A shop's own display name may be mostly digits: "99", "n11", "7-Eleven"."""
    return sum(map(str.isalnum, name)) >= 2 and len(name) <= 20


def _plausible(name: str) -> bool:
    letters = sum(map(str.isalpha, name))
    name = name.strip()
    return (
        2 <= len(name) <= _MAX_NAME
        and name.upper() not in _CURRENCY_CODES  # "CAD 164.19" is money, not a payee
        and not _CURRENCY_SIGN.fullmatch(name)  # "RD$", "US$", "R$"
        and letters >= 2
        and not _NOT_A_NAME.match(name)
        and not any(mask in name for mask in _OWN_MASKS)
        and not _MASKED_TAIL.search(name)
        and not _MONEY_FIRST.match(name)
        and ">" not in name  # "Settings > Alerts": a path through an app's menus
        and "|" not in name  # "Berjaya |": a table's cell and its border, not a name
        and not _INSTALMENTS.match(name)
        and not _CODE_LIKE.fullmatch(name)
        and not _MIXED_CODE.fullmatch(name)
        and name.lower() not in _PAYMENT_METHODS
        and not _STREET_ADDRESS.match(name)
        and not _PRICE_FIRST.match(name)
        and not _AMOUNT_ONLY.fullmatch(name)
        and not _a_month(name)
        and not in_words(name)
    )


def in_words(name: str) -> bool:
    """A sum written in words ("YALNIZ: ALTIBİNDÖRTYÜZSEKSENSEKİZ TL OTUZÜÇ KR", "TWO THOUSAND
    EUR"): a number's word, then a currency's code or mark."""
    words = name.split()
    return any(
        word.upper() in _CURRENCY_CODES and _NUMBER_WORD.search(_plain(before))
        for before, word in itertools.pairwise(words)
    )


def _plain(word: str) -> str:
    """Lower case without marks ("BİN" → "bin")."""
    decomposed = unicodedata.normalize("NFKD", word.casefold())
    return "".join(char for char in decomposed if not unicodedata.combining(char))


# A number's word in the languages that write sums in words on receipts and cheques.
_NUMBER_WORD = re.compile(
    r"bin|yuz|thousand|hundred|million|tausend|hundert|mille|cent|lakh|crore|ribu|juta|nghin"
    r"|ngan|trieu|тысяч|сот"
)


def _a_month(name: str) -> bool:
    """A month, alone or with its year, is a period ("Your salary for November 2026"), no one."""
    words = name.lower().split()
    return words[0] in MONTHS and (len(words) == 1 or (len(words) == 2 and words[1].isdigit()))


# An account number in IBAN form ("DE89 3704 0044 ...").
_IBAN_START = re.compile(r"[A-Z]{2}\d{2} ?\d{4}")


# "NGN84,192.95": an amount with its currency, no one's name (unlike "GS25", "A101").
_AMOUNT_ONLY = re.compile(r"[^\W\d_]{1,4}\.?\s?\d[\d\s]*[.,]\d[\d.,]*")


_CURRENCY_SIGN = re.compile(r"[A-Za-z]{0,3}\.?\s?[$€£¥₹₦₱₩₺₽₴₸₫฿₵₲₡]\.?")
# How a receipt says it was paid, which no one was paid: "Paid with Apple Pay", "American
# Express •••• 1006".
_PAYMENT_METHODS = frozenset(
    {
        *("visa", "mastercard", "master card", "american express", "amex", "apple pay"),
        *("google pay", "samsung pay", "maestro", "discover", "jcb", "unionpay", "rupay"),
        *("diners club", "visa debit", "visa credit", "debit card", "credit card"),
        # ... and the rails and apps people send each other money by: "te ha enviado 205,30 €
        # por Bizum", "har sendt deg 380,00 kr med Vipps" (the sender is the payer).
        *("bizum", "vipps", "mobilepay", "swish", "twint", "wero", "payconiq", "tikkie", "blik"),
        *("mb way", "iris", "pix", "zelle", "venmo", "cash app", "interac", "e-transfer"),
        *("interac e-transfer", "paynow", "promptpay", "duitnow", "instapay", "sarie", "cliq"),
        *("yape", "plin", "spei", "codi", "transfiya", "سريع", "كليك", "ביט", "إي فواتيركم"),
    }
)
# "KA3UKR8LM2": a reference code, one word of letters and digits mixed, no one's name.
_CODE_LIKE = re.compile(r"(?=\S*\d\S*\d\S*\d)(?=\S*[^\W\d_]\S*[^\W\d_])[^\W_]{8,}")
# "ZKSAKWV1AA", "TP7QJS8XTA": a transaction code in capitals, a digit among its letters.
_MIXED_CODE = re.compile(r"(?=[A-Z\d]{8,}$)[A-Z\d]*[A-Z]\d+[A-Z][A-Z\d]*")
# "1418 Maple Ave": a delivery address.
_STREET_ADDRESS = re.compile(
    r"(?i)\d+[a-z]?\s+(?:[^\W\d_]+\s+){1,3}(?:ave|avenue|st|street|rd|road|blvd|boulevard|lane|ln"
    r"|dr|drive|way|ct|court|pl|place)\b\.?$"
    # ... a street of Germany ("Warschauer Str"), or a street's kind alone, the rest cut off at
    # its full stop ("De: Av. Paulista, 1578": Portuguese and Spanish "Av.", "R.", "Rua").
    r"|(?:[^\W\d_]+\s+){0,2}[^\W\d_]*(?:str|straße|strasse)\.?$"
    r"|(?:av|avda|avenida|rua|r|calle|rue)\.?$"
    r"|(?:jalan|jln\.?|jl\.?) [^\W\d_]"  # Malaysia's and Indonesia's "Jalan Tun Razak"
)
# A value that is an address: a street's kind, its name, a comma, its number ("Para: R.
# Augusta, 2690").
_ADDRESS_VALUE = re.compile(
    r"(?i)(?:av|avda|avenida|rua|r|calle|rue|str|via|ul|jl|jalan)\.?\s[^\n,]{1,40},\s?\d"
)
# "189,99 zł": a price.
_PRICE_FIRST = re.compile(r"\d[\d .,]*[.,]\d\d\b")


# "en 3 cuotas de $ 35.634,53": a count of instalments and their money, not a payee.
_INSTALMENTS = re.compile(
    r"(?i)\d+\s+(?:cuotas|parcelas|installments|instalments|mensualidades)"
    r"|\d+\s?x\s+(?:sem|sin|de)\b"  # "3x sem juros": three instalments, no interest
)


# "Checking ...8830", "Savings xx4410": an account named by its masked number is the user's
# (not a shop's order code glued on: "AMAZON MKTPL*8816").
_MASKED_TAIL = re.compile(r"(?:\.{2,}|…|[xX]{2,}|(?<![^\W\d_])[*•]+)\s?\d{2,6}\)?$")
# "8.466,56 RSD", "325,40 BGN при LIDL": an amount with its currency is not a name.
_MONEY_FIRST = re.compile(r"\d[\d.,\s]*\s?(?:[A-Z]{3,4}|[A-Z][a-z]{2,3})\b")
