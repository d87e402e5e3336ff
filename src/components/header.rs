//! The page header: the app's name, what it does, and the language switch. Embedded, the name
//! and line stay for screen readers only (the host page says what the tool is), and the switch
//! goes when the host fixed the language.

use crate::i18n::{t, Key};
use crate::lang::Lang;
use crate::state::Action;
use web_sys::HtmlSelectElement;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct HeaderProps {
    pub lang: Lang,
    pub on_action: Callback<Action>,
}

#[function_component]
pub fn Header(props: &HeaderProps) -> Html {
    let lang = props.lang;
    let embed = super::use_embed_settings();
    let on_lang = {
        let on_action = props.on_action.clone();
        Callback::from(move |e: Event| {
            let code = e.target_unchecked_into::<HtmlSelectElement>().value();
            if let Some(lang) = Lang::from_code(&code) {
                on_action.emit(Action::SetLang(lang));
            }
        })
    };
    html! {
        <header class="masthead">
            <div class={embed.enabled.then_some("visually-hidden")}>
                <h1>{ t(lang, Key::AppTitle) }</h1>
                <p class="masthead__tagline">{ t(lang, Key::AppTagline) }</p>
            </div>
            <div class="masthead__tools" hidden={embed.lang.is_some()}>
                <label for="lang">{ t(lang, Key::LanguageLabel) }</label>
                <select id="lang" onchange={on_lang}>
                    { for Lang::ALL.iter().map(|&l| html! {
                        <option value={l.code()} selected={l == lang} lang={l.code()}>{ l.name() }</option>
                    }) }
                </select>
            </div>
        </header>
    }
}
