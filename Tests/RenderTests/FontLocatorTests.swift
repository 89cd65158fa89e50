import Render
import Testing

@Suite struct FontLocatorTests {
    @Test func environmentWins() throws {
        let found = try FontLocator.locate(environment: RenderFixtures.fontDirectory, executablePath: "/nowhere/bin/trellis")
        #expect(found == RenderFixtures.fontDirectory)
    }

    @Test func wrongEnvironmentIsAnError() {
        #expect(throws: RenderError.fontDirectoryMissing("/no/such/fonts")) {
            try FontLocator.locate(environment: "/no/such/fonts", executablePath: nil)
        }
    }

    @Test func walksUpFromTheExecutable() throws {
        let root = String(RenderFixtures.fontDirectory.dropLast("/fonts".count))
        let found = try FontLocator.locate(environment: nil, executablePath: root + "/.build/debug/trellis")
        #expect(found == RenderFixtures.fontDirectory)
    }

    @Test func nothingFoundIsAnError() {
        #expect(throws: RenderError.self) {
            try FontLocator.locate(environment: nil, executablePath: "/nonexistent-trellis/bin/trellis")
        }
    }
}
