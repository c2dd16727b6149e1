#!/usr/bin/env python3
"""Build requests.yaml (150 W1 find requests) from find.sqlite, seed findblind11.

Each kind has several constructions; a candidate is kept only when check.judge finds no problem.
"""
import os
import random
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import check  # noqa: E402
from findlib import World, date_rel, fold, level  # noqa: E402

check.FAST = True
R = random.Random("findblind11")
W = World()
HERE = os.path.dirname(os.path.abspath(__file__))

NB = ["januar", "februar", "mars", "april", "mai", "juni", "juli", "august", "september", "oktober", "november", "desember"]
NB_SHORT = ["jan", "feb", "mars", "apr", "mai", "juni", "juli", "aug", "sep", "okt", "nov", "des"]
EN = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"]
EN_SHORT = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]
DOMAINS = ["gmail.test", "online.test", "hotmail.test", "post.test", "yahoo.test"]
PET = {"thomas": "Tommy", "tomas": "Tommy", "magnus": "Mange", "oleksandr": "Sasha", "sigurd": "Sigge", "mohammed": "Mo"}
SHORT = {"kristian": "Kris", "kristoffer": "Kris", "alexander": "Alex", "aleksander": "Alex", "fredrik": "Fred"}
COMMON_FAMILY = ["Hansen", "Johansen", "Olsen", "Larsen", "Andersen", "Pedersen", "Nilsen", "Berg", "Haugen", "Lie"]


