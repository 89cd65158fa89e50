#!/usr/bin/env bash
# Installs the Debian packages Trellis needs, or prints the exact command when not root.
# Usage: scripts/deps.sh [build|test|bench]   (test and bench include build)
set -euo pipefail
# hyphen-en-us: hyphenation patterns for document paragraphs (other languages: hyphen-de, hyphen-fr, ...).
# libcurl4-openssl-dev: the static Foundation that FlyingFox pulls into trellis-serve links -lcurl.
# librsvg2-dev: brings librsvg-2.so.2 and gdk-pixbuf, which trellis opens with dlopen for SVG and JPEG images.
need=(pkg-config libcairo2-dev libpango1.0-dev libfontconfig-dev zlib1g-dev libcmark-gfm-dev libcmark-gfm-extensions-dev librsvg2-dev libcurl4-openssl-dev hyphen-en-us)
case "${1:-build}" in
  build) ;;
  test)  need+=(poppler-utils librsvg2-bin qpdf chromium curl) ;;
  bench) need+=(graphviz) ;;
  *) echo "usage: $0 [build|test|bench]" >&2; exit 2 ;;
esac

if ! command -v swift >/dev/null 2>&1; then
  echo "error: swift not found on PATH; install Swift 6.3 (https://www.swift.org/install/linux/) first" >&2
  exit 1
fi

missing=()
for pkg in "${need[@]}"; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
done
[ ${#missing[@]} -eq 0 ] && exit 0

if [ "$(id -u)" -eq 0 ]; then
  echo "installing: ${missing[*]}" >&2
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -qq
  apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
else
  echo "error: missing packages: ${missing[*]}" >&2
  echo "run:   sudo apt-get install -y ${missing[*]}" >&2
  exit 1
fi
