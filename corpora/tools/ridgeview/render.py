#!/usr/bin/env python3
"""Render the Ridgeview contract outline (contract.outline) to HTML and plain text,
and (with --labels) write the clause labels, keyed by the ids that redline-snapshot prints.

Outline format (one block per line):
  %T text            title-page line            %P text   preamble paragraph
  %TOC               table of contents          # N | Heading | style | topics   article
  # APPENDIX A | Heading | style | topics       # SIDE LETTER NO. 1 | Heading | style | topics
  two spaces of indentation per level below the article; '## text' = an <h2> heading block;
  '| a | b |' lines = table rows (first row is the header); '%CAP text' = table caption.
  A trailing {{t1,t2}} gives a block's topics; {{t1,t2}}* also makes them the default for its
  descendants. Blocks without a mark take the nearest inherited default (the article's primary topic).
Article styles: p (everything in <p>), ol (lettered and roman items as <ol> lists).
"""
import html, json, re, subprocess, sys, os

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, '..', '..', '..'))
DOC = 'corpora/contract/ridgeview-researchers-2024-2028'
SNAP = os.environ.get('REDLINE', '/work/bin/redline-snapshot')

MARK = re.compile(r'\s*\{\{([a-z\-, ]+)\}\}(\*?)\s*$')
LABEL = re.compile(r'^(\([a-z]{1,4}\)|\([0-9]{1,2}\)|[0-9]{1,2}\.(?!\d)|[a-z]\.)\s+')

def parse_outline(path):
    front, arts = [], []
    cur = None
    for raw in open(path, encoding='utf-8'):
        line = raw.rstrip('\n')
        if not line.strip() or line.lstrip().startswith('//'):
            continue
        if line.startswith('%T ') or line.startswith('%P ') or line == '%TOC':
            front.append((line[:2] if line != '%TOC' else '%TOC', smart(line[3:])))
            continue
        if line.startswith('# '):
            num, head, style, topics = [smart(s.strip()) for s in line[2:].split('|')]
            cur = {'num': num, 'head': head, 'style': style,
                   'topics': topics.split(','), 'blocks': []}
            arts.append(cur)
            continue
        ind = len(line) - len(line.lstrip(' '))
        assert ind % 2 == 0, line
        text = smart(line.strip())
        topics, inherit = None, False
        m = MARK.search(text)
        if m:
            topics = [t.strip() for t in m.group(1).split(',')]
            inherit = m.group(2) == '*'
            text = text[:m.start()]
        kind = 'p'
        if text.startswith('## '):
            kind, text = 'h2', text[3:]
        elif text.startswith('%CAP '):
            kind, text = 'cap', text[5:]
        elif text.startswith('|'):
            kind = 'row'
        cur['blocks'].append({'level': ind // 2 + 1, 'kind': kind, 'text': text,
                              'topics': topics, 'inherit': inherit})
    # page numbers for the table of contents: roughly 600 words to a page
    page, words = 3, 0
    for a in arts:
        a['page'] = page + words // 600
        words += sum(len(b['text'].split()) for b in a['blocks']) + 60
    # merge table rows
    for a in arts:
        out = []
        for b in a['blocks']:
            if b['kind'] == 'row':
                cells = [c.strip() for c in b['text'].strip('|').split('|')]
                if out and out[-1]['kind'] == 'table' and out[-1]['level'] == b['level']:
                    out[-1]['rows'].append(cells)
                    continue
                b = dict(b, kind='table', rows=[cells])
            out.append(b)
        a['blocks'] = out
    return front, arts

def art_heading(a):
    n = a['num']
    if n.startswith('APPENDIX') or n.startswith('SIDE'):
        return f"{n} – {a['head']}"
    return f"Article {n}. {a['head']}"

def smart(s):
    s = re.sub(r'(^|[\s(\[—–-])"', lambda m: m.group(1) + '\u201c', s)
    s = s.replace('"', '\u201d')
    s = re.sub(r"(^|[\s(\[—–-])'", lambda m: m.group(1) + '\u2018', s)
    s = s.replace("'", '\u2019')
    return s

def toc_entry(a):
    # hand-kept table of contents with dot leaders and page numbers
    return f"{art_heading(a)} ........ {a['page']}"

def esc(s):
    s = html.escape(s, quote=False)
    return s

def fmt_inline(text, level, style):
    # bold the "Section 7.1 Title." lead-in of a section paragraph
    m = re.match(r'^(Section \d+\.\d+ [^.]+\.)(\s+)(.*)$', text)
    if m:
        return f'<b>{esc(m.group(1))}</b>{m.group(2)}{esc(m.group(3))}'
    m = re.match(r'^(Section \d+\.\d+ [^.]+\.)$', text)
    if m:
        return f'<b>{esc(text)}</b>'
    return esc(text)

