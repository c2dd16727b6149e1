"""findblind12 helpers: name folding, generous word matching, date reading and writing, the database."""
import datetime
import re
import sqlite3
import unicodedata

DB = '/work/hold/findblind12/find.sqlite'

PLAIN = {'ł': 'l', 'đ': 'd', 'þ': 'th', 'ß': 'ss', 'ı': 'i'}


def fold(s):
    """Fold a name the way the rules say: case, accents, punctuation go; aa/å, oe/ø/ö, ae/æ/ä one letter."""
    s = s.lower()
    s = ''.join(PLAIN.get(ch, ch) for ch in s)
    s = s.replace('å', '\x01').replace('ø', '\x02').replace('ö', '\x02').replace('æ', '\x03').replace('ä', '\x03')
    s = unicodedata.normalize('NFKD', s)
    s = ''.join(ch for ch in s if not unicodedata.combining(ch))
    s = s.replace('aa', '\x01').replace('oe', '\x02').replace('ae', '\x03')
    s = s.replace('\x01', 'å').replace('\x02', 'ø').replace('\x03', 'æ')
    s = re.sub(r"[-_.,'’]", ' ', s)
    s = re.sub(r'[^\w ]', '', s)
    return s.split()


def skeleton(w):
    """A generous key: spelling variants removed (å/a, ø/o, æ/e, ph/f, th/t, ck/k, ch/k, c/k, w/v, z/s, x/ks, qu/kv, -son/-ssen/-sen, doubles)."""
    w = w.replace('å', 'a').replace('ø', 'o').replace('æ', 'e')
    for a, b in (('ph', 'f'), ('th', 't'), ('ck', 'k'), ('ch', 'k'), ('qu', 'kv'), ('x', 'ks'), ('w', 'v'), ('z', 's'), ('c', 'k')):
        w = w.replace(a, b)
    w = re.sub(r'(.)\1+', r'\1', w)
    w = re.sub(r'(son|sen)$', 'sen', w)
    return w


def osa(a, b, cap=3):
    if abs(len(a) - len(b)) > cap:
        return cap + 1
    d = [[0] * (len(b) + 1) for _ in range(len(a) + 1)]
    for i in range(len(a) + 1):
        d[i][0] = i
    for j in range(len(b) + 1):
        d[0][j] = j
    for i in range(1, len(a) + 1):
        for j in range(1, len(b) + 1):
            cost = 0 if a[i - 1] == b[j - 1] else 1
            d[i][j] = min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost)
            if i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                d[i][j] = min(d[i][j], d[i - 2][j - 2] + 1)
    return d[len(a)][len(b)]


PETS = {
    'tommy': ['thomas', 'tom'], 'mange': ['magnus'], 'sasha': ['oleksandr', 'aleksander', 'alexander'],
    'sigge': ['sigurd'], 'mo': ['mohammed', 'mohamed'], 'kris': ['kristoffer', 'kristian', 'christian', 'kristin', 'kristine', 'christoffer'],
    'alex': ['alexander', 'aleksander', 'alexandra', 'aleksandra'], 'fred': ['fredrik', 'fredrikke'],
}


def word_fits(w, a):
    """Generous: does written (folded) word w possibly stand for account word a?"""
    if w == a:
        return True
    if skeleton(w) == skeleton(a):
        return True
    n = min(len(w), len(a))
    lim = 1 if n < 4 else 2
    if osa(w, a) <= lim:
        return True
    if len(w) >= 3 and (a.startswith(w) or w.startswith(a)) and min(len(w), len(a)) >= 3:
        return True
    if a in PETS.get(w, []) or w in PETS.get(a, []):
        return True
    return False


MONTHS = {
    'jan': 1, 'januar': 1, 'january': 1, 'feb': 2, 'februar': 2, 'february': 2, 'mar': 3, 'mars': 3, 'march': 3,
    'apr': 4, 'april': 4, 'mai': 5, 'may': 5, 'jun': 6, 'juni': 6, 'june': 6, 'jul': 7, 'juli': 7, 'july': 7,
    'aug': 8, 'august': 8, 'sep': 9, 'sept': 9, 'september': 9, 'okt': 10, 'oct': 10, 'oktober': 10, 'october': 10,
    'nov': 11, 'november': 11, 'des': 12, 'dec': 12, 'desember': 12, 'december': 12,
}


def year4(y):
    y = int(y)
    if y < 100:
        y += 1900 if y > 26 else 2000
    return y


def parse_date(s):
    """Read a date as written (DD first for numbers); returns 'YYYY-MM-DD' or None."""
    if s is None:
        return None
    t = s.strip().lower()
    m = re.fullmatch(r'(\d{4})-(\d{2})-(\d{2})', t)
    if m:
        return f'{m[1]}-{m[2]}-{m[3]}'
    m = re.fullmatch(r'(\d{2})(\d{2})(\d{2})', t)
    if m:
        return f'{year4(m[3]):04d}-{int(m[2]):02d}-{int(m[1]):02d}'
    m = re.fullmatch(r'(\d{1,2})[./-](\d{1,2})[./-](\d{2}|\d{4})', t)
    if m:
        return f'{year4(m[3]):04d}-{int(m[2]):02d}-{int(m[1]):02d}'
    words = re.findall(r'[a-zæøå]+|\d+', t)
    words = [w for w in words if w not in ('of', 'the', 'st', 'nd', 'rd', 'th')]
    nums = [w for w in words if w.isdigit()]
    mons = [MONTHS[w] for w in words if w in MONTHS]
    if len(nums) == 2 and len(mons) == 1:
        return f'{year4(nums[1]):04d}-{mons[0]:02d}-{int(nums[0]):02d}'
    raise ValueError(f'unread date {s!r}')


