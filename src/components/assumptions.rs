//! The assumptions panel: every coefficient of the model with its value and unit, its one-line
//! meaning and exactly one origin (a seed figure with its quoted sentence, a published study
//! with its citation, or an assumption with the reason for its value), and for a stated
//! intention the share of it the model takes as behaviour; each editable, each with a reset to its source value once
//! it is edited. A refused value shows why by the field and changes nothing. Also the links and
//! the notice that carry an edit to the results.

use super::number_field::use_number_text;
use crate::format;
use crate::i18n::{
    self, coefficient_figure, coefficient_meaning, coefficient_name, origin_label, t, tf, Key,
};
use crate::input::{parse_number, ParseError};
use crate::lang::Lang;
use crate::model::{say_do_of, AssumptionError, Assumptions, CoefficientId, Origin};
use crate::services::page;
use crate::state::Action;
use web_sys::HtmlInputElement;
use yew::prelude::*;

/// The element id of a coefficient's field: its stable key (`a_rg`); the row is `{key}-row`.
pub fn dom_id(id: CoefficientId) -> &'static str {
    id.spec().key
}

/// The panel's disclosure.
const DETAILS: &str = "assumptions-details";

#[derive(Properties, PartialEq)]
pub struct AssumptionsPanelProps {
    pub lang: Lang,
    pub assumptions: Assumptions,
    /// Receives the edits and resets.
    pub on_action: Callback<Action>,
}

/// The panel, collapsed until opened; its list is built only then (see [`super::use_disclosure`]).
#[function_component]
pub fn AssumptionsPanel(props: &AssumptionsPanelProps) -> Html {
    let (lang, assumptions, on_action) = (props.lang, &props.assumptions, &props.on_action);
    let disclosure = super::use_disclosure();
    let edited = assumptions.edited().count();
    html! {
        <section class="panel assumptions" id="assumptions" aria-labelledby="assumptions-heading">
            <details id={DETAILS} ref={disclosure.node} ontoggle={disclosure.ontoggle}>
                <summary>
                    <h2 id="assumptions-heading">{ t(lang, Key::SectionAssumptions) }</h2>
                    if edited > 0 {
                        <span class="badge" id="assumptions-edited">
                            { tf(lang, Key::EditedCount, &[&format::integer(lang, edited as f64)]) }
                        </span>
                    }
                </summary>
                <p class="assumptions__intro">{ t(lang, Key::AssumptionsIntro) }</p>
                if disclosure.shown {
                    <ul class="assumptions__list">
                        { for CoefficientId::ALL.iter().map(|&id| html! {
                            <AssumptionField key={id as usize} {id} {lang}
                                assumptions={assumptions.clone()} on_action={on_action.clone()} />
                        }) }
                    </ul>
                }
            </details>
        </section>
    }
}

/// Why typed text was not taken.
#[derive(Clone, Copy, PartialEq)]
enum Refusal {
    Parse(ParseError),
    Model(AssumptionError),
}

#[derive(Properties, PartialEq)]
struct AssumptionFieldProps {
    id: CoefficientId,
    lang: Lang,
    /// All values in force: a low end is checked against its high end.
    assumptions: Assumptions,
    on_action: Callback<Action>,
}

