#!/usr/bin/env bash
# `make bench-validate`: times `interactive-article validate` (release build)
# on a generated ~5 MB article, five runs, and adds a row with the median,
# fastest and slowest to the table in BENCHMARKS.md. A benchmark, not a test:
# it fails only if the article does not validate.
set -euo pipefail

runs=5
article=target/bench/article-5mb.json
mkdir -p target/bench
node scripts/bench-article.mjs "$article" 5000000
cargo build --quiet --release --bin interactive-article
cli=target/release/interactive-article

"$cli" validate "$article" > /dev/null # warm the file cache; exits 1 if invalid
times=()
for _ in $(seq "$runs"); do
	start=$(date +%s%N)
	"$cli" validate "$article" > /dev/null
	end=$(date +%s%N)
	times+=($(((end - start) / 1000000)))
done
mapfile -t sorted < <(printf '%s\n' "${times[@]}" | sort -n)
median=${sorted[$((runs / 2))]}
fastest=${sorted[0]}
slowest=${sorted[$((runs - 1))]}

bytes=$(stat -c %s "$article")
size=$(awk -v b="$bytes" 'BEGIN { printf "%.1f MB", b / 1000000 }')
cpu=$(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -n 1)
row="| $(date -u +%Y-%m-%d) | ${cpu:-unknown} | $(nproc) | \`interactive-article validate\` (release) | $size | $median ms | $fastest ms | $slowest ms |"
echo "validate, $size, $runs runs (ms): ${times[*]}"
echo "$row" >> BENCHMARKS.md
echo "added to BENCHMARKS.md:"
echo "$row"
