#!/usr/bin/env python3
"""Validate a clause-label file against the parse and print topic counts.

usage: label_stats.py LABELS.jsonl [--markdown]
Checks: every id exists in `redline-snapshot parse` of the labelled document, every node of
the parse outside the preface is labelled, no id is labelled twice, 1-3 topics per clause,
every topic is one of the ids in /work/shared/TOPICS.md (or corpora/labels/TOPICS if present).
"""
import json, re, subprocess, sys, os, collections

SNAP = os.environ.get('REDLINE', '/work/bin/redline-snapshot')
TOPICS = ['recognition', 'definitions', 'management-rights', 'union-security', 'union-access',
          'labor-management', 'appointments', 'appointment-security', 'posting-selection',
          'classification', 'workload-hours', 'overtime', 'wages', 'pay-administration',
          'fee-remission', 'health-welfare', 'retirement', 'leaves', 'holidays-vacation',
          'childcare-family', 'health-safety', 'non-discrimination', 'accommodations',
          'immigration', 'discipline', 'grievance-arbitration', 'personnel-files', 'layoff',
          'training', 'workspace-transit', 'no-strike', 'duration-general']

def parse_ids(doc):
    out = subprocess.run([SNAP, 'parse', '--format', 'json', doc], capture_output=True, text=True)
    tree = json.loads(out.stdout)
    ids = []
    def walk(n):
        for c in n.get('children', []):
            ids.append((c['id'], c['kind']))
            walk(c)
    walk(tree)
    return ids

def main():
    path = sys.argv[1]
    rows = [json.loads(l) for l in open(path, encoding='utf-8') if l.strip()]
    errors = []
    docs = {r['document'] for r in rows}
    root = os.getcwd()
    all_ids = {}
    for d in docs:
        all_ids[d] = dict(parse_ids(os.path.join(root, d)))
    seen = set()
    for r in rows:
        key = (r['document'], r['id'])
        if key in seen:
            errors.append(f'duplicate {key}')
        seen.add(key)
        if r['id'] not in all_ids[r['document']]:
            errors.append(f'not in parse: {r["id"]}')
        t = r['topics']
        if not 1 <= len(t) <= 3 or len(set(t)) != len(t):
            errors.append(f'bad topic list {r["id"]}: {t}')
        for x in t:
            if x not in TOPICS:
                errors.append(f'unknown topic {x} in {r["id"]}')
    for d, ids in all_ids.items():
        for i in ids:
            if not i.startswith('preface') and (d, i) not in seen:
                errors.append(f'unlabelled node {i}')
    prim = collections.Counter(r['topics'][0] for r in rows)
    anyc = collections.Counter(x for r in rows for x in r['topics'])
    kinds = collections.Counter(all_ids[r['document']][r['id']] for r in rows if r['id'] in all_ids[r['document']])
    multi = sum(1 for r in rows if len(r['topics']) > 1)
    print(f'{len(rows)} labelled nodes; {multi} with more than one topic; kinds: ' +
          ', '.join(f'{k} {v}' for k, v in sorted(kinds.items())))
    print()
    print('| topic | primary | any |')
    print('|---|---:|---:|')
    for t in TOPICS:
        print(f'| {t} | {prim[t]} | {anyc[t]} |')
    if errors:
        print('\nERRORS:', *errors, sep='\n  ', file=sys.stderr)
        sys.exit(1)

if __name__ == '__main__':
    main()
