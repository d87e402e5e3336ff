//! Embed mode's parameters: what a consultancy writes into the iframe's URL
//! (`index.html?embed=1&lang=fi&sections=chart,why&accent=0b5cad…`), parsed and validated here,
//! and written back out by the snippet generator. Pure, so every rule is tested natively.
//!
//! Each value is checked against a closed set or a strict grammar and turned into a value of our
//! own (a colour becomes three bytes, a font an id with a fixed stack); nothing a URL says ever
//! reaches CSS or HTML as text. A value that fails its check is ignored: the default stays.
//! Outside embed mode (`embed` missing or not a yes) every other parameter is ignored too, so a
//! stray parameter never changes how the full app looks. EMBEDDING.md documents the parameters.

use crate::lang::Lang;
use std::marker::PhantomData;

/// The longest parameter value read at all, in bytes; no valid value comes near it, and it
/// bounds the work done on whatever a URL carries.
const MAX_VALUE_BYTES: usize = 300;

/// The corner radius of main.css (`--radius`), in pixels.
pub const DEFAULT_RADIUS: u8 = 10;
/// The largest corner radius a host may ask for, in pixels.
pub const MAX_RADIUS: u8 = 24;

/// A closed list a host switches on and off by id: the sections, the reader's controls.
pub trait Choice: Copy + PartialEq + 'static {
    const ALL: &'static [Self];
    /// The id in the parameter's list.
    fn id(self) -> &'static str;
}

/// Which values of a [`Choice`] are on, one bit each.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Set<T>(u16, PhantomData<T>);

impl<T: Choice> Set<T> {
    pub const ALL: Set<T> = Set((1 << T::ALL.len()) - 1, PhantomData);
    pub const NONE: Set<T> = Set(0, PhantomData);

    fn bit(item: T) -> u16 {
        T::ALL.iter().position(|&i| i == item).map_or(0, |i| 1 << i)
    }

    pub fn of(items: &[T]) -> Set<T> {
        items.iter().fold(Set::NONE, |s, &i| s.with(i, true))
    }

    pub fn shows(self, item: T) -> bool {
        self.0 & Set::bit(item) != 0
    }

    pub fn with(self, item: T, shown: bool) -> Set<T> {
        let bit = Set::bit(item);
        Set(
            if shown { self.0 | bit } else { self.0 & !bit },
            PhantomData,
        )
    }

    /// A list of ids separated by commas or spaces (`chart,why`), or `all`; unknown ids are
    /// ignored, so `none` (or an empty list) switches everything off.
    pub fn parse(list: &str) -> Set<T> {
        list.split([',', ' ']).fold(Set::NONE, |s, word| {
            match T::ALL.iter().find(|i| i.id().eq_ignore_ascii_case(word)) {
                Some(&item) => s.with(item, true),
                None if word.eq_ignore_ascii_case("all") => Set::ALL,
                None => s,
            }
        })
    }

    /// The list [`Set::parse`] reads back as this: `all`, `none` or the ids.
    fn list(self) -> String {
        match self {
            s if s == Set::ALL => "all".to_owned(),
            s if s == Set::NONE => "none".to_owned(),
            s => {
                let ids: Vec<&str> = T::ALL
                    .iter()
                    .filter(|&&i| s.shows(i))
                    .map(|i| i.id())
                    .collect();
                ids.join(",")
            }
        }
    }
}

/// The sections a host can show or hide. The answer, the headline results and the main inputs
/// always show; these are the rest.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Section {
    /// The timeline chart.
    Chart,
    Assumptions,
    /// The scenario comparison.
    Compare,
    Levers,
    /// "How are these calculated?"
    Why,
    /// The input groups behind `<details>`: advanced settings, business figures, investment.
    Advanced,
    Business,
    Investment,
    /// Every result below the headlines, and where the margin change comes from.
    Details,
}

impl Choice for Section {
    const ALL: &'static [Section] = &[
        Section::Chart,
        Section::Assumptions,
        Section::Compare,
        Section::Levers,
        Section::Why,
        Section::Advanced,
        Section::Business,
        Section::Investment,
        Section::Details,
    ];

    fn id(self) -> &'static str {
        match self {
            Section::Chart => "chart",
            Section::Assumptions => "assumptions",
            Section::Compare => "compare",
            Section::Levers => "levers",
            Section::Why => "why",
            Section::Advanced => "advanced",
            Section::Business => "business",
            Section::Investment => "investment",
            Section::Details => "details",
        }
    }
}

/// Which optional sections show: all in the full app; none by default in an embed (compact:
/// the answer, the headlines and the main inputs), which the host widens.
pub type Sections = Set<Section>;

/// The actions a reader is offered. "Start over" always shows.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Control {
    /// Copy link.
    Share,
    /// Print summary.
    Print,
    /// Save and open files, export for a spreadsheet, drop a file on the page.
    Files,
    /// Presenter mode.
    Present,
}

impl Choice for Control {
    const ALL: &'static [Control] = &[
        Control::Share,
        Control::Print,
        Control::Files,
        Control::Present,
    ];

    fn id(self) -> &'static str {
        match self {
            Control::Share => "share",
            Control::Print => "print",
            Control::Files => "files",
            Control::Present => "present",
        }
    }
}

/// The reader's actions: all in the full app; sharing and printing by default in an embed
/// (files mean nothing to a blog's reader).
pub type Controls = Set<Control>;

/// An embed's controls when the host names none.
pub const EMBED_CONTROLS: Controls = Set(0b11, PhantomData);

/// The longest call-to-action text, in characters: a button's label, not a paragraph.
pub const MAX_CTA_CHARS: usize = 60;

