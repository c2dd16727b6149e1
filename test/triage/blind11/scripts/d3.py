from ids import fnr, org, not_org, digits, bad_fnr
from lib import E

# ---------------- W10: account type ----------------
E("nb", ["W10"], "Helene Aasen <helene.aasen@gmail.com>", "Full kurskatalog",
  """
  Hei, jeg har gratisbruker men skal ta klasseromskurs på Jernbaneskolen. Hvordan får jeg full kurskatalog?
  Helene Aasen
  """, ["Helene Aasen"], [], ["helene.aasen@gmail.com"])

E("en", ["W12", "W10"], "Kevin Murphy <kevin.murphy@emerald-rail.test>", "Can't see paid courses",
  """
  Hi, I'm looking for the course "Signal maintenance level 2" but it doesn't show up. I have a free account I think. Do I need to upgrade?
  Kevin Murphy
  """, ["Kevin Murphy"], [], ["kevin.murphy@emerald-rail.test"])

E("nb", ["W10"], "Linn Thorsen <linn.thorsen@togforer-eksempel.no>", "Fører",
  """
  Hei! Jeg har startet på førerutdanning og skal bytte fra full kurskatalog til fører. Hvilke opplysninger trenger dere? Født 1.2.1996.
  Linn Thorsen
  """, ["Linn Thorsen"], ["1996-02-01"], ["linn.thorsen@togforer-eksempel.no"])

E("nn", ["W10"], "Audun Rysstad <audun.rysstad@gmail.com>", "Endre brukartype",
  """
  Hei, korleis endrar eg frå gratis e-læring til full kurskatalog? Arbeidsgjevaren min er Setesdal Anlegg.
  Audun
  """, ["Audun Rysstad"], [], ["audun.rysstad@gmail.com"])

E("en", ["W10"], "Lotte Jensen <lotte.jensen@dk-rail.test>", "Train driver account",
  """
  Hello, I am a Danish train driver starting with a Norwegian operator in January. Do I need a separate "driver" account type? I already have a full account with lotte.jensen@dk-rail.test.
  Med venlig hilsen / Best regards
  Lotte Jensen
  """, ["Lotte Jensen"], [], ["lotte.jensen@dk-rail.test"])

# ---------------- W11: new HMS card ----------------
h = not_org()
E("nb", ["W11"], "Steinar Holt <steinar.holt@gmail.com>", "Nytt HMS-kort",
  f"""
  Hei. Har fått nytt HMS-kort, nr {h}. Får ikke endret det selv, blyanten gjør ingenting.
  Steinar Holt
  """, ["Steinar Holt"], [], ["steinar.holt@gmail.com"])

h = not_org()
E("en", ["W11"], "Marek Dvořák <marek.dvorak@mail.test>", "HMS card",
  f"""
  Hi, my HMS card expired and I got a new one. Number {h[:3]} {h[3:6]} {h[6:]}. Please update in my profile, I cannot find where.
  Marek Dvořák
  """, ["Marek Dvořák"], [], ["marek.dvorak@mail.test"])

h1, h2 = not_org(), not_org()
E("nb", ["W11"], "Bente Kleppe <bente.kleppe@kleppe-bygg-eksempel.no>", "HMS-kort ansatte",
  f"""
  Hei,
  Hvilke av våre ansatte har HMS-kort som går ut snart? Vi vil ha oversikt før nyttår.
  To av dem har allerede fått nye kort:
  Arild Fosse – {h1}
  Nina Helle – {h2}

  Bente Kleppe
  HMS-koordinator | Kleppe Bygg AS | +47 51 42 88 00
  """, ["Arild Fosse", "Nina Helle", "Bente Kleppe"], [], ["bente.kleppe@kleppe-bygg-eksempel.no"])

h = not_org()
E("nn", ["W11", "W3"], "Harald Tufte <harald.tufte@tufte-eksempel.no>", "Nytt HMS-kort og passord",
  f"""
  Hei
  Eg har fått nytt HMS-kort ({h}) og skulle leggje det inn, men hugsar ikkje passordet. Brukarnamn harald.tufte@tufte-eksempel.no.
  Harald Tufte
  """, ["Harald Tufte"], [], ["harald.tufte@tufte-eksempel.no"])

