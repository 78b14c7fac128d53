"""Clause-tree model and outline notation for the Redline test corpora.

The contract text lives in ``contract_text.py`` as data: one dict per article whose
``body`` is written in a small outline notation, parsed here into a tree of ``Node``s.

Outline notation (one paragraph per line, two spaces of indentation per level)::

    A. # GENERAL PROVISIONS        heading-only node, labelled "A."
      1. Text of the item.          labelled paragraph
      2. **Run-in heading.** Text   labelled paragraph with a bold run-in heading
        - Unlabelled paragraph      unlabelled paragraph at that depth
    @table wages                    a table (looked up by name)

Labels are written as they appear in the document ("A.", "1.", "a.", "(a)", "(1)",
"(i)", "i.", "Section 1.", "3.1").  The style of a sibling group is decided by its
first label, so "(i)" after "(h)" is the letter i, and a group that starts with
"(i)" is roman.  The parser checks that every group counts 1, 2, 3, ... without gaps.
After a proposal edits a tree, ``relabel`` renumbers each group from its style.
"""

from __future__ import annotations

import copy
import re
from dataclasses import dataclass, field

LABEL_RE = re.compile(
    r"^(Section \d+\.|\d+\.\d+|\((?:[ivx]+|[a-z])\)|\(\d+\)|[A-Z]\.|[ivx]+\.|[a-z]\.|\d+\.)\s+(.*)$"
)

# style key -> (description used in the manifest, CSS counter style, prefix, suffix)
STYLES = {
    "UA": ("upper-alpha", "upper-latin", "", "."),
    "N": ("decimal", "decimal", "", "."),
    "la": ("lower-alpha", "lower-latin", "", "."),
    "lr": ("lower-roman", "lower-roman", "", "."),
    "pla": ("lower-alpha-parenthesized", "lower-latin", "(", ")"),
    "plr": ("lower-roman-parenthesized", "lower-roman", "(", ")"),
    "pn": ("decimal-parenthesized", "decimal", "(", ")"),
    "sec": ("section-decimal", "decimal", "Section ", "."),
    "dec": ("article-decimal", "decimal", "{art}.", ""),
}


