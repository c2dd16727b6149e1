"""Ticket templates for blind12. Each returns a dict; labels are set here, by hand, per the rules file."""
from people import *
from ids import make_fnr, spoil_fnr, make_org, spoil_org, digits_not_id


def L(c, **kw):
    v = kw[c.lang]
    return c.rng.choice(v) if isinstance(v, list) else v


def iso(d):
    return d.isoformat()


def R(frm, subj, body, names=(), births=(), emails=(), orgs=(), nid=False):
    return dict(frm=frm, subject=subj, body=body, names=list(names), births=list(births), emails=list(emails),
                orgs=list(orgs), nid=nid)


def disp(p, addr, rng):
    return rng.choice([f"{p.name} <{addr}>", f"\"{p.last}, {p.first}\" <{addr}>", addr, f"{p.name.upper()} <{addr}>"])


# ---------------- W1: which e-mail / ID already in use ----------------
def w1_forgot_email(c):
    p, r = c.person(), c.rng
    d = fmt_date(r, p.born, c.lang)
    old = p.work(c.firm().domain)
    body = L(c,
             nb=[f"Hei\nJeg skal ta repetisjon på sikkerhetskurset men husker ikke hvilken epost jeg brukte da jeg registrerte meg. Kan være {old} (gammel jobb) eller denne her. Navn {p.name}, født {d}.\nMvh {p.first}",
                 f"hei, har glemt brukernavnet mitt til kursportalen. prøvd alt mulig. {p.name} f. {d}\nmulige adresser: {old} og {p.priv}\n\nSendt fra min iPhone"],
             nn=[f"Hei!\nEg har gløymt kva e-postadresse eg registrerte meg med. Eg heiter {p.name} og er fødd {d}. Det kan vere {old} frå den førre jobben min.\nHelsing {p.first}"],
             en=[f"Hello,\nI don't remember which email I used for the course portal. My name is {p.name}, date of birth {d}. Possible addresses: {old} or this one.\nThanks",
                 f"Hi, I cant login because I dont know my username anymore (email?). Full name {p.name}, born {d}. Maybe {old}??"])
    emails = [p.priv, old]
    return R(disp(p, p.priv, r), L(c, nb=["Glemt brukernavn", "innlogging", "Hvilken e-post?"], nn=["Gløymt brukarnamn"], en=["Forgot username", "login problem"]),
             body, [p.name], [iso(p.born)], emails)


def w1_id_in_use(c):
    p, r = c.person(), c.rng
    valid = r.random() < 0.6
    f = p.fnr(dnum=(c.lang == "en" and r.random() < 0.5))
    shown = fmt_fnr(r, f if valid else spoil_fnr(r, f))
    extra_date = (not valid) and r.random() < 0.6
    d = fmt_date(r, p.born, c.lang) if extra_date else None
    dl = (f" Født {d}." if c.lang == "nb" else f" Fødd {d}." if c.lang == "nn" else f" Born {d}.") if d else ""
    body = L(c,
             nb=[f"Hei. Prøver å lage bruker men får beskjed om at fødselsnummeret allerede er i bruk??? Jeg har aldri registrert meg før så vidt jeg vet. Fnr {shown}.{dl}\n{p.name}",
                 f"Hei\nFår feilmelding \"Fødselsnummer er allerede registrert\" når jeg skal opprette konto. Kan det være at jobben har laget en til meg? Mitt personnummer: {shown}{dl}\n\nHilsen\n{p.name}"],
             nn=[f"Hei\nEg prøver å opprette brukar, men får melding om at fødselsnummeret mitt allereie er i bruk. Eg hugsar ikkje at eg har registrert meg. {shown}.{dl}\nHelsing {p.name}"],
             en=[f"Dear support,\nWhen registering it says my national ID (D-number) is already in use. I never made an account. My number is {shown}.{dl}\nRegards,\n{p.name}"])
    births = [iso(p.born)] if (valid or extra_date) else []
    return R(disp(p, p.priv, r), L(c, nb=["Fødselsnummer i bruk", "Feilmelding ved registrering"], nn=["Fødselsnummer i bruk"], en=["ID number already used", "Registration error"]),
             body, [p.name], births, [p.priv], nid=valid)


