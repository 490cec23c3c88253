/// Reading scalars straight from a string's UTF-8 bytes, for scans that
/// mostly meet ASCII and want no `String` index arithmetic. The bytes come
/// from a Swift string, so they are valid UTF-8.
enum UTF8Bytes {
    /// How many bytes the scalar starting with `lead` takes.
    @inline(__always)
    static func width(ofLead lead: UInt8) -> Int {
        switch lead {
        case 0..<0x80: return 1
        case 0xC0..<0xE0: return 2
        case 0xE0..<0xF0: return 3
        default: return 4
        }
    }

    /// Whether `byte` continues a scalar rather than starting one.
    @inline(__always)
    static func isContinuation(_ byte: UInt8) -> Bool {
        byte & 0xC0 == 0x80
    }

    /// The scalar of `width` bytes at `index`.
    @inline(__always)
    static func scalar(in bytes: UnsafeBufferPointer<UInt8>, at index: Int, width: Int) -> Unicode.Scalar {
        let lead = UInt32(bytes[index])
        guard width > 1 else { return Unicode.Scalar(UInt8(lead)) }
        var value = lead & (0x7F >> UInt32(width))
        for offset in 1..<width { value = value << 6 | UInt32(bytes[index + offset] & 0x3F) }
        // Valid UTF-8 decodes to a valid scalar; U+FFFD answers anything else.
        return Unicode.Scalar(value) ?? "\u{FFFD}"
    }
}
