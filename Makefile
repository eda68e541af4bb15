# Developer interface (see README):
#   make serve   dev servers: trunk (default article) on :8080, www/ on :8000;
#                trunk is restarted (up to 5 times) if it dies
#   make www     build the wasm package into www/ and the pages of
#                pages/pages.txt (scripts/pages.mjs)
#   make bundle  build the files a news site uploads into dist/embed/
#   make server  build the server renderer for Node and edge workers into
#                dist/server/ (the CLI's render and validate, as wasm)
#   make test    formatting, lints, native + browser tests, end-to-end tests
#   make size    raw, gzip and brotli bytes of what a reader downloads (dist/embed/)
#   make size-profile  the biggest items of the release wasm, by name (twiggy
#                top, dominators, monos; installs twiggy; not part of make test)
#   make size-floor    brotli bytes of a bare Yew accordion (bench/floor/), on
#                stable and on the release nightly: what Yew alone costs
#   make soak    1,000 mount/unmount and element cycles; prints the heap and
#                listeners they leave (not part of make test)
#   make clean   remove build output
#   make schema            write schema/article-v1.schema.json from the format's types
#   make types             write npm/types/*.d.ts and npm/custom-elements.json
#                          from the option table, the events and the schema
#   make fixture-outcomes  write tests/fixture-outcomes.json (what the validator
#                          makes of every fixture; the browser and e2e tiers compare)
#   make hostile-fixtures  rewrite tests/fixtures/hostile/ from its script
#   make prerendered-fixtures  write tests/prerendered/ (the CLI's markup that
#                          the browser tier hydrates)
#   make bench-validate    time `interactive-article validate` on a generated
#                          5 MB article; adds a row to BENCHMARKS.md (not part
#                          of make test)
#   make bench             the widget against GOV.UK's accordion and <details>
#                          in headless Chromium (load, expand-all, toggles,
#                          heap), then Lighthouse's mobile run on the CLI's
#                          pages beside static HTML; writes BENCHMARKS.md's
#                          tables (not part of make test; BENCH_RUNS,
#                          BENCH_SIZES, BENCH_LH_RUNS to shorten,
#                          BENCH_LIGHTHOUSE=0 to leave Lighthouse out)
#   make bench-lighthouse  only the Lighthouse part of make bench
#   make fuzz              fuzz parse + validate for FUZZ_SECONDS (default 600; nightly)
#   make fuzz-dialect      fuzz the dialect's import (and its round trip) the
#                          same way
#
# Every recipe runs as one bash script (stops at the first failing command)
# and sources scripts/env.sh for PATH and test settings.

SHELL := bash
.SHELLFLAGS := -euo pipefail -c
.ONESHELL:
.DEFAULT_GOAL := test

TRUNK_PORT := 8080
WWW_PORT := 8000

# The release build of the wasm package into the directory that follows
# (pinned nightly, wasm-opt, minified glue: scripts/build-wasm.sh says how).
wasm_pack_build := bash scripts/build-wasm.sh

# Copies the custom-element loader to the directory that follows, without its
# comment lines and indentation (readers download it before anything else;
# embed/interactive-article.js says why and how comments are written there).
copy_loader := sed -E '/^[[:space:]]*\/\//d; s/^[[:space:]]+//; /^$$/d' embed/interactive-article.js >

# The test build for tests/e2e/containment.test.mjs: the release build with
# the test-trap feature (an article with the id forced-trap panics in mount,
# one with the id forced-render-trap in its first render, one with the id
# forced-click-trap when the reader toggles a section), written
# outside www/ so it is never served as the demo or shipped.
build_trap_pkg := $(wasm_pack_build) target/trap-pkg --features test-trap

