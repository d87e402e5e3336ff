//! The footer line that goes on paper with the results: the app, the model version and today's
//! date in the active language.

use crate::format;
use crate::i18n::{tf, Key};
use crate::lang::Lang;
use crate::model::MODEL_VERSION;
use crate::services::page;
use yew::prelude::*;

/// The page's one footer (a single contentinfo landmark), in `lang`: the attribution when
/// `embedded`, then the app, model version and date.
pub fn colophon(lang: Lang, embedded: bool) -> Html {
    let (year, month, day) = page::today();
    let date = format::date(lang, year, month, day);
    html! {
        <footer class="colophon">
            { super::attribution(lang, embedded) }
            <p id="colophon">{ tf(lang, Key::Colophon, &[MODEL_VERSION, &date]) }</p>
        </footer>
    }
}
