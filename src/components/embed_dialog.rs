//! "Embed on your site": a dialog where a consultancy picks the sections, language and look of
//! an embedded calculator and gets the code to paste (the iframe and the host script tag), with
//! a live preview and a copy button. Hidden in embed mode itself. The parameters and the snippet
//! are [`crate::embed`]'s; this only collects the choices.

use crate::embed::{
    parse_origin, snippet, Embed, Font, Rgb, Section, Theme, DEFAULT_RADIUS, MAX_RADIUS,
};
use crate::i18n::{t, Key, Lang};
use crate::services::{browser, embed};
use js_sys::Reflect;
use wasm_bindgen::JsValue;
use web_sys::{HtmlDialogElement, HtmlTextAreaElement};
use yew::prelude::*;

fn section_label(section: Section) -> Key {
    match section {
        Section::Chart => Key::SectionTimeline,
        Section::Assumptions => Key::SectionAssumptions,
        Section::Compare => Key::SectionCompare,
        Section::Levers => Key::SectionLevers,
        Section::Why => Key::SectionWhy,
        Section::Advanced => Key::SectionAdvanced,
        Section::Business => Key::SectionBusiness,
        Section::Investment => Key::SectionInvestment,
    }
}

fn theme_label(theme: Theme) -> Key {
    match theme {
        Theme::Auto => Key::EmbedThemeAuto,
        Theme::Light => Key::EmbedThemeLight,
        Theme::Dark => Key::EmbedThemeDark,
    }
}

fn font_label(font: Font) -> Key {
    match font {
        Font::System => Key::EmbedFontSystem,
        Font::Inherit => Key::EmbedFontInherit,
        Font::SansSerif => Key::EmbedFontSans,
        Font::Serif => Key::EmbedFontSerif,
        Font::Monospace => Key::EmbedFontMono,
    }
}

/// What the copy button last did.
#[derive(Clone, Copy, Default, PartialEq)]
enum CopyState {
    #[default]
    Idle,
    Copied,
    Failed,
}

/// Everything the dialog holds. Accent and origin are kept as typed, and checked when the
/// snippet is built, so a half-typed value shows its message without losing the text.
#[derive(Clone, Default, PartialEq)]
struct Form {
    /// The choices that are always valid (selects, checkboxes, the radius slider).
    embed: Embed,
    accent: String,
    origin: String,
    results: bool,
    /// Whether the user picked the embed's language; until then it is the app's.
    lang_chosen: bool,
    copy: CopyState,
    open: bool,
}

/// How one control changes the form, given the control's DOM element.
type Edit = fn(&mut Form, &JsValue);

fn value(element: &JsValue) -> String {
    Reflect::get(element, &"value".into())
        .ok()
        .and_then(|v| v.as_string())
        .unwrap_or_default()
}

fn checked(element: &JsValue) -> bool {
    Reflect::get(element, &"checked".into()).is_ok_and(|v| v.is_truthy())
}

#[derive(Properties, PartialEq)]
pub struct EmbedDialogProps {
    pub lang: Lang,
}

