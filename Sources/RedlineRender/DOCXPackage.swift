import Foundation
import ZIPFoundation

/// The fixed parts of a minimal WordprocessingML package and the ZIP writer that puts them together.
enum DOCXPackage {
    /// Zips `document` (the text of `word/document.xml`) with the other parts, in memory.
    ///
    /// - Complexity: O(*n*) in the size of the parts.
    static func archive(document: String, context: RenderContext) throws -> Data {
        let archive: Archive
        do {
            archive = try Archive(data: Data(), accessMode: .create)
        } catch {
            throw RenderError("cannot create the DOCX archive in memory: \(error)")
        }
        let parts: [(String, String)] = [
            ("[Content_Types].xml", contentTypes),
            ("_rels/.rels", packageRelationships),
            ("docProps/core.xml", coreProperties(context)),
            ("word/document.xml", document),
            ("word/_rels/document.xml.rels", documentRelationships),
            ("word/styles.xml", styles(language: context.language)),
            ("word/settings.xml", settings),
        ]
        // ZIP stores local DOS times from 1980 on.
        let stamp = max(context.date, Date(timeIntervalSince1970: 315_619_200))
        for (path, text) in parts {
            let data = Data(text.utf8)
            do {
                try archive.addEntry(
                    with: path, type: .file, uncompressedSize: Int64(data.count), modificationDate: stamp,
                    compressionMethod: .deflate, bufferSize: max(16_384, min(data.count, 1 << 20))
                ) { position, size in
                    data.subdata(in: Int(position)..<min(data.count, Int(position) + size))
                }
            } catch {
                throw RenderError("cannot write \(path) into the DOCX archive: \(error)")
            }
        }
        guard let bytes = archive.data else { throw RenderError("the DOCX archive has no data") }
        return bytes
    }

    static let xmlDeclaration = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
    static let mainNamespace = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"

    static let contentTypes = xmlDeclaration + """
        <Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">\
        <Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>\
        <Default Extension="xml" ContentType="application/xml"/>\
        <Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>\
        <Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/>\
        <Override PartName="/word/settings.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.settings+xml"/>\
        <Override PartName="/docProps/core.xml" ContentType="application/vnd.openxmlformats-package.core-properties+xml"/>\
        </Types>
        """

    static let packageRelationships = xmlDeclaration + """
        <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
        <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/>\
        <Relationship Id="rId2" Type="http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties" Target="docProps/core.xml"/>\
        </Relationships>
        """

    static let documentRelationships = xmlDeclaration + """
        <Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">\
        <Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/>\
        <Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/settings" Target="settings.xml"/>\
        </Relationships>
        """

    static let settings = xmlDeclaration + """
        <w:settings xmlns:w="\(mainNamespace)"><w:defaultTabStop w:val="720"/>\
        <w:characterSpacingControl w:val="doNotCompress"/><w:compat>\
        <w:compatSetting w:name="compatibilityMode" w:uri="http://schemas.microsoft.com/office/word" w:val="15"/>\
        </w:compat></w:settings>
        """

    static func coreProperties(_ context: RenderContext) -> String {
        let title = "Redline: \(context.newLabel) compared with \(context.oldLabel)".markupEscaped
        let author = context.author.markupEscaped
        let date = context.timestampString
        return xmlDeclaration + """
            <cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" \
            xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" \
            xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">\
            <dc:title>\(title)</dc:title><dc:creator>\(author)</dc:creator><cp:lastModifiedBy>\(author)</cp:lastModifiedBy>\
            <dcterms:created xsi:type="dcterms:W3CDTF">\(date)</dcterms:created>\
            <dcterms:modified xsi:type="dcterms:W3CDTF">\(date)</dcterms:modified></cp:coreProperties>
            """
    }

    static func styles(language: String) -> String {
        func heading(_ level: Int, size: Int, before: Int) -> String {
            """
            <w:style w:type="paragraph" w:styleId="Heading\(level)"><w:name w:val="heading \(level)"/>\
            <w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:uiPriority w:val="9"/><w:qFormat/>\
            <w:pPr><w:keepNext/><w:keepLines/><w:spacing w:before="\(before)" w:after="120"/><w:outlineLvl w:val="\(level - 1)"/></w:pPr>\
            <w:rPr><w:b/><w:bCs/><w:sz w:val="\(size)"/><w:szCs w:val="\(size)"/></w:rPr></w:style>
            """
        }
        return xmlDeclaration + """
            <w:styles xmlns:w="\(mainNamespace)"><w:docDefaults><w:rPrDefault><w:rPr>\
            <w:rFonts w:ascii="Cambria" w:hAnsi="Cambria" w:eastAsia="Cambria" w:cs="Times New Roman"/>\
            <w:sz w:val="22"/><w:szCs w:val="22"/><w:lang w:val="\(language.attributeEscaped)"/></w:rPr></w:rPrDefault>\
            <w:pPrDefault><w:pPr><w:spacing w:after="120" w:line="264" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>\
            <w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/><w:qFormat/></w:style>\
            <w:style w:type="character" w:default="1" w:styleId="DefaultParagraphFont"><w:name w:val="Default Paragraph Font"/>\
            <w:uiPriority w:val="1"/><w:semiHidden/><w:unhideWhenUsed/></w:style>\
            <w:style w:type="table" w:default="1" w:styleId="TableNormal"><w:name w:val="Normal Table"/><w:uiPriority w:val="99"/>\
            <w:semiHidden/><w:unhideWhenUsed/><w:tblPr><w:tblInd w:w="0" w:type="dxa"/><w:tblCellMar>\
            <w:top w:w="0" w:type="dxa"/><w:left w:w="108" w:type="dxa"/><w:bottom w:w="0" w:type="dxa"/>\
            <w:right w:w="108" w:type="dxa"/></w:tblCellMar></w:tblPr></w:style>\
            <w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/><w:basedOn w:val="Normal"/>\
            <w:next w:val="Normal"/><w:uiPriority w:val="10"/><w:qFormat/><w:pPr><w:spacing w:after="80"/></w:pPr>\
            <w:rPr><w:b/><w:bCs/><w:sz w:val="40"/><w:szCs w:val="40"/></w:rPr></w:style>\
            <w:style w:type="paragraph" w:styleId="Subtitle"><w:name w:val="Subtitle"/><w:basedOn w:val="Normal"/>\
            <w:next w:val="Normal"/><w:uiPriority w:val="11"/><w:qFormat/><w:pPr><w:spacing w:after="360"/></w:pPr>\
            <w:rPr><w:color w:val="595959"/><w:sz w:val="24"/><w:szCs w:val="24"/></w:rPr></w:style>\
            \(heading(1, size: 30, before: 360))\(heading(2, size: 26, before: 240))\(heading(3, size: 22, before: 200))\
            </w:styles>
            """
    }
}
