#!/usr/bin/env python3
"""Build the Redline test corpora from one source of truth.

    python3 corpora/tools/build_corpora.py

Reads the contract text (contract_text.py) and the bargaining sequences
(proposals_text.py), both written as Python data, and writes under corpora/:

  contract/lsu-contract-2023-2026.{word.html,plain.html,txt}
  proposals/<NN>-<slug>/{01..04}-*.{word.html,gdocs.html}, clean/*.txt, 04-*.docx
  manifest.json

Output is deterministic: no timestamps, sorted JSON keys, hashes from hashlib.
After writing, the script re-reads every file and checks it (HTML parses, the
windows-1252 file decodes, the three contract formats carry the same text, and the
accept-all / reject-all reading of every proposal equals its clean text / the current
contract).  It exits non-zero if any check fails.
"""

from __future__ import annotations

import copy
import difflib
import hashlib
import html
import json
import os
import re
import shutil
import subprocess
import sys
import zipfile
from decimal import ROUND_HALF_UP, Decimal
from html.parser import HTMLParser
from pathlib import Path

sys.dont_write_bytecode = True  # keep corpora/tools free of __pycache__
HERE = Path(__file__).resolve().parent
CORPORA = HERE.parent
sys.path.insert(0, str(HERE))

import contract_text as CT  # noqa: E402
import proposals_text as PT  # noqa: E402
from outline import (  # noqa: E402
    STYLES,
    Article,
    Node,
    assign_ids,
    assign_styles,
    build_article,
    find,
    flatten,
    fmt_label,
    parse_outline,
    relabel,
    smart,
)

EN = "\u2013"
EM = "\u2014"

# =============================================================================
# Tables (computed, so every number is consistent)
# =============================================================================

BASE_2022 = [2840, 2960, 3085, 3215, 3350, 3490]  # TA monthly, 50%, 2022-23 (not printed)
CONTRACT_YEARS = ["2023\u201324", "2024\u201325", "2025\u201326"]
CONTRACT_PCTS = ["5.0", "4.0", "3.5"]
HOURLY_2023 = Decimal("21.50")


def rnd(x: Decimal, q: str = "1") -> Decimal:
    return x.quantize(Decimal(q), rounding=ROUND_HALF_UP)


def money(x: Decimal, cents: bool = False) -> str:
    if cents:
        return "${:,.2f}".format(x)
    return "${:,}".format(int(x))


def scale(base: list[int], pcts: list[str]) -> list[list[Decimal]]:
    """Rates per year for each step; each year is computed from the previous rounded rate."""
    out = []
    for b in base:
        row, cur = [], Decimal(b)
        for p in pcts:
            cur = rnd(cur * (1 + Decimal(p) / 100))
            row.append(cur)
        out.append(row)
    return out


def cumulative(pcts: list[str]) -> list[str]:
    out, f = [], Decimal(1)
    for p in pcts:
        f *= 1 + Decimal(p) / 100
        out.append(f"{rnd((f - 1) * 100, '0.1')}%")
    return out


def wages_table(years: list[str], pcts: list[str], base: list[int], base_label: str) -> dict:
    rows = scale(base, pcts)
    body = [[f"Step {i + 1}"] + [money(v) for v in r] for i, r in enumerate(rows)]
    body.append(["General increase"] + [f"{p}%" for p in pcts])
    body.append([f"Total (cumulative from {base_label} rates)"] + cumulative(pcts))
    return {
        "caption": f"Table 1 {EN} Teaching Assistant Monthly Salary Rates (50% Appointment)",
        "header": ["Step"] + years,
        "rows": body,
        "total_rows": 1,
    }


CONTRACT_SCALE = scale(BASE_2022, CONTRACT_PCTS)
RATES_2025 = [int(r[-1]) for r in CONTRACT_SCALE]


def hourly_rates(start: Decimal, pcts: list[str]) -> list[Decimal]:
    out, cur = [start], start
    for p in pcts[1:]:
        cur = rnd(cur * (1 + Decimal(p) / 100), "0.01")
        out.append(cur)
    return out


def contract_tables() -> dict:
    t = {"wages": wages_table(CONTRACT_YEARS, CONTRACT_PCTS, BASE_2022, "2022\u201323")}
    t["a1"] = {
        "caption": f"Table A-1 {EN} Teaching Assistant Annual Rates (100% Time, Academic Year)",
        "header": ["Step"] + CONTRACT_YEARS,
        "rows": [[f"Step {i + 1}"] + [money(v * 18) for v in r] for i, r in enumerate(CONTRACT_SCALE)],
        "total_rows": 0,
    }
    t["a2"] = {
        "caption": f"Table A-2 {EN} Teaching Fellow Monthly Rates (50% Appointment)",
        "header": ["Step"] + CONTRACT_YEARS,
        "rows": [[f"Step {i + 1}"] + [money(rnd(v * Decimal("1.06"))) for v in r] for i, r in enumerate(CONTRACT_SCALE)],
        "total_rows": 0,
    }
    hr = hourly_rates(HOURLY_2023, CONTRACT_PCTS)
    lead = [h + Decimal("1.50") for h in hr]
    t["a3"] = {
        "caption": f"Table A-3 {EN} Reader and Tutor Hourly Rates",
        "header": ["Title"] + CONTRACT_YEARS,
        "rows": [
            ["Reader"] + [money(h, True) for h in hr],
            ["Tutor"] + [money(h, True) for h in hr],
            [f"Tutor {EN} Lead"] + [money(h, True) for h in lead],
        ],
        "total_rows": 0,
    }
    return t


def table_cells(t: dict) -> list[list[str]]:
    return [t["header"]] + t["rows"]


# =============================================================================
# Loading the contract
# =============================================================================


def load_contract() -> tuple[list[Article], dict]:
    tables = contract_tables()
    arts = [build_article(spec) for spec in CT.ARTICLES]
    for a in arts:
        for n, _ in flatten(a.nodes):
            if n.table:
                assert n.table in tables, n.table
    return arts, tables


# =============================================================================
# Cross-references
# =============================================================================

XREF_RE = re.compile(
    r"(?P<sec>Section (?P<sec_lab>[A-Z](?:\.\d+)?|\d+\.\d+|\d+) of (?:(?P<this>this Article)|Article (?P<sec_art>\d+)))"
    r"|(?P<art>Article (?P<art_no>\d+)(?: \((?P<art_title>[^)]+)\))?(?:, Section (?P<art_sec>[A-Z](?:\.\d+)?))?)"
    r"|(?P<app>Appendix (?P<app_l>[A-Z]))"
    r"|(?P<name>the (?P<name_t>[A-Z][a-z]+(?: [A-Z][a-z]+)*) article)"
    r"|(?P<tab>Table (?P<tab_n>[A-Z]-\d+|\d+))"
)


def section_path(lab: str, art_nodes: list[Node]) -> list[str]:
    if re.fullmatch(r"\d+\.\d+", lab):
        return [lab]
    if re.fullmatch(r"\d+", lab):
        for cand in (f"Section {lab}.", f"{lab}."):
            if any(n.label == cand for n in art_nodes):
                return [cand]
        return [f"{lab}."]
    return [p + "." for p in lab.split(".")]


def resolve_path(nodes: list[Node], path: list[str]) -> Node | None:
    level, found = nodes, None
    for lab in path:
        found = next((n for n in level if n.label == lab), None)
        if found is None:
            return None
        level = found.children
    return found


def xrefs_in(text: str, article: Article, articles_by_no: dict) -> list[dict]:
    out = []
    for m in XREF_RE.finditer(text):
        if m.group("sec"):
            lab = m.group("sec_lab")
            art_no = article.number if m.group("this") else int(m.group("sec_art"))
            out.append({"text": m.group(0), "kind": "section", "target": f"{art_no}:{lab}",
                        "_art": art_no, "_lab": lab, "_this": bool(m.group("this"))})
        elif m.group("art"):
            no = int(m.group("art_no"))
            if m.group("art_sec"):
                out.append({"text": m.group(0), "kind": "section", "target": f"{no}:{m.group('art_sec')}",
                            "_art": no, "_lab": m.group("art_sec"), "_this": False, "_title": m.group("art_title")})
            else:
                out.append({"text": m.group(0), "kind": "article", "target": str(no), "_title": m.group("art_title")})
        elif m.group("app"):
            out.append({"text": m.group(0), "kind": "appendix", "target": m.group("app_l")})
        elif m.group("name"):
            name = m.group("name_t")
            target = next((str(a.number) for a in articles_by_no.values()
                           if a.kind == "article" and a.title.lower() == name.lower()), None)
            if target is None:
                continue  # not a reference to an article by name
            out.append({"text": m.group(0), "kind": "article-by-name", "target": target})
        elif m.group("tab"):
            out.append({"text": m.group(0), "kind": "table", "target": m.group("tab_n")})
    return out


def node_texts(n: Node) -> list[str]:
    return [t for t in (n.heading, n.runin, n.text) if t]


def check_xrefs(article: Article, articles_by_no: dict, table_names: set, where: str) -> list[dict]:
    """Return all cross-references of an article and raise if one does not resolve."""
    refs = []
    for n, _ in flatten(article.nodes):
        for t in node_texts(n):
            for r in xrefs_in(t, article, articles_by_no):
                r["_node"] = n.id
                refs.append(r)
    for r in refs:
        if r["kind"] == "article":
            a = articles_by_no.get(int(r["target"]))
            assert a, (where, r)
            if r["_title"]:
                assert r["_title"].lower() == a.title.lower(), (where, r, a.title)
        elif r["kind"] == "section":
            a = article if r["_this"] else articles_by_no[r["_art"]]
            if r.get("_title"):
                assert r["_title"].lower() == a.title.lower(), (where, r)
            r["_resolved"] = resolve_path(a.nodes, section_path(r["_lab"], a.nodes))
        elif r["kind"] == "appendix":
            assert ("appendix", r["target"]) in {(x.kind, x.number) for x in articles_by_no.values()} or \
                r["target"] in APPENDIX_LETTERS, (where, r)
        elif r["kind"] == "table":
            assert r["target"] in table_names, (where, r)
    return refs


APPENDIX_LETTERS: set = set()


def label_chain(nodes: list[Node], node_id: str) -> str | None:
    """'B.3' style path of a node (labels joined, trailing dots dropped), or None."""
    def walk(level, acc):
        for n in level:
            here = acc + [n.label.rstrip(".") if n.label else "\u00b6"]
            if n.id == node_id:
                return here
            got = walk(n.children, here)
            if got:
                return got
        return None
    chain = walk(nodes, [])
    return ".".join(chain) if chain else None


def public_ref(r: dict, in_key: str | None = None) -> dict:
    d = {"text": r["text"], "kind": r["kind"], "target": r["target"]}
    if in_key:
        d["in"] = in_key
    return d


# =============================================================================
# Plain-text rendering (contract .txt and clean/*.txt)
# =============================================================================


