import ArgumentParser
import Foundation
import Testing
@testable import PantauCLI

/// `pantau users` and the start-up rule of `pantau serve`, in-process.
@Suite struct UsersCommandTests {
    @Test func usersAddListRemoveAndServeRefusesAnotherHostWithoutUsers() async throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("users-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: dir) }
        let database = dir.appendingPathComponent("pantau.sqlite").path
        // Parsing: the role is one of three.
        #expect(throws: (any Error).self) { try Pantau.parseAsRoot(["users", "add", "sari", "--role", "raja"]) }
        #expect(await PantauEntry.main(["--database", database, "users", "list"]) == 1, "no archive yet: a failure, not an empty list")

        // No user yet: any host but 127.0.0.1 is a configuration error (78), before listening.
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        setenv("PANTAU_PASSWORD", "pendek", 1)
        #expect(await PantauEntry.main(["--database", database, "users", "add", "sari", "--role", "officer"]) == 2, "too short a password")
        #expect(await PantauEntry.main(["--database", database, "serve", "--host", "0.0.0.0", "--port", "0"]) != 0)
        setenv("PANTAU_PASSWORD", "kata-sandi-yang-panjang", 1)
        defer { unsetenv("PANTAU_PASSWORD") }
        #expect(await PantauEntry.main(["--database", database, "users", "add", "sari", "--role", "officer"]) == 0)
        #expect(await PantauEntry.main(["--database", database, "users", "add", "sari", "--role", "viewer"]) == 1, "a name is taken once")
        #expect(await PantauEntry.main(["--database", database, "users", "list"]) == 0)
        #expect(await PantauEntry.main(["--database", database, "users", "remove", "sari"]) == 0)
        #expect(await PantauEntry.main(["--database", database, "users", "remove", "sari"]) == 1)
        #expect(await PantauEntry.main(["--database", database, "serve", "--host", "0.0.0.0", "--port", "0"]) == 78)
    }
}
