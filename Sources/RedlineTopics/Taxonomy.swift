/// The topic taxonomy for university labor contracts: 32 topics, each defined in its own file
/// under `Topics/`. The list order is the order of topic indices in the model file.
public enum Taxonomy {
    /// Every topic definition, in a fixed order (do not reorder: the model's weights follow it).
    public static let definitions: [TopicDefinition] = [
        .recognition, .definitions, .managementRights, .unionSecurity, .unionAccess, .laborManagement,
        .appointments, .appointmentSecurity, .postingSelection, .classification, .workloadHours, .overtime, .wages,
        .payAdministration, .feeRemission, .healthWelfare, .retirement, .leaves, .holidaysVacation,
        .childcareFamily, .healthSafety, .nonDiscrimination, .accommodations, .immigration, .discipline,
        .grievanceArbitration, .personnelFiles, .layoff, .training, .workspaceTransit, .noStrike,
        .durationGeneral,
    ]

    /// Every topic, in taxonomy order.
    public static let topics: [Topic] = definitions.map(\.topic)

    /// The index of each topic in ``topics``.
    static let indexByID: [String: Int] = Dictionary(
        uniqueKeysWithValues: definitions.enumerated().map { ($0.element.topic.id, $0.offset) })

    /// The definition of a topic id, or nil when the id is not in the taxonomy.
    public static func definition(of id: String) -> TopicDefinition? {
        indexByID[id].map { definitions[$0] }
    }

    /// The index of a topic id in ``topics``.
    static func index(of id: String) -> Int? { indexByID[id] }
}
