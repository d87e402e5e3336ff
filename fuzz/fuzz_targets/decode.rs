//! Any bytes, read as a share link and as a JSON document: nothing panics, whatever decodes
//! (version 1 migrated or version 2) is a valid state, and that state writes out as version 2
//! and reads back unchanged.
#![no_main]

use libfuzzer_sys::fuzz_target;
use promise_gap::i18n::Lang;
use promise_gap::share::{document, is_valid, link};

fuzz_target!(|data: &[u8]| {
    let text = String::from_utf8_lossy(data);

    if let Ok(decoded) = link::decode(&text, Lang::Fi) {
        assert!(is_valid(&decoded.state), "invalid state from link {text:?}");
        let again = link::decode(&link::encode(&decoded.state), Lang::En)
            .expect("an encoded link decodes");
        assert_eq!(again.state, decoded.state);
        assert!(again.problems.is_empty());
        assert!(again.migrated.is_none(), "links are written in the current version");
    }

    if let Ok(decoded) = document::from_json(&text, Lang::En) {
        assert!(is_valid(&decoded.state), "invalid state from document {text:?}");
        let again = document::from_json(&document::to_json(&decoded.state), Lang::Fi)
            .expect("a written document reads back");
        assert_eq!(again.state, decoded.state);
        assert!(again.problems.is_empty());
    }
});
