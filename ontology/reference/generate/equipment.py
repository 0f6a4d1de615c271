#!/usr/bin/env python3
"""Generate ontology/reference/equipment.ttl (NewsGraph reference data: equipment
categories, models/variants and their manufacturers).

Usage:  python3 ontology/reference/generate/equipment.py [--check]
The tables below are the source of truth; the .ttl is regenerated from them.
Label conventions (see /tmp/ng/contract.md):
  * exactly one skos:prefLabel per language en, tl, ru;
  * skos:altLabel = names news actually uses (@en Latin, @ru Cyrillic, @tl Tagalog);
  * no alias may appear twice in the file (case-folded) or equal another entity's label;
  * Russian labels with "ё" automatically get an "е" twin; English labels with UK
    spellings (defence, armoured) automatically get the US twin.
Field syntax in the tables: several aliases are separated by "|".
"""
import os
import re
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.normpath(os.path.join(HERE, "..", "equipment.ttl"))


def slug(s):
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c)).lower()
    return re.sub(r"[^a-z0-9]+", "-", s).strip("-")


def split(s):
    return [x.strip() for x in s.split("|") if x.strip()] if s else []


# --------------------------------------------------------------------------
# 1. Categories: (en prefLabel, broader slug, tl prefLabel, ru prefLabel,
#                 en aliases, tl aliases, ru aliases, note)
# --------------------------------------------------------------------------
CATEGORIES = [
    ("military equipment", None, "kagamitang militar", "военная техника",
     "arms|weapons|weaponry|military hardware|armament|defence equipment|weapon system",
     "armas|sandata|kagamitang pangmilitar|kagamitan militar",
     "вооружение|оружие|военное снаряжение|вооружение и военная техника|ВВТ",
     '"arms" and "weapons" are ordinary English words; they are kept because news uses them as the generic term ("arms exports").'),
    ("aviation equipment", "military-equipment", "kagamitan sa aviation", "авиационная техника",
     "military aviation equipment|aviation hardware", "kagamitang pang-aviation|kagamitang pang-abyasyon",
     "авиатехника|военная авиатехника", None),
    ("aircraft", "aviation-equipment", "sasakyang panghimpapawid", "самолёт",
     "military aircraft|warplane|military plane|combat aircraft", "eroplanong pandigma|eroplanong pangmilitar",
     "воздушное судно|военный самолёт|летательный аппарат|боевой самолёт", None),
    ("fighter aircraft", "aircraft", "manlalaban na sasakyang panghimpapawid", "истребитель",
     "fighter jet|jet fighter|fighter plane|multirole fighter|fighter-bomber",
     "jet na pandigma|eroplanong manlalaban",
     "многоцелевой истребитель|истребитель-бомбардировщик|многофункциональный истребитель",
     'Bare "fighter" is deliberately not an alias (news uses it for militants).'),
    ("trainer aircraft", "aircraft", "sasakyang panghimpapawid na pang-training", "учебно-боевой самолёт",
     "jet trainer|trainer jet|training aircraft|advanced jet trainer|lead-in fighter trainer",
     "eroplanong pang-training|eroplanong pansanay", "учебный самолёт|УБС", None),
    ("attack aircraft", "aircraft", "sasakyang panghimpapawid na pang-atake", "штурмовик",
     "ground-attack aircraft|close air support aircraft|light attack aircraft|strike aircraft",
     "eroplanong pang-atake", "самолёт-штурмовик|лёгкий штурмовик", None),
    ("bomber aircraft", "aircraft", "eroplanong pambomba", "бомбардировщик",
     "strategic bomber|long-range bomber|heavy bomber|bomber jet|bomber plane",
     "sasakyang panghimpapawid na pambomba",
     "стратегический бомбардировщик|дальний бомбардировщик|фронтовой бомбардировщик|ракетоносец",
     'Bare "bomber" is not an alias (suicide bomber). Tagalog "bombero" means firefighter, do not add it.'),
    ("transport aircraft", "aircraft", "sasakyang panghimpapawid na pang-transportasyon", "военно-транспортный самолёт",
     "military transport aircraft|cargo aircraft|airlifter|transport plane|cargo plane|military airlifter",
     "eroplanong pang-transportasyon|eroplanong pangkargamento",
     "транспортный самолёт|грузовой самолёт",
     'The Russian abbreviation "ВТС" is not used: it usually means military-technical cooperation.'),
    ("airborne early warning and control aircraft", "aircraft", "eroplanong pang-maagang babala",
     "самолёт дальнего радиолокационного обнаружения",
     "AWACS|AEW&C aircraft|early warning aircraft|airborne early warning aircraft|radar plane",
     "", "самолёт ДРЛО|самолёт ДРЛОиУ", None),
    ("helicopter", "aircraft", "helikopter", "вертолёт",
     "chopper|military helicopter|rotorcraft", "elikoptero", "военный вертолёт|винтокрылый аппарат", None),
    ("attack helicopter", "helicopter", "helikopter na pang-atake", "ударный вертолёт",
     "helicopter gunship|gunship helicopter|combat helicopter", "helikopterong pang-atake", "боевой вертолёт", None),
    ("transport helicopter", "helicopter", "helikopter na pang-transportasyon", "транспортный вертолёт",
     "utility helicopter|multirole helicopter|multi-role helicopter|military transport helicopter|multipurpose helicopter",
     "helikopterong pang-transportasyon",
     "транспортно-боевой вертолёт|многоцелевой вертолёт|военно-транспортный вертолёт", None),
    ("unmanned aerial vehicle", "aircraft", "drone", "беспилотный летательный аппарат",
     "UAV|drone|unmanned aircraft|unmanned aircraft system|unmanned aerial system|UAS|unmanned air vehicle|RPAS",
     "sasakyang panghimpapawid na walang piloto|walang taong sasakyang panghimpapawid|drone na walang piloto",
     "БПЛА|беспилотник|дрон|БЛА|беспилотное воздушное судно|беспилотная авиационная система", None),
    ("unmanned combat aerial vehicle", "unmanned-aerial-vehicle", "drone na pandigma", "ударный беспилотник",
     "UCAV|combat drone|attack drone|strike drone|armed drone|combat UAV",
     "drone na pang-atake", "ударный БПЛА|ударный дрон|разведывательно-ударный БПЛА|разведывательно-ударный беспилотник", None),
    ("reconnaissance UAV", "unmanned-aerial-vehicle", "drone na pang-reconnaissance", "разведывательный беспилотник",
     "reconnaissance drone|surveillance drone|recon drone|spy drone|surveillance UAV|ISR drone",
     "drone na pangmanmanan", "разведывательный БПЛА|разведывательный дрон|беспилотник-разведчик", None),
    ("loitering munition", "unmanned-aerial-vehicle", "drone na kamikaze", "барражирующий боеприпас",
     "kamikaze drone|suicide drone|one-way attack drone|loitering drone|one-way attack UAV|loitering weapon",
     "drone na pampasabog", "дрон-камикадзе|беспилотник-камикадзе|БПЛА-камикадзе|ударный беспилотник-камикадзе", None),
    ("FPV drone", "unmanned-aerial-vehicle", "FPV drone", "FPV-дрон",
     "first-person-view drone|FPV quadcopter|FPV kamikaze drone", "drone na FPV", "ФПВ-дрон|FPV-беспилотник|дрон FPV", None),
    ("air defence system", "military-equipment", "sistema ng pagtatanggol ng hangin", "система противовоздушной обороны",
     "air defence|air-defence system|anti-aircraft system|air defence complex|ground-based air defence|GBAD",
     "kagamitan sa pagtatanggol ng hangin|pagtatanggol sa himpapawid|sistema ng air defense",
     "ПВО|система ПВО|средства ПВО|комплекс ПВО|зенитный комплекс|зенитная система", None),
    ("surface-to-air missile system", "air-defence-system", "sistema ng surface-to-air missile", "зенитный ракетный комплекс",
     "SAM system|surface-to-air missile|anti-aircraft missile system|air defence missile system|SAM launcher|anti-aircraft missile",
     "sistema ng missile na sasakyang panghimpapawid|sistema ng missile laban sa sasakyang panghimpapawid",
     "ЗРК|зенитно-ракетный комплекс|зенитная ракетная система|ЗРС|зенитная управляемая ракета|ЗУР|зенитная ракета",
     'Bare "SAM" is not an alias (first name).'),
    ("man-portable air-defence system", "surface-to-air-missile-system", "MANPADS", "переносной зенитный ракетный комплекс",
     "MANPADS|shoulder-fired missile|shoulder-launched missile|shoulder-fired anti-aircraft missile|MANPAD",
     "missile na pinapasan sa balikat", "ПЗРК", None),
    ("anti-aircraft gun", "air-defence-system", "kanyon laban sa sasakyang panghimpapawid", "зенитная артиллерийская установка",
     "self-propelled anti-aircraft gun|SPAAG|anti-aircraft artillery|flak gun|AA gun|anti-aircraft gun system",
     "baril na anti-aircraft", "зенитная самоходная установка|зенитное орудие|зенитка|зенитный ракетно-пушечный комплекс|ЗРПК", None),
    ("radar", "military-equipment", "radar", "радиолокационная станция",
     "radar station|radar system|air surveillance radar|counter-battery radar|early warning radar",
     "istasyon ng radar", "РЛС|радар|радиолокатор|контрбатарейная РЛС|радиолокационный комплекс", None),
    ("armoured vehicle", "military-equipment", "nakabaluti na sasakyan", "бронетехника",
     "armoured fighting vehicle|AFV|armoured combat vehicle|military armoured vehicle",
     "sasakyang nakabaluti|armored na sasakyan",
     "бронированная машина|бронемашина|боевая бронированная машина|ББМ|бронированная техника", None),
    ("armoured personnel carrier", "armoured-vehicle", "armored personel carrier", "бронетранспортёр",
     "APC|armoured troop carrier|wheeled armoured personnel carrier|tracked armoured personnel carrier",
     "nakabaluting tagadala ng tauhan|armored personnel carrier na sasakyan", "БТР|бронетранспортер колёсный", None),
    ("infantry fighting vehicle", "armoured-vehicle", "sasakyang panlaban ng impanterya", "боевая машина пехоты",
     "IFV|armoured infantry fighting vehicle|mechanised infantry combat vehicle|airborne combat vehicle|infantry combat vehicle",
     "sasakyang pandigma ng impanterya", "БМП|боевая машина десанта|БМД", None),
    ("tank", "armoured-vehicle", "tangke", "танк",
     "main battle tank|MBT|battle tank|light tank",
     "tangke ng digmaan|tangkeng pandigma", "основной боевой танк|ОБТ|лёгкий танк",
     'Bare "tank" is ambiguous in English (fuel tank, "think tank"); extractors must prefer the longest match. Tagalog "tangke" also means a water tank.'),
    ("light armoured vehicle", "armoured-vehicle", "magaan na nakabaluting sasakyan", "бронеавтомобиль",
     "armoured car|scout car|armoured reconnaissance vehicle|infantry mobility vehicle|armoured patrol vehicle|light armoured car",
     "nakabaluting kotse", "бронированный автомобиль|бронеразведывательная дозорная машина|БРДМ|бронемобиль", None),
    ("mine-resistant ambush-protected vehicle", "armoured-vehicle", "MRAP", "бронеавтомобиль с противоминной защитой",
     "MRAP|mine-resistant ambush protected vehicle|mine-protected vehicle|MRAP vehicle", "sasakyang MRAP",
     "защищённый от мин автомобиль|противоминный бронеавтомобиль", None),
    ("artillery", "military-equipment", "artilerya", "артиллерия",
     "artillery system|artillery piece|artillery gun|field artillery", "kanyon",
     "артиллерийская система|артиллерийское орудие|ствольная артиллерия", None),
    ("howitzer", "artillery", "howitzer", "гаубица",
     "towed howitzer|gun-howitzer|field gun|towed artillery", "kanyong howitzer", "буксируемая гаубица|пушка-гаубица|буксируемое орудие", None),
    ("self-propelled howitzer", "howitzer", "self-propelled na howitzer", "самоходная гаубица",
     "self-propelled gun|SPG|self-propelled artillery|SPH|wheeled howitzer", "",
     "САУ|самоходная артиллерийская установка|самоходное орудие|самоходка", None),
    ("multiple rocket launcher", "artillery", "maramihang rocket launcher", "реактивная система залпового огня",
     "MLRS|multiple launch rocket system|multiple rocket launch system|rocket artillery|MRL|multiple-launch rocket system",
     "rocket launcher na maramihan", "РСЗО|реактивная артиллерия|система залпового огня", None),
    ("mortar", "artillery", "mortar", "миномёт",
     "mortar system|self-propelled mortar|heavy mortar", "lusong na kanyon", "самоходный миномёт|тяжёлый миномёт",
     '"mortar" is also a building material; acceptable in defence news.'),
    ("missile", "military-equipment", "misil", "ракета",
     "guided missile|missile system|rocket system", "missile na gabay|sistemang misil",
     "управляемая ракета|ракетный комплекс|ракетное оружие", None),
    ("ballistic missile", "missile", "balistikong misil", "баллистическая ракета",
     "tactical ballistic missile|short-range ballistic missile|SRBM|intermediate-range ballistic missile|IRBM|operational-tactical missile|theatre ballistic missile",
     "misil na ballistic", "оперативно-тактический ракетный комплекс|ОТРК|тактическая баллистическая ракета|ракета средней дальности|баллистическая ракета средней дальности|БРСД", None),
    ("intercontinental ballistic missile", "ballistic-missile", "intercontinental na balistikong misil", "межконтинентальная баллистическая ракета",
     "ICBM|intercontinental missile", "", "МБР|ракетный комплекс стратегического назначения", None),
    ("submarine-launched ballistic missile", "ballistic-missile", "balistikong misil na inilulunsad mula sa submarino",
     "баллистическая ракета подводных лодок", "SLBM|sea-launched ballistic missile", "", "БРПЛ", None),
    ("cruise missile", "missile", "cruise missile", "крылатая ракета",
     "land-attack cruise missile|air-launched cruise missile|ALCM|sea-launched cruise missile|LACM",
     "misil na cruise", "крылатая ракета морского базирования|крылатая ракета воздушного базирования",
     'The Russian abbreviation "КР" is not used: it usually means the Kyrgyz Republic.'),
    ("anti-ship missile", "cruise-missile", "misil laban sa barko", "противокорабельная ракета",
     "anti-ship cruise missile|ASCM|coastal defence missile system|shore-based anti-ship missile",
     "anti-ship na misil", "ПКР|противокорабельный ракетный комплекс|береговой ракетный комплекс", None),
    ("hypersonic missile", "missile", "hypersonic na misil", "гиперзвуковая ракета",
     "hypersonic weapon|hypersonic glide vehicle|hypersonic cruise missile", "misil na hypersonic",
     "гиперзвуковое оружие|гиперзвуковой комплекс", None),
    ("anti-tank guided missile", "missile", "misil na laban sa tangke", "противотанковый ракетный комплекс",
     "ATGM|anti-tank missile|antitank missile|anti-tank missile system|anti-tank weapon|ATGM system",
     "misil na anti-tank|armas na laban sa tangke", "ПТРК|противотанковая управляемая ракета|ПТУР", None),
    ("air-to-air missile", "missile", "misil na air-to-air", "ракета класса «воздух — воздух»",
     "AAM|air-to-air guided missile", "", "ракета «воздух-воздух»|ракета воздух-воздух", None),
    ("small arms", "military-equipment", "maliliit na armas", "стрелковое оружие",
     "small arms and light weapons|SALW|firearm|light weapons", "baril|maliit na armas",
     "огнестрельное оружие|лёгкое вооружение", None),
    ("rifle", "small-arms", "riple", "винтовка", "battle rifle|service rifle", "ripleng pandigma", "карабин", None),
    ("assault rifle", "rifle", "assault rifle", "автомат",
     "automatic rifle|carbine", "riple na pang-atake", "штурмовая винтовка|автоматическая винтовка", None),
    ("sniper rifle", "rifle", "riple ng sniper", "снайперская винтовка",
     "marksman rifle|designated marksman rifle|anti-materiel rifle", "ripleng pang-sniper", "крупнокалиберная снайперская винтовка", None),
    ("machine gun", "small-arms", "machine gun", "пулемёт",
     "machinegun|heavy machine gun|light machine gun|general-purpose machine gun|GPMG|HMG", "masinggan",
     "крупнокалиберный пулемёт|ручной пулемёт|единый пулемёт", None),
    ("grenade launcher", "small-arms", "grenade launcher", "гранатомёт",
     "rocket-propelled grenade|RPG|anti-tank grenade launcher|recoilless rifle|automatic grenade launcher",
     "pampasabog na launcher", "противотанковый гранатомёт|автоматический гранатомёт|безоткатное орудие|РПГ", None),
    ("warship", "military-equipment", "barkong pandigma", "военный корабль",
     "naval vessel|naval ship|combat ship|surface combatant|navy ship|naval warship",
     "barko ng navy|barko ng hukbong dagat|barkong pangdigma", "боевой корабль|военное судно|корабль ВМФ", None),
    ("frigate", "warship", "frigate", "фрегат", "guided-missile frigate|missile frigate", "prigata", "ракетный фрегат", None),
    ("corvette", "warship", "corvette", "корвет",
     "missile corvette|small missile ship", "korbeta", "малый ракетный корабль|МРК", None),
    ("cruiser", "warship", "cruiser", "крейсер", "missile cruiser|guided-missile cruiser", "kruser", "ракетный крейсер", None),
    ("patrol vessel", "warship", "barkong pampatrolya", "патрульный корабль",
     "patrol boat|patrol ship|offshore patrol vessel|OPV|patrol craft|patrol gunboat|fast attack craft|coast guard cutter",
     "barko ng patrulya|bangkang pampatrolya", "патрульный катер|сторожевой корабль|пограничный сторожевой корабль", None),
    ("landing ship", "warship", "landing ship", "десантный корабль",
     "amphibious assault ship|landing ship tank|LST|amphibious ship|landing craft|landing dock",
     "barkong pang-amphibious", "большой десантный корабль|БДК|десантный катер", None),
    ("submarine", "warship", "submarino", "подводная лодка",
     "diesel-electric submarine|attack submarine|nuclear submarine|nuclear-powered submarine|ballistic missile submarine",
     "submarine na pandigma", "подлодка|субмарина|атомная подводная лодка|АПЛ|дизель-электрическая подводная лодка", None),
    ("ammunition", "military-equipment", "bala", "боеприпасы",
     "munition|ammo|ammunition supplies", "amunisyon", "боеприпас|боекомплект", None),
    ("artillery shell", "ammunition", "bala ng artilerya", "артиллерийский снаряд",
     "artillery round|artillery ammunition|guided artillery shell|guided shell", "",
     "снаряд|управляемый снаряд|корректируемый снаряд", None),
    ("aerial bomb", "ammunition", "bomba mula sa himpapawid", "авиабомба",
     "guided bomb|glide bomb|air-dropped bomb|guided aerial bomb|precision-guided bomb|smart bomb",
     "bombang panghimpapawid", "авиационная бомба|управляемая авиабомба|КАБ|планирующая авиабомба|корректируемая авиабомба|УПАБ", None),
    ("electronic warfare system", "military-equipment", "sistema ng electronic warfare", "комплекс радиоэлектронной борьбы",
     "EW system|electronic warfare|jammer|jamming system|electronic warfare complex|EW complex",
     "kagamitan sa electronic warfare", "РЭБ|средства РЭБ|станция РЭБ|система РЭБ|комплекс РЭБ|радиоэлектронная борьба", None),
    ("space system", "military-equipment", "sistemang pangkalawakan", "космическая система",
     "space asset|military space system|space-based system", "kagamitang pangkalawakan", "космическая техника|космические средства", None),
    ("satellite", "space-system", "satelayt", "спутник",
     "military satellite|reconnaissance satellite|spy satellite|communications satellite|satellite constellation",
     "satelayt na pangmilitar", "военный спутник|разведывательный спутник|космический аппарат|спутник связи|спутниковая группировка", None),
]

