# NewsGraph trigger lexicon: English.
# Format (see ontology/README.md, "Trigger lexicons"): a section header in brackets, then one phrase per line.
# Phrases are matched on word pieces with case and diacritics folded (and stemmed where the language profile
# names a stemmer), so "member of" also matches "Member of"; list inflected forms that stemming does not cover.
#
#   [<fact kind> <frame> <flags>]   trigger phrases for a fact kind of GUIDELINES.md
#        frame: S<T>O  first argument left of the phrase, second right      (S = member, partner, participant,
#               O<T>S  second argument left, first right                     supplier, a, dependent, person,
#               T>S>O  both right, first argument first                      speaker; O = organization,
#               T>O>S  both right, second argument first                     programme, recipient, b, provider,
#               S<T    the only argument (speaker) left                      place)
#               T>S    the only argument right
#        flags: arms      the sentence must name equipment or an arms word ([arms])
#               fallback  an argument not found on its side is looked for on the other side
#   [role <Role> <of>]             role words; <of> = state (the position is of a state) or org (of an organisation)
#   [former] [personMarker] [pronoun] [conjunction] [comparison] [orgNoun] [orgHead] [arms] [affiliation]
#   [notRole] (phrases holding a role word that are not that role: "vice president"), [firstName] (given names:
#   "Firstname Surname" is a person wherever it stands), [notName] (capitalised words that never start a name)

[memberOf S<T>O fallback]
member of
members of
member state of
member states of
membership in
membership of
joined
has joined
acceded to
belongs to

[memberOf S<T>O]
plays a leading role in
plays the leading role in
plays a key role in
plays a dominant role in
has a leading role in

[memberOf O<S<T]
plays a leading role
plays the leading role
plays a key role
plays a dominant role
has a leading role

[partnerOf S<T>O fallback]
partner
partners
partner of
partner country
partner country of

[participatesIn S<T>O]
involved in
is involved in
participates in
participated in
participating in
takes part in
took part in
taking part in
joined
member of
participant in
participants in

[cooperatesWith S<T>O]
cooperation with
co-operation with
cooperate with
cooperates with
cooperated with
cooperating with
collaboration with
work with
working with
worked with
partnership with
relationship with
relations with
ties with
military-technical cooperation with
defence cooperation with
defense cooperation with
agreement with
signed an agreement with
joint exercises with
joint exercise with

[cooperatesWith T>S>O]
cooperation between
co-operation between
ties between
partnership between

[competesWith S<T>O]
competitor of
competitors of
competes with
compete with
competing with
competition with
rival of
rivals of
competitor to
main competitor of
main competitors of

[competesWith O<T>S]
competition from
competing against

[armsTransfer S<T>O arms]
supplied
supplies
supply
supplying
will supply
delivered
delivers
deliver
delivering
sold
sells
sell
selling
provided
provides
provide
transferred
transfers
handed over
exported
exports
exported to
give
gave
gives
will give
shipped
ships
donated
donates
modernised for
modernized for
repaired for
arms supplier to
supplier of
supplier to

[armsTransfer O<T>S arms]
bought
buys
buy
purchased
purchases
purchase
received
receives
acquired
acquires
ordered
ordered from
imported
imports
obtained

[dependsOn S<T>O]
dependence on
dependent on
depends on
depend on
depending on
reliance on
reliant on
relies on
rely on
relying on
dependency on

[visit S<T>O]
visit to
visited
visits
visiting
arrived in
arrives in
travelled to
traveled to
trip to
was in
came to

[statement S<T]
said
says
say
stated
states
told
tells
added
adds
announced
announces
noted
notes
believes
believed
argued
argues
warned
warns
explained
explains
stressed
emphasised
emphasized
claimed
claims
declared
insisted
commented
pointed out
according to him

[statement T>S]
according to
said
says
told
added
adds

[role HeadOfState state]
president
head of state
king
emir
sultan
supreme leader

[role HeadOfGovernment state]
prime minister
premier
head of government
chancellor

[role DefenceMinister state]
defence minister
defense minister
minister of defence
minister of defense
defence secretary
defense secretary
secretary of defense
secretary of national defense
minister of national defence

[role ForeignMinister state]
foreign minister
minister of foreign affairs
foreign secretary
secretary of state

[role Minister state]
minister
deputy minister
interior minister
finance minister
economy minister

[role MilitaryOfficer]
general
colonel
lieutenant colonel
major general
lieutenant general
brigadier general
colonel general
admiral
vice admiral
rear admiral
commander
chief of general staff
chief of staff
captain
major
lieutenant
marshal
gen
col
lt
maj
adm

