#!/usr/bin/env python3
"""Generate ontology/reference/states.ttl (NewsGraph reference states and capitals).

Run from the project root:

    python3 ontology/reference/generate/states.py

Standard library only.  Needs Debian's ``iso-codes`` package (install with
``apt-get install iso-codes``): /usr/share/iso-codes/json/iso_3166-1.json and the
gettext catalogues /usr/share/locale/{ru,tl,fil}/LC_MESSAGES/iso_3166-1.mo.
Runs offline; everything else lives in the curated tables below.

Sources
-------
* Localised country names: Debian iso-codes (ISO 3166-1 JSON + gettext .mo for ru, tl, fil).
* Curated tables in this file: English common names as English Wikipedia uses them,
  Tagalog and Russian short names, capitals, aliases, demonyms.
* Wikidata ids of states (WIKIDATA_STATES): the ISO 3166-1 alpha-2 -> Wikidata mapping in
  the public CSV embedded in github.com/owid/owid-grapher,
  packages/@ourworldindata/grapher/src/mapCharts/CountriesRegions.ts (column wikidata_uri,
  as added in commit c7402d12e25bd1d45f5bd7d66cfc083342a1ed96).
  Kosovo (Q1246), Soviet Union (Q15180) and Yugoslavia (Q36704) are absent there; they were
  checked against several independent public GitHub data files found by exact-string search
  (country-code -> QID tables) that agree on these ids.
* Wikidata ids of capitals (CAPITALS, last column): github.com/waldenn/conzept,
  app/explore2/src/data/countries.js (fields capital / capitalName).  An id was taken only
  where that file's capitalName is the capital used here; where it names another city (e.g.
  Bloemfontein for South Africa, Aden for Yemen, Lobamba for Eswatini) or the entry is
  malformed (North Korea, Ecuador), no id is given.
"""

import gettext
import json
import os
import re
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.normpath(os.path.join(HERE, "..", "states.ttl"))
ISO_JSON = "/usr/share/iso-codes/json/iso_3166-1.json"
LOCALEDIR = "/usr/share/locale"

SOURCE_NOTE = [
    "Wikidata ids of states: ISO 3166-1 alpha-2 -> Wikidata table in github.com/owid/owid-grapher,",
    "  packages/@ourworldindata/grapher/src/mapCharts/CountriesRegions.ts (commit c7402d12e25b).",
    "  Kosovo Q1246, Soviet Union Q15180, Yugoslavia Q36704: cross-checked in several public",
    "  GitHub country-code -> QID data files (exact-string search), all agreeing.",
    "Wikidata ids of capitals: github.com/waldenn/conzept, app/explore2/src/data/countries.js",
    "  (capital / capitalName), only where capitalName matches the capital used here.",
    "Localised names: Debian iso-codes (iso_3166-1.json, gettext ru/tl/fil) + curated tables",
    "  in generate/states.py.  Ids not found in these sources are omitted.",
]

# --------------------------------------------------------------------------------------
# 193 UN member states (ISO 3166-1 alpha-2) + 2 observer states (PS, VA) + TW.
# Kosovo, the Soviet Union and Yugoslavia are not in ISO 3166-1 and are defined in EXTRA.
# --------------------------------------------------------------------------------------
UN_MEMBERS = """
AF AL DZ AD AO AG AR AM AU AT AZ BS BH BD BB BY BE BZ BJ BT BO BA BW BR BN BG BF BI CV KH
CM CA CF TD CL CN CO KM CG CD CR CI HR CU CY CZ DK DJ DM DO EC EG SV GQ ER EE SZ ET FJ FI
FR GA GM GE DE GH GR GD GT GN GW GY HT HN HU IS IN ID IR IQ IE IL IT JM JP JO KZ KE KI KP
KR KW KG LA LV LB LS LR LY LI LT LU MG MW MY MV ML MT MH MR MU MX FM MD MC MN ME MA MZ MM
NA NR NP NL NZ NI NE NG MK NO OM PK PW PA PG PY PE PH PL PT QA RO RU RW KN LC VC WS SM ST
SA SN RS SC SL SG SK SI SB SO ZA SS ES LK SD SR SE CH SY TJ TZ TH TL TG TO TT TN TR TM TV
UG UA AE GB US UY UZ VU VE VN YE ZM ZW
""".split()
OBSERVERS = ["PS", "VA"]
LIMITED_RECOGNITION = {"TW": "Taiwan (Republic of China): state with limited international recognition; "
                             "not a UN member.",
                       "XK": "Kosovo: state with limited international recognition (independence declared "
                             "2008); not a UN member."}

# Wikidata ids of states, ISO alpha-2 -> QID (source: see module docstring).
WIKIDATA_STATES = """
AD Q228
AE Q878
AF Q889
AG Q781
AI Q25228
AL Q222
AM Q399
AO Q916
AQ Q21590062
AR Q414
AS Q16641
AT Q40
AU Q408
AW Q21203
AX Q5689
AZ Q227
BA Q225
BB Q244
BD Q902
BE Q31
BF Q965
BG Q219
BH Q398
BI Q967
BJ Q962
BL Q25362
BM Q23635
BN Q921
BO Q750
BQ Q27561
BR Q155
BS Q778
BT Q917
BV Q23408
BW Q963
BY Q184
BZ Q242
CA Q16
CC Q36004
CD Q974
CF Q929
CG Q971
CH Q39
CI Q1008
CK Q26988
CL Q298
CM Q1009
CN Q148
CO Q739
CR Q800
CU Q241
CV Q1011
CW Q25279
CX Q31063
CY Q229
CZ Q213
DE Q183
DJ Q977
DK Q35
DM Q784
DO Q786
DZ Q262
EC Q736
EE Q191
EG Q79
EH Q6250
ER Q986
ES Q29
ET Q115
FI Q33
FJ Q712
FK Q9648
FM Q702
FO Q4628
FR Q142
GA Q1000
GB Q145
GD Q769
GE Q230
GF Q3769
GG Q25230
GH Q117
GI Q1410
GL Q223
GM Q1005
GN Q1006
GP Q17012
GQ Q983
GR Q41
GS Q35086
GT Q774
GU Q16635
GW Q1007
GY Q734
HK Q8646
HM Q131198
HN Q783
HR Q224
HT Q790
HU Q28
ID Q252
IE Q27
IL Q801
IM Q9676
IN Q668
IO Q43448
IQ Q796
IR Q794
IS Q189
IT Q38
JE Q785
JM Q766
JO Q810
JP Q17
KE Q114
KG Q813
KH Q424
KI Q710
KM Q970
KN Q763
KP Q423
KR Q884
KW Q817
KY Q5785
KZ Q232
LA Q819
LB Q822
LC Q760
LI Q347
LK Q854
LR Q1014
LS Q1013
LT Q37
LU Q32
LV Q211
LY Q1016
MA Q1028
MC Q235
MD Q217
ME Q236
MF Q126125
MG Q1019
MH Q709
MK Q221
ML Q912
MM Q836
MN Q711
MO Q14773
MP Q16644
MQ Q17054
MR Q1025
MS Q13353
MT Q233
MU Q1027
MV Q826
MW Q1020
MX Q96
MY Q833
MZ Q1029
NA Q1030
NC Q33788
NE Q1032
NF Q31057
NG Q1033
NI Q811
NL Q29999
NO Q20
NP Q837
NR Q697
NU Q34020
NZ Q664
OM Q842
PA Q804
PE Q419
PF Q30971
PG Q691
PH Q928
PK Q843
PL Q36
PM Q34617
PN Q35672
PR Q1183
PS Q219060
PS-GZA Q39760
PT Q45
PW Q695
PY Q733
QA Q846
RE Q17070
RO Q218
RS Q403
RU Q159
RW Q1037
SA Q851
SB Q685
SC Q1042
SD Q1049
SE Q34
SG Q334
SH Q192184
SI Q215
SJ Q842829
SK Q214
SL Q1044
SM Q238
SN Q1041
SO Q1045
SR Q730
SS Q958
ST Q1039
SV Q792
SX Q26273
SY Q858
SZ Q1050
TC Q18221
TD Q657
TF Q129003
TG Q945
TH Q869
TJ Q863
TK Q36823
TL Q574
TM Q874
TN Q948
TO Q678
TR Q43
TT Q754
TV Q672
TW Q865
TZ Q924
UA Q212
UG Q1036
UM Q16645
US Q30
UY Q77
UZ Q265
VA Q237
VC Q757
VE Q717
VG Q25305
VI Q11703
VN Q881
VU Q686
WF Q35555
WS Q683
YE Q805
YT Q17063
ZA Q258
ZM Q953
ZW Q954
"""

