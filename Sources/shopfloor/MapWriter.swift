import Foundation
import ShopfloorGraphviz
import ShopfloorMaps

/// Encodes a map, renders it through Graphviz and writes it atomically (a temporary file, then a rename).
enum MapWriter {
    /// Above this many nodes the default engine is sfdp instead of dot.
    static let dotNodeLimit = 300

    static func write(_ document: MapDocument, options: MapOutputOptions) throws {
        let toStdout = options.output == "-"
        let format: OutputFormat
        if let name = options.format {
            guard let chosen = OutputFormat(rawValue: name.lowercased()) else {
                throw CLIError.usage("--format must be svg, png, pdf or dot, not '\(name)'")
            }
            format = chosen
        } else if toStdout {
            format = .svg
        } else if let chosen = OutputFormat(fileName: options.output) {
            format = chosen
        } else {
            throw CLIError.usage("cannot tell the format of '\(options.output)': end it in .svg, .png, .pdf or "
                + ".dot, or pass --format")
        }
        let engine: LayoutEngine
        if let name = options.layout {
            guard let chosen = LayoutEngine(rawValue: name.lowercased()) else {
                throw CLIError.usage("--layout must be one of "
                    + LayoutEngine.allCases.map(\.rawValue).joined(separator: ", ") + ", not '\(name)'")
            }
            engine = chosen
        } else {
            engine = document.allNodes.count > dotNodeLimit ? .sfdp : .dot
        }

        let started = DispatchTime.now()
        let dot = DOTEncoder().encode(document)
        let bytes: [UInt8]
        if format == .dot {
            bytes = Array(dot.utf8)
        } else {
            let rendering = try Graphviz.instance().render(dot: dot, engine: engine, format: format)
            for warning in rendering.warnings where !warning.isEmpty {
                Terminal.standardError.write("graphviz: \(warning)\n")
            }
            bytes = rendering.data
        }
        let seconds = Double(DispatchTime.now().uptimeNanoseconds - started.uptimeNanoseconds) / 1e9

        if toStdout {
            FileHandle.standardOutput.write(Data(bytes))
            return
        }
        do {
            try Data(bytes).write(to: URL(fileURLWithPath: options.output), options: .atomic)
        } catch {
            throw CLIError.input("\(options.output): cannot write the map (\(error.localizedDescription)); "
                + "check that the folder exists and is writable")
        }
        let size = bytes.count >= 10_000 ? "\(bytes.count / 1000) KB" : "\(bytes.count) bytes"
        let time = String(format: "%.2f s", seconds)
        let how = format == .dot ? "DOT source" : "\(engine.rawValue) layout"
        Terminal.standardError.write("wrote \(options.output) (\(format.rawValue.uppercased()), \(size), "
            + "\(document.allNodes.count) nodes, \(how), \(time))\n")
    }
}
