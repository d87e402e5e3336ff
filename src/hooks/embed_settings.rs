//! The page's embed settings as a context: read once by the app root, used by any component.

use yew::prelude::*;

/// This page's embed settings, read once by the app root from the URL and handed down as a
/// context, so no component reads the URL or a global. The default (no provider, as in a test) is
/// the full app.
#[hook]
pub fn use_embed_settings() -> std::rc::Rc<crate::embed::Embed> {
    use_context::<std::rc::Rc<crate::embed::Embed>>().unwrap_or_default()
}
