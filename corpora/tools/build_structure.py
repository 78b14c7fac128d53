#!/usr/bin/env python3
"""Build corpora/structure/: documents whose structure is not the bundled contract's.

    python3 corpora/tools/build_structure.py

Writes, from the data below (fictional parties, original text):

  structure/mou/marlow-county-mou-2025-2028.{html,txt,md,docx,pdf}
      an MOU organised by Divisions grouping Sections (the sections are the articles),
      a title naming the agreement, a table of contents with dot leaders, one side letter
  structure/single-article/<variant>.<ext>
      one article (Article 9, Telework) exported without its "Article 9" line: its number and
      heading only in the metadata (`meta-*`), only in the file name, or nowhere (`telework-export.*`)
  structure/continuing/harbor-transit-{agreement.md,agreement.txt,agreement.pandoc.html}
      a markdown contract whose section headings are bold except some that continue the sequence
  structure/parts/bayside-library-agreement.txt
      a contract whose top-level unit is "PART I", "PART II" with bare numbered clauses
  structure/manifest.json
      the expected tree of every file, written from the same data (not from Redline)

DOCX files are made with pandoc from the markdown, PDFs with LibreOffice from the DOCX
(`soffice --headless --convert-to pdf`); both are skipped, with a warning, when the tool is missing.
The metadata-only DOCX gets its title in docProps/core.xml only. Output is deterministic except
the PDFs' creation dates (LibreOffice stamps them); the DOCX timestamps are fixed.
"""

from __future__ import annotations

import html
import json
import re
import shutil
import subprocess
import sys
import tempfile
import zipfile
from pathlib import Path

sys.dont_write_bytecode = True
HERE = Path(__file__).resolve().parent
OUT = HERE.parent / "structure"

# ---------------------------------------------------------------------------
# The MOU: divisions > sections (articles) > numbered paragraphs.

MOU_TITLE = "MEMORANDUM OF UNDERSTANDING 2025–2028"
MOU_PARTIES = "between Marlow County and the Marlow County Public Employees Association"

MOU = [
    ("1", "General Provisions", [
        ("1", "Recognition", [
            ("1.1", "The County recognizes the Association as the exclusive representative of all employees in the clerical, maintenance and field inspection classifications listed in Exhibit 1."),
            ("1.2", "New classifications created in those series during the term of this Memorandum join the unit once the County has given the Association thirty (30) days of notice."),
        ]),
        ("2", "Separability", [
            (None, "If a court of final jurisdiction holds any provision of this Memorandum invalid, the remaining provisions stay in force and the parties meet within twenty-one (21) days to replace the invalid provision."),
        ]),
        ("3", "Term", [
            ("3.1", "This Memorandum takes effect on July 1, 2025 and expires at midnight on June 30, 2028."),
            ("3.2", "Either party may open negotiations on a successor Memorandum by written notice given no earlier than one hundred twenty (120) days before expiration."),
        ]),
    ]),
    ("2", "Pay and Hours", [
        ("4", "Salary Steps", [
            ("4.1", "Each classification has seven salary steps, five percent apart."),
            ("4.2", "An employee advances one step on the anniversary of appointment after a satisfactory evaluation."),
            ("4.3", "Step advancement is not delayed by an approved leave of ninety (90) days or less."),
        ]),
        ("5", "Overtime", [
            ("5.1", "Time worked beyond forty (40) hours in a workweek is paid at one and one-half times the regular rate."),
            ("5.2", "Overtime is offered by seniority within the work location, then assigned in reverse seniority."),
        ]),
        ("6", "Shift Differential", [
            (None, "Employees assigned to a shift that starts between 2:00 p.m. and 4:00 a.m. receive a differential of one dollar and seventy-five cents ($1.75) per hour."),
        ]),
    ]),
    ("3", "Working Conditions", [
        ("7", "Safety Committee", [
            ("7.1", "A joint safety committee of three members appointed by each party meets every other month."),
            ("7.2", "The committee may inspect any work site on forty-eight (48) hours of notice and reports its findings to the Director of Human Resources."),
        ]),
        ("8", "Uniforms", [
            ("8.1", "Field inspectors receive five uniform shirts and one weatherproof jacket each fiscal year."),
            ("8.2", "Lost or damaged uniform items are replaced at no cost when the loss happened on duty."),
        ]),
    ]),
]