/// A call to action under the calculator: the host's words and where they lead, opened in the
/// top window.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Cta {
    pub text: String,
    pub url: String,
}

/// The longest consultancy name on the handout, in characters: a name, not a letterhead.
pub const MAX_BY_CHARS: usize = 80;

/// A line of plain text: spaces collapsed, 1 to `max` characters, no control or
/// bidirectional-override characters (which could make it read as something else). Shown as
/// text, never as markup.
fn plain_line(text: &str, max: usize) -> Option<String> {
    let words: Vec<&str> = text.split_whitespace().collect();
    let text = words.join(" ");
    let count = text.chars().count();
    let plain = |c: char| {
        !c.is_control() && !matches!(c, '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
    };
    ((1..=max).contains(&count) && text.chars().all(plain)).then_some(text)
}

/// A button's words: a [`plain_line`] of at most [`MAX_CTA_CHARS`] characters.
pub fn cta_text(text: &str) -> Option<String> {
    plain_line(text, MAX_CTA_CHARS)
}

/// Who prepared the work, for "Prepared by" on the handout: a [`plain_line`] of at most
/// [`MAX_BY_CHARS`] characters.
pub fn prepared_by(text: &str) -> Option<String> {
    plain_line(text, MAX_BY_CHARS)
}

/// An absolute `http(s)` address: an origin as [`parse_origin`] takes it, then a path, query
/// or fragment of printable ASCII without quotes, angle brackets, backslashes or spaces
/// (anything else percent-encoded). `None` otherwise: no `javascript:`, no `data:`.
pub fn parse_url(text: &str) -> Option<String> {
    let text = text.trim();
    let start = text.find("://")? + 3;
    let end = text[start..]
        .find(['/', '?', '#'])
        .map_or(text.len(), |i| start + i);
    let mut url = parse_origin(&text[..end])?;
    let rest = &text[end..];
    rest.bytes()
        .all(|b| b.is_ascii_graphic() && !b"\"<>\\^`{|}".contains(&b))
        .then(|| {
            url.push_str(rest);
            url
        })
}

/// Light or dark colours: the visitor's system setting, or fixed by the host.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Theme {
    #[default]
    Auto,
    Light,
    Dark,
}

impl Theme {
    pub const ALL: [Theme; 3] = [Theme::Auto, Theme::Light, Theme::Dark];

    pub const fn id(self) -> &'static str {
        match self {
            Theme::Auto => "auto",
            Theme::Light => "light",
            Theme::Dark => "dark",
        }
    }

    pub fn from_id(id: &str) -> Option<Theme> {
        Theme::ALL
            .into_iter()
            .find(|t| t.id().eq_ignore_ascii_case(id))
    }
}

/// The font family: the app's own, the host page's (sent by the host script), or a generic one.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Font {
    /// The system UI font of main.css.
    #[default]
    System,
    /// The host page's font family, as its host script reports it (an iframe inherits no CSS).
    Inherit,
    SansSerif,
    Serif,
    Monospace,
}

impl Font {
    pub const ALL: [Font; 5] = [
        Font::System,
        Font::Inherit,
        Font::SansSerif,
        Font::Serif,
        Font::Monospace,
    ];

    pub const fn id(self) -> &'static str {
        match self {
            Font::System => "system",
            Font::Inherit => "inherit",
            Font::SansSerif => "sans-serif",
            Font::Serif => "serif",
            Font::Monospace => "monospace",
        }
    }

    pub fn from_id(id: &str) -> Option<Font> {
        Font::ALL
            .into_iter()
            .find(|f| f.id().eq_ignore_ascii_case(id))
    }

    /// The font stack for `--font`; `None` keeps the stylesheet's (or waits for the host's).
    pub const fn stack(self) -> Option<&'static str> {
        match self {
            Font::System | Font::Inherit => None,
            Font::SansSerif => Some("\"Helvetica Neue\", Helvetica, Arial, sans-serif"),
            Font::Serif => Some("Georgia, \"Times New Roman\", Times, serif"),
            Font::Monospace => {
                Some("ui-monospace, Menlo, Consolas, \"Liberation Mono\", monospace")
            }
        }
    }
}

/// An sRGB colour.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Rgb(pub [u8; 3]);

/// The colour names a host may use instead of hex, with their CSS values.
const NAMED_COLOURS: [(&str, [u8; 3]); 12] = [
    ("black", [0x00, 0x00, 0x00]),
    ("navy", [0x00, 0x00, 0x80]),
    ("blue", [0x00, 0x00, 0xff]),
    ("teal", [0x00, 0x80, 0x80]),
    ("green", [0x00, 0x80, 0x00]),
    ("olive", [0x80, 0x80, 0x00]),
    ("maroon", [0x80, 0x00, 0x00]),
    ("purple", [0x80, 0x00, 0x80]),
    ("red", [0xff, 0x00, 0x00]),
    ("orange", [0xff, 0xa5, 0x00]),
    ("gray", [0x80, 0x80, 0x80]),
    ("grey", [0x80, 0x80, 0x80]),
];

impl Rgb {
    /// `#rgb`, `#rrggbb`, the same without `#` (a `#` must be written `%23` in a URL), or one
    /// of a few CSS colour names. Anything else is `None`.
    pub fn parse(text: &str) -> Option<Rgb> {
        let text = text.trim();
        let hex = text.strip_prefix('#').unwrap_or(text);
        let value = hex
            .chars()
            .try_fold(0u32, |v, c| Some(v << 4 | c.to_digit(16)?));
        match (value, hex.len()) {
            // Each digit doubled: #f60 is #ff6600.
            (Some(v), 3) => Some(Rgb([2, 1, 0].map(|i| (v >> (4 * i) & 15) as u8 * 17))),
            (Some(v), 6) => Some(Rgb([2, 1, 0].map(|i| (v >> (8 * i)) as u8))),
            _ => NAMED_COLOURS
                .iter()
                .find(|(name, _)| name.eq_ignore_ascii_case(text))
                .map(|&(_, rgb)| Rgb(rgb)),
        }
    }

