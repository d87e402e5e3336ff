# shellcheck shell=bash
# Sourced by the other scripts here: moves to the repo root and puts the pinned tools first on
# PATH (npm's wasm-opt, which Trunk's `wasm_opt = "version_132"` needs, and cargo-installed
# trunk / wasm-bindgen, which a fresh shell may not have on PATH). `cargo install` puts them in
# $CARGO_HOME/bin, ~/.cargo/bin when CARGO_HOME is unset; both are on PATH, so tools installed
# before CARGO_HOME was pointed elsewhere (scripts/check-fresh) are still found.
REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
export PATH="$REPO/node_modules/.bin:${CARGO_HOME:-$HOME/.cargo}/bin:$HOME/.cargo/bin:$PATH"
cd "$REPO" || exit 1
