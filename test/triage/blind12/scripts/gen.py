#!/usr/bin/env python3
"""Generate /work/hold/blind12/*.yaml (150 held-out triage tickets). Deterministic (seed 1212)."""
import os, random, sys
sys.path.insert(0, os.path.dirname(__file__))
from templates import *
from specials import SPECIALS
import yaml

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
rng = random.Random(1212)
USED_NAMES, USED_FIRMS = set(), set()


class Ctx:
    def __init__(self, lang):
        self.lang, self.rng = lang, rng

    def person(self):
        return Person(rng, self.lang, USED_NAMES)

    def firm(self):
        return Firm(rng, USED_FIRMS)


# (main topic, template, own=the From is the person, count, second topics to mix in)
PLAN = [
    ("W1", w1_forgot_email, True, 8, ["W3", "W3", "W3"]),
    ("W1", w1_id_in_use, True, 5, ["W3"]),
    ("W1", w1_spouse, False, 2, []),
    ("W2", w2_no_activation, True, 8, []),
    ("W2", w2_typo, True, 4, ["W3"]),
    ("W3", w3_password, True, 15, ["W11", "W15", "W5", "W11"]),
    ("W4", w4_lost_mailbox, True, 7, ["W3", "W3", "W5"]),
    ("registration", reg_which_type, True, 9, []),
    ("W5", w5_moved, True, 7, ["W7", "W7", "W11"]),
    ("W5", w5_invoice, True, 2, []),
    ("W6", w6_merger, False, 3, []),
    ("W7", w7_register_company, False, 8, []),
    ("W10", w10_type, True, 5, ["W12", "W12"]),
    ("W11", w11_hms, True, 6, ["W15"]),
    ("W12", w12_find, True, 6, ["W10", "W10"]),
    ("W13", w13_full, True, 7, ["W15", "W12"]),
    ("W14", w14_prog, True, 5, ["W13", "W13"]),
    ("W15", w15_cert, True, 8, ["W11", "W13", "W11"]),
    ("W15", w15_hr, False, 3, []),
    ("W20", w20_priv, True, 5, []),
]

SIDE = {
    "W3": dict(nb=["Har forresten glemt passordet også.", "I tillegg har jeg glemt passordet mitt."],
               nn=["Eg har òg gløymt passordet."], en=["I also forgot my password.", "Also the password does not work."]),
    "W11": dict(nb=["Jeg har også fått nytt HMS-kort, nr {h}, kan dere legge det inn?"],
                nn=["Eg har òg fått nytt HMS-kort, nummer {h}."], en=["Also I have a new HMS card, number {h}, please update it."]),
    "W15": dict(nb=["I tillegg trenger jeg kursbeviset for {t}."], nn=["Eg treng òg kursbeviset for {t}."],
                en=["I also need my course certificate for {t} as well."]),
    "W5": dict(nb=["Jeg har også byttet arbeidsgiver, så det må oppdateres."], nn=["Eg har òg byta arbeidsgjevar."],
               en=["Also I changed employer, that needs updating too."]),
    "W7": dict(nb=["Firmaet står heller ikke i lista, hva må de gjøre for å bli registrert?"],
               nn=["Firmaet finst heller ikkje i lista, kva må dei gjere for å bli registrert?"],
               en=["The company is not in the list either, what does the company need to do to be registered?"]),
    "W12": dict(nb=["I tillegg finner jeg ikke kurset {c}."], nn=["Eg finn heller ikkje kurset {c}."],
                en=["Also I can't find the course {c} in the catalogue."]),
    "W10": dict(nb=["Må jeg også bytte til full kurskatalog?"], nn=["Må eg òg byte til full kurskatalog?"],
                en=["Do I also need to change to the full catalogue account?"]),
    "W13": dict(nb=["Og er det ledige plasser på {t} i {p} snart?"], nn=["Og er det ledige plassar på {t} i {p} snart?"],
                en=["Also, are there free seats on {t} in {p} soon?"]),
}

FOLLOWUP = dict(nb=["Hei igjen, har ikke hørt noe. Se under.", "Purring!! Fortsatt ikke løst", "Dette haster nå.",
                    "Hei, fikk ikke noe svar på denne?"],
                nn=["Hei att, har ikkje høyrt noko. Sjå under.", "Purring. Dette er framleis ikkje løyst."],
                en=["Any update on this?", "Hi again, still waiting, see below.", "Bump. This is urgent."])