h = not_org()
E("nb", ["W11"], "Yvonne Lie <yvonne.lie@live.no>", "hms",
  f"""
  nytt hms kort {h} 🙏 yvonne lie
  """, ["Yvonne Lie"], [], ["yvonne.lie@live.no"])

# ---------------- W12: can't find course ----------------
E("nb", ["W12"], "Tommy Sandnes <tommy.sandnes@gmail.com>", "Finner ikke kurs",
  """
  Hei, jeg finner ikke kurset «Elsikkerhet jernbane» når jeg søker. Har full kurskatalog. Er det lagt ned?
  Tommy Sandnes
  """, ["Tommy Sandnes"], [], ["tommy.sandnes@gmail.com"])

E("en", ["W12"], "Sara Lindgren <sara.lindgren@swe-signal.test>", "Course not visible",
  """
  Hi, my manager asked me to take "Arbeidsvarsling på spor" but I can't find it in the catalogue. Searching in English gives nothing either. Can you help?
  Sara Lindgren
  """, ["Sara Lindgren"], [], ["sara.lindgren@swe-signal.test"])

E("nb", ["W12", "W13"], "Ronny Åsen <ronny.asen@asen-eksempel.no>", "Kurs HL-2",
  """
  Hei, hvor finner jeg kurset Hovedsikkerhetsvakt del 2? Det står ingen datoer. Blir det satt opp noe i vår?
  Ronny Åsen
  """, ["Ronny Åsen"], [], ["ronny.asen@asen-eksempel.no"])

E("nn", ["W12"], "Eli Nesheim <eli.nesheim@gmail.com>", "Finn ikkje kurset",
  """
  Hei, eg leitar etter e-læringa om kontaktleidning men finn ho ikkje. Eg har gratis brukar. Kvar ligg ho?
  Eli Nesheim
  """, ["Eli Nesheim"], [], ["eli.nesheim@gmail.com"])

E("nb", ["W12"], "Kursansvarlig <kurs@maskinentreprenor-eksempel.no>", "Kurs for maskinførere",
  """
  Hei. Vi har to maskinførere, Atle Bråten og Simen Krogh, som ikke ser kurset for kjøring av arbeidsmaskin på spor. Begge har full kurskatalog.
  Hilsen kursansvarlig
  """, ["Atle Bråten", "Simen Krogh"], [], [])

# ---------------- W13: full course / no dates / waitlist ----------------
E("nb", ["W13", "W15"], "Martin Kolstad <martin.kolstad@gmail.com>", "Kurset er fullt",
  """
  Hei, Sikkerhetskurs klasserom 15. januar i Oslo er fullt. Er det andre datoer med ledige plasser?
  Trenger også kursbevis for e-læringen jeg tok i forrige uke.
  Martin Kolstad
  """, ["Martin Kolstad"], [], ["martin.kolstad@gmail.com"])

E("en", ["W13"], "Oksana Melnyk <oksana.melnyk@mail.test>", "Waiting list",
  """
  Hello, I am on waiting list for the Lokalkunnskap course in Trondheim. Will I get message if I get a place? Or must I check myself?
  Thank you
  Oksana Melnyk
  """, ["Oksana Melnyk"], [], ["oksana.melnyk@mail.test"])

E("nb", ["W13"], "Anette Berge <anette.berge@sporservice-eksempel.no>", "Påmelding 3 ansatte",
  """
  Hei,
  vi har tre ansatte som må på Arbeid på og ved spor før 1. mars:
  Kristoffer Lie, Hamza Khan og Ida Marie Vold.
  Alle datoene i februar står som fulle. Kan dere sette opp en ekstra kursdag? Vi kan også ta Bergen.

  Med vennlig hilsen
  Anette Berge
  Prosjektkoordinator
  Sporservice AS
  Sentralbord 55 20 30 40
  """, ["Kristoffer Lie", "Hamza Khan", "Ida Marie Vold", "Anette Berge"], [], ["anette.berge@sporservice-eksempel.no"])