MOU_LETTER = ("A", "Pilot Schedules", "The parties will test a four-day, ten-hour schedule at two field offices for six months and review the results before the end of the pilot.")


def mou_toc() -> list[str]:
    lines = []
    page = 2
    for division, heading, sections in MOU:
        lines.append(f"Division {division}: {heading} {'.' * 12} {page}")
        for number, section_heading, _ in sections:
            lines.append(f"Section {number}: {section_heading} {'.' * 12} {page}")
        page += 1
    lines.append(f"Side Letter {MOU_LETTER[0]}: {MOU_LETTER[1]} {'.' * 12} {page}")
    return lines


def mou_expectation() -> dict:
    children = [{"kind": "preamble"}]
    for division, heading, sections in MOU:
        children.append({"kind": "group", "id": f"dvs_{division}", "number": division, "heading": heading.upper()})
        for number, section_heading, paragraphs in sections:
            children.append({
                "kind": "article", "id": f"art_{number}", "number": number, "heading": section_heading,
                "children": [p[0] for p in paragraphs if p[0]],
            })
    children.append({"kind": "side-letter", "id": f"letter_{MOU_LETTER[0].lower()}", "number": MOU_LETTER[0].lower(),
                     "heading": MOU_LETTER[1].upper()})
    return {"children": children}


def mou_markdown() -> str:
    out = [f"# {MOU_TITLE}", "", MOU_PARTIES, "", "## TABLE OF CONTENTS", ""]
    for line in mou_toc():
        out += [line, ""]
    for division, heading, sections in MOU:
        out += [f"## DIVISION {division}: {heading.upper()}", ""]
        for number, section_heading, paragraphs in sections:
            out += [f"### Section {number}: {section_heading}", ""]
            for label, text in paragraphs:
                out += [f"{label} {text}" if label else text, ""]
    out += [f"## SIDE LETTER {MOU_LETTER[0]}: {MOU_LETTER[1].upper()}", "", MOU_LETTER[2], ""]
    return "\n".join(out)


def mou_text() -> str:
    return re.sub(r"^#+ ", "", mou_markdown(), flags=re.M)


def mou_html() -> str:
    e = html.escape
    out = ["<!DOCTYPE html>", "<html lang=\"en\"><head><meta charset=\"utf-8\">",
           f"<title>{e(MOU_TITLE.title())}</title></head><body>",
           f"<h1>{e(MOU_TITLE)}</h1>", f"<p>{e(MOU_PARTIES)}</p>", "<h2>TABLE OF CONTENTS</h2>"]
    out += [f"<p>{e(line)}</p>" for line in mou_toc()]
    for division, heading, sections in MOU:
        out.append(f"<h2>DIVISION {division}: {e(heading.upper())}</h2>")
        for number, section_heading, paragraphs in sections:
            out.append(f"<h3>Section {number}: {e(section_heading)}</h3>")
            for label, text in paragraphs:
                out.append(f"<p>{label + ' ' if label else ''}{e(text)}</p>")
    out.append(f"<h2>SIDE LETTER {MOU_LETTER[0]}: {e(MOU_LETTER[1].upper())}</h2><p>{e(MOU_LETTER[2])}</p>")
    out.append("</body></html>")
    return "\n".join(out) + "\n"


# ---------------------------------------------------------------------------
# The single article: Article 9 Telework, sections A.–D., numbered items under B.

