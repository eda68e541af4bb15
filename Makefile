# Developer interface (see README):
#   make serve   dev servers: trunk (default article) on :8080, www/ on :8000;
#                trunk is restarted (up to 5 times) if it dies
#   make www     build the wasm package and copy assets into www/
#   make bundle  build the files a news site uploads into dist/embed/
#   make test    formatting, lints, native + browser tests, end-to-end tests
#   make soak    1,000 mount/unmount and element cycles; prints the heap and
#                listeners they leave (not part of make test)
#   make clean   remove build output
#
# Every recipe runs as one bash script (stops at the first failing command)
# and sources scripts/env.sh for PATH and test settings.

SHELL := bash
.SHELLFLAGS := -euo pipefail -c
.ONESHELL:
.DEFAULT_GOAL := test

TRUNK_PORT := 8080
WWW_PORT := 8000

# The release build of the wasm package into the directory that follows.
wasm_pack_build := wasm-pack build --mode no-install --target web --release --no-typescript --out-dir

# Copies the custom-element loader to the directory that follows, without its
# comment lines and indentation (readers download it before anything else;
# embed/interactive-article.js says why and how comments are written there).
copy_loader := sed -E '/^[[:space:]]*\/\//d; s/^[[:space:]]+//; /^$$/d' embed/interactive-article.js >

# The test build for tests/e2e/containment.test.mjs: the release build with
# the test-trap feature (an article with the id forced-trap panics in mount,
# one with the id forced-render-trap in its first render), written
# outside www/ so it is never served as the demo or shipped.
build_trap_pkg := $(wasm_pack_build) target/trap-pkg -- --features test-trap

# Steps of `make www`, shared by `serve` and `test` (expanded inline rather
# than through a recursive make, so `make -n` stays a dry run).
define build_www
$(wasm_pack_build) www/pkg
cp style/interactive-article.css style/shadow.css www/pkg/
$(copy_loader) www/pkg/interactive-article.js
rm -rf www/fixtures
cp -r tests/fixtures www/fixtures
mkdir -p www/articles
cp articles/*.json www/articles/
endef

.PHONY: serve www bundle test soak clean

serve:
	bash scripts/setup.sh serve
	. scripts/env.sh
	$(build_www)
	echo "Default article (trunk dev server): http://127.0.0.1:$(TRUNK_PORT)/"
	echo "News-site page: http://127.0.0.1:$(WWW_PORT)/"
	echo "Embed gallery: http://127.0.0.1:$(WWW_PORT)/gallery.html"
	# trunk restarts if it dies; the www server serves on (scripts/dev-servers.sh).
	exec bash scripts/dev-servers.sh $(WWW_PORT) $(TRUNK_PORT)

www:
	. scripts/env.sh
	$(build_www)

# dist/embed/: the folder a news site copies to its CDN, with stable names —
# the loader, the wasm and its glue, the stylesheets, and the iframe page.
# Built in a temporary directory so a failed build leaves the old one intact.
# Run in a subshell: its EXIT trap removes the temporary directory.
define build_bundle
(
out=$$(mktemp -d)
trap 'rm -rf "$$out"' EXIT
$(wasm_pack_build) "$$out/pkg"
mkdir "$$out/embed"
cp "$$out"/pkg/interactive_article.js "$$out"/pkg/interactive_article_bg.wasm "$$out/embed/"
cp style/interactive-article.css style/shadow.css www/embed.js www/embed.css "$$out/embed/"
$(copy_loader) "$$out/embed/interactive-article.js"
# In www/ the iframe page loads the loader from pkg/; here it sits beside it.
sed 's|\./pkg/|./|g' www/embed.html > "$$out/embed/embed.html"
rm -rf dist/embed
mkdir -p dist
mv "$$out/embed" dist/embed
)
endef

bundle:
	bash scripts/setup.sh bundle
	. scripts/env.sh
	$(build_bundle)
	ls -l dist/embed

test:
	bash scripts/setup.sh test
	. scripts/env.sh
	cargo fmt --check
	cargo clippy --all-targets -- -D warnings
	cargo clippy --target wasm32-unknown-unknown --all-targets -- -D warnings
	cargo test
	wasm-pack test --mode no-install --headless --chrome --chromedriver "$$CHROMEDRIVER"
	$(build_trap_pkg)
	$(build_www)
	# The bundle too (the same release build, so it costs a copy): the e2e
	# suite loads its embed.html.
	$(build_bundle)
	shopt -s nullglob
	e2e_tests=(tests/e2e/*.test.mjs)
	if [ "$${#e2e_tests[@]}" -gt 0 ]; then
		node --test "$${e2e_tests[@]}"
	fi

# 1,000 mount/unmount and element add/remove cycles in headless Chromium;
# prints the heap and listeners they leave (not part of `make test`).
soak:
	bash scripts/setup.sh test
	. scripts/env.sh
	$(build_www)
	node scripts/soak.mjs

clean:
	cargo clean
	rm -rf dist pkg www/pkg www/fixtures www/articles
