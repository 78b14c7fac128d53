extension TopicDefinition {
    /// Appointment security: cancellation, reduction and reassignment of appointments, and pay in lieu of notice.
    public static let appointmentSecurity = TopicDefinition(
        "appointment-security",
        name: "Appointment security",
        summary: "Cancellation, reduction and reassignment of appointments, and pay in lieu of notice.",
        headings: [
            "appointment security",
            "cancellation",
            "reassignment",
            .weak("changes in appointment"),
            "guaranteed appointment",
            "job security",
        ],
        phrases: [
            PhraseRule("cancel an appointment", 3),
            PhraseRule("cancellation of an appointment", 3),
            PhraseRule("cancelled", 1.5, unless: ["class", "course"]),
            PhraseRule("reduce the appointment", 2.5),
            PhraseRule("reduction in the appointment", 2.5),
            PhraseRule("reassign", 1.5),
            PhraseRule("reassignment", 1.5),
            PhraseRule("pay in lieu of notice", 3),
            PhraseRule("in lieu of notice", 2),
            PhraseRule("guaranteed", 1),
            PhraseRule("lack of funds", 1.5),
            PhraseRule("insufficient enrollment", 2.5),
            PhraseRule("low enrollment", 2),
            PhraseRule("alternative assignment", 2),
            PhraseRule("comparable appointment", 2),
        ],
        examples: [
            "If a course is cancelled for insufficient enrollment, the University shall offer a comparable appointment or pay in lieu of notice.",
            "An appointment may be reduced or cancelled only with the employee’s consent or for lack of funds.",
        ],
        counterExamples: []
    )
}
