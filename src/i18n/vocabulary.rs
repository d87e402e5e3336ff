//! The model's own vocabulary: what each input and coefficient is called, what it means and
//! where its figure comes from, in both languages.
//!
//! Every function is an exhaustive `match` on a model enum, so a new input or coefficient
//! does not compile until it has its words. Figures quote the source's number in words, so a
//! test checks each one still contains the coefficient's default value. A stated intention is
//! worded as one ("say they would"), never as behaviour.

use super::Lang;
use crate::model::{CoefficientId, InputId, Origin};

fn pick(lang: Lang, (fi, en): (&'static str, &'static str)) -> &'static str {
    match lang {
        Lang::Fi => fi,
        Lang::En => en,
    }
}

/// A lever's name without its side, where a table's heading says the sides.
pub fn lever_name(lang: Lang, lever: crate::model::Lever) -> &'static str {
    use crate::model::Lever::*;
    pick(
        lang,
        match lever {
            Promise => ("Lupaus", "Promise"),
            Delivered => ("Toteutunut palvelu", "Delivered"),
            DelightEvents => ("Ilahduttavat yllätykset", "Delightful surprises"),
            NegativeSurprises => ("Palveluvirheet", "Service failures"),
            RecoveryQuality => ("Virheen hyvittäminen", "Recovery"),
            IrrelevantMessages => ("Turhat viestit", "Irrelevant messages"),
        },
    )
}

/// The label of an input field. Both sides of a lever say which side they are.
pub fn input_label(lang: Lang, id: InputId) -> &'static str {
    use InputId::*;
    pick(
        lang,
        match id {
            Promise => ("Lupaus nyt", "Promise today"),
            Delivered => ("Toteutunut palvelu nyt", "Delivered today"),
            DelightEvents => ("Ilahduttavat yllätykset nyt", "Delightful surprises today"),
            NegativeSurprises => ("Palveluvirheet nyt", "Service failures today"),
            RecoveryQuality => ("Virheen hyvittäminen nyt", "Recovery today"),
            IrrelevantMessages => ("Turhat viestit nyt", "Irrelevant messages today"),
            PlanPromise => ("Lupaus suunnitelmassa", "Promise in the plan"),
            PlanDelivered => ("Toteutunut palvelu suunnitelmassa", "Delivered in the plan"),
            PlanDelightEvents => (
                "Ilahduttavat yllätykset suunnitelmassa",
                "Delightful surprises in the plan",
            ),
            PlanNegativeSurprises => (
                "Palveluvirheet suunnitelmassa",
                "Service failures in the plan",
            ),
            PlanRecoveryQuality => (
                "Virheen hyvittäminen suunnitelmassa",
                "Recovery in the plan",
            ),
            PlanIrrelevantMessages => (
                "Turhat viestit suunnitelmassa",
                "Irrelevant messages in the plan",
            ),
            Customers => ("Asiakkaat", "Customers"),
            RevenuePerCustomer => ("Liikevaihto asiakasta kohden", "Revenue per customer"),
            GrossMargin => ("Myyntikate", "Gross margin"),
            BaselineChurn => ("Asiakaspoistuma nyt", "Churn today"),
            BaselineRecommend => (
                "Sanoo suosittelevansa nyt",
                "Say they would recommend today",
            ),
            ReportedProblems => ("Kertoo ongelmasta nyt", "Report a problem today"),
            NewCustomers => ("Uudet asiakkaat vuodessa", "New customers a year"),
            Market => ("Markkinan koko", "Market size"),
            Reach => (
                "Muutoksen piirissä olevat asiakkaat",
                "Customers the plan reaches",
            ),
            Horizon => ("Tarkastelujakso", "Horizon"),
            RampUp => ("Käyttöönottoaika", "Ramp-up"),
            CostOneOff => ("Kertakustannus", "One-off cost"),
            CostPerPeriod => ("Vuosittainen kustannus", "Yearly cost"),
            DiscountRate => ("Diskonttauskorko", "Discount rate"),
            RiskAdjustment => ("Riskikorjaus", "Risk adjustment"),
        },
    )
}

