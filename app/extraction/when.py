"""When a transaction happened: the dates (and times, and zones) written in a text.

Every date in the text is a candidate, with its span; a time next to it ("12 Mar 2025 19:42",
"19:42 on 12/03", "2025年3月12日 19時42分", "12 มี.ค. 2568 เวลา 14:22 น.") makes it a moment. A
moment is read in the zone the text names (IST, EST, MSK, "UTC+03:00", "Dubai time"), else in the
sender's home zone, else in the Date header's. Numeric dates are day-first unless the sender's
country writes month-first (US); a part above 12 settles it. Thai Buddhist years (2568, "68" from
a Thai sender), Solar Hijri years (1403/12/11) and Taiwan's Minguo years (115/01/04) are
converted. The extractor picks among the
candidates (app.extraction.reader).
"""

import re
from datetime import UTC, date, datetime, time, timedelta, timezone, tzinfo
from functools import lru_cache
from typing import NamedTuple
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from app.extraction.patterns import starts, trie, trie_by_script

_MONTH_NAMES = {
    1: "jan january januar jänner janvier enero ene janeiro gennaio januari ocak янв января "
    "январь يناير ينایر janv",
    2: "feb february februar février fevrier févr febrero fev fevereiro febbraio februari "
    "şubat subat фев февраля февраль فبراير",
    3: "mar march märz maerz mars marzo mär março marco maart maret machi mart марта март мар مارس",
    4: "apr april avril abril abr aprile aprili nisan апр апреля апрель أبريل ابريل",
    5: "may mai mayo maio maggio mei mayıs mayis мая май مايو",
    6: "jun june juni juin junio junho giugno haziran июн июня июнь يونيو",
    7: "jul july juli juillet julio julho luglio julai temmuz июл июля июль يوليو juil",
    8: "aug august août aout agosto agustus agosti ağustos agustos авг августа август أغسطس",
    9: "sep sept september septembre septiembre setiembre setembro settembre septemba eylül "
    "eylul сен сентября сентябрь سبتمبر",
    10: "oct october oktober octobre octubre outubro ottobre okt oktoba ekim окт октября "
    "октябрь أكتوبر",
    11: "nov november novembre noviembre novembro novemba kasım kasim ноя ноября ноябрь نوفمبر",
    12: "dec december dezember décembre decembre diciembre dezembro dicembre desember desemba "
    "aralık aralik dez déc dic des дек декабря декабрь ديسمبر",
}
# Central and Eastern European, Baltic, Nordic, Greek, Ukrainian, Caucasus, Kazakh and Tagalog
# month names (nominative and genitive). "listopad" is November in Polish, Czech and Ukrainian and
# October in Croatian: the first reading is kept.
_MORE_MONTH_NAMES = {
    1: "stycznia styczeń ledna leden januára január siječnja siječanj јануар јануара януари "
    "ianuarie janvāris janvārī sausio sausis jaanuar tammikuuta tammikuu janúar ιανουαρίου "
    "ιανουάριος січня січень იანვარი იანვრის հունվարի հունվար yanvar қаңтар enero",
    2: "lutego luty února únor februára február veljače veljača фебруар фебруара февруари "
    "februarie februāris februārī vasario vasaris veebruar helmikuuta helmikuu febrúar "
    "φεβρουαρίου φεβρουάριος лютого лютий თებერვალი თებერვლის փետրվարի փետրվար fevral ақпан "
    "pebrero",
    3: "marca marzec března březen marec ožujka ožujak martie március marts martā kovo kovas "
    "märts maaliskuuta maaliskuu μαρτίου μάρτιος березня березень მარტი მარტის մարտի մարտ "
    "наурыз marso",
    4: "kwietnia kwiecień dubna duben apríla apríl travnja travanj април априла aprilie április "
    "aprīlis aprīlī balandžio balandis aprill huhtikuuta huhtikuu απριλίου απρίλιος квітня "
    "квітень აპრილი აპრილის ապրիլի ապրիլ aprel сәуір",
    5: "maja maj května květen mája máj svibnja svibanj мај маја május maijs maijā gegužės "
    "gegužė toukokuuta toukokuu maí μαΐου μάιος травня травень მაისი მაისის մայիսի մայիս "
    "мамыр",
    6: "czerwca czerwiec června červen júna jún lipnja lipanj јун јуна юни iunie június jūnijs "
    "jūnijā birželio birželis juuni kesäkuuta kesäkuu júní ιουνίου ιούνιος червня червень "
    "ივნისი ივნისის հունիսի հունիս iyun маусым hunyo",
    7: "lipca lipiec července červenec júla júl srpnja srpanj јул јула юли iulie július jūlijs "
    "jūlijā liepos liepa juuli heinäkuuta heinäkuu júlí ιουλίου ιούλιος липня липень ივლისი "
    "ივლისის հուլիսի հուլիս iyul шілде hulyo",
    8: "sierpnia sierpień srpna srpen augusta kolovoza kolovoz avgust augusztus augusts augustā "
    "rugpjūčio rugpjūtis elokuuta elokuu ágúst αυγούστου αύγουστος серпня серпень აგვისტო "
    "აგვისტოს օգոստոսի օգոստոս avqust тамыз",
    9: "września wrzesień září septembra rujna rujan септембар септембра септември septembrie "
    "szeptember septembris septembrī rugsėjo rugsėjis syyskuuta syyskuu σεπτεμβρίου "
    "σεπτέμβριος вересня вересень სექტემბერი სექტემბრის սեպտեմբերի սեպտեմբեր sentyabr "
    "қыркүйек setyembre",
    10: "października październik října říjen októbra október oktobar октобар октобра "
    "октомври octombrie oktobris oktobrī spalio spalis oktoober lokakuuta lokakuu "
    "οκτωβρίου οκτώβριος жовтня жовтень ოქტომბერი ოქტომბრის հոկտեմբերի հոկտեմբեր oktyabr "
    "қазан oktubre",
    11: "listopada listopad novembra studenoga studeni новембар новембра ноември noiembrie "
    "novembris novembrī lapkričio lapkritis marraskuuta marraskuu nóvember νοεμβρίου "
    "νοέμβριος листопада листопад ნოემბერი ნოემბრის նոյեմբերի նոյեմբեր noyabr қараша "
    "nobyembre",
    12: "grudnia grudzień prosince prosinec decembra prosinca prosinac децембар децембра "
    "декември decembrie decembris decembrī gruodžio gruodis detsember joulukuuta joulukuu "
    "δεκεμβρίου δεκέμβριος грудня грудень დეკემბერი დეკემბრის դեկտեմբերի դեկտեմբեր dekabr "
    "желтоқсан disyembre",
}
# Arabic as the Levant (كانون الثاني) and the Maghreb (جانفي) write it, Persian's Gregorian months,
# Hebrew, Hindi, Bengali, Urdu, Tamil, Sinhala, Albanian, Slovenian, Macedonian, Malay and
# Indonesian. Names of two words are written with "_" here.
_EVEN_MORE_MONTH_NAMES = {
    1: "كانون_الثاني جانفي ژانویه ינואר जनवरी জানুয়ারি جنوری ஜனவரி ජනවාරි janar januar јануари",
    2: "شباط فيفري فوریه פברואר फ़रवरी फरवरी ফেব্রুয়ারি فروری பிப்ரவரி පෙබරවාරි shkurt februar февруари",
    3: "آذار مارچ מרץ मार्च মার্চ மார்ச் මාර්තු mac marec март",
    4: "نيسان أفريل آوریل אפריל अप्रैल এপ্রিল اپریل ஏப்ரல் අප්‍රේල් prill april",
    5: "أيار ماي مه מאי मई মে مئی மே මැයි",
    6: "حزيران جوان ژوئن יוני जून জুন جون ஜூன் ජූනි qershor junij junija јуни",
    7: "تموز جويلية ژوئیه יולי जुलाई জুলাই جولائی ஜூலை ජූලි korrik julij julija јули",
    8: "آب أوت اوت אוגוסט अगस्त আগস্ট اگست ஆகஸ்ட் අගෝස්තු gusht avgusta ogos",
    9: "أيلول سپتامبر ספטמבר सितंबर सितम्बर সেপ্টেম্বর ستمبر செப்டம்பர் සැප්තැම්බර් shtator "
    "septembra септември",
    10: "تشرين_الأول اکتبر אוקטובר अक्टूबर অক্টোবর اکتوبر அக்டோபர் ඔක්තෝබර් tetor oktobra октомври",
    11: "تشرين_الثاني نوامبر נובמבר नवंबर नवम्बर নভেম্বর نومبر நவம்பர் නොවැම්බර් nëntor "
    "novembra ноември nopember",
    12: "كانون_الأول دسامبر דצמבר दिसंबर दिसम्बर ডিসেম্বর دسمبر டிசம்பர் දෙසැම්බර් dhjetor "
    "decembra декември disember",
}
# Catalan ("5 d'octubre de 2025").
_CATALAN_MONTHS = (
    "gener febrer març abril maig juny juliol agost setembre octubre novembre desembre"
)
for _number, _name in enumerate(_CATALAN_MONTHS.split(), start=1):
    _EVEN_MORE_MONTH_NAMES[_number] += f" {_name}"
