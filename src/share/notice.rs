//! What the app tells the user about sharing, saving and restoring, and the list of notices on
//! screen. Kept as data and worded when shown, so a notice follows a change of language.

use super::document::{DocumentError, MAX_BYTES};
use super::link::LinkError;
use super::migrate::{self, Migration};
use super::Problems;
use crate::format;
use crate::i18n::{t, tf, Key};
use crate::lang::Lang;
use crate::state::AppState;
use std::rc::Rc;

/// Why a file was not opened.
#[derive(Clone, Debug, PartialEq)]
pub enum FileError {
    /// Larger than the limit (its size in bytes); refused before it is read.
    TooLarge(u64),
    /// The browser could not read it.
    Unreadable,
    Document(DocumentError),
}

/// Where a state came from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Source {
    Link,
    File,
    Saved,
}

/// One thing to tell the user.
#[derive(Clone, Debug, PartialEq)]
pub enum Message {
    /// Storage is blocked or full: the work is not remembered.
    CannotRemember,
    StartedOver,
    /// A link is on screen instead of the work saved in this browser, which is kept.
    LinkShown,
    LinkProblems(Problems),
    LinkRefused(LinkError),
    /// The file's name (quoted).
    FileOpened(String),
    FileProblems(Problems),
    FileRefused {
        name: String,
        error: FileError,
    },
    SavedProblems(Problems),
    /// The saved work could not be read and stays where it was; nothing is saved this visit.
    SavedRefused,
    /// The saved work could not be read (a newer version's, or damaged) and was set aside.
    SavedSetAside,
    /// Work stored that this tab did not know of (another tab's) was kept as earlier work.
    EarlierKept,
    /// Earlier work was brought back.
    EarlierRestored,
    /// Another tab saved its work, and this tab now shows it.
    OtherTab,
    /// Made with model version 1 and read into version 2: what was assumed. Shown under a
    /// heading of its own.
    Migrated(Source, Migration),
}

impl Message {
    /// The sentence, in `lang`.
    pub fn text(&self, lang: Lang) -> String {
        let key = match self {
            Message::CannotRemember => Key::NoticeCannotRemember,
            Message::StartedOver => Key::NoticeStartedOver,
            Message::LinkShown => Key::NoticeLinkShown,
            Message::LinkProblems(_) => Key::NoticeLinkProblems,
            Message::LinkRefused(LinkError::UnknownVersion(v)) => {
                return tf(lang, Key::NoticeLinkUnknownVersion, &[v])
            }
            Message::LinkRefused(_) => Key::NoticeLinkTooLong,
            Message::FileOpened(name) => return tf(lang, Key::NoticeFileOpened, &[name]),
            Message::FileProblems(_) => Key::NoticeFileProblems,
            Message::FileRefused { name, error } => {
                return tf(
                    lang,
                    Key::NoticeFileRefused,
                    &[name, &file_why(lang, error)],
                )
            }
            Message::SavedProblems(_) => Key::NoticeSavedProblems,
            Message::SavedRefused => Key::NoticeSavedRefused,
            Message::SavedSetAside => Key::NoticeSavedSetAside,
            Message::EarlierKept => Key::NoticeEarlierKept,
            Message::EarlierRestored => Key::NoticeEarlierRestored,
            Message::OtherTab => Key::NoticeOtherTab,
            Message::Migrated(Source::Link, _) => Key::NoticeMigratedLink,
            Message::Migrated(Source::File, _) => Key::NoticeMigratedFile,
            Message::Migrated(Source::Saved, _) => Key::NoticeMigratedSaved,
        };
        t(lang, key).to_owned()
    }

    /// The problems listed under the sentence, one per line.
    pub fn details(&self, lang: Lang) -> Vec<String> {
        match self {
            Message::LinkProblems(p) | Message::FileProblems(p) | Message::SavedProblems(p) => {
                p.messages(lang)
            }
            Message::Migrated(_, m) => migrate::messages(lang, m),
            _ => Vec::new(),
        }
    }

