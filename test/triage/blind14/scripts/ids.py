"""mod-11 helpers for Norwegian national IDs (1964 rule) and org numbers, from norwegian-ids.md."""
import datetime
W1 = [3, 7, 6, 1, 8, 9, 4, 5, 2, 1]
W2 = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2, 1]
OW = [3, 2, 7, 6, 5, 4, 3, 2, 1]

def digits(s):
    return ''.join(c for c in s if c.isdigit())

def fnr_valid(s):
    d = digits(s)
    if len(d) != 11:
        return False
    n = [int(c) for c in d]
    if sum(a * b for a, b in zip(W1, n[:10])) % 11 or sum(a * b for a, b in zip(W2, n)) % 11:
        return False
    return birth(d) is not None

def birth(d):
    dd, mm, yy, ind = int(d[0:2]), int(d[2:4]), int(d[4:6]), int(d[6:9])
    if dd > 40: dd -= 40
    if mm > 80: mm -= 80
    if ind < 500: c = 1900
    elif ind < 750 and yy >= 54: c = 1800
    elif ind >= 500 and yy <= 39: c = 2000
    elif ind >= 900 and yy >= 40: c = 1900
    else: return None
    try:
        return datetime.date(c + yy, mm, dd).isoformat()
    except ValueError:
        return None

def fnr_make(ddmmyy, ind):
    p = [int(c) for c in ddmmyy + ind]
    s1 = sum(a * b for a, b in zip(W1, p))
    k1 = (11 - s1 % 11) % 11
    if k1 == 10: return None
    p.append(k1)
    s2 = sum(a * b for a, b in zip(W2, p))
    k2 = (11 - s2 % 11) % 11
    if k2 == 10: return None
    return ''.join(map(str, p)) + str(k2)

def org_valid(s):
    d = digits(s)
    return len(d) == 9 and sum(a * int(b) for a, b in zip(OW, d)) % 11 == 0

def org_make(p8):
    s = sum(a * int(b) for a, b in zip(OW, p8))
    r = s % 11
    if r == 1: return None
    return p8 + str(0 if r == 0 else 11 - r)