E("nb", ["W13"], "Kjetil Dale <kjetil.dale@hotmail.com>", "Avmelding",
  """
  Hei, jeg må melde meg av kurset 12.01 i Drammen pga sykdom. Kan plassen gå til noen andre? Og kan jeg bli satt opp på neste?
  Kjetil Dale
  """, ["Kjetil Dale"], [], ["kjetil.dale@hotmail.com"])

E("en", ["W13"], "Tariq Mahmood <tariq.mahmood@gmail.com>", "no dates for course",
  """
  There are no dates for "Sikkerhetsvakt" in Stavanger region. when will there be one? I need it before my project starts in March!!!
  Tariq
  """, ["Tariq Mahmood"], [], ["tariq.mahmood@gmail.com"])

E("nn", ["W13"], "Brynjulf Rød <brynjulf.rod@vossbane-eksempel.no>", "Ledige plassar?",
  """
  Hei
  Er det ledige plassar på klasseromskurset i Voss 20. januar? I kalenderen står det 0, men ein kollega sa nokon hadde meldt seg av.
  Helsing Brynjulf Rød
  """, ["Brynjulf Rød"], [], ["brynjulf.rod@vossbane-eksempel.no"])

E("nb", ["W13"], "Ann-Kristin Moe <akm@moe-eksempel.no>", "Re: Re: Re: kurs",
  """
  Takk, men jeg kan ikke 3. februar heller. Finnes det noe i uke 8 eller 9?
  AK

  Den 3. des. 2026 kl. 11:20 skrev Kursportal support <eksternsupport@kursportal-eksempel.no>:
  > Hei, det er ledige plasser 3. februar i Hamar.
  > Den 2. des. 2026 kl. 08:41 skrev Ann-Kristin Moe <akm@moe-eksempel.no>:
  >> Jeg kan ikke 20. januar. Finnes det andre datoer?
  >>> Den 1. des. 2026 skrev Kursportal support: Du er påmeldt 20. januar.
  """, ["Ann-Kristin Moe"], [], ["akm@moe-eksempel.no"])

E("nb", ["W13", "W14"], "Magnus Foss <magnus.foss@gmail.com>", "Påmelding klasserom",
  """
  Hei! Jeg er tildelt opplæringsløpet for hovedsikkerhetsvakt men får ikke meldt meg på klasseromsdelen. Og hva mer må jeg gjennom før jeg er ferdig?
  Magnus Foss
  """, ["Magnus Foss"], [], ["magnus.foss@gmail.com"])

E("en", ["W13"], "Training coordinator <training@fjordrail.test>", "Request for new course unit",
  """
  Dear team,
  We have 9 employees who need the classroom course "Arbeid på og ved spor" in Bergen. There is no unit scheduled. Could you set up one in February?
  Contact: Erlend Bakke, erlend.bakke@fjordrail.test, +47 934 20 118
  """, ["Erlend Bakke"], [], ["erlend.bakke@fjordrail.test"])

E("nb", ["W13"], "Lars Erik Nyhus <lars.erik.nyhus@online.no>", "venteliste",
  """
  står på venteliste. hvor langt ned er jeg? lars erik nyhus
  """, ["Lars Erik Nyhus"], [], ["lars.erik.nyhus@online.no"])

E("nb", ["W13"], "Mona Strøm <mona.strom@banepartner-eksempel.no>", "Lang historie, beklager",
  """
  Hei dere,
  Dette blir litt langt, beklager. Jeg startet i Banepartner i august og har brukt høsten på å få alt på plass: HMS-kort, arbeidsklær,
  alt det der. Lederen min sa jeg skulle ta e-læringen først, og det har jeg gjort, jeg har kursbeviset og alt.
  Det jeg egentlig lurer på er om jeg kan bytte fra klasseromskurset 8. januar til 22. januar, fordi jeg skal i bryllup til søsteren min
  den første helgen og det blir for stramt med reisen. Ser at 22. står med 2 ledige plasser.
  Ellers er alt fint, og takk for god hjelp sist da jeg ringte!
  Hilsen Mona Strøm
  """, ["Mona Strøm"], [], ["mona.strom@banepartner-eksempel.no"])

