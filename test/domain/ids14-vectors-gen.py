#!/usr/bin/env python3
"""Writes test/domain/ids14-vectors.yaml (engineer ids14, step 1, written blind).

Only /work/shared/reference/norwegian-ids.md and the README were read before this file was
written. Each vector is built from an *intent* (the date, the individual number, the marking,
which K1 remainder, which corruption) and carries the answer that intent implies. A separate
reading of the sheet (`derive` below) re-checks every answer; the script stops on any
difference, so a vector is only written when the two agree. The check digits are computed
here, by the sheet's weights, never copied from the sheet.

Run: python3 test/domain/ids14-vectors-gen.py > test/domain/ids14-vectors.yaml
"""

import datetime as dt
import sys

TODAY = dt.date(2026, 12, 7)
W1 = [3, 7, 6, 1, 8, 9, 4, 5, 2]
W2 = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2]


def s1(d):
    return sum(int(a) * w for a, w in zip(d[:9], W1))


def s2(d):
    return sum(int(a) * w for a, w in zip(d[:10], W2))


def k1_for(prefix9, rem):
    """The K1 digit giving (S1 + K1) mod 11 == rem, or None when it would be 10."""
    k = (rem - s1(prefix9)) % 11
    return None if k == 10 else k


def k2_for(prefix10):
    k = (-s2(prefix10)) % 11
    return None if k == 10 else k


def k1_rem(n):
    return (s1(n) + int(n[9])) % 11


def k2_ok(n):
    return (s2(n) + int(n[10])) % 11 == 0


# --- the sheet's reading (§1.2–§1.5), written independently of the builders below ---------

def classic(yy, ind):
    out = []
    if 500 <= ind <= 749 and yy >= 54:
        out.append(1800)
    if ind <= 499:
        out.append(1900)
    if 900 <= ind <= 999 and yy >= 40:
        out.append(1900)
    if 500 <= ind <= 999 and yy <= 39:
        out.append(2000)
    return out


def dtable(yy, ind):
    out = []
    if 500 <= ind <= 599 and yy >= 58:
        out.append(1800)
    if ind <= 199 and yy <= 39:
        out.append(1900)
    if (ind <= 499 or ind >= 600) and yy >= 40:
        out.append(1900)
    if ind >= 200 and yy <= 39:
        out.append(2000)
    return out


def derive(n):
    """(verdict, details) for an 11-character string of ASCII digits."""
    if len(n) != 11 or not all(c in '0123456789' for c in n):
        return 'invalid', {'reason': 'length' if n.isdigit() or n == '' else 'characters'}
    r = k1_rem(n)
    if r not in (0, 1, 2, 3):
        return 'invalid', {'reason': 'k1'}
    if not k2_ok(n):
        return 'invalid', {'reason': 'k2'}
    rule = 1964 if r == 0 else 2032
    if n[0] in '89':
        return 'valid', {'kind': 'fh', 'rule': rule, 'birth_date': None}
    dd, mm, yy, ind = int(n[0:2]), int(n[2:4]), int(n[4:6]), int(n[6:9])
    d = n[0] in '4567'
    if d:
        dd -= 40
    if 1 <= mm <= 12:
        mark = None
    elif 41 <= mm <= 52:
        mark, mm = 'h', mm - 40
    elif 66 <= mm <= 77:
        mark, mm = 'synthetic65', mm - 65
    elif 81 <= mm <= 92:
        mark, mm = 'synthetic', mm - 80
    else:
        return 'invalid', {'reason': 'month'}
    if not 1 <= dd <= 31:
        return 'invalid', {'reason': 'day'}
    kind = ('d+' if d else '') + (mark or '')
    kind = kind.rstrip('+') or 'fnr'
    if rule == 2032:
        cents = [1900, 2000]
    else:
        cents = sorted(set(classic(yy, ind) + (dtable(yy, ind) if d else [])))
    if not cents:
        return 'invalid', {'reason': 'century'}
    dates = []
    for c in cents:
        try:
            dates.append(dt.date(c + yy, mm, dd))
        except ValueError:
            pass
    if not dates:
        return 'invalid', {'reason': 'date'}
    past = [x for x in dates if x <= TODAY]
    if not past:
        # Step 2 (after reading the code): the sheet lists such a number as valid (02013299997, "born
        # 2032, future as of 2026"); §1.5 step 4 narrows the birth-date *hint*, it does not reject.
        bd = dates[0].isoformat() if len(dates) == 1 else [x.isoformat() for x in dates]
        return 'valid', {'kind': kind, 'rule': rule, 'birth_date': bd, 'future': True}
    bd = past[0].isoformat() if len(past) == 1 else [x.isoformat() for x in past]
    return 'valid', {'kind': kind, 'rule': rule, 'birth_date': bd}


def reasons_of(n):
    """derive's reason, or a list when the day or month fails as well as a check digit (step 2: the
    code checks the date part first, this script the check digits; both are right, typo-4 showed it)."""
    reason = derive(n)[1]['reason']
    if reason in ('k1', 'k2'):
        mm, dd = int(n[2:4]), int(n[0:2]) - (40 if n[0] in '4567' else 0)
        if n[0] not in '89' and not (1 <= mm <= 12 or 41 <= mm <= 52 or 66 <= mm <= 77 or 81 <= mm <= 92):
            return [reason, 'month']
        if n[0] not in '89' and not 1 <= dd <= 31:
            return [reason, 'day']
    return reason


def normalise(s):
    """The sheet's normalisation: remove spaces, '.' and '-' (nothing else)."""
    return ''.join(c for c in s if c not in ' .-')


# --- builders --------------------------------------------------------------------------------

OFFSET = {'fnr': 0, 'h': 40, 'synthetic': 80, 'synthetic65': 65}


def build(dd, mm, yy, ind, rem=0, dnum=False, mark='fnr', step=1, lo=0, hi=999):
    """The first number from ind onwards (by step, inside lo..hi) whose check digits exist."""
    i = ind
    while lo <= i <= hi:
        p = f'{dd + (40 if dnum else 0):02d}{mm + OFFSET[mark]:02d}{yy % 100:02d}{i:03d}'
        k1 = k1_for(p, rem)
        if k1 is not None:
            k2 = k2_for(p + str(k1))
            if k2 is not None:
                return p + str(k1) + str(k2)
        i += step
    raise SystemExit(f'no number for {dd}.{mm}.{yy} from {ind}')


def raw(prefix9, rem=0):
    """Check digits for a raw 9-digit prefix (day/month digits as written)."""
    k1 = k1_for(prefix9, rem)
    if k1 is None:
        return None
    k2 = k2_for(prefix9 + str(k1))
    if k2 is None:
        return None
    return prefix9 + str(k1) + str(k2)


def raw_any(prefix8, last_from=0, rem=0):
    """Walk the 9th digit until a prefix gets check digits."""
    for x in list(range(last_from, 10)) + list(range(0, last_from)):
        n = raw(prefix8 + str(x), rem)
        if n:
            return n
    raise SystemExit(f'no number for {prefix8}')


