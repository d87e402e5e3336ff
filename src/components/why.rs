//! "Why this number?": the disclosure under a result with its explanation (see [`crate::why`]),
//! and links to the edited assumptions it quotes.

use super::assumptions::edited_link;
use super::text;
use crate::i18n::{t, Key, Lang};
use crate::model::Assumptions;
use crate::why::Why;
use yew::prelude::*;

/// The disclosure for the result whose elements are `{dom}` and `{dom}-label`; only its summary
/// while the app has not settled (`why` is None then, see [`super::Settled`]).
pub fn details(lang: Lang, dom: &str, why: Option<&Why>, assumptions: &Assumptions) -> Html {
    let summary = html! {
        <summary aria-describedby={format!("{dom}-label")}>{ t(lang, Key::SectionWhy) }</summary>
    };
    let Some(why) = why else {
        return html! { <details class="why" id={format!("{dom}-why")}>{ summary }</details> };
    };
    let edited = why
        .uses
        .iter()
        .copied()
        .filter(|&c| assumptions.is_edited(c));
    let links: Vec<Html> = edited
        .enumerate()
        .map(|(i, c)| html! { <>{ if i > 0 { ", " } else { "" } }{ edited_link(lang, c) }</> })
        .collect();
    html! {
        <details class="why" id={format!("{dom}-why")}>
            { summary }
            <p>{ text::pieces(&why.pieces) }</p>
            if !links.is_empty() {
                <p class="why__edited">{ t(lang, Key::WhyEdited) }{ " " }{ for links }</p>
            }
        </details>
    }
}
