# Checks the set: unique ids, valid labelled org numbers / national IDs, no valid unlabelled ones,
# labelled facts present in the text, counts equal to README.txt.
import os, re, sys, collections, yaml
from ids import org_ok, fnr_ok, birth
D = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
FILES = ['01-login-access.yaml', '02-employer-company.yaml', '03-courses-training.yaml', '04-privacy-other.yaml']
TOP = {f'W{i}' for i in range(1, 18)} | {'W20', 'registration', 'other'}
err = []
items = []
for f in FILES:
    for it in yaml.safe_load(open(os.path.join(D, f))):
        it['_file'] = f; items.append(it)
ids = collections.Counter(i['id'] for i in items)
err += [f'duplicate id {k}' for k, v in ids.items() if v > 1]

def candidates(text):
    out = set()
    for m in re.finditer(r'\d+(?:[ .\-]\d+)*', text):
        groups = re.split(r'[ .\-]', m.group())
        for a in range(len(groups)):
            s = ''
            for b in range(a, len(groups)):
                s += groups[b]
                if len(s) in (9, 11): out.add(s)
                if len(s) > 11: break
    return out

for it in items:
    e = it['expect']; text = it['from'] + '\n' + it['subject'] + '\n' + it['body']
    i = it['id']
    if it['lang'] not in ('nb', 'nn', 'en'): err.append(f'{i}: lang')
    if not it['topics'] or any(t not in TOP for t in it['topics']): err.append(f'{i}: topics {it["topics"]}')
    for k in ('names', 'birthDates', 'emails'):
        if k not in e: err.append(f'{i}: missing {k}')
    cands = candidates(text)
    orgs = e.get('orgNumbers', [])
    for o in orgs:
        if not org_ok(o): err.append(f'{i}: labelled org {o} invalid')
        if o not in cands: err.append(f'{i}: labelled org {o} not in text')
    valid_fnr = [c for c in cands if len(c) == 11 and fnr_ok(c)]
    for c in cands:
        if len(c) == 9 and org_ok(c) and c not in orgs:
            err.append(f'{i}: valid unlabelled 9-digit {c}')
    if e.get('nationalId'):
        if not valid_fnr: err.append(f'{i}: nationalId but no valid ID in text')
    elif valid_fnr:
        err.append(f'{i}: valid national ID {valid_fnr} unlabelled')
    for c in valid_fnr:
        if birth(c) not in e['birthDates']: err.append(f'{i}: birth date of ID {birth(c)} not listed')
    for m in e['emails']:
        if m.lower() not in text.lower(): err.append(f'{i}: email {m} not in text')
    for n in e['names']:
        if n.lower() not in text.lower(): err.append(f'{i}: name {n} not in text')
    for b in e['birthDates']:
        if not re.fullmatch(r'\d{4}-\d{2}-\d{2}', b): err.append(f'{i}: birth date {b} not ISO')
# README counts
rd = open(os.path.join(D, 'README.txt')).read()
def rv(key): return re.search(rf'^{key}: (.*)$', rd, re.M).group(1)
if int(rv('TOTAL')) != len(items): err.append('README TOTAL mismatch')
for part in rv('FILES').split(', '):
    k, v = part.split('=')
    if sum(1 for it in items if it['_file'] == k) != int(v): err.append(f'README count {k} mismatch')
lc = collections.Counter(it['lang'] for it in items)
for part in rv('LANG').split(', '):
    k, v = part.split('=')
    if lc[k] != int(v): err.append(f'README LANG {k} mismatch')
tc = collections.Counter(it['topics'][0] for it in items)
for part in rv('MAIN_TOPICS').split(', '):
    k, v = part.split('=')
    if tc[k] != int(v): err.append(f'README topic {k} mismatch')
if int(rv('SECOND_TOPIC')) != sum(len(it['topics']) > 1 for it in items): err.append('README SECOND_TOPIC mismatch')
if int(rv('VALID_NATIONAL_ID')) != sum(bool(it['expect'].get('nationalId')) for it in items): err.append('README VALID_NATIONAL_ID mismatch')
print('\n'.join(err) or f'OK: {len(items)} tickets, {len(ids)} ids')
sys.exit(1 if err else 0)
