# Builds the four YAML files and README.txt from the hand-written and generated tickets.
import os, collections, yaml
import hand1, hand2, hand3, hand4, gen
OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
FILES = {'01': '01-login-access.yaml', '02': '02-employer-company.yaml', '03': '03-courses-training.yaml', '04': '04-privacy-other.yaml'}
H = hand1.H
for h in H: h['hand'] = True
used = set(n for h in H for n in h['names'])
G = gen.generate(used)
for g in G: g['hand'] = False
ALL = H + G

class Lit(str): pass
def lit(d, data): return d.represent_scalar('tag:yaml.org,2002:str', data, style='|')
yaml.add_representer(Lit, lit)
class FlowList(list): pass
yaml.add_representer(FlowList, lambda d, data: d.represent_sequence('tag:yaml.org,2002:seq', data, flow_style=True))

def item(t, i):
    exp = {'names': FlowList(t['names']), 'birthDates': FlowList(t['bds']), 'emails': FlowList(t['emails'])}
    if t['orgs']: exp['orgNumbers'] = FlowList(t['orgs'])
    if t['nid']: exp['nationalId'] = True
    body = t['body'] if t['body'].endswith('\n') else t['body'] + '\n'
    body = '\n'.join(l.rstrip() for l in body.split('\n'))
    return {'id': i, 'lang': t['lang'], 'topics': FlowList(t['topics']), 'from': t['frm'], 'subject': t['subj'], 'body': Lit(body), 'expect': exp}

by = collections.defaultdict(list)
for t in ALL: by[t['file']].append(t)
stats = {}
for f, name in FILES.items():
    items = [item(t, f'b13-w{int(f)}-{k+1:02d}') for k, t in enumerate(by[f])]
    with open(os.path.join(OUT, name), 'w') as fh:
        fh.write(f'# blind13 (writer blind13w) held-out triage set, file {name}: {len(items)} tickets\n')
        yaml.dump(items, fh, allow_unicode=True, sort_keys=False, width=1000)
    stats[name] = len(items)
tc = collections.Counter(t['topics'][0] for t in ALL)
lc = collections.Counter(t['lang'] for t in ALL)
sec = sum(len(t['topics']) > 1 for t in ALL)
hand = sum(t['hand'] for t in ALL)
nid = sum(t['nid'] for t in ALL)
with open(os.path.join(OUT, 'README.txt'), 'w') as fh:
    fh.write(f"""blind13 - thirteenth held-out triage set, written blind by engineer blind13w
(read only DESIGN.md, the Norwegian FAQ, the ID/org-number rules and the triage label rules).

TOTAL: {len(ALL)}
FILES: {', '.join(f'{k}={v}' for k, v in stats.items())}
LANG: {', '.join(f'{k}={v}' for k, v in sorted(lc.items()))}
SECOND_TOPIC: {sec}
HAND_WRITTEN: {hand}
GENERATED: {len(ALL) - hand}
VALID_NATIONAL_ID: {nid}
MAIN_TOPICS: {', '.join(f'{k}={v}' for k, v in sorted(tc.items(), key=lambda x: (-x[1], x[0])))}

Item format: id, lang (nb|nn|en), topics (main first), from, subject, body, expect
(names, birthDates, emails, orgNumbers when any, nationalId when a valid one is in the text).

Hand-written tickets ({hand}) are each a different writer: an older learner with a son helping,
a Polish/Latvian/Lithuanian/Ukrainian worker in broken English, ALL CAPS, one-liners, HR and
payroll writing for an apprentice, a shift planner enrolling six people, a spouse on a shared
family mailbox, an angry third reminder with a 3-level Gmail quote, an Outlook SV: thread,
a forward ("se under") of an acquisition notice, spreadsheet pastes (tab and semicolon) with
one bad org number, invoice mails with KID, account and invoice numbers, bounces, autoreplies,
spam with "Thank you very much", a site office verifying a certificate code.
Generated tickets ({len(ALL) - hand}) come from scripts/gen.py (seeded): asks per topic and
language, birth dates in 9+ forms, valid and invalid national IDs with separators, invalid org
numbers in brackets, Outlook/Gmail quotes of the desk's reply, web-form pastes, disclaimers,
signatures with titles and phones, third-party writers (their name/address not labelled).

Difficulties: the ask in the middle of rambling; main vs side ask ("egentlig trenger jeg bare
kursbeviset", "side note", "I tillegg"); W1 before W3 and W4 before W3 orderings; slipped
domains (gmial.com, .con) listed as the person's; role mailboxes (hr@, post@, personal@,
regnskap@, faktura@, vaktplan@, siteoffice@) never listed; bounces name a failed recipient
that must not be listed; invalid IDs (bad check digit) must not set nationalId, while the
typed birth date still counts; nynorsk vs bokmål with dialect.

Labelling choices where the rules leave room: a person's autoreply keeps the name and
address; a shared family mailbox the writer says the person uses is listed; a W6/W8 writer who
is also the "Kontaktperson" is listed first with the address; in W8 the contacts come first and
the writer follows; third-party writers (HR, spouse, planner) are left out; a Bane NOR
employee asking how to log in the first time is `registration`; national IDs use the 1964 rule.

Scripts: scripts/ids.py (mod-11 helpers), hand1-4.py (hand-written), gen.py (generated),
build.py (writes the YAML and this README), check.py (validates everything).
""")
print(stats, len(ALL), lc, sec, hand, tc)
