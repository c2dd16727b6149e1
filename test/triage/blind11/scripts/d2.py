from ids import fnr, org, not_org, digits, bad_fnr
from lib import E

# ---------------- W5: changed employer ----------------
o = org()
E("nb", ["W5"], "Sverre Lunde <sverre.lunde@gmail.com>", "Bytte arbeidsgiver",
  f"""
  Hei
  Jeg har begynt i Trønder Spor AS (org.nr. {o}) og skal bytte arbeidsgiver i kursportalen, men finner dem ikke i lista.
  Fakturareferanse hos nytt firma: PRJ-4471.
  Mvh Sverre Lunde
  """, ["Sverre Lunde"], [], ["sverre.lunde@gmail.com"], [o])

E("en", ["W5"], "Agnieszka Nowak <agnieszka.nowak@polrail.test>", "new employer",
  """
  Hello, from 1 December I work for Polrail Norge, not Baltic Track anymore. How do I change employer in my account? My login is still a.nowak@baltictrack-eksempel.no.
  Agnieszka Nowak
  """, ["Agnieszka Nowak"], [], ["agnieszka.nowak@polrail.test", "a.nowak@baltictrack-eksempel.no"])

E("nb", ["W5"], "Hilde Grønli <hilde.gronli@sporbygg-eksempel.no>", "Ansatt har byttet til oss",
  """
  Hei,
  Ole-Martin Aas har begynt hos oss i Sporbygg AS og skal flyttes over fra sin tidligere arbeidsgiver i kursportalen. Hans bruker er ole.martin.aas@gmail.com.
  Fakturareferanse: 30071-OMA

  Med vennlig hilsen
  Hilde Grønli
  Lønn og personal
  Sporbygg AS
  Faktura nr. 2026-11873 er forøvrig betalt.
  """, ["Ole-Martin Aas", "Hilde Grønli"], [], ["ole.martin.aas@gmail.com", "hilde.gronli@sporbygg-eksempel.no"])

o = org()
E("nn", ["W5"], "Anders Myklebust <anders.myklebust@gmail.com>", "Ny arbeidsgjevar",
  f"""
  Hei
  Eg har byta jobb og skal no jobbe for Sunnfjord Anlegg AS, org.nr {o[:3]} {o[3:6]} {o[6:]}. Korleis endrar eg arbeidsgjevar i portalen? Referanse for faktura er «Anders M / prosjekt 88».
  Helsing Anders Myklebust
  """, ["Anders Myklebust"], [], ["anders.myklebust@gmail.com"], [o])

E("nb", ["W5"], "Frode Engen <frode.engen@banemontasje-eksempel.no>", "Re: Ny jobb",
  """
  Ja det stemmer, jeg har sluttet i Vossebygg og jobber nå i Banemontasje AS. Loggen er fortsatt frode@vossebygg-eksempel.no men jeg husker passordet.
  Frode Engen

  > Den 2. des. 2026 skrev Kursportal support:
  > Har du byttet arbeidsgiver? I så fall kan du endre det selv under «Din konto».
  """, ["Frode Engen"], [], ["frode.engen@banemontasje-eksempel.no", "frode@vossebygg-eksempel.no"])

E("en", ["W5", "W10"], "Nikolai Sørensen <nikolai.sorensen@kontakt-eksempel.test>", "Employer change and full catalogue",
  """
  Hi! Quick one: I moved to Østfold Elektro AS and need to update employer. I also need to go from Gratis e-læring to Full kurskatalog since my new boss wants me to do the ERTMS course.
  Cheers, Nikolai Sørensen
  """, ["Nikolai Sørensen"], [], ["nikolai.sorensen@kontakt-eksempel.test"])

o = org()
E("nb", ["W5"], "Liv Torsvik <liv.torsvik@hotmail.com>", "Oppdatere arbeidsgiver",
  f"""
  Hei, jeg var tidligere ansatt i Banetjenester AS men jobber nå for Fjell og Spor AS, NO {o} MVA. Finner ikke firmaet når jeg prøver å oppdatere. Hva gjør jeg?
  Hilsen Liv Torsvik
  Tlf. 99 88 41 27
  """, ["Liv Torsvik"], [], ["liv.torsvik@hotmail.com"], [o])

E("nb", ["W5", "W15"], "Roger Pettersen <roger.pettersen@jernbanefag-eksempel.no>", "arbeidsgiver feil",
  """
  hei. står fortsatt med gamle firma i portalen, nytt firma er Jernbanefag AS. ref 4410. trenger og kursbevis for sikkerhetskurset til ny sjef. Roger Pettersen
  """, ["Roger Pettersen"], [], ["roger.pettersen@jernbanefag-eksempel.no"])

