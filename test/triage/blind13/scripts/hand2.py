# Hand-written tickets, part 2 (employer / company / account type / HMS card).
from ids import fnr, fnr_bad, org, org_bad
from hand1 import T
L = '02'

T(L, 'nb', ['W7'], 'Regnskap Lundeby Graving <regnskap@lundebygraving-eksempel.no>', 'Registrering som kunde',
f"""Hei,

Våre ansatte finner oss ikke i listen når de oppretter bruker. Her er opplysningene dere ber om:

Organisasjonsnummer: {org('99120334')}
Firmanavn: Lundeby Graving AS
Fakturaadresse: Postboks 412, 2301 Hamar (avviker fra Brønnøysund)
Faktura-epost: faktura@lundebygraving-eksempel.no (vi er ikke i ELMA)
Kontaktperson: Tove Lundeby, tove@lundebygraving-eksempel.no, 951 22 340

Med vennlig hilsen
Regnskap, Lundeby Graving AS
""", ['Tove Lundeby'], [], ['tove@lundebygraving-eksempel.no'], orgs=[org('99120334')])

T(L, 'en', ['W5'], 'Rasmus Holm <rasmus.holm@gmail.com>', 'update employer',
"""Hey, I moved from Vestrand Rail Services to Bjerkely Entreprenør AS in November. How do I change employer in my profile? Bjerkely gave me an invoice reference 4471-RH, where do I put it?
Rasmus
""", ['Rasmus Holm'], [], ['rasmus.holm@gmail.com'])

T(L, 'nb', ['W6'], 'Kari Fossum <kari.fossum@nordlysbane-eksempel.no>', 'Fusjon - flytte ansatte',
f"""Hei

Sørbakken Jernbanedrift AS (org.nr. {org('98311205')}) ble fra 1. november fusjonert inn i Nordlys Bane AS (org.nr. {org('91277650')}). Følgende ansatte må flyttes over til Nordlys Bane i kursportalen:

Navn\tFødt\tE-post
Håvard Nilsen\t12.01.1980\thavard.nilsen@nordlysbane-eksempel.no
Ida Solberg\t30.06.1992\tida.solberg@nordlysbane-eksempel.no
Ramūnas Kazlauskas\t05.09.1985\tramunas.k@gmail.com
Petter Aune\t17.11.1974\tpetter.aune@nordlysbane-eksempel.no

Fakturareferanse for alle: NB-2026-77

Kontaktperson: Kari Fossum, HR

Med hilsen
Kari Fossum
HR-konsulent | Nordlys Bane AS | 477 10 220
""", ['Kari Fossum', 'Håvard Nilsen', 'Ida Solberg', 'Ramūnas Kazlauskas', 'Petter Aune'],
['1980-01-12', '1992-06-30', '1985-09-05', '1974-11-17'],
['kari.fossum@nordlysbane-eksempel.no', 'havard.nilsen@nordlysbane-eksempel.no', 'ida.solberg@nordlysbane-eksempel.no', 'ramunas.k@gmail.com', 'petter.aune@nordlysbane-eksempel.no'],
orgs=[org('98311205'), org('91277650')])

T(L, 'nb', ['W10'], 'Magnus Tveit <magnus.tveit@gmail.com>', 'Finner ikke kurs - full katalog?',
"""Hei, jeg har gratisbruker og skal nå ta kurs på Jernbaneskolen. Hvordan bytter jeg til full kurskatalog? Hva må jeg fylle inn?
Mvh Magnus Tveit
""", ['Magnus Tveit'], [], ['magnus.tveit@gmail.com'])

T(L, 'nn', ['W10'], 'Åshild Nes <ashild.nes@online.no>', 'Førar',
"""Hei. Eg har byrja på førarutdanning og må endre brukartypen min frå Full kurskatalog til Opplæring for førarar. Eg finn ikkje kvar eg skal leggje inn førarinformasjonen. Kva treng de frå meg?
Helsing Åshild Nes
""", ['Åshild Nes'], [], ['ashild.nes@online.no'])

