"""Hand-written hard tickets for blind12 (27). Labels set by hand per the rules file."""
import datetime
from people import *
from templates import R, iso
from ids import make_fnr, spoil_fnr, make_org, spoil_org, digits_not_id


def P(rng, lang, first, last, born, priv):
    class X:
        pass
    x = X()
    x.first, x.last, x.name, x.born, x.priv = first, last, f"{first} {last}", born, priv
    x.work = lambda dom: f"{translit(first)[0]}{translit(last)}@{dom}"
    return x


def T(lang, topics, r):
    r["lang"], r["topics"] = lang, topics
    return r


def SPECIALS(rng, langs_left=None):
    D = datetime.date
    out = []

    # 1 W1+W3 nb, dialect words beside bokmål forms ("allerede", "glemt") -> bokmål
    p = P(rng, "nb", "Ørjan", "Kvisle", D(1988, 3, 14), "orjan.kvisle88@hotmail.com")
    out.append(T("nb", ["W1", "W3"], R(f"orjan k <{p.priv}>", "ka e brukernavnet mitt",
        "heisann\neg har glemt passord OG brukernavn, har allerede prøvd 3 forskjellige eposter men ingen funker. "
        "eg veit ikkje ka mer eg ska gjøre. sjefen mase om kurset.\n\nØrjan Kvisle 14. mars -88\nprøvd: orjan.kvisle88@hotmail.com, ok@brattlimaskin-eksempel.no og "
        "orjan.kvisle@gmial.com (den siste er kanskje feil skrevet)\n\nmvh Ørjan\nSendt fra min Samsung Galaxy",
        [p.name], ["1988-03-14"], [p.priv, "ok@brattlimaskin-eksempel.no", "orjan.kvisle@gmial.com"])))

    # 2 W3 en with a Norwegian phrase
    out.append(T("en", ["W3"], R("Lukasz Zawadzki <lukasz.zawadzki@outlook.com>", "reset link expired AGAIN",
        "Hi, the reset link is expired again when I click it (after 2 min!!). Kan dere sende ny? I must do the course today.\nthanks\nLukasz",
        ["Lukasz Zawadzki"], [], ["lukasz.zawadzki@outlook.com"])))

    # 3 W4+W3 nn, long rambling, ask in the middle
    out.append(T("nn", ["W4", "W3"], R("Gunnhild Sæterbø <gunnhild.saeterbo@online.no>", "Tilgang til kursportalen",
        "Hei\n\nEg har jobba i Vestlandske Sveis i mange år og teke fleire kurs hos dykk, mellom anna hovudsikkerheitsvakt i 2023 og "
        "repetisjonen i fjor haust, som gjekk fint. No har eg slutta der og byrja som sjølvstendig, og det har vore mykje "
        "å ordne med ny bil og rekneskap og slikt.\n\nSaka er at brukaren min står på gs@vestlandskesveis-eksempel.no, og den "
        "postkassa er stengd no, så eg får ikkje nullstilt passordet. Kan de byte innloggingsadressa til gunnhild.saeterbo@online.no?\n\n"
        "Elles var kurset i Bergen i vår veldig bra, takk for det. Instruktøren var flink.\n\nHelsing\nGunnhild Sæterbø\nfødd 2.7.1971",
        ["Gunnhild Sæterbø"], ["1971-07-02"], ["gunnhild.saeterbo@online.no", "gs@vestlandskesveis-eksempel.no"])))

    # 4 registration nb, Firma-ID + which type, rambling
    out.append(T("nb", ["registration"], R("Malin Teigen <malin.teigen@gmail.com>", "Sv: Ny bruker",
        "Hei igjen\n\nTakk for svar sist. Jeg har nå fått HMS-kort (nr 4471209) og skal registrere meg, men når jeg kommer til "
        "steget med arbeidsgiver blir jeg bedt om Firma-ID og har ingen anelse hva det er. Prøvde både Safari og mobil. "
        "Skal jeg forresten velge «Full kurskatalog» eller «Gratis e-læring»? Jeg skal på klasseromskurs i Drammen i januar.\n\n"
        "Hilsen Malin\n\nDen fre. 30. okt. 2026 kl. 13:02 skrev Kursstøtte <support@kursportal-eksempel.no>:\n"
        "> Hei Malin,\n> du må ha HMS-kort før du kan registrere deg.\n> Hilsen Kursstøtten\n>\n"
        "> Den tor. 29. okt. 2026 kl. 21:40 skrev Malin Teigen <malin.teigen@gmail.com>:\n>> Hei, hvordan lager jeg bruker? Har ikke HMS-kort enda.",
        ["Malin Teigen"], [], ["malin.teigen@gmail.com"])))

    # 5 W5 nb, HR about apprentice, contact label -> learner first, contact last
    o = make_org(rng)
    out.append(T("nb", ["W5"], R("Bjørnar Lysne <bjornar.lysne@hedmarkkontaktledning.test>", "Lærling over til oss",
        f"Hei!\nVår lærling Emma Sørlie, f. 05.09.05, har gått over til oss fra Trønder Skinne AS fra 1. desember. "
        f"Hun står fortsatt på gammel arbeidsgiver i kursportalen, og innloggingen hennes er emma.sorlie@tronderskinne-eksempel.no. "
        f"Hennes private e-post er emmasorlie05@gmail.com. Kan dere flytte henne? Vi ønsker fakturaref. LÆR-2211.\n\n"
        f"Kontaktperson: Bjørnar Lysne, bjornar.lysne@hedmarkkontaktledning.test\n\nHedmark Kontaktledning AS\nOrg.nr. {fmt_org(rng, o)}",
        ["Emma Sørlie", "Bjørnar Lysne"], ["2005-09-05"],
        ["emma.sorlie@tronderskinne-eksempel.no", "emmasorlie05@gmail.com", "bjornar.lysne@hedmarkkontaktledning.test"], [o])))

    # 6 W6 en, merger table + disclaimer
    emps = [("Rūta Jankauskienė", D(1979, 11, 3)), ("Kevin Ødegård", D(1992, 1, 21)), ("Stefan Ionescu", D(1985, 6, 30)),
            ("Hilde Brenna", D(1969, 12, 9))]
    o1, o2 = make_org(rng), make_org(rng)
    table = "| Employee | Born | Old employer |\n|---|---|---|\n" + "\n".join(f"| {n} | {d.day:02d}/{d.month:02d}/{d.year} | Polar Rail Services AS |" for n, d in emps)
    out.append(T("en", ["W6"], R("HR Nordic Track <hr@nordictracksolutions.test>", "Transfer of employees after acquisition",
        f"Dear Course Support,\n\nFollowing the acquisition of Polar Rail Services AS (org {fmt_org(rng, o1)}) by Nordic Track Solutions AS "
        f"(org {fmt_org(rng, o2)}), please transfer the employees below. Their logins stay the same.\n\n{table}\n\n"
        "Kind regards\nHR Department\nNordic Track Solutions AS\n\n" + DISCLAIMER["en"],
        [n for n, _ in emps], [iso(d) for _, d in emps], [], [o1, o2])))

    # 7 W7 nb, firm mailbox, "v/" sign-off, mistyped org number then corrected, contact label
    o = make_org(rng)
    bad = spoil_org(rng, o)
    out.append(T("nb", ["W7"], R("Askvoll Anlegg AS <post@askvollanlegg-eksempel.no>", "Registrering som kunde",
        f"Hei\nVi ønsker å bli registrert som kunde så våre folk kan melde seg på kurs.\n\nOrg.nr: {bad[:3]} {bad[3:6]} {bad[6:]}\n"
        f"Beklager, feil over. Riktig er {o}.\nFirmanavn: Askvoll Anlegg AS\nFakturaadresse: samme som i Brønnøysund\n"
        "Faktura-e-post: faktura@askvollanlegg-eksempel.no (vi er ikke i ELMA)\n"
        "Kontaktperson: daglig leder Trude Helgheim, trude@askvollanlegg-eksempel.no, 957 31 204\n\nAskvoll Anlegg AS v/ Ketil Rognaldsen",
        ["Trude Helgheim", "Ketil Rognaldsen"], [], ["trude@askvollanlegg-eksempel.no"], [o])))

    # 8 W7 nn short
    o = make_org(rng)
    out.append(T("nn", ["W7"], R("Sigve Nesheim <sigve@fjordkabel.test>", "Kunde?",
        f"Kva må firmaet vårt gjere for å bli kunde hos dykk? Vi finst ikkje i lista når folka våre skal registrere seg. Org.nr {fmt_org(rng, o)}.\nSigve",
        ["Sigve Nesheim"], [], ["sigve@fjordkabel.test"], [o])))

    # 9 W8 nb, accounting spreadsheet of new customers
    os_ = [make_org(rng) for _ in range(3)]
    badx = spoil_org(rng, make_org(rng))
    out.append(T("nb", ["W8"], R("Gunn Strand <gunn.strand@kursportal-eksempel.no>", "Nye kunder desember (csv)",
        "Hei\nHer er nye kunder som skal inn før jul. Kan dere importere? Den siste har vi ikke fått bekreftet org.nr på, den står som ugyldig hos oss.\n\n"
        "orgnr;navn;fakturaepost;elma\n"
        f"{os_[0]};Løvlie & Sønn AS;;ja\n{os_[1]};Randsfjord Betong AS;faktura@randsfjordbetong-eksempel.no;nei\n"
        f"{os_[2]};Midtnorsk Sporservice AS;;ja\n{badx};Kystbane Elektro AS;regnskap@kystbaneelektro.test;nei\n\nGunn Strand, Regnskap",
        ["Gunn Strand"], [], ["gunn.strand@kursportal-eksempel.no"], os_)))

    # 10 W9 en
    o = make_org(rng)
    out.append(T("en", ["W9"], R("Anna Lindberg <anna.lindberg@sorlandetsignal-eksempel.no>", "ELMA / EHF check",
        f"Hello,\nbefore we send the customer form: can you look up whether org no. NO{o}MVA is in the Brønnøysund register and in ELMA, "
        "so we know if we can receive EHF invoices or need to give you an invoice e-mail?\nBest, Anna Lindberg\nFinance, Sørlandet Signal AS",
        ["Anna Lindberg"], [], ["anna.lindberg@sorlandetsignal-eksempel.no"], [o])))

    # 11 W10 nb driver
    out.append(T("nb", ["W10"], R("Sander Mølstre <sander.molstre@gmail.com>", "fører",
        "Hei. Jeg har full kurskatalog nå men har kommet inn på føreropplæringen. Hvilke opplysninger trenger dere for at jeg får fører-bruker? Eller må jeg gjøre det selv?\n-Sander",
        ["Sander Mølstre"], [], ["sander.molstre@gmail.com"])))

    # 12 W11 nb ALL CAPS, card number with letters
    out.append(T("nb", ["W11"], R("ARVID HOLM <arvidholm61@online.no>", "HMS KORT",
        "HEI. HAR FÅTT NYTT HMS KORT FRA FIRMAET. NR ER HK-2209-5513. FÅR IKKE LAGT DET INN SELV. GAMMELT KORT GÅR UT 31.12. ARVID HOLM 61-04-18",
        ["Arvid Holm"], ["1961-04-18"], ["arvidholm61@online.no"])))

    # 13 W12+W10 nn, free user cannot see paid course
    out.append(T("nn", ["W12", "W10"], R("Ingebjørg Rue <ingebjorg.rue@hotmail.com>", "Finn ikkje kurset",
        "Hei\nEg skal ta Arbeid nær kontaktledning (KL-220) men det dukkar ikkje opp når eg søkjer. Kollegaen min finn det. "
        "Eg har berre gratisbrukar, kan det vere difor? Må eg i så fall byte brukartype?\nHelsing Ingebjørg",
        ["Ingebjørg Rue"], [], ["ingebjorg.rue@hotmail.com"])))

    # 14 W13 en cancel, gmail thread
    out.append(T("en", ["W13"], R("Mikael Sundqvist <mikael.sundqvist@outlook.com>", "Re: Enrolment confirmed: TSK-400 Hamar",
        "Hi, I got this confirmation but I can't attend on the 14th, I'm in Sweden that week. Please cancel me and put me on the next date if possible.\n/Mikael\n\n"
        "On Tue, Nov 10, 2026 at 8:02 AM Kursportalen <noreply@kursportal-eksempel.no> wrote:\n> You are enrolled in TSK-400 Togsikring, klasserom\n> Hamar, 14.12.2026 08:30\n> Seat 11 of 12",
        ["Mikael Sundqvist"], [], ["mikael.sundqvist@outlook.com"])))

    # 15 W14 nb, manager about employee
    out.append(T("nb", ["W14"], R("Frode Tjeldflåt <frode.tjeldflat@nordsporelektro-eksempel.no>", "Hva mangler vår ansatt?",
        "Hei\nVår ansatt Petter Gaustad (f. 1990 07 23) skal godkjennes som sikkerhetsvakt. Kan dere se hva han mangler i opplæringsløpet? "
        "Han sier han har tatt alt, men står ikke som godkjent.\n\nMed vennlig hilsen\nFrode Tjeldflåt\nAvdelingsleder\nNordspor Elektro AS\nTlf 934 11 872",
        ["Petter Gaustad"], ["1990-07-23"], [])))

    # 16 W15 nb, parent for son, "hans e-post"
    out.append(T("nb", ["W15"], R("Randi Fuglestad <randi.fuglestad@online.no>", "Kursbevis til sønnen min",
        "Hei\nSønnen min, Jonas Fuglestad, tok sikkerhetskurset i høst som lærling. Han har mistet kursbeviset og trenger det på anlegget mandag. "
        "Hans e-post er jonasfugle@gmail.com. Han er født 14/3/2006.\nMvh Randi (mor)",
        ["Jonas Fuglestad"], ["2006-03-14"], ["jonasfugle@gmail.com"])))

    # 17 W16 nb, register a new employee (form in mail)
    f = make_fnr(rng, D(1998, 2, 11))
    out.append(T("nb", ["W16"], R("Eva Brattbakk <eva.brattbakk@railtek.test>", "Registrere ny ansatt",
        "Hei\nVi har en ny ansatt som ikke får registrert seg selv (får ikke bekreftet Firma-ID). Kan dere registrere ham?\n\n"
        "Navn: Kristian Moen\nFødselsdato: 11.02.1998\nE-post: kristian.moen@railtek.test\nHMS-kort: 5530917\nBrukertype: Full kurskatalog\n\n"
        "Mvh\nEva Brattbakk\nHR, Railtek Norge AS",
        ["Kristian Moen"], ["1998-02-11"], ["kristian.moen@railtek.test"])))

    # 18 W16 en, two contractors, one invalid ID
    good = make_fnr(rng, D(1983, 8, 1), dnum=True)
    bad = spoil_fnr(rng, make_fnr(rng, D(1990, 5, 17), dnum=True))
    out.append(T("en", ["W16"], R("Site office <siteoffice@kystbaneelektro.test>", "please create accounts",
        f"Hello, please create accounts for our two new workers, they have no Norwegian BankID so they cannot register:\n\n"
        f"1) Vytautas Paulauskas, D-number {good[:6]} {good[6:]}, vytas.paul@gmail.com\n"
        f"2) Dmytro Kovalenko, D-number {bad[:6]} {bad[6:]}, born 17.05.1990, dmytro.kovalenko90@gmail.com\n\n"
        "Both free e-learning.\nThanks\nKystbane Elektro AS",
        ["Vytautas Paulauskas", "Dmytro Kovalenko"], ["1983-08-01", "1990-05-17"],
        ["vytas.paul@gmail.com", "dmytro.kovalenko90@gmail.com"], [], nid=True)))

    # 19 W17 nb
    out.append(T("nb", ["W17"], R("Kristin Aalberg <kristin.aalberg@gmail.com>", "Hvem har endret brukeren min?",
        "Hei\nNoen har endret arbeidsgiveren og e-posten på brukeren min uten at jeg har gjort det. Jeg vil vite hvem som har gjort endringen og når. "
        "Kan dere sjekke loggen?\nKristin Aalberg",
        ["Kristin Aalberg"], [], ["kristin.aalberg@gmail.com"])))

    # 20 W20 en, valid national ID sent "to identify me"
    f = make_fnr(rng, D(1976, 10, 8))
    out.append(T("en", ["W20"], R("Graham Whitlock <g.whitlock@hotmail.com>", "Subject access request",
        f"To whom it may concern,\nUnder GDPR Article 15 I request a copy of all personal data you hold about me, and then the deletion of my account. "
        f"To identify me: national identity number {f[:6]}-{f[6:]}, born October 8th 1976.\nYours faithfully\nGraham Whitlock",
        ["Graham Whitlock"], ["1976-10-08"], ["g.whitlock@hotmail.com"], nid=True)))

    # 21 other: thanks typed into name field
    out.append(T("nb", ["other"], R("Mange takk <tone.haugerud@gmail.com>", "Re: Passord [#48213]",
        "Det løste seg! Takk for hjelpen 👍\n\n-----Opprinnelig melding-----\nFra: Kursstøtte <support@kursportal-eksempel.no>\n"
        "Sendt: 3. desember 2026 10:12\nEmne: Passord [#48213]\n\nHei, vi har sendt ny lenke.",
        [], [], ["tone.haugerud@gmail.com"])))

    # 22 other: autoreply
    out.append(T("nn", ["other"], R("Oddny Vik <oddny.vik@vossabanenmontasje.test>", "Automatisk svar: Kursbevis",
        "Eg er på ferie fram til 4. januar og les ikkje e-post. I hastesaker, ta kontakt med Steinar Bø på 915 20 481.\n\nHelsing Oddny",
        ["Oddny Vik"], [], ["oddny.vik@vossabanenmontasje.test"])))

    # 23 other: spam
    out.append(T("en", ["other"], R("Crypto Profits <offers@crypto-profits.test>", "Your account was selected!!!",
        "Congratulations!\nYour e-mail was selected to receive 0.25 BTC. Click here to claim within 24 hours.\nThank you very much\nThe Crypto Profits Team\nUnsubscribe",
        [], [], [])))

    # 24 other: supplier invoice with account, KID, invoice no, org no
    o = make_org(rng)
    acct = digits_not_id(rng, 11, "1506")
    kid = digits_not_id(rng, 12)
    out.append(T("nb", ["other"], R("Salg <faktura@hallingdalmaskin-eksempel.no>", "Faktura 2026-1187 fra Hallingdal Maskin AS",
        f"Hei\nVedlagt faktura 2026-1187 for leie av gravemaskin uke 46.\n\nBeløp: kr 48 750,00\nForfall: 20.12.2026\n"
        f"Kontonr: {acct[:4]}.{acct[4:6]}.{acct[6:]}\nKID: {kid}\n\nHallingdal Maskin AS | Org.nr {o} MVA | faktura@hallingdalmaskin-eksempel.no\nRegnskap",
        [], [], [], [o])))

    # 25 other: bounce
    out.append(T("en", ["other"], R("Mail Delivery Subsystem <MAILER-DAEMON@mx.kursportal-eksempel.no>", "Delivery Status Notification (Failure)",
        "Delivery to the following recipient failed permanently:\n\n     trond.haugsnes@nordsporelektro-eksempel.no\n\n"
        "Technical details of permanent failure:\n550 5.1.1 The email account that you tried to reach does not exist.\n\n"
        "----- Original message -----\nSubject: Aktiver brukeren din\nTo: trond.haugsnes@nordsporelektro-eksempel.no",
        [], [], [])))

    # 26 other: offer
    out.append(T("nb", ["other"], R("Kursleverandøren <post@sikkerkurs.test>", "Tilbud: førstehjelpskurs for deres ansatte",
        "Hei!\nVi tilbyr førstehjelpskurs tilpasset jernbane, kr 1 890,- per deltaker ved minst 10 påmeldte. Ta kontakt for et uforpliktende tilbud.\n\nMed vennlig hilsen\nSalg",
        [], [], [])))

    # 27 other: question the desk does not handle (train ticket refund), en, ALL lower
    out.append(T("en", ["other"], R("Paulina Wróbel <paulina.wrobel@gmail.com>", "refund",
        "hello, my train from drammen was cancelled yesterday and i had to take taxi. how do i get refund for the ticket?? paulina",
        ["Paulina Wróbel"], [], ["paulina.wrobel@gmail.com"])))

    return out