# --------------------------------------------------------------------------
# 2. Companies: (en prefLabel, ru prefLabel, en aliases, ru aliases, note)
#    tl prefLabel = en prefLabel.  Slug = slug(en prefLabel).
# --------------------------------------------------------------------------
COMPANIES = [
    # Russia
    ("Almaz-Antey", "Алмаз-Антей", "Almaz-Antei|Almaz Antey|Almaz-Antey Air and Space Defence Corporation|Almaz-Antey Concern",
     "концерн ВКО «Алмаз-Антей»|Алмаз — Антей", None),
    ("Sukhoi", "Компания «Сухой»", "Sukhoi Company|Sukhoi Design Bureau|Sukhoi Aviation Holding", "ОКБ Сухого|ОКБ имени Сухого|ПАО «Сухой»",
     'Russian bare "Сухой" is an ordinary adjective ("dry"), so it is not a label.'),
    ("Mikoyan", "РСК «МиГ»", "Mikoyan-Gurevich|RAC MiG|Russian Aircraft Corporation MiG|MiG Corporation|Mikoyan Design Bureau",
     "Российская самолётостроительная корпорация «МиГ»|ОКБ Микояна|ОКБ МиГ", None),
    ("Irkut", "Корпорация «Иркут»", "Irkut Corporation|Irkut Aviation Plant|Irkutsk Aviation Plant", "ПАО «Корпорация „Иркут“»|Иркутский авиационный завод",
     'Russian bare "Иркут" is also a river; not used as a Russian label.'),
    ("Kamov", "Камов", "Kamov Design Bureau|Kamov Company", "ОКБ Камова|АО «Камов»", None),
    ("Mil Moscow Helicopter Plant", "Московский вертолётный завод имени М. Л. Миля",
     "Mil Design Bureau|Mil Helicopter Plant|Mil Moscow Helicopter Design Bureau", "МВЗ имени Миля|ОКБ Миля|МВЗ им. Миля",
     'English bare "Mil" is not an alias (abbreviation of "military"/"million").'),
    ("Russian Helicopters", "Вертолёты России", "Russian Helicopters holding", "холдинг «Вертолёты России»", None),
    ("Kazan Helicopters", "Казанский вертолётный завод", "Kazan Helicopter Plant|KVZ", "КВЗ", None),
    ("Ulan-Ude Aviation Plant", "Улан-Удэнский авиационный завод", "U-UAP|Ulan-Ude Aviation Plant JSC", "У-УАЗ", None),
    ("Tupolev", "Туполев", "Tupolev Design Bureau|Tupolev PJSC", "ПАО «Туполев»|ОКБ Туполева", None),
    ("Ilyushin", "Ильюшин", "Ilyushin Design Bureau|Ilyushin Aviation Complex", "ПАО «Ил»|ОКБ Ильюшина", None),
    ("Yakovlev", "Яковлев", "Yakovlev Design Bureau|Yakovlev Corporation", "ОКБ Яковлева|ПАО «Яковлев»", None),
    ("United Aircraft Corporation", "Объединённая авиастроительная корпорация", "UAC", "ОАК", None),
    ("Uralvagonzavod", "Уралвагонзавод", "UVZ|Uralvagonzavod Corporation|Uralvagonzavod Research and Production Corporation",
     "УВЗ|НПК «Уралвагонзавод»", None),
    ("Omsktransmash", "Омсктрансмаш", "Omsk Transport Machine Factory|Omsk Transmash", "Омский завод транспортного машиностроения", None),
    ("Arzamas Machine-Building Plant", "Арзамасский машиностроительный завод",
     "Arzamas Machine Building Plant|Arzamas Machinery Plant", "Арзамасский машзавод", None),
    ("Military Industrial Company", "Военно-промышленная компания", "VPK LLC|Military-Industrial Company", "ООО «ВПК»", None),
    ("Kurganmashzavod", "Курганмашзавод", "Kurgan Machine-Building Plant|Kurgan Machine Building Plant", "Курганский машиностроительный завод", None),
    ("Kamaz", "КамАЗ", "KAMAZ|KamAZ PJSC", "ПАО «КамАЗ»|Камский автомобильный завод", None),
    ("Kalashnikov Concern", "Концерн «Калашников»", "Kalashnikov Group|Izhmash|Kalashnikov Group JSC", "Ижмаш|концерн Калашников",
     'Bare "Kalashnikov" is not an alias: it names the designer and, colloquially, the rifle.'),
    ("Degtyarev Plant", "Завод имени Дегтярёва", "V. A. Degtyarev Plant|ZiD|Kovrov Degtyarev Plant", "ЗиД|Ковровский завод имени Дегтярёва", None),
    ("KBP Instrument Design Bureau", "Конструкторское бюро приборостроения", "KBP|Tula KBP|KBP Tula",
     "КБП|КБП имени Шипунова|тульское КБП", None),
    ("Machine-Building Design Bureau", "Конструкторское бюро машиностроения", "KBM|KB Mashinostroyeniya|KBM Kolomna|Kolomna Design Bureau of Machine-Building",
     "КБМ|коломенское КБМ", None),
    ("Tactical Missiles Corporation", "Корпорация «Тактическое ракетное вооружение»", "KTRV|Tactical Missiles Corporation JSC",
     "КТРВ|Тактическое ракетное вооружение", None),
    ("NPO Mashinostroyeniya", "НПО машиностроения", "Mashinostroyeniya|NPO Mash|Scientific Research and Production Association of Machine Building",
     "НПО Машиностроения|Реутовское НПО машиностроения", None),
    ("Moscow Institute of Thermal Technology", "Московский институт теплотехники", "MITT", "МИТ", None),
    ("Makeyev Rocket Design Bureau", "Государственный ракетный центр имени академика В. П. Макеева", "Makeyev Design Bureau|SRC Makeyev",
     "ГРЦ Макеева|ГРЦ имени Макеева", None),
    ("Splav", "НПО «Сплав»", "NPO Splav|Splav State Research and Production Enterprise", "НПО «Сплав» имени Ганичева", None),
    ("Motovilikha Plants", "Мотовилихинские заводы", "Motovilikha|Motovilikhinskiye Zavody", "ПАО «Мотовилихинские заводы»", None),
    ("Bazalt", "НПО «Базальт»", "NPO Bazalt|GNPP Bazalt", "ГНПП «Базальт»", None),
    ("Concern Radio-Electronic Technologies", "Концерн «Радиоэлектронные технологии»", "KRET|Radio-Electronic Technologies", "КРЭТ", None),
    ("Special Technology Centre", "Специальный технологический центр", "Special Technology Center|STC St. Petersburg", "СТЦ|ООО «СТЦ»", None),
    ("ZALA Aero Group", "ZALA Aero", "ZALA Aero|ZALA|Zala Aero Group", "Зала Аэро|ЗАЛА", None),
    ("Kronshtadt Group", "группа «Кронштадт»", "Kronshtadt|Kronshtadt JSC", "АО «Кронштадт»", 'Russian bare "Кронштадт" is the city; not a label.'),
    ("Ural Civil Aviation Plant", "Уральский завод гражданской авиации", "UZGA|Ural Works of Civil Aviation", "УЗГА", None),
    ("Nizhny Novgorod Research Institute of Radio Engineering", "Нижегородский научно-исследовательский институт радиотехники",
     "NNIIRT", "ННИИРТ", None),
    ("Vega Radio Engineering Corporation", "Концерн радиостроения «Вега»", "Vega Concern|Vega Corporation", "концерн «Вега»", None),
    ("Yantar Shipyard", "Прибалтийский судостроительный завод «Янтарь»", "Yantar|Yantar Baltic Shipyard", "ПСЗ «Янтарь»|завод «Янтарь»", None),
    ("Zelenodolsk Shipyard", "Зеленодольский завод имени А. М. Горького", "Zelenodolsk Gorky Plant|Zelenodolsk Plant", "Зеленодольский завод", None),
    ("Admiralty Shipyards", "Адмиралтейские верфи", "Admiralty Shipyard|Admiralteyskiye Verfi", "АО «Адмиралтейские верфи»", None),
    ("Severnaya Verf", "Северная верфь", "Severnaya Verf Shipyard|Northern Shipyard", "завод «Северная верфь»", None),
    ("Pella Shipyard", "Судостроительный завод «Пелла»", "Pella Shipyard JSC|Leningrad Shipyard Pella", "ЛСЗ «Пелла»", None),
    # Ukraine
    ("Ukroboronprom", "Укроборонпром", "UkrOboronProm|Ukrainian Defense Industry|Ukrainian Defence Industry JSC",
     "ГК «Укроборонпром»|Украинская оборонная промышленность", None),
    ("Malyshev Factory", "Завод имени Малышева", "Malyshev Plant|Malyshev Tank Factory|Malyshev Transport Machine-Building Plant",
     "завод им. Малышева|ГП «Завод имени Малышева»", None),
    ("Kharkiv Morozov Machine Building Design Bureau", "Харьковское конструкторское бюро по машиностроению имени А. А. Морозова",
     "KMDB|Morozov Design Bureau|Kharkiv Morozov Design Bureau|Kharkov Morozov Machine Building Design Bureau", "ХКБМ|КБ Морозова|ХКБМ имени Морозова", None),
    ("Kharkiv Tractor Plant", "Харьковский тракторный завод", "KhTZ|Kharkov Tractor Plant", "ХТЗ", None),
    ("Antonov Company", "ГП «Антонов»", "Antonov State Enterprise|Antonov Design Bureau|Antonov Aeronautical Scientific-Technical Complex",
     "АНТК имени Антонова|КБ Антонова|АНТК «Антонов»",
     'Bare "Antonov"/"Антонов" is not a label: it is a frequent surname in news (e.g. diplomats).'),
    ("Motor Sich", "Мотор Сич", "Motor Sich JSC|Motor Sich PJSC", "АО «Мотор Сич»", None),
    ("Luch Design Bureau", "Конструкторское бюро «Луч»", "Luch|KB Luch|Kyiv Luch Design Bureau", "КБ «Луч»|ГККБ «Луч»", None),
    ("NPK Topaz", "НПК «Топаз»", "Topaz Donetsk|Topaz Scientific and Production Complex", "донецкий «Топаз»", 'Bare "Topaz"/"Топаз" is not a label (gem).'),
    # Türkiye
    ("Baykar", "Байкар", "Baykar Technologies|Baykar Makina|Baykar Defence", "компания Baykar|Байкар Текнолоджис", None),
    ("Turkish Aerospace", "Turkish Aerospace Industries", "TAI|TUSAS|Turkish Aerospace Industries Inc.", "ТАИ|Тюркиш Аэроспейс", None),
    ("Aselsan", "Асельсан", "ASELSAN A.S.", "компания Aselsan", None),
    ("Otokar", "Отокар", "Otokar Otomotiv", "компания Otokar", None),
    # United States
    ("Lockheed Martin", "Локхид Мартин", "Lockheed|Lockheed Martin Corporation|LockMart", "Локхид|Локхид-Мартин", None),
    ("Sikorsky", "Сикорски", "Sikorsky Aircraft|PZL Mielec", "компания Sikorsky|Сикорский", None),
    ("Raytheon", "Рейтеон", "RTX|Raytheon Technologies|Raytheon Missiles & Defense|RTX Corporation|Raytheon Company", "Рэйтеон|Raytheon Technologies Corporation", None),
    ("Boeing", "Боинг", "The Boeing Company|Boeing Defense, Space & Security|Boeing Defense", "компания Boeing|корпорация «Боинг»", None),
    ("General Dynamics", "Дженерал Дайнемикс", "General Dynamics Land Systems|GDLS|General Dynamics Corporation", "Дженерал Дайнэмикс", None),
    ("Northrop Grumman", "Нортроп Грумман", "Northrop Grumman Corporation|Northrop", "Нортроп", None),
    ("AeroVironment", "АэроВайронмент", "AeroVironment Inc.|AV Inc.", "Аэровайронмент", None),
    ("AM General", "AM General", "AM General LLC", "компания AM General", None),
    ("Colt's Manufacturing Company", "компания Colt", "Colt Defense|Colt Firearms|Colt Manufacturing", "компания «Кольт»", 'Bare "Colt" is not a label (ordinary word, revolver).'),
    ("Bell Textron", "Белл", "Bell Helicopter|Bell Helicopter Textron|Bell Flight", "Bell Helicopter Textron Inc.|компания Bell", None),
    ("SpaceX", "SpaceX", "Space Exploration Technologies|Space Exploration Technologies Corp.", "Спейс Икс|компания SpaceX", None),
    # Europe
    ("BAE Systems", "BAE Systems", "BAE|BAE Systems plc|BAE Systems Hagglunds|BAE Systems Bofors|BAE Systems Land & Armaments",
     "Би-Эй-И Системз|компания BAE Systems", None),
    ("MBDA", "MBDA", "MBDA Missile Systems|MBDA UK|MBDA France", "МБДА|концерн MBDA", None),
    ("Thales", "Thales", "Thales Group|Thales UK|Thales Air Defence", "Талес|концерн Thales", None),
    ("Airbus", "Эйрбас", "Airbus Defence and Space|Airbus SE|Airbus Military|Airbus Helicopters|Eurocopter", "Аэробус|Airbus Defence & Space", None),
    ("Dassault Aviation", "Дассо Авиасьон", "Dassault|Dassault Aviation SA", "Дассо|Дассо Авиэйшн", None),
    ("KNDS", "KNDS", "Nexter|Nexter Systems|KNDS France|GIAT Industries|KNDS Deutschland|Krauss-Maffei Wegmann|KMW",
     "Некстер|Краусс-Маффай Вегманн|KNDS Франция", 'KNDS absorbed Nexter (France) and Krauss-Maffei Wegmann (Germany) in 2015; both are aliases here.'),
    ("Rheinmetall", "Рейнметалл", "Rheinmetall AG|Rheinmetall Defence|Rheinmetall Landsysteme", "концерн Rheinmetall|Рейнметал", None),
    ("Diehl Defence", "Diehl Defence", "Diehl|Diehl BGT Defence|Diehl Defence GmbH", "Диль Дефенс|концерн Diehl", None),
    ("Kongsberg Defence & Aerospace", "Конгсберг", "Kongsberg|Kongsberg Gruppen|Kongsberg Defence Systems|KDA", "Kongsberg Gruppen ASA|концерн Kongsberg", None),
    ("Saab", "Сааб", "Saab AB|Saab Bofors Dynamics|Saab Dynamics", "концерн Saab|Saab Group", None),
    ("Leonardo", "Леонардо", "Leonardo S.p.A.|Finmeccanica|AgustaWestland|Leonardo Helicopters|Agusta", "Агуста Уэстленд|АгустаВестленд|концерн Leonardo", None),
    ("Aero Vodochody", "Аэро Водоходы", "Aero Vodochody Aerospace|Aero Vodochody a.s.", "Aero Vodochody AEROSPACE", None),
    ("Huta Stalowa Wola", "Хута Сталёва Воля", "HSW|Huta Stalowa Wola S.A.", "HSW S.A.|завод Huta Stalowa Wola", None),
    ("Eurosam", "Евросам", "Eurosam GIE", "консорциум Eurosam", None),
    # Israel
    ("Rafael Advanced Defense Systems", "Рафаэль", "Rafael Advanced Defence Systems|Rafael Ltd.|Rafael Systems",
     "компания Rafael|концерн «Рафаэль»", 'English bare "Rafael" is not an alias (frequent first name, esp. in the Philippines).'),
    ("Elbit Systems", "Элбит Системс", "Elbit|Elbit Systems Ltd.|Elbit Systems Land", "Эльбит|Эльбит Системс|компания Elbit", None),
    ("Israel Aerospace Industries", "Израильская авиационная промышленность", "IAI|Israel Aircraft Industries|IAI Elta", "концерн IAI|Israel Aerospace Industries Ltd.", None),
    ("Israel Shipyards", "Israel Shipyards", "Israel Shipyards Ltd.", "верфь Israel Shipyards", None),
    # Asia, Iran, others
    ("Korea Aerospace Industries", "Корея Аэроспейс Индастриз", "KAI|Korea Aerospace Industries Ltd.", "корейская компания KAI", None),
    ("Hanwha Aerospace", "Ханва Аэроспейс", "Hanwha Defense|Hanwha Techwin|Hanwha Land Systems|Hanwha", "Hanwha Defense|Ханхва", None),
    ("Hyundai Rotem", "Хёндэ Ротем", "Hyundai Rotem Company", "компания Hyundai Rotem|Хендэ Ротем", None),
    ("HD Hyundai Heavy Industries", "HD Hyundai Heavy Industries", "Hyundai Heavy Industries|HHI|HD HHI", "Хёндэ Хэви Индастриз|Hyundai Heavy Industries Co.", None),
    ("Mitsubishi Heavy Industries", "Мицубиси Хэви Индастриз", "MHI|Mitsubishi Shipbuilding|Mitsubishi Heavy Industries Ltd.", "Mitsubishi Heavy|Мицубиси Шипбилдинг", None),
    ("Aviation Industry Corporation of China", "Авиационная промышленная корпорация Китая", "AVIC|Chengdu Aircraft Industry Group|CAIG", "АВИК|корпорация AVIC", None),
    ("China Aerospace Science and Industry Corporation", "Китайская корпорация космической науки и промышленности",
     "CASIC|China Precision Machinery Import-Export Corporation|CPMIEC", "CASIC Ltd.|CPMIEC Ltd.", None),
    ("BrahMos Aerospace", "БраМос Аэроспейс", "BrahMos Aerospace Private Limited|BrahMos Corporation", "Брамос Аэроспейс", None),
    ("Defence Research and Development Organisation", "Организация оборонных исследований и разработок", "DRDO|Defence Research & Development Organisation",
     "ДРДО|индийская DRDO", None),
    ("Shahed Aviation Industries", "Shahed Aviation Industries", "Shahed Aviation Industries Research Center|Shahed Aviation",
     "Шахед Авиэйшн Индастриз", None),
    ("Embraer", "Эмбраер", "Embraer Defense & Security|Embraer S.A.|Embraer Defense and Security", "компания Embraer|Эмбраэр", None),
    ("Denel", "Денел", "Denel SOC|Denel Land Systems|Denel Dynamics", "компания Denel|Denel SOC Ltd.", None),
    ("State Authority for Military Industry of Belarus", "Государственный военно-промышленный комитет Республики Беларусь",
     "Goskomvoenprom|Belarus State Military-Industrial Committee|State Military-Industrial Committee of Belarus",
     "Госкомвоенпром|Госкомвоенпром Беларуси", None),
]