def txt_table(t: dict) -> str:
    cells = table_cells(t)
    widths = [max(len(r[i]) for r in cells) for i in range(len(cells[0]))]
    lines = [t["caption"]]
    for r in cells:
        parts = [r[0].ljust(widths[0])] + [c.rjust(w) for c, w in zip(r[1:], widths[1:])]
        lines.append("   ".join(parts).rstrip())
    return "\n".join(lines)


def txt_article(a: Article, tables: dict) -> list[str]:
    blocks = [a.heading]
    for n, _ in flatten(a.nodes):
        if n.table:
            blocks.append(txt_table(tables[n.table]))
        else:
            blocks.append(n.line_text())
    return blocks


def render_txt(arts: list[Article], tables: dict) -> str:
    blocks = ["\n".join(CT.TITLE_LINES)]
    blocks += [smart(p) for p in CT.PREAMBLE]
    for a in arts:
        blocks += txt_article(a, tables)
    return "\n\n".join(blocks) + "\n"


# =============================================================================
# Plain HTML5 rendering
# =============================================================================

E = html.escape


def esc(s: str) -> str:
    return html.escape(s, quote=False)


def plain_inline(n: Node) -> str:
    body = ""
    if n.runin:
        body += f"<strong>{esc(n.runin)}</strong> "
    body += esc(n.text or "")
    return body


def plain_table(t: dict, cls: str) -> list[str]:
    out = [f'<table class="{cls}">', f"<caption>{esc(t['caption'])}</caption>", "<thead>", "<tr>"]
    out += [f'<th scope="col">{esc(h)}</th>' for h in t["header"]]
    out += ["</tr>", "</thead>", "<tbody>"]
    nt = t.get("total_rows", 0)
    body_rows = t["rows"][: len(t["rows"]) - nt] if nt else t["rows"]
    foot_rows = t["rows"][len(t["rows"]) - nt:] if nt else []
    for r in body_rows:
        out.append("<tr>" + f'<th scope="row">{esc(r[0])}</th>' + "".join(f"<td>{esc(c)}</td>" for c in r[1:]) + "</tr>")
    out.append("</tbody>")
    if foot_rows:
        out.append("<tfoot>")
        for r in foot_rows:
            out.append('<tr class="total">' + f'<th scope="row">{esc(r[0])}</th>' + "".join(f"<td>{esc(c)}</td>" for c in r[1:]) + "</tr>")
        out.append("</tfoot>")
    out.append("</table>")
    return out


OL_TYPE = {"UA": "A", "N": "1", "la": "a", "lr": "i"}


def plain_ol(nodes: list[Node], depth: int) -> list[str]:
    """Render a sibling group as an HTML list: the numbers exist only in the list."""
    labelled = [n for n in nodes if n.label]
    assert len(labelled) == len(nodes), "unlabelled paragraphs are not used inside <ol> articles"
    style = nodes[0].style
    out = [f'<ol type="{OL_TYPE[style]}">']
    for n in nodes:
        if n.heading is not None:
            tag = "h2" if depth == 0 else "h3"
            item = f"<li><{tag}>{esc(n.heading)}</{tag}>"
        else:
            item = f"<li>{plain_inline(n)}"
        if n.children:
            out.append(item)
            out += plain_ol(n.children, depth + 1)
            out.append("</li>")
        else:
            out.append(item + "</li>")
    out.append("</ol>")
    return out


def render_plain(arts: list[Article], tables: dict) -> str:
    out = [
        "<!DOCTYPE html>",
        '<html lang="en">',
        "<head>",
        '<meta charset="utf-8">',
        f"<title>{esc(CT.DOC_TITLE)}</title>",
        "<style>",
        "body { font-family: Georgia, serif; max-width: 46em; margin: 2em auto; line-height: 1.45; }",
        "h1 { font-size: 1.25em; margin-top: 2.5em; }",
        "h2 { font-size: 1.05em; }",
        ".doc-title { text-align: center; font-weight: bold; margin: .2em 0; }",
        ".l1 { margin-left: 2em; } .l2 { margin-left: 4em; } .l3 { margin-left: 6em; } .l4 { margin-left: 8em; }",
        "table.salary { border-collapse: collapse; } table.salary td, table.salary th { border: 1px solid #999; padding: .2em .6em; }",
        "table.salary td { text-align: right; } tr.total { font-weight: bold; }",
        "</style>",
        "</head>",
        "<body>",
        '<header id="title">',
    ]
    out += [f'<p class="doc-title">{esc(line)}</p>' for line in CT.TITLE_LINES]
    out.append("</header>")
    out.append('<section id="preamble">')
    out += [f"<p>{esc(smart(p))}</p>" for p in CT.PREAMBLE]
    out.append("</section>")
    for a in arts:
        sid = {"article": f"article-{a.number}", "appendix": f"appendix-{str(a.number).lower()}",
               "side-letter": f"side-letter-{a.number}"}[a.kind]
        out.append(f'<section id="{sid}">')
        out.append(f"<h1>{esc(a.heading)}</h1>")
        if a.plain_html_lists:
            out += plain_ol(a.nodes, 0)
        else:
            for n, d in flatten(a.nodes):
                if n.table:
                    out += plain_table(tables[n.table], "salary")
                elif n.heading is not None:
                    tag = "h2" if d == 0 else "h3"
                    out.append(f"<{tag}>{esc(n.label)} {esc(n.heading)}</{tag}>")
                else:
                    cls = f' class="l{d}"' if d else ""
                    lab = f"{esc(n.label)} " if n.label else ""
                    out.append(f"<p{cls}>{lab}{plain_inline(n)}</p>")
        out.append("</section>")
    out += ["</body>", "</html>", ""]
    return "\n".join(out)


# =============================================================================
# Word ("Save as Web Page") rendering of the contract
# =============================================================================

WORD_NS = (
    '<html xmlns:v="urn:schemas-microsoft-com:vml"\r\n'
    'xmlns:o="urn:schemas-microsoft-com:office:office"\r\n'
    'xmlns:w="urn:schemas-microsoft-com:office:word"\r\n'
    'xmlns:m="http://schemas.microsoft.com/office/2004/12/omml"\r\n'
    'xmlns="http://www.w3.org/TR/REC-html40">'
)

MSO_FORMAT = {
    "UA": ("alpha-upper", "%{lvl}\\."),
    "N": (None, "%{lvl}\\."),
    "la": ("alpha-lower", "%{lvl}\\."),
    "lr": ("roman-lower", "%{lvl}\\."),
    "pla": ("alpha-lower", "\\(%{lvl}\\)"),
    "plr": ("roman-lower", "\\(%{lvl}\\)"),
    "pn": (None, "\\(%{lvl}\\)"),
    "sec": (None, "Section %{lvl}\\."),
    "dec": (None, "{art}\\.%{lvl}"),
}

WORD_STYLE_HEAD = """<style>
<!--
 /* Font Definitions */
 @font-face
	{font-family:"Cambria Math";
	panose-1:2 4 5 3 5 4 6 3 2 4;
	mso-font-charset:0;
	mso-generic-font-family:roman;
	mso-font-pitch:variable;
	mso-font-signature:-536870145 1107305727 0 0 415 0;}
@font-face
	{font-family:Calibri;
	panose-1:2 15 5 2 2 2 4 3 2 4;
	mso-font-charset:0;
	mso-generic-font-family:swiss;
	mso-font-pitch:variable;
	mso-font-signature:-469750017 -1073732485 9 0 511 0;}
 /* Style Definitions */
 p.MsoNormal, li.MsoNormal, div.MsoNormal
	{mso-style-unhide:no;
	mso-style-qformat:yes;
	mso-style-parent:"";
	margin-top:0in;
	margin-right:0in;
	margin-bottom:8.0pt;
	margin-left:0in;
	text-align:justify;
	line-height:107%;
	mso-pagination:widow-orphan;
	font-size:12.0pt;
	font-family:"Times New Roman",serif;
	mso-fareast-font-family:Calibri;}
h1
	{mso-style-priority:9;
	mso-style-qformat:yes;
	mso-style-link:"Heading 1 Char";
	margin-top:12.0pt;
	margin-right:0in;
	margin-bottom:12.0pt;
	margin-left:0in;
	text-align:center;
	page-break-after:avoid;
	mso-outline-level:1;
	font-size:13.0pt;
	font-family:"Times New Roman",serif;
	font-weight:bold;}
h2
	{mso-style-priority:9;
	mso-style-qformat:yes;
	mso-style-link:"Heading 2 Char";
	margin-top:10.0pt;
	margin-right:0in;
	margin-bottom:6.0pt;
	margin-left:0in;
	page-break-after:avoid;
	mso-outline-level:2;
	font-size:12.0pt;
	font-family:"Times New Roman",serif;
	font-weight:bold;}
p.MsoCaption, li.MsoCaption, div.MsoCaption
	{mso-style-priority:35;
	mso-style-qformat:yes;
	margin-top:6.0pt;
	margin-right:0in;
	margin-bottom:4.0pt;
	margin-left:0in;
	font-size:11.0pt;
	font-family:"Times New Roman",serif;
	font-weight:bold;}
p.MsoListParagraph, li.MsoListParagraph, div.MsoListParagraph
	{mso-style-priority:34;
	mso-style-qformat:yes;
	margin-top:0in;
	margin-right:0in;
	margin-bottom:8.0pt;
	margin-left:.5in;
	mso-add-space:auto;
	text-align:justify;
	font-size:12.0pt;
	font-family:"Times New Roman",serif;}
p.MsoListParagraphCxSpFirst, li.MsoListParagraphCxSpFirst, div.MsoListParagraphCxSpFirst
	{mso-style-priority:34;
	mso-style-qformat:yes;
	mso-style-type:export-only;
	margin-top:0in;
	margin-right:0in;
	margin-bottom:0in;
	margin-left:.5in;
	mso-add-space:auto;
	font-size:12.0pt;
	font-family:"Times New Roman",serif;}
p.MsoListParagraphCxSpMiddle, li.MsoListParagraphCxSpMiddle, div.MsoListParagraphCxSpMiddle
	{mso-style-priority:34;
	mso-style-qformat:yes;
	mso-style-type:export-only;
	margin-top:0in;
	margin-right:0in;
	margin-bottom:0in;
	margin-left:.5in;
	mso-add-space:auto;
	font-size:12.0pt;
	font-family:"Times New Roman",serif;}
p.MsoListParagraphCxSpLast, li.MsoListParagraphCxSpLast, div.MsoListParagraphCxSpLast
	{mso-style-priority:34;
	mso-style-qformat:yes;
	mso-style-type:export-only;
	margin-top:0in;
	margin-right:0in;
	margin-bottom:8.0pt;
	margin-left:.5in;
	mso-add-space:auto;
	font-size:12.0pt;
	font-family:"Times New Roman",serif;}
.MsoChpDefault
	{mso-style-type:export-only;
	mso-default-props:yes;
	font-family:"Calibri",sans-serif;}
@page WordSection1
	{size:8.5in 11.0in;
	margin:1.0in 1.0in 1.0in 1.0in;
	mso-header-margin:.5in;
	mso-footer-margin:.5in;
	mso-paper-source:0;}
div.WordSection1
	{page:WordSection1;}
"""


