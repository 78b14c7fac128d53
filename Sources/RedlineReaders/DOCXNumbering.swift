import RedlineModel
import RedlineXML

/// Word's list numbering (`word/numbering.xml`) and the counters that reproduce the labels
/// Word prints: "Article 12", "A.", "(1)", "3.1".
///
/// Each `w:num` points at a `w:abstractNum` whose `w:lvl`s give a format (`decimal`,
/// `upperLetter`, …), a label template (`lvlText` such as "%1." or "(%2)") and a start value.
/// Lists that share an abstract definition continue one another's numbering unless a
/// `w:lvlOverride/w:startOverride` restarts them. Advancing a level restarts every deeper one.
struct DOCXNumbering {
    struct Level: Sendable, Equatable {
        /// `w:numFmt`: decimal, upperLetter, lowerLetter, upperRoman, lowerRoman, bullet, none, …
        var format = "decimal"
        /// `w:lvlText`: the label template, `%1`…`%9` standing for the levels' numbers.
        var text = "%1."
        /// `w:start`.
        var start = 1
        /// `w:isLgl`: show every level's number in arabic ("1.1" in a roman list).
        var legal = false
    }

    struct Instance: Sendable {
        var abstractID: String
        /// `w:lvlOverride`s: a new start (`w:startOverride`) and/or a replaced level definition.
        var startOverrides: [Int: Int] = [:]
        var levelOverrides: [Int: Level] = [:]
    }

    private(set) var abstracts: [String: [Int: Level]] = [:]
    private(set) var instances: [String: Instance] = [:]
    /// Current value per abstract list and level.
    private var counters: [String: [Int: Int]] = [:]
    /// Instances whose start overrides have been applied.
    private var started: Set<String> = []

    init() {}

    /// Reads `numbering.xml`.
    init(_ root: MarkupElement) {
        for element in root.childElements {
            switch element.name {
            case "abstractNum":
                guard let id = element.w("abstractNumId") else { continue }
                var levels: [Int: Level] = [:]
                for lvl in element.childElements where lvl.name == "lvl" {
                    guard let ilvl = lvl.w("ilvl").flatMap({ Int($0) }) else { continue }
                    levels[ilvl] = Self.level(lvl)
                }
                abstracts[id] = levels
            case "num":
                guard let id = element.w("numId"),
                    let abstractID = element.childElements.first(where: { $0.name == "abstractNumId" })?.w("val")
                else { continue }
                var instance = Instance(abstractID: abstractID)
                for override in element.childElements where override.name == "lvlOverride" {
                    guard let ilvl = override.w("ilvl").flatMap({ Int($0) }) else { continue }
                    for child in override.childElements {
                        if child.name == "startOverride", let value = child.w("val").flatMap({ NumberStyle.listValue($0) }) {
                            instance.startOverrides[ilvl] = value
                        } else if child.name == "lvl" {
                            instance.levelOverrides[ilvl] = Self.level(child)
                        }
                    }
                }
                instances[id] = instance
            default: continue
            }
        }
    }

    private static func level(_ lvl: MarkupElement) -> Level {
        var level = Level()
        for child in lvl.childElements {
            let value = child.w("val")
            switch child.name {
            case "start": level.start = value.flatMap { NumberStyle.listValue($0) } ?? 1
            case "numFmt": level.format = value ?? "decimal"
            case "lvlText": level.text = value ?? ""
            case "isLgl": level.legal = value.map { !["0", "false", "off"].contains($0) } ?? true
            default: continue
            }
        }
        return level
    }

    /// What a numbered paragraph shows.
    enum Label: Equatable {
        /// A bullet (or an empty label): an unordered item.
        case bullet
        /// A number.
        case number(ClauseNumber, listKey: String)
    }

    /// Advances the counters for a paragraph in list `numID` at level `ilvl` and returns its label;
    /// nil when the list is unknown or `numID` is 0 (numbering switched off).
    mutating func next(numID: String, ilvl: Int) -> Label? {
        guard numID != "0", let instance = instances[numID] else { return nil }
        let abstractID = instance.abstractID
        let level = self.level(instance, ilvl)
        var values = counters[abstractID] ?? [:]
        if !started.contains(numID) {
            // A list instance with start overrides restarts the shared numbering.
            started.insert(numID)
            for (overridden, _) in instance.startOverrides { values[overridden] = nil }
        }
        if level.format == "bullet" || level.format == "none" {
            counters[abstractID] = values
            return .bullet
        }
        if let current = values[ilvl] { values[ilvl] = min(current + 1, NumberStyle.listValueRange.upperBound) } else { values[ilvl] = start(instance, ilvl) }
        for deeper in values.keys where deeper > ilvl { values[deeper] = nil }
        counters[abstractID] = values
        guard let number = render(instance, ilvl: ilvl, values: values) else { return .bullet }
        return .number(number, listKey: "docx:\(abstractID):\(ilvl)")
    }

