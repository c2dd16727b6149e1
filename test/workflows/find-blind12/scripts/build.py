"""Build requests.yaml for findblind12 from find.sqlite; keep a candidate only when check.judge passes it."""
import json
import os
import random
import re
import sys

sys.path.insert(0, os.path.dirname(__file__))
import check  # noqa: E402
import findlib as F  # noqa: E402

rng = random.Random('findblind12')
db = F.Db()
USED = set()
ACTIVE = [u for u in db.users.values() if u['status'] == 'active']
FOREIGN = {'nguyen', 'tran', 'pham', 'le', 'ali', 'mohamed', 'mohammed', 'hassan', 'abdi', 'warsame', 'kowalski', 'nowak',
           'wisniewski', 'lukasz', 'krzysztof', 'katarzyna', 'justyna', 'ewa', 'piotr', 'oleksandr', 'olena', 'kovalenko',
           'shevchenko', 'bondarenko', 'yilmaz', 'ahmed', 'omar', 'fatima', 'aisha', 'hodan', 'linh', 'minh', 'thanh', 'anh'}
NB_LONG = ['januar', 'februar', 'mars', 'april', 'mai', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'desember']
NB_SHORT = ['jan', 'feb', 'mar', 'apr', 'mai', 'jun', 'jul', 'aug', 'sep', 'okt', 'nov', 'des']
EN_LONG = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December']


def ordinal(d):
    return f'{d}{"th" if 10 < d < 14 else {1: "st", 2: "nd", 3: "rd"}.get(d % 10, "th")}'


def fmt_date(iso):
    y, m, d = (int(x) for x in iso.split('-'))
    styles = ['iso', 'nb_long', 'nb_short', 'nb_caps', 'en_mdy', 'en_of', 'en_short', 'compact']
    if d > 12:
        styles += ['dots2', 'dots4', 'slash4', 'slashdash']
    if y >= 2000:
        styles = [s for s in styles if s not in ('compact', 'dots2', 'en_short')]
    s = rng.choice(styles)
    yy = f'{y % 100:02d}'
    return {
        'iso': iso, 'nb_long': f'{d}. {NB_LONG[m - 1]} {y}', 'nb_short': f'{d}. {NB_SHORT[m - 1]} {y}',
        'nb_caps': f'{d}. {NB_LONG[m - 1].upper()} {y}', 'en_mdy': f'{EN_LONG[m - 1]} {ordinal(d)}, {y}',
        'en_of': f'{ordinal(d)} of {EN_LONG[m - 1]} {y}', 'en_short': f'{d} {EN_LONG[m - 1][:3]} {yy}',
        'compact': f'{d:02d}{m:02d}{yy}', 'dots2': f'{d:02d}.{m:02d}.{yy}', 'dots4': f'{d:02d}.{m:02d}.{y}',
        'slash4': f'{d:02d}/{m:02d}/{y}', 'slashdash': f'{d}/{m}-{y}',
    }[s]


def valid(iso):
    try:
        import datetime
        datetime.date.fromisoformat(iso)
        return True
    except ValueError:
        return False


def slip_date(iso):
    y, m, d = iso.split('-')
    kinds = ['digit', 'swap', 'daymonth']
    rng.shuffle(kinds)
    for k in kinds:
        for _ in range(20):
            if k == 'digit':
                s = list(y + m + d)
                i = rng.choice([2, 3, 5, 6, 7])
                s[i] = str(rng.randrange(10))
                c = f'{"".join(s[:4])}-{"".join(s[4:6])}-{"".join(s[6:])}'
            elif k == 'swap':
                w = list(d + m + y)
                i = rng.choice([0, 2, 6])
                w[i], w[i + 1] = w[i + 1], w[i]
                w = ''.join(w)
                c = f'{w[4:8]}-{w[2:4]}-{w[0:2]}'
            else:
                c = f'{y}-{d}-{m}'
            if c != iso and valid(c) and F.date_rel(c, iso) == 'slip' and 1940 < int(c[:4]) < 2010:
                return c, k
    return None, None


