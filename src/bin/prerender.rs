//! Prints the app's first view (the defaults) in the language its argument names (`fi` or `en`)
//! as the HTML Yew's hydration expects. scripts/postbuild.mjs puts the Finnish one, the page's
//! own language, into index.html's `#app` and the English one beside it, so the page shows the
//! calculator and its default results in the visitor's language before the wasm arrives.

use promise_gap::lang::Lang;

fn main() {
    let code = std::env::args().nth(1).unwrap_or_default();
    let Some(lang) = Lang::from_code(&code) else {
        eprintln!("usage: prerender fi|en");
        std::process::exit(2);
    };
    let html = futures::executor::block_on(promise_gap::app::prerender(lang));
    print!("{html}");
}
