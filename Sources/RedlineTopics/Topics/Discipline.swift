extension TopicDefinition {
    /// Discipline and dismissal: just cause, corrective action, investigations, warnings and dismissal.
    public static let discipline = TopicDefinition(
        "discipline",
        name: "Discipline and dismissal",
        summary: "Just cause, corrective action, investigations, warnings and dismissal.",
        headings: [
            "discipline",
            "discipline and dismissal",
            "corrective action",
            "dismissal",
            "just cause",
            "disciplinary action",
            "discharge",
        ],
        phrases: [
            PhraseRule("discipline", 2.5),
            PhraseRule("disciplinary", 2.5),
            PhraseRule("just cause", 3),
            PhraseRule("corrective action", 3),
            PhraseRule("dismiss", 2),
            PhraseRule("dismissal", 2.5),
            PhraseRule("discharge", 2, unless: ["discharge of duties"]),
            PhraseRule("written warning", 3),
            PhraseRule("oral warning", 3),
            PhraseRule("suspension", 2.5),
            PhraseRule("investigatory meeting", 3),
            PhraseRule("investigatory interview", 3),
            PhraseRule("progressive", 1.5),
            PhraseRule("misconduct", 2.5),
            PhraseRule("weingarten", 3),
            PhraseRule("letter of reprimand", 3),
            PhraseRule("administrative leave", 1),
        ],
        examples: [
            "No employee shall be disciplined or dismissed except for just cause.",
            "Before a written warning is issued, the employee shall be told of the allegations and given a chance to respond.",
        ],
        counterExamples: []
    )
}