/// One short sentence under an input field. A range such as `0–10` is joined (U+2060) so it
/// never breaks at its dash.
pub fn input_help(lang: Lang, id: InputId) -> &'static str {
    use InputId::*;
    pick(
        lang,
        match id {
            Promise => (
                "Mitä brändisi ja palvelulupauksesi saavat asiakkaan nyt odottamaan, asteikolla 0\u{2060}–\u{2060}10.",
                "What your brand and service promise lead customers to expect today, on a 0\u{2060}–\u{2060}10 scale.",
            ),
            Delivered => (
                "Millaista palvelua asiakas nyt todellisuudessa saa, samalla asteikolla 0\u{2060}–\u{2060}10.",
                "The service customers actually get today, on the same 0\u{2060}–\u{2060}10 scale.",
            ),
            DelightEvents => (
                "Kuinka monta kertaa vuodessa asiakas nyt ilahtuu jostain, mitä ei luvattu.",
                "How many times a year a customer is delighted today by something not promised.",
            ),
            NegativeSurprises => (
                "Kuinka monta palveluvirhettä tai ikävää yllätystä asiakas kohtaa nyt vuodessa.",
                "How many service failures or unpleasant surprises a customer meets a year today.",
            ),
            RecoveryQuality => (
                "Kuinka hyvin virhe nyt hyvitetään: 0\u{a0}% ei lainkaan, 100\u{a0}% täysin.",
                "How well a failure is put right today: 0% not at all, 100% fully.",
            ),
            IrrelevantMessages => (
                "Kuinka monta asiakkaalle turhaa viestiä hän saa nyt kuukaudessa.",
                "How many messages a month a customer gets today that are of no use to them.",
            ),
            PlanPromise => (
                "Mitä suunnitelma lupaa asiakkaille, asteikolla 0\u{2060}–\u{2060}10.",
                "What the plan promises customers, on a 0\u{2060}–\u{2060}10 scale.",
            ),
            PlanDelivered => (
                "Millaista palvelua asiakas saa suunnitelman toteuduttua, asteikolla 0\u{2060}–\u{2060}10.",
                "The service customers get once the plan is in place, on a 0\u{2060}–\u{2060}10 scale.",
            ),
            PlanDelightEvents => (
                "Ilahduttavat yllätykset asiakasta kohden vuodessa suunnitelman mukaan.",
                "Delightful surprises per customer a year under the plan.",
            ),
            PlanNegativeSurprises => (
                "Palveluvirheet asiakasta kohden vuodessa suunnitelman mukaan.",
                "Service failures per customer a year under the plan.",
            ),
            PlanRecoveryQuality => (
                "Kuinka hyvin virhe hyvitetään suunnitelman mukaan: 0\u{2060}–\u{2060}100\u{a0}%.",
                "How well a failure is put right under the plan: 0\u{2060}–\u{2060}100%.",
            ),
            PlanIrrelevantMessages => (
                "Turhat viestit asiakasta kohden kuukaudessa suunnitelman mukaan.",
                "Irrelevant messages per customer a month under the plan.",
            ),
            Customers => ("Asiakkaiden määrä nyt.", "The number of customers today."),
            RevenuePerCustomer => (
                "Keskimääräinen liikevaihto asiakasta kohden vuodessa.",
                "Average yearly revenue per customer.",
            ),
            GrossMargin => (
                "Kuinka suuri osa liikevaihdosta jää katteeksi muuttuvien kulujen jälkeen.",
                "The share of revenue left after the costs that grow with sales.",
            ),
            BaselineChurn => (
                "Kuinka suuri osa asiakkaista lähtee nykyään vuoden aikana.",
                "The share of customers who leave in a year today.",
            ),
            BaselineRecommend => (
                "Kuinka suuri osa asiakkaista sanoo kyselyssänne suosittelevansa teitä.",
                "The share of customers who say in your survey that they would recommend you.",
            ),
            ReportedProblems => (
                "Kuinka suuri osa asiakkaista kertoo kyselyssänne kohdanneensa ongelman (0: ei mitattu).",
                "The share of customers who say in your survey that they had a problem (0: not measured).",
            ),
            NewCustomers => (
                "Kuinka monta uutta asiakasta saatte nyt vuodessa.",
                "How many new customers you win a year today.",
            ),
            Market => (
                "Ihmiset, joista voisi tulla asiakkaitanne, nykyiset asiakkaat mukaan lukien.",
                "The people who could become your customers, your customers included.",
            ),
            Reach => (
                "Kuinka suuri osa asiakkaista kohtaa suunnitelman muutokset.",
                "The share of customers the plan's changes reach.",
            ),
            Horizon => (
                "Kuinka monta vuotta eteenpäin vaikutukset lasketaan.",
                "How many years ahead the effects are calculated.",
            ),
            RampUp => (
                "Kuinka monessa vuodessa suunnitelman muutokset tulevat täysin voimaan (0: heti).",
                "Years until the plan's changes are fully in effect (0: at once).",
            ),
            CostOneOff => (
                "Kertaluonteinen kustannus, esimerkiksi koulutus tai järjestelmämuutos.",
                "A one-off cost, such as training or a system change.",
            ),
            CostPerPeriod => (
                "Jatkuva kustannus vuodessa, esimerkiksi lisähenkilöstö.",
                "A recurring cost per year, such as extra staff.",
            ),
            DiscountRate => (
                "Korko, jolla tulevat eurot muutetaan tämän päivän arvoon.",
                "The rate that turns future euros into today's value.",
            ),
            RiskAdjustment => (
                "Kuinka paljon hyötyjä pienennetään epävarmuuden vuoksi ennen tuottolaskelmaa.",
                "How much the benefits are marked down for uncertainty before the return is worked out.",
            ),
        },
    )
}

