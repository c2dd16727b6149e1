"""Shared reading of the W1 label rules (find-label-rules.md) over the generated database.

check.py uses these helpers to re-derive every label from all 20000 accounts; build.py
uses them to choose cases. Matching here is deliberately MORE generous than the rules when
looking for rivals, so a label only survives when no plausible rival exists.
"""
import re
import sqlite3
import unicodedata
from functools import lru_cache

DB = "/work/hold/findblind11/find.sqlite"

# short and pet forms the rules name (written form -> given names it may stand for)
FORMS = {
    "tommy": {"thomas", "tomas"}, "mange": {"magnus"}, "sasha": {"oleksandr"},
    "sigge": {"sigurd"}, "mo": {"mohammed", "mohammad", "muhammad"},
    "kris": {"kristian", "kristoffer", "kristin", "kristine", "christian", "kristina"},
    "alex": {"alexander", "aleksander", "alexandra", "aleksandra"},
    "fred": {"fredrik", "fredrick"},
}

MONTHS = {}
for i, names in enumerate([
    "januar jan january", "februar feb february", "mars mar march", "april apr",
    "mai may", "juni jun june", "juli jul july", "august aug",
    "september sep sept", "oktober okt october oct", "november nov",
    "desember des december dec"], start=1):
    for n in names.split():
        MONTHS[n] = i


def fold(s):
    s = s.lower()
    for a, b in (("ł", "l"), ("đ", "d"), ("þ", "th"), ("ß", "ss")):
        s = s.replace(a, b)
    s = s.replace("ö", "ø").replace("ä", "æ")
    s = s.replace("aa", "å").replace("oe", "ø").replace("ae", "æ")
    keep = {"å", "ø", "æ"}
    out = []
    for ch in s:
        if ch in keep:
            out.append(ch)
            continue
        d = unicodedata.normalize("NFKD", ch)
        out.append("".join(c for c in d if not unicodedata.combining(c)))
    s = "".join(out)
    s = re.sub(r"[^\wåøæ]+", " ", s)
    return s.split()


def loose(w):
    """Spelling-variant form: aa/å, ø/o, æ/ae, ph/f, th/t, ck/k, ch/k, -ssen/-son/-sen, doubled consonants."""
    w = w.replace("å", "a").replace("ø", "o").replace("æ", "e")
    w = w.replace("ph", "f").replace("th", "t").replace("ck", "k").replace("ch", "k")
    w = re.sub(r"(ssen|sson|son)$", "sen", w)
    w = re.sub(r"([b-df-hj-np-tv-z])\1", r"\1", w)
    return w


@lru_cache(maxsize=None)
def osa(a, b):
    if abs(len(a) - len(b)) > 2:
        return 9
    la, lb = len(a), len(b)
    d = [[0] * (lb + 1) for _ in range(la + 1)]
    for i in range(la + 1):
        d[i][0] = i
    for j in range(lb + 1):
        d[0][j] = j
    for i in range(1, la + 1):
        for j in range(1, lb + 1):
            c = 0 if a[i - 1] == b[j - 1] else 1
            d[i][j] = min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + c)
            if i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                d[i][j] = min(d[i][j], d[i - 2][j - 2] + 1)
    return d[la][lb]


@lru_cache(maxsize=None)
def level(w, a):
    """0 exact, 1 short/pet form, 2 spelling variant, 3 one slip, 4 two slips, 5 prefix (generous), None."""
    if w == a:
        return 0
    if a in FORMS.get(w, ()):
        return 1
    if loose(w) == loose(a):
        return 2
    d = min(osa(w, a), osa(loose(w), loose(a)))
    if d == 1:
        return 3
    if d == 2 and min(len(w), len(a)) >= 4:
        return 4
    if len(w) >= 3 and (a.startswith(w) or w.startswith(a)) and min(len(w), len(a)) >= 3:
        return 5
    return None


def parse_date(s):
    if s is None:
        return None
    t = s.strip().lower()
    m = re.fullmatch(r"(\d{1,2})[./-](\d{1,2})[./-](\d{2}|\d{4})", t)
    if m:
        d, mo, y = int(m[1]), int(m[2]), m[3]
    else:
        m = re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", t)
        if m:
            return "%s-%s-%s" % (m[1], m[2], m[3])
        m = re.fullmatch(r"(\d{6})", t)
        if m:
            d, mo, y = int(t[0:2]), int(t[2:4]), t[4:6]
        else:
            toks = re.findall(r"[a-zæøå]+|\d+", t)
            nums = [x for x in toks if x.isdigit()]
            words = [x for x in toks if not x.isdigit() and x in MONTHS]
            if len(words) != 1 or len(nums) != 2:
                raise ValueError("unreadable date " + s)
            mo = MONTHS[words[0]]
            d, y = int(nums[0]), nums[1]
    if len(y) == 2:
        y = ("19" if int(y) > 26 else "20") + y
    return "%s-%02d-%02d" % (y, mo, d)