[role Legislator]
mp
member of parliament
deputy
senator
lawmaker
congressman
congresswoman
legislator
parliamentarian

[role OrganizationHead org]
president of
head of
chairman of
chairwoman of
chair of
director of
director general of
secretary general of
secretary-general of
leader of
chief executive of
ceo of
founder of

[role Expert]
analyst
analysts
expert
experts
military expert
military analyst
political analyst
political scientist
political commentator
commentator
political observer
observer
researcher
scholar
specialist

[role Journalist]
journalist
correspondent
reporter
editor

[role Diplomat]
ambassador
envoy
diplomat
consul
special representative

[former]
former
ex
then
retired
onetime

[personMarker]
mr
mrs
ms
dr

[pronoun]
he
she
his
her

[conjunction]
and
or
as well as
together with
along with
and the

[comparison]
as with
as in
like
as well as with

[orgNoun]
union
association
movement
organisation
organization
foundation
society
think tank
veterans organisation
group
party
centre
center
institute
agency
company
firm

[orgHead]
center
centre
institute
foundation
council
agency
academy
university
bureau
fund
union
committee
corporation
association

[arms]
arms
weapons
weaponry
military technology
military equipment
military hardware
munitions
ammunition
armaments

[affiliation]
at
in
with
from
of

[notRole]
vice president
vice-president
president-elect
presidential
former president's

[armsTransfer O<T>S arms]
buyer of
buyers of
largest buyer of
customer of
importer of
biggest customer of

[statement S<T]
according to him
according to her

[firstName]
Aleksandr
Alexander
Alexandr
Aleksei
Alexei
Alexey
Anatoly
Anatoliy
Andrei
Andrey
Andriy
Anton
Arkady
Arman
Armen
Arsen
Askar
Bakhyt
Bakyt
Boris
Bolat
Daniyar
Danial
Daniyal
Daur
Denis
Dmitry
Dmitri
Dmytro
Eduard
Emomali
Erlan
Yerlan
Evgeny
Yevgeny
Fyodor
Gennady
Georgy
Grigory
Igor
Ilham
Ivan
Kassym
Kairat
Kanat
Konstantin
Leonid
Maksim
Maxim
Marat
Mikhail
Mykhailo
Mykola
Nikolai
Nikolay
Nurlan
Nursultan
Oleg
Oleh
Oleksandr
Oleksiy
Olzhas
Pavel
Pavlo
Petro
Petr
Roman
Ruslan
Rustam
Sergei
Sergey
Serhiy
Serik
Shavkat
Stanislav
Talgat
Timur
Vadim
Vadym
Valery
Valeriy
Vasily
Viktor
Vitaly
Vitaliy
Vladimir
Volodymyr
Vyacheslav
Yuri
Yury
Yuriy
Zhanna
Anna
Maria
Olga
Irina
Natalia
Natalya
Elena
Yelena
Tatiana
Svetlana
Yulia
Iryna
Olena
Oksana
Larisa
Gulnara
Dinara
Aigerim
John
James
Robert
Michael
William
David
Richard
Joseph
Thomas
Charles
Christopher
Daniel
Mark
Paul
Steven
Andrew
Kenneth
Joshua
Kevin
Brian
George
Edward
Ronald
Timothy
Jason
Jeffrey
Ryan
Jacob
Gary
Nicholas
Eric
Jonathan
Stephen
Larry
Justin
Scott
Brandon
Benjamin
Samuel
Gregory
Frank
Patrick
Raymond
Jack
Dennis
Jerry
Tyler
Aaron
Henry
Peter
Adam
Nathan
Lloyd
Antony
Jens
Jake
Lisa
Mary
Patricia
Jennifer
Linda
Elizabeth
Barbara
Susan
Jessica
Sarah
Karen
Nancy
Margaret
Sandra
Ashley
Emily
Michelle
Laura
Kamala
Hillary
Condoleezza
Madeleine
Ursula
Annalena
Kaja
Ferdinand
Rodrigo
Gilberto
Delfin
Teodoro
Jose
Juan
Manuel
Antonio
Carlos
Eduardo
Emmanuel
Benigno
Gloria
Corazon
Fidel
Ramon
Rolando
Romeo
Ernesto
Leonardo
Renato
Arsenio
Hermogenes
Voltaire
Sara
Leni
Risa
Imee
Bongbong
Chester
Rommel
Medardo
Roilo
Andres
Lorenzo
Raul
Francisco
Miguel
Rafael
Alberto
Jesus
Ricardo
Victor
Mario
Luis
