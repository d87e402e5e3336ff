//! The two languages of the interface, Finnish first. A leaf: it imports nothing from the crate,
//! so formatting, input reading and the translations can all depend on it without depending on
//! each other.

/// A language of the interface.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
pub enum Lang {
    /// Finnish, the default: the app's users are Finnish first.
    #[default]
    Fi,
    En,
}

impl Lang {
    pub const ALL: [Lang; 2] = [Lang::Fi, Lang::En];

    /// The BCP 47 code, for `<html lang>`, links and storage.
    pub const fn code(self) -> &'static str {
        match self {
            Lang::Fi => "fi",
            Lang::En => "en",
        }
    }

    /// The language of a tag such as `fi`, `FI`, `fi-FI` or `en_GB`; only the primary
    /// subtag counts, so `fil` (Filipino) is not Finnish.
    pub fn from_code(code: &str) -> Option<Lang> {
        let primary = code.trim().split(['-', '_']).next().unwrap_or("");
        Lang::ALL
            .into_iter()
            .find(|lang| primary.eq_ignore_ascii_case(lang.code()))
    }

    /// The first of the browser's preferred languages (`navigator.languages`) that we speak;
    /// English when none is, as the more likely second language of a non-Finnish visitor.
    pub fn from_browser(tags: &[String]) -> Lang {
        tags.iter()
            .find_map(|tag| Lang::from_code(tag))
            .unwrap_or(Lang::En)
    }

    /// The language's name in itself, for the language switch.
    pub const fn name(self) -> &'static str {
        match self {
            Lang::Fi => "Suomi",
            Lang::En => "English",
        }
    }
}