def wrap_word(line: str, width: int = 76) -> str:
    """Hard-wrap a line of Word HTML at spaces, the way Word's HTML writer does."""
    protected = line.replace("<![if !supportLists]>", "<![if\x00!supportLists]>")
    protected = re.sub(r'"[^"\r\n]*"', lambda m: m.group(0).replace(" ", "\x00"), protected)
    words = protected.split(" ")
    out, cur = [], ""
    for w in words:
        if cur and len(cur) + 1 + len(w) > width:
            out.append(cur)
            cur = w
        else:
            cur = f"{cur} {w}" if cur else w
    out.append(cur)
    return "\r\n".join(out).replace("\x00", " ")


class WordLists:
    """Allocates Word list ids (one per sibling group) and writes the @list CSS."""

    def __init__(self):
        self.defs: list[str] = []
        self.by_group: dict[int, int] = {}
        self.n = 0

    def list_for(self, group_key: int, style: str, level: int, art) -> int:
        if group_key not in self.by_group:
            lid = self.n
            self.n += 1
            self.by_group[group_key] = lid
            fmtname, text = MSO_FORMAT[style]
            text = text.replace("{lvl}", str(level)).replace("{art}", str(art))
            digest = int(hashlib.sha1(f"{art}-{lid}".encode()).hexdigest()[:8], 16) % 2000000000
            self.defs.append(f"@list l{lid}\n\t{{mso-list-id:{digest};\n\tmso-list-type:hybrid;}}")
            props = [f"mso-level-text:\"{text}\";", "mso-level-tab-stop:none;", "mso-level-number-position:left;",
                     f"margin-left:{0.25 + 0.5 * (level - 1):.2f}in;", "text-indent:-.25in;"]
            if fmtname:
                props.insert(0, f"mso-level-number-format:{fmtname};")
            self.defs.append(f"@list l{lid}:level{level}\n\t{{" + "\n\t".join(props) + "}")
        return self.by_group[group_key]


def word_label(label: str, pad: int = 4) -> str:
    return ("<![if !supportLists]><span style='mso-list:Ignore'>" + esc(label)
            + "<span style='font:7.0pt \"Times New Roman\"'>" + "&nbsp;" * pad + " </span></span><![endif]>")


def word_inline(n: Node) -> str:
    body = ""
    if n.runin:
        body += f"<b>{esc(n.runin)}</b> "
    body += esc(n.text or "")
    return body


def word_table(t: dict) -> list[str]:
    ncol = len(t["header"])
    w0, wn = 216, int((624 - 216) / (ncol - 1))
    out = [f"<p class=MsoCaption style='page-break-after:avoid'>{esc(t['caption'])}<o:p></o:p></p>",
           "<table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0",
           " style='border-collapse:collapse;border:none;mso-border-alt:solid windowtext .5pt;",
           " mso-yfti-tbllook:1184;mso-padding-alt:0in 5.4pt 0in 5.4pt'>"]
    rows = table_cells(t)
    nt = t.get("total_rows", 0)
    for ri, r in enumerate(rows):
        attrs = [f"mso-yfti-irow:{ri}"]
        if ri == 0:
            attrs.append("mso-yfti-firstrow:yes")
        if ri == len(rows) - 1:
            attrs.append("mso-yfti-lastrow:yes")
        out.append(f" <tr style='{';'.join(attrs)}'>")
        bold = ri == 0 or (nt and ri >= len(rows) - nt)
        for ci, c in enumerate(r):
            w = w0 if ci == 0 else wn
            align = "" if ci == 0 else " align=right style='text-align:right'"
            cell = f"<b>{esc(c)}<o:p></o:p></b>" if bold else f"{esc(c)}<o:p></o:p>"
            out.append(f"  <td width={w} valign=top style='width:{w * 0.75:.1f}pt;border:solid windowtext 1.0pt;"
                       f"mso-border-alt:solid windowtext .5pt;padding:0in 5.4pt 0in 5.4pt'>")
            out.append(f"  <p class=MsoNormal{align}>{cell}</p>")
            out.append("  </td>")
        out.append(" </tr>")
    out.append("</table>")
    out.append("<p class=MsoNormal><o:p>&nbsp;</o:p></p>")
    return out


def render_word(arts: list[Article], tables: dict) -> str:
    lists = WordLists()
    body: list[str] = []
    body.append("<div class=WordSection1>")
    for line in CT.TITLE_LINES:
        body.append(f"<p class=MsoNormal align=center style='text-align:center'><b><span style='font-size:14.0pt'>"
                    f"{esc(line)}<o:p></o:p></span></b></p>")
    body.append("<p class=MsoNormal><o:p>&nbsp;</o:p></p>")
    for p in CT.PREAMBLE:
        body.append(f"<p class=MsoNormal>{esc(smart(p))}<o:p></o:p></p>")
    for ai, a in enumerate(arts):
        body.append("<span style='font-size:12.0pt;line-height:107%;font-family:\"Times New Roman\",serif;"
                    "mso-fareast-font-family:Calibri'><br clear=all style='mso-special-character:line-break;"
                    "page-break-before:always'>\r\n</span>")
        body.append(f"<h1><a name=\"_Toc{150000 + ai * 7}\"><span style='mso-fareast-font-family:\"Times New Roman\"'>"
                    f"{esc(a.heading)}</span></a><o:p></o:p></h1>")
        flat = list(flatten(a.nodes))
        # parent of each node, to group siblings into Word lists
        parent_of: dict[int, int] = {}

        def walk(nodes, pid):
            for n in nodes:
                parent_of[id(n)] = pid
                walk(n.children, id(n))
        walk(a.nodes, 0)

        # compute list-paragraph run positions (First/Middle/Last) for labelled, non-heading paragraphs
        kinds = []
        for n, d in flat:
            if n.table:
                kinds.append("table")
            elif n.label and n.heading is not None and d == 0:
                kinds.append("h2")
            elif n.label:
                kinds.append("li")
            else:
                kinds.append("p")
        for i, (n, d) in enumerate(flat):
            k = kinds[i]
            if k == "table":
                body += word_table(tables[n.table])
                continue
            ml = 0.5 * d
            if k == "p":
                style = f" style='margin-left:{ml + 0.25:.2f}in'" if d else ""
                body.append(f"<p class=MsoNormal{style}>{word_inline(n)}<o:p></o:p></p>")
                continue
            lid = lists.list_for((id(a), parent_of[id(n)]), n.style, d + 1, a.number)
            lfo = lid + 1
            pad = 5 if len(n.label) <= 3 else 2
            if k == "h2":
                body.append(f"<h2 style='margin-left:.5in;text-indent:-.5in;mso-list:l{lid} level1 lfo{lfo}'>"
                            + word_label(n.label, pad)
                            + f"<span style='mso-fareast-font-family:\"Times New Roman\"'>{esc(n.heading)}</span>"
                            "<o:p></o:p></h2>")
                continue
            prev_li = i > 0 and kinds[i - 1] == "li"
            next_li = i + 1 < len(flat) and kinds[i + 1] == "li"
            cls = ("MsoListParagraph" if not prev_li and not next_li else
                   "MsoListParagraphCxSpFirst" if not prev_li else
                   "MsoListParagraphCxSpLast" if not next_li else "MsoListParagraphCxSpMiddle")
            indent = "-.5in" if len(n.label) > 4 else "-.25in"
            content = f"<b>{esc(n.heading)}</b>" if n.heading is not None else word_inline(n)
            body.append(f"<p class={cls} style='margin-left:{ml + 0.5:.2f}in;mso-add-space:auto;text-indent:{indent};"
                        f"mso-list:l{lid} level{d + 1} lfo{lfo}'>" + word_label(n.label, pad) + content + "<o:p></o:p></p>")
        body.append("<p class=MsoNormal><o:p>&nbsp;</o:p></p>")
    body.append("</div>")

    nwords = len(render_txt(arts, tables).split())
    head = [
        WORD_NS, "", "<head>",
        "<meta http-equiv=Content-Type content=\"text/html; charset=windows-1252\">",
        "<meta name=ProgId content=Word.Document>",
        "<meta name=Generator content=\"Microsoft Word 15\">",
        "<meta name=Originator content=\"Microsoft Word 15\">",
        f"<title>{esc(CT.DOC_TITLE)}</title>",
        "<!--[if gte mso 9]><xml>",
        " <o:DocumentProperties>",
        "  <o:Author>Office of Labor Relations</o:Author>",
        "  <o:LastAuthor>Office of Labor Relations</o:LastAuthor>",
        "  <o:Revision>23</o:Revision>",
        f"  <o:Words>{nwords}</o:Words>",
        "  <o:Company>Lakeshore State University</o:Company>",
        "  <o:Version>16.00</o:Version>",
        " </o:DocumentProperties>",
        "</xml><![endif]-->",
        "<!--[if gte mso 9]><xml>",
        " <w:WordDocument>",
        "  <w:View>Print</w:View>",
        "  <w:Zoom>100</w:Zoom>",
        "  <w:TrackMoves>false</w:TrackMoves>",
        "  <w:TrackFormatting/>",
        " </w:WordDocument>",
        "</xml><![endif]-->",
        WORD_STYLE_HEAD.replace("\n", "\r\n").rstrip("\r\n"),
    ]
    head += [d.replace("\n", "\r\n") for d in lists.defs]
    head += ["ol\r\n\t{margin-bottom:0in;}", "ul\r\n\t{margin-bottom:0in;}", "-->", "</style>", "</head>", "",
             "<body lang=EN-US style='tab-interval:.5in;word-wrap:break-word'>", ""]
    lines = head + [wrap_word(b) for b in body] + ["", "</body>", "", "</html>", ""]
    return "\r\n".join(lines)


# =============================================================================
# Proposals: applying edits
# =============================================================================


