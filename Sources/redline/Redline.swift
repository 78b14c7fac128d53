import ArgumentParser

/// The `redline` command: structure, compare and check collective-bargaining contract language.
@main
struct Redline: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "redline",
        abstract: "Read contract proposals into clauses; tell what changed, what they are about and what to fix.",
        discussion: """
            Exit status follows diff(1): 0 when all is well (or no differences), \
            1 when there are differences or findings, 2 on trouble.
            """,
        version: "0.1.0",
        subcommands: [Parse.self, Diff.self, Compare.self, Classify.self, Check.self, Analyze.self]
    )
}