def far_date(base_users, around=None):
    for _ in range(200):
        if around:
            y = int(around[:4]) + rng.choice([-3, -2, 2, 3, 4, -4])
        else:
            y = rng.randrange(1962, 2004)
        c = f'{y:04d}-{rng.randrange(1, 13):02d}-{rng.randrange(1, 29):02d}'
        if all(F.date_rel(c, u['birth']) == 'far' for u in base_users):
            return c
    return None


def employer_text(cid):
    c = db.companies[cid]
    r = rng.random()
    if r < 0.25 or sum(1 for x in db.companies.values() if F.strip_form(x['name']) == F.strip_form(c['name'])) > 1:
        return c['org']
    base = re.sub(r'\s+(AS|ASA|NUF|SA|ANS|DA)$', '', c['name'])
    if r < 0.5:
        return base.lower()
    if r < 0.6:
        return base.upper()
    if r < 0.75:
        return c['name']
    return base


def display(u):
    return f"{u['given']} {u['family']}"


def strip_nordic(s):
    return s.replace('ø', 'o').replace('Ø', 'O').replace('å', 'a').replace('Å', 'A').replace('æ', 'e').replace('Æ', 'E')


def aa_oe(s):
    return s.replace('ø', 'oe').replace('Ø', 'Oe').replace('å', 'aa').replace('Å', 'Aa').replace('æ', 'ae').replace('Æ', 'Ae')


def decoy_email(name):
    w = F.fold(strip_nordic(aa_oe(name)))
    dom = rng.choice(['gmail.test', 'hotmail.test', 'jobbpost.test', 'icloud.test'])
    e = f"{w[0][0]}{w[-1]}{rng.randrange(10, 99)}@{dom}"
    return e if e not in db.email_owner else None


def one_slip(w, rng):
    """One typing slip in a word: swap two neighbours, drop, or double a letter."""
    for _ in range(20):
        i = rng.randrange(1, len(w) - 1)
        k = rng.choice(['swap', 'drop', 'sub'])
        if k == 'swap':
            c = w[:i] + w[i + 1] + w[i] + w[i + 2:]
        elif k == 'drop':
            c = w[:i] + w[i + 1:]
        else:
            nb = {'a': 's', 's': 'a', 'e': 'r', 'r': 'e', 'n': 'm', 'm': 'n', 'i': 'o', 'o': 'i', 't': 'r', 'l': 'k', 'k': 'l', 'd': 's', 'g': 'h', 'h': 'g', 'u': 'y', 'b': 'v', 'v': 'b', 'j': 'h', 'f': 'g', 'p': 'o'}
            if w[i].lower() not in nb:
                continue
            c = w[:i] + nb[w[i].lower()] + w[i + 1:]
        if c != w and F.fold(c) and F.fold(c)[0] not in db.known_words and F.skeleton(F.fold(c)[0]) != F.skeleton(F.fold(w)[0]):
            return c
    return None


def pick(pred, foreign_bias=0.3):
    pool = ACTIVE
    if rng.random() < foreign_bias:
        fp = [u for u in ACTIVE if set(u['words']) & FOREIGN]
        if fp:
            pool = fp
    for _ in range(400):
        u = rng.choice(pool)
        if u['id'] in USED:
            continue
        if pred(u):
            return u
    return None


def req(name, date=None, emails=(), employer=None, users=(), verdict='likely', why='', cons=''):
    return dict(args=dict(name=name, birthdate=date, emails=list(emails), employer=employer),
                expect=dict(users=sorted(users), verdict=verdict), why=why, construction=cons)


def maybe_emp(u, p=0.3):
    return employer_text(u['employer']) if u['employer'] and rng.random() < p else None


# ---------------------------------------------------------------- verified
def v_exact():
    u = pick(lambda u: True)
    return req(display(u), fmt_date(u['birth']), [u['email']], maybe_emp(u), [u['id']], 'verified',
               'exact name, exact birth date and the login address', 'V_exact')


