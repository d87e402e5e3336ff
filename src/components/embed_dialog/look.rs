//! How an embed looks: colour scheme, font, accent colour, corner radius, background and
//! density. Each becomes a design token of styles/tokens.css in the embedded page.

use super::{check, checked, edit, value, Field, Form};
use crate::embed::{Font, Rgb, Theme, DEFAULT_RADIUS, MAX_RADIUS};
use crate::i18n::{t, Key};
use crate::lang::Lang;
use yew::prelude::*;

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

pub fn look(lang: Lang, form: &UseStateHandle<Form>) -> Html {
    let e = &form.embed;
    let option = |value: &'static str, label: Key, selected: bool| {
        html! { <option {value} {selected}>{ t(lang, label) }</option> }
    };
    let themes = Theme::ALL.map(|th| option(th.id(), theme_label(th), e.theme == th));
    let fonts = Font::ALL.map(|fo| option(fo.id(), font_label(fo), e.font == fo));
    let accent_error = (Rgb::parse(&form.accent).is_none() && !form.accent.trim().is_empty())
        .then_some(Key::EmbedAccentInvalid);
    let radius = e.radius.unwrap_or(DEFAULT_RADIUS).to_string();
    html! {
        <>
            { Field::select("embed-theme", Key::EmbedTheme, themes.into_iter().collect()).view(lang,
                edit(form, |f, el| f.embed.theme = Theme::from_id(&value(el)).unwrap_or_default())) }
            { Field::select("embed-font", Key::EmbedFont, fonts.into_iter().collect()).view(lang,
                edit(form, |f, el| f.embed.font = Font::from_id(&value(el)).unwrap_or_default())) }
            { Field::input("embed-accent", Key::EmbedAccent, "text", Key::EmbedAccentHelp).error(accent_error)
                .view(lang, edit(form, |f, el| f.accent = value(el))) }
            <div class="field">
                <label for="embed-radius">{ t(lang, Key::EmbedRadius) }</label>
                <div class="field__controls">
                    <input type="range" id="embed-radius" min="0" max={MAX_RADIUS.to_string()} step="1"
                        value={radius.clone()} oninput={edit(form, |f, el| {
                            f.embed.radius = value(el).parse().ok().filter(|&r| r != DEFAULT_RADIUS);
                        })} />
                    <output for="embed-radius">{ radius }</output>
                </div>
            </div>
            { check(lang, "embed-transparent", Key::EmbedTransparent, None, e.transparent,
                edit(form, |f, el| f.embed.transparent = checked(el))) }
            { check(lang, "embed-compact", Key::EmbedCompact, None, e.compact,
                edit(form, |f, el| f.embed.compact = checked(el))) }
        </>
    }
}