def add_side(t, lang, sec):
    code, title = rng.choice(COURSES)
    s = rng.choice(SIDE[sec][lang]).format(h=rng.randint(1000000, 9999999), t=title, c=code, p=rng.choice(PLACES))
    body = t["body"]
    # put the side question before the closing lines
    lines = body.rstrip("\n").split("\n")
    cut = len(lines)
    for i in range(len(lines) - 1, 0, -1):
        if len(lines[i]) < 40 and not lines[i].endswith("?"):
            cut = i
        else:
            break
    if cut == 0:
        cut = len(lines)
    lines.insert(cut, s)
    t["body"] = "\n".join(lines)


def wrap(t, lang, own, p_addr):
    """Make the ticket harder without changing whose facts it holds."""
    k = rng.random()
    body = t["body"]
    if own and k < 0.22:  # top-posted follow-up, desk reply and own original quoted (three levels)
        top = rng.choice(FOLLOWUP[lang])
        desk = rng.choice(DESK_REPLY[lang])
        orig_from = t["frm"]
        if rng.random() < 0.5:
            inner = quote_outlook(rng, lang, body, orig_from, DESK, t["subject"], 10)
            mid = quote_outlook(rng, lang, desk + "\n\n" + inner, DESK, orig_from, ("RE: " if lang == "en" else "SV: ") + t["subject"], 11)
            t["body"] = top + "\n\n" + mid
        else:
            inner = quote_gmail(rng, lang, body, orig_from, 10)
            mid = quote_gmail(rng, lang, desk + "\n\n" + inner, DESK, 11)
            t["body"] = top + "\n\n" + mid
        t["subject"] = ("Re: " if rng.random() < 0.5 else "SV: RE: ") + t["subject"] + f" [#{rng.randint(10000, 99999)}]"
    elif own and k < 0.32:  # a web form pasted by the portal's contact form
        p = t["_p"]
        fields = dict(nb=("Navn", "E-post", "Fødselsdato", "Melding"), nn=("Namn", "E-post", "Fødselsdato", "Melding"),
                      en=("Name", "Email", "Date of birth", "Message"))[lang]
        dob = rng.random() < 0.6
        form = f"{fields[0]}: {p.name}\n{fields[1]}: {p_addr}\n"
        if dob:
            form += f"{fields[2]}: {fmt_date(rng, p.born, lang)}\n"
            if iso(p.born) not in t["births"]:
                t["births"].append(iso(p.born))
        form += f"{fields[3]}:\n{body}\n\n--\nSendt fra kontaktskjema, kursportal-eksempel.no"
        t["body"] = form
        t["frm"] = "Kursportalen <noreply@kursportal-eksempel.no>"
        if p.name not in t["names"]:
            t["names"].insert(0, p.name)
        if p_addr not in t["emails"]:
            t["emails"].insert(0, p_addr)
    elif own and k < 0.40:  # Outlook-on-the-web paste of the ticket page
        p = t["_p"]
        t["body"] = (f"{t['subject']}\n\nSvar   Svar alle   Videresend\n{p.name} <{p_addr}>\n{sent_stamp(rng, lang)}\n"
                     f"Til: Kursstøtte\n\n{body}\n\nSvar  Videresend") if lang != "en" else (
                     f"{t['subject']}\n\nReply   Reply all   Forward\n{p.name} <{p_addr}>\n{sent_stamp(rng, lang)}\n"
                     f"To: Course Support\n\n{body}\n\nReply  Forward")
        if p.name not in t["names"]:
            t["names"].insert(0, p.name)
    elif own and k < 0.48:  # forwarded by a colleague with a short note
        p = t["_p"]
        fw = Person(rng, lang, USED_NAMES)
        fwf = Firm(rng, USED_FIRMS)
        note = dict(nb=["Se under.", "Videresender denne, kan dere hjelpe han?", "fyi, se under"],
                    nn=["Sjå under.", "Sender denne vidare, kan de hjelpe?"], en=["See below.", "Forwarding this, can you help?"])[lang]
        t["body"] = (f"{rng.choice(note)}\n\n{fw.first}\n\n---------- Forwarded message ---------\n"
                     f"{'From' if lang == 'en' else 'Fra'}: {t['frm']}\n{'Date' if lang == 'en' else 'Dato'}: {sent_stamp(rng, lang)}\n"
                     f"{'Subject' if lang == 'en' else 'Emne'}: {t['subject']}\n{'To' if lang == 'en' else 'Til'}: {fw.name} <{fw.work(fwf.domain)}>\n\n{body}")
        t["frm"] = f"{fw.name} <{fw.work(fwf.domain)}>"
        t["subject"] = "Fwd: " + t["subject"]
        if p_addr not in t["emails"]:
            t["emails"].insert(0, p_addr)
    elif not own and k < 0.6:
        t["body"] = body + "\n\n" + DISCLAIMER[lang]
    elif own and k < 0.75:  # signature with title, phone, firm footer (org number), disclaimer
        f = Firm(rng, USED_FIRMS)
        if any(x in body for x in FIRMS):
            f.name = rng.choice(["Avd. Sør", "Prosjekt E18 Vestfold", "Byggeplass Lodalen"]) if lang != "en" else "Project North"
        sig = f"\n\n--\n{rng.choice(['Site manager', 'Electrician', 'Foreman'] if lang == 'en' else ['Anleggsleder', 'Fagarbeider', 'Prosjektingeniør', 'Elektriker', 'Lærling', 'Formann'])}\nMob: {phone(rng)}\n{f.name}"
        if rng.random() < 0.5:
            sig += f" | Org.nr {fmt_org(rng, f.org)}"
            t["orgs"].append(f.org)
        if rng.random() < 0.5:
            sig += "\n\n" + DISCLAIMER[lang]
        t["body"] = body + sig
    return t


