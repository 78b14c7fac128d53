extension TopicDefinition {
    /// Appointment notification: offers and letters of appointment, notice dates, percent time and reappointment.
    public static let appointments = TopicDefinition(
        "appointments",
        name: "Appointment notification",
        summary: "Offers and letters of appointment, notice dates, percent time and reappointment.",
        headings: [
            "appointment notification",
            "notification of appointment",
            "appointments",
            "appointment letters",
            "appointment notification",
            "notice of appointment",
            "offer letters",
            "reappointment",
            .weak("terms of appointment"),
        ],
        phrases: [
            PhraseRule("appointment letter", 3),
            PhraseRule("letter of appointment", 3),
            PhraseRule("offer letter", 3),
            PhraseRule("notice of appointment", 2.5),
            PhraseRule("appointment percentage", 1.5),
            PhraseRule("percent time", 1.5),
            PhraseRule("reappointment", 2),
            PhraseRule("dates of the appointment", 2),
            PhraseRule("accept the appointment", 2.5),
            PhraseRule("accept the offer", 2),
            PhraseRule("notify the employee of the appointment", 3),
            PhraseRule("written offer", 2),
            PhraseRule("anticipated appointment", 2),
        ],
        examples: [
            "Each appointment letter shall state the title, the dates of the appointment and the appointment percentage.",
            "The department shall notify each student of an anticipated appointment for the fall term no later than June 1.",
        ],
        counterExamples: [
            "The University may cancel an appointment only for the reasons listed in this Article.",
        ]
    )
}
