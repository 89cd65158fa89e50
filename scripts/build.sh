#!/usr/bin/env bash
# The main job: install what is missing, build release, render diagrams/ and decks/ into build/.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/deps.sh build
swift build -c release --product trellis
exec "$(swift build -c release --show-bin-path)/trellis" build . "$@"