E("en", ["W5"], "Grace Mensah <grace.mensah@gmail.com>", "Change of employer",
  """
  Dear Sir/Madam,
  I have changed employer from Nordic Rail Services to BaneVedlikehold AS. My registered e-mail grace.mensah@nordicrail-eksempel.test belongs to my old employer. Please advise how to update both.
  Yours faithfully,
  Grace Mensah
  """, ["Grace Mensah"], [], ["grace.mensah@gmail.com", "grace.mensah@nordicrail-eksempel.test"])

E("nb", ["W5"], "Inger Johanne Kvam <ijk@kvam-eksempel.no>", "Lærling byttet læreplass",
  """
  Hei! Lærlingen Elias Mohammadi (f. 02.02.2006) har byttet læreplass til oss, Kvam Bane AS. Kan dere flytte ham over? Brukeren hans er elias.mohammadi@gmail.com.
  Fakturaref: LÆRLING-2026
  Inger Johanne Kvam, fagleder
  """, ["Elias Mohammadi", "Inger Johanne Kvam"], ["2006-02-02"], ["elias.mohammadi@gmail.com", "ijk@kvam-eksempel.no"])

E("nn", ["W5", "W10"], "Torbjørn Vik <torbjorn.vik@gmail.com>", "Flytte til ny arbeidsgjevar",
  """
  Hei, eg har starta i Hallingdal Elektro og skal ha dei som arbeidsgjevar i kursportalen. Fakturareferanse 7731.
  Eg må òg over frå gratis e-læring til full kurskatalog.
  Mvh Torbjørn Vik
  """, ["Torbjørn Vik"], [], ["torbjorn.vik@gmail.com"])

E("nb", ["W5", "W15"], "Jørgen Wiik <jorgen.wiik@gmail.com>", "Nytt firma + kursbevis",
  """
  Hei, jeg har skiftet arbeidsgiver til Spor og Signal AS og må endre det i portalen. Trenger også kursbeviset for Arbeid på og ved spor til den nye sjefen min.
  Jørgen Wiik
  """, ["Jørgen Wiik"], [], ["jorgen.wiik@gmail.com"])

E("en", ["W5"], "Mari Hole <mari.hole@bergenbygg-eksempel.no>", "New employee from other contractor",
  """
  Hello, Stefan Novak has joined Bergenbygg AS from another contractor. His login is stefan.novak@mail.test. Please move him to us, invoice reference BB-2211.
  Kontaktperson: Mari Hole
  """, ["Stefan Novak", "Mari Hole"], [], ["stefan.novak@mail.test", "mari.hole@bergenbygg-eksempel.no"])

# ---------------- W6: merger / acquisition, bulk move ----------------
o1, o2 = org(), org()
E("nb", ["W6"], "Kari Brenna <kari.brenna@nordspor-eksempel.no>", "Fusjon Vestspor AS inn i Nordspor AS",
  f"""
  Hei
  Vestspor AS (org.nr {o1}) er fusjonert inn i Nordspor AS (org.nr {o2}) fra 1.12. Følgende ansatte må flyttes:

  Navn               E-post
  Lars Holten        lars.holten@vestspor-eksempel.no
  Ewa Malinowska     ewa.malinowska@vestspor-eksempel.no
  Petter Skaug       petter.skaug@vestspor-eksempel.no

  Ny fakturareferanse for alle: NS-FUSJON.
  Kontaktperson: Kari Brenna, tlf 412 55 019
  """, ["Kari Brenna", "Lars Holten", "Ewa Malinowska", "Petter Skaug"], [],
  ["kari.brenna@nordspor-eksempel.no", "lars.holten@vestspor-eksempel.no", "ewa.malinowska@vestspor-eksempel.no", "petter.skaug@vestspor-eksempel.no"], [o1, o2])

o1 = org()
E("en", ["W6"], "Integration team <integration@railgroup.test>", "Acquisition - move our employees",
  f"""
  Hello,
  Following the acquisition of Signalteknikk AS by Railgroup Norge AS (org. no. {o1}), please move all employees of Signalteknikk AS to Railgroup Norge AS.
  We have 14 people; list attached as CSV. Invoice reference RG-INT-01.
  Contact: Henrik Aalberg, henrik.aalberg@railgroup.test

  Regards,
  Integration team
  """, ["Henrik Aalberg"], [], ["henrik.aalberg@railgroup.test"], [o1])