    /// Lower-case hex without `#`, as the snippet writes it: `0b5cad`.
    pub fn hex(self) -> String {
        const DIGITS: &[u8; 16] = b"0123456789abcdef";
        self.0
            .iter()
            .flat_map(|&b| [DIGITS[usize::from(b >> 4)], DIGITS[usize::from(b & 15)]])
            .map(char::from)
            .collect()
    }

    /// The CSS value: `#0b5cad`.
    pub fn css(self) -> String {
        let mut s = String::with_capacity(7);
        s.push('#');
        s.push_str(&self.hex());
        s
    }

    /// WCAG relative luminance, with sRGB's curve approximated by a cubic (within 0.002 of it):
    /// `powf` would add libm's `pow` to the wasm for this one use.
    fn luminance(self) -> f64 {
        let linear = |c: u8| {
            let c = f64::from(c) / 255.0;
            c * (c * (c * 0.305_306_011 + 0.682_171_111) + 0.012_522_878)
        };
        let [r, g, b] = self.0;
        0.2126 * linear(r) + 0.7152 * linear(g) + 0.0722 * linear(b)
    }

    /// Text on this colour: black or white, whichever contrasts more (give or take the
    /// approximation), so a host's light accent never leaves white text unreadable on it.
    /// Either way the contrast is at least 4.5:1 (WCAG AA), as the tests check for every colour.
    pub fn ink(self) -> Rgb {
        // Contrast with white is 1.05 / (L + 0.05), with black (L + 0.05) / 0.05; they are
        // equal where (L + 0.05)² = 0.0525.
        let l = self.luminance() + 0.05;
        if l * l > 0.0525 {
            Rgb([0, 0, 0])
        } else {
            Rgb([255, 255, 255])
        }
    }
}

/// A web origin, `http(s)://host[:port]`, lower-case and without a default port, the way a
/// browser writes `event.origin`. Hosts are DNS names or IPv4 addresses (an internationalized
/// name is given in its `xn--` form); no path, query, user or IPv6 literal.
pub fn parse_origin(text: &str) -> Option<String> {
    let text = text.trim();
    let colon = text.find(':')?;
    let rest = text[colon + 1..].strip_prefix("//")?;
    let scheme = text[..colon].to_ascii_lowercase();
    let default_port = match scheme.as_str() {
        "https" => "443",
        "http" => "80",
        _ => return None,
    };
    let rest = rest.strip_suffix('/').unwrap_or(rest);
    let (host, port) = match rest.rsplit_once(':') {
        Some((host, port)) => (host, Some(port)),
        None => (rest, None),
    };
    let label_ok = |l: &str| {
        (1..=63).contains(&l.len())
            && l.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-')
            && !l.starts_with('-')
            && !l.ends_with('-')
    };
    if host.len() > 253 || !host.split('.').all(label_ok) {
        return None;
    }
    let mut origin = scheme;
    origin.push_str("://");
    origin.push_str(&host.to_ascii_lowercase());
    if let Some(port) = port {
        let number: u16 = port
            .bytes()
            .all(|b| b.is_ascii_digit())
            .then(|| port.parse().ok())??;
        if number == 0 {
            return None;
        }
        if port.trim_start_matches('0') != default_port {
            origin.push(':');
            origin.push_str(&number.to_string());
        }
    }
    Some(origin)
}

/// The generic CSS families, written without quotes.
const GENERIC_FAMILIES: [&str; 12] = [
    "serif",
    "sans-serif",
    "monospace",
    "cursive",
    "fantasy",
    "system-ui",
    "ui-serif",
    "ui-sans-serif",
    "ui-monospace",
    "ui-rounded",
    "math",
    "emoji",
];

/// A font-family list as a host page reports it (`Inter, "Helvetica Neue", sans-serif`),
/// rebuilt from its checked names: each name is ASCII letters, digits, spaces, `-`, `_` and
/// printable non-ASCII characters only (never a quote, backslash, semicolon or bracket), and is
/// written back quoted unless generic; a generic fallback is added if none ends the list.
/// `None` if anything else is there: nothing but names ever reaches CSS.
pub fn font_family_list(text: &str) -> Option<String> {
    if text.len() > MAX_VALUE_BYTES {
        return None;
    }
    let mut out = String::new();
    let mut ends_generic = false;
    for (i, family) in text.split(',').enumerate() {
        let family = family.trim();
        let name = family
            .strip_prefix('"')
            .and_then(|f| f.strip_suffix('"'))
            .or_else(|| family.strip_prefix('\'').and_then(|f| f.strip_suffix('\'')))
            .unwrap_or(family)
            .trim();
        let valid = i < 10
            && !name.is_empty()
            && name.len() <= 128
            && name
                .chars()
                .all(|c| c.is_ascii_alphanumeric() || matches!(c, ' ' | '-' | '_') || c > '\u{9f}');
        if !valid {
            return None;
        }
        if i > 0 {
            out.push_str(", ");
        }
        // A quoted generic name is a font called that, not the generic family.
        ends_generic = name == family && GENERIC_FAMILIES.contains(&name);
        if ends_generic {
            out.push_str(name);
        } else {
            out.push('"');
            out.push_str(name);
            out.push('"');
        }
    }
    if !ends_generic {
        out.push_str(", sans-serif");
    }
    Some(out)
}

