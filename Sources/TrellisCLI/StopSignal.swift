import Dispatch
import Foundation

/// Ctrl-C for the long-running commands: prints a last line and exits with status 0.
enum StopSignal {
    nonisolated(unsafe) private static var source: DispatchSourceSignal?

    static func install(console: Console) {
        signal(SIGINT, SIG_IGN)
        signal(SIGTERM, SIG_IGN)
        let interrupt = DispatchSource.makeSignalSource(signal: SIGINT, queue: .global())
        let terminate = DispatchSource.makeSignalSource(signal: SIGTERM, queue: .global())
        for signalSource in [interrupt, terminate] {
            signalSource.setEventHandler {
                console.note("stopped")
                exit(0)
            }
            signalSource.resume()
        }
        source = interrupt
        terminationSource = terminate
    }

    nonisolated(unsafe) private static var terminationSource: DispatchSourceSignal?
}
