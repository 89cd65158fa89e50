#!/usr/bin/env bash
# Re-renders the images the README shows (docs/*.png) with the release build.
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/deps.sh build
swift build -c release --product trellis --static-swift-stdlib
bin="$(swift build -c release --static-swift-stdlib --show-bin-path)/trellis"
"$bin" render diagrams/ARCH_SIGIL_TOPOLOGY.mmd -o docs/ARCH_SIGIL_TOPOLOGY.png
"$bin" render docs/SHAPES_GALLERY.mmd -o docs/SHAPES_GALLERY.png
echo "wrote docs/ARCH_SIGIL_TOPOLOGY.png docs/SHAPES_GALLERY.png"
