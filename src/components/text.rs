//! Words with values in them, where each value stays on one line: `−1,2 %-yks.` must never
//! break at its hyphen, nor `1 234 €` between digits and sign.

use crate::i18n::Piece;
use yew::prelude::*;

/// Filled-in words, each value in a `<span class="num">` that does not wrap.
pub fn pieces(pieces: &[Piece]) -> Html {
    pieces
        .iter()
        .map(|piece| match piece {
            Piece::Text(text) => html! { { text.clone() } },
            Piece::Arg(value) => html! { <span class="num">{ value.clone() }</span> },
        })
        .collect()
}
