#!/usr/bin/env python3
"""Write every proposal sequence as real Word files, for the source-preserving DOCX redline tests.

    python3 corpora/tools/build_docx_pairs.py

For each `proposals/NN-slug/clean/0V-*.txt` (00-current is the article in the current contract,
01..04 each version with its markup applied) this writes `proposals/NN-slug/docx/0V-*.docx`, built
from the XML up (no converter needed) with the Word features a redline must carry through:

- Heading 1 / Heading 2 paragraph styles for the article and section headings;
- numbered subsections as a `word/numbering.xml` list (`w:numPr`, one list instance per section,
  each restarting at 1), so the numbers are Word's, not typed text; "(a)" and "(i)" stay typed;
- bold runs for quoted defined terms and italic runs for "Article N" references;
- a table (the fixed-width text tables of the clean text become `w:tbl`, plus a version table at
  the end whose cells change from version to version);
- a header and a footer (with a PAGE field), a footnote on the first paragraph of text;
- a section break (`w:sectPr` in a paragraph) before the version table, which sits in a landscape
  section.

Output is deterministic (fixed ZIP timestamps, fixed order).
"""

from __future__ import annotations

import re
import sys
import zipfile
from pathlib import Path
from xml.sax.saxutils import escape

sys.dont_write_bytecode = True
CORPORA = Path(__file__).resolve().parent.parent

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'

VERSION_NAMES = {
    "00-current": ("Current contract", "Both parties", "December 1, 2023"),
    "01-union-initial": ("Union initial proposal", "Union", "March 2026"),
    "02-management-counter": ("University counter-proposal", "University", "April 2026"),
    "03-union-counter": ("Union counter-proposal", "Union", "May 2026"),
    "04-tentative-agreement": ("Tentative agreement", "Both parties", "June 2026"),
}


def t(text: str) -> str:
    space = ' xml:space="preserve"' if text != text.strip() or "  " in text else ""
    return f"<w:t{space}>{escape(text)}</w:t>"


def runs(text: str) -> str:
    """Runs for a paragraph's text: quoted terms bold, "Article N" italic, the rest plain."""
    out = []
    pattern = re.compile(r"(“[^”]{1,40}”|Article \d+)")
    position = 0
    for match in pattern.finditer(text):
        if match.start() > position:
            out.append(f"<w:r>{t(text[position:match.start()])}</w:r>")
        piece = match.group(0)
        prop = "<w:b/>" if piece.startswith("“") else "<w:i/>"
        out.append(f"<w:r><w:rPr>{prop}</w:rPr>{t(piece)}</w:r>")
        position = match.end()
    if position < len(text):
        out.append(f"<w:r>{t(text[position:])}</w:r>")
    return "".join(out)


def paragraph(text: str, style: str | None = None, num: int | None = None, indent: int = 0,
              footnote: bool = False, sect: str = "") -> str:
    ppr = ""
    if style:
        ppr += f'<w:pStyle w:val="{style}"/>'
    if num is not None:
        ppr += f'<w:numPr><w:ilvl w:val="0"/><w:numId w:val="{num}"/></w:numPr>'
    if indent:
        ppr += f'<w:ind w:left="{indent}"/>'
    ppr += sect
    body = runs(text)
    if footnote:
        body += '<w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:footnoteReference w:id="1"/></w:r>'
    return f"<w:p>{'<w:pPr>' + ppr + '</w:pPr>' if ppr else ''}{body}</w:p>"


def table(rows: list[list[str]]) -> str:
    columns = max(len(row) for row in rows)
    width = 9000 // columns
    grid = "".join(f'<w:gridCol w:w="{width}"/>' for _ in range(columns))
    out = [f'<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="0" w:type="auto"/></w:tblPr>'
           f"<w:tblGrid>{grid}</w:tblGrid>"]
    for index, row in enumerate(rows):
        out.append("<w:tr>")
        if index == 0:
            out.append("<w:trPr><w:tblHeader/></w:trPr>")
        for cell in row + [""] * (columns - len(row)):
            out.append(f'<w:tc><w:tcPr><w:tcW w:w="{width}" w:type="dxa"/></w:tcPr>'
                       f'<w:p>{runs(cell) if cell else ""}</w:p></w:tc>')
        out.append("</w:tr>")
    out.append("</w:tbl>")
    return "".join(out)


PORTRAIT = ('<w:headerReference w:type="default" r:id="rIdHeader"/><w:footerReference w:type="default" r:id="rIdFooter"/>'
            '<w:pgSz w:w="12240" w:h="15840"/><w:pgMar w:top="1440" w:right="1440" w:bottom="1440" w:left="1440" '
            'w:header="720" w:footer="720" w:gutter="0"/>')
LANDSCAPE = ('<w:headerReference w:type="default" r:id="rIdHeader"/><w:footerReference w:type="default" r:id="rIdFooter"/>'
             '<w:pgSz w:w="15840" w:h="12240" w:orient="landscape"/><w:pgMar w:top="1440" w:right="1440" '
             'w:bottom="1440" w:left="1440" w:header="720" w:footer="720" w:gutter="0"/>')


