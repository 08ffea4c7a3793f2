/// A stage's verdict on each distinct `class` or `id` value of one page, kept in an array by
/// ``HTMLTree/Attribute/classValue``: pages repeat the same strings on hundreds of elements, and
/// an array read costs less than hashing the string again. Other attributes are judged afresh.
struct ClassValueVerdicts<Verdict> {
    private var known: [Verdict?]

    init(tree: HTMLTree) {
        known = Array(repeating: nil, count: tree.classValueWords.count)
    }

    /// The verdict on the attribute's value, from `judge` the first time the value is met.
    mutating func verdict(on attribute: HTMLTree.Attribute, _ judge: (HTMLTree.Attribute) -> Verdict) -> Verdict {
        let value = Int(attribute.classValue)
        guard value >= 0 else { return judge(attribute) }
        if let verdict = known[value] { return verdict }
        let verdict = judge(attribute)
        known[value] = verdict
        return verdict
    }
}
