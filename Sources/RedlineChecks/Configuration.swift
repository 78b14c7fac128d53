import Foundation
import Yams

/// What `.redline.yml` says: which rules run and how serious their findings are, which
/// placeholders are allowed, and from which severity findings fail the run.
///
/// ```yaml
/// rules:
///   numbering/gap: error          # re-grade
///   hygiene/unused-term: off      # disable
/// placeholders:
///   allow: ["___"]                # signature lines are fine here
/// fail-on: warning
/// ```
public struct Configuration: Sendable, Hashable {
    /// A rule's configured state.
    public enum RuleSetting: String, Sendable, Hashable, CaseIterable {
        /// Disabled.
        case off
        /// Enabled, findings graded note.
        case note
        /// Enabled, findings graded warning.
        case warning
        /// Enabled, findings graded error.
        case error

        /// The severity, or nil when off.
        public var severity: Severity? { Severity(rawValue: rawValue) }
    }

    /// Per-rule settings; rules not named keep their default severity.
    public var rules: [String: RuleSetting]
    /// Placeholder texts that are allowed (matched case-insensitively against the placeholder found).
    public var allowedPlaceholders: [String]
    /// Findings at or above this severity fail the run; nil when the configuration does not say.
    public var failOn: Severity?

    /// Creates a configuration.
    public init(rules: [String: RuleSetting] = [:], allowedPlaceholders: [String] = [], failOn: Severity? = nil) {
        self.rules = rules
        self.allowedPlaceholders = allowedPlaceholders
        self.failOn = failOn
    }

    /// The default configuration: every rule on at its default severity.
    public static let standard = Configuration()

    /// The severity of `rule`'s findings, or nil when the rule is off.
    public func severity(of rule: any CheckRule.Type) -> Severity? {
        guard let setting = rules[rule.id] else { return rule.defaultSeverity }
        return setting.severity
    }

    /// True when `placeholder` is allowed by `placeholders: allow:`.
    public func allows(placeholder: String) -> Bool {
        allowedPlaceholders.contains { $0.caseInsensitiveCompare(placeholder) == .orderedSame }
    }

    /// Parses YAML text. `file` names the source in error messages.
    ///
    /// - Throws: ``ConfigurationError`` for malformed YAML, unknown keys, unknown rule ids or bad values.
    public static func parse(yaml: String, file: String, knownRules: [String] = RuleCatalog.ids) throws -> Configuration {
        let raw: RawConfiguration
        do {
            // An empty file, or one holding only comments, is the default configuration.
            let loaded = try Yams.load(yaml: yaml)
            if loaded == nil { return Configuration() }
            raw = try YAMLDecoder().decode(RawConfiguration.self, from: yaml)
        } catch let error as ConfigurationError {
            throw ConfigurationError(file: file, reason: error.reason)
        } catch let DecodingError.dataCorrupted(context) {
            if let error = context.underlyingError as? ConfigurationError {
                throw ConfigurationError(file: file, reason: error.reason)
            }
            throw ConfigurationError(file: file, reason: Self.describe(context))
        } catch let DecodingError.typeMismatch(_, context) {
            throw ConfigurationError(file: file, reason: Self.describe(context))
        } catch let DecodingError.keyNotFound(key, _) {
            throw ConfigurationError(file: file, reason: "missing key '\(key.stringValue)'")
        } catch let DecodingError.valueNotFound(_, context) {
            throw ConfigurationError(file: file, reason: Self.describe(context))
        } catch let error as YamlError {
            let text = String(describing: error).split(separator: "\n").first.map(String.init) ?? "malformed YAML"
            throw ConfigurationError(file: file, reason: "not valid YAML: \(text)")
        } catch {
            throw ConfigurationError(file: file, reason: "not valid YAML")
        }
        var rules: [String: RuleSetting] = [:]
        for (id, value) in raw.rules ?? [:] {
            guard knownRules.contains(id) else {
                let suggestion = Self.closest(to: id, in: knownRules)
                throw ConfigurationError(
                    file: file,
                    reason: "unknown rule '\(id)'" + (suggestion.map { "; did you mean '\($0)'?" } ?? "; run `redline check --list-rules`"))
            }
            guard let setting = RuleSetting(rawValue: value.lowercased()) else {
                throw ConfigurationError(
                    file: file, reason: "rule '\(id)': '\(value)' is not one of off, note, warning, error")
            }
            rules[id] = setting
        }
        var failOn: Severity?
        if let value = raw.failOn {
            guard let severity = Severity(rawValue: value.lowercased()) else {
                throw ConfigurationError(file: file, reason: "fail-on: '\(value)' is not one of error, warning, note")
            }
            failOn = severity
        }
        return Configuration(rules: rules, allowedPlaceholders: raw.placeholders?.allow ?? [], failOn: failOn)
    }