def body(text: str, name: str, party: str, date: str) -> tuple[str, int]:
    """The body XML and the number of list instances it uses."""
    blocks = [block for block in re.split(r"\n\s*\n", text.strip()) if block.strip()]
    out = []
    lists = 0
    current_list = None
    footnote_done = False
    for block in blocks:
        lines = block.split("\n")
        first = lines[0].strip()
        if re.match(r"^(ARTICLE|APPENDIX|SIDE LETTER)\b", first):
            out.append(paragraph(first, style="Heading1"))
            continue
        if re.match(r"^[A-Z]\.\s+[A-Z][A-Z ,;’'&()–-]+$", first):
            out.append(paragraph(first, style="Heading2"))
            current_list = None
            continue
        if len(lines) > 1 and any(re.search(r"\S\s{2,}\S", line) for line in lines[1:]):
            # A caption and a fixed-width table.
            out.append(paragraph(first, style="Caption"))
            rows = [re.split(r"\s{2,}", line.strip()) for line in lines[1:] if line.strip()]
            out.append(table(rows))
            continue
        paragraph_text = " ".join(line.strip() for line in lines)
        numbered = re.match(r"^(\d+)\.\s+(.*)$", paragraph_text)
        lettered = re.match(r"^\(([a-z]{1,2})\)\s", paragraph_text)
        roman = re.match(r"^\((i|ii|iii|iv|v|vi|vii|viii|ix|x)\)\s", paragraph_text)
        if numbered:
            if current_list is None:
                lists += 1
                current_list = lists
            out.append(paragraph(numbered.group(2), num=current_list))
        elif roman:
            out.append(paragraph(paragraph_text, indent=1440))
        elif lettered:
            out.append(paragraph(paragraph_text, indent=720))
        else:
            out.append(paragraph(paragraph_text, footnote=not footnote_done))
            footnote_done = True
    # A section break, then the version table in a landscape section.
    out.append(paragraph(f"Document history: {name}.", sect=f"<w:sectPr>{PORTRAIT}</w:sectPr>"))
    out.append(table([["Version", "Party", "Date"], [name, party, date], ["Article text", "See above", "–"]]))
    out.append(f"<w:p/><w:sectPr>{LANDSCAPE}</w:sectPr>")
    return "".join(out), lists


def numbering(lists: int) -> str:
    levels = "".join(
        f'<w:lvl w:ilvl="{level}"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/><w:lvlText w:val="{text}"/>'
        f'<w:lvlJc w:val="left"/><w:pPr><w:ind w:left="{360 * (level + 1)}" w:hanging="360"/></w:pPr></w:lvl>'
        for level, (fmt, text) in enumerate([("decimal", "%1."), ("lowerLetter", "(%2)"), ("lowerRoman", "(%3)")]))
    nums = "".join(
        f'<w:num w:numId="{index}"><w:abstractNumId w:val="0"/>'
        f'<w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>'
        for index in range(1, lists + 1))
    return (DECL + f'<w:numbering xmlns:w="{W}"><w:abstractNum w:abstractNumId="0">'
            f'<w:multiLevelType w:val="hybridMultilevel"/>{levels}</w:abstractNum>{nums}</w:numbering>')


STYLES = DECL + f"""<w:styles xmlns:w="{W}"><w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="Georgia" w:hAnsi="Georgia"/>\
<w:sz w:val="22"/><w:lang w:val="en-US"/></w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:after="120"/></w:pPr></w:pPrDefault></w:docDefaults>\
<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>\
<w:style w:type="character" w:default="1" w:styleId="DefaultParagraphFont"><w:name w:val="Default Paragraph Font"/><w:uiPriority w:val="1"/><w:semiHidden/></w:style>\
<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/>\
<w:pPr><w:keepNext/><w:spacing w:before="360"/><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:b/><w:sz w:val="30"/></w:rPr></w:style>\
<w:style w:type="paragraph" w:styleId="Heading2"><w:name w:val="heading 2"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/>\
<w:pPr><w:keepNext/><w:spacing w:before="240"/><w:outlineLvl w:val="1"/></w:pPr><w:rPr><w:b/><w:sz w:val="24"/></w:rPr></w:style>\
<w:style w:type="paragraph" w:styleId="Caption"><w:name w:val="caption"/><w:basedOn w:val="Normal"/><w:qFormat/><w:rPr><w:i/><w:sz w:val="20"/></w:rPr></w:style>\
<w:style w:type="paragraph" w:styleId="FootnoteText"><w:name w:val="footnote text"/><w:basedOn w:val="Normal"/><w:rPr><w:sz w:val="18"/></w:rPr></w:style>\
<w:style w:type="character" w:styleId="FootnoteReference"><w:name w:val="footnote reference"/><w:rPr><w:vertAlign w:val="superscript"/></w:rPr></w:style>\
<w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/><w:semiHidden/><w:tblPr><w:tblInd w:w="0" w:type="dxa"/>\
<w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/><w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>\
<w:style w:type="table" w:styleId="TableGrid"><w:name w:val="Table Grid"/><w:basedOn w:val="TableNormal"/><w:tblPr><w:tblBorders>\
<w:top w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:left w:val="single" w:sz="4" w:space="0" w:color="auto"/>\
<w:bottom w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:right w:val="single" w:sz="4" w:space="0" w:color="auto"/>\
<w:insideH w:val="single" w:sz="4" w:space="0" w:color="auto"/><w:insideV w:val="single" w:sz="4" w:space="0" w:color="auto"/></w:tblBorders></w:tblPr></w:style>\
</w:styles>"""

