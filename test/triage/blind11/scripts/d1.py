from ids import fnr, org, not_org, digits, bad_fnr
from lib import E

# ---------------- W1: forgotten login e-mail / national ID in use ----------------
E("nb", ["W1", "W11"], "Kari Vestrheim <kari.vestrheim@gmail.com>", "Husker ikke brukernavn",
  """
  Hei!
  Jeg prøver å logge inn i kursportalen, men husker ikke hvilken e-post jeg brukte da jeg registrerte meg.
  Fullt navn: Kari Vestrheim
  Fødselsdato: 14.03.1988
  Mulige adresser: kari.vestrheim@gmail.com eller kari@vestrheim-bygg-eksempel.no
  Har også fått nytt HMS-kort som jeg må få lagt inn når jeg kommer inn.
  Mvh Kari
  """, ["Kari Vestrheim"], ["1988-03-14"], ["kari.vestrheim@gmail.com", "kari@vestrheim-bygg-eksempel.no"])

E("en", ["W1"], "tomas.ferreira.dasilva@outlook.com", "national id already in use??",
  """
  Hello, I try to make a new user but it says my fodselsnummer is already used. I never made a user I think.
  Maybe my old company did it? My name is Tomás Ferreira da Silva, born June 11th 1986.
  I worked for Nordbane Anlegg before, maybe they used tomas@nordbane-anlegg-eksempel.no
  Regards
  Tomás
  """, ["Tomás Ferreira da Silva"], ["1986-06-11"], ["tomas.ferreira.dasilva@outlook.com", "tomas@nordbane-anlegg-eksempel.no"])

n1 = fnr("1979-11-02")
E("nb", ["W1", "W3"], "Geir Olav Haugsrud <goh@haugsrud-eksempel.no>", "Får ikke logget inn",
  f"""
  Hei. Har glemt både passord og hvilken mail jeg står med.
  Fødselsnummer {n1} (vet dere ikke vil ha det men da finner dere meg kanskje fortere)
  Født 2. november 1979.
  Kan ha brukt goh@haugsrud-eksempel.no eller geirolav79@hotmail.com
  Geir Olav Haugsrud
  Tlf 913 45 228
  """, ["Geir Olav Haugsrud"], ["1979-11-02"], ["goh@haugsrud-eksempel.no", "geirolav79@hotmail.com"], nid=True)

E("nn", ["W1", "W13"], "Ingebjørg Tveit <ingebjorg.tveit@online.no>", "Kva e-post er eg registrert med?",
  """
  Hei
  Eg skal ta kurs hjå dykk men hugsar ikkje kva e-postadresse eg nytta då eg laga brukar i fjor.
  Namn: Ingebjørg Tveit
  Fødd: 1991 04 23
  Kan vere ingebjorg.tveit@online.no eller itveit@fjordelektro-eksempel.no
  Og når eg er inne: er det ledige plassar på klasseromskurset i Bergen i januar? Det stod fullt sist eg såg.
  Helsing Ingebjørg
  """, ["Ingebjørg Tveit"], ["1991-04-23"], ["ingebjorg.tveit@online.no", "itveit@fjordelektro-eksempel.no"])

E("nb", ["W1"], "familien.berg-lunde@getmail-eksempel.no", "Til kursportalen - gjelder min sønn",
  """
  Hei, jeg skriver for sønnen min Mathias Berg-Lunde (f. 05.09.2004) som skal begynne som lærling.
  Han får beskjed om at fødselsnummeret allerede er i bruk. Han husker ikke hvilken e-post han brukte,
  kanskje mathias.bl04@gmail.com. Kan dere sende svar til denne adressen?
  Hilsen Randi Berg-Lunde (mor)
  """, ["Mathias Berg-Lunde", "Randi Berg-Lunde"], ["2004-09-05"], ["mathias.bl04@gmail.com"])

E("en", ["W1"], "Sigrid O'Neill <sigrid.oneill@protonmail.com>", "Which email?",
  """
  Hi,
  which email am I registered with? Sigrid O'Neill, 86-06-11. Tried sigrid.oneill@protonmail.com, did not work.
  Thanks
  """, ["Sigrid O'Neill"], ["1986-06-11"], ["sigrid.oneill@protonmail.com"])