class Editor:
    """Applies a version's edit operations to a copy of the current article."""

    def __init__(self, article: Article, tables: dict, seq_key: str, version: str):
        self.a = copy.deepcopy(article)
        self.tables = dict(tables)
        self.serial = 0
        self.prefix = f"+{seq_key}.{version}"

    def _new(self, block: str) -> list[Node]:
        nodes = parse_outline(block)
        assign_styles(nodes, self.a.number, check=False)
        self.serial += 1
        assign_ids(nodes, f"{self.prefix}.{self.serial}")
        return nodes

    def apply(self, op: tuple) -> None:
        kind = op[0]
        if kind == "sub":
            _, nid, old, new = op
            n = find(self.a.nodes, nid)[0][find(self.a.nodes, nid)[1]]
            old, new = smart(old), smart(new)
            hits = [f for f in ("text", "runin", "heading") if getattr(n, f) and old in getattr(n, f)]
            assert len(hits) == 1 and getattr(n, hits[0]).count(old) == 1, (self.prefix, nid, old, hits)
            setattr(n, hits[0], getattr(n, hits[0]).replace(old, new))
        elif kind in ("insert_before", "insert_after"):
            _, nid, block = op
            sib, i = find(self.a.nodes, nid)
            new = self._new(block)
            pos = i if kind == "insert_before" else i + 1
            sib[pos:pos] = new
        elif kind == "append":
            _, pid, block = op
            target = self.a.nodes if pid == "" else find(self.a.nodes, pid)[0][find(self.a.nodes, pid)[1]].children
            target.extend(self._new(block))
        elif kind == "delete":
            _, nid = op
            sib, i = find(self.a.nodes, nid)
            del sib[i]
        elif kind in ("move_after", "move_before", "move_into"):
            _, nid, dest = op
            sib, i = find(self.a.nodes, nid)
            node = sib.pop(i)
            if kind == "move_into":
                find(self.a.nodes, dest)[0][find(self.a.nodes, dest)[1]].children.append(node)
            else:
                dsib, j = find(self.a.nodes, dest)
                dsib.insert(j + 1 if kind == "move_after" else j, node)
        elif kind == "table":
            _, name, tdef = op
            if "pcts" in tdef:
                tdef = wages_table(tdef["years"], tdef["pcts"], RATES_2025, tdef["base_label"])
            self.tables[name] = tdef
        else:
            raise ValueError(op)

    def result(self) -> tuple[Article, dict]:
        relabel(self.a.nodes, self.a.number)
        return self.a, self.tables


# =============================================================================
# Proposals: diffing the current article against a version
# =============================================================================

TOKEN_RE = re.compile(r"\s+|[^\s]+")


def word_diff(old: str | None, new: str | None) -> list[tuple[str, str]]:
    old, new = old or "", new or ""
    if old == new:
        return [("=", old)] if old else []
    a, b = TOKEN_RE.findall(old), TOKEN_RE.findall(new)
    sm = difflib.SequenceMatcher(None, a, b, autojunk=False)
    chunks = [[tag, a[i1:i2], b[j1:j2]] for tag, i1, i2, j1, j2 in sm.get_opcodes()]
    # merge "change, single space, change" into one phrase-level change, as people mark them
    merged = True
    while merged:
        merged = False
        for k in range(1, len(chunks) - 1):
            t0, t1, t2 = chunks[k - 1], chunks[k], chunks[k + 1]
            if t1[0] == "equal" and t0[0] != "equal" and t2[0] != "equal" and \
                    len(t1[1]) <= 3 and all(len(x) <= 4 for x in t1[1]) and any(x.isspace() for x in t1[1]):
                chunks[k - 1:k + 2] = [["replace", t0[1] + t1[1] + t2[1], t0[2] + t1[2] + t2[2]]]
                merged = True
                break
    segs: list[tuple[str, str]] = []
    for tag, x, y in chunks:
        if tag == "equal":
            segs.append(("=", "".join(x)))
        else:
            if x:
                segs.append(("-", "".join(x)))
            if y:
                segs.append(("+", "".join(y)))
    # keep a space outside the marks when a whole word is deleted or inserted between words
    return [s for s in segs if s[1]]


def whole(op: str, s: str | None) -> list[tuple[str, str]]:
    return [(op, s)] if s else []


class Entry:
    """One paragraph of a marked-up proposal."""

    def __init__(self, status, depth, node, old=None, parent_key=None):
        self.status = status  # "=", "+", "-"
        self.depth = depth
        self.node = node  # the node as displayed (new for = and +, old for -)
        self.old = old
        self.parent_key = parent_key
        self.label: list = []
        self.heading: list = []
        self.runin: list = []
        self.text: list = []
        self.table = None  # dict(caption=segs, rows=[[segs]])

    @property
    def is_heading(self):
        return self.node.heading is not None

    def accept(self, part) -> str:
        return "".join(t for op, t in part if op != "-")

    def reject(self, part) -> str:
        return "".join(t for op, t in part if op != "+")


def flat_with_parent(nodes, depth=0, parent=""):
    for n in nodes:
        yield n, depth, parent
        yield from flat_with_parent(n.children, depth + 1, n.id)


def diff_article(cur: Article, ver: Article, cur_tables: dict, ver_tables: dict) -> list[Entry]:
    old = list(flat_with_parent(cur.nodes))
    new = list(flat_with_parent(ver.nodes))
    sm = difflib.SequenceMatcher(None, [n.id for n, _, _ in old], [n.id for n, _, _ in new], autojunk=False)
    entries: list[Entry] = []

    def mk_whole(n, d, p, op, tables):
        e = Entry(op, d, n, parent_key=p)
        e.label = whole(op, n.label)
        e.heading = whole(op, n.heading)
        e.runin = whole(op, n.runin)
        e.text = whole(op, n.text)
        if n.table:
            t = tables[n.table]
            e.table = {"caption": whole(op, t["caption"]), "rows": [[whole(op, c) for c in r] for r in table_cells(t)],
                       "total_rows": t.get("total_rows", 0)}
        return e

    for tag, i1, i2, j1, j2 in sm.get_opcodes():
        if tag == "equal":
            for (on, od, op_), (nn, nd, np_) in zip(old[i1:i2], new[j1:j2]):
                e = Entry("=", nd, nn, old=on, parent_key=np_)
                e.label = word_diff(on.label, nn.label) if on.label != nn.label else whole("=", nn.label)
                if on.label != nn.label and on.label and nn.label:
                    e.label = [("-", on.label), ("+", nn.label)]
                e.heading = word_diff(on.heading, nn.heading)
                e.runin = word_diff(on.runin, nn.runin)
                e.text = word_diff(on.text, nn.text)
                if nn.table:
                    to, tn = cur_tables[on.table], ver_tables[nn.table]
                    ro, rn = table_cells(to), table_cells(tn)
                    assert len(ro) == len(rn) and all(len(x) == len(y) for x, y in zip(ro, rn)), "table shape changed"
                    cell = lambda a_, b_: [("=", a_)] if a_ == b_ else [("-", a_), ("+", b_)]  # noqa: E731
                    e.table = {"caption": word_diff(to["caption"], tn["caption"]),
                               "rows": [[cell(x, y) for x, y in zip(r1, r2)] for r1, r2 in zip(ro, rn)],
                               "total_rows": tn.get("total_rows", 0)}
                if e.status == "=" and any(op != "=" for part in (e.label, e.heading, e.runin, e.text) for op, _ in part):
                    e.status = "~"
                if e.table and any(op != "=" for r in e.table["rows"] for c in r for op, _ in c):
                    e.status = "~"
                entries.append(e)
        else:
            for on, od, op_ in old[i1:i2]:
                entries.append(mk_whole(on, od, op_, "-", cur_tables))
            for nn, nd, np_ in new[j1:j2]:
                entries.append(mk_whole(nn, nd, np_, "+", ver_tables))
    return entries


# =============================================================================
# Proposals: rendering
# =============================================================================

PARTY = {
    "01-union-initial": ("UNION PROPOSAL", "union", "initial proposal"),
    "02-management-counter": ("UNIVERSITY COUNTER-PROPOSAL", "university", "counter-proposal"),
    "03-union-counter": ("UNION COUNTER-PROPOSAL", "union", "counter-proposal"),
    "04-tentative-agreement": ("TENTATIVE AGREEMENT", "both", "tentative agreement"),
}


def us_date(iso: str) -> str:
    y, m, d = iso.split("-")
    return f"{int(m)}/{int(d)}/{y}"


def title_case(t: str) -> str:
    small = {"and", "of", "the"}
    words = t.lower().split()
    return " ".join(w if (i and w in small) else w[:1].upper() + w[1:] for i, w in enumerate(words))


def header_lines(seq: dict, version: str, art: Article) -> dict:
    label, party, _ = PARTY[version]
    v = seq["versions"][version]
    when = us_date(v["date"])
    name = f"Article {art.number} {title_case(art.title)}"
    if version == "04-tentative-agreement":
        main = f"{label} {EM} {name} {EM} {when}"
    else:
        main = f"{label} {EM} {name} {EM} Presented {when}"
    top = ["GRADUATE WORKERS UNION, UAW LOCAL 4811 AND LAKESHORE STATE UNIVERSITY",
           f"Academic Student Employees {EN} Successor Negotiations 2026"]
    notes = []
    if v.get("responds_to"):
        notes.append(f"Responds to the {v['responds_to']}.")
    notes.append("Changes are shown against the 2023\u20132026 Agreement: underlined text is added, "
                 "struck text is deleted.")
    if party == "union":
        notes.append("The Union reserves the right to add to, modify or withdraw this proposal.")
    elif party == "university":
        notes.append("The University reserves the right to add to, modify or withdraw this counter-proposal.")
    else:
        notes.append("This tentative agreement is subject to ratification by the Union\u2019s members and approval "
                     "by the University\u2019s Board of Trustees.")
    return {"top": top, "main": main, "notes": notes}


SIGNATURES = [
    ("For Lakeshore State University:", "Marisol Okafor, Director of Labor Relations"),
    ("For the Graduate Workers Union, UAW Local 4811:", "Dev Ramanathan, Bargaining Chair"),
]


def segs_html(segs, tags) -> str:
    out = []
    for op, t in segs:
        t = esc(t)
        if op == "+":
            out.append(f"<{tags['ins']}>{t}</{tags['ins']}>")
        elif op == "-":
            out.append(f"<{tags['del']}>{t}</{tags['del']}>")
        else:
            out.append(t)
    return "".join(out)


