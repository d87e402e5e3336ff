//! The view: components that render state and send actions. They read results from the model's
//! `Outcome`; they never compute them.

mod answer;
mod app_status;
mod assumptions;
mod attribution;
mod colophon;
mod compare;
mod cta;
mod earlier;
mod embed_dialog;
mod fit;
mod handout;
mod header;
mod inputs;
mod insights;
mod levers;
mod number_field;
mod presenter;
mod presets;
mod results;
mod share_bar;
mod text;
mod timeline;
mod tornado;
mod why;

pub use app_status::{app_status, use_app_status};
pub use assumptions::AssumptionsPanel;
use attribution::attribution;
pub use colophon::colophon;
pub use cta::cta;
pub use earlier::EarlierWork;
pub use embed_dialog::EmbedDialog;
pub use handout::Handout;
pub use header::Header;
pub use inputs::InputsPanel;
pub use insights::Insights;
pub use presenter::Presenter;
pub use results::{answer_bar, ResultsPanel};
pub use share_bar::ShareBar;

use yew::prelude::*;

/// This page's embed settings, read once by the app root from the URL and handed down as a
/// context, so no component reads the URL or a global. The default (no provider, as in a test) is
/// the full app.
#[hook]
pub fn use_embed_settings() -> std::rc::Rc<crate::embed::Embed> {
    use_context::<std::rc::Rc<crate::embed::Embed>>().unwrap_or_default()
}

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