E("nb", ["W1"], "Arne Kristoffersen <arne.k@jernbaneservice-eksempel.no>", "SV: SV: Innlogging",
  """
  Hei igjen, her er det dere spurte om:
  Arne Kristoffersen, født 11. juni -72. E-post kan være arne.k@jernbaneservice-eksempel.no eller akristo@live.no.

  Arne

  Fra: Kursportal support <eksternsupport@kursportal-eksempel.no>
  Sendt: tirsdag 1. desember 2026 09:14
  Til: Arne Kristoffersen
  Emne: SV: Innlogging

  Hei Arne, for å finne kontoen trenger vi fullt navn, fødselsdato (ikke fødselsnummer) og mulige e-postadresser.

  Fra: Arne Kristoffersen
  Sendt: mandag 30. november 2026 15:02
  Emne: Innlogging

  Kommer ikke inn, husker ikke brukernavnet.
  """, ["Arne Kristoffersen"], ["1972-06-11"], ["arne.k@jernbaneservice-eksempel.no", "akristo@live.no"])

E("en", ["W1"], "Łukasz Wiśniewski <lukasz.wisniewski@wp-eksempel.test>", "cant log in kursportal",
  """
  Good morning. I am Łukasz Wiśniewski, work at site in Drammen. When I register new user it say "fødselsnummer er allerede i bruk".
  My D-nummer I have from my arbeidsgiver. Birth date 03.02.1990. Maybe I used lukasz.w90@gmail.com before, or this one.
  Please help, I have kurs on monday.
  Łukasz
  """, ["Łukasz Wiśniewski"], ["1990-02-03"], ["lukasz.wisniewski@wp-eksempel.test", "lukasz.w90@gmail.com"])

E("nb", ["W1"], "Monica Sæther <monica.saether@byggmester-eksempel.no>", "Brukernavn",
  """
  HEI. JEG HUSKER IKKE BRUKERNAVNET MITT TIL KURSPORTALEN. MONICA SÆTHER 17.08.1983. MULIG MONICA.SAETHER@BYGGMESTER-EKSEMPEL.NO ELLER MSAETHER@ONLINE.NO
  HILSEN MONICA
  """, ["Monica Sæther"], ["1983-08-17"], ["monica.saether@byggmester-eksempel.no", "msaether@online.no"])

E("nb", ["W1"], "Per Ivar Nilsen <pin@sporveg-eksempel.no>", "hvilken epost",
  """
  Hei. Veit ikkje kva mail æ har brukt. Per Ivar Nilsen, f 1969 01 30. Prøv pin@sporveg-eksempel.no. Mvh Per Ivar
  """, ["Per Ivar Nilsen"], ["1969-01-30"], ["pin@sporveg-eksempel.no"])

E("en", ["W1"], "HR Nordlys Signal <hr@nordlys-signal-eksempel.no>", "Employee cannot access portal",
  """
  Hello,
  Our new employee Ahmed Yusuf Abdi (date of birth 21/12/1995) gets the message that his national ID is already in use.
  He thinks he may have registered with ahmed.abdi95@gmail.com when he worked for another contractor.
  Could you tell him which address the account has?

  Best regards
  Hanne Moe
  HR adviser, Nordlys Signal AS
  +47 22 41 90 17
  """, ["Ahmed Yusuf Abdi", "Hanne Moe"], ["1995-12-21"], ["ahmed.abdi95@gmail.com"])

E("nn", ["W1", "W15"], "Sindre Aasheim <sindre.aasheim@gmail.com>", "Finn ikkje kontoen min",
  """
  Hei!
  Eg treng kursbeviset for Sikkerheitskurs spor, men kjem ikkje inn fordi eg ikkje veit kva e-post eg er registrert med.
  Sindre Aasheim, fødd 9. mars 1998. Prøvde sindre.aasheim@gmail.com og sindre@aasheim-maskin-eksempel.no.
  Takk for hjelpa
  """, ["Sindre Aasheim"], ["1998-03-09"], ["sindre.aasheim@gmail.com", "sindre@aasheim-maskin-eksempel.no"])

