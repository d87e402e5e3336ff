//! The answer sentence, with its levels changeable in place in the manner of Bret Victor's
//! reactive documents: drag a level sideways, step it with the arrow keys, or type over it, and
//! the figures in the same sentence follow. Each level is a spin button named after its input
//! that sends the same action as the input's field, so the sentence and the inputs panel never
//! disagree; text that is refused says why under the sentence and changes nothing.

use super::number_field::{dom_id, use_number_text};
use crate::format;
use crate::i18n::{self, t, Key};
use crate::input::{parse_field, FieldError};
use crate::lang::Lang;
use crate::model::{check, InputId, Scenario};
use crate::results::Part;
use crate::state::Action;
use web_sys::HtmlInputElement;
use yew::prelude::*;

/// Pixels of sideways drag per step of a level (0.1 on the 0–10 scales: a point per 40 px).
const PX_PER_STEP: f64 = 4.0;

/// Sideways movement before a press on a level counts as a drag rather than a click to type.
const DRAG_AFTER_PX: i32 = 4;

#[derive(Properties, PartialEq)]
pub struct AnswerProps {
    pub lang: Lang,
    pub parts: Vec<Part>,
    /// Where the levels' values come from.
    pub scenario: Scenario,
    pub on_action: Callback<Action>,
}

#[function_component]
pub fn Answer(props: &AnswerProps) -> Html {
    let lang = props.lang;
    // The refusal of the level being typed in, if any (one at a time: typing is in one place).
    let error = use_state(|| None::<String>);
    let on_error = {
        let error = error.clone();
        Callback::from(move |message: Option<String>| error.set(message))
    };
    let parts = props.parts.iter().map(|part| match part {
        Part::Words(words) => html! { { words.clone() } },
        Part::Figure(figure) => html! { <span class="num">{ figure.clone() }</span> },
        Part::Level(input, _) => html! {
            <Level {lang} input={*input} value={props.scenario.get(*input)}
                on_action={props.on_action.clone()} on_error={on_error.clone()} />
        },
    });
    html! {
        <>
            <p class="answer" id="answer">{ for parts }</p>
            <p class="answer__hint" id="answer-hint">{ t(lang, Key::AnswerHint) }</p>
            <p class="answer__error field__error" id="answer-error" aria-live="polite">
                { (*error).clone().unwrap_or_default() }
            </p>
        </>
    }
}

#[derive(Properties, PartialEq)]
struct LevelProps {
    lang: Lang,
    input: InputId,
    /// The last good value.
    value: f64,
    on_action: Callback<Action>,
    /// The message for refused text, `None` once the text reads again.
    on_error: Callback<Option<String>>,
}

/// A press on a level that may become a drag.
struct Press {
    pointer: i32,
    x: i32,
    value: f64,
    dragging: bool,
}

