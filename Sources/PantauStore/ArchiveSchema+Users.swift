import GRDB

extension ArchiveSchema {
    /// The web view's accounts (`pantau users`): a name, a role and a bcrypt hash.
    static func registerUsers(_ migrator: inout DatabaseMigrator) {
        migrator.registerMigration("v15-users") { db in
            try db.create(table: "user") { t in
                t.autoIncrementedPrimaryKey("id")
                // Compared as typed: names are case-sensitive, as on the command line.
                t.column("name", .text).notNull().unique()
                t.column("role", .text).notNull()
                t.column("passwordHash", .text).notNull()
                t.column("createdAt", .datetime).notNull()
            }
        }
    }
}