# --------------------------------------------------------------------------------------
# Curated per-state overrides.  Keys: en (preferred English label, English Wikipedia usage),
# tl, ru (preferred labels), alt_en / alt_tl / alt_ru (aliases), dem_en / dem_ru / dem_tl
# (demonym adjectives).  Missing tl/ru fall back to iso-codes (fil, then tl) / English.
# --------------------------------------------------------------------------------------
C = {}


def S(code, en=None, tl=None, ru=None, alt_en=(), alt_tl=(), alt_ru=(), dem_en=(), dem_ru=(), dem_tl=()):
    C[code] = dict(en=en, tl=tl, ru=ru, alt_en=list(alt_en), alt_tl=list(alt_tl), alt_ru=list(alt_ru),
                   dem_en=list(dem_en), dem_ru=list(dem_ru), dem_tl=list(dem_tl))


# Post-Soviet states
S("RU", en="Russia", tl="Rusya", ru="Россия",
  alt_en=["Russian Federation", "Rossiya"], alt_tl=["Russia", "Pederasyong Ruso"],
  alt_ru=["Российская Федерация", "РФ"],
  dem_en=["Russian"], dem_ru=["российский", "русский"], dem_tl=["Ruso"])
S("UA", tl="Ukranya", ru="Украина", alt_en=["Ukrayina"], alt_tl=["Ukraina", "Ukrania"],
  alt_ru=["Україна"], dem_en=["Ukrainian"], dem_ru=["украинский"], dem_tl=["Ukranyano", "Ukrainian"])
S("BY", ru="Белоруссия", alt_en=["Byelorussia", "Belorussia", "Republic of Belarus"],
  alt_ru=["Беларусь", "Белорусь", "Республика Беларусь"],
  dem_en=["Belarusian", "Belarussian", "Byelorussian"], dem_ru=["белорусский"])
S("KZ", ru="Казахстан", alt_en=["Kazakstan", "Qazaqstan"], alt_tl=["Kasakistan"], alt_ru=["Қазақстан"],
  dem_en=["Kazakh", "Kazakhstani"], dem_ru=["казахстанский", "казахский"])
S("KG", ru="Киргизия", alt_en=["Kirghizia", "Kyrgyzia", "Kirgizia", "Kyrgyz Republic", "Kirgizstan"],
  alt_ru=["Кыргызстан", "Киргизстан", "Кыргызская Республика"],
  dem_en=["Kyrgyz", "Kyrgyzstani", "Kirghiz"], dem_ru=["киргизский", "кыргызский", "кыргызстанский"])
S("TJ", ru="Таджикистан", alt_en=["Tadjikistan", "Tadzhikistan"], alt_tl=["Tayikistan"],
  dem_en=["Tajik", "Tajikistani"], dem_ru=["таджикский", "таджикистанский"])
S("UZ", ru="Узбекистан", alt_en=["O'zbekiston"], dem_en=["Uzbek", "Uzbekistani"], dem_ru=["узбекский", "узбекистанский"])
S("TM", ru="Туркмения", alt_en=["Turkmenia", "Turkmenistan Republic"], alt_ru=["Туркменистан"],
  dem_en=["Turkmen", "Turkmenistani"], dem_ru=["туркменский", "туркменистанский"])
S("AM", tl="Armenya", ru="Армения", alt_tl=["Armenia"], dem_en=["Armenian"], dem_ru=["армянский"])
S("AZ", ru="Азербайджан", alt_en=["Azerbaidzhan", "Azerbaidjan"], dem_en=["Azerbaijani", "Azeri"],
  dem_ru=["азербайджанский"])
S("GE", ru="Грузия", alt_en=["Sakartvelo"], alt_ru=["Сакартвело"], dem_en=["Georgian"], dem_ru=["грузинский"])
S("MD", ru="Молдавия", alt_en=["Moldavia", "Republic of Moldova"], alt_ru=["Молдова", "Республика Молдова"],
  dem_en=["Moldovan", "Moldavian"], dem_ru=["молдавский", "молдовский"])
S("EE", tl="Estonya", ru="Эстония", alt_tl=["Estonia"], dem_en=["Estonian"], dem_ru=["эстонский"])
S("LV", ru="Латвия", dem_en=["Latvian"], dem_ru=["латвийский"])
S("LT", ru="Литва", dem_en=["Lithuanian"], dem_ru=["литовский"])

# Major powers and states frequent in defence news
S("US", en="United States", tl="Estados Unidos", ru="Соединённые Штаты Америки",
  alt_en=["USA", "US", "U.S.", "U.S.A.", "United States of America", "America"],
  alt_tl=["Amerika", "Estados Unidos ng Amerika"],
  alt_ru=["США", "Соединённые Штаты", "Америка"],
  dem_en=["American", "US", "U.S."], dem_ru=["американский"], dem_tl=["Amerikano", "Kano"])
S("GB", en="United Kingdom", tl="Reino Unido", ru="Великобритания",
  alt_en=["UK", "U.K.", "Britain", "Great Britain", "United Kingdom of Great Britain and Northern Ireland"],
  alt_tl=["Inglatera", "Nagkakaisang Kaharian", "Nagkaisang Kaharian", "Gran Britanya", "Britanya"],
  alt_ru=["Соединённое Королевство", "Британия", "Англия"],
  dem_en=["British"], dem_ru=["британский", "английский"], dem_tl=["Britaniko", "Ingles"])
S("FR", tl="Pransiya", ru="Франция", alt_tl=["Pransya", "Francia"], dem_en=["French"],
  dem_ru=["французский"], dem_tl=["Pranses"])
S("DE", tl="Alemanya", ru="Германия", alt_en=["Federal Republic of Germany", "FRG"], alt_ru=["ФРГ"],
  dem_en=["German"], dem_ru=["германский", "немецкий"], dem_tl=["Aleman"])
S("CN", en="China", tl="Tsina", ru="Китай",
  alt_en=["People's Republic of China", "PRC", "Mainland China"], alt_tl=["Republikang Bayan ng Tsina"],
  alt_ru=["КНР", "Китайская Народная Республика"],
  dem_en=["Chinese"], dem_ru=["китайский"], dem_tl=["Tsino", "Intsik"])
S("JP", tl="Hapon", ru="Япония", alt_en=["Nippon"], alt_tl=["Japan"], dem_en=["Japanese"],
  dem_ru=["японский"], dem_tl=["Hapones"])
S("IT", tl="Italya", ru="Италия", dem_en=["Italian"], dem_ru=["итальянский"], dem_tl=["Italyano"])
S("ES", tl="Espanya", ru="Испания", alt_tl=["España"], alt_en=["España"], dem_en=["Spanish"],
  dem_ru=["испанский"], dem_tl=["Espanyol", "Kastila"])
S("IN", tl="Indiya", ru="Индия", alt_en=["Bharat"], dem_en=["Indian"], dem_ru=["индийский"], dem_tl=["Indiyano", "Indyano"])
S("KR", en="South Korea", tl="Timog Korea", ru="Южная Корея",
  alt_en=["Republic of Korea", "ROK", "S. Korea"], alt_tl=["Republika ng Korea"],
  alt_ru=["Республика Корея", "РК"], dem_en=["South Korean"], dem_ru=["южнокорейский"], dem_tl=["Timog Koreano"])