    /// Its text is a heading over its details rather than a sentence.
    pub fn is_heading(&self) -> bool {
        matches!(self, Message::Migrated(..))
    }

    /// Something was refused or lost (shown as a warning rather than news).
    pub fn is_warning(&self) -> bool {
        !matches!(
            self,
            Message::CannotRemember
                | Message::StartedOver
                | Message::LinkShown
                | Message::EarlierKept
                | Message::EarlierRestored
                | Message::OtherTab
                | Message::FileOpened(_)
                | Message::Migrated(..)
        )
    }
}

fn kilobytes(lang: Lang, bytes: u64) -> String {
    let kb = format::integer(lang, (bytes as f64 / 1024.0).ceil());
    tf(lang, Key::FileSizeKb, &[&kb])
}

fn file_why(lang: Lang, error: &FileError) -> String {
    match error {
        FileError::TooLarge(size) | FileError::Document(DocumentError::TooLarge(size)) => tf(
            lang,
            Key::FileWhyTooLarge,
            &[&kilobytes(lang, *size), &kilobytes(lang, MAX_BYTES as u64)],
        ),
        FileError::Unreadable => t(lang, Key::FileWhyUnreadable).to_owned(),
        FileError::Document(DocumentError::Truncated) => t(lang, Key::FileWhyTruncated).to_owned(),
        FileError::Document(DocumentError::NotJson { line, column }) => tf(
            lang,
            Key::FileWhyNotJson,
            &[&line.to_string(), &column.to_string()],
        ),
        FileError::Document(DocumentError::NotOurs) => t(lang, Key::FileWhyNotOurs).to_owned(),
        FileError::Document(DocumentError::UnknownVersion(v)) => {
            tf(lang, Key::FileWhyUnknownVersion, &[v])
        }
    }
}

/// One notice on screen: its messages, and the state an undo button brings back.
#[derive(Clone, Debug, PartialEq)]
pub struct Notice {
    pub id: u32,
    pub messages: Vec<Message>,
    /// The state before the change this notice is about, if it can be undone.
    pub undo: Option<Rc<AppState>>,
}

impl Notice {
    pub fn is_warning(&self) -> bool {
        self.messages.iter().any(Message::is_warning)
    }

    /// The undo button's words: "Undo" right after starting over or bringing back earlier work,
    /// else "Back to your earlier work".
    pub fn undo_label(&self) -> Key {
        if self.messages.contains(&Message::StartedOver)
            || self.messages.contains(&Message::EarlierRestored)
        {
            Key::NoticeUndo
        } else {
            Key::NoticeRestorePrevious
        }
    }
}

/// The notices on screen, newest last. Only the latest few are kept, and the one saying
/// that the browser cannot remember is shown once per visit.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Notices {
    pub list: Vec<Notice>,
    next_id: u32,
    told_cannot_remember: bool,
}

/// The most notices shown at once; older ones give way.
pub const MAX_NOTICES: usize = 3;

impl Notices {
    /// Adds a notice; does nothing if it has no messages or only repeats "cannot remember".
    pub fn push(&mut self, mut messages: Vec<Message>, undo: Option<Rc<AppState>>) {
        if messages.contains(&Message::CannotRemember) {
            if self.told_cannot_remember {
                messages.retain(|m| *m != Message::CannotRemember);
            }
            self.told_cannot_remember = true;
        }
        if messages.is_empty() {
            return;
        }
        // A newer link replaces the notice about the one before: one link is on screen.
        if messages.contains(&Message::LinkShown) {
            self.list
                .retain(|n| !n.messages.contains(&Message::LinkShown));
        }
        self.next_id = self.next_id.wrapping_add(1);
        self.list.push(Notice {
            id: self.next_id,
            messages,
            undo,
        });
        if self.list.len() > MAX_NOTICES {
            self.list.remove(0);
        }
    }

    pub fn dismiss(&mut self, id: u32) {
        self.list.retain(|n| n.id != id);
    }