T(L, 'nb', ['W11'], 'Jan Ove Rustad <jan.ove.rustad@gmail.com>', 'Nytt HMS kort',
"""Hei har fått nytt hms kort nr 7012 4455 8812, hvordan oppdaterer jeg det? finner ikke blyanten
Jan Ove
""", ['Jan Ove Rustad'], [], ['jan.ove.rustad@gmail.com'])

T(L, 'en', ['W7', 'W5'], 'Andrzej Kowalczyk <andrzej@kowalczykbud.test>', 'my company not on list',
f"""hello
I have my own firma Kowalczyk Bud (ENK), orgnr {org('92844511')}[:3] {org('92844511')}[3:6] {org('92844511')}[6:]. I change from working for Hedmark Spor to my own firma now. In the portal i cannot choose my firma, it is not there. What I must do? Invoice can go to this email, we are not in ELMA i think.
Andrzej Kowalczyk
""".replace(f"{org('92844511')}[:3] {org('92844511')}[3:6] {org('92844511')}[6:]", org('92844511')[:3]+' '+org('92844511')[3:6]+' '+org('92844511')[6:]),
['Andrzej Kowalczyk'], [], ['andrzej@kowalczykbud.test'], orgs=[org('92844511')])

T(L, 'nb', ['W5'], 'Elin Haugsbø <elin.haugsbo@outlook.com>', 'Bytte arbeidsgiver',
f"""Hei!

Kort spørsmål midt i en travel uke: jeg har fått ny jobb (fra Brattli Elektro til Kvernhusmoen Signal AS), og prøvde å oppdatere arbeidsgiver i «Din konto», men Kvernhusmoen står ikke i listen. Org.nr er {org('93018822')}. Innloggingen min er på denne private adressen, så det er greit.

Ha en fin dag 😊
Elin
""", ['Elin Haugsbø'], [], ['elin.haugsbo@outlook.com'], orgs=[org('93018822')])

T(L, 'nb', ['W8'], 'Øyvind Tangen <oyvind.tangen@banenor-regnskap-eksempel.no>', 'Nye kunder november',
f"""Hei, her er listen over nye kunder fra november, limt inn fra regnearket. Kan dere legge dem inn?

orgnr;navn;fakturaepost;kontakt
{org('91200456')};Bølgen Anlegg AS;faktura@bolgenanlegg-eksempel.no;Randi Bølgen
{org('92733018')};Trollvik Rør AS;;Ole Trollvik
{org('97455120')};Eikrem Sveis AS;post@eikremsveis-eksempel.no;Nils Eikrem
{org_bad('96022384')};Stein & Sand ANS;;Marit Stein

Den siste fikk feil i Excel, sjekk den.
Øyvind
""", ['Randi Bølgen', 'Ole Trollvik', 'Nils Eikrem', 'Marit Stein', 'Øyvind Tangen'], [], ['oyvind.tangen@banenor-regnskap-eksempel.no'],
orgs=[org('91200456'), org('92733018'), org('97455120')])

T(L, 'en', ['W10', 'W12'], 'Sophie Laurent <sophie.laurent@gmail.com>', 'Course invisible',
"""Hi! I'm looking for the "Sikkerhet ved arbeid i spor" classroom course, a colleague says it's there but I can't find it. I registered with the free e-learning option, does that matter? If so please switch me to full catalogue.
Sophie Laurent
""", ['Sophie Laurent'], [], ['sophie.laurent@gmail.com'])

T(L, 'nb', ['W11'], 'Terje Bakken <terje@bakkenbygg-eksempel.no>', 'Sv: HMS-kort utløper',
"""Ja ja, fikk nytt kort i går. Nummeret er 3300-1187-24. Legg det inn for meg er dere snille, jeg har ikke tid til å rote med profilen.
Terje Bakken
Daglig leder, Bakken Bygg
""", ['Terje Bakken'], [], ['terje@bakkenbygg-eksempel.no'])

