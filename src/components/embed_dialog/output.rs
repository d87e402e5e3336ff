//! The dialog's result: the code to paste, its copy button (the clipboard may refuse: the code
//! is then selected for copying by hand), and a live preview of the embed.

use crate::hooks::{use_copy, Clipboard};
use crate::i18n::{t, Key};
use crate::lang::Lang;
use web_sys::HtmlTextAreaElement;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct OutputProps {
    pub lang: Lang,
    pub code: AttrValue,
    /// The preview frame's address.
    pub preview: AttrValue,
}

#[function_component]
pub fn Output(props: &OutputProps) -> Html {
    let lang = props.lang;
    let code_area = use_node_ref();
    let copy = use_copy();
    // A new code was not copied: "copied" goes.
    use_effect_with(props.code.clone(), {
        let reset = copy.reset.clone();
        move |_| reset.emit(())
    });
    // Refused: selected, so the keyboard shortcut the message names copies it.
    use_effect_with(copy.state.clone(), {
        let code_area = code_area.clone();
        move |state| {
            if let (Clipboard::ByHand(_), Some(area)) =
                (state, code_area.cast::<HtmlTextAreaElement>())
            {
                area.select();
            }
        }
    });
    let on_copy = copy.copy.reform({
        let code = props.code.clone();
        move |_: MouseEvent| code.clone()
    });
    let status = match copy.state {
        Clipboard::Copied => t(lang, Key::EmbedCopied),
        Clipboard::ByHand(_) => t(lang, Key::EmbedCopyFailed),
        Clipboard::Idle => "",
    };
    html! {
        <div class="embed-output">
            <label for="embed-code">{ t(lang, Key::EmbedCode) }</label>
            <textarea id="embed-code" ref={code_area} readonly=true rows="7" spellcheck="false" value={props.code.clone()} />
            <div class="embed-copy">
                <button type="button" class="embed-copy__button" onclick={on_copy}>{ t(lang, Key::EmbedCopy) }</button>
                <p class="embed-copy__status" role="status">{ status }</p>
            </div>
            <h3>{ t(lang, Key::EmbedPreview) }</h3>
            <iframe class="embed-preview" src={props.preview.clone()} title={t(lang, Key::EmbedPreview)} />
        </div>
    }
}
