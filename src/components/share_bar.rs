//! The share and save toolbar (copy link, save and open files, export for a spreadsheet, start
//! over), the notices about links, files and saved work, the earlier work, and the hint shown
//! while a file is dragged over the page. The work itself is done by [`crate::services::share`].
//! An embedding host chooses which of the actions its readers see.

use super::EarlierWork;
use crate::embed::Control;
use crate::hooks::{use_copy, Clipboard};
use crate::i18n::{t, Key};
use crate::lang::Lang;
use crate::services::embed::{tell_host, EXPORT};
use crate::services::share::{Command, Share};
use crate::services::{browser, files, fragment};
use crate::share::notice::{Message, Notice};
use crate::share::{csv, document, link};
use crate::state::AppState;
use web_sys::HtmlInputElement;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct ShareBarProps {
    pub lang: Lang,
    pub share: Share,
    /// Starts presenter mode.
    pub on_present: Callback<()>,
    /// In an embed, the host page's address from its host script: links reopen the figures there.
    pub host_page: Option<AttrValue>,
    /// The name for "Prepared by" on the handout, as typed, and its change.
    pub by_setting: AttrValue,
    pub on_by: Callback<String>,
}

/// One notice; `viewing_link`: a link is on screen and not yet kept, so its notice offers to keep it.
fn notice(lang: Lang, n: &Notice, on_command: &Callback<Command>, viewing_link: bool) -> Html {
    let id = n.id;
    let keep = (viewing_link && n.messages.contains(&Message::LinkShown))
        .then(|| on_command.reform(|_| Command::KeepLink));
    let dismiss = on_command.reform(move |_| Command::Dismiss(id));
    let undo = on_command.reform(move |_| Command::Undo(id));
    let kind = if n.is_warning() {
        "notice--warning"
    } else {
        "notice--info"
    };
    html! {
        <div class={classes!("notice", kind)} key={id} data-notice={id.to_string()}>
            <div class="notice__text">
                { for n.messages.iter().map(|m| {
                    let details = m.details(lang);
                    html! {
                        <>
                            if m.is_heading() {
                                <h2 class="notice__heading">{ m.text(lang) }</h2>
                            } else {
                                <p>{ m.text(lang) }</p>
                            }
                            if !details.is_empty() {
                                <ul>{ for details.into_iter().map(|d| html! { <li>{ d }</li> }) }</ul>
                            }
                        </>
                    }
                }) }
            </div>
            <div class="notice__actions">
                if let Some(keep) = keep {
                    <button type="button" class="notice__keep" onclick={keep}>{ t(lang, Key::NoticeKeepLink) }</button>
                }
                if n.undo.is_some() {
                    <button type="button" class="notice__undo" onclick={undo}>
                        { t(lang, n.undo_label()) }
                    </button>
                }
                <button type="button" class="notice__dismiss" onclick={dismiss}>{ t(lang, Key::NoticeDismiss) }</button>
            </div>
        </div>
    }
}

/// The name for "Prepared by" on the handout, kept in this browser; too long or with control
/// characters, it says so and the handout leaves the line out.
fn prepared_by_field(lang: Lang, text: &AttrValue, on_by: &Callback<String>) -> Html {
    let invalid = !text.trim().is_empty() && crate::embed::prepared_by(text).is_none();
    let oninput =
        on_by.reform(|e: InputEvent| e.target_unchecked_into::<HtmlInputElement>().value());
    html! {
        <div class={classes!("field", "prepared-by", invalid.then_some("field--invalid"))}>
            <label for="prepared-by">{ t(lang, Key::PreparedByLabel) }</label>
            <input type="text" id="prepared-by" value={text.clone()} {oninput} autocomplete="organization"
                maxlength={crate::embed::MAX_BY_CHARS.to_string()} aria-invalid={invalid.then_some("true")}
                aria-describedby="prepared-by-help prepared-by-error" />
            <p class="field__help" id="prepared-by-help">{ t(lang, Key::PreparedByHelp) }</p>
            <p class="field__error" id="prepared-by-error">{ invalid.then(|| t(lang, Key::PreparedByInvalid)) }</p>
        </div>
    }
}

