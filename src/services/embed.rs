//! Embed mode in the page ([`crate::embed`] parses the parameters): applies the host's look
//! through the CSSOM, tells the host page the app's height whenever it changes, posts the results
//! when the host asked for them and the reader's call to action and exports, and takes from the
//! host script the page's font family (for `font=inherit`) and its address (for "Copy link").
//!
//! Messages go only to `window.parent`, never anywhere else. The height goes to the host's
//! origin when the URL names it, else to `"*"`: a height says nothing about what the visitor
//! typed, and a host that can frame the app can see the frame anyway. Results go only to a
//! named origin, never to `"*"`. EMBEDDING.md documents the message formats.

use super::browser;
use crate::embed::{font_family_list, parse_url, Embed, Font, HOST_SCRIPT};
use crate::i18n::Piece;
use crate::lang::Lang;
use crate::model::{Analysis, Scenario, Summary};
use crate::results::{announcement, answer, RESULTS};
use js_sys::{Object, Reflect};
use std::cell::{Cell, OnceCell};
use std::rc::Rc;
use wasm_bindgen::prelude::*;
use wasm_bindgen::JsCast;
use web_sys::{HtmlElement, MessageEvent, ResizeObserver, Window};
use yew::prelude::*;

/// The version of the height and host-style messages; raised only by a change a host script
/// must know of.
const VERSION: u32 = 1;
/// The version of the results message: 2 since model version 2, whose results it carries by
/// their ids under `results`.
const RESULTS_VERSION: u32 = 2;
const HEIGHT: &str = "promise-gap:height";
const RESULTS_MESSAGE: &str = "promise-gap:results";
/// From the host script: `{type, version, fontFamily, pageUrl}`.
const HOST_STYLE: &str = "promise-gap:host-style";
/// The reader's click on the call to action, and an export (`kind`: link, json, csv, print).
pub const CTA: &str = "promise-gap:cta";
pub const EXPORT: &str = "promise-gap:export";
/// Results go out once they have stayed unchanged this long: a dragged slider would otherwise
/// send dozens.
const RESULTS_SETTLE_MS: u32 = 500;

thread_local! {
    static CONFIG: OnceCell<Rc<Embed>> = const { OnceCell::new() };
}

/// This page's embed settings. Read from the URL on the first call (the app's first render,
/// before anything could rewrite the URL), then the same for the life of the page. That first
/// call also applies the host's look, so the default look never flashes.
pub fn config() -> Rc<Embed> {
    CONFIG.with(|c| {
        c.get_or_init(|| {
            let embed = read();
            if embed.enabled {
                apply_look(&embed);
            }
            Rc::new(embed)
        })
        .clone()
    })
}

fn read() -> Embed {
    super::browser::window()
        .and_then(|w| w.location().search().ok())
        .and_then(|query| web_sys::UrlSearchParams::new_with_str(&query).ok())
        .map_or_else(Embed::default, |p| Embed::from_params(|name| p.get(name)))
}

/// The app's own address (without query or fragment), and the host script's beside it.
pub fn app_urls() -> Option<(String, String)> {
    let location = super::browser::window()?.location();
    let page = location.origin().ok()? + &location.pathname().ok()?;
    let script = web_sys::Url::new_with_base(HOST_SCRIPT, &page).ok()?.href();
    Some((page, script))
}

/// The window that frames the app, if any.
fn parent() -> Option<Window> {
    let window = super::browser::window()?;
    let parent = window.parent().ok()??;
    (parent != window).then_some(parent)
}

fn set(object: &Object, key: &str, value: impl Into<JsValue>) {
    let _ = Reflect::set(object, &JsValue::from_str(key), &value.into());
}

/// A message of `kind` in format `version`: `{type, version}`, to which the caller adds its
/// fields.
fn message(kind: &str, version: u32) -> Object {
    let m = Object::new();
    set(&m, "type", kind);
    set(&m, "version", version);
    m
}

