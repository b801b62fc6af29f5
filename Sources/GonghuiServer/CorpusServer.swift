import Foundation
import Gonghui
import GonghuiStore
import HTTPTypes
import Hummingbird
import Logging

/// `gonghui serve`: the corpus site over HTTP with Hummingbird. GET only; every page is answered
/// by `CorpusSite`, so the routes here are only the mapping from addresses to pages and the
/// headers every response carries.
public enum CorpusServer {
    /// The routes of the app: the pages, and any other address answered with a 404 page.
    public static func router(site: CorpusSite) -> Router<BasicRequestContext> {
        let router = Router()
        let respond: @Sendable (Request, BasicRequestContext) async throws -> Response = { request, _ in
            response(site.respond(path: request.uri.path, query: request.uri.query))
        }
        for path in ["/", "/documents", "/documents/:id", "/records", "/compare", "/compare.csv", "/compare.xlsx", "/audit", "/digest", "**"] {
            router.get(RouterPath(path), use: respond)
            router.head(RouterPath(path), use: respond)
        }
        return router
    }

    /// An application listening on `host:port` (127.0.0.1 unless the user says otherwise).
    public static func application(site: CorpusSite, host: String, port: Int,
                                   onRunning: @escaping @Sendable () async -> Void = {}) -> some ApplicationProtocol {
        var logger = Logger(label: "gonghui-serve")
        logger.logLevel = .warning
        return Application(router: router(site: site), configuration: .init(address: .hostname(host, port: port), serverName: "Gonghui"),
                           onServerRunning: { _ in await onRunning() }, logger: logger)
    }

    /// Pages carry no script and load nothing from elsewhere: the policy says so to the browser,
    /// so that even a mistake in escaping could not run a report's `<script>`.
    static let securityHeaders: [(HTTPField.Name, String)] = [
        (.contentSecurityPolicy, "default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:; form-action 'self'; base-uri 'none'; frame-ancestors 'none'"),
        (.xContentTypeOptions, "nosniff"),
        (HTTPField.Name("Referrer-Policy")!, "no-referrer"),
    ]

    static func response(_ page: SiteResponse) -> Response {
        var headers = HTTPFields()
        headers[.contentType] = page.contentType
        for (name, value) in securityHeaders { headers[name] = value }
        if let filename = page.filename { headers[.contentDisposition] = "attachment; filename=\"\(filename)\"" }
        headers[.cacheControl] = "no-store"
        return Response(status: HTTPResponse.Status(code: page.status), headers: headers, body: ResponseBody(byteBuffer: ByteBuffer(bytes: page.body)))
    }
}

extension CorpusServer {
    /// Serves until SIGINT or SIGTERM; `onRunning` is called once the port is open.
    public static func run(site: CorpusSite, host: String, port: Int, onRunning: @escaping @Sendable () async -> Void) async throws {
        try await application(site: site, host: host, port: port, onRunning: onRunning).runService()
    }

    /// Whether `host` reaches only this machine.
    public static func isLoopback(_ host: String) -> Bool {
        host == "localhost" || host == "::1" || host.hasPrefix("127.")
    }
}