#[function_component]
pub fn ShareBar(props: &ShareBarProps) -> Html {
    let lang = props.lang;
    let share = &props.share;
    let copy = use_copy();
    let file_input = use_node_ref();
    let by_hand_input = use_node_ref();
    let embed = super::use_embed_settings();
    let controls = embed.controls;
    let shows = |control| controls.shows(control);
    let (share_link, print, files_shown, present) = (
        shows(Control::Share),
        shows(Control::Print),
        shows(Control::Files),
        shows(Control::Present),
    );

    // The link to copy by hand is selected as soon as it shows, ready for Ctrl+C.
    {
        let by_hand_input = by_hand_input.clone();
        use_effect_with(copy.state.clone(), move |copy| {
            if let (Clipboard::ByHand(_), Some(input)) =
                (copy, by_hand_input.cast::<HtmlInputElement>())
            {
                let _ = input.focus();
                input.select();
            }
        });
    }

    let on_copy = {
        let (state, copy) = (share.state.clone(), copy.copy.clone());
        let host = props.host_page.clone();
        Callback::from(move |_| {
            if let Some(url) = fragment::link(&link::encode(&state), host.as_deref()) {
                tell_host(EXPORT, "link");
                copy.emit(url.into());
            }
        })
    };
    let export = |extension: &'static str, mime: &'static str, write: fn(&AppState) -> String| {
        let state = share.state.clone();
        Callback::from(move |_: MouseEvent| {
            files::download(&files::dated_name(extension), mime, &write(&state));
            tell_host(EXPORT, extension);
        })
    };
    let on_export_json = export("json", "application/json", document::to_json);
    let on_export_csv = export("csv", "text/csv;charset=utf-8", csv::to_csv);
    let on_open = {
        let file_input = file_input.clone();
        Callback::from(move |_| {
            if let Some(input) = file_input.cast::<HtmlInputElement>() {
                input.click();
            }
        })
    };
    let on_file = {
        let on_command = share.on_command.clone();
        Callback::from(move |e: Event| {
            let input = e.target_unchecked_into::<HtmlInputElement>();
            if let Some(file) = input.files().and_then(|f| f.get(0)) {
                on_command.emit(Command::Import(file));
            }
            // Cleared, so choosing the same file again opens it again.
            input.set_value("");
        })
    };
    let on_start_over = share.on_command.reform(|_| Command::StartOver);
    let on_print = Callback::from(|_: MouseEvent| {
        tell_host(EXPORT, "print");
        browser::print();
    });

    html! {
        // A labelled section is a region landmark: the toolbar and its notices are findable.
        <section class="share" aria-label={t(lang, Key::ShareToolbar)}>
            <div class="share__bar" role="group" aria-label={t(lang, Key::ShareToolbar)}>
                if share_link {
                    <button type="button" id="copy-link" onclick={on_copy}>{ t(lang, Key::ShareCopyLink) }</button>
                    <span id="copy-status" class="share__status" role="status">
                        if copy.state == Clipboard::Copied { { t(lang, Key::ShareLinkCopied) } }
                    </span>
                }
                if files_shown {
                    <button type="button" id="export-json" onclick={on_export_json}>{ t(lang, Key::ShareExportJson) }</button>
                    <button type="button" id="export-csv" onclick={on_export_csv}>{ t(lang, Key::ShareExportCsv) }</button>
                    <button type="button" id="open-file" onclick={on_open}>{ t(lang, Key::ShareImport) }</button>
                    <input type="file" id="open-file-input" accept=".json,application/json" hidden=true
                        tabindex="-1" aria-hidden="true" ref={file_input} onchange={on_file} />
                }
                if print {
                    <button type="button" id="print-summary" onclick={on_print}>{ t(lang, Key::PrintSummary) }</button>
                }
                if present {
                    <button type="button" id="present" onclick={props.on_present.reform(|_| ())}>{ t(lang, Key::PresenterMode) }</button>
                }
                <button type="button" id="start-over" onclick={on_start_over}>{ t(lang, Key::ShareStartOver) }</button>
            </div>
            // In an embed the host names itself (`by`); readers print as they are.
            if print && !embed.enabled {
                { prepared_by_field(lang, &props.by_setting, &props.on_by) }
            }
            if let Clipboard::ByHand(url) = &copy.state {
                <div class="share__by-hand">
                    <label for="share-link">{ t(lang, Key::ShareCopyByHand) }</label>
                    <input type="text" id="share-link" readonly=true value={url.clone()} ref={by_hand_input} />
                </div>
            }
            <div class="notices" id="notices" aria-live="polite">
                { for share.notices.list.iter().map(|n| notice(lang, n, &share.on_command, share.viewing_link)) }
            </div>
            <EarlierWork {lang} entries={share.earlier.clone()} on_command={share.on_command.clone()} />
            if share.dragging {
                <div class="drop-hint" aria-hidden="true"><p>{ t(lang, Key::ShareDropHint) }</p></div>
            }
        </section>
    }
}