/// The short name of a coefficient.
pub fn coefficient_name(lang: Lang, id: CoefficientId) -> &'static str {
    use CoefficientId::*;
    pick(
        lang,
        match id {
            RecommendGood => (
                "Sanoo suosittelevansa hyvän kokemuksen jälkeen",
                "Say they would recommend after a good experience",
            ),
            RecommendNeutral => (
                "Sanoo suosittelevansa tavanomaisen kokemuksen jälkeen",
                "Say they would recommend after an ordinary experience",
            ),
            RecommendBad => (
                "Sanoo suosittelevansa huonon kokemuksen jälkeen",
                "Say they would recommend after a bad experience",
            ),
            SpendGood => (
                "Sanoo käyttävänsä enemmän hyvän kokemuksen jälkeen",
                "Say they would spend more after a good experience",
            ),
            NeverReturnLow => (
                "Sanoo, ettei palaa huonon kokemuksen jälkeen (alaraja)",
                "Say they would never return after a bad experience (low end)",
            ),
            NeverReturnHigh => (
                "Sanoo, ettei palaa huonon kokemuksen jälkeen (yläraja)",
                "Say they would never return after a bad experience (high end)",
            ),
            ChurnNeutral => (
                "Poistuma tavanomaisen kokemuksen jälkeen",
                "Churn after an ordinary experience",
            ),
            GoodChurnFactor => (
                "Poistuma hyvän kokemuksen jälkeen",
                "Churn after a good experience",
            ),
            LessLoyal => (
                "Sanoo turhien viestien heikentävän uskollisuutta",
                "Say irrelevant messages make them less loyal",
            ),
            WouldLeave => (
                "Sanoo lähtevänsä turhien viestien vuoksi",
                "Say they would leave over irrelevant messages",
            ),
            SayDoRecommend => (
                "Aikeista toteutuva osuus: suosittelu",
                "Intention share: recommending",
            ),
            SayDoSpend => (
                "Aikeista toteutuva osuus: kulutus",
                "Intention share: spending",
            ),
            SayDoReturn => (
                "Aikeista toteutuva osuus: lähteminen",
                "Intention share: leaving",
            ),
            SayDoMessages => (
                "Aikeista toteutuva osuus: turhat viestit",
                "Intention share: irrelevant messages",
            ),
            ToldBad => (
                "Huonosta kokemuksesta kerrotaan",
                "Told of a bad experience",
            ),
            ToldGood => (
                "Hyvästä kokemuksesta kerrotaan",
                "Told of a good experience",
            ),
            WomInfluenceLow => (
                "Suosittelun vaikutus valintaan (alaraja)",
                "Word of mouth's sway over a choice (low end)",
            ),
            WomInfluenceHigh => (
                "Suosittelun vaikutus valintaan (yläraja)",
                "Word of mouth's sway over a choice (high end)",
            ),
            PromisePull => ("Lupauksen vetovoima", "Pull of the promise"),
            LossAversionLow => ("Pettymyksen painoarvo (alaraja)", "Loss aversion (low end)"),
            LossAversionHigh => (
                "Pettymyksen painoarvo (yläraja)",
                "Loss aversion (high end)",
            ),
            LevelWeight => ("Palvelun tason painoarvo", "Weight of the service level"),
            GoodHalf => (
                "Hyvän kokemuksen puolivälipiste",
                "Good-experience half point",
            ),
            BadHalf => (
                "Huonon kokemuksen puolivälipiste",
                "Bad-experience half point",
            ),
            Ratchet => ("Odotusten nousuvauhti", "Expectation ratchet"),
            DelightHalf => (
                "Ilahduttamisen puolivälipiste",
                "Delight's half-effect point",
            ),
            DelightPoints => (
                "Ilahduttamisen paino odotuksissa",
                "Delight's weight in expectations",
            ),
            SurpriseSeverity => ("Palveluvirheen vakavuus", "Severity of a service failure"),
            IrrelevantHalf => (
                "Turhien viestien puolivälipiste",
                "Irrelevant messages' half-effect point",
            ),
        },
    )
}

