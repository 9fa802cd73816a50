import Dispatch
import Foundation

/// SIGINT and SIGTERM turned into a flag and a callback, for a graceful stop: the run in
/// flight is cancelled (fetches end, each source's transaction either commits or rolls
/// back), then the process exits.
final class StopSignal: @unchecked Sendable {
    private let lock = NSLock()
    private var stopped = false
    private var handlers: [@Sendable () -> Void] = []
    private var sources: [any DispatchSourceSignal] = []

    static func install() -> StopSignal {
        let signal = StopSignal()
        for number in [SIGINT, SIGTERM] {
            Foundation.signal(number, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
            source.setEventHandler { signal.trigger() }
            source.resume()
            signal.sources.append(source)
        }
        return signal
    }

    var requested: Bool {
        lock.lock(); defer { lock.unlock() }
        return stopped
    }

    func onStop(_ handler: @escaping @Sendable () -> Void) {
        lock.lock()
        let already = stopped
        if !already { handlers.append(handler) }
        lock.unlock()
        if already { handler() }
    }

    private func trigger() {
        lock.lock()
        stopped = true
        let pending = handlers
        handlers.removeAll()
        lock.unlock()
        FileHandle.standardError.write(Data("pantau: berhenti atas permintaan; menyelesaikan transaksi yang sedang berjalan\n".utf8))
        for h in pending { h() }
    }
}
