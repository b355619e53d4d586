import Foundation

/// What one run of the built `suanpan` binary did.
struct ProcessResult: Sendable {
    var status: Int32
    var standardOutput: String
    var standardError: String
}

/// The `suanpan` executable built beside the test bundle.
let suanpanExecutable: URL = {
    var directory = Bundle.main.bundleURL
    // The test runner lives in the build products folder (…/debug/*.xctest on Linux).
    while !FileManager.default.fileExists(atPath: directory.appendingPathComponent("suanpan").path),
          directory.pathComponents.count > 1 {
        directory.deleteLastPathComponent()
    }
    return directory.appendingPathComponent("suanpan")
}()

/// Runs `suanpan` with `arguments` and optional standard input, and waits for it.
func runSuanpan(_ arguments: [String], input: String? = nil, environment: [String: String] = [:],
                currentDirectory: String? = nil) throws -> ProcessResult {
    let process = Process()
    process.executableURL = suanpanExecutable
    if let currentDirectory { process.currentDirectoryURL = URL(fileURLWithPath: currentDirectory) }
    process.arguments = arguments
    var processEnvironment = ProcessInfo.processInfo.environment
    processEnvironment.merge(environment) { _, new in new }
    process.environment = processEnvironment
    let output = Pipe(), error = Pipe(), standardInput = Pipe()
    process.standardOutput = output
    process.standardError = error
    process.standardInput = standardInput
    try process.run()
    if let input { standardInput.fileHandleForWriting.write(Data(input.utf8)) }
    try standardInput.fileHandleForWriting.close()
    // Read both pipes to the end before waiting, so a large output cannot block the child.
    let outputData = output.fileHandleForReading.readDataToEndOfFile()
    let errorData = error.fileHandleForReading.readDataToEndOfFile()
    process.waitUntilExit()
    return ProcessResult(status: process.terminationStatus,
                         standardOutput: String(decoding: outputData, as: UTF8.self),
                         standardError: String(decoding: errorData, as: UTF8.self))
}