    pub fn get(&self, id: u32) -> Option<&Notice> {
        self.list.iter().find(|n| n.id == id)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::share::Problem;

    #[test]
    fn cannot_remember_is_told_once() {
        let mut n = Notices::default();
        n.push(vec![Message::CannotRemember], None);
        n.push(vec![Message::CannotRemember], None);
        assert_eq!(n.list.len(), 1);
        n.dismiss(n.list[0].id);
        n.push(vec![Message::CannotRemember], None);
        assert!(n.list.is_empty(), "not again after it was dismissed");
        n.push(vec![Message::CannotRemember, Message::StartedOver], None);
        assert_eq!(n.list[0].messages, [Message::StartedOver]);
    }

    #[test]
    fn a_newer_link_replaces_the_notice_about_the_one_before() {
        let mut n = Notices::default();
        n.push(vec![Message::LinkShown], None);
        n.push(vec![Message::StartedOver], None);
        n.push(vec![Message::LinkShown], None);
        let messages: Vec<_> = n.list.iter().map(|x| x.messages.clone()).collect();
        assert_eq!(
            messages,
            [vec![Message::StartedOver], vec![Message::LinkShown]]
        );
    }

    #[test]
    fn only_the_latest_notices_stay_and_ids_are_unique() {
        let mut n = Notices::default();
        for _ in 0..MAX_NOTICES + 2 {
            n.push(vec![Message::StartedOver], None);
        }
        assert_eq!(n.list.len(), MAX_NOTICES);
        let ids: Vec<_> = n.list.iter().map(|x| x.id).collect();
        assert_eq!(ids, [3, 4, 5]);
        assert!(n.get(4).is_some() && n.get(1).is_none());
        n.push(Vec::new(), None);
        assert_eq!(n.list.len(), MAX_NOTICES);
    }

    #[test]
    fn file_errors_say_why_in_both_languages() {
        let refused = |error| Message::FileRefused {
            name: "big.json".into(),
            error,
        };
        assert_eq!(
            refused(FileError::TooLarge(50 * 1024 * 1024)).text(Lang::En),
            "big.json was not opened: it is too large (51,200\u{a0}KB; at most 1,024\u{a0}KB). Your work is unchanged."
        );
        assert_eq!(
            refused(FileError::Document(DocumentError::NotJson { line: 3, column: 7 })).text(Lang::Fi),
            "Tiedostoa big.json ei avattu: se ei ole JSON-tiedosto (virhe rivillä 3, sarakkeessa 7). Työsi on ennallaan."
        );
        for error in [
            FileError::Unreadable,
            FileError::Document(DocumentError::Truncated),
            FileError::Document(DocumentError::NotOurs),
            FileError::Document(DocumentError::UnknownVersion("9".into())),
            FileError::Document(DocumentError::TooLarge(2_000_000)),
        ] {
            let m = refused(error);
            assert!(m.is_warning());
            let (fi, en) = (m.text(Lang::Fi), m.text(Lang::En));
            assert!(
                fi != en && !fi.contains('{') && !en.contains('{'),
                "{fi} / {en}"
            );
        }
    }

    #[test]
    fn problems_are_listed_under_their_sentence() {
        let mut p = Problems::default();
        p.push(Problem::UnknownKey("zz".into()));
        let m = Message::LinkProblems(p);
        assert!(m
            .text(Lang::En)
            .starts_with("Not everything in the link was used."));
        assert_eq!(m.details(Lang::En), ["Unknown field “zz” was ignored."]);
        assert_eq!(
            Message::LinkRefused(LinkError::UnknownVersion("3".into())).text(Lang::En),
            "The link was not opened: its version “3” is not known. It may come from a newer Promise Gap."
        );
        assert!(!Message::CannotRemember.is_warning());
        let migrated = Message::Migrated(Source::Link, Migration::default());
        assert!(migrated.is_heading() && !migrated.is_warning());
        assert_eq!(
            migrated.text(Lang::En),
            "This link was made with version 1 of the model"
        );
        assert_eq!(migrated.details(Lang::Fi).len(), 5);
        assert!(Message::CannotRemember.details(Lang::Fi).is_empty());
    }
}
