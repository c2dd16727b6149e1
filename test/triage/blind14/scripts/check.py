"""Checks the blind14 files: YAML parses, ids unique, every 11-digit run (spaces, dots, dashes allowed)
that passes the 1964 rule is the labelled nationalId (and its birth date is labelled), no invalid one is
labelled; every 9-digit run that passes mod 11 is in orgNumbers, no invalid one is; labelled e-mails and
names occur in the ticket."""
import os, re, sys, yaml
from ids import fnr_valid, birth, org_valid

OUT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
TOPICS = {f'W{i}' for i in range(1, 21)} - {'W18'} | {'registration', 'other'}
RUN = re.compile(r'(?<![\d])\d(?:[ .\-]?\d)+(?![\d])')
bad = 0; seen = set(); n = 0
for f in sorted(os.listdir(OUT)):
    if not f.endswith('.yaml'):
        continue
    for t in yaml.safe_load(open(os.path.join(OUT, f))):
        n += 1
        i = t['id']; e = t['expect']
        def err(m):
            global bad; bad += 1; print(i, m)
        if i in seen: err('dup id')
        seen.add(i)
        if t['lang'] not in ('nb', 'nn', 'en'): err('lang')
        if not set(t['topics']) <= TOPICS: err('topic')
        text = t['from'] + '\n' + t['subject'] + '\n' + t['body']
        fnrs, orgs = [], []
        for m in RUN.finditer(t['body'] + '\n' + t['subject']):
            d = re.sub(r'\D', '', m.group())
            if len(d) == 11:
                fnrs.append((d, fnr_valid(d)))
            if len(d) == 9:
                orgs.append((d, org_valid(d)))
        valid = [d for d, ok in fnrs if ok]
        if valid != ([e['nationalId']] if e.get('nationalId') else []): err(f'nationalId {fnrs} vs {e.get("nationalId")}')
        for d in valid:
            if birth(d) not in e['birthDates']: err('birth of id not labelled')
        vo = [d for d, ok in orgs if ok]
        if vo != e.get('orgNumbers', []): err(f'orgs {orgs} vs {e.get("orgNumbers")}')
        low = text.lower()
        for a in e['emails']:
            if a.lower() not in low: err(f'email {a} not in text')
        for nm in e['names']:
            parts = nm.split()
            if not all(p.lower() in low for p in parts): err(f'name {nm} not in text')
        for b in e['birthDates']:
            if not re.match(r'^\d{4}-\d\d-\d\d$', b): err('date format')
print(n, 'tickets,', bad, 'problems')
sys.exit(1 if bad else 0)