E("nb", ["W1"], "Skjema kursportal <noreply@kursportal-eksempel.no>", "Henvendelse fra kontaktskjema",
  """
  Ny henvendelse fra kontaktskjema

  Navn: Janne Kvalsvik-Ødegård
  E-post: janne.ko@icloud.com
  Telefon: 470 12 993
  Fødselsdato: 24.07.1977
  Melding: Har glemt hvilken e-post jeg har registrert meg med. Kan være janne.ko@icloud.com eller jko@kvalsvik-eksempel.no

  --
  Sendt automatisk fra kursportal-eksempel.no
  """, ["Janne Kvalsvik-Ødegård"], ["1977-07-24"], ["janne.ko@icloud.com", "jko@kvalsvik-eksempel.no"])

E("en", ["W1"], "Jan van der Berg <jan.vdberg@railtech.test>", "Re: Re: login",
  """
  Sorry, forgot: my birthday is 1984-10-05. Full name Jan van der Berg.
  Possible emails: jan.vdberg@railtech.test, jvdberg@gmail.com

  On Thu, 3 Dec 2026 at 10:11, Kursportal support <eksternsupport@kursportal-eksempel.no> wrote:
  > Please send us your full name, birth date and any e-mail addresses you may have used.
  >
  > On Wed, 2 Dec 2026 at 16:40, Jan van der Berg <jan.vdberg@railtech.test> wrote:
  >> I cannot remember my username for the course portal.
  """, ["Jan van der Berg"], ["1984-10-05"], ["jan.vdberg@railtech.test", "jvdberg@gmail.com"])

E("nb", ["W1", "W15"], "Elisabeth Krohn <elisabeth.krohn@gmail.com>", "Kursbevis",
  """
  Hei, jeg trenger kursbeviset mitt men vet ikke lenger hvilken e-post jeg brukte. Elisabeth Krohn, født 1980 12 04. Kanskje ekrohn@krohnbygg-eksempel.no.
  """, ["Elisabeth Krohn"], ["1980-12-04"], ["elisabeth.krohn@gmail.com", "ekrohn@krohnbygg-eksempel.no"])

# ---------------- W2: activation e-mail never arrived ----------------
E("nb", ["W2"], "Oda Heggelund <oda.heggelund@gmail.com>", "Ingen aktiveringsmail",
  """
  Hei, jeg registrerte meg i går men har ikke fått noen e-post for å aktivere brukeren. Har sjekket søppelpost.
  Registrerte meg med oda.heggelund@gmial.com tror jeg, kan det være feil?
  Mvh Oda Heggelund
  """, ["Oda Heggelund"], [], ["oda.heggelund@gmail.com", "oda.heggelund@gmial.com"])

E("en", ["W2"], "Rahel Tesfaye <rahel.tesfaye@yahoo.com>", "no mail",
  """
  registered 2 days ago, still no activation email. Rahel Tesfaye
  """, ["Rahel Tesfaye"], [], ["rahel.tesfaye@yahoo.com"])

o1 = org()
E("nb", ["W2"], "Bjørn-Erik Solheim <bes@solheim-graving-eksempel.no>", "Aktivering 😩",
  f"""
  Hei 🙂
  Har prøvd å registrere meg tre ganger nå, ingen mail kommer. Bruker firmamailen bes@solheim-graving-eksempel.no.
  Kan det være at firewallen vår stopper det? IT sier de ikke ser noe.
  Bjørn-Erik Solheim
  Daglig leder
  Solheim Graving AS | Org.nr. {o1[:3]} {o1[3:6]} {o1[6:]} | Tlf +47 930 11 482
  """, ["Bjørn-Erik Solheim"], [], ["bes@solheim-graving-eksempel.no"], [o1])

E("nn", ["W2"], "Eirik Hovland <eirik.hovland@hotmail.com>", "Ikkje fått e-post",
  """
  Hei
  Eg registrerte meg på kursportalen på PC i går kveld men har ikkje fått e-post om å aktivere brukaren. Har sjekka søppelpost.
  E-posten min er eirik.hovland@hotmail.com
  Mvh Eirik Hovland
  """, ["Eirik Hovland"], [], ["eirik.hovland@hotmail.com"])

