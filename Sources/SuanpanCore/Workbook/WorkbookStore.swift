/// Workbook directories on disk (SPEC §2): `workbook.toml` and one CSV file per sheet.
///
/// `load(directory:environment:)` reads one; `save(_:to:)` writes one crash-safely. Files
/// the manifest does not name (strays of an interrupted save) are ignored by load and
/// removed by the next save.
public enum WorkbookStore {}
