import Foundation
import RedlineChecks
import RedlineModel
import RedlineReaders
import RedlineTestSupport
import Testing

/// The UC–UAW 2022–2025 contracts (ASE and GSR units, one article per file) from `../shared/real`,
/// each unit's folder checked as one set, in the markdown sources and the Jekyll HTML.
///
/// Every finding is a real defect of the source or a real absence from the set, listed below with
/// the reason. Anything else is a false positive to fix in the rule (never by special-casing
/// these files).
@Suite(.enabled(if: Fixtures.hasSharedReal, "../shared/real is absent"))
struct RealDocumentTests {
    /// An expected finding: file name, rule, a piece of the message, and why it is real.
    struct Expected {
        let file: String
        let rule: String
        let message: String
        let why: String
    }

    static let expected: [Expected] = {
        var list: [Expected] = []
        // Source defects, the same in both encodings where the encoding keeps them.
        let quote = "A closing quotation mark is missing (or stray) in the source text."
        for file in ["ase/src/bx_02-appointment-notification_2022-2025.md", "ase/html/bx_02-appointment-notification_2022-2025.md"] {
            // Item l. opens the reasonable-accommodation statement with " and never closes it (twice: salaried
            // and hourly notices); item xxiv. ends with a stray closing quote after "Article 34 - Workload".
            list.append(Expected(file: file, rule: "hygiene/unbalanced", message: "the following statement on reasonable accommodation", why: quote))
            list.append(Expected(file: file, rule: "hygiene/unbalanced", message: "A statement that when an ASE has any concerns", why: quote))
        }
        for file in ["ase/src/bx_33-waiver_2022-2025.md", "ase/html/bx_33-waiver_2022-2025.md"] {
            // D.b.iii refers to "Section C.1", but Section C has no numbered paragraphs.
            list.append(Expected(file: file, rule: "reference/missing", message: "“Section C.1”", why: "dangling reference in the source"))
        }
        for file in ["ase/src/bx_32b-special-wages_2022-2025.md", "ase/html/bx_32b-special-wages_2022-2025.md"] {
            // Under C.1.b the source numbers the Associate Instructor items 5.–9., continuing the list of C.1.a
            // instead of restarting at 1.; the reader therefore places them beside "1.", and the next headings
            // "2. Teaching Fellows…" and "3. Readers…" come after "9.".
            list.append(Expected(file: file, rule: "numbering/order", message: "2. comes after 9.", why: "list numbering continued across sub-lists"))
            list.append(Expected(file: file, rule: "numbering/order", message: "3. comes after 9.", why: "list numbering continued across sub-lists"))
        }
        // The markdown writes the headings of D.2–D.6 as "#2." … "#6." (no space), so they are not headings, and
        // "7. Additional Long-Term Leave" follows "1."; the reference to Section D.2 then has no target.
        list.append(Expected(file: "ase/src/bx_18-leaves_2022-2025.md", rule: "numbering/gap", message: "7. follows 1.", why: "malformed markdown headings"))
        list.append(Expected(file: "ase/src/bx_18-leaves_2022-2025.md", rule: "reference/missing", message: "“Section D.2”", why: "malformed markdown headings"))
        // References to divisions that no file of the set holds. The collection leaves out ASE Articles 9, 16, 19
        // and 21 and GSR Articles 8, 15, 18 and 20 (see SOURCES.md); ASE has no Appendix H and GSR no Appendix D,
        // K, L or M in the collection. Appendix A is a scanned form, but its file (named appendix-a) is Appendix A.
        let absent: [(String, String)] = [
            ("bx_12-grievance-and-arbitration_2022-2025.md", "Article 19"),
            ("bx_18-leaves_2022-2025.md", "Article 16"), ("bx_25-respectful-work-environment_2022-2025.md", "Appendix H"),
            ("bx_appendix-d_jlmc-workplace-accessibility_2022-2025.md", "Article 16"),
            ("br_02_appointment-notification_2022-2025.md", "Appendix D"), ("br_02_appointment-notification_2022-2025.md", "Article 20"),
            ("br_11_grievance-and-arbitration_2022-2025.md", "Article 8"),
            ("br_17_leaves_2022-2025.md", "Article 15"), ("br_26_respectful-work-environment_2022-2025.md", "Appendix K"),
            ("br_30_union-access-and-rights_2022-2025.md", "Appendix L"), ("br_31_union-security_2022-2025.md", "Appendix M"),
        ]
        for (name, division) in absent {
            let unit = name.hasPrefix("bx") ? "ase" : "gsr"
            for encoding in ["src", "html"] {
                list.append(Expected(file: "\(unit)/\(encoding)/\(name)", rule: "reference/not-in-set", message: "names \(division),", why: "not in the set"))
            }
        }
        return list
    }()

