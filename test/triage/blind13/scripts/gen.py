# Generated tickets: composed from parts (asks per topic and language, fact blocks in many
# date forms, wrappers: Outlook/Gmail quotes, forwards, web pastes, disclaimers). Seeded.
import random, datetime
from ids import fnr, fnr_bad, org, org_bad
R = random.Random(1313)

NB_FIRST = ['Halvard','Synnøve','Kåre','Tuva','Espen','Mona','Runar','Ingrid','Lars Petter','Trude','Vegard','Siri','Øystein','Camilla','Audun','Hege','Roar','Kine','Eivind','Linn','Tormod','Vibeke','Sverre','Marianne','Jostein','Ragnar','Oda','Torstein','Gudrun','Petter']
NB_LAST = ['Bjørnstad','Hoel','Kristiansen','Vatne','Nygård','Rasmussen','Eide','Thorsen','Skaret','Løvås','Myhre','Gjerde','Strømme','Holmen','Aas','Fosse','Lien','Brenden','Sætre','Tveiten','Haugen','Ødegaard','Rønning','Sollie','Bakke','Engen','Dalby','Fjeld','Ruud','Moltu']
NN_FIRST = ['Aslak','Sigrid','Torleiv','Ragnhild','Eldbjørg','Knut','Ingvild','Gaute','Solveig','Hallstein','Magnhild','Tarjei','Brynhild','Olav','Ivar','Astrid','Leiv','Gunnhild']
NN_LAST = ['Skeie','Hovden','Rysstad','Nesheim','Vinje','Flatland','Grøvle','Hustveit','Tjønn','Bleie','Sandal','Kvamme','Årdal','Fosse','Lothe','Ulvik','Hauge','Myklebust']
EN_FIRST = ['James','Katarzyna','Piotr','Emily','Tomas','Lina','Darius','Sarah','Viktor','Anna','Jonas','Marta','Oleksandr','Fatima','Erik','Rūta','Mateusz','Chloe','Arjun','Laura','Mindaugas','Pavel','Hannah','Dmitri']
EN_LAST = ['Walker','Nowak','Kaminski','Clarke','Vaitkus','Schneider','Kowalski','Jankauskas','Smith','Horvath','Lindqvist','Petrov','Murphy','Baranauskas','Wójcik','Novak','Brown','Shevchenko','Costa','Ahmed','Taylor','Dąbrowski','Kelly','Varga']
FIRMS = ['Granli Anlegg AS','Skogstad Elektro AS','Breivik Spor AS','Nordvang Bygg AS','Fjellheim Signal AS','Lyngmo Maskin AS','Vestbø Entreprenør AS','Solbakken Tele AS','Kvitnes Betong AS','Havrå Graving AS','Tindvik Jernbane AS','Åsen Sveis AS']

def fold(s):
    t = s.lower()
    for a, b in [('æ','ae'),('ø','o'),('å','a'),('ą','a'),('ę','e'),('ó','o'),('ś','s'),('ł','l'),('ū','u'),('ė','e'),('é','e'),(' ','.'),("'",''),('ż','z'),('ć','c'),('ń','n'),('č','c'),('š','s'),('ž','z')]:
        t = t.replace(a, b)
    return t
def firmdom(firm):
    return fold(firm.replace(' AS','')).replace('.','') + '-eksempel.no'

MON_NB = ['januar','februar','mars','april','mai','juni','juli','august','september','oktober','november','desember']
MON_EN = ['January','February','March','April','May','June','July','August','September','October','November','December']
def datefmt(d, lang):
    y, m, dd = d.year, d.month, d.day
    opts = [f'{dd:02d}.{m:02d}.{y}', f'{dd:02d}.{m:02d}.{y%100:02d}', f'{y} {m:02d} {dd:02d}', f'{y%100:02d}-{m:02d}-{dd:02d}',
            f'{dd}/{m}/{y}', d.isoformat(), f'{dd}.{m}.{y}']
    if lang == 'en':
        sfx = 'th' if 11 <= dd <= 13 else {1:'st',2:'nd',3:'rd'}.get(dd % 10, 'th')
        opts += [f'{MON_EN[m-1]} {dd}{sfx} {y}', f'{dd} {MON_EN[m-1]} {y}']
    else:
        opts += [f'{dd}. {MON_NB[m-1]} -{y%100:02d}', f'{dd}. {MON_NB[m-1]} {y}']
    return R.choice(opts)