S("KP", en="North Korea", tl="Hilagang Korea", ru="Северная Корея",
  alt_en=["DPRK", "Democratic People's Republic of Korea", "N. Korea"],
  alt_tl=["Demokratikong Republikang Bayan ng Korea"],
  alt_ru=["КНДР", "Корейская Народно-Демократическая Республика"],
  dem_en=["North Korean"], dem_ru=["северокорейский"], dem_tl=["Hilagang Koreano"])
S("IR", en="Iran", tl="Iran", ru="Иран", alt_en=["Islamic Republic of Iran", "Persia"],
  alt_ru=["Исламская Республика Иран", "ИРИ"], dem_en=["Iranian", "Persian"], dem_ru=["иранский"], dem_tl=["Irani"])
S("IQ", tl="Irak", ru="Ирак", alt_en=["Irak"], dem_en=["Iraqi"], dem_ru=["иракский"])
S("SY", en="Syria", tl="Sirya", ru="Сирия", alt_en=["Syrian Arab Republic"], alt_tl=["Syria"],
  alt_ru=["Сирийская Арабская Республика", "САР"], dem_en=["Syrian"], dem_ru=["сирийский"])
S("IL", ru="Израиль", dem_en=["Israeli"], dem_ru=["израильский"], dem_tl=["Israeli", "Israelita"])
S("PS", en="Palestine", tl="Palestina", ru="Палестина",
  alt_en=["State of Palestine", "Palestinian territories"], alt_tl=["Estado ng Palestina"],
  alt_ru=["Государство Палестина"], dem_en=["Palestinian"], dem_ru=["палестинский"], dem_tl=["Palestino"])
S("TR", en="Turkey", tl="Turkiya", ru="Турция", alt_en=["Türkiye", "Turkiye", "Republic of Türkiye"],
  alt_tl=["Turkey"], alt_ru=["Турецкая Республика"], dem_en=["Turkish"], dem_ru=["турецкий"], dem_tl=["Turko"])
S("PK", ru="Пакистан", dem_en=["Pakistani"], dem_ru=["пакистанский"])
S("AF", tl="Apganistan", ru="Афганистан", alt_tl=["Afghanistan"], dem_en=["Afghan"], dem_ru=["афганский"])
S("PH", tl="Pilipinas", ru="Филиппины", alt_en=["RP"], alt_tl=["Republika ng Pilipinas"],
  dem_en=["Philippine", "Filipino"], dem_ru=["филиппинский"], dem_tl=["Pilipino", "Filipino"])
S("BE", tl="Belhika", ru="Бельгия", alt_tl=["Belgium"], dem_en=["Belgian"], dem_ru=["бельгийский"])
S("ZA", tl="Timog Aprika", ru="Южно-Африканская Республика",
  alt_en=["RSA", "Republic of South Africa"], alt_tl=["Republika ng South Africa", "Republika ng Timog Aprika", "South Africa"],
  alt_ru=["ЮАР", "Южная Африка"], dem_en=["South African"], dem_ru=["южноафриканский"])
S("SE", tl="Suwesya", ru="Швеция", alt_tl=["Sweden"], dem_en=["Swedish"], dem_ru=["шведский"])
S("CZ", en="Czech Republic", tl="Republikang Tseko", ru="Чехия", alt_en=["Czechia"],
  alt_tl=["Czech Republic"], alt_ru=["Чешская Республика"], dem_en=["Czech"], dem_ru=["чешский"])
S("PL", tl="Polonya", ru="Польша", alt_tl=["Poland"], dem_en=["Polish"], dem_ru=["польский"])
S("EG", tl="Ehipto", ru="Египет", dem_en=["Egyptian"], dem_ru=["египетский"])
S("SA", tl="Saudi Arabia", ru="Саудовская Аравия", alt_tl=["Arabyang Saudi"], alt_en=["KSA"],
  alt_ru=["КСА"], dem_en=["Saudi"], dem_ru=["саудовский"])
S("AE", ru="Объединённые Арабские Эмираты", alt_en=["UAE", "U.A.E.", "Emirates"],
  alt_tl=["Nagkakaisang Emiratong Arabo"], alt_ru=["ОАЭ"], dem_en=["Emirati"], dem_ru=["эмиратский"])
S("VN", en="Vietnam", tl="Biyetnam", ru="Вьетнам", alt_en=["Viet Nam", "Socialist Republic of Vietnam"],
  alt_tl=["Vietnam"], dem_en=["Vietnamese"], dem_ru=["вьетнамский"])
S("LA", en="Laos", ru="Лаос", alt_en=["Lao PDR", "Lao People's Democratic Republic"],
  alt_ru=["Лаосская Народно-Демократическая Республика"], dem_en=["Laotian", "Lao"], dem_ru=["лаосский"])
S("TW", en="Taiwan", tl="Taiwan", ru="Тайвань", alt_en=["Republic of China", "ROC"],
  alt_tl=["Republika ng Tsina"], alt_ru=["Китайская Республика"], dem_en=["Taiwanese"], dem_ru=["тайваньский"])
S("BO", en="Bolivia", ru="Боливия", alt_en=["Plurinational State of Bolivia"], dem_en=["Bolivian"])
S("VE", en="Venezuela", ru="Венесуэла", alt_en=["Bolivarian Republic of Venezuela"],
  alt_ru=["Боливарианская Республика Венесуэла"], dem_en=["Venezuelan"], dem_ru=["венесуэльский"])
S("TZ", en="Tanzania", ru="Танзания", alt_en=["United Republic of Tanzania"], dem_en=["Tanzanian"])
S("CI", en="Ivory Coast", tl="Ivory Coast", ru="Кот-д'Ивуар", alt_en=["Côte d'Ivoire", "Cote d'Ivoire"],
  alt_tl=["Baybaying Garing"], alt_ru=["Кот-д’Ивуар", "Берег Слоновой Кости"], dem_en=["Ivorian"])
S("CD", en="Democratic Republic of the Congo", tl="Demokratikong Republika ng Congo",
  ru="Демократическая Республика Конго", alt_en=["DR Congo", "DRC", "Congo-Kinshasa", "Zaire"],
  alt_ru=["ДР Конго", "ДРК", "Конго-Киншаса", "Заир"])
S("CG", en="Republic of the Congo", tl="Republika ng Congo", ru="Республика Конго",
  alt_en=["Congo-Brazzaville", "Congo Republic"], alt_ru=["Конго-Браззавиль"])
S("CV", en="Cape Verde", ru="Кабо-Верде", alt_en=["Cabo Verde"], dem_en=["Cape Verdean"])
S("BN", en="Brunei", tl="Brunei", ru="Бруней", alt_en=["Brunei Darussalam"], alt_ru=["Бруней-Даруссалам"], dem_en=["Bruneian"])
S("FM", en="Federated States of Micronesia", tl="Mikronesya", ru="Федеративные Штаты Микронезии",
  alt_en=["Micronesia"], alt_ru=["Микронезия"], dem_en=["Micronesian"])
S("GM", en="The Gambia", ru="Гамбия", alt_en=["Gambia"], dem_en=["Gambian"])
S("BS", en="The Bahamas", ru="Багамские Острова", alt_en=["Bahamas"], alt_ru=["Багамы"], dem_en=["Bahamian"])
S("ST", en="São Tomé and Príncipe", alt_en=["Sao Tome and Principe"])
S("TL", en="East Timor", tl="Silangang Timor", ru="Восточный Тимор", alt_en=["Timor-Leste"],
  alt_tl=["Timor-Leste"], alt_ru=["Тимор-Лесте"], dem_en=["East Timorese", "Timorese"])
S("VA", en="Vatican City", tl="Lungsod ng Vaticano", ru="Ватикан",
  alt_en=["Holy See", "Vatican", "Vatican City State"], alt_tl=["Banal na Luklukan", "Vaticano"],
  alt_ru=["Святой Престол", "Государство-город Ватикан"], dem_en=["Vatican"], dem_ru=["ватиканский"])
S("MK", ru="Северная Македония", alt_en=["Macedonia", "FYROM", "Republic of Macedonia"],
  alt_ru=["Македония"], dem_en=["Macedonian"], dem_ru=["македонский"])