/// Sets the host's look on `<html>`: attributes with fixed values, and custom properties one by
/// one through the CSSOM. No style text is ever built, so nothing from a URL can become CSS.
fn apply_look(embed: &Embed) {
    let Some(root) = browser::document_element() else {
        return;
    };
    let _ = root.set_attribute("data-embed", "");
    let _ = root.set_attribute("data-theme", embed.theme.id());
    if embed.transparent {
        let _ = root.set_attribute("data-background", "transparent");
    }
    if embed.compact {
        let _ = root.set_attribute("data-density", "compact");
    }
    let Some(style) = root.dyn_ref::<HtmlElement>().map(HtmlElement::style) else {
        return;
    };
    if let Some(accent) = embed.accent {
        let _ = style.set_property("--accent", &accent.css());
        let _ = style.set_property("--accent-ink", &accent.ink().css());
    }
    if let Some(radius) = embed.radius {
        let _ = style.set_property("--radius", &(radius.to_string() + "px"));
    }
    if let Some(stack) = embed.font.stack() {
        let _ = style.set_property("--font", stack);
    }
}

/// Posts the app's height to the host whenever it changes, rounded up to whole pixels so the
/// frame never scrolls, and only when it changed. Stops when dropped.
struct HeightReporter {
    observer: ResizeObserver,
    _on_resize: Closure<dyn FnMut()>,
}

impl HeightReporter {
    fn start(parent: Window, target_origin: String) -> Option<HeightReporter> {
        let root = browser::mount_point()?;
        let measured = root.clone();
        let last = Cell::new(0.0);
        let on_resize = Closure::<dyn FnMut()>::new(move || {
            // The app's bottom edge in page coordinates: its content, however tall the frame.
            let scrolled = super::browser::window().and_then(|w| w.scroll_y().ok());
            let height =
                (measured.get_bounding_client_rect().bottom() + scrolled.unwrap_or(0.0)).ceil();
            if height != last.get() {
                last.set(height);
                let m = message(HEIGHT, VERSION);
                set(&m, "height", height);
                let _ = parent.post_message(&m, &target_origin);
            }
        });
        let observer = ResizeObserver::new(on_resize.as_ref().unchecked_ref()).ok()?;
        observer.observe(&root);
        Some(HeightReporter {
            observer,
            _on_resize: on_resize,
        })
    }
}

impl Drop for HeightReporter {
    fn drop(&mut self) {
        self.observer.disconnect();
    }
}

/// Takes from the host script the page's font family (with `font=inherit`; only a list of
/// plain font names, [`font_family_list`]) and the page's address, an `http(s)` URL
/// ([`parse_url`]) for `page`: only from the parent window, and only from the host's origin
/// when the URL names it. Stops when dropped.
struct HostStyleListener {
    window: Window,
    on_message: Closure<dyn FnMut(MessageEvent)>,
}

impl HostStyleListener {
    fn start(
        parent: Window,
        embed: &Embed,
        page: UseStateHandle<Option<AttrValue>>,
    ) -> Option<HostStyleListener> {
        let (origin, inherit) = (embed.origin.clone(), embed.font == Font::Inherit);
        let window = super::browser::window()?;
        let parent = JsValue::from(parent);
        let on_message = Closure::<dyn FnMut(MessageEvent)>::new(move |e: MessageEvent| {
            let from_parent = e.source().is_some_and(|s| JsValue::from(s) == parent);
            if !from_parent || origin.as_ref().is_some_and(|o| *o != e.origin()) {
                return;
            }
            let data = e.data();
            let field = |key: &str| Reflect::get(&data, &JsValue::from_str(key)).ok();
            let is = |key: &str, value: JsValue| field(key).is_some_and(|v| v == value);
            if !data.is_object() || !is("type", HOST_STYLE.into()) || !is("version", VERSION.into())
            {
                return;
            }
            let text = |key: &str| field(key).and_then(|v| v.as_string());
            if let Some(url) = text("pageUrl").and_then(|v| parse_url(&v)) {
                page.set(Some(url.into()));
            }
            let stack = text("fontFamily")
                .filter(|_| inherit)
                .and_then(|v| font_family_list(&v));
            let style = browser::document_element()
                .and_then(|r| r.dyn_into::<HtmlElement>().ok())
                .map(|r| r.style());
            if let (Some(stack), Some(style)) = (stack, style) {
                let _ = style.set_property("--font", &stack);
            }
        });
        window
            .add_event_listener_with_callback("message", on_message.as_ref().unchecked_ref())
            .ok()?;
        Some(HostStyleListener { window, on_message })
    }
}

