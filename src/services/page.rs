//! The page's own facts and moves that the assumptions and print views need: today's date, and
//! bringing a field into view from a link elsewhere on the page.

use wasm_bindgen::JsCast;

/// Today's date in the browser's time zone: (year, month 1–12, day).
pub fn today() -> (u32, u32, u32) {
    let now = js_sys::Date::new_0();
    (now.get_full_year(), now.get_month() + 1, now.get_date())
}

/// Opens every collapsed section around the element `id` and moves the focus to it (which
/// scrolls it into view). Does nothing if there is no such element.
pub fn reveal(id: &str) {
    let Some(element) = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id(id))
    else {
        return;
    };
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