    static let folders = ["ase/src", "gsr/src", "ase/html", "gsr/html"]

    /// Reads every readable document of a folder (as `redline check FOLDER` does) and checks them as one set.
    func check(_ folder: String) throws -> [Finding] {
        let base = try #require(Fixtures.sharedReal).appendingPathComponent("uc-uaw-2022")
        let directory = base.appendingPathComponent(folder)
        let names = try FileManager.default.contentsOfDirectory(atPath: directory.path).filter { $0.hasSuffix(".md") }.sorted()
        var set: [CheckedDocument] = []
        for name in names {
            let bytes = try [UInt8](Data(contentsOf: directory.appendingPathComponent(name)))
            // Every file reads: the Appendix A grievance forms (a scanned image) are Appendix A by their file names.
            guard let document = try? CheckHarness.document(bytes: bytes, name: "\(folder)/\(name)") else { continue }
            set.append(document)
        }
        #expect(set.count == names.count, "every file of the folder reads")
        return Checker().check(set)
    }

    @Test(arguments: folders)
    func everyFindingIsARealDefect(_ folder: String) throws {
        let findings = try check(folder)
        for finding in findings {
            let known = Self.expected.contains {
                $0.file == finding.file && $0.rule == finding.ruleID && finding.message.contains($0.message)
            }
            #expect(known, "unexpected finding (a false positive to fix in the rule?): \(finding.file):\(finding.line): \(finding.message) [\(finding.ruleID)]")
        }
        for expected in Self.expected where expected.file.hasPrefix(folder + "/") {
            #expect(
                findings.contains { $0.file == expected.file && $0.ruleID == expected.rule && $0.message.contains(expected.message) },
                "expected finding missing: \(expected.file) \(expected.rule) \(expected.message)")
        }
    }

    /// Each unit's articles joined into one document, as a whole contract would be checked.
    @Test(arguments: ["ase", "gsr"])
    func theWholeContractInOneDocument(_ unit: String) throws {
        let folder = try #require(Fixtures.sharedReal).appendingPathComponent("uc-uaw-2022/\(unit)/src")
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".md") }.sorted()
        var text = ""
        for name in names { text += try String(contentsOf: folder.appendingPathComponent(name), encoding: .utf8) + "\n\n" }
        let document = try CheckHarness.document(text, name: "\(unit).md")
        #expect(document.document.articles.count >= 36)
        let findings = Checker().check([document])
        // What a whole-contract check of the collection finds, and why each is real:
        let allowed: [(rule: String, message: String)] = [
            // The collection leaves out four articles per unit, so the article numbers have gaps and
            // references to those articles (and to appendices kept only as unlabelled forms or not at
            // all) have no target.
            ("numbering/gap", "Article"), ("reference/missing", "names Article"), ("reference/missing", "names Appendix"),
            // Source defects listed above.
            ("numbering/gap", "7. follows 1."), ("reference/missing", "“Section D.2”"), ("reference/missing", "“Section C.1”"),
            ("numbering/order", "comes after 9."), ("hygiene/unbalanced", "double quotation marks"),
            // The contract counts limits in business days in the grievance article, but in working days
            // (Union Security, Leaves) and workdays (GSR Appointment Security) elsewhere: one unit, three names.
            ("numbers/day-units", "counts"),
        ]
        for finding in findings {
            #expect(
                allowed.contains { finding.ruleID == $0.rule && finding.message.contains($0.message) },
                "unexpected: \(finding.line): \(finding.message) [\(finding.ruleID)]")
        }
        // Articles 9, 16, 19 and 21 (ASE) or 8, 15, 18 and 20 (GSR) are absent: four gaps, and no more.
        #expect(findings.filter { $0.ruleID == "numbering/gap" && $0.message.hasPrefix("Article") }.count == 4)
    }
}