S("SZ", ru="Эсватини", alt_en=["Swaziland"], alt_ru=["Свазиленд"], dem_en=["Swazi"])
S("MM", ru="Мьянма", alt_en=["Burma"], alt_ru=["Бирма"], dem_en=["Myanmar", "Burmese"], dem_ru=["мьянманский", "бирманский"])
S("NL", tl="Olanda", ru="Нидерланды", alt_en=["Holland", "Kingdom of the Netherlands"], alt_tl=["Netherlands"],
  alt_ru=["Голландия"], dem_en=["Dutch"], dem_ru=["нидерландский", "голландский"], dem_tl=["Olandes"])
S("KN", en="Saint Kitts and Nevis", alt_en=["St Kitts and Nevis", "St. Kitts and Nevis"])
S("LC", alt_en=["St Lucia", "St. Lucia"])
S("VC", alt_en=["St Vincent and the Grenadines", "St. Vincent and the Grenadines"])
S("GR", tl="Gresya", ru="Греция", alt_en=["Hellas"], dem_en=["Greek"], dem_ru=["греческий"], dem_tl=["Griyego"])
S("MX", tl="Mehiko", ru="Мексика", alt_tl=["Mexico"], dem_en=["Mexican"], dem_ru=["мексиканский"], dem_tl=["Mehikano"])
S("BR", tl="Brasil", ru="Бразилия", alt_en=["Brasil"], dem_en=["Brazilian"], dem_ru=["бразильский"])
S("AR", tl="Arhentina", ru="Аргентина", dem_en=["Argentine", "Argentinian"], dem_ru=["аргентинский"])
S("CA", tl="Kanada", ru="Канада", dem_en=["Canadian"], dem_ru=["канадский"])
S("AU", tl="Australya", ru="Австралия", alt_tl=["Australia"], dem_en=["Australian"], dem_ru=["австралийский"],
  dem_tl=["Australyano"])
S("NZ", ru="Новая Зеландия", alt_tl=["Bagong Selanda"], dem_en=["New Zealand"], dem_ru=["новозеландский"])
S("ID", tl="Indonesya", ru="Индонезия", alt_tl=["Indonesia"], dem_en=["Indonesian"], dem_ru=["индонезийский"])
S("MY", ru="Малайзия", dem_en=["Malaysian"], dem_ru=["малайзийский"])
S("SG", tl="Singapura", ru="Сингапур", alt_tl=["Singapore"], dem_en=["Singaporean"], dem_ru=["сингапурский"])
S("TH", tl="Taylandiya", ru="Таиланд", alt_en=["Siam"], alt_tl=["Thailand"], alt_ru=["Тайланд"], dem_en=["Thai"],
  dem_ru=["тайский", "таиландский"])
S("KH", tl="Kambodya", ru="Камбоджа", alt_tl=["Cambodia"], dem_en=["Cambodian"], dem_ru=["камбоджийский"])
S("MN", ru="Монголия", dem_en=["Mongolian"], dem_ru=["монгольский"])
S("CU", tl="Kuba", ru="Куба", dem_en=["Cuban"], dem_ru=["кубинский"])
S("IE", tl="Irlanda", ru="Ирландия", alt_tl=["Ireland"], dem_en=["Irish"], dem_ru=["ирландский"])
S("FI", tl="Pinlandiya", ru="Финляндия", alt_tl=["Finland"], dem_en=["Finnish"], dem_ru=["финский", "финляндский"])
S("NO", tl="Noruwega", ru="Норвегия", alt_tl=["Norway"], dem_en=["Norwegian"], dem_ru=["норвежский"])
S("DK", tl="Dinamarka", ru="Дания", alt_tl=["Denmark"], dem_en=["Danish"], dem_ru=["датский"])
S("AT", tl="Austriya", ru="Австрия", alt_tl=["Austria"], dem_en=["Austrian"], dem_ru=["австрийский"])
S("CH", tl="Suwisa", ru="Швейцария", alt_tl=["Switzerland"], dem_en=["Swiss"], dem_ru=["швейцарский"])
S("HU", tl="Unggarya", ru="Венгрия", alt_tl=["Hungary"], dem_en=["Hungarian"], dem_ru=["венгерский"])
S("RO", tl="Rumanya", ru="Румыния", alt_tl=["Romania"], dem_en=["Romanian"], dem_ru=["румынский"])
S("BG", tl="Bulgarya", ru="Болгария", alt_tl=["Bulgaria"], dem_en=["Bulgarian"], dem_ru=["болгарский"])
S("RS", tl="Serbiya", ru="Сербия", alt_tl=["Serbia"], dem_en=["Serbian"], dem_ru=["сербский"])
S("HR", tl="Kroasya", ru="Хорватия", alt_tl=["Croatia"], dem_en=["Croatian"], dem_ru=["хорватский"])
S("SK", ru="Словакия", dem_en=["Slovak", "Slovakian"], dem_ru=["словацкий"])
S("SI", ru="Словения", dem_en=["Slovenian", "Slovene"], dem_ru=["словенский"])
S("BA", ru="Босния и Герцеговина", alt_en=["Bosnia", "BiH"], alt_ru=["БиГ"], dem_en=["Bosnian"], dem_ru=["боснийский"])
S("ME", ru="Черногория", dem_en=["Montenegrin"], dem_ru=["черногорский"])
S("AL", tl="Albanya", ru="Албания", alt_tl=["Albania"], dem_en=["Albanian"], dem_ru=["албанский"])
S("PT", ru="Португалия", dem_en=["Portuguese"], dem_ru=["португальский"], dem_tl=["Portuges"])
S("CY", ru="Кипр", dem_en=["Cypriot"], dem_ru=["кипрский"])
S("JO", ru="Иордания", dem_en=["Jordanian"], dem_ru=["иорданский"])
S("LB", tl="Libano", ru="Ливан", alt_tl=["Lebanon"], dem_en=["Lebanese"], dem_ru=["ливанский"])
S("YE", ru="Йемен", dem_en=["Yemeni"], dem_ru=["йеменский"])
S("QA", ru="Катар", dem_en=["Qatari"], dem_ru=["катарский"])
S("KW", ru="Кувейт", dem_en=["Kuwaiti"], dem_ru=["кувейтский"])
S("OM", ru="Оман", dem_en=["Omani"], dem_ru=["оманский"])
S("BH", ru="Бахрейн", dem_en=["Bahraini"], dem_ru=["бахрейнский"])
S("LY", ru="Ливия", dem_en=["Libyan"], dem_ru=["ливийский"])
S("DZ", tl="Alheriya", ru="Алжир", alt_tl=["Algeria"], dem_en=["Algerian"], dem_ru=["алжирский"])
S("MA", tl="Maruekos", ru="Марокко", alt_tl=["Morocco"], dem_en=["Moroccan"], dem_ru=["марокканский"])
S("TN", ru="Тунис", dem_en=["Tunisian"], dem_ru=["тунисский"])
S("SD", ru="Судан", dem_en=["Sudanese"], dem_ru=["суданский"])
S("SS", ru="Южный Судан", dem_en=["South Sudanese"], dem_ru=["южносуданский"])
S("ET", tl="Etiyopiya", ru="Эфиопия", alt_tl=["Ethiopia"], dem_en=["Ethiopian"], dem_ru=["эфиопский"])
S("NG", ru="Нигерия", dem_en=["Nigerian"], dem_ru=["нигерийский"])
S("NE", ru="Нигер", dem_en=["Nigerien"], dem_ru=["нигерский"])
S("KE", ru="Кения", dem_en=["Kenyan"], dem_ru=["кенийский"])
S("AO", tl="Anggola", ru="Ангола", alt_tl=["Angola"], dem_en=["Angolan"], dem_ru=["ангольский"])
S("BD", ru="Бангладеш", dem_en=["Bangladeshi"], dem_ru=["бангладешский"])
S("LK", ru="Шри-Ланка", alt_en=["Ceylon"], alt_ru=["Цейлон"], dem_en=["Sri Lankan"], dem_ru=["шриланкийский"])
S("NP", ru="Непал", dem_en=["Nepalese", "Nepali"], dem_ru=["непальский"])
S("CL", tl="Tsile", ru="Чили", alt_tl=["Chile"], dem_en=["Chilean"], dem_ru=["чилийский"])
S("CO", tl="Kolombya", ru="Колумбия", alt_tl=["Colombia"], dem_en=["Colombian"], dem_ru=["колумбийский"])
S("PE", ru="Перу", dem_en=["Peruvian"], dem_ru=["перуанский"])
S("EC", tl="Ekwador", ru="Эквадор", alt_tl=["Ecuador"], dem_en=["Ecuadorian"], dem_ru=["эквадорский"])
S("IS", tl="Islandiya", ru="Исландия", alt_tl=["Iceland", "Lupangyelo"], dem_en=["Icelandic"], dem_ru=["исландский"])
S("LU", ru="Люксембург", dem_en=["Luxembourgish"], dem_ru=["люксембургский"])
S("MT", ru="Мальта", dem_en=["Maltese"], dem_ru=["мальтийский"])
S("DO", ru="Доминиканская Республика", alt_en=["Dominican Rep."])
S("GT", tl="Guwatemala", ru="Гватемала", alt_tl=["Guatemala", "Gwatemala"], dem_en=["Guatemalan"])
S("KI", dem_en=["I-Kiribati"])
S("CF", ru="Центральноафриканская Республика", alt_en=["CAR"], alt_ru=["ЦАР"], dem_en=["Central African"])
S("MH", ru="Маршалловы Острова", dem_en=["Marshallese"])