# Steps of `make www`, shared by `serve` and `test` (expanded inline rather
# than through a recursive make, so `make -n` stays a dry run): the wasm
# package and the files the pages load, then every page of the page list,
# pages/pages.txt (scripts/pages.mjs; the prerendered ones by the CLI, as a
# CMS would make them; never edited by hand).
define build_www
$(wasm_pack_build) www/pkg
cp style/interactive-article.css style/shadow.css style/icon.svg www/pkg/
$(copy_loader) www/pkg/interactive-article.js
rm -rf www/fixtures
cp -r tests/fixtures www/fixtures
mkdir -p www/articles
cp articles/*.json articles/*.md www/articles/
# The editor page (www/editor.html): its own Yew app and wasm (feature
# `editor`, src/editor.rs), which reads the dialect and mounts the widget
# for the preview, and the server renderer's wasm for the HTML export (the
# CLI's bytes).
rm -rf www/editor
$(wasm_pack_build) --editor www/editor
rm -f www/editor/.gitignore
$(call copy_language_tables,www/editor)
$(build_server)
rm -rf www/server
cp -r dist/server www/server
node scripts/pages.mjs
endef

.PHONY: serve www bundle server types package size size-profile size-floor test soak clean schema fixture-outcomes hostile-fixtures prerendered-fixtures bench-validate bench bench-lighthouse fuzz fuzz-dialect

FUZZ_SECONDS := 600

serve:
	bash scripts/setup.sh serve
	. scripts/env.sh
	$(build_www)
	echo "Default article (trunk dev server): http://127.0.0.1:$(TRUNK_PORT)/"
	echo "News-site page: http://127.0.0.1:$(WWW_PORT)/"
	echo "The same page, prerendered (readable before the wasm runs): http://127.0.0.1:$(WWW_PORT)/news-prerendered.html"
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
cp style/interactive-article.css style/shadow.css style/icon.svg www/embed.js www/embed.css "$$out/embed/"
# The files the glue fetches beside it (scripts/glue-files.mjs put them there).
cp -r "$$out"/pkg/strings "$$out"/pkg/articles "$$out/embed/"
$(copy_loader) "$$out/embed/interactive-article.js"
# In www/ the iframe page loads the loader from pkg/; here it sits beside it.
sed 's|\./pkg/|./|g' www/embed.html > "$$out/embed/embed.html"
rm -rf dist/embed
mkdir -p dist
mv "$$out/embed" dist/embed
# dist/embed/<version>/: the same files for a CDN, with their SRI hashes.
node scripts/cdn.mjs
)
endef

bundle:
	bash scripts/setup.sh bundle
	. scripts/env.sh
	$(build_bundle)
	ls -l dist/embed

# dist/server/: the renderer of `interactive-article render` and `validate`
# for Node and edge workers — its wasm (feature `server`), the glue
# (server.mjs) and an entry for each (server/node.mjs, server/worker.mjs).
# Built in a temporary directory, as the bundle is.
define build_server
(
out=$$(mktemp -d)
trap 'rm -rf "$$out"' EXIT
$(wasm_pack_build) --server "$$out/server"
# .mjs: an ES module to Node wherever it is copied, with no package.json.
mv "$$out/server/server.js" "$$out/server/server.mjs"
rm -f "$$out/server/.gitignore"
cp server/node.mjs server/worker.mjs "$$out/server/"
rm -rf dist/server
mkdir -p dist
mv "$$out/server" dist/server
)
endef

server:
	bash scripts/setup.sh bundle
	. scripts/env.sh
	$(build_server)
	ls -l dist/server

# What a reader downloads, file by file, and the size ratchet's figure.
size:
	bash scripts/setup.sh bundle
	. scripts/env.sh
	$(build_bundle)
	node scripts/size.mjs

# The release build with its function names kept (target/size-profile/),
# read by twiggy: what the wasm's bytes are spent on.
size-profile:
	bash scripts/setup.sh size-profile
	. scripts/env.sh
	bash scripts/build-wasm.sh --names target/size-profile
	wasm=target/size-profile/interactive_article_bg.wasm
	twiggy top -n 40 "$$wasm"
	twiggy dominators -d 6 -r 40 "$$wasm"
	twiggy monos -m 15 -n 5 "$$wasm"

size-floor:
	bash scripts/setup.sh bundle
	. scripts/env.sh
	bash bench/floor/build.sh

test:
	bash scripts/setup.sh test
	. scripts/env.sh
	cargo fmt --check
	cargo clippy --all-targets -- -D warnings
	cargo clippy --target wasm32-unknown-unknown --all-targets -- -D warnings
	cargo clippy --target wasm32-unknown-unknown --features server --lib --target-dir target/server -- -D warnings
	cargo clippy --target wasm32-unknown-unknown --features editor --lib --target-dir target/editor -- -D warnings
	cargo test
	# The package's declarations under tsc --strict, and up to date.
	node --test tests/types/
	# The server renderer from Node and in workerd against the CLI as
	# integrators run it, the release build (a debug build names components
	# in its hydration comments): the same bytes (tests/server/).
	cargo build --release --bin interactive-article
	$(build_server)
	node --test tests/server/
	wasm-pack test --mode no-install --headless --chrome --chromedriver "$$CHROMEDRIVER"
	$(build_trap_pkg)
	$(build_www)
	# The bundle too (the same release build, so it costs a copy): the e2e
	# suite loads its embed.html.
	$(build_bundle)
	# The npm package from the bundle and the server renderer, installed
	# from its tarball into an empty folder and used as a stranger would.
	node scripts/package.mjs
	node --test tests/package/
	# What ships is built with the pinned nightly (scripts/build-wasm.sh); the
	# same package built with stable must work too: its wasm and glue, in
	# place of the release build's, through the reader scenarios in every
	# embed mode and the browser's judgement of every fixture.
	bash scripts/build-wasm.sh --stable target/stable-pkg
	(
	trap 'cp dist/embed/interactive_article.js dist/embed/interactive_article_bg.wasm www/pkg/' EXIT
	cp target/stable-pkg/interactive_article.js target/stable-pkg/interactive_article_bg.wasm www/pkg/
	node --test tests/e2e/embed-modes.test.mjs tests/e2e/fixtures.test.mjs
	)
	# The contributors' demo, as `make serve` builds it (dist/trunk/).
	trunk build
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
	rm -rf dist pkg www/pkg www/editor www/server www/fixtures www/articles fuzz/target
	node scripts/pages.mjs --clean

# Generated files are written by their own commands, never by a test; the
# tests (schema, fixtures) only compare and fail when these are out of date.
schema:
	. scripts/env.sh
	cargo run --quiet --example schema

fixture-outcomes:
	. scripts/env.sh
	cargo run --quiet --example fixture_outcomes

hostile-fixtures:
	node scripts/hostile-fixtures.mjs
	. scripts/env.sh
	cargo run --quiet --example fixture_outcomes

# Each line of tests/prerendered/commands.txt: OUTPUT-FILE and CLI arguments.
prerendered-fixtures:
	. scripts/env.sh
	cargo build --quiet --bin interactive-article
	while read -r name args; do
		case "$$name" in ''|'#'*) continue ;; esac
		# Word splitting of $$args is meant: they are the CLI's arguments.
		target/debug/interactive-article $$args > "tests/prerendered/$$name"
		echo "wrote tests/prerendered/$$name"
	done < tests/prerendered/commands.txt

bench-validate:
	. scripts/env.sh
	bash scripts/bench-validate.sh

# About 10 minutes on 2 cores, and 3 for Lighthouse; e.g. BENCH_RUNS=3
# BENCH_SIZES=default,500 BENCH_LH_RUNS=1 for a quicker look (BENCH_WRITE=0
# prints the tables instead of writing them).
bench:
	bash scripts/setup.sh test
	. scripts/env.sh
	$(build_www)
	cargo build --release --bin interactive-article
	node scripts/bench.mjs
	if [ "$${BENCH_LIGHTHOUSE:-1}" != 0 ]; then
		node scripts/bench-lighthouse.mjs
	fi

bench-lighthouse:
	bash scripts/setup.sh test
	. scripts/env.sh
	$(build_www)
	cargo build --release --bin interactive-article
	node scripts/bench-lighthouse.mjs

# libFuzzer over parse + validate (fuzz/fuzz_targets/parse_validate.rs), seeded
# with every fixture; one job at low priority. Crashes land in fuzz/artifacts/.
fuzz:
	bash scripts/setup.sh fuzz
	. scripts/env.sh
	mkdir -p fuzz/corpus/parse_validate
	cp tests/fixtures/*.json tests/fixtures/hostile/*.json fuzz/corpus/parse_validate/
	nice cargo +nightly fuzz run parse_validate -- \
		-max_total_time=$(FUZZ_SECONDS) -timeout=10 -print_final_stats=1

# libFuzzer over the dialect's import (fuzz/fuzz_targets/import_dialect.rs),
# seeded with the dialect's fixtures and every article exported.
fuzz-dialect:
	bash scripts/setup.sh fuzz
	. scripts/env.sh
	mkdir -p fuzz/corpus/import_dialect
	cp tests/fixtures/dialect/*.md articles/*.md fuzz/corpus/import_dialect/
	cargo build --bin interactive-article
	for f in tests/fixtures/*.json tests/fixtures/hostile/*.json; do \
		target/debug/interactive-article export --markdown "$$f" \
			> "fuzz/corpus/import_dialect/$$(basename "$$f" .json).md" 2>/dev/null || true; \
	done
	nice cargo +nightly fuzz run import_dialect -- \
		-max_total_time=$(FUZZ_SECONDS) -timeout=10 -print_final_stats=1

# dist/npm/interactive-article-<version>.tgz: the npm package, laid out by
# scripts/package.mjs from the bundle, the server renderer and the types.
package:
	bash scripts/setup.sh bundle
	. scripts/env.sh
	$(build_bundle)
	$(build_server)
	node scripts/package.mjs

# npm/types/*.d.ts and npm/custom-elements.json from the option table, the
# events and the format's schema (scripts/types.mjs says how); committed, and
# tests/types/types.test.mjs fails when they are out of date.
types:
	. scripts/env.sh
	declaration=$$(mktemp)
	trap 'rm -f "$$declaration"' EXIT
	cargo run --quiet --example declaration > "$$declaration"
	node scripts/types.mjs "$$declaration"
