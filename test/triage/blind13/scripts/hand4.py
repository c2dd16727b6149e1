# Hand-written tickets, part 4 (privacy, other, bounces, spam, thanks).
from ids import fnr, fnr_bad, org, org_bad
from hand1 import T
L = '04'

T(L, 'nb', ['W20'], 'Ranveig Solheim <ranveig.solheim@gmail.com>', 'Innsyn',
"""Hei. Jeg ber om innsyn i hvilke personopplysninger dere lagrer om meg i kursportalen, jf. personvernforordningen art. 15.
Ranveig Solheim, f. 23.08.1970
""", ['Ranveig Solheim'], ['1970-08-23'], ['ranveig.solheim@gmail.com'])

T(L, 'en', ['W20'], 'Matteo Russo <matteo.russo@outlook.com>', 'Delete my account',
"""I no longer work in Norway. Please delete my account and all my data from your course portal. Matteo Russo
""", ['Matteo Russo'], [], ['matteo.russo@outlook.com'])

T(L, 'nb', ['other'], 'Mail Delivery Subsystem <MAILER-DAEMON@mx1.banenor-eksempel.no>', 'Delivery Status Notification (Failure)',
"""Meldingen din ble ikke levert til kjell.rambekk@gmial.com fordi adressen ikke ble funnet.

Final-Recipient: rfc822; kjell.rambekk@gmial.com
Action: failed
Status: 5.1.1
""", [], [], [])

T(L, 'nb', ['other'], 'Anita Vaage <anita.vaage@gmail.com>', 'Re: Sak 41002',
"""Tusen takk, nå fungerer alt! 👍

Anita
""", ['Anita Vaage'], [], ['anita.vaage@gmail.com'])

T(L, 'en', ['other'], 'Crypto Profits <offers@crypto-profits.test>', 'Your account has earned 4.2 BTC',
"""Dear user, your account has earned 4.2 BTC. Click here to withdraw within 24 hours. Thank you very much.
""", [], [], [])

T(L, 'nb', ['other'], 'Faktura Bane NOR Jernbaneskolen <faktura@jernbaneskolen-eksempel.no>', 'Spørsmål om faktura 2026-88412',
f"""Hei, vi har mottatt faktura nr. 2026-88412 for kurs, KID 0048812200391, forfall 20.12.2026, men beløpet stemmer ikke med tilbudet. Kontonummer på fakturaen er 1503.44.12873. Hvem kan vi snakke med?

Mvh Gunn Strand, Regnskap
Hovland Anlegg AS (org {org('98123412')})
""", ['Gunn Strand'], [], [], orgs=[org('98123412')])

T(L, 'nn', ['other'], 'Solveig Kvåle <solveig.kvale@online.no>', 'Fråvær: Solveig Kvåle',
"""Eg er på ferie til og med 4. januar og les ikkje e-post. Ved hastesaker, kontakt kontoret på 57 12 34 00.
""", ['Solveig Kvåle'], [], ['solveig.kvale@online.no'])

T(L, 'nb', ['W20', 'W4'], 'Berit Nyhus <berit.nyhus@gmail.com>', 'Gammel e-post',
"""Hei. Dere har lagret min gamle jobb-e-post berit@nyhusregnskap-eksempel.no. Jeg vil at den slettes helt fra systemet, ikke bare byttes. Hvilke opplysninger har dere ellers om meg? Ny innlogging skal være berit.nyhus@gmail.com.
Berit Nyhus
""", ['Berit Nyhus'], [], ['berit.nyhus@gmail.com', 'berit@nyhusregnskap-eksempel.no'])

T(L, 'en', ['other'], 'Postmaster <postmaster@kystlinje-eksempel.no>', 'Undeliverable: Your password reset',
"""Your message to ole.kyst@kystlinje-eksempel.no couldn't be delivered. The mailbox is full or disabled.
""", [], [], [])

T(L, 'nb', ['W17'], 'Kjersti Bråten <kjersti.braten@gmail.com>', 'Hvem har endret e-posten min?',
"""Hei, innloggingen min ble endret i forrige uke uten at jeg ba om det. Kan dere se hvem som gjorde endringen og når? Jeg er bekymret for at noen har tilgang til kontoen min.
Kjersti Bråten
""", ['Kjersti Bråten'], [], ['kjersti.braten@gmail.com'])

T(L, 'en', ['other'], 'Salg <salg@kursmateriell-eksempel.no>', 'Tilbud på HMS-utstyr',
"""Hello! We offer safety vests and helmets with your logo, 15% discount for orders before Christmas. Price list attached.
""", [], [], [])

T(L, 'nb', ['other'], 'Idar Fjeldstad <idar.fjeldstad@online.no>', 'ordnet seg',
"""Glem det jeg skrev i går, fant ut av det selv. Takk.
Idar
""", ['Idar Fjeldstad'], [], ['idar.fjeldstad@online.no'])

T(L, 'nb', ['other'], 'Bjørg Lunde <bjorg.lunde@gmail.com>', 'Parkering',
"""Hei, hvor kan man parkere ved Jernbaneskolen på Grorud? Og er det kantine der?
Bjørg
""", ['Bjørg Lunde'], [], ['bjorg.lunde@gmail.com'])
