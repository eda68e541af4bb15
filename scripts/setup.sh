#!/usr/bin/env bash
# Installs (or confirms) everything the build needs, skipping whatever is
# already present at the right version, so a second run takes seconds.
#
#   bash scripts/setup.sh test     toolchains + npm packages + trunk + chromium/chromedriver + poppler-utils
#                                  + firefox-esr, webkit2gtk-driver, xvfb
#   bash scripts/setup.sh serve    toolchains + npm packages + trunk
#   bash scripts/setup.sh bundle   toolchains + npm packages
#   bash scripts/setup.sh size-profile   as bundle + twiggy (for `make size-profile` only)
#   bash scripts/setup.sh fuzz     nightly toolchain + cargo-fuzz (for `make fuzz` only)
#
# Only package registries are used (crates.io via cargo, npm, Debian apt);
# nothing is downloaded from release pages.
set -euo pipefail

WASM_PACK_VERSION="0.15.1"
TRUNK_VERSION="0.21.14"
TWIGGY_VERSION="0.8.0"
WASM_TARGET="wasm32-unknown-unknown"
CHROMIUM_BIN="/usr/bin/chromium"
CHROMEDRIVER_BIN="/usr/bin/chromedriver"

usage() {
    echo "usage: bash scripts/setup.sh test|serve|bundle|size-profile|fuzz" >&2
    exit 2
}

[ "$#" -eq 1 ] || usage
MODE="$1"
case "$MODE" in
    test | serve | bundle | size-profile | fuzz) ;;
    *) usage ;;
esac

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
cd "$ROOT"

# npm's binaryen wasm-opt must win over any system one (Debian's binaryen is
# too old to read wasm produced by current rustc).
PATH="$ROOT/node_modules/.bin:$HOME/.cargo/bin:$PATH"
export PATH

die() {
    echo "error: $*" >&2
    exit 1
}

# Second word of `<tool> --version` ("wasm-pack 0.15.1" -> "0.15.1"), or
# nothing if the tool is missing or broken.
tool_version() {
    command -v "$1" >/dev/null 2>&1 || return 0
    "$1" --version 2>/dev/null | awk 'NR == 1 { print $2 }'
}

