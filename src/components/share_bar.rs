//! The share and save toolbar (copy link, save and open files, export for a spreadsheet, start
//! over), the notices about links, files and saved work, the earlier work, and the hint shown
//! while a file is dragged over the page. The work itself is done by [`crate::services::share`].
//! An embedding host chooses which of the actions its readers see.

use super::EarlierWork;
use crate::embed::Control;
use crate::i18n::{t, Key};
use crate::lang::Lang;
use crate::services::embed::{tell_host, EXPORT};
use crate::services::share::{Command, Share};
use crate::services::{browser, files, fragment};
use crate::share::notice::{Message, Notice};
use crate::share::{csv, document, link};
use crate::state::AppState;
use gloo::timers::callback::Timeout;
use web_sys::HtmlInputElement;
use yew::prelude::*;

/// How long "Link copied" stays.
const COPIED_MS: u32 = 4000;

#[derive(Properties, PartialEq)]
pub struct ShareBarProps {
    pub lang: Lang,
    pub share: Share,
    /// Starts presenter mode.
    pub on_present: Callback<()>,
    /// In an embed, the host page's address from its host script: links reopen the figures there.
    pub host_page: Option<AttrValue>,
}

/// What the copy button last did.
#[derive(Clone, PartialEq)]
enum Copy {
    Idle,
    Copied,
    /// The clipboard was refused: the link, shown selected for copying by hand.
    ByHand(String),
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

#[function_component]
pub fn ShareBar(props: &ShareBarProps) -> Html {
    let lang = props.lang;
    let share = &props.share;
    let copy = use_state(|| Copy::Idle);
    let copied_timer = use_mut_ref(|| None::<Timeout>);
    let file_input = use_node_ref();
    let by_hand_input = use_node_ref();
    let controls = super::use_embed_settings().controls;
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
        use_effect_with((*copy).clone(), move |copy| {
            if let (Copy::ByHand(_), Some(input)) = (copy, by_hand_input.cast::<HtmlInputElement>())
            {
                let _ = input.focus();
                input.select();
            }
        });
    }

    let on_copy = {
        let (state, copy, timer) = (share.state.clone(), copy.clone(), copied_timer.clone());
        let host = props.host_page.clone();
        Callback::from(move |_| {
            let Some(url) = fragment::link(&link::encode(&state), host.as_deref()) else {
                return;
            };
            tell_host(EXPORT, "link");
            let (copy, timer) = (copy.clone(), timer.clone());
            browser::copy_text(&url.clone(), move |copied| {
                if copied {
                    copy.set(Copy::Copied);
                    let copy = copy.clone();
                    *timer.borrow_mut() =
                        Some(Timeout::new(COPIED_MS, move || copy.set(Copy::Idle)));
                } else {
                    copy.set(Copy::ByHand(url));
                }
            });
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
                        if *copy == Copy::Copied { { t(lang, Key::ShareLinkCopied) } }
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
            if let Copy::ByHand(url) = &*copy {
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