ARTICLE_NUMBER = "9"
ARTICLE_HEADING = "Telework"
ARTICLE = [
    ("A", "PURPOSE", [(None, "The Employer and the Association agree that telework can serve the public and the employees when the work allows it.")]),
    ("B", "ELIGIBILITY", [
        ("1", "An employee whose duties can be done away from the office may ask for a telework agreement in writing."),
        ("2", "The supervisor answers the request within fifteen (15) working days and gives the reasons for a denial."),
        ("3", "A denial may be reviewed by the department head at the employee's request."),
    ]),
    ("C", "EQUIPMENT", [(None, "The Employer provides a laptop, a headset and remote access to the systems the work requires.")]),
    ("D", "NON-EXCLUSIVITY", [(None, "Nothing in this Article limits arrangements made under the reasonable accommodation process.")]),
]


def article_markdown(front_title: str | None) -> str:
    out = []
    if front_title:
        out += ["---", f"title: \"{front_title}\"", "---", ""]
    for letter, heading, items in ARTICLE:
        out += [f"## {letter}. {heading}", ""]
        for label, text in items:
            out += [f"{label}. {text}" if label else text, ""]
    return "\n".join(out)


def article_text() -> str:
    out = []
    for letter, heading, items in ARTICLE:
        out += [f"{letter}. {heading}", ""]
        for label, text in items:
            out += [f"{label}. {text}" if label else text, ""]
    return "\n".join(out)


def article_html(title: str | None) -> str:
    e = html.escape
    head = f"<title>{e(title)}</title>" if title else ""
    out = ["<!DOCTYPE html>", f"<html lang=\"en\"><head><meta charset=\"utf-8\">{head}</head><body>"]
    for letter, heading, items in ARTICLE:
        out.append(f"<h2>{letter}. {e(heading)}</h2>")
        for label, text in items:
            out.append(f"<p>{label + '. ' if label else ''}{e(text)}</p>")
    out.append("</body></html>")
    return "\n".join(out) + "\n"


NEIGHBOURS = [
    ("8", "HOURS OF WORK", [("A", "WORKWEEK", "The normal workweek is forty (40) hours in five days of eight hours."),
                            ("B", "MEAL PERIODS", "Each shift of six hours or more includes an unpaid meal period of thirty (30) minutes.")]),
    ("10", "PARKING", [("A", "PERMITS", "Employees may buy a monthly permit for the staff lot at the posted rate."),
                       ("B", "NIGHT SHIFTS", "Employees on night shifts may park in the visitor lot without a permit.")]),
]


def full_contract_html() -> str:
    """The contract the single article comes from: Articles 8, 9 (with its heading) and 10."""
    e = html.escape
    out = ["<!DOCTYPE html>", "<html lang=\"en\"><head><meta charset=\"utf-8\"><title>Agreement</title></head><body>"]

    def neighbour(number, heading, sections):
        out.append(f"<h1>ARTICLE {number} – {heading}</h1>")
        for letter, section_heading, text in sections:
            out.append(f"<h2>{letter}. {section_heading}</h2><p>{e(text)}</p>")

    neighbour(*NEIGHBOURS[0])
    out.append(f"<h1>ARTICLE {ARTICLE_NUMBER} – {ARTICLE_HEADING.upper()}</h1>")
    body = article_html(None)
    out.append(body[body.index("<body>") + 6:body.index("</body>")].strip())
    neighbour(*NEIGHBOURS[1])
    out.append("</body></html>")
    return "\n".join(out) + "\n"


def article_expectation(number: str | None, heading: str | None) -> dict:
    article = {"kind": "article", "number": number, "heading": heading,
               "children": [f"{letter}." for letter, _, _ in ARTICLE],
               "headings": [heading for _, heading, _ in ARTICLE],
               "grandchildren": {"B.": ["1.", "2.", "3."]}}
    return {"children": [article]}


# ---------------------------------------------------------------------------
# Continuing headings: bold section headings, some continuing ones not bold.