# States and historical states not in ISO 3166-1 (full definitions).
EXTRA = {
    "XK": dict(en="Kosovo", tl="Kosovo", ru="Косово", qid="Q1246",
               alt_en=["Republic of Kosovo", "Kosova"], alt_tl=["Republika ng Kosovo"],
               alt_ru=["Республика Косово"], dem_en=["Kosovar", "Kosovan"], dem_ru=["косовский"], dem_tl=[],
               capital="XK", comment=LIMITED_RECOGNITION["XK"]),
    "SU": dict(en="Soviet Union", tl="Unyong Sobyet", ru="Советский Союз", qid="Q15180",
               alt_en=["USSR", "U.S.S.R.", "Union of Soviet Socialist Republics"],
               alt_tl=["Unyong Sobyetiko", "USSR"], alt_ru=["СССР", "Союз Советских Социалистических Республик"],
               dem_en=["Soviet"], dem_ru=["советский"], dem_tl=["Sobyet", "Sobyetiko"],
               capital="RU", comment="Historical state (1922-1991); dissolved 26 December 1991."),
    "YU": dict(en="Yugoslavia", tl="Yugoslavia", ru="Югославия", qid="Q36704",
               alt_en=["SFRY", "Socialist Federal Republic of Yugoslavia", "FRY", "Federal Republic of Yugoslavia"],
               alt_tl=["Yugoslabya"], alt_ru=["СФРЮ", "СРЮ", "Социалистическая Федеративная Республика Югославия"],
               dem_en=["Yugoslav", "Yugoslavian"], dem_ru=["югославский"], dem_tl=[],
               capital="RS", comment="Historical state (1918-1992; Federal Republic of Yugoslavia 1992-2003)."),
}