def render_prop_word(entries: list[Entry], hdr: dict, art: Article, version: str, tags: dict, doc_title: str) -> str:
    tab = "<span style='mso-tab-count:1'>&nbsp;&nbsp;&nbsp;&nbsp;&nbsp; </span>"
    body = ["<div class=WordSection1>"]
    for line in hdr["top"]:
        body.append(f"<p class=MsoNormal align=center style='margin-bottom:0in;text-align:center'><b>{esc(line)}<o:p></o:p></b></p>")
    body.append(f"<p class=MsoNormal align=center style='margin-top:12.0pt;text-align:center'><b><span style='font-size:13.0pt'>"
                f"{esc(hdr['main'])}<o:p></o:p></span></b></p>")
    for line in hdr["notes"]:
        body.append(f"<p class=MsoNormal align=center style='text-align:center'><i>{esc(line)}</i><o:p></o:p></p>")
    body.append("<p class=MsoNormal><o:p>&nbsp;</o:p></p>")
    body.append(f"<h1>{esc(art.heading)}<o:p></o:p></h1>")
    for e in entries:
        d = e.depth
        if e.table:
            t = e.table
            body.append(f"<p class=MsoCaption style='page-break-after:avoid'>{segs_html(t['caption'], tags)}<o:p></o:p></p>")
            body.append("<table class=MsoTableGrid border=1 cellspacing=0 cellpadding=0 style='border-collapse:collapse;"
                        "border:none;mso-border-alt:solid windowtext .5pt;mso-yfti-tbllook:1184'>")
            nrows = len(t["rows"])
            for ri, r in enumerate(t["rows"]):
                body.append(f" <tr style='mso-yfti-irow:{ri}'>")
                for ci, c in enumerate(r):
                    inner = segs_html(c, tags)
                    if ri == 0 or ri >= nrows - t["total_rows"]:
                        inner = f"<b>{inner}</b>"
                    al = "" if ci == 0 else " align=right style='text-align:right'"
                    body.append(f"  <td valign=top style='border:solid windowtext 1.0pt;padding:0in 5.4pt 0in 5.4pt'>"
                                f"<p class=MsoNormal{al}>{inner}<o:p></o:p></p></td>")
                body.append(" </tr>")
            body.append("</table>")
            continue
        ml = 0.5 * (d + 1)
        if e.node.label:
            lab = segs_html(e.label, tags) + tab
            style = f"margin-left:{ml:.2f}in;text-indent:-.5in"
        else:
            lab = ""
            style = f"margin-left:{ml:.2f}in" if d else ""
        if e.is_heading:
            content = f"<b>{lab}{segs_html(e.heading, tags)}</b>"
            style += ";page-break-after:avoid"
        else:
            content = lab
            if e.node.runin:
                content += f"<b>{segs_html(e.runin, tags)}</b> "
            content += segs_html(e.text, tags)
        st = f" style='{style.lstrip(';')}'" if style else ""
        body.append(f"<p class=MsoNormal{st}>{content}<o:p></o:p></p>")
    if version == "04-tentative-agreement":
        body.append("<p class=MsoNormal><o:p>&nbsp;</o:p></p>")
        for who, name in SIGNATURES:
            body.append(f"<p class=MsoNormal style='margin-top:18.0pt;margin-bottom:0in'><b>{esc(who)}</b><o:p></o:p></p>")
            body.append("<p class=MsoNormal style='margin-top:18.0pt;margin-bottom:0in'>"
                        "______________________________<span style='mso-tab-count:1'>&nbsp;&nbsp;&nbsp; </span>"
                        "Date: ______________<o:p></o:p></p>")
            body.append(f"<p class=MsoNormal>{esc(name)}<o:p></o:p></p>")
    body.append("</div>")
    head = [WORD_NS, "", "<head>",
            "<meta http-equiv=Content-Type content=\"text/html; charset=utf-8\">",
            "<meta name=ProgId content=Word.Document>",
            "<meta name=Generator content=\"Microsoft Word 15\">",
            "<meta name=Originator content=\"Microsoft Word 15\">",
            f"<title>{esc(doc_title)}</title>",
            "<style>", "<!--",
            " p.MsoNormal, li.MsoNormal, div.MsoNormal\r\n\t{margin:0in;margin-bottom:8.0pt;font-size:12.0pt;"
            "font-family:\"Times New Roman\",serif;}",
            "h1\r\n\t{margin-top:12.0pt;margin-bottom:12.0pt;text-align:center;font-size:13.0pt;font-weight:bold;}",
            "p.MsoCaption\r\n\t{font-size:11.0pt;font-weight:bold;}",
            "@page WordSection1\r\n\t{size:8.5in 11.0in;margin:1.0in 1.0in 1.0in 1.0in;}",
            "div.WordSection1\r\n\t{page:WordSection1;}",
            "-->", "</style>", "</head>", "",
            "<body lang=EN-US style='tab-interval:.5in;word-wrap:break-word'>", ""]
    lines = head + [wrap_word(b) for b in body] + ["", "</body>", "", "</html>", ""]
    return "\r\n".join(lines)


# Google Docs export ---------------------------------------------------------------

GD_BASE_CLASSES = {
    # style combination -> css
    "text": "color:#000000;font-weight:400;text-decoration:none;vertical-align:baseline;font-size:11pt;font-family:\"Arial\";font-style:normal",
    "bold": "color:#000000;font-weight:700;text-decoration:none;vertical-align:baseline;font-size:11pt;font-family:\"Arial\";font-style:normal",
    "ins": "text-decoration:underline",
    "del": "text-decoration:line-through",
    "bold_ins": "font-weight:700;text-decoration:underline",
    "bold_del": "font-weight:700;text-decoration:line-through",
    "ital": "font-style:italic;font-weight:400",
    "para": "padding-top:0pt;padding-bottom:8pt;line-height:1.15;orphans:2;widows:2;text-align:left",
    "para_center": "padding-top:0pt;padding-bottom:0pt;line-height:1.15;orphans:2;widows:2;text-align:center",
    "h1": "padding-top:12pt;padding-bottom:12pt;line-height:1.15;page-break-after:avoid;text-align:center",
    "ol": "padding:0;margin:0",
    "li": "margin-left:36pt;padding-left:0pt",
    "li2": "margin-left:72pt;padding-left:0pt",
    "li3": "margin-left:108pt;padding-left:0pt",
    "ind1": "margin-left:36pt",
    "ind2": "margin-left:72pt",
    "ind3": "margin-left:108pt",
    "table": "border-spacing:0;border-collapse:collapse;margin-right:auto",
    "td": "border-right-style:solid;padding:5pt 5pt 5pt 5pt;border-bottom-color:#000000;border-top-width:1pt;border-right-width:1pt;border-left-color:#000000;vertical-align:top;border-right-color:#000000;border-left-width:1pt;border-top-style:solid;border-left-style:solid;border-bottom-width:1pt;width:117pt;border-top-color:#000000;border-bottom-style:solid",
    "empty": "height:11pt",
    "doc": "background-color:#ffffff;max-width:468pt;padding:72pt 72pt 72pt 72pt",
}


def gd_classmap(fname: str) -> dict:
    """Google Docs numbers its classes arbitrarily; vary them per file, but keep c3/c7 in the 01 files."""
    keys = sorted(GD_BASE_CLASSES)
    if fname.startswith("01-"):
        fixed = {"text": 0, "ins": 3, "del": 7, "bold": 4, "para": 1}
        rest = [k for k in keys if k not in fixed]
        free = [i for i in range(len(keys) + 2) if i not in fixed.values()]
        m = dict(fixed)
        for k, i in zip(rest, free):
            m[k] = i
    else:
        order = sorted(keys, key=lambda k: hashlib.sha1(f"{fname}:{k}".encode()).hexdigest())
        m = {k: i for i, k in enumerate(order)}
    return {k: f"c{v}" for k, v in m.items()}


GD_COUNTER = {"UA": "upper-latin", "N": "decimal", "la": "lower-latin", "lr": "lower-roman", "pla": "lower-latin",
              "plr": "lower-roman", "pn": "decimal", "sec": "decimal", "dec": "decimal"}


def gd_list_id(seq_key: str, parent_key: str) -> str:
    return "lst-kix_" + hashlib.sha1(f"{seq_key}|{parent_key}".encode()).hexdigest()[:12]


def render_prop_gdocs(entries: list[Entry], hdr: dict, art: Article, version: str, seq_key: str, fname: str) -> str:
    C = gd_classmap(fname)

    def spans(segs, bold=False):
        out = []
        for op, t in segs:
            if op == "+":
                cls = C["bold_ins"] if bold else C["ins"]
            elif op == "-":
                cls = C["bold_del"] if bold else C["del"]
            else:
                cls = C["bold"] if bold else C["text"]
            out.append(f'<span class="{cls}">{esc(t)}</span>')
        return "".join(out)

    body: list[str] = []
    for line in hdr["top"]:
        body.append(f'<p class="{C["para_center"]}"><span class="{C["bold"]}">{esc(line)}</span></p>')
    body.append(f'<p class="{C["para_center"]}"><span class="{C["bold"]}">{esc(hdr["main"])}</span></p>')
    for line in hdr["notes"]:
        body.append(f'<p class="{C["para_center"]}"><span class="{C["ital"]}">{esc(line)}</span></p>')
    body.append(f'<p class="{C["para"]} {C["empty"]}"><span class="{C["text"]}"></span></p>')
    hid = "h." + hashlib.sha1(f"{seq_key}{version}".encode()).hexdigest()[:12]
    body.append(f'<h1 class="{C["h1"]}" id="{hid}"><span class="{C["bold"]}">{esc(art.heading)}</span></h1>')

    counters: dict[str, int] = {}
    list_styles: dict[str, tuple[str, int]] = {}
    open_list: str | None = None  # list id of the currently open <ol>
    for e in entries:
        d = e.depth
        n = e.node
        if e.table:
            if open_list:
                body.append("</ol>")
                open_list = None
            t = e.table
            body.append(f'<p class="{C["para"]}">{spans(t["caption"], bold=True)}</p>')
            body.append(f'<table class="{C["table"]}">')
            nrows = len(t["rows"])
            for ri, r in enumerate(t["rows"]):
                body.append("<tr>")
                for c in r:
                    bold = ri == 0 or ri >= nrows - t["total_rows"]
                    body.append(f'<td class="{C["td"]}" colspan="1" rowspan="1"><p class="{C["para"]}">{spans(c, bold)}</p></td>')
                body.append("</tr>")
            body.append("</table>")
            continue
        if d >= 1 and n.label:
            lid = gd_list_id(seq_key, e.parent_key)
            level = d - 1
            full = f"{lid}-{level}"
            list_styles[full] = (n.style, level)
            counters[full] = counters.get(full, 0) + 1
            num = counters[full]
            if open_list != full:
                if open_list:
                    body.append("</ol>")
                first = num == 1
                body.append(f'<ol class="{C["ol"]} {full}{" start" if first else ""}" start="{num}">')
                open_list = full
            lic = C["li"] if d == 1 else C["li2"] if d == 2 else C["li3"]
            inner = ""
            if e.is_heading:
                inner = spans(e.heading, bold=True)
            else:
                if n.runin:
                    inner += spans(e.runin, bold=True) + f'<span class="{C["text"]}">&nbsp;</span>'
                inner += spans(e.text)
            body.append(f'<li class="{C["para"]} {lic} li-bullet-0">{inner}</li>')
            continue
        if open_list:
            body.append("</ol>")
            open_list = None
        ind = f' {C["ind" + str(min(d, 3))]}' if d else ""
        if d == 0 and n.label:
            lab = spans(e.label, bold=e.is_heading) + f'<span class="{C["bold"] if e.is_heading else C["text"]}">&nbsp;</span>'
        else:
            lab = ""
        if e.is_heading:
            content = lab + spans(e.heading, bold=True)
        else:
            content = lab
            if n.runin:
                content += spans(e.runin, bold=True) + f'<span class="{C["text"]}">&nbsp;</span>'
            content += spans(e.text)
        body.append(f'<p class="{C["para"]}{ind}">{content}</p>')
    if open_list:
        body.append("</ol>")
    if version == "04-tentative-agreement":
        body.append(f'<p class="{C["para"]} {C["empty"]}"><span class="{C["text"]}"></span></p>')
        for who, name in SIGNATURES:
            body.append(f'<p class="{C["para"]}"><span class="{C["bold"]}">{esc(who)}</span></p>')
            body.append(f'<p class="{C["para"]}"><span class="{C["text"]}">______________________________&nbsp;&nbsp;&nbsp;&nbsp;Date: ______________</span></p>')
            body.append(f'<p class="{C["para"]}"><span class="{C["text"]}">{esc(name)}</span></p>')

    css = ["ol{margin:0;padding:0}", "table td,table th{padding:0}"]
    for full in sorted(list_styles):
        style, level = list_styles[full]
        desc, counter, pre, suf = STYLES[style]
        pre = pre.replace("{art}", str(art.number))
        ctr = f"lst-ctn-{full[4:]}"
        css.append(f".{full}>li:before{{content:\"{pre}\" counter({ctr},{counter}) \"{suf} \"}}")
        css.append(f".{full}>li{{counter-increment:{ctr}}}")
        css.append(f"ol.{full}.start{{counter-reset:{ctr} 0}}")
        css.append(f"ol.{full}{{list-style-type:none}}")
    for k in sorted(C, key=lambda k: int(C[k][1:])):
        sel = f".{C[k]}"
        css.append(f"{sel}{{{GD_BASE_CLASSES[k]}}}")
    css.append(".title{padding-top:0pt;color:#000000;font-size:26pt;padding-bottom:3pt;font-family:\"Arial\";line-height:1.15;"
               "page-break-after:avoid;orphans:2;widows:2;text-align:left}")
    out = ('<html><head><meta content="text/html; charset=UTF-8" http-equiv="content-type">'
           f'<style type="text/css">{"".join(css)}</style></head><body class="{C["doc"]} doc-content">'
           + "".join(body) + "</body></html>")
    return out