CONTINUING = [
    ("5", "LAYOFF AND RECALL", [
        ("5.8", "Purpose", True, "The parties intend layoffs to be a last resort after attrition and transfers."),
        ("5.9", "Order of Layoff", True, "Layoffs within a classification go in inverse order of seniority."),
        ("5.10", "Notice to employees", False, "The Authority gives each affected operator thirty (30) days of written notice before a layoff takes effect."),
        ("5.11", "Recall", True, "Laid off operators are recalled in order of seniority for twenty-four (24) months."),
    ]),
    ("6", "HEALTH BENEFITS", [
        ("6.1", "Eligibility", True, "Operators scheduled for twenty (20) hours a week or more are eligible for the medical plan."),
        ("6.2", "Dependents", True, "Eligible operators may enroll a spouse, a domestic partner and children under twenty-six (26)."),
        ("6.3", "Coverage", False, "Coverage starts on the first day of the month after enrollment and continues through any approved leave."),
        ("6.4", "Premiums", True, "The Authority pays ninety percent (90%) of the premium of the lowest-cost plan."),
    ]),
]


def continuing_markdown(bold: bool) -> str:
    out = ["# HARBOR TRANSIT AUTHORITY AND OPERATORS LOCAL 77", ""]
    for number, heading, sections in CONTINUING:
        out += [f"# ARTICLE {number} {heading}", ""]
        for label, title, is_bold, text in sections:
            lead = f"{label} {title}."
            out += [f"**{lead}** {text}" if bold and is_bold else f"{lead} {text}", ""]
    return "\n".join(out)


def continuing_wrapped() -> str:
    """The markdown with each unbolded heading on the line right after the paragraph before it."""
    out = ["# HARBOR TRANSIT AUTHORITY AND OPERATORS LOCAL 77", ""]
    for number, heading, sections in CONTINUING:
        out += [f"# ARTICLE {number} {heading}", ""]
        for label, title, is_bold, text in sections:
            if is_bold:
                out += [f"**{label} {title}.** {text}", ""]
            else:
                out.pop()  # no blank line: the line continues the previous paragraph in markdown
                out += [f"{label} {title}. {text}", ""]
    return "\n".join(out)


def continuing_expectation() -> dict:
    children = [{"kind": "preamble"}]
    for number, heading, sections in CONTINUING:
        children.append({"kind": "article", "id": f"art_{number}", "number": number, "heading": heading,
                         "children": [s[0] for s in sections], "headings": [s[1] for s in sections]})
    return {"children": children}


# ---------------------------------------------------------------------------
# Parts as the top-level unit.

PARTS = [
    ("I", "GENERAL", [("1", "The Library Board recognizes the Guild for all part-time and full-time library assistants."), ("2", "This Agreement runs from January 1, 2026 through December 31, 2028.")]),
    ("II", "PAY", [("1", "Assistants are paid on the schedule in the Appendix."), ("2", "Work on a recognized holiday is paid at double time."), ("3", "Pay day is every other Friday.")]),
    ("III", "SCHEDULES", [("1", "Schedules are posted two weeks ahead."), ("2", "A shift changed with less than forty-eight (48) hours of notice earns one extra hour of pay.")]),
]


def parts_text() -> str:
    out = ["BAYSIDE LIBRARY BOARD", "", "COLLECTIVE AGREEMENT 2026–2028", ""]
    for roman, heading, clauses in PARTS:
        out += [f"PART {roman} – {heading}", ""]
        for label, text in clauses:
            out += [f"{label}. {text}", ""]
    return "\n".join(out)


def roman_value(token: str) -> int:
    values = {"I": 1, "V": 5, "X": 10}
    total = 0
    for index, char in enumerate(token):
        value = values[char]
        total += -value if index + 1 < len(token) and values[token[index + 1]] > value else value
    return total


def parts_expectation() -> dict:
    children = [{"kind": "preamble"}]
    for roman, heading, clauses in PARTS:
        children.append({"kind": "article", "id": f"art_{roman_value(roman)}", "number": str(roman_value(roman)),
                         "heading": heading, "children": [f"{c[0]}." for c in clauses]})
    return {"children": children}