# --------------------------------------------------------------------------------------
# Capitals: ISO|English (en Wikipedia)|Russian|Tagalog ('' = English)|en aliases|ru aliases|tl aliases|QID
# City-states whose capital is the state itself (Monaco, Singapore, Vatican City) have none.
# --------------------------------------------------------------------------------------
NO_CAPITAL = {"MC", "SG", "VA"}
CAPITALS = """
AF|Kabul|Кабул|||||Q5838
AL|Tirana|Тирана||Tirane|||Q19689
DZ|Algiers|Алжир (город)||Alger|||Q3561
AD|Andorra la Vella|Андорра-ла-Велья|||||Q1863
AO|Luanda|Луанда|||||Q3897
AG|St. John's|Сент-Джонс||Saint John's|||Q36262
AR|Buenos Aires|Буэнос-Айрес|||||Q1486
AM|Yerevan|Ереван||Erevan|||Q1953
AU|Canberra|Канберра|||||Q3114
AT|Vienna|Вена|Viena|Wien|||Q1741
AZ|Baku|Баку|||||Q9248
BS|Nassau|Нассау|||||Q2467
BH|Manama|Манама|||||Q3882
BD|Dhaka|Дакка||Dacca|||Q1354
BB|Bridgetown|Бриджтаун|||||Q36168
BY|Minsk|Минск||Mensk|Менск||Q2280
BE|Brussels|Брюссель|Bruselas|Bruxelles|||Q239
BZ|Belmopan|Бельмопан|||||Q3043
BJ|Porto-Novo|Порто-Ново|||||Q3799
BT|Thimphu|Тхимпху|||||Q9270
BO|Sucre|Сукре|||||Q2907
BA|Sarajevo|Сараево|||||Q11194
BW|Gaborone|Габороне|||||Q3919
BR|Brasília|Бразилиа||Brasilia|||Q2844
BN|Bandar Seri Begawan|Бандар-Сери-Бегаван|||||Q9279
BG|Sofia|София|||||Q472
BF|Ouagadougou|Уагадугу|||||Q3777
BI|Gitega|Гитега|||||Q167551
CV|Praia|Прая|||||Q3751
KH|Phnom Penh|Пномпень|||||Q1850
CM|Yaoundé|Яунде||Yaounde|||Q3808
CA|Ottawa|Оттава|||||Q1930
CF|Bangui|Банги|||||Q3832
TD|N'Djamena|Нджамена||Ndjamena|||Q3659
CL|Santiago|Сантьяго||Santiago de Chile|||Q2887
CN|Beijing|Пекин||Peking|Бэйцзин||Q956
CO|Bogotá|Богота||Bogota|||Q2841
KM|Moroni|Морони|||||Q3901
CG|Brazzaville|Браззавиль|||||Q3844
CD|Kinshasa|Киншаса|||||Q3838
CR|San José|Сан-Хосе||San Jose|||Q3070
CI|Yamoussoukro|Ямусукро|||||Q3768
HR|Zagreb|Загреб|||||Q1435
CU|Havana|Гавана|Habana|La Habana|||Q1563
CY|Nicosia|Никосия||Lefkosia|||Q3856
CZ|Prague|Прага|Praga|Praha|||Q1085
DK|Copenhagen|Копенгаген||København|||Q1748
DJ|Djibouti City|Джибути (город)|Lungsod ng Djibouti||||Q3604
DM|Roseau|Розо|||||Q36281
DO|Santo Domingo|Санто-Доминго|||||Q34820
EC|Quito|Кито|||||
EG|Cairo|Каир|Kairo||||Q85
SV|San Salvador|Сан-Сальвадор|||||Q3110
GQ|Malabo|Малабо|||||Q3818
ER|Asmara|Асмэра|||Асмара||Q3642
EE|Tallinn|Таллин|||Таллинн||Q1770
SZ|Mbabane|Мбабане|||||
ET|Addis Ababa|Аддис-Абеба|||||Q3624
FJ|Suva|Сува|||||Q38807
FI|Helsinki|Хельсинки|||||Q1757
FR|Paris|Париж|||||Q90
GA|Libreville|Либревиль|||||Q3825
GM|Banjul|Банжул|||||Q3726
GE|Tbilisi|Тбилиси||Tiflis|Тифлис||Q994
DE|Berlin|Берлин|||||Q64
GH|Accra|Аккра|||||Q3761
GR|Athens|Афины|Atenas|Athina|||Q1524
GD|St. George's|Сент-Джорджес||Saint George's|||Q41547
GT|Guatemala City|Гватемала (город)|Lungsod ng Guatemala|Ciudad de Guatemala|||Q1555
GN|Conakry|Конакри|||||Q3733
GW|Bissau|Бисау|||||Q3739
GY|Georgetown|Джорджтаун|||||Q10717
HT|Port-au-Prince|Порт-о-Пренс|||||Q34261
HN|Tegucigalpa|Тегусигальпа|||||Q3238
HU|Budapest|Будапешт|||||Q1781
IS|Reykjavík|Рейкьявик||Reykjavik|||Q1764
IN|New Delhi|Нью-Дели|Bagong Delhi||||Q987
ID|Jakarta|Джакарта|||||Q3630
IR|Tehran|Тегеран||Teheran|||Q3616
IQ|Baghdad|Багдад|||||Q1530
IE|Dublin|Дублин|||||Q1761
IL|Jerusalem|Иерусалим|Herusalem||||Q1218
IT|Rome|Рим|Roma||||Q220
JM|Kingston|Кингстон|||||Q34692
JP|Tokyo|Токио||Tokio|||Q1490
JO|Amman|Амман|||||Q3805
KZ|Astana|Астана||Nur-Sultan;Akmola;Aqmola;Tselinograd;Akmolinsk|Нур-Султан;Акмола;Целиноград||Q1520
KE|Nairobi|Найроби|||||Q3870
KI|South Tarawa|Южная Тарава||Tarawa|Тарава||Q131233
KP|Pyongyang|Пхеньян||P'yŏngyang|||
KR|Seoul|Сеул|||||Q8684
KW|Kuwait City|Эль-Кувейт|Lungsod ng Kuwait||||Q35178
KG|Bishkek|Бишкек||Frunze|Фрунзе||Q9361
LA|Vientiane|Вьентьян|||||Q9326
LV|Riga|Рига|||||Q1773
LB|Beirut|Бейрут|||||Q3820
LS|Maseru|Масеру|||||Q3909
LR|Monrovia|Монровия|||||Q3748
LY|Tripoli|Триполи|||||Q3579
LI|Vaduz|Вадуц|||||Q1844
LT|Vilnius|Вильнюс||Vilna|Вильна||Q216
LU|Luxembourg City|Люксембург (город)|Lungsod ng Luxembourg||||Q1842
MG|Antananarivo|Антананариву|||||Q3915
MW|Lilongwe|Лилонгве|||||Q3876
MY|Kuala Lumpur|Куала-Лумпур|||||Q1865
MV|Malé|Мале||Male|||Q9347
ML|Bamako|Бамако|||||Q3703
MT|Valletta|Валлетта|||||Q23800
MH|Majuro|Маджуро|||||Q12919
MR|Nouakchott|Нуакшот|||||Q3688
MU|Port Louis|Порт-Луи|||||Q3929
MX|Mexico City|Мехико|Lungsod ng Mehiko|Ciudad de México|||Q1489
FM|Palikir|Паликир|||||Q42751
MD|Chișinău|Кишинёв||Chisinau;Kishinev|||Q21197
MN|Ulaanbaatar|Улан-Батор||Ulan Bator;Ulaanbaatar City|||Q23430
ME|Podgorica|Подгорица||Titograd|Титоград||Q23564
MA|Rabat|Рабат|||||Q3551
MZ|Maputo|Мапуту|||||Q3889
MM|Naypyidaw|Нейпьидо||Nay Pyi Taw;Naypyitaw|Нейпьидо;Найпьидо||Q37400
NA|Windhoek|Виндхук|||||Q3935
NR|Yaren|Ярен||Yaren District|||
NP|Kathmandu|Катманду|||||Q3037
NL|Amsterdam|Амстердам|||||Q727
NZ|Wellington|Веллингтон|||||Q23661
NI|Managua|Манагуа|||||Q3274
NE|Niamey|Ниамей|||||Q3674
NG|Abuja|Абуджа|||||Q3787
MK|Skopje|Скопье|||||Q384
NO|Oslo|Осло|||||Q585
OM|Muscat|Маскат|||||Q3826
PK|Islamabad|Исламабад|||||Q1362
PW|Ngerulmud|Нгерулмуд|||||Q515229
PA|Panama City|Панама (город)|Lungsod ng Panama||||Q3306
PG|Port Moresby|Порт-Морсби|||||Q36526
PY|Asunción|Асунсьон||Asuncion|||Q2933
PE|Lima|Лима|||||Q2868
PH|Manila|Манила|Maynila||||Q1461
PL|Warsaw|Варшава||Warszawa|||Q270
PT|Lisbon|Лиссабон|Lisboa||||Q597
QA|Doha|Доха|||||Q3861
RO|Bucharest|Бухарест||București;Bucuresti|||Q19660
RU|Moscow|Москва||Moskva||Moskow|Q649
RW|Kigali|Кигали|||||Q3859
KN|Basseterre|Бастер|||||Q41295
LC|Castries|Кастри|||||Q41699
VC|Kingstown|Кингстаун|||||Q41474
WS|Apia|Апиа|||||Q36260
SM|City of San Marino|Сан-Марино (город)|Lungsod ng San Marino||||Q1848
ST|São Tomé|Сан-Томе||Sao Tome|||Q3932
SA|Riyadh|Эр-Рияд||Riyad|Рияд||Q3692
SN|Dakar|Дакар|||||Q3718
RS|Belgrade|Белград||Beograd|||Q3711
SC|Victoria|Виктория|||||Q3940
SL|Freetown|Фритаун|||||Q3780
SK|Bratislava|Братислава|||||Q1780
SI|Ljubljana|Любляна|||||Q437
SB|Honiara|Хониара|||||Q40921
SO|Mogadishu|Могадишо|||||Q2449
ZA|Pretoria|Претория||Tshwane|||
SS|Juba|Джуба|||||Q1947
ES|Madrid|Мадрид|||||Q2807
LK|Sri Jayawardenepura Kotte|Шри-Джаяварденепура-Котте||Kotte|Котте||Q41963
SD|Khartoum|Хартум|||||Q1963
SR|Paramaribo|Парамарибо|||||Q3001
SE|Stockholm|Стокгольм|||||Q1754
CH|Bern|Берн||Berne|||Q70
SY|Damascus|Дамаск|Damasco||||Q3766
TJ|Dushanbe|Душанбе||Stalinabad|Сталинабад||Q9365
TZ|Dodoma|Додома|||||Q3866
TH|Bangkok|Бангкок|||||Q1861
TL|Dili|Дили|||||Q9310
TG|Lomé|Ломе||Lome|||Q3792
TO|Nuku'alofa|Нукуалофа||Nukualofa|||Q38834
TT|Port of Spain|Порт-оф-Спейн||Port-of-Spain|||Q39178
TN|Tunis|Тунис (город)|||||Q3572
TR|Ankara|Анкара|||||Q3640
TM|Ashgabat|Ашхабад||Ashkhabad;Poltoratsk|Ашгабат||Q23438
TV|Funafuti|Фунафути|||||Q34126
UG|Kampala|Кампала|||||Q3894
UA|Kyiv|Киев||Kiev|Київ|Kiev|Q1899
AE|Abu Dhabi|Абу-Даби|||||Q1519
GB|London|Лондон|Londres||||Q84
US|Washington, D.C.|Вашингтон||Washington;Washington DC;Washington D.C.|||Q61
UY|Montevideo|Монтевидео|||||Q1335
UZ|Tashkent|Ташкент||Toshkent|||Q269
VU|Port Vila|Порт-Вила|||||Q37806
VE|Caracas|Каракас|||||Q1533
VN|Hanoi|Ханой||Ha Noi|||Q1858
YE|Sanaa|Сана||Sana'a|||
ZM|Lusaka|Лусака|||||Q3881
ZW|Harare|Хараре|||||Q3921
PS|Ramallah|Рамалла|||||
TW|Taipei|Тайбэй|||Тайбей||Q1867
XK|Pristina|Приштина||Prishtina;Priština;Prishtinë|||
"""
CAPITAL_COMMENTS = {
    "PS": "Administrative centre of the State of Palestine; Jerusalem is the proclaimed capital.",
    "BO": "Constitutional capital of Bolivia; La Paz is the seat of government.",
    "ZA": "Executive capital of South Africa (Cape Town legislative, Bloemfontein judicial).",
    "NR": "Nauru has no official capital; Yaren is the seat of government.",
}