def w1_spouse(c):
    p, r = c.person(), c.rng
    p.first = r.choice(["Trond", "Arild", "Kjetil", "Roar", "Espen", "Audun", "Vegard"]) if c.lang != "en" else r.choice(["Darius", "Piotr", "Tomasz", "Andrei"])
    p.name = f"{p.first} {p.last}"
    w = c.person()
    w.first = r.choice(["Marte", "Hanne", "Berit", "Solveig", "Guro", "Tonje"])
    w.name = f"{w.first} {w.last}"
    fam = f"familien.{translit(p.last)}@{r.choice(['online.no', 'gmail.com'])}"
    d = fmt_date(r, p.born, c.lang)
    body = L(c,
             nb=[f"Hei\nJeg skriver for mannen min, {p.name}, han er ikke så flink med data. Han får ikke logget inn og vet ikke hvilken e-post han står med. Han er født {d}. Han kan ha brukt familieadressen vår {fam}.\nHilsen {w.name}"],
             nn=[f"Hei\nEg skriv for sambuaren min, {p.name}. Han veit ikkje kva e-post han har brukt i kursportalen. Han er fødd {d}. Kanskje familieadressa vår, {fam}?\nHelsing {w.first}"],
             en=[f"Hi, I am writing on behalf of my husband {p.name} (born {d}). He doesn't know which email his course account is on, maybe our family address {fam}. Thank you!\n{w.first}"])
    return R(disp(w, fam, r) if r.random() < 0.5 else disp(w, w.priv, r),
             L(c, nb="Innlogging for mannen min", nn="Innlogging", en="Login for my husband"), body,
             [p.name], [iso(p.born)], [fam])


# ---------------- W2: activation ----------------
def w2_no_activation(c):
    p, r = c.person(), c.rng
    body = L(c,
             nb=[f"Hei, registrerte meg i går men har ikke fått noen aktiveringsmail. Har sjekket søppelpost. Brukte {p.priv}",
                 "Har ikke fått epost for å aktivere brukeren. Hva nå?",
                 f"Hei!\nJeg har opprettet konto i kursportalen for over en uke siden, men eposten for å sette passord har aldri kommet. Sjef sier jeg MÅ ha sikkerhetskurset før mandag. Kan dere sende den på nytt?\n\nMvh\n{p.name}"],
             nn=[f"Hei\nEg har registrert meg, men har ikkje fått nokon e-post for å aktivere brukaren. Eg har sjekka søppelpost òg. Adressa er {p.priv}.\n{p.name}"],
             en=[f"Hi, I registered on the portal but the activation email never came. Not in spam either. My mail is {p.priv}\n{p.first}",
                 "no activation email received. please help"])
    emails = [p.priv]
    names = [p.name] if (p.name in body) else []
    return R(disp(p, p.priv, r) if r.random() < 0.6 else p.priv,
             L(c, nb=["Aktivering", "Ingen e-post", "aktiveringsmail??"], nn="Aktivering", en=["Activation", "No email"]),
             body, [p.name], [], emails)


def w2_typo(c):
    p, r = c.person(), c.rng
    local, dom = p.priv.split("@")
    slip = {"gmail.com": "gmial.com", "hotmail.com": "hotmail.con", "outlook.com": "outlok.com", "online.no": "onlie.no"}[dom]
    bad = f"{local}@{slip}"
    body = L(c,
             nb=[f"Hei\nTror jeg skrev feil epost da jeg registrerte meg, skrev nok {bad} i stedet for {p.priv}. Derfor har jeg vel ikke fått aktiveringen. Kan dere rette?\nMvh {p.name}"],
             nn=[f"Hei. Eg trur eg skreiv feil e-post då eg registrerte meg: {bad}. Rett adresse er {p.priv}. Kan de sende aktiveringslenka på nytt?\nHelsing {p.name}"],
             en=[f"Hello, I think I typed my email wrong when registering ({bad} instead of {p.priv}) so no activation link. Can you fix it?\nBR {p.name}"])
    return R(disp(p, p.priv, r), L(c, nb="Feil e-post ved registrering", nn="Feil e-post", en="Wrong email at sign-up"),
             body, [p.name], [], [p.priv, bad])