# ---------------------------------------------------------------------------
# Conversions.

def pandoc(markdown: str, target: Path, *arguments: str) -> bool:
    """Runs pandoc on `markdown`, writing `target`; False (with a warning) when pandoc is missing."""
    if not shutil.which("pandoc"):
        print(f"warning: pandoc not found; {target.name} skipped", file=sys.stderr)
        return False
    with tempfile.TemporaryDirectory() as tmp:
        source = Path(tmp) / "in.md"
        source.write_text(markdown, encoding="utf-8")
        subprocess.run(["pandoc", "-f", "markdown", *arguments, str(source), "-o", str(target)], check=True)
    return True


def pandoc_docx(markdown: str, target: Path) -> bool:
    raw = target.with_suffix(".raw.docx")
    if not pandoc(markdown, raw, "-t", "docx"):
        return False
    rewrite_docx(raw, target, title=None)
    raw.unlink()
    return True


def rewrite_docx(source: Path, target: Path, title: str | None) -> None:
    """Copies a DOCX with fixed timestamps, setting docProps/core.xml's title when given."""
    with zipfile.ZipFile(source) as archive:
        entries = [(info.filename, archive.read(info.filename)) for info in archive.infolist()]
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in entries:
            if name == "docProps/core.xml":
                text = data.decode("utf-8")
                text = re.sub(r"<dcterms:(created|modified)([^>]*)>[^<]*<", r"<dcterms:\1\2>2026-01-01T00:00:00Z<", text)
                if title is not None:
                    text = re.sub(r"<dc:title>[^<]*</dc:title>|<dc:title\s*/>", "", text)
                    text = text.replace("</cp:coreProperties>", f"<dc:title>{html.escape(title)}</dc:title></cp:coreProperties>")
                data = text.encode("utf-8")
            info = zipfile.ZipInfo(name, date_time=(2026, 1, 1, 0, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            archive.writestr(info, data)


def soffice_pdf(docx: Path, target: Path) -> bool:
    office = shutil.which("soffice") or shutil.which("libreoffice")
    if not office or not docx.exists():
        print(f"warning: LibreOffice not found; {target.name} skipped", file=sys.stderr)
        return False
    with tempfile.TemporaryDirectory() as tmp:
        profile = Path(tmp) / "profile"
        subprocess.run([office, f"-env:UserInstallation=file://{profile}", "--headless", "--convert-to", "pdf",
                        "--outdir", tmp, str(docx)], check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        data = (Path(tmp) / (docx.stem + ".pdf")).read_bytes()
    # A fixed creation date of the same length keeps the cross-reference offsets right.
    data = re.sub(rb"/CreationDate\(D:\d{14}", b"/CreationDate(D:20260101000000", data)
    data = re.sub(rb"<[0-9A-F]{32}>", b"<" + b"0" * 32 + b">", data)
    data = re.sub(rb"/DocChecksum /[0-9A-F]{32}", b"/DocChecksum /" + b"0" * 32, data)
    target.write_bytes(data)
    return True


def pandoc_html(markdown: str, target: Path) -> bool:
    if not pandoc(markdown, target, "-s", "-t", "html", "--metadata", "pagetitle=Agreement"):
        return False
    text = re.sub(r'<meta name="(dcterms\.date|generator)"[^>]*>\n?', "", target.read_text(encoding="utf-8"))
    target.write_text(text, encoding="utf-8")
    return True


def main() -> int:
    if OUT.exists():
        shutil.rmtree(OUT)
    manifest: dict[str, dict] = {}

    def write(relative: str, text: str, expectation: dict) -> None:
        path = OUT / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
        manifest[relative] = expectation

    # The MOU.
    mou = mou_expectation()
    write("mou/marlow-county-mou-2025-2028.html", mou_html(), mou)
    write("mou/marlow-county-mou-2025-2028.txt", mou_text(), mou)
    write("mou/marlow-county-mou-2025-2028.md", mou_markdown(), mou)
    docx = OUT / "mou/marlow-county-mou-2025-2028.docx"
    if pandoc_docx(mou_markdown(), docx):
        manifest["mou/marlow-county-mou-2025-2028.docx"] = mou
        if soffice_pdf(docx, OUT / "mou/marlow-county-mou-2025-2028.pdf"):
            manifest["mou/marlow-county-mou-2025-2028.pdf"] = mou

    # The same MOU whose table of contents has page numbers but no dot leaders, as DOCX and PDF.
    plain_toc = mou_markdown().replace(" " + "." * 12 + " ", " ")
    docx = OUT / "mou/marlow-county-mou-2025-2028-plain-toc.docx"
    if pandoc_docx(plain_toc, docx):
        manifest["mou/marlow-county-mou-2025-2028-plain-toc.docx"] = mou
        if soffice_pdf(docx, OUT / "mou/marlow-county-mou-2025-2028-plain-toc.pdf"):
            manifest["mou/marlow-county-mou-2025-2028-plain-toc.pdf"] = mou

    # The single article: title only in the metadata, only in the file name, or nowhere.
    stated = f"Article {ARTICLE_NUMBER} – {ARTICLE_HEADING}"
    from_metadata = article_expectation(ARTICLE_NUMBER, ARTICLE_HEADING)
    from_name = article_expectation(ARTICLE_NUMBER, ARTICLE_HEADING)
    nowhere = article_expectation(None, None)
    write("single-article/meta-title.html", article_html(stated), from_metadata)
    write("single-article/meta-title.md", article_markdown(stated), from_metadata)
    write("single-article/art9_telework.html", article_html(None), from_name)
    write("single-article/article-9-telework.md", article_markdown(None), from_name)
    write("single-article/Article_9_Telework.txt", article_text(), from_name)
    write("single-article/telework-export.html", article_html(None), nowhere)
    write("single-article/telework-export.md", article_markdown(None), nowhere)
    write("single-article/telework-export.txt", article_text(), nowhere)
    write("single-article/full-contract.html", full_contract_html(), {"children": [
        {"kind": "article", "id": f"art_{number}", "number": number} for number in ["8", ARTICLE_NUMBER, "10"]]})
    for stem, title, expectation in [("meta-title", stated, from_metadata), ("9-telework", None, from_name),
                                     ("telework-export", None, nowhere)]:
        target = OUT / f"single-article/{stem}.docx"
        if not pandoc_docx(article_markdown(None), target):
            continue
        if title:
            rewrite_docx(target, target.with_suffix(".tmp"), title=title)
            target.with_suffix(".tmp").replace(target)
        manifest[f"single-article/{stem}.docx"] = expectation
        if soffice_pdf(target, OUT / f"single-article/{stem}.pdf"):
            manifest[f"single-article/{stem}.pdf"] = expectation

    # Continuing headings.
    continuing = continuing_expectation()
    write("continuing/harbor-transit-agreement.md", continuing_markdown(bold=True), continuing)
    write("continuing/harbor-transit-agreement-wrapped.md", continuing_wrapped(), continuing)
    write("continuing/harbor-transit-agreement.txt", continuing_markdown(bold=False).replace("# ", ""),
          continuing)
    if pandoc_html(continuing_wrapped(), OUT / "continuing/harbor-transit-agreement-wrapped.pandoc.html"):
        manifest["continuing/harbor-transit-agreement-wrapped.pandoc.html"] = continuing

    # Parts.
    write("parts/bayside-library-agreement.txt", parts_text(), parts_expectation())

    (OUT / "manifest.json").write_text(json.dumps(manifest, indent=2, sort_keys=True, ensure_ascii=False) + "\n",
                                       encoding="utf-8")
    print(f"wrote {len(manifest)} documents under {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