E("nb", ["W2"], "Line Marthinsen <line.marthinsen@anleggsdrift-eksempel.no>", "VS: Kursportal - aktivering",
  """
  Hei, se under. Kan dere hjelpe ham?
  Line Marthinsen, HR

  -----Opprinnelig melding-----
  Fra: Kenneth Brekke <kenneth.brekke@anleggsdrift-eksempel.no>
  Sendt: 2. desember 2026 07:55
  Til: Line Marthinsen
  Emne: Kursportal - aktivering

  Jeg har registrert meg men får ikke aktiveringsmailen. Jeg skrev kenneth.brekke@anleggsdrift-eksempel.no.
  Kenneth
  """, ["Kenneth Brekke", "Line Marthinsen"], [], ["kenneth.brekke@anleggsdrift-eksempel.no", "line.marthinsen@anleggsdrift-eksempel.no"])

E("en", ["W2", "W10"], "Priya Raman <priya.raman@signalworks.test>", "Activation link + account type",
  """
  Hi there,

  I hope this finds you well. I started at Signalworks last month and have been trying to get onto the course portal
  since then. First I registered on my phone, which I now understand is not recommended, and then on my laptop.
  Neither time did I receive the activation e-mail at priya.raman@signalworks.test - could you please check if
  the address is right and send a new link? Also, I chose "free e-learning" but my manager says I need the full catalogue
  for the signal courses, so I would like to change that as well once I'm in.
  Anyway, thanks for your patience, the weather here has been terrible and the trains late, but that's another story.

  Kind regards,
  Priya Raman
  Signal Engineer
  """, ["Priya Raman"], [], ["priya.raman@signalworks.test"])

E("nb", ["W2"], "Stian <stian.aa@online.no>", "aktiveringslenke",
  """
  Hei. Lenken i mailen dere sendte er utløpt. Kan jeg få ny? Stian Aamodt
  """, ["Stian Aamodt"], [], ["stian.aa@online.no"])

E("nb", ["W2", "W10"], "Tor Inge Rasmussen <tir@rasmussen-eksempel.no>", "Mail kommer ikke",
  """
  Hei
  Registrerte meg med toringe.rasmussen@rasmussen-eksempel.no men det er feil, riktig er tir@rasmussen-eksempel.no. Derfor kom det vel aldri noen aktiveringsmail.
  Kan dere rette adressen og sende ny lenke? Jeg valgte gratis e-læring, men trenger full kurskatalog - hvordan bytter jeg?

  Med vennlig hilsen
  Tor Inge Rasmussen
  Prosjektleder
  Mob: 481 22 903

  Denne e-posten kan inneholde konfidensiell informasjon. Dersom du har mottatt den ved en feil, vennligst slett den og gi beskjed til avsender.
  """, ["Tor Inge Rasmussen"], [], ["tir@rasmussen-eksempel.no", "toringe.rasmussen@rasmussen-eksempel.no"])

E("en", ["W2"], "Dmitri Volkov <dmitri.volkov@mail.test>", "ACTIVATION",
  """
  HELLO I DONT GET ACTIVATION EMAIL. I CHECK SPAM. EMAIL dmitri.volkov@mail.test. NAME DMITRI VOLKOV. THANK YOU
  """, ["Dmitri Volkov"], [], ["dmitri.volkov@mail.test"])

E("nn", ["W2"], "Solveig Rygg <solveig.rygg@vestlandbane-eksempel.no>", "Aktivering av brukar",
  """
  Hei,
  Eg har registrert meg, men aktiveringsmailen kjem ikkje. Kan det hende han har hamna i e-postfilteret til firmaet? Adressa mi er solveig.rygg@vestlandbane-eksempel.no.
  Venleg helsing
  Solveig Rygg
  Vestlandbane AS
  """, ["Solveig Rygg"], [], ["solveig.rygg@vestlandbane-eksempel.no"])

