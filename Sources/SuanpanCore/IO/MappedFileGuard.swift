#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif
import Synchronization

/// Turns the fault of reading a mapped file that another program has cut short into a flag
/// the reader checks, instead of the SIGBUS that would kill the process.
///
/// When a mapped file shrinks, touching a page past its new end raises SIGBUS. The handler
/// installed here looks the faulting address up among the mappings registered with it; for
/// one of them, it maps zero-filled memory over the rest of that mapping, marks it cut short
/// and returns, so the interrupted read goes on and sees zeros. The reader then throws away
/// what it parsed and says the file changed while it was read. A fault outside every
/// registered mapping is not ours: the handler puts the previous action back and returns, so
/// the fault repeats and is handled as it would have been (Swift's backtracer, ASan, or the
/// default crash).
///
/// The handler only loads and stores atomics and calls `mmap` and `sigaction`, which is what
/// a signal handler may do.
enum MappedFileGuard {
    /// One registered mapping. `start` is 0 while the slot is free or being filled in.
    final class Slot: Sendable {
        let claimed = Atomic<Bool>(false)
        let start = Atomic<Int>(0)
        let end = Atomic<Int>(0)
        let cutShort = Atomic<Bool>(false)
    }

    /// As many mappings as may be open at once; a reader that finds none free reads the file
    /// instead of mapping it.
    private static let slots: [Slot] = (0..<32).map { _ in Slot() }

    nonisolated(unsafe) private static var previousAction = sigaction()

    /// Installs the handler, once, the first time a mapping is registered; `slots` is made
    /// before, so the handler never runs a lazy initialiser.
    private static let installed: Bool = {
        _ = slots.count
        var action = sigaction()
        #if canImport(Glibc)
        action.__sigaction_handler.sa_sigaction = handleBusError
        #else
        action.__sigaction_u.__sa_sigaction = handleBusError
        #endif
        action.sa_flags = SA_SIGINFO
        sigemptyset(&action.sa_mask)
        return sigaction(SIGBUS, &action, &previousAction) == 0
    }()

    /// Registers `bytes`, a file mapping, and returns its slot; nil when the handler cannot be
    /// installed or every slot is taken.
    static func register(_ bytes: UnsafeBufferPointer<UInt8>) -> Slot? {
        guard installed, let base = bytes.baseAddress else { return nil }
        for slot in slots where slot.claimed.compareExchange(expected: false, desired: true, ordering: .acquiring).exchanged {
            slot.cutShort.store(false, ordering: .relaxed)
            slot.end.store(Int(bitPattern: base) + bytes.count, ordering: .relaxed)
            slot.start.store(Int(bitPattern: base), ordering: .releasing)
            return slot
        }
        return nil
    }

    /// Frees `slot`; called before the mapping is unmapped.
    static func unregister(_ slot: Slot) {
        slot.start.store(0, ordering: .releasing)
        slot.claimed.store(false, ordering: .releasing)
    }

    private static let pageSize = Int(sysconf(Int32(_SC_PAGESIZE)))

    private static let handleBusError: @convention(c) (Int32, UnsafeMutablePointer<siginfo_t>?, UnsafeMutableRawPointer?) -> Void = { _, info, _ in
        guard let info else { return restorePreviousAction() }
        #if canImport(Glibc)
        let address = Int(bitPattern: info.pointee._sifields._sigfault.si_addr)
        #else
        let address = Int(bitPattern: info.pointee.si_addr)
        #endif
        for slot in slots {
            let start = slot.start.load(ordering: .acquiring)
            let end = slot.end.load(ordering: .relaxed)
            guard start != 0, address >= start, address < end else { continue }
            // Zeros from the faulting page to the end of the mapping: later reads of the lost
            // pages do not fault again.
            let page = address / pageSize * pageSize
            let zeros = mmap(UnsafeMutableRawPointer(bitPattern: page), end - page, PROT_READ,
                             MAP_PRIVATE | MAP_FIXED | MAP_ANONYMOUS, -1, 0)
            guard zeros != MAP_FAILED else { return restorePreviousAction() }
            slot.cutShort.store(true, ordering: .relaxed)
            return
        }
        restorePreviousAction()
    }

    private static func restorePreviousAction() {
        sigaction(SIGBUS, &previousAction, nil)
    }
}
