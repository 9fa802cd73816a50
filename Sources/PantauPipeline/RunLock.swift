import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// An exclusive lock for one monitoring run at a time per database, held with flock(2) on
/// `<database>.lock`. The kernel releases it when the process dies, so a crash never
/// leaves a stale lock behind.
public final class RunLock: @unchecked Sendable {
    private let fd: Int32
    public let path: String

    /// Another run holds the lock.
    public struct Busy: Error, Sendable, CustomStringConvertible {
        public var path: String
        public var holder: String?
        public var description: String {
            "putaran lain sedang berjalan (kunci \(path)\(holder.map { ", PID \($0)" } ?? "")); coba lagi nanti atau pakai --wait"
        }
    }

    /// Takes the lock for `databasePath`; with `wait` blocks until it is free.
    public init(databasePath: String, wait: Bool) throws {
        path = databasePath + ".lock"
        let dir = (path as NSString).deletingLastPathComponent
        if !dir.isEmpty { try? FileManager.default.createDirectory(atPath: dir, withIntermediateDirectories: true) }
        fd = open(path, O_RDWR | O_CREAT | O_CLOEXEC, 0o644)
        guard fd >= 0 else { throw PipelineError("kunci \(path) tidak bisa dibuka: \(String(cString: strerror(errno)))") }
        if flock(fd, LOCK_EX | (wait ? 0 : LOCK_NB)) != 0 {
            let holder = (try? String(contentsOfFile: path, encoding: .utf8))?.trimmingCharacters(in: .whitespacesAndNewlines)
            close(fd)
            throw Busy(path: path, holder: holder?.isEmpty == false ? holder : nil)
        }
        // Record the holder for the message other runs print.
        _ = ftruncate(fd, 0)
        let pid = "\(getpid())\n"
        _ = pid.withCString { write(fd, $0, strlen($0)) }
    }

    deinit {
        _ = ftruncate(fd, 0)
        flock(fd, LOCK_UN)
        close(fd)
    }
}
