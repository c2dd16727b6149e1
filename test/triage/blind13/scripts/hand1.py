# Hand-written tickets, part 1 (login / access / registration). Each one written separately.
from ids import fnr, fnr_bad, org, org_bad
H = []
def T(f, lang, topics, frm, subj, body, names, bds=(), emails=(), orgs=(), nid=False):
    H.append(dict(file=f, lang=lang, topics=list(topics), frm=frm, subj=subj, body=body,
                  names=list(names), bds=list(bds), emails=list(emails), orgs=list(orgs), nid=nid))
L = '01'

T(L, 'nb', ['W1'], 'Torbjørg Halsnes <torbjorg.halsnes@online.no>', 'hjelp',
"""Hei
Jeg har fått beskjed fra sjefen at jeg må ta et kurs på data men jeg kommer ikke inn. Det står at jeg allerede har en bruker men jeg har aldri laget noen bruker det må være noe feil. Min sønn har prøvd å hjelpe meg men han vet heller ikke.
Kanskje det er den gamle mailen min fra når jeg var på Vassbygg, den het noe med torbjorg@vassbygg-eksempel.no men det er lenge siden. Eller den på hotmail som jeg ikke bruker lengre tobbe56@hotmail.com

Jeg er født 3 juni 1956.

Med vennlig hilsen
Torbjørg Halsnes
""", ['Torbjørg Halsnes'], ['1956-06-03'], ['torbjorg.halsnes@online.no', 'torbjorg@vassbygg-eksempel.no', 'tobbe56@hotmail.com'])

T(L, 'en', ['W1', 'W3'], 'Marek Zielinski <marek.zielinski84@gmail.com>', 'Re: cant login',
"""hello,
i try to make new user but system say my personal number is in use already. I think my old boss make account for me in 2021 when i work in Hallvik Betong, maybe with email marek@hallvikbetong-eksempel.no . I dont have this email now. I need new password also, on which email you can send? my birthday is 1984 11 02.
thank you
Marek Zielinski
tel +47 912 34 566
""", ['Marek Zielinski'], ['1984-11-02'], ['marek.zielinski84@gmail.com', 'marek@hallvikbetong-eksempel.no'])

T(L, 'nb', ['W3'], 'Ove Kvalheim <ove.kvalheim@outlook.com>', 'passord',
"""glemt passordet igjen. sendt fra mobil
""", ['Ove Kvalheim'], [], ['ove.kvalheim@outlook.com'])

T(L, 'nb', ['W2'], '"Lise Mørkved" <lise.morkved@gmail.com>', 'Fått ingen epost',
"""Hei!
Registrerte meg i går kveld på kursportalen for å ta sikkerhetskurset, men har ikke fått noen e-post for å aktivere brukeren. Har sjekket søppelposten og alt. Kan det hende jeg skrev feil? Tror kanskje jeg skrev lise.morkved@gmial.com 🙈

Lise
""", ['Lise Mørkved'], [], ['lise.morkved@gmail.com', 'lise.morkved@gmial.com'])

fid = fnr('1991-08-27', 311)
T(L, 'nb', ['W1'], 'Sindre Aalvik <sindre.aalvik@hotmail.com>', 'Fødselsnummer allerede i bruk',
f"""Hei.
Prøver å registrere meg men får melding om at fødselsnummeret allerede er i bruk. Mitt fødselsnummer er {fid[:6]} {fid[6:]} hvis dere trenger å sjekke.
Har hatt e-post sindre@rorleggeraalvik-eksempel.no tidligere, den har jeg ikke lenger.

mvh Sindre Aalvik
""", ['Sindre Aalvik'], ['1991-08-27'], ['sindre.aalvik@hotmail.com', 'sindre@rorleggeraalvik-eksempel.no'], nid=True)

T(L, 'nn', ['W1'], 'Ingebjørg Rysstad <ingebjorg.rysstad@online.no>', 'Kva e-post har eg brukt?',
"""Hei

Eg hugsar ikkje kva e-postadresse eg registrerte meg med i kursportalen. Eg har prøvd både ingebjorg.rysstad@online.no og ingebjorg@setesdalsag-eksempel.no, men får berre melding om at brukaren ikkje finst.

Fullt namn: Ingebjørg Rysstad
Fødd: 14.03.79

Helsing Ingebjørg
""", ['Ingebjørg Rysstad'], ['1979-03-14'], ['ingebjorg.rysstad@online.no', 'ingebjorg@setesdalsag-eksempel.no'])

