//! Earlier work: the work a link, a file, another tab or "start over" replaced, newest first,
//! each restorable and deletable, and documents this version cannot read, exportable as files.
//! Shown only when there is some; the list is built when it is opened.

use crate::i18n::{t, tf, Key};
use crate::lang::Lang;
use crate::services::share::Command;
use crate::services::{files, page};
use crate::share::document;
use crate::share::saved::{Entry, Kind, MAX_EARLIER};
use std::rc::Rc;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct EarlierProps {
    pub lang: Lang,
    pub entries: Rc<Vec<Entry>>,
    pub on_command: Callback<Command>,
}

/// What an entry holds, in words: its scenarios' names, or that it cannot be read.
fn what(lang: Lang, e: &Entry) -> String {
    match (e.kind, document::from_json(&e.text, lang)) {
        (Kind::Earlier, Ok(d)) => {
            let names: Vec<&str> = d.state.scenarios.iter().map(|s| s.name.as_str()).collect();
            names.join(", ")
        }
        _ => t(lang, Key::EarlierSetAside).to_owned(),
    }
}

fn item(lang: Lang, e: &Entry, on_command: &Callback<Command>) -> Html {
    let what = what(lang, e);
    let when = page::date_time(lang, e.at);
    let delete = {
        let key = e.key.clone();
        on_command.reform(move |_: MouseEvent| Command::Delete(key.clone()))
    };
    let action = match e.kind {
        Kind::Earlier => {
            let key = e.key.clone();
            let restore = on_command.reform(move |_: MouseEvent| Command::Restore(key.clone()));
            html! {
                <button type="button" class="earlier__restore" onclick={restore}
                    aria-label={tf(lang, Key::EarlierRestoreNamed, &[&format!("{what}, {when}")])}>
                    { t(lang, Key::EarlierRestore) }
                </button>
            }
        }
        Kind::SetAside => {
            let text = e.text.clone();
            let export = Callback::from(move |_: MouseEvent| {
                files::download(&files::dated_name("json"), "application/json", &text);
            });
            html! {
                <button type="button" class="earlier__export" onclick={export}>{ t(lang, Key::EarlierExport) }</button>
            }
        }
    };
    html! {
        <li class="earlier__item" key={e.key.clone()} data-kind={if e.kind == Kind::Earlier { "earlier" } else { "set-aside" }}>
            <span class="earlier__what">{ what.clone() }</span>
            <time class="earlier__when">{ when.clone() }</time>
            <span class="earlier__actions">
                { action }
                <button type="button" class="earlier__delete" onclick={delete}
                    aria-label={tf(lang, Key::EarlierDeleteNamed, &[&format!("{what}, {when}")])}>
                    { t(lang, Key::EarlierDelete) }
                </button>
            </span>
        </li>
    }
}

#[function_component]
pub fn EarlierWork(props: &EarlierProps) -> Html {
    let disclosure = super::use_disclosure();
    let lang = props.lang;
    if props.entries.is_empty() {
        return Html::default();
    }
    html! {
        <details class="earlier" id="earlier-work" ref={disclosure.node} ontoggle={disclosure.ontoggle}>
            <summary>{ format!("{} ({})", t(lang, Key::EarlierTitle), props.entries.len()) }</summary>
            if disclosure.shown {
                <p class="earlier__hint">{ tf(lang, Key::EarlierHint, &[&MAX_EARLIER.to_string()]) }</p>
                <ul class="earlier__list">
                    { for props.entries.iter().map(|e| item(lang, e, &props.on_command)) }
                </ul>
            }
        </details>
    }
}
