//! "Embed on your site": a dialog where a consultancy picks the sections, the reader's actions,
//! the language and look of an embedded calculator, its own name for the printed summary, a call
//! to action, and whether readers start from the figures on screen, and gets the code to paste
//! (the iframe and the host script tag), with a live preview and a copy button. Hidden in embed
//! mode itself. The parameters and the snippet are [`crate::embed`]'s; this only collects the
//! choices. Each part of the form is a view of its own here ([`content`], [`look`], [`host`]),
//! and the result a component ([`Output`]).

mod checklist;
mod content;
mod host;
mod look;
mod output;

use crate::embed::{cta_text, parse_origin, parse_url, prepared_by, snippet, Cta, Embed, Rgb};
use crate::i18n::{t, Key};
use crate::lang::Lang;
use crate::services::embed;
use crate::share::link;
use crate::state::AppState;
use checklist::checklist;
use content::content;
use host::host;
use js_sys::Reflect;
use look::look;
use output::Output;
use wasm_bindgen::JsValue;
use web_sys::HtmlDialogElement;
use yew::prelude::*;

/// Everything the dialog holds. Texts are kept as typed, and checked when the snippet is built,
/// so a half-typed value shows its message without losing the text.
#[derive(Clone, Default, PartialEq)]
struct Form {
    /// The choices that are always valid (selects, checkboxes, the radius slider).
    embed: Embed,
    accent: String,
    origin: String,
    results: bool,
    cta_text: String,
    cta_url: String,
    /// The consultancy's name for the handout.
    by: String,
    /// Readers start from the figures on screen (the snippet's address carries them).
    figures: bool,
    /// Whether the user picked the embed's language; until then it is the app's.
    lang_chosen: bool,
    open: bool,
}

/// How one control changes the form, given the control's DOM element.
type Edit = fn(&mut Form, &JsValue);

/// A control's handler: edits a copy of the form with `f`.
fn edit(form: &UseStateHandle<Form>, f: Edit) -> Callback<InputEvent> {
    let form = form.clone();
    Callback::from(move |e: InputEvent| {
        let mut next = (*form).clone();
        f(&mut next, &e.target().map_or(JsValue::NULL, JsValue::from));
        form.set(next);
    })
}

fn value(element: &JsValue) -> String {
    Reflect::get(element, &"value".into())
        .ok()
        .and_then(|v| v.as_string())
        .unwrap_or_default()
}

fn checked(element: &JsValue) -> bool {
    Reflect::get(element, &"checked".into()).is_ok_and(|v| v.is_truthy())
}

/// A labelled control with its help and message: a select when it has `options`, else an input
/// of `kind`.
struct Field {
    id: &'static str,
    label: Key,
    kind: &'static str,
    options: Option<Html>,
    help: Option<Key>,
    error: Option<Key>,
}

impl Field {
    fn input(id: &'static str, label: Key, kind: &'static str, help: Key) -> Field {
        Field {
            id,
            label,
            kind,
            options: None,
            help: Some(help),
            error: None,
        }
    }

    fn select(id: &'static str, label: Key, options: Html) -> Field {
        Field {
            id,
            label,
            kind: "",
            options: Some(options),
            help: None,
            error: None,
        }
    }

    fn error(self, error: Option<Key>) -> Field {
        Field { error, ..self }
    }

    fn view(self, lang: Lang, oninput: Callback<InputEvent>) -> Html {
        let Field {
            id,
            label,
            kind,
            options,
            help,
            error,
        } = self;
        let described = help.map(|_| format!("{id}-help {id}-error"));
        let invalid = error.is_some().then_some("true");
        html! {
            <div class={classes!("field", error.map(|_| "field--invalid"))}>
                <label for={id}>{ t(lang, label) }</label>
                if let Some(options) = options {
                    <select {id} {oninput}>{ options }</select>
                } else {
                    <input type={kind} {id} autocomplete="off" spellcheck="false" {oninput}
                        aria-invalid={invalid} aria-describedby={described} />
                }
                if let Some(help) = help {
                    <p class="field__help" id={format!("{id}-help")}>{ t(lang, help) }</p>
                    <p class="field__error" id={format!("{id}-error")}>{ error.map(|e| t(lang, e)) }</p>
                }
            </div>
        }
    }
}