MARGIN = {1: None, 2: '0.5in', 3: '1in', 4: '1.5in', 5: '2in'}

def ptag(level, inner, cls='western'):
    mg = MARGIN.get(level)
    if mg:
        return f'<p class="{cls}" style="margin-left: {mg}; margin-bottom: 0.08in">{inner}</p>'
    return f'<p class="{cls}" style="margin-bottom: 0.08in">{inner}</p>'

def list_type(label):
    if re.match(r'^\((i|ii|iii|iv|v|vi|vii|viii|ix|x)\)$', label):
        return 'i'
    if re.match(r'^\([a-z]\)$', label):
        return 'a'
    if re.match(r'^\d+\.$', label):
        return '1'
    return None

def table_html(b):
    rows = b['rows']
    out = ['<table width="100%" cellpadding="4" cellspacing="0" border="1">']
    out.append('<tr>' + ''.join(f'<th><p align="center">{esc(c)}</p></th>' for c in rows[0]) + '</tr>')
    for r in rows[1:]:
        out.append('<tr>' + ''.join(f'<td><p align="{"left" if i == 0 else "right"}">{esc(c)}</p></td>'
                                    for i, c in enumerate(r)) + '</tr>')
    out.append('</table>')
    return out

def render_html(front, arts):
    L = []  # list of (line_text, block or None)
    def emit(s, blk=None):
        L.append((s, blk))
    emit('<!DOCTYPE HTML PUBLIC "-//W3C//DTD HTML 4.0 Transitional//EN">')
    emit('<html>')
    emit('<head>')
    emit('\t<meta http-equiv="content-type" content="text/html; charset=utf-8"/>')
    emit('\t<title>Ridgeview State University – Ridgeview Researchers United Agreement 2024–2028</title>')
    emit('\t<meta name="generator" content="LibreOffice 7.6.4.1 (Linux)"/>')
    emit('\t<meta name="created" content="2024-10-02T09:14:00"/>')
    emit('\t<style type="text/css">')
    emit('\t\t@page { size: 8.5in 11in; margin: 1in }')
    emit('\t\tp { line-height: 115%; margin-bottom: 0.1in; background: transparent }')
    emit('\t\th1 { margin-top: 0.33in; margin-bottom: 0.08in; background: transparent; page-break-after: avoid }')
    emit('\t\th1.western { font-family: "Liberation Serif", serif; font-size: 14pt; font-weight: bold }')
    emit('\t\th2.western { font-family: "Liberation Serif", serif; font-size: 12pt; font-weight: bold }')
    emit('\t\tp.title { text-align: center; font-weight: bold }')
    emit('\t\ttd p { margin-bottom: 0in }')
    emit('\t</style>')
    emit('</head>')
    emit('<body lang="en-US" link="#000080" vlink="#800000" dir="ltr">')
    for kind, text in front:
        if kind == '%T':
            emit(f'<p class="title" align="center" style="margin-bottom: 0.08in">{esc(text)}</p>')
        elif kind == '%P':
            emit(f'<p class="western" align="justify" style="margin-bottom: 0.08in">{esc(text)}</p>')
        elif kind == '%TOC':
            emit('<p class="western" align="center" style="margin-top: 0.25in; margin-bottom: 0.08in"><b>TABLE OF CONTENTS</b></p>')
            for a in arts:
                emit(f'<p class="toc" style="margin-left: 0.25in; margin-bottom: 0in">{esc(toc_entry(a))}</p>')
    for a in arts:
        emit(f'<h1 class="western">{esc(art_heading(a))}</h1>', a)
        blocks = a['blocks']
        i = 0
        open_lists = []  # stack of (level, type)
        def close_to(level):
            while open_lists and open_lists[-1][0] >= level:
                lv, _ = open_lists.pop()
                emit('</li>')
                emit('</ol>')
        prev_labelled = False
        for idx, b in enumerate(blocks):
            prev_labelled = idx > 0 and blocks[idx-1]['level'] >= 2 and bool(LABEL.match(blocks[idx-1]['text']))
            if b['kind'] == 'table':
                close_to(1)
                for s in table_html(b)[:1]:
                    emit(s, b)
                for s in table_html(b)[1:]:
                    emit(s)
                continue
            if b['kind'] == 'h2':
                close_to(1)
                emit(f'<h2 class="western">{esc(b["text"])}</h2>', b)
                continue
            if b['kind'] == 'cap':
                close_to(1)
                emit(f'<p class="western" align="center" style="margin-bottom: 0.08in"><b>{esc(b["text"])}</b></p>', b)
                continue
            m = LABEL.match(b['text'])
            lt = list_type(m.group(1)) if m else None
            if a['style'] == 'ol' and lt in ('a', 'i') and b['level'] >= 2:
                lv = b['level']
                if open_lists and open_lists[-1][0] == lv:
                    emit('</li>')
                else:
                    close_to(lv + 1)
                    if open_lists and open_lists[-1][0] == lv:
                        emit('</li>')
                    else:
                        close_to(lv)
                        emit(f'<ol type="{lt}">')
                        open_lists.append((lv, lt))
                body = b['text'][m.end():]
                emit(f'<li><p class="western" style="margin-bottom: 0.08in">{esc(body)}</p>', b)
                continue
            close_to(1)
            level = b['level']
            if not m and level == 2 and prev_labelled:
                level = 1   # a closing paragraph after a list sits flush with the section text
            emit(ptag(level, fmt_inline(b['text'], b['level'], a['style'])), b)
        close_to(1)
    emit('</body>')
    emit('</html>')
    return L