# Versions of every `[[package]]` named $1 in Cargo.lock, one per line.
lock_versions() {
    awk -v want="$1" '
        /^\[\[package\]\]/ { name = ""; next }
        /^name = /         { name = $3; gsub(/"/, "", name); next }
        /^version = / && name == want { v = $3; gsub(/"/, "", v); print v; name = "" }
    ' Cargo.lock
}

cargo_install() {
    # $1 = crate, $2 = version, rest = extra flags
    local krate="$1" version="$2"
    shift 2
    echo "installing: $krate $version (cargo install, takes several minutes)"
    cargo install "$krate" --version "$version" "$@"
}

# --- Rust toolchain ------------------------------------------------------------
command -v cargo >/dev/null 2>&1 && command -v rustup >/dev/null 2>&1 ||
    die "cargo/rustup not found; install Rust with rustup (https://rustup.rs) first"

# Fuzzing needs nightly (libFuzzer's sanitizer flags) and cargo-fuzz, and
# nothing of the wasm build.
if [ "$MODE" = fuzz ]; then
    if rustup toolchain list | grep -q '^nightly'; then
        echo "ok: rust nightly toolchain"
    else
        echo "installing: rust nightly toolchain"
        rustup toolchain install nightly --profile minimal
    fi
    if cargo fuzz --version >/dev/null 2>&1; then
        echo "ok: cargo-fuzz"
    else
        echo "installing: cargo-fuzz (cargo install, takes a few minutes)"
        cargo install cargo-fuzz --locked
    fi
    exit 0
fi

if rustup target list --installed | grep -qx "$WASM_TARGET"; then
    echo "ok: rust target $WASM_TARGET"
else
    echo "installing: rust target $WASM_TARGET"
    rustup target add "$WASM_TARGET"
fi

# The release artifact's pinned nightly (scripts/env.sh), with the standard
# library's source (for -Zbuild-std) and the wasm target.
. scripts/env.sh
if [ "$(rustc "+$RELEASE_TOOLCHAIN" -V 2>/dev/null)" = "$RELEASE_RUSTC" ]; then
    echo "ok: rust $RELEASE_TOOLCHAIN ($RELEASE_RUSTC)"
else
    echo "installing: rust $RELEASE_TOOLCHAIN ($RELEASE_RUSTC)"
    rustup toolchain install "$RELEASE_TOOLCHAIN" --profile minimal
    [ "$(rustc "+$RELEASE_TOOLCHAIN" -V)" = "$RELEASE_RUSTC" ] ||
        die "rustc +$RELEASE_TOOLCHAIN is $(rustc "+$RELEASE_TOOLCHAIN" -V), not $RELEASE_RUSTC"
fi
if rustup component list --installed --toolchain "$RELEASE_TOOLCHAIN" | grep -qx rust-src; then
    echo "ok: rust-src for $RELEASE_TOOLCHAIN"
else
    echo "installing: rust-src for $RELEASE_TOOLCHAIN"
    rustup component add rust-src --toolchain "$RELEASE_TOOLCHAIN"
fi
if rustup target list --installed --toolchain "$RELEASE_TOOLCHAIN" | grep -qx "$WASM_TARGET"; then
    echo "ok: rust target $WASM_TARGET for $RELEASE_TOOLCHAIN"
else
    echo "installing: rust target $WASM_TARGET for $RELEASE_TOOLCHAIN"
    rustup target add "$WASM_TARGET" --toolchain "$RELEASE_TOOLCHAIN"
fi

if [ "$MODE" = test ]; then
    for component in rustfmt clippy; do
        sub="${component/rustfmt/fmt}"
        if cargo "$sub" --version >/dev/null 2>&1; then
            echo "ok: rust component $component"
        else
            echo "installing: rust component $component"
            rustup component add "$component"
        fi
    done
fi

# --- wasm-bindgen-cli (must equal the wasm-bindgen crate in Cargo.lock) --------
if [ ! -f Cargo.lock ]; then
    echo "installing: Cargo.lock (cargo generate-lockfile)"
    cargo generate-lockfile
fi

bindgen_versions="$(lock_versions wasm-bindgen | sort -u)"
[ -n "$bindgen_versions" ] || die "no wasm-bindgen package in Cargo.lock"
[ "$(printf '%s\n' "$bindgen_versions" | wc -l)" -eq 1 ] ||
    die "Cargo.lock holds several wasm-bindgen versions ($(printf '%s ' $bindgen_versions)); wasm-bindgen-cli must match exactly one"
BINDGEN_VERSION="$bindgen_versions"

# Trunk.toml pins the same CLI version; a mismatch would make trunk (offline)
# refuse to build, so catch it here with a clear message.
if [ -f Trunk.toml ]; then
    trunk_bindgen="$(sed -n 's/^[[:space:]]*wasm_bindgen[[:space:]]*=[[:space:]]*"\([^"]*\)".*/\1/p' Trunk.toml | head -n 1)"
    [ "$trunk_bindgen" = "$BINDGEN_VERSION" ] ||
        die "Trunk.toml [tools] wasm_bindgen = \"${trunk_bindgen:-<unset>}\" but Cargo.lock has wasm-bindgen $BINDGEN_VERSION; set Trunk.toml to \"$BINDGEN_VERSION\""
fi

if [ "$(tool_version wasm-bindgen)" = "$BINDGEN_VERSION" ]; then
    echo "ok: wasm-bindgen $BINDGEN_VERSION"
else
    # No --locked: the crate's own lockfile pins a webpki-roots release that
    # the crate index does not have.
    cargo_install wasm-bindgen-cli "$BINDGEN_VERSION"
fi

# --- wasm-pack -------------------------------------------------------------------
if [ "$(tool_version wasm-pack)" = "$WASM_PACK_VERSION" ]; then
    echo "ok: wasm-pack $WASM_PACK_VERSION"
else
    cargo_install wasm-pack "$WASM_PACK_VERSION"
fi

# --- trunk (dev server; the tests build its demo too) ----------------------------
if [ "$MODE" = serve ] || [ "$MODE" = test ]; then
    if [ "$(tool_version trunk)" = "$TRUNK_VERSION" ]; then
        echo "ok: trunk $TRUNK_VERSION"
    else
        # --locked is required: without it 0.21 fails to compile
        # (lightningcss vs cssparser); 0.22 needs a newer rustc.
        cargo_install trunk "$TRUNK_VERSION" --locked
    fi
fi

# --- twiggy (wasm size profiler, for `make size-profile` only) --------------------
if [ "$MODE" = size-profile ]; then
    if [ "$(tool_version twiggy)" = "$TWIGGY_VERSION" ]; then
        echo "ok: twiggy $TWIGGY_VERSION"
    else
        cargo_install twiggy "$TWIGGY_VERSION" --locked
    fi
fi

# --- npm packages: binaryen (wasm-opt), playwright-core, puppeteer-core, axe-core, lighthouse, miniflare,
# typescript and @types/react (tests/types/) ---
command -v node >/dev/null 2>&1 && command -v npm >/dev/null 2>&1 ||
    die "node/npm not found; install Node.js 20 or newer"

# puppeteer-core drives the Firefox that apt installs and fetches no browser;
# this keeps any puppeteer package in the tree from fetching one either.
export PUPPETEER_SKIP_DOWNLOAD=1
if [ ! -f package-lock.json ]; then
    echo "installing: npm packages (npm install, creates package-lock.json)"
    npm install --no-audit --no-fund
elif [ ! -f node_modules/.package-lock.json ] ||
    [ package-lock.json -nt node_modules/.package-lock.json ]; then
    echo "installing: npm packages (npm ci)"
    npm ci --no-audit --no-fund
fi
[ -x node_modules/.bin/wasm-opt ] || die "node_modules/.bin/wasm-opt missing after npm install"
wasm_opt_version="$(node_modules/.bin/wasm-opt --version 2>/dev/null | awk '{ print $3 }' || true)"
[ -x node_modules/.bin/terser ] || die "node_modules/.bin/terser missing after npm install"
[ -x node_modules/.bin/tsc ] || die "node_modules/.bin/tsc missing after npm install"
[ -x node_modules/.bin/lighthouse ] || die "node_modules/.bin/lighthouse missing after npm install"
# miniflare runs the server renderer's worker test in workerd, the binary
# its npm package brings (tests/server/).
workerd_version="$(node_modules/.bin/workerd --version 2>/dev/null | awk '{ print $2 }' || true)"
[ -n "$workerd_version" ] || die "node_modules/.bin/workerd (miniflare's) missing or not runnable after npm install"
echo "ok: npm packages (wasm-opt ${wasm_opt_version:-?}, terser, playwright-core, puppeteer-core, axe-core, lighthouse, miniflare with workerd $workerd_version)"

# --- headless browser --------------------------------------------------------------
if [ "$MODE" = test ]; then
    if [ ! -x "$CHROMIUM_BIN" ] || [ ! -x "$CHROMEDRIVER_BIN" ]; then
        if [ "$(id -u)" -ne 0 ]; then
            die "$CHROMIUM_BIN or $CHROMEDRIVER_BIN is missing, and installing them needs root: run 'apt-get update && apt-get install -y chromium chromium-driver' as root (or with sudo), then rerun this script"
        fi
        echo "installing: chromium chromium-driver (apt-get)"
        apt-get update
        DEBIAN_FRONTEND=noninteractive apt-get install -y chromium chromium-driver
    fi
    chromium_version="$("$CHROMIUM_BIN" --version 2>/dev/null | awk '{ print $2 }' || true)"
    echo "ok: chromium ${chromium_version:-?} + chromedriver"

    # pdftotext and pdftoppm, for the print test (tests/e2e/print.test.mjs).
    if ! command -v pdftotext >/dev/null 2>&1; then
        if [ "$(id -u)" -ne 0 ]; then
            die "pdftotext is missing, and installing it needs root: run 'apt-get update && apt-get install -y poppler-utils' as root (or with sudo), then rerun this script"
        fi
        echo "installing: poppler-utils (apt-get)"
        apt-get update
        DEBIAN_FRONTEND=noninteractive apt-get install -y poppler-utils
    fi
    echo "ok: poppler-utils (pdftotext)"

    # The other engines of the end-to-end tier (tests/e2e/engines.mjs):
    # Firefox ESR, driven by puppeteer-core over WebDriver BiDi, and
    # WebKitGTK's WebDriver server with its MiniBrowser, run under xvfb-run.
    missing=()
    [ -x /usr/bin/firefox-esr ] || missing+=(firefox-esr)
    command -v WebKitWebDriver >/dev/null 2>&1 || missing+=(webkit2gtk-driver)
    command -v xvfb-run >/dev/null 2>&1 || missing+=(xvfb)
    if [ "${#missing[@]}" -gt 0 ]; then
        if [ "$(id -u)" -ne 0 ]; then
            die "${missing[*]} missing, and installing them needs root: run 'apt-get update && apt-get install -y ${missing[*]}' as root (or with sudo), then rerun this script"
        fi
        echo "installing: ${missing[*]} (apt-get)"
        apt-get update
        DEBIAN_FRONTEND=noninteractive apt-get install -y "${missing[@]}"
    fi
    firefox_version="$(/usr/bin/firefox-esr --version 2>/dev/null | awk '{ print $3 }' || true)"
    echo "ok: firefox-esr ${firefox_version:-?}, webkit2gtk-driver (WebKitWebDriver), xvfb"
fi

