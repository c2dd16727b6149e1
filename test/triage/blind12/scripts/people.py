"""Invented people, firms, dates, and the wrappers (quotes, forwards, signatures) for blind12."""
import datetime, random
from ids import make_fnr, spoil_fnr, make_org, spoil_org, digits_not_id

NB_FIRST = ["Sindre", "Ingvild", "Torstein", "Marte", "Eirik", "Siri", "Håvard", "Tonje", "Øyvind", "Lise",
            "Kjetil", "Ragnhild", "Audun", "Hanne", "Vegard", "Solveig", "Trond", "Camilla", "Arild", "Berit",
            "Jørgen", "Ida", "Stian", "Kari-Anne", "Roar", "Guro", "Espen", "Åse", "Lars Petter", "Mona"]
NB_LAST = ["Hovland", "Bakkevold", "Strømsnes", "Lie-Aasen", "Tveiten", "Myrvang", "Sæbø", "Flatekval",
           "Rønningen", "Kvalheim", "Brekke", "Øverby", "Haugan", "Sandnes", "Nygård", "Fossheim", "Aarvik",
           "Skjelbred", "Vatne", "Engebretsen", "Holtet", "Grimstad", "Lunde", "Stavem", "Tangen"]
FOREIGN = [("Tomasz", "Wiśniewski"), ("Marius", "Petrauskas"), ("Andrei", "Popescu"), ("Jānis", "Ozols"),
           ("Erik", "Lindqvist"), ("Karolina", "Nowak"), ("Darius", "Kazlauskas"), ("Mikko", "Heikkinen"),
           ("Piotr", "Zieliński"), ("Oleksandr", "Bondarenko"), ("Sean", "O'Malley"), ("Ahmed", "Farah"),
           ("Lukas", "Vaitkus"), ("Agnieszka", "Kowalczyk"), ("Johan", "Bergström"), ("Rasmus", "Kjær"),
           ("Ivan", "Horvat"), ("Emma", "Whitfield"), ("Paulo", "Mendes"), ("Nikolai", "Sørvik-Hansen")]
FIRMS = ["Nordspor Elektro AS", "Vestlandske Sveis AS", "Bjørkeli Bygg og Anlegg AS", "Trønder Skinne AS",
         "Hallingdal Maskin AS", "Fjordkabel Entreprenør AS", "Sørlandet Signal AS", "Østmark Graving AS",
         "Railtek Norge AS", "Polar Rail Services AS", "Hedmark Kontaktledning AS", "Løvlie & Sønn AS",
         "Brattli Maskinservice AS", "Nord-Trøndelag Jernbanebygg AS", "Kystbane Elektro AS",
         "Midtnorsk Sporservice AS", "Askvoll Anlegg AS", "Randsfjord Betong AS", "Vossabanen Montasje AS",
         "Nordic Track Solutions AS"]
FREE = ["gmail.com", "hotmail.com", "outlook.com", "online.no"]
DESK = "Kursstøtte <support@kursportal-eksempel.no>"
DESK_ADDR = "support@kursportal-eksempel.no"
MON_NB = ["januar", "februar", "mars", "april", "mai", "juni", "juli", "august", "september", "oktober",
          "november", "desember"]
MON_EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]
COURSES = [("SIK-101", "Grunnkurs sikkerhet i spor"), ("KL-220", "Arbeid nær kontaktledning"),
           ("ERTMS-B1", "ERTMS grunnopplæring"), ("HLK-310", "Hovedsikkerhetsvakt"),
           ("SVK-115", "Sikkerhetsvakt, repetisjon"), ("AMB-02", "Anleggsmaskinfører på bane"),
           ("TSK-400", "Togsikring, klasserom"), ("ELS-030", "Elsikkerhet FSE jernbane"),
           ("LOK-610", "Førerprøve strekning"), ("SKI-021", "Skiftekurs")]
PLACES = ["Oslo (Lodalen)", "Trondheim", "Bergen", "Drammen", "Hamar", "Kristiansand", "Narvik", "Stavanger"]


def translit(s):
    for a, b in [("ø", "o"), ("å", "a"), ("æ", "ae"), ("Ø", "O"), ("Å", "A"), ("Æ", "AE"), ("ś", "s"),
                 ("ń", "n"), ("ā", "a"), ("ņ", "n"), ("ö", "o"), ("ä", "a"), ("'", ""), (" ", ""),
                 ("ł", "l"), ("ż", "z"), ("ó", "o")]:
        s = s.replace(a, b)
    return s.lower()


class Person:
    def __init__(self, rng, lang, used):
        while True:
            if lang == "en" and rng.random() < 0.75:
                self.first, self.last = rng.choice(FOREIGN)
            else:
                self.first, self.last = rng.choice(NB_FIRST), rng.choice(NB_LAST)
            self.name = f"{self.first} {self.last}"
            if self.name not in used:
                used.add(self.name)
                break
        y = rng.randint(1961, 2004)
        self.born = datetime.date(y, rng.randint(1, 12), rng.randint(1, 28))
        f, l = translit(self.first), translit(self.last)
        style = rng.randint(0, 4)
        local = [f"{f}.{l}", f"{f}{l}{rng.randint(1, 99)}", f"{f[0]}{l}", f"{l}.{f}{self.born.year % 100:02d}",
                 f"{f}_{l[:4].strip('-')}"][style]
        self.priv = f"{local}@{rng.choice(FREE)}"
        self.rng = rng

    def work(self, domain):
        return f"{translit(self.first)[0]}{translit(self.last)}@{domain}".replace(" ", "")

    def fnr(self, dnum=False):
        return make_fnr(self.rng, self.born, dnum)


