// Times the summarizer on a 1,000-word article: `swift run -c release summarizer-benchmark [FILE]`.
// FILE is plain text (paragraphs separated by blank lines), cut to its first 1,000 words; without
// it, the benchmark uses the first articles of the XSum development set joined until 1,000 words.
import ArticleParser
import ArticleSummarizer
import Foundation

let arguments = CommandLine.arguments.dropFirst()
let words = 1_000
let runs = 2_000

func developmentText() -> String? {
    let path = "../shared/corpora/summaries/xsum-dev.jsonl"
    guard let data = FileManager.default.contents(atPath: path) else { return nil }
    var paragraphs: [String] = []
    var count = 0
    for line in String(decoding: data, as: UTF8.self).split(separator: "\n") where count < words {
        guard let object = try? JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: Any],
              let text = object["text"] as? String else { continue }
        paragraphs.append(text)
        count += text.split(separator: " ").count
    }
    return paragraphs.joined(separator: "\n\n")
}

let source = arguments.first.flatMap { FileManager.default.contents(atPath: $0) }
    .map { String(decoding: $0, as: UTF8.self) } ?? developmentText()
guard let source else {
    FileHandle.standardError.write(Data("summarizer-benchmark: give a text file\n".utf8))
    exit(2)
}
// keep the first 1,000 words, paragraph breaks included
var kept = 0
var cut = source.endIndex
var index = source.startIndex
var inWord = false
while index < source.endIndex {
    let isSpace = source[index].isWhitespace
    if !isSpace, !inWord {
        kept += 1
        if kept > words { cut = index; break }
    }
    inWord = !isSpace
    index = source.index(after: index)
}
let text = String(source[..<cut])
let paragraphs = text.components(separatedBy: "\n\n").map { Paragraph(text: $0) }
let article = Article(title: nil, paragraphs: paragraphs)
let summarizer = Summarizer()

/// This thread's CPU time in milliseconds: on a shared machine, wall time also counts the
/// time other processes hold the cores.
func cpuMilliseconds() -> Double {
    var time = timespec()
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
    return Double(time.tv_sec) * 1_000 + Double(time.tv_nsec) / 1_000_000
}

var sink = 0
for _ in 0 ..< 50 { sink &+= summarizer.summarize(article).sentences.count }  // warm up
var wall: [Double] = []
var cpu: [Double] = []
for _ in 0 ..< runs {
    let start = DispatchTime.now().uptimeNanoseconds
    let cpuStart = cpuMilliseconds()
    sink &+= summarizer.summarize(article).sentences.count
    cpu.append(cpuMilliseconds() - cpuStart)
    wall.append(Double(DispatchTime.now().uptimeNanoseconds - start) / 1_000_000)
}
wall.sort()
cpu.sort()
let wordCount = text.split(whereSeparator: \.isWhitespace).count
let sentenceCount = paragraphs.reduce(0) { $0 + SentenceSegmenter().sentences(in: $1.text).count }
print(String(format: "summarize: %d words, %d paragraphs, %d sentences, %d runs (checksum %d)",
             wordCount, paragraphs.count, sentenceCount, runs, sink))
print(String(format: "wall time: median %.3f ms, p90 %.3f ms, max %.3f ms",
             wall[runs / 2], wall[runs * 9 / 10], wall[runs - 1]))
print(String(format: "CPU time:  median %.3f ms, p90 %.3f ms, max %.3f ms",
             cpu[runs / 2], cpu[runs * 9 / 10], cpu[runs - 1]))