# ---------------- W3: password ----------------
def w3_password(c):
    p, r = c.person(), c.rng
    body = L(c,
             nb=["glemt passord", f"Hei\nHar glemt passordet og linken \"Har du glemt passordet?\" sender ingenting. Brukernavn er {p.priv}.\n{p.first}",
                 "HEI. JEG HAR GLEMT PASSORDET MITT OG FÅR IKKE LOGGET INN. KURSET ER I MORGEN. RING MEG GJERNE.",
                 f"Hei 🙂 Jeg har prøvd å tilbakestille passordet 3 ganger nå men lenken sier at den er utløpt 😩 Kan dere sende en ny?\nHilsen {p.name}"],
             nn=["Eg har gløymt passordet mitt. Kan de hjelpe?", f"Hei\nEg får ikkje logga inn, passordet fungerer ikkje lenger. Eg har prøvd \"gløymt passord\" men det kjem ingen e-post.\nHelsing {p.name}"],
             en=["forgot password", f"Hi there, the reset password link doesn't arrive. Username is {p.priv}. Thanks, {p.first}",
                 f"Good morning,\nMy password stopped working after the holidays. I tried the reset but the link says expired. Please send a new one.\nKind regards\n{p.name}"])
    names = [p.name] if p.name in body or p.first in body else []
    return R(disp(p, p.priv, r) if r.random() < 0.7 else p.priv,
             L(c, nb=["Passord", "glemt passord!!", "Innlogging", "(uten emne)"], nn=["Passord", "Gløymt passord"], en=["Password", "Password reset", "(no subject)"]),
             body, [p.name], [], [p.priv])


# ---------------- W4: new employer, old mailbox gone ----------------
def w4_lost_mailbox(c):
    p, r = c.person(), c.rng
    old, new = c.firm(), c.firm()
    while new.name == old.name:
        new = c.firm()
    oldm, newm = p.work(old.domain), p.work(new.domain)
    body = L(c,
             nb=[f"Hei\nJeg har byttet jobb fra {old.name} til {new.name}. Brukeren min i kursportalen står på {oldm} som jeg ikke har tilgang til lenger, og jeg husker ikke passordet. Kan dere endre til {newm}?\nMvh\n{p.name}"],
             nn=[f"Hei\nEg har byrja i {new.name} og har ikkje lenger tilgang til den gamle e-posten min ({oldm}). Eg hugsar heller ikkje passordet. Kan de byte til {newm}?\nHelsing {p.name}"],
             en=[f"Hello,\nI moved from {old.name} to {new.name}. My login is my old work email {oldm} which was closed, and I forgot the password. Please change it to {newm}.\n{p.name}"])
    return R(disp(p, newm, r), L(c, nb="Ny e-post", nn="Ny e-post", en="Change login email"), body,
             [p.name], [], [newm, oldm])


# ---------------- registration ----------------
def reg_which_type(c):
    p, r = c.person(), c.rng
    body = L(c,
             nb=["Hei, skal registrere meg for å ta kurs hos dere. Hvilken brukertype skal jeg velge, gratis e-læring eller full kurskatalog? Skal bare ta sikkerhetskurset tror jeg",
                 f"Hei\nJeg er ny i {c.firm().name} og skal opprette bruker. Vi blir spurt om Firma-ID, hva er det og hvor finner jeg det?\n{p.first}",
                 "Hei, jeg har ikke HMS-kort enda, kan jeg registrere meg likevel?"],
             nn=["Hei\nKva brukartype skal eg velje når eg skal registrere meg? Eg skal på kurs ved jernbaneskulen i vår.",
                 "Eg har ikkje D-nummer enno. Kan eg likevel registrere meg i kursportalen?"],
             en=["Hi, I need to sign up for the safety course. Which account type do I choose? Free or full catalogue?",
                 "Hello. How do I create an account? I am new external worker, have HMS card but not Norwegian ID number, only D-number is coming."])
    nm = [p.name] if (p.first in body) else []
    return R(disp(p, p.priv, r) if r.random() < 0.8 else p.priv,
             L(c, nb=["Registrering", "Ny bruker", "Spørsmål"], nn=["Registrering", "Ny brukar"], en=["Registration", "New account", "Sign up"]),
             body, [p.name], [], [p.priv])


