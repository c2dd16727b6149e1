"""Helpers: valid/invalid org numbers and national IDs (1964 rule)."""
import datetime
W_ORG = [3, 2, 7, 6, 5, 4, 3, 2]
W1 = [3, 7, 6, 1, 8, 9, 4, 5, 2]
W2 = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2]

def org_ok(s):
    s = ''.join(c for c in s if c.isdigit())
    if len(s) != 9: return False
    r = sum(int(a) * b for a, b in zip(s, W_ORG)) % 11
    k = 0 if r == 0 else 11 - r
    return k != 10 and k == int(s[8])

def org(prefix8):
    """valid org number from an 8-digit prefix; bumps the last digit until it can be issued"""
    p = int(prefix8)
    while True:
        s = str(p)
        r = sum(int(a) * b for a, b in zip(s, W_ORG)) % 11
        k = 0 if r == 0 else 11 - r
        if k != 10: return s + str(k)
        p += 1

def org_bad(prefix8):
    v = org(prefix8)
    return v[:8] + str((int(v[8]) + 3) % 10)

def _k(ds, w):
    r = sum(int(a) * b for a, b in zip(ds, w)) % 11
    k = 0 if r == 0 else 11 - r
    return k

def fnr_ok(s):
    s = ''.join(c for c in s if c.isdigit())
    if len(s) != 11: return False
    if (sum(int(a) * b for a, b in zip(s, W1 + [1])) % 11): return False
    if (sum(int(a) * b for a, b in zip(s, W2 + [1])) % 11): return False
    return birth(s) is not None

def birth(s):
    s = ''.join(c for c in s if c.isdigit())
    d, m, y, ind = int(s[0:2]), int(s[2:4]), int(s[4:6]), int(s[6:9])
    if d > 40: d -= 40
    if ind <= 499: c = 1900
    elif ind >= 900 and y >= 40: c = 1900
    elif ind >= 500 and y <= 39: c = 2000
    elif 500 <= ind <= 749 and y >= 55: c = 1800
    else: c = 1900
    try:
        return datetime.date(c + y, m, d).isoformat()
    except ValueError:
        return None

def fnr(iso, ind=123, d=False):
    """valid national ID for the ISO birth date (individual number < 500, so 19xx)"""
    y, m, dd = iso.split('-')
    ind = int(ind)
    if int(y) >= 2000 and ind < 500: ind += 500
    while True:
        p = '%02d%s%s%03d' % (int(dd) + (40 if d else 0), m, y[2:], ind)
        k1 = _k(p, W1)
        if k1 != 10:
            k2 = _k(p + str(k1), W2)
            if k2 != 10:
                return p + str(k1) + str(k2)
        ind += 1

def fnr_bad(iso, ind=123):
    v = fnr(iso, ind)
    return v[:10] + str((int(v[10]) + 1) % 10)
