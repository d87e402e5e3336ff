//! The page's own facts and moves that the views and files need: today's date (the printed footer,
//! saved file names), bringing a field into view from a link elsewhere on the page, and whether
//! the page is being printed.

use gloo::events::EventListener;
use std::cell::Cell;
use wasm_bindgen::JsCast;

/// Today's date in the browser's time zone: (year, month 1–12, day).
#[cfg(target_arch = "wasm32")]
pub fn today() -> (u32, u32, u32) {
    let now = js_sys::Date::new_0();
    (now.get_full_year(), now.get_month() + 1, now.get_date())
}

/// A moment (milliseconds since 1970) as the browser writes a date and time in `lang`.
pub fn date_time(lang: crate::lang::Lang, ms: f64) -> String {
    let options = js_sys::Object::new();
    for (name, value) in [("dateStyle", "medium"), ("timeStyle", "short")] {
        let _ = js_sys::Reflect::set(&options, &name.into(), &value.into());
    }
    js_sys::Date::new(&ms.into())
        .to_locale_string(lang.code(), &options)
        .into()
}

/// The build's date (UTC), when prerendering natively; the browser puts its own on hydration.
#[cfg(not(target_arch = "wasm32"))]
pub fn today() -> (u32, u32, u32) {
    let secs = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs());
    civil_date(secs / 86_400)
}

/// The proleptic Gregorian date `days` after 1970-01-01 (Howard Hinnant's `civil_from_days`).
#[cfg(not(target_arch = "wasm32"))]
fn civil_date(days: u64) -> (u32, u32, u32) {
    let z = days + 719_468;
    let era = z / 146_097;
    let doe = z % 146_097;
    let yoe = (doe - doe / 1_460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + u64::from(month <= 2);
    (year as u32, month as u32, day as u32)
}

#[cfg(all(test, not(target_arch = "wasm32")))]
mod tests {
    #[test]
    fn civil_dates() {
        assert_eq!(super::civil_date(0), (1970, 1, 1));
        assert_eq!(super::civil_date(11_016), (2000, 2, 29));
        assert_eq!(super::civil_date(20_780), (2026, 11, 23));
    }
}

thread_local! {
    /// The element a [`reveal`] asked for before the disclosure holding it had built it.
    static PENDING: Cell<Option<&'static str>> = const { Cell::new(None) };
}

fn element(id: &str) -> Option<web_sys::Element> {
    super::browser::document()?.get_element_by_id(id)
}

/// Opens every collapsed section around the element `id` and moves the focus to it (which
/// scrolls it into view). A closed disclosure builds its content only once open (see
/// `components::use_disclosure`): if `id` is not there yet, the disclosure `within` is opened and
/// the focus moves when it has built it ([`reveal_pending`]).
pub fn reveal(id: &'static str, within: &str) {
    if let Some(element) = element(id) {
        focus_opened(element);
    } else if let Some(disclosure) = element(within) {
        PENDING.set(Some(id));
        let _ = disclosure.set_attribute("open", "");
    }
}

/// Completes a [`reveal`] once its element exists; called by a disclosure that has just opened.
pub fn reveal_pending() {
    if let Some(found) = PENDING.get().and_then(element) {
        PENDING.set(None);
        focus_opened(found);
    }
}

fn focus_opened(element: web_sys::Element) {
    let mut parent = element.parent_element();
    while let Some(p) = parent {
        if p.tag_name().eq_ignore_ascii_case("details") {
            let _ = p.set_attribute("open", "");
        }
        parent = p.parent_element();
    }
    if let Ok(element) = element.dyn_into::<web_sys::HtmlElement>() {
        let _ = element.focus();
    }
}

/// Whether the page is being printed: from the browser's print events, and from the print media
/// query, which also follows print emulation (developer tools, tests).
#[yew::hook]
pub fn use_printing() -> bool {
    let printing = yew::use_state_eq(|| false);
    {
        let printing = printing.clone();
        yew::use_effect_with((), move |_| {
            let listeners = super::browser::window().map(|window| {
                let set = |to: bool| {
                    let printing = printing.clone();
                    move |_: &web_sys::Event| printing.set(to)
                };
                let query = window.match_media("print").ok().flatten();
                let follow = query.map(|query| {
                    let printing = printing.clone();
                    let target = query.clone();
                    EventListener::new(&target, "change", move |_| printing.set(query.matches()))
                });
                (
                    EventListener::new(&window, "beforeprint", set(true)),
                    EventListener::new(&window, "afterprint", set(false)),
                    follow,
                )
            });
            move || drop(listeners)
        });
    }
    *printing
}