# country codes -> state slugs (contract key slugs; norway/brazil follow the slug rule)
CC = {"su": "soviet-union", "ru": "russia", "ua": "ukraine", "by": "belarus", "us": "united-states",
      "gb": "united-kingdom", "fr": "france", "de": "germany", "il": "israel", "tr": "turkey", "cn": "china",
      "za": "south-africa", "it": "italy", "se": "sweden", "cz": "czech-republic", "pl": "poland", "ir": "iran",
      "in": "india", "kr": "south-korea", "jp": "japan", "no": "norway", "br": "brazil"}

# --------------------------------------------------------------------------
# 3. Models: (en prefLabel, ru prefLabel, category slug, country code(s) "a+b",
#             manufacturer slug(s) "a+b" or "", variantOf slug or "",
#             en aliases, ru aliases, tl aliases, note)
#    tl prefLabel = en prefLabel.  Manufacturer = designer/prime contractor.
# --------------------------------------------------------------------------
M = []


def m(en, ru, cat, cc, mfr="", var="", en_alt="", ru_alt="", tl_alt="", note=None):
    M.append((en, ru, cat, cc, mfr, var, en_alt, ru_alt, tl_alt, note))


SAM, MANP, AAG = "surface-to-air-missile-system", "man-portable-air-defence-system", "anti-aircraft-gun"
# ---- air defence (Soviet/Russian) -----------------------------------------
m("S-300", "С-300", SAM, "su", "almaz-antey", "", "S300|S-300 missile system|S-300 air defence system", "ЗРС С-300|С300|ЗРК С-300")
m("S-300P", "С-300П", SAM, "su", "almaz-antey", "s-300", "SA-10 Grumble|SA-10", "ЗРК С-300П")
m("S-300PT", "С-300ПТ", SAM, "su", "almaz-antey", "s-300p", "SA-10A", "ЗРК С-300ПТ")
m("S-300PS", "С-300ПС", SAM, "su", "almaz-antey", "s-300p", "SA-10B|S-300 PS", "ЗРК С-300ПС")
m("S-300PMU", "С-300ПМУ", SAM, "su", "almaz-antey", "s-300p", "S-300 PMU|S-300PM", "ЗРК С-300ПМУ|С-300ПМ")
m("S-300PMU-1", "С-300ПМУ-1", SAM, "ru", "almaz-antey", "s-300pmu", "S-300PMU1|SA-20A|S-300PM1", "С-300ПМУ1|С-300ПМ1")
m("S-300PMU-2", "С-300ПМУ-2", SAM, "ru", "almaz-antey", "s-300pmu", "S-300PMU2|S-300PMU-2 Favorit|SA-20B|SA-20 Gargoyle",
  "С-300ПМУ2|С-300ПМУ-2 «Фаворит»|С-300ПМ2")
m("S-300V", "С-300В", SAM, "su", "almaz-antey", "s-300", "SA-12 Gladiator|SA-12 Giant|SA-12|S-300V Antey", "ЗРС С-300В")
m("S-300V4", "С-300В4", SAM, "ru", "almaz-antey", "s-300v", "S-300 V4|SA-23", "ЗРС С-300В4")
m("Antey-2500", "Антей-2500", SAM, "ru", "almaz-antey", "s-300v", "S-300VM|S-300VMD", "С-300ВМ")
m("S-350 Vityaz", "С-350 «Витязь»", SAM, "ru", "almaz-antey", "", "S-350|Vityaz SAM|50R6", "С-350|ЗРС «Витязь»|50Р6")
m("S-400", "С-400", SAM, "ru", "almaz-antey", "", "S-400 Triumf|S400|SA-21 Growler|SA-21|S-400 Triumph",
  "С-400 «Триумф»|ЗРС С-400|С400|ЗРК С-400")
m("S-500", "С-500", SAM, "ru", "almaz-antey", "", "S-500 Prometey|S-500 Prometheus|S500|55R6M", "С-500 «Прометей»|ЗРС С-500|С500")
m("Buk", "ЗРК «Бук»", SAM, "su", "almaz-antey", "", "Buk missile system|9K37 Buk|SA-11 Gadfly|SA-11|Buk SAM",
  "9К37 «Бук»|ЗРК Бук|комплекс «Бук»", "Buk missile",
  'Russian bare "Бук" ("beech") is not a label; Russian texts are matched on «Бук» with ЗРК/9К37 or on the variants.')
m("Buk-M1", "Бук-М1", SAM, "su", "almaz-antey", "buk", "9K37M1 Buk-M1|Buk M1|Buk-M1-2|SA-11 Gadfly mod", "9К37М1|Бук-М1-2")
m("Buk-M2", "Бук-М2", SAM, "ru", "almaz-antey", "buk", "9K317 Buk-M2|Buk M2|SA-17 Grizzly|SA-17|Buk-M2E", "9К317|Бук-М2Э")
m("Buk-M3", "Бук-М3", SAM, "ru", "almaz-antey", "buk", "9K317M Buk-M3|Buk M3|Buk-M3 Viking|SA-27", "9К317М|Бук-М3 «Викинг»")
m("Tor missile system", "ЗРК «Тор»", SAM, "su", "almaz-antey", "", "9K330 Tor|SA-15 Gauntlet|SA-15|Tor SAM|Tor air defence system",
  "9К330 «Тор»|ЗРК Тор|комплекс «Тор»", "",
  'Bare "Tor" / "Тор" is not a label (Tor network, the god Thor).')
m("Tor-M1", "Тор-М1", SAM, "su", "almaz-antey", "tor-missile-system", "9K331 Tor-M1|Tor M1|Tor-M1-2", "9К331|Тор-М1-2")
m("Tor-M2", "Тор-М2", SAM, "ru", "almaz-antey", "tor-missile-system", "9K332 Tor-M2|Tor M2|Tor-M2U|Tor-M2KM|Tor-M2E|Tor-M2DT",
  "9К332|Тор-М2У|Тор-М2КМ|Тор-М2Э|Тор-М2ДТ")
m("9K33 Osa", "ЗРК «Оса»", SAM, "su", "almaz-antey", "", "Osa-AKM|SA-8 Gecko|SA-8|Osa-AK|Osa missile system",
  "9К33 «Оса»|Оса-АКМ|Оса-АК|ЗРК Оса", "", 'Bare "Osa"/"Оса" is not a label ("wasp"; UK Official Secrets Act).')
m("9K35 Strela-10", "Стрела-10", SAM, "su", "machine-building-design-bureau", "", "Strela-10|SA-13 Gopher|SA-13|Strela-10M3",
  "9К35 «Стрела-10»|ЗРК «Стрела-10»|Стрела-10М3")
m("Pantsir-S1", "Панцирь-С1", AAG, "ru", "kbp-instrument-design-bureau", "",
  "Pantsir|Pantsyr-S1|Pantsir S1|SA-22 Greyhound|SA-22|96K6 Pantsir-S1|Pantsir-S1E|Pantsyr",
  "ЗРПК «Панцирь-С1»|ЗРПК «Панцирь»|96К6|Панцирь-С1Э|комплекс «Панцирь»", "",
  'Category = gun-missile system (anti-aircraft gun branch). Russian bare "Панцирь" ("armour shell") is not a label.')
m("Pantsir-SM", "Панцирь-СМ", AAG, "ru", "kbp-instrument-design-bureau", "pantsir-s1", "Pantsir SM|Pantsyr-SM|Pantsir-SMD", "ЗРПК «Панцирь-СМ»|Панцирь-СМД")
m("Igla", "ПЗРК «Игла»", MANP, "su", "machine-building-design-bureau", "", "9K38 Igla|SA-18 Grouse|SA-18|Igla MANPADS",
  "9К38 «Игла»|ПЗРК Игла", "", 'Russian bare "Игла" ("needle") is not a label.')
m("Igla-S", "Игла-С", MANP, "ru", "machine-building-design-bureau", "igla", "9K338 Igla-S|SA-24 Grinch|SA-24|Igla S", "9К338|ПЗРК «Игла-С»")
m("9K333 Verba", "ПЗРК «Верба»", MANP, "ru", "machine-building-design-bureau", "", "Verba MANPADS|Verba|SA-25", "9К333 «Верба»|ПЗРК Верба",
  "", 'Russian bare "Верба" ("willow") is not a label.')
m("ZSU-23-4 Shilka", "ЗСУ-23-4 «Шилка»", AAG, "su", "", "", "Shilka|ZSU-23-4", "ЗСУ-23-4", note='Russian bare "Шилка" (a river) is not a label; English "Shilka" is.')
m("ZU-23-2", "ЗУ-23-2", AAG, "su", "", "", "ZU-23|ZU 23-2|ZU-23 anti-aircraft gun", "ЗУ-23|зенитная установка ЗУ-23-2")
m("2K22 Tunguska", "2К22 «Тунгуска»", AAG, "su", "kbp-instrument-design-bureau", "", "Tunguska-M1|SA-19 Grison|SA-19|Tunguska air defence system",
  "ЗРПК «Тунгуска»|Тунгуска-М1", "", 'Bare "Tunguska"/"Тунгуска" is not a label (river, 1908 event).')
# ---- air defence (Western, Israeli, Chinese, Indian) ------------------------
m("MIM-104 Patriot", "Пэтриот", SAM, "us", "raytheon", "",
  "Patriot missile system|Patriot air defence system|Patriot system|Patriot missile|Patriot battery|Patriot PAC-3|PAC-3|PAC-2|MIM-104",
  "ЗРК Patriot|ЗРК «Пэтриот»|комплекс Patriot|Пэтриот PAC-3", "sistemang Patriot",
  'Bare "Patriot" is not an alias (ordinary word, party names).')
m("NASAMS", "НАСАМС", SAM, "no", "kongsberg-defence-aerospace+raytheon", "",
  "National Advanced Surface-to-Air Missile System|Norwegian Advanced Surface-to-Air Missile System|NASAMS 2|NASAMS 3",
  "ЗРК NASAMS|комплекс NASAMS", "", "Norwegian-American system; country of origin given as Norway (Kongsberg prime).")
m("IRIS-T", "ИРИС-Т", "air-to-air-missile", "de", "diehl-defence", "", "IRIS-T missile|Infra Red Imaging System Tail/Thrust Vector-Controlled",
  "ракета IRIS-T", "", "The missile; the ground-based air defence system is IRIS-T SLM (variant).")
m("IRIS-T SLM", "IRIS-T SLM", SAM, "de", "diehl-defence", "iris-t", "IRIS-T SLS|IRIS-T air defence system|IRIS-T SLX",
  "ИРИС-Т СЛМ|ЗРК IRIS-T|комплекс IRIS-T|ЗРК IRIS-T SLM")
m("MIM-23 Hawk", "ЗРК «Хок»", SAM, "us", "raytheon", "", "HAWK missile system|Hawk SAM|MIM-23|I-Hawk|Improved Hawk",
  "ЗРК Hawk|ЗРК I-Hawk", "", 'Bare "Hawk" is not an alias (BAE Hawk trainer, bird).')
m("SAMP/T", "SAMP/T", SAM, "fr", "eurosam+mbda+thales", "", "SAMP/T Mamba|SAMP-T|Aster 30 SAMP/T|SAMP/T NG",
  "ЗРК SAMP/T|САМП/Т|комплекс SAMP/T", "", "Franco-Italian system; country of origin given as France.")
m("FIM-92 Stinger", "Стингер", MANP, "us", "raytheon", "", "Stinger|Stinger missile|FIM-92|Stinger MANPADS",
  "ПЗРК Stinger|ПЗРК «Стингер»", "")
m("Starstreak", "Старстрик", MANP, "gb", "thales", "", "Starstreak HVM|Starstreak missile", "ПЗРК Starstreak")
m("Flakpanzer Gepard", "ЗСУ Gepard", AAG, "de", "knds", "", "Gepard SPAAG|Gepard anti-aircraft gun|Gepard anti-aircraft system|Cheetah SPAAG",
  "ЗСУ «Гепард»|зенитная установка Gepard", "",
  'Bare "Gepard" is not an alias: it also names the Russian Gepard-class frigate.')
m("Iron Dome", "Железный купол", SAM, "il", "rafael-advanced-defense-systems", "", "Iron Dome system|Iron Dome air defence|Iron Dome interceptor|Tamir interceptor",
  "Айрон Доум|система «Железный купол»|ПРО «Железный купол»", "Bakal na Simboryo")
m("SPYDER", "SPYDER", SAM, "il", "rafael-advanced-defense-systems", "", "Spyder air defence system|SPYDER-SR|SPYDER-MR|Spyder missile system",
  "ЗРК Spyder|ЗРК SPYDER|Спайдер")
m("HQ-9", "HQ-9", SAM, "cn", "china-aerospace-science-and-industry-corporation", "", "Hongqi-9|HQ9|FD-2000|HQ-9B",
  "Хунци-9|ЗРК HQ-9|ФД-2000", "", "Export version FD-2000 is in service in Turkmenistan/Uzbekistan.")
m("Akash", "Акаш", SAM, "in", "defence-research-and-development-organisation", "", "Akash missile system|Akash SAM|Akash-NG|Akash air defence system",
  "ЗРК Akash|ЗРК «Акаш»", "", 'Bare "Akash" is also a personal name; kept because news uses it for the system.')
# ---- radars & EW ----------------------------------------------------------
m("Nebo radar", "РЛС «Небо»", "radar", "su", "nizhny-novgorod-research-institute-of-radio-engineering", "", "Nebo|Nebo radar family|Nebo-U",
  "РЛК «Небо»|РЛС «Небо-У»", "", 'Russian bare "Небо" ("sky") is not a label.')
