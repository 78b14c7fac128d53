import RedlineModel
import RedlineReaders
import Testing

@Suite struct CrossReferenceTests {
    static let document = try! parse(
        """
        ARTICLE 12 – GRIEVANCE AND ARBITRATION
        A. FILING
        1. Grievances use the form in Appendix A and follow Article 19 (Management and Academic Rights).
        2. A grievance about postings under Articles 22 and 23 follows Section B.3 of this Article.
        3. Time limits are in Article 7, Section A; leave is covered by Article 40.
        B. STEPS
        1. First step.
        2. Second step.
        3. Third step, as in Section 3 of Article 19.
        ARTICLE 19 – MANAGEMENT AND ACADEMIC RIGHTS
        A. The University keeps the rights not limited by this Agreement.
        APPENDIX A – GRIEVANCE FORM
        The form has a box for the Article 12 step.
        """, name: "refs.txt")

    func references(_ id: String) throws -> [CrossReference] {
        try #require(Self.document.node(withID: id)).references
    }

    @Test func articleAndAppendixReferencesResolve() throws {
        let refs = try references("art_12__sec_a__subsec_1")
        #expect(refs.map(\.text) == ["Appendix A", "Article 19 (Management and Academic Rights)"])
        #expect(refs.map(\.kind) == [.appendix, .article])
        #expect(refs[0].resolvedID == "app_a")
        #expect(refs[1].target == "19")
        #expect(refs[1].targetName == "Management and Academic Rights")
        #expect(refs[1].resolvedID == "art_19")
    }

    @Test func listsAndThisArticle() throws {
        let refs = try references("art_12__sec_a__subsec_2")
        #expect(refs.map(\.target) == ["22", "23", "b.3"])
        #expect(refs.map(\.isResolved) == [false, false, true])
        #expect(refs[2].article == "12")
        #expect(refs[2].resolvedID == "art_12__sec_b__subsec_3")
        #expect(refs[2].text == "Section B.3 of this Article")
    }

    @Test func articleThenSectionAndUnresolvedTargets() throws {
        let refs = try references("art_12__sec_a__subsec_3")
        #expect(refs.map(\.text) == ["Article 7", "Section A", "Article 40"])
        #expect(refs[1].article == "7")
        #expect(refs.allSatisfy { !$0.isResolved })
    }

    @Test func sectionOfAnotherArticle() throws {
        let refs = try references("art_12__sec_b__subsec_3")
        #expect(refs.first?.article == "19")
        #expect(refs.first?.target == "3")
    }

    @Test func offsetsPointAtTheWords() throws {
        let node = try #require(Self.document.node(withID: "art_12__sec_a__subsec_1"))
        let scalars = Array(node.text.plainText.unicodeScalars)
        for reference in node.references {
            let slice = String(String.UnicodeScalarView(scalars[reference.offset..<(reference.offset + reference.length)]))
            #expect(slice == reference.text)
        }
    }

    @Test func referencesInAppendicesAndNotInPlainWords() throws {
        #expect(try references("app_a__p_1").map(\.resolvedID) == ["art_12"])
        let prose = try parse("ARTICLE 1 X\nA. This article and the articles of incorporation matter.\n", name: "p.txt")
        #expect(prose.allReferences.isEmpty)
    }
}

@Suite struct CrossReferenceNamingTests {
    static let document = try! parse(
        """
        ARTICLE 4 – LAYOFF
        4.1 Notice. Layoff notices follow Section 4.2 of Article 4 (Layoff) and Side Letter No. 1.
        4.2 Order. Layoffs follow seniority.
        SIDE LETTER NO. 1 – HOUSING STUDY
        The parties will study housing costs.
        """, name: "names.txt")

    @Test("a name after \"of Article 4\" names the article, not the section")
    func nameBelongsToTheArticle() throws {
        let refs = try #require(Self.document.node(withID: "art_4__sec_4.1")).references
        let section = try #require(refs.first { $0.kind == .section })
        #expect(section.text == "Section 4.2 of Article 4 (Layoff)")
        #expect(section.targetName == nil)
        #expect(section.article == "4")
        #expect(section.resolvedID == "art_4__sec_4.2")
    }

    @Test("\"Side Letter No. 1\" points at side letter 1")
    func sideLetterNumber() throws {
        let refs = try #require(Self.document.node(withID: "art_4__sec_4.1")).references
        let letter = try #require(refs.first { $0.kind == .sideLetter })
        #expect(letter.text == "Side Letter No. 1")
        #expect(letter.target == "1")
        #expect(letter.resolvedID == "letter_1")
    }
}
