"""The clocks of the places international copy is filed from (session 31).

:mod:`.home` knew the zones of the English-speaking countries it reads a
bare "$" for; "11:15 local time near Athens" or a clock under a MADRID dateline
stayed zoneless, and against "09:15 GMT" two hours looked like a conflict. This
table gives the zone of each country (and its capital and the cities copy
datelines most) that keeps ONE zone: its standard offset and, where it keeps
summer time, the rule ("eu": the last Sundays of March and October). Countries
of several zones (Russia, Brazil, Mexico, Indonesia, Canada, the US) are left
out but for a city, and so are those whose summer time follows its own
calendar (Israel, Egypt, Morocco, Chile, Paraguay, Iran's former rule). Names that
are also people's or common words (Jordan, Chad, Georgia, Sofia, Victoria,
Nice) are left out, and so are places' adjectives: "a Spanish tourist" says
nothing about where a story is told from.

Sources: the IANA time zone database (tzdata 2025) for the offsets and rules.
"""

from __future__ import annotations

_WET = ("western Europe", "WET", 0, "WEST", "eu")
_CET = ("central Europe", "CET", 60, "CEST", "eu")
_ICELAND = ("Iceland", "GMT", 0)  # no summer time
_EET = ("eastern Europe", "EET", 120, "EEST", "eu")
_CET_NO_DST = ("Tunisia or Algeria", "CET", 60)
_WAT = ("west Africa", "WAT", 60)
_SAST = ("South Africa", "SAST", 120)
_EAT = ("east Africa", "EAT", 180)
_MSK = ("Moscow", "MSK", 180)
_TRT = ("Turkey", "TRT", 180)
_ARABIA = ("the Gulf (UTC+3)", "UTC+3", 180)
_GULF = ("the Gulf (UTC+4)", "GST", 240)
_IRST = ("Iran", "IRST", 210)
_AFT = ("Afghanistan", "AFT", 270)
_PKT = ("Pakistan", "PKT", 300)
_LKT = ("Sri Lanka", "UTC+5:30", 330)
_NPT = ("Nepal", "NPT", 345)
_BDT = ("Bangladesh", "UTC+6", 360)
_MMT = ("Myanmar", "MMT", 390)
_ICT = ("Indochina", "ICT", 420)
_WIB = ("western Indonesia", "WIB", 420)
_CHINA = ("China", "UTC+8", 480)
_PHT = ("the Philippines", "PHT", 480)
_MYT = ("Malaysia", "MYT", 480)
_TWN = ("Taiwan", "UTC+8", 480)
_KST = ("South Korea", "KST", 540)
_BRT = ("eastern Brazil", "BRT", -180)
_ART = ("Argentina", "ART", -180)
_COT = ("Colombia, Peru or Ecuador", "UTC-5", -300)
_VET = ("Venezuela", "VET", -240)