T(L, 'en', ['W4'], 'Aušra Petrauskienė <ausra.petrauskiene@outlook.com>', 'New job, old email is closed',
"""Good day,

I have changed my job from Nordfjell Elektro AS to Kystlinje Signal AS on 1st of October. My login on the course portal is my old work email ausra.p@nordfjellelektro-eksempel.no and this mailbox is closed now, so when I click forgot password nothing come to me.

Please can you change my login to this private address ausra.petrauskiene@outlook.com? Date of birth 22/7/1987.

Best regards
Aušra Petrauskienė
Elektriker | Kystlinje Signal AS
""", ['Aušra Petrauskienė'], ['1987-07-22'], ['ausra.petrauskiene@outlook.com', 'ausra.p@nordfjellelektro-eksempel.no'])

T(L, 'nb', ['W3'], 'post@tindebygg-eksempel.no', 'Passord for Geir',
"""Hei, Geir Tinde her, skriver fra firmamailen fordi jeg ikke får logget på. Trykket på glemt passord men det kommer ingenting. Brukernavnet mitt skal være geir.tinde@gmail.com.

Geir
""", ['Geir Tinde'], [], ['geir.tinde@gmail.com'])

T(L, 'nb', ['registration'], 'Nora Hegstad <nora.hegstad@gmail.com>', 'Hvilken konto skal jeg velge?',
"""Hei,
Jeg skal begynne som lærling hos Fjordkryss Anlegg AS i januar og har fått beskjed om å lage bruker i kursportalen før oppstart. Når jeg registrerer meg får jeg tre valg: Gratis e-læring, Full kurskatalog og Fører. Hvilken skal jeg velge? Jeg skal ta sikkerhetskurs og etterhvert et kurs på Jernbaneskolen.

Hilsen Nora
""", ['Nora Hegstad'], [], ['nora.hegstad@gmail.com'])

T(L, 'nb', ['registration'], 'Jonas Brekkestø <jonas.brekkesto@gmail.com>', 'Firma-ID??',
"""Hei. Når jeg skal opprette bruker blir jeg spurt om Firma-ID. Hva er det og hvor finner jeg det? Har prøvd å skrive orgnummeret til firmaet {o} men det går ikke.
Jonas
""".format(o=org('92231455')), ['Jonas Brekkestø'], [], ['jonas.brekkesto@gmail.com'], orgs=[org('92231455')])

T(L, 'en', ['registration'], 'Priya Natarajan <priya.natarajan@outlook.com>', 'HMS card before registering?',
"""Hi there, quick one: I'm starting with a contractor next month and they told me to register on the Bane NOR course portal. The form asks for an HMS card number, which I don't have yet. Where do I get one, and can I register without it? Also I only have a D-number on the way, my employer is sorting it.

Cheers,
Priya Natarajan
""", ['Priya Natarajan'], [], ['priya.natarajan@outlook.com'])

T(L, 'nb', ['W2'], 'ARILD SKOGHEIM <arild.skogheim@online.no>', 'AKTIVERING',
"""HEI. HAR REGISTRERT MEG 3 GANGER NÅ OG FÅR IKKE NOEN MAIL. DETTE ER FOR DÅRLIG. JEG SKAL PÅ KURS PÅ MANDAG. MAILEN ER ARILD.SKOGHEIM@ONLINE.NO OG DEN VIRKER FOR JEG FÅR ANDRE MAILER.
ARILD SKOGHEIM
""", ['Arild Skogheim'], [], ['arild.skogheim@online.no'])

T(L, 'nb', ['W3'], 'Hanne Vatnedal <hanne.vatnedal@gmail.com>', 'Re: Re: Sak 40211 passord',
"""Dette er tredje gang jeg skriver!! Lenken dere sendte har gått ut igjen før jeg rakk å bruke den. Kan dere sende en ny som faktisk virker? Jeg sitter på hytta med dårlig nett.

Hanne

Den tir. 1. des. 2026 kl. 09:14 skrev Eksternsupport <eksternsupport-driv@banenor.no>:
> Hei Hanne,
> Vi har sendt deg en ny lenke for å sette passord.
>
> Den man. 30. nov. 2026 kl. 21:40 skrev Hanne Vatnedal <hanne.vatnedal@gmail.com>:
>> Hei, lenken for nytt passord virker ikke.
>>
>>> Den søn. 29. nov. 2026 kl. 18:02 skrev Hanne Vatnedal <hanne.vatnedal@gmail.com>:
>>> Har glemt passordet, kan dere hjelpe?
""", ['Hanne Vatnedal'], [], ['hanne.vatnedal@gmail.com'])

T(L, 'en', ['W3', 'W15'], 'Tomasz Wrona <t.wrona@hotmail.com>', 'password and certificate',
"""Hello
I forgot my password for the portal. I also need my course certificate for the safety course, my foreman ask for it tomorrow morning.
Tomasz Wrona
""", ['Tomasz Wrona'], [], ['t.wrona@hotmail.com'])

