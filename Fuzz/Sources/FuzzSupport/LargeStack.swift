import Dispatch
#if canImport(Glibc)
import Glibc
#endif

/// The stack the command line runs statements on (`Suanpan.stackSize`): formulas and
/// templates may legally nest 1,000 deep, which the 8 MB main thread libFuzzer calls us on
/// does not always hold once ASan has widened every frame. A stack overflow on this stack
/// is a real finding; one on the main thread would not be.
public let fuzzStackSize = 512 << 20

/// Runs `body` on a thread with `fuzzStackSize` of stack, and waits for it. The thread is
/// started once and kept: starting one per input (and ASan clearing its stack's shadow
/// when it ends) would cost more than most inputs.
public func withLargeStack(_ body: @escaping () -> Void) {
    LargeStackWorker.shared.run(body)
}

private final class LargeStackWorker: @unchecked Sendable {
    static let shared = LargeStackWorker()

    private var work: (() -> Void)?
    private let start = DispatchSemaphore(value: 0)
    private let finished = DispatchSemaphore(value: 0)

    private init() {
        var attributes = pthread_attr_t()
        pthread_attr_init(&attributes)
        defer { pthread_attr_destroy(&attributes) }
        pthread_attr_setstacksize(&attributes, fuzzStackSize)
        var thread = pthread_t()
        let context = Unmanaged.passRetained(self).toOpaque()
        let created = pthread_create(&thread, &attributes, { context in
            Unmanaged<LargeStackWorker>.fromOpaque(context!).takeRetainedValue().loop()
        }, context)
        precondition(created == 0, "cannot start the fuzzing thread")
    }

    func run(_ body: @escaping () -> Void) {
        work = body
        start.signal()
        finished.wait()
    }

    private func loop() -> Never {
        while true {
            start.wait()
            work?()
            work = nil
            finished.signal()
        }
    }
}