def v_old():
    u = pick(lambda u: u['old'])
    em = [rng.choice(u['old'])]
    d = decoy_email(display(u))
    if d and rng.random() < 0.5:
        em.append(d)
    return req(display(u), fmt_date(u['birth']), em, maybe_emp(u), [u['id']], 'verified',
               'exact name and birth date; an older address of the account (from its history)', 'V_old_address')


def v_hyphen():
    u = pick(lambda u: '-' in u['family'])
    return req(f"{u['given']} {u['family'].replace('-', ' ')}", fmt_date(u['birth']), [u['email']], maybe_emp(u), [u['id']], 'verified',
               'hyphen written as a space; exact date and the login address', 'V_hyphen_space')


def v_middle():
    u = pick(lambda u: len(u['given'].replace('-', ' ').split()) == 2 and ' ' in u['given'])
    return req(f"{u['given'].split()[0]} {u['family']}", fmt_date(u['birth']), [u['email']], maybe_emp(u), [u['id']], 'verified',
               'middle name left out; exact date and the login address', 'V_middle_left_out')


def v_half():
    u = pick(lambda u: len(u['family'].replace('-', ' ').split()) == 2)
    half = rng.choice(u['family'].replace('-', ' ').split())
    return req(f"{u['given']} {half}", fmt_date(u['birth']), [u['email']], maybe_emp(u), [u['id']], 'verified',
               'half of a double family name; exact date and the login address', 'V_half_double')


def v_caps():
    u = pick(lambda u: True)
    return req(display(u).upper(), fmt_date(u['birth']), [u['email'].upper() if rng.random() < 0.5 else u['email']], maybe_emp(u), [u['id']], 'verified',
               'name in capitals; exact date and the login address', 'V_caps')


def v_aa():
    u = pick(lambda u: any(c in display(u) for c in 'øåæØÅÆ'), 0)
    return req(aa_oe(display(u)), fmt_date(u['birth']), [u['email']], maybe_emp(u), [u['id']], 'verified',
               'å/ø/æ written aa/oe/ae; exact date and the login address', 'V_aa_oe')


def v_family_first():
    u = pick(lambda u: True)
    return req(f"{u['family']}, {u['given']}", fmt_date(u['birth']), [u['email']], maybe_emp(u), [u['id']], 'verified',
               '"Family, Given" with a comma; exact date and the login address', 'V_family_first')


SHORT = {'Kristoffer': 'Kris', 'Christoffer': 'Kris', 'Kristian': 'Kris', 'Alexander': 'Alex', 'Aleksander': 'Alex', 'Fredrik': 'Fred'}


def v_short():
    u = pick(lambda u: u['given'] in SHORT, 0)
    return req(f"{SHORT[u['given']]} {u['family']}", fmt_date(u['birth']), [u['email']], None, [u['id']], 'verified',
               f"short form {SHORT[u['given']]} for {u['given']}; exact date and the login address", 'V_short_form')


def v_typo():
    u = pick(lambda u: len(u['family']) >= 6 and ' ' not in u['family'] and '-' not in u['family'])
    t = one_slip(u['family'], rng)
    if not t:
        return None
    return req(f"{u['given']} {t}", fmt_date(u['birth']), [u['email']], maybe_emp(u), [u['id']], 'verified',
               f"one typing slip in the family name ({t} for {u['family']}), which is no name on file; exact date and the login address", 'V_one_typo')


FAMILIES = sorted({u['family'] for u in ACTIVE if ' ' not in u['family'] and '-' not in u['family'] and len(u['family']) > 3})


def v_married():
    u = pick(lambda u: ' ' not in u['family'] and '-' not in u['family'] and ' ' not in u['given'])
    extra = rng.choice(FAMILIES)
    if extra == u['family']:
        return None
    return req(f"{u['given']} {u['family']} {extra}", fmt_date(u['birth']), [u['email']], None, [u['id']], 'verified',
               f"a married name ({extra}) added after the name on file; exact date and the login address", 'V_married_added')