m("1L119 Nebo-SVU", "1Л119 «Небо-СВУ»", "radar", "ru", "nizhny-novgorod-research-institute-of-radio-engineering", "nebo-radar",
  "1L119|Nebo-SVU|Nebo SVU|1L119 radar", "1Л119|Небо-СВУ|РЛС 1Л119")
m("Nebo-M", "Небо-М", "radar", "ru", "nizhny-novgorod-research-institute-of-radio-engineering", "nebo-radar", "55Zh6M Nebo-M|55Zh6M|Nebo M",
  "55Ж6М|РЛК «Небо-М»|РЛК 55Ж6М")
m("48Ya6-K1 Podlet", "48Я6-К1 «Подлёт»", "radar", "ru", "almaz-antey", "", "Podlet|Podlet-K1|48Ya6-K1|Podlet radar",
  "Подлёт-К1|48Я6-К1|РЛС «Подлёт»", "", 'Russian bare "Подлёт" ("approach") is not a label.')
m("96L6", "96Л6", "radar", "ru", "almaz-antey", "", "96L6E|96L6 radar|96L6-1", "96Л6Е|РЛС 96Л6|96Л6-1")
m("Kolchuga", "Кольчуга-М", "radar", "ua", "npk-topaz", "", "Kolchuga-M|Kolchuga radar|Kolchuga passive sensor|Kolchuga passive radar",
  "станция «Кольчуга»|комплекс «Кольчуга»|СРТР «Кольчуга»", "",
  'Passive electronic-support station, filed under radar as news calls it "Kolchuga radar". Russian bare "Кольчуга" ("chain mail") is not a label.')
m("Zoopark-1", "Зоопарк-1", "radar", "ru", "", "", "1L219 Zoopark|Zoopark-1M|Zoopark radar|1L219", "1Л219|1Л219М «Зоопарк-1М»|Зоопарк-1М")
m("AN/TPQ-36 Firefinder", "AN/TPQ-36", "radar", "us", "northrop-grumman", "", "AN/TPQ-36|TPQ-36|Firefinder radar|AN/TPQ-37|TPQ-37", "РЛС AN/TPQ-36|РЛС AN/TPQ-37")
m("Krasukha", "Красуха", "electronic-warfare-system", "ru", "concern-radio-electronic-technologies", "", "Krasukha EW system|Krasukha jammer",
  "комплекс РЭБ «Красуха»|станция «Красуха»")
m("Krasukha-4", "Красуха-4", "electronic-warfare-system", "ru", "concern-radio-electronic-technologies", "krasukha", "1RL257 Krasukha-4|1RL257|Krasukha 4", "1РЛ257|1РЛ257 «Красуха-4»")
m("Leer-3", "Леер-3", "electronic-warfare-system", "ru", "special-technology-centre", "", "RB-341V Leer-3|RB-341V|Leer 3", "РБ-341В|РБ-341В «Леер-3»")
m("R-330Zh Zhitel", "Р-330Ж «Житель»", "electronic-warfare-system", "ru", "", "", "Zhitel|R-330Zh|R-330Zh jammer", "Р-330Ж|станция «Житель»",
  "", 'Russian bare "Житель" ("resident") is not a label.')
m("Borisoglebsk-2", "Борисоглебск-2", "electronic-warfare-system", "ru", "concern-radio-electronic-technologies", "", "RB-301B Borisoglebsk-2|RB-301B|Borisoglebsk 2", "РБ-301Б")
m("Pole-21", "Поле-21", "electronic-warfare-system", "ru", "", "", "Pole 21|Pole-21 GPS jammer|R-340RP", "Р-340РП|комплекс «Поле-21»")
m("Bukovel-AD", "Буковель-АД", "electronic-warfare-system", "ua", "", "", "Bukovel anti-drone system|Bukovel EW system", "комплекс РЭБ «Буковель»",
  "", 'Ukrainian anti-drone EW system; manufacturer (Proximus) not modelled. Bare "Bukovel" is a ski resort; not a label.')
# ---- fixed-wing aircraft ------------------------------------------------------
FA, TA, BA, AA, TR, TRN = "fighter-aircraft", "transport-aircraft", "bomber-aircraft", "attack-aircraft", "transport-aircraft", "trainer-aircraft"
m("Su-27", "Су-27", FA, "su", "sukhoi", "", "Sukhoi Su-27|Su 27|Flanker|Su-27 Flanker|Su-27P|Su-27S", "Су27|Су-27П|Су-27С")
m("Su-27SM", "Су-27СМ", FA, "ru", "sukhoi", "su-27", "Su-27SM3|Su-27 SM", "Су-27СМ3")
m("Su-30", "Су-30", FA, "ru", "sukhoi", "su-27", "Sukhoi Su-30|Su 30|Flanker-C|Su-30MK|Su-30MK2", "Су30|Су-30МК|Су-30МК2")
m("Su-30SM", "Су-30СМ", FA, "ru", "irkut+sukhoi", "su-30", "Su-30 SM|Su-30SME|Flanker-H", "Су-30 СМ|Су-30СМЭ",
  note="Kazakhstan, Armenia and Belarus operate the Su-30SM; built by Irkut.")
m("Su-30SM2", "Су-30СМ2", FA, "ru", "irkut+sukhoi", "su-30sm", "Su-30 SM2|Su-30SM-2", "Су-30 СМ2")
m("Su-30MKI", "Су-30МКИ", FA, "ru", "sukhoi", "su-30", "Su-30 MKI|Flanker-H MKI", "Су-30 МКИ", note="Indian variant, licence-built by HAL.")
m("Su-35", "Су-35", FA, "ru", "sukhoi", "su-27", "Sukhoi Su-35|Su-35S|Su 35|Flanker-E|Su-35SE", "Су-35С|Су35|Су-35СЭ")
m("Su-57", "Су-57", FA, "ru", "sukhoi", "", "Sukhoi Su-57|Su 57|Su-57 Felon|Su-57E|PAK FA|T-50 PAK FA", "Су57|ПАК ФА|Су-57Э|Т-50 ПАК ФА",
  note='NATO name "Felon" is only used together with the type (ordinary word).')
m("Su-25", "Су-25", AA, "su", "sukhoi", "", "Sukhoi Su-25|Su 25|Frogfoot|Su-25 Grach|Su-25UB|Su-25K", "Су-25 «Грач»|Су25|Су-25УБ")
m("Su-25SM", "Су-25СМ", AA, "ru", "sukhoi", "su-25", "Su-25SM3|Su-25 SM", "Су-25СМ3")
m("Su-24", "Су-24", BA, "su", "sukhoi", "", "Sukhoi Su-24|Su 24|Su-24 Fencer|Su-24MR", "Су24|Су-24МР", note="Front-line bomber; category bomber aircraft.")
m("Su-24M", "Су-24М", BA, "su", "sukhoi", "su-24", "Su-24 M|Su-24M2", "Су-24М2")
m("Su-34", "Су-34", BA, "ru", "sukhoi", "", "Sukhoi Su-34|Su 34|Su-34 Fullback|Su-32|Su-34M", "Су34|Су-32|Су-34М", note="Fighter-bomber, filed as bomber aircraft (Russian: фронтовой бомбардировщик).")
m("MiG-29", "МиГ-29", FA, "su", "mikoyan", "", "Mikoyan MiG-29|MiG 29|Mig-29 Fulcrum|MiG-29A|MiG-29S|MiG-29UB", "МиГ29|МиГ-29С|МиГ-29УБ|Миг-29")
m("MiG-29SMT", "МиГ-29СМТ", FA, "ru", "mikoyan", "mig-29", "MiG-29 SMT|MiG-29M2", "МиГ-29 СМТ|МиГ-29М2")
m("MiG-35", "МиГ-35", FA, "ru", "mikoyan", "mig-29", "Mikoyan MiG-35|MiG 35|MiG-35D", "МиГ35|МиГ-35Д")
m("MiG-31", "МиГ-31", FA, "su", "mikoyan", "", "Mikoyan MiG-31|MiG 31|MiG-31 Foxhound|MiG-31BM", "МиГ31|МиГ-31БМ|Миг-31")
m("MiG-31K", "МиГ-31К", FA, "ru", "mikoyan", "mig-31", "MiG-31 K|MiG-31I", "МиГ-31И", note="Kinzhal carrier.")
m("Yak-130", "Як-130", TRN, "ru", "irkut+yakovlev", "", "Yakovlev Yak-130|Yak 130", "Як130")
m("Yak-152", "Як-152", TRN, "ru", "irkut+yakovlev", "", "Yakovlev Yak-152|Yak 152", "Як152")
m("L-39 Albatros", "L-39 «Альбатрос»", TRN, "cz", "aero-vodochody", "", "L-39|Aero L-39|L-39C|L-39 Albatross|L-39ZA", "Л-39|Л-39 «Альбатрос»",
  note="Designed in Czechoslovakia; origin mapped to state:czech-republic.")
m("L-39NG", "L-39NG", TRN, "cz", "aero-vodochody", "l-39-albatros", "L-39 Skyfox|Skyfox|L-39 NG", "Л-39НГ")
m("Tu-95", "Ту-95", BA, "su", "tupolev", "", "Tupolev Tu-95|Tu 95|Tu-95 Bear|Tu-95 Bear bomber", "Ту95|Ту-95 «Медведь»")
m("Tu-95MS", "Ту-95МС", BA, "su", "tupolev", "tu-95", "Tu-95MSM|Tu-95 MS|Bear-H", "Ту-95МСМ|Ту-95 МС")
m("Tu-160", "Ту-160", BA, "su", "tupolev", "", "Tupolev Tu-160|Tu 160|Tu-160 White Swan|Tu-160 Blackjack", "Ту160|Ту-160 «Белый лебедь»")
m("Tu-160M", "Ту-160М", BA, "ru", "tupolev", "tu-160", "Tu-160M2|Tu 160M", "Ту-160М2")
m("Tu-22M3", "Ту-22М3", BA, "su", "tupolev", "", "Tupolev Tu-22M3|Tu-22M|Tu 22M3|Tu-22M3 Backfire|Tu-22M3M", "Ту-22М|Ту22М3|Ту-22М3М")
m("A-50", "А-50", "airborne-early-warning-and-control-aircraft", "su", "ilyushin+vega-radio-engineering-corporation", "",
  "Beriev A-50|A-50U|A-50 Mainstay|A-50 AWACS", "А-50У|Бериев А-50|самолёт А-50")
m("Il-76", "Ил-76", TA, "su", "ilyushin", "", "Ilyushin Il-76|Il 76|IL-76|Il-76 Candid|Il-76MD", "Ил76|Ил-76МД")
m("Il-76MD-90A", "Ил-76МД-90А", TA, "ru", "ilyushin", "il-76", "Il-476|Il-76MD-90", "Ил-476|Ил-76МД-90")
m("An-12", "Ан-12", TA, "su", "antonov-company", "", "Antonov An-12|An 12", "Ан12")
m("An-26", "Ан-26", TA, "su", "antonov-company", "", "Antonov An-26|An 26|An-26 Curl", "Ан26")
m("An-124 Ruslan", "Ан-124 «Руслан»", TA, "su", "antonov-company", "", "An-124|Antonov An-124|An 124|An-124 Condor", "Ан-124|Ан124")
m("An-178", "Ан-178", TA, "ua", "antonov-company", "", "Antonov An-178|An 178", "Ан178")
m("An-225 Mriya", "Ан-225 «Мрия»", TA, "su", "antonov-company", "", "An-225|Antonov An-225|Mriya|An 225", "Ан-225|«Мрия»|Мрия")
m("F-16 Fighting Falcon", "F-16", FA, "us", "lockheed-martin+general-dynamics", "", "F-16|F16|F-16 fighter|F-16V|F-16C|F-16AM|F-16 Block 70",
  "Ф-16|истребитель F-16|F-16 «Файтинг Фалкон»", "",
  'Designed by General Dynamics, now Lockheed Martin. Bare "Viper" is not an alias (AH-1Z Viper).')
m("F-35 Lightning II", "F-35", FA, "us", "lockheed-martin", "", "F-35|F35|F-35A|F-35B|F-35C|Lightning II|Joint Strike Fighter|JSF",
  "Ф-35|истребитель F-35", "")
m("F-15 Eagle", "F-15", FA, "us", "boeing", "", "F-15|F15|F-15E Strike Eagle|F-15EX|Strike Eagle", "Ф-15|истребитель F-15")
m("Mirage 2000", "Мираж 2000", FA, "fr", "dassault-aviation", "", "Dassault Mirage 2000|Mirage 2000-5|Mirage 2000-5F|Mirage-2000", "Mirage 2000|Мираж-2000|Мираж 2000-5")
m("Dassault Rafale", "Rafale", FA, "fr", "dassault-aviation", "", "Rafale|Rafale fighter|Rafale M|Rafale F4", "Рафаль|истребитель Rafale")
m("JAS 39 Gripen", "Грипен", FA, "se", "saab", "", "Gripen|Saab Gripen|JAS-39|Gripen C/D|Gripen E|JAS 39", "JAS 39 «Грипен»|истребитель Gripen|Saab JAS 39")
m("Eurofighter Typhoon", "Еврофайтер «Тайфун»", FA, "de+gb+it", "airbus+bae-systems+leonardo", "", "Eurofighter|Typhoon fighter|EF-2000|Typhoon FGR4",
  "Еврофайтер|истребитель Eurofighter", "",
  'Bare "Typhoon" is not an alias (weather; Kamaz Typhoon). Multinational: countries Germany, UK, Italy (Spain not in the key state list).')
m("KAI T-50 Golden Eagle", "T-50 Golden Eagle", TRN, "kr", "korea-aerospace-industries+lockheed-martin", "", "T-50|T-50 Golden Eagle|KAI T-50|TA-50",
  "Т-50 «Голден Игл»", "",
  'Russian "Т-50" (Cyrillic) is the Su-57 prototype; only the Latin "T-50" belongs here.')
m("FA-50", "FA-50", "fighter-aircraft", "kr", "korea-aerospace-industries", "kai-t-50-golden-eagle", "KAI FA-50|FA-50 Fighting Eagle|FA-50 Block 20|FA50",
  "ФА-50|лёгкий истребитель FA-50", "", "Light combat aircraft; Philippine Air Force variant is FA-50PH.")
m("FA-50PH", "FA-50PH", "fighter-aircraft", "kr", "korea-aerospace-industries", "fa-50", "FA-50 PH|FA-50PH Fighting Eagle", "")
m("A-29 Super Tucano", "A-29 Super Tucano", AA, "br", "embraer", "", "Super Tucano|A-29|EMB 314|Embraer Super Tucano|EMB-314 Super Tucano",
  "Супер Тукано|А-29 «Супер Тукано»", "")
m("C-130 Hercules", "C-130 Hercules", TA, "us", "lockheed-martin", "", "C-130|C130|Hercules transport|C-130H|C-130J Super Hercules|C-130J|Lockheed C-130",
  "С-130 «Геркулес»|самолёт «Геркулес»", "",
  'Russian "С-130" is written here only with the Cyrillic word «Геркулес» to avoid confusion with air-defence "С-" designations.')
m("Airbus C295", "C-295", TA, "fr+de", "airbus", "", "C295|C-295|CASA C-295|C-295M|EADS CASA C-295", "С-295|самолёт C-295", "",
  "Spanish-designed (CASA); Spain is not in the contract key list, so countries are France+Germany (Airbus). Uncertain.")
# ---- helicopters --------------------------------------------------------------
TH, AH = "transport-helicopter", "attack-helicopter"
m("Mi-8", "Ми-8", TH, "su", "mil-moscow-helicopter-plant", "", "Mil Mi-8|Mi 8|Mi-8 Hip|Mi-8T", "Ми8|Ми-8Т")
m("Mi-8MT", "Ми-8МТ", TH, "su", "mil-moscow-helicopter-plant", "mi-8", "Mi-8 MT|Mi-8MTV|Mi-8MTV-5|Hip-H", "Ми-8 МТ|Ми-8МТВ|Ми-8МТВ-5")
m("Mi-8AMTSh", "Ми-8АМТШ", TH, "ru", "mil-moscow-helicopter-plant+ulan-ude-aviation-plant", "mi-8mt", "Mi-8AMTSh Terminator|Mi-8AMTSh-V|Mi-8 Terminator", "Ми-8АМТШ «Терминатор»|Ми-8АМТШ-В")
m("Mi-17", "Ми-17", TH, "su", "mil-moscow-helicopter-plant+kazan-helicopters", "mi-8mt", "Mil Mi-17|Mi 17|Mi-17V-5|Mi-17-1V|Mi-17V5|Mi-171", "Ми17|Ми-17В-5|Ми-17-1В",
  note="Export designation of the Mi-8MT family.")