# Other (non-capital) cities of post-Soviet states frequent in defence news.
# slug-source English name|Russian|Tagalog ('' = English)|en aliases|ru aliases|state ISO|comment
OTHER_CITIES = """
Almaty|Алматы||Alma-Ata;Alma Ata;Verny|Алма-Ата|KZ|Former capital of Kazakhstan (until 1997).
Shymkent|Шымкент||Chimkent|Чимкент|KZ|
Baikonur|Байконур||Baykonur;Leninsk|Ленинск|KZ|Town of the Baikonur Cosmodrome, leased to Russia.
Saint Petersburg|Санкт-Петербург||St Petersburg;St. Petersburg;Leningrad;Petrograd|Петербург;Ленинград;Питер|RU|
Vladivostok|Владивосток||||RU|
Kaliningrad|Калининград||Königsberg|Кёнигсберг|RU|
Murmansk|Мурманск||||RU|
Novosibirsk|Новосибирск||||RU|
Yekaterinburg|Екатеринбург||Ekaterinburg;Sverdlovsk|Свердловск|RU|
Kharkiv|Харьков||Kharkov|Харків|UA|
Odesa|Одесса||Odessa|Одеса|UA|
Lviv|Львов||Lvov;Lwów;Lemberg|Львів|UA|
Dnipro|Днепр||Dnipropetrovsk;Dnepropetrovsk|Днепропетровск;Дніпро|UA|
Mariupol|Мариуполь||Zhdanov|Маріуполь|UA|
Donetsk|Донецк|||Донецьк|UA|
Luhansk|Луганск||Lugansk|Луганськ|UA|
Sevastopol|Севастополь||||UA|Located in Crimea; annexed by Russia in 2014 (not internationally recognised).
Simferopol|Симферополь||||UA|Located in Crimea; annexed by Russia in 2014 (not internationally recognised).
Gomel|Гомель||Homel|Гомель|BY|
Osh|Ош||||KG|
Samarkand|Самарканд||Samarqand||UZ|
Gyumri|Гюмри||Leninakan|Ленинакан|AM|
Ganja|Гянджа||Kirovabad|Кировабад|AZ|
Batumi|Батуми||||GE|
Tiraspol|Тирасполь||||MD|Administrative centre of the breakaway Transnistria region.
"""

# Names that must never be used as aliases (ambiguous between entities).
BANNED_ALIASES = {"congo", "конго", "korea", "корея", "korean", "корейский", "congolese", "dominican"}

# --------------------------------------------------------------------------------------


def die(msg):
    sys.stderr.write("states.py: " + msg + "\n")
    sys.exit(1)


def slugify(s):
    s = unicodedata.normalize("NFKD", s)
    s = "".join(ch for ch in s if not unicodedata.combining(ch))
    s = s.lower()
    s = re.sub(r"[^a-z0-9]+", "-", s)
    return s.strip("-")


def clean(s):
    if s is None:
        return None
    s = unicodedata.normalize("NFC", s.replace("\u0301", ""))  # drop stress marks
    s = re.sub(r"^the ", "", s.strip())
    return s


def usable(s):
    """An iso-codes name usable as a label: no inverted 'X, Y of' forms or brackets."""
    return bool(s) and "," not in s and "(" not in s


def cyr(s):
    return bool(re.search("[\u0400-\u04FF]", s))


def lit(s, lang):
    esc = s.replace("\\", "\\\\").replace('"', '\\"')
    return '"%s"@%s' % (esc, lang)


def load_iso():
    if not os.path.exists(ISO_JSON):
        die("%s not found. Install Debian's iso-codes package first: "
            "apt-get update && apt-get install -y iso-codes" % ISO_JSON)
    with open(ISO_JSON, encoding="utf-8") as f:
        data = json.load(f)["3166-1"]
    cats = {}
    for lang in ("ru", "tl", "fil"):
        try:
            cats[lang] = gettext.translation("iso_3166-1", localedir=LOCALEDIR, languages=[lang])
        except OSError:
            if lang in ("ru", "tl"):
                die("gettext catalogue %s/%s/LC_MESSAGES/iso_3166-1.mo not found; install iso-codes "
                    "(apt-get install -y iso-codes)" % (LOCALEDIR, lang))
            cats[lang] = None
    return {d["alpha_2"]: d for d in data}, cats


class Entity:
    def __init__(self, kind, slug, cls):
        self.kind, self.slug, self.cls = kind, slug, cls
        self.pref = {}
        self.alt = {"en": [], "tl": [], "ru": []}
        self.dem = {"en": [], "tl": [], "ru": []}
        self.capital = None
        self.located_in = None
        self.qid = None
        self.comment = None

    @property
    def iri(self):
        return "%s:%s" % (self.kind, self.slug)

    def add_alt(self, lang, *names):
        for n in names:
            n = clean(n)
            if n:
                self.alt[lang].append(n)

    def finish(self):
        # ё -> е spelling variants for Russian labels (news often omits the diaeresis)
        for n in [self.pref["ru"]] + list(self.alt["ru"]):
            if "ё" in n or "Ё" in n:
                self.alt["ru"].append(n.replace("ё", "е").replace("Ё", "Е"))
        for n in list(self.dem["ru"]):
            if "ё" in n:
                self.dem["ru"].append(n.replace("ё", "е"))
        seen = {self.pref[l].casefold() for l in self.pref}
        for lang in ("en", "tl", "ru"):
            out = []
            for n in self.alt[lang]:
                k = n.casefold()
                if k in seen or k in BANNED_ALIASES:
                    continue
                seen.add(k)
                out.append(n)
            self.alt[lang] = out
            d_out, d_seen = [], set()
            for n in self.dem[lang]:
                if n.casefold() not in d_seen and n.casefold() not in BANNED_ALIASES:
                    d_seen.add(n.casefold())
                    d_out.append(n)
            self.dem[lang] = d_out

    def labels(self):
        return [(l, n) for l, n in self.pref.items()] + [(l, n) for l in self.alt for n in self.alt[l]]

    def turtle(self):
        lines = ["%s a ng:%s ;" % (self.iri, self.cls)]
        lines.append("    skos:prefLabel %s ;" % " , ".join(lit(self.pref[l], l) for l in ("en", "tl", "ru")))
        alts = [lit(n, l) for l in ("en", "tl", "ru") for n in self.alt[l]]
        if alts:
            lines.append("    skos:altLabel %s ;" % " , ".join(alts))
        dems = [lit(n, l) for l in ("en", "tl", "ru") for n in self.dem[l]]
        if dems:
            lines.append("    ng:demonym %s ;" % " , ".join(dems))
        if self.capital:
            lines.append("    ng:capital %s ;" % self.capital)
        if self.located_in:
            lines.append("    ng:locatedIn %s ;" % self.located_in)
        if self.comment:
            lines.append("    rdfs:comment %s ;" % lit(self.comment, "en"))
        if self.qid:
            lines.append("    skos:exactMatch wd:%s ;" % self.qid)
        lines[-1] = lines[-1][:-2] + " ."
        return "\n".join(lines)


def parse_capitals():
    caps = {}
    for line in CAPITALS.strip().splitlines():
        f = line.split("|")
        if len(f) != 8:
            die("capital row must have 8 '|'-separated fields: %r" % line)
        code, en, ru, tl, alt_en, alt_ru, alt_tl, qid = [x.strip() for x in f[:8]]
        if code in caps:
            die("duplicate capital row for " + code)
        caps[code] = dict(en=en, ru=ru, tl=tl or en, alt_en=[a for a in alt_en.split(";") if a],
                          alt_ru=[a for a in alt_ru.split(";") if a], alt_tl=[a for a in alt_tl.split(";") if a],
                          qid=qid or None)
    return caps