impl Drop for HostStyleListener {
    fn drop(&mut self) {
        let _ = self.window.remove_event_listener_with_callback(
            "message",
            self.on_message.as_ref().unchecked_ref(),
        );
    }
}

/// The results message (EMBEDDING.md): every result of [`crate::results::RESULTS`] that
/// applies, by its id: the value, its likely range (P10–P90) once `summary` has it, today's value
/// where there is one, and the figure as the results panel writes it in `lang`; and the answer
/// and the announcement in words.
fn results_message(
    lang: Lang,
    scenario: &Scenario,
    analysis: &Analysis,
    summary: Option<&Summary>,
) -> Object {
    let (m, results, bands, today, text) = (
        message(RESULTS_MESSAGE, RESULTS_VERSION),
        Object::new(),
        Object::new(),
        Object::new(),
        Object::new(),
    );
    // Not finite (no payback within the horizon) goes out as null.
    let number = |v: f64| {
        if v.is_finite() {
            JsValue::from(v)
        } else {
            JsValue::NULL
        }
    };
    set(&m, "lang", lang.code());
    for r in RESULTS {
        let Some(reading) = r.reading(analysis, summary) else {
            continue;
        };
        set(&results, r.id, number(reading.value));
        if let Some(p) = reading.range {
            let b = Object::new();
            set(&b, "low", number(p.p10));
            set(&b, "high", number(p.p90));
            set(&bands, r.id, b);
        }
        if let Some(v) = reading.today {
            set(&today, r.id, number(v));
        }
        set(&text, r.id, r.shown(lang, &reading));
    }
    let answer: String = answer(lang, scenario, analysis, summary)
        .into_iter()
        .map(|p| match p {
            Piece::Text(t) | Piece::Arg(t) => t,
        })
        .collect();
    set(&text, "answer", answer);
    set(&text, "summary", announcement(lang, analysis, summary));
    set(&m, "results", results);
    set(&m, "bands", bands);
    set(&m, "today", today);
    set(&m, "bestPromise", analysis.best_promise);
    set(&m, "text", text);
    m
}

/// Tells the host page of the reader's `kind` of action ([`CTA`], [`EXPORT`] with its
/// `detail`): to the host's origin when the URL names it, else to `"*"` (it says what was
/// clicked, never a figure). Nothing outside embed mode.
pub fn tell_host(kind: &str, detail: &str) {
    let embed = config();
    if let Some(parent) = parent().filter(|_| embed.enabled) {
        let m = message(kind, VERSION);
        set(&m, "kind", detail);
        let _ = parent.post_message(&m, embed.origin.as_deref().unwrap_or("*"));
    }
}

/// Embed mode's part of the app root; does nothing outside embed mode. The host page's
/// address, once its host script has sent it: "Copy link" then reopens the figures there.
#[hook]
pub fn use_embed(
    lang: Lang,
    scenario: Scenario,
    analysis: Rc<Analysis>,
    summary: Option<Rc<Summary>>,
) -> Option<AttrValue> {
    let embed = config();
    let page = use_state_eq(|| None::<AttrValue>);
    {
        let (embed, page) = (embed.clone(), page.clone());
        use_effect_with((), move |_| {
            let parent = parent().filter(|_| embed.enabled);
            let target = embed.origin.clone().unwrap_or_else(|| "*".to_owned());
            let height = parent
                .clone()
                .and_then(|p| HeightReporter::start(p, target));
            let host_style = parent.and_then(|p| HostStyleListener::start(p, &embed, page));
            move || drop((height, host_style))
        });
    }
    crate::hooks::use_settled(
        (lang, scenario, analysis, summary),
        RESULTS_SETTLE_MS,
        move |(lang, scenario, analysis, summary)| {
            if let Some((parent, origin)) = parent().zip(embed.results_origin()) {
                let message = results_message(lang, &scenario, &analysis, summary.as_deref());
                let _ = parent.post_message(&message, origin);
            }
        },
    );
    (*page).clone()
}