E("en", ["W13"], "Hassan Jama <hassan.jama@gmail.com>", "Course full",
  """
  Hi, the course on 19 January says fully booked. Can I be put on the waiting list? I am not able to click it on my phone.
  Hassan Jama
  """, ["Hassan Jama"], [], ["hassan.jama@gmail.com"])

# ---------------- W14: what do I still need ----------------
E("nb", ["W14", "W13"], "Sondre Bakke <sondre.bakke@gmail.com>", "Hva mangler jeg?",
  """
  Hei, jeg er snart ferdig med opplæringen til sikkerhetsvakt. Hva mangler jeg før jeg er godkjent? Og er det ledige plasser på praktisk eksamen i januar?
  Sondre Bakke
  """, ["Sondre Bakke"], [], ["sondre.bakke@gmail.com"])

E("en", ["W14"], "HR <hr@signalpartner.test>", "Qualifications expiring",
  """
  Hello, can you send us a list of our employees whose qualifications expire in the next 3 months? We are Signalpartner AS.
  Regards, Linda (HR)
  """, [], [], [])

E("nb", ["W14"], "Jon Arild Tangen <jon.arild.tangen@baneservice-eksempel.no>", "Opplæringsløp",
  """
  Hei
  Vår lærling Emma Sørlie (født 14.04.2007) skal ha opplæringsløpet for banemontør. Kan dere tildele det og si hva hun må gjennom?
  Jon Arild Tangen
  Fagansvarlig
  """, ["Emma Sørlie", "Jon Arild Tangen"], ["2007-04-14"], ["jon.arild.tangen@baneservice-eksempel.no"])

E("nn", ["W14", "W15"], "Reidun Flatebø <reidun.flatebo@gmail.com>", "Repetisjon",
  """
  Hei, eg fekk varsel om at sertifikatet mitt går ut i februar. Kva må eg ta for å fornye det? Og kan eg få det gamle kursbeviset på nytt, eg har mista det.
  Reidun Flatebø
  """, ["Reidun Flatebø"], [], ["reidun.flatebo@gmail.com"])

E("en", ["W14"], "Ravi Shankar <ravi.shankar@infrarail.test>", "training programme",
  """
  Hi, I was assigned a training programme but it still shows 'not approved'. I have done all e-learning. What remains?
  Ravi Shankar
  """, ["Ravi Shankar"], [], ["ravi.shankar@infrarail.test"])

# ---------------- W15: certificate ----------------
E("nb", ["W15", "W11"], "Ole Kristian Berg <ok.berg@gmail.com>", "Kursbevis",
  """
  Hei, trenger kursbevis for Sikkerhetskurs spor, tatt i oktober. Finner det ikke under historikk.
  PS: har fått nytt HMS-kort, hvordan oppdaterer jeg nummeret?
  Ole Kristian Berg
  """, ["Ole Kristian Berg"], [], ["ok.berg@gmail.com"])

E("en", ["W15"], "Ewelina Kaczmarek <ewelina.k@mail.test>", "certificate",
  """
  Hello, I need my course certificate (kursbevis) for the site tomorrow. Can you send PDF? Ewelina Kaczmarek, born 07.07.1991.
  """, ["Ewelina Kaczmarek"], ["1991-07-07"], ["ewelina.k@mail.test"])

n = fnr("1985-09-27")
E("nb", ["W15"], "Arnt Hovde <arnt.hovde@hovde-eksempel.no>", "Kursbevis til byggherre",
  f"""
  Hei
  Byggherren krever kursbevis for meg før oppstart mandag. Fødselsnr {n[:6]}-{n[6:]}, født 27.9.85.
  Arnt Hovde
  """, ["Arnt Hovde"], ["1985-09-27"], ["arnt.hovde@hovde-eksempel.no"], nid=True)