def main():
    iso, cats = load_iso()
    wd = {}
    for line in WIKIDATA_STATES.split("\n"):
        if line.strip():
            code, q = line.split()
            wd[code] = q
    caps = parse_capitals()

    codes = UN_MEMBERS + OBSERVERS + ["TW"]
    if len(UN_MEMBERS) != 193 or len(set(UN_MEMBERS)) != 193:
        die("UN member table must list 193 distinct codes, has %d" % len(set(UN_MEMBERS)))
    states, cities = {}, {}
    slug_of = {}

    def tr(lang, msgid):
        cat = cats.get(lang)
        if cat is None:
            return None
        t = cat.gettext(msgid)
        return clean(t)

    for code in codes:
        if code not in iso:
            die("ISO 3166-1 code %s missing from iso-codes" % code)
        rec = iso[code]
        cur = C.get(code, {})
        name, common, official = rec["name"], rec.get("common_name"), rec.get("official_name")
        en = cur.get("en") or common or name
        e = Entity("state", slugify(en), "State")
        e.pref["en"] = en
        # Tagalog: curated, else iso-codes fil / tl if usable, else the English name
        tl_fil, tl_tl = tr("fil", name), tr("tl", name)
        tl = cur.get("tl") or (tl_fil if usable(tl_fil) else None) or (tl_tl if usable(tl_tl) else None) or en
        e.pref["tl"] = tl
        ru_iso = tr("ru", name)
        ru = cur.get("ru") or (ru_iso if ru_iso and cyr(ru_iso) and usable(ru_iso) else None)
        if not ru:
            die("no Russian name for %s" % code)
        e.pref["ru"] = ru
        # aliases: curated first, then iso-codes name / common / official forms
        e.add_alt("en", *cur.get("alt_en", []))
        for n in (name, common, official):
            if usable(n) and code != "TW":
                e.add_alt("en", n)
        e.add_alt("tl", *cur.get("alt_tl", []))
        for n in (tl_fil, tl_tl):
            if usable(n) and code != "TW":
                e.add_alt("tl", n)
        if official and official.startswith("Republic of ") and official[12:] == en:
            e.add_alt("tl", "Republika ng " + tl)
        e.add_alt("ru", *cur.get("alt_ru", []))
        if code != "TW":
            for n in (name, official):
                if n:
                    t = tr("ru", n)
                    if t and cyr(t) and usable(t):
                        e.add_alt("ru", t)
        for lang in ("en", "tl", "ru"):
            e.dem[lang] = list(cur.get("dem_" + lang, []))
        e.qid = wd.get(code)
        if code in LIMITED_RECOGNITION:
            e.comment = LIMITED_RECOGNITION[code]
        states[code] = e

    for code, x in EXTRA.items():
        e = Entity("state", slugify(x["en"]), "State")
        e.pref = {"en": x["en"], "tl": x["tl"], "ru": x["ru"]}
        e.add_alt("en", *x["alt_en"])
        e.add_alt("tl", *x["alt_tl"])
        e.add_alt("ru", *x["alt_ru"])
        e.dem = {"en": list(x["dem_en"]), "tl": list(x["dem_tl"]), "ru": list(x["dem_ru"])}
        e.qid = x["qid"]
        e.comment = x.get("comment")
        states[code] = e

    # capitals
    for code, e in states.items():
        cap_code = EXTRA[code]["capital"] if code in EXTRA else code
        if cap_code in NO_CAPITAL:
            continue
        if cap_code not in caps:
            die("no capital row for " + cap_code)
        cp = caps[cap_code]
        slug = slugify(cp["en"])
        if slug not in cities:
            c = Entity("place", slug, "City")
            c.pref = {"en": cp["en"], "tl": cp["tl"], "ru": cp["ru"]}
            c.add_alt("en", *cp["alt_en"])
            c.add_alt("ru", *cp["alt_ru"])
            c.add_alt("tl", *cp["alt_tl"])
            c.located_in = states[cap_code].iri
            c.qid = cp["qid"]
            c.comment = CAPITAL_COMMENTS.get(cap_code)
            cities[slug] = c
        e.capital = cities[slug].iri
    unused = set(caps) - {EXTRA[c]["capital"] if c in EXTRA else c for c in states}
    if unused:
        die("capital rows without a state: %s" % sorted(unused))
    n_capitals = len(cities)

    for line in OTHER_CITIES.strip().splitlines():
        f = line.split("|")
        if len(f) != 7:
            die("city row must have 7 '|'-separated fields: %r" % line)
        en, ru, tl, alt_en, alt_ru, st, comment = f
        slug = slugify(en)
        if slug in cities:
            die("duplicate city " + slug)
        c = Entity("place", slug, "City")
        c.pref = {"en": en, "tl": tl or en, "ru": ru}
        c.add_alt("en", *[a for a in alt_en.split(";") if a])
        c.add_alt("ru", *[a for a in alt_ru.split(";") if a])
        c.located_in = states[st].iri
        c.comment = comment.strip() or None
        cities[slug] = c

    entities = list(states.values()) + list(cities.values())
    for e in entities:
        e.finish()

    # slug uniqueness per kind
    for kind in ("state", "place"):
        seen = {}
        for e in entities:
            if e.kind == kind:
                if e.slug in seen:
                    die("duplicate %s slug %s" % (kind, e.slug))
                seen[e.slug] = e

    # label ambiguity: a label (case-folded) may belong to one entity only.
    owners = {}
    for e in entities:
        for lang, n in e.labels():
            owners.setdefault(n.casefold(), set()).add(e.iri)
    clash = {k: v for k, v in owners.items() if len(v) > 1}
    for e in entities:
        for lang, n in e.pref.items():
            if n.casefold() in clash:
                die("preferred label %r of %s also used by %s" % (n, e.iri, sorted(clash[n.casefold()] - {e.iri})))
    dropped = []
    for e in entities:
        for lang in e.alt:
            keep = []
            for n in e.alt[lang]:
                if n.casefold() in clash:
                    dropped.append((e.iri, n))
                else:
                    keep.append(n)
            e.alt[lang] = keep
    for iri, n in sorted(dropped):
        sys.stderr.write("states.py: dropped ambiguous alias %r of %s\n" % (n, iri))

    entities.sort(key=lambda e: (0 if e.kind == "state" else 1, e.slug))
    n_states = sum(1 for e in entities if e.kind == "state")
    header = [
        "# NewsGraph reference data: states and capitals.",
        "# GENERATED FILE - do not edit by hand. Generated by ontology/reference/generate/states.py;",
        "# re-run from the project root with:  python3 ontology/reference/generate/states.py",
        "# (needs Debian's iso-codes package; standard-library Python 3 only).",
        "# %d states (193 UN members, 2 observer states, Taiwan, Kosovo, 2 historical states)," % n_states,
        "# %d capital cities, %d other cities." % (n_capitals, len(cities) - n_capitals),
        "#",
    ] + ["# " + s for s in SOURCE_NOTE] + [""]
    prefixes = [
        "@prefix ng:    <https://w3id.org/newsgraph/ontology#> .",
        "@prefix state: <https://w3id.org/newsgraph/id/state/> .",
        "@prefix place: <https://w3id.org/newsgraph/id/place/> .",
        "@prefix wd:    <http://www.wikidata.org/entity/> .",
        "@prefix skos:  <http://www.w3.org/2004/02/skos/core#> .",
        "@prefix rdfs:  <http://www.w3.org/2000/01/rdf-schema#> .",
        "",
    ]
    body = "\n\n".join(e.turtle() for e in entities)
    with open(OUT, "w", encoding="utf-8") as f:
        f.write("\n".join(header + prefixes) + "\n" + body + "\n")
    n_ids = sum(1 for e in entities if e.qid)
    print("wrote %s: %d states, %d capitals, %d other cities, %d Wikidata ids (%d states, %d cities)" % (
        OUT, n_states, n_capitals, len(cities) - n_capitals, n_ids,
        sum(1 for e in entities if e.qid and e.kind == "state"),
        sum(1 for e in entities if e.qid and e.kind == "place")))


if __name__ == "__main__":
    main()
