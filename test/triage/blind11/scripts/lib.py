"""Item builder and YAML writer for blind11."""
import json
import textwrap

COUNTER = {}
ITEMS = []


def E(lang, topics, frm, subject, body, names=(), dates=(), emails=(), orgs=(), nid=False):
    main = topics[0].lower()
    COUNTER[main] = COUNTER.get(main, 0) + 1
    item = {
        "id": "b11-%s-%02d" % (main, COUNTER[main]),
        "lang": lang,
        "topics": list(topics),
        "from": frm,
        "subject": subject,
        "body": "\n".join(l.rstrip() for l in textwrap.dedent(body).strip("\n").split("\n")) + "\n",
        "expect": {"names": list(names), "birthDates": list(dates), "emails": list(emails)},
    }
    if orgs:
        item["expect"]["orgNumbers"] = list(orgs)
    if nid:
        item["expect"]["nationalId"] = True
    ITEMS.append(item)
    return item


def q(s):
    return json.dumps(s, ensure_ascii=False)


def flow(xs):
    return "[" + ", ".join(q(x) for x in xs) + "]"


def dump(items):
    out = []
    for it in items:
        out.append("- id: %s" % it["id"])
        out.append("  lang: %s" % it["lang"])
        out.append("  topics: [%s]" % ", ".join(it["topics"]))
        out.append("  from: %s" % q(it["from"]))
        out.append("  subject: %s" % q(it["subject"]))
        out.append("  body: |")
        for line in it["body"].rstrip("\n").split("\n"):
            line = line.rstrip()
            out.append(("    " + line) if line else "")
        ex = it["expect"]
        out.append("  expect:")
        out.append("    names: %s" % flow(ex["names"]))
        out.append("    birthDates: %s" % flow(ex["birthDates"]))
        out.append("    emails: %s" % flow(ex["emails"]))
        if "orgNumbers" in ex:
            out.append("    orgNumbers: %s" % flow(ex["orgNumbers"]))
        if ex.get("nationalId"):
            out.append("    nationalId: true")
    return "\n".join(out) + "\n"
