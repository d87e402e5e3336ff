//! The "Promise Gap" link under an embedded calculator: who made it, and where the full app is.
//! A plain function rather than a component: it has no state, and a component costs wasm.

use crate::i18n::{t, Key};
use crate::lang::Lang;
use yew::prelude::*;

/// The attribution in embed mode (`embedded`); nothing outside it. It goes inside the page's one
/// footer.
pub fn attribution(lang: Lang, embedded: bool) -> Html {
    if !embedded {
        return html! {};
    }
    // `./` is the app's own page, without the embed parameters. A new tab, so the host page
    // stays; noopener, so that tab cannot reach back into the frame.
    html! {
        <p class="attribution">
            { t(lang, Key::EmbedAttribution) }{ " " }
            <a href="./" target="_blank" rel="noopener">
                { t(lang, Key::AppTitle) }
                <span class="visually-hidden">{ " " }{ t(lang, Key::OpensInNewTab) }</span>
            </a>
        </p>
    }
}