def date_rel(given, acc):
    """'exact', 'slip' (one digit, neighbours swapped, day/month swapped) or 'far'."""
    if given is None:
        return None
    if given == acc:
        return "exact"
    a = acc.replace("-", "")
    g = given.replace("-", "")
    diff = [i for i in range(8) if a[i] != g[i]]
    if len(diff) == 1:
        return "slip"
    if len(diff) == 2 and diff[1] == diff[0] + 1 and a[diff[0]] == g[diff[1]] and a[diff[1]] == g[diff[0]]:
        return "slip"
    if given[:4] == acc[:4] and given[5:7] == acc[8:10] and given[8:10] == acc[5:7]:
        return "slip"
    # written day and month both within one digit (e.g. 2-digit year read) counted as slip too
    return "far"


def strip_company(n):
    w = fold(n)
    while w and w[-1] in ("as", "asa", "ans", "da", "sa"):
        w = w[:-1]
    return " ".join(w)


class World:
    def __init__(self, path=DB):
        con = sqlite3.connect(path)
        con.row_factory = sqlite3.Row
        self.users = {r["id"]: dict(r) for r in con.execute("select * from users")}
        self.addr = {}
        self.addr_owner = {}
        for uid, u in self.users.items():
            self.addr.setdefault(uid, set()).add(u["email"].lower())
        for r in con.execute("select user_id, email from email_history"):
            self.addr.setdefault(r[0], set()).add(r[1].lower())
        for uid, s in self.addr.items():
            for e in s:
                self.addr_owner.setdefault(e, set()).add(uid)
        self.companies = {r["id"]: dict(r) for r in con.execute("select * from companies")}
        self.emp = {uid: set() for uid in self.users}
        for uid, u in self.users.items():
            if u["employer_id"]:
                self.emp[uid].add(u["employer_id"])
        for r in con.execute("select user_id, company_id from employment_history"):
            self.emp[r[0]].add(r[1])
        self.words = {uid: fold(u["given_names"]) + fold(u["family_name"]) for uid, u in self.users.items()}
        self.given = {uid: fold(u["given_names"]) for uid, u in self.users.items()}
        self.family = {uid: fold(u["family_name"]) for uid, u in self.users.items()}
        onfile = {r[0] for r in con.execute("select term from name_terms")}
        for ws in self.words.values():
            onfile.update(ws)
        self.onfile = onfile

    def name(self, uid):
        u = self.users[uid]
        return u["given_names"] + " " + u["family_name"]

    def companies_for(self, written):
        if written is None:
            return None
        key = strip_company(written)
        out = set()
        for cid, c in self.companies.items():
            k = strip_company(c["name"])
            if k == key or (len(key) > 6 and osa(k, key) <= 2):
                out.add(cid)
        return out

    def match(self, written_words, uid, rule_mode=False):
        """Best assignment of written words to the account's words.
        Returns list of levels per written word (None = unmatched).
        rule_mode: a written word that is itself a name on file does not stand for another name by a slip."""
        acc = self.words[uid]
        res = []
        used = set()
        for w in written_words:
            best, bi = None, None
            for i, a in enumerate(acc):
                if i in used:
                    continue
                lv = level(w, a)
                if lv is None:
                    continue
                if rule_mode and lv >= 3 and w in self.onfile:
                    continue
                if best is None or lv < best:
                    best, bi = lv, i
            if bi is not None:
                used.add(bi)
            res.append(best)
        return res

    def rival(self, written_words, uid, rule_mode=False):
        """Generous: could this account be what the written name means?"""
        lv = self.match(written_words, uid, rule_mode)
        hit = sum(1 for x in lv if x is not None)
        if len(written_words) == 1:
            return hit == 1
        return hit >= 2


def _near(self, written_words):
    """Superset of accounts any written word could touch (inverted index over the name vocabulary)."""
    if not hasattr(self, "_inv"):
        self._inv = {}
        for uid, ws in self.words.items():
            for x in ws:
                self._inv.setdefault(x, set()).add(uid)
    out = set()
    for x in written_words:
        for v, uids in self._inv.items():
            if level(x, v) is not None:
                out |= uids
    return sorted(out)


World.near = _near