def bad_k1(n, rem=5):
    """Same first nine digits, a K1 whose remainder is `rem` (outside 0..3), K2 made to fit."""
    p = n[:9]
    k1 = (rem - s1(p)) % 11
    assert k1 != 10
    k2 = k2_for(p + str(k1))
    if k2 is None:
        k2 = 0
    return p + str(k1) + str(k2)


def bad_k2(n):
    return n[:10] + str((int(n[10]) + 3) % 10)


NID = []


def add(id_, inp, expect, note='', **kw):
    e = {'id': id_, 'input': inp, 'expect': expect}
    e.update(kw)
    if note:
        e['note'] = note
    NID.append(e)


def ok(id_, n, kind, bd, rule=1964, note='', inp=None, **kw):
    add(id_, inp if inp is not None else n, 'valid', note, kind=kind, rule=rule, birth_date=bd,
        **({'normalised': n} if inp is not None and inp != n else {}), **kw)


FUTURE_NOTE = ('relabelled in step 2: written as invalid (reason future) from §1.5 step 4; the sheet lists '
               '02013299997 (born 2032) as valid, step 4 only narrows the hint, so the number is valid with a '
               'birth date after today; users create still refuses it (exit 2)')


def fut(id_, n, kind, bd, note=''):
    ok(id_, n, kind, bd, note=f'{note}; {FUTURE_NOTE}', future=True)


def bad(id_, n, reason, note='', inp=None, **kw):
    add(id_, inp if inp is not None else n, 'invalid', note, reason=reason,
        **({'normalised': n} if inp is not None and inp != n and reason != 'characters' else {}), **kw)


# 1. Plain fødselsnumre, 1964 rule, every row of the century table -----------------------------
ok('fnr-1900s-a', build(14, 3, 85, 123), 'fnr', '1985-03-14', note='individual 000-499: 1900-1999')
ok('fnr-1900s-b', build(2, 7, 1, 4), 'fnr', '1901-07-02', note='YY 01 with individual 004: 1901, not 2001')
ok('fnr-1900s-c', build(31, 12, 99, 499, step=-1), 'fnr', '1999-12-31', note='top of 000-499')
ok('fnr-1900s-d', build(1, 1, 0, 0), 'fnr', '1900-01-01', note='individual 000 and YY 00: 1900')
ok('fnr-1900s-e', build(17, 5, 39, 250), 'fnr', '1939-05-17', note='YY 39, individual < 500: 1939')
ok('fnr-1900s-f', build(23, 9, 40, 310), 'fnr', '1940-09-23')
ok('fnr-1900s-g', build(9, 4, 63, 77), 'fnr', '1963-04-09')
ok('fnr-1900s-h', build(28, 2, 71, 402), 'fnr', '1971-02-28')
ok('fnr-reserve-a', build(12, 6, 40, 900), 'fnr', '1940-06-12', note='reserve series 900-999 needs YY >= 40: 1940')
ok('fnr-reserve-b', build(5, 11, 77, 950), 'fnr', '1977-11-05', note='reserve series: 1977')
ok('fnr-reserve-c', build(30, 6, 99, 999, step=-1), 'fnr', '1999-06-30', note='reserve series top')
ok('fnr-2000s-a', build(3, 3, 3, 500), 'fnr', '2003-03-03', note='individual 500-999 with YY <= 39: 2000s')
ok('fnr-2000s-b', build(19, 8, 10, 750), 'fnr', '2010-08-19', note='750-899 with YY <= 39: 2010')
ok('fnr-2000s-c', build(1, 1, 0, 999, step=-1), 'fnr', '2000-01-01', note='individual 99x, YY 00: 2000')
ok('fnr-2000s-d', build(15, 1, 26, 510), 'fnr', '2026-01-15', note='born this year (before today 2026-12-07)')
ok('fnr-2000s-e', build(7, 12, 26, 520), 'fnr', '2026-12-07', note='born today (2026-12-07): not in the future')
ok('fnr-2000s-f', build(22, 10, 18, 880), 'fnr', '2018-10-22')
ok('fnr-1800s-a', build(1, 1, 54, 749, step=-1), 'fnr', '1854-01-01', note='first year of the 1854-1899 row')
ok('fnr-1800s-b', build(24, 12, 99, 500), 'fnr', '1899-12-24', note='individual 500 with YY 99: 1899')
ok('fnr-1800s-c', build(15, 6, 72, 650), 'fnr', '1872-06-15', note='individual 650, YY 72: 1872 (500-749 and YY >= 54)')
ok('fnr-1800s-d', build(30, 4, 88, 701), 'fnr', '1888-04-30')
bad('fnr-century-a', build(10, 5, 45, 800), 'century',
    note='individual 800 with YY 45: no row of the table (750-899, YY >= 40), check digits fine')
bad('fnr-century-b', build(10, 5, 99, 750), 'century', note='750 with YY 99: no row')
bad('fnr-century-c', build(2, 2, 53, 600), 'century',
    note='individual 600 with YY 53: 500-749 needs YY >= 54, 500-999 needs YY <= 39; no row')
bad('fnr-century-d', build(2, 2, 40, 500), 'century', note='500 with YY 40: no row')

# 2. Future birth dates (today 2026-12-07) -----------------------------------------------------
fut('fnr-future-a', build(1, 3, 35, 600), 'fnr', '2035-03-01', note='individual 600, YY 35: 2035 only')
fut('fnr-future-b', build(24, 12, 26, 530), 'fnr', '2026-12-24', note='2026-12-24 is after today 2026-12-07')
fut('fnr-future-c', build(8, 12, 26, 540), 'fnr', '2026-12-08', note='tomorrow')

# 3. Calendar: leap days, 29.02 of non-leap years, day/month 00, 31 in 30-day months ------------
ok('leap-1996', build(29, 2, 96, 123), 'fnr', '1996-02-29')
ok('leap-2000', build(29, 2, 0, 600), 'fnr', '2000-02-29', note='2000 is a leap year (divisible by 400)')
bad('leap-1900', build(29, 2, 0, 100), 'date', note='individual 100 means 1900, which is not a leap year')
ok('leap-1904', build(29, 2, 4, 50), 'fnr', '1904-02-29')
ok('leap-2004', build(29, 2, 4, 510), 'fnr', '2004-02-29')
ok('leap-2024', build(29, 2, 24, 800), 'fnr', '2024-02-29')
ok('leap-1888', build(29, 2, 88, 700), 'fnr', '1888-02-29')
ok('leap-1980-reserve', build(29, 2, 80, 950), 'fnr', '1980-02-29')
bad('leap-1997', build(29, 2, 97, 222), 'date', note='29.02.1997 does not exist')
bad('leap-2001', build(29, 2, 1, 520), 'date', note='29.02.2001 does not exist')
bad('leap-1890', build(29, 2, 90, 650), 'date', note='29.02.1890 does not exist')
bad('leap-2100ish-1900', build(29, 2, 0, 499, step=-1), 'date', note='29.02.1900 again, top of 000-499')
fut('leap-2028-future', build(29, 2, 28, 560), 'fnr', '2028-02-29', note='29.02.2028 exists but is in the future')
bad('feb-30', build(30, 2, 84, 111), 'date')
bad('feb-31', build(31, 2, 84, 112), 'date')
for m, name in ((4, 'apr'), (6, 'jun'), (9, 'sep'), (11, 'nov')):
    bad(f'day31-{name}', build(31, m, 79, 300 + m), 'date', note=f'31 in a 30-day month ({m:02d})')
