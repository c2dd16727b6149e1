"""Merges the hand-written tickets (hand-0N.yaml) and the generated ones (gen.py) into the four YAML files
and writes README.txt. Run from anywhere: python3 test/triage/blind14/scripts/build.py"""
import collections, json, os, yaml
import gen

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
FILES = {1: '01-login-access.yaml', 2: '02-employer-company.yaml', 3: '03-courses-training.yaml', 4: '04-privacy-other.yaml'}

def q(s):
    return json.dumps(s, ensure_ascii=False)

def emit(t):
    L = [f'- id: {t["id"]}', f'  lang: {t["lang"]}', f'  topics: [{", ".join(t["topics"])}]',
         f'  from: {q(t["from"])}', f'  subject: {q(t["subject"])}', '  body: |']
    for line in t['body'].rstrip('\n').split('\n'):
        L.append(('    ' + line).rstrip() if line.strip() else '')
    L.append('  expect:')
    e = t['expect']
    for k in ('names', 'birthDates', 'emails', 'orgNumbers'):
        if k in e or k in ('names', 'birthDates', 'emails'):
            L.append(f'    {k}: [{", ".join(q(x) for x in e.get(k, []))}]')
    if e.get('nationalId'):
        L.append(f'    nationalId: {q(e["nationalId"])}')
    return '\n'.join(L)

def main():
    g = gen.build()
    all_items = []
    counts = {}
    for f, name in FILES.items():
        hand = yaml.safe_load(open(os.path.join(HERE, f'hand-0{f}.yaml')))
        for h in hand:
            h['_hand'] = True
        items = hand + g[f]
        counts[name] = len(items)
        text = f'# blind14 (writer blind14w) held-out triage set, file {name}: {len(items)} tickets\n'
        text += '\n'.join(emit(t) for t in items) + '\n'
        open(os.path.join(OUT, name), 'w').write(text)
        back = yaml.safe_load(text)
        for a, b in zip(items, back):
            for k in ('id', 'lang', 'topics', 'from', 'subject'):
                assert a[k] == b[k], (a['id'], k)
            assert a['body'].rstrip('\n') == b['body'].rstrip('\n'), a['id']
            for k, v in a['expect'].items():
                assert b['expect'].get(k) == v, (a['id'], k)
        all_items += items
    lang = collections.Counter(t['lang'] for t in all_items)
    main_t = collections.Counter(t['topics'][0] for t in all_items)
    second = sum(len(t['topics']) > 1 for t in all_items)
    hand = sum(1 for t in all_items if t.get('_hand'))
    nid = sum(1 for t in all_items if t['expect'].get('nationalId'))
    every = collections.Counter(x for t in all_items for x in t['topics'])
    readme = open(os.path.join(HERE, 'README.head.txt')).read().format(
        TOTAL=len(all_items), FILES=', '.join(f'{k}={v}' for k, v in counts.items()),
        LANG=', '.join(f'{k}={v}' for k, v in sorted(lang.items())), SECOND=second, HAND=hand, GEN=len(all_items) - hand,
        NID=nid, MAIN=', '.join(f'{k}={v}' for k, v in main_t.most_common()),
        ALL=', '.join(f'{k}={v}' for k, v in every.most_common()))
    open(os.path.join(OUT, 'README.txt'), 'w').write(readme)
    print(readme)

if __name__ == '__main__':
    main()