E("nb", ["W2"], "Hege Lindahl <hege.lindahl@gmail.com>", "Registrering",
  """
  Hei, har registrert meg (hege.lindahl@gmail.com) og skal ha fått en e-post om å lage passord, men har ikke fått noe. Hva gjør jeg?
  Hilsen Hege
  """, ["Hege Lindahl"], [], ["hege.lindahl@gmail.com"])

E("en", ["W2"], "Mark Ellison <mark.ellison@britrail-consult.test>", "RE: Activation e-mail",
  """
  Still nothing, I'm afraid. The address is mark.ellison@britrail-consult.test.

  Mark Ellison | Senior Consultant | BritRail Consult Ltd
  T: +44 20 7946 0321

  From: Kursportal support <eksternsupport@kursportal-eksempel.no>
  Sent: 02 December 2026 13:02
  To: Mark Ellison
  Subject: RE: Activation e-mail

  Hi Mark, have you checked your spam folder?

  From: Mark Ellison
  Sent: 01 December 2026 11:47
  Subject: Activation e-mail

  I registered yesterday and did not receive the activation e-mail.
  """, ["Mark Ellison"], [], ["mark.ellison@britrail-consult.test"])

E("nb", ["W2"], "Ali Rezaei <ali.rezaei@hotmail.com>", "hei",
  """
  hei jeg har laget bruker men ikke fått mail for aktivering . kanskje skrev jeg ali.rezai@hotmail.com uten e . hilsen Ali Rezaei
  """, ["Ali Rezaei"], [], ["ali.rezaei@hotmail.com", "ali.rezai@hotmail.com"])

# ---------------- W3: forgotten password ----------------
E("nb", ["W3"], "Marius Fjeld <marius.fjeld@gmail.com>", "Glemt passord",
  """
  Hei, har glemt passordet og får ikke tilbakestillingsmail. Brukernavn marius.fjeld@gmail.com
  Marius Fjeld
  """, ["Marius Fjeld"], [], ["marius.fjeld@gmail.com"])

E("en", ["W3", "W15"], "Chen Wei <chen.wei@metrobuild.test>", "password reset not working",
  """
  Hello,
  I click "Har du glemt passordet?" and type chen.wei@metrobuild.test but nothing comes. I have logged in before, last year.
  After I get in I also need my certificate for the safety course, my boss is asking.
  Best, Chen Wei
  """, ["Chen Wei"], [], ["chen.wei@metrobuild.test"])

E("nb", ["W3"], "Ragnhild Øye <ragnhild.oye@live.no>", "passord",
  """
  Glemt passord. Ragnhild Øye
  Sendt fra min iPhone
  """, ["Ragnhild Øye"], [], ["ragnhild.oye@live.no"])

o2 = org()
E("nn", ["W3"], "Olav Kvamme <olav.kvamme@kvamme-eksempel.no>", "Gløymt passord",
  f"""
  Hei
  Eg har gløymt passordet mitt til kursportalen. Har prøvd «Har du glemt passordet?» men får ingen e-post. Eg er registrert med olav.kvamme@kvamme-eksempel.no.
  Kurset mitt startar på torsdag så det hastar litt.
  Helsing Olav Kvamme
  Kvamme Elektro AS, org.nr {o2}
  """, ["Olav Kvamme"], [], ["olav.kvamme@kvamme-eksempel.no"], [o2])

E("nb", ["W3"], "Thea Solberg <thea.solberg@gmail.com>", "SV: SV: SV: Passord",
  """
  Det fungerte ikke denne gangen heller, lenken sier at den er ugyldig.

  Den tirs. 1. des. 2026 kl. 14:20 skrev Kursportal support <eksternsupport@kursportal-eksempel.no>:
  > Hei Thea, vi har sendt en ny lenke til thea.solberg@gmail.com.
  >
  > Den tirs. 1. des. 2026 kl. 10:02 skrev Thea Solberg <thea.solberg@gmail.com>:
  >> Lenken kom ikke.
  >>
  >> Den man. 30. nov. 2026 kl. 09:15 skrev Kursportal support <eksternsupport@kursportal-eksempel.no>:
  >>> Bruk «Har du glemt passordet?» på innloggingssiden.
  """, ["Thea Solberg"], [], ["thea.solberg@gmail.com"])