for m in (1, 3, 5, 7, 8, 10, 12):
    ok(f'day31-m{m:02d}', build(31, m, 65, 200 + m), 'fnr', f'1965-{m:02d}-31')
ok('day30-apr', build(30, 4, 65, 260), 'fnr', '1965-04-30')
bad('day-00', raw_any('000586' + '12'), 'day', note='day 00')
bad('month-00', raw_any('150086' + '12'), 'month', note='month 00')
bad('month-13', raw_any('151386' + '12'), 'month', note='month 13')
bad('month-20', raw_any('152086' + '12'), 'month', note='month 20: no scheme uses 13-40')
bad('month-39', raw_any('103986' + '12'), 'month')
bad('month-40', raw_any('104086' + '12'), 'month', note='month 40 would be H month 00')
bad('month-53', raw_any('105386' + '12'), 'month', note='after the +40 range (41-52)')
bad('month-60', raw_any('106086' + '12'), 'month')
bad('month-65', raw_any('106586' + '12'), 'month', note='month 65 would be +65 month 00')
bad('month-78', raw_any('107886' + '12'), 'month', note='after the +65 range (66-77)')
bad('month-80', raw_any('108086' + '12'), 'month', note='month 80 would be +80 month 00')
bad('month-93', raw_any('109386' + '12'), 'month', note='after the +80 range (81-92)')
bad('month-99', raw_any('109986' + '12'), 'month')
bad('day-32', raw_any('320186' + '12'), 'day', note='first digit 3, day 32')
bad('day-39', raw_any('390186' + '12'), 'day', note='first digit 3, day 39')
bad('all-zeros', '00000000000', 'month', note='check digits both 0 and valid (sums 0); day and month 00 (either reason is right)')

# 4. Check digits, 1964 rule: K1 wrong, K2 wrong, typos, transpositions ------------------------
base = [build(14, 3, 85, 123), build(2, 7, 1, 4), build(5, 11, 77, 950), build(3, 3, 3, 500),
        build(15, 6, 72, 650), build(21, 9, 58, 432)]
for i, n in enumerate(base):
    bad(f'k1-wrong-{i}', bad_k1(n, 4 + i), 'k1', note=f'K1 remainder {4 + i} (outside 0-3), K2 computed to fit')
    bad(f'k2-wrong-{i}', bad_k2(n), 'k2', note='K1 fine, K2 off by 3')
for i, (n, pos) in enumerate(((base[0], 0), (base[1], 4), (base[2], 7), (base[3], 9), (base[4], 2), (base[5], 5))):
    d = str((int(n[pos]) + 1 + i % 3) % 10)
    t = n[:pos] + d + n[pos + 1:]
    v, det = derive(t)
    assert v == 'invalid', (t, det)
    bad(f'typo-{i}', t, reasons_of(t), note=f'one digit changed at position {pos + 1}')
for i, (n, pos) in enumerate(((base[0], 6), (base[1], 8), (base[2], 9), (base[3], 0), (base[5], 7))):
    if n[pos] == n[pos + 1]:
        pos += 1
    t = n[:pos] + n[pos + 1] + n[pos] + n[pos + 2:]
    v, det = derive(t)
    assert v == 'invalid', (t, det)
    bad(f'swap-{i}', t, reasons_of(t), note=f'digits {pos + 1} and {pos + 2} swapped')
n = base[0]
k1_10 = (10 - s1(n[:9])) % 11
if k1_10 != 10:
    t = n[:9] + str(k1_10) + str(k2_for(n[:9] + str(k1_10)) or 0)
    bad('k1-rem10', t, 'k1', note='K1 remainder 10: never valid, not even under the 2032 rule')

# 5. The 2032 rule: K1 remainders 1-3 accepted, K2 strict from the K1 present --------------------
P = build(27, 4, 91, 999, rem=0, step=-1)  # a 1964-rule number for the prefix
p9 = P[:9]
ok('r2032-rem0', P, 'fnr', '1991-04-27', note='remainder 0: valid under both rules; individual 99x and YY 91: 1991')
for r in (1, 2, 3):
    k1 = k1_for(p9, r)
    if k1 is None:
        continue
    n = raw(p9, r)
    if n:
        ok(f'r2032-rem{r}', n, 'fnr', '1991-04-27', rule=2032,
           note=f'K1 remainder {r}: 2032 rule only; century read both ways, 2091 is in the future')
for r in (4, 5, 6, 7, 8, 9, 10):
    k1 = k1_for(p9, r)
    if k1 is None:
        continue
    k2 = k2_for(p9 + str(k1))
    if k2 is None:
        continue
    bad(f'r2032-rem{r}', p9 + str(k1) + str(k2), 'k1', note=f'K1 remainder {r}: outside 0-3, K2 fits its K1')
# the common misreading: an alternative K1 with the 1964 K2 (K2 not recomputed)
for r in (1, 2, 3):
    k1 = k1_for(p9, r)
    if k1 is None:
        continue
    t = p9 + str(k1) + P[10]
    v, det = derive(t)
    if v == 'invalid':
        bad(f'r2032-misread-{r}', t, 'k2',
            note=f'K1 of remainder {r} but the K2 of the 1964 number: K2 must be computed from the K1 present')
    # and the 1964 K1 with the K2 that belongs to the alternative K1
    alt = raw(p9, r)
    if alt:
        t = P[:10] + alt[10]
        v, det = derive(t)
        if v == 'invalid':
            bad(f'r2032-misread-b{r}', t, 'k2',
                note=f'1964 K1 with the K2 of the remainder-{r} number')
# more 2032-rule numbers, with the century read both ways (19YY and 20YY, the future dropping out)
ok('r2032-both-a', build(12, 8, 10, 999, rem=1, step=-1), 'fnr', ['1910-08-12', '2010-08-12'], rule=2032,
   note='2032 rule: the individual number says nothing of the century; 1910 and 2010 both past: ambiguous',
   uncertain='a tool may ask for the birth date (README: --birthdate decides) or report both; it must not pick one silently')
ok('r2032-both-b', build(1, 1, 26, 999, rem=2, step=-1), 'fnr', ['1926-01-01', '2026-01-01'], rule=2032,
   note='1926 or 2026, both before today', uncertain='ambiguous, as r2032-both-a')
ok('r2032-past-only', build(31, 12, 26, 999, rem=3, step=-1), 'fnr', '1926-12-31', rule=2032,
   note='2026-12-31 is after today, so only 1926 remains')
ok('r2032-1950', build(5, 5, 50, 999, rem=1, step=-1), 'fnr', '1950-05-05', rule=2032, note='2050 is future: 1950')
ok('r2032-low-ind', build(20, 10, 60, 100, rem=2), 'fnr', '1960-10-20', rule=2032,
   note='individual 100 would say 1900s under 1964 rules; the 2032 rule reads both centuries, 2060 dropped')