T(L, 'nb', ['W5', 'W4'], 'Yngve Lorentzen <yngve.lorentzen@gmail.com>', 'arbeidsgiver og epost',
"""Hei. Har sluttet i Fagerlund Tele og begynt i Hovde Kabel AS. Må bytte arbeidsgiver på brukeren, fakturareferanse er 55102. Innlogget med yngve@fagerlundtele-eksempel.no men den mister jeg fredag. Passordet husker jeg. Kan jeg bare bytte e-post selv?
Yngve Lorentzen
""", ['Yngve Lorentzen'], [], ['yngve.lorentzen@gmail.com', 'yngve@fagerlundtele-eksempel.no'])

T(L, 'nn', ['W7'], 'Torunn Myklebust <torunn@myklebustanlegg-eksempel.no>', 'Registrere firma',
f"""Hei

Vi er eit lite firma som skal byrje med arbeid langs jernbana, og dei tilsette våre finn ikkje oss i lista. Kva må vi sende for å bli registrert som kunde? Org.nr. {org('99655012')}, Myklebust Anlegg AS. Fakturaadresse er same som i Brønnøysund.

Kontaktperson: Torunn Myklebust, dagleg leiar

Helsing
Torunn Myklebust
""", ['Torunn Myklebust'], [], ['torunn@myklebustanlegg-eksempel.no'], orgs=[org('99655012')])

T(L, 'en', ['W9'], 'Ola Nordbø <ola.nordbo@sporteknikk-eksempel.no>', 'Is our org number in the register?',
f"""Hi, before we send the customer request: can you check whether {org('97712004')} is found in Brønnøysund and whether we are in ELMA? Our accountant isn't sure.
Ola Nordbø, Sporteknikk Vest AS
""", ['Ola Nordbø'], [], ['ola.nordbo@sporteknikk-eksempel.no'], orgs=[org('97712004')])

T(L, 'nb', ['W6'], 'Ragnhild Evensen <ragnhild.evensen@gmail.com>', 'VS: Oppkjøp',
f"""Se under, kan dere ordne dette? Jeg er en av dem på lista.
Ragnhild

---------- Videresendt melding ---------
Fra: Personal Elvestad Anlegg <personal@elvestad-eksempel.no>
Dato: fre. 27. nov. 2026 kl. 13:05
Emne: Oppkjøp

Til alle ansatte: Elvestad Anlegg AS er kjøpt opp av Granheim Gruppen AS ({org('98844120')}). Alle må få ny arbeidsgiver i kursportalen innen 1.1. Gjelder bl.a.:
- Ragnhild Evensen, født 04.04.1983
- Sondre Haug, født 21.10.1996
- Mats Ødegård, født 11.02.1990
""", ['Ragnhild Evensen', 'Sondre Haug', 'Mats Ødegård'], ['1983-04-04', '1996-10-21', '1990-02-11'], ['ragnhild.evensen@gmail.com'], orgs=[org('98844120')])

T(L, 'nb', ['W10'], 'Henrik Solem <henrik.solem@online.no>', 'fører',
"""Skal begynne på føreropplæring i januar. Må jeg endre noe på brukeren?
""", ['Henrik Solem'], [], ['henrik.solem@online.no'])

T(L, 'en', ['W11', 'W14'], 'Mihai Popescu <mihai.popescu@outlook.com>', 'HMS card and what courses left',
"""Good morning,
1) I have received a new HMS card, number 8844 1203 7765. Please update.
2) Also can you tell me what I still need to finish in my training programme? The portal shows a red mark but I don't understand.
Regards Mihai Popescu
""", ['Mihai Popescu'], [], ['mihai.popescu@outlook.com'])
