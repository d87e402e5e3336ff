//! One input: a label, a slider and a number field kept in sync, and the message that says what
//! is wrong with typed text. Refused text never reaches the scenario: the last good value stays.

use crate::format;
use crate::i18n::{self, Lang};
use crate::input::{parse_field, parse_number, FieldError};
use crate::model::InputId;
use web_sys::HtmlInputElement;
use yew::prelude::*;

/// The element id of an input's text field; the slider is `{id}-range`, the message `{id}-error`.
pub fn dom_id(input: InputId) -> &'static str {
    match input {
        InputId::Promise => "promise",
        InputId::Delivered => "delivered",
        InputId::DelightEvents => "delight",
        InputId::DelightPeriods => "delight-periods",
        InputId::NegativeSurprises => "negative-surprises",
        InputId::RecoveryQuality => "recovery",
        InputId::IrrelevantMessages => "irrelevant",
        InputId::Customers => "customers",
        InputId::RevenuePerCustomer => "revenue-per-customer",
        InputId::BaselineChurn => "baseline-churn",
        InputId::BaselineRecommend => "baseline-recommend",
        InputId::Reach => "reach",
        InputId::Horizon => "horizon",
        InputId::CostOneOff => "cost-one-off",
        InputId::CostPerPeriod => "cost-per-period",
        InputId::DiscountRate => "discount-rate",
    }
}

#[derive(Properties, PartialEq)]
pub struct NumberFieldProps {
    pub input: InputId,
    /// The last good value.
    pub value: f64,
    pub lang: Lang,
    pub on_change: Callback<(InputId, f64)>,
    /// A slider beside the field; off for figures with no natural scale (customers, euros).
    #[prop_or(true)]
    pub slider: bool,
}

#[function_component]
pub fn NumberField(props: &NumberFieldProps) -> Html {
    let NumberFieldProps {
        input,
        value,
        lang,
        slider,
        ..
    } = *props;
    let spec = input.spec();
    let id = dom_id(input);
    let text = use_state(|| format::input_value(lang, value, spec.step));
    let error = use_state(|| None::<FieldError>);

    // A value set elsewhere (the slider, a link, start over) replaces the text, unless the text
    // already says that value (then it is the user's own typing, e.g. "7,50", and stays).
    {
        let (text, error) = (text.clone(), error.clone());
        use_effect_with(value, move |&value| {
            if parse_number(lang, &text).ok() != Some(value) {
                text.set(format::input_value(lang, value, spec.step));
                error.set(None);
            }
        });
    }
    // A new language rewrites the number in its own format ("7.5" becomes "7,5").
    {
        let (text, error) = (text.clone(), error.clone());
        use_effect_with(lang, move |&lang| {
            if error.is_none() {
                text.set(format::input_value(lang, value, spec.step));
            }
        });
    }

    let on_text = {
        let (text, error, on_change) = (text.clone(), error.clone(), props.on_change.clone());
        Callback::from(move |e: InputEvent| {
            let raw = e.target_unchecked_into::<HtmlInputElement>().value();
            match parse_field(lang, &raw, &spec) {
                Ok(v) => {
                    error.set(None);
                    on_change.emit((input, v));
                }
                Err(e) => error.set(Some(e)),
            }
            text.set(raw);
        })
    };
    let on_range = {
        let on_change = props.on_change.clone();
        Callback::from(move |e: InputEvent| {
            let raw = e.target_unchecked_into::<HtmlInputElement>().value();
            if let Ok(v) = parse_field(lang, &raw, &spec) {
                on_change.emit((input, v));
            }
        })
    };

    let message = error
        .map(|e| i18n::field_error(lang, &e))
        .unwrap_or_default();
    let help_id = format!("{id}-help");
    let error_id = format!("{id}-error");
    let unit = format::unit(lang, spec.unit);
    html! {
        <div class={classes!("field", error.is_some().then_some("field--invalid"))}>
            <label for={id}>{ i18n::input_label(lang, input) }</label>
            <div class="field__controls">
                if slider {
                    <input
                        type="range"
                        id={format!("{id}-range")}
                        min={format::plain(spec.min)}
                        max={format::plain(spec.max)}
                        step={format::plain(spec.step)}
                        value={format::plain(value)}
                        aria-label={i18n::input_label(lang, input)}
                        aria-valuetext={format!("{} {}", format::input_value(lang, value, spec.step), unit)}
                        oninput={on_range}
                    />
                }
                <span class="field__number">
                    <input
                        type="text"
                        inputmode="decimal"
                        autocomplete="off"
                        spellcheck="false"
                        id={id}
                        value={(*text).clone()}
                        aria-invalid={error.is_some().then_some("true")}
                        aria-describedby={format!("{help_id} {error_id}")}
                        oninput={on_text}
                    />
                    <span class="field__unit" aria-hidden="true">{ unit }</span>
                </span>
            </div>
            <p class="field__help" id={help_id}>{ i18n::input_help(lang, input) }</p>
            <p class="field__error" id={error_id}>{ message }</p>
        </div>
    }
}