    /// Reads and parses a YAML file.
    ///
    /// - Throws: ``ConfigurationError`` when the file cannot be read or is not a valid configuration.
    public static func load(contentsOf url: URL, displayName: String) throws -> Configuration {
        let data: Data
        do {
            data = try Data(contentsOf: url)
        } catch {
            throw ConfigurationError(file: displayName, reason: "cannot read the configuration file")
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw ConfigurationError(file: displayName, reason: "the configuration file is not UTF-8 text")
        }
        return try parse(yaml: text, file: displayName)
    }

    /// The known rule id nearest to a misspelt one: same name without the group ("gap"), or at
    /// most three edits away ("numbering/gaps").
    static func closest(to id: String, in known: [String]) -> String? {
        if let match = known.first(where: { $0.hasSuffix("/" + id) }) { return match }
        let scored = known.map { ($0, distance(Array(id), Array($0))) }.filter { $0.1 <= 3 }
        return scored.min { $0.1 < $1.1 }?.0
    }

    private static func distance(_ a: [Character], _ b: [Character]) -> Int {
        var previous = Array(0...b.count)
        for (i, x) in a.enumerated() {
            var current = [i + 1]
            for (j, y) in b.enumerated() {
                current.append(min(previous[j + 1] + 1, current[j] + 1, previous[j] + (x == y ? 0 : 1)))
            }
            previous = current
        }
        return previous[b.count]
    }

    private static func describe(_ context: DecodingError.Context) -> String {
        let path = context.codingPath.map(\.stringValue).filter { !$0.isEmpty }.joined(separator: ".")
        let detail = context.debugDescription.split(separator: "\n").first.map(String.init) ?? "bad value"
        return path.isEmpty ? detail : "\(path): \(detail)"
    }
}

/// Why a configuration file was refused. The description is one line naming the file.
public struct ConfigurationError: Error, Sendable, Hashable, CustomStringConvertible {
    /// The configuration file's display name.
    public let file: String
    /// What is wrong.
    public let reason: String

    /// Creates an error.
    public init(file: String, reason: String) {
        self.file = file
        self.reason = reason
    }

    public var description: String { "\(file): \(reason)" }
}

/// The YAML as written, before validation.
private struct RawConfiguration: Decodable {
    var rules: [String: String]?
    var placeholders: Placeholders?
    var failOn: String?

    struct Placeholders: Decodable {
        var allow: [String]?

        init(from decoder: any Decoder) throws {
            let container = try decoder.container(keyedBy: AnyKey.self)
            for key in container.allKeys where key.stringValue != "allow" {
                throw ConfigurationError(file: "", reason: "placeholders: unknown key '\(key.stringValue)'; use 'allow'")
            }
            allow = try container.decodeIfPresent([String].self, forKey: AnyKey("allow"))
        }
    }

    init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: AnyKey.self)
        for key in container.allKeys where !["rules", "placeholders", "fail-on"].contains(key.stringValue) {
            throw ConfigurationError(
                file: "", reason: "unknown key '\(key.stringValue)'; use rules, placeholders or fail-on")
        }
        // `off` reads as a boolean in YAML 1.1; take any scalar as text.
        if container.contains(AnyKey("rules")) {
            let rulesContainer = try container.nestedContainer(keyedBy: AnyKey.self, forKey: AnyKey("rules"))
            var rules: [String: String] = [:]
            for key in rulesContainer.allKeys {
                if let text = try? rulesContainer.decode(String.self, forKey: key) {
                    rules[key.stringValue] = text
                } else if let flag = try? rulesContainer.decode(Bool.self, forKey: key) {
                    rules[key.stringValue] = flag ? "on" : "off"
                } else {
                    throw ConfigurationError(file: "", reason: "rules.\(key.stringValue): expected off, note, warning or error")
                }
            }
            self.rules = rules
        }
        placeholders = try container.decodeIfPresent(Placeholders.self, forKey: AnyKey("placeholders"))
        failOn = try container.decodeIfPresent(String.self, forKey: AnyKey("fail-on"))
    }
}

private struct AnyKey: CodingKey {
    var stringValue: String
    var intValue: Int? { nil }
    init(_ string: String) { stringValue = string }
    init?(stringValue: String) { self.stringValue = stringValue }
    init?(intValue: Int) { nil }
}
