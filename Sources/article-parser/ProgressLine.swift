import Foundation

/// The "done/total, pages/s, ETA" line on standard error, redrawn in place at most five times a
/// second. Shown only when standard error is a terminal and there is more than one input.
final class ProgressLine {
    let total: Int
    private let start = Date()
    private var lastDrawn = Date.distantPast
    private var isShown = false

    init(total: Int) {
        self.total = total
    }

    /// A progress line when standard error is a terminal and `total` is more than one, else `nil`.
    static func ifTerminal(total: () -> Int) -> ProgressLine? {
        guard isatty(FileHandle.standardError.fileDescriptor) == 1 else { return nil }
        let total = total()
        return total > 1 ? ProgressLine(total: total) : nil
    }

    func update(done: Int) {
        let now = Date()
        guard done == total || now.timeIntervalSince(lastDrawn) >= 0.2 else { return }
        lastDrawn = now
        let elapsed = max(now.timeIntervalSince(start), 0.001)
        let rate = Double(done) / elapsed
        let remaining = rate > 0 ? Double(max(total - done, 0)) / rate : 0
        draw("\(done)/\(total) pages, \(String(format: "%.1f", rate)) pages/s, ETA \(Self.clock(remaining))")
    }

    /// Removes the line so that a message can be printed in its place.
    func clear() {
        guard isShown else { return }
        FileHandle.standardError.write(Data("\r\u{1B}[2K".utf8))
        isShown = false
    }

    func finish() {
        clear()
    }

    private func draw(_ text: String) {
        FileHandle.standardError.write(Data("\r\u{1B}[2K\(text)".utf8))
        isShown = true
    }

    static func clock(_ seconds: Double) -> String {
        let whole = Int(seconds.rounded())
        let (hours, minutes, rest) = (whole / 3600, whole / 60 % 60, whole % 60)
        return hours > 0
            ? String(format: "%d:%02d:%02d", hours, minutes, rest)
            : String(format: "%d:%02d", minutes, rest)
    }
}