/// The source's figure in words, or for an assumption, why this value.
pub fn coefficient_figure(lang: Lang, id: CoefficientId) -> &'static str {
    use CoefficientId::*;
    pick(
        lang,
        match id {
            RecommendGood => (
                "Hyvän kokemuksen jälkeen yli 77\u{a0}% sanoo suosittelevansa palvelua.",
                "After a good experience, over 77% say they would recommend the service.",
            ),
            RecommendNeutral => (
                "Oletus: tavanomaisen kokemuksen jälkeen 30\u{a0}% sanoo suosittelevansa, hyvän ja huonon kokemuksen lukujen välissä.",
                "Assumption: after an ordinary experience 30% say they would recommend, between the good and bad figures.",
            ),
            RecommendBad => (
                "Oletus: huonon kokemuksen jälkeen harva, 5\u{a0}%, sanoo yhä suosittelevansa.",
                "Assumption: after a bad experience few, 5%, still say they would recommend.",
            ),
            SpendGood => (
                "Hyvän kokemuksen jälkeen asiakas sanoo olevansa valmis käyttämään palveluun yli 17\u{a0}% enemmän rahaa.",
                "After a good experience, customers say they would be willing to spend over 17% more.",
            ),
            NeverReturnLow => (
                "Huonon kokemuksen jälkeen yli 50\u{a0}% sanoo, ettei halua enää koskaan palata asiakkaaksi.",
                "After a bad experience, over 50% say they never want to come back.",
            ),
            NeverReturnHigh => (
                "Oletus: lähteen ”yli 50\u{a0}%” ylärajaksi arvioidaan 60\u{a0}%, koska lähde ei anna ylärajaa.",
                "Assumption: 60% is taken as the upper end of the source's “over 50%”, which gives no upper end.",
            ),
            ChurnNeutral => (
                "Oletus: tavanomaisen kokemuksen jälkeen poistuu 15\u{a0}% vuodessa, tyypillinen palvelualan taso.",
                "Assumption: after an ordinary experience 15% leave a year, a typical level for services.",
            ),
            GoodChurnFactor => (
                "Oletus: hyvän kokemuksen jälkeen poistuma on 80\u{a0}% tavanomaisesta, koska hyvä kokemus sitoo mutta ei estä lähtöä.",
                "Assumption: after a good experience churn is 80% of the ordinary rate, since a good experience binds but does not stop leaving.",
            ),
            LessLoyal => (
                "65\u{a0}% kuluttajista sanoo tuntevansa vähemmän uskollisuutta brändiä kohtaan, joka lähettää turhia tietoja.",
                "65% of consumers say they feel less loyal to a brand that sends them irrelevant information.",
            ),
            WouldLeave => (
                "Jopa 57\u{a0}% sanoo olevansa valmis katkaisemaan asiakassuhteen brändiin, joka lähettää turhia tietoja.",
                "As many as 57% say they are ready to end the relationship with a brand that sends irrelevant information.",
            ),
            SayDoRecommend => (
                "Suositteluaikeen ilmoittaneista noin 33\u{a0}% suositteli myös todella.",
                "Of those who said they would recommend, about 33% actually did.",
            ),
            SayDoSpend => (
                "Oletus: lisäkulutusaikeista toteutuu 30\u{a0}%, sillä valmius maksaa enemmän on heikompi kuin suositteluaie.",
                "Assumption: 30% of stated extra spending happens, as willingness to pay is weaker than an intention to recommend.",
            ),
            SayDoReturn => (
                "Oletus: lähtöaikeista toteutuu 40\u{a0}%, koska vaihtaminen maksaa vaivaa mutta huono kokemus on vahva syy.",
                "Assumption: 40% of stated intentions to leave are acted on, since switching takes effort but a bad experience is a strong reason.",
            ),
            SayDoMessages => (
                "Oletus: turhiin viesteihin liittyvistä aikeista toteutuu vain 10\u{a0}%, koska yksittäinen viesti ärsyttää vähän.",
                "Assumption: only 10% of intentions about irrelevant messages are acted on, as one message annoys little.",
            ),
            ToldBad => (
                "Huonosta kokemuksesta kerrotaan yli 15 ihmiselle.",
                "A bad experience is told to over 15 people.",
            ),
            ToldGood => (
                "Hyvästä kokemuksesta kerrotaan keskimäärin 11 ihmiselle.",
                "A good experience is told to 11 people on average.",
            ),
            WomInfluenceLow => (
                "Oletus: kertomus ratkaisee vähintään 2\u{a0}% niiden kuulijoiden valinnoista, jotka ovat valitsemassa palvelua.",
                "Assumption: a story decides at least 2% of the choices of listeners who are about to choose.",
            ),
            WomInfluenceHigh => (
                "Oletus: kertomus ratkaisee enintään 10\u{a0}% valinnoista, jotta suosittelu ei ylitä mitä CX-mallit raportoivat.",
                "Assumption: a story decides at most 10% of choices, so word of mouth stays near what CX models report.",
            ),
            PromisePull => (
                "Oletus: jokainen lupauspiste lisää uusia asiakkaita 5\u{a0}% vuodessa, koska uudet asiakkaat näkevät vain lupauksen.",
                "Assumption: each promise point adds 5% to new customers a year, as prospects see only the promise.",
            ),
            LossAversionLow => (
                "Oletus: tyytyväisyystutkimukset (Anderson & Sullivan 1993; Mittal, Ross & Baldasare 1998) havaitsevat alituksen painavan ylitystä enemmän; 1,5 on tämän epäsymmetrian maltillinen pää.",
                "Assumption: satisfaction studies (Anderson & Sullivan 1993; Mittal, Ross & Baldasare 1998) find a shortfall weighs more than a surplus; 1.5 is the modest end of that asymmetry.",
            ),
            LossAversionHigh => (
                "Menetys painaa noin 2,25 kertaa enemmän kuin yhtä suuri hyöty.",
                "A loss weighs about 2.25 times as much as an equal gain.",
            ),
            LevelWeight => (
                "Oletus: laatu sinänsä painaa yhtä paljon (1) kuin sen ero odotuksiin, koska kumpaakaan ei ole syytä painottaa.",
                "Assumption: quality itself weighs as much (1) as its gap to expectations, as there is no reason to favour either.",
            ),
            GoodHalf => (
                "Oletus: puolet kokemuksista on hyviä, kun kokemus ylittää odotuksen selvästi (indeksi 1,5); jokainen lisäpiste tuo vähemmän, joten ilahduttamiselle jää aina tilaa.",
                "Assumption: half of the experiences are good at a clear surplus (index 1.5); each further point adds less, so delight always has room.",
            ),
            BadHalf => (
                "Oletus: puolet kokemuksista on huonoja, kun kokemus jää odotuksesta selvästi (indeksi \u{2212}3).",
                "Assumption: half of the experiences are bad at a clear shortfall (index -3).",
            ),
            Ratchet => (
                "Oletus: odotus kuroo vuodessa umpeen 50\u{a0}% erostaan koettuun, puolivälissä hitaan ja välittömän välillä.",
                "Assumption: expectation closes 50% of its gap to experience a year, halfway between slow and at once.",
            ),
            DelightHalf => (
                "Oletus: 2 ilahduttavaa yllätystä vuodessa tuottaa puolet täydestä vaikutuksesta.",
                "Assumption: 2 delightful surprises a year give half the full effect.",
            ),
            DelightPoints => (
                "Oletus: totuttu ilahduttaminen nostaa odotusta 1 pisteen.",
                "Assumption: delight that has become a habit raises the expectation by 1 point.",
            ),
            SurpriseSeverity => (
                "Oletus: hyvittämätön palveluvirhe vie koetusta palvelusta 0,5 pistettä.",
                "Assumption: a service failure not put right takes 0.5 points off the experienced service.",
            ),
            IrrelevantHalf => (
                "Oletus: 4 turhaa viestiä kuukaudessa tuottaa puolet täydestä vaikutuksesta.",
                "Assumption: 4 irrelevant messages a month give half the full effect.",
            ),
        },
    )
}