# Basque, its months and their genitives ("urriaren": of October).
_BASQUE_MONTHS = (
    "urtarrila otsaila martxoa apirila maiatza ekaina uztaila abuztua iraila urria azaroa abendua"
)
for _number, _name in enumerate(_BASQUE_MONTHS.split(), start=1):
    _EVEN_MORE_MONTH_NAMES[_number] += f" {_name} {_name.removesuffix('a')}aren"
# Tagalog's abbreviations ("Nob 15, 2026") where they differ from Spanish and English ones
# ("ago" and "set" are words too: left out).
for _number, _name in ((2, "peb"), (6, "hun"), (7, "hul"), (11, "nob"), (12, "dis")):
    _EVEN_MORE_MONTH_NAMES[_number] += f" {_name}"
# Hausa, Belarusian (in the genitive a date writes: "20 кастрычніка 2026") and Tajik months,
# all twelve: a partial list would leave a taught sender's other months unread (templates learn
# a date the finder reads as the finder's).
for _months in (
    "janairu fabrairu maris afirilu mayu yuni yuli agusta satumba oktoba nuwamba disamba",
    "студзеня лютага сакавіка красавіка мая чэрвеня ліпеня жніўня верасня кастрычніка"
    " лістапада снежня",
    "январ феврал март апрел май июн июл август сентябр октябр ноябр декабр",
):
    for _number, _name in enumerate(_months.split(), start=1):
        _EVEN_MORE_MONTH_NAMES[_number] += f" {_name}"