#[function_component]
fn AssumptionField(props: &AssumptionFieldProps) -> Html {
    let (id, lang) = (props.id, props.lang);
    let spec = id.spec();
    let key = dom_id(id);
    let value = props.assumptions.get(id);
    let edited = props.assumptions.is_edited(id);
    // Coefficients have no slider step: their text keeps the decimals typed.
    let field = use_number_text::<Refusal>(lang, value, 0.0);
    let input = use_node_ref();

    let on_text = {
        let (field, on_action) = (field.clone(), props.on_action.clone());
        let assumptions = props.assumptions.clone();
        Callback::from(move |e: InputEvent| {
            let raw = e.target_unchecked_into::<HtmlInputElement>().value();
            // The model decides what it accepts; a probe copy asks it without changing anything.
            let read = parse_number(lang, &raw)
                .map_err(Refusal::Parse)
                .and_then(|v| {
                    let mut probe = assumptions.clone();
                    probe.set(id, v).map(|()| v).map_err(Refusal::Model)
                });
            if let Some(v) = field.typed(raw, read) {
                on_action.emit(Action::SetAssumption(id, v));
            }
        })
    };
    let on_reset = {
        let (on_action, input) = (props.on_action.clone(), input.clone());
        Callback::from(move |_: MouseEvent| {
            on_action.emit(Action::ResetAssumption(id));
            // The button goes away with the edit: keep the keyboard where it was, on the field.
            if let Some(input) = input.cast::<HtmlInputElement>() {
                let _ = input.focus();
            }
        })
    };

    let (text, error) = ((*field.text).clone(), &field.error);
    let message = error
        .map(|e| match e {
            Refusal::Parse(e) => i18n::parse_error(lang, e),
            Refusal::Model(e) => i18n::assumption_error(lang, &e),
        })
        .unwrap_or_default();
    let label_id = format!("{key}-label");
    // An assumption's words start with the origin's own label ("Assumption: …"): said once.
    let origin = origin_label(lang, &spec.origin);
    let reason = (spec.origin == Origin::Assumption).then(|| {
        let figure = coefficient_figure(lang, id);
        figure
            .strip_prefix(origin)
            .and_then(|rest| rest.strip_prefix(": "))
            .unwrap_or(figure)
    });
    let intention = say_do_of(id).map(|share| {
        let used = format::amount(lang, props.assumptions.get(share), share.spec().unit);
        tf(
            lang,
            Key::IntentionShare,
            &[&used, coefficient_name(lang, share)],
        )
    });
    html! {
        <li class={if edited { "assumption assumption--edited" } else { "assumption" }} id={format!("{key}-row")}>
            <label for={key} id={label_id.clone()} class="assumption__name">
                { coefficient_name(lang, id) }
                if edited {
                    { " " }<span class="badge">{ t(lang, Key::Edited) }</span>
                }
            </label>
            <p class="assumption__meaning" id={format!("{key}-meaning")}>{ coefficient_meaning(lang, id) }</p>
            <div class="assumption__controls">
                <span class="field__number">
                    <input
                        type="text"
                        inputmode="decimal"
                        autocomplete="off"
                        spellcheck="false"
                        id={key}
                        ref={input}
                        value={text}
                        aria-invalid={error.is_some().then_some("true")}
                        aria-describedby={format!("{key}-unit {key}-meaning {key}-error")}
                        oninput={on_text}
                    />
                    <span class="field__unit" id={format!("{key}-unit")} aria-hidden="true">
                        { format::unit(lang, spec.unit) }
                    </span>
                </span>
                if edited {
                    <button type="button" class="assumption__reset" id={format!("{key}-reset")}
                        aria-describedby={label_id} onclick={on_reset}>
                        { t(lang, Key::ResetToSource) }
                    </button>
                }
            </div>
            <p class="field__error" id={format!("{key}-error")}>{ message }</p>
            <p class="assumption__source" id={format!("{key}-source")}>
                <span class="assumption__origin">{ origin }</span>
                if let Some(reason) = reason {
                    { ": " }{ reason }
                } else {
                    { " · " }<cite>{ spec.source }</cite>
                    if let Origin::Seed { quote } = spec.origin {
                        <br />
                        { t(lang, Key::SeedQuote) }{ " " }<q lang="fi">{ quote }</q>
                    }
                    <br />
                    <q>{ coefficient_figure(lang, id) }</q>
                }
                if let Some(intention) = intention {
                    <br />
                    <span class="assumption__intention">{ intention }</span>
                }
                <br />
                <span class="num">{ tf(lang, Key::SourceValue, &[&format::amount(lang, spec.default, spec.unit)]) }</span>
            </p>
        </li>
    }
}

/// A link that opens the assumptions panel at one coefficient and puts the focus on its field.
pub fn edited_link(lang: Lang, id: CoefficientId) -> Html {
    let key = dom_id(id);
    let onclick = Callback::from(move |e: MouseEvent| {
        // No navigation: the URL is the share link's, not ours to change.
        e.prevent_default();
        page::reveal(key, DETAILS);
    });
    html! { <a href={format!("#{key}")} {onclick}>{ coefficient_name(lang, id) }</a> }
}

/// Marks a view computed with edited assumptions: which ones, their values, and a link to each;
/// nothing while every assumption has its source value. `id` tells the marks of views apart.
pub fn edited_notice(lang: Lang, assumptions: &Assumptions, id: &'static str) -> Html {
    let a = assumptions;
    if a.edited().next().is_none() {
        return Html::default();
    }
    html! {
        <div class="edited-notice" {id} role="note">
            <p class="edited-notice__title">{ t(lang, Key::EditedNotice) }</p>
            <ul>
                { for a.edited().map(|id| {
                    let unit = id.spec().unit;
                    let values = tf(lang, Key::EditedValue, &[
                        &format::amount(lang, a.get(id), unit),
                        &format::amount(lang, id.spec().default, unit),
                    ]);
                    html! { <li>{ edited_link(lang, id) }{ ": " }{ values }</li> }
                }) }
            </ul>
        </div>
    }
}