# Each zone: (name, standard zone, offset in minutes[, summer zone, rule]), made a
# :class:`.home.Place` by home.py. Names as copy writes them, most specific first
# (islands before their country).
WORLD_NAMES: tuple[tuple[str, tuple], ...] = (
    (r"Canary Islands|Tenerife|Gran Canaria|Lanzarote|Madeira|Faroe Islands", _WET),
    (r"Portugal|Lisbon|Porto", _WET),
    (r"Iceland|Reykjavik|Reykjavík|Keflavik|Keflavík", _ICELAND),
    (
        r"Spain|Madrid|Barcelona|Seville|Bilbao|Malaga|Málaga|Zaragoza|Mallorca|Majorca|Ibiza"
        r"|France|Paris|Marseille|Lyon|Toulouse|Strasbourg|Bordeaux"
        r"|Germany|Berlin|Munich|Frankfurt|Hamburg|Cologne|Stuttgart|Dresden"
        r"|Italy|Rome|Milan|Naples|Turin|Venice|Florence|Sicily|Palermo|Sardinia|Genoa|Bologna"
        r"|Liguria|Tuscany|Lombardy|Piedmont|Calabria|Catania|Bari|Verona|Trieste"
        r"|Netherlands|Amsterdam|Rotterdam|The Hague|Belgium|Brussels|Antwerp|Luxembourg"
        r"|Austria|Vienna|Salzburg|Switzerland|Zurich|Zürich|Geneva|Bern|Basel|Lausanne"
        r"|Denmark|Copenhagen|Sweden|Stockholm|Gothenburg|Norway|Oslo|Bergen"
        r"|Poland|Warsaw|Krakow|Kraków|Gdansk|Czech Republic|Czechia|Prague|Slovakia"
        r"|Bratislava|Hungary|Budapest|Slovenia|Ljubljana|Croatia|Zagreb|Serbia|Belgrade"
        r"|Bosnia|Sarajevo|Montenegro|Albania|Tirana|North Macedonia|Skopje|Kosovo|Pristina"
        r"|Malta|Valletta|Monaco",
        _CET,
    ),
    (
        r"Greece|Athens|Thessaloniki|Crete|Finland|Helsinki|Estonia|Tallinn|Latvia|Riga"
        r"|Lithuania|Vilnius|Romania|Bucharest|Bulgaria|Ukraine|Kyiv|Kiev|Kharkiv|Odesa"
        r"|Odessa|Lviv|Cyprus|Nicosia|Moldova|Chisinau",
        _EET,
    ),
    (r"Tunisia|Tunis|Algeria|Algiers", _CET_NO_DST),
    (r"Nigeria|Abuja|Lagos|Cameroon|Angola|Luanda|Kinshasa", _WAT),
    (r"South Africa|Johannesburg|Cape Town|Pretoria|Durban|Zimbabwe|Harare|Zambia|Lusaka", _SAST),
    (
        r"Kenya|Nairobi|Ethiopia|Addis Ababa|Tanzania|Dar es Salaam|Uganda|Kampala|Somalia"
        r"|Mogadishu",
        _EAT,
    ),
    (r"Moscow|St Petersburg|St\. Petersburg", _MSK),
    (r"Turkey|Türkiye|Ankara|Istanbul|Izmir", _TRT),
    (r"Saudi Arabia|Riyadh|Jeddah|Qatar|Doha|Kuwait|Bahrain|Iraq|Baghdad|Basra", _ARABIA),
    (r"United Arab Emirates|UAE|Dubai|Abu Dhabi|Oman|Muscat", _GULF),
    (r"Iran|Tehran", _IRST),
    (r"Afghanistan|Kabul", _AFT),
    (r"Pakistan|Islamabad|Karachi|Lahore|Peshawar", _PKT),
    (r"Sri Lanka|Colombo", _LKT),
    (r"Nepal|Kathmandu", _NPT),
    (r"Bangladesh|Dhaka", _BDT),
    (r"Myanmar|Yangon|Naypyitaw", _MMT),
    (r"Thailand|Bangkok|Phuket|Vietnam|Hanoi|Ho Chi Minh City|Cambodia|Phnom Penh|Laos", _ICT),
    (r"Jakarta|Sumatra", _WIB),
    (r"China|Beijing|Shanghai|Shenzhen|Guangzhou|Wuhan|Chengdu", _CHINA),
    (r"Philippines|Manila", _PHT),
    (r"Malaysia|Kuala Lumpur", _MYT),
    (r"Taiwan|Taipei", _TWN),
    (r"South Korea|Seoul|Busan", _KST),
    (r"São Paulo|Sao Paulo|Rio de Janeiro|Brasília|Brasilia", _BRT),
    (r"Argentina|Buenos Aires", _ART),
    (r"Colombia|Bogotá|Bogota|Peru|Lima|Ecuador|Quito|Guayaquil", _COT),
    (r"Venezuela|Caracas", _VET),
)