FOOTNOTES = DECL + f"""<w:footnotes xmlns:w="{W}">\
<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>\
<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>\
<w:footnote w:id="1"><w:p><w:pPr><w:pStyle w:val="FootnoteText"/></w:pPr><w:r><w:rPr><w:rStyle w:val="FootnoteReference"/></w:rPr><w:footnoteRef/></w:r>\
<w:r><w:t xml:space="preserve"> The parties' joint bargaining notes of January 2026 explain how this Article was drafted.</w:t></w:r></w:p></w:footnote>\
</w:footnotes>"""


def header(name: str) -> str:
    return (DECL + f'<w:hdr xmlns:w="{W}"><w:p><w:pPr><w:jc w:val="right"/></w:pPr>'
            f"<w:r><w:t>Lakeshore State University and GWU Local 4811 – {escape(name)}</w:t></w:r></w:p></w:hdr>")


FOOTER = DECL + f"""<w:ftr xmlns:w="{W}"><w:p><w:pPr><w:jc w:val="center"/></w:pPr><w:r><w:t xml:space="preserve">Page </w:t></w:r>\
<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> PAGE </w:instrText></w:r>\
<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>1</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r></w:p></w:ftr>"""

CONTENT_TYPES = DECL + """<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
<Default Extension="xml" ContentType="application/xml"/>\
<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>\
<Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>\
<Override PartName="/word/numbering.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml"/>\
<Override PartName="/word/footnotes.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml"/>\
<Override PartName="/word/header1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.header+xml"/>\
<Override PartName="/word/footer1.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.footer+xml"/>\
<Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>\
</Types>"""

PACKAGE_RELS = DECL + """<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>\
<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>\
</Relationships>"""

DOCUMENT_RELS = DECL + """<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
<Relationship Id="rIdStyles" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>\
<Relationship Id="rIdNumbering" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/numbering" Target="numbering.xml"/>\
<Relationship Id="rIdFootnotes" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes" Target="footnotes.xml"/>\
<Relationship Id="rIdHeader" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/header" Target="header1.xml"/>\
<Relationship Id="rIdFooter" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footer" Target="footer1.xml"/>\
</Relationships>"""


def core(name: str) -> str:
    return (DECL + '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" '
            'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" '
            'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
            f"<dc:title>{escape(name)}</dc:title><dc:creator>Lakeshore bargaining teams</dc:creator>"
            '<dcterms:created xsi:type="dcterms:W3CDTF">2026-01-15T09:00:00Z</dcterms:created></cp:coreProperties>')


def write_docx(path: Path, parts: list[tuple[str, str]]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, text in parts:
            info = zipfile.ZipInfo(name, date_time=(2026, 1, 15, 9, 0, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            archive.writestr(info, text.encode("utf-8"))


def build(clean: Path, target: Path) -> None:
    name, party, date = VERSION_NAMES[clean.stem]
    write_text_docx(clean.read_text(encoding="utf-8"), target, name, party, date)


def write_text_docx(source: str, target: Path, name: str, party: str = "Both parties", date: str = "2026") -> None:
    """Writes `source` (paragraphs separated by blank lines) as a Word file at `target`."""
    text, lists = body(source, name, party, date)
    document = (DECL + f'<w:document xmlns:w="{W}" xmlns:r="{R}"><w:body>{text}</w:body></w:document>')
    write_docx(target, [
        ("[Content_Types].xml", CONTENT_TYPES),
        ("_rels/.rels", PACKAGE_RELS),
        ("docProps/core.xml", core(name)),
        ("word/document.xml", document),
        ("word/_rels/document.xml.rels", DOCUMENT_RELS),
        ("word/styles.xml", STYLES),
        ("word/numbering.xml", numbering(max(lists, 1))),
        ("word/footnotes.xml", FOOTNOTES),
        ("word/header1.xml", header(name)),
        ("word/footer1.xml", FOOTER),
    ])


def main() -> int:
    count = 0
    for clean in sorted(CORPORA.glob("proposals/*/clean/0*.txt")):
        build(clean, clean.parent.parent / "docx" / (clean.stem + ".docx"))
        count += 1
    print(f"wrote {count} DOCX files")
    return 0


if __name__ == "__main__":
    sys.exit(main())
