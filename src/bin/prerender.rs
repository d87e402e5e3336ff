//! Prints the app's first view (the defaults, in Finnish: the page's own language) as the HTML
//! Yew's hydration expects. scripts/postbuild.mjs puts it into index.html's `#app`, so the page
//! shows the calculator and its default results before any script runs.

fn main() {
    let html = futures::executor::block_on(promise_gap::app::prerender());
    print!("{html}");
}
