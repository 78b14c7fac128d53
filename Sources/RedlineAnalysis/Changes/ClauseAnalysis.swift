/// Everything the analysis reads from one clause's text: its deontic statements, its quantities
/// and its discretion and grievability markers.
public struct ClauseAnalysis: Sendable {
    /// The deontic statements, in order.
    public private(set) var statements: [DeonticStatement]
    /// The quantities, in order.
    public private(set) var quantities: [Quantity]
    /// Discretion and grievability phrases, in order.
    public private(set) var markers: [ClauseMarker]
    /// The text, to tell a reworded sentence from a replaced one (sentence words are read only
    /// when statements need pairing).
    let analysed: AnalysedText

    /// Analyses `text`.
    ///
    /// - Complexity: O(*n*) in the length of the text.
    public init(_ text: String) {
        self.init(text, leadIn: nil)
    }

    /// Analyses only `window` (scalar offsets) of `text`, with spans still into `text`: what a
    /// diff changed, widened to whole sentences, so unchanged sentences are not read.
    ///
    /// - Complexity: O(*w*) in the length of the window.
    public init(_ text: String, window: Range<Int>, leadIn: String?) {
        let scalars = Array(text.unicodeScalars)
        // A list item's lead-in governs its first sentence: read from the start so both versions keep it.
        let window = (leadIn == nil ? max(0, window.lowerBound) : 0)..<min(scalars.count, window.upperBound)
        guard window.lowerBound > 0 else {
            var view = String.UnicodeScalarView()
            view.append(contentsOf: scalars[window])
            self.init(String(view), leadIn: leadIn)
            return
        }
        self.init(analysed: AnalysedText(scalars: Array(scalars[window])), shift: 0)
        let offset = window.lowerBound
        func moved(_ span: TextSpan) -> TextSpan { TextSpan(start: span.start + offset, length: span.length) }
        statements = statements.map { statement in
            DeonticStatement(
                party: statement.party, modality: statement.modality, subject: statement.subject, trigger: statement.trigger,
                action: statement.action, negated: statement.negated, span: moved(statement.span),
                subjectSpan: moved(statement.subjectSpan), sentence: statement.sentence)
        }
        quantities = quantities.map { quantity in
            Quantity(
                kind: quantity.kind, value: quantity.value, unit: quantity.unit, qualifier: quantity.qualifier,
                bound: quantity.bound, span: moved(quantity.span), text: quantity.text)
        }
        markers = markers.map { ClauseMarker(kind: $0.kind, phrase: $0.phrase, span: moved($0.span)) }
    }

    /// Analyses `text`, an item of a list whose introduction `leadIn` carries its modal ("the
    /// University shall:" before "(i) hold the appointment open …"). Only what lies in `text` is
    /// kept, with spans into `text`; a subject in the lead-in has an empty span.
    ///
    /// - Complexity: O(*n*) in the length of both.
    public init(_ text: String, leadIn: String?) {
        guard let leadIn, !leadIn.isEmpty else {
            self.init(analysed: AnalysedText(text), shift: 0)
            return
        }
        // "the University shall:" + "hold …" is read as "the University shall hold …".
        var lead = leadIn
        while let last = lead.last, last == ":" || last == " " || last == "—" || last == "-" { lead.removeLast() }
        self.init(analysed: AnalysedText(lead + " " + text), shift: lead.unicodeScalars.count + 1)
    }

    private init(analysed: AnalysedText, shift: Int) {
        func moved(_ span: TextSpan) -> TextSpan? {
            span.start >= shift ? TextSpan(start: span.start - shift, length: span.length) : nil
        }
        statements = DeonticScanner.scan(analysed).compactMap { statement in
            // The lead-in's own modal, when it governs the item ("shall" + "hold …"), has an empty span.
            let governs = shift > 0 && statement.span.start < shift && statement.span.start + statement.span.length >= shift - 2
            guard let span = moved(statement.span) ?? (governs ? TextSpan(start: 0, length: 0) : nil) else { return nil }
            return DeonticStatement(
                party: statement.party, modality: statement.modality, subject: statement.subject, trigger: statement.trigger,
                action: statement.action, negated: statement.negated, span: span,
                subjectSpan: moved(statement.subjectSpan) ?? TextSpan(start: 0, length: 0), sentence: statement.sentence)
        }
        quantities = QuantityScanner.scan(analysed).compactMap { quantity in
            moved(quantity.span).map {
                Quantity(
                    kind: quantity.kind, value: quantity.value, unit: quantity.unit, qualifier: quantity.qualifier,
                    bound: quantity.bound, span: $0, text: quantity.text)
            }
        }
        markers = ClauseMarkers.scan(analysed).compactMap { marker in
            moved(marker.span).map { ClauseMarker(kind: marker.kind, phrase: marker.phrase, span: $0) }
        }
        self.analysed = analysed
    }

    /// How alike sentence `a` of `self` and sentence `b` of `other` are (Dice over their words).
    func similarity(sentence a: Int, _ other: ClauseAnalysis, _ b: Int) -> Double {
        guard a < analysed.sentences.count, b < other.analysed.sentences.count else { return 0 }
        func words(_ text: AnalysedText, _ sentence: Int) -> Set<String> {
            Set(text.tokens[text.sentences[sentence]].lazy.filter { $0.kind != .symbol }.map(\.text))
        }
        let (x, y) = (words(analysed, a), words(other.analysed, b))
        guard !x.isEmpty || !y.isEmpty else { return 1 }
        return 2 * Double(x.intersection(y).count) / Double(x.count + y.count)
    }

    /// True when nothing was found.
    public var isEmpty: Bool { statements.isEmpty && quantities.isEmpty && markers.isEmpty }

    /// How strongly the clause puts itself under the grievance procedure: inclusions minus exclusions.
    var grievability: Int {
        markers.reduce(0) { $0 + ($1.kind == .grievanceIncluded ? 1 : $1.kind == .grievanceExcluded ? -1 : 0) }
    }

    /// True when the clause protects employees or the union: a duty or prohibition on the employer
    /// (or someone acting for it, or no one named), or an employee's or the union's entitlement.
    var protects: Bool {
        statements.contains { statement in
            switch statement.modality {
            case .obligation, .prohibition, .recommendation:
                return [.employer, .department, .unspecified, .both, .committee].contains(statement.party)
            case .entitlement:
                return statement.party == .employee || statement.party == .union
            case .permission:
                return statement.party == .employee || statement.party == .union
            }
        }
    }
}
