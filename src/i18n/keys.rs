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
    SectionWhy => ("Miten luvut lasketaan?", "How are these calculated?"),
    /// The embed dialog's name for the results below the headlines.
    SectionDetails => ("Kaikki tulokset", "All results"),
    SectionTimeline => ("Kehitys vuosittain", "Timeline"),
    SectionCompare => ("Vertaa skenaarioita", "Compare scenarios"),
    SectionLevers => ("Mikä vipu vaikuttaa eniten?", "Which lever matters most?"),
    SectionInvestment => ("Investointi ja tuotto", "Investment and return"),

    // The inputs: each lever today and in the plan.
    PlanFromToday => ("Aloita suunnitelma nykytilasta", "Start the plan from today"),
    PlanFromTodayHelp => (
        "Kopioi nykyiset tasot suunnitelmaan; muuta sitten, mitä suunnitelma muuttaa.",
        "Copies today's levels into the plan; then change what the plan changes."
    ),
    LeverToday => ("Nyt", "Today"),
    // Fit to your data: today's delivered level from what the client measures (MODEL.md).
    FitHeading => ("Sovita omiin lukuihisi", "Fit to your data"),
    FitNone => (
        "Anna ongelmasta kertovien osuus: malli etsii tason, jolla sen huonojen kokemusten osuus on sama, ja vertaa suosittelua ja poistumaa omiisi.",
        "Enter the share who report a problem: the model finds the level that gives the same share of bad experiences and compares recommendation and churn with yours."
    ),
    /// The fitted delivered level, already formatted.
    FitCaption => (
        "Malli tasolla {0} ja omat lukusi",
        "The model at delivered level {0} and your figures"
    ),
    FitMeasured => ("Omat lukusi", "You measured"),
    FitModelled => ("Malli", "The model"),
    /// The fitted level, already formatted.
    FitUse => ("Käytä tasoa {0} nykytilana", "Use {0} as delivered today"),
    /// The tolerance in percentage points, already formatted.
    FitFits => (
        "Sopii: malli toistaa kaikki kolme lukuasi {0} prosenttiyksikön tarkkuudella.",
        "Fits: the model reproduces all three of your figures within {0} percentage points."
    ),
    FitProblemsOnly => (
        "Sopii osittain: ongelmien osuus täsmää, mutta mallin suosittelu tai poistuma poikkeaa omastasi yli {0} prosenttiyksikköä. Tulokset lähtevät silti omista luvuistasi; ero kertoo, etteivät oletetut luvut kokemuksittain kuvaa asiakkaitasi tarkasti.",
        "Fits in part: the problem share matches, but the model's recommendation or churn is more than {0} percentage points from yours. Results still start from your own rates; the difference says the assumed rates by experience do not describe your customers closely."
    ),
    FitNoLevel => (
        "Ei sovi: millään tasolla 0\u{2060}–\u{2060}10 mallin ongelmien osuus ei ole {0} prosenttiyksikön päässä omastasi; lähin taso näytetään.",
        "Does not fit: at no level from 0\u{2060}–\u{2060}10 is the model's problem share within {0} percentage points of yours; the nearest level is shown."
    ),
    /// Beside every result while today's delivered level is the fitted one.
    FittedMark => ("sovitettu omiin lukuihisi", "fitted to your data"),
    LeverPlan => ("Suunnitelmassa", "In the plan"),
    // Industry starting points: today's business figures from public sources (MODEL.md).
    PresetLabel => ("Aloita toimialan luvuista", "Start from an industry"),
    PresetChoose => ("Valitse toimiala…", "Choose an industry…"),
    PresetHelp => (
        "Asettaa nykytilan poistuman, suosittelijoiden osuuden, liikevaihdon asiakasta kohden ja katteen julkisista lähteistä. Suunnitelma ja oletukset pysyvät ennallaan.",
        "Sets today's churn, share who would recommend, revenue per customer and margin from public sources. The plan and the assumptions stay as they are."
    ),
    /// The sources with their years, already joined ("Elisa 2020").
    PresetMark => (
        "Lähtökohta: {0} – korvaa omilla luvuillasi.",
        "A starting point from {0} — replace with your data."
    ),
    /// Before a source that is shown beside a preset but sets none of its values.
    PresetContext => ("Taustaksi, ei aseta lukua:", "For context, sets no value:"),
    IndustryInsurance => ("Vakuutusyhtiö", "Insurance"),
    IndustryRetailBanking => ("Pankki, henkilöasiakkaat", "Retail banking"),
    IndustryTelecom => ("Teleoperaattori", "Telecom"),
    IndustryRetail => ("Vähittäiskauppa", "Retail"),
    IndustryB2bSaas => ("B2B-ohjelmistopalvelu (SaaS)", "B2B SaaS"),
    // How a preset's published figure became its value.
    ReadAsPublished => ("julkaistu luku", "as published"),
    ReadRounded => ("julkaistu luku pyöristettynä", "published figure, rounded"),
    ReadPerCustomer => (
        "laskettu asiakasta kohden julkaistuista luvuista",
        "per customer, from published totals"
    ),
    ReadFromDollars => (
        "muunnettu dollareista, noin 1,12\u{a0}$/€ (arvio)",
        "converted from dollars at about 1.12\u{a0}$/€ (a judgement)"
    ),
    ReadMiddleOfRange => ("julkaistun vaihteluvälin keskikohta", "middle of a published range"),
    ReadStatedIntention => (
        "ilmoitettu aikomus pysyä, ei mitattu poistuma",
        "stated intention to stay, not measured churn"
    ),
    ReadEbitdaMargin => (
        "käyttökatemarginaali, bruttokatetta pienempi",
        "EBITDA margin, below the gross margin"
    ),
    ReadAfterClaims => (
        "maksutuotoista korvausten jälkeen jäävä osuus (1 − riskisuhde)",
        "premiums left after claims (1 − risk ratio)"
    ),
    ReadAfterCosts => (
        "tuotoista kulujen jälkeen jäävä osuus (1 − kulu-tuottosuhde)",
        "income left after costs (1 − cost/income ratio)"
    ),
    ReadJudgement => ("arvio: julkista lähdettä ei löytynyt", "judgement: no public source found"),

    // Result labels (src/results.rs declares the results).
    ResultGapCost => ("Kuilun hinta vuodessa", "What the gap costs a year"),
    ResultWorth => (
        "Suunnitelman arvo (nettonykyarvo, riskikorjattu)",
        "What the plan is worth (net present value, risk-adjusted)"
    ),
    ResultMarginChange => (
        "Myyntikatteen muutos tarkastelujaksolla",
        "Change in gross margin over the horizon"
    ),
    ResultMarginAdjusted => (
        "Myyntikatteen muutos riskikorjattuna",
        "Change in gross margin, risk-adjusted"
    ),
    ResultRevenueChange => (
        "Liikevaihdon muutos tarkastelujaksolla",
        "Change in revenue over the horizon"
    ),
    ResultRecommend => (
        "Sanoo suosittelevansa (nyt → suunnitelman viimeinen vuosi)",
        "Say they would recommend (today → the plan's last year)"
    ),
    ResultChurn => (
        "Asiakaspoistuma (nyt → suunnitelman viimeinen vuosi)",
        "Churn (today → the plan's last year)"
    ),
    ResultSpend => ("Lisäkulutus asiakasta kohden", "Extra spend per customer"),
    ResultCustomersChange => ("Asiakasmäärän muutos", "Change in customers"),
    RoiLabel => ("Sijoitetun pääoman tuotto (ROI)", "Return on investment (ROI)"),
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
    ChannelsHeading => (
        "Mistä myyntikatteen muutos tulee",
        "Where the change in gross margin comes from"
    ),
    ChannelSpend => ("Lisäkulutus", "More spend"),
    ChannelRetention => ("Asiakaspoistuman muutos", "Change in churn"),
    ChannelWordOfMouth => ("Suosittelu", "Word of mouth"),
    ChannelPromise => ("Lupauksen vetovoima", "The promise's pull"),
    /// The plan's promise level (0–10) that pays best, already formatted.
    BestPromise => ("Kannattavin lupaus suunnitelmaan: {0}", "Best promise for the plan: {0}"),
    /// A result's low and high end, e.g. after the central value.
    /// A dash between two figures that may be negative would read as a minus: a word or an
    /// ellipsis instead.
    BandRange => ("vaihteluväli {0} … {1}", "range {0} to {1}"),
    /// The 10th and 90th percentiles of the Monte Carlo.
    BandLikely => ("todennäköisesti {0} … {1} (P10–P90)", "likely {0} to {1} (P10–P90)"),
    /// The likely range's ends, its width, and the assumptions that move it most.
    WhySpread => (
        "Todennäköinen vaihteluväli (P10–P90) on {0} … {1}, leveydeltään {2}, kun kaikki oletukset vaihtelevat omilla vaihteluväleillään yhtä aikaa. Eniten sitä liikuttavat: {3}.",
        "The likely range (P10–P90) is {0} to {1}, {2} wide, with every assumption varied across its own range at once. What moves it most: {3}."
    ),
    /// Between the last two items of a list.
    And => ("ja", "and"),
    /// After a likely range while a run for new inputs is under way.
    BandUpdating => ("(päivittyy)", "(updating)"),
    /// The share of simulated cases in which the plan's net present value is positive.
    PaysBackShare => (
        "Suunnitelma kannattaa (arvo yli nollan, kustannukset mukana) {0} simuloiduista tapauksista.",
        "The plan pays back (worth above zero, costs included) in {0} of the simulated cases."
    ),
    /// Word of mouth's share of the plan's effect, as a percentage.
    WordOfMouthNote => (
        "Suosittelu on {0} suunnitelman vaikutuksesta, enemmän kuin Forresterin asiakaskokemusmallien raportoima alle 7\u{a0}%, joten suhtaudu tulokseen varauksella.",
        "Word of mouth is {0} of the plan's effect, above the under-7% that Forrester's CX models report, so treat it with care."
    ),

    // The answer first: one sentence of two parts. Figures arrive formatted.
    /// Today's promise, delivery and what the gap costs a year.
    AnswerGap => (
        "Lupaus {0} ja toteutunut palvelu {1} maksavat nyt noin {2} myyntikatetta vuodessa",
        "Promising {0} and delivering {1} costs about {2} a year in gross margin"
    ),
    /// Today's promise and delivery, when delivery keeps the promise.
    AnswerNoGap => (
        "Toteutunut palvelu {1} pitää lupauksen {0}, joten kuilu ei nyt maksa mitään",
        "Delivering {1} keeps the promise of {0}, so the gap costs nothing today"
    ),
    /// What the plan does (one of the `AnswerPlan…` strings), its worth and the horizon.
    AnswerGain => (
        "; {0} tuottaa noin {1} (tarkastelujakso {2}, nettonykyarvo riskikorjattuna).",
        "; {0} is worth about {1} over {2} (net present value, risk-adjusted)."
    ),
    /// As `AnswerGain`, for a plan that loses money; the amount is positive.
    AnswerLoss => (
        "; {0} tuottaa noin {1} tappiota (tarkastelujakso {2}, nettonykyarvo riskikorjattuna).",
        "; {0} loses about {1} over {2} (net present value, risk-adjusted)."
    ),
    AnswerUnchanged => (
        "; suunnitelma ei vielä muuta mitään: aseta kohtiin ”suunnitelmassa” tasot, joihin pyritte.",
        "; the plan changes nothing yet: set the levels you aim for under “in the plan”."
    ),
    /// The plan's delivered level.
    AnswerPlanDeliver => ("toteutuneen palvelun nostaminen tasolle {0}", "delivering {0}"),
    /// The plan's promise and delivered level.
    AnswerPlanBoth => (
        "lupaus {0} ja toteutunut palvelu {1}",
        "promising {0} and delivering {1}"
    ),
    AnswerPlanOther => ("suunnitelma", "the plan"),
    /// Under the answer: how its levels change in place.
    AnswerHint => (
        "Muuta alleviivattuja lukuja vetämällä sivusuunnassa, kirjoittamalla tai nuolinäppäimillä.",
        "Change the underlined numbers by dragging sideways, by typing or with the arrow keys."
    ),

    /// Marks a value the user has changed from its source.
    Edited => ("muokattu", "edited"),
    ResetToSource => ("Palauta lähteen arvo", "Reset to source value"),
    /// The name a new scenario gets, numbered from 1.
    ScenarioDefaultName => ("Skenaario {0}", "Scenario {0}"),
    /// A period on the timeline, e.g. "Vuosi 2".
    PeriodLabel => ("Vuosi {0}", "Year {0}"),

    // Errors in fields.
    ParseEmpty => ("Anna luku.", "Enter a number."),
    /// The two readings of a number written the other language's way, formatted.
    ParseAmbiguous => (
        "Epäselvä: {0} vai {1}? Kirjoita tuhannet välilyönnillä tai ilman erotinta (40 000 tai 40000) ja desimaalit pilkulla (7,5).",
        "Unclear: {0} or {1}? Write thousands with a comma or none (40,000 or 40000) and decimals with a point (7.5)."
    ),
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
    NoticeLinkShown => (
        "Katselet jaettua linkkiä. Tallennettu työsi on ennallaan: kun muokkaat linkin lukuja tai säilytät ne, aiempi työsi jää kohtaan ”Aiemmat työt”.",
        "You are looking at a shared link. Your saved work is unchanged: once you edit or keep the link's figures, your earlier work stays under “Earlier work”."
    ),
    NoticeKeepLink => ("Säilytä tämä", "Keep this"),
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
        "Tallennettua työtä ei voitu lukea. Se säilyy ennallaan, eikä tällä käynnillä tallenneta mitään sen päälle.",
        "Your saved work could not be read. It is left as it is, and nothing is saved over it during this visit."
    ),
    NoticeSavedSetAside => (
        "Tallennettua työtä ei voitu lukea: se voi olla Promise Gapin uudemman version tekemä. Se on tallessa kohdassa ”Aiemmat työt”, josta voit viedä sen tiedostoon. Laskuri aloittaa oletusarvoista.",
        "Your saved work could not be read: it may come from a newer Promise Gap. It is kept under “Earlier work”, where you can export it as a file. The calculator starts from the defaults."
    ),
    NoticeEarlierKept => (
        "Aiemmin tallennettu työ on tallessa kohdassa ”Aiemmat työt”.",
        "The work saved before is kept under “Earlier work”."
    ),
    NoticeEarlierRestored => ("Aiempi työ palautettiin.", "Earlier work brought back."),
    NoticeOtherTab => (
        "Työ päivitettiin toisessa välilehdessä tehdyillä muutoksilla.",
        "Updated with the changes saved in another tab."
    ),
    EarlierTitle => ("Aiemmat työt", "Earlier work"),
    EarlierHint => (
        "Kun linkki, tiedosto, toinen välilehti tai ”Aloita alusta” korvaa tallennetun työn, se säilyy tässä. Uusimmat ensin; enintään {0}.",
        "When a link, a file, another tab or “Start over” replaces the saved work, it is kept here. Newest first; at most {0}."
    ),
    EarlierSetAside => ("Toisen version tallentama, ei luettavissa", "Saved by another version, cannot be read"),
    EarlierRestore => ("Palauta", "Restore"),
    /// What is restored: the names of its scenarios.
    EarlierRestoreNamed => ("Palauta {0}", "Restore {0}"),
    EarlierExport => ("Vie tiedostoon", "Export as a file"),
    EarlierDelete => ("Poista", "Delete"),
    /// What is deleted.
    EarlierDeleteNamed => ("Poista {0}", "Delete {0}"),
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
    CsvResult => ("Tulos", "Result"),
    CsvToday => ("Nyt", "Today"),
    CsvEstimate => ("Arvio", "Estimate"),
    /// The likely range's ends from the Monte Carlo.
    CsvP10 => ("Todennäköinen alaraja (P10)", "Likely low (P10)"),
    CsvP90 => ("Todennäköinen yläraja (P90)", "Likely high (P90)"),
    CsvRecommend => ("Sanoo suosittelevansa", "Say they would recommend"),
    CsvChurn => ("Asiakaspoistuma", "Churn"),
    CsvCustomers => ("Asiakkaat vuoden alussa", "Customers at the start of the year"),
    CsvBaselineCustomers => (
        "Asiakkaat vuoden alussa nykymenolla",
        "Customers at the start of the year on today's course"
    ),
    CsvWonWordOfMouth => ("Suosittelun tuomat asiakkaat", "Customers won by word of mouth"),
    CsvWonPromise => ("Lupauksen houkuttelemat asiakkaat", "Customers won by the promise"),
    CsvToldPositive => ("Hyvästä kokemuksesta kuulleet", "People told of a good experience"),
    CsvToldNegative => ("Huonosta kokemuksesta kuulleet", "People told of a bad experience"),
    CsvRevenue => ("Liikevaihto", "Revenue"),
    CsvBaselineRevenue => ("Liikevaihto nykymenolla", "Revenue on today's course"),
    CsvMargin => ("Myyntikate", "Gross margin"),
    CsvBaselineMargin => ("Myyntikate nykymenolla", "Gross margin on today's course"),

    // A link, file or saved work of model version 1, opened in version 2: its own heading,
    // then what was assumed.
    NoticeMigratedLink => (
        "Tämä linkki on tehty mallin versiolla 1",
        "This link was made with version 1 of the model"
    ),
    NoticeMigratedFile => (
        "Tämä tiedosto on tehty mallin versiolla 1",
        "This file was made with version 1 of the model"
    ),
    NoticeMigratedSaved => (
        "Tallennettu työsi on tehty mallin versiolla 1",
        "Your saved work was made with version 1 of the model"
    ),
    MigratedToday => (
        "Lupaus, toteutunut palvelu, ilahduttavat yllätykset, palveluvirheet, virheen hyvittäminen ja turhat viestit ovat nykytilan lukuja.",
        "Promise, delivery, delightful surprises, service failures, recovery and irrelevant messages are taken as today's figures."
    ),
    MigratedPlan => (
        "Suunnitelma alkaa nykytilasta, mutta toteutunut palvelu nostetaan lupauksen tasolle: suunnitelma sulkee kuilun.",
        "The plan starts from today, with delivery raised to the promise: the plan closes the gap."
    ),
    MigratedNewCustomers => (
        "Uudet asiakkaat vuodessa = asiakaspoistuma × asiakkaat, jolloin asiakasmäärä pysyy nykyisellään.",
        "New customers a year = churn × customers, so the customer base holds steady."
    ),
    /// Gross margin, market size, ramp-up and risk adjustment, formatted.
    MigratedDefaults => (
        "Uudet lähtötiedot saavat oletusarvonsa: myyntikate {0}, markkinan koko {1}, käyttöönottoaika {2} ja riskikorjaus {3}.",
        "New inputs take their defaults: gross margin {0}, market size {1}, ramp-up {2} and risk adjustment {3}."
    ),
    MigratedDelightPeriods => (
        "Ilahduttamisen kesto jätettiin pois: suunnitelma ilahduttaa niin kauan kuin se jatkuu.",
        "How long delight lasts was dropped: the plan delights for as long as it runs."
    ),
    /// The names of the dropped assumptions, comma-separated.
    MigratedDropped => (
        "Muokatut oletukset, joita mallissa 2 ei enää ole, jätettiin pois: {0}.",
        "Edited assumptions that model 2 no longer has were dropped: {0}."
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
        "Vastaus, päätulokset ja tärkeimmät lähtötiedot näkyvät aina.",
        "The answer, the headline results and the main inputs always show."
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
        "Sivusi skripti saa luvut promise-gap:change-tapahtumana ja voi käyttää niitä omassa tekstissään.",
        "Your page's script gets the figures as a promise-gap:change event and can use them in its own text."
    ),
    EmbedResultsNeedOrigin => (
        "Tulokset lähetetään vain, kun sivustosi osoite on annettu.",
        "Results are sent only once your site's address is given."
    ),
    EmbedControls => ("Lukijan toiminnot", "Reader's actions"),
    EmbedControlFiles => (
        "Tiedostot (tallenna, avaa, vie taulukkoon)",
        "Files (save, open, export for a spreadsheet)"
    ),
    EmbedFigures => ("Lukijat aloittavat näistä luvuista", "Readers start from these figures"),
    EmbedFiguresHelp => (
        "Nykytila ja suunnitelma sellaisina kuin ne nyt ovat laskurissa, esim. asiakkaasi tai toimialan luvut. Lukija voi muuttaa kaikkea.",
        "Today and the plan as they are in the calculator now, e.g. your client's or an industry's figures. Readers can still change everything."
    ),
    EmbedTransparent => ("Läpinäkyvä tausta", "Transparent background"),
    EmbedCompact => ("Tiivis asettelu", "Compact layout"),
    EmbedCta => ("Toimintakehotteen teksti", "Call-to-action text"),
    EmbedCtaHelp => (
        "Esim. Pyydä tarjous. Tyhjä: ei painiketta.",
        "E.g. Ask us for a proposal. Empty: no button."
    ),
    EmbedCtaTextInvalid => (
        "Enintään 60 merkkiä, ei ohjausmerkkejä.",
        "At most 60 characters, no control characters."
    ),
    EmbedCtaUrl => ("Toimintakehotteen osoite", "Call-to-action address"),
    EmbedCtaUrlHelp => (
        "Esim. https://konsultti.fi/yhteys. Avautuu koko ikkunaan.",
        "E.g. https://consultancy.example/contact. Opens in the whole window."
    ),
    EmbedCtaUrlInvalid => (
        "Anna koko osoite, joka alkaa https://, ilman välilyöntejä.",
        "Enter the whole address, starting https://, without spaces."
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
    /// A year of the plan, counted from 1.
    HandoutYear => ("Vuosi {0}", "Year {0}"),
    HandoutYears => (
        "Vuosittain: suunnitelman tuoma myyntikate ja asiakkaat vuoden lopussa",
        "Year by year: the gross margin the plan adds, and customers at the year's end"
    ),
    HandoutLevers => ("Tasot nyt → suunnitelmassa", "Levels today → in the plan"),
    HandoutAssumptions => ("Oletukset ja lähteet", "Assumptions and sources"),
    PrintSummary => ("Tulosta yhteenveto", "Print summary"),
    /// Under the handout's title: the consultancy's or consultant's name.
    HandoutPreparedBy => ("Laatinut: {0}", "Prepared by {0}"),
    PreparedByLabel => ("Laatija tulosteeseen", "Prepared by, for the printout"),
    PreparedByHelp => (
        "Yrityksesi tai oma nimesi tulostettavaan yhteenvetoon. Säilyy tässä selaimessa.",
        "Your firm's or your own name on the printed summary. Kept in this browser."
    ),
    PreparedByInvalid => (
        "Enintään 80 merkkiä tavallista tekstiä.",
        "At most 80 characters of plain text."
    ),
    EmbedBy => ("Yrityksesi nimi tulosteeseen", "Your firm's name on the printout"),
    EmbedByHelp => (
        "Lukijan tulostamaan yhteenvetoon tulee ”Laatinut: nimi”.",
        "The summary a reader prints then says “Prepared by” and this name."
    ),
    PresenterMode => ("Esitystila", "Presenter mode"),
    /// The number of scenarios.
    PresenterHint => (
        "← → tai 1–{0} vaihtaa skenaariota · Esc lopettaa.",
        "← → or 1–{0} switch scenarios · Esc leaves."
    ),
    PresenterExit => ("Lopeta esitys", "Leave presenter mode"),
    /// A coefficient's value at its source, with its unit.
    SourceValue => ("Lähteen arvo {0}", "Source value {0}"),
    /// Under an intention: the share of it used as behaviour, and that share's name.
    IntentionShare => (
        "Aie, ei teko: mallissa siitä toteutuu {0} ({1}).",
        "A stated intention, not behaviour: the model uses {0} of it ({1})."
    ),
    /// Where the seed figure's quote comes from, before the quoted sentence.
    SeedQuote => ("Lähtöaineisto sanoo:", "The seed text says:"),
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

    // How are these calculated? Points, shares and coefficients arrive formatted.
    /// Today's experienced level and promise.
    WhyToday => (
        "Nyt asiakkaat kokevat tason {0}, kun lupaus on {1}.",
        "Today customers experience {0} against a promise of {1}."
    ),
    /// Points lost to unrecovered service failures.
    WhyFailures => (
        "Hyvittämättömät palveluvirheet vievät toteutuneesta palvelusta {0} pistettä.",
        "Service failures not put right take {0} points off the delivered service."
    ),
    /// The shortfall, the promise, the loss weight, and what the shortfall costs.
    WhyShortfall => (
        "Koettu palvelu jää {0} pistettä alle lupauksen ({1}). Alitus painaa {2}-kertaisesti yhtä suureen ylitykseen verrattuna, joten kuilu vie kokemusindeksistä {3} pistettä.",
        "The experience falls {0} points short of the promise ({1}). Losses weigh {2} times as much as gains, so the gap takes {3} points off the experience index."
    ),
    /// The gap cost a year, the horizon, the gross margin and revenue per customer.
    WhyGapCost => (
        "Jos koettu palvelu nousisi heti lupauksen tasolle kaikilla asiakkailla, myyntikate kasvaisi keskimäärin {0} vuodessa (tarkastelujakso {1}, myyntikate {2}, liikevaihto {3} asiakasta kohden).",
        "Delivering the promise at once to every customer would add {0} of gross margin a year on average (horizon {1}, gross margin {2}, revenue {3} per customer)."
    ),
    /// The risk adjustment and the discount rate.
    WhyWorth => (
        "Suunnitelman vuosittaisesta katemuutoksesta vähennetään riskikorjaus ({0}) ja kustannukset, ja se diskontataan {1} vuosikorolla.",
        "The plan's yearly change in gross margin is marked down by the risk adjustment ({0}), costs are taken off, and it is discounted at {1} a year."
    ),
    /// The ramp-up, with its unit.
    WhyRamp => (
        "Muutokset tulevat täysin voimaan vähitellen ({0}).",
        "The changes take full effect gradually ({0})."
    ),
    /// The four channels over the horizon, signed euros.
    WhyChannels => (
        "Tarkastelujaksolla lisäkulutus tuo {0}, asiakaspoistuman muutos {1}, suosittelu {2} ja lupauksen vetovoima {3}.",
        "Over the horizon more spend brings {0}, the change in churn {1}, word of mouth {2} and the promise's pull {3}."
    ),
    /// Revenue per customer and the gross margin.
    WhyRevenue => (
        "Liikevaihto suunnitelman kanssa verrattuna nykymenoon, {0} asiakasta kohden vuodessa; siitä {1} on myyntikatetta.",
        "Revenue with the plan against today's course, at {0} per customer a year; {1} of it is gross margin."
    ),
    /// The plan's experience index in its last year, then the good, ordinary and bad shares.
    WhyShares => (
        "Suunnitelman viimeisenä vuonna kokemusindeksi on {0}: {1} saa hyvän, {2} tavanomaisen ja {3} huonon kokemuksen.",
        "In the plan's last year the experience index is {0}: {1} have a good experience, {2} an ordinary one and {3} a bad one."
    ),
    /// The client's own figure today.
    WhyAnchor => (
        "Malli liikuttaa omaa lukuanne ({0}) sen mukaan, kuinka paljon suunnitelma muuttaa kokemuksia nykyisestä, joten nykytila on täsmälleen teidän lukunne.",
        "The model moves your own figure ({0}) by how much the plan changes experiences from today, so today is exactly your figure."
    ),
    /// Stated recommending after good, ordinary, bad experiences, and the intention share.
    WhyRecommend => (
        "Hyvän kokemuksen jälkeen {0} sanoo suosittelevansa, tavanomaisen jälkeen {1} ja huonon jälkeen {2}; sanojista {3} myös kertoo muille.",
        "After a good experience {0} say they would recommend, after an ordinary one {1} and after a bad one {2}; of those who say so, {3} tell others."
    ),
    /// Ordinary churn, the good-experience factor, the never-return range and its intention share.
    WhyChurn => (
        "Tavanomaisen kokemuksen jälkeen poistuu {0} vuodessa ja hyvän jälkeen {1} siitä; huonon jälkeen {2}–{3} sanoo, ettei palaa, ja heistä {4} myös lähtee.",
        "After an ordinary experience {0} leave a year and after a good one {1} of that; after a bad one {2}–{3} say they would never return, and {4} of them leave."
    ),
    /// Stated extra spend, its intention share, and the good share.
    WhySpend => (
        "Hyvän kokemuksen jälkeen asiakas sanoo käyttävänsä {0} enemmän; siitä toteutuu {1}, ja hyvän kokemuksen saa {2}.",
        "After a good experience customers say they would spend {0} more; {1} of that happens, and {2} have a good experience."
    ),
    /// Customers at the end with the plan and on today's course, then won by word of mouth and the promise.
    WhyCustomers => (
        "Tarkastelujakson lopussa asiakkaita on {0}, nykymenolla {1}; suosittelu muuttaa uusien asiakkaiden määrää {2} ja lupaus {3}.",
        "At the end of the horizon there are {0} customers against {1} on today's course; word of mouth changes new customers by {2} and the promise by {3}."
    ),
    /// The share of customers the plan reaches.
    WhyReach => (
        "Muutokset koskevat {0} asiakkaista; muut jatkavat kuten nyt.",
        "The changes reach {0} of customers; the rest go on as today."
    ),
    /// Stated loss of loyalty and leaving over irrelevant messages, and their intention share.
    WhyIrrelevant => (
        "Turhista viesteistä {0} sanoo uskollisuutensa heikkenevän ja {1} lähtevänsä; heistä {2} toimii niin.",
        "Of irrelevant messages, {0} say they make them less loyal and {1} that they would leave; {2} of them act on it."
    ),
    // (end of assumptions, why, print)

    // ── Timeline, comparison, levers (issue 4b) ──
    TimelineIntro => (
        "Myyntikate ja asiakasmäärä vuosittain suunnitelman kanssa ja nykymenolla. Odotukset seuraavat kokemusta, joten ilahdutuksesta tulee vähitellen arkea.",
        "Gross margin and customers year by year, with the plan and on today's course. Expectations follow experience, so delight gradually becomes ordinary."
    ),
    /// The chart's and its table's title; the scenario's name.
    TimelineCaption => (
        "{0}: myyntikate ja asiakasmäärä vuosittain",
        "{0}: gross margin and customers by year"
    ),
    /// The chart's and its table's title with several scenarios.
    TimelineCaptionAll => (
        "Myyntikate ja asiakasmäärä vuosittain, skenaariot rinnakkain",
        "Gross margin and customers by year, the scenarios side by side"
    ),
    /// One line of the chart in words, at its last period: its name, the period, the margin and
    /// the customers.
    TimelineSummary => (
        "{0}, {1}: myyntikate {2}, asiakkaita vuoden lopussa {3}.",
        "{0}, {1}: gross margin {2}, customers at the year's end {3}."
    ),
    /// Today's course when scenarios differ in today's inputs; the first scenario with it.
    TimelineTodayOf => ("Nykymeno ({0})", "Today's course ({0})"),
    /// Under the chart, as a chart's source line; the model version.
    TimelineSource => (
        "Lähde: Promise Gap -malli v{0}, oletukset kohdassa Oletukset ja lähteet. Nykymeno: nykyiset luvut ilman suunnitelmaa.",
        "Source: Promise Gap model v{0}, with the assumptions under Assumptions and sources. Today's course: today's figures without the plan."
    ),
    TimelineMarginAxis => ("Myyntikate vuodessa", "Gross margin a year"),
    TimelineCustomersAxis => ("Asiakkaat vuoden lopussa", "Customers at the year's end"),
    TimelinePlan => ("Suunnitelma", "The plan"),
    TimelineToday => ("Nykymeno", "Today's course"),
    TimelineYear => ("Vuosi", "Year"),
    TimelineShowTable => ("Näytä luvut taulukkona", "Show the figures as a table"),

    CompareHint => (
        "Kopioi skenaario, muuta kopiota ja vertaa tuloksia rinnakkain.",
        "Duplicate the scenario, change the copy and compare the results side by side."
    ),
    DuplicateScenario => ("Kopioi nykyinen skenaario", "Duplicate the current scenario"),
    CompareOverPromise => (
        "Vertaa ylilupaamiseen (suunnitelman lupaus +2 pistettä)",
        "Compare with over-promising (the plan's promise +2 points)"
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
        "Tulokset rinnakkain. Erot on laskettu skenaarioon ”{0}” verrattuna ennen pyöristystä, joten ne voivat poiketa näytettyjen lukujen erotuksesta.",
        "Results side by side. Differences are to “{0}”, worked out before rounding, so they can differ from the difference of the figures shown."
    ),
    /// Shown before a difference in the comparison table.
    CompareDifference => ("ero", "difference"),

    LeversIntro => (
        "Kuinka paljon suunnitelman arvo (nettonykyarvo) muuttuu, kun kutakin suunnitelman vipua parannetaan vertailukelpoisen askeleen; suurin vaikutus ensin. Tarkastelujakso ja nykytilan luvut eivät ole vipuja.",
        "How much the plan's worth (net present value) changes when each lever of the plan improves by a comparable step; largest effect first. The horizon and today's figures are not levers."
    ),
    /// The lever table's caption; the scenario's name.
    LeversCaption => (
        "{0}: vertailukelpoisen askeleen vaikutus suunnitelman arvoon",
        "{0}: what a comparable step does to the plan's worth"
    ),
    LeverInput => ("Vipu ja askel", "Lever and step"),
    TornadoHeading => (
        "Mitkä oletukset liikuttavat arvoa eniten?",
        "Which assumptions move the worth most?"
    ),
    /// The plan's worth with every assumption at its likely value.
    TornadoIntro => (
        "Kukin oletus vaihteluvälinsä alapäästä yläpäähän, muut todennäköisissä arvoissaan (silloin suunnitelman arvo on {0}); suurin heilahdus ensin. Nämä eivät ole asiakkaan päätettävissä: ne ovat mallin epävarmuutta.",
        "Each assumption moved from the low to the high end of its range, the others at their likely values (where the plan's worth is {0}); largest swing first. These are not the client's to choose: they are what the model does not know for sure."
    ),
    TornadoAssumption => ("Oletus", "Assumption"),
    /// The tornado table's caption; the scenario's name.
    TornadoCaption => (
        "{0}: suunnitelman arvo kunkin oletuksen vaihteluvälin päissä",
        "{0}: the plan's worth at the ends of each assumption's range"
    ),
    TornadoWorth => ("Suunnitelman arvo ala- ja yläpäässä", "The plan's worth at the low and the high end"),
    /// The worth at the assumption's low end, then at its high end.
    TornadoEnds => ("{0} … {1}", "{0} to {1}"),
    LeverChange => ("Muutos suunnitelman arvossa", "Change in the plan's worth"),
    /// The lever, its step, and what the step does to the plan's worth.
    LeverStep => (
        "{0}: askel {1} muuttaa suunnitelman arvoa {2}",
        "{0}: a step of {1} changes the plan's worth by {2}"
    ),
    /// A lever already at the end of its scale in the plan.
    LeverAtEnd => ("jo asteikon päässä", "already at the end of its scale"),
    // (end of timeline, comparison, levers)

    // ── Benchmarks and prerender (issue 8) ──
    // (end of benchmarks and prerender)

}
