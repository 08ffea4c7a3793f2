import Foundation

/// A checker for the part of JSON Schema (draft 2020-12) that `docs/article.schema.json` uses:
/// `type` (one name or a list, "null" included), `enum`, `required`, `properties`,
/// `additionalProperties: false`, `items`, `minimum`, `maximum`, `oneOf` and local `$ref`s
/// into `$defs`. Annotations (`description`, `format`, `title`) are ignored, as the draft says.
struct SchemaCheck {
    let root: [String: Any]

    init(schemaAt url: URL) throws {
        guard let root = try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? [String: Any] else {
            throw CocoaError(.coderReadCorrupt)
        }
        self.root = root
    }

    /// Every way `value` breaks the schema, as "path: problem"; empty when it conforms.
    func problems(with value: Any) -> [String] {
        problems(with: value, schema: root, at: "$")
    }

    private func problems(with value: Any, schema: [String: Any], at path: String) -> [String] {
        if let reference = schema["$ref"] as? String {
            guard let target = resolve(reference) else { return ["\(path): unknown $ref \(reference)"] }
            return problems(with: value, schema: target, at: path)
        }
        if let choices = schema["oneOf"] as? [[String: Any]] {
            let matching = choices.filter { problems(with: value, schema: $0, at: path).isEmpty }.count
            if matching != 1 { return ["\(path): matches \(matching) of the oneOf choices, not exactly 1"] }
        }
        var found: [String] = []
        if let type = schema["type"] {
            let names = (type as? [String]) ?? [type as? String].compactMap { $0 }
            if !names.contains(where: { Self.value(value, is: $0) }) {
                return ["\(path): \(Self.describe(value)) is not \(names.joined(separator: " or "))"]
            }
        }
        if let allowed = schema["enum"] as? [Any], !allowed.contains(where: { Self.equal($0, value) }) {
            found.append("\(path): \(value) is not one of \(allowed)")
        }
        if let number = value as? NSNumber, !Self.isBoolean(value) {
            if let minimum = schema["minimum"] as? Double, number.doubleValue < minimum {
                found.append("\(path): \(number) is below \(minimum)")
            }
            if let maximum = schema["maximum"] as? Double, number.doubleValue > maximum {
                found.append("\(path): \(number) is above \(maximum)")
            }
        }
        if let object = value as? [String: Any] {
            let properties = schema["properties"] as? [String: [String: Any]] ?? [:]
            for name in schema["required"] as? [String] ?? [] where object[name] == nil {
                found.append("\(path): missing \(name)")
            }
            for (name, member) in object.sorted(by: { $0.key < $1.key }) {
                if let property = properties[name] {
                    found += problems(with: member, schema: property, at: "\(path).\(name)")
                } else if schema["additionalProperties"] as? Bool == false {
                    found.append("\(path): \(name) is not in the schema")
                }
            }
        }
        if let array = value as? [Any], let items = schema["items"] as? [String: Any] {
            for (index, element) in array.enumerated() {
                found += problems(with: element, schema: items, at: "\(path)[\(index)]")
            }
        }
        return found
    }

    private func resolve(_ reference: String) -> [String: Any]? {
        guard reference.hasPrefix("#/$defs/") else { return nil }
        let name = String(reference.dropFirst("#/$defs/".count))
        return (root["$defs"] as? [String: Any])?[name] as? [String: Any]
    }

    private static func isBoolean(_ value: Any) -> Bool {
        guard let number = value as? NSNumber else { return false }
        return String(cString: number.objCType) == "c"  // how Foundation stores true and false
    }

    private static func value(_ value: Any, is type: String) -> Bool {
        switch type {
        case "null": return value is NSNull
        case "object": return value is [String: Any]
        case "array": return value is [Any]
        case "string": return value is String
        case "boolean": return isBoolean(value)
        case "integer":
            guard let number = value as? NSNumber, !isBoolean(value) else { return false }
            return number.doubleValue.rounded() == number.doubleValue
        case "number": return value is NSNumber && !isBoolean(value)
        default: return false
        }
    }

    private static func equal(_ left: Any, _ right: Any) -> Bool {
        switch (left, right) {
        case (let left as String, let right as String): left == right
        case (let left as NSNumber, let right as NSNumber): left == right
        case (is NSNull, is NSNull): true
        default: false
        }
    }

    private static func describe(_ value: Any) -> String {
        switch value {
        case is NSNull: "null"
        case is String: "a string"
        case is [Any]: "an array"
        case is [String: Any]: "an object"
        default: "\(value)"
        }
    }
}
