import PreviewHTTP
import TrellisCLI

// The `trellis-serve` program: `trellis serve` with the HTTP server linked in. Run directly,
// `trellis-serve [options] [path...]` means `trellis serve [options] [path...]`.
PreviewHosting.install { workspace, host, port, listening, rebuilt in
    try await PreviewServer(workspace: workspace, host: host, port: port).run(listening: listening, rebuilt: rebuilt)
}
var arguments = Array(CommandLine.arguments.dropFirst())
if arguments.first != "serve" { arguments.insert("serve", at: 0) }
TrellisCommand.main(arguments)
