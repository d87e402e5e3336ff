//! Disclosures (`<details>`) whose content is built only while shown: open, or on paper.

use yew::prelude::*;

/// Whether the page is being printed. On paper every disclosure is open, so their content is
/// built for it (see [`use_disclosure`]). Provided by the app root.
#[derive(Clone, Copy, PartialEq)]
pub struct Printing(pub bool);

/// A `<details>` whose content is built only while it is shown: open, or on paper. Closed, it
/// costs nothing: not in the prerendered page, not in hydration (which blocks the page), not in
/// a change's render.
pub struct Disclosure {
    /// Whether to build the content.
    pub shown: bool,
    /// For the `<details>` element.
    pub node: NodeRef,
    /// For its `ontoggle`.
    pub ontoggle: Callback<Event>,
}

#[hook]
pub fn use_disclosure() -> Disclosure {
    let printing = use_context::<Printing>().is_some_and(|p| p.0);
    let open = use_state_eq(|| false);
    let node = use_node_ref();
    let ontoggle = {
        let (open, node) = (open.clone(), node.clone());
        // Read off this element, not the event's target: Yew passes an inner disclosure's
        // toggle on to its ancestors.
        use_callback((), move |_: Event, _| {
            if let Some(details) = node.cast::<web_sys::Element>() {
                open.set(details.has_attribute("open"));
            }
        })
    };
    // An element inside asked to be revealed before it existed.
    use_effect_with(*open, |&open| {
        if open {
            crate::services::page::reveal_pending();
        }
    });
    Disclosure {
        shown: *open || printing,
        node,
        ontoggle,
    }
}
