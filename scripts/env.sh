# Environment for building and testing. Sourced from the repository root
# (". scripts/env.sh") by every Makefile recipe.
#
# - npm's binaryen wasm-opt (node_modules/.bin) comes first on PATH, ahead of
#   any system wasm-opt (Debian's is too old for current rustc output), then
#   the cargo-installed wasm-bindgen, wasm-pack and trunk. wasm-pack and trunk
#   use these PATH tools when their versions match, so nothing is downloaded.
# - The wasm-bindgen test runner drives Debian's chromium through chromedriver
#   with the capabilities in webdriver.json (headless, no sandbox: CI runs as
#   root).

PATH="$PWD/node_modules/.bin:$HOME/.cargo/bin:$PATH"
export PATH

export WASM_BINDGEN_TEST_TIMEOUT=120
export WASM_BINDGEN_TEST_WEBDRIVER_JSON="$PWD/webdriver.json"
export CHROMEDRIVER=/usr/bin/chromedriver
export CHROME_BIN=/usr/bin/chromium

# The toolchain of the release artifact (scripts/build-wasm.sh), pinned:
# -Zbuild-std output changes from one nightly to the next, and the size
# ratchet (tests/size-ratchet.json) holds this one's figure. Machines that
# have it as their `nightly` use that; scripts/setup.sh installs it by its
# dated name otherwise.
RELEASE_RUSTC="rustc 1.97.0-nightly (e50aa6fba 2026-05-19)"
if [ "$(rustc +nightly -V 2>/dev/null)" = "$RELEASE_RUSTC" ]; then
    RELEASE_TOOLCHAIN=nightly
else
    RELEASE_TOOLCHAIN=nightly-2026-05-20
fi
export RELEASE_RUSTC RELEASE_TOOLCHAIN