# ---------------- W5: changed employer ----------------
def w5_moved(c):
    p, r = c.person(), c.rng
    new = c.firm()
    ref = f"{r.choice(['PRJ', 'AO', 'K'])}-{r.randint(1000, 9999)}"
    body = L(c,
             nb=[f"Hei\nJeg har byttet arbeidsgiver til {new.name} og finner ikke firmaet i listen under «Oppdater arbeidsgiver». Hvordan får jeg flyttet meg over? Fakturareferanse hos oss er {ref}.\nMvh {p.name}",
                 f"Hei. Ny jobb fra 1. november, {new.name}. Kan dere flytte brukeren min dit? Referanse {ref}. {p.name}",
                 f"Hei\nFikk faktura nr {r.randint(202600000, 202699999) % 100000} for kurset i oktober sendt til gammel arbeidsgiver, de har sendt den videre til meg. "
                 f"KID {digits_not_id(r, 15)}, konto {(lambda a: a[:4] + '.' + a[4:6] + '.' + a[6:])(digits_not_id(r, 11, '1503'))}. "
                 f"Jeg jobber nå i {new.name} og de skal betale, referanse {ref}. Kan dere flytte meg dit?\nMvh {p.name}"],
             nn=[f"Hei\nEg har byrja i {new.name}. Korleis flyttar eg brukaren min til den nye arbeidsgjevaren? Referansen vår er {ref}.\nHelsing {p.name}"],
             en=[f"Hi, I changed employer, now working for {new.name}. Please move my account to the new company, invoice reference {ref}.\nThanks\n{p.name}"])
    return R(disp(p, p.priv, r), L(c, nb=["Ny arbeidsgiver", "Bytte firma"], nn="Ny arbeidsgjevar", en="New employer"), body,
             [p.name], [], [p.priv])


# ---------------- W6: merger / bulk move ----------------
def w6_merger(c):
    r = c.rng
    hr = c.person()
    a, b = c.firm(), c.firm()
    emps = [c.person() for _ in range(r.randint(3, 5))]
    rows = "\n".join(f"- {e.name}, født {fmt_date(r, e.born, 'nb', 4)}" for e in emps) if c.lang != "en" else \
        "\n".join(f"{e.name}\t{fmt_date(r, e.born, 'en', 5)}" for e in emps)
    body = L(c,
             nb=f"Hei\n{a.name} er fra 1.1. fusjonert inn i {b.name} (org.nr {fmt_org(r, b.org)}). Følgende ansatte må flyttes over til {b.name}:\n\n{rows}\n\nGi beskjed om dere trenger mer.\n\nMed vennlig hilsen\n{hr.name}\nHR-rådgiver, {b.name}\nTlf {phone(r)}",
             nn=f"Hei\n{a.name} er slått saman med {b.name} (org.nr {fmt_org(r, b.org)}). Desse tilsette skal flyttast:\n\n{rows}\n\nHelsing\n{hr.name}\nPersonalavdelinga",
             en=f"Hello,\n{a.name} was acquired by {b.name} (org no. {fmt_org(r, b.org)}). Please move these employees to {b.name}:\n\nName\tDOB\n{rows}\n\nBest regards,\n{hr.name}\nHR Business Partner")
    return R(f"{hr.name} <{hr.work(b.domain)}>", L(c, nb="Fusjon - flytting av ansatte", nn="Samanslåing", en="Company merger - move employees"),
             body, [e.name for e in emps], [iso(e.born) for e in emps], [], [b.org])