E("nb", ["W15"], "Prosjektleder Øst <prosjekt.ost@bygganlegg-eksempel.no>", "Kursbevis for 2 ansatte",
  """
  Hei, vi trenger kursbevis for:
  - Henning Aarvik, f. 12.03.1990
  - Sana Iqbal, f. 28.11.1998
  Begge tok Arbeid på og ved spor i november.
  Mvh Stig Evensen, prosjektleder
  """, ["Henning Aarvik", "Sana Iqbal", "Stig Evensen"], ["1990-03-12", "1998-11-28"], [])

E("nn", ["W15", "W5"], "Tone Haugen <tone.haugen@gmail.com>", "Kursbevis",
  """
  Hei, kan de sende meg kursbeviset for sikkerheitskurset? Eg tok det 5. november. Eg har òg fått ny arbeidsgjevar, Voss Elektro AS, så det må endrast. Takk!
  Tone Haugen
  """, ["Tone Haugen"], [], ["tone.haugen@gmail.com"])

E("en", ["W15"], "Site manager <site.manager@buildco.test>", "Verify certificate",
  """
  Hello, a worker showed us a certificate with verification code KB-7Q4M-22XA for Arbeid på og ved spor. Can you confirm it is valid?
  His name is Goran Petrović.
  Regards, Ian Whitfield, Site Manager, BuildCo
  """, ["Goran Petrović", "Ian Whitfield"], [], [])

E("nb", ["W15"], "Geir Bakken <geir.bakken@live.no>", "Feil navn på kursbevis",
  """
  Hei, kursbeviset mitt står med Geir Backen, ikke Geir Bakken. Kan dere utstede et nytt med riktig navn?
  """, ["Geir Bakken"], [], ["geir.bakken@live.no"])

E("en", ["W15"], "Mike Tan <mike.tan@gmail.com>", "RE: FW: certificate",
  """
  Any update? I still need it.

  -----Original Message-----
  From: Mike Tan <mike.tan@gmail.com>
  Sent: Monday, November 30, 2026 8:02 AM
  To: eksternsupport@kursportal-eksempel.no
  Subject: FW: certificate

  Hi, I passed the exam on 25 November but no certificate in history. Can you issue it?
  Mike
  """, ["Mike Tan"], [], ["mike.tan@gmail.com"])

n = fnr("1975-05-16")
E("nb", ["W15"], "Kåre Nøstdal <kare.nostdal@online.no>", "KURSBEVIS",
  f"""
  HEI JEG TRENGER KURSBEVIS FOR ALLE KURSENE MINE. PERSONNR {n[:2]}.{n[2:4]}.{n[4:6]}-{n[6:]}
  KÅRE NØSTDAL
  """, ["Kåre Nøstdal"], [], ["kare.nostdal@online.no"], nid=True)

E("nb", ["W15"], "Wenche Dahl <wenche.dahl@banekonsult-eksempel.no>", "Kursbevis lærling",
  f"""
  Hei, vi trenger kursbevis for lærlingen vår Adrian Kvalheim, født 11.6.2005. HMS-kortnr {not_org()}.
  Wenche Dahl
  Banekonsult AS
  """, ["Adrian Kvalheim", "Wenche Dahl"], ["2005-06-11"], ["wenche.dahl@banekonsult-eksempel.no"])

E("en", ["W15"], "Noor Al-Sayed <noor.alsayed@gmail.com>", "Can't print certificate",
  """
  Hi 👋 the printer icon under Historikk does nothing when I click it. I need my certificate for Sikkerhetskurs. Could you send it to me?
  Noor
  """, ["Noor Al-Sayed"], [], ["noor.alsayed@gmail.com"])

E("nb", ["W15"], "Solfrid Evjen <solfrid.evjen@gmail.com>", "Bevis",
  f"""
  Hei, har tatt kurset og bestått, men finner ikke beviset. Kunde-nr hos dere: {digits(11)[:10]}. Solfrid Evjen
  """, ["Solfrid Evjen"], [], ["solfrid.evjen@gmail.com"])
