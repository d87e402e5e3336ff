//! The laid-out width of an element, kept current by a `ResizeObserver`, so that a chart can draw
//! at its real size and its text stays readable from a 320 px phone to a desktop.

use wasm_bindgen::closure::Closure;
use wasm_bindgen::JsCast;
use web_sys::{Element, ResizeObserver};
use yew::prelude::*;

/// The width of `node`'s element in CSS pixels (its content and padding), or `None` until it
/// has been laid out.
#[hook]
pub fn use_width(node: &NodeRef) -> Option<f64> {
    let width = use_state_eq(|| None::<f64>);
    {
        let width = width.clone();
        use_effect_with(node.clone(), move |node| {
            let observed = node.cast::<Element>().and_then(|element| {
                let target = element.clone();
                let on_resize = Closure::<dyn FnMut()>::new(move || {
                    let w = target.client_width();
                    // Hidden (e.g. display: none) reads as zero: keep the last real width.
                    if w > 0 {
                        width.set(Some(f64::from(w)));
                    }
                });
                let observer = ResizeObserver::new(on_resize.as_ref().unchecked_ref()).ok()?;
                observer.observe(&element);
                Some((observer, on_resize))
            });
            // The closure lives as long as the observer; both go when the element does.
            move || {
                if let Some((observer, _on_resize)) = observed {
                    observer.disconnect();
                }
            }
        });
    }
    *width
}