# ---------------- W7: company not in list ----------------
def w7_register_company(c):
    r = c.rng
    w = c.person()
    f = c.firm()
    contact_other = r.random() < 0.5
    k = c.person() if contact_other else w
    km = k.work(f.domain)
    inv = f"Faktura: EHF" if r.random() < 0.5 else f"Fakturaepost: faktura@{f.domain}"
    adr = f"Postboks {r.randint(10, 400)}, {r.randint(1000, 9990):04d} {r.choice(['Moss', 'Gjøvik', 'Steinkjer', 'Førde', 'Alta'])}"
    body = L(c,
             nb=[f"Hei\nVi finner ikke firmaet vårt når våre ansatte skal registrere seg. Her er opplysningene:\n\nOrg.nr: {fmt_org(r, f.org)}\nFirmanavn: {f.name}\nFakturaadresse: {adr}\n{inv}\nKontaktperson: {k.name}, {km}, tlf {phone(r)}\n\nMvh\n{w.name}\n{r.choice(['Daglig leder', 'Økonomiansvarlig', 'Prosjektleder'])}\n{f.name}"],
             nn=[f"Hei\nFirmaet vårt finst ikkje i lista. Kva må vi gjere for å bli registrert?\nOrg.nr {fmt_org(r, f.org)}, {f.name}. Kontaktperson er {k.name} ({km}).\nHelsing {w.name}"],
             en=[f"Hello,\nOur company is not in the employer list in the portal. What do we need to do? Details:\nCompany: {f.name}\nOrg. number: {fmt_org(r, f.org)}\nInvoice address: {adr}\nContact: {k.name}, {km}\n\nRegards\n{w.name}"])
    wm = w.work(f.domain)
    names = [k.name] + ([w.name] if contact_other else [])
    emails = [km] + ([wm] if contact_other else [])
    return R(f"{w.name} <{wm}>", L(c, nb=["Firma mangler i listen", "Registrering av firma", "Nytt firma"], nn="Firma manglar", en=["Company not listed", "Register our company"]),
             body, names, [], emails, [f.org])


# ---------------- W10: account type ----------------
def w10_type(c):
    p, r = c.person(), c.rng
    body = L(c,
             nb=[f"Hei\nJeg har gratisbruker men må ha full kurskatalog nå siden jobben skal sende meg på kurs. Kan dere endre det? Arbeidsgiver er {c.firm().name}.\n{p.name}",
                 f"Hei, jeg skal begynne på føreropplæring. Må jeg endre brukertype til fører og hva må jeg fylle inn?\nMvh {p.name}"],
             nn=[f"Hei\nEg har gratis e-læring, men treng full kurskatalog. Korleis endrar eg det?\nHelsing {p.name}"],
             en=[f"Hi, I have the free account but I need full catalogue access now. Can you upgrade me?\n{p.name}",
                 f"Hello, I am starting train driver training. How do I switch my account to driver?\n{p.name}"])
    return R(disp(p, p.priv, r), L(c, nb=["Brukertype", "Endre bruker"], nn="Brukartype", en=["Account type", "Upgrade account"]),
             body, [p.name], [], [p.priv])


# ---------------- W11: HMS card ----------------
def w11_hms(c):
    p, r = c.person(), c.rng
    old, new = r.randint(1000000, 9999999), r.randint(1000000, 9999999)
    body = L(c,
             nb=[f"Hei\nHar fått nytt HMS-kort, nytt nr er {new} (gammelt {old}). Får ikke endret det selv, blyanten gjør ingenting. Kan dere legge det inn?\n{p.name}",
                 f"nytt hms kort: {new}. {p.name}, f. {fmt_date(r, p.born, 'nb')}"],
             nn=[f"Hei\nEg har fått nytt HMS-kort med nummer {new}. Kan de oppdatere det i kursportalen? Det gamle var {old}.\nHelsing {p.name}"],
             en=[f"Hi, my HMS card was renewed. New card number {new}, old {old}. Please update.\n{p.name}"])
    births = [iso(p.born)] if "f. " in body else []
    return R(disp(p, p.priv, r), L(c, nb=["HMS-kort", "Nytt HMS kort"], nn="HMS-kort", en="HMS card"), body,
             [p.name], births, [p.priv])


