import Foundation

/// One HTTP/1.1 request at a time to a server on 127.0.0.1, over a plain socket, for tests that talk to
/// `shopfloor serve` as a browser would and must see exactly what came back before the server was killed.
public enum LoopbackHTTP {
    /// A whole reply: its status, its header fields (names in lower case) and its body.
    public struct Reply: Sendable {
        public var status: Int
        public var headers: [String: String]
        public var body: String
    }

    /// Sends one request (`Connection: close`) and reads the reply to its end. Returns nil when no whole
    /// reply came: the connection was refused or closed early (a killed server), or `seconds` passed.
    public static func send(
        port: Int, method: String, target: String, headers: [String: String] = [:], body: String = "", seconds: Double = 30
    ) -> Reply? {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard fd >= 0 else { return nil }
        defer { close(fd) }
        var timeout = timeval(tv_sec: Int(seconds), tv_usec: Int((seconds - seconds.rounded(.down)) * 1_000_000))
        setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        setsockopt(fd, SOL_SOCKET, SO_SNDTIMEO, &timeout, socklen_t(MemoryLayout<timeval>.size))
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = in_port_t(UInt16(port).bigEndian)
        address.sin_addr.s_addr = in_addr_t(UInt32(0x7F00_0001).bigEndian)
        let connected = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { connect(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard connected == 0 else { return nil }
        var head = "\(method) \(target) HTTP/1.1\r\nHost: 127.0.0.1:\(port)\r\nConnection: close\r\n"
        for (name, value) in headers.sorted(by: { $0.key < $1.key }) { head += "\(name): \(value)\r\n" }
        if method == "POST" { head += "Content-Type: application/x-www-form-urlencoded\r\n" }
        let bytes = Array((head + "Content-Length: \(body.utf8.count)\r\n\r\n" + body).utf8)
        var sent = 0
        while sent < bytes.count {
            // MSG_NOSIGNAL: a server killed mid-request must not end the test process with SIGPIPE.
            let n = bytes[sent...].withUnsafeBytes { Glibc.send(fd, $0.baseAddress, $0.count, Int32(MSG_NOSIGNAL)) }
            guard n > 0 else { return nil }
            sent += n
        }
        var received: [UInt8] = []
        var buffer = [UInt8](repeating: 0, count: 65536)
        while true {
            let n = buffer.withUnsafeMutableBytes { recv(fd, $0.baseAddress, $0.count, 0) }
            if n == 0 { break }
            guard n > 0 else { return nil }
            received += buffer[0..<n]
        }
        return parse(received)
    }

    /// A reply whose head is whole and whose body has the length its `Content-Length` says, or nil.
    static func parse(_ bytes: [UInt8]) -> Reply? {
        let separator: [UInt8] = Array("\r\n\r\n".utf8)
        guard let end = (0..<max(0, bytes.count - 3)).first(where: { Array(bytes[$0..<$0 + 4]) == separator }) else { return nil }
        let lines = String(decoding: bytes[..<end], as: UTF8.self).components(separatedBy: "\r\n")
        let statusWords = lines.first?.split(separator: " ") ?? []
        guard statusWords.count >= 2, statusWords[0].hasPrefix("HTTP/1."), let status = Int(statusWords[1]) else { return nil }
        var headers: [String: String] = [:]
        for line in lines.dropFirst() {
            guard let colon = line.firstIndex(of: ":") else { continue }
            let name = line[..<colon].lowercased(), value = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
            headers[name] = headers[name].map { $0 + (name == "set-cookie" ? "\n" : ", ") + value } ?? value
        }
        let body = bytes[(end + 4)...]
        if let length = headers["content-length"].flatMap({ Int($0) }), body.count != length { return nil }
        // A chunked body is whole once its last, empty chunk came.
        if headers["transfer-encoding"]?.contains("chunked") == true, Array(body.suffix(5)) != Array("0\r\n\r\n".utf8) { return nil }
        return Reply(status: status, headers: headers, body: String(decoding: body, as: UTF8.self))
    }
}
