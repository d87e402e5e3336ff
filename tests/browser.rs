//! In-browser tests (wasm-bindgen-test in headless Chromium): the real app mounts and answers
//! input events. Run by `scripts/test`; end-to-end tests of the release build are in tests/e2e.
#![cfg(target_arch = "wasm32")]

use std::time::Duration;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Document, Event, EventInit, HtmlInputElement};

wasm_bindgen_test_configure!(run_in_browser);

fn document() -> Document {
    web_sys::window().unwrap().document().unwrap()
}

fn text(id: &str) -> String {
    document()
        .get_element_by_id(id)
        .and_then(|e| e.text_content())
        .unwrap_or_default()
}

/// Types into a field the way a browser does: set the value, fire a bubbling `input` event.
fn type_into(id: &str, value: &str) {
    let input: HtmlInputElement = document()
        .get_element_by_id(id)
        .unwrap()
        .dyn_into()
        .unwrap();
    input.set_value(value);
    let init = EventInit::new();
    init.set_bubbles(true);
    input
        .dispatch_event(&Event::new_with_event_init_dict("input", &init).unwrap())
        .unwrap();
}

/// Lets Yew's scheduler render.
async fn settle() {
    yew::platform::time::sleep(Duration::from_millis(50)).await;
}

#[wasm_bindgen_test]
async fn the_app_mounts_and_an_input_changes_the_results() {
    let root = document().create_element("div").unwrap();
    root.set_id("app");
    document().body().unwrap().append_child(&root).unwrap();
    promise_gap::app::start();
    // Ready once the state the app restores on start has rendered: a few scheduler turns, which
    // this unoptimised build may spread over several tasks.
    for _ in 0..40 {
        if root.has_attribute("data-ready") {
            break;
        }
        settle().await;
    }
    assert_eq!(root.get_attribute("data-ready").as_deref(), Some("true"));
    let before = text("recommend");
    assert!(
        before.contains('%'),
        "recommendation shown as a percentage: {before:?}"
    );
    let worth_before = text("worth");
    assert!(!text("answer").is_empty(), "the answer comes first");

    // The plan delivers less than today: fewer would recommend, and the plan loses worth.
    type_into("plan-delivered", "5");
    settle().await;
    let after = text("recommend");
    assert_ne!(before, after);
    assert_ne!(worth_before, text("worth"));
    let slider: HtmlInputElement = document()
        .get_element_by_id("plan-delivered-range")
        .unwrap()
        .dyn_into()
        .unwrap();
    assert_eq!(slider.value(), "5");

    // Text that is not a number: a message next to the field, the results stay.
    type_into("plan-delivered", "abc");
    settle().await;
    assert!(!text("plan-delivered-error").is_empty());
    assert_eq!(text("recommend"), after);
}
