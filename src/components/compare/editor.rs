//! One scenario's card above the comparison: the choice of which scenario the inputs change, its
//! name to edit, and its remove button.

use crate::i18n::{t, tf, Key};
use crate::lang::Lang;
use crate::state::{clean_name, default_name, Action, MAX_NAME_CHARS};
use web_sys::HtmlInputElement;
use yew::prelude::*;

/// The card of scenario `i` (from 0), named `name`; `many` when there are several scenarios
/// (only then can one be picked or removed), `active` when the inputs change this one.
/// `on_remove` removes the scenario at a place (and looks after the focus). A plain function, as
/// before the split: each component type adds to the wasm (the first-visit size ceiling).
pub(super) fn card(
    lang: Lang,
    i: usize,
    name: &str,
    many: bool,
    active: bool,
    on_action: &Callback<Action>,
    on_remove: &Callback<usize>,
) -> Html {
    let pick_id = format!("scenario-pick-{i}");
    let name_id = format!("scenario-name-{i}");
    let on_pick = on_action.reform(move |_: Event| Action::Select(i));
    // Saved as it is typed, like every other input; a name cleared while typing keeps the last
    // one until the field is left, when it goes back to the default rather than leaving a blank
    // column.
    let on_type = {
        let on_action = on_action.clone();
        Callback::from(move |e: InputEvent| {
            let typed = e.target_unchecked_into::<HtmlInputElement>().value();
            if !clean_name(&typed).is_empty() {
                on_action.emit(Action::Rename(i, typed));
            }
        })
    };
    let on_rename = {
        let on_action = on_action.clone();
        Callback::from(move |e: Event| {
            let input = e.target_unchecked_into::<HtmlInputElement>();
            if clean_name(&input.value()).is_empty() {
                let name = default_name(lang, i + 1);
                // Set here too: the state may hold this name already, and then nothing renders.
                input.set_value(&name);
                on_action.emit(Action::Rename(i, name));
            }
        })
    };
    let on_remove = on_remove.reform(move |_: MouseEvent| i);
    html! {
        <li class={classes!("scenario-card", active.then_some("scenario-card--active"))}>
            if many {
                <div class="scenario-card__pick">
                    <input type="radio" name="edited-scenario" id={pick_id.clone()} checked={active} onchange={on_pick} />
                    <label for={pick_id}>{ name.to_owned() }</label>
                    if active {
                        <span class="badge">{ t(lang, Key::CompareEditing) }</span>
                    }
                </div>
            }
            <div class="scenario-card__name">
                <label for={name_id.clone()}>{ tf(lang, Key::ScenarioNameLabel, &[&(i + 1).to_string()]) }</label>
                <input type="text" id={name_id} value={name.to_owned()} maxlength={MAX_NAME_CHARS.to_string()}
                    autocomplete="off" spellcheck="false" oninput={on_type} onchange={on_rename} />
            </div>
            if many {
                <button type="button" class="scenario-card__remove" onclick={on_remove}
                    aria-label={tf(lang, Key::RemoveScenarioNamed, &[name])}>
                    { t(lang, Key::RemoveScenario) }
                </button>
            }
        </li>
    }
}
