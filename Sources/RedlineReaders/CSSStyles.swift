import Foundation
import RedlineModel

/// The little CSS Redline needs: which classes make text bold, italic, underlined or
/// struck through (Google Docs and pandoc put formatting in classes), and which list
/// classes number their items how (Google Docs' `lst-kix_…` counters).
struct CSSStyles: Sendable {
    /// Formatting switched on and off by a declaration block.
    struct Delta: Sendable, Equatable {
        var add: InlineStyle = []
        var remove: InlineStyle = []
        var hidden = false

        func applied(to style: InlineStyle) -> InlineStyle {
            style.subtracting(remove).union(add)
        }

        mutating func merge(_ other: Delta) {
            add = add.subtracting(other.remove).union(other.add)
            remove = remove.subtracting(other.add).union(other.remove)
            hidden = hidden || other.hidden
        }
    }

    /// How a list class numbers its items.
    struct ListFormat: Sendable, Equatable {
        var style: NumberStyle
        var delimiter: NumberDelimiter
    }

    /// Formatting of `.name` selectors, by class name.
    private(set) var classes: [String: Delta] = [:]
    /// Formatting of `element.name` selectors, by `element.name` (lower-cased element):
    /// LibreOffice's `h1.western { font-weight: bold }` must not make every `p.western` bold.
    private(set) var elementClasses: [String: Delta] = [:]
    private(set) var listFormats: [String: ListFormat] = [:]

    init() {}

    /// Reads the rules of a `<style>` sheet.
    init(sheet: String) {
        var text = sheet.replacingOccurrences(of: "<!--", with: " ").replacingOccurrences(of: "-->", with: " ")
        while let start = text.range(of: "/*") {
            guard let end = text.range(of: "*/", range: start.upperBound..<text.endIndex) else {
                text.removeSubrange(start.lowerBound...)
                break
            }
            text.removeSubrange(start.lowerBound..<end.upperBound)
        }
        for rule in text.split(separator: "}") {
            guard let brace = rule.firstIndex(of: "{") else { continue }
            let selectors = rule[..<brace].split(separator: ",").map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }
            let body = String(rule[rule.index(after: brace)...])
            let delta = Self.parse(declarations: body)
            for selector in selectors {
                if selector.hasSuffix("li:before") || selector.hasSuffix("li::before") {
                    if let (name, format) = Self.listFormat(selector: selector, body: body) { listFormats[name] = format }
                    continue
                }
                guard let (element, name) = Self.className(selector), delta != Delta() else { continue }
                if element.isEmpty || element == "*" {
                    classes[name, default: Delta()].merge(delta)
                } else {
                    elementClasses[element + "." + name, default: Delta()].merge(delta)
                }
            }
        }
    }

    /// The formatting a `class` attribute applies to an element named `element`.
    func delta(forClasses attribute: String, element: String) -> Delta {
        var result = Delta()
        let element = element.lowercased()
        for name in attribute.split(separator: " ") {
            if let delta = classes[String(name)] { result.merge(delta) }
            if !elementClasses.isEmpty, let delta = elementClasses[element + "." + name] { result.merge(delta) }
        }
        return result
    }

    /// The list format of a `class` attribute, and the nesting level Google Docs encodes in it.
    func listFormat(forClasses attribute: String) -> (ListFormat, level: Int)? {
        for name in attribute.split(separator: " ") {
            if let format = listFormats[String(name)] {
                let level = name.split(separator: "-").last.flatMap { Int($0) } ?? 0
                return (format, level)
            }
        }
        return nil
    }

    /// Parses a `style` attribute or declaration block.
    static func parse(declarations: String) -> Delta {
        var delta = Delta()
        for declaration in declarations.split(separator: ";") {
            let parts = declaration.split(separator: ":", maxSplits: 1)
            guard parts.count == 2 else { continue }
            let property = parts[0].trimmingCharacters(in: .whitespacesAndNewlines).lowercased()
            let value = parts[1].trimmingCharacters(in: .whitespacesAndNewlines).lowercased()
            switch property {
            case "font-weight":
                if value == "bold" || value == "bolder" || (Int(value).map { $0 >= 600 } ?? false) {
                    delta.add.insert(.bold)
                } else if value == "normal" || (Int(value).map { $0 < 600 } ?? false) {
                    delta.remove.insert(.bold)
                }
            case "font-style":
                if value.contains("italic") || value.contains("oblique") { delta.add.insert(.italic) }
                else if value == "normal" { delta.remove.insert(.italic) }
            case "text-decoration", "text-decoration-line":
                if value.contains("underline") { delta.add.insert(.underline) }
                if value.contains("line-through") { delta.add.insert(.strikethrough) }
                if value == "none" { delta.remove.formUnion([.underline, .strikethrough]) }
            case "vertical-align":
                if value == "super" { delta.add.insert(.superscript) }
                if value == "sub" { delta.add.insert(.subscript) }
            case "display":
                if value == "none" { delta.hidden = true }
            case "mso-hide":
                if value == "all" { delta.hidden = true }
            default:
                break
            }
        }
        return delta
    }

    /// `.c3`, `span.underline`, `p.c1` → the element (empty for none) and the class name;
    /// anything more complex is ignored.
    private static func className(_ selector: String) -> (element: String, name: String)? {
        guard let dot = selector.firstIndex(of: "."), !selector.contains(" "), !selector.contains(">"),
            !selector.contains(":")
        else { return nil }
        let name = selector[selector.index(after: dot)...]
        guard !name.isEmpty, !name.contains(".") else { return nil }
        return (selector[..<dot].lowercased(), String(name))
    }

    private static func listFormat(selector: String, body: String) -> (String, ListFormat)? {
        guard let dot = selector.firstIndex(of: ".") else { return nil }
        let name = selector[selector.index(after: dot)...].prefix { $0 != ">" && $0 != " " }
        guard let counter = body.range(of: "counter(") else { return nil }
        let arguments = body[counter.upperBound...].prefix { $0 != ")" }
        let styleName = arguments.split(separator: ",").dropFirst().first?.trimmingCharacters(in: .whitespaces) ?? "decimal"
        let style: NumberStyle
        switch styleName {
        case "lower-latin", "lower-alpha": style = .lowerAlpha
        case "upper-latin", "upper-alpha": style = .upperAlpha
        case "lower-roman": style = .lowerRoman
        case "upper-roman": style = .upperRoman
        case "decimal": style = .arabic
        default: return nil
        }
        let after = body[counter.upperBound...].drop { $0 != ")" }.dropFirst()
        let delimiter: NumberDelimiter = after.contains(")") ? .closingParenthesis : .period
        return (String(name), ListFormat(style: style, delimiter: delimiter))
    }
}
