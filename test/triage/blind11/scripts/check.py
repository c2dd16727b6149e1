"""Check the blind11 YAML files: parse, ids, topics, e-mails present, org numbers, national IDs."""
import re
import sys
from collections import Counter
from pathlib import Path

import yaml

from ids import fnr_ok, org_ok

ROOT = Path(__file__).resolve().parent.parent
FILES = ["01-login-access.yaml", "02-employer-company.yaml", "03-courses-training.yaml", "04-privacy-other.yaml"]
TOPICS = {"W%d" % i for i in range(1, 18)} | {"W20", "registration", "other"}
KEYS = ["id", "lang", "topics", "from", "subject", "body", "expect"]
ISO = re.compile(r"^\d{4}-\d{2}-\d{2}$")
# digit runs that may be separated by single spaces, dots or dashes
RUN = re.compile(r"(?<![\d])\d(?:[ .\-]?\d)*(?![\d])")


def ids_in(body):
    found = set()
    for m in RUN.finditer(body):
        d = re.sub(r"\D", "", m.group())
        for n in (11,):
            for i in range(len(d) - n + 1):
                if fnr_ok(d[i:i + n]) and (len(d) == 11):
                    found.add(d)
    return found


def orgs_in(body):
    out = set()
    for m in RUN.finditer(body):
        d = re.sub(r"\D", "", m.group())
        if len(d) == 9 and org_ok(d):
            out.add(d)
    return out


def main():
    errs = []
    seen = set()
    langs = Counter()
    mains = Counter()
    second = 0
    total = 0
    for f in FILES:
        if not (ROOT / f).exists():
            print("missing", f)
            continue
        data = yaml.safe_load((ROOT / f).read_text(encoding="utf-8"))
        assert isinstance(data, list), f
        for it in data:
            total += 1
            iid = it.get("id")
            if list(it.keys()) != KEYS:
                errs.append("%s: keys %s" % (iid, list(it.keys())))
            if iid in seen:
                errs.append("%s: duplicate id" % iid)
            seen.add(iid)
            tp = it["topics"]
            if not tp or any(t not in TOPICS for t in tp) or len(set(tp)) != len(tp):
                errs.append("%s: bad topics %s" % (iid, tp))
            if not re.fullmatch(r"b11-%s-\d\d" % re.escape(tp[0].lower()), iid):
                errs.append("%s: id does not match main topic %s" % (iid, tp[0]))
            if it["lang"] not in ("nb", "nn", "en"):
                errs.append("%s: lang" % iid)
            langs[it["lang"]] += 1
            mains[tp[0]] += 1
            second += len(tp) > 1
            ex = it["expect"]
            allowed = {"names", "birthDates", "emails", "orgNumbers", "nationalId"}
            if set(ex) - allowed or not {"names", "birthDates", "emails"} <= set(ex):
                errs.append("%s: expect keys %s" % (iid, list(ex)))
            text = (it["from"] + "\n" + it["body"]).lower()
            for e in ex["emails"]:
                if e.lower() not in text:
                    errs.append("%s: e-mail %s not in mail" % (iid, e))
            for nm in ex["names"]:
                if nm.lower() not in text:
                    errs.append("%s: name %s not written in mail" % (iid, nm))
            for d in ex["birthDates"]:
                if not ISO.match(d):
                    errs.append("%s: date %s" % (iid, d))
            for o in ex.get("orgNumbers", []):
                if not org_ok(o):
                    errs.append("%s: org %s invalid" % (iid, o))
                if o not in orgs_in(it["body"]):
                    errs.append("%s: org %s not in body" % (iid, o))
            extra = orgs_in(it["body"]) - set(ex.get("orgNumbers", []))
            if extra:
                errs.append("%s: valid org-like numbers not labelled %s" % (iid, extra))
            has = bool(ids_in(it["body"]))
            if has != bool(ex.get("nationalId", False)):
                errs.append("%s: nationalId label %s but body has valid id: %s" % (iid, ex.get("nationalId"), has))
            if "nationalId" in ex and ex["nationalId"] is not True:
                errs.append("%s: nationalId must be true or omitted" % iid)
    for e in errs:
        print("ERR", e)
    print("items", total, "langs", dict(langs), "with second topic", second)
    print("main topics", dict(sorted(mains.items())))
    missing = TOPICS - set(mains) - {t for f in FILES for t in []}
    print("topics never main", sorted(missing))
    return 1 if errs else 0


if __name__ == "__main__":
    sys.exit(main())