T(L, 'nb', ['W4', 'W5'], 'Eirik Sandvold <eirik.sandvold@gmail.com>', 'Ny jobb',
f"""Hei

Jeg har byttet jobb fra Bergtun Maskin AS til Lysvik Spor AS. Brukeren min er registrert på eirik.sandvold@bergtunmaskin-eksempel.no som jeg ikke har tilgang til lenger, og jeg husker ikke passordet. Kan dere endre innloggingen til eirik.sandvold@gmail.com? Jeg må også bytte arbeidsgiver til Lysvik Spor (org.nr {org('91845210')}), men det klarer jeg kanskje selv når jeg kommer inn.

Født 09.12.1990

Med vennlig hilsen
Eirik Sandvold
Formann
Lysvik Spor AS | Mob 934 55 210
""", ['Eirik Sandvold'], ['1990-12-09'], ['eirik.sandvold@gmail.com', 'eirik.sandvold@bergtunmaskin-eksempel.no'], orgs=[org('91845210')])

T(L, 'nb', ['W1'], 'HR Fjellrand Entreprenør <hr@fjellrand-eksempel.no>', 'Ansatt som ikke kommer inn',
"""Hei,

Vi har en ansatt, Kristoffer Dahle-Moen, som ikke får logget inn. Han er usikker på hvilken e-post han registrerte seg med, trolig kristoffer.dm@gmail.com eller kdm@fjellrand-eksempel.no. Fødselsdato 1993 04 30.

Kan dere finne ut av dette og gi beskjed til ham direkte?

Vennlig hilsen
Solveig Aasen
HR-rådgiver, Fjellrand Entreprenør AS
Tlf 22 33 44 55
""", ['Kristoffer Dahle-Moen'], ['1993-04-30'], ['kristoffer.dm@gmail.com', 'kdm@fjellrand-eksempel.no'])

T(L, 'nn', ['W2'], 'Sigrun Teigland <sigrun.teigland@online.no>', 'Ikkje fått e-post',
"""Hei!
Eg registrerte meg på kursportalen førre veke, men har ikkje fått nokon e-post om aktivering. Eg har sett i søppelpost og. Kan de sende på nytt? Adressa mi er sigrun.teigland@online.no.
Takk for hjelpa
Sigrun
""", ['Sigrun Teigland'], [], ['sigrun.teigland@online.no'])

T(L, 'en', ['W2'], 'Liam O\'Connell <liam.oconnell@gmail.com>', 'No activation email - typo?',
"""Hi,
Registered yesterday, no activation mail. Looking at the confirmation screen again I think I typed liam.oconnell@gmail.con. Could you correct it to the right one (this one I'm writing from) and send a new link?
Thanks, Liam O'Connell
""", ["Liam O'Connell"], [], ['liam.oconnell@gmail.com', 'liam.oconnell@gmail.con'])

T(L, 'nb', ['W1', 'W3'], 'Familien Berge <bergefamilien@online.no>', 'For Astrid',
"""Hei, skriver for kona mi Astrid Berge som har glemt både passord og hvilken epost hun brukte. Hun har enten denne felles adressen vår eller astrid.berge@sagvikrenhold-eksempel.no. Hun er født 14. mars -61.
Hilsen Per Berge
""", ['Astrid Berge'], ['1961-03-14'], ['bergefamilien@online.no', 'astrid.berge@sagvikrenhold-eksempel.no'])

T(L, 'nb', ['W3'], 'Kjetil Rønningen <kjetil.ronningen@gmail.com>', 'SV: Passord',
"""Fikk det til nå, men nå sier den at passordet må ha spesialtegn og jeg har lagt inn det. Får fortsatt feil. Hjelp?

Kjetil

Fra: Kjetil Rønningen <kjetil.ronningen@gmail.com>
Sendt: 2. desember 2026 08:12
Til: eksternsupport-DRIV@banenor.no
Emne: Passord

Har glemt passordet
""", ['Kjetil Rønningen'], [], ['kjetil.ronningen@gmail.com'])

T(L, 'en', ['W1'], 'Grace Mwangi <grace.mwangi@outlook.com>', 'Which email did I register?',
"""Hello support team,

I took the free safety e-learning back in 2022, and now my new employer wants me to do more courses. The problem is I can't remember which email I used when I registered. It could be grace.mwangi@outlook.com, gmwangi@yahoo.test, or my old university one. My full name is Grace Wanjiru Mwangi and I was born on March 14th 1995.

Kind regards,
Grace
""", ['Grace Wanjiru Mwangi'], ['1995-03-14'], ['grace.mwangi@outlook.com', 'gmwangi@yahoo.test'])

fid2 = fnr_bad('1986-05-19', 245)
T(L, 'nb', ['W1'], 'Bjørnar Lie <bjornar.lie86@hotmail.com>', 'allerede i bruk',
f"""hei får ikke laget bruker, står at personnummer er i bruk. {fid2[:6]}-{fid2[6:]} .  aldri vært der før tror jeg. kan ha vært da jeg jobbet for Nordbane Vedlikehold, de registrerte mye folk. født 19.05.86
Bjørnar Lie
""", ['Bjørnar Lie'], ['1986-05-19'], ['bjornar.lie86@hotmail.com'])

