import Glibc
import Native

/// Finds the `fonts/` directory the renderer loads: `TRELLIS_FONTS_DIR`, else the nearest
/// `fonts/` (holding Inter-Regular.otf) in or above the executable's directory, else
/// `<exe dir>/../share/trellis/fonts`.
public enum FontLocator {
    public static let environmentVariable = "TRELLIS_FONTS_DIR"
    static let marker = "Inter-Regular.otf"

    /// The fonts directory for the running process.
    public static func locate() throws(RenderError) -> String {
        let fromEnvironment = getenv(environmentVariable).map { String(cString: $0) }
        return try locate(environment: fromEnvironment, executablePath: ProcessImage.executablePath())
    }

    /// The fonts directory given an environment value and the executable's path. A set but
    /// wrong environment value is an error, not a reason to look elsewhere.
    public static func locate(environment: String?, executablePath: String?) throws(RenderError) -> String {
        if let environment, !environment.isEmpty {
            guard isDirectory(environment) else { throw .fontDirectoryMissing(environment) }
            return environment
        }
        guard let executablePath else { throw .fontDirectoryMissing("(executable path unknown)") }
        let exeDirectory = AtomicFile.directory(of: executablePath)
        var directory = exeDirectory
        while true {
            let candidate = directory == "/" ? "/fonts" : directory + "/fonts"
            if access(candidate + "/" + marker, R_OK) == 0 { return candidate }
            if directory == "/" || directory == "." || directory.isEmpty { break }
            directory = AtomicFile.directory(of: directory)
        }
        let installed = exeDirectory + "/../share/trellis/fonts"
        guard isDirectory(installed) else { throw .fontDirectoryMissing(installed) }
        return installed
    }

    private static func isDirectory(_ path: String) -> Bool {
        var info = stat()
        return stat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFDIR
    }
}