# Haitian Creole's months (not "mas", "me", "out": words of other languages too).
for _number, _names in {
    1: "janvye", 2: "fevriye", 6: "jen", 7: "jiyè", 9: "septanm", 10: "oktòb", 11: "novanm",
    12: "desanm",
}.items():  # fmt: skip
    _MONTH_NAMES[_number] += " " + _names
MONTHS = {name: number for number, names in _MONTH_NAMES.items() for name in names.split()}
for _more in (_MORE_MONTH_NAMES, _EVEN_MORE_MONTH_NAMES):
    for _number, _names in _more.items():
        for _name in _names.split():
            MONTHS.setdefault(_name.replace("_", " "), _number)
_THAI_MONTHS = {
    name: number
    for number, names in enumerate(
        (
            "มกราคม ม.ค.",
            "กุมภาพันธ์ ก.พ.",
            "มีนาคม มี.ค.",
            "เมษายน เม.ย.",
            "พฤษภาคม พ.ค.",
            "มิถุนายน มิ.ย.",
            "กรกฎาคม ก.ค.",
            "สิงหาคม ส.ค.",
            "กันยายน ก.ย.",
            "ตุลาคม ต.ค.",
            "พฤศจิกายน พ.ย.",
            "ธันวาคม ธ.ค.",
        ),
        start=1,
    )
    for name in names.split()
}

