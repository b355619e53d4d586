import Foundation

/// The repository's folder, for tests of what it ships: `workbooks/`, `templates/`, `scripts/`.
let repositoryFolder = URL(fileURLWithPath: #filePath)
    .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent().path

/// A path inside the repository.
func repositoryPath(_ relative: String) -> String {
    (repositoryFolder as NSString).appendingPathComponent(relative)
}
