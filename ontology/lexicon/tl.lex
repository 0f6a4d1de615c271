# NewsGraph trigger lexicon: Tagalog (including the machine-translated Tagalog of news aggregators).
# Format: see en.lex and ontology/README.md. Tagalog marks the actor with "ng"/"ni" after object-focus verbs
# ("naibigay ng Ukraine sa Kazakhstan") and with "ang"/"si" for actor-focus verbs; both frames are listed.

[memberOf S<T>O fallback]
miyembro ng
miyembro
kasapi ng
kasapi
kaanib ng
sumali sa
sumapi sa
bahagi ng alyansang
pagiging kasapi sa
pagiging miyembro ng

[memberOf O<S<T]
ay may pangunahing papel
may pangunahing papel
ay may nangungunang papel
gumaganap ng pangunahing papel

[partnerOf S<T>O fallback]
katuwang ng
katuwang
partner ng
kasosyo ng
kasosyo
pinakaaktibong kasosyo

[participatesIn S<T>O]
lumahok sa
lumalahok sa
lalahok sa
nakilahok sa
nakikilahok sa
kalahok sa
kasali sa
kasangkot sa
sumali sa

[cooperatesWith S<T>O right=6]
kasosyo ng
kasosyo
nakikipagtulungan sa
nakipagtulungan sa
makikipagtulungan sa
kooperasyon sa
kooperasyong militar sa
pakikipagtulungan sa
pakikipagtulungang militar sa
ugnayang militar sa
kasunduan sa
magkasanib na pagsasanay sa

[cooperatesWith S<T>O right=8 left=25]
pakikipagtulungan

[cooperatesWith T>S>O]
pakikipagtulungan ng
kooperasyon ng
kooperasyon sa pagitan ng
ugnayan sa pagitan ng
pakikipagtulungan sa pagitan ng

[competesWith S<T>O]
kakumpitensya ng
kakumpitensya
pangunahing kakumpitensya ng
katunggali ng
katunggali
karibal ng
karibal
nakikipagkumpitensya sa
nakikipagkumpetensya sa
kumpetisyon sa

[armsTransfer T>S>O arms]
naibigay
ibinigay
ipinagbili
ibinenta
inihatid
ipinadala
isinuplay
nagbigay
nagbenta
nagsuplay
nag-supply
nagpadala
naghatid
magbibigay
magbebenta
magsusuplay

[armsTransfer S<T>O arms]
nagbigay
nagbenta
nagsuplay
nag-supply
nagpadala
naghatid
magbibigay
magbebenta
magsusuplay
tagapagtustos ng armas sa

[armsTransfer O<T>S arms]
bumili
bumibili
bibili
tumanggap
nakatanggap
nag-order
umangkat

[armsTransfer T>O>S arms]
binili
bumili
bumibili
bibili
natanggap
inangkat

[dependsOn S<T>O]
umaasa sa
nakasalalay sa
nakadepende sa
pagdepende sa
pagsandal sa
pag-asa sa
dependensya sa
nakasandal sa

[visit S<T>O]
bumisita sa
bumibisita sa
dumalaw sa
pagbisita sa
pagdalaw sa
nagtungo sa
dumating sa
pagpunta sa

[visit T>S>O]
bumisita si
pagbisita ni
pagdalaw ni
dumalaw si
dumating si

[statement S<T]
nagsabi
inihayag
sinabi
nagpahayag
ipinahayag
idinagdag
iginiit
binigyang-diin
naniniwala
ayon sa kanya
nagbabala
ipinaliwanag

[statement T>S]
sinabi ni
sinabi ng
inihayag ni
inihayag ng
ipinahayag ng
ayon kay
ayon sa
ipinahayag ni
dagdag ni
giit ni
ani
wika ni
pahayag ni

[role HeadOfState state]
pangulo
pangulong
presidente
presidenteng
hari

[role HeadOfGovernment state]
punong ministro
punong ministrong

[role DefenceMinister state]
ministro ng depensa
ministro ng tanggulan
ministro ng tanggulang pambansa
kalihim ng tanggulang pambansa
kalihim ng depensa
kalihim ng tanggulan
defense secretary
defense minister

[role ForeignMinister state]
ministro ng ugnayang panlabas
kalihim ng ugnayang panlabas
kalihim panlabas
ministrong panlabas

[role Minister state]
ministro
kalihim

[role MilitaryOfficer]
heneral
koronel
kolonel
admiral
komandante
tenyente
kapitan
mayor heneral
hepe ng sandatahang lakas
hepe ng hukbo
opisyal ng militar

[role Legislator]
senador
kongresista
mambabatas
diputado

[role OrganizationHead org]
pinuno ng
pangulo ng
presidente ng
tagapangulo ng
direktor ng
hepe ng
kalihim-heneral ng
punong ehekutibo ng

[role Expert]
eksperto
eksperto sa militar
ekspertong militar
analista
analistang militar
dalubhasa
dalubhasa sa militar
tagamasid
tagamasid pampulitika
komentarista
political analyst

[role Journalist]
mamamahayag
reporter
peryodista
koresponsal

[role Diplomat]
embahador
sugo
diplomat
konsul

[former]
dating
dati
retiradong

[personMarker]
si
ni
kay
sina
nina
kina

[pronoun]
siya
niya
kanyang
kaniyang

[conjunction]
at
at ang
kasama ang
pati ang
gayundin ang
o

[comparison]
tulad ng sa
gaya ng sa
katulad ng sa
tulad ng

[orgNoun]
samahan
unyon
partido
organisasyon
kilusan
sentro
instituto
ahensya
kompanya
kumpanya

[orgHead]
center
centre
sentro
instituto
institute
unyon
samahan
konseho
ahensya

[arms]
armas
mga armas
sandata
kagamitang militar
kagamitang pandigma
teknolohiyang militar
kagamitan sa militar

[affiliation]
sa
mula sa

[notRole]
pangalawang pangulo
bise presidente

[armsTransfer O<T>S arms]
mamimili ng
pinakamalaking mamimili ng

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
