extension String {
    /// The text cut to `width` display columns, its last column an ellipsis, when it is
    /// wider; else the text itself. Cuts fall between characters, so a CJK character that
    /// would straddle the limit is left out whole.
    public func truncated(toDisplayWidth width: Int) -> String {
        guard displayWidth(self) > width else { return self }
        var out = ""
        var used = 0
        for character in self {
            let next = displayWidth(String(character))
            if used + next > width - 1 { break }
            out.append(character)
            used += next
        }
        return out + "…"
    }
}
