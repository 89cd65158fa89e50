#!/usr/bin/env bash
# The main job: install what is missing, build release, render diagrams/ and decks/ into build/.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/deps.sh build
# The Swift runtime and Foundation linked statically: no libswift*.so/ICU to load and relocate
# at every start (see bench/README.md); `swift build`/`swift test` stay dynamic for tests.
swift build -c release --product trellis --static-swift-stdlib
# `trellis serve` runs `trellis-serve` from the same folder (it alone links the HTTP server).
swift build -c release --product trellis-serve --static-swift-stdlib
exec "$(swift build -c release --static-swift-stdlib --show-bin-path)/trellis" build . "$@"
