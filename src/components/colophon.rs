//! The footer line that goes on paper with the results: the app, the model version and today's
//! date in the active language.

use crate::format;
use crate::i18n::{tf, Key, Lang};
use crate::model::MODEL_VERSION;
use crate::services::page;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ColophonProps {
    pub lang: Lang,
}

#[function_component]
pub fn Colophon(props: &ColophonProps) -> Html {
    let (year, month, day) = page::today();
    let date = format::date(props.lang, year, month, day);
    html! {
        <footer class="colophon">
            <p id="colophon">{ tf(props.lang, Key::Colophon, &[MODEL_VERSION, &date]) }</p>
        </footer>
    }
}
