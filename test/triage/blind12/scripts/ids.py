"""Invented Norwegian identifiers: national IDs (fnr / D-number) and org numbers, mod 11."""
import datetime, random

W1 = [3, 7, 6, 1, 8, 9, 4, 5, 2]
W2 = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2]
WORG = [3, 2, 7, 6, 5, 4, 3, 2]


def _check(digits, weights):
    r = sum(int(d) * w for d, w in zip(digits, weights)) % 11
    k = 11 - r
    if k == 11:
        k = 0
    return k  # 10 = impossible


def make_fnr(rng, born, dnum=False):
    dd = born.day + (40 if dnum else 0)
    base = f"{dd:02d}{born.month:02d}{born.year % 100:02d}"
    while True:
        if born.year >= 2000:
            ind = rng.randint(500, 999)
        else:
            ind = rng.randint(0, 499)
        d9 = base + f"{ind:03d}"
        k1 = _check(d9, W1)
        if k1 == 10:
            continue
        k2 = _check(d9 + str(k1), W2)
        if k2 == 10:
            continue
        return d9 + str(k1) + str(k2)


def fnr_valid(s):
    """1964 rule (+2032 K1 relaxation); date must be real; D-number allowed. Returns birth date or None."""
    s = "".join(c for c in s if c.isdigit())
    if len(s) != 11:
        return None
    d = [int(c) for c in s]
    if (sum(a * b for a, b in zip(d[:10], W1 + [1])) % 11) not in (0, 1, 2, 3):
        return None
    if sum(a * b for a, b in zip(d, W2 + [1])) % 11 != 0:
        return None
    dd, mm, yy, ind = int(s[0:2]), int(s[2:4]), int(s[4:6]), int(s[6:9])
    if dd > 40:
        dd -= 40
    if ind <= 499:
        year = 1900 + yy
    elif ind >= 900 and yy >= 40:
        year = 1900 + yy
    elif ind >= 500 and yy <= 39:
        year = 2000 + yy
    elif 500 <= ind <= 749 and yy >= 54:
        year = 1800 + yy
    else:
        return None
    try:
        return datetime.date(year, mm, dd)
    except ValueError:
        return None


def spoil_fnr(rng, good):
    while True:
        i = rng.choice([9, 10])
        bad = good[:i] + str((int(good[i]) + rng.randint(1, 9)) % 10) + good[i + 1:]
        if fnr_valid(bad) is None:
            return bad


def make_org(rng, first=None):
    while True:
        d8 = str(first or rng.choice("89")) + "".join(str(rng.randint(0, 9)) for _ in range(7))
        k = _check(d8, WORG)
        if k == 10:
            continue
        return d8 + str(k)


def org_valid(s):
    s = "".join(c for c in s if c.isdigit())
    if len(s) != 9:
        return False
    return sum(int(c) * w for c, w in zip(s, WORG + [1])) % 11 == 0


def spoil_org(rng, good):
    while True:
        bad = good[:8] + str((int(good[8]) + rng.randint(1, 9)) % 10)
        if not org_valid(bad):
            return bad


def digits_not_id(rng, n, prefix=""):
    """A number of n digits that is neither a valid fnr (n=11) nor org number (n=9)."""
    while True:
        s = prefix + "".join(str(rng.randint(0, 9)) for _ in range(n - len(prefix)))
        if n == 11 and fnr_valid(s):
            continue
        if n == 9 and org_valid(s):
            continue
        return s
