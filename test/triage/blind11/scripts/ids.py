"""Valid Norwegian org numbers and fodselsnummer for the blind11 set (invented data)."""
import random

R = random.Random(1111)
W_ORG = [3, 2, 7, 6, 5, 4, 3, 2]
W_K1 = [3, 7, 6, 1, 8, 9, 4, 5, 2]
W_K2 = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2]


def org_ok(s):
    if len(s) != 9 or not s.isdigit():
        return False
    r = 11 - sum(int(a) * b for a, b in zip(s, W_ORG)) % 11
    r = 0 if r == 11 else r
    return r != 10 and r == int(s[8])


def org():
    while True:
        s = R.choice("89") + "".join(R.choice("0123456789") for _ in range(7))
        r = 11 - sum(int(a) * b for a, b in zip(s, W_ORG)) % 11
        r = 0 if r == 11 else r
        if r != 10:
            return s + str(r)


def not_org():
    """9 digits failing the mod-11 check (HMS card numbers, typos)."""
    while True:
        s = "".join(R.choice("0123456789") for _ in range(9))
        if s[0] != "0" and not org_ok(s):
            return s


def fnr_ok(s):
    if len(s) != 11 or not s.isdigit():
        return False
    d = [int(c) for c in s]
    k1 = 11 - sum(a * b for a, b in zip(d, W_K1)) % 11
    k1 = 0 if k1 == 11 else k1
    k2 = 11 - sum(a * b for a, b in zip(d, W_K2)) % 11
    k2 = 0 if k2 == 11 else k2
    return k1 != 10 and k2 != 10 and k1 == d[9] and k2 == d[10]


def fnr(iso):
    y, m, dd = iso.split("-")
    base = dd + m + y[2:]
    lo, hi = (0, 499) if int(y) < 2000 else (500, 999)
    while True:
        s = base + "%03d" % R.randint(lo, hi)
        d = [int(c) for c in s]
        k1 = 11 - sum(a * b for a, b in zip(d, W_K1)) % 11
        k1 = 0 if k1 == 11 else k1
        if k1 == 10:
            continue
        d.append(k1)
        k2 = 11 - sum(a * b for a, b in zip(d, W_K2)) % 11
        k2 = 0 if k2 == 11 else k2
        if k2 == 10:
            continue
        return s + str(k1) + str(k2)


def bad_fnr(iso):
    """11 digits shaped like a fodselsnummer but failing the check digits."""
    s = fnr(iso)
    return s[:10] + str((int(s[10]) + 1) % 10)


def digits(n):
    while True:
        s = "".join(R.choice("0123456789") for _ in range(n))
        if s[0] != "0" and not (n == 11 and fnr_ok(s)) and not (n == 9 and org_ok(s)):
            return s