    private func level(_ instance: Instance, _ ilvl: Int) -> Level {
        instance.levelOverrides[ilvl] ?? abstracts[instance.abstractID]?[ilvl] ?? Level(text: "%\(ilvl + 1).")
    }

    private func start(_ instance: Instance, _ ilvl: Int) -> Int {
        instance.startOverrides[ilvl] ?? level(instance, ilvl).start
    }

    /// The label `lvlText` gives, as a ``ClauseNumber``.
    private func render(_ instance: Instance, ilvl: Int, values: [Int: Int]) -> ClauseNumber? {
        let current = level(instance, ilvl)
        let template = Array(current.text)
        var written = ""
        var placeholders: [(level: Int, value: Int)] = []
        var index = 0
        var prefixText: String?
        var suffixText = ""
        while index < template.count {
            let char = template[index]
            if char == "%", index + 1 < template.count, let digit = template[index + 1].wholeNumberValue, digit >= 1 {
                let referenced = digit - 1
                if prefixText == nil { prefixText = written }
                let value = values[referenced] ?? start(instance, referenced)
                let format = current.legal && referenced != ilvl ? "decimal" : level(instance, referenced).format
                written += Self.format(value, as: format)
                placeholders.append((referenced, value))
                suffixText = ""
                index += 2
            } else {
                written.append(char)
                if !placeholders.isEmpty { suffixText.append(char) }
                index += 1
            }
        }
        written = written.trimmingWhitespace()
        guard !written.isEmpty, let own = placeholders.last(where: { $0.level == ilvl }) ?? placeholders.last else {
            return nil
        }
        let style = Self.style(current.format)
        let lead = (prefixText ?? "").trimmingWhitespace()
        let suffix = suffixText.trimmingWhitespace()
        let delimiter: NumberDelimiter =
            lead.hasSuffix("(") && suffix.hasPrefix(")") ? .parentheses
            : suffix.hasPrefix(")") ? .closingParenthesis
            : suffix.hasPrefix(".") ? .period
            : suffix.hasPrefix(":") ? .colon : .none
        let keyword = Self.keyword(lead)
        if placeholders.count > 1, placeholders.allSatisfy({ level(instance, $0.level).format == "decimal" || current.legal }) {
            let components = placeholders.map(\.value)
            return ClauseNumber(
                written: written, normalized: components.map(String.init).joined(separator: "."), style: .decimal,
                delimiter: delimiter, value: components.last, components: components, prefix: keyword)
        }
        let label = Self.format(own.value, as: current.format)
        let normalized = keyword != nil && (style == .upperRoman || style == .lowerRoman || style == .arabic)
            ? String(own.value) : label.lowercased()
        return ClauseNumber(
            written: written, normalized: normalized, style: style, delimiter: delimiter, value: own.value,
            components: [own.value], prefix: keyword)
    }

    /// "Article", "Section", "Appendix", … for a label template's leading words, else nil.
    private static func keyword(_ lead: String) -> String? {
        let words = lead.lowercased().trimmingWhitespace()
        let known: [String: String] = [
            "article": "Article", "art.": "Article", "section": "Section", "sec.": "Section", "§": "Section",
            "appendix": "Appendix", "exhibit": "Appendix", "schedule": "Appendix", "attachment": "Appendix",
            "side letter": "Side Letter", "title": "Title", "chapter": "Chapter", "part": "Part",
        ]
        return known[words]
    }

    static func style(_ format: String) -> NumberStyle {
        switch format {
        case "decimal", "decimalZero", "ordinal", "cardinalText", "ordinalText": .arabic
        case "upperLetter": .upperAlpha
        case "lowerLetter": .lowerAlpha
        case "upperRoman": .upperRoman
        case "lowerRoman": .lowerRoman
        default: .other
        }
    }

    static func format(_ value: Int, as format: String) -> String {
        switch format {
        case "upperLetter": NumberStyle.upperAlpha.format(value)
        case "lowerLetter": NumberStyle.lowerAlpha.format(value)
        case "upperRoman": NumberStyle.upperRoman.format(value)
        case "lowerRoman": NumberStyle.lowerRoman.format(value)
        case "decimalZero": value < 10 ? "0\(value)" : String(value)
        default: String(value)
        }
    }
}
