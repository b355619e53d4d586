/// libFuzzer's own entry point, for a `main` that hands over to it. SwiftPM links every
/// executable target with a `main` of its own, which would take the place of the one in
/// libFuzzer's runtime; each target's `@main` calls `runFuzzer` instead.
@_silgen_name("LLVMFuzzerRunDriver")
private func LLVMFuzzerRunDriver(
    _ argc: UnsafeMutablePointer<CInt>,
    _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>>,
    _ testOneInput: @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt
) -> CInt

/// One fuzz target: what it does with one input.
public typealias FuzzTarget = @convention(c) (UnsafePointer<UInt8>?, Int) -> CInt

/// Runs libFuzzer with the process's arguments (`-max_total_time=…`, corpus folders) on
/// `target`, and exits with its status.
public func runFuzzer(_ target: FuzzTarget) -> Never {
    var argc = CommandLine.argc
    var argv = CommandLine.unsafeArgv
    exit(LLVMFuzzerRunDriver(&argc, &argv, target))
}

#if canImport(Glibc)
import Glibc
#endif

/// What an empty input points at, when libFuzzer passes none.
nonisolated(unsafe) public let emptyInput: UnsafePointer<UInt8> = {
    let byte = UnsafeMutablePointer<UInt8>.allocate(capacity: 1)
    byte.pointee = 0
    return UnsafePointer(byte)
}()
