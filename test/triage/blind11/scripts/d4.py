from ids import fnr, org, not_org, digits, bad_fnr
from lib import E

# ---------------- W17: who changed what (audit) ----------------
E("nb", ["W17"], "Tor Helge Strand <tor.helge.strand@strandspor-eksempel.no>", "Hvem endret arbeidsgiver?",
  """
  Hei
  Tre av våre ansatte står plutselig med en annen arbeidsgiver i kursportalen, og vi har fått faktura for kurs vi ikke har bestilt. Hvem gjorde endringen, og når?
  Det gjelder blant annet Kim Andre Lunde og Maja Solvang.
  Tor Helge Strand
  Daglig leder, Strandspor AS
  """, ["Kim Andre Lunde", "Maja Solvang", "Tor Helge Strand"], [], ["tor.helge.strand@strandspor-eksempel.no"])

E("en", ["W17", "W4"], "Oliver Brandt <oliver.brandt@gmail.com>", "Someone changed my login email?",
  """
  Hi, today I could not log in and it seems my login e-mail was changed to an address I don't know. Who changed it and when? My old login was oliver.brandt@gmail.com.
  Please set it back. Born 2 March 1989.
  Oliver Brandt
  """, ["Oliver Brandt"], ["1989-03-02"], ["oliver.brandt@gmail.com"])

E("nb", ["W17"], "Internrevisjon <revisjon@kursportal-eksempel.no>", "Logg over endringer sak 2026-4471",
  """
  Hei, i forbindelse med revisjon ber vi om en oversikt over alle endringer gjort på brukeren til Petra Lindholm i november, med hvem som gjorde dem og hvilken sak de hørte til.
  Hilsen internrevisjonen
  """, ["Petra Lindholm"], [], [])

# ---------------- W20: what do you store / delete me ----------------
E("nb", ["W20"], "Nils Åge Haugen <nils.age.haugen@gmail.com>", "Innsyn",
  """
  Hei
  Jeg ber om innsyn i hvilke personopplysninger dere har lagret om meg i kursportalen, jf. personvernforordningen artikkel 15.
  Nils Åge Haugen
  Født 22.10.1964
  """, ["Nils Åge Haugen"], ["1964-10-22"], ["nils.age.haugen@gmail.com"])

E("en", ["W20"], "Emily Clarke <emily.clarke@mail.test>", "Delete my account",
  """
  Please delete my account and all my data. I no longer work in Norway. Emily Clarke (emily.clarke@mail.test)
  """, ["Emily Clarke"], [], ["emily.clarke@mail.test"])

E("nn", ["W20"], "Halvard Teigen <halvard.teigen@gmail.com>", "Slett meg",
  """
  Hei. Eg har slutta i bransjen og vil at de slettar brukaren min og alt de har om meg. Kan de stadfeste når det er gjort?
  Halvard Teigen
  """, ["Halvard Teigen"], [], ["halvard.teigen@gmail.com"])

n = fnr("1958-08-03")
E("nb", ["W20"], "familien.lie@getmail-eksempel.no", "Min avdøde far",
  f"""
  Hei
  Min far, Sverre Arnold Lie, døde i september. Han var registrert i kursportalen. Vi ønsker at brukeren hans slettes.
  Han var født 3. august 1958, fødselsnummer {n[:6]} {n[6:9]} {n[9:]}.
  Med hilsen Tone Lie
  """, ["Sverre Arnold Lie", "Tone Lie"], ["1958-08-03"], [], nid=True)

E("nb", ["W20", "W15"], "Hanne Brekke <hanne.brekke@live.no>", "Sletting",
  """
  Hei, kan jeg få en kopi av kursbevisene mine og hva dere har lagret om meg før dere sletter kontoen min? Jeg går over i annen bransje.
  Hanne Brekke
  """, ["Hanne Brekke"], [], ["hanne.brekke@live.no"])

# ---------------- other ----------------
E("en", ["other"], "MAILER-DAEMON@mx.kursportal-eksempel.no", "Undeliverable: Kursportal - aktivering av bruker",
  """
  This is the mail system at host mx.kursportal-eksempel.no.

  I'm sorry to have to inform you that your message could not be delivered to one or more recipients.

  <jon.hagen@gmial.com>: host gmial.com said: 550 5.1.1 User unknown

  Final-Recipient: rfc822; jon.hagen@gmial.com
  Action: failed
  Status: 5.1.1
  """, [], [], [])

E("nb", ["other"], "Mange takk <grete.moen@gmail.com>", "Takk!",
  """
  Tusen takk for rask hjelp i går, nå kom jeg inn! 😊
  Grete Moen
  """, ["Grete Moen"], [], ["grete.moen@gmail.com"])

E("nb", ["other"], "Jostein Ramberg <jostein.ramberg@ramberg-eksempel.no>", "Automatisk svar: Kursbevis",
  """
  Takk for din e-post. Jeg er på ferie til og med 4. januar og har begrenset tilgang til e-post.
  Haster det, kontakt sentralbordet på 22 33 44 55.
  Jostein Ramberg
  """, ["Jostein Ramberg"], [], ["jostein.ramberg@ramberg-eksempel.no"])

E("nb", ["other"], "Faktura <faktura@kontorrekvisita-eksempel.no>", "Faktura 2026-88412 forfaller",
  f"""
  Hei
  Vi minner om faktura 2026-88412 på kr 12 480,-, forfall 15.12.2026.
  Kontonummer: {digits(4)} {digits(2)} {digits(5)}
  KID: {digits(12)}
  Med vennlig hilsen
  Kontorrekvisita AS, Regnskap
  """, [], [], [])

E("nb", ["other"], "Salg <salg@digitalkurs-eksempel.no>", "Effektiviser kursadministrasjonen 🚀",
  """
  Hei!
  Bruker dere fortsatt manuelle rutiner for kursadministrasjon? Vårt system sparer dere for 40 % tid.
  Book en gratis demo i dag!
  Salg, Digitalkurs AS
  """, [], [], [])

E("nb", ["other"], "Steffen Moe <steffen.moe@gmail.com>", "Togbillett",
  """
  Hei, jeg kjøpte billett Oslo–Bergen i går men toget ble innstilt. Hvordan får jeg pengene tilbake?
  Steffen Moe
  """, ["Steffen Moe"], [], ["steffen.moe@gmail.com"])

E("en", ["other"], "Postmaster <postmaster@railtech.test>", "Undeliverable: RE: Your password",
  """
  Delivery has failed to these recipients or groups:
  ola.hansen@railtech.test
  The e-mail address you entered couldn't be found.
  """, [], [], [])

E("nn", ["other"], "Kjellaug Rysstad <kjellaug.rysstad@gmail.com>", "Takk",
  """
  Takk for god hjelp, no fungerer alt. Ha ei god jul!
  Kjellaug
  """, ["Kjellaug Rysstad"], [], ["kjellaug.rysstad@gmail.com"])

E("nb", ["other"], "Gevinst <vinner@premie-eksempel.test>", "GRATULERER! Du har vunnet",
  """
  GRATULERER!!! Din e-postadresse er trukket ut som vinner av en iPhone. Klikk her for å hente premien innen 24 timer.
  """, [], [], [])

E("nb", ["other"], "Bjarne Tollefsen <bjarne.tollefsen@nabolag-eksempel.no>", "Støy fra sporarbeid",
  """
  Hei. Det har vært sporarbeid utenfor huset mitt på Nittedal hver natt denne uka. Hvem kan jeg klage til?
  Bjarne Tollefsen
  """, ["Bjarne Tollefsen"], [], ["bjarne.tollefsen@nabolag-eksempel.no"])