# ---------------------------------------------------------------- likely
def l_name_date():
    u = pick(lambda u: True)
    em = []
    d = decoy_email(display(u))
    if d and rng.random() < 0.4:
        em = [d]
    name = display(u) if rng.random() < 0.7 else f"{u['family']}, {u['given']}"
    return req(name, fmt_date(u['birth']), em, maybe_emp(u, 0.15), [u['id']], 'likely',
               'full name and exact birth date fit only this account; no address of it given', 'L_name_date')


def l_unowned_number():
    u = pick(lambda u: re.search(r'\d\d@', u['email']), 0)
    m = re.search(r'(\d\d)@', u['email'])
    other = f'{(int(m[1]) + rng.choice([1, 2, 3, -1, -2, 10])) % 100:02d}'
    e = u['email'].replace(m[1] + '@', other + '@')
    if e in db.email_owner:
        return None
    return req(display(u), fmt_date(u['birth']), [e], None, [u['id']], 'likely',
               f'exact name and date; the address spells the name with another number ({other}), owned by nobody', 'L_unowned_number')


def l_typo_address():
    u = pick(lambda u: True)
    local, dom = u['email'].split('@')
    for _ in range(10):
        i = rng.randrange(1, len(local) - 1)
        if local[i].isalpha() and local[i + 1].isalpha() and local[i] != local[i + 1]:
            bad = local[:i] + local[i + 1] + local[i] + local[i + 2:] + '@' + dom
            if bad not in db.email_owner:
                return req(display(u), fmt_date(u['birth']), [bad], maybe_emp(u, 0.2), [u['id']], 'likely',
                           "exact name and date; the address is a typo of the account's login (two letters swapped), owned by nobody", 'L_typo_address')
    return None


def l_two_slips():
    u = pick(lambda u: len(u['family']) >= 7 and ' ' not in u['family'] and '-' not in u['family'])
    t = one_slip(u['family'], rng)
    t2 = t and one_slip(t, rng)
    if not t2 or F.osa(F.fold(t2)[0], F.fold(u['family'])[0]) != 2:
        return None
    return req(f"{u['given']} {t2}", fmt_date(u['birth']), [u['email']], None, [u['id']], 'likely',
               f"two slips in one word of the family name ({t2} for {u['family']}) keep it likely despite the exact date and the account's address", 'L_two_slips')


def l_date_slip():
    u = pick(lambda u: True)
    c, k = slip_date(u['birth'])
    if not c:
        return None
    em = [u['email']] if rng.random() < 0.4 else []
    return req(display(u), fmt_date(c), em, None, [u['id']], 'likely',
               f'full name; the date is one slip ({k}) from the account\'s {u["birth"]}' + ('; its login address given' if em else ''), f'L_date_slip_{k}')


def l_employer():
    u = pick(lambda u: u['employer'] is not None)
    return req(display(u), None, [], employer_text(u['employer']), [u['id']], 'likely',
               'name and employer: the only account with the name that works or worked there', 'L_employer')


PET = {'Magnus': 'Mange', 'Oleksandr': 'Sasha', 'Sigurd': 'Sigge'}  # Tommy is a given name on file and Mo a family name on file: left out


def l_pet():
    u = pick(lambda u: u['given'] in PET, 0)
    return req(f"{PET[u['given']]} {u['family']}", fmt_date(u['birth']), [], None, [u['id']], 'likely',
               f"pet form {PET[u['given']]} for {u['given']} with the exact date; no address", 'L_pet_form')


def l_o_for_oe():
    u = pick(lambda u: any(c in display(u) for c in 'øåØÅ'), 0)
    return req(strip_nordic(display(u)), fmt_date(u['birth']), [], None, [u['id']], 'likely',
               'ø/å written o/a (a spelling variant) with the exact date; no address', 'L_o_for_oe')