ok('r2032-leap-00', build(29, 2, 0, 999, rem=1, step=-1), 'fnr', '2000-02-29', rule=2032,
   note='29.02.00 under the 2032 rule: 1900 is no leap year, so only 2000 remains')
bad('r2032-leap-01', build(29, 2, 1, 999, rem=2, step=-1), 'date', note='29.02.1901 and 29.02.2001: neither exists')
ok('r2032-reserve-yy39', build(3, 9, 39, 998, rem=3, step=-1), 'fnr', '1939-09-03', rule=2032,
   note='YY 39: 2039 is future, 1939 remains (a 1964-rule 99x with YY 39 would be 2039)')
ok('r2032-d', build(12, 3, 90, 999, rem=2, dnum=True, step=-1), 'd', '1990-03-12', rule=2032,
   note='D-number under the 2032 rule: day - 40; 2090 dropped')
ok('r2032-d-both', build(8, 6, 15, 999, rem=1, dnum=True, step=-1), 'd', ['1915-06-08', '2015-06-08'], rule=2032,
   note='D-number, 2032 rule, both centuries past', uncertain='ambiguous; the register field is authoritative for D-numbers')
ok('r2032-synthetic', build(11, 11, 77, 999, rem=3, mark='synthetic', step=-1), 'synthetic', '1977-11-11', rule=2032,
   note='synthetic +80, 2032 rule')
ok('r2032-d-synthetic', build(4, 2, 88, 999, rem=2, dnum=True, mark='synthetic', step=-1), 'd+synthetic',
   '1988-02-04', rule=2032)
ok('r2032-h', build(6, 7, 66, 999, rem=1, mark='h', step=-1), 'h', '1966-07-06', rule=2032,
   note='+40 with a 2032 K1 (the rule is for Folkeregisteret numbers; a superset validator accepts it)',
   uncertain='a tool that refuses +40 identities refuses this one too')
# Step 2 additions (after reading the code): a number valid only under the 2032 rule was issued from
# 2032, when the individual number stopped telling the century (§1.3), so the 1854-1899 row (individual
# 500-749) says nothing about it; it is read as 19YY or 20YY only. Nobody born in the 1800s is given a
# new number in 2032.
S2 = 'step 2 addition: 2032 rule, so the individual number gives no century; 18YY is not a reading'
ok('r2032-ind700', build(15, 6, 70, 700, rem=2, hi=749), 'fnr', '1970-06-15', rule=2032, note=S2)
ok('r2032-ind749-yy54', build(1, 2, 54, 749, rem=1, step=-1, lo=500), 'fnr', '1954-02-01', rule=2032, note=S2)
ok('r2032-ind600-yy99', build(31, 12, 99, 600, rem=3, hi=749), 'fnr', '1999-12-31', rule=2032, note=S2)
ok('r2032-d-ind550', build(9, 9, 60, 550, rem=1, dnum=True, hi=599), 'd', '1960-09-09', rule=2032, note=S2)
ok('r2032-syn-ind620', build(3, 3, 80, 620, rem=2, mark='synthetic', hi=749), 'synthetic', '1980-03-03', rule=2032,
   note=S2)
bad('r2032-k2-wrong', bad_k2(build(12, 8, 10, 999, rem=1, step=-1)), 'k2', note='2032 K1, K2 off')
bad('r2032-future-only', build(1, 2, 30, 999, rem=2, step=-1), 'date',
    note='placeholder, replaced below')
NID.pop()  # 1930 is past, so the line above is not a future-only vector; keep the list honest

# 6. D-numbers (day + 40), with the classic and the 2021 D-table -------------------------------
ok('d-1964-a', build(14, 3, 85, 123, dnum=True), 'd', '1985-03-14', note='day 54 - 40 = 14')
ok('d-day41', build(1, 9, 70, 456, dnum=True), 'd', '1970-09-01', note='day 41 = 1st')
ok('d-day71', build(31, 12, 68, 321, dnum=True), 'd', '1968-12-31', note='day 71 = 31st')
bad('d-day40', raw_any('400586' + '12'), 'day', note='day 40 - 40 = 00')
bad('d-day72', raw_any('720586' + '12'), 'day', note='day 72 - 40 = 32')
bad('d-day79', raw_any('790186' + '12'), 'day')
bad('d-31-apr', build(31, 4, 80, 345, dnum=True), 'date', note='71.04: 31 April')
bad('d-31-nov', build(31, 11, 80, 346, dnum=True), 'date')
bad('d-2902-1997', build(29, 2, 97, 347, dnum=True), 'date', note='69.02.97: 29.02.1997 does not exist')
ok('d-2902-1996', build(29, 2, 96, 348, dnum=True), 'd', '1996-02-29')
ok('d-2902-00-dtable', build(29, 2, 0, 300, dnum=True), 'd', '2000-02-29',
   note='individual 300, YY 00: classic says 1900 (no leap year), the 2021 D-table says 2000; only 2000 is a date')
ok('d-conflict-both', build(10, 10, 10, 250, dnum=True), 'd', ['1910-10-10', '2010-10-10'],
   note='D individual 250 with YY 10: classic 1910, 2021 D-table 2010 (sheet §1.5: the tables conflict)',
   uncertain='ambiguous; the register field is authoritative; a tool must not state one date as fact')
ok('d-conflict-future', build(20, 1, 35, 420, dnum=True), 'd', '1935-01-20',
   note='classic 1935, D-table 2035 (future): only 1935 remains')
ok('d-low-ind-yy20', build(20, 1, 20, 150, dnum=True), 'd', '1920-01-20',
   note='individual 000-199, YY <= 39: both tables say 1900s')
ok('d-750-yy45', build(10, 5, 45, 800, dnum=True), 'd', '1945-05-10',
   note='D individual 800 with YY 45: no classic row, the 2021 D-table gives 1940-1999 (compare fnr-century-a)')
ok('d-900-yy70', build(3, 8, 70, 930, dnum=True), 'd', '1970-08-03', note='both tables: 1970')
ok('d-2000s', build(17, 5, 21, 700, dnum=True), 'd', '2021-05-17', note='individual 500-999, YY <= 39: 2021 in both tables')
ok('d-1800s-dtable', build(9, 9, 60, 550, dnum=True), 'd', '1860-09-09', note='both tables: 1860')
ok('d-1856-classic-only', build(9, 9, 56, 560, dnum=True), 'd', '1856-09-09',
   note='D individual 560 with YY 56: classic 1856; the D-table starts at 1858')
bad('d-century-none', build(9, 9, 45, 550, dnum=True), 'century',
    note='D individual 550 with YY 45: no row in either table')
ok('d-1800-1900-both', build(12, 12, 70, 650, dnum=True), 'd', ['1870-12-12', '1970-12-12'],
   note='D individual 650 with YY 70: classic 1870 (500-749, YY >= 54), 2021 D-table 1970 (600-999)',
   uncertain='the sheet\'s recipe gives both; a tool that prefers 1970 (the live table since 2021) is defensible')
