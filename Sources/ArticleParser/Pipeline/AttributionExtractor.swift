import Foundation

/// Splits parenthetical source attributions off the body paragraphs.
///
/// Only running-text paragraphs are read (captions keep their photo credits; headings, list
/// items and quotes are left alone), and only their edges: a wire tag at the start ("BERLIN
/// (dpa) - ..."), a sign-off or source note at the end ("... (dpa/ab)", "... (Policy outlook
/// briefs.)"), or a paragraph that is nothing but a source ("(Reporting by ...)", "(ab)").
///
/// - A leading tag's dateline stays in the paragraph ("BERLIN - ...") and is copied to
///   ``SourceAttribution/dateline``.
/// - A standalone source is not body text: its paragraph is dropped from the result, and the
///   attribution's `paragraphIndex` is the kept paragraph it closes (the one before it; 0 when
///   it comes first). That paragraph's own `attribution` is set when it has none.
struct AttributionExtractor {
    struct Result {
        var paragraphs: [Paragraph]
        var attributions: [SourceAttribution]
    }

    func extract(from paragraphs: [Paragraph]) -> Result {
        var result = Result(paragraphs: [], attributions: [])
        for var paragraph in paragraphs {
            guard paragraph.kind == .paragraph, let split = ParagraphEdges.split(paragraph.text) else {
                result.paragraphs.append(paragraph)
                continue
            }
            if split.position == .standalone {
                let closed = max(result.paragraphs.count - 1, 0)
                let attribution = SourceAttribution(text: split.source, position: .standalone, paragraphIndex: closed)
                result.attributions.append(attribution)
                if closed < result.paragraphs.count, result.paragraphs[closed].attribution == nil {
                    result.paragraphs[closed].attribution = attribution
                }
                continue
            }
            let attribution = SourceAttribution(text: split.source, position: split.position,
                                                paragraphIndex: result.paragraphs.count, dateline: split.dateline)
            paragraph.text = split.remainder
            paragraph.attribution = attribution
            result.attributions.append(attribution)
            result.paragraphs.append(paragraph)
        }
        return result
    }
}