def ordinal(d):
    return "%d%s" % (d, "th" if 11 <= d <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th"))


def write_date(iso, style=None):
    y, m, d = int(iso[:4]), int(iso[5:7]), int(iso[8:10])
    styles = ["nb", "nb_short", "nn", "en_of", "en_us", "en_short", "nb_caps"]
    if d > 12:
        styles += ["dot2", "dot4", "slash", "compact", "iso"]
    st = style or R.choice(styles)
    if st not in styles:
        st = R.choice(styles[:7])
    yy = "%02d" % (y % 100)
    return {
        "nb": "%d. %s %d" % (d, NB[m - 1], y),
        "nb_short": "%d. %s %s" % (d, NB_SHORT[m - 1], R.choice([str(y), yy])),
        "nn": "%d. %s %d" % (d, NB[m - 1], y),
        "nb_caps": "%d. %s %d" % (d, NB[m - 1].upper(), y),
        "en_of": "%s of %s %d" % (ordinal(d), EN[m - 1], y),
        "en_us": "%s %d, %d" % (EN[m - 1], d, y),
        "en_short": "%d %s %s" % (d, EN_SHORT[m - 1], yy),
        "dot2": "%02d.%02d.%s" % (d, m, yy),
        "dot4": "%02d.%02d.%d" % (d, m, y),
        "slash": "%d/%d-%d" % (d, m, y),
        "compact": "%02d%02d%s" % (d, m, yy),
        "iso": iso,
    }[st], st


def caps_email(e):
    r = R.random()
    if r < 0.25:
        local, dom = e.split("@")
        return ".".join(p[:1].upper() + p[1:] for p in local.split(".")) + "@" + dom
    if r < 0.35:
        return e.upper()
    return e


def decoy(uid, number=None):
    u = W.users[uid]
    g = fold(u["given_names"])[0]
    f = fold(u["family_name"])[-1]
    tr = str.maketrans("åøæ", "aoe")
    local = (g + "." + f).translate(tr)
    if number is not None:
        local += "%02d" % number
    for _ in range(20):
        e = "%s@%s" % (local if R.random() < 0.7 else local + str(R.randint(1, 9)), R.choice(DOMAINS))
        if e not in W.addr_owner:
            return e
    return None


def employer_text(cid):
    n = W.companies[cid]["name"]
    r = R.random()
    if r < 0.4:
        return n
    if r < 0.7 and n.endswith(" AS"):
        return n[:-3]
    if r < 0.85:
        return n.lower()
    return n.replace(" AS", " A/S") if " AS" in n else n.upper()


def aa_oe(s):
    return s.replace("å", "aa").replace("Å", "Aa").replace("ø", "oe").replace("Ø", "Oe").replace("æ", "ae").replace("Æ", "Ae")


def one_slip(word):
    """a typing slip that is no name on file"""
    for _ in range(30):
        i = R.randrange(1, len(word) - 1)
        kind = R.choice(["swap", "drop", "dup", "sub"])
        if kind == "swap":
            s = word[:i] + word[i + 1] + word[i] + word[i + 2:]
        elif kind == "drop":
            s = word[:i] + word[i + 1:]
        elif kind == "dup":
            s = word[:i] + word[i] + word[i:]
        else:
            s = word[:i] + R.choice("eirntsl") + word[i + 1:]
        f = fold(s)
        if len(f) == 1 and f[0] not in W.onfile and s.lower() != word.lower() and level(f[0], fold(word)[0]) == 3:
            return s
    return None


def two_slips(word):
    for _ in range(40):
        s = one_slip(word)
        if not s:
            return None
        i = R.randrange(1, len(s) - 1)
        s2 = s[:i] + s[i + 1] + s[i] + s[i + 2:] if R.random() < 0.5 else s[:i] + s[i + 1:]
        f = fold(s2)
        if len(f) == 1 and f[0] not in W.onfile and level(f[0], fold(word)[0]) == 4:
            return s2
    return None


def order(given, family):
    return "%s, %s" % (family, given) if R.random() < 0.2 else "%s %s" % (given, family)


active = [u for u in W.users if W.users[u]["status"] == "active"]
R.shuffle(active)
used = set()
items = []
notes = {}


def add(kind, args, users, verdict, why, tag):
    it = {"kind": kind, "args": args, "expect": {"users": users, "verdict": verdict}, "why": why, "tag": tag}
    pr = check.judge(W, it)
    if pr:
        return False
    items.append(it)
    used.update(users)
    notes[tag] = notes.get(tag, 0) + 1
    return True


def pool():
    for u in active:
        if u not in used:
            yield u


# ---------------- verified ----------------
def verified_variants(t):
    u = W.users[t]
    g, f = u["given_names"], u["family_name"]
    gw, fw = g.replace("-", " ").split(), f.replace("-", " ").split()
    opts = []
    opts.append(("exact", order(g, f), "name exactly as on file"))
    if "-" in f or "-" in g:
        opts.append(("hyphen", order(g.replace("-", " "), f.replace("-", " ")), "hyphen written as a space"))
    if len(gw) > 1:
        opts.append(("middle_left_out", order(gw[0], f), "middle name left out"))
    if len(fw) > 1:
        opts.append(("half_double", order(g, R.choice(fw)), "half of the double family name"))
    if len(fw) == 1:
        opts.append(("married_added", order(g, f + " " + R.choice([c for c in COMMON_FAMILY if c != f])), "a married name added"))
    if any(c in (g + f) for c in "åøæÅØÆ"):
        opts.append(("aa_oe", order(aa_oe(g), aa_oe(f)), "å/ø/æ written as aa/oe/ae"))
    k = fold(gw[0])[0]
    if k in SHORT:
        opts.append(("short_form", order(" ".join([SHORT[k]] + gw[1:]), f), "short form %s" % SHORT[k]))
    if len(fw[-1]) >= 6:
        s = one_slip(fw[-1])
        if s:
            opts.append(("one_slip", order(g, " ".join(fw[:-1] + [s])), "one typing slip in the family name"))
    return opts


def build_verified(n):
    want = ["hyphen", "middle_left_out", "half_double", "married_added", "aa_oe", "short_form", "one_slip", "exact"]
    got = 0
    for t in pool():
        if got >= n:
            break
        opts = verified_variants(t)
        cap = {"exact": 5, "short_form": 3}
        opts = [o for o in opts if notes.get("V_" + o[0], 0) < cap.get(o[0], 4)]
        if not opts:
            continue
        opts.sort(key=lambda o: notes.get("V_" + o[0], 0))
        tag, name, how = opts[0]
        addrs = sorted(W.addr[t])
        e = R.choice(addrs)
        history = e != W.users[t]["email"].lower()
        emails = [caps_email(e)]
        if R.random() < 0.35:
            d = decoy(t)
            if d:
                emails.insert(R.randrange(2), d)
        date, st = write_date(W.users[t]["birth_date"])
        emp = None
        if W.users[t]["employer_id"] and R.random() < 0.4:
            emp = employer_text(W.users[t]["employer_id"])
        why = "%s, exact birth date (%s) and %s address of the account" % (how, st, "an older" if history else "the login")
        if add("in", {"name": name, "birthdate": date, "emails": emails, "employer": emp}, [t], "verified", why, "V_" + tag):
            got += 1


# ---------------- likely ----------------
def build_likely():
    quotas = {"L_name_date": 10, "L_other_number": 4, "L_two_slips": 6, "L_date_slip": 8, "L_employer": 9,
              "L_pet": 4, "L_variant": 4, "L_name_alone": 3, "L_one_word": 2}
    for t in pool():
        if all(notes.get(k, 0) >= q for k, q in quotas.items()):
            break
        u = W.users[t]
        g, f = u["given_names"], u["family_name"]
        bd = u["birth_date"]
        k0 = fold(g)[0]
        cands = []
        if k0 in PET and notes.get("L_pet", 0) < quotas["L_pet"]:
            cands.append(("L_pet", lambda: ({"name": order(PET[k0], f), "birthdate": write_date(bd)[0], "emails": [], "employer": None},
                                            "pet form %s for %s with the exact birth date; no address, so not verified" % (PET[k0], g.split()[0]))))
        if notes.get("L_name_date", 0) < quotas["L_name_date"]:
            cands.append(("L_name_date", lambda: ({"name": order(g, f), "birthdate": write_date(bd)[0],
                                                   "emails": [d for d in [decoy(t)] if d and R.random() < 0.6], "employer": None},
                                                  "full name and exact birth date fit only this account; no address of it given")))
        if notes.get("L_other_number", 0) < quotas["L_other_number"]:
            yrs = int(bd[2:4])
            other = (yrs + R.choice([3, 7, 11])) % 100
            cands.append(("L_other_number", lambda: ({"name": order(g, f), "birthdate": write_date(bd)[0],
                                                      "emails": [d for d in [decoy(t, other)] if d], "employer": None},
                                                     "name and exact date fit; the address spells the name with another number, which is no slip of the account's")))
        fw = f.replace("-", " ").split()
        if notes.get("L_two_slips", 0) < quotas["L_two_slips"] and len(fw[-1]) >= 7:
            s2 = two_slips(fw[-1])
            if s2:
                cands.append(("L_two_slips", lambda: ({"name": order(g, " ".join(fw[:-1] + [s2])), "birthdate": write_date(bd)[0],
                                                       "emails": [caps_email(R.choice(sorted(W.addr[t])))], "employer": None},
                                                      "two slips in one word of the family name keep it likely despite exact date and the account's address")))
        if notes.get("L_date_slip", 0) < quotas["L_date_slip"]:
            y, m, d = bd[:4], bd[5:7], bd[8:10]
            choices = []
            if d != m and int(m) <= 12 and int(d) <= 12:
                choices.append(("day and month swapped", "%s-%s-%s" % (y, d, m)))
            if d[0] != d[1]:
                choices.append(("two neighbouring digits of the day swapped", "%s-%s-%s" % (y, m, d[1] + d[0])))
            dd = int(d) + R.choice([-1, 1]) if d[1] not in "09" else None
            if dd and 1 <= dd <= 28:
                choices.append(("one digit of the day off", "%s-%s-%02d" % (y, m, dd)))
            y2 = y[:3] + str((int(y[3]) + 1) % 10)
            choices.append(("one digit of the year off", "%s-%s-%s" % (y2, m, d)))
            ok = []
            for how, iso in choices:
                try:
                    import datetime
                    datetime.date.fromisoformat(iso)
                    if date_rel(iso, bd) == "slip":
                        ok.append((how, iso))
                except ValueError:
                    pass
            if ok:
                how, iso = R.choice(ok)
                withaddr = R.random() < 0.5
                cands.append(("L_date_slip", lambda: ({"name": order(g, f), "birthdate": write_date(iso)[0],
                                                       "emails": [caps_email(R.choice(sorted(W.addr[t])))] if withaddr else [], "employer": None},
                                                      "full name fits; birth date is one slip of the account's (%s)%s" % (how, ", so the address alone cannot make it verified" if withaddr else ""))))
        if notes.get("L_employer", 0) < quotas["L_employer"] and W.emp[t]:
            cid = R.choice(sorted(W.emp[t]))
            cur = cid == u["employer_id"]
            cands.append(("L_employer", lambda: ({"name": order(g, f), "birthdate": None, "emails": [], "employer": employer_text(cid)},
                                                 "the only account with this name that %s for the employer named" % ("works" if cur else "worked"))))
        if notes.get("L_variant", 0) < quotas["L_variant"] and any(c in (g + f).lower() for c in "øå") :
            vg = g.replace("ø", "o").replace("å", "a").replace("Ø", "O").replace("Å", "A")
            vf = f.replace("ø", "o").replace("å", "a").replace("Ø", "O").replace("Å", "A")
            cands.append(("L_variant", lambda: ({"name": order(vg, vf), "birthdate": write_date(bd)[0], "emails": [], "employer": None},
                                                "ø/å written as o/a (a spelling variant) with the exact date; no address given")))
        if notes.get("L_name_alone", 0) < quotas["L_name_alone"]:
            cands.append(("L_name_alone", lambda: ({"name": order(g, f), "birthdate": None, "emails": [], "employer": None},
                                                   "from the name alone: only one account has it and no near name competes")))
        if notes.get("L_one_word", 0) < quotas["L_one_word"] and u["employer_id"]:
            first = g.split()[0].split("-")[0]
            cands.append(("L_one_word", lambda: ({"name": first, "birthdate": write_date(bd)[0], "emails": [], "employer": employer_text(u["employer_id"])},
                                                 "one word with the employer, backed by the exact birth date; only account there with it")))
        R.shuffle(cands)
        for tag, mk in cands:
            args, why = mk()
            if add("in", args, [t], "likely", why, tag):
                break


# ---------------- none ----------------
def far_date(bd):
    import datetime
    base = datetime.date.fromisoformat(bd)
    for _ in range(50):
        delta = R.choice([1, -1]) * R.randint(400, 9000)
        d = base + datetime.timedelta(days=delta)
        iso = d.isoformat()
        if "1955" <= iso[:4] <= "2008" and date_rel(iso, bd) == "far":
            return iso
    return None


def build_none():
    quotas = {"N_namesake": 12, "N_one_off": 9, "N_one_word_employer": 3, "N_other_name": 6, "N_other_number": 4,
              "N_relative": 4, "N_one_word_date": 2}
    allusers = list(W.users)
    R.shuffle(allusers)
    for t in allusers:
        if all(notes.get(k, 0) >= q for k, q in quotas.items()):
            break
        u = W.users[t]
        g, f, bd = u["given_names"], u["family_name"], u["birth_date"]
        fd = far_date(bd)
        if not fd:
            continue
        cands = []
        if notes.get("N_namesake", 0) < quotas["N_namesake"]:
            cands.append(("N_namesake", {"name": order(g, f), "birthdate": write_date(fd)[0], "emails": [d for d in [decoy(t)] if d], "employer": None},
                          "a namesake: the name is on file but every account with it is born far from this date and no address is theirs"))
        fw = f.replace("-", " ").split()
        if notes.get("N_one_off", 0) < quotas["N_one_off"] and len(fw[-1]) >= 5:
            s = one_slip(fw[-1])
            if s:
                cands.append(("N_one_off", {"name": order(g, " ".join(fw[:-1] + [s])), "birthdate": write_date(fd)[0], "emails": [], "employer": None},
                              "a name one letter off an account's, with a birth date far from every near name"))
        if notes.get("N_one_word_employer", 0) < quotas["N_one_word_employer"] and u["employer_id"] and u["status"] == "active":
            first = g.split()[0].split("-")[0]
            cands.append(("N_one_word_employer", {"name": first, "birthdate": None, "emails": [], "employer": employer_text(u["employer_id"])},
                          "one word of a name with an employer is none until an exact date or address backs it (colleagues write to us)"))
        if notes.get("N_one_word_date", 0) < quotas["N_one_word_date"] and u["status"] == "active":
            first = g.split()[0].split("-")[0]
            cands.append(("N_one_word_date", {"name": first, "birthdate": write_date(bd)[0], "emails": [], "employer": None},
                          "one word without an employer needs both an exact date and an address; only the date is given"))
        if notes.get("N_other_name", 0) < quotas["N_other_name"]:
            # a family name on file one slip from the account's, with the account's exact birth date
            key = fold(f)
            if len(key) == 1 and len(key[0]) >= 5:
                alts = [v for v in W.onfile if v != key[0] and level(v, key[0]) == 3 and v in W._inv and len(W._inv[v]) >= 20
                        and v.isascii()]
                if alts:
                    v = R.choice(sorted(alts))
                    cands.append(("N_other_name", {"name": order(g, v.capitalize()), "birthdate": write_date(bd)[0], "emails": [], "employer": None},
                                  "%s is itself a family name on file, so it is not read as %s; no %s is born that day" % (v.capitalize(), f, v.capitalize())))
        if notes.get("N_other_number", 0) < quotas["N_other_number"]:
            other = (int(fd[2:4]))
            cands.append(("N_other_number", {"name": order(g, f), "birthdate": write_date(fd)[0], "emails": [d for d in [decoy(t, other)] if d], "employer": None},
                          "the address carries another year and belongs to nobody; the date is far from every namesake's"))
        if notes.get("N_relative", 0) < quotas["N_relative"] and u["status"] == "active":
            older = "%d%s" % (int(bd[:4]) - R.randint(24, 32), bd[4:])
            if older >= "1935":
                import datetime
                try:
                    datetime.date.fromisoformat(older)
                except ValueError:
                    older = None
                if older:
                    cands.append(("N_relative", {"name": order(g.split()[0], f), "birthdate": write_date(older)[0],
                                                 "emails": [d for d in [decoy(t)] if d], "employer": employer_text(u["employer_id"]) if u["employer_id"] and R.random() < 0.5 else None},
                                  "a relative (same name a generation older): the date is no slip of the account's and no address is given, so the employer cannot lift it"))
        R.shuffle(cands)
        for tag, args, why in cands:
            if add("none", args, [], "none", why, tag):
                break


# ---------------- ambiguous ----------------
def build_ambiguous():
    by_name = {}
    for uid in W.users:
        by_name.setdefault(tuple(sorted(W.words[uid])), []).append(uid)
    # same birth date, names that only leave words out of each other
    by_date = {}
    for uid, u in W.users.items():
        by_date.setdefault(u["birth_date"], []).append(uid)
    for bd, uids in sorted(by_date.items()):
        for i in range(len(uids)):
            for j in range(i + 1, len(uids)):
                a, b = uids[i], uids[j]
                sa, sb = set(W.words[a]), set(W.words[b])
                common = sa & sb
                if len(common) >= 2 and W.users[a]["status"] == W.users[b]["status"] == "active":
                    gw = [x for x in fold(W.users[a]["given_names"]) if x in common]
                    fw = [x for x in fold(W.users[a]["family_name"]) + fold(W.users[b]["family_name"]) if x in common]
                    if gw and fw:
                        name = " ".join(dict.fromkeys([x.capitalize() for x in gw] + [x.capitalize() for x in fw]))
                        for x in (W.users[a]["given_names"] + " " + W.users[a]["family_name"] + " " + W.users[b]["family_name"]).replace("-", " ").split():
                            if fold(x)[0] in common:
                                name = name.replace(fold(x)[0].capitalize(), x)
                        print("same-day pair", a, b, name, check.judge(W, {"args": {"name": name, "birthdate": bd, "emails": [], "employer": None}, "expect": {"users": sorted([a, b]), "verdict": "ambiguous"}}), file=sys.stderr)
                        add("ambiguous", {"name": name, "birthdate": write_date(bd)[0], "emails": [], "employer": None}, sorted([a, b]),
                            "ambiguous", "both accounts are born that day and the name only leaves words out of either", "A_same_day")
    # name alone, or name + employer, shared by 2-3 active accounts
    groups = [(k, v) for k, v in by_name.items() if 2 <= len(v) <= 3]
    R.shuffle(groups)
    def total():
        return sum(1 for it in items if it["expect"]["verdict"] == "ambiguous")
    for k, v in groups:
        if notes.get("A_employer", 0) >= 10:
            break
        if any(W.users[x]["status"] != "active" for x in v):
            continue
        u = W.users[v[0]]
        emps = set.intersection(*[W.emp[x] for x in v])
        if emps:
            cid = R.choice(sorted(emps))
            add("ambiguous", {"name": order(u["given_names"], u["family_name"]), "birthdate": None, "emails": [], "employer": employer_text(cid)},
                sorted(v), "ambiguous",
                "the same name works or worked at the employer named on %d accounts and nothing else tells them apart" % len(v), "A_employer")
    # a short name that leaves words out of several accounts (Kari Nordmann for Kari Anne Nordmann and Kari Nordmann)
    by_short = {}
    for uid, u in W.users.items():
        g1 = u["given_names"].replace("-", " ").split()[0]
        for fpart in set(u["family_name"].replace("-", " ").split()):
            by_short.setdefault((g1, fpart), []).append(uid)
    shorts = [(k, v) for k, v in by_short.items() if 2 <= len(v) <= 3 and len({tuple(W.words[x]) for x in v}) > 1]
    shorts.sort()
    R.shuffle(shorts)
    for (g1, fpart), v in shorts:
        if notes.get("A_left_out", 0) >= 8:
            break
        if any(W.users[x]["status"] != "active" or x in used for x in v):
            continue
        name = order(g1, fpart)
        if R.random() < 0.3:
            name = aa_oe(name)
        add("ambiguous", {"name": name, "birthdate": None, "emails": [], "employer": None}, sorted(v), "ambiguous",
            "the name only leaves words out of %s; an exact name does not beat one that only leaves words out"
            % " and ".join(W.name(x) for x in sorted(v)), "A_left_out")
    for k, v in groups:
        if total() >= 30:
            break
        if any(W.users[x]["status"] != "active" for x in v) or any(x in used for x in v):
            continue
        u = W.users[v[0]]
        em = [d for d in [decoy(v[0])] if d] if R.random() < 0.4 else []
        nm = order(u["given_names"], u["family_name"])
        if R.random() < 0.5 and (aa_oe(nm) != nm or "-" in nm):
            nm = aa_oe(nm).replace("-", " ")
        add("ambiguous", {"name": nm, "birthdate": None, "emails": em, "employer": None}, sorted(v), "ambiguous",
            "%d accounts have exactly this name and nothing else is given that tells them apart" % len(v), "A_name_alone")


build_verified(30)
print("verified", len(items), file=sys.stderr)
build_likely()
print("likely", len(items), file=sys.stderr)
build_none()
print("none", len(items), file=sys.stderr)
build_ambiguous()
print("ambiguous", len(items), notes, file=sys.stderr)


# ---------------- write ----------------
order_kinds = {"verified": "in", "likely": "in", "none": "none", "ambiguous": "ambiguous"}
R.shuffle(items)
lines = ["# W1 held-out account-finding set findblind11 (150 requests), built by scripts/build.py from find.sqlite",
         "# (fixtures generate --users 20000 --seed findblind11). Re-check: python3 scripts/check.py", ""]


def q(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


for i, it in enumerate(items, start=1):
    a = it["args"]
    it["id"] = "f11-%03d" % i
    lines.append("# kind: %s" % it["kind"])
    lines.append("- id: %s" % it["id"])
    lines.append("  args: { name: %s, birthdate: %s, emails: [%s], employer: %s }" % (
        q(a["name"]), q(a["birthdate"]) if a["birthdate"] else "null", ", ".join(q(e) for e in a["emails"]),
        q(a["employer"]) if a["employer"] else "null"))
    lines.append("  expect: { users: [%s], verdict: %s }" % (", ".join(str(u) for u in it["expect"]["users"]), it["expect"]["verdict"]))
    lines.append("  why: %s" % q(it["why"]))
    lines.append("  # construction: %s" % it["tag"])
open(os.path.join(HERE, "..", "requests.yaml"), "w").write("\n".join(lines) + "\n")
print("wrote", len(items), notes, file=sys.stderr)
