"""The currencies an international news desk meets: ISO code, the symbol we
print, the English name, and the surface forms written after a number
("40 Kuwaiti dinars") or before it ("KWD 40", "Tk 500"). :mod:`.units` merges
this table into its own; ``docs/accuracy.md`` lists it (``benchmarks.accuracy``).

A name shared by several currencies ("dinar", "peso", "krone") is read, when
the country is not stated, as the currency news most often means by it
(rials: Iran's; dinars, pesos and kroner: no one's: a unit of their own, compared
only with other unstated dinars or pesos). Informal words: "bucks" are US dollars, "quid"
pounds sterling, "¢" and "cents" hundredths of a US dollar. A scale glued to
an ISO code ("30 MUSD", "MEUR 120", "kEUR 250", "USDm 40", "USD bn 3") is read
for every code here by :mod:`.scalecode`.
"""

from __future__ import annotations

import re
import unicodedata

# code, symbol, name, forms after the number (any case), forms before it (as written)
TABLE: tuple[tuple[str, str, str, tuple[str, ...], tuple[str, ...]], ...] = (
    ("KWD", "KD", "Kuwaiti dinar", ("kuwaiti dinar", "kuwaiti dinars"), ("KD",)),
    ("BHD", "BD", "Bahraini dinar", ("bahraini dinar", "bahraini dinars"), ("BD",)),
    ("JOD", "JD", "Jordanian dinar", ("jordanian dinar", "jordanian dinars"), ("JD",)),
    ("IQD", "IQD ", "Iraqi dinar", ("iraqi dinar", "iraqi dinars"), ()),
    ("LYD", "LD", "Libyan dinar", ("libyan dinar", "libyan dinars"), ("LD",)),
    ("TND", "DT", "Tunisian dinar", ("tunisian dinar", "tunisian dinars"), ()),
    ("DZD", "DA", "Algerian dinar", ("algerian dinar", "algerian dinars"), ()),
    ("RSD", "RSD ", "Serbian dinar", ("serbian dinar", "serbian dinars"), ()),
    ("dinar", "dinars ", "dinar (country not stated)", ("dinar", "dinars"), ()),
    ("IRR", "IRR ", "Iranian rial", ("rial", "rials", "iranian rial", "iranian rials"), ()),
    ("OMR", "OMR ", "Omani rial", ("omani rial", "omani rials"), ("RO",)),
    ("YER", "YER ", "Yemeni rial", ("yemeni rial", "yemeni rials"), ()),
    ("SAR", "SR", "Saudi riyal", ("riyal", "riyals", "saudi riyal", "saudi riyals"), ("SR",)),
    ("QAR", "QR", "Qatari riyal", ("qatari riyal", "qatari riyals"), ("QR",)),
    (
        "AED",
        "Dh",
        "UAE dirham",
        ("dirham", "dirhams", "uae dirham", "uae dirhams", "emirati dirham", "emirati dirhams"),
        ("Dhs", "Dh"),
    ),
    ("MAD", "MAD ", "Moroccan dirham", ("moroccan dirham", "moroccan dirhams"), ()),
    ("EGP", "E£", "Egyptian pound", ("egyptian pound", "egyptian pounds"), ("E£", "LE")),
    ("LBP", "LBP ", "Lebanese pound", ("lebanese pound", "lebanese pounds"), ()),
    ("SYP", "SYP ", "Syrian pound", ("syrian pound", "syrian pounds"), ()),
    ("SDG", "SDG ", "Sudanese pound", ("sudanese pound", "sudanese pounds"), ()),
    (
        "INR",
        "₹",
        "Indian rupee",
        ("rupee", "rupees", "indian rupee", "indian rupees"),
        ("Rs", "Re", "Re."),  # "Re 1", "Re. 0.50": the singular
    ),
    ("PKR", "PKR ", "Pakistani rupee", ("pakistani rupee", "pakistani rupees"), ()),
    ("LKR", "LKR ", "Sri Lankan rupee", ("sri lankan rupee", "sri lankan rupees"), ()),
    ("NPR", "NPR ", "Nepalese rupee", ("nepalese rupee", "nepalese rupees", "nepali rupees"), ()),
    ("MUR", "MUR ", "Mauritian rupee", ("mauritian rupee", "mauritian rupees"), ()),
    ("BDT", "Tk", "Bangladeshi taka", ("taka", "bangladeshi taka"), ("Tk", "Tk.", "৳")),
    ("AFN", "AFN ", "Afghan afghani", ("afghani", "afghanis"), ()),
    ("VND", "₫", "Vietnamese dong", ("dong", "vietnamese dong"), ("₫",)),
    ("KZT", "₸", "Kazakh tenge", ("tenge",), ("₸",)),
    ("UZS", "UZS ", "Uzbek som", ("uzbek som", "soum"), ()),
    ("MMK", "MMK ", "Myanmar kyat", ("kyat", "kyats"), ()),
    ("KHR", "KHR ", "Cambodian riel", ("riel", "riels"), ()),
    ("LAK", "₭", "Lao kip", ("kip",), ("₭",)),
    ("MNT", "₮", "Mongolian tugrik", ("tugrik", "tugriks"), ("₮",)),
    ("TWD", "NT$", "New Taiwan dollar", ("taiwan dollars", "new taiwan dollars"), ("NT$",)),
    ("MOP", "MOP ", "Macau pataca", ("pataca", "patacas"), ()),
    ("GHS", "GH₵", "Ghanaian cedi", ("cedi", "cedis"), ("GH₵", "GH¢")),
    ("ETB", "ETB ", "Ethiopian birr", ("birr", "birrs"), ()),
    ("TZS", "TSh", "Tanzanian shilling", ("tanzanian shilling", "tanzanian shillings"), ("TSh",)),
    ("UGX", "USh", "Ugandan shilling", ("ugandan shilling", "ugandan shillings"), ("USh",)),
    ("KES", "KSh", "Kenyan shilling", ("kenyan shilling", "kenyan shillings"), ("KSh", "Ksh")),
    ("ZMW", "ZMW ", "Zambian kwacha", ("kwacha",), ()),
    ("XOF", "CFA ", "West African CFA franc", ("cfa francs", "cfa franc"), ("CFA", "FCFA")),
    ("RWF", "RWF ", "Rwandan franc", ("rwandan franc", "rwandan francs"), ()),
    ("CDF", "CDF ", "Congolese franc", ("congolese franc", "congolese francs"), ()),
    ("AOA", "AOA ", "Angolan kwanza", ("kwanza", "kwanzas"), ("Kz",)),
    ("BWP", "BWP ", "Botswana pula", ("pula",), ()),
    ("ZWL", "Z$", "Zimbabwe dollar", ("zimbabwe dollars", "zimbabwean dollars"), ("Z$", "ZWL$")),
    # dollars written with their country's letters before the sign (:mod:`.own_dollars`
    # reads letters it does not know as a dollar of their own, never as US$)
    ("JMD", "J$", "Jamaican dollar", (), ("J$", "JA$", "JMD$")),
    ("TTD", "TT$", "Trinidad and Tobago dollar", ("tt dollars",), ("TT$", "TTD$")),
    ("XCD", "EC$", "East Caribbean dollar", ("ec dollars",), ("EC$", "XCD$")),
    ("BBD", "Bds$", "Barbadian dollar", (), ("Bds$", "BBD$")),
    ("BZD", "BZ$", "Belize dollar", (), ("BZ$", "BZD$")),
    ("BSD", "BSD ", "Bahamian dollar", (), ("BSD$",)),
    ("KYD", "CI$", "Cayman Islands dollar", (), ("CI$", "KYD$")),
    ("BMD", "BMD ", "Bermudian dollar", (), ("BMD$",)),
    ("GYD", "G$", "Guyanese dollar", (), ("G$", "GY$", "GYD$")),
    ("SRD", "SRD ", "Surinamese dollar", (), ("SRD$", "SR$")),
    ("LRD", "L$", "Liberian dollar", (), ("L$", "LD$", "LRD$")),
    ("NAD", "N$", "Namibian dollar", (), ("N$", "NAD$")),
    ("FJD", "FJ$", "Fijian dollar", (), ("FJ$", "FJD$")),
    ("SBD", "SI$", "Solomon Islands dollar", (), ("SI$", "SBD$")),
    ("WST", "WS$", "Samoan tala", ("tala",), ("WS$", "WST$")),
    ("TOP", "T$", "Tongan paanga", ("paanga", "pa'anga"), ("T$", "TOP$")),
    ("DOP", "RD$", "Dominican peso", ("dominican pesos", "dominican peso"), ("RD$", "DOP$")),
    ("peso", "pesos ", "peso (country not stated)", ("peso", "pesos"), ()),
    ("TRY", "₺", "Turkish lira", ("liras", "turkish liras"), ()),
    ("COP", "COP ", "Colombian peso", ("colombian peso", "colombian pesos"), ()),
    ("CLP", "CLP ", "Chilean peso", ("chilean peso", "chilean pesos"), ()),
    ("ARS", "ARS ", "Argentine peso", ("argentine peso", "argentine pesos"), ()),
    ("PHP", "₱", "Philippine peso", ("philippine peso", "philippine pesos"), ()),
    ("VES", "VES ", "Venezuelan bolívar", ("bolivar", "bolivars", "bolívar", "bolívares"), ()),
    ("CRC", "₡", "Costa Rican colón", ("colones", "colón"), ("₡",)),
    ("GEL", "₾", "Georgian lari", ("lari",), ("₾",)),
    ("AMD", "AMD ", "Armenian dram", ("armenian dram", "armenian drams"), ()),
    ("AZN", "₼", "Azerbaijani manat", ("manat", "manats"), ("₼",)),
    ("BYN", "BYN ", "Belarusian rouble", ("belarusian rouble", "belarusian roubles"), ()),
    ("RON", "RON ", "Romanian leu", ("lei", "romanian lei", "leu"), ()),
    ("BGN", "BGN ", "Bulgarian lev", ("leva", "lev"), ()),
    ("CZK", "Kč", "Czech koruna", ("koruna", "korunas", "korun", "kč", "czech crowns"), ("Kč",)),
    ("HRK", "HRK ", "Croatian kuna", ("kuna", "kunas"), ()),
    (
        "ISK",
        "ISK ",
        "Icelandic krona",
        ("icelandic krona", "icelandic kronur", "kronur", "krónur"),
        (),
    ),
    ("SEK", "SEK ", "Swedish krona", ("kronor", "krona", "swedish kronor", "swedish krona"), ()),
    ("NOK", "NOK ", "Norwegian krone", ("norwegian krone", "norwegian kroner"), ()),
    ("DKK", "DKK ", "Danish krone", ("danish krone", "danish kroner"), ()),
    (
        "krone",
        "kroner ",
        "krone (country not stated)",
        ("krone", "kroner", "kr"),
        ("Kr", "kr", "Kr.", "kr."),
    ),
    ("HUF", "HUF ", "Hungarian forint", ("forint", "forints"), ()),
    ("PLN", "PLN ", "Polish zloty", ("zloty", "zlotys", "zlotych", "zł"), ("zł",)),
    ("UAH", "₴", "Ukrainian hryvnia", ("hryvnia", "hryvnias", "hryvnas"), ()),
    ("KRW", "₩", "South Korean won", ("won", "korean won", "south korean won"), ()),
    ("KPW", "KPW ", "North Korean won", ("north korean won",), ()),
    ("IDR", "IDR ", "Indonesian rupiah", ("rupiah", "rupiahs"), ("Rp",)),
    ("MYR", "RM", "Malaysian ringgit", ("ringgit",), ("RM",)),
    ("THB", "฿", "Thai baht", ("baht",), ("฿",)),
    ("NGN", "₦", "Nigerian naira", ("naira",), ()),
    ("ZAR", "R", "South African rand", ("rand", "rands"), ()),
    ("USD", "$", "US dollar", ("bucks", "buck"), ("dlrs", "dollar")),
    ("EUR", "€", "euro", (), ("euro", "Euro", "EUR")),
    ("GBP", "£", "pound sterling", ("quid",), ()),
    ("USc", "¢", "US cent", ("¢",), ()),
    ("CHF", "CHF ", "Swiss franc", ("swiss franc", "swiss francs"), ("SFr", "SFr.")),
)


