import CCmark

#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// Collects the readable text of a subtree as UTF-8 bytes.
///
/// Works on bytes copied straight from libcmark's C strings, which avoids
/// building a Swift `String` per text node.
enum PlainText {
    /// The plain text of `node` and its descendants.
    static func of(_ node: OpaquePointer?) -> String {
        var bytes: [UInt8] = []
        append(subtree: node, to: &bytes)
        return String(decoding: bytes, as: UTF8.self)
    }

    /// Appends the plain text of `node` and its descendants.
    static func append(subtree node: OpaquePointer?, to bytes: inout [UInt8]) {
        var walker = SubtreeWalker(node)
        while let current = walker.next() {
            appendOwnText(of: current, to: &bytes)
        }
    }

    /// Appends what `node` itself contributes (not its children): the literal
    /// of text and code spans, a space for line breaks, nothing otherwise.
    static func appendOwnText(of node: OpaquePointer, to bytes: inout [UInt8]) {
        switch node.cmarkType {
        case CMARK_NODE_TEXT, CMARK_NODE_CODE:
            appendCString(cmark_node_get_literal(node), to: &bytes)
        case CMARK_NODE_SOFTBREAK, CMARK_NODE_LINEBREAK:
            bytes.append(UInt8(ascii: " "))
        default:
            break
        }
    }

    /// Appends the bytes of a NUL-terminated C string (nothing for NULL).
    static func appendCString(_ cString: UnsafePointer<CChar>?, to bytes: inout [UInt8]) {
        guard let cString else { return }
        let length = strlen(cString)
        cString.withMemoryRebound(to: UInt8.self, capacity: length) { start in
            bytes.append(contentsOf: UnsafeBufferPointer(start: start, count: length))
        }
    }
}
