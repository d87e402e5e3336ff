//! Copy to the clipboard, with what happened for the view to say: copied (for a while), or
//! refused, with the text to copy by hand. Built on [`browser::copy_text`].

use super::use_settled;
use crate::services::browser;
use yew::prelude::*;

/// How long "copied" stays.
const COPIED_MS: u32 = 4000;

/// What the last copy did.
#[derive(Clone, Debug, Default, PartialEq)]
pub enum Clipboard {
    #[default]
    Idle,
    Copied,
    /// The clipboard refused (no secure context, a policy, a denied permission): this text is to
    /// be shown selected for copying by hand.
    ByHand(AttrValue),
}

/// The copy state and its two actions.
#[derive(Clone, PartialEq)]
pub struct UseCopy {
    pub state: Clipboard,
    /// Copies the text.
    pub copy: Callback<AttrValue>,
    /// Back to idle: the text to copy changed.
    pub reset: Callback<()>,
}

#[hook]
pub fn use_copy() -> UseCopy {
    let state = use_state_eq(Clipboard::default);
    {
        let done = state.clone();
        use_settled((*state).clone(), COPIED_MS, move |last| {
            if last == Clipboard::Copied {
                done.set(Clipboard::Idle);
            }
        });
    }
    let copy = {
        let state = state.clone();
        use_callback((), move |text: AttrValue, _| {
            let state = state.clone();
            browser::copy_text(&text.clone(), move |copied| {
                state.set(if copied {
                    Clipboard::Copied
                } else {
                    Clipboard::ByHand(text)
                })
            });
        })
    };
    let reset = {
        let state = state.clone();
        use_callback((), move |(), _| state.set(Clipboard::Idle))
    };
    UseCopy {
        state: (*state).clone(),
        copy,
        reset,
    }
}