E("nn", ["W6"], "Randi Sunde <randi.sunde@sognbane-eksempel.no>", "Samanslåing",
  """
  Hei
  Sogn Anlegg og Fjordbane er slått saman til Sognbane AS. Alle tilsette i dei to gamle firma skal over til Sognbane. Kan de gjere det på ein gong?
  Dagleg leiar: Randi Sunde
  """, ["Randi Sunde"], [], ["randi.sunde@sognbane-eksempel.no"])

E("nb", ["W6"], "Regnskap <regnskap@tunnelteam-eksempel.no>", "Oppkjøp - flytting av ansatte",
  """
  Hei, Tunnelteam AS har kjøpt Bergsprengning Vest AS. De 6 ansatte der skal nå stå på Tunnelteam. Liste:
  - Arvid Lien
  - Nora Haugland
  - Said Haddad
  - Marte Dyrdal
  - Kristian Hope
  - Vegard Hauge
  Gunn Strand, Regnskap
  """, ["Arvid Lien", "Nora Haugland", "Said Haddad", "Marte Dyrdal", "Kristian Hope", "Vegard Hauge", "Gunn Strand"], [], [])

# ---------------- W7: company not in the list ----------------
o = org()
E("nb", ["W7"], "Oddvar Sunde <oddvar@liagraving-eksempel.no>", "Registrering av firma",
  f"""
  Hei
  Våre ansatte finner ikke firmaet når de registrerer seg. Her er opplysningene:
  Organisasjonsnummer: {o}
  Firmanavn: Lia Graving AS
  Fakturaadresse: Postboks 212, 2001 Lillestrøm (ikke samme som i Brønnøysund)
  Faktura-e-post: faktura@liagraving-eksempel.no (vi er ikke i ELMA)
  Kontaktperson: Oddvar Sunde, 907 44 120

  Lia Graving AS v/ Oddvar Sunde
  """, ["Oddvar Sunde"], [], ["oddvar@liagraving-eksempel.no"], [o])

o = org()
E("en", ["W7"], "Baltic Track Services <office@baltictrack.test>", "Company not in list",
  f"""
  Good day,
  Our workers cannot find our company Baltic Track Services UAB NUF (Norwegian org. nr {o}) in the portal when registering.
  Invoice address is the same as Brønnøysund. We receive e-invoice (EHF).
  Contact person: Mindaugas Kazlauskas, mindaugas.k@baltictrack.test, +370 612 34567
  """, ["Mindaugas Kazlauskas"], [], ["mindaugas.k@baltictrack.test"], [o])

o = org()
E("nb", ["W7", "W5"], "Tommy Haraldsen <tommy@haraldsen-maskin-eksempel.no>", "Firma mangler i lista",
  f"""
  Heisann
  Jeg skulle bytte arbeidsgiver til mitt eget firma Haraldsen Maskin AS men det finnes ikke i lista. Orgnr {o[:3]} {o[3:6]} {o[6:]}.
  Faktura kan sendes til post@haraldsen-maskin-eksempel.no, vi har ikke EHF.
  Kontaktperson er meg, Tommy Haraldsen.
  """, ["Tommy Haraldsen"], [], ["tommy@haraldsen-maskin-eksempel.no"], [o])

bad = not_org()
E("nn", ["W7"], "Kjersti Hagen <kjersti.hagen@hagen-elektro-eksempel.no>", "Finn ikkje firmaet",
  f"""
  Hei
  Vi finn ikkje Hagen Elektro AS når vi skal registrere brukarar. Org.nr {bad}.
  Fakturaadresse same som i Brønnøysundregisteret. E-faktura.
  Kontaktperson: Kjersti Hagen
  """, ["Kjersti Hagen"], [], ["kjersti.hagen@hagen-elektro-eksempel.no"])

o = org()
E("nb", ["W7"], "Salg <salg@skiltmontasje-eksempel.no>", "Kundeforhold",
  f"""
  Hei, vi ønsker å bli kunde hos dere slik at våre montører kan melde seg på kurs.
  Skiltmontasje Nord AS
  Org.nr.: {o}
  Fakturaadresse: Industriveien 4, 9016 Tromsø
  Faktura-epost: faktura@skiltmontasje-eksempel.no
  Kontaktperson: Hanna Bakkevold (hanna.bakkevold@skiltmontasje-eksempel.no)
  """, ["Hanna Bakkevold"], [], ["hanna.bakkevold@skiltmontasje-eksempel.no"], [o])

o = org()
E("en", ["W7"], "Pedro Gómez-Ruiz <pedro.gomez@iberail.test>", "Cannot find our company when registering",
  f"""
  Hello, we are Iberail Norge AS, org number {o}. None of our 5 employees can pick our company when they create their account.
  Invoice e-mail: invoice@iberail.test (not in ELMA I think). Contact person: Pedro Gómez-Ruiz.
  """, ["Pedro Gómez-Ruiz"], [], ["pedro.gomez@iberail.test"], [o])

