//! A fieldset of checkboxes, one per item of a closed list: the embed's sections and the
//! reader's actions. The items are told apart by their place in the list, so one component
//! (one copy in the wasm) serves every list.

use crate::i18n::{t, Key};
use crate::lang::Lang;
use web_sys::HtmlInputElement;
use yew::prelude::*;

/// The fieldset titled `legend`, with its `help`: a checkbox for each of `items` (its label and
/// whether it is checked); `on_toggle` gets an item's place in `items` and its new state.
pub fn checklist(
    lang: Lang,
    legend: Key,
    help: Option<Key>,
    items: &[(Key, bool)],
    on_toggle: &Callback<(usize, bool)>,
) -> Html {
    let items = items.iter().enumerate().map(|(i, &(label, on))| {
        let oninput = on_toggle.reform(move |e: InputEvent| {
            (i, e.target_unchecked_into::<HtmlInputElement>().checked())
        });
        html! {
            <label class="embed-check">
                <input type="checkbox" checked={on} {oninput} />
                { t(lang, label) }
            </label>
        }
    });
    html! {
        <fieldset>
            <legend>{ t(lang, legend) }</legend>
            if let Some(help) = help {
                <p class="field__help">{ t(lang, help) }</p>
            }
            { for items }
        </fieldset>
    }
}
