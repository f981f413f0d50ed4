import Foundation
import HTTPTypes
import Hummingbird
import Logging
import NIOCore

/// Serves a ``Workbench`` over HTTP with Hummingbird, on the loopback interface only.
public enum WorkbenchServer {
    /// The largest form body read (a form is a few hundred bytes; anything larger is refused).
    static let bodyLimit = 1 << 20

    /// Runs until the process is interrupted (SIGINT or SIGTERM). `started` gets the URL to print once the
    /// server listens: it holds the one-time token.
    public static func run(_ workbench: Workbench, port: Int, started: @escaping @Sendable (String) -> Void) async throws {
        var logger = Logger(label: "shopfloor-serve")
        logger.logLevel = .error
        let app = Application(
            responder: Responder(workbench: workbench),
            configuration: .init(address: .hostname("127.0.0.1", port: port), serverName: nil),
            onServerRunning: { channel in
                workbench.port = channel.localAddress?.port ?? port
                if let url = workbench.openingURL { started(url) }
            },
            logger: logger
        )
        try await app.runService()
    }

    /// Hands every request to the workbench, off the event loop.
    struct Responder: HTTPResponder {
        typealias Context = BasicRequestContext
        let workbench: Workbench

        func respond(to request: Request, context: Context) async throws -> Response {
            var request = request
            let body = try await request.collectBody(upTo: WorkbenchServer.bodyLimit)
            // HTTPTypes keeps an HTTP/1 Host header as the request's authority, not among the fields.
            var headers: [String: String] = request.head.authority.map { ["host": $0] } ?? [:]
            for field in request.headers {
                let name = field.name.canonicalName
                headers[name] = headers[name].map { $0 + (name == "cookie" ? "; " : ", ") + field.value } ?? field.value
            }
            let web = WebRequest(method: request.method.rawValue, path: request.uri.path, rawQuery: request.uri.query,
                headers: headers, body: Array(buffer: body))
            let workbench = self.workbench
            let answer = await withCheckedContinuation { continuation in
                DispatchQueue.global().async { continuation.resume(returning: workbench.handle(web)) }
            }
            var fields = HTTPFields()
            for (name, value) in answer.headers {
                if let key = HTTPField.Name(name) { fields.append(HTTPField(name: key, value: value)) }
            }
            let isHead = request.method == .head
            return Response(status: .init(code: answer.status), headers: fields,
                body: isHead ? ResponseBody() : ResponseBody(byteBuffer: ByteBuffer(bytes: answer.body)))
        }
    }
}
