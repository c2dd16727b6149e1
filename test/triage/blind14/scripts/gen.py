"""Seeded generator for the 30 generated blind14 tickets (the other 120 are hand-written in hand-0N.yaml).
Each ticket: one writer (name + address), an ask per topic and language, optional birth date in one of
several written forms, optional national ID (valid or deliberately invalid, with separators), optional
org number (valid or invalid), optional side ask (second topic)."""
import random
from ids import fnr_make, fnr_valid, birth, org_make, org_valid

R = random.Random(1414)

NB_NAMES = ['Tove Marthinsen', 'Halvor Grinde', 'Silje Aamodt', 'Espen Lauritzen', 'Randi Fosse', 'Kåre Nordby',
            'Guro Lindberg', 'Ståle Brekken', 'Maren Husby', 'Øyvind Kleven', 'Jorunn Sveen', 'Atle Myhre',
            'Kristoffer Bøhn', 'Marthe Olsrud', 'Bente Skaar', 'Yngve Tofte', 'Hilde Granli', 'Frank Ruud Sørensen',
            'Ida Vestli', 'Arve Løken', 'Trine Dale', 'Helge Rønning', 'Mona Brenna', 'Tobias Kolberg',
            'Elin Heggem', 'Lars Petter Viken', 'Gry Nordahl', 'Pål Sandberg', 'Vidar Strand', 'Oda Brattli', 'Roar Hjelmeland']
NN_NAMES = ['Eldbjørg Ulvik', 'Sjur Lothe', 'Gudrun Heggdal', 'Aslak Vinje', 'Brynhild Nes', 'Torleiv Hauge',
            'Solveig Rygg', 'Ivar Tveit', 'Kjersti Bleie', 'Dagfinn Sæbø', 'Oddny Kleppe']
EN_NAMES = ['Oliver Grant', 'Karolina Wiśniewska', 'Mihai Popescu', 'Sarah Lindholm', 'Dmytro Kovalenko',
            'Emma Clarke', 'Juan Martínez', 'Ewa Zielińska', 'Tariq Hussain', 'Laura Bianchi', 'Niklas Berg',
            'Chloe Dubois', 'Arturs Kalnins', 'Ben Foster', 'Maria Nowicka']
DOMAINS = ['gmail.com', 'hotmail.com', 'online.no', 'outlook.com', 'yahoo.no', 'icloud.com']
FIRMS = ['sporbygg-vest.no', 'kontaktledning-eksempel.no', 'signalpartner.no', 'anleggsgruppen.no', 'railworks-eksempel.com']

def ascii_(s):
    t = s.lower()
    for a, b in [('æ', 'ae'), ('ø', 'o'), ('å', 'a'), ('ś', 's'), ('ń', 'n'), ('í', 'i'), (' ', '.')]:
        t = t.replace(a, b)
    return t

def addr(name, firm=False):
    dom = R.choice(FIRMS) if firm else R.choice(DOMAINS)
    return f'{ascii_(name)}@{dom}'

MONTHS_NB = ['januar', 'februar', 'mars', 'april', 'mai', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'desember']
MONTHS_EN = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December']

def date_text(lang, y, m, d):
    if lang == 'en':
        return R.choice([f'date of birth {d} {MONTHS_EN[m-1]} {y}', f'born {d:02d}.{m:02d}.{y}', f'DOB {d:02d}/{m:02d}/{y}',
                         f'birthday {y}-{m:02d}-{d:02d}'])
    born = 'fødd' if lang == 'nn' else 'født'
    return R.choice([f'{born} {d}.{MONTHS_NB[m-1]} -{y % 100:02d}', f'f. {d:02d}.{m:02d}.{y}', f'{born} {d}. {MONTHS_NB[m-1]} {y}',
                     f'fødselsdato {d:02d}.{m:02d}.{str(y)[2:]}', f'{born} {d}/{m} {y}'])

def up(s):
    return s[:1].upper() + s[1:]