_FIXED_ZONES = {
    "IST": 330,
    "UTC": 0,
    "GMT": 0,
    "Z": 0,
    "BST": 60,
    "WET": 0,
    "WEST": 60,
    "CET": 60,
    "CEST": 120,
    "MEZ": 60,
    "MESZ": 120,
    "EET": 120,
    "EEST": 180,
    "MSK": 180,
    "МСК": 180,
    "EST": -300,
    "EDT": -240,
    "CST": -360,
    "CDT": -300,
    "MST": -420,
    "MDT": -360,
    "PST": -480,
    "PDT": -420,
    "AKST": -540,
    "HST": -600,
    "SGT": 480,
    "HKT": 480,
    "JST": 540,
    "KST": 540,
    "GST": 240,
    "EAT": 180,
    "WAT": 60,
    "CAT": 120,
    "SAST": 120,
    "AEST": 600,
    "AEDT": 660,
    "ACST": 570,
    "AWST": 480,
    "NZST": 720,
    "NZDT": 780,
    "PHT": 480,
    "WIB": 420,
    "WITA": 480,
    "WIT": 540,
    "ICT": 420,
    "TRT": 180,
    "PKT": 300,
    "NPT": 345,
    "IRST": 210,
    "ART": -180,
    "BRT": -180,
    "GMT+3": 180,
}
# Zones written without standard/daylight, or as a city: the offset depends on the date.
_NAMED_ZONES = {
    "ET": "America/New_York",
    "CT": "America/Chicago",
    "PT": "America/Los_Angeles",
    "Dubai time": "Asia/Dubai",
    "Moscow time": "Europe/Moscow",
    "London time": "Europe/London",
    # A country's other zones, named as its banks write them (Brazil, Portugal, Spain,
    # Mexico, Chile, the DR Congo), in lower and in title case.
    **{
        variant: zone
        for name, zone in {
            "horário de Brasília": "America/Sao_Paulo",
            "horário de Manaus": "America/Manaus",
            "horário do Amazonas": "America/Manaus",
            "horário do Acre": "America/Rio_Branco",
            "horário de Fernando de Noronha": "America/Noronha",
            "hora dos Açores": "Atlantic/Azores",
            "hora da Madeira": "Atlantic/Madeira",
            "hora canaria": "Atlantic/Canary",
            "hora de Canarias": "Atlantic/Canary",
            "hora peninsular": "Europe/Madrid",
            "hora del Centro": "America/Mexico_City",
            "hora del Pacífico": "America/Mazatlan",
            "hora de Sonora": "America/Hermosillo",
            "hora de Tijuana": "America/Tijuana",
            "hora de Isla de Pascua": "Pacific/Easter",
            "hora de Magallanes": "America/Punta_Arenas",
            "heure de Lubumbashi": "Africa/Lubumbashi",
            "heure de Kinshasa": "Africa/Kinshasa",
        }.items()
        for variant in (name, name[0].upper() + name[1:])
    },
}
_ZONE_NAMES = "|".join(
    re.escape(name) for name in sorted([*_FIXED_ZONES, *_NAMED_ZONES], key=len, reverse=True)
)

