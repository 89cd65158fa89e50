#!/bin/sh
# Builds the libFuzzer harnesses (debug, -sanitize=fuzzer,address) and runs one.
# Usage: fuzz/run.sh HARNESS SECONDS [extra libFuzzer flags]
#   HARNESS: mermaid | layout | deck (or FuzzMermaid, FuzzLayout, FuzzDeck)
# Seeds: ../shared/corpus (*.mmd), Tests/Fixtures, fuzz/seeds-deck (decks; corpus diagrams wrapped in
# ```mermaid blocks), and every regression input in fuzz/regressions.
# New interesting inputs go to fuzz/corpus/HARNESS (git-ignored); crashes to fuzz/artifacts/.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
root=$(dirname "$here")
harness=${1:?usage: fuzz/run.sh HARNESS SECONDS}
seconds=${2:?usage: fuzz/run.sh HARNESS SECONDS}
shift 2
case "$harness" in
  mermaid|FuzzMermaid) target=FuzzMermaid; kind=mmd ;;
  layout|FuzzLayout) target=FuzzLayout; kind=mmd ;;
  deck|FuzzDeck) target=FuzzDeck; kind=md ;;
  *) echo "unknown harness $harness (mermaid, layout, deck)" >&2; exit 2 ;;
esac
cd "$here"
nice -n 19 swift build -c debug --product "$target" \
  -Xswiftc -sanitize=fuzzer,address -Xswiftc -parse-as-library >&2
bin=$(swift build -c debug --show-bin-path)/"$target"

corpus="$here/corpus/$target"
seeds="$here/seeds/$target"
mkdir -p "$corpus" "$seeds" "$here/artifacts"
# Seeds are copied (libFuzzer may write into its first corpus directory only).
shared="$root/../shared/corpus"
[ -d /work/shared/corpus ] && shared=/work/shared/corpus
if [ "$kind" = mmd ]; then
  find "$shared" "$root/Tests/Fixtures" -name '*.mmd' -size -64k -exec cp {} "$seeds"/ \; 2>/dev/null || true
else
  find "$root/Tests/Fixtures" "$root/decks" "$root/docs" "$root/bench" -name '*.md' -size -64k -exec cp {} "$seeds"/ \; 2>/dev/null || true
  cp "$here"/seeds-deck/* "$seeds"/
  # A few corpus diagrams as ```mermaid blocks of a deck.
  for f in $(ls "$shared"/*.mmd 2>/dev/null | head -20); do
    { printf -- '---\ntheme: default\n---\n\n# %s\n\n```mermaid\n' "$(basename "$f")"; cat "$f"; printf '```\n'; } > "$seeds/deck-$(basename "$f").md"
  done
fi
[ -d "$here/regressions/$target" ] && cp "$here/regressions/$target"/* "$seeds"/ 2>/dev/null || true

exec nice -n 19 "$bin" "$corpus" "$seeds" \
  -max_total_time="$seconds" -timeout=10 -rss_limit_mb=3072 -max_len=8192 \
  -artifact_prefix="$here/artifacts/$target-" -print_final_stats=1 "$@"