# ---------------- W12: cannot find course ----------------
def w12_find(c):
    p, r = c.person(), c.rng
    code, title = r.choice(COURSES)
    body = L(c,
             nb=[f"Hei\nJeg finner ikke kurset {code} {title} i kurskatalogen. Arbeidsgiver sier jeg skal ta det før jul. Søkt på alt.\n{p.first}",
                 f"Hvor finner jeg «{title}»? Søket gir ingen treff."],
             nn=[f"Hei\nEg finn ikkje kurset «{title}» ({code}) når eg søkjer. Kvar ligg det?\nHelsing {p.name}"],
             en=[f"Hi, I cannot find the course {code} ({title}) anywhere in the catalogue. Is it hidden for my account?\n{p.name}"])
    return R(disp(p, p.priv, r), L(c, nb=["Finner ikke kurs", f"{code}"], nn="Finn ikkje kurset", en=["Course not found", code]),
             body, [p.name], [], [p.priv])


# ---------------- W13: full / no dates ----------------
def w13_full(c):
    p, r = c.person(), c.rng
    code, title = r.choice(COURSES)
    place = r.choice(PLACES)
    body = L(c,
             nb=[f"Hei\nKurset {title} i {place} er fullt. Kan jeg settes på venteliste, eller kommer det flere datoer? Må ha det innen februar.\n{p.name}",
                 f"Det er ingen datoer for {code} i kalenderen. Når kommer nye?",
                 f"Hei, jeg må melde meg av {title} neste uke pga sykdom. Hvordan gjør jeg det?\n{p.first}"],
             nn=[f"Hei\nKurset {title} i {place} er fullt. Kan eg kome på venteliste?\nHelsing {p.name}",
                 f"Det er ingen ledige datoar for {code}. Kan de setje opp eit nytt kurs i {place}?"],
             en=[f"Hi, the {title} course in {place} is fully booked. Can I go on the waiting list? Or will there be new dates?\n{p.name}",
                 f"There are no dates for {code}. Can you request a new unit in {place}?"])
    return R(disp(p, p.priv, r), L(c, nb=["Fullt kurs", "Venteliste", "Nye datoer?"], nn=["Fullt kurs", "Venteliste"], en=["Course full", "Waiting list", "New dates"]),
             body, [p.name], [], [p.priv])


# ---------------- W14: programme ----------------
def w14_prog(c):
    p, r = c.person(), c.rng
    code, title = r.choice(COURSES)
    body = L(c,
             nb=[f"Hei\nJeg er tildelt opplæringsløpet for {title}, men skjønner ikke hva jeg mangler. Har tatt e-læringen. Hva gjenstår?\n{p.name}",
                 f"Fikk varsel om at {title} snart utløper. Hva må jeg ta for å fornye?\nMvh {p.name}"],
             nn=[f"Hei\nKva manglar eg for å bli godkjend i opplæringsløpet {title}? Eg har teke e-læringa.\nHelsing {p.name}"],
             en=[f"Hi, what do I still need to finish my training programme ({title})? I did the e-learning part already.\n{p.name}"])
    return R(disp(p, p.priv, r), L(c, nb=["Opplæringsløp", "Hva mangler jeg?"], nn="Opplæringsløp", en="Training programme"),
             body, [p.name], [], [p.priv])


# ---------------- W15: certificate ----------------
def w15_cert(c):
    p, r = c.person(), c.rng
    code, title = r.choice(COURSES)
    d = fmt_date(r, p.born, c.lang)
    body = L(c,
             nb=[f"Hei\nTrenger kursbevis for {title} som jeg tok i {r.choice(MON_NB)}. Finner det ikke under historikk. Byggeleder vil se det i morgen.\n{p.name}, f. {d}",
                 f"Kan dere sende meg kursbeviset for {code}? Har mistet det.\nMvh {p.name}"],
             nn=[f"Hei\nEg treng kursbeviset for {title}. Eg finn det ikkje under historikk.\nHelsing {p.name}, fødd {d}"],
             en=[f"Hello, I need my certificate for {title} ({code}). The printer icon does nothing.\n{p.name}, DOB {d}",
                 f"Could you send me the course certificate for {code}? Lost the paper copy.\n{p.name}"])
    births = [iso(p.born)] if d in body else []
    return R(disp(p, p.priv, r), L(c, nb=["Kursbevis", "kursbevis?"], nn="Kursbevis", en=["Certificate", "Course certificate"]),
             body, [p.name], births, [p.priv])


