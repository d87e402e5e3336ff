//! A fieldset of checkboxes, one per item of a closed list: the embed's sections and the
//! reader's actions. The items are told apart by their place in the list, so one component
//! (one copy in the wasm) serves every list.

use crate::i18n::{t, Key};
use crate::lang::Lang;
use web_sys::HtmlInputElement;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ChecklistProps {
    pub lang: Lang,
    pub legend: Key,
    #[prop_or_default]
    pub help: Option<Key>,
    /// Each item's label and whether it is checked.
    pub items: Vec<(Key, bool)>,
    /// An item's place in `items` and its new state.
    pub on_toggle: Callback<(usize, bool)>,
}

#[function_component]
pub fn Checklist(props: &ChecklistProps) -> Html {
    let lang = props.lang;
    let items = props.items.iter().enumerate().map(|(i, &(label, on))| {
        let oninput = props.on_toggle.reform(move |e: InputEvent| {
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
            <legend>{ t(lang, props.legend) }</legend>
            if let Some(help) = props.help {
                <p class="field__help">{ t(lang, help) }</p>
            }
            { for items }
        </fieldset>
    }
}
