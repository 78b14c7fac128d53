extension String {
    /// Appends `text` escaped for XML or HTML character data (`&`, `<`, `>`; with `quotes`, also `"`),
    /// dropping characters XML 1.0 does not allow (C0 controls other than tab, line feed and carriage
    /// return; U+FFFE, U+FFFF).
    ///
    /// - Complexity: O(*n*) in the length of `text`; text without special characters is appended in one piece.
    mutating func appendEscaped(_ text: String, quotes: Bool = false) {
        var needsWork = false
        for byte in text.utf8 {
            switch byte {
            case UInt8(ascii: "&"), UInt8(ascii: "<"), UInt8(ascii: ">"), 0xEF: needsWork = true
            case UInt8(ascii: "\""): needsWork = needsWork || quotes
            case 0x09, 0x0A, 0x0D: break
            case ..<0x20: needsWork = true
            default: break
            }
            if needsWork { break }
        }
        guard needsWork else {
            append(text)
            return
        }
        for scalar in text.unicodeScalars {
            switch scalar {
            case "&": append("&amp;")
            case "<": append("&lt;")
            case ">": append("&gt;")
            case "\"" where quotes: append("&quot;")
            case "\t", "\n", "\r": unicodeScalars.append(scalar)
            case _ where scalar.value < 0x20 || scalar.value == 0xFFFE || scalar.value == 0xFFFF: break
            default: unicodeScalars.append(scalar)
            }
        }
    }

    /// `self` escaped for an XML or HTML attribute value in double quotes.
    var attributeEscaped: String {
        var result = ""
        result.appendEscaped(self, quotes: true)
        return result
    }

    /// `self` escaped for XML or HTML character data.
    var markupEscaped: String {
        var result = ""
        result.appendEscaped(self)
        return result
    }
}