def l_alone():
    u = pick(lambda u: True, 0.6)
    return req(display(u), None, [], None, [u['id']], 'likely',
               'the name alone; only this account has it and no near name exists', 'L_name_alone')


def l_one_word_emp():
    u = pick(lambda u: u['employer'] is not None and ' ' not in u['given'] and '-' not in u['given'])
    return req(u['given'], fmt_date(u['birth']), [], employer_text(u['employer']), [u['id']], 'likely',
               'first name and employer backed by the exact birth date; the only one there', 'L_one_word_emp_date')


def l_pair():
    u = pick(lambda u: ' ' not in u['family'] and '-' not in u['family'], 0.2)
    fw = F.fold(u['family'])[0]
    twins = [v for v in db.users.values() if v['id'] != u['id'] and v['gw'] == u['gw'] and len(v['fw']) == 1 and F.osa(v['fw'][0], fw) == 1]
    if not twins:
        return None
    return req(display(u), fmt_date(u['birth']), [], None, [u['id']], 'likely',
               f"exact name and date; {display(twins[0])} (#{twins[0]['id']}) differs by one letter and is born {twins[0]['birth']}", 'L_one_letter_pair')


# ---------------------------------------------------------------- none
def n_namesake():
    u = pick(lambda u: True)
    same = [v for v in db.users.values() if v['words'] == u['words']]
    d = far_date([db.users[r] for r in F.rivals(db, u['words'])], u['birth'])
    if not d:
        return None
    return req(display(u) if rng.random() < 0.7 else f"{u['family']}, {u['given']}", fmt_date(d), [], None, [], 'none',
               f'{len(same)} account(s) have the name, all born far from {d}', 'N_namesake')


def n_one_letter():
    u = pick(lambda u: len(u['family']) >= 5 and ' ' not in u['family'] and '-' not in u['family'])
    t = one_slip(u['family'], rng)
    if not t:
        return None
    words = F.fold(u['given']) + F.fold(t)
    d = far_date([db.users[r] for r in F.rivals(db, words)], u['birth'])
    if not d:
        return None
    return req(f"{u['given']} {t}", fmt_date(d), [], None, [], 'none',
               f"{t} is one letter from {display(u)} (#{u['id']}), born {u['birth']}; far from {d}", 'N_one_letter')


def n_known_name():
    u = pick(lambda u: ' ' not in u['family'] and '-' not in u['family'] and len(u['family']) >= 5, 0)
    fw = F.fold(u['family'])[0]
    near = [f for f in FAMILIES if F.fold(f)[0] != fw and F.osa(F.fold(f)[0], fw) == 1 and F.skeleton(F.fold(f)[0]) != F.skeleton(fw)]
    if not near:
        return None
    f = rng.choice(near)
    return req(f"{u['given']} {f}", fmt_date(u['birth']), [], None, [], 'none',
               f"{f} is itself a family name on file, so it does not stand for {u['family']} (#{u['id']}, born that day); no {u['given']} {f} is born near", 'N_known_name')


def n_unowned_year():
    u = pick(lambda u: re.search(r'\d\d@', u['email']), 0)
    m = re.search(r'(\d\d)@', u['email'])
    d = far_date([db.users[r] for r in F.rivals(db, u['words'])], u['birth'])
    if not d:
        return None
    e = u['email'].replace(m[1] + '@', d[2:4] + '@')
    if e in db.email_owner:
        return None
    return req(display(u), fmt_date(d), [e], None, [], 'none',
               f"a namesake of #{u['id']}: the address carries the year {d[2:4]}, owned by nobody, and the date is far", 'N_unowned_year')


def n_relative():
    u = pick(lambda u: int(u['birth'][:4]) >= 1985)
    y = int(u['birth'][:4]) - rng.choice([24, 26, 28, 30])
    d = f'{y}-{u["birth"][5:]}'
    if not valid(d) or any(F.date_rel(d, db.users[r]['birth']) != 'far' for r in F.rivals(db, u['words'])):
        return None
    return req(display(u), fmt_date(d), [], None, [], 'none',
               f"same name as #{u['id']} (born {u['birth']}) but a generation older: a relative", 'N_relative')