_WORD = rf"{trie_by_script(list(MONTHS))}(?![^\W\d_])"
# A month's name after a number: most places tried hold no month's first letter, which one
# test rules out before the trie's alternatives are each tried.
_WORD_AFTER = f"{starts(list(MONTHS))}{_WORD}"
_DATE = re.compile(
    # Every date starts with a digit or a month's name: the lookahead skips other places in C.
    rf"(?=[\d令{''.join(sorted({re.escape(name[0]) for name in MONTHS}))}])(?:"
    # A number's first digit: no date below has a digit before it (most digits are inside
    # numbers: one test rules them out before each date is tried, and none repeats it).
    r"(?=\d)(?<!\d)(?:"
    # 2025. június 3. (Hungarian), 2025. gada 3. jūnijā (Latvian), 2025 m. birželio 3 d.
    # and Basque's 2025eko urriaren 3an
    rf"(?P<hy>\d{{4}})(?:\.|eko)? (?:gada |m\. )?(?:(?P<hm>{_WORD_AFTER}) (?P<hd>\d{{1,2}})(?!\d)"
    rf"|(?P<ld>\d{{1,2}})\. (?P<lm>{_WORD_AFTER}))"
    # 2025년 6월 3일, 6월 3일 (Korean)
    r"|(?:(?P<ky>\d{4})년\s?)?(?P<km>\d{1,2})월\s?(?P<kd>\d{1,2})일"
    # ngày 3 tháng 6 năm 2025 (Vietnamese)
    r"|(?P<vd>\d{1,2}) tháng (?P<vm>\d{1,2})(?:,? năm (?P<vy>\d{4}))?(?!\d)|"
    # 2025-03-12, 2025/03/12, 1403/12/11, 115/01/04 (year first)
    r"(?P<iy>\d{4}|1[01]\d)(?P<isep>[-/.])(?P<im>\d\d?)(?P=isep)(?P<id>\d\d?)(?!\d)"
    # 2025年3月12日, and 9月29日 with no year (Chinese card alerts)
    r"|(?:(?P<jy>\d{4}|1[01]\d)年)?(?P<jm>\d{1,2})月(?P<jd>\d{1,2})日"
    # 20250414 (year, month and day run together)
    r"|(?P<cy>20\d\d)(?P<cm>0[1-9]|1[0-2])(?P<cd>0[1-9]|[12]\d|3[01])(?!\d)"
    # The three below have no "." before them either (one test for the three).
    r"|(?<!\.)(?:"
    # 12-03-25, 12/03/2025, 12.03.2025 (and 12/03 with no year, when a time follows)
    r"(?P<a>\d{1,2})(?P<sep>[-/.])(?P<b>\d{1,2})(?:(?P=sep)(?P<ny>\d{4}|\d{2}))?(?![\d])"
    # 18. 1. 2025 (Czech, Slovak: a space after each dot, and always the year)
    r"|(?P<sd>\d{1,2})\. (?P<sm>\d{1,2})\. (?P<sy>\d{4})(?!\d)"
    # 12 Mar 2025, 12-Mar-25, 21/mar/2025, 12. März 2025, 12 de marzo de 2025, 12 марта 2025 г.
    rf"|(?<!,)(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?\.?[ /-]?(?:de |d'|d’)?(?P<m1>{_WORD_AFTER})\.?"
    r"(?:[ ,/-]{1,3}(?:de )?(?P<y1>\d{4}|\d{2}(?![\d:.])))?))"
    # Mar 12, 2025 / Wed, March 12 2025
    rf"|{starts(list(MONTHS))}\b(?P<m2>{_WORD})\.? (?P<d2>\d{{1,2}})(?:st|nd|rd|th)?,? "
    r"(?P<y2>\d{4})(?!\d)"
    # 令和7年6月3日: Japan's era years (Reiwa 1 is 2019)
    r"|令和(?P<ry>\d{1,2}|元)年(?P<rm>\d{1,2})月(?P<rd>\d{1,2})日)",
)
_THAI_DATE = re.compile(
    rf"(?P<d>\d{{1,2}})\s*(?P<m>{trie(list(_THAI_MONTHS))})\s*(?P<y>\d{{4}}|\d{{2}})(?!\d)"
)
_TIME_BODY = (
    # 14:32, 14h32, 11 h 24 (Québec), 14時32分 (16时54分, 16点54分 in Chinese), and 20.03
    # where a zone or "Uhr" follows or "pukul" (Indonesian), "klo" (Finnish), "kl." (Nordic),
    # "ore" (Italian) comes before.
    r"(?P<h>[01]?\d|2[0-3])(?::|h(?=\d\d)| h (?=\d\d)|[時时点點]"
    r"|\.(?=\d\d\s?(?:WIB|WITA|WIT|Uhr|uhr)\b)"
    r"|(?:(?<=pukul \d\d)|(?<=klo \d\d)|(?<=kl\. \d\d)|(?<=ore \d\d)|(?<=jam \d\d))\.)"
    r"(?P<mi>[0-5]\d)(?:分|(?::(?P<s>[0-5]\d)))?(?!\d|,\d)"
    r"(?:\s?(?P<ampm>[aApP])\.?\s?[mM]\.?(?![A-Za-z]))?"
    r"(?:\s?(?:น\.|hrs?\b|uhr\b|ч\.?))?"
    rf"(?:\s?\(?(?:(?:GMT|UTC)\s?(?P<off>[+-]\d{{1,2}}(?::?\d\d)?)|(?P<tz>{_ZONE_NAMES}))\)?"
    r"(?![A-Za-z]))?"
)
_TIME = re.compile(r"(?=\d)(?<![\d:.,])" + _TIME_BODY)  # a time starts with a digit
# A time on a line of its own, after its label, a little after the date.
_LABELLED_TIME = re.compile(
    r"(?i)\n[^\n\d]{0,25}\b(?:time|hora|heure|uhrzeit|zeit|tijd|ora|saa|время|saat|waktu|jam"
    r"|tidspunkt|klokkeslett|klokkeslæt|kellonaika|klockslag|tid)"
    r"\b[^\n\d]{0,25}(?=\d)"
)
_TIME_JOINED = re.compile(_TIME_BODY)  # "2024-05-12:14:32:10": the time glued to the date
# "30.08.2025 13.51", "Tidspunkt: 10.33": Nordic and Finnish times written with a point, which
# count only right after a date or a time label and ending their line (elsewhere "13.51" is
# money). The empty groups keep _TIME's names.
_DOTTED_TIME = re.compile(
    r"[ \t]*(?P<h>[01]?\d|2[0-3])\.(?P<mi>[0-5]\d)(?P<s>)(?P<ampm>)(?P<off>)(?P<tz>)[ \t]*(?=\n|$)"
)
_MAX_CANDIDATES = 12
_PAST_LIMIT = timedelta(days=400)
_FUTURE_SLACK = timedelta(hours=14)  # a local date may be a day ahead of the header's


