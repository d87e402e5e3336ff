//! What an embed shows: its sections, the reader's actions (a [`checklist`] each), whether
//! readers start from the figures on screen, and its language.

use super::{check, checked, checklist, edit, value, Field, Form};
use crate::embed::{Choice, Control, Section};
use crate::i18n::{t, Key};
use crate::lang::Lang;
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

pub fn content(lang: Lang, form: &UseStateHandle<Form>) -> Html {
    let e = &form.embed;
    let toggle = |f: fn(&mut crate::embed::Embed, usize, bool)| {
        let form = form.clone();
        Callback::from(move |(i, on): (usize, bool)| {
            let mut next = (*form).clone();
            f(&mut next.embed, i, on);
            form.set(next);
        })
    };
    let option = |value: &'static str, label: &'static str, selected: bool| {
        html! { <option {value} {selected}>{ label }</option> }
    };
    let sections: Vec<(Key, bool)> = Section::ALL
        .iter()
        .map(|&s| (section_label(s), e.sections.shows(s)))
        .collect();
    let controls: Vec<(Key, bool)> = Control::ALL
        .iter()
        .map(|&c| (control_label(c), e.controls.shows(c)))
        .collect();
    let languages = html! {
        <>
            { option("", t(lang, Key::EmbedLanguageVisitor), e.lang.is_none()) }
            { for Lang::ALL.map(|l| option(l.code(), l.name(), e.lang == Some(l))) }
        </>
    };
    html! {
        <>
            { checklist(lang, Key::EmbedSections, Some(Key::EmbedSectionsHelp), &sections,
                &toggle(|e, i, on| e.sections = e.sections.with(Section::ALL[i], on))) }
            { checklist(lang, Key::EmbedControls, None, &controls,
                &toggle(|e, i, on| e.controls = e.controls.with(Control::ALL[i], on))) }
            { check(lang, "embed-figures", Key::EmbedFigures, Some(Key::EmbedFiguresHelp), form.figures,
                edit(form, |f, el| f.figures = checked(el))) }
            { Field::select("embed-lang", Key::LanguageLabel, languages).view(lang, edit(form, |f, el| {
                f.embed.lang = Lang::from_code(&value(el));
                f.lang_chosen = true;
            })) }
        </>
    }
}
