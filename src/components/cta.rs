//! The host's call to action under an embedded calculator (`cta` and `cta-url`): a link styled
//! as a button, opened in the top window. With the host script on the page the click goes to
//! it instead (a `promise-gap:cta` event the host may handle itself, e.g. by showing its own
//! contact form, or else it opens the address). A plain function: it has no state.

use crate::embed::Cta;
use crate::services::embed::{tell_host, CTA};
use yew::prelude::*;

/// The call to action, if the host set one; `connected`: the host script has answered.
pub fn cta(cta: Option<&Cta>, connected: bool) -> Html {
    let Some(Cta { text, url }) = cta else {
        return html! {};
    };
    let onclick = Callback::from(move |e: MouseEvent| {
        if connected {
            e.prevent_default();
            tell_host(CTA, "click");
        }
    });
    // Without the host script: the top window follows the link itself, which the snippet's
    // sandbox allows on a click (allow-top-navigation-by-user-activation).
    html! {
        <p class="cta">
            <a class="cta__button" id="cta" href={url.clone()} target="_top" {onclick}>{ text }</a>
        </p>
    }
}