m("Mi-171Sh", "Ми-171Ш", TH, "ru", "mil-moscow-helicopter-plant+ulan-ude-aviation-plant", "mi-17", "Mi-171Sh Storm|Mi-171E|Mi-171A2", "Ми-171|Ми-171Е|Ми-171А2")
m("Mi-24", "Ми-24", AH, "su", "mil-moscow-helicopter-plant", "", "Mil Mi-24|Mi 24|Mi-24 Hind|Mi-24V|Mi-24P|Mi-24VP", "Ми24|Ми-24В|Ми-24П|Ми-24ВП")
m("Mi-35", "Ми-35", AH, "su", "mil-moscow-helicopter-plant", "mi-24", "Mil Mi-35|Mi 35|Mi-35M|Mi-35P", "Ми35|Ми-35М|Ми-35П")
m("Mi-28", "Ми-28", AH, "ru", "mil-moscow-helicopter-plant", "", "Mil Mi-28|Mi 28|Mi-28N|Mi-28NM|Mi-28 Night Hunter|Mi-28 Havoc", "Ми28|Ми-28Н|Ми-28НМ|Ми-28Н «Ночной охотник»")
m("Mi-26", "Ми-26", TH, "su", "mil-moscow-helicopter-plant", "", "Mil Mi-26|Mi 26|Mi-26T|Mi-26 Halo", "Ми26|Ми-26Т")
m("Ka-52", "Ка-52", AH, "ru", "kamov", "", "Kamov Ka-52|Ka 52|Alligator|Ka-52 Alligator|Ka-52M|Hokum-B", "Ка52|«Аллигатор»|Ка-52М|Ка-52 «Аллигатор»",
  note='"Alligator" kept as alias: in defence news it almost always means the Ka-52.')
m("Ka-27", "Ка-27", TH, "su", "kamov", "", "Kamov Ka-27|Ka-27PL|Ka-29", "Ка-27ПЛ|Ка-29")
m("UH-60 Black Hawk", "UH-60 Black Hawk", TH, "us", "sikorsky+lockheed-martin", "", "Black Hawk|Blackhawk|UH-60|UH-60M|Sikorsky UH-60|Black Hawk helicopter",
  "«Блэк Хок»|Блэк Хок|UH-60 «Блэк Хок»")
m("S-70i Black Hawk", "S-70i Black Hawk", TH, "us", "sikorsky", "uh-60-black-hawk", "S-70i|S-70 Black Hawk|S70i|PZL S-70i",
  "S-70i «Блэк Хок»", "", "Version built by PZL Mielec (Poland) and bought by the Philippine Air Force.")
m("AH-64 Apache", "AH-64 Apache", AH, "us", "boeing", "", "AH-64|AH-64E|Apache Guardian|AH-64D|Apache helicopter", "вертолёт Apache|вертолёт «Апач»")
m("UH-1 Iroquois", "UH-1 Iroquois", TH, "us", "bell-textron", "", "UH-1H|UH-1D|Bell UH-1|UH-1 Huey|Bell 205", "«Ирокез»|UH-1 «Ирокез»")
m("Bell 412", "Bell 412", TH, "us", "bell-textron", "uh-1-iroquois", "Bell 412EPI|Bell-412", "Белл 412|вертолёт Bell 412")
m("AW109", "AW109", TH, "it", "leonardo", "", "AgustaWestland AW109|A109|AW109 Power|Agusta A109|Leonardo AW109", "AW-109|Агуста A109")
m("AW159 Wildcat", "AW159 Wildcat", TH, "gb+it", "leonardo", "", "AW159|Wildcat helicopter|AgustaWestland AW159|Leonardo AW159", "AW-159|вертолёт Wildcat")
m("T129 ATAK", "T129 ATAK", AH, "tr", "turkish-aerospace+leonardo", "", "T129|TAI T129|T-129 ATAK|ATAK helicopter|T129 attack helicopter", "Т-129 ATAK|Т129")
# ---- UAVs & loitering munitions ---------------------------------------------
UC, UR, LM = "unmanned-combat-aerial-vehicle", "reconnaissance-uav", "loitering-munition"
m("Bayraktar TB2", "Байрактар TB2", UC, "tr", "baykar", "", "Bayraktar|TB2|Bayraktar TB-2|Bayraktar TB2 drone", "Байрактар|ТБ2|беспилотник «Байрактар»", "Bayraktar na drone",
  'Bare "Bayraktar"/"Байрактар" is kept for TB2, as news uses it that way; it is also the surname of the Baykar owners.')
m("Bayraktar TB3", "Байрактар TB3", UC, "tr", "baykar", "bayraktar-tb2", "TB3|Bayraktar TB-3", "ТБ3")
m("Bayraktar Akinci", "Байрактар Акынджи", UC, "tr", "baykar", "", "Akinci|Bayraktar Akıncı|Akıncı|Akinci drone", "Акынджи|Акинджи|беспилотник «Акынджи»")
m("TAI Anka", "Анка", UC, "tr", "turkish-aerospace", "", "Anka|Anka-S|TAI Anka-S|Anka drone", "Анка-С|БПЛА Anka")
m("TAI Aksungur", "Аксунгур", UC, "tr", "turkish-aerospace", "", "Aksungur|Aksungur drone", "БПЛА Aksungur")
m("Orlan-10", "Орлан-10", UR, "ru", "special-technology-centre", "", "Orlan 10|Orlan-10 drone|Orlan", "Орлан 10|БПЛА «Орлан-10»",
  note='Bare "Orlan" kept for English news; Russian bare "Орлан" ("sea eagle") is not a label.')
m("Orlan-30", "Орлан-30", UR, "ru", "special-technology-centre", "orlan-10", "Orlan 30", "Орлан 30")
m("Forpost", "БПЛА «Форпост»", UR, "ru", "ural-civil-aviation-plant+israel-aerospace-industries", "", "Forpost UAV|Forpost-R|Forpost drone", "Форпост-Р|беспилотник «Форпост»",
  note="Licence-built IAI Searcher; country of origin given as Russia.")
m("Kronshtadt Orion", "БПЛА «Орион»", UC, "ru", "kronshtadt-group", "", "Orion drone|Inokhodets|Orion UAV|Orion-E", "БПЛА «Иноходец»|Орион-Э",
  note='Bare "Orion"/"Орион" is not a label (constellation, many products).')
m("ZALA Lancet", "Ланцет", LM, "ru", "zala-aero-group", "", "Lancet|Lancet drone|Lancet loitering munition|Lancet-3|Izdeliye 51|Izdeliye 52",
  "Ланцет-3|барражирующий боеприпас «Ланцет»|«Изделие-52»", "",
  'Bare "Lancet" is also a medical journal name; kept because defence news uses it constantly. Russian bare "Ланцет" is the preferred label.')
m("ZALA KUB-BLA", "КУБ-БЛА", LM, "ru", "zala-aero-group", "", "KUB-BLA|Kub-BLA|ZALA KYB|KYB-UAV", "КУБ-БЛА ZALA|«Куб»-БЛА")
m("Shahed-136", "Шахед-136", LM, "ir", "shahed-aviation-industries", "", "Shahed 136|Shahed drone|Shahed|Shahed-136 drone", "Шахед|дрон «Шахед»",
  note='Bare "Shahed" kept for the 136 (the family is also Shahed-129/131/149).')
m("Geran-2", "Герань-2", LM, "ru", "", "shahed-136", "Geran 2|Geran-2 drone|Geranium-2", "Герань 2|«Герань-2»|Герань",
  note='Russian-built Shahed-136 (Alabuga). Russian bare "Герань" ("geranium") is kept because Russian news uses it for the drone; ambiguous.')
m("Shahed-131", "Шахед-131", LM, "ir", "shahed-aviation-industries", "", "Shahed 131|Geran-1", "Герань-1")
m("Mohajer-6", "Мохаджер-6", UC, "ir", "", "", "Mohajer 6|Mohajer-6 drone", "Мохаджир-6")
m("AeroVironment Switchblade", "Switchblade", LM, "us", "aerovironment", "", "Switchblade drone|Switchblade loitering munition|Switchblade 300|Switchblade 600",
  "Свитчблейд|дрон Switchblade", "", 'Bare "Switchblade" is not an alias (knife).')
m("Phoenix Ghost", "Phoenix Ghost", LM, "us", "", "", "Phoenix Ghost drone", "Феникс Гоуст|дрон Phoenix Ghost", "", "Manufacturer (Aevex) not modelled.")
m("IAI Harop", "Хароп", LM, "il", "israel-aerospace-industries", "", "Harop|Harop drone|Harop loitering munition", "БПЛА Harop|дрон-камикадзе Harop")
m("Hermes 900", "Гермес 900", UR, "il", "elbit-systems", "", "Elbit Hermes 900|Hermes-900|Hermes 900 Kochav", "Гермес-900|БПЛА Hermes 900")
m("Hermes 450", "Гермес 450", UR, "il", "elbit-systems", "", "Elbit Hermes 450|Hermes-450", "Гермес-450")
m("Wing Loong", "Вин Лун", UC, "cn", "aviation-industry-corporation-of-china", "", "Wing Loong I|Wing Loong II|Wing Loong drone|Pterodactyl I|GJ-1",
  "Винг Лунг|Вин Лун II|Иньлун")
m("ScanEagle", "ScanEagle", UR, "us", "boeing", "", "Boeing Insitu ScanEagle|Scan Eagle|ScanEagle drone", "Скан Игл|БПЛА ScanEagle")
m("RQ-4 Global Hawk", "Global Hawk", UR, "us", "northrop-grumman", "", "Global Hawk|RQ-4|RQ-4B|MQ-4C Triton", "RQ-4 «Глобал Хок»|«Глобал Хок»")
m("MQ-9 Reaper", "MQ-9 Reaper", UC, "us", "", "", "Reaper drone|MQ-9|MQ-9A|MQ-9B|Predator B|SkyGuardian", "MQ-9 «Рипер»|«Рипер»",
  note="Manufacturer (General Atomics) not modelled.")
# ---- armour -----------------------------------------------------------------
TK, APC, IFV, LAV = "tank", "armoured-personnel-carrier", "infantry-fighting-vehicle", "light-armoured-vehicle"
m("T-55", "Т-55", TK, "su", "", "", "T55|T-55A|T-55AM", "Т55|Т-55АМ")
m("T-62", "Т-62", TK, "su", "uralvagonzavod", "", "T62|T-62M|T-62MV", "Т62|Т-62М|Т-62МВ")
m("T-64", "Т-64", TK, "su", "malyshev-factory+kharkiv-morozov-machine-building-design-bureau", "", "T64|T-64B|T-64BV", "Т64|Т-64Б|Т-64БВ")
m("T-64BM Bulat", "Т-64БМ «Булат»", TK, "ua", "malyshev-factory+kharkiv-morozov-machine-building-design-bureau", "t-64", "T-64BM|T-64BM2|T-64BV mod. 2017|T-64 Bulat",
  "Т-64БМ|Т-64БМ2|Т-64 «Булат»", "", 'Bare "Bulat"/"Булат" is not a label (Central Asian first name).')
m("T-72", "Т-72", TK, "su", "uralvagonzavod", "", "T72|T-72A|T-72M|T-72M1|T-72 tank", "Т72|Т-72А|Т-72М|Т-72М1")
m("T-72B", "Т-72Б", TK, "su", "uralvagonzavod", "t-72", "T-72B1|T-72BA|T-72B obr. 1989", "Т-72Б1|Т-72БА")
m("T-72B3", "Т-72Б3", TK, "ru", "uralvagonzavod", "t-72b", "T-72B3M|T-72B3 mod. 2016|T-72 B3|T-72B3 obr. 2016", "Т-72Б3М|Т-72Б3 обр. 2016|Т-72 Б3")
m("T-80", "Т-80", TK, "su", "omsktransmash", "", "T80|T-80B|T-80U|T-80UD", "Т80|Т-80Б|Т-80У|Т-80УД",
  note="Designed at the Kirov Plant, Leningrad; produced by Omsktransmash (and Kharkiv for T-80UD).")
m("T-80BV", "Т-80БВ", TK, "su", "omsktransmash", "t-80", "T-80 BV", "Т-80 БВ")
m("T-80BVM", "Т-80БВМ", TK, "ru", "omsktransmash", "t-80bv", "T-80 BVM|T-80BVM mod. 2022", "Т-80 БВМ|Т-80БВМ обр. 2022")
m("T-84", "Т-84", TK, "ua", "malyshev-factory+kharkiv-morozov-machine-building-design-bureau", "t-80", "T84|T-84U", "Т84|Т-84У")
m("T-84 Oplot", "Т-84 «Оплот»", TK, "ua", "malyshev-factory+kharkiv-morozov-machine-building-design-bureau", "t-84", "Oplot|T-84 Oplot-M|Oplot-M|Oplot-T|BM Oplot",
  "Оплот-М|БМ «Оплот»|Т-84 Оплот-М|танк «Оплот»",
  note='Russian bare "Оплот" ("bulwark") is not a label; English "Oplot" is.')
m("T-90", "Т-90", TK, "ru", "uralvagonzavod", "t-72b", "T90|T-90A|T-90 Vladimir|T-90 tank", "Т90|Т-90А|Т-90 «Владимир»",
  note="Derived from the T-72B.")
m("T-90S", "Т-90С", TK, "ru", "uralvagonzavod", "t-90", "T-90 S|T-90SK|T-90SM|Bhishma", "Т-90СК|Т-90СМ",
  note="Export variant; Indian name Bhishma.")
m("T-90M Proryv", "Т-90М «Прорыв»", TK, "ru", "uralvagonzavod", "t-90", "T-90M|Proryv|T-90M Breakthrough|Proryv-3", "Т-90М|Прорыв-3")
m("T-14 Armata", "Т-14 «Армата»", TK, "ru", "uralvagonzavod", "", "T-14|Armata|Armata tank|T-14 tank", "Т-14|«Армата»|Армата")
m("Leopard 2", "Leopard 2", TK, "de", "knds", "", "Leopard-2|Leopard 2A4|Leopard 2A6|Leopard 2A7|Leo 2|Leopard 2A5|Strv 122",
  "Леопард 2|Леопард-2|танк Leopard", "", 'Bare "Leopard" is not an alias (animal; Leopard 1).')
m("Leopard 1", "Leopard 1", TK, "de", "knds", "", "Leopard-1|Leopard 1A5|Leopard 1A5DK|Leo 1", "Леопард 1|Леопард-1")
m("M1 Abrams", "M1 Abrams", TK, "us", "general-dynamics", "", "M1A1 Abrams|M1A2 Abrams|M1A1|M1A2|Abrams tank|M1A2 SEPv3",
  "танк Abrams|танк «Абрамс»|М1 «Абрамс»")
m("Challenger 2", "Challenger 2", TK, "gb", "bae-systems", "", "Challenger-2|Challenger 2 tank|Challenger 3", "Челленджер 2|Челленджер-2|танк Challenger")
m("K2 Black Panther", "K2 Black Panther", TK, "kr", "hyundai-rotem", "", "K2 tank|Black Panther tank|K2PL|K2 Black Panther tank", "К2 «Черная пантера»|танк K2")
m("PT-91 Twardy", "PT-91 Twardy", TK, "pl", "", "t-72", "PT-91|Twardy|PT-91M", "РТ-91|ПТ-91 «Твардый»", note="Polish T-72 derivative; manufacturer (Bumar-Łabędy) not modelled.")
m("Sabrah light tank", "Sabrah", TK, "il", "elbit-systems", "", "Sabrah|ASCOD Sabrah|Sabrah tank|Elbit Sabrah", "лёгкий танк Sabrah", "tangkeng Sabrah")
m("BTR-70", "БТР-70", APC, "su", "", "", "BTR 70|BTR70|BTR-70M", "БТР70|БТР-70М", note="Produced by GAZ (not modelled).")
m("BTR-80", "БТР-80", APC, "su", "arzamas-machine-building-plant", "", "BTR 80|BTR80|BTR-80 APC", "БТР80")
m("BTR-80A", "БТР-80А", APC, "ru", "arzamas-machine-building-plant", "btr-80", "BTR 80A|BTR-80 A", "БТР-80 А")
m("BTR-82A", "БТР-82А", APC, "ru", "arzamas-machine-building-plant", "btr-80", "BTR 82A|BTR-82|BTR-82AM|BTR-82 A", "БТР-82|БТР-82АМ|БТР 82А")
m("BTR-3", "БТР-3", APC, "ua", "kharkiv-morozov-machine-building-design-bureau", "btr-80", "BTR 3|BTR-3U|BTR-3 Guardian", "БТР-3У")
m("BTR-3E1", "БТР-3Е1", APC, "ua", "kharkiv-morozov-machine-building-design-bureau", "btr-3", "BTR-3E|BTR 3E1|BTR-3DA", "БТР-3Е|БТР-3ДА")
m("BTR-4", "БТР-4", APC, "ua", "kharkiv-morozov-machine-building-design-bureau", "", "BTR 4|BTR-4 Bucephalus|BTR-4E|BTR-4M|Bucephalus", "БТР-4Е|БТР-4 «Буцефал»|«Буцефал»")
m("MT-LB", "МТ-ЛБ", APC, "su", "kharkiv-tractor-plant", "", "MTLB|MT-LB armoured tractor|MT-LBu", "МТЛБ|МТ-ЛБу|многоцелевой тягач МТ-ЛБ")
m("M113", "M113", APC, "us", "bae-systems", "", "M113 APC|M113A1|M113A2|M113 armoured personnel carrier", "М113|БТР M113")
m("Stryker", "Stryker", APC, "us", "general-dynamics", "", "Stryker APC|M1126 Stryker|Stryker ICV|Stryker armoured vehicle", "Страйкер|БТР Stryker")
m("BMP-1", "БМП-1", IFV, "su", "kurganmashzavod", "", "BMP 1|BMP1|BMP-1P|BMP-1AM", "БМП1|БМП-1П|БМП-1АМ", note="Designed by Chelyabinsk Tractor Plant; Kurganmashzavod main producer.")
m("BMP-2", "БМП-2", IFV, "su", "kurganmashzavod", "", "BMP 2|BMP2|BMP-2M|BMP-2 Berezhok", "БМП2|БМП-2М|БМП-2 «Бережок»")
m("BMP-3", "БМП-3", IFV, "su", "kurganmashzavod", "", "BMP 3|BMP3|BMP-3M|BMP-3F", "БМП3|БМП-3М|БМП-3Ф")
m("BMD-2", "БМД-2", IFV, "su", "", "", "BMD 2|BMD2|BMD-2M", "БМД2|БМД-2М", note="Airborne combat vehicle (VDV).")
m("BMD-4M", "БМД-4М", IFV, "ru", "kurganmashzavod", "", "BMD-4|BMD 4M|BMD-4M Sadovnitsa", "БМД-4|БМД-4М «Садовница»")
m("M2 Bradley", "M2 Bradley", IFV, "us", "bae-systems", "", "Bradley IFV|M2A2 Bradley|M2A2 ODS|Bradley Fighting Vehicle|M2A3",
  "БМП Bradley|БМП «Брэдли»")