bad('d-k1', bad_k1(build(14, 3, 85, 123, dnum=True), 6), 'k1')
bad('d-k2', bad_k2(build(14, 3, 85, 123, dnum=True)), 'k2')
fut('d-future', build(1, 6, 33, 610, dnum=True), 'd', '2033-06-01', note='D individual 610, YY 33: 2033 in both tables')

# 7. H-numbers / NAV Dolly (month + 40) ---------------------------------------------------------
ok('h-a', build(14, 3, 85, 123, mark='h'), 'h', '1985-03-14', note='month 43 - 40 = March')
ok('h-jan', build(1, 1, 50, 321, mark='h'), 'h', '1950-01-01', note='month 41')
ok('h-dec', build(25, 12, 2, 600, mark='h'), 'h', '2002-12-25', note='month 52; century as for fnr')
ok('h-leap', build(29, 2, 92, 210, mark='h'), 'h', '1992-02-29')
bad('h-leap-bad', build(29, 2, 93, 211, mark='h'), 'date')
bad('h-31-apr', build(31, 4, 93, 212, mark='h'), 'date', note='month 44 (April) with day 31')
ok('h-d', build(7, 7, 77, 777, dnum=True, mark='h', lo=500), 'd+h', '1977-07-07',
   note='D + H: day 47, month 47; individual 77x with YY 77 has no classic row, the 2021 D-table gives 1977')
bad('h-k2', bad_k2(build(1, 1, 50, 321, mark='h')), 'k2')
bad('h-century', build(1, 1, 50, 800, mark='h'), 'century', note='+40 uses the fnr century table: 800 with YY 50 has no row')

# 8. Synthetic numbers: Skatteetaten/Tenor +80, NHN +65 ----------------------------------------
ok('syn80-a', build(14, 3, 85, 123, mark='synthetic'), 'synthetic', '1985-03-14', note='month 83 - 80')
ok('syn80-jan', build(2, 1, 3, 555, mark='synthetic'), 'synthetic', '2003-01-02', note='month 81')
ok('syn80-dec', build(31, 12, 61, 48, mark='synthetic'), 'synthetic', '1961-12-31', note='month 92')
ok('syn80-leap', build(29, 2, 12, 612, mark='synthetic'), 'synthetic', '2012-02-29')
bad('syn80-leap-bad', build(29, 2, 13, 613, mark='synthetic'), 'date')
bad('syn80-31-jun', build(31, 6, 13, 614, mark='synthetic'), 'date', note='month 86 (June) with day 31')
ok('syn80-d', build(19, 4, 94, 288, dnum=True, mark='synthetic'), 'd+synthetic', '1994-04-19',
   note='D + synthetic: day 59, month 84')
ok('syn80-d-both', build(1, 1, 5, 300, dnum=True, mark='synthetic'), 'd+synthetic', ['1905-01-01', '2005-01-01'],
   note='D + synthetic, individual 300 and YY 05: classic 1905, D-table 2005',
   uncertain='ambiguous as d-conflict-both')
ok('syn80-2026', build(1, 11, 24, 500, mark='synthetic', lo=500), 'synthetic', '2024-11-01',
   note='a Tenor-style test person like the sheet\'s 019124, individual walked from 500')
bad('syn80-k1', bad_k1(build(14, 3, 85, 123, mark='synthetic'), 7), 'k1')
bad('syn80-k2', bad_k2(build(14, 3, 85, 123, mark='synthetic')), 'k2')
fut('syn80-future', build(1, 1, 31, 700, mark='synthetic'), 'synthetic', '2031-01-01', note='2031')
ok('syn65-a', build(14, 3, 85, 123, mark='synthetic65'), 'synthetic65', '1985-03-14', note='month 68 - 65 (NHN reserved)')
ok('syn65-jan', build(8, 1, 44, 444, mark='synthetic65'), 'synthetic65', '1944-01-08', note='month 66')
ok('syn65-dec', build(8, 12, 44, 445, mark='synthetic65'), 'synthetic65', '1944-12-08', note='month 77')
ok('syn65-d', build(8, 12, 44, 446, dnum=True, mark='synthetic65'), 'd+synthetic65', '1944-12-08')
bad('syn65-31-sep', build(31, 9, 44, 447, mark='synthetic65'), 'date', note='month 74 (September), day 31')

# 9. FH-numbers (first digit 8 or 9): no date, mod-11 still checked ------------------------------
for i, p in enumerate(('80000012', '81726354', '85550101', '89999999', '90000000', '93141592', '97777777', '99999999')):
    n = raw_any(p, 0)
    ok(f'fh-{i}', n, 'fh', None, note='FH: first digit 8/9, no date, no gender; digits 3-6 need not be a date')
    if i < 4:
        bad(f'fh-k2-{i}', bad_k2(n), 'k2')
n = raw_any('87654321', 0, rem=2)
ok('fh-2032', n, 'fh', None, rule=2032, note='FH with a K1 remainder of 2',
   uncertain='the 2032 rule is Folkeregisteret\'s (fnr and D); a superset validator accepts it, a strict one refuses; either is safe')

# 10. Separators and odd characters ------------------------------------------------------------
S = build(14, 3, 85, 123)  # 140385 123xx
D = build(14, 3, 85, 123, dnum=True)
sep_cases = [
    ('sep-space', S[:6] + ' ' + S[6:], 'valid'),
    ('sep-dash', S[:6] + '-' + S[6:], 'valid'),
    ('sep-dots', S[:2] + '.' + S[2:4] + '.' + S[4:6] + '-' + S[6:], 'valid'),
    ('sep-dots-space', S[:2] + '.' + S[2:4] + '.' + S[4:6] + ' ' + S[6:], 'valid'),
    ('sep-spaces-date', S[:2] + ' ' + S[2:4] + ' ' + S[4:6] + ' ' + S[6:], 'valid'),
    ('sep-3-2', S[:6] + ' ' + S[6:9] + ' ' + S[9:], 'valid'),
    ('sep-lead-trail', '  ' + S + ' ', 'valid'),
    ('sep-double-dash', S[:6] + '--' + S[6:], 'valid'),
    ('sep-every-digit', ' '.join(S), 'valid'),
    ('sep-dots-dnum', D[:2] + '.' + D[2:4] + '.' + D[4:6] + '-' + D[6:], 'valid'),
    ('sep-dash-space', S[:6] + ' - ' + S[6:], 'valid'),
]
for id_, inp, _ in sep_cases:
    n = D if id_.endswith('-dnum') else S
    ok(id_, n, 'fnr' if n == S else 'd', '1985-03-14', inp=inp, note='the sheet: remove spaces, "." and "-"')
bad('sep-slash', S, 'characters', inp=S[:6] + '/' + S[6:], note='"/" is not among the separators the sheet removes')
bad('sep-underscore', S, 'characters', inp=S[:6] + '_' + S[6:])
bad('sep-comma', S, 'characters', inp=S[:6] + ',' + S[6:])
bad('letter-O', S, 'characters', inp=S[:7] + 'O' + S[8:] if S[7] == '0' else S[:3] + 'O' + S[4:],
    note='a letter O typed for a zero')