# =============================================================================
# DOCX (pandoc if installed, python-docx otherwise)
# =============================================================================

FIXED_EPOCH = "1780000000"  # keeps pandoc's output reproducible


def normalize_zip(path: Path) -> None:
    """Rewrite a zip with fixed timestamps and sorted-as-written entries, so the DOCX is deterministic."""
    with zipfile.ZipFile(path) as z:
        items = [(i.filename, z.read(i.filename)) for i in z.infolist()]
    tmp = path.with_suffix(".tmp")
    with zipfile.ZipFile(tmp, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in items:
            zi = zipfile.ZipInfo(name, date_time=(2026, 6, 1, 0, 0, 0))
            zi.compress_type = zipfile.ZIP_DEFLATED
            zi.external_attr = 0o644 << 16
            z.writestr(zi, data)
    tmp.replace(path)


def make_docx(html_path: Path, docx_path: Path, entries: list[Entry], hdr: dict, art: Article) -> str | None:
    pandoc = shutil.which("pandoc")
    if pandoc:
        env = dict(os.environ, SOURCE_DATE_EPOCH=FIXED_EPOCH)
        subprocess.run([pandoc, "-f", "html", "-t", "docx", str(html_path), "-o", str(docx_path)],
                       check=True, env=env, cwd=str(html_path.parent))
        normalize_zip(docx_path)
        return "pandoc"
    try:
        import docx  # type: ignore
        from docx.shared import Pt  # type: ignore
    except ImportError:
        return None
    doc = docx.Document()
    for line in hdr["top"] + [hdr["main"]] + hdr["notes"]:
        doc.add_paragraph(line)
    doc.add_heading(art.heading, level=1)

    def add_runs(p, segs, bold=False):
        for op, t in segs:
            r = p.add_run(t)
            r.bold = bold or None
            if op == "+":
                r.underline = True
            elif op == "-":
                r.font.strike = True

    for e in entries:
        if e.table:
            rows = e.table["rows"]
            p = doc.add_paragraph()
            add_runs(p, e.table["caption"], bold=True)
            tb = doc.add_table(rows=len(rows), cols=len(rows[0]))
            for ri, r in enumerate(rows):
                for ci, c in enumerate(r):
                    cell_p = tb.cell(ri, ci).paragraphs[0]
                    add_runs(cell_p, c)
            continue
        p = doc.add_paragraph()
        p.paragraph_format.left_indent = Pt(36 * e.depth)
        if e.node.label:
            add_runs(p, e.label, bold=e.is_heading)
            p.add_run("\t")
        if e.is_heading:
            add_runs(p, e.heading, bold=True)
        else:
            if e.node.runin:
                add_runs(p, e.runin, bold=True)
                p.add_run(" ")
            add_runs(p, e.text)
    doc.add_paragraph("")
    for who, name in SIGNATURES:
        doc.add_paragraph(who)
        doc.add_paragraph("______________________________    Date: ______________")
        doc.add_paragraph(name)
    cp = doc.core_properties
    import datetime as _dt
    fixed = _dt.datetime(2026, 6, 1, 0, 0, 0)
    cp.created = fixed
    cp.modified = fixed
    cp.last_printed = fixed
    cp.author = "Redline corpora"
    cp.last_modified_by = "Redline corpora"
    cp.revision = 1
    doc.save(str(docx_path))
    normalize_zip(docx_path)
    return "python-docx"


# =============================================================================
# Reading the files back (verification)
# =============================================================================


class Reader(HTMLParser):
    """Minimal reader: collects block texts; tracks <s>/<strike>/<u> and Google Docs classes."""

    BLOCKS = {"p", "h1", "h2", "h3", "li", "caption", "th", "td"}

    def __init__(self, class_decor: dict | None = None):
        super().__init__(convert_charrefs=True)
        self.blocks: list[dict] = []
        self.cur: dict | None = None
        self.stack: list[tuple[str, str | None]] = []
        self.class_decor = class_decor or {}
        self.ol_stack: list[dict] = []
        self.li_meta: list = []
        self.errors = 0
        self.in_style = False
        self.style_text = ""

    def decor(self) -> str | None:
        for tag, dec in reversed(self.stack):
            if dec:
                return dec
        return None

    def handle_starttag(self, tag, attrs):
        a = dict(attrs)
        if tag == "style":
            self.in_style = True
        dec = None
        if tag in ("s", "strike", "del"):
            dec = "-"
        elif tag in ("u", "ins"):
            dec = "+"
        elif tag == "span" and a.get("class"):
            for c in a["class"].split():
                if c in self.class_decor:
                    dec = self.class_decor[c]
        if tag == "ol":
            self.ol_stack.append({"cls": a.get("class", ""), "start": int(a.get("start", "1")), "type": a.get("type"), "i": 0})
        if tag in self.BLOCKS:
            meta = None
            if tag == "li" and self.ol_stack:
                ol = self.ol_stack[-1]
                meta = (ol["cls"], ol["start"] + ol["i"], ol["type"], len(self.ol_stack))
                ol["i"] += 1
            if self.cur is not None:
                empty = not "".join(t for _, t in self.cur["parts"]).strip()
                if tag != "li" and self.cur["tag"] == "li" and empty:
                    meta = self.cur["li"]  # a heading inside <li> carries the list number
                else:
                    self.blocks.append(self.cur)
            self.cur = {"tag": tag, "parts": [], "li": meta}
        if tag not in ("br", "meta", "link", "img", "hr", "col", "input"):
            self.stack.append((tag, dec))

    def handle_endtag(self, tag):
        if tag == "style":
            self.in_style = False
        if tag == "ol" and self.ol_stack:
            self.ol_stack.pop()
        while self.stack:
            t, _ = self.stack.pop()
            if t == tag:
                break
        if tag in self.BLOCKS and self.cur is not None:
            self.blocks.append(self.cur)
            self.cur = None

    def handle_data(self, data):
        if self.in_style:
            self.style_text += data
            return
        if self.cur is not None:
            self.cur["parts"].append((self.decor() or "=", data))

    def unknown_decl(self, data):
        pass


def norm(s: str) -> str:
    return re.sub(r"\s+", " ", s.replace("\xa0", " ")).strip()


def block_texts(blocks) -> list[str]:
    out = []
    for b in blocks:
        t = norm("".join(x for _, x in b["parts"]))
        if t:
            out.append(t)
    return out


def expected_stream(arts, tables) -> list[str]:
    out = [norm(x) for x in CT.TITLE_LINES] + [norm(smart(p)) for p in CT.PREAMBLE]
    for a in arts:
        out.append(a.heading)
        for n, _ in flatten(a.nodes):
            if n.table:
                t = tables[n.table]
                out.append(t["caption"])
                out += [c for r in table_cells(t) for c in r]
            else:
                out.append(norm(n.line_text()))
    return out


def read_txt_stream(text: str) -> list[str]:
    out = []
    blocks = text.split("\n\n")
    for i, b in enumerate(blocks):
        b = b.strip("\n")
        if i == 0:
            out += [norm(x) for x in b.split("\n")]
        elif b.startswith("Table ") and "\n" in b:
            lines = b.split("\n")
            out.append(lines[0])
            for ln in lines[1:]:
                out += re.split(r"\s{3,}", ln.strip())
        else:
            out.append(norm(b))
    return out


def plain_with_ol_labels(blocks) -> list[str]:
    out = []
    for b in blocks:
        t = norm("".join(x for _, x in b["parts"]))
        if b["li"] and b["li"][2]:
            _, num, typ, _ = b["li"]
            style = {"A": "UA", "1": "N", "a": "la", "i": "lr"}[typ]
            t = norm(f"{fmt_label(style, num, 0)} {t}")
        if t:
            out.append(t)
    return out


def gd_label_format(css: str) -> dict:
    """Parse '.lst-kix_X-N>li:before{content:"(" counter(c,lower-roman) ") "}' into a formatter per list class."""
    out = {}
    for m in re.finditer(r"\.(lst-kix_[0-9a-f]+-\d+)>li:before\{content:\"([^\"]*)\" counter\([^,]+,([a-z-]+)\) \"([^\"]*)\"\}", css):
        out[m.group(1)] = (m.group(2), m.group(3), m.group(4).rstrip())
    return out


def counter_text(kind: str, n: int) -> str:
    from outline import letter, roman
    return {"decimal": str(n), "lower-latin": letter(n), "upper-latin": letter(n).upper(),
            "lower-roman": roman(n)}[kind]


def read_markup(path: Path, fmt: str) -> tuple[list[str], list[str]]:
    """Accept-all and reject-all paragraph streams of a marked-up proposal (article part only)."""
    raw = path.read_text(encoding="utf-8")
    decor = {}
    if fmt == "gdocs":
        css = re.search(r"<style[^>]*>(.*?)</style>", raw, re.S).group(1)
        for m in re.finditer(r"\.(c\d+)\{([^}]*)\}", css):
            if "text-decoration:underline" in m.group(2):
                decor[m.group(1)] = "+"
            elif "text-decoration:line-through" in m.group(2):
                decor[m.group(1)] = "-"
    r = Reader(decor)
    r.feed(raw)
    r.close()
    blocks = r.blocks
    start = next(i for i, b in enumerate(blocks) if b["tag"] == "h1")
    blocks = blocks[start:]
    fmts = gd_label_format(r.style_text) if fmt == "gdocs" else {}
    acc, rej = [], []
    # Google Docs: list numbers come from the list; accept-all renumbers without the struck items
    acc_count: dict[str, int] = {}
    for b in blocks:
        if b["tag"] in ("td", "th") and False:
            pass
        parts = b["parts"]
        a_txt = norm("".join(t for op, t in parts if op != "-"))
        r_txt = norm("".join(t for op, t in parts if op != "+"))
        all_struck = all(op == "-" or not t.strip() for op, t in parts)
        all_ins = all(op == "+" or not t.strip() for op, t in parts)
        if fmt == "gdocs" and b["li"]:
            cls = next(c for c in b["li"][0].split() if c.startswith("lst-kix_"))
            pre, kind, suf = fmts[cls]
            disp = b["li"][1]
            if not all_struck:
                acc_count[cls] = acc_count.get(cls, 0) + 1
                a_txt = norm(f"{pre}{counter_text(kind, acc_count[cls])}{suf} {a_txt}")
            r_txt = "" if all_ins else None  # reject-all numbering is checked separately below
            if r_txt is None:
                r_txt = (cls, disp, norm("".join(t for op, t in parts if op != "+")))
        if a_txt and not all_struck:
            acc.append(a_txt)
        if r_txt and not all_ins:
            rej.append(r_txt)
    # reject-all for Google Docs: renumber each list counting only the non-inserted items
    rc: dict[str, int] = {}
    out_rej = []
    for x in rej:
        if isinstance(x, tuple):
            cls, _, t = x
            pre, kind, suf = fmts[cls]
            rc[cls] = rc.get(cls, 0) + 1
            out_rej.append(norm(f"{pre}{counter_text(kind, rc[cls])}{suf} {t}"))
        else:
            out_rej.append(x)
    return acc, out_rej


def read_docx_markup(path: Path, heading: str) -> tuple[list[str], list[str]]:
    """Accept-all / reject-all paragraph streams from word/document.xml (strike = deleted, underline = added)."""
    with zipfile.ZipFile(path) as z:
        xml = z.read("word/document.xml").decode("utf-8")
    acc, rej = [], []
    for p in re.findall(r"<w:p[ >].*?</w:p>|<w:p/>", xml, re.S):
        a_parts, r_parts, ops = [], [], []
        for r in re.findall(r"<w:r[ >].*?</w:r>", p, re.S):
            rpr = re.search(r"<w:rPr>(.*?)</w:rPr>", r, re.S)
            rpr = rpr.group(1) if rpr else ""
            op = "-" if re.search(r"<w:strike(?: w:val=\"(?:true|1|on)\")?/>", rpr) else \
                 "+" if re.search(r"<w:u w:val=\"(?!none)[a-z]+\"/>", rpr) else "="
            txt = "".join(html.unescape(t) for t in re.findall(r"<w:t(?: [^>]*)?>(.*?)</w:t>", r, re.S))
            if "<w:tab/>" in r:
                txt += "\t"
            ops.append((op, txt))
        a = norm("".join(t for op, t in ops if op != "-"))
        b = norm("".join(t for op, t in ops if op != "+"))
        all_struck = all(op == "-" or not t.strip() for op, t in ops)
        all_ins = all(op == "+" or not t.strip() for op, t in ops)
        if a and not all_struck:
            acc.append(a)
        if b and not all_ins:
            rej.append(b)
    start_a, start_r = acc.index(heading), rej.index(heading)
    return strip_signatures(acc[start_a:]), strip_signatures(rej[start_r:])


def stream_of_article(a: Article, tables: dict) -> list[str]:
    out = [a.heading]
    for n, _ in flatten(a.nodes):
        if n.table:
            t = tables[n.table]
            out.append(t["caption"])
            out += [c for r in table_cells(t) for c in r]
        else:
            out.append(norm(n.line_text()))
    return out


def strip_signatures(stream: list[str]) -> list[str]:
    for i, t in enumerate(stream):
        if t == SIGNATURES[0][0]:
            return stream[:i]
    return stream


# =============================================================================
# Manifest helpers
# =============================================================================


def article_manifest(a: Article, label_source: str = "text") -> dict:
    d = {
        "kind": a.kind,
        "number": a.number,
        "heading": a.heading,
        "title": a.title,
        "sections": [n.label for n in a.nodes if n.label],
    }
    subs = {}
    for n in a.nodes:
        if n.label:
            kids = [c.label for c in n.children if c.label]
            if kids:
                subs[n.label] = kids
    if subs:
        d["subsections"] = subs
    headings = {n.label: n.heading for n in a.nodes if n.label and n.heading is not None}
    if headings:
        d["section_headings"] = headings
    if label_source != "text":
        d["label_source"] = label_source
    return d


def pick_refs(refs: list[dict], present: str, n: int = 5, prefer: list[str] | None = None) -> list[dict]:
    """Choose n distinct references, varied in kind, whose text occurs contiguously in the file's text."""
    seen, chosen = set(), []
    cands = [r for r in refs if r["text"] in present]
    if prefer:
        for p in prefer:
            r = next((r for r in cands if r["text"] == p and r["text"] not in seen), None)
            if r:
                chosen.append(r)
                seen.add(r["text"])
    kinds = ["section", "article-by-name", "appendix", "article", "table"]
    while len(chosen) < n:
        added = False
        for k in kinds:
            r = next((r for r in cands if r["kind"] == k and r["text"] not in seen), None)
            if r and len(chosen) < n:
                chosen.append(r)
                seen.add(r["text"])
                added = True
        if not added:
            break
    return chosen


def words(s: str) -> int:
    return len(s.split())


# =============================================================================
# Main
# =============================================================================


def main() -> int:
    arts, tables = load_contract()
    by_no = {a.number: a for a in arts if a.kind == "article"}
    by_key = {a.key: a for a in arts}
    APPENDIX_LETTERS.update(str(a.number) for a in arts if a.kind == "appendix")
    table_names = {re.match(r"Table (\S+)", t["caption"]).group(1) for t in tables.values()}
    problems: list[str] = []
    warnings: list[str] = []

    # cross references of the contract -------------------------------------------------
    contract_refs = []
    for a in arts:
        for r in check_xrefs(a, by_no, table_names, a.heading):
            if r["kind"] == "section":
                if r["_resolved"] is None:
                    problems.append(f"unresolved reference {r['text']!r} in {a.heading}")
            contract_refs.append((a, r))

    # contract files -------------------------------------------------------------------
    out_contract = CORPORA / "contract"
    out_contract.mkdir(parents=True, exist_ok=True)
    txt = render_txt(arts, tables)
    plain = render_plain(arts, tables)
    word = render_word(arts, tables)
    (out_contract / "lsu-contract-2023-2026.txt").write_text(txt, encoding="utf-8")
    (out_contract / "lsu-contract-2023-2026.plain.html").write_text(plain, encoding="utf-8")
    (out_contract / "lsu-contract-2023-2026.word.html").write_bytes(word.encode("cp1252"))

    manifest: dict = {
        "description": "Ground truth for the Redline test corpora. Generated by corpora/tools/build_corpora.py; do not edit by hand.",
        "parties": {"employer": "Lakeshore State University", "union": "Graduate Workers Union, UAW Local 4811",
                    "unit": "Academic Student Employees (ASE)", "fictional": True},
        "conventions": {
            "sections": "top-level labels of each article, in order, as written (for proposals: the accept-all text)",
            "subsections": "second-level labels under each top-level section that has labelled children",
            "label_source": "absent = labels are literal text; 'html-list' = numbers come only from <ol type=...>; "
                            "'gdocs-list' = below the top level, numbers come from <ol start> + CSS counters, and "
                            "struck items keep their slot in the displayed numbering",
            "cross_references": "five references whose text occurs contiguously in the file; target is an article "
                                "number, '<article>:<section label>' or an appendix letter; 'in' names the article "
                                "that contains the reference when the file holds several",
        },
        "documents": [],
    }

    contract_all_refs = [public_ref(r, a.key) for a, r in contract_refs]
    contract_present = norm(" ".join(expected_stream(arts, tables)))
    prefer_contract = ["Article 12", "Section B.3 of this Article", "Appendix A",
                       "Article 19 (Management and Academic Rights)", "the Leaves article"]
    chosen = []
    for p in prefer_contract:
        a, r = next((a, r) for a, r in contract_refs if r["text"] == p)
        chosen.append(public_ref(r, a.key))
    nested = [
        {"path": ["ARTICLE 2", "A.", "(i)"], "ordinal": 9, "style": "lower-alpha-parenthesized",
         "note": "(i) follows (h): it is the letter i, not roman one"},
        {"path": ["ARTICLE 2", "A.", "(j)"], "ordinal": 10, "style": "lower-alpha-parenthesized"},
        {"path": ["ARTICLE 16", "B.", "2.", "(a)", "(iv)"], "ordinal": 4, "style": "lower-roman-parenthesized",
         "note": "roman list nested under a lettered item"},
        {"path": ["ARTICLE 9", "A.", "iii."], "ordinal": 3, "style": "lower-roman"},
        {"path": ["ARTICLE 3", "3.7"], "ordinal": 7, "style": "article-decimal"},
        {"path": ["ARTICLE 21", "Section 9."], "ordinal": 9, "style": "section-decimal"},
        {"path": ["ARTICLE 12", "D.", "3.", "c.", "(2)"], "ordinal": 2, "style": "decimal-parenthesized"},
    ]
    for path, fmt, enc in (("lsu-contract-2023-2026.word.html", "word-html", "windows-1252"),
                           ("lsu-contract-2023-2026.plain.html", "html5", "utf-8"),
                           ("lsu-contract-2023-2026.txt", "text", "utf-8")):
        arts_m = []
        for a in arts:
            src = "html-list" if (fmt == "html5" and a.plain_html_lists) else "text"
            arts_m.append(article_manifest(a, src))
        manifest["documents"].append({
            "path": f"contract/{path}", "kind": "contract", "format": fmt, "encoding": encoding_name(enc),
            "title": CT.DOC_TITLE, "articles": arts_m, "cross_references": chosen,
            "all_cross_references": contract_all_refs, "nested_label_examples": nested,
            "tables": [{"in": "article:22", "caption": tables["wages"]["caption"], "rows": len(table_cells(tables["wages"])),
                        "columns": len(tables["wages"]["header"]), "total_row": tables["wages"]["rows"][-1][0]}]
                      + [{"in": "appendix:A", "caption": tables[k]["caption"], "rows": len(table_cells(tables[k])),
                          "columns": len(tables[k]["header"])} for k in ("a1", "a2", "a3")],
        })

    # proposals ------------------------------------------------------------------------
    docx_tool = None
    out_prop = CORPORA / "proposals"
    if out_prop.exists():
        shutil.rmtree(out_prop)
    for seq in PT.SEQUENCES:
        art_no = seq["article"]
        cur = by_no[art_no]
        seq_dir = out_prop / f"{art_no:02d}-{cur.slug}"
        (seq_dir / "clean").mkdir(parents=True, exist_ok=True)
        seq_key = f"{art_no:02d}-{cur.slug}"
        (seq_dir / "clean" / "00-current.txt").write_text("\n\n".join(txt_article(cur, tables)) + "\n", encoding="utf-8")
        cur_stream = stream_of_article(cur, tables)
        for version in PARTY:
            vspec = seq["versions"][version]
            ed = Editor(cur, tables, seq_key, version)
            for op in vspec["ops"]:
                ed.apply(op)
            ver, vtables = ed.result()
            # references must resolve unless deliberately stale
            vby = dict(by_no)
            vby[art_no] = ver
            stale = []
            for r in check_xrefs(ver, vby, table_names | {"1"}, f"{seq_key}/{version}"):
                if r["kind"] != "section" or not r["_this"]:
                    continue
                node_new = r["_resolved"]
                old_node_ids = {n.id: n for n, _ in flatten(cur.nodes)}
                src_old = old_node_ids.get(r["_node"])
                intended = None
                if src_old is not None and any(r["text"] in t for t in node_texts(src_old)):
                    tgt = resolve_path(cur.nodes, section_path(r["_lab"], cur.nodes))
                    intended = tgt.id if tgt else None
                else:
                    intended = node_new.id if node_new else None
                if node_new is None or node_new.id != intended:
                    stale.append({"text": r["text"], "in": label_chain(ver.nodes, r["_node"]),
                                  "written_target": r["target"],
                                  "intended_target": f"{art_no}:{label_chain(ver.nodes, intended)}" if intended else None,
                                  "note": "the text was not updated after the items it refers to were renumbered"})
            want_stale = vspec.get("stale_refs", [])
            if sorted(s["text"] for s in stale) != sorted(want_stale):
                problems.append(f"{seq_key}/{version}: stale references {stale} (expected {want_stale})")

            entries = diff_article(cur, ver, tables, vtables)
            hdr = header_lines(seq, version, cur)
            label, party, vtype = PARTY[version]
            doc_title = hdr["main"]
            wpath = seq_dir / f"{version}.word.html"
            gpath = seq_dir / f"{version}.gdocs.html"
            tags = vspec.get("word_tags") or ({"ins": "u", "del": "strike"} if party == "university" else {"ins": "u", "del": "s"})
            wpath.write_text(render_prop_word(entries, hdr, cur, version, tags, doc_title), encoding="utf-8")
            gname = f"{version}|{seq_key}"
            gpath.write_text(render_prop_gdocs(entries, hdr, cur, version, seq_key, gname), encoding="utf-8")
            clean_blocks = txt_article(ver, vtables)
            cpath = seq_dir / "clean" / f"{version}.txt"
            cpath.write_text("\n\n".join(clean_blocks) + "\n", encoding="utf-8")
            ver_stream = stream_of_article(ver, vtables)

            # verification of markup: accept-all == clean, reject-all == current
            for path, fmt in ((wpath, "word"), (gpath, "gdocs")):
                acc, rej = read_markup(path, fmt)
                acc, rej = strip_signatures(acc), strip_signatures(rej)
                if acc != ver_stream:
                    problems.append(f"{path.relative_to(CORPORA)}: accept-all differs from clean text: "
                                    + first_diff(acc, ver_stream))
                if rej != cur_stream:
                    problems.append(f"{path.relative_to(CORPORA)}: reject-all differs from current text: "
                                    + first_diff(rej, cur_stream))

            n_ins = sum(1 for e in entries for part in (e.label, e.heading, e.runin, e.text) for op, _ in part if op == "+")
            n_del = sum(1 for e in entries for part in (e.label, e.heading, e.runin, e.text) for op, _ in part if op == "-")
            n_ins += sum(1 for e in entries if e.table for r in e.table["rows"] for c in r for op, _ in c if op == "+")
            n_del += sum(1 for e in entries if e.table for r in e.table["rows"] for c in r for op, _ in c if op == "-")
            vrefs = [public_ref(r) for r in check_xrefs(ver, vby, table_names | {"1"}, seq_key)]
            # a reference is offered only if it lies inside one unchanged or inserted run, so that
            # its text is contiguous in the file (after whitespace normalization) and in the accept-all text
            runs = [t for e in entries for part in (e.label, e.heading, e.runin, e.text) for op, t in part if op != "-"]
            present_acc = present_g = "\n".join(norm(t) for t in runs)
            base_doc = {
                "kind": "proposal", "sequence": seq_key, "version": version, "party": party, "type": vtype,
                "presented": vspec["date"], "header": hdr["main"], "article_number": art_no,
                "articles": [article_manifest(ver)],
                "reject_all_sections": [n.label for n in cur.nodes if n.label],
                "clean_text": f"proposals/{seq_key}/clean/{version}.txt",
                "current_text": f"proposals/{seq_key}/clean/00-current.txt",
                "markup": {"inserted_runs": n_ins, "deleted_runs": n_del},
                "changes": vspec.get("summary", []),
            }
            if stale:
                base_doc["stale_cross_references"] = stale
            wdoc = dict(base_doc, path=f"proposals/{seq_key}/{version}.word.html", format="word-html", encoding="utf-8",
                        cross_references=[public_ref(r) for r in pick_refs(vrefs, present_acc)])
            wdoc["markup"] = dict(base_doc["markup"], underline="<u>", strike=f"<{tags['del']}>")
            C = gd_classmap(gname)
            gdoc = dict(base_doc, path=f"proposals/{seq_key}/{version}.gdocs.html", format="gdocs-html", encoding="utf-8",
                        cross_references=[public_ref(r) for r in pick_refs(vrefs, present_g)])
            gdoc["articles"] = [dict(article_manifest(ver), label_source="gdocs-list")]
            gdoc["markup"] = dict(base_doc["markup"], underline_class=C["ins"], strike_class=C["del"])
            cdoc = {"path": f"proposals/{seq_key}/clean/{version}.txt", "kind": "clean-text", "format": "text",
                    "encoding": "utf-8", "sequence": seq_key, "version": version, "articles": [article_manifest(ver)],
                    "cross_references": [public_ref(r) for r in pick_refs(vrefs, norm(" ".join(ver_stream)))]}
            for d in (wdoc, gdoc, cdoc):
                if len(d["cross_references"]) < 5:
                    problems.append(f"{d['path']}: only {len(d['cross_references'])} cross-references")
            manifest["documents"] += [wdoc, gdoc, cdoc]
            if version == "04-tentative-agreement":
                dpath = seq_dir / f"{version}.docx"
                tool = make_docx(wpath, dpath, entries, hdr, cur)
                docx_tool = tool or docx_tool
                if tool:
                    da, dr = read_docx_markup(dpath, cur.heading)
                    if da != ver_stream:
                        problems.append(f"{dpath.name} ({seq_key}): accept-all differs: " + first_diff(da, ver_stream))
                    if dr != cur_stream:
                        problems.append(f"{dpath.name} ({seq_key}): reject-all differs: " + first_diff(dr, cur_stream))
                    manifest["documents"].append(dict(base_doc, path=f"proposals/{seq_key}/{version}.docx",
                                                      format="docx", encoding="zip",
                                                      derived_from=(wpath.name if tool == "pandoc" else
                                                                    "the same marked-up paragraphs as " + wpath.name),
                                                      converter=tool,
                                                      cross_references=wdoc["cross_references"]))
                else:
                    warnings.append(f"{seq_key}: no DOCX converter (pandoc or python-docx); DOCX skipped")
        cur_doc = {"path": f"proposals/{seq_key}/clean/00-current.txt", "kind": "clean-text", "format": "text",
                   "encoding": "utf-8", "sequence": seq_key, "version": "00-current",
                   "articles": [article_manifest(cur)],
                   "cross_references": [public_ref(r) for r in pick_refs(
                       [r for x, r in contract_refs if x is cur], norm(" ".join(cur_stream)))]}
        manifest["documents"].append(cur_doc)

    # contract verification ---------------------------------------------------------------
    exp = expected_stream(arts, tables)
    raw = (out_contract / "lsu-contract-2023-2026.word.html").read_bytes()
    try:
        wtext = raw.decode("cp1252")
    except UnicodeDecodeError as ex:
        problems.append(f"word.html does not decode as cp1252: {ex}")
        wtext = ""
    if "\u2013" not in wtext or "\u201c" not in wtext:
        problems.append("word.html lacks en dashes or curly quotes")
    r = Reader()
    r.feed(wtext)
    r.close()
    got = block_texts(r.blocks)
    if got != exp:
        problems.append("word.html text differs from source: " + first_diff(got, exp))
    r = Reader()
    r.feed(plain)
    r.close()
    got = plain_with_ol_labels(r.blocks)
    if got != exp:
        problems.append("plain.html text differs from source: " + first_diff(got, exp))
    got = read_txt_stream(txt)
    if got != exp:
        problems.append(".txt text differs from source: " + first_diff(got, exp))

    # every HTML file parses; every manifest path exists ------------------------------------
    for p in sorted(CORPORA.rglob("*.html")):
        data = p.read_bytes().decode("cp1252" if p.name.startswith("lsu-contract") and p.name.endswith(".word.html") else "utf-8")
        rr = Reader()
        rr.feed(data)
        rr.close()
        if not rr.blocks:
            problems.append(f"{p}: no text blocks")
    for d in manifest["documents"]:
        if not (CORPORA / d["path"]).exists():
            problems.append(f"manifest names a missing file: {d['path']}")
    manifest["docx_converter"] = docx_tool
    manifest["documents"].sort(key=lambda d: d["path"])
    (CORPORA / "manifest.json").write_text(json.dumps(manifest, indent=2, sort_keys=True, ensure_ascii=False) + "\n",
                                          encoding="utf-8")

    # report -------------------------------------------------------------------------------
    for w in warnings:
        print("WARNING:", w, file=sys.stderr)
    for p in problems:
        print("PROBLEM:", p, file=sys.stderr)
    files = sorted(x for x in CORPORA.rglob("*") if x.is_file() and "tools" not in x.parts and x.suffix != ".pyc")
    print(f"wrote {len(files)} files under {CORPORA}")
    return 1 if problems else 0


def encoding_name(e: str) -> str:
    return e


def first_diff(a: list[str], b: list[str]) -> str:
    for i, (x, y) in enumerate(zip(a, b)):
        if x != y:
            return f"item {i}: got {x[:160]!r} expected {y[:160]!r}"
    return f"lengths {len(a)} vs {len(b)}"


if __name__ == "__main__":
    sys.exit(main())
