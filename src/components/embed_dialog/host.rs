//! What the host adds: its name on the printed summary, a call to action under the results, and
//! its address, to which the embed may send the results.

use super::{check, checked, edit, value, Field, Form};
use crate::embed::{cta_text, parse_origin, parse_url, prepared_by};
use crate::i18n::Key;
use crate::lang::Lang;
use yew::prelude::*;

pub fn host(lang: Lang, form: &UseStateHandle<Form>) -> Html {
    let given = |text: &str| !text.trim().is_empty();
    let by_error =
        (prepared_by(&form.by).is_none() && given(&form.by)).then_some(Key::PreparedByInvalid);
    let cta_words = cta_text(&form.cta_text);
    let cta_text_error =
        (cta_words.is_none() && given(&form.cta_text)).then_some(Key::EmbedCtaTextInvalid);
    let cta_url_error = (parse_url(&form.cta_url).is_none()
        && (given(&form.cta_url) || cta_words.is_some()))
    .then_some(Key::EmbedCtaUrlInvalid);
    let origin = parse_origin(&form.origin);
    let origin_error = if origin.is_none() && given(&form.origin) {
        Some(Key::EmbedOriginInvalid)
    } else {
        (form.results && origin.is_none()).then_some(Key::EmbedResultsNeedOrigin)
    };
    html! {
        <>
            { Field::input("embed-by", Key::EmbedBy, "text", Key::EmbedByHelp).error(by_error)
                .view(lang, edit(form, |f, el| f.by = value(el))) }
            { Field::input("embed-cta", Key::EmbedCta, "text", Key::EmbedCtaHelp).error(cta_text_error)
                .view(lang, edit(form, |f, el| f.cta_text = value(el))) }
            { Field::input("embed-cta-url", Key::EmbedCtaUrl, "url", Key::EmbedCtaUrlHelp).error(cta_url_error)
                .view(lang, edit(form, |f, el| f.cta_url = value(el))) }
            { Field::input("embed-origin", Key::EmbedOrigin, "text", Key::EmbedOriginHelp).error(origin_error)
                .view(lang, edit(form, |f, el| f.origin = value(el))) }
            { check(lang, "embed-results", Key::EmbedResults, Some(Key::EmbedResultsHelp), form.results,
                edit(form, |f, el| f.results = checked(el))) }
        </>
    }
}
