/// The baseline the analysis is measured against: modal verbs alone. Each modal verb of a sentence
/// is a statement ("shall"/"must"/"will" obligation, "should" recommendation, "may"/"can"
/// permission, any of them followed by "not" a prohibition) of the employer, the most frequent party
/// in contracts; a change is read from the modal verbs that differ between the two versions.
public enum ModalBaseline {
    /// The baseline's statements of a sentence, as "party modality" labels.
    ///
    /// - Complexity: O(*n*) in the number of tokens.
    public static func statements(_ text: String) -> [String] {
        modalities(text).map { "employer " + $0.rawValue }
    }

    /// The modalities of the modal verbs of `text`, in order.
    static func modalities(_ text: String) -> [Modality] {
        let tokens = AnalysisTokenizer.tokens(text).filter { $0.kind == .word }
        var result: [Modality] = []
        for (index, token) in tokens.enumerated() {
            let negated = index + 1 < tokens.count && tokens[index + 1].text == "not"
            switch token.text {
            case "shall", "must", "will": result.append(negated ? .prohibition : .obligation)
            case "should": result.append(negated ? .prohibition : .recommendation)
            case "may", "can": result.append(negated ? .prohibition : .permission)
            case "cannot": result.append(.prohibition)
            default: break
            }
        }
        return result
    }

    /// The baseline's change flags between two versions, as labels.
    ///
    /// - Complexity: O(*n*) in the number of tokens.
    public static func flags(old: String, new: String) -> Set<String> {
        let before = modalities(old)
        let after = modalities(new)
        var flags: Set<String> = []
        if new.isEmpty, !before.isEmpty { return [ChangeFlag.protectionDeleted.rawValue] }
        for (a, b) in zip(before, after) where a != b {
            if a == .prohibition {
                flags.insert(ChangeFlag.prohibitionLifted.rawValue)
            } else if b == .prohibition {
                flags.insert(ChangeFlag.prohibitionAdded.rawValue)
            } else {
                flags.insert(b.strength < a.strength ? ChangeFlag.obligationWeakened.rawValue : ChangeFlag.obligationStrengthened.rawValue)
            }
        }
        if before.count > after.count, let extra = before.last {
            flags.insert(extra == .prohibition ? ChangeFlag.prohibitionLifted.rawValue : ChangeFlag.obligationRemoved.rawValue)
        }
        if after.count > before.count, let extra = after.last {
            flags.insert(extra == .prohibition ? ChangeFlag.prohibitionAdded.rawValue : ChangeFlag.obligationAdded.rawValue)
        }
        return flags
    }
}
