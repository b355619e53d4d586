/// What the worker reading a part does besides parsing it: checking that the part's share of
/// the file is UTF-8, and giving back the file's pages once they are parsed.
///
/// The check runs a window ahead of the scanner, so that each window of bytes comes from
/// memory once and is parsed while still in cache; a file that is UTF-8 (nearly every one)
/// then costs no pass of its own. A part's share runs from its cut to the next cut; cuts fall
/// just after a newline, which is never inside a well-formed sequence, so the shares'
/// checks together are a check of the whole body.
///
/// Behind the scanner, the pages of a mapped file are given back a megabyte at a time
/// (`PageRelease`): the process then holds only the bytes being parsed, not the file.
struct CSVPartWindow {
    private let text: UnsafeBufferPointer<UInt8>
    /// The bytes this part vouches for: from its cut to the next one.
    private let share: Range<Int>
    private let pages: PageRelease
    /// Where the next sequence to check starts; nil once one is ill-formed.
    private var checked: Int?
    /// Where the pages not yet given back start.
    private var released: Int
    /// The scanner position at which `advance` is next due.
    private(set) var nextStop: Int

    /// How far the check runs ahead of the scanner: well inside a core's L2 cache.
    private static let windowBytes = 64 << 10
    /// How many bytes are parsed before their pages are given back, so that a part makes
    /// a system call per megabyte, not per window.
    private static let releaseBytes = 1 << 20

    /// A window over `share` of `text`; `checksUTF8` is false for a text already known to
    /// be UTF-8 (decoded from another encoding, or checked by an earlier reading).
    init(text: UnsafeBufferPointer<UInt8>, share: Range<Int>, checksUTF8: Bool, pages: PageRelease) {
        self.text = text
        self.share = share
        self.pages = pages
        checked = checksUTF8 ? share.lowerBound : share.upperBound
        released = share.lowerBound
        nextStop = share.lowerBound
    }

    /// False once a byte sequence in the share is found not to be UTF-8.
    var isUTF8: Bool { checked != nil }

    /// The scanner has reached `position` (at or past `nextStop`): checks the next window and
    /// gives back what lies far enough behind.
    mutating func advance(to position: Int) {
        nextStop = position + CSVPartWindow.windowBytes
        check(upTo: nextStop)
        if min(position, share.upperBound) - released >= CSVPartWindow.releaseBytes { release(upTo: position) }
    }

    /// The part is read up to `position`: checks the rest of the share and gives it back.
    mutating func finish(at position: Int) {
        check(upTo: share.upperBound)
        release(upTo: max(position, share.upperBound))
    }

    private mutating func check(upTo end: Int) {
        guard let from = checked, from < share.upperBound else { return }
        checked = UTF8Validation.checkSequences(text, from: from, to: min(end, share.upperBound))
    }

    private mutating func release(upTo position: Int) {
        let end = min(position, share.upperBound)
        guard end > released else { return }
        released += pages.release(UnsafeBufferPointer(rebasing: text[released..<end]))
    }
}