E("en", ["W3"], "João Pereira <joao.pereira@gmail.com>", "Forgot my password",
  """
  Hi, I forgot my password. Username joao.pereira@gmail.com. Can you send a reset link please? Obrigado!
  João Pereira
  """, ["João Pereira"], [], ["joao.pereira@gmail.com"])

E("nb", ["W3"], "Kjell Arne Moen <kjell.arne.moen@banedrift-eksempel.no>", "Kurs 14.12 - får ikke logget inn",
  f"""
  Hei
  Jeg har kurs 14.12 og skulle ta e-læringen før, men passordet fungerer ikke lenger. Jeg har vært inne før.
  Mitt HMS-kort har nummer {not_org()} om det hjelper.
  E-post: kjell.arne.moen@banedrift-eksempel.no

  Med vennlig hilsen
  Kjell Arne Moen
  Anleggsleder
  Banedrift Øst AS
  Telefon: +47 456 78 901
  """, ["Kjell Arne Moen"], [], ["kjell.arne.moen@banedrift-eksempel.no"])

bf = bad_fnr("1970-04-12")
E("nb", ["W3"], "Vidar <vidar.h@online.no>", "Re: passord",
  f"""
  sjekka søppelpost og alt mulig, ingen mail. vidar.h@online.no. fnr {bf} om dere trenger det. Vidar Hammerstad
  """, ["Vidar Hammerstad"], [], ["vidar.h@online.no"])

E("en", ["W3", "W13"], "Anna Kowalczyk <anna.kowalczyk@o2-eksempel.test>", "Cannot login - password",
  """
  Dear support,
  I need to do the safety course (sikkerhetskurs) again but I forgot my password. I have not access to kursportal since 2024.
  My e-mail is anna.kowalczyk@o2-eksempel.test. And when is next classroom date in Oslo? I see none in calendar.
  Thank you very much
  Anna Kowalczyk
  """, ["Anna Kowalczyk"], [], ["anna.kowalczyk@o2-eksempel.test"])

E("nb", ["W3"], "Sofie Nygård <sofie.nygard@sporteknikk-eksempel.no>", "Innlogging",
  """
  Hei, jeg har aldri logget inn før, fikk en e-post for lenge siden men den er borte. Nå står det at passordet er feil. Hva gjør jeg?
  sofie.nygard@sporteknikk-eksempel.no
  Sofie Nygård
  """, ["Sofie Nygård"], [], ["sofie.nygard@sporteknikk-eksempel.no"])

E("nn", ["W3", "W11"], "Gunnar Lid <gunnar.lid@gmail.com>", "Passord og HMS-kort",
  f"""
  Hei
  Har gløymt passordet (gunnar.lid@gmail.com). Når eg fyrst er inne vil eg òg leggje inn nytt HMS-kort, nummer {not_org()}.
  Mvh Gunnar Lid
  """, ["Gunnar Lid"], [], ["gunnar.lid@gmail.com"])

E("en", ["W3"], "Ola N. <ola.nordvik@nordvik-rail.test>", "pw",
  """
  pls reset pw for ola.nordvik@nordvik-rail.test thx
  Ola Nordvik
  """, ["Ola Nordvik"], [], ["ola.nordvik@nordvik-rail.test"])

E("nb", ["W3"], "Espen Aune <espen.aune@gmail.com>", "Feil på bevis",
  """
  Hei. Overskriften er feil, beklager. Det gjelder passordet mitt, jeg har glemt det. Jeg har prøvd glemt passord tre ganger.
  Espen Aune, espen.aune@gmail.com
  """, ["Espen Aune"], [], ["espen.aune@gmail.com"])

E("nb", ["W3"], "Trude Bakken <trude.bakken@elektroteam-eksempel.no>", "Passord",
  f"""
  Hei,
  Vår ansatt Rune Fossheim har glemt passordet sitt til kursportalen og får ikke tilbakestilt det. Han er registrert med rune.fossheim@elektroteam-eksempel.no.
  Han må ha kursbeviset med på jobb mandag.

  Med vennlig hilsen
  Trude Bakken
  Personalkonsulent
  Elektroteam AS
  Kontonr. {digits(4)}.{digits(2)}.{digits(5)}
  """, ["Rune Fossheim", "Trude Bakken"], [], ["rune.fossheim@elektroteam-eksempel.no", "trude.bakken@elektroteam-eksempel.no"])

