//! The browser entry point: mounts the app.

#[cfg(all(target_arch = "wasm32", feature = "browser"))]
fn main() {
    promise_gap::app::start();
}

// Without the view (native builds, the model alone) there is nothing to run; the binary exists
// for Trunk's wasm build.
#[cfg(not(all(target_arch = "wasm32", feature = "browser")))]
fn main() {}
