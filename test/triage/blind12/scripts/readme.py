#!/usr/bin/env python3
"""Write README.txt for blind12 with counts taken from the YAML files."""
import collections, os, yaml
HERE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
FILES = ["01-login-access.yaml", "02-employer-company.yaml", "03-courses-training.yaml", "04-privacy-other.yaml"]
items, per_file = [], {}
for f in FILES:
    its = yaml.safe_load(open(os.path.join(HERE, f)))
    per_file[f] = len(its)
    items += its
order = [f"W{i}" for i in range(1, 18)] + ["W20", "registration", "other"]
bt = collections.Counter(i["topics"][0] for i in items)
bl = collections.Counter(i["lang"] for i in items)
sec = collections.Counter(i["topics"][1] for i in items if len(i["topics"]) > 1)
lines = [
"blind12 -- twelfth held-out triage set (written blind: only DESIGN.md, the FAQ, the ID/org-number rules and",
"triage-label-rules.md were read; no kursdesk code, tests or earlier blind sets).",
"",
"Files: four YAML lists (fields per the brief: id, lang, topics, from, subject, body, expect{names, birthDates,",
"emails, orgNumbers?, nationalId?}). scripts/gen.py regenerates them deterministically (seed 1212) from",
"scripts/templates.py (per-topic texts in nb/nn/en), scripts/specials.py (27 hand-written hard tickets) and",
"scripts/people.py (invented people/firms, date formats, quote/forward/form wrappers). scripts/check.py validates;",
"scripts/readme.py writes this file. Every person, firm, address and number is invented; firm domains end in",
"-eksempel.no or .test; private mailboxes are on gmail.com/hotmail.com/outlook.com/online.no.",
"",
"COUNTS",
f"total: {len(items)}",
f"second-topic: {sum(sec.values())}",
]
lines += [f"file {f}: {n}" for f, n in per_file.items()]
lines += [f"lang {l}: {bl[l]}" for l in ("nb", "nn", "en")]
lines += [f"topic {t}: {bt[t]}" for t in order if bt[t]]
lines += ["", "Second topics: " + ", ".join(f"{k} {v}" for k, v in sorted(sec.items())), "",
"WHAT IS HARD",
"- Top-posted follow-ups ('Purring!!', 'Any update?') where the ask is only in the quoted original, Outlook",
"  (Fra:/Sendt:/Til:/Emne:, '-----Original Message-----') and Gmail ('Den ... skrev', 'On ... wrote:', '>'/'>>')",
"  three levels deep; the desk's quoted replies are neutral acknowledgements (no topic words).",
"- Forwards ('Se under.', 'fyi') by a colleague: facts are the forwarded writer's, the forwarder is left out.",
"- Portal contact-form pastes (From noreply@, Navn:/E-post:/Fødselsdato: fields) and Outlook-on-the-web pastes",
"  (subject line, 'Svar  Svar alle  Videresend', sender line) -- machine/role mailboxes are never labelled.",
"- Signatures with titles, phones, firm footers with org numbers (plain, spaced, dotted, 'NO ... MVA'; all valid",
"  ones labelled), Norwegian/English disclaimers; an invoice with bank account, KID and invoice number (other);",
"  W5 tickets with KID/account/invoice numbers that must not be read as IDs or org numbers.",
"- Dates as 14.03.88, 1988 03 14, '14. mars -88', 'March 14th 1988', 88-03-14, 14/3/1988, '2. august -01'.",
"- National IDs with separators (space, '-', '16.10.81 26381'), D-numbers, invalid ones (bad check digits: no",
"  nationalId, its date not listed unless written separately), one valid ID in a GDPR request; a mistyped org",
"  number corrected in the next line; a CSV of new customers with one invalid org number (unlabelled).",
"- People writing for others: HR about an apprentice with a 'Kontaktperson:' line (learner first, contact",
"  last), HR lists of employees (W6 merger table, W15 certificates), a manager (W14), a parent ('Hans e-post'),",
"  a spouse with a shared family address, a site office asking the desk to register two workers (W16).",
"- Company requests (W7) where the contact person is another person (contact first, writer second), a firm",
"  mailbox signed 'Askvoll Anlegg AS v/ Ketil Rognaldsen', W8 (accounting CSV), W9 (ELMA/Brønnøysund lookup).",
"- Bare-address senders whose name appears nowhere (names: []), display names 'Last, First' and ALL CAPS, a",
"  thanks typed into the name field ('Mange takk'), slipped domains (gmial.com, hotmail.con, outlok.com,",
"  onlie.no) listed as addresses, a bounce from MAILER-DAEMON (no facts), spam, an offer, an autoreply (nn).",
"- Language: bokmål with dialect words beside 'allerede'/'glemt' (labelled nb), nynorsk with written forms,",
"  English from foreign workers with a Norwegian phrase mixed in, emoji, typos, one-liners, a long rambling",
"  nynorsk mail with the ask in the middle, subjects that do not match the body.",
"- Two-topic tickets: W1+W3 and W4+W3 (the identity/address step leads), side questions marked 'også',",
"  'i tillegg', 'also', 'as well' after the main ask (W5+W7, W12+W10, W15+W11, W14+W13, ...).",
"",
"JUDGEMENT CALLS (labels where the rules leave room)",
"- Autoreply from a person: names/emails are that person's (the colleague named in it is not).",
"- Org numbers anywhere in the body (footers too) are labelled when valid; HMS card numbers are not in expect.",
"- Shared family address offered as the husband's possible login is labelled as his; the wife is not.",
"- W16 ticket with one valid and one invalid D-number: nationalId true; the second worker's birth date is",
"  listed because it is written out separately.",
]
open(os.path.join(HERE, "README.txt"), "w").write("\n".join(lines) + "\n")