m("CV90", "CV90", IFV, "se", "bae-systems", "", "CV 90|CV9040|CV9035|Combat Vehicle 90|Stridsfordon 90", "БМП CV90|СВ90")
m("Marder", "Marder", IFV, "de", "rheinmetall", "", "Marder 1A3|Marder IFV|Schützenpanzer Marder|Marder 1", "БМП Marder|БМП «Мардер»|Мардер")
m("BRDM-2", "БРДМ-2", LAV, "su", "arzamas-machine-building-plant", "", "BRDM 2|BRDM2|BRDM-2M", "БРДМ2|БРДМ-2М")
m("GAZ Tigr", "ГАЗ «Тигр»", LAV, "ru", "military-industrial-company+arzamas-machine-building-plant", "", "Tigr|Tigr-M|GAZ-2330|Tigr armoured car|GAZ-233014",
  "Тигр-М|ГАЗ-2330|бронеавтомобиль «Тигр»|ГАЗ-233014", "",
  'Russian bare "Тигр" ("tiger") is not a label; English "Tigr" is unambiguous.')
m("Kamaz Typhoon", "КамАЗ «Тайфун»", "mine-resistant-ambush-protected-vehicle", "ru", "kamaz", "", "Typhoon-K|KamAZ-63968|Typhoon MRAP|KAMAZ Typhoon-K|KamAZ Typhoon",
  "Тайфун-К|КамАЗ-63968|бронеавтомобиль «Тайфун»", "", 'Bare "Typhoon"/"Тайфун" is not a label (weather, Eurofighter).')
m("Humvee", "Хамви", LAV, "us", "am-general", "", "HMMWV|High Mobility Multipurpose Wheeled Vehicle|M1151", "бронеавтомобиль HMMWV|«Хамви»",
  tl_alt="sasakyang Humvee")
m("MaxxPro", "MaxxPro", "mine-resistant-ambush-protected-vehicle", "us", "", "", "Navistar MaxxPro|International MaxxPro|MaxxPro MRAP", "Макспро|MRAP MaxxPro",
  note="Manufacturer (Navistar Defense) not modelled.")
m("Otokar Cobra", "Otokar Cobra", LAV, "tr", "otokar", "", "Cobra armoured vehicle|Otokar Cobra II", "Отокар Кобра|бронеавтомобиль Cobra",
  note='Bare "Cobra" is not an alias.')
# ---- artillery --------------------------------------------------------------
MLRS, SPH, HOW, MOR = "multiple-rocket-launcher", "self-propelled-howitzer", "howitzer", "mortar"
m("BM-21 Grad", "БМ-21 «Град»", MLRS, "su", "splav+motovilikha-plants", "", "Grad|BM-21|Grad MLRS|Grad rocket launcher|9K51 Grad|Grad rocket",
  "РСЗО «Град»|БМ-21|9К51 «Град»|реактивная система «Град»", "Grad na rocket launcher",
  'AMBIGUOUS: English "Grad" is kept because news writes "Grad rockets", but it also means "graduate" and is a Slavic place-name root. Russian bare "Град" ("hail", "city") is not a label.')
m("Tornado-G", "Торнадо-Г", MLRS, "ru", "splav+motovilikha-plants", "bm-21-grad", "9K51M Tornado-G|Tornado G|BM-21A", "9К51М «Торнадо-Г»|РСЗО «Торнадо-Г»",
  note='Bare "Tornado" is not an alias (weather, Panavia Tornado).')
m("BM-27 Uragan", "БМ-27 «Ураган»", MLRS, "su", "splav", "", "Uragan|BM-27|9K57 Uragan|Uragan MLRS", "РСЗО «Ураган»|БМ-27|9К57 «Ураган»",
  note='Russian bare "Ураган" ("hurricane") is not a label.')
m("BM-30 Smerch", "БМ-30 «Смерч»", MLRS, "su", "splav+motovilikha-plants", "", "Smerch|BM-30|9K58 Smerch|Smerch MLRS", "РСЗО «Смерч»|БМ-30|9К58 «Смерч»",
  note='Russian bare "Смерч" ("waterspout") is not a label.')
m("Tornado-S", "Торнадо-С", MLRS, "ru", "splav+motovilikha-plants", "bm-30-smerch", "9K515 Tornado-S|Tornado S", "9К515 «Торнадо-С»|РСЗО «Торнадо-С»")
m("TOS-1A Solntsepyok", "ТОС-1А «Солнцепёк»", MLRS, "ru", "omsktransmash", "", "TOS-1A|TOS-1|Solntsepyok|Solntsepek|TOS-1 Buratino",
  "ТОС-1А|ТОС-1|тяжёлая огнемётная система «Солнцепёк»|ТОС-1 «Буратино»", "", "Heavy flamethrower system (thermobaric MLRS).")
m("M142 HIMARS", "HIMARS", MLRS, "us", "lockheed-martin", "", "HIMARS|M142|High Mobility Artillery Rocket System|HIMARS launcher",
  "Хаймарс|РСЗО HIMARS|М142|РСЗО «Хаймарс»", "sistemang HIMARS")
m("M270 MLRS", "M270 MLRS", MLRS, "us", "lockheed-martin", "", "M270|M270A1|M270 rocket launcher|MARS II", "М270|РСЗО M270",
  note='The category carries the generic "MLRS"; this model has "M270 MLRS" only.')
m("Polonez", "РСЗО «Полонез»", MLRS, "by", "state-authority-for-military-industry-of-belarus", "", "Polonez MLRS|Polonez-M|Polonaise MLRS", "Полонез-М|ракетный комплекс «Полонез»",
  note='Belarusian MLRS (Azerbaijan operates it). Russian bare "Полонез" (a dance) is not a label.')
m("Vilkha", "РСЗО «Ольха»", MLRS, "ua", "luch-design-bureau", "bm-30-smerch", "Vilkha-M|Vilkha MLRS|Alder MLRS", "Вильха|РСЗО «Вильха»|Вільха",
  note='Russian bare "Ольха" ("alder") is not a label.')
m("Pinaka", "Пинака", MLRS, "in", "defence-research-and-development-organisation", "", "Pinaka MLRS|Pinaka rocket launcher|Pinaka Mk-II", "РСЗО Pinaka|РСЗО «Пинака»")
m("2S19 Msta-S", "2С19 «Мста-С»", SPH, "su", "uralvagonzavod", "", "Msta-S|2S19|Msta|2S19M2|Msta-SM2", "Мста-С|2С19|2С19М2|Мста-СМ2")
m("2S1 Gvozdika", "2С1 «Гвоздика»", SPH, "su", "kharkiv-tractor-plant", "", "Gvozdika|2S1|2S1 Carnation", "2С1|САУ «Гвоздика»",
  note='Russian bare "Гвоздика" ("carnation") is not a label.')
m("2S3 Akatsiya", "2С3 «Акация»", SPH, "su", "uralvagonzavod", "", "Akatsiya|2S3|2S3M|Akatsia", "2С3|2С3М|САУ «Акация»", note='Russian bare "Акация" is not a label.')
m("2S7 Pion", "2С7 «Пион»", SPH, "su", "", "", "2S7|2S7M Malka|2S7M", "2С7|2С7М «Малка»|САУ «Пион»|САУ «Малка»",
  note='Designed by the Kirov Plant (not modelled). Russian bare "Пион" ("peony") is not a label.')
m("2S35 Koalitsiya-SV", "2С35 «Коалиция-СВ»", SPH, "ru", "uralvagonzavod", "", "Koalitsiya-SV|2S35|Koalitsiya", "2С35|Коалиция-СВ")
m("2S4 Tyulpan", "2С4 «Тюльпан»", MOR, "su", "uralvagonzavod", "", "Tyulpan|2S4|2S4 Tulip", "2С4|миномёт «Тюльпан»", note='Russian bare "Тюльпан" is not a label.')
m("D-30", "Д-30", HOW, "su", "", "", "D-30 howitzer|2A18|D-30A|122mm D-30", "2А18|гаубица Д-30|Д-30А", note="Designed by Plant No. 9 (not modelled).")
m("2A65 Msta-B", "2А65 «Мста-Б»", HOW, "su", "motovilikha-plants", "", "Msta-B|2A65", "2А65|Мста-Б")
m("2A36 Giatsint-B", "2А36 «Гиацинт-Б»", HOW, "su", "motovilikha-plants", "", "Giatsint-B|2A36|Hyacinth-B", "2А36|Гиацинт-Б", note="Towed gun, filed under howitzer.")
m("M777", "M777", HOW, "gb", "bae-systems", "", "M777 howitzer|M777A2|M-777|M777 Ultralightweight Field Howitzer|triple seven",
  "М777|гаубица M777|гаубица «Три семёрки»|«три топора»", "howitzer na M777",
  note="Designed by VSEL/BAE Systems in the UK, built in the US; country of origin United Kingdom (often reported as US-made). Uncertain.")
m("M109", "M109", SPH, "us", "bae-systems", "", "M109 Paladin|M109A6|M109A7|M109A3", "М109|САУ M109|САУ «Паладин»")
m("CAESAR self-propelled howitzer", "САУ Caesar", SPH, "fr", "knds", "", "CAESAR howitzer|Caesar Mk II|CAESAR 6x6|CAESAR 8x8|Caesar artillery system",
  "САУ «Цезарь»|гаубица Caesar", "",
  'Bare "Caesar"/"Цезарь" is not a label (names).')
m("PzH 2000", "PzH 2000", SPH, "de", "knds+rheinmetall", "", "Panzerhaubitze 2000|PzH-2000|PzH2000", "САУ PzH 2000|Панцерхаубитце 2000")
m("AS-90", "AS-90", SPH, "gb", "bae-systems", "", "AS90|AS-90 Braveheart", "САУ AS-90|АС-90")
m("Krab", "САУ «Краб»", SPH, "pl", "huta-stalowa-wola", "", "AHS Krab|Krab howitzer|Krab self-propelled howitzer", "САУ Krab|АХС «Краб»")
m("2S22 Bohdana", "2С22 «Богдана»", SPH, "ua", "", "", "2S22|Bohdana howitzer|Bohdana self-propelled howitzer", "2С22|САУ «Богдана»",
  note='Manufacturer (Kramatorsk Heavy Machine Tool Plant) not modelled. Bare "Bohdana"/"Богдана" is also a female first name.')
m("ATMOS 2000", "ATMOS 2000", SPH, "il", "elbit-systems", "", "Autonomous Truck Mounted howitzer System|ATMOS howitzer", "САУ ATMOS")
m("K9 Thunder", "K9 Thunder", SPH, "kr", "hanwha-aerospace", "", "K9 howitzer|K9A1|K9 self-propelled howitzer", "К9 «Тандер»|САУ K9")
m("Archer artillery system", "САУ Archer", SPH, "se", "bae-systems", "", "Archer howitzer|FH77BW L52|Archer self-propelled howitzer", "САУ «Арчер»",
  note='Bare "Archer" is not a label (surname).')
# ---- missiles ---------------------------------------------------------------
BM, CM, ATGM, ASM, HM, ICBM = "ballistic-missile", "cruise-missile", "anti-tank-guided-missile", "anti-ship-missile", "hypersonic-missile", "intercontinental-ballistic-missile"
m("9K720 Iskander", "ОТРК «Искандер»", BM, "ru", "machine-building-design-bureau", "", "Iskander missile system|Iskander missile|SS-26 Stone|SS-26|9K720|Iskander system",
  "9К720 «Искандер»|комплекс «Искандер»|ракета «Искандер»|9К720", "",
  'Bare "Iskander"/"Искандер" is not a label: it is a common Central Asian first name.')
m("Iskander-M", "Искандер-М", BM, "ru", "machine-building-design-bureau", "9k720-iskander", "Iskander M|9M723|Iskander-M missile", "9М723|ОТРК «Искандер-М»")
m("Iskander-E", "Искандер-Э", BM, "ru", "machine-building-design-bureau", "9k720-iskander", "Iskander E|Iskander-E missile", "ОТРК «Искандер-Э»", note="Export variant (Armenia).")
m("Iskander-K", "Искандер-К", CM, "ru", "machine-building-design-bureau", "9k720-iskander", "Iskander K|9M728|9M729|SSC-8|SSC-8 Screwdriver", "9М728|9М729",
  note="Cruise-missile configuration of Iskander.")
m("OTR-21 Tochka", "ОТР-21 «Точка»", BM, "su", "machine-building-design-bureau", "", "Tochka|SS-21 Scarab|SS-21|9K79 Tochka|OTR-21", "9К79 «Точка»|ОТРК «Точка»|ОТР-21",
  note='Russian bare "Точка" ("point") is not a label.')
m("Tochka-U", "Точка-У", BM, "su", "machine-building-design-bureau", "otr-21-tochka", "Tochka U|9K79-1 Tochka-U|Tochka-U missile|SS-21 Scarab B", "9К79-1|ОТРК «Точка-У»")
m("Scud", "Р-17", BM, "su", "", "", "Scud missile|R-17 Elbrus|SS-1 Scud|Scud-B|R-17|9K72 Elbrus", "Р-17 «Эльбрус»|9К72 «Эльбрус»|Скад", note="Designed by the Makeyev bureau (SKB-385).")
m("Kalibr", "3М-54 «Калибр»", CM, "ru", "almaz-antey", "", "3M-54 Kalibr|Kalibr cruise missile|SS-N-27 Sizzler|SS-N-27|3M-14|3M14 Kalibr|Kalibr-NK|Kalibr missile|Club-K|3M-14 Kalibr",
  "ракета «Калибр»|комплекс «Калибр»|3М-14|3М-54|Калибр-НК|КР «Калибр»", "",
  'Russian bare "Калибр" ("calibre") is not a label. Developer Novator (Almaz-Antey).')
m("Kh-101", "Х-101", CM, "ru", "tactical-missiles-corporation", "", "Kh-101 cruise missile|Kh 101|Kh-102|AS-23 Kodiak", "Х101|Х-102|ракета Х-101")
m("Kh-555", "Х-555", CM, "ru", "tactical-missiles-corporation", "kh-55", "Kh 555|Kh-555 cruise missile", "Х555|ракета Х-555")
m("Kh-55", "Х-55", CM, "su", "tactical-missiles-corporation", "", "Kh 55|AS-15 Kent|Kh-55SM|RKV-500", "Х55|Х-55СМ|ракета Х-55")
m("Kh-22", "Х-22", ASM, "su", "tactical-missiles-corporation", "", "Kh 22|AS-4 Kitchen|Kh-32|Kh-22 Burya", "Х22|Х-32|ракета Х-22|Х-22 «Буря»")
m("Kh-59", "Х-59", CM, "su", "tactical-missiles-corporation", "", "Kh 59|Kh-59MK|Kh-59M2|AS-13 Kingbolt|Kh-69", "Х59|Х-59МК|Х-59М2|Х-69")
m("Kinzhal", "Х-47М2 «Кинжал»", HM, "ru", "machine-building-design-bureau", "", "Kh-47M2 Kinzhal|Kh-47M2|Kinzhal hypersonic missile|Kinzhal missile|Dagger missile|AS-24 Killjoy",
  "Х-47М2|гиперзвуковая ракета «Кинжал»|ракета «Кинжал»|комплекс «Кинжал»", "",
  'Air-launched aeroballistic missile derived from Iskander; category hypersonic missile. Russian bare "Кинжал" ("dagger") is not a label.')
m("3M22 Zircon", "3М22 «Циркон»", HM, "ru", "npo-mashinostroyeniya", "", "Zircon|Tsirkon|3M22|SS-N-33|Zirkon|Zircon hypersonic missile", "3М22|ракета «Циркон»|ракета 3М22 «Циркон»",
  note='Russian bare "Циркон" (mineral) is not a label.')
m("P-800 Oniks", "П-800 «Оникс»", ASM, "ru", "npo-mashinostroyeniya", "", "Oniks|Onyx missile|P-800|Yakhont|SS-N-26 Strobile|Bastion-P|K-300P Bastion",
  "П-800|ракета «Оникс»|П-800 «Яхонт»|БРК «Бастион»|К-300П «Бастион-П»|Бастион-П")