bad('letter-l', S, 'characters', inp='l' + S[1:] if S[0] == '1' else S[:-1] + 'l', note='a letter l for a one')
bad('plus-prefix', S, 'characters', inp='+' + S)
bad('len-10', S[:10], 'length', note='10 digits')
bad('len-12', S + '5', 'length', note='12 digits')
bad('len-12-zero', '0' + S, 'length', note='a leading zero added: 12 digits')
bad('len-9', S[:9], 'length')
bad('len-1', '7', 'length')
bad('len-0', '', 'length', note='empty')
bad('len-only-seps', ' - . ', 'length', note='nothing but separators')
bad('len-22', S + S, 'length', note='two numbers run together')
add('sep-nbsp', S[:6] + '\u00a0' + S[6:], 'uncertain', normalised=S, kind='fnr', rule=1964, birth_date='1985-03-14',
    note='a no-break space (U+00A0), as pasted from a web page or a PDF; the sheet names only the ASCII space',
    safe='accept it as a space (preferred) or refuse it as malformed; never echo the digits')
add('sep-nnbsp', S[:6] + '\u202f' + S[6:], 'uncertain', normalised=S, kind='fnr', rule=1964, birth_date='1985-03-14',
    note='a narrow no-break space (U+202F)', safe='as sep-nbsp')
add('sep-tab', S[:6] + '\t' + S[6:], 'uncertain', normalised=S, kind='fnr', rule=1964, birth_date='1985-03-14',
    note='a tab between the parts', safe='as sep-nbsp')
add('sep-zwsp', S[:6] + '\u200b' + S[6:], 'uncertain', normalised=S, kind='fnr', rule=1964, birth_date='1985-03-14',
    note='a zero-width space (U+200B) hidden inside', safe='refuse (preferred) or drop it; never echo the digits')
add('sep-en-dash', S[:6] + '\u2013' + S[6:], 'uncertain', normalised=S, kind='fnr', rule=1964, birth_date='1985-03-14',
    note='an en dash (U+2013), as word processors turn "-" into', safe='accept as "-" or refuse; never echo')
add('fullwidth', ''.join(chr(0xFF10 + int(c)) for c in S), 'uncertain', normalised=S, kind='fnr', rule=1964,
    birth_date='1985-03-14', note='full-width digits (U+FF10..FF19), as a Japanese or Chinese IME types them',
    safe='NFKC-normalise and accept, or refuse as not digits; never echo (masking must see them as digits)')
add('arabic-indic', ''.join(chr(0x0660 + int(c)) for c in S), 'uncertain', normalised=S, kind='fnr', rule=1964,
    birth_date='1985-03-14', note='Arabic-Indic digits (U+0660..0669)', safe='as fullwidth')
add('superscript-mix', S[:10] + '\u00b9' if S[10] == '1' else S[:10] + '\u00b2', 'invalid', reason='characters',
    note='a superscript digit at the end: not an ASCII digit (NFKC would turn it into one, so a tool that '
         'normalises reads another number)')

# the person's own number typed with the gender-neutral 2032 K1 (clock-independent sanity)
ok('sep-2032', raw(p9, 1) or raw(p9, 2), 'fnr', '1991-04-27', rule=2032,
   inp=(lambda n: n[:6] + ' ' + n[6:])(raw(p9, 1) or raw(p9, 2)), note='2032-rule number written with a space')

# 11. A few bulk vectors: one valid number per month of a year, both markings ------------------
for m in range(1, 13):
    ok(f'month-sweep-{m:02d}', build(m + 10, m, 93, 100 + m), 'fnr', f'1993-{m:02d}-{m + 10:02d}')
for m in (1, 6, 12):
    ok(f'month-sweep-d{m:02d}', build(m, m, 93, 140 + m, dnum=True), 'd', f'1993-{m:02d}-{m:02d}')
    ok(f'month-sweep-s{m:02d}', build(m, m, 93, 160 + m, mark='synthetic'), 'synthetic', f'1993-{m:02d}-{m:02d}')

# -----------------------------------------------------------------------------------------------
# Organisation numbers (§2)
OW = [3, 2, 7, 6, 5, 4, 3, 2]


def org_check(p8):
    r = sum(int(a) * w for a, w in zip(p8, OW)) % 11
    if r == 0:
        return 0
    if r == 1:
        return None
    return 11 - r


def org_valid(n):
    return len(n) == 9 and n.isdigit() and org_check(n[:8]) is not None and org_check(n[:8]) == int(n[8])


ORG = []


def org(id_, inp, expect, note='', **kw):
    e = {'id': id_, 'input': inp, 'expect': expect}
    e.update(kw)
    if note:
        e['note'] = note
    ORG.append(e)


def org_num(p8):
    c = org_check(p8)
    return None if c is None else p8 + str(c)


valid_orgs = []
for p in ('91234566', '98765432', '81234567', '92400000', '95555555', '87000012', '99887766', '96130251',
          '83300145', '97411122', '88888888', '90000001', '93939393', '84716205', '99999990', '80000000'):
    n = org_num(p)
    if n is None:
        continue
    valid_orgs.append(n)
    org(f'org-valid-{len(valid_orgs)}', n, 'valid', normalised=n, warn_first_digit=False)
# r = 0 -> check digit 0
found = 0
for i in range(90000000, 90002000):
    p = str(i)
    if sum(int(a) * w for a, w in zip(p, OW)) % 11 == 0 and found < 3:
        found += 1
        org(f'org-check0-{found}', p + '0', 'valid', normalised=p + '0', warn_first_digit=False,
            note='remainder 0: the check digit is 0, not 11')
# r = 1 -> no check digit exists; every ninth digit is invalid
found = 0
for i in range(97000000, 97002000):
    p = str(i)
    if sum(int(a) * w for a, w in zip(p, OW)) % 11 == 1:
        found += 1
        for x in ((0, 1, 9) if found == 1 else (5,)):
            org(f'org-rem1-{found}-{x}', p + str(x), 'invalid', reason='remainder-1',
                note='remainder 1: the check digit would be 10, never issued')
        if found == 3:
            break
# first digit other than 8/9: valid, warned about
for p in ('12345670', '20202020', '31415926', '55555555', '70000007', '01234567'):
    n = org_num(p)
    if n:
        org(f'org-other-first-{p[0]}{p[1]}', n, 'valid', normalised=n, warn_first_digit=True,
            note='mod 11 holds; no official first-digit rule, the sheet says warn rather than reject')
# wrong check digit, typos, swaps
for i, n in enumerate(valid_orgs[:8]):
    t = n[:8] + str((int(n[8]) + 1 + i) % 10)
    if not org_valid(t):
        org(f'org-bad-check-{i}', t, 'invalid', reason='check-digit')
for i, n in enumerate(valid_orgs[8:12]):
    pos = 2 + i
    if n[pos] != n[pos + 1]:
        t = n[:pos] + n[pos + 1] + n[pos] + n[pos + 2:]
        assert not org_valid(t)
        # step 2: org-swap-3's prefix has remainder 1, which the code names as such (label was check-digit)
        org(f'org-swap-{i}', t, 'invalid', reason='check-digit' if org_check(t[:8]) is not None else 'remainder-1',
            note=f'digits {pos + 1},{pos + 2} swapped')
