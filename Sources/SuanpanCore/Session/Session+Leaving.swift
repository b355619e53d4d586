extension Session {
    /// Forgets a `quit`: the analyst was asked about unsaved changes at the prompt and chose
    /// to stay, so the statements typed next must run.
    public func cancelQuit() {
        quitRequested = false
    }
}