/// A yes in a parameter: `1`, `true`, `yes` or `on`.
fn is_yes(value: &str) -> bool {
    ["1", "true", "yes", "on"]
        .iter()
        .any(|yes| value.trim().eq_ignore_ascii_case(yes))
}

/// Everything embed mode is set to. The default is the full app: not embedded, every section
/// and every control.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Embed {
    pub enabled: bool,
    /// A language fixed by the host; `None` lets the visitor choose (the switch shows).
    pub lang: Option<Lang>,
    pub sections: Sections,
    /// The actions the reader is offered.
    pub controls: Controls,
    pub accent: Option<Rgb>,
    pub font: Font,
    pub theme: Theme,
    /// Corner radius in pixels, at most [`MAX_RADIUS`]; `None` keeps the stylesheet's.
    pub radius: Option<u8>,
    /// No page background: the host's shows through around the panels.
    pub transparent: bool,
    /// Tighter spacing and smaller type, the fields' help text left to screen readers.
    pub compact: bool,
    pub cta: Option<Cta>,
    /// The consultancy's name on the printed handout ([`prepared_by`]).
    pub by: Option<String>,
    /// The host page's origin ([`parse_origin`]): messages go only there.
    pub origin: Option<String>,
    /// Post results to the host; only ever with a known `origin`.
    pub results: bool,
}

impl Default for Embed {
    fn default() -> Embed {
        Embed {
            enabled: false,
            lang: None,
            sections: Sections::ALL,
            controls: Controls::ALL,
            accent: None,
            font: Font::System,
            theme: Theme::Auto,
            radius: None,
            transparent: false,
            compact: false,
            cta: None,
            by: None,
            origin: None,
            results: false,
        }
    }
}

/// `value` percent-encoded for a query string: everything but letters, digits and `-._~:/,`.
fn encode(value: &str) -> String {
    const HEX: &[u8; 16] = b"0123456789ABCDEF";
    let mut out = String::with_capacity(value.len());
    for b in value.bytes() {
        if b.is_ascii_alphanumeric() || b"-._~:/,".contains(&b) {
            out.push(char::from(b));
        } else {
            out.push('%');
            out.push(char::from(HEX[usize::from(b >> 4)]));
            out.push(char::from(HEX[usize::from(b & 15)]));
        }
    }
    out
}

impl Embed {
    /// An embed with nothing chosen: compact (no optional section), sharing and printing only.
    pub fn embedded() -> Embed {
        Embed {
            enabled: true,
            sections: Sections::NONE,
            controls: EMBED_CONTROLS,
            ..Embed::default()
        }
    }

    /// Reads the parameters through `get` (a URL's query parameter by name). Values that fail
    /// their check are ignored, each on its own.
    pub fn from_params(get: impl Fn(&str) -> Option<String>) -> Embed {
        let get = |name: &str| get(name).filter(|v| v.len() <= MAX_VALUE_BYTES);
        if !get("embed").is_some_and(|v| is_yes(&v)) {
            return Embed::default();
        }
        let base = Embed::embedded();
        let origin = get("origin").and_then(|v| parse_origin(&v));
        let is =
            |name: &str, word: &str| get(name).is_some_and(|v| v.trim().eq_ignore_ascii_case(word));
        Embed {
            lang: get("lang").and_then(|v| Lang::from_code(&v)),
            sections: get("sections").map_or(base.sections, |v| Sections::parse(&v)),
            controls: get("controls").map_or(base.controls, |v| Controls::parse(&v)),
            accent: get("accent").and_then(|v| Rgb::parse(&v)),
            font: get("font")
                .and_then(|v| Font::from_id(v.trim()))
                .unwrap_or_default(),
            theme: get("theme")
                .and_then(|v| Theme::from_id(v.trim()))
                .unwrap_or_default(),
            radius: get("radius").and_then(|v| {
                let v = v.trim();
                let px = v.strip_suffix("px").unwrap_or(v);
                px.bytes()
                    .all(|b| b.is_ascii_digit())
                    .then(|| px.parse::<u8>().ok())?
                    .filter(|&r| r <= MAX_RADIUS)
            }),
            transparent: is("background", "transparent"),
            compact: is("density", "compact"),
            cta: get("cta")
                .and_then(|v| cta_text(&v))
                .zip(get("cta-url").and_then(|v| parse_url(&v)))
                .map(|(text, url)| Cta { text, url }),
            by: get("by").and_then(|v| prepared_by(&v)),
            results: origin.is_some() && get("results").is_some_and(|v| is_yes(&v)),
            origin,
            ..base
        }
    }

    /// The origin to post results to, when results go out at all.
    pub fn results_origin(&self) -> Option<&str> {
        self.origin.as_deref().filter(|_| self.results)
    }

    /// The query string (without `?`) that [`Embed::from_params`] reads back as this, with
    /// defaults left out: `embed=1&lang=fi&sections=chart,why`. Every character is safe in a
    /// URL as it stands.
    pub fn query(&self) -> String {
        let base = Embed::embedded();
        let mut q = String::from("embed=1");
        let mut add = |name: &str, value: &str| {
            q.push('&');
            q.push_str(name);
            q.push('=');
            q.push_str(value);
        };
        if let Some(lang) = self.lang {
            add("lang", lang.code());
        }
        if self.sections != base.sections {
            add("sections", &self.sections.list());
        }
        if self.controls != base.controls {
            add("controls", &self.controls.list());
        }
        if let Some(accent) = self.accent {
            add("accent", &accent.hex());
        }
        if self.font != Font::System {
            add("font", self.font.id());
        }
        if self.theme != Theme::Auto {
            add("theme", self.theme.id());
        }
        if let Some(radius) = self.radius.filter(|&r| r != DEFAULT_RADIUS) {
            add("radius", &radius.to_string());
        }
        if self.transparent {
            add("background", "transparent");
        }
        if self.compact {
            add("density", "compact");
        }
        if let Some(cta) = &self.cta {
            add("cta", &encode(&cta.text));
            add("cta-url", &encode(&cta.url));
        }
        if let Some(by) = &self.by {
            add("by", &encode(by));
        }
        if let Some(origin) = &self.origin {
            add("origin", origin);
            if self.results {
                add("results", "1");
            }
        }
        q
    }
}