# asks: (topic) -> lang -> list of sentences. {firm} {org} fillers.
ASK = {
 'W1': {'nb': ['Jeg husker ikke hvilken e-postadresse jeg registrerte meg med.', 'Får beskjed om at fødselsnummeret mitt allerede er i bruk når jeg prøver å lage bruker.', 'vet ikke hva brukernavnet mitt er, har prøvd flere mailer'],
        'nn': ['Eg hugsar ikkje kva e-postadresse eg nytta då eg registrerte meg.', 'Det står at fødselsnummeret mitt alt er i bruk, men eg veit ikkje kva brukar det gjeld.'],
        'en': ["I can't remember which email address I registered with.", 'The portal says my national ID number is already in use when I try to register.']},
 'W2': {'nb': ['Jeg har ikke fått aktiveringsmailen etter registrering.', 'Har registrert meg men fått null e-post for å sette passord, sjekket søppelpost.'],
        'nn': ['Eg har ikkje fått e-posten for å aktivere brukaren min.', 'Registrerte meg for ei veke sidan, men ingen e-post har kome.'],
        'en': ['I never received the activation email after registering.', 'Registered days ago, still no email to set my password. Checked spam.']},
 'W3': {'nb': ['Har glemt passordet mitt.', 'Kommer ikke inn, passordet virker ikke lenger og glemt-passord-mailen kommer ikke.', 'Kan dere sende meg ny lenke for passord?'],
        'nn': ['Eg har gløymt passordet mitt.', 'Kan de sende meg ei ny lenkje for å setje passord?'],
        'en': ['I forgot my password.', 'Can you send me a new password reset link? The old one does not work.']},
 'W4': {'nb': ['Har ny jobb og har ikke lenger tilgang til den gamle e-posten brukeren er registrert på, og husker ikke passordet. Kan dere bytte innloggingen til denne adressen?'],
        'nn': ['Eg har fått ny jobb og har ikkje tilgang til den gamle e-postadressa lenger, og passordet hugsar eg ikkje. Kan de byte brukarnamnet til denne adressa?'],
        'en': ['I changed jobs and lost access to the old work email my account is on, and I do not remember the password. Please change my login to this address.']},
 'W5': {'nb': ['Jeg har byttet arbeidsgiver til {firm} og må oppdatere det i profilen.', 'Hvordan endrer jeg arbeidsgiver? Har begynt i {firm}.'],
        'nn': ['Eg har byta arbeidsgjevar til {firm}. Korleis endrar eg det i profilen?'],
        'en': ['I have a new employer, {firm}. How do I update my employer in the portal?']},
 'W6': {'nb': ['{firm} har kjøpt opp selskapet vårt, og alle ansatte under må flyttes til {firm} (org.nr {org}).'],
        'nn': ['{firm} har kjøpt selskapet vårt, og dei tilsette under må flyttast til {firm} (org.nr. {org}).'],
        'en': ['Our company has merged into {firm} (org no {org}); the employees below must be moved to the new company.']},
 'W7': {'nb': ['Firmaet vårt, {firm}, finnes ikke i listen når ansatte skal registrere seg. Org.nr: {org}. Hva trenger dere?'],
        'nn': ['Firmaet vårt, {firm}, finst ikkje i lista. Org.nr. {org}. Kva treng de frå oss?'],
        'en': ['Our company {firm} (org. no. {org}) is not in the employer list. What do you need to register us as a customer?']},
 'W8': {'nb': ['Vedlagt/limt inn liste over nye kunder som skal legges inn:'], 'nn': ['Her er lista over nye kundar som skal leggjast inn:'], 'en': ['Below is the list of new customer companies to import:']},
 'W9': {'nb': ['Kan dere sjekke om org.nr {org} ligger i Brønnøysund og ELMA før vi sender søknad?'], 'nn': ['Kan de sjå om org.nr. {org} finst i Brønnøysund og ELMA?'], 'en': ['Could you look up org number {org} in the Brønnøysund register and ELMA?']},
 'W10': {'nb': ['Jeg må bytte fra gratis e-læring til full kurskatalog.', 'Skal ha føreropplæring, må brukertypen endres?'], 'nn': ['Eg må byte frå gratis e-læring til full kurskatalog.'], 'en': ['I need to upgrade my account from free e-learning to the full catalogue.']},
 'W11': {'nb': ['Jeg har fått nytt HMS-kort, nr {hms}. Hvordan oppdaterer jeg det?'], 'nn': ['Eg har fått nytt HMS-kort, nr. {hms}. Korleis oppdaterer eg det?'], 'en': ['I got a new HMS card, number {hms}. Please update it on my profile.']},
 'W12': {'nb': ['Jeg finner ikke kurset "{course}" i kurskatalogen.', 'Søker etter {course} men får ingen treff.'], 'nn': ['Eg finn ikkje kurset "{course}" i katalogen.'], 'en': ['I cannot find the course "{course}" in the catalogue.']},
 'W13': {'nb': ['Kurset "{course}" er fullt. Er det andre datoer, eller kan jeg stå på venteliste?', 'Det er ingen datoer satt opp for {course}. Kan dere sette opp en ny kursdag?'],
         'nn': ['Kurset "{course}" er fullt. Kan eg stå på venteliste?', 'Det er ikkje sett opp datoar for {course}. Kan de setje opp eit nytt kurs?'],
         'en': ['The course "{course}" is fully booked. Are there other dates or a waitlist?', 'There are no dates for {course}. Can you schedule a new one?']},
 'W14': {'nb': ['Hva mangler jeg for å få godkjent opplæringsløpet mitt?', 'Fikk varsel om at sertifiseringen min utløper. Hva må jeg ta?'], 'nn': ['Kva manglar eg for å få godkjent opplæringsløpet?'], 'en': ['What do I still need to complete my training programme?']},
 'W15': {'nb': ['Jeg trenger kursbeviset for {course}.', 'Kan dere sende meg kursbevis? Printer-ikonet under Historikk gjør ingenting.'], 'nn': ['Eg treng kursbeviset for {course}.'], 'en': ['I need my course certificate for {course}.', 'Could you send me my certificate? The print icon under History does nothing.']},
 'W16': {'nb': ['Kan dere opprette bruker for vedkommende? Har ikke PC og får det ikke til selv.'], 'nn': ['Kan de opprette ein brukar? Vedkommande har ikkje PC.'], 'en': ['Could you create an account for them? No computer at home, so they cannot do it themselves.']},
 'W17': {'nb': ['Kan dere se hvem som endret arbeidsgiveren min i systemet og når?'], 'nn': ['Kan de sjå kven som endra arbeidsgjevaren min og når?'], 'en': ['Can you tell me who changed my account details and when?']},
 'W20': {'nb': ['Jeg ønsker at brukeren min og alle opplysninger om meg slettes.', 'Hvilke opplysninger har dere lagret om meg?'], 'nn': ['Eg vil at brukaren min og alle opplysningar om meg vert sletta.'], 'en': ['Please send me a copy of all personal data you hold about me.', 'I want my account deleted.']},
 'registration': {'nb': ['Skal registrere meg for første gang. Hvilken brukertype skal jeg velge?', 'Hvordan lager jeg bruker i kursportalen? Blir spurt om Firma-ID.'], 'nn': ['Eg skal registrere meg for fyrste gong. Kva brukartype skal eg velje?'], 'en': ['I am registering for the first time. Which account type should I choose?']},
}
ASK3 = {
 'W1': {'nb': 'Vedkommende husker ikke hvilken e-post brukeren ble registrert med, og får "fødselsnummer allerede i bruk".', 'nn': 'Vedkommande hugsar ikkje kva e-post brukaren vart registrert med.', 'en': 'They cannot remember which email the account was registered with and get "ID already in use".'},
 'W3': {'nb': 'Har glemt passordet og får ikke logget inn.', 'nn': 'Har gløymt passordet og kjem ikkje inn.', 'en': 'Forgot the password and cannot log in.'},
 'W5': {'nb': 'Vedkommende har begynt hos oss i {firm} og må få oss som arbeidsgiver i portalen.', 'nn': 'Vedkommande har byrja hjå oss i {firm} og må få oss som arbeidsgjevar.', 'en': 'They have joined us at {firm} and need us as their employer in the portal.'},
 'W13': {'nb': 'Kan dere melde vedkommende på {course}? Det står fullt.', 'nn': 'Kan de melde vedkommande på {course}? Det står fullt.', 'en': 'Can you enrol them on {course}? It shows as full.'},
 'W15': {'nb': 'Vi trenger kursbeviset for {course}.', 'nn': 'Vi treng kursbeviset for {course}.', 'en': 'We need the course certificate for {course}.'},
}
SIDE = {'nb': ['Jeg trenger også hjelp med noe annet: ', 'I tillegg: ', 'Forresten, '], 'nn': ['Eg treng òg hjelp med: ', 'I tillegg: '], 'en': ['Also, ', 'As well: ', 'One more thing: ']}
COURSES = ['Sikkerhetskurs jernbane', 'Arbeid i og nær spor', 'Elsikkerhet FSE', 'Lokal sikkerhetsinstruks', 'Kontaktledning grunnkurs', 'Hovedsikkerhetsvakt', 'Signal grunnkurs', 'ERTMS introduksjon']
GREET = {'nb': ['Hei', 'Hei!', 'Hallo', 'God dag', 'Heisann', ''], 'nn': ['Hei', 'Hei!', 'God dag', ''], 'en': ['Hi', 'Hello', 'Dear support,', 'Good morning', '']}
BYE = {'nb': ['Mvh', 'Med vennlig hilsen', 'Hilsen', 'mvh', 'Takk på forhånd!', ''], 'nn': ['Helsing', 'Venleg helsing', 'Takk for hjelpa!'], 'en': ['Regards,', 'Best regards,', 'Thanks,', 'Cheers', 'BR']}
BD_LBL = {'nb': ['Født', 'Fødselsdato:', 'f.', 'født den'], 'nn': ['Fødd', 'Fødselsdato:'], 'en': ['Date of birth:', 'DOB', 'born']}
DISCL = ['\n--\nDenne e-posten kan inneholde konfidensiell informasjon. Hvis du har mottatt den ved en feil, vennligst slett den.\n',
         '\n________________________________\nThis e-mail may contain confidential information intended for the addressee only.\n',
         '\nSendt fra min iPhone\n', '\nFå Outlook for Android\n', '']