class When(NamedTuple):  # a tuple: built many times per email, cheaply
    """A date written in the text, with its time where one stands next to it."""

    start: int
    end: int  # the span covers the date and, when found, the time
    moment: datetime  # aware; noon local time when the text gives no time
    has_time: bool
    zone_stated: bool  # the text named the zone


def find_dates(
    text: str, lower: str, received_at: datetime, zone: tzinfo | None, month_first: bool
) -> list[When]:
    """Every date in `text` (`lower` is the same text lower-cased), read in `zone` unless the
    text names one (None: the Date header's zone), left to right. Dates implausibly far from
    the email's own date are left out."""
    default_zone = zone or received_at.tzinfo or UTC
    found: list[When] = []
    for count, match in enumerate(_DATE.finditer(lower)):
        if count >= _MAX_CANDIDATES:
            break
        day = _date_of(match, received_at, month_first)
        if day is not None:
            found.append(
                _moment(text, match.start(), match.end(), day, received_at, default_zone, zone)
            )
    if not text.isascii() and _THAI_MONTH_MARK.search(text):
        for match in _THAI_DATE.finditer(text):
            day = _thai_date(match)
            if day is not None and _plausible(day, received_at):
                found.append(
                    _moment(text, match.start(), match.end(), day, received_at, default_zone, zone)
                )
        found.sort(key=lambda when: when.start)
    return found


_THAI_MONTH_MARK = re.compile(r"[\u0e00-\u0e7f]")


def _date_of(match: re.Match[str], received_at: datetime, month_first: bool) -> date | None:
    found: date | None
    try:
        if match["hy"]:
            month = MONTHS.get(match["hm"] or match["lm"])
            if month is None:
                return None
            found = date(int(match["hy"]), month, int(match["hd"] or match["ld"]))
        elif match["km"]:
            found = _with_year(int(match["kd"]), int(match["km"]), match["ky"], received_at)
        elif match["vm"]:
            found = _with_year(int(match["vd"]), int(match["vm"]), match["vy"], received_at)
        elif match["ry"]:
            era_year = 1 if match["ry"] == "元" else int(match["ry"])
            found = date(2018 + era_year, int(match["rm"]), int(match["rd"]))
        elif match["iy"]:
            found = _calendar_date(int(match["iy"]), int(match["im"]), int(match["id"]))
        elif match["jy"]:
            found = _calendar_date(int(match["jy"]), int(match["jm"]), int(match["jd"]))
        elif match["jm"]:
            found = _with_year(int(match["jd"]), int(match["jm"]), None, received_at)
        elif match["cy"]:
            found = date(int(match["cy"]), int(match["cm"]), int(match["cd"]))
        elif match["sy"]:
            found = date(int(match["sy"]), int(match["sm"]), int(match["sd"]))
        elif match["a"]:
            found = _numeric_date(match, month_first, received_at)
        elif match["m1"]:
            month = MONTHS.get(match["m1"].lower())
            if month is None:
                return None
            found = _with_year(int(match["d1"]), month, match["y1"], received_at)
        else:
            month = MONTHS.get(match["m2"].lower())
            if month is None:
                return None
            found = date(int(match["y2"]), month, int(match["d2"]))
    except ValueError:  # 31 February and the like
        return None
    return found if found is not None and _plausible(found, received_at) else None