/// One level in the sentence: a text field that is also a spin button.
#[function_component]
fn Level(props: &LevelProps) -> Html {
    let LevelProps {
        lang, input, value, ..
    } = *props;
    let spec = input.spec();
    let field = use_number_text::<FieldError>(lang, value, spec.step);
    let press = use_mut_ref(|| None::<Press>);
    // `value` moved by `steps` of the input's step, kept on its grid and in its range.
    let stepped = move |from: f64, steps: f64| {
        let v = ((from / spec.step).round() + steps) * spec.step;
        // Not `f64::clamp`: its assertion message would bring core's float formatting (about
        // 17 KB gzip) into the wasm.
        check(&spec, v.max(spec.min).min(spec.max)).ok()
    };
    // Refused text gives way to `v`, and its message goes.
    let unrefuse = {
        let (field, on_error) = (field.clone(), props.on_error.clone());
        move |v: f64| {
            if field.error.is_some() {
                field.show(lang, v, spec.step);
                on_error.emit(None);
            }
        }
    };
    let set = {
        let (on_action, unrefuse) = (props.on_action.clone(), unrefuse.clone());
        move |v: f64| {
            if v != value {
                on_action.emit(Action::SetInput(input, v));
            }
            // A level set by key or drag replaces refused text.
            unrefuse(v);
        }
    };

    let on_text = {
        let (field, on_action, on_error) = (
            field.clone(),
            props.on_action.clone(),
            props.on_error.clone(),
        );
        Callback::from(move |e: InputEvent| {
            let raw = e.target_unchecked_into::<HtmlInputElement>().value();
            let read = parse_field(lang, &raw, &spec);
            let message = read.as_ref().err().map(|e| {
                format!(
                    "{}: {}",
                    i18n::input_label(lang, input),
                    i18n::field_error(lang, e)
                )
            });
            on_error.emit(message);
            if let Some(v) = field.typed(raw, read) {
                on_action.emit(Action::SetInput(input, v));
            }
        })
    };
    // Leaving refused text puts the last good value back: the sentence never reads wrong.
    let on_blur = Callback::from(move |_: FocusEvent| unrefuse(value));
    let on_key = {
        let set = set.clone();
        Callback::from(move |e: KeyboardEvent| {
            let steps = match e.key().as_str() {
                "ArrowUp" => 1.0,
                "ArrowDown" => -1.0,
                "PageUp" => 10.0,
                "PageDown" => -10.0,
                _ => return,
            };
            e.prevent_default();
            let steps = if e.shift_key() { steps * 10.0 } else { steps };
            if let Some(v) = stepped(value, steps) {
                set(v);
            }
        })
    };
    let on_down = {
        let press = press.clone();
        Callback::from(move |e: PointerEvent| {
            if e.button() == 0 {
                *press.borrow_mut() = Some(Press {
                    pointer: e.pointer_id(),
                    x: e.client_x(),
                    value,
                    dragging: false,
                });
            }
        })
    };
    let on_move = {
        let press = press.clone();
        Callback::from(move |e: PointerEvent| {
            let mut press = press.borrow_mut();
            let Some(p) = press.as_mut().filter(|p| p.pointer == e.pointer_id()) else {
                return;
            };
            let dx = e.client_x() - p.x;
            if !p.dragging && dx.abs() >= DRAG_AFTER_PX {
                p.dragging = true;
                // Keep the drag when the pointer leaves the few pixels of the number.
                let target: web_sys::Element = e.target_unchecked_into();
                let _ = target.set_pointer_capture(p.pointer);
            }
            if p.dragging {
                e.prevent_default();
                if let Some(v) = stepped(p.value, (f64::from(dx) / PX_PER_STEP).round()) {
                    set(v);
                }
            }
        })
    };
    let on_up = {
        let press = press.clone();
        Callback::from(move |e: PointerEvent| {
            if press.borrow_mut().take().is_some_and(|p| p.dragging) {
                e.prevent_default();
            }
        })
    };

    let text = (*field.text).clone();
    // Sized to its text, so the sentence reads as a sentence.
    let size = text.chars().count().max(1).to_string();
    let id = format!("answer-{}", dom_id(input));
    html! {
        <input
            type="text"
            inputmode="decimal"
            autocomplete="off"
            spellcheck="false"
            class={classes!("answer__level", field.error.is_some().then_some("answer__level--invalid"))}
            {id}
            role="spinbutton"
            aria-label={i18n::input_label(lang, input)}
            aria-valuenow={format::plain(value)}
            aria-valuemin={format::plain(spec.min)}
            aria-valuemax={format::plain(spec.max)}
            aria-valuetext={format::input_value(lang, value, spec.step)}
            aria-invalid={field.error.is_some().then_some("true")}
            aria-describedby="answer-hint answer-error"
            {size}
            value={text}
            oninput={on_text}
            onblur={on_blur}
            onkeydown={on_key}
            onpointerdown={on_down}
            onpointermove={on_move}
            onpointerup={on_up.clone()}
            onpointercancel={on_up}
        />
    }
}