def main():
    specials = SPECIALS(rng)
    quota = {"nb": 83, "nn": 22, "en": 45}
    for s in specials:
        quota[s["lang"]] -= 1
    langs = [l for l, n in quota.items() for _ in range(n)]
    rng.shuffle(langs)
    tickets = []
    for topic, fn, own, n, seconds in PLAN:
        secs = list(seconds) + [None] * (n - len(seconds))
        rng.shuffle(secs)
        for i in range(n):
            lang = langs.pop()
            c = Ctx(lang)
            # capture the person the template makes
            made = []
            orig = c.person
            c.person = lambda: (made.append(orig()) or made[-1])
            t = fn(c)
            p = made[0]
            t["_p"] = p
            t["lang"] = lang
            t["topics"] = [topic]
            if secs[i]:
                add_side(t, lang, secs[i])
                t["topics"].append(secs[i])
            if own and p.name not in t["body"] and p.name.lower() not in t["frm"].lower() and f"{p.last}, {p.first}" not in t["frm"]:
                t["names"] = [n for n in t["names"] if n != p.name]
            addr = t["emails"][0] if own and t["emails"] else p.priv
            tickets.append(wrap(t, lang, own, addr))
    tickets.extend(specials)
    assert not langs, len(langs)
    return tickets


FILES = {"01-login-access.yaml": {"W1", "W2", "W3", "W4", "W16", "W17"},
         "02-employer-company.yaml": {"W5", "W6", "W7", "W8", "W9", "registration", "W10"},
         "03-courses-training.yaml": {"W11", "W12", "W13", "W14", "W15"},
         "04-privacy-other.yaml": {"W20", "other"}}


class Lit(str):
    pass


def lit_rep(d, s):
    return d.represent_scalar("tag:yaml.org,2002:str", s, style="|")


yaml.add_representer(Lit, lit_rep)


def emit(tickets):
    groups = {f: [] for f in FILES}
    for t in tickets:
        for f, ts in FILES.items():
            if t["topics"][0] in ts:
                groups[f].append(t)
    counters = {}
    for f, ts in groups.items():
        rng.shuffle(ts)
        items = []
        for t in ts:
            tp = t["topics"][0].lower().replace("registration", "reg")
            counters[tp] = counters.get(tp, 0) + 1
            i = counters[tp]
            body = "\n".join(l.rstrip() for l in t["body"].split("\n")).strip("\n") + "\n"
            exp = {"names": t["names"], "birthDates": t["births"], "emails": t["emails"]}
            if t["orgs"]:
                exp["orgNumbers"] = list(dict.fromkeys(t["orgs"]))
            if t["nid"]:
                exp["nationalId"] = True
            items.append({"id": f"b12-{tp}-{i:02d}", "lang": t["lang"], "topics": t["topics"],
                          "from": t["frm"], "subject": t["subject"], "body": Lit(body), "expect": exp})
        with open(os.path.join(OUT, f), "w") as fh:
            yaml.dump(items, fh, allow_unicode=True, sort_keys=False, width=1000)
    return groups


if __name__ == "__main__":
    g = emit(main())
    for f, ts in g.items():
        print(f, len(ts))