/// A checkbox with its label, and its help under it when it has one.
fn check(
    lang: Lang,
    id: &'static str,
    label: Key,
    help: Option<Key>,
    on: bool,
    oninput: Callback<InputEvent>,
) -> Html {
    let help_id = help.map(|_| format!("{id}-help"));
    html! {
        <div class="field">
            <label class="embed-check">
                <input type="checkbox" {id} checked={on} aria-describedby={help_id.clone()} {oninput} />
                { t(lang, label) }
            </label>
            if let Some(help) = help {
                <p class="field__help" id={help_id}>{ t(lang, help) }</p>
            }
        </div>
    }
}

#[derive(Properties, PartialEq)]
pub struct EmbedDialogProps {
    pub lang: Lang,
    /// The work on screen, for readers to start from.
    pub state: UseReducerHandle<AppState>,
}

#[function_component]
pub fn EmbedDialog(props: &EmbedDialogProps) -> Html {
    let lang = props.lang;
    let embedded = super::use_embed_settings().enabled;
    let dialog = use_node_ref();
    let form = use_state(|| Form {
        embed: Embed::embedded(),
        ..Form::default()
    });
    if embedded {
        return html! {};
    }

    let embed = Embed {
        lang: if form.lang_chosen {
            form.embed.lang
        } else {
            Some(lang)
        },
        ..form.embed.clone()
    };
    let origin = parse_origin(&form.origin);
    let chosen = Embed {
        accent: Rgb::parse(&form.accent),
        results: form.results && origin.is_some(),
        origin,
        cta: cta_text(&form.cta_text)
            .zip(parse_url(&form.cta_url))
            .map(|(text, url)| Cta { text, url }),
        by: prepared_by(&form.by),
        ..embed
    };
    // The work on screen as a share link's fragment, without its language: the embed's is the
    // host's. Only while the dialog is open.
    let figures = if form.figures && form.open {
        let fragment = link::encode(&props.state);
        let kept: Vec<&str> = fragment
            .split('&')
            .filter(|p| !p.starts_with("lang="))
            .collect();
        format!("#{}", kept.join("&"))
    } else {
        String::new()
    };
    let (page, script) = embed::app_urls().unwrap_or_default();
    let frame_title = t(chosen.lang.unwrap_or(lang), Key::EmbedFrameTitle);
    let code = snippet(
        &format!("{page}?{}{figures}", chosen.query()),
        &script,
        frame_title,
        chosen.cta.is_some(),
    );
    // The preview sends no messages: its parent is this page, not the host's.
    let preview = Embed {
        origin: None,
        results: false,
        ..chosen
    };
    let preview_url = format!("{page}?{}{figures}", preview.query());

    let on_open = {
        let (dialog, form) = (dialog.clone(), form.clone());
        Callback::from(move |_: MouseEvent| {
            let shown = dialog.cast::<HtmlDialogElement>().map(|d| d.show_modal());
            if let Some(Ok(())) = shown {
                form.set(Form {
                    open: true,
                    ..(*form).clone()
                });
            }
        })
    };
    let on_close_button = {
        let dialog = dialog.clone();
        Callback::from(move |_: MouseEvent| {
            if let Some(d) = dialog.cast::<HtmlDialogElement>() {
                d.close();
            }
        })
    };
    // Esc, the close button, anything that closes the dialog ends here. The browser itself
    // returns focus to the opener, as it does for every modal dialog.
    let on_closed = {
        let form = form.clone();
        Callback::from(move |_: Event| {
            form.set(Form {
                open: false,
                ..(*form).clone()
            })
        })
    };

    html! {
        <>
            <button type="button" class="embed-open" onclick={on_open} aria-haspopup="dialog">
                { t(lang, Key::EmbedOpen) }
            </button>
            <dialog class="embed-dialog" ref={dialog} aria-labelledby="embed-title" onclose={on_closed}>
                <div class="embed-dialog__head">
                    <h2 id="embed-title">{ t(lang, Key::EmbedTitle) }</h2>
                    <button type="button" onclick={on_close_button}>{ t(lang, Key::EmbedClose) }</button>
                </div>
                <p>{ t(lang, Key::EmbedIntro) }</p>
                // Built only while open: a closed dialog costs no render and loads no preview.
                if form.open {
                    <div class="embed-dialog__body">
                        <div class="embed-options">
                            { content(lang, &form) }
                            { look(lang, &form) }
                            { host(lang, &form) }
                        </div>
                        <Output {lang} code={AttrValue::from(code)} preview={AttrValue::from(preview_url)} />
                    </div>
                }
            </dialog>
        </>
    }
}