def fnr_text(n):
    return R.choice([f'{n[:6]} {n[6:]}', f'{n[:6]} {n[6:9]} {n[9:]}', f'{n[:6]}-{n[6:]}', n, f'{n[:2]}.{n[2:4]}.{n[4:6]} {n[6:]}'])

def org_text(o):
    return R.choice([f'{o[:3]} {o[3:6]} {o[6:]}', o, f'{o[:3]}.{o[3:6]}.{o[6:]}'])

# ask texts: topic -> lang -> [(subject, ask)]
ASK = {
 'W1': {'nb': [('Husker ikke e-post', 'Jeg husker ikke hvilken e-postadresse jeg registrerte meg med i kursportalen.'),
               ('Fødselsnummer i bruk', 'Får beskjed om at fødselsnummeret allerede er i bruk når jeg prøver å registrere meg, men jeg husker ikke at jeg har en bruker.')],
        'nn': [('Hugsar ikkje e-posten', 'Eg hugsar ikkje kva e-postadresse eg registrerte meg med i kursportalen.')],
        'en': [('Forgot my username', "I can't remember which e-mail address my course portal account uses.")]},
 'W2': {'nb': [('Ingen aktiveringsmail', 'Jeg har registrert meg, men har ikke fått e-post for å aktivere brukeren. Sjekket søppelpost.')],
        'nn': [('Ingen aktiveringsepost', 'Eg har registrert meg, men har ikkje fått nokon e-post for å aktivere brukaren.')],
        'en': [('No activation e-mail', "I registered a few days ago but the activation e-mail never came, it's not in spam either.")]},
 'W3': {'nb': [('Glemt passord', 'Har glemt passordet og får ikke tilsendt lenke for å lage nytt.'),
               ('Kommer ikke inn', 'Passordet mitt virker ikke lenger, kan dere sende meg en ny lenke?')],
        'nn': [('Gløymt passord', 'Eg har gløymt passordet og får ikkje lenkje til å lage nytt.')],
        'en': [('Password', 'I forgot my password and the reset e-mail does not arrive.')]},
 'W4': {'nb': [('Ny e-post', 'Jeg har ny jobb og har ikke lenger tilgang til den gamle e-posten som er brukernavnet mitt. Kan dere bytte til {new}? Gammel var {old}.')],
        'en': [('Change login e-mail', 'My login is my old work address {old}, which is closed now. Please change it to {new}.')]},
 'W5': {'nb': [('Bytte arbeidsgiver', 'Jeg har begynt i {firm} og må bytte arbeidsgiver i kursportalen. Org.nr {org}.'),
               ('Ny jobb', 'Har byttet jobb til {firm}, kan dere oppdatere arbeidsgiveren min? Fakturareferanse: {ref}.')],
        'nn': [('Ny arbeidsgjevar', 'Eg har byta jobb til {firm} og må endre arbeidsgjevar i kursportalen.')],
        'en': [('New employer', 'I have moved to {firm} (org {org}), please update my employer in the portal.')]},
 'W6': {'nb': [('Fusjon', '{firm} er slått sammen med oss, og alle de ansatte skal flyttes over til oss (org.nr {org}). Liste følger.')]},
 'W7': {'nb': [('Firma mangler', 'De ansatte finner ikke firmaet vårt, {firm}, når de registrerer seg. Org.nr {org}. Vi er ikke i ELMA, faktura til {inv}.')],
        'nn': [('Firmaet finst ikkje', 'Folka våre finn ikkje {firm} når dei registrerer seg. Organisasjonsnummer {org}.')],
        'en': [('Company missing', 'Our company {firm} is not in the list when our people register. Org no {org}.')]},
 'W8': {'nb': [('Nye kunder', 'Vedlagt regneark med nye kunder som skal registreres: {firm} ({org}) og to til.')]},
 'W9': {'nb': [('ELMA?', 'Kan dere sjekke om org.nr {org} er registrert hos dere og om vi kan motta EHF-faktura?')]},
 'W10': {'nb': [('Brukertype', 'Jeg har gratisbruker, men trenger full kurskatalog for kursene firmaet har meldt meg på.')],
         'en': [('Account type', 'I need to change my account from free e-learning to the full catalogue.')]},
 'W11': {'nb': [('HMS-kort', 'Har fått nytt HMS-kort og får ikke lagt inn det nye nummeret.')],
         'nn': [('HMS-kort', 'Eg har fått nytt HMS-kort, kvar endrar eg nummeret?')]},
 'W12': {'nb': [('Finner ikke kurs', 'Jeg finner ikke kurset Elsikkerhet jernbane i katalogen.')],
         'en': [("Course not found", "I can't find the Track Safety course when I search.")]},
 'W13': {'nb': [('Fullt kurs', 'Kurset jeg skal ta er fullt. Kan jeg settes på venteliste, eller finnes det flere datoer? Helst i Oslo.'),
                ('Ingen datoer', 'Det er ingen datoer for klasseromskurset i Arbeidsvarsling. Kan dere sette opp et nytt kurs i Stavanger?')],
         'nn': [('Kurset er fullt', 'Kurset er fullt. Kan eg kome på venteliste?')],
         'en': [('Course full', 'The classroom course is full. Can I be put on the waitlist?')]},
 'W14': {'nb': [('Opplæringsløp', 'Hva mangler jeg for å bli ferdig med opplæringsløpet mitt?')],
         'en': [('Training programme', 'Which parts of my training programme are still missing?')]},
 'W15': {'nb': [('Kursbevis', 'Jeg trenger kursbeviset mitt for sikkerhetskurset, finner det ikke.'),
                ('Bevis', 'Kan dere sende meg kursbevis for alle kursene jeg har tatt?')],
         'nn': [('Kursbevis', 'Eg treng kursbeviset mitt, men finn det ikkje under historikk.')],
         'en': [('Certificate', 'I need my course certificate for the site, please send it.')]},
 'W16': {'nb': [('Opprette bruker', 'Kan dere opprette bruker for vår nye ansatt {person}?')]},
 'W17': {'nb': [('Hvem endret', 'Hvem har endret e-postadressen på brukeren min? Jeg har ikke gjort det selv.')]},
 'W19': {'en': [('Fixtures', 'Our integration tests need anonymised learner data loaded for every run. Can we get a generated data set?')]},
 'W20': {'nb': [('Slette bruker', 'Jeg ønsker at brukeren min og alle opplysninger om meg slettes.')],
         'nn': [('Innsyn', 'Eg vil ha innsyn i kva opplysningar de har lagra om meg.')],
         'en': [('Delete my data', 'Please delete my account and all my personal data.')]},
 'registration': {'nb': [('Registrering', 'Hvordan registrerer jeg meg i kursportalen? Jeg har D-nummer og HMS-kort.')]},
 'other': {'nb': [('Takk', 'Takk for raskt svar, alt i orden nå.'), ('Tilbud', 'Vi tilbyr kurs i truckførerbevis til gode priser, ta kontakt for tilbud.'),
                  ('Pris', 'Hva er prisen per deltaker på klasseromskursene deres? Vi vurderer å sende fem stykker neste år.'),
                  ('Ordnet seg', 'Bare se bort fra forrige e-post, jeg fant ut av det selv.')],
           'en': [('Thanks', 'Thank you, it works now!'), ('Out of office', 'I am out of the office until 4 January with limited access to e-mail. For urgent matters call the site office.'),
                  ('Invoice 88231', 'We received your invoice 88231 but cannot match it to an order on our side. Could you send a copy with the purchase order number?')]},
}
SIDE = {
 'nb': {'W3': 'Jeg trenger også nytt passord.', 'W15': 'I tillegg trenger jeg kursbeviset mitt.', 'W11': 'Jeg har også fått nytt HMS-kort som må oppdateres.',
        'W13': 'Jeg trenger også en ny dato for klasseromskurset.', 'W10': 'I tillegg må jeg ha full kurskatalog.', 'W14': 'Jeg lurer også på hva jeg mangler i opplæringsløpet.'},
 'nn': {'W3': 'Eg treng òg nytt passord.', 'W15': 'I tillegg treng eg kursbeviset.', 'W11': 'Eg har òg fått nytt HMS-kort.'},
 'en': {'W3': 'Also, I need a new password.', 'W15': 'I also need my certificate.', 'W13': 'Also, is there a date for the classroom course in spring?', 'W11': 'I also have a new HMS card number.'},
}
GREET = {'nb': ['Hei', 'Hei!', 'Hallo', 'God dag', ''], 'nn': ['Hei', 'Hei!', 'God dag'], 'en': ['Hi', 'Hello', 'Dear support', '']}
CLOSE = {'nb': ['Mvh', 'Hilsen', 'Med vennlig hilsen', ''], 'nn': ['Helsing', 'Venleg helsing', 'Mvh'], 'en': ['Regards', 'Best regards', 'Thanks', '']}