#[function_component]
pub fn EmbedDialog(props: &EmbedDialogProps) -> Html {
    let lang = props.lang;
    let embedded = super::use_embed_settings().enabled;
    let (dialog, code_area) = (use_node_ref(), use_node_ref());
    let form = use_state(|| Form {
        embed: Embed {
            enabled: true,
            ..Embed::default()
        },
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
    let accent = Rgb::parse(&form.accent);
    let origin = parse_origin(&form.origin);
    let chosen = Embed {
        accent,
        results: form.results && origin.is_some(),
        origin: origin.clone(),
        ..embed.clone()
    };
    let (page, script) = embed::app_urls().unwrap_or_default();
    let frame_title = t(chosen.lang.unwrap_or(lang), Key::EmbedFrameTitle);
    let code = snippet(
        &(page.clone() + "?" + &chosen.query()),
        &script,
        frame_title,
    );
    // The preview sends no messages: its parent is this page, not the host's.
    let preview = Embed {
        origin: None,
        results: false,
        ..chosen
    };
    let preview_url = page + "?" + &preview.query();

    // Every control edits a copy of the form; any edit changes the code, so "copied" goes.
    let edit = |f: Edit| {
        let form = form.clone();
        Callback::from(move |e: InputEvent| {
            let mut next = (*form).clone();
            f(&mut next, &e.target().map_or(JsValue::NULL, JsValue::from));
            next.copy = CopyState::Idle;
            form.set(next);
        })
    };
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
                copy: CopyState::Idle,
                ..(*form).clone()
            })
        })
    };
    let on_copy = {
        let (form, code, code_area) = (form.clone(), code.clone(), code_area.clone());
        Callback::from(move |_: MouseEvent| {
            let (form, code_area) = (form.clone(), code_area.clone());
            browser::copy_text(&code, move |copied| {
                if !copied {
                    // Selected, so the keyboard shortcut the message names copies it.
                    if let Some(area) = code_area.cast::<HtmlTextAreaElement>() {
                        area.select();
                    }
                }
                form.set(Form {
                    copy: if copied {
                        CopyState::Copied
                    } else {
                        CopyState::Failed
                    },
                    ..(*form).clone()
                });
            });
        })
    };

    let accent_error =
        (accent.is_none() && !form.accent.trim().is_empty()).then_some(Key::EmbedAccentInvalid);
    let origin_error = if origin.is_none() && !form.origin.trim().is_empty() {
        Some(Key::EmbedOriginInvalid)
    } else {
        (form.results && origin.is_none()).then_some(Key::EmbedResultsNeedOrigin)
    };
    // A labelled control: a select (with `options`) or an input of `kind`, with its help and
    // its message.
    let control = |id: &'static str,
                   label: Key,
                   kind: &'static str,
                   options: Option<Html>,
                   help: Option<Key>,
                   error: Option<Key>,
                   f: Edit| {
        let described = help.map(|_| format!("{id}-help {id}-error"));
        let invalid = error.is_some().then_some("true");
        html! {
            <div class={classes!("field", error.map(|_| "field--invalid"))}>
                <label for={id}>{ t(lang, label) }</label>
                if let Some(options) = options {
                    <select {id} oninput={edit(f)}>{ options }</select>
                } else {
                    <input type={kind} {id} autocomplete="off" spellcheck="false" oninput={edit(f)}
                        aria-invalid={invalid} aria-describedby={described} />
                }
                if let Some(help) = help {
                    <p class="field__help" id={format!("{id}-help")}>{ t(lang, help) }</p>
                    <p class="field__error" id={format!("{id}-error")}>{ error.map(|e| t(lang, e)) }</p>
                }
            </div>
        }
    };
    let option = |value: &'static str, label: &'static str, selected: bool| {
        html! { <option {value} {selected}>{ label }</option> }
    };
    let e = &embed;
    let radius = e.radius.unwrap_or(DEFAULT_RADIUS).to_string();
    let copy_status = match form.copy {
        CopyState::Copied => t(lang, Key::EmbedCopied),
        CopyState::Failed => t(lang, Key::EmbedCopyFailed),
        CopyState::Idle => "",
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
                            <fieldset>
                                <legend>{ t(lang, Key::EmbedSections) }</legend>
                                <p class="field__help">{ t(lang, Key::EmbedSectionsHelp) }</p>
                                { for Section::ALL.map(|s| html! {
                                    <label class="embed-check">
                                        <input type="checkbox" value={s.id()} checked={e.sections.shows(s)}
                                            oninput={edit(|f, el| if let Some(s) = Section::from_id(&value(el)) {
                                                f.embed.sections = f.embed.sections.with(s, checked(el));
                                            })} />
                                        { t(lang, section_label(s)) }
                                    </label>
                                }) }
                            </fieldset>
                            { control("embed-lang", Key::LanguageLabel, "", Some(html! {
                                <>
                                    { option("", t(lang, Key::EmbedLanguageVisitor), e.lang.is_none()) }
                                    { for Lang::ALL.map(|l| option(l.code(), l.name(), e.lang == Some(l))) }
                                </>
                            }), None, None, |f, el| {
                                f.embed.lang = Lang::from_code(&value(el));
                                f.lang_chosen = true;
                            }) }
                            { control("embed-theme", Key::EmbedTheme, "",
                                Some(Theme::ALL.map(|th| option(th.id(), t(lang, theme_label(th)), e.theme == th)).into_iter().collect()),
                                None, None, |f, el| f.embed.theme = Theme::from_id(&value(el)).unwrap_or_default()) }
                            { control("embed-font", Key::EmbedFont, "",
                                Some(Font::ALL.map(|fo| option(fo.id(), t(lang, font_label(fo)), e.font == fo)).into_iter().collect()),
                                None, None, |f, el| f.embed.font = Font::from_id(&value(el)).unwrap_or_default()) }
                            { control("embed-accent", Key::EmbedAccent, "text", None, Some(Key::EmbedAccentHelp),
                                accent_error, |f, el| f.accent = value(el)) }
                            <div class="field">
                                <label for="embed-radius">{ t(lang, Key::EmbedRadius) }</label>
                                <div class="field__controls">
                                    <input type="range" id="embed-radius" min="0" max={MAX_RADIUS.to_string()} step="1"
                                        value={radius.clone()} oninput={edit(|f, el| {
                                            f.embed.radius = value(el).parse().ok().filter(|&r| r != DEFAULT_RADIUS);
                                        })} />
                                    <output for="embed-radius">{ radius }</output>
                                </div>
                            </div>
                            { control("embed-origin", Key::EmbedOrigin, "text", None, Some(Key::EmbedOriginHelp),
                                origin_error, |f, el| f.origin = value(el)) }
                            <div class="field">
                                <label class="embed-check">
                                    <input type="checkbox" id="embed-results" checked={form.results}
                                        aria-describedby="embed-results-help" oninput={edit(|f, el| f.results = checked(el))} />
                                    { t(lang, Key::EmbedResults) }
                                </label>
                                <p class="field__help" id="embed-results-help">{ t(lang, Key::EmbedResultsHelp) }</p>
                            </div>
                        </div>
                        <div class="embed-output">
                            <label for="embed-code">{ t(lang, Key::EmbedCode) }</label>
                            <textarea id="embed-code" ref={code_area} readonly=true rows="7" spellcheck="false" value={code} />
                            <div class="embed-copy">
                                <button type="button" class="embed-copy__button" onclick={on_copy}>{ t(lang, Key::EmbedCopy) }</button>
                                <p class="embed-copy__status" role="status">{ copy_status }</p>
                            </div>
                            <h3>{ t(lang, Key::EmbedPreview) }</h3>
                            <iframe class="embed-preview" src={preview_url} title={t(lang, Key::EmbedPreview)} />
                        </div>
                    </div>
                }
            </dialog>
        </>
    }
}