def _plausible(day: date, received_at: datetime) -> bool:
    received = received_at.date()
    return received - _PAST_LIMIT <= day <= received + timedelta(days=1)


def _calendar_date(year: int, month: int, day: int) -> date:
    """A year-first date in the Gregorian, Thai Buddhist (2568), Solar Hijri (1403) or Taiwanese
    Minguo (115, years since 1911) calendar."""
    if year < 200:
        return date(year + 1911, month, day)
    if year > 2400:
        return date(year - 543, month, day)
    if 1300 <= year < 1500:
        return jalali_to_gregorian(year, month, day)
    return date(year, month, day)


def _numeric_date(match: re.Match[str], month_first: bool, received_at: datetime) -> date | None:
    first, second = int(match["a"]), int(match["b"])
    if match["sep"] == "." or first > 12:
        month_first = False
    elif second > 12:
        month_first = True
    day, month = (second, first) if month_first else (first, second)
    if match["ny"] is None:
        # "12/03" alone is as often an amount ("£30.04"), a range or a code: a date only when a
        # time follows it ("12/03 14:32").
        if match["sep"] == "-" or not _TIME.search(match.string, match.end(), match.end() + 12):
            return None
        return _with_year(day, month, None, received_at)
    year = _full_year(match["ny"])
    if len(match["ny"]) == 2 and year > received_at.year + 1:
        year = 2500 + year % 100 - 543  # a Thai Buddhist year's last two digits: "68" is 2025
    found = _calendar_date(year, month, day)
    if (
        match["sep"] != "."
        and first <= 12
        and second <= 12
        and not _days_before(found, received_at)
    ):
        # "03/05/2026" in a message sent on 3 May is the 3rd of May, whatever the sender's
        # country usually writes: an alert goes out within days of what it reports.
        swapped = _calendar_date(year, day, month)
        if _days_before(swapped, received_at):
            return swapped
    return found


def _days_before(day: date, received_at: datetime) -> bool:
    """`day` is at most a week before the email (or the next day, in a zone ahead of its)."""
    received = received_at.date()
    return received - timedelta(days=7) <= day <= received + timedelta(days=1)


def _thai_date(match: re.Match[str]) -> date | None:
    year = int(match["y"])
    if year < 100:
        year += 2500  # Thai senders write the Buddhist year's last two digits: "68" is 2568
    try:
        return _calendar_date(year, _THAI_MONTHS[match["m"]], int(match["d"]))
    except (KeyError, ValueError):
        return None


def _with_year(day: int, month: int, year: str | None, received_at: datetime) -> date:
    if year:
        return _calendar_date(_full_year(year), month, day)
    # No year ("12 May 14:32"): the latest such date that is not after the email.
    found = date(received_at.year, month, day)
    if found > received_at.date() + timedelta(days=1):
        found = date(received_at.year - 1, month, day)
    return found


def _full_year(text: str) -> int:
    return int(text) + 2000 if len(text) == 2 else int(text)