PLAN = [  # (file, topic, lang, side, dob, id)  id: None | 'valid' | 'invalid'
 (1, 'W1', 'nb', None, True, 'valid'), (1, 'W1', 'nb', 'W3', True, None), (1, 'W1', 'nn', None, True, 'invalid'), (1, 'W1', 'en', 'W3', True, None), (1, 'W2', 'nn', None, False, None), (1, 'W3', 'nb', 'W15', False, None), (1, 'W3', 'nn', None, False, None), (1, 'W4', 'nb', 'W3', True, None), (1, 'W4', 'en', None, True, None), (1, 'W16', 'nb', None, True, 'invalid'),
 (2, 'W5', 'nb', 'W15', False, None), (2, 'W5', 'nn', None, False, None), (2, 'W5', 'en', 'W11', False, None), (2, 'W7', 'nb', None, False, None), (2, 'W7', 'nn', None, False, None), (2, 'W9', 'nb', None, False, None), (2, 'W10', 'nb', 'W3', False, None), (2, 'W11', 'nn', 'W15', False, None),
 (3, 'W15', 'nb', None, True, 'valid'), (3, 'W15', 'nb', 'W13', False, None), (3, 'W15', 'en', 'W3', False, None), (3, 'W13', 'nb', 'W14', False, None), (3, 'W13', 'nn', 'W3', False, None), (3, 'W12', 'nb', 'W10', False, None), (3, 'W14', 'en', 'W13', False, None),
 (4, 'W20', 'nb', None, True, 'invalid'), (4, 'W20', 'en', 'W15', False, None), (4, 'other', 'nb', None, False, None), (4, 'other', 'nb', None, False, None), (4, 'other', 'en', None, False, None),
]