class Firm:
    def __init__(self, rng, used):
        while True:
            self.name = rng.choice(FIRMS)
            if self.name not in used or len(used) >= len(FIRMS):
                used.add(self.name)
                break
        base = translit(self.name.replace(" AS", "").replace("&", "og").replace("-", ""))
        self.domain = base + (rng.choice(["-eksempel.no", ".test"]))
        self.org = make_org(rng)


def fmt_date(rng, d, lang, style=None):
    yy = d.year % 100
    opts = [f"{d.day:02d}.{d.month:02d}.{yy:02d}", f"{d.year} {d.month:02d} {d.day:02d}",
            f"{d.day}/{d.month}/{d.year}", f"{yy:02d}-{d.month:02d}-{d.day:02d}", f"{d.day:02d}.{d.month:02d}.{d.year}",
            f"{d.year}-{d.month:02d}-{d.day:02d}"]
    if lang == "en":
        sfx = "th" if 10 < d.day < 20 else {1: "st", 2: "nd", 3: "rd"}.get(d.day % 10, "th")
        opts += [f"{MON_EN[d.month-1]} {d.day}{sfx} {d.year}", f"{d.day} {MON_EN[d.month-1]} {d.year}",
                 f"{d.day}{sfx} of {MON_EN[d.month-1]} {d.year}"]
    else:
        opts += [f"{d.day}. {MON_NB[d.month-1]} -{yy:02d}", f"{d.day}. {MON_NB[d.month-1]} {d.year}",
                 f"{d.day}.{d.month}.{d.year}"]
    if style is not None:
        return opts[style]
    return rng.choice(opts)


def fmt_fnr(rng, s):
    return rng.choice([s, f"{s[:6]} {s[6:]}", f"{s[:6]}-{s[6:]}", f"{s[:2]}.{s[2:4]}.{s[4:6]} {s[6:]}"])


def fmt_org(rng, s):
    return rng.choice([s, f"{s[:3]} {s[3:6]} {s[6:]}", f"NO {s[:3]} {s[3:6]} {s[6:]} MVA", f"{s[:3]}.{s[3:6]}.{s[6:]}"])


def phone(rng):
    n = f"{rng.choice('49')}{rng.randint(0, 9999999):07d}"
    return rng.choice([f"+47 {n[:3]} {n[3:5]} {n[5:]}", f"{n[:3]} {n[3:5]} {n[5:]}", f"{n[:2]} {n[2:4]} {n[4:6]} {n[6:]}"])


def sent_stamp(rng, lang, m=None):
    d = rng.randint(2, 28)
    m = m or rng.choice([9, 10, 11])
    h, mi = rng.randint(7, 21), rng.randint(0, 59)
    if lang == "en":
        return f"{['Monday','Tuesday','Wednesday','Thursday','Friday'][d % 5]}, {MON_EN[m-1]} {d}, 2026 {h % 12 or 12}:{mi:02d} {'AM' if h < 12 else 'PM'}"
    return f"{['mandag','tirsdag','onsdag','torsdag','fredag'][d % 5]} {d}. {MON_NB[m-1]} 2026 {h:02d}:{mi:02d}"


DISCLAIMER = {
    "nb": "Denne e-posten kan inneholde konfidensiell informasjon. Dersom du ikke er rett mottaker, vennligst slett den og gi beskjed til avsender.",
    "nn": "Denne e-posten kan innehalde konfidensiell informasjon. Om du ikkje er rett mottakar, ver venleg og slett han og gi beskjed til avsendaren.",
    "en": "CONFIDENTIALITY NOTICE: This e-mail and any attachments are intended solely for the addressee. If you received it in error, please delete it and notify the sender. Think before you print.",
}

DESK_REPLY = {
    "nb": ["Hei,\nTakk for henvendelsen. Vi har mottatt saken din og svarer så snart vi kan.\nMed vennlig hilsen\nKursstøtten",
           "Hei,\nVi ser på dette og kommer tilbake til deg.\nHilsen Kursstøtten"],
    "nn": ["Hei,\nTakk for at du tok kontakt. Vi har fått saka di og svarar så snart vi kan.\nHelsing Kursstøtta"],
    "en": ["Hi,\nThank you for contacting us. We have received your request and will reply as soon as we can.\nKind regards\nCourse Support",
           "Hello,\nWe are looking into this and will get back to you.\nBest regards\nCourse Support"],
}


def quote_gmail(rng, lang, text, who, m=None):
    stamp = sent_stamp(rng, lang, m)
    head = f"On {stamp} {who} wrote:" if lang == "en" else f"Den {stamp} skreiv {who}:" if lang == "nn" else f"Den {stamp} skrev {who}:"
    return head + "\n" + "\n".join(("> " + l) if l and not l.startswith(">") else (">" + l) for l in text.split("\n"))


def quote_outlook(rng, lang, text, frm, to, subj, m=None):
    if lang == "en":
        h = f"From: {frm}\nSent: {sent_stamp(rng, lang, m)}\nTo: {to}\nSubject: {subj}"
    else:
        h = f"Fra: {frm}\nSendt: {sent_stamp(rng, lang, m)}\nTil: {to}\nEmne: {subj}"
    return "-----Original Message-----\n" + h + "\n\n" + text if rng.random() < 0.3 else "________________________________\n" + h + "\n\n" + text