m("Oreshnik", "«Орешник»", BM, "ru", "moscow-institute-of-thermal-technology", "", "Oreshnik missile|Oreshnik IRBM|Oreshnik ballistic missile|Hazel missile",
  "ракета «Орешник»|ракетный комплекс «Орешник»|РСМД «Орешник»", "",
  'Intermediate-range ballistic missile (first used 2024). Russian bare "орешник" ("hazel grove") is ambiguous; the preferred label keeps the guillemets.')
m("RS-24 Yars", "РС-24 «Ярс»", ICBM, "ru", "moscow-institute-of-thermal-technology", "", "Yars|RS-24|SS-29|Yars ICBM|Yars-S", "РС-24|«Ярс»|Ярс|ПГРК «Ярс»")
m("RS-28 Sarmat", "РС-28 «Сармат»", ICBM, "ru", "makeyev-rocket-design-bureau", "", "Sarmat|RS-28|Satan II|Satan 2|SS-X-29|Sarmat ICBM", "РС-28|«Сармат»|Сармат|МБР «Сармат»")
m("Topol-M", "Тополь-М", ICBM, "ru", "moscow-institute-of-thermal-technology", "", "RT-2PM2 Topol-M|SS-27 Sickle B|Topol M|SS-27", "РТ-2ПМ2|РТ-2ПМ2 «Тополь-М»")
m("R-30 Bulava", "Р-30 «Булава»", "submarine-launched-ballistic-missile", "ru", "moscow-institute-of-thermal-technology", "", "Bulava|R-30|SS-N-32|RSM-56 Bulava|Bulava missile",
  "Р-30|РСМ-56|ракета «Булава»|МБР «Булава»", "", 'Russian bare "Булава" ("mace") is not a label.')
m("R-360 Neptune", "Р-360 «Нептун»", ASM, "ua", "luch-design-bureau", "", "Neptune missile|RK-360MC Neptune|R-360|Neptune anti-ship missile|Long Neptune|RK-360",
  "Р-360|РК-360МЦ «Нептун»|ПКР «Нептун»|ракета «Нептун»", "",
  'Bare "Neptune"/"Нептун" is not a label (planet, ships).')
m("RGM-84 Harpoon", "ПКР «Гарпун»", ASM, "us", "boeing", "", "Harpoon missile|AGM-84 Harpoon|Harpoon anti-ship missile|RGM-84|Harpoon coastal defence system",
  "ПКР Harpoon|ракета «Гарпун»", "", 'Bare "Harpoon"/"гарпун" is not a label (ordinary word).')
m("BrahMos", "БраМос", ASM, "in", "brahmos-aerospace", "p-800-oniks", "BrahMos missile|BrahMos cruise missile|PJ-10|BrahMos supersonic cruise missile|Brahmos shore-based anti-ship missile system",
  "ракета BrahMos|Брамос|ПКР BrahMos", "misil na BrahMos",
  note="Indo-Russian, derived from P-800 Oniks; country of origin India. Philippines is the first export customer.")
m("Storm Shadow", "Storm Shadow", CM, "gb+fr", "mbda", "", "Storm Shadow missile|SCALP-EG|SCALP|Storm Shadow/SCALP", "Шторм Шэдоу|ракета Storm Shadow|ракета SCALP|ракета «Скальп»",
  note='Bare "SCALP" is kept (used in news); ordinary English word otherwise.')
m("Taurus KEPD 350", "Taurus", CM, "de+se", "mbda+saab", "", "Taurus missile|KEPD 350|Taurus cruise missile|Taurus KEPD-350", "Таурус|ракета Taurus|крылатая ракета «Таурус»",
  note='German-Swedish (Taurus Systems, MBDA Deutschland/Saab). Bare "Taurus" is not an English alias.')
m("BGM-109 Tomahawk", "Томагавк", CM, "us", "raytheon", "", "Tomahawk|Tomahawk missile|Tomahawk cruise missile|BGM-109|TLAM", "крылатая ракета Tomahawk|КР «Томагавк»",
  note='Bare "Tomahawk" kept (axe; usually the missile in defence news).')
m("MGM-140 ATACMS", "ATACMS", BM, "us", "lockheed-martin", "", "ATACMS|Army Tactical Missile System|MGM-140|ATACMS missile", "Атакмс|ракета ATACMS")
m("GMLRS", "GMLRS", "missile", "us", "lockheed-martin", "", "Guided Multiple Launch Rocket System|M30 GMLRS|M31 GMLRS|GMLRS rocket", "ракета GMLRS|ЖМЛРС",
  note="HIMARS/M270 guided rocket; filed under missile.")
m("FGM-148 Javelin", "Джавелин", ATGM, "us", "lockheed-martin+raytheon", "", "Javelin|Javelin missile|FGM-148|Javelin ATGM|Javelin anti-tank missile",
  "ПТРК Javelin|ПТРК «Джавелин»", "misil na Javelin", 'Bare "Javelin" kept (athletics; usually the missile in defence news).')
m("NLAW", "NLAW", ATGM, "se+gb", "saab+thales", "", "Next generation Light Anti-tank Weapon|MBT LAW|RB 57|NLAW anti-tank weapon", "ПТРК NLAW|НЛАВ|гранатомёт NLAW",
  note="Swedish-British (Saab Bofors Dynamics with Thales UK).")
m("9M133 Kornet", "ПТРК «Корнет»", ATGM, "ru", "kbp-instrument-design-bureau", "", "Kornet|Kornet-E|AT-14 Spriggan|AT-14|9K135 Kornet|Kornet-EM|Kornet ATGM",
  "9М133 «Корнет»|Корнет-Э|Корнет-ЭМ|9К135|ПТРК Корнет", "", 'Russian bare "корнет" (military rank, instrument) is not a label.')
m("9M113 Konkurs", "ПТРК «Конкурс»", ATGM, "su", "kbp-instrument-design-bureau", "", "Konkurs|AT-5 Spandrel|AT-5|9K113 Konkurs|Konkurs-M", "9М113|9К113 «Конкурс»|Конкурс-М",
  note='Russian bare "конкурс" ("contest") is not a label.')
m("9K115-2 Metis-M", "ПТРК «Метис-М»", ATGM, "ru", "kbp-instrument-design-bureau", "", "Metis-M|AT-13 Saxhorn-2|Metis-M1", "Метис-М|Метис-М1|9К115-2")
m("Stugna-P", "Стугна-П", ATGM, "ua", "luch-design-bureau", "", "Stugna|Stugna-P ATGM|Skif ATGM|Stugna P|RK-2S", "ПТРК «Стугна-П»|Стугна|ПТРК «Скиф»")
m("BGM-71 TOW", "ПТРК TOW", ATGM, "us", "raytheon", "", "TOW missile|BGM-71|TOW-2|TOW anti-tank missile|TOW 2A", "ПТУР TOW|ТОУ",
  note='Bare "TOW" is not a label (case-folded it is the ordinary word "tow").')
m("Spike missile", "ПТРК «Спайк»", ATGM, "il", "rafael-advanced-defense-systems", "", "Spike ATGM|Spike-LR|Spike LR2|Spike NLOS|Spike-ER|Spike anti-tank missile",
  "ПТРК Spike|Спайк-LR", "", 'Bare "Spike" is not an alias (ordinary word).')
m("AIM-120 AMRAAM", "AIM-120 AMRAAM", "air-to-air-missile", "us", "raytheon", "", "AMRAAM|AIM-120|AIM-120C|AIM-120D|AMRAAM-ER", "ракета AMRAAM|АМРААМ|ракета AIM-120")
m("AIM-9 Sidewinder", "AIM-9 Sidewinder", "air-to-air-missile", "us", "raytheon", "", "Sidewinder|AIM-9X|AIM-9|AIM-9M", "ракета Sidewinder|«Сайдуиндер»")
m("R-77", "Р-77", "air-to-air-missile", "ru", "tactical-missiles-corporation", "", "R-77-1|AA-12 Adder|RVV-AE|RVV-SD", "Р-77-1|РВВ-АЕ|РВВ-СД")
m("R-37M", "Р-37М", "air-to-air-missile", "ru", "tactical-missiles-corporation", "", "R-37|AA-13 Axehead|RVV-BD|K-37M", "РВВ-БД|Р-37")
# ---- small arms -------------------------------------------------------------
AR, MG, SR, GL = "assault-rifle", "machine-gun", "sniper-rifle", "grenade-launcher"
m("AK-47", "АК-47", AR, "su", "kalashnikov-concern", "", "AK47|AK 47|Kalashnikov rifle|Kalashnikov assault rifle|AK rifle", "АК47|автомат Калашникова|АК",
  tl_alt="riple na AK-47", note='"АК" (Cyrillic) is kept as the generic Kalashnikov alias; "AK" (Latin) is not (too short, many meanings).')
m("AKM", "АКМ", AR, "su", "kalashnikov-concern", "ak-47", "AKM rifle|AKMS|AKM assault rifle", "АКМС|автомат АКМ")
m("AK-74", "АК-74", AR, "su", "kalashnikov-concern", "ak-47", "AK74|AK 74|AKS-74|AKS-74U|AK-74N", "АК74|АКС-74|АКС-74У|АК-74Н")
m("AK-74M", "АК-74М", AR, "ru", "kalashnikov-concern", "ak-74", "AK74M|AK-74 M", "АК74М")
m("AK-12", "АК-12", AR, "ru", "kalashnikov-concern", "ak-74", "AK12|AK 12|AK-15|AK-12K", "АК12|АК-15|АК-12К")
m("PK machine gun", "пулемёт Калашникова", MG, "su", "kalashnikov-concern+degtyarev-plant", "", "Pulemyot Kalashnikova|PKP Pecheneg|Pecheneg machine gun|PKT",
  "ПКП «Печенег»|ПКТ|пулемёт ПК", "", 'Bare "PK"/"ПК" is not a label (too short; "personal computer" in Russian).')
m("PKM", "ПКМ", MG, "su", "kalashnikov-concern+degtyarev-plant", "pk-machine-gun", "PKM machine gun|PKMS|PKM general-purpose machine gun", "пулемёт ПКМ|ПКМС")
m("NSV machine gun", "НСВ «Утёс»", MG, "su", "", "", "NSV|NSV Utyos|Utyos|NSV-12.7|Kord machine gun|Kord", "НСВ|НСВ-12,7|НСВ «Утёс»|пулемёт «Корд»",
  note="Kord (Degtyarev) is the Russian successor; kept as alias.")
m("Dragunov SVD", "СВД", SR, "su", "kalashnikov-concern", "", "SVD|Dragunov sniper rifle|Dragunov rifle|SVD Dragunov|SVDS", "снайперская винтовка Драгунова|СВДС|винтовка Драгунова")
m("M4 carbine", "карабин M4", AR, "us", "colt-s-manufacturing-company", "m16-rifle", "M4A1|M4 rifle|Colt M4|M4 assault rifle", "автомат M4", "riple na M4",
  note='Bare "M4" is not an alias (UK motorway, cars).')
m("M16 rifle", "M16", AR, "us", "colt-s-manufacturing-company", "", "M16|M16A1|M16A2|M16A4|Colt M16", "винтовка M16|М16", "riple na M16")
m("M2 Browning", "M2 Browning", MG, "us", "", "", "M2HB|Browning M2|Ma Deuce|.50 caliber machine gun|M2 machine gun", "пулемёт Browning M2|пулемёт M2",
  note="Produced by several companies; manufacturer not modelled.")
m("RPG-7", "РПГ-7", GL, "su", "bazalt", "", "RPG 7|RPG7|RPG-7V|RPG-7V2", "РПГ7|РПГ-7В|РПГ-7В2")
m("Carl Gustaf", "Carl Gustaf", GL, "se", "saab", "", "Carl Gustav|Carl-Gustaf|M3 Carl Gustaf|M4 Carl Gustaf|Carl Gustaf recoilless rifle|M3 MAAWS",
  "Карл Густав|«Карл Густав»|гранатомёт Carl Gustaf")
m("AT4", "AT4", GL, "se", "saab", "", "AT-4|M136 AT4|AT4 anti-tank weapon|AT4CS", "гранатомёт AT4|АТ4", note='"AT4" is also a common type code; kept.')
m("Panzerfaust 3", "Panzerfaust 3", GL, "de", "", "", "Pzf 3|Panzerfaust-3|Panzerfaust", "Панцерфауст-3|Панцерфауст", note="Manufacturer (Dynamit Nobel Defence) not modelled.")
# ---- ships ------------------------------------------------------------------
FR, CV, PV, SUB = "frigate", "corvette", "patrol-vessel", "submarine"
m("Admiral Grigorovich-class frigate", "фрегат проекта 11356", FR, "ru", "yantar-shipyard", "", "Admiral Grigorovich class|Project 11356|Project 11356R|Admiral Grigorovich-class|Krivak V",
  "проект 11356|проект 11356Р|фрегат типа «Адмирал Григорович»|фрегат проекта 11356Р", "",
  'Class entity; the lead ship "Admiral Grigorovich" alone is not an alias (the admiral himself, the ship).')
m("Admiral Gorshkov-class frigate", "фрегат проекта 22350", FR, "ru", "severnaya-verf", "", "Admiral Gorshkov class|Project 22350|Admiral Gorshkov-class|Project 22350M",
  "проект 22350|фрегат типа «Адмирал Горшков»|фрегат проекта 22350|проект 22350М")
m("Gepard-class frigate", "фрегат проекта 11661", FR, "ru", "zelenodolsk-shipyard", "", "Gepard class|Project 11661|Project 11661K|Gepard-class|Gepard 3.9|Tatarstan-class",
  "проект 11661|проект 11661К|фрегат типа «Гепард»|сторожевой корабль проекта 11661", "",
  "Caspian Flotilla (Tatarstan, Dagestan) and Vietnam (Gepard 3.9).")
m("Krivak-class frigate", "сторожевой корабль проекта 1135", FR, "su", "yantar-shipyard+zelenodolsk-shipyard", "", "Krivak class|Project 1135|Burevestnik class|Krivak-class|Krivak III",
  "проект 1135|проект 1135.1|СКР проекта 1135", "", "Includes Ukraine's former flagship Hetman Sahaidachny (Krivak III).")
m("Buyan-M-class corvette", "малый ракетный корабль проекта 21631", CV, "ru", "zelenodolsk-shipyard", "", "Buyan-M class|Project 21631|Buyan-M|Buyan M corvette|Buyan-M-class",
  "проект 21631|«Буян-М»|Буян-М|МРК проекта 21631", "", "Kalibr carriers in the Caspian and Black Sea.")
m("Karakurt-class corvette", "малый ракетный корабль проекта 22800", CV, "ru", "pella-shipyard+zelenodolsk-shipyard", "", "Karakurt class|Project 22800|Karakurt|Karakurt-class",
  "проект 22800|«Каракурт»|МРК проекта 22800", "", 'Russian bare "каракурт" (spider) is not a label.')
m("Steregushchiy-class corvette", "корвет проекта 20380", CV, "ru", "severnaya-verf", "", "Steregushchiy class|Project 20380|Project 20385|Steregushchy-class|Steregushchiy",
  "проект 20380|проект 20385|корвет типа «Стерегущий»")
m("Bykov-class patrol ship", "патрульный корабль проекта 22160", PV, "ru", "zelenodolsk-shipyard", "", "Project 22160|Vasily Bykov class|Bykov class|Vasily Bykov-class",
  "проект 22160|корабль типа «Василий Быков»|патрульный корабль проекта 22160")
m("Slava-class cruiser", "ракетный крейсер проекта 1164", "cruiser", "su", "", "", "Slava class|Project 1164|Atlant class|Slava-class",
  "проект 1164|крейсер типа «Слава»|проект 1164 «Атлант»", "", "Includes the sunk Moskva (2022). Builder: Mykolaiv 61 Kommunar shipyard (not modelled).")
m("Ropucha-class landing ship", "большой десантный корабль проекта 775", "landing-ship", "su", "", "", "Ropucha class|Project 775|Ropucha-class|Ropucha",
  "проект 775|БДК проекта 775", "", "Built in Poland (Gdańsk) for the Soviet Navy; builder not modelled.")
m("Kilo-class submarine", "подводная лодка проекта 877", SUB, "su", "admiralty-shipyards", "", "Kilo class|Project 877|Kilo-class|Paltus class|Project 877 Paltus",
  "проект 877|подлодка типа «Палтус»|ДЭПЛ проекта 877")
m("Improved Kilo-class submarine", "подводная лодка проекта 636.3", SUB, "ru", "admiralty-shipyards", "kilo-class-submarine", "Project 636|Project 636.3|Varshavyanka|Varshavyanka class|Improved Kilo",
  "проект 636|проект 636.3|«Варшавянка»|ДЭПЛ проекта 636.3")
m("Borei-class submarine", "атомный подводный крейсер проекта 955", SUB, "ru", "", "", "Borei class|Borey class|Project 955|Project 955A|Borei-A|Borei",
  "проект 955|проект 955А|«Борей»|Борей-А|РПКСН проекта 955", "", "Bulava carrier; builder Sevmash (not modelled).")