A = valid_orgs[0]
B = valid_orgs[1]
C = valid_orgs[2]
grp = lambda n, s: n[:3] + s + n[3:6] + s + n[6:]  # noqa: E731
org('org-fmt-spaces', grp(A, ' '), 'valid', normalised=A)
org('org-fmt-dash', grp(A, '-'), 'valid', normalised=A, note='README lists 988-077-917')
org('org-fmt-dots', grp(A, '.'), 'valid', normalised=A, note='README lists 988.077.917')
org('org-fmt-lead-trail', '  ' + B + ' ', 'valid', normalised=B)
org('org-mva-spaced', 'NO ' + grp(B, ' ') + ' MVA', 'valid', normalised=B, note='NO … MVA, spaced')
org('org-mva-compact', 'NO' + C + 'MVA', 'valid', normalised=C, note='compact MVA form, as in EHF')
org('org-mva-space-before', 'NO ' + C + ' MVA', 'valid', normalised=C)
org('org-peppol-0192', '0192:' + A, 'valid', normalised=A, note='README: 0192:<orgnr> accepted')
org('org-mva-bad', 'NO' + valid_orgs[3][:8] + str((int(valid_orgs[3][8]) + 2) % 10) + 'MVA', 'invalid',
    reason='check-digit', note='MVA form around a number failing mod 11')
org('org-mva-se', 'SE' + C + 'MVA', 'invalid', reason='format', note='not a Norwegian MVA number')
org('org-mva-lower', 'no ' + grp(C, ' ') + ' mva', 'uncertain', normalised=C,
    note='lower case', safe='python-stdnum upper-cases, so accept (preferred); refusing is safe too')
org('org-mva-no-suffix', 'NO' + C, 'uncertain', normalised=C,
    note='NO prefix without MVA', safe='python-stdnum strips each optionally: accept, or refuse as malformed')
org('org-mva-no-prefix', C + 'MVA', 'uncertain', normalised=C, note='MVA suffix without NO', safe='as org-mva-no-suffix')
org('org-peppol-9908', '9908:' + A, 'uncertain', normalised=A,
    note='the deprecated ICD 9908', safe='the sheet: accept 9908 only to normalise it to 0192; refusing is safe too')
org('org-nbsp', A[:3] + '\u00a0' + A[3:6] + '\u00a0' + A[6:], 'uncertain', normalised=A,
    note='no-break spaces (U+00A0)', safe='accept as spaces (preferred) or refuse')
org('org-fullwidth', ''.join(chr(0xFF10 + int(c)) for c in A), 'uncertain', normalised=A,
    note='full-width digits', safe='NFKC and accept, or refuse')
org('org-len-8', A[:8], 'invalid', reason='length')
org('org-len-10', A + '0', 'invalid', reason='length')
org('org-len-10b', '1' + B, 'invalid', reason='length')
org('org-empty', '', 'invalid', reason='length')
org('org-letter', A[:4] + 'O' + A[5:], 'invalid', reason='characters', note='a letter O inside')
org('org-slash', A[:3] + '/' + A[3:], 'invalid', reason='characters')
org('org-fnr', S, 'invalid', reason='length',
    note='an 11-digit national ID typed where an org number belongs: refused, and masked in the message')
org('org-fnr-spaced', S[:6] + ' ' + S[6:], 'invalid', reason='length', note='the same, written 140385 123xx')
org('org-all-zero', '000000000', 'valid', normalised='000000000', warn_first_digit=True,
    note='the weighted sum is 0 so the check digit 0 is right; only the register can say it does not exist',
    uncertain='mod 11 alone says valid; a tool may refuse it as a placeholder; the register lookup finds nothing either way')

# -----------------------------------------------------------------------------------------------
# HMS card numbers (§5: no format, no checksum; README: 4-20 letters and digits, spaces and hyphens
# dropped, upper-cased)
HMS = []


def hms(id_, inp, expect, note='', **kw):
    e = {'id': id_, 'input': inp, 'expect': expect}
    e.update(kw)
    if note:
        e['note'] = note
    HMS.append(e)


hms('hms-digits', '4471029', 'valid', normalised='4471029', note='no checksum: any digits of a sane length')
hms('hms-digits-b', '4471028', 'valid', normalised='4471028', note='the neighbour of hms-digits is just as valid')
hms('hms-alnum', 'ab12cd34', 'valid', normalised='AB12CD34', note='upper-cased')
hms('hms-spaces', 'HMS 2024 0001', 'valid', normalised='HMS20240001')
hms('hms-hyphens', 'K-123-456', 'valid', normalised='K123456')
hms('hms-min', 'A1B2', 'valid', normalised='A1B2', note='4 characters')
hms('hms-max', 'ABCDEFGHIJ0123456789', 'valid', normalised='ABCDEFGHIJ0123456789', note='20 characters')
hms('hms-short', 'A12', 'invalid', reason='length', note='3 characters')
hms('hms-short-after-seps', 'A-1 2', 'invalid', reason='length', note='3 after dropping separators')
hms('hms-long', 'ABCDEFGHIJ01234567890', 'invalid', reason='length', note='21 characters')
hms('hms-empty', '', 'invalid', reason='length')
hms('hms-punct', 'AB12/34', 'invalid', reason='characters')
hms('hms-id06', 'AB1234567890', 'valid', normalised='AB1234567890',
    note='looks like a Swedish ID06 (2 letters + 10 digits): the sheet says do not assume that format, but it is alphanumeric')
hms('hms-nordic', 'ÆØÅ1234', 'uncertain', normalised='ÆØÅ1234',
    safe='README says letters; whether æøå count is not said; accept or refuse, and read it back only cut to 100 chars')
hms('hms-fnr-shaped', S, 'uncertain', normalised=S,
    note='an HMS card number that is a valid fødselsnummer (a national ID typed in the wrong field)',
    safe='accepting it stores a national ID in clear; refuse (preferred) or accept, but never echo it unmasked')


# -----------------------------------------------------------------------------------------------
def check_all():
    errs = []
    for e in NID:
        inp = e['input']
        if e['expect'] == 'uncertain':
            n = e['normalised']
            v, det = derive(n)
            if v != 'valid' or det['birth_date'] != e['birth_date'] or det['kind'] != e['kind']:
                errs.append((e['id'], 'uncertain base', det))
            continue
        n = normalise(inp)
        if e.get('normalised') and n != e['normalised']:
            errs.append((e['id'], 'normalised', n))
        if any(c not in '0123456789 .-' for c in inp):
            v, det = 'invalid', {'reason': 'characters'}
        else:
            v, det = derive(n)
        if v != e['expect']:
            errs.append((e['id'], v, det, e))
            continue
        if v == 'valid':
            for k in ('kind', 'rule', 'birth_date', 'future'):
                if det.get(k) != e.get(k):
                    errs.append((e['id'], k, det[k], e[k]))
        elif det['reason'] != (e['reason'][0] if isinstance(e['reason'], list) else e['reason']):
            errs.append((e['id'], 'reason', det['reason'], e['reason']))
    ids = [e['id'] for e in NID + ORG + HMS]
    dup = {i for i in ids if ids.count(i) > 1}
    if dup:
        errs.append(('duplicate ids', dup))
    for e in ORG:
        inp = e['input']
        if e['expect'] == 'uncertain':
            continue
        n = ''.join(c for c in inp if c not in ' .-')
        if n.startswith('0192:'):
            n = n[5:]
        if n.startswith('NO') and n.endswith('MVA'):
            n = n[2:-3]
        if not n.isdigit() and n:
            want = 'invalid'
        else:
            want = 'valid' if org_valid(n) else 'invalid'
        if want != e['expect']:
            errs.append((e['id'], want, e))
    return errs


