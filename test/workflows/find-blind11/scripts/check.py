#!/usr/bin/env python3
"""Re-check every label in requests.yaml against all 20000 accounts of find.sqlite.

Usage: python3 scripts/check.py [requests.yaml]   (exit 1 and list problems if any label fails)
Rivals are searched generously (two slips, spelling variants, prefixes, short/pet forms, every
status), so a label passes only when the rules in /work/hold/find-label-rules.md leave no doubt.
"""
import os
import sys

import yaml

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from findlib import World, date_rel, fold, level, parse_date  # noqa: E402


def written_words(name):
    if "," in name:
        fam, giv = name.split(",", 1)
        name = giv + " " + fam
    return fold(name)


FAST = False


def scan(W, w):
    # every account by default; --fast uses the inverted-index superset (same result, quicker)
    return W.near(w) if FAST else list(W.users)


def judge(W, item):
    p = []
    a = item["args"]
    kind = item["expect"]["verdict"]
    users = item["expect"]["users"]
    w = written_words(a["name"])
    D = parse_date(a.get("birthdate"))
    E = [e.lower() for e in (a.get("emails") or [])]
    C = W.companies_for(a.get("employer"))
    owners = set()
    for e in E:
        owners |= W.addr_owner.get(e, set())
    if a.get("employer") is not None and not C:
        p.append("employer matches no company")
    for u in users:
        if W.users[u]["status"] != "active":
            p.append("target %d not active" % u)

    def compatible(u):
        if D is not None and date_rel(D, W.users[u]["birth_date"]) == "far":
            return False
        if C is not None and not (W.emp[u] & C):
            return False
        return True

    if kind == "verified":
        t = users[0]
        if len(users) != 1:
            p.append("verified needs one user")
        if D != W.users[t]["birth_date"]:
            p.append("date not exact")
        if not any(e in W.addr[t] for e in E):
            p.append("no address of the account given")
        if owners - {t}:
            p.append("an address belongs to another account %s" % (owners - {t}))
        lv = W.match(w, t)
        extra = [x for x, l in zip(w, lv) if l is None]
        # one added word is allowed when it is a family name on file (a married name)
        if len(extra) > 1 or (extra and extra[0] not in W.onfile) or len(w) - len(extra) < 2:
            p.append("name not as the person writes it %s" % lv)
        if any(x in (4, 5) for x in lv):
            p.append("name slips too far %s" % lv)
        for x, l in zip(w, lv):
            if l == 3 and x in W.onfile:
                p.append("slipped word %s is itself a name" % x)
        if not any(level(x, f) in (0, 1, 2, 3) for x in w for f in W.family[t]):
            p.append("no family name written")
        if not any(level(x, g) in (0, 1, 2, 3) for x in w for g in W.given[t]):
            p.append("no given name written")
        if C is not None and not (W.emp[t] & C):
            p.append("employer given is not the account's")
        # an exact rival with same date and any same address cannot exist (addresses unique), checked by owners
    elif kind == "likely":
        t = users[0]
        if len(users) != 1:
            p.append("likely needs one user")
        if owners - {t}:
            p.append("an address belongs to another account")
        own_addr = any(e in W.addr[t] for e in E)
        rel = date_rel(D, W.users[t]["birth_date"]) if D else None
        lv = W.match(w, t)
        if any(x is None for x in lv):
            p.append("name does not fit target %s" % lv)
        if len(w) == 1:
            if C is None and not (rel == "exact" and own_addr):
                p.append("one word without employer needs exact date and address")
            if C is not None and not (rel == "exact" or own_addr):
                p.append("one word with employer needs exact date or address")
        if D is not None and rel == "far" and not own_addr:
            p.append("far date makes none")
        # must not be verified
        verif = (rel == "exact" and own_addr and len(w) >= 2 and all(x in (0, 1, 2, 3) for x in lv)
                 and not any(l == 3 and x in W.onfile for x, l in zip(w, lv)))
        if verif:
            p.append("would be verified")
        if C is not None and not (W.emp[t] & C):
            p.append("target not at employer")
        if D is None and C is None and not own_addr:
            # name alone
            if any(x not in (0, 1, 2) for x in lv):
                p.append("name alone must fit cleanly")
        riv = [u for u in scan(W, w) if u != t and W.rival(w, u) and compatible(u)]
        if riv:
            p.append("rivals %s" % riv[:5])
        if D is None and C is not None and any(x not in (0, 1, 2) for x in lv):
            p.append("employer case needs clean name")
    elif kind == "none":
        if users:
            p.append("none lists no users")
        if owners:
            p.append("a given address is on file %s" % owners)
        if D is None:
            if not (len(w) == 1 and C):
                p.append("none without date must be one word + employer")
            else:
                at = [u for u in scan(W, w) if W.rival(w, u) and W.emp[u] & C and W.match(w, u)[0] == 0]
                if not at:
                    p.append("nobody at the employer has that word")
        else:
            close = [u for u in scan(W, w) if W.rival(w, u, rule_mode=True)
                     and date_rel(D, W.users[u]["birth_date"]) != "far"]
            if close and len(w) > 1:
                p.append("account fits with exact/slip date %s" % close[:5])
            if len(w) == 1 and C and any(date_rel(D, W.users[u]["birth_date"]) == "exact" for u in close):
                p.append("one word backed by exact date")
            near = [u for u in scan(W, w) if W.rival(w, u)]
            if not near:
                p.append("absent but near nobody")
    elif kind == "ambiguous":
        if len(users) < 2:
            p.append("ambiguous needs >=2 users")
        if owners:
            p.append("a given address is on file")
        for s in users:
            lv = W.match(w, s)
            if any(x not in (0, 1) for x in lv):
                p.append("user %d not an exact/left-out fit %s" % (s, lv))
            if D is not None and D != W.users[s]["birth_date"]:
                p.append("user %d date not exact" % s)
            if C is not None and not (W.emp[s] & C):
                p.append("user %d not at employer" % s)
        riv = [u for u in scan(W, w) if u not in users and W.rival(w, u) and compatible(u)]
        if riv:
            p.append("rivals outside the group %s" % riv[:5])
    else:
        p.append("unknown verdict")
    return p


def main():
    global FAST
    args = [x for x in sys.argv[1:] if x != "--fast"]
    FAST = "--fast" in sys.argv
    path = args[0] if args else os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "requests.yaml")
    items = yaml.safe_load(open(path))
    W = World()
    bad = 0
    counts = {}
    for it in items:
        counts[it["expect"]["verdict"]] = counts.get(it["expect"]["verdict"], 0) + 1
        pr = judge(W, it)
        if pr:
            bad += 1
            print(it["id"], "; ".join(pr))
    # each item preceded by its kind comment, matching its verdict; the agreed mix
    kinds = [ln.split(":", 1)[1].strip() for ln in open(path) if ln.startswith("# kind:")]
    want = {"verified": "in", "likely": "in", "none": "none", "ambiguous": "ambiguous"}
    if len(kinds) != len(items) or any(k != want[it["expect"]["verdict"]] for k, it in zip(kinds, items)):
        print("kind comments do not match verdicts")
        bad += 1
    if counts != {"verified": 30, "likely": 50, "none": 40, "ambiguous": 30}:
        print("mix is not 30/50/40/30")
        bad += 1
    ids = [it["id"] for it in items]
    if len(set(ids)) != len(ids):
        print("duplicate ids")
        bad += 1
    print("items", len(items), counts, "problems", bad)
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