m("José Rizal-class frigate", "фрегат типа «Хосе Рисаль»", FR, "kr", "hd-hyundai-heavy-industries", "", "Jose Rizal class|Jose Rizal-class frigate|BRP Jose Rizal|BRP Antonio Luna|HDF-2600",
  "фрегат BRP Jose Rizal|фрегат «Хосе Рисаль»", "klase ng Jose Rizal|barkong BRP Jose Rizal|frigate na BRP Jose Rizal",
  "Philippine Navy frigates (FF-150 BRP Jose Rizal, FF-151 BRP Antonio Luna).")
m("Miguel Malvar-class frigate", "фрегат типа «Мигель Мальвар»", FR, "kr", "hd-hyundai-heavy-industries", "", "Miguel Malvar class|BRP Miguel Malvar|BRP Diego Silang|HDC-3100",
  "фрегат BRP Miguel Malvar", "klase ng Miguel Malvar|barkong BRP Miguel Malvar", "Philippine Navy (HDC-3100 design), delivered from 2025; named corvette in some reports.")
m("Gregorio del Pilar-class frigate", "фрегат типа «Грегорио дель Пилар»", PV, "us", "", "", "Gregorio del Pilar class|BRP Gregorio del Pilar|Hamilton-class cutter|BRP Ramon Alcaraz|BRP Andres Bonifacio",
  "бывший катер береговой охраны США типа «Гамильтон»", "klase ng Gregorio del Pilar|barkong BRP Gregorio del Pilar",
  "Ex-US Coast Guard Hamilton-class cutters; category patrol vessel (classed as offshore patrol vessels since 2016). Builder Avondale (not modelled).")
m("Acero-class patrol gunboat", "патрульный катер типа «Асеро»", PV, "il", "israel-shipyards", "", "Acero class|Shaldag Mk V|Shaldag Mark V|BRP Nestor Acero|Shaldag patrol boat",
  "катер Shaldag Mk V", "klase ng Acero|patrol gunboat na Acero", "Philippine Navy fast attack interdiction craft.")
m("Teresa Magbanua-class patrol vessel", "патрульный корабль типа «Тереса Магбануа»", PV, "jp", "mitsubishi-heavy-industries", "", "Teresa Magbanua class|BRP Teresa Magbanua|BRP Melchora Aquino|97-metre multi-role response vessel",
  "корабль береговой охраны BRP Teresa Magbanua", "klase ng Teresa Magbanua|barkong BRP Teresa Magbanua", "Philippine Coast Guard, Japanese-built.")
m("Parola-class patrol vessel", "патрульное судно типа «Парола»", PV, "jp", "", "", "Parola class|44-metre multi-role response vessel|MRRV Parola|BRP Tubbataha",
  "судно береговой охраны типа «Парола»", "klase ng Parola|barkong Parola", "Philippine Coast Guard; builder Japan Marine United (not modelled).")
# ---- ammunition & bombs -----------------------------------------------------
SH, AB = "artillery-shell", "aerial-bomb"
m("Krasnopol", "Краснополь", SH, "ru", "kbp-instrument-design-bureau", "", "Krasnopol-M|Krasnopol guided shell|Krasnopol shell|2K25 Krasnopol|Krasnopol-M2",
  "Краснополь-М|2К25|снаряд «Краснополь»|Краснополь-М2")
m("M982 Excalibur", "Excalibur", SH, "us", "raytheon+bae-systems", "", "Excalibur|Excalibur shell|M982|Excalibur guided shell|M982A1", "снаряд Excalibur|Экскалибур",
  note='Bare "Excalibur" kept (legend); usually the shell in defence news.')
m("FAB-500", "ФАБ-500", AB, "su", "", "", "FAB 500|FAB-500M62|FAB-500 with UMPK|FAB-1500|FAB-3000", "ФАБ500|ФАБ-500М62|ФАБ-1500|ФАБ-3000",
  note="Unguided bomb family, now used with UMPK glide kits.")
m("UMPK", "УМПК", AB, "ru", "", "", "UMPK glide kit|unified planning and correction module|UMPK kit", "универсальный модуль планирования и коррекции|модуль УМПК",
  note="Glide-and-correction kit fitted to FAB bombs; filed under aerial bomb.")
m("JDAM", "JDAM", AB, "us", "boeing", "", "Joint Direct Attack Munition|JDAM-ER|GBU-31|GBU-38|JDAM kit", "ДЖДАМ|бомба JDAM|бомба JDAM-ER")
m("GBU-39 Small Diameter Bomb", "GBU-39 SDB", AB, "us", "boeing", "", "GBU-39|Small Diameter Bomb|GLSDB|Ground-Launched Small Diameter Bomb", "бомба GBU-39|бомба GLSDB")
m("AASM Hammer", "AASM Hammer", AB, "fr", "", "", "AASM|Highly Agile Modular Munition Extended Range|Hammer guided bomb", "бомба AASM|бомба HAMMER",
  note="Manufacturer (Safran) not modelled.")
# ---- space --------------------------------------------------------------------
m("Starlink", "Старлинк", "satellite", "us", "spacex", "", "Starlink terminal|Starlink satellite|Starlink system|Starlink internet|Starshield",
  "терминал Starlink|терминал Старлинк|система Starlink", "satellite na Starlink",
  note="Satellite constellation; news usually means the user terminals.")
m("GLONASS", "ГЛОНАСС", "satellite", "ru", "", "", "GLONASS system|Russian Global Navigation Satellite System|GLONASS satellite", "спутник ГЛОНАСС|система ГЛОНАСС",
  note="Satellite navigation system; operator Roscosmos (not modelled).")

# --------------------------------------------------------------------------
UKUS = [("defence", "defense"), ("armoured", "armored"), ("armour", "armor"), ("mechanised", "mechanized"),
        ("centre", "center"), ("theatre", "theater"), ("metre", "meter")]


def auto_variants(label, lang):
    out = []
    if lang == "ru" and ("ё" in label or "Ё" in label):
        out.append(label.replace("ё", "е").replace("Ё", "Е"))
    if lang == "en":
        v = label
        for uk, us in UKUS:
            v = v.replace(uk, us)
        if v != label:
            out.append(v)
    return out


def esc(s):
    return s.replace("\\", "\\\\").replace('"', '\\"')


class Entity:
    def __init__(self, kind, slug_, typ, pref, note=None):
        self.kind, self.slug, self.typ, self.pref, self.note = kind, slug_, typ, pref, note
        self.alt = []   # (text, lang)
        self.props = []  # (predicate, object-text)

    @property
    def qname(self):
        return f"{self.kind}:{self.slug}"


def build():
    ents = []
    # categories
    for en, broader, tl, ru, a_en, a_tl, a_ru, note in CATEGORIES:
        e = Entity("equipment", slug(en), "ng:EquipmentCategory", {"en": en, "tl": tl, "ru": ru}, note)
        for lang, al in (("en", a_en), ("tl", a_tl), ("ru", a_ru)):
            e.alt += [(a, lang) for a in split(al)]
        if broader:
            e.props.append(("skos:broader", f"equipment:{broader}"))
        ents.append(e)
    # companies
    for en, ru, a_en, a_ru, note in COMPANIES:
        e = Entity("organization", slug(en), "ng:Company", {"en": en, "tl": en, "ru": ru}, note)
        e.alt += [(a, "en") for a in split(a_en)] + [(a, "ru") for a in split(a_ru)]
        ents.append(e)
    # models
    for en, ru, cat, cc, mfr, var, a_en, a_ru, a_tl, note in M:
        e = Entity("equipment", slug(en), "ng:EquipmentModel", {"en": en, "tl": en, "ru": ru}, note)
        e.alt += [(a, "en") for a in split(a_en)] + [(a, "ru") for a in split(a_ru)] + [(a, "tl") for a in split(a_tl)]
        e.props.append(("ng:category", f"equipment:{cat}"))
        if var:
            e.props.append(("ng:variantOf", f"equipment:{var}"))
        for c in cc.split("+"):
            e.props.append(("ng:countryOfOrigin", f"state:{CC[c]}"))
        for mf in filter(None, mfr.split("+")):
            e.props.append(("ng:manufacturer", f"organization:{mf}"))
        ents.append(e)
    # automatic spelling twins
    for e in ents:
        extra = []
        for lang, p in e.pref.items():
            extra += [(v, lang) for v in auto_variants(p, lang)]
        for a, lang in e.alt:
            extra += [(v, lang) for v in auto_variants(a, lang)]
        e.alt += extra
    # within an entity: drop alias equal (case-folded) to a prefLabel of the same
    # language or to an earlier alias; an alias may repeat another language's prefLabel
    for e in ents:
        seen, out = set(), []
        for a, lang in e.alt:
            k = a.casefold()
            if k in seen or k == e.pref[lang].casefold():
                continue
            seen.add(k)
            out.append((a, lang))
        e.alt = out
    return ents


def check(ents):
    errs = []
    ids = {}
    for e in ents:
        if e.qname in ids:
            errs.append(f"duplicate id {e.qname}")
        ids[e.qname] = e
    # references
    for e in ents:
        for p, o in e.props:
            if o.split(":")[0] in ("equipment", "organization") and o not in ids:
                errs.append(f"{e.qname}: {p} -> unknown {o}")
            if p == "ng:category" and ids.get(o) and ids[o].typ != "ng:EquipmentCategory":
                errs.append(f"{e.qname}: category {o} is not a category")
            if p == "ng:variantOf" and ids.get(o) and ids[o].typ != "ng:EquipmentModel":
                errs.append(f"{e.qname}: variantOf {o} is not a model")
    # slug of en prefLabel
    for e in ents:
        if slug(e.pref["en"]) != e.slug:
            errs.append(f"{e.qname}: slug does not match en prefLabel")
    # alias uniqueness across entities (case-folded), also against other entities' prefLabels
    owner = {}
    for e in ents:
        keys = {p.casefold() for p in e.pref.values()} | {a.casefold() for a, _ in e.alt}
        for k in keys:
            if k in owner and owner[k] != e.qname:
                errs.append(f"label '{k}' used by {owner[k]} and {e.qname}")
            owner.setdefault(k, e.qname)
    # alias appears once in the whole file
    cnt = {}
    for e in ents:
        for a, _ in e.alt:
            cnt[a.casefold()] = cnt.get(a.casefold(), 0) + 1
    errs += [f"alias repeated: {k}" for k, n in cnt.items() if n > 1]
    # mixed-script tokens (e.g. Latin T inside a Cyrillic designation)
    for e in ents:
        for text, lang in list(((p, l) for l, p in e.pref.items())) + e.alt:
            for tok in re.split(r"[\s«»\"“”„()/,-]+", text):
                lat = re.search(r"[A-Za-z]", tok)
                cyr = re.search(r"[\u0400-\u04FF]", tok)
                if lat and cyr:
                    errs.append(f"{e.qname}: mixed-script token '{tok}' in '{text}'@{lang}")
            if lang in ("en", "tl") and re.search(r"[\u0400-\u04FF]", text):
                errs.append(f"{e.qname}: Cyrillic in @{lang} label '{text}'")
    # taxonomy acyclic & rooted
    for e in ents:
        if e.typ != "ng:EquipmentCategory":
            continue
        seen, cur = set(), e
        while True:
            b = [o for p, o in cur.props if p == "skos:broader"]
            if not b:
                break
            if b[0] in seen:
                errs.append(f"cycle at {e.qname}")
                break
            seen.add(b[0])
            cur = ids[b[0]]
        if cur.slug != "military-equipment":
            errs.append(f"{e.qname} not under military-equipment")
    # variantOf acyclic
    for e in ents:
        seen, cur = set(), e
        while True:
            v = [o for p, o in cur.props if p == "ng:variantOf"]
            if not v:
                break
            if v[0] in seen or v[0] == e.qname:
                errs.append(f"variant cycle at {e.qname}")
                break
            seen.add(v[0])
            cur = ids[v[0]]
    return errs


HEADER = """\
# NewsGraph reference data: military equipment categories, models/variants and manufacturers.
# Graph: <https://w3id.org/newsgraph/graph/reference>
#
# GENERATED by ontology/reference/generate/equipment.py -- edit the tables there and regenerate.
#
# Shape (see the NewsGraph data contract):
#   equipment:<slug> a ng:EquipmentCategory ; skos:broader equipment:<parent> .      taxonomy rooted at equipment:military-equipment
#   equipment:<slug> a ng:EquipmentModel ; ng:category <most specific category> ;
#       ng:variantOf <parent model> ; ng:manufacturer organization:<slug> ; ng:countryOfOrigin state:<slug> .
#   organization:<slug> a ng:Company .  (labels and aliases only)
#   Every entity has exactly one skos:prefLabel per language en, tl, ru. For models and companies the Tagalog
#   preferred label is the Latin name, as Tagalog news writes it.
#   skos:altLabel = names used in news: @en Latin-script spellings, designations and NATO reporting names,
#   @ru Cyrillic names and designations (С-300, Су-30СМ, БТР-82А), @tl Tagalog (machine-translated) phrasing.
#   No alias occurs twice in this file (case-folded) and no alias equals another entity's label.
#   Ordinary words and personal names are avoided as bare labels (Tor, Osa, Игла, Точка, Калибр, Patriot, Spike,
#   Typhoon, Tornado, Caesar, Abrams, Iskander, Оплот): Russian names that are ordinary words appear only with a
#   qualifier in guillemets (ЗРК «Бук», ПЗРК «Игла», БМ-21 «Град»). Where a bare name is kept although ambiguous
#   (Grad, Bayraktar/Байрактар, Lancet, Shahed, Alligator, Akash, Tomahawk, Javelin, Герань), a "# NOTE" says so.
#   "tank" (category) is ambiguous in English ("think tank"): matchers must prefer the longest match.
#   ng:manufacturer names the designer/prime contractor (several where shared); soviet designs have
#   ng:countryOfOrigin state:soviet-union, later Russian or Ukrainian variants state:russia / state:ukraine.
#   state:norway and state:brazil are used for NASAMS and the Super Tucano; they follow the contract slug rule but
#   are not in the contract's key-slug list.
#
# Wikidata ids: none are given. wikidata.org was not reachable and no id was verified, so skos:exactMatch
# is omitted everywhere (the contract allows omission).
"""


def ttl_list(vals):
    return " , ".join(vals)


def render(ents):
    out = [HEADER, "@prefix ng:           <https://w3id.org/newsgraph/ontology#> .",
           "@prefix skos:         <http://www.w3.org/2004/02/skos/core#> .",
           "@prefix equipment:    <https://w3id.org/newsgraph/id/equipment/> .",
           "@prefix organization: <https://w3id.org/newsgraph/id/organization/> .",
           "@prefix state:        <https://w3id.org/newsgraph/id/state/> .", ""]
    sections = [("Equipment categories (taxonomy via skos:broader)", "ng:EquipmentCategory"),
                ("Companies (manufacturers)", "ng:Company"),
                ("Equipment models and variants", "ng:EquipmentModel")]
    for title, typ in sections:
        out.append("#" * 100)
        out.append(f"# {title}")
        out.append("#" * 100)
        out.append("")
        for e in (x for x in ents if x.typ == typ):
            if e.note:
                out.append(f"# NOTE: {e.note}")
            lines = [f"{e.qname} a {e.typ}"]
            lines.append("skos:prefLabel " + ttl_list(f'"{esc(e.pref[l])}"@{l}' for l in ("en", "tl", "ru")))
            for lang in ("en", "tl", "ru"):
                al = [a for a, l in e.alt if l == lang]
                if al:
                    lines.append("skos:altLabel " + ttl_list(f'"{esc(a)}"@{lang}' for a in al))
            for pred in ("skos:broader", "ng:category", "ng:variantOf", "ng:manufacturer", "ng:countryOfOrigin"):
                objs = [o for p, o in e.props if p == pred]
                if objs:
                    lines.append(f"{pred} " + ttl_list(objs))
            out.append(lines[0] + " ;")
            for i, ln in enumerate(lines[1:], 1):
                end = " ." if i == len(lines) - 1 else " ;"
                if len(ln) + 4 <= 120:
                    out.append("    " + ln + end)
                    continue
                # long object lists: one object per continuation line
                pred, objs = ln.split(" ", 1)
                items = objs.split(" , ")
                out.append(f"    {pred} {items[0]} ,")
                for j, it in enumerate(items[1:], 1):
                    out.append(" " * (5 + len(pred)) + it + (end if j == len(items) - 1 else " ,"))
            out.append("")
    return "\n".join(out)


def main():
    ents = build()
    errs = check(ents)
    for e in errs:
        print("ERROR:", e, file=sys.stderr)
    cats = sum(e.typ == "ng:EquipmentCategory" for e in ents)
    models = [e for e in ents if e.typ == "ng:EquipmentModel"]
    variants = sum(any(p == "ng:variantOf" for p, _ in e.props) for e in models)
    comps = sum(e.typ == "ng:Company" for e in ents)
    used = {o for e in models for p, o in e.props if p == "ng:manufacturer"}
    unused = [e.qname for e in ents if e.typ == "ng:Company" and e.qname not in used]
    print(f"categories={cats} models={len(models)} (variants={variants}, base={len(models) - variants}) companies={comps} "
          f"aliases={sum(len(e.alt) for e in ents)}", file=sys.stderr)
    if unused:
        print("companies not used as manufacturer:", ", ".join(unused), file=sys.stderr)
    if errs:
        sys.exit(1)
    if "--check" not in sys.argv:
        with open(OUT, "w", encoding="utf-8") as f:
            f.write(render(ents))
        print("wrote", OUT, file=sys.stderr)


if __name__ == "__main__":
    main()