E("en", ["W3"], "Mohammed Al-Hassan <m.alhassan@gmail.com>", "Password",
  """
  Hello I am Mohammed Al-Hassan. I forgot password. My email m.alhassan@gmail.com 👍
  """, ["Mohammed Al-Hassan"], [], ["m.alhassan@gmail.com"])

# ---------------- W4: new employer, no access to old e-mail ----------------
E("nb", ["W4", "W5"], "Håkon Strand <hakon.strand@nyebane-eksempel.no>", "Ny jobb - kommer ikke inn",
  """
  Hei
  Jeg har byttet jobb fra Sporbygg AS til Nye Bane AS. Kontoen min står på hakon.strand@sporbygg-eksempel.no og den mailen har jeg ikke lenger tilgang til.
  Husker heller ikke passordet. Kan dere endre e-posten til hakon.strand@nyebane-eksempel.no? Født 08.12.1981.
  Må også bytte arbeidsgiver i portalen.
  Mvh Håkon Strand
  """, ["Håkon Strand"], ["1981-12-08"], ["hakon.strand@nyebane-eksempel.no", "hakon.strand@sporbygg-eksempel.no"])

E("en", ["W4", "W5"], "Fatima Benali <fatima.benali@gmail.com>", "Old work email gone",
  """
  Hello,
  I changed company and my portal login is my old work address f.benali@tunnelgruppen-eksempel.no which is closed now. I forgot the password too.
  Please change my login to fatima.benali@gmail.com. Date of birth: 14 Feb 1993.
  My new employer is Nordic Tunnel AS, please change that too (invoice ref NT-118).
  Fatima Benali
  """, ["Fatima Benali"], ["1993-02-14"], ["fatima.benali@gmail.com", "f.benali@tunnelgruppen-eksempel.no"])

E("nn", ["W4"], "Ivar Sandvik <ivar.sandvik@fjellanlegg-eksempel.no>", "Byte av e-post",
  """
  Hei
  Eg har slutta i Vossebygg og har ikkje lenger tilgang til ivar@vossebygg-eksempel.no, som er brukarnamnet mitt. Hugsar ikkje passordet heller.
  Ny adresse: ivar.sandvik@fjellanlegg-eksempel.no. Fødd 3.5.77.
  Ivar Sandvik
  """, ["Ivar Sandvik"], ["1977-05-03"], ["ivar.sandvik@fjellanlegg-eksempel.no", "ivar@vossebygg-eksempel.no"])

E("nb", ["W4"], "Camilla Dahl-Øvrebø <camilla.dahlovrebo@gmail.com>", "Bytte innlogging",
  """
  Hei! Jeg kommer ikke inn fordi brukernavnet er min gamle jobbmail (camilla@renhold-sor-eksempel.no) som er slettet. Har ikke passordet.
  Kan dere sette camilla.dahlovrebo@gmail.com som ny innlogging? Fødselsdato 29.06.1990.
  Camilla Dahl-Øvrebø
  """, ["Camilla Dahl-Øvrebø"], ["1990-06-29"], ["camilla.dahlovrebo@gmail.com", "camilla@renhold-sor-eksempel.no"])

n2 = fnr("1987-01-19")
E("en", ["W4"], "Erik Lindqvist <erik.lindqvist@skanska-eksempel.test>", "Change login email",
  f"""
  Hi, I moved from Banebygg to a new employer and lost access to erik@banebygg-eksempel.no. Password forgotten too.
  New address erik.lindqvist@skanska-eksempel.test. Born 19.01.1987, personnummer {n2[:6]} {n2[6:]} if you need it.
  Erik Lindqvist
  """, ["Erik Lindqvist"], ["1987-01-19"], ["erik.lindqvist@skanska-eksempel.test", "erik@banebygg-eksempel.no"], nid=True)