def w15_hr(c):
    r = c.rng
    hr = c.person()
    f = c.firm()
    emps = [c.person() for _ in range(r.randint(2, 3))]
    code, title = r.choice(COURSES)
    lst = "\n".join(f"{e.name} ({fmt_date(r, e.born, c.lang)})" for e in emps)
    body = L(c,
             nb=f"Hei\nVi trenger kursbevis for {title} for disse ansatte til en kontroll fra byggherre:\n{lst}\n\nMvh\n{hr.name}\nHMS-koordinator\n{f.name}",
             nn=f"Hei\nVi treng kursbevis for {title} for desse tilsette:\n{lst}\n\nHelsing {hr.name}, {f.name}",
             en=f"Hi,\nWe need course certificates ({title}) for the following employees for an audit:\n{lst}\n\nBR\n{hr.name}\nQHSE coordinator, {f.name}")
    return R(f"{hr.name} <{hr.work(f.domain)}>", L(c, nb="Kursbevis ansatte", nn="Kursbevis", en="Certificates for our staff"),
             body, [e.name for e in emps], [iso(e.born) for e in emps], [])


# ---------------- W20: privacy ----------------
def w20_priv(c):
    p, r = c.person(), c.rng
    body = L(c,
             nb=[f"Hei\nJeg ønsker innsyn i hvilke personopplysninger dere har lagret om meg, jf. GDPR art. 15.\n{p.name}",
                 f"Hei. Jeg jobber ikke i bransjen lenger og vil ha brukeren min slettet.\nMvh {p.name}"],
             nn=[f"Hei\nEg ønskjer innsyn i kva opplysningar de har lagra om meg.\nHelsing {p.name}",
                 f"Hei. Eg vil at brukaren min blir sletta, eg treng han ikkje lenger.\n{p.name}"],
             en=[f"Dear Sir/Madam,\nPlease delete my account and all data you hold about me.\n{p.name}",
                 f"Hi, what personal data do you store about me? I want a copy.\n{p.name}"])
    return R(disp(p, p.priv, r), L(c, nb=["Innsyn", "Sletting av bruker", "GDPR"], nn=["Innsyn", "Sletting"], en=["Data request", "Delete my account", "GDPR"]),
             body, [p.name], [], [p.priv])


def w5_invoice(c):
    p, r = c.person(), c.rng
    old, new = c.firm(), c.firm()
    while new.name == old.name:
        new = c.firm()
    ref = f"AO-{r.randint(1000, 9999)}"
    kid = digits_not_id(r, 15)
    acct = digits_not_id(r, 11, "1503")
    inv = r.randint(20000, 89999)
    body = L(c,
             nb=f"Hei\nFikk faktura nr {inv} for kurset i oktober sendt til {old.name}, de har sendt den videre til meg siden jeg har sluttet der. "
                f"KID {kid}, kontonr {acct[:4]}.{acct[4:6]}.{acct[6:]}, beløp 6 400,-.\nJeg jobber nå i {new.name} og det er de som skal betale, ref. {ref}. "
                f"Kan dere flytte meg over til {new.name}?\n\nMvh {p.name}",
             nn=f"Hei\nEg fekk faktura nr {inv} (KID {kid}) sendt til {old.name}, men eg har slutta der. No jobbar eg i {new.name}, og dei skal betale, referanse {ref}. "
                f"Kan de flytte brukaren min over til {new.name}?\nHelsing {p.name}",
             en=f"Hello,\nthe invoice no. {inv} (KID {kid}, account {acct[:4]}.{acct[4:6]}.{acct[6:]}) for my course went to {old.name}, but I left them in September. "
                f"My new employer {new.name} will pay, reference {ref}. Please move my account to {new.name}.\n{p.name}")
    return R(disp(p, p.priv, r), L(c, nb="Faktura / ny arbeidsgiver", nn="Faktura", en="Invoice sent to wrong employer"), body,
             [p.name], [], [p.priv])