/// `text` with `&`, `"`, `<` and `>` escaped, for an HTML attribute value in double quotes.
fn escape_attribute(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '"' => out.push_str("&quot;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            c => out.push(c),
        }
    }
    out
}

/// The host script's file, beside the app: versioned, and never changed once published (a
/// change ships under a new name), so a host can pin it by its hash.
pub const HOST_SCRIPT: &str = "embed-host-2.0.js";
/// Its Subresource Integrity hash (`openssl dgst -sha384 -binary assets/embed-host-2.0.js |
/// openssl base64 -A`); the end-to-end tests check it against the file.
pub const HOST_SCRIPT_INTEGRITY: &str =
    "sha384-ZXDNOSJyOKtJ8LcuALVArh1PqdLbw4LMU2T1aSTv/vNXNCDGqvoJFE8ycOrrVc2B";

/// The HTML a host pastes into its page: the iframe of the app at `frame_url`, titled `title`
/// for screen readers, and the host script from `script_url`, pinned by its hash. The sandbox
/// lets the app run, open its attribution link in a new tab and, with a call to action
/// (`cta`), navigate the host page on a click on it, never otherwise; the frame may write to
/// the clipboard (the reader's "Copy link").
pub fn snippet(frame_url: &str, script_url: &str, title: &str, cta: bool) -> String {
    let mut s = String::from("<iframe data-promise-gap src=\"");
    s.push_str(&escape_attribute(frame_url));
    s.push_str("\" title=\"");
    s.push_str(&escape_attribute(title));
    s.push_str(
        "\" height=\"900\" loading=\"lazy\" allow=\"clipboard-write\" \
         sandbox=\"allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox allow-downloads",
    );
    if cta {
        s.push_str(" allow-top-navigation-by-user-activation");
    }
    s.push_str("\"></iframe>\n<script src=\"");
    s.push_str(&escape_attribute(script_url));
    s.push_str("\" integrity=\"");
    s.push_str(HOST_SCRIPT_INTEGRITY);
    s.push_str("\" crossorigin=\"anonymous\" defer></script>");
    s
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    /// The parameters of a query string, percent-decoded as `URLSearchParams` does (enough of
    /// it for these tests: `%XX` and `+`).
    fn params(query: &str) -> impl Fn(&str) -> Option<String> + '_ {
        move |name| {
            query.split('&').find_map(|pair| {
                let (k, v) = pair.split_once('=').unwrap_or((pair, ""));
                (k == name).then(|| decode(v))
            })
        }
    }

    fn decode(s: &str) -> String {
        let mut out = Vec::new();
        let mut rest = s.as_bytes();
        while let Some((&b, tail)) = rest.split_first() {
            let hex = tail
                .get(..2)
                .and_then(|h| std::str::from_utf8(h).ok())
                .and_then(|h| u8::from_str_radix(h, 16).ok());
            rest = tail;
            match (b, hex) {
                (b'%', Some(v)) => {
                    out.push(v);
                    rest = &tail[2..];
                }
                (b'+', _) => out.push(b' '),
                _ => out.push(b),
            }
        }
        String::from_utf8_lossy(&out).into_owned()
    }

    fn parse(query: &str) -> Embed {
        Embed::from_params(params(query))
    }

    #[test]
    fn without_embed_every_parameter_is_ignored() {
        for query in [
            "",
            "lang=en&accent=red&sections=none",
            "embed=0&theme=dark",
            "embed=maybe",
        ] {
            assert_eq!(parse(query), Embed::default(), "{query}");
        }
        assert!(Embed::default().sections.shows(Section::Chart));
        assert!(!Embed::default().enabled);
    }

    #[test]
    fn embed_mode_reads_every_parameter() {
        let e = parse(
            "embed=1&lang=en&sections=chart,why&accent=%230B5CAD&font=serif&theme=dark&radius=4\
             &origin=HTTPS://Konsultti.Example:443/&results=1",
        );
        assert_eq!(
            e,
            Embed {
                enabled: true,
                lang: Some(Lang::En),
                sections: Sections::NONE
                    .with(Section::Chart, true)
                    .with(Section::Why, true),
                accent: Some(Rgb([0x0b, 0x5c, 0xad])),
                font: Font::Serif,
                theme: Theme::Dark,
                radius: Some(4),
                origin: Some("https://konsultti.example".into()),
                results: true,
                ..Embed::embedded()
            }
        );
        assert_eq!(e.results_origin(), Some("https://konsultti.example"));
        let e = parse(
            "embed=1&controls=files,+PRESENT&background=Transparent&density=compact\
             &cta=Ask%20%20us%0A&cta-url=https://Konsultti.example/ota-yhteytta?aihe=kuilu%26x",
        );
        assert_eq!(
            e,
            Embed {
                controls: Controls::of(&[Control::Files, Control::Present]),
                transparent: true,
                compact: true,
                cta: Some(Cta {
                    text: "Ask us".into(),
                    url: "https://konsultti.example/ota-yhteytta?aihe=kuilu&x".into(),
                }),
                ..Embed::embedded()
            }
        );
    }

    #[test]
    fn an_embed_is_compact_and_offers_no_files_unless_the_host_says() {
        let e = parse("embed=true");
        assert!(e.enabled && e.lang.is_none());
        assert_eq!(e.sections, Sections::NONE);
        assert_eq!(e.controls, Controls::of(&[Control::Share, Control::Print]));
        assert!(!e.controls.shows(Control::Files));
        assert_eq!(
            parse("embed=1&sections=all&controls=all").sections,
            Sections::ALL
        );
        assert_eq!(parse("embed=1&controls=all").controls, Controls::ALL);
        assert_eq!(parse("embed=1&controls=none").controls, Controls::NONE);
        assert_eq!(
            parse("embed=1&controls=<script>,print").controls,
            Controls::of(&[Control::Print])
        );
        assert_eq!(Embed::default().controls, Controls::ALL);
        assert_eq!(Embed::embedded().query(), "embed=1");
        assert_eq!(
            Embed {
                sections: Sections::ALL,
                controls: Controls::NONE,
                ..Embed::embedded()
            }
            .query(),
            "embed=1&sections=all&controls=none"
        );
    }

    #[test]
    fn sections_lists_ignore_unknown_ids() {
        assert_eq!(Sections::parse(""), Sections::NONE);
        assert_eq!(Sections::parse("none"), Sections::NONE);
        assert_eq!(Sections::parse("<script>,,CHART  levers"), {
            Sections::NONE
                .with(Section::Chart, true)
                .with(Section::Levers, true)
        });
        let all: Vec<&str> = Section::ALL.iter().map(|s| s.id()).collect();
        assert_eq!(Sections::parse(&all.join(",")), Sections::ALL);
        assert_eq!(Sections::parse("chart,ALL"), Sections::ALL);
        for &s in Section::ALL {
            assert_eq!(Sections::parse(s.id()), Sections::NONE.with(s, true));
            assert!(!Sections::ALL.with(s, false).shows(s));
        }
    }

    #[test]
    fn hostile_values_change_nothing() {
        let plain = parse("embed=1");
        let hostile = [
            "accent=red;}</style><script>alert(1)</script>",
            "accent=red%3B%7D%3C%2Fstyle%3E%3Cscript%3Ealert(1)%3C%2Fscript%3E",
            "accent=url(https://evil.example/x)",
            "accent=%23ff000000",
            "accent=expression(alert(1))",
            "accent=",
            "font=serif;background:url(https://evil.example)",
            "font=Comic Sans",
            "theme=dark;}",
            "theme=",
            "radius=-1",
            "radius=25",
            "radius=1e1",
            "radius=8.5",
            "radius=%2B8",
            "radius=99999999999999999999",
            "lang=sv",
            "lang=<b>",
            "origin=javascript:alert(1)",
            "origin=https://evil.example/path",
            "origin=https://user@evil.example",
            "origin=https://evil.example?x",
            "origin=*",
            "results=1",
            "background=transparent;color:red",
            "background=url(x)",
            "density=dense",
            "cta=Ask%20us",
            "cta-url=https://a.example/",
            "cta=Ask&cta-url=javascript:alert(1)",
            "cta=Ask&cta-url=https://a.example/%22onmouseover=%22x",
            "cta=Ask&cta-url=data:text/html,x",
            "cta=%E2%80%AEsu%20ksA&cta-url=https://a.example/",
            "cta=%00&cta-url=https://a.example/",
        ];
        for h in hostile {
            assert_eq!(parse(&format!("embed=1&{h}")), plain, "{h}");
        }
        // A value longer than any real one is not read at all.
        let long = format!("embed=1&accent={}", "f".repeat(MAX_VALUE_BYTES + 1));
        assert_eq!(parse(&long), plain);
    }

    #[test]
    fn colours_are_hex_or_a_few_names() {
        assert_eq!(Rgb::parse("#0b5cad"), Some(Rgb([0x0b, 0x5c, 0xad])));
        assert_eq!(Rgb::parse("0B5CAD"), Some(Rgb([0x0b, 0x5c, 0xad])));
        assert_eq!(Rgb::parse(" #f60 "), Some(Rgb([0xff, 0x66, 0x00])));
        assert_eq!(Rgb::parse("Teal"), Some(Rgb([0, 0x80, 0x80])));
        assert_eq!(Rgb::parse("bad"), Some(Rgb([0xbb, 0xaa, 0xdd])));
        for bad in [
            "",
            "#",
            "#ff",
            "#ffff",
            "#fffffff",
            "#ggg",
            "rebeccapurple",
            "+123",
            "１２３",
        ] {
            assert_eq!(Rgb::parse(bad), None, "{bad}");
        }
        assert_eq!(Rgb([0x0b, 0x5c, 0xad]).css(), "#0b5cad");
        assert_eq!(Rgb([255, 0, 9]).hex(), "ff0009");
    }

    #[test]
    fn ink_on_every_colour_meets_wcag_aa() {
        assert_eq!(Rgb([0x0b, 0x5c, 0xad]).ink(), Rgb([255, 255, 255]));
        assert_eq!(Rgb([0xff, 0xeb, 0x3b]).ink(), Rgb([0, 0, 0]));
        assert_eq!(Rgb([0xff, 0xa5, 0x00]).ink(), Rgb([0, 0, 0]));
        // WCAG's relative luminance by the exact sRGB curve, channel by channel.
        let linear: Vec<f64> = (0..=255)
            .map(|c| {
                let c = f64::from(c) / 255.0;
                if c <= 0.040_45 {
                    c / 12.92
                } else {
                    ((c + 0.055) / 1.055).powf(2.4)
                }
            })
            .collect();
        // Every green (it weighs most), red and blue in steps of 5 (0 and 255 included).
        let coarse = || (0..=255u8).step_by(5);
        let colours =
            coarse().flat_map(|r| (0..=255u8).flat_map(move |g| coarse().map(move |b| [r, g, b])));
        for rgb in colours {
            let rgb = Rgb(rgb);
            let [r, g, b] = rgb.0.map(|v| linear[usize::from(v)]);
            let l = 0.2126 * r + 0.7152 * g + 0.0722 * b + 0.05;
            let (on_white, on_black) = (1.05 / l, l / 0.05);
            let ink = if rgb.ink() == Rgb([0; 3]) {
                on_black
            } else {
                on_white
            };
            assert!(ink >= 4.5, "{rgb:?}: {ink}");
            // Outside a narrow band around the crossover (4.58:1 both ways), the better one.
            let best = on_white.max(on_black);
            assert!(ink == best || best < 4.7, "{rgb:?}: {ink} against {best}");
        }
    }

    #[test]
    fn origins_are_checked_and_written_as_browsers_write_them() {
        let ok = [
            ("https://konsultti.fi", "https://konsultti.fi"),
            ("https://KONSULTTI.fi/", "https://konsultti.fi"),
            ("HTTP://127.0.0.1:8081", "http://127.0.0.1:8081"),
            ("http://localhost:80", "http://localhost"),
            ("https://a.example:0443", "https://a.example"),
            ("https://a.example:8443", "https://a.example:8443"),
            ("http://a.example:443", "http://a.example:443"),
            (
                "https://xn--tyynyt-cua.example",
                "https://xn--tyynyt-cua.example",
            ),
            (" https://a-b.example ", "https://a-b.example"),
        ];
        for (text, origin) in ok {
            assert_eq!(parse_origin(text).as_deref(), Some(origin), "{text}");
        }
        let bad = [
            "",
            "konsultti.fi",
            "ftp://a.example",
            "https://",
            "https://a.example/path",
            "https://a.example//",
            "https://a.example?q",
            "https://a.example#x",
            "https://u:p@a.example",
            "https://a.example:",
            "https://a.example:0",
            "https://a.example:65536",
            "https://a.example:+80",
            "https://-a.example",
            "https://a..example",
            "https://a.example.",
            "https://[::1]",
            "https://tyynyt.fi\u{e4}",
            "https://a_b.example",
            "javascript://a.example",
            "https://a.example:80:80",
            "https://a%2eexample",
            "null",
            "*",
        ];
        for text in bad {
            assert_eq!(parse_origin(text), None, "{text}");
        }
    }

    #[test]
    fn results_go_out_only_to_a_known_origin() {
        assert_eq!(parse("embed=1&results=1").results_origin(), None);
        assert_eq!(
            parse("embed=1&results=1&origin=nope").results_origin(),
            None
        );
        assert_eq!(
            parse("embed=1&origin=https://a.example").results_origin(),
            None
        );
        assert_eq!(
            parse("embed=1&results=on&origin=https://a.example").results_origin(),
            Some("https://a.example")
        );
    }

    #[test]
    fn font_families_are_rebuilt_from_names() {
        assert_eq!(
            font_family_list("Inter, \"Helvetica Neue\", 'Noto Sans', sans-serif").as_deref(),
            Some("\"Inter\", \"Helvetica Neue\", \"Noto Sans\", sans-serif")
        );
        assert_eq!(
            font_family_list("Merriweather").as_deref(),
            Some("\"Merriweather\", sans-serif")
        );
        assert_eq!(
            font_family_list("\"serif\"").as_deref(),
            Some("\"serif\", sans-serif"),
            "a quoted generic name is a font's name"
        );
        assert_eq!(
            font_family_list("Hiragino Kaku Gothic ProN, メイリオ").as_deref(),
            Some("\"Hiragino Kaku Gothic ProN\", \"メイリオ\", sans-serif")
        );
        let eleven = ["a"; 11].join(",");
        let long_name = "a".repeat(129);
        for bad in [
            "",
            "Inter,",
            "a\"b",
            "Inter; color: red",
            "x}body{background:url(https://evil.example)}",
            "\\41 bc",
            "url(https://evil.example/font.woff2)",
            "var(--x)",
            "Inter, , serif",
            "\"Inter",
            &eleven,
            &long_name,
        ] {
            assert_eq!(font_family_list(bad), None, "{bad}");
        }
    }

    #[test]
    fn the_snippet_escapes_what_it_embeds() {
        let s = snippet(
            "https://app.example/pg/?embed=1&lang=fi",
            "https://app.example/pg/embed-host-2.0.js",
            "Promise Gap \"<laskuri>\"",
            false,
        );
        assert!(s.starts_with(
            "<iframe data-promise-gap src=\"https://app.example/pg/?embed=1&amp;lang=fi\" \
             title=\"Promise Gap &quot;&lt;laskuri&gt;&quot;\""
        ));
        assert!(s.ends_with(&format!(
            "<script src=\"https://app.example/pg/embed-host-2.0.js\" \
             integrity=\"{HOST_SCRIPT_INTEGRITY}\" crossorigin=\"anonymous\" defer></script>"
        )));
        assert!(!s.contains("allow-top-navigation"));
        // Only a call to action may navigate the host page, and only on a click.
        let s = snippet("https://app.example/?embed=1", "x.js", "t", true);
        assert!(s.contains(" allow-top-navigation-by-user-activation\""));
    }

    #[test]
    fn call_to_action_words_and_addresses_are_checked() {
        assert_eq!(
            cta_text("  Varaa\u{a0}aika  ").as_deref(),
            Some("Varaa aika")
        );
        assert_eq!(
            cta_text(&"a".repeat(MAX_CTA_CHARS)).map(|t| t.len()),
            Some(MAX_CTA_CHARS)
        );
        for bad in [
            "",
            "   ",
            "a\u{202e}b",
            "a\u{7}b",
            &"ä".repeat(MAX_CTA_CHARS + 1),
        ] {
            assert_eq!(cta_text(bad), None, "{bad}");
        }
        assert_eq!(
            parse_url("HTTPS://Konsultti.example:443/yhteys?a=1#lomake").as_deref(),
            Some("https://konsultti.example/yhteys?a=1#lomake")
        );
        assert_eq!(
            parse_url("https://a.example").as_deref(),
            Some("https://a.example")
        );
        assert_eq!(
            parse_url("https://a.example?x").as_deref(),
            Some("https://a.example?x")
        );
        for bad in [
            "javascript:alert(1)",
            "//a.example/",
            "/yhteys",
            "https://a.example/a b",
            "https://a.example/\"x",
            "https://a.example/<x>",
            "https://a.example/\\x",
            "https://u@a.example/",
            "https://a.example/ä",
            "ftp://a.example/",
        ] {
            assert_eq!(parse_url(bad), None, "{bad}");
        }
    }

    #[test]
    fn the_consultancy_name_is_a_plain_line() {
        let by = |query: &str| parse(&format!("embed=1&{query}")).by;
        assert_eq!(
            by("by=Asiakaskokemus%20Oy%20%26%20Co").as_deref(),
            Some("Asiakaskokemus Oy & Co")
        );
        assert_eq!(
            by("by=+%20Maija++Meik%C3%A4l%C3%A4inen+").as_deref(),
            Some("Maija Meikäläinen")
        );
        // Markup is text: the view escapes it, and the query writes it back encoded.
        let hostile = "<img src=x onerror=alert(1)>";
        assert_eq!(prepared_by(hostile).as_deref(), Some(hostile));
        let e = Embed {
            by: Some(hostile.to_owned()),
            ..Embed::embedded()
        };
        assert!(e
            .query()
            .ends_with("&by=%3Cimg%20src%3Dx%20onerror%3Dalert%281%29%3E"));
        assert_eq!(parse(&e.query()).by.as_deref(), Some(hostile));
        assert_eq!(
            prepared_by(&"ö".repeat(MAX_BY_CHARS)).map(|t| t.chars().count()),
            Some(MAX_BY_CHARS)
        );
        for bad in [
            "",
            "   ",
            "a\u{202e}b",
            "a\nb\u{7}",
            &"ö".repeat(MAX_BY_CHARS + 1),
        ] {
            assert_eq!(prepared_by(bad), None, "{bad:?}");
            assert_eq!(by(&format!("by={bad}")), None, "{bad:?}");
        }
        // Outside embed mode the parameter means nothing.
        assert_eq!(parse("by=Konsultti").by, None);
    }

    fn any_embed() -> impl Strategy<Value = Embed> {
        (
            proptest::option::of(prop_oneof![Just(Lang::Fi), Just(Lang::En)]),
            proptest::sample::subsequence(Section::ALL.to_vec(), 0..=Section::ALL.len()),
            proptest::sample::subsequence(Control::ALL.to_vec(), 0..=Control::ALL.len()),
            proptest::option::of(any::<[u8; 3]>()),
            0usize..Font::ALL.len(),
            0usize..Theme::ALL.len(),
            proptest::option::of(0..=MAX_RADIUS),
            proptest::option::of("[a-z][a-z0-9-]{0,10}(\\.[a-z]{2,5})?(:[1-9][0-9]{0,3})?"),
            (
                any::<[bool; 3]>(),
                proptest::option::of(("\\PC{1,20}", "/[a-z0-9/?=&%.-]{0,20}")),
                proptest::option::of("\\PC{1,40}"),
            ),
        )
            .prop_map(
                |(
                    lang,
                    sections,
                    controls,
                    accent,
                    font,
                    theme,
                    radius,
                    host,
                    ([results, transparent, compact], cta, by),
                )| {
                    let origin = host.and_then(|h| parse_origin(&format!("https://{h}")));
                    Embed {
                        enabled: true,
                        lang,
                        sections: Sections::of(&sections),
                        controls: Controls::of(&controls),
                        transparent,
                        compact,
                        cta: cta.and_then(|(text, path)| {
                            Some(Cta {
                                text: cta_text(&text)?,
                                url: format!("https://a.example{path}"),
                            })
                        }),
                        by: by.and_then(|b| prepared_by(&b)),
                        accent: accent.map(Rgb),
                        font: Font::ALL[font],
                        theme: Theme::ALL[theme],
                        radius: radius.filter(|&r| r != DEFAULT_RADIUS),
                        results: results && origin.is_some(),
                        origin,
                    }
                },
            )
    }

    proptest! {
        #[test]
        fn the_query_reads_back_as_the_same_settings(e in any_embed()) {
            let q = e.query();
            prop_assert!(
                q.bytes().all(|b| b.is_ascii_alphanumeric() || b"=&,-.:/%_~".contains(&b)),
                "unsafe character in {}", q
            );
            prop_assert_eq!(parse(&q), e);
        }

        #[test]
        fn parsing_never_panics(query in "\\PC{0,200}") {
            let _ = parse(&format!("embed=1&{query}"));
            let _ = parse_origin(&query);
            let _ = font_family_list(&query);
            let _ = Rgb::parse(&query);
            let _ = parse_url(&query);
            let _ = cta_text(&query);
            let _ = prepared_by(&query);
        }
    }
}