def person(lang):
    if lang == 'nn': f, l = R.choice(NN_FIRST), R.choice(NN_LAST)
    elif lang == 'en': f, l = R.choice(EN_FIRST), R.choice(EN_LAST)
    else: f, l = R.choice(NB_FIRST), R.choice(NB_LAST)
    return f, l

def bday():
    return datetime.date(R.randint(1960, 2003), R.randint(1, 12), R.randint(1, 28))

def make(n, lang, topics, used):
    while True:
        f, l = person(lang)
        name = f + ' ' + l
        if name not in used: used.add(name); break
    t0 = topics[0]
    firm = R.choice(FIRMS)
    o = org(str(R.randint(91000000, 99999999)))
    privdom = R.choice(['gmail.com', 'hotmail.com', 'outlook.com', 'online.no'])
    own = fold(name) + R.choice(['', str(R.randint(1, 99))]) + '@' + privdom
    fill = dict(firm=firm, org=o, course=R.choice(COURSES), hms=' '.join(str(R.randint(1000, 9999)) for _ in range(3)))
    names, bds, emails, orgs, nid = [name], [], [own], [], False
    frm = f'{name} <{own}>'
    lines = []
    third = t0 in ('W16',) or (t0 in ('W1', 'W15', 'W13', 'W5', 'W3') and R.random() < 0.18)
    writer = None
    if t0 in ('W6', 'W7', 'W8', 'W9'):
        pass
    g = R.choice(GREET[lang])
    if g: lines.append(g + ('\n' if R.random() < 0.6 else ''))
    if third:
        wf, wl = person(lang)
        while wf == f or wl == l: wf, wl = person(lang)
        writer = wf + ' ' + wl
        wdom = firmdom(firm)
        frm = R.choice([f'HR {firm} <hr@{wdom}>', f'{writer} <{fold(writer)}@{wdom}>'])
        intro = {'nb': f'Jeg skriver på vegne av vår ansatt {name}.', 'nn': f'Eg skriv på vegner av den tilsette vår, {name}.', 'en': f'I am writing on behalf of our employee {name}.'}[lang]
        lines.append(intro)
        emails = []
        if R.random() < 0.6:
            pe = fold(name) + '@' + R.choice(['gmail.com', 'hotmail.com'])
            emails.append(pe)
            lines.append({'nb': f'E-posten til {f} er {pe}.', 'nn': f'E-posten til {f} er {pe}.', 'en': f"{f}'s own email is {pe}." }[lang])
        if frm.startswith(writer):
            pass
    ask = (ASK3[t0][lang] if third and t0 in ASK3 else R.choice(ASK[t0][lang])).format(**fill)
    ramble = {'nb': ['Beklager at jeg plager dere igjen.', 'Har prøvd det meste nå og begynner å bli ganske lei.', 'Skal på anlegg neste uke så dette haster litt.', ''],
              'nn': ['Orsak at eg plagar dykk.', 'Dette hastar litt, eg skal på anlegg neste veke.', ''],
              'en': ['Sorry to bother you.', 'This is a bit urgent since I start on site next week.', '']}[lang]
    r = R.choice(ramble)
    if R.random() < 0.5: lines += [x for x in (r, ask) if x]
    else: lines += [x for x in (ask, r) if x]
    if t0 in ('W6', 'W8'):
        if t0 == 'W6':
            for _ in range(R.randint(2, 4)):
                ef, el = person(lang); en = ef + ' ' + el
                d = bday(); names.append(en); bds.append(d.isoformat())
                lines.append(f'- {en}, {R.choice(BD_LBL[lang])} {datefmt(d, lang)}')
            orgs.append(o)
            names.remove(name); emails = []  # a list of employees: the writer is left out
        else:
            lines.append('orgnr\tnavn\tkontakt')
            for _ in range(3):
                oo = org(str(R.randint(91000000, 99999999))); cf, cl = person(lang); orgs.append(oo); names.append(cf + ' ' + cl)
                lines.append(f'{oo}\t{R.choice(FIRMS)}\t{cf} {cl}')
            names.remove(name); names.append(name)
    if t0 in ('W7', 'W9'): orgs.append(o)
    if t0 in ('W7',) and R.random() < 0.7:
        lines.append({'nb': f'Kontaktperson: {name}', 'nn': f'Kontaktperson: {name}', 'en': f'Contact: {name}'}[lang])
    if t0 in ('W1', 'W4') or (t0 in ('W15', 'W20') and R.random() < 0.5) or third and R.random() < 0.7:
        d = bday(); bds.append(d.isoformat())
        lines.append(f'{R.choice(BD_LBL[lang])} {datefmt(d, lang)}')
        if t0 in ('W1', 'W4') and R.random() < 0.5:
            if R.random() < 0.6:
                x = fnr(d.isoformat(), R.randint(100, 480), d=R.random() < 0.3); nid = True
            else:
                x = fnr_bad(d.isoformat(), R.randint(100, 480))
            sep = R.choice(['', ' ', '-'])
            lines.append({'nb': 'Fødselsnummer: ', 'nn': 'Fødselsnummer: ', 'en': 'ID number: '}[lang] + x[:6] + sep + x[6:])
    if t0 in ('W1', 'W4'):
        old = fold(name).split('.')[0] + '@' + firmdom(R.choice(FIRMS))
        emails.append(old)
        lines.append({'nb': f'Gammel e-post: {old}', 'nn': f'Gamal e-post: {old}', 'en': f'Old email: {old}'}[lang])
    if len(topics) > 1 and third: topics = topics[:1]
    if len(topics) > 1:
        side = R.choice(ASK[topics[1]][lang]).format(**fill)
        s = R.choice(SIDE[lang]); lines.append(s + (side[0].lower() + side[1:] if (s.endswith(', ') or s.endswith(': ')) and not side.startswith('I ') else side))
        if topics[1] in ('W7', 'W9') and o not in orgs: orgs.append(o)
    if R.random() < 0.3 and not orgs and t0 not in ('W6', 'W8'):
        bad = org_bad(str(R.randint(91000000, 99999999)))
        lines.append({'nb': f'(firmaets org.nr er {bad} hvis det hjelper)', 'nn': f'(org.nr. til firmaet: {bad})', 'en': f'(company no. {bad} if that helps)'}[lang])
    b = R.choice(BYE[lang])
    sig = writer if third else (R.choice([name, f, name.upper() if R.random() < 0.2 else name]))
    tail = '\n' + (b + '\n' if b else '') + sig + '\n'
    if third:
        tail += R.choice(['HR-rådgiver', 'Personalkonsulent', 'HR Manager', 'Avdelingsleder', 'Prosjektleder']) + f', {firm}\n'
    elif R.random() < 0.4:
        tail += R.choice(['Prosjektleder', 'Anleggsleder', 'Elektriker', 'Site supervisor', 'Formann', 'Lærling']) + f' | {firm} | +47 {R.randint(40000000, 99999999)}\n'
    body = '\n'.join(lines) + '\n' + tail + R.choice(DISCL)
    # wrappers
    w = R.random()
    subj = {'nb': ['Hjelp', 'Spørsmål', 'Kursportalen', 'Bruker', 'haster'], 'nn': ['Hjelp', 'Spørsmål', 'Kursportalen'], 'en': ['Help', 'Question', 'Course portal', 'Account']}[lang]
    subject = R.choice(subj)
    if w < 0.2:
        body += f"\nFra: Eksternsupport DRIV <eksternsupport-DRIV@banenor.no>\nSendt: {R.randint(1,28)}. november 2026 {R.randint(8,15)}:{R.randint(10,59)}\nTil: {name}\nEmne: Sak {R.randint(30000,49999)}\n\nHei, vi trenger litt mer informasjon for å hjelpe deg.\n"
        subject = 'SV: ' + subject
    elif w < 0.35:
        body += f"\nOn Mon, 30 Nov 2026 at 10:{R.randint(10,59)}, Support <eksternsupport-DRIV@banenor.no> wrote:\n> Thank you for your message. Please send us more details.\n>\n> On Sun, 29 Nov 2026, someone wrote:\n>> (earlier message)\n"
        subject = 'Re: ' + subject
    elif w < 0.45:
        body = f"[Skjema: Kontakt support]\nNavn: {name if not third else writer}\nE-post: {own if not third else 'se under'}\nHenvendelse:\n" + body
    return dict(lang=lang, topics=topics, frm=frm, subj=subject, body=body, names=names, bds=bds, emails=emails, orgs=orgs, nid=nid)