def valid_fnr():
    while True:
        y = R.randint(1962, 2004); m = R.randint(1, 12); d = R.randint(1, 28)
        ind = R.randint(0, 499) if y < 2000 else R.randint(500, 999)
        n = fnr_make(f'{d:02d}{m:02d}{y % 100:02d}', f'{ind:03d}')
        if n and birth(n) == f'{y}-{m:02d}-{d:02d}':
            return n, (y, m, d)

def invalid_fnr():
    n, ymd = valid_fnr()
    bad = n[:10] + str((int(n[10]) + R.randint(1, 9)) % 10)
    assert not fnr_valid(bad)
    return bad, ymd

def new_org(valid=True):
    while True:
        o = org_make(f'{R.randint(8, 9)}{R.randint(0, 9999999):07d}')
        if o:
            if valid:
                return o
            bad = o[:8] + str((int(o[8]) + R.randint(1, 9)) % 10)
            if not org_valid(bad):
                return bad

def build():
    pools = {'nb': NB_NAMES[:], 'nn': NN_NAMES[:], 'en': EN_NAMES[:]}
    for p in pools.values():
        R.shuffle(p)
    out = {1: [], 2: [], 3: [], 4: []}
    used = {}
    for i, (f, topic, lang, side, dob, idk) in enumerate(PLAN, 1):
        name = pools[lang].pop()
        first = name.split()[0]
        company_req = topic in ('W6', 'W7', 'W8', 'W9')
        email = addr(name, firm=company_req or R.random() < 0.3)
        key = (topic, lang)
        if not used.get(key):
            used[key] = R.sample(ASK[topic][lang], len(ASK[topic][lang]))
        subj, ask = used[key].pop()
        names, emails, dates, orgs, nid = [name], [email], [], [], None
        fillers = {}
        if '{firm}' in ask:
            firm = R.choice(['Vestbygg Jernbane AS', 'Nordbane Elektro AS', 'Fjordspor AS', 'Trøndelag Kabel AS', 'Sørlandsbanen Drift AS'])
            fillers['firm'] = firm
        if '{org}' in ask:
            ok = R.random() < 0.75
            o = new_org(ok)
            fillers['org'] = org_text(o)
            if ok:
                orgs.append(o)
        if '{ref}' in ask:
            fillers['ref'] = f'PRJ-{R.randint(1000, 9999)}'
        if '{inv}' in ask:
            fillers['inv'] = 'faktura@' + ascii_(fillers['firm'].split()[0]) + '.no'
        if '{old}' in ask:
            old = ascii_(name) + '@' + R.choice(['gammeltfirma-eksempel.no', 'tidligere-arbeid.no'])
            new = addr(name)
            while new == email:
                new = addr(name)
            fillers['old'], fillers['new'] = old, new
            emails += [new, old]
        person = None
        if '{person}' in ask:
            person = pools['nb'].pop()
            fillers['person'] = person
            names, emails = [person], []
        ask = ask.format(**fillers)
        parts = [ask]
        if topic == 'other' and subj == 'Tilbud':
            names, emails = [], []
        if dob or idk:
            if idk == 'valid':
                n, ymd = valid_fnr(); nid = n
                parts.append(('Fødselsnummeret mitt er ' if lang != 'en' else 'My national ID is ') + fnr_text(n) + '.')
                dates.append('%d-%02d-%02d' % ymd)
            elif idk == 'invalid':
                n, ymd = invalid_fnr()
                lbl = {'nb': 'Personnummer: ', 'nn': 'Personnummer: ', 'en': 'Personal number: '}[lang]
                parts.append(lbl + fnr_text(n) + '.')
                if dob:
                    y, m, d = ymd
                    d = min(d + 1, 28)
                    parts.append(up(date_text(lang, y, m, d)) + '.')
                    dates.append('%d-%02d-%02d' % (y, m, d))
            else:
                y, m, d = R.randint(1960, 2004), R.randint(1, 12), R.randint(1, 28)
                parts.append(up(date_text(lang, y, m, d)) + '.')
                dates.append('%d-%02d-%02d' % (y, m, d))
            if person:
                parts[-1] = parts[-1].replace('Personnummer', 'Hans personnummer')
        if side:
            parts.append(SIDE[lang][side])
        greet = R.choice(GREET[lang]); close = R.choice(CLOSE[lang])
        body = (greet + '\n' if greet else '') + ' '.join(parts) + '\n' + (close + '\n' if close else '') + (name if subj != 'Tilbud' else 'Kursfirmaet Truck & Løft AS') + '\n'
        if topic in ('W19', 'W17') and lang == 'en':
            pass
        frm = f'{name} <{email}>'
        if subj == 'Tilbud':
            frm = f'Salg <salg@truckloft-eksempel.no>'
        tid = f'b14-g-{i:02d}'
        t = {'id': tid, 'lang': lang, 'topics': [topic] + ([side] if side else []), 'from': frm, 'subject': subj,
             'body': body, 'expect': {'names': names, 'birthDates': dates, 'emails': emails}}
        if orgs:
            t['expect']['orgNumbers'] = orgs
        if nid:
            t['expect']['nationalId'] = nid
        if person:
            t['from'] = f'{name} <{email}>'
            t['body'] = t['body'].rstrip('\n') + ', HR\n'
        out[f].append(t)
    return out

if __name__ == '__main__':
    import yaml, sys
    for f, items in build().items():
        print(f, len(items))