def _moment(
    text: str,
    start: int,
    end: int,
    day: date,
    received_at: datetime,
    default_zone: tzinfo,
    home_zone: tzinfo | None,
) -> When:
    """The date with the time just after it ("12 May 2024 at 10:32 AM ET"), else just before
    it ("18:41 on 09 Nov 2024"), in the zone the text names or `default_zone`; a date alone in
    the sender's `home_zone` (None: not known)."""
    found = _TIME_JOINED.match(text, end + 1) if text.startswith(":", end) else None
    if found is None:
        # A time that starts near the date, read whole: the window must not cut its zone
        # short ("7:51:38 PM (UTC-0").
        near = _TIME.search(text, end, min(len(text), end + 40))
        found = near and _TIME.match(text, near.start())
    found = found or _DOTTED_TIME.match(text, end)
    if found is not None and "\n\n" in text[end : found.start()]:
        found = None
    span_start, span_end = start, end
    if found is None:
        before = _TIME.search(text, max(0, start - 30), start)
        if before is not None and text.find("\n", before.end(), start) < 0:
            found = before
    if found is None:  # "Value Date: 05-Nov-2024 ... Time of Transaction: 10:11:01 AM"
        labelled = _LABELLED_TIME.search(text, end, min(len(text), end + 200))
        found = (
            _TIME.match(text, labelled.end()) or _DOTTED_TIME.match(text, labelled.end())
            if labelled
            else None
        )
    if found is None:
        return When(start, end, _noon(day, received_at, home_zone), False, False)
    span_start, span_end = min(start, found.start()), max(end, found.end())
    hour = int(found["h"])
    if found["ampm"]:
        hour = hour % 12 + (12 if found["ampm"] in "pP" else 0)
    naive = datetime.combine(day, time(hour, int(found["mi"]), int(found["s"] or 0)))
    zone = _named_zone(found["tz"], found["off"])
    moment = naive.replace(tzinfo=zone or default_zone)
    return When(span_start, span_end, moment, True, zone is not None)


def _noon(day: date, received_at: datetime, zone: tzinfo | None) -> datetime:
    """A date without a time: the email's own moment when it falls on that local day (the
    alert was sent as it happened), else noon that day (never a midnight that other zones see
    as the day before). From a sender of no known zone, noon UTC: that day anywhere from
    UTC-11 to UTC+11, which the Date header's zone (often a mail server's) is not."""
    if received_at.astimezone(zone or received_at.tzinfo).date() == day:
        return received_at
    return datetime.combine(day, time(12), tzinfo=zone or UTC)


def _named_zone(name: str | None, offset: str | None) -> tzinfo | None:
    if offset:
        sign = -1 if offset[0] == "-" else 1
        digits = offset[1:].replace(":", "")
        hours, minutes = (digits, "0") if len(digits) <= 2 else (digits[:-2], digits[-2:])
        return timezone(sign * timedelta(hours=int(hours), minutes=int(minutes)))
    if not name:
        return None
    if name in _FIXED_ZONES:
        return timezone(timedelta(minutes=_FIXED_ZONES[name]))
    return zone_named(_NAMED_ZONES[name])


@lru_cache(maxsize=256)
def zone_named(name: str | None) -> tzinfo | None:
    """The zone called `name`, loaded once per process (ZoneInfo's own cache keeps only a few
    zones alive: mail from many countries reloaded them from disk)."""
    if not name:
        return None
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return None


def jalali_to_gregorian(year: int, month: int, day: int) -> date:
    """A Solar Hijri (Persian) date in the Gregorian calendar (the arithmetic of the common
    jalaali algorithm)."""
    if not (1 <= month <= 12 and 1 <= day <= 31):
        raise ValueError("not a Solar Hijri date")
    year += 1595
    days = -355668 + 365 * year + (year // 33) * 8 + ((year % 33) + 3) // 4 + day
    days += (month - 1) * 31 if month < 7 else (month - 7) * 30 + 186
    g_year = 400 * (days // 146097)
    days %= 146097
    if days > 36524:
        days -= 1
        g_year += 100 * (days // 36524)
        days %= 36524
        if days >= 365:
            days += 1
    g_year += 4 * (days // 1461)
    days %= 1461
    if days > 365:
        g_year += (days - 1) // 365
        days = (days - 1) % 365
    g_day = days + 1
    leap = g_year % 4 == 0 and (g_year % 100 != 0 or g_year % 400 == 0)
    lengths = [0, 31, 29 if leap else 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31]
    g_month = 1
    while g_month <= 12 and g_day > lengths[g_month]:
        g_day -= lengths[g_month]
        g_month += 1
    return date(g_year, g_month, g_day)