/// One sentence on what a coefficient does in the model (see `model/engine.rs`).
pub fn coefficient_meaning(lang: Lang, id: CoefficientId) -> &'static str {
    use CoefficientId::*;
    pick(
        lang,
        match id {
            RecommendGood => (
                "Hyvän kokemuksen saaneiden suositteluaie; se liikuttaa omaa suositteluastettanne vain suhteessa nykyiseen.",
                "The stated intention to recommend after a good experience; it moves your own rate only relative to today.",
            ),
            RecommendNeutral => (
                "Tavanomaisen kokemuksen saaneiden suositteluaie.",
                "The stated intention to recommend after an ordinary experience.",
            ),
            RecommendBad => (
                "Huonon kokemuksen saaneiden suositteluaie.",
                "The stated intention to recommend after a bad experience.",
            ),
            SpendGood => (
                "Hyvän kokemuksen saaneiden lisäkulutusaie osuutena vuosiliikevaihdosta.",
                "The stated extra spend after a good experience, as a share of yearly revenue.",
            ),
            NeverReturnLow => (
                "Huonon kokemuksen saaneiden lähtöaie vaihteluvälin alapäässä; keskiarvona käytetään ala- ja ylärajan puoliväliä.",
                "The stated intention to leave after a bad experience at the low end of the range; the central value is the midpoint.",
            ),
            NeverReturnHigh => (
                "Huonon kokemuksen saaneiden lähtöaie vaihteluvälin yläpäässä.",
                "The stated intention to leave after a bad experience at the high end of the range.",
            ),
            ChurnNeutral => (
                "Vuosittainen poistuma tavanomaisen kokemuksen jälkeen; se liikuttaa omaa poistumaanne vain suhteessa nykyiseen.",
                "Yearly churn after an ordinary experience; it moves your own churn only relative to today.",
            ),
            GoodChurnFactor => (
                "Hyvän kokemuksen saaneiden poistuma suhteessa tavanomaiseen.",
                "Churn after a good experience, relative to the ordinary rate.",
            ),
            LessLoyal => (
                "Vähentää suosittelua turhien viestien myötä; siitä toteutuu vain aikeista toteutuva osuus.",
                "Lowers recommending as irrelevant messages grow; only its intention share is acted on.",
            ),
            WouldLeave => (
                "Lisää poistumaa turhien viestien myötä; siitä toteutuu vain aikeista toteutuva osuus.",
                "Adds to churn as irrelevant messages grow; only its intention share is acted on.",
            ),
            SayDoRecommend => (
                "Osuus suositteluaikeista, joka muuttuu kerrotuiksi suositteluiksi.",
                "The share of stated intentions to recommend that become recommendations told.",
            ),
            SayDoSpend => (
                "Osuus lisäkulutusaikeista, joka muuttuu kulutukseksi.",
                "The share of stated extra spending that is spent.",
            ),
            SayDoReturn => (
                "Osuus lähtöaikeista, joka muuttuu lähtemiseksi.",
                "The share of stated intentions to leave that are acted on.",
            ),
            SayDoMessages => (
                "Osuus turhiin viesteihin liittyvistä aikeista, joka muuttuu teoiksi.",
                "The share of intentions about irrelevant messages that are acted on.",
            ),
            ToldBad => (
                "Kuinka monelle huonon kokemuksen saanut kertoo siitä.",
                "How many people a customer with a bad experience tells.",
            ),
            ToldGood => (
                "Kuinka monelle suositteleva asiakas kertoo kokemuksestaan.",
                "How many people a recommending customer tells.",
            ),
            WomInfluenceLow => (
                "Osuus valintaa tekevistä kuulijoista, joiden valinnan kertomus kääntää, vaihteluvälin alapäässä.",
                "The share of listeners about to choose whose choice a story turns, at the low end of the range.",
            ),
            WomInfluenceHigh => (
                "Osuus valintaa tekevistä kuulijoista, joiden valinnan kertomus kääntää, vaihteluvälin yläpäässä.",
                "The share of listeners about to choose whose choice a story turns, at the high end of the range.",
            ),
            PromisePull => (
                "Kuinka paljon lupauspiste lisää uusia asiakkaita vuodessa; toteutunut palvelu ei vaikuta tähän, koska uudet asiakkaat eivät näe sitä.",
                "How much a promise point adds to new customers a year; delivery does not enter, as prospects cannot see it.",
            ),
            LossAversionLow => (
                "Kuinka paljon enemmän odotusten alitus painaa kuin yhtä suuri ylitys, vaihteluvälin alapäässä.",
                "How much more falling short of expectations weighs than exceeding them by as much, at the low end of the range.",
            ),
            LossAversionHigh => (
                "Kuinka paljon enemmän odotusten alitus painaa kuin yhtä suuri ylitys, vaihteluvälin yläpäässä.",
                "How much more falling short of expectations weighs than exceeding them by as much, at the high end of the range.",
            ),
            LevelWeight => (
                "Kuinka paljon palvelun taso sinänsä, yli tai alle asteikon puolivälin 5, vaikuttaa kokemukseen.",
                "How much the service level itself, above or below the midpoint 5 of the scale, moves the experience.",
            ),
            GoodHalf => (
                "Kokemusindeksi, jolla puolet asiakkaista saa hyvän kokemuksen; jokainen lisäpiste lisää hyviä kokemuksia vähemmän.",
                "The experience index at which half of the customers have a good experience; each further point adds fewer.",
            ),
            BadHalf => (
                "Kuinka paljon alle nollan kokemusindeksin on painuttava, jotta puolet asiakkaista saa huonon kokemuksen.",
                "How far below zero the experience index must fall for half of the customers to have a bad experience.",
            ),
            Ratchet => (
                "Kuinka suuren osan odotuksen ja koetun palvelun erosta odotus kuroo umpeen vuodessa; odotus ei laske lupauksen alle.",
                "How much of the gap between expectation and experience the expectation closes a year; it never falls below the promise.",
            ),
            DelightHalf => (
                "Yllätysmäärä vuodessa, joka tuottaa puolet ilahduttamisen täydestä vaikutuksesta; jokainen lisäyllätys tuo vähemmän.",
                "The surprises a year that give half of delight's full effect; each extra surprise adds less.",
            ),
            DelightPoints => (
                "Kuinka monta pistettä totuttu ilahduttaminen lisää odotukseen; kun se loppuu, puute tuntuu vajeena.",
                "The points delight adds to the expectation once customers are used to it; when it stops, its absence is felt.",
            ),
            SurpriseSeverity => (
                "Kuinka monta pistettä yksi hyvittämätön palveluvirhe vie koetusta palvelusta; hyvittäminen pienentää menetystä.",
                "The points one failure not put right takes off the experienced service; recovery reduces the loss.",
            ),
            IrrelevantHalf => (
                "Turhien viestien määrä kuukaudessa, joka tuottaa puolet niiden täydestä vaikutuksesta.",
                "The irrelevant messages a month that give half their full effect.",
            ),
        },
    )
}

/// Where a coefficient's default comes from, as a short label: exactly one of three.
pub fn origin_label(lang: Lang, origin: &Origin) -> &'static str {
    pick(
        lang,
        match origin {
            Origin::Seed { .. } => ("Lähtöaineiston luku", "Seed figure"),
            Origin::Study => ("Julkaistu tutkimus", "Published study"),
            Origin::Assumption => ("Oletus", "Assumption"),
        },
    )
}