def render_txt(front, arts):
    L = []
    def emit(s, blk=None):
        L.append((s, blk))
        L.append(('', None))
    for kind, text in front:
        if kind == '%T':
            L.append((text, None))
        elif kind == '%P':
            if L and L[-1][0] != '':
                L.append(('', None))
            emit(text)
        elif kind == '%TOC':
            emit('TABLE OF CONTENTS')
            for a in arts:
                L.append((toc_entry(a), None))
            L.append(('', None))
    for a in arts:
        emit(art_heading(a).upper() if False else art_heading(a), a)
        for b in a['blocks']:
            if b['kind'] == 'table':
                rows = b['rows']
                w = [max(len(r[i]) for r in rows) for i in range(len(rows[0]))]
                first = True
                for r in rows:
                    s = '   '.join((c.ljust(w[i]) if i == 0 else c.rjust(w[i])) for i, c in enumerate(r)).rstrip()
                    L.append((s, b if first else None))
                    first = False
                L.append(('', None))
                continue
            emit(b['text'], b)
    return L

def write(lines, path):
    with open(path, 'w', encoding='utf-8') as f:
        for s, _ in lines:
            f.write(s + '\n')

def snapshot_json(path):
    out = subprocess.run([SNAP, 'parse', '--format', 'json', path], capture_output=True, text=True)
    return json.loads(out.stdout)

def nodes(tree):
    res = []
    def walk(n):
        for c in n.get('children', []):
            res.append(c)
            walk(c)
    walk(tree)
    return res

def resolve_topics(arts):
    """Give every block its topics: explicit mark, else inherited default."""
    for a in arts:
        stack = [(0, a['topics'][:1])]
        for b in a['blocks']:
            lv = b['level']
            while stack and stack[-1][0] >= lv:
                stack.pop()
            default = stack[-1][1]
            b['resolved'] = b['topics'] or default
            stack.append((lv, b['resolved'] if b['inherit'] else default))
        a['resolved'] = a['topics']

def labels(lines, arts, path, docname):
    line_of = {}
    for i, (s, blk) in enumerate(lines, start=1):
        if blk is not None:
            line_of.setdefault(i, []).append(blk)
    tree = snapshot_json(path)
    out, problems = [], []
    for n in nodes(tree):
        if n['id'].startswith('preface'):
            continue
        ln = n['location']['line']
        cands = line_of.get(ln, [])
        blk = None
        for c in cands:
            is_table = isinstance(c, dict) and c.get('kind') == 'table'
            if (n['kind'] == 'table') == is_table:
                blk = c
        if blk is None:
            problems.append(f"no block for {n['id']} at line {ln}")
            continue
        topics = blk['resolved']
        out.append({'document': docname, 'id': n['id'], 'topics': topics})
    return out, problems

if __name__ == '__main__':
    front, arts = parse_outline(os.path.join(HERE, 'contract.outline'))
    resolve_topics(arts)
    h = render_html(front, arts)
    t = render_txt(front, arts)
    hp = os.path.join(ROOT, DOC + '.html')
    tp = os.path.join(ROOT, DOC + '.txt')
    write(h, hp)
    if '--txt' in sys.argv:
        write(t, tp)
    if '--labels' in sys.argv:
        todo = [(h, hp, DOC + '.html', 'corpora/labels/ridgeview-researchers-2024-2028.jsonl')]
        # The text twin is not labelled: the same clause under two document paths would leak
        # between the training and held-out splits.
        for lines, path, docname, labelfile in todo:
            out, problems = labels(lines, arts, path, docname)
            for p in problems:
                print('PROBLEM', p, file=sys.stderr)
            lp = os.path.join(ROOT, labelfile)
            os.makedirs(os.path.dirname(lp), exist_ok=True)
            with open(lp, 'w', encoding='utf-8') as f:
                for o in out:
                    f.write(json.dumps(o, ensure_ascii=False, separators=(',', ':')) + '\n')
            print(len(out), 'labels ->', labelfile, file=sys.stderr)
