#!/usr/bin/env bash
# Builds the wasm package (glue + wasm) into OUT_DIR: wasm-pack (cargo and
# wasm-bindgen), then wasm-opt, then a minified glue. Every package the
# Makefile ships or tests is built here, so the flags live in one place.
#
#   bash scripts/build-wasm.sh [--stable] [--names] [--server | --editor] OUT_DIR [cargo build arguments]
#
# By default, the release artifact (www/pkg, dist/embed): the pinned nightly
# ($RELEASE_TOOLCHAIN, see scripts/env.sh) rebuilds the standard library for
# size (-Zbuild-std, optimize_for_size), aborts on a panic at once, without
# formatting a message or running a hook (-Cpanic=immediate-abort; the
# glue's embed/containment.js shows the error box and dispatches ia-error
# when the module traps), drops file names and line numbers from what is
# left of panic messages (-Zlocation-detail=none), and has derived Debug
# impls print only the type's name (-Zfmt-debug=shallow; nothing the widget
# shows or hashes goes through a derived Debug). In its own target
# directory, so it never invalidates the stable builds of tests and lints.
#
# One flag the issue lists is left out on purpose, for what a test would see
# (BENCHMARKS.md has the figures): -Zfmt-debug=none (rather than shallow)
# empties every `{:?}`, also the one of a plain string: the JSON reader's
# "invalid type: string \"not a list\"" (serde's words) would lose its
# quoted value in the browser only (tests/fixture-outcomes.json).
#
# The glue of the widget (not of another --crate, nor the server's or the
# editor's) gets the files it fetches beside it and their hashes
# (scripts/glue-files.mjs), and embed/containment.js appended, which wraps
# its `mount` and `release` (renamed here to mountUnguarded and
# releaseUnguarded): every build, stable included, contains a trap the same
# way.
#
# The widget's wasm (not the server's or the editor's) has a shadow stack of
# 128 KB instead of rustc's 1 MB: the stack sits at the bottom of the linear
# memory, so its size is memory every page holds from the start, most of the
# widget's wasm memory at the default article. The deepest the stack went
# over the fixtures, the hostile corpus (nesting up to the reader's limit)
# and a 2,000-section article, with every button clicked, was 9.4 KB. Past
# the bottom it traps (out of bounds) and the trap is contained like any
# other; it never runs into data.
#
# --stable builds the same package with the stable toolchain and no unstable
# flags (the test command runs end-to-end tests on it too).
# --names keeps the function names (the wasm `name` section) for
# `make size-profile`; never shipped.
# --server builds the server renderer for Node and workers instead (feature
# `server`, src/server.rs) as server.js and server_bg.wasm, without a
# package.json, in target directories of its own: its features differ from
# the browser's, and sharing a directory would rebuild each in turn.
# --editor builds the live editor page's app (feature `editor`,
# src/editor.rs) as editor.js and editor_bg.wasm, without a package.json,
# in target directories of its own for the same reason: a wasm of its own,
# so the reader's widget wasm carries no editor.
# --crate DIR builds another crate the same way (bench/floor/, the bare Yew
# accordion `make size-floor` measures); --all-unstable-flags adds the flag
# left out above, to measure what it would save.
set -euo pipefail

stable=false
names=false
server=false
editor=false
crate=.
unstable_flags="-Zunstable-options -Cpanic=immediate-abort -Zlocation-detail=none -Zfmt-debug=shallow"
nightly_target_dir=target/nightly
while [ "$#" -gt 0 ]; do
    case "$1" in
        --stable) stable=true ;;
        --names) names=true ;;
        --server)
            server=true
            nightly_target_dir=target/nightly-server
            ;;
        --editor)
            editor=true
            nightly_target_dir=target/nightly-editor
            ;;
        --crate)
            crate="$2"
            shift
            ;;
        --all-unstable-flags)
            unstable_flags="-Zunstable-options -Cpanic=immediate-abort -Zlocation-detail=none -Zfmt-debug=none"
            nightly_target_dir=target/nightly-all-flags
            ;;
        *) break ;;
    esac
    shift
done
[ "$#" -ge 1 ] || {
    echo "usage: bash scripts/build-wasm.sh [--stable] [--names] [--server | --editor] [--crate DIR] [--all-unstable-flags] OUT_DIR [cargo build arguments]" >&2
    exit 2
}
out="$(realpath -m "$1")"
shift

# The features current rustc emits for wasm32 by default; wasm-opt must be
# told. -Oz alone: --converge and --gufa save raw bytes but add brotli bytes
# (BENCHMARKS.md, size section).
wasm_opt_flags=(
    -Oz
    --enable-bulk-memory
    --enable-nontrapping-float-to-int
    --enable-sign-ext
    --enable-mutable-globals
    --enable-reference-types
    --enable-multivalue
)

wasm_pack=(wasm-pack build --mode no-install --target web --release --no-typescript --no-opt --out-dir "$out")
if [ "$server" = true ]; then
    wasm_pack+=(--out-name server --no-pack)
    set -- --features server "$@"
elif [ "$editor" = true ]; then
    wasm_pack+=(--out-name editor --no-pack)
    set -- --features editor "$@"
fi
wasm_pack+=("$crate")
stack_flags=""
if [ "$crate" = . ] && [ "$server" = false ] && [ "$editor" = false ]; then
    stack_flags="-Clink-arg=-zstack-size=131072"
fi
if [ "$stable" = true ]; then
    if [ "$server" = true ]; then
        export CARGO_TARGET_DIR="$PWD/target/server"
    elif [ "$editor" = true ]; then
        export CARGO_TARGET_DIR="$PWD/target/editor"
    fi
    CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS="$stack_flags" "${wasm_pack[@]}" -- "$@"
else
    : "${RELEASE_TOOLCHAIN:?source scripts/env.sh first}"
    RUSTUP_TOOLCHAIN="$RELEASE_TOOLCHAIN" \
        CARGO_TARGET_DIR="$(realpath -m "$crate/$nightly_target_dir")" \
        CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS="$unstable_flags $stack_flags" \
        "${wasm_pack[@]}" -- -Zbuild-std=std,panic_abort -Zbuild-std-features=optimize_for_size "$@"
fi

wasm="$(echo "$out"/*_bg.wasm)"
if [ "$names" = true ]; then
    wasm-opt "${wasm_opt_flags[@]}" --debuginfo "$wasm" -o "$wasm"
else
    wasm-opt "${wasm_opt_flags[@]}" "$wasm" -o "$wasm"
fi

glue="${wasm%_bg.wasm}.js"
if [ "$crate" = . ] && [ "$server" = false ] && [ "$editor" = false ]; then
    for name in mount release; do
        grep -q "^export function $name(" "$glue" || {
            echo "build-wasm.sh: the glue has no 'export function $name(' for embed/containment.js to wrap" >&2
            exit 1
        }
    done
    sed -i -E 's/^export function (mount|release)\(/function \1Unguarded(/' "$glue"
    node "$(dirname "$0")/glue-files.mjs" "$out"
    cat "$(dirname "$0")/../embed/containment.js" >>"$glue"
fi

# The glue, minified: the same module with short local names and no
# comments (exported names, and the wasm's URL next to it, are kept).
terser "$glue" --module --compress passes=2 --mangle --output "$glue.min"
mv "$glue.min" "$glue"