o = org()
E("nb", ["W7"], "Elin Voll <elin.voll@voll-bygg-eksempel.no>", "FW: Finner ikke firma",
  f"""
  Se under.
  Elin

  ---------- Videresendt melding ---------
  Fra: Magnus Voll <magnus@voll-bygg-eksempel.no>
  Dato: tir. 1. des. 2026 kl. 18:03
  Emne: Finner ikke firma

  Firmaet vårt Voll Bygg AS ({o}) står ikke i lista i kursportalen. Kan dere legge det inn? Kontaktperson Magnus Voll. Fakturaadresse som i Brreg.
  """, ["Magnus Voll", "Elin Voll"], [], ["magnus@voll-bygg-eksempel.no", "elin.voll@voll-bygg-eksempel.no"], [o])

# ---------------- W8: accounting's list of new customers ----------------
a, b, c = org(), org(), org()
E("nb", ["W8"], "Regnskap Bane <regnskap@kursportal-eksempel.no>", "Nye kunder desember",
  f"""
  Hei support,
  Her er nye kunder som skal inn i portalen:

  orgnr;navn;fakturaepost;kontakt
  {a};Nordkapp Spor AS;faktura@nordkappspor-eksempel.no;Ronny Isaksen
  {b};Grenland Signal AS;;Lise Thoresen
  {c};Ofoten Maskin AS;post@ofoten-eksempel.no;Harald Nymo

  Gunn Strand, Regnskap
  """, ["Ronny Isaksen", "Lise Thoresen", "Harald Nymo", "Gunn Strand"], [], [], [a, b, c])

a, b = org(), org()
E("en", ["W8"], "Accounts <accounts@kursportal-eksempel.no>", "Customer import",
  f"""
  Hi, two more customers approved today, please import:
  {a}, Arctic Rail AS, invoice@arcticrail.test
  {b}, Midtnorsk Entreprenør AS, e-invoice
  Thanks, accounts team
  """, [], [], [], [a, b])

a, b, c, d = org(), org(), org(), org()
E("nb", ["W8"], "Aslaug Fredriksen <aslaug.fredriksen@skoleregnskap-eksempel.no>", "Import av kunder (regneark)",
  f"""
  Hei, vedlagt regneark med 23 nye kunder. De første fire ser slik ut:
  Org.nr     | Navn                 | ELMA
  {a}  | Agder Bane AS        | ja
  {b}  | Valdres Anlegg AS    | nei
  {c}  | Helgeland Spor AS    | ja
  {d}  | Romsdal Elektro AS   | ja
  Kan dere kjøre importen i dag?
  Aslaug Fredriksen
  Regnskapsavdelingen
  """, ["Aslaug Fredriksen"], [], ["aslaug.fredriksen@skoleregnskap-eksempel.no"], [a, b, c, d])

# ---------------- W9: is an org number registered / in ELMA ----------------
o = org()
E("nb", ["W9"], "Per Sletten <per.sletten@sletten-eksempel.no>", "Er vi registrert?",
  f"""
  Hei, er Sletten Transport AS (org.nr {o}) registrert som kunde hos dere, og er vi i ELMA slik at vi kan få e-faktura?
  Per Sletten
  """, ["Per Sletten"], [], ["per.sletten@sletten-eksempel.no"], [o])

o = org()
E("en", ["W9"], "finance@northbridge.test", "e-invoice?",
  f"""
  Can you check whether org number {o} is registered for e-invoice (ELMA)? We never received invoices.
  Northbridge finance
  """, [], [], [], [o])

o = org()
E("nn", ["W9"], "Gudrun Bjørke <gudrun.bjorke@bjorke-eksempel.no>", "Org.nr i registeret?",
  f"""
  Hei
  Kan de sjå om org.nr {o} ligg inne hjå dykk? Vi er usikre på om firmaet vart registrert i fjor.
  Mvh Gudrun Bjørke
  """, ["Gudrun Bjørke"], [], ["gudrun.bjorke@bjorke-eksempel.no"], [o])

o = org()
bad = not_org()
E("nb", ["W9"], "Terje Hansen <terje.hansen@hansen-graving-eksempel.no>", "Sjekk orgnr",
  f"""
  Hei, kan dere sjekke om vi er kunde? Org.nr. {o}. (Ikke forveksle med vårt gamle {bad}, det er lagt ned.)
  KID for siste faktura: {digits(15)}
  Terje Hansen
  """, ["Terje Hansen"], [], ["terje.hansen@hansen-graving-eksempel.no"], [o])
