#!/usr/bin/env python3
"""Check blind12: every labelled org number / national ID is valid, every unlabelled one in a body is invalid,
ids unique, fields well-formed, and the counts in README.txt match the files."""
import collections, os, re, sys
sys.path.insert(0, os.path.dirname(__file__))
import yaml
from ids import fnr_valid, org_valid

HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
FILES = ["01-login-access.yaml", "02-employer-company.yaml", "03-courses-training.yaml", "04-privacy-other.yaml"]
TOPICS = {f"W{i}" for i in range(1, 18)} | {"W20", "registration", "other"}
ROLE = re.compile(r"^(faktura|hr|post|regnskap|support|noreply|no-reply|offers|events|varsling|it-helpdesk|siteoffice|mailer-daemon|postmaster)@|-team@", re.I)
NUM = re.compile(r"(?<!\d)(\d[\d .\-]*\d)(?!\d)")

errors = []


def err(i, m):
    errors.append(f"{i}: {m}")


def counts():
    items = []
    for f in FILES:
        for it in yaml.safe_load(open(os.path.join(HERE, f))):
            it["_file"] = f
            items.append(it)
    return items


items = counts()
ids = collections.Counter(it["id"] for it in items)
for k, v in ids.items():
    if v > 1:
        err(k, "duplicate id")
for it in items:
    i, e, body = it["id"], it["expect"], it["body"]
    if it["lang"] not in ("nb", "nn", "en"):
        err(i, "lang")
    if not it["topics"] or any(t not in TOPICS for t in it["topics"]) or len(set(it["topics"])) != len(it["topics"]):
        err(i, f"topics {it['topics']}")
    for key in ("names", "birthDates", "emails"):
        if key not in e or not isinstance(e[key], list):
            err(i, f"missing {key}")
    for d in e.get("birthDates", []):
        if not re.fullmatch(r"\d{4}-\d{2}-\d{2}", str(d)):
            err(i, f"birth {d}")
    text = it["from"] + "\n" + it["subject"] + "\n" + body
    for m in e.get("emails", []):
        if m.lower() not in text.lower():
            err(i, f"email {m} not in ticket")
        if ROLE.search(m):
            err(i, f"role mailbox labelled {m}")
    for n in e.get("names", []):
        parts = n.split()
        if not all(p.lower() in text.lower() for p in parts):
            err(i, f"name {n} not in ticket")
    if it["topics"][0] == "other" and re.search(r"MAILER-DAEMON|postmaster|Delivery Status", text, re.I) and (e["names"] or e["emails"]):
        err(i, "bounce with facts")
    # numbers in the body
    orgs = set(e.get("orgNumbers", []))
    found_orgs, valid_ids = set(), []
    for m in NUM.finditer(body):
        dg = re.sub(r"\D", "", m.group(1))
        if len(dg) == 9:
            if org_valid(dg):
                found_orgs.add(dg)
            elif dg in orgs:
                err(i, f"invalid org labelled {dg}")
        if len(dg) == 11:
            b = fnr_valid(dg)
            if b:
                valid_ids.append((dg, b))
    for o in orgs:
        if not org_valid(o):
            err(i, f"labelled org {o} invalid")
        if o not in found_orgs:
            err(i, f"labelled org {o} not found in body")
    for o in found_orgs - orgs:
        err(i, f"valid org {o} in body but not labelled")
    if valid_ids and not e.get("nationalId"):
        err(i, "valid national ID " + ", ".join(d[:6] + " *****" for d, _ in valid_ids) + " not labelled")
    if e.get("nationalId") and not valid_ids:
        err(i, "nationalId labelled but no valid ID in body")
    for dg, b in valid_ids:
        if b.isoformat() not in [str(x) for x in e.get("birthDates", [])]:
            err(i, f"birth date {b} of ID {dg[:6]} ***** not listed")
    if "nationalId" in e and e["nationalId"] is not True:
        err(i, "nationalId must be true or absent")

# counts against README.txt
by_topic = collections.Counter(it["topics"][0] for it in items)
by_lang = collections.Counter(it["lang"] for it in items)
by_file = collections.Counter(it["_file"] for it in items)
second = sum(1 for it in items if len(it["topics"]) > 1)
readme = open(os.path.join(HERE, "README.txt")).read()
want = {f"total": len(items), "second-topic": second}
want.update({f"topic {k}": v for k, v in by_topic.items()})
want.update({f"lang {k}": v for k, v in by_lang.items()})
want.update({f"file {k}": v for k, v in by_file.items()})
for k, v in want.items():
    m = re.search(rf"^{re.escape(k)}: (\d+)$", readme, re.M)
    if not m:
        errors.append(f"README: no line '{k}: N'")
    elif int(m.group(1)) != v:
        errors.append(f"README: {k} says {m.group(1)}, files have {v}")
if len(items) != 150:
    errors.append(f"total {len(items)} != 150")

print(f"{len(items)} tickets; topics {dict(by_topic)}; langs {dict(by_lang)}; second topic {second}")
print("\n".join(errors) or "OK")
sys.exit(1 if errors else 0)