def n_one_word_emp():
    u = pick(lambda u: u['employer'] is not None and ' ' not in u['given'] and '-' not in u['given'])
    return req(u['given'], None, [], employer_text(u['employer']), [], 'none',
               f"one word and an employer (#{u['id']} works there): colleagues write to us, so none until a date or address backs it", 'N_one_word_emp')


def n_one_word_date():
    u = pick(lambda u: ' ' not in u['given'] and '-' not in u['given'])
    return req(u['given'], fmt_date(u['birth']), [], None, [], 'none',
               f"one word and an exact date (#{u['id']}) without employer or address: the rules ask for both date and address", 'N_one_word_date')


# ---------------------------------------------------------------- ambiguous
BYWORDS = {}
for _u in db.users.values():
    BYWORDS.setdefault(tuple(_u['words']), []).append(_u)


def a_exact():
    groups = [g for g in BYWORDS.values() if 2 <= len(g) <= 3 and not USED & {x['id'] for x in g}]
    g = rng.choice(groups)
    u = g[0]
    r = rng.random()
    name = display(u)
    cons = 'A_exact_shared'
    if r < 0.2:
        name = f"{u['family']}, {u['given']}"
        cons += '_family_first'
    elif r < 0.35:
        name = name.upper()
        cons += '_caps'
    em = []
    if rng.random() < 0.25:
        d = decoy_email(name)
        if d:
            em = [d]
    return req(name, None, em, None, [x['id'] for x in g], 'ambiguous',
               'the exact name is shared by these accounts and nothing else is given', cons)


def a_aa():
    groups = [g for k, g in BYWORDS.items() if 2 <= len(g) <= 3 and any(c in display(g[0]) for c in 'øåæ')]
    g = rng.choice(groups)
    return req(aa_oe(display(g[0])), None, [], None, [x['id'] for x in g], 'ambiguous',
               'the name (ø/å written oe/aa) is shared by these accounts', 'A_exact_shared_aa_oe')


def a_left_out():
    u = pick(lambda u: len(u['words']) >= 3)
    if not u:
        return None
    name = f"{u['given'].replace('-', ' ').split()[0]} {u['family'].replace('-', ' ').split()[-1]}"
    words = F.fold(name)
    tied = [v['id'] for v in db.users.values() if check.covers(words, v['words'], lambda w, x: w == x)]
    if not 2 <= len(tied) <= 3:
        return None
    return req(name, None, [], None, tied, 'ambiguous',
               'the name only leaves words out of each of these accounts; an exact name does not beat one that leaves words out', 'A_left_out')


SAME_DAY = {}
AT_EMP = {}
for _u in db.users.values():
    _k = (_u['gw'][0], _u['fw'][-1])
    SAME_DAY.setdefault(_k + (_u['birth'],), []).append(_u)
    for _c in _u['companies']:
        AT_EMP.setdefault(_k + (_c,), []).append(_u)
SAME_DAY_KEYS = sorted(k for k, g in SAME_DAY.items() if len(g) >= 2)
AT_EMP_KEYS = sorted(k for k, g in AT_EMP.items() if len(g) >= 2)


def a_same_day():
    k = rng.choice(SAME_DAY_KEYS)
    u = SAME_DAY[k][0]
    name = f"{u['given'].replace('-', ' ').split()[0]} {u['family'].replace('-', ' ').split()[-1]}"
    words = F.fold(name)
    tied = [v['id'] for v in SAME_DAY[k] if check.covers(words, v['words'], lambda w, x: w == x)]
    if len(tied) < 2 or USED & set(tied):
        return None
    return req(name, fmt_date(u['birth']), [], None, tied, 'ambiguous',
               'these accounts are born that day and the name fits each, exactly or leaving words out', 'A_same_day')