T(L, 'nn', ['W4'], 'Vebjørn Ljosland <vebjorn.ljosland@gmail.com>', 'Ny e-post',
"""Hei

Eg har slutta hjå Bøgeberg Elektro, og kontoen min i kursportalen er knytt til vebjorn@bogebergelektro-eksempel.no. Den adressa er stengd no og eg hugsar ikkje passordet. Kan de endre brukarnamnet mitt til vebjorn.ljosland@gmail.com?

Fødselsdato: 02.02.1977

Venleg helsing
Vebjørn Ljosland
""", ['Vebjørn Ljosland'], ['1977-02-02'], ['vebjorn.ljosland@gmail.com', 'vebjorn@bogebergelektro-eksempel.no'])

T(L, 'en', ['registration', 'W7'], 'Daniel Fischer <daniel.fischer@alpenbahn.test>', 'Company not listed when registering',
f"""Dear Sir/Madam,

I'm trying to create a user for the course portal, choosing "Full course catalogue", but my employer Alpenbahn Technik GmbH, Norwegian branch (NUF, org. no. {org('92577310')}) is not in the list of companies. Which option should I pick meanwhile, and what does the company have to send you to be added?

Mit freundlichen Grüßen / Best regards
Daniel Fischer
Project Engineer
""", ['Daniel Fischer'], [], ['daniel.fischer@alpenbahn.test'], orgs=[org('92577310')])

T(L, 'nb', ['W3'], 'Reidun Stokke <reidun.stokke@online.no>', 'Kurs',
"""Hei
Jeg har vært på kursportalen før og tatt et kurs i 2023. Nå skal jeg ta et nytt kurs og skal logge meg på men husker ikke passordet mitt. Jeg har prøvd med "Har du glemt passordet" men jeg vet ikke hvor den mailen blir av. Min sønn sier jeg må sjekke søppelpost men jeg vet ikke hvordan man gjør det på ipaden.
Vennlig hilsen Reidun Stokke
""", ['Reidun Stokke'], [], ['reidun.stokke@online.no'])

T(L, 'en', ['W3'], 'Jānis Ozols <janis.ozols@gmail.com>', 'Password reset link expired',
"""Hi, the reset link says "expired" every time. I clicked it 2 min after getting it. Using phone. Please help, course is tomorrow 07:30.
Jānis
""", ['Jānis Ozols'], [], ['janis.ozols@gmail.com'])

T(L, 'nb', ['W2', 'W3'], 'Marte Ulvestad <marte.ulvestad@gmail.com>', 'Får ikke satt passord',
"""Hei, jeg registrerte meg for to uker siden og fikk aldri noen e-post for å lage passord. Nå står det at jeg har bruker når jeg prøver igjen, og "glemt passord" gir meg ingenting heller. Hva gjør jeg??
Marte Ulvestad
""", ['Marte Ulvestad'], [], ['marte.ulvestad@gmail.com'])

T(L, 'nb', ['W1'], 'Stian Grøtte <stian.grotte@outlook.com>', 'glemt brukernavn',
"""Hei

Husker ikke brukernavnet mitt. Navn: Stian Andre Grøtte. Fødselsdato: 88-03-14. Mulige e-poster: stian.grotte@outlook.com, stian@grottetransport-eksempel.no, stiangrotte@online.no

Stian
""", ['Stian Andre Grøtte'], ['1988-03-14'], ['stian.grotte@outlook.com', 'stian@grottetransport-eksempel.no', 'stiangrotte@online.no'])

T(L, 'nb', ['registration'], 'Kai Robert Enger <kai.robert.enger@gmail.com>', 'Innlogging som ansatt',
"""Hei,
Begynte i Bane NOR 1. desember (vedlikehold, Drammen), og skal ta kurs. Må jeg registrere meg som ekstern bruker, eller logger vi ansatte inn på en annen måte? Har ikke fått jobbmail ennå så skriver fra privaten.

Kai Robert Enger
""", ['Kai Robert Enger'], [], ['kai.robert.enger@gmail.com'])

T(L, 'nb', ['W3'], 'Wenche Bårdsen <wenche.bardsen@outlook.com>', 'bytte passord',
"""Hei. Jeg er innlogget nå men vil bytte passord fordi en kollega så det da jeg skrev det inn 😬 hvor gjør jeg det? Og er brukernavnet alltid e-posten, eller kan jeg ha et eget brukernavn?
mvh Wenche
""", ['Wenche Bårdsen'], [], ['wenche.bardsen@outlook.com'])