# Names of the currencies units.py knew before this table (their forms are there).
OTHER_NAMES = {
    "USD": "US dollar", "GBP": "pound sterling", "EUR": "euro", "JPY": "Japanese yen",
    "CNY": "Chinese yuan (renminbi)", "INR": "Indian rupee", "PEN": "Peruvian sol",
    "AUD": "Australian dollar", "CAD": "Canadian dollar", "HKD": "Hong Kong dollar",
    "NZD": "New Zealand dollar", "SGD": "Singapore dollar", "CHF": "Swiss franc",
    "RUB": "Russian rouble", "BRL": "Brazilian real", "MXN": "Mexican peso",
    "TRY": "Turkish lira", "ILS": "Israeli shekel", "BTC": "bitcoin", "GBp": "penny (pence)",
    "EUc": "euro cent",
    "FRF": "French franc", "BEF": "Belgian franc", "DEM": "Deutsche Mark",
    "ITL": "Italian lira", "ESP": "Spanish peseta", "NLG": "Dutch guilder",
    "FIM": "Finnish markka", "PTE": "Portuguese escudo", "GRD": "Greek drachma",
    "ATS": "Austrian schilling", "IEP": "Irish pound",
}  # fmt: skip

# Ordinary words that name a currency before a number only when glued to it.
GLUED_ONLY = frozenset({"euro", "Euro", "dollar"})
# Prefixes that name a currency only before a sum written as one ("SR 3.5 billion",
# "SR1,200", "SR 40m"), not before a short whole number: "SR 520" is a state route.
SUM_ONLY = frozenset({"SR"})
SUM_ONLY_SHORT_RE = re.compile(
    r"[ \u00a0]?\d{1,3}(?![\d.,]"
    r"|[ \u00a0]?(?:[mbkMBK]n?\b|mln|bln|million|billion|trillion|thousand))"
)


def surfaces_after() -> dict[str, str]:
    """Forms written after a number: each currency's listed forms, and its full
    name with the country's adjective, singular and plural ("50 million Ethiopian
    birr", "200 Zambian kwacha", "3,000 Georgian lari"), which a listed bare
    form ("birr") did not cover when the adjective stood between."""
    out = {form: code for code, _, _, forms, _ in TABLE for form in forms}
    names = [(code, name) for code, _, name, _, _ in TABLE] + list(OTHER_NAMES.items())
    for code, name in names:
        if "(" in name or " " not in name or not code.isupper():
            continue
        for written in {name.lower(), _unaccented(name.lower())}:
            out.setdefault(written, code)
            out.setdefault(written + "s", code)
    return out


def _unaccented(s: str) -> str:
    """'bolívar' -> 'bolivar': news copy drops the accents as often as not."""
    return "".join(c for c in unicodedata.normalize("NFD", s) if not unicodedata.combining(c))


def surfaces_before() -> dict[str, str]:
    return {form: code for code, _, _, _, forms in TABLE for form in forms}