# ---------------- W16: agent registers a learner ----------------
E("nb", ["W16"], "Lene Haug <lene.haug@baneentreprenor-eksempel.no>", "Kan dere opprette bruker for ny ansatt?",
  """
  Hei,
  Vi har en ny ansatt som ikke får til registreringen selv (han har ikke PC). Kan dere opprette bruker for ham?
  Navn: Oskar Birkeland
  Født: 12.10.2001
  E-post: oskar.birkeland@baneentreprenor-eksempel.no
  Kontotype: Full kurskatalog
  Arbeidsgiver: Baneentreprenør AS

  Mvh
  Lene Haug
  HR
  """, ["Oskar Birkeland", "Lene Haug"], ["2001-10-12"], ["oskar.birkeland@baneentreprenor-eksempel.no", "lene.haug@baneentreprenor-eksempel.no"])

E("en", ["W16"], "Site office <site@northline-eksempel.no>", "Please register two workers",
  """
  Hello, please create portal users for our two workers, they only need the free safety course:
  Name            Born         Email
  Viktor Petrov   1988-04-02   viktor.petrov@mail.test
  Andrei Popescu  1992-11-17   andrei.popescu@mail.test
  Thanks, Northline site office
  """, ["Viktor Petrov", "Andrei Popescu"], ["1988-04-02", "1992-11-17"], ["viktor.petrov@mail.test", "andrei.popescu@mail.test"])

E("nn", ["W16"], "Marit Rønning <marit.ronning@hardangerbygg-eksempel.no>", "Registrering av lærling",
  """
  Hei
  Lærlingen vår, Jonas Eide (fødd 30.01.2007), får ikkje registrert seg sjølv. Kan de opprette brukar? E-post jonas.eide@hardangerbygg-eksempel.no, full kurskatalog.
  Helsing Marit Rønning, dagleg leiar
  """, ["Jonas Eide", "Marit Rønning"], ["2007-01-30"], ["jonas.eide@hardangerbygg-eksempel.no", "marit.ronning@hardangerbygg-eksempel.no"])

# ---------------- registration: how to make my own account ----------------
E("nb", ["registration"], "Siri Holm <siri.holm@gmail.com>", "Ny bruker",
  """
  Hei, jeg skal begynne å jobbe for en entreprenør på jernbanen og må ta sikkerhetskurs. Hvordan lager jeg bruker, og hvilken type skal jeg velge?
  Siri Holm
  """, ["Siri Holm"], [], ["siri.holm@gmail.com"])

E("en", ["registration"], "Piotr Zieliński <piotr.zielinski@mail.test>", "how to register",
  """
  Hi, how do I create account in kursportal? I don't have HMS card yet. Is D-number ok?
  Piotr
  """, ["Piotr Zieliński"], [], ["piotr.zielinski@mail.test"])

E("nb", ["registration", "W7"], "Robin Eriksen <robin@eriksen-sveis-eksempel.no>", "Registrering - finner ikke firma",
  """
  Hei
  Jeg prøver å registrere meg med full kurskatalog men firmaet vårt, Eriksen Sveis, står ikke i lista. Hvordan går jeg frem?
  Robin Eriksen
  """, ["Robin Eriksen"], [], ["robin@eriksen-sveis-eksempel.no"])

E("nn", ["registration"], "Kristin Bø <kristin.bo@gmail.com>", "Kva brukartype?",
  """
  Hei, eg skal ta førarutdanning hjå dykk. Kva for brukartype skal eg velje når eg registrerer meg?
  Kristin Bø
  """, ["Kristin Bø"], [], ["kristin.bo@gmail.com"])

E("en", ["registration"], "Thank you very much <daniel.okafor@gmail.com>", "New account",
  """
  Hello, I am a new contractor and need to do courses at the railway school (Jernbaneskolen). Which account should I register, free or full?
  Daniel Okafor
  """, ["Daniel Okafor"], [], ["daniel.okafor@gmail.com"])

E("nb", ["registration"], "Karoline Ness <karoline.ness@ness-eksempel.no>", "bruker",
  """
  Hvordan registrerer jeg meg? Er ansatt i Bane-entreprenør, ikke Bane NOR selv.
  Karoline
  """, ["Karoline Ness"], [], ["karoline.ness@ness-eksempel.no"])
