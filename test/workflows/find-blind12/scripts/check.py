"""Re-check every label of requests.yaml against all 20,000 accounts of find.sqlite.

Generous about rivals: any account (any status) where the written words fit account words by an exact fold,
a spelling variant, up to two slips (one in words under 4 letters), a prefix of 3+ letters (short forms) or a
pet form. Exits 1 when a label fails. Usage: python3 check.py [requests.yaml]
"""
import os
import sys
from collections import Counter

import yaml

sys.path.insert(0, os.path.dirname(__file__))
import findlib as F  # noqa: E402


def strong_fit(w, a):
    """Fits as well as an exact word: same fold, spelling variant, short/pet form."""
    return w == a or F.skeleton(w) == F.skeleton(a) or (len(w) >= 3 and a.startswith(w)) or a in F.PETS.get(w, [])


def covers(words, aw, fit):
    used = set()
    for w in words:
        for i, a in enumerate(aw):
            if i not in used and fit(w, a):
                used.add(i)
                break
        else:
            return False
    return True


def judge(db, req):
    """Return a list of problems (empty when the label holds)."""
    a, e = req['args'], req['expect']
    cons = req.get('construction', '')
    words = F.written_words(a['name'])
    date = F.parse_date(a['birthdate']) if a.get('birthdate') else None
    emails = [x.lower() for x in a.get('emails') or []]
    emp = db.company_of(a['employer']) if a.get('employer') else None
    users, verdict = e['users'], e['verdict']
    bad = []
    owners = set()
    for m in emails:
        owners |= db.email_owner.get(m, set())
    R = F.rivals(db, words)

    def compat(u):
        return date is None or F.date_rel(date, u['birth']) != 'far'

    if verdict in ('verified', 'likely'):
        if len(users) != 1:
            return ['one user expected']
        T = db.users[users[0]]
        if T['status'] != 'active':
            bad.append('target not active')
        if owners - {T['id']}:
            bad.append(f'a given address belongs to another account {owners - {T["id"]}}')
        ws = words
        if 'married_added' in cons:
            extra = [w for w in words if w not in T['words']]
            if len(extra) != 1 or extra[0] not in db.known_words:
                bad.append('married: one added family name on file expected')
            ws = [w for w in words if w in T['words']]
        if not covers(ws, T['words'], F.word_fits):
            bad.append('name does not reach the target')
        if 'married_added' in cons:
            R = F.rivals(db, ws)
        if T['id'] not in R and len(words) > 1:
            bad.append('target not among rivals (index)')
        if emp is not None and emp not in T['companies']:
            bad.append('target never worked for the employer')
        others = [db.users[r] for r in R if r != T['id']]
        if len(words) == 1:
            others = [db.users[r] for r in F.rivals(db, words, 1) if r != T['id']]
        if date is not None:
            rel = F.date_rel(date, T['birth'])
            if rel == 'far':
                bad.append('date far from target')
            if verdict == 'verified' and rel != 'exact':
                bad.append('verified needs exact date')
            clash = [u['id'] for u in others if compat(u) and (emp is None or emp in u['companies'])]
            if clash:
                bad.append(f'rivals with compatible date {clash}')
        else:
            if verdict == 'verified':
                bad.append('verified without date')
            if emp is not None:
                clash = [u['id'] for u in others if emp in u['companies']]
                if clash:
                    bad.append(f'rivals at the employer {clash}')
            else:
                if others:
                    bad.append(f'name alone but rivals {others[:5]}')
        own = T['id'] in owners
        if verdict == 'verified':
            if not own:
                bad.append('verified without the account address')
            if len(words) < 2:
                bad.append('verified on one word')
            if 'two_slips' in cons or 'pet' in cons:
                bad.append('construction may not verify')
        else:
            if own and date == T['birth'] and len(words) > 1 and not any(k in cons for k in ('two_slips', 'pet', 'o_for_oe')):
                bad.append('likely but verified evidence')
            if len(words) == 1 and not (emp is not None and date == T['birth']):
                bad.append('one word needs employer and exact date to be likely')
    elif verdict == 'none':
        if users:
            bad.append('none lists users')
        if owners:
            bad.append(f'given address on file {owners}')
        if 'one_word' in cons:
            if len(words) != 1:
                bad.append('one word expected')
            if owners:
                bad.append('address given')
            if 'emp' in cons and date is not None:
                bad.append('one word + employer carries a date')
            if 'date' in cons and (emp is not None or date is None):
                bad.append('one word + date: no employer, a date')
        else:
            if date is None:
                bad.append('none without date')
            clash = []
            for r in R:
                u = db.users[r]
                if not compat(u):
                    continue
                if 'known_name' in cons:
                    # allowed: a written word that is itself a name on file, no fold/variant of the account's words
                    if any(w in db.known_words and not any(w == x or F.skeleton(w) == F.skeleton(x) for x in u['words']) for w in words):
                        continue
                clash.append(r)
            if clash:
                bad.append(f'rivals with compatible date {clash}')
            if 'known_name' in cons and not any(F.date_rel(date, db.users[r]['birth']) == 'exact' for r in R):
                bad.append('known_name: no near account born that day')
    elif verdict == 'ambiguous':
        if len(users) < 2:
            bad.append('ambiguous needs 2+')
        tied = []
        for u in db.users.values():
            if not covers(words, u['words'], lambda w, x: w == x):
                continue
            if date is not None and u['birth'] != date:
                continue
            if emp is not None and emp not in u['companies']:
                continue
            tied.append(u['id'])
        if sorted(tied) != sorted(users):
            bad.append(f'tied {sorted(tied)} != {sorted(users)}')
        for t in tied:
            if db.users[t]['status'] != 'active':
                bad.append(f'tied {t} not active')
        if owners:
            bad.append(f'given address on file {owners}')
        for r in R:
            if r in tied:
                continue
            u = db.users[r]
            if date is not None:
                if compat(u) and (emp is None or emp in u['companies']):
                    bad.append(f'outside rival with compatible date {r}')
            elif emp is not None:
                if emp in u['companies']:
                    bad.append(f'outside rival at employer {r}')
            elif covers(words, u['words'], strong_fit):
                bad.append(f'outside rival fits as well {r}')
    else:
        bad.append('unknown verdict')
    return bad


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    path = sys.argv[1] if len(sys.argv) > 1 else os.path.join(here, '..', 'requests.yaml')
    text = open(path, encoding='utf-8').read()
    reqs = yaml.safe_load(text)
    lines = text.splitlines()
    cons = {}
    kinds = {}
    cur = None
    for i, ln in enumerate(lines):
        s = ln.strip()
        if s.startswith('- id:'):
            cur = s.split(':', 1)[1].strip()
            if i == 0 or not lines[i - 1].strip().startswith('# kind:'):
                print(f'{cur}: no kind comment before it')
                sys.exit(1)
            kinds[cur] = lines[i - 1].split(':', 1)[1].strip()
        elif s.startswith('# construction:') and cur:
            cons[cur] = s.split(':', 1)[1].strip()
    db = F.Db()
    fails = 0
    ids = [r['id'] for r in reqs]
    if len(set(ids)) != len(ids):
        print('duplicate ids')
        fails += 1
    for r in reqs:
        r['construction'] = cons.get(r['id'], '')
        kind_want = {'verified': 'in', 'likely': 'in'}.get(r['expect']['verdict'], r['expect']['verdict'])
        if kinds.get(r['id']) != kind_want:
            print(r['id'], 'kind comment', kinds.get(r['id']), 'expected', kind_want)
            fails += 1
        p = judge(db, r)
        if p:
            fails += 1
            print(r['id'], r['construction'], p)
    mix = Counter(r['expect']['verdict'] for r in reqs)
    print(len(reqs), 'requests', dict(mix), 'failures', fails)
    if mix != Counter(verified=30, likely=50, none=40, ambiguous=30):
        print('mix differs from 30/50/40/30')
        fails += 1
    sys.exit(1 if fails else 0)


if __name__ == '__main__':
    main()
