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
    // (end of share, save and restore)

    // ── Offline, install and update (issue 7) ──
    // (end of offline, install and update)

    // ── Embedding (issue 6) ──
    // (end of embedding)

    // ── Assumptions, why, print (issue 4a) ──
    // (end of assumptions, why, print)

    // ── Timeline, comparison, levers (issue 4b) ──
    TimelineIntro => (
        "Odotukset seuraavat kokemusta: tämän vuoden ilahduttava yllätys on ensi vuonna osa sitä, mitä asiakas odottaa.",
        "Expectations follow experience: this year's delightful surprise is part of what customers expect next year."
    ),
    /// The chart's and its table's title; the scenario's name.
    TimelineCaption => (
        "{0}: odotus, koettu palvelu ja suositteluaste vuosittain",
        "{0}: expectation, experienced service and recommendation rate by year"
    ),
    /// One period in words: the period ("Vuosi 1"), expectation, experienced level, recommendation.
    TimelineSummary => (
        "{0}: odotus {1}, koettu palvelu {2}, suositteluaste {3}.",
        "{0}: expectation {1}, experienced service {2}, recommendation rate {3}."
    ),
    TimelineExpectedDelight => ("Odotukseksi muuttunut ilahdutus", "Delight now expected"),
    TimelineRange => ("Suositteluasteen vaihteluväli", "Range of the recommendation rate"),
    TimelineLevelAxis => ("Taso asteikolla 0–10", "Level on the 0–10 scale"),
    TimelineYear => ("Vuosi", "Year"),
    TimelineShowTable => ("Näytä luvut taulukkona", "Show the figures as a table"),
    TableLow => ("Alaraja", "Low end"),
    TableHigh => ("Yläraja", "High end"),

    CompareHint => (
        "Kopioi skenaario, muuta kopiota ja vertaa tuloksia rinnakkain.",
        "Duplicate the scenario, change the copy and compare the results side by side."
    ),
    DuplicateScenario => ("Kopioi nykyinen skenaario", "Duplicate the current scenario"),
    CompareOverPromise => (
        "Vertaa ylilupaamiseen (lupaus +2 pistettä)",
        "Compare with over-promising (promise +2 points)"
    ),
    /// The name of the over-promising copy.
    OverPromiseName => ("Ylilupaus", "Over-promise"),
    /// The most scenarios that can be compared.
    ScenarioLimit => (
        "Rinnakkain mahtuu enintään {0} skenaariota.",
        "At most {0} scenarios fit side by side."
    ),
    CompareEditLegend => (
        "Mitä skenaariota lähtötiedot muuttavat?",
        "Which scenario do the inputs change?"
    ),
    /// Label of a scenario's name field; its position, from 1.
    ScenarioNameLabel => ("Skenaarion {0} nimi", "Name of scenario {0}"),
    RemoveScenario => ("Poista", "Remove"),
    /// What the remove button says to a screen reader: which scenario it removes.
    RemoveScenarioNamed => ("Poista {0}", "Remove {0}"),
    /// Marks the scenario the inputs change.
    CompareEditing => ("muokattavana", "being edited"),
    /// The comparison table's caption; the name of the scenario the others are compared with.
    CompareCaption => (
        "Tulokset rinnakkain. Erot on laskettu skenaarioon ”{0}” verrattuna.",
        "Results side by side. Differences are to “{0}”."
    ),
    /// Shown before a difference in the comparison table.
    CompareDifference => ("ero", "difference"),

    LeversIntro => (
        "Kuinka paljon liikevaihtovaikutus muuttuu, kun kutakin lähtötietoa muutetaan yhden liukusäätimen askeleen; suurin vaikutus ensin.",
        "How much the revenue impact changes when each input moves by one slider step; largest effect first."
    ),
    /// The lever table's caption; the scenario's name.
    LeversCaption => (
        "{0}: yhden askeleen vaikutus liikevaihtoon",
        "{0}: what one step does to the revenue impact"
    ),
    LeverInput => ("Lähtötieto ja yksi askel", "Input and one step"),
    /// A soft hyphen lets the long Finnish word break on a phone.
    LeverChange => ("Muutos liikevaihto\u{ad}vaikutuksessa", "Change in revenue impact"),
    // (end of timeline, comparison, levers)

    // ── Benchmarks and prerender (issue 8) ──
    // (end of benchmarks and prerender)

}
