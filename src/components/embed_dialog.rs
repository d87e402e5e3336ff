//! "Embed on your site": a dialog where a consultancy picks the sections, the reader's actions,
//! the language and look of an embedded calculator, a call to action, and whether readers start
//! from the figures on screen, and gets the code to paste (the iframe and the host script tag),
//! with a live preview and a copy button. Hidden in embed mode itself. The parameters and the
//! snippet are [`crate::embed`]'s; this only collects the choices.

use crate::embed::{
    cta_text, parse_origin, parse_url, snippet, Choice, Control, Cta, Embed, Font, Rgb, Section,
    Theme, DEFAULT_RADIUS, MAX_RADIUS,
};
use crate::i18n::{t, Key};
use crate::lang::Lang;
use crate::services::{browser, embed};
use crate::share::link;
use crate::state::AppState;
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
        Section::Details => Key::SectionDetails,
    }
}

fn control_label(control: Control) -> Key {
    match control {
        Control::Share => Key::ShareCopyLink,
        Control::Print => Key::PrintSummary,
        Control::Files => Key::EmbedControlFiles,
        Control::Present => Key::PresenterMode,
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
    cta_text: String,
    cta_url: String,
    /// Readers start from the figures on screen (the snippet's address carries them).
    figures: bool,
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
    /// The work on screen, for readers to start from.
    pub state: UseReducerHandle<AppState>,
}

#[function_component]
pub fn EmbedDialog(props: &EmbedDialogProps) -> Html {
    let lang = props.lang;
    let embedded = super::use_embed_settings().enabled;
    let (dialog, code_area) = (use_node_ref(), use_node_ref());
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
    let accent = Rgb::parse(&form.accent);
    let origin = parse_origin(&form.origin);
    let (cta_words, cta_url) = (cta_text(&form.cta_text), parse_url(&form.cta_url));
    let chosen = Embed {
        accent,
        results: form.results && origin.is_some(),
        origin: origin.clone(),
        cta: cta_words
            .clone()
            .zip(cta_url.clone())
            .map(|(text, url)| Cta { text, url }),
        ..embed.clone()
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
    let given = |text: &str| !text.trim().is_empty();
    let cta_text_error =
        (cta_words.is_none() && given(&form.cta_text)).then_some(Key::EmbedCtaTextInvalid);
    let cta_url_error = (cta_url.is_none() && (given(&form.cta_url) || cta_words.is_some()))
        .then_some(Key::EmbedCtaUrlInvalid);
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
                                { for Section::ALL.iter().map(|&s| html! {
                                    <label class="embed-check">
                                        <input type="checkbox" value={s.id()} checked={e.sections.shows(s)}
                                            oninput={edit(|f, el| if let Some(&s) = Section::ALL.iter().find(|s| s.id() == value(el)) {
                                                f.embed.sections = f.embed.sections.with(s, checked(el));
                                            })} />
                                        { t(lang, section_label(s)) }
                                    </label>
                                }) }
                            </fieldset>
                            <fieldset>
                                <legend>{ t(lang, Key::EmbedControls) }</legend>
                                { for Control::ALL.iter().map(|&c| html! {
                                    <label class="embed-check">
                                        <input type="checkbox" value={c.id()} checked={e.controls.shows(c)}
                                            oninput={edit(|f, el| if let Some(&c) = Control::ALL.iter().find(|c| c.id() == value(el)) {
                                                f.embed.controls = f.embed.controls.with(c, checked(el));
                                            })} />
                                        { t(lang, control_label(c)) }
                                    </label>
                                }) }
                            </fieldset>
                            <div class="field">
                                <label class="embed-check">
                                    <input type="checkbox" id="embed-figures" checked={form.figures}
                                        aria-describedby="embed-figures-help" oninput={edit(|f, el| f.figures = checked(el))} />
                                    { t(lang, Key::EmbedFigures) }
                                </label>
                                <p class="field__help" id="embed-figures-help">{ t(lang, Key::EmbedFiguresHelp) }</p>
                            </div>
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
                            <label class="embed-check">
                                <input type="checkbox" id="embed-transparent" checked={e.transparent}
                                    oninput={edit(|f, el| f.embed.transparent = checked(el))} />
                                { t(lang, Key::EmbedTransparent) }
                            </label>
                            <label class="embed-check">
                                <input type="checkbox" id="embed-compact" checked={e.compact}
                                    oninput={edit(|f, el| f.embed.compact = checked(el))} />
                                { t(lang, Key::EmbedCompact) }
                            </label>
                            { control("embed-cta", Key::EmbedCta, "text", None, Some(Key::EmbedCtaHelp),
                                cta_text_error, |f, el| f.cta_text = value(el)) }
                            { control("embed-cta-url", Key::EmbedCtaUrl, "url", None, Some(Key::EmbedCtaUrlHelp),
                                cta_url_error, |f, el| f.cta_url = value(el)) }
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