FILE = {'W1': '01', 'W2': '01', 'W3': '01', 'W4': '01', 'registration': '01', 'W16': '01',
        'W5': '02', 'W6': '02', 'W7': '02', 'W8': '02', 'W9': '02', 'W10': '02', 'W11': '02',
        'W12': '03', 'W13': '03', 'W14': '03', 'W15': '03', 'W17': '04', 'W20': '04', 'other': '04'}
NEED = {'W1': 6, 'W2': 5, 'W3': 8, 'W4': 5, 'registration': 3, 'W5': 5, 'W6': 2, 'W7': 5, 'W8': 1, 'W9': 1, 'W10': 2,
        'W11': 2, 'W12': 4, 'W13': 4, 'W14': 3, 'W15': 7, 'W16': 3, 'W17': 1, 'W20': 3}
SECOND = {'W1': 'W3', 'W4': 'W3', 'W2': 'W3', 'W3': 'W15', 'W5': 'W10', 'W7': 'W5', 'W10': 'W12', 'W12': 'W10', 'W13': 'W14', 'W14': 'W13', 'W15': 'W11', 'registration': 'W7', 'W11': 'W15', 'W20': 'W4', 'W16': 'W10'}

def generate(used, n_other=5):
    langs = ['nb'] * 38 + ['nn'] * 14 + ['en'] * 23
    R.shuffle(langs)
    plan = [t for t, k in NEED.items() for _ in range(k)]
    R.shuffle(plan)
    out = []
    nsec = 0
    for i, t in enumerate(plan):
        lang = langs[i]
        topics = [t]
        if t in SECOND and nsec < 19 and R.random() < 0.45:
            topics.append(SECOND[t]); nsec += 1
        d = make(i, lang, topics, used); d['file'] = FILE[t]; out.append(d)
    # the 'other' ones: generated autoreplies/bounces/invoices
    for j, lang in enumerate(langs[len(plan):]):
        k = j % 5
        lang = {0: lang, 1: 'en', 2: 'nb', 3: lang, 4: 'nb'}[k]
        f, l = person(lang); name = f + ' ' + l; addr = fold(name) + '@' + firmdom(R.choice(FIRMS))
        if k == 0:
            d = dict(frm=f'{name} <{addr}>', subj=f'Automatisk svar: Sak {R.randint(30000,49999)}', body={'nb': f'Takk for e-posten. Jeg er ute av kontoret frem til {R.randint(2,20)}. januar med begrenset tilgang til e-post.\n\n{name}\n', 'nn': f'Takk for e-posten. Eg er ikkje på kontoret før {R.randint(2,20)}. januar.\n\n{name}\n', 'en': f'Thank you for your email. I am out of office until January {R.randint(2,20)} with limited access to email.\n\n{name}\n'}[lang], names=[name], emails=[addr])
        elif k == 1:
            d = dict(frm='MAILER-DAEMON@mail.banenor-eksempel.no', subj='Undelivered Mail Returned to Sender', body=f'This is the mail system at host mail.banenor-eksempel.no.\n\nI\'m sorry to have to inform you that your message could not be delivered to {addr}.\n\n<{addr}>: host said: 550 5.1.1 User unknown\n', names=[], emails=[])
        elif k == 2:
            inv = str(R.randint(10**8, 10**9 - 1))
            while __import__('ids').org_ok(inv): inv = str(int(inv) + 1)
            d = dict(frm=f'Fakturamottak <faktura@{firmdom(R.choice(FIRMS))}>', subj=f'Faktura {inv}', body=f'Vedlagt faktura {inv} for kursavgift. KID: {R.randint(10**11, 10**12)}. Kontonr 1822 {R.randint(10,99)} {R.randint(10000,99999)}. Forfall 14 dager.\n', names=[], emails=[])
        elif k == 3:
            d = dict(frm=f'{name} <{fold(name)}@gmail.com>', subj='takk', body={'nb': f'Takk for rask hjelp!! 🙏\n{f}\n', 'nn': f'Tusen takk for hjelpa, no verkar det!\n{f}\n', 'en': f'Thanks a lot, all sorted now 👍\n{f}\n'}[lang], names=[name], emails=[fold(name) + '@gmail.com'])
        else:
            d = dict(frm='Events <events@konferanse-eksempel.no>', subj='Invitasjon: Jernbanekonferansen 2027', body='Meld deg på årets jernbanekonferanse! Early bird-pris kr 4 900 til 15. januar.\n', names=[], emails=[])
        d.update(lang=lang, topics=['other'], bds=[], orgs=[], nid=False, file='04')
        out.append(d)
    return out