def date_rel(given, born):
    """'exact', 'slip' (one digit, neighbouring swap, day/month swap) or 'far'."""
    if given == born:
        return 'exact'
    a, b = given.replace('-', ''), born.replace('-', '')
    diff = [i for i in range(8) if a[i] != b[i]]
    if len(diff) == 1:
        return 'slip'
    if len(diff) == 2 and diff[1] == diff[0] + 1 and a[diff[0]] == b[diff[1]] and a[diff[1]] == b[diff[0]]:
        return 'slip'
    # neighbours across the written form DDMMYYYY too
    wa = a[6:8] + a[4:6] + a[0:4]
    wb = b[6:8] + b[4:6] + b[0:4]
    d2 = [i for i in range(8) if wa[i] != wb[i]]
    if len(d2) == 2 and d2[1] == d2[0] + 1 and wa[d2[0]] == wb[d2[1]] and wa[d2[1]] == wb[d2[0]]:
        return 'slip'
    if a[:4] == b[:4] and a[4:6] == b[6:8] and a[6:8] == b[4:6]:
        return 'slip'
    return 'far'


class Db:
    def __init__(self, path=DB):
        c = sqlite3.connect(path)
        self.users = {}
        for uid, g, f, bd, em, st, emp in c.execute('select id,given_names,family_name,birth_date,email,status,employer_id from users'):
            self.users[uid] = dict(id=uid, given=g, family=f, birth=bd, email=em, status=st, employer=emp,
                                   gw=fold(g), fw=fold(f), words=fold(g) + fold(f), emails={em.lower()}, old=[], companies=set())
            if emp:
                self.users[uid]['companies'].add(emp)
        for uid, em, vt in c.execute('select user_id,email,valid_to from email_history'):
            self.users[uid]['emails'].add(em.lower())
            if vt is not None and em.lower() != self.users[uid]['email'].lower():
                self.users[uid]['old'].append(em)
        for uid, cid in c.execute('select user_id,company_id from employment_history'):
            self.users[uid]['companies'].add(cid)
        self.companies = {cid: dict(id=cid, org=org, name=name) for cid, org, name in c.execute('select id,org_number,name from companies')}
        self.email_owner = {}
        for u in self.users.values():
            for e in u['emails']:
                self.email_owner.setdefault(e, set()).add(u['id'])
        self.known_words = set()
        for u in self.users.values():
            self.known_words.update(u['words'])
        self.index = {}
        for u in self.users.values():
            for w in set(u['words']):
                self.index.setdefault(w, set()).add(u['id'])

    def company_of(self, text):
        """An employer as written: org number, or the name without AS/NUF/ASA, any case."""
        if text is None:
            return None
        t = re.sub(r'\s', '', text)
        if t.isdigit():
            hits = [c['id'] for c in self.companies.values() if c['org'] == t]
        else:
            key = ' '.join(fold(text))
            hits = [c['id'] for c in self.companies.values() if strip_form(c['name']) == strip_form(text)]
        if len(hits) != 1:
            raise ValueError(f'employer {text!r} -> {hits}')
        return hits[0]


def strip_form(name):
    w = fold(name)
    while w and w[-1] in ('as', 'asa', 'nuf', 'sa', 'ans', 'da'):
        w = w[:-1]
    return ' '.join(w)


def written_words(name):
    """The words of a written name; 'Family, Given' turned round."""
    if ',' in name:
        fam, giv = name.split(',', 1)
        return fold(giv) + fold(fam)
    return fold(name)


def generous_rivals(db, words, need=None):
    """Every account where at least min(2, len(words)) written words fit account words generously (distinct ones)."""
    need = need or min(2, len(words))
    out = []
    for u in db.users.values():
        aw = u['words']
        hit = 0
        used = set()
        for w in words:
            for i, a in enumerate(aw):
                if i not in used and word_fits(w, a):
                    used.add(i)
                    hit += 1
                    break
        if hit >= need:
            out.append(u['id'])
    return out


_fit_cache = {}


def fitting_words(db, w):
    if w not in _fit_cache:
        _fit_cache[w] = {a for a in db.known_words if word_fits(w, a)}
    return _fit_cache[w]


def rivals(db, words, need=None):
    """Same answer as generous_rivals, reached through the word index (every known account word is tried)."""
    need = need or min(2, len(words))
    cand = set()
    for w in words:
        for a in fitting_words(db, w):
            cand |= db.index[a]
    out = []
    for uid in cand:
        aw = db.users[uid]['words']
        used = set()
        hit = 0
        for w in words:
            for i, a in enumerate(aw):
                if i not in used and word_fits(w, a):
                    used.add(i)
                    hit += 1
                    break
        if hit >= need:
            out.append(uid)
    return sorted(out)
