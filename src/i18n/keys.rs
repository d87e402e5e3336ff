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
    ValueOnlyOne => ("Ainoa sallittu luku on {0}.", "The only number allowed is {0}."),
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
    /// Shown while the browser has no network connection.
    OfflineNote => (
        "Ei verkkoyhteyttä – laskuri toimii silti.",
        "Offline – the calculator still works."
    ),
    /// A new version of the app has been installed and waits for the user.
    UpdateReady => ("Sovelluksesta on uusi versio.", "A new version of the app is ready."),
    /// The button that reloads the page into the new version.
    UpdateReload => ("Päivitä", "Reload"),
    AppStatusLabel => ("Sovelluksen tila", "App status"),
    // (end of offline, install and update)

    // ── Embedding (issue 6) ──
    EmbedOpen => ("Upota omalle sivustolle", "Embed on your site"),
    EmbedTitle => (
        "Upota laskuri omalle sivustollesi",
        "Embed the calculator on your site"
    ),
    EmbedIntro => (
        "Valitse asetukset, kopioi koodi ja liitä se sivusi HTML-koodiin. Laskurin korkeus mukautuu sen sisältöön.",
        "Choose the settings, copy the code and paste it into your page's HTML. The calculator's height follows its content."
    ),
    EmbedSections => ("Näytettävät osiot", "Sections to show"),
    EmbedSectionsHelp => (
        "Lähtötiedot ja tulokset näkyvät aina.",
        "Inputs and results always show."
    ),
    EmbedLanguageVisitor => ("Kävijä valitsee", "Visitor chooses"),
    EmbedTheme => ("Värimaailma", "Colour scheme"),
    EmbedThemeAuto => ("Kävijän laitteen mukaan", "As on the visitor's device"),
    EmbedThemeLight => ("Vaalea", "Light"),
    EmbedThemeDark => ("Tumma", "Dark"),
    EmbedFont => ("Fontti", "Font"),
    EmbedFontSystem => ("Järjestelmän fontti", "System font"),
    EmbedFontInherit => ("Sivustosi fontti", "Your site's font"),
    EmbedFontSans => ("Päätteetön", "Sans-serif"),
    EmbedFontSerif => ("Päätteellinen", "Serif"),
    EmbedFontMono => ("Tasalevyinen", "Monospace"),
    EmbedAccent => ("Korostusväri", "Accent colour"),
    EmbedAccentHelp => (
        "Esim. #0b5cad tai teal. Tyhjä: oletusväri.",
        "E.g. #0b5cad or teal. Empty: the default colour."
    ),
    EmbedAccentInvalid => (
        "Anna väri muodossa #0b5cad tai #05a tai nimellä, esim. teal.",
        "Enter a colour as #0b5cad or #05a, or a name such as teal."
    ),
    EmbedRadius => ("Kulmien pyöristys (px)", "Corner radius (px)"),
    EmbedOrigin => ("Sivustosi osoite", "Your site's address"),
    EmbedOriginHelp => (
        "Esim. https://konsultti.fi. Laskuri lähettää viestinsä vain tähän osoitteeseen.",
        "E.g. https://consultancy.example. The calculator sends its messages to this address only."
    ),
    EmbedOriginInvalid => (
        "Anna vain osoitteen alku ilman polkua, esim. https://konsultti.fi.",
        "Enter only the start of the address, without a path, e.g. https://consultancy.example."
    ),
    EmbedResults => ("Lähetä tulokset sivullesi", "Send the results to your page"),
    EmbedResultsHelp => (
        "Sivusi skripti saa luvut promise-gap:results-tapahtumana ja voi käyttää niitä omassa tekstissään.",
        "Your page's script gets the figures as a promise-gap:results event and can use them in its own text."
    ),
    EmbedResultsNeedOrigin => (
        "Tulokset lähetetään vain, kun sivustosi osoite on annettu.",
        "Results are sent only once your site's address is given."
    ),
    EmbedCode => ("Upotuskoodi", "Embed code"),
    EmbedCopy => ("Kopioi koodi", "Copy code"),
    EmbedCopied => ("Koodi on kopioitu leikepöydälle.", "The code is copied to the clipboard."),
    EmbedCopyFailed => (
        "Kopiointi ei onnistunut. Koodi on valittuna: kopioi se näppäimillä Ctrl+C (Macissa ⌘C).",
        "Copying did not work. The code is selected: copy it with Ctrl+C (⌘C on a Mac)."
    ),
    EmbedPreview => ("Esikatselu", "Preview"),
    EmbedClose => ("Sulje", "Close"),
    /// The iframe's title in the snippet, read by screen readers on the host page.
    EmbedFrameTitle => ("Promise Gap -laskuri", "Promise Gap calculator"),
    /// Before the "Promise Gap" link under an embedded calculator.
    EmbedAttribution => ("Laskurin tarjoaa", "Calculator by"),
    OpensInNewTab => ("(avautuu uuteen välilehteen)", "(opens in a new tab)"),
    // (end of embedding)

    // ── Assumptions, why, print (issue 4a) ──
    /// Under the assumptions heading: what the panel is for.
    AssumptionsIntro => (
        "Mallin kertoimet ja mistä ne tulevat. Voit muuttaa mitä tahansa niistä; muutos merkitään tuloksiin.",
        "The model's coefficients and where they come from. You can change any of them; results that use a change are marked."
    ),
    /// How many coefficients differ from their source, e.g. "2 muokattu".
    EditedCount => ("{0} muokattu", "{0} edited"),
    /// A coefficient's value at its source, with its unit.
    SourceValue => ("Lähteen arvo {0}", "Source value {0}"),
    /// The seed text (file name) a figure is quoted from.
    SeedText => ("Lähdeteksti {0}", "Seed text {0}"),
    /// Heads the list of edited assumptions in the results.
    EditedNotice => (
        "Tulokset on laskettu muokatuilla oletuksilla:",
        "These results use edited assumptions:"
    ),
    /// An edited assumption's value and its source value, after its name.
    EditedValue => ("{0} (lähteen arvo {1})", "{0} (source value {1})"),
    /// Heads the edited assumptions a "why" explanation quotes.
    WhyEdited => ("Tässä mainitut muokatut oletukset:", "Edited assumptions quoted here:"),
    /// The printed footer: the model version and today's date, already formatted.
    Colophon => ("Promise Gap · malli v{0} · {1}", "Promise Gap · model v{0} · {1}"),

    // Why this number? Points, shares and coefficients arrive formatted.
    /// Points lost to service breaks, and the level customers experience.
    WhyBreaks => (
        "Palvelukatkot vievät toteutuneesta palvelusta {0} pistettä, joten asiakas kokee tason {1}.",
        "Service breaks take {0} points off the delivered service, so customers experience {1}."
    ),
    /// The shortfall, the promise, the loss weight, and what the shortfall costs.
    WhyShortfall => (
        "Koettu palvelu jää {0} pistettä alle lupauksen ({1}). Alitus painaa {2}-kertaisesti yhtä suureen ylitykseen verrattuna, joten ero vie tyytyväisyydestä {3} pistettä.",
        "The experienced service falls {0} points short of the promise ({1}). Losses weigh {2} times as much as gains, so the gap takes {3} points off satisfaction."
    ),
    /// The surplus and the promise.
    WhySurplus => (
        "Koettu palvelu ylittää lupauksen ({1}) {0} pisteellä, ja ylitys lisää tyytyväisyyttä saman verran.",
        "The experienced service beats the promise ({1}) by {0} points, which adds as much to satisfaction."
    ),
    WhyMatch => (
        "Koettu palvelu vastaa lupausta ({0}), joten odotukset eivät ylity eivätkä alitu.",
        "The experienced service matches the promise ({0}), so expectations are neither beaten nor missed."
    ),
    /// The level, its signed effect in points, and the level weight.
    WhyLevel => (
        "Palvelun taso {0} asteikolla 0–10 muuttaa tyytyväisyyttä {1} pistettä (painoarvo {2}).",
        "The service level {0} on the 0–10 scale moves satisfaction by {1} points (weight {2})."
    ),
    /// The satisfaction index, then the good, ordinary and bad shares.
    WhyShares => (
        "Tyytyväisyysindeksi on {0}: kokemuksen kohtaavista {1} saa hyvän, {2} tavanomaisen ja {3} huonon kokemuksen.",
        "The satisfaction index is {0}: of those who meet the experience, {1} have a good experience, {2} an ordinary one and {3} a bad one."
    ),
    WhyRecommend => (
        "Hyvän kokemuksen jälkeen suosittelee {0} ja huonon jälkeen {1}; tavanomaisen kokemuksen saaneet suosittelevat kuten nyt.",
        "After a good experience {0} recommend and after a bad one {1}; those with an ordinary experience recommend as today."
    ),
    /// The share of delight felt, and recommending when fully delighted.
    WhyDelightRecommend => (
        "Ilahduttaminen tuntuu {0} täydestä vaikutuksestaan ja nostaa hyvän kokemuksen saaneiden suosittelua kohti {1}.",
        "Delight is felt at {0} of its full effect and lifts recommending after a good experience toward {1}."
    ),
    /// The irrelevant-message effect, the share less loyal, and the say–do share.
    WhyIrrelevantRecommend => (
        "Turhat viestit ({0} täydestä vaikutuksesta) heikentävät uskollisuutta: {1} sanoo niin, ja {2} heistä myös toimii sen mukaan.",
        "Irrelevant messages ({0} of their full effect) weaken loyalty: {1} say so, and {2} of them act on it."
    ),
    WhyReach => (
        "Kokemuksen kohtaa {0} asiakkaista; muut toimivat kuten nyt.",
        "{0} of customers meet the experience; the rest behave as today."
    ),
    WhySpend => (
        "Hyvän kokemuksen saanut asiakas kuluttaa {0} enemmän; tavanomainen ja huono kokemus eivät lisää kulutusta.",
        "A customer with a good experience spends {0} more; ordinary and bad experiences add nothing."
    ),
    /// The share of delight felt, and the low and high ends of delight's extra spend.
    WhyDelightSpend => (
        "Ilahduttaminen tuntuu {0} täydestä vaikutuksestaan ja lisää kulutusta hyvän kokemuksen päälle; täysi vaikutus on {1}–{2}.",
        "Delight, felt at {0} of its full effect, adds spend on top of a good experience; the full effect is {1}–{2}."
    ),
    /// Good-experience churn factor, today's churn, and the never-return range.
    WhyChurn => (
        "Hyvän kokemuksen saaneiden poistuma on {0} nykyisestä ({1}), huonon kokemuksen saaneista {2}–{3} ei palaa, ja tavanomaisen kokemuksen saaneet poistuvat kuten nyt.",
        "After a good experience churn is {0} of today's {1}, after a bad one {2}–{3} never return, and after an ordinary one churn stays as today."
    ),
    /// The irrelevant-message effect, the share ready to leave, and the say–do share.
    WhyIrrelevantChurn => (
        "Turhat viestit ({0} täydestä vaikutuksesta) lisäävät poistumaa: {1} sanoo olevansa valmis lähtemään, ja {2} heistä lähtee.",
        "Irrelevant messages ({0} of their full effect) add to churn: {1} say they are ready to leave, and {2} of them do."
    ),
    /// Churn in the first year, and today's churn.
    WhyChurnTotal => (
        "Asiakaspoistuma on siis ensimmäisenä vuonna {0}, kun se nyt on {1}.",
        "So churn in the first year is {0}, against {1} today."
    ),
    /// Horizon, customers, revenue per customer, then the four channels.
    WhyRevenue => (
        "Vaikutus kertyy {0} vuoden tarkastelujaksolla verrattuna siihen, ettei mikään muutu ({1} asiakasta, {2} asiakasta kohden vuodessa): lisäkulutus {3}, asiakaspoistuma {4}, suosittelu {5} ja lupauksen vetovoima {6}.",
        "The impact builds up over the {0}-year horizon against nothing changing ({1} customers at {2} each a year): extra spend {3}, churn {4}, word of mouth {5} and the pull of the promise {6}."
    ),
    /// The band's ends, then the low and high ends of never return, delight spend and loss aversion.
    WhyBand => (
        "Vaihteluväli {0}–{1} saadaan laskemalla sama lähteiden vaihteluvälien ääripäillä: ei palaa {2}–{3}, ilahduttamisen lisäkulutus {4}–{5} ja alituksen painoarvo {6}–{7}.",
        "The range {0}–{1} comes from the same calculation at the ends of the sources' ranges: never return {2}–{3}, extra spend from delight {4}–{5} and loss aversion {6}–{7}."
    ),
    /// Customers, first-year churn, today's churn, horizon, and the signed difference.
    WhyKept => (
        "{0} asiakkaasta poistuu ensimmäisenä vuonna {1} (nyt {2}); {3} vuoden tarkastelujakson lopussa ero siihen, ettei mikään muutu, on {4} asiakasta.",
        "Of {0} customers, {1} leave in the first year (today {2}); by the end of the {3}-year horizon the difference from nothing changing is {4} customers."
    ),
    /// Customers won by word of mouth (signed), and the conversion.
    WhyWonWordOfMouth => (
        "Suosittelun vaikutus on {0} asiakasta: kuulijoista {1} tulee asiakkaiksi, kun nykyinen suosittelu ja huonot kertomukset on vähennetty.",
        "Word of mouth accounts for {0} customers: {1} of the people told become customers, beyond today's word of mouth and net of bad stories."
    ),
    /// Customers won by the promise (signed), the promise, delivery, and the attraction.
    WhyWonPromise => (
        "Lupauksen vaikutus on {0} asiakasta: lupaus {1} ja toteutunut palvelu {2}, ja jokainen lupauspiste yli toteutuneen palvelun tuo vuodessa {3} lisää asiakkaita (alle jäävä piste karkottaa saman verran).",
        "The promise accounts for {0} customers: it is {1} against {2} delivered, and each promise point above the delivered service wins {3} more customers a year (each point below turns as many away)."
    ),
    /// First-year recommendation rate, and people each promoter tells.
    WhyToldPositive => (
        "Ensimmäisenä vuonna {0} asiakkaista suosittelee, ja kukin kertoo kokemuksestaan {1} ihmiselle vuodessa.",
        "In the first year {0} of customers recommend, and each tells {1} people a year."
    ),
    /// Bad share among the reached, people each tells, and reach.
    WhyToldNegative => (
        "Kokemuksen kohtaavista {0} saa huonon kokemuksen, ja kukin kertoo siitä {1} ihmiselle vuodessa; kokemuksen kohtaa {2} asiakkaista.",
        "Of those who meet the experience, {0} have a bad one, and each tells {1} people a year; {2} of customers meet the experience."
    ),
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
