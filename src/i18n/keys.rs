//! The table of interface strings: one row per [`Key`], Finnish first, then English.
//!
//! The macro builds the enum and [`t`] from the same rows, so a key without both translations
//! does not compile. Strings take arguments as `{0}`, `{1}`…, filled by [`super::tf`]; the
//! tests check both languages use the same placeholders. Non-breaking spaces are written as
//! `\u{a0}` where a line must not break (before `%` and `€`, inside `%-yks.`).

use super::Lang;

macro_rules! strings {
    ($($(#[$doc:meta])* $key:ident => ($fi:literal, $en:literal),)+) => {
        /// Every fixed string of the interface.
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub enum Key {
            $($(#[$doc])* $key,)+
        }

        impl Key {
            pub const ALL: &'static [Key] = &[$(Key::$key,)+];
        }

        /// The string for `key` in `lang`.
        pub fn t(lang: Lang, key: Key) -> &'static str {
            match key {
                $(Key::$key => match lang {
                    Lang::Fi => $fi,
                    Lang::En => $en,
                },)+
            }
        }
    };
}

strings! {
    // The app.
    AppTitle => ("Promise Gap", "Promise Gap"),
    AppTagline => (
        "Mitä lupauksen ja toteutuneen palvelun välinen kuilu maksaa?",
        "What does the gap between promise and delivery cost?"
    ),
    LanguageLabel => ("Kieli", "Language"),

    // Section headings.
    SectionInputs => ("Lähtötiedot", "Inputs"),
    SectionResults => ("Tulokset", "Results"),
    SectionAdvanced => ("Lisäasetukset", "Advanced settings"),
    SectionBusiness => ("Liiketoiminnan luvut", "Business figures"),
    SectionAssumptions => ("Oletukset ja lähteet", "Assumptions and sources"),
    SectionWhy => ("Mistä luku syntyy?", "Why this number?"),
    SectionTimeline => ("Kehitys vuosittain", "Timeline"),
    SectionCompare => ("Vertaa skenaarioita", "Compare scenarios"),
    SectionLevers => ("Mikä vipu vaikuttaa eniten?", "Which lever matters most?"),
    SectionInvestment => ("Investointi ja tuotto", "Investment and return"),

    // Result labels.
    ResultRecommend => ("Suositteluaste", "Recommendation rate"),
    ResultPromoters => ("Suosittelijat", "Promoters"),
    ResultPassives => ("Passiiviset", "Passives"),
    ResultDetractors => ("Arvostelijat", "Detractors"),
    ResultSpend => ("Lisäkulutus asiakasta kohden", "Extra spend per customer"),
    ResultChurn => ("Asiakaspoistuma", "Churn"),
    ResultChurnChange => ("Asiakaspoistuman muutos", "Change in churn"),
    /// Existing customers kept (+) or lost (−) against today's course; the value is signed.
    ResultCustomersKept => ("Säilyneet tai menetetyt asiakkaat", "Customers kept or lost"),
    /// Customers won (+) or not won (−) by word of mouth and the promise; the value is signed.
    ResultCustomersWon => ("Uudet asiakkaat", "Customers won"),
    ResultToldPositive => (
        "Hyvästä kokemuksesta kuulleet",
        "People told of a good experience"
    ),
    ResultToldNegative => (
        "Huonosta kokemuksesta kuulleet",
        "People told of a bad experience"
    ),
    ResultRevenue => ("Liikevaihtovaikutus", "Revenue impact"),
    ChannelSpend => (
        "Nykyisten asiakkaiden lisäkulutus",
        "More spend from existing customers"
    ),
    ChannelRetention => (
        "Pienemmän asiakaspoistuman säilyttämä liikevaihto",
        "Revenue kept by lower churn"
    ),
    ChannelWordOfMouth => (
        "Suosittelun tuomat uudet asiakkaat",
        "New customers from word of mouth"
    ),
    ChannelPromise => (
        "Lupauksen houkuttelemat uudet asiakkaat",
        "New customers from the promise"
    ),
    /// The promise level (0–10) that pays best, already formatted.
    BestPromise => ("Kannattavin lupaus: {0}", "Best promise: {0}"),
    /// A result's low and high end, e.g. after the central value.
    BandRange => ("vaihteluväli {0}–{1}", "range {0}–{1}"),
    /// Marks a value the user has changed from its source.
    Edited => ("muokattu", "edited"),
    ResetToSource => ("Palauta lähteen arvo", "Reset to source value"),
    /// The name a new scenario gets, numbered from 1.
    ScenarioDefaultName => ("Skenaario {0}", "Scenario {0}"),
    /// A period on the timeline, e.g. "Vuosi 2".
    PeriodLabel => ("Vuosi {0}", "Year {0}"),
    /// The model's path if nothing changes, on the timeline.
    BaselineLabel => ("Jos mikään ei muutu", "If nothing changes"),
    /// Column heading for who a coefficient's figure comes from.
    SourceLabel => ("Lähde", "Source"),

    // Why this number: the satisfaction index and its terms.
    ExpectationLabel => ("Odotus", "Expectation"),
    ExperiencedLabel => ("Koettu palvelu", "Experienced service"),
    GapLabel => ("Ero odotukseen", "Gap to expectation"),
    LevelTermLabel => ("Palvelun tason vaikutus", "Effect of the service level"),
    GapTermLabel => ("Odotusten ylitys tai alitus", "Exceeding or falling short of expectations"),
    IndexLabel => ("Tyytyväisyysindeksi", "Satisfaction index"),
    GoodExperienceLabel => ("Hyvä kokemus", "Good experience"),
    NeutralExperienceLabel => ("Tavanomainen kokemus", "Ordinary experience"),
    BadExperienceLabel => ("Huono kokemus", "Bad experience"),

    // Which lever matters most.
    /// An input's label and what one slider step of it does to the revenue impact.
    LeverStep => (
        "{0}: yksi askel muuttaa liikevaihtovaikutusta {1}",
        "{0}: one step changes the revenue impact by {1}"
    ),

    // Investment and return.
    TotalCostLabel => ("Kustannukset yhteensä", "Total cost"),
    RoiLabel => ("Sijoitetun pääoman tuotto (ROI)", "Return on investment (ROI)"),
    NpvLabel => ("Nettonykyarvo", "Net present value"),
    PaybackLabel => ("Takaisinmaksuaika", "Payback period"),
    /// Payback in years, e.g. "1,5 vuotta".
    PaybackYears => ("{0} vuotta", "{0} years"),
    NoPayback => (
        "Ei maksa itseään takaisin tarkastelujaksolla",
        "Not paid back within the horizon"
    ),
    NoCostHint => (
        "Syötä kehityshankkeen kustannukset, niin näet tuoton ja takaisinmaksuajan.",
        "Enter the programme cost to see the return and payback."
    ),

    // Errors in fields.
    ParseEmpty => ("Anna luku.", "Enter a number."),
    ParseNotANumber => ("Kirjoita luku, esim. 7,5.", "Type a number, e.g. 7.5."),
    ParseTooLong => ("Luku on liian pitkä.", "That is too long for a number."),
    ParseNotFinite => ("Luku on liian suuri.", "That number is too large."),
    ValueOutOfRange => ("Anna luku väliltä {0}–{1}.", "Enter a number from {0} to {1}."),
    ValueNotWhole => ("Anna kokonaisluku.", "Enter a whole number."),
    ValueNotFinite => ("Luku ei kelpaa.", "That is not a usable number."),
    LowAboveHigh => (
        "Alaraja {0} ei voi olla suurempi kuin yläraja {1}.",
        "The low end {0} cannot be above the high end {1}."
    ),

    /// Read by screen readers when the results settle: recommendation rate, spend uplift,
    /// churn change (percentage points) and revenue impact, already formatted.
    Announcement => (
        "Suositteluaste {0}, lisäkulutus {1}, asiakaspoistuman muutos {2}, liikevaihtovaikutus {3}.",
        "Recommendation rate {0}, extra spend {1}, change in churn {2}, revenue impact {3}."
    ),

    // ── Share, save and restore (issue 5) ──
    ShareToolbar => ("Jaa ja tallenna", "Share and save"),
    ShareCopyLink => ("Kopioi linkki", "Copy link"),
    /// Shown by the button once the link is on the clipboard.
    ShareLinkCopied => ("Linkki kopioitu", "Link copied"),
    /// When the browser refuses the clipboard: the link is shown, selected, to copy by hand.
    ShareCopyByHand => (
        "Selain ei antanut kopioida. Kopioi linkki tästä (Ctrl+C tai ⌘C):",
        "The browser did not allow copying. Copy the link from here (Ctrl+C or ⌘C):"
    ),
    ShareLinkField => ("Jakolinkki", "Share link"),
    ShareExportJson => ("Tallenna tiedostoon (JSON)", "Save to file (JSON)"),
    ShareExportCsv => ("Vie taulukkoon (CSV)", "Export for a spreadsheet (CSV)"),
    ShareImport => ("Avaa tiedosto", "Open file"),
    ShareStartOver => ("Aloita alusta", "Start over"),
    ShareDropHint => ("Pudota Promise Gap -tiedosto avataksesi sen", "Drop a Promise Gap file to open it"),
    NoticeDismiss => ("Sulje", "Dismiss"),
    NoticeUndo => ("Kumoa", "Undo"),
    NoticeRestorePrevious => ("Palaa aiempaan työhösi", "Back to your earlier work"),
    NoticeCannotRemember => (
        "Tämä selain ei anna laskurin muistaa työtäsi. Tallenna se linkkinä tai tiedostona.",
        "This browser does not let the calculator remember your work. Keep it as a link or a file."
    ),
    NoticeStartedOver => ("Laskuri palautettiin oletusarvoihin.", "Started over from the defaults."),
    NoticeLinkOpened => (
        "Jaettu linkki avattiin aiemman työsi tilalle.",
        "The shared link replaced your earlier work."
    ),
    NoticeLinkProblems => (
        "Kaikkea linkin sisältöä ei käytetty. Hylättyjen arvojen tilalla on oletusarvo:",
        "Not everything in the link was used. Refused values were replaced by their defaults:"
    ),
    NoticeLinkTooLong => (
        "Linkki on liian pitkä ollakseen Promise Gapin jakolinkki, joten sitä ei avattu.",
        "The link is too long to be a Promise Gap share link, so it was not opened."
    ),
    /// The version a link says it has, quoted.
    NoticeLinkUnknownVersion => (
        "Linkkiä ei avattu: sen versiota ”{0}” ei tunneta. Se voi olla tehty Promise Gapin uudemmalla versiolla.",
        "The link was not opened: its version “{0}” is not known. It may come from a newer Promise Gap."
    ),
    /// The file's name.
    NoticeFileOpened => ("Tiedosto {0} avattiin.", "Opened {0}."),
    NoticeFileProblems => (
        "Kaikkea tiedoston sisältöä ei käytetty. Hylättyjen arvojen tilalla on oletusarvo:",
        "Not everything in the file was used. Refused values were replaced by their defaults:"
    ),
    /// The file's name and why it was refused (one of the `FileWhy…` strings).
    NoticeFileRefused => (
        "Tiedostoa {0} ei avattu: {1} Työsi on ennallaan.",
        "{0} was not opened: {1} Your work is unchanged."
    ),
    /// The file's size and the largest size read, both formatted.
    FileWhyTooLarge => (
        "se on liian suuri ({0}; enintään {1}).",
        "it is too large ({0}; at most {1})."
    ),
    FileWhyTruncated => (
        "se päättyy kesken, joten se on ehkä katkennut.",
        "it ends too early, so it may have been cut short."
    ),
    /// Where the first error is: line and column.
    FileWhyNotJson => (
        "se ei ole JSON-tiedosto (virhe rivillä {0}, sarakkeessa {1}).",
        "it is not a JSON file (error at line {0}, column {1})."
    ),
    FileWhyNotOurs => ("se ei ole Promise Gap -tiedosto.", "it is not a Promise Gap file."),
    /// The version the file says it has, quoted.
    FileWhyUnknownVersion => (
        "sen versiota ”{0}” ei tunneta. Se voi olla tehty Promise Gapin uudemmalla versiolla.",
        "its version “{0}” is not known. It may come from a newer Promise Gap."
    ),
    FileWhyUnreadable => ("selain ei pystynyt lukemaan sitä.", "the browser could not read it."),
    /// A file size in kilobytes, already formatted.
    FileSizeKb => ("{0}\u{a0}kt", "{0}\u{a0}KB"),
    NoticeSavedProblems => (
        "Kaikkea tallennettua työtä ei voitu palauttaa. Hylättyjen arvojen tilalla on oletusarvo:",
        "Not all of your saved work could be restored. Refused values were replaced by their defaults:"
    ),
    NoticeSavedRefused => (
        "Tallennettua työtä ei voitu palauttaa, joten aloitetaan oletusarvoista.",
        "Your saved work could not be restored, so the calculator starts from the defaults."
    ),
    /// An unknown key, quoted.
    ProblemUnknownKey => ("Tuntematon kenttä ”{0}” ohitettiin.", "Unknown field “{0}” was ignored."),
    /// A field's name.
    ProblemDuplicateKey => (
        "”{0}” annettiin useammin kuin kerran; ensimmäistä käytettiin.",
        "“{0}” was given more than once; the first one was used."
    ),
    /// A member's name.
    ProblemWrongType => (
        "Kentässä ”{0}” on vääränlainen arvo, joten se ohitettiin.",
        "“{0}” holds the wrong kind of value and was ignored."
    ),
    /// A language code, quoted.
    ProblemUnknownLang => (
        "Kieltä ”{0}” ei tunneta, joten kieli pysyi ennallaan.",
        "Language “{0}” is not known, so the language stays as it was."
    ),
    /// The most scenarios kept.
    ProblemTooManyScenarios => (
        "Vain {0} ensimmäistä skenaariota otettiin mukaan.",
        "Only the first {0} scenarios were used."
    ),
    /// The scenario's number and the most characters a name keeps.
    ProblemNameCut => (
        "Skenaarion {0} nimi lyhennettiin {1} merkkiin.",
        "The name of scenario {0} was shortened to {1} characters."
    ),
    /// The scenario's number and an input's label.
    ProblemInScenario => ("{1} (skenaario {0})", "{1} (scenario {0})"),
    ProblemActiveScenario => ("Valittu skenaario", "Selected scenario"),
    /// How many problems were not listed.
    ProblemMore => ("…ja {0} muuta.", "…and {0} more."),
    CsvScenario => ("Skenaario", "Scenario"),
    CsvYear => ("Vuosi", "Year"),
    CsvCustomers => ("Asiakkaat vuoden alussa", "Customers at the start of the year"),
    CsvBaselineCustomers => (
        "Asiakkaat vuoden alussa, jos mikään ei muutu",
        "Customers at the start of the year if nothing changes"
    ),
    CsvWonWordOfMouth => ("Suosittelun tuomat asiakkaat", "Customers won by word of mouth"),
    CsvWonPromise => ("Lupauksen houkuttelemat asiakkaat", "Customers won by the promise"),
    CsvRevenueLow => (
        "Liikevaihtovaikutus, vaihteluvälin alaraja",
        "Revenue impact, low end of the range"
    ),
    CsvRevenueHigh => (
        "Liikevaihtovaikutus, vaihteluvälin yläraja",
        "Revenue impact, high end of the range"
    ),
    // (end of share, save and restore)

    // ── Offline, install and update (issue 7) ──
    // (end of offline, install and update)

    // ── Embedding (issue 6) ──
    // (end of embedding)

    // ── Assumptions, why, print (issue 4a) ──
    // (end of assumptions, why, print)

    // ── Timeline, comparison, levers (issue 4b) ──
    // (end of timeline, comparison, levers)

    // ── Benchmarks and prerender (issue 8) ──
    // (end of benchmarks and prerender)

}
