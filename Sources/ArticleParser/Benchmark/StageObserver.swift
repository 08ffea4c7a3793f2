/// Hears the end of each pipeline stage. The pipeline calls it only when one is given, so the
/// normal parse pays nothing; the benchmark uses it to time the real stages rather than a copy.
protocol StageObserver: AnyObject {
    func finished(_ stage: ArticleParser.Stage)
}

/// Adds the thread CPU time since the previous stage ended to the stage that just ended.
final class StageClock: StageObserver {
    var times: ArticleParser.StageTimes
    private var last: UInt64

    init(times: ArticleParser.StageTimes) {
        self.times = times
        last = threadCPUNanoseconds()
    }

    func finished(_ stage: ArticleParser.Stage) {
        last = times.add(stage, since: last)
    }
}