def a_employer():
    k = rng.choice(AT_EMP_KEYS)
    u = AT_EMP[k][0]
    cid = k[2]
    name = f"{u['given'].replace('-', ' ').split()[0]} {u['family'].replace('-', ' ').split()[-1]}"
    words = F.fold(name)
    tied = [v['id'] for v in AT_EMP[k] if check.covers(words, v['words'], lambda w, x: w == x)]
    if len(tied) < 2 or USED & set(tied):
        return None
    return req(name, None, [], employer_text(cid), tied, 'ambiguous',
               'these accounts fit the name (exactly or leaving words out) and all work or worked at the employer named', 'A_employer')


PLAN = [
    ('verified', v_exact, 3), ('verified', v_old, 4), ('verified', v_hyphen, 3), ('verified', v_middle, 3),
    ('verified', v_half, 3), ('verified', v_caps, 2), ('verified', v_aa, 3), ('verified', v_family_first, 3),
    ('verified', v_short, 2), ('verified', v_typo, 2), ('verified', v_married, 2),
    ('likely', l_name_date, 6), ('likely', l_unowned_number, 3), ('likely', l_typo_address, 4), ('likely', l_two_slips, 5),
    ('likely', l_date_slip, 8), ('likely', l_employer, 8), ('likely', l_pet, 4), ('likely', l_o_for_oe, 4),
    ('likely', l_alone, 3), ('likely', l_one_word_emp, 2), ('likely', l_pair, 3),
    ('none', n_namesake, 12), ('none', n_one_letter, 8), ('none', n_known_name, 5), ('none', n_unowned_year, 4),
    ('none', n_relative, 4), ('none', n_one_word_emp, 4), ('none', n_one_word_date, 3),
    ('ambiguous', a_exact, 12), ('ambiguous', a_aa, 3), ('ambiguous', a_left_out, 9), ('ambiguous', a_same_day, 1),
    ('ambiguous', a_employer, 5),
]


def main():
    out = []
    names = set()
    for verdict, fn, n in PLAN:
        got, tries = 0, 0
        while got < n and tries < 400:
            tries += 1
            r = fn()
            if not r or r['args']['name'] in names:
                continue
            p = check.judge(db, r)
            if p:
                continue
            out.append(r)
            names.add(r['args']['name'])
            for x in r['expect']['users']:
                USED.add(x)
            got += 1
        print(fn.__name__, got, '/', n, 'tries', tries, file=sys.stderr)
    rng.shuffle(out)
    lines = ['# W1 held-out account-finding set findblind12 (150 requests), built by scripts/build.py from find.sqlite',
             '# (fixtures generate --users 20000 --seed findblind12). Re-check: python3 scripts/check.py', '']
    for i, r in enumerate(out, 1):
        kind = {'verified': 'in', 'likely': 'in'}.get(r['expect']['verdict'], r['expect']['verdict'])
        a = r['args']
        lines.append(f'# kind: {kind}')
        lines.append(f'- id: f12-{i:03d}')
        lines.append('  args: { name: %s, birthdate: %s, emails: [%s], employer: %s }' % (
            json.dumps(a['name'], ensure_ascii=False), json.dumps(a['birthdate'], ensure_ascii=False) if a['birthdate'] else 'null',
            ', '.join(json.dumps(e) for e in a['emails']), json.dumps(a['employer'], ensure_ascii=False) if a['employer'] else 'null'))
        lines.append('  expect: { users: [%s], verdict: %s }' % (', '.join(str(x) for x in r['expect']['users']), r['expect']['verdict']))
        lines.append(f'  why: {json.dumps(r["why"], ensure_ascii=False)}')
        lines.append(f'  # construction: {r["construction"]}')
    here = os.path.dirname(os.path.abspath(__file__))
    with open(os.path.join(here, '..', 'requests.yaml'), 'w', encoding='utf-8') as f:
        f.write('\n'.join(lines) + '\n')
    print(len(out), 'written', file=sys.stderr)


if __name__ == '__main__':
    main()
