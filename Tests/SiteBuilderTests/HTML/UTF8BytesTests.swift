import Testing
@testable import SiteBuilder

@Suite struct UTF8BytesTests {
    /// Every scalar of each width, at the edges of its width and between,
    /// decodes from its bytes as Swift encodes it.
    @Test func decodesEveryWidthAsSwiftEncodes() {
        let values: [UInt32] = [0, 0x41, 0x7F, 0x80, 0xE9, 0x7FF, 0x800, 0x2014, 0xD7FF, 0xE000, 0xFFFD, 0xFFFF,
                                0x10000, 0x1F680, 0x10FFFF]
        let text = String(String.UnicodeScalarView(values.compactMap(Unicode.Scalar.init)))
        var decoded: [Unicode.Scalar] = []
        UTF8Search.withBytes(text) { bytes in
            var index = 0
            while index < bytes.count {
                let width = UTF8Bytes.width(ofLead: bytes[index])
                #expect((1..<width).allSatisfy { UTF8Bytes.isContinuation(bytes[index + $0]) })
                decoded.append(UTF8Bytes.scalar(in: bytes, at: index, width: width))
                index += width
            }
        }
        #expect(decoded == Array(text.unicodeScalars))
    }
}
