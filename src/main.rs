//! The browser entry point: mounts the app.

#[cfg(target_arch = "wasm32")]
fn main() {
    promise_gap::app::start();
}

// Native builds have nothing to run; the binary exists for Trunk's wasm build.
#[cfg(not(target_arch = "wasm32"))]
fn main() {}