def self_test():
    """The sheet's published vectors, only to prove this script's arithmetic (not written out)."""
    for n in ('20036914700', '29020073150', '15108695088', '26111593816', '13049958441', '53097248016',
              '13527248013', '03851598730', '10915596784', '50846202355', '68467038838', '41819077302'):
        assert derive(n)[0] == 'valid', (n, derive(n))
    for n in ('30108299939', '30908299902', '41819077906', '30108299947', '30108299955'):
        v, det = derive(n)
        assert v == 'valid' and det['rule'] == 2032, (n, v, det)
    for n in ('20036914712', '29020105729', '29029900157', '15108695077', '26111593817', '13097248032',
              '13097248023', '02013299987', '02013299996', '30108299963', '30108299904', '13932947702',
              '01129955131', '1510869508'):
        assert derive(n)[0] == 'invalid', (n, derive(n))
    assert derive('41810021827')[1]['birth_date'] == ['1900-01-01', '2000-01-01']
    assert derive('41814061033')[1]['birth_date'] == '1940-01-01'
    assert derive('02013299997') == ('valid', {'kind': 'fnr', 'rule': 1964, 'birth_date': '2032-01-02', 'future': True})
    assert derive('55102499947')[1]['birth_date'] == ['1924-10-15', '2024-10-15']
    for n in ('988077917', '995525828', '981566378', '123456785', '974760673', '991825827'):
        assert org_valid(n), n
    for n in ('988077918', '995525829', '123456789', '111222333', '912345678'):
        assert not org_valid(n), n
    assert build(1, 11, 24, 500, mark='synthetic') == '01912450097'
    assert raw('419124500') == '41912450080' and raw('014124500') == '01412450066'
    assert raw('019124500', 2) == '01912450003' and raw('019124500', 3) == '01912450011'


def emit():
    import yaml

    class Dumper(yaml.SafeDumper):
        pass

    def str_rep(d, s):
        style = '"' if (s == '' or s.isdigit() or any(ord(c) > 126 or c in '\t' for c in s) or s != s.strip()
                        or ':' in s or s.startswith(('-', ' ', '0'))) else None
        return d.represent_scalar('tag:yaml.org,2002:str', s, style=style)

    Dumper.add_representer(str, str_rep)
    head = HEADER.format(n_nid=len(NID), n_org=len(ORG), n_hms=len(HMS),
                         n_all=len(NID) + len(ORG) + len(HMS),
                         n_unc=sum(1 for e in NID + ORG + HMS if e['expect'] == 'uncertain' or 'uncertain' in e))
    body = yaml.dump({'today': TODAY.isoformat(), 'national_ids': NID, 'org_numbers': ORG, 'hms_cards': HMS},
                     Dumper=Dumper, sort_keys=False, allow_unicode=False, width=200, default_flow_style=None)
    sys.stdout.write(head + body)


HEADER = """\
# Identifier vectors of engineer ids14, written BLIND (step 1): only the fact sheet
# /work/shared/reference/norwegian-ids.md and the README's sections on national IDs, org numbers
# and HMS cards were read; no source code and no existing test. Generated by
# test/domain/ids14-vectors-gen.py (check digits computed by the sheet's weights; every answer
# re-derived by a second reading of the sheet in that script). None is copied from the sheet.
#
# {n_all} vectors: {n_nid} person identifiers, {n_org} organisation numbers, {n_hms} HMS card numbers;
# {n_unc} are labelled uncertain.
#
# today: the date the answers assume (births after it are "future"); the answers follow §1.5's
# recipe: FH (first digit 8/9) has no date; day - 40 for D (first digit 4-7); month - 40 (H or
# NAV Dolly), - 65 (NHN), - 80 (Skatteetaten/Tenor synthetic); any other month outside 01-12 is
# invalid; candidate centuries from the classic table (plus the 2021 D-table for D-numbers); a
# number valid only under the 2032 rule (K1 remainder 1-3) is read in both 1900s and 2000s; the
# candidates that are real dates and not after `today` remain; two remaining = ambiguous (a list);
# none remaining but a future one = valid with `future: true` (changed in step 2, see below).
#
# Fields, person identifiers:
#   expect      valid | invalid | uncertain
#   kind        fnr | d | h (month+40: H-nummer or NAV Dolly, the digits cannot tell) | d+h |
#               synthetic (+80) | d+synthetic | synthetic65 (+65) | d+synthetic65 | fh
#   rule        1964 (K1 remainder 0) or 2032 (remainder 1-3: only the 2032 rule accepts it)
#   birth_date  ISO date, null (FH), or a list of two = ambiguous
#   normalised  the 11 digits when the input has separators
#   reason      why invalid: length | characters | k1 (remainder not 0-3) | k2 | day | month |
#               date (no candidate is a real calendar date) | century (no row of the tables);
#               a list when more than one applies (the order of the checks decides which is named)
#   future      true when every candidate date is after `today` (birth_date is then that date)
#   uncertain / safe   where the sheet says nothing or the sources conflict: what a safe tool does.
#               For expect: uncertain the other fields give the preferred reading.
# Whether a kind is acceptable as a customer identity is policy, not validity: +80 and +65 can never
# be a real person; +40 may be a real hospital patient (H) or a NAV test identity; the sheet says a
# production tool should accept synthetic numbers only in test environments.
#
# Step 2 (after reading src/domain/national-id.ts, org-number.ts, learner.ts): labels changed where the
# code was right, each with a note: the six numbers whose only date is after today are valid (the sheet
# lists 02013299997 as valid; a future date only narrows the hint), typo-4 fails its month as well as
# K2, org-swap-3 has remainder 1. Added: r2032-ind*/-d-ind550/-syn-ind620 (the code read a 2032-rule
# number with individual 500-749 as possibly born in the 1800s; fixed in the code).
# Org numbers: normalised = the 9 digits; warn_first_digit = the number does not start with 8 or 9
# (valid, warned about). HMS cards: the sheet defines no format and no checksum (treat as opaque);
# the README's rule (4-20 letters and digits, spaces and hyphens dropped, upper-cased) is used.
"""

if __name__ == '__main__':
    self_test()
    errs = check_all()
    if errs:
        for e in errs:
            print(e, file=sys.stderr)
        raise SystemExit(1)
    emit()