def roman(n: int) -> str:
    vals = [(10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i")]
    out = ""
    for v, s in vals:
        while n >= v:
            out += s
            n -= v
    return out


def letter(n: int) -> str:
    assert 1 <= n <= 26, n
    return chr(ord("a") + n - 1)


def fmt_label(style: str, n: int, art) -> str:
    if style == "UA":
        return letter(n).upper() + "."
    if style == "N":
        return f"{n}."
    if style == "la":
        return letter(n) + "."
    if style == "lr":
        return roman(n) + "."
    if style == "pla":
        return f"({letter(n)})"
    if style == "plr":
        return f"({roman(n)})"
    if style == "pn":
        return f"({n})"
    if style == "sec":
        return f"Section {n}."
    if style == "dec":
        return f"{art}.{n}"
    raise ValueError(style)


def style_of_first(label: str) -> str:
    if label.startswith("Section "):
        return "sec"
    if re.fullmatch(r"\d+\.\d+", label):
        return "dec"
    if re.fullmatch(r"\(\d+\)", label):
        return "pn"
    if re.fullmatch(r"\([a-z]+\)", label):
        return "plr" if label == "(i)" else "pla"
    if re.fullmatch(r"[a-z]+\.", label):
        return "lr" if label == "i." else "la"
    if re.fullmatch(r"[A-Z]\.", label):
        return "UA"
    if re.fullmatch(r"\d+\.", label):
        return "N"
    raise ValueError(f"unknown label {label!r}")


def smart(s: str | None) -> str | None:
    """Straight quotes to typographic quotes (the documents use curly quotes)."""
    if s is None:
        return None
    out = []
    for i, ch in enumerate(s):
        prev = s[i - 1] if i else " "
        if ch == '"':
            out.append("\u201c" if (prev.isspace() or prev in "([") else "\u201d")
        elif ch == "'":
            out.append("\u2018" if (prev.isspace() or prev in "([") else "\u2019")
        else:
            out.append(ch)
    return "".join(out)


@dataclass
class Node:
    id: str = ""
    label: str | None = None
    style: str | None = None
    heading: str | None = None
    runin: str | None = None
    text: str | None = None
    table: str | None = None  # table name, resolved by the caller
    children: list["Node"] = field(default_factory=list)

    def line_text(self) -> str:
        """The paragraph as plain text, label included (used by .txt and ground truth)."""
        parts = []
        if self.label:
            parts.append(self.label)
        if self.heading is not None:
            parts.append(self.heading)
        else:
            if self.runin:
                parts.append(self.runin)
            if self.text:
                parts.append(self.text)
        return " ".join(parts)


@dataclass
class Article:
    kind: str  # "article" | "appendix" | "side-letter"
    number: object  # int for articles, "A" for appendices, 1 for side letters
    title: str
    nodes: list[Node]
    slug: str = ""
    plain_html_lists: bool = False  # render with <ol> in the plain HTML edition

    @property
    def heading(self) -> str:
        if self.kind == "article":
            return f"ARTICLE {self.number} \u2013 {self.title}"
        if self.kind == "appendix":
            return f"APPENDIX {self.number} \u2013 {self.title}"
        return f"SIDE LETTER NO. {self.number} \u2013 {self.title}"

    @property
    def key(self) -> str:
        return f"{self.kind}:{self.number}"


def parse_line(content: str) -> Node:
    if content.startswith("- "):
        return Node(text=smart(content[2:].strip()))
    if content.startswith("@table "):
        return Node(table=content[len("@table "):].strip())
    m = LABEL_RE.match(content)
    if not m:
        raise ValueError(f"cannot parse outline line: {content!r}")
    label, rest = m.group(1), m.group(2).strip()
    node = Node(label=label)
    if rest.startswith("# "):
        node.heading = smart(rest[2:].strip())
    elif rest.startswith("**"):
        end = rest.index("**", 2)
        node.runin = smart(rest[2:end].strip())
        node.text = smart(rest[end + 2:].strip())
    else:
        node.text = smart(rest)
    return node


def parse_outline(body: str) -> list[Node]:
    root = Node()
    stack: list[tuple[int, Node]] = [(-1, root)]
    for raw in body.splitlines():
        if not raw.strip():
            continue
        indent = len(raw) - len(raw.lstrip(" "))
        if indent % 2:
            raise ValueError(f"odd indentation: {raw!r}")
        depth = indent // 2
        node = parse_line(raw.strip())
        while stack[-1][0] >= depth:
            stack.pop()
        if stack[-1][0] != depth - 1:
            raise ValueError(f"indentation jumps a level: {raw!r}")
        stack[-1][1].children.append(node)
        stack.append((depth, node))
    return root.children


def assign_styles(nodes: list[Node], art, check: bool = True) -> None:
    labelled = [n for n in nodes if n.label]
    if labelled:
        style = labelled[0].style or style_of_first(labelled[0].label)
        for k, n in enumerate(labelled, start=1):
            n.style = style
            if check:
                want = fmt_label(style, k, art)
                if n.label != want:
                    raise ValueError(f"label sequence broken in {art}: got {n.label!r}, expected {want!r}")
    for n in nodes:
        assign_styles(n.children, art, check)


def id_component(n: Node, unlabelled_index: int) -> str:
    if n.table:
        return "t-" + n.table
    if n.label:
        lab = n.label
        if lab.startswith("Section "):
            return "S" + lab[len("Section "):].rstrip(".")
        return lab.strip("().").rstrip(".")
    return f"p{unlabelled_index}"


def assign_ids(nodes: list[Node], prefix: str = "") -> None:
    u = 0
    for n in nodes:
        if not n.label and not n.table:
            u += 1
        comp = id_component(n, u)
        n.id = f"{prefix}/{comp}" if prefix else comp
        assign_ids(n.children, n.id)


def relabel(nodes: list[Node], art) -> None:
    """Renumber every sibling group from its style (after proposal edits)."""
    labelled = [n for n in nodes if n.label]
    if labelled:
        style = next((n.style for n in labelled if n.style), None) or style_of_first(labelled[0].label)
        for k, n in enumerate(labelled, start=1):
            n.style = style
            n.label = fmt_label(style, k, art)
    for n in nodes:
        relabel(n.children, art)


def flatten(nodes: list[Node], depth: int = 0):
    for n in nodes:
        yield n, depth
        yield from flatten(n.children, depth + 1)


def find(nodes: list[Node], node_id: str) -> tuple[list[Node], int]:
    """Return (sibling list, index) of the node with this id (ids survive moves)."""
    for i, n in enumerate(nodes):
        if n.id == node_id:
            return nodes, i
    for n in nodes:
        try:
            return find(n.children, node_id)
        except KeyError:
            pass
    raise KeyError(node_id)


def get(nodes: list[Node], node_id: str) -> Node:
    sib, i = find(nodes, node_id)
    return sib[i]


def build_article(spec: dict) -> Article:
    nodes = parse_outline(spec["body"])
    art = spec["number"]
    assign_styles(nodes, art)
    assign_ids(nodes)
    return Article(
        kind=spec.get("kind", "article"),
        number=art,
        title=spec["title"],
        nodes=nodes,
        slug=spec.get("slug", ""),
        plain_html_lists=spec.get("plain_html_lists", False),
    )


def clone(article: Article) -> Article:
    return copy.deepcopy(article)
