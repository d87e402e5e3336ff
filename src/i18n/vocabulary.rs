//! The model's own vocabulary: what each input and coefficient is called, what it means and
//! where its figure comes from, in both languages.
//!
//! Every function is an exhaustive `match` on a model enum, so a new input or coefficient
//! does not compile until it has its words. Figures quote the source's number in words, so a
//! test checks each one still contains the coefficient's default value.

use super::Lang;
use crate::model::{CoefficientId, InputId, Origin};

fn pick(lang: Lang, (fi, en): (&'static str, &'static str)) -> &'static str {
    match lang {
        Lang::Fi => fi,
        Lang::En => en,
    }
}

/// The label of an input field.
pub fn input_label(lang: Lang, id: InputId) -> &'static str {
    use InputId::*;
    pick(
        lang,
        match id {
            Promise => ("Lupaus", "Promise"),
            Delivered => ("Toteutunut palvelu", "Delivered service"),
            DelightEvents => ("Ilahduttavat yllätykset", "Delightful surprises"),
            DelightPeriods => ("Ilahduttamisen kesto", "Delight lasts"),
            NegativeSurprises => ("Palvelukatkot", "Service breaks"),
            RecoveryQuality => ("Palvelukatkon korjaaminen", "Service recovery"),
            IrrelevantMessages => ("Turhat viestit", "Irrelevant messages"),
            Customers => ("Asiakkaat", "Customers"),
            RevenuePerCustomer => ("Liikevaihto asiakasta kohden", "Revenue per customer"),
            BaselineChurn => ("Asiakaspoistuma nyt", "Churn today"),
            BaselineRecommend => ("Suositteluaste nyt", "Recommendation rate today"),
            Reach => ("Kokemuksen kattavuus", "Reach"),
            Horizon => ("Tarkastelujakso", "Horizon"),
            CostOneOff => ("Kertakustannus", "One-off cost"),
            CostPerPeriod => ("Vuosittainen kustannus", "Yearly cost"),
            DiscountRate => ("Diskonttauskorko", "Discount rate"),
        },
    )
}

/// One short sentence under an input field.
pub fn input_help(lang: Lang, id: InputId) -> &'static str {
    use InputId::*;
    pick(
        lang,
        match id {
            Promise => (
                "Mitä brändisi ja palvelulupauksesi saavat asiakkaan odottamaan, asteikolla 0–10.",
                "What your brand and service promise lead customers to expect, on a 0–10 scale.",
            ),
            Delivered => (
                "Millaista palvelua asiakas todellisuudessa saa, samalla asteikolla 0–10.",
                "The service customers actually get, on the same 0–10 scale.",
            ),
            DelightEvents => (
                "Kuinka monta kertaa vuodessa asiakas ilahtuu jostain, mitä ei luvattu.",
                "How many times a year a customer is delighted by something not promised.",
            ),
            DelightPeriods => (
                "Kuinka monta vuotta ilahduttaminen jatkuu; kun se loppuu, puute tuntuu.",
                "How many years the delight goes on; when it stops, its absence is felt.",
            ),
            NegativeSurprises => (
                "Kuinka monta ikävää yllätystä tai palvelukatkoa asiakas kohtaa vuodessa.",
                "How many unpleasant surprises or service breaks a customer meets a year.",
            ),
            RecoveryQuality => (
                "Kuinka hyvin palvelukatko korjataan: 0\u{a0}% ei lainkaan, 100\u{a0}% täysin.",
                "How well a service break is put right: 0% not at all, 100% fully.",
            ),
            IrrelevantMessages => (
                "Kuinka monta asiakkaalle turhaa viestiä hän saa kuukaudessa.",
                "How many messages a month a customer gets that are of no use to them.",
            ),
            Customers => (
                "Asiakkaiden määrä tarkastelun alussa.",
                "The number of customers at the start.",
            ),
            RevenuePerCustomer => (
                "Keskimääräinen liikevaihto asiakasta kohden vuodessa.",
                "Average yearly revenue per customer.",
            ),
            BaselineChurn => (
                "Kuinka suuri osa asiakkaista lähtee nykyään vuoden aikana.",
                "The share of customers who leave in a year today.",
            ),
            BaselineRecommend => (
                "Kuinka suuri osa asiakkaista suosittelee teitä nykyään.",
                "The share of customers who recommend you today.",
            ),
            Reach => (
                "Kuinka suuri osa asiakkaista kohtaa tämän palvelukokemuksen.",
                "The share of customers who meet this experience.",
            ),
            Horizon => (
                "Kuinka monta vuotta eteenpäin vaikutukset lasketaan.",
                "How many years ahead the effects are calculated.",
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
                "Suosittelu hyvän kokemuksen jälkeen",
                "Recommending after a good experience",
            ),
            SpendGood => (
                "Lisäkulutus hyvän kokemuksen jälkeen",
                "Extra spend after a good experience",
            ),
            NeverReturnLow => (
                "Ei palaa huonon kokemuksen jälkeen (alaraja)",
                "Never return after a bad experience (low end)",
            ),
            NeverReturnHigh => (
                "Ei palaa huonon kokemuksen jälkeen (yläraja)",
                "Never return after a bad experience (high end)",
            ),
            ToldBad => (
                "Huonosta kokemuksesta kerrotaan",
                "Told of a bad experience",
            ),
            ToldGood => (
                "Hyvästä kokemuksesta kerrotaan",
                "Told of a good experience",
            ),
            DelightRevenueLow => (
                "Ilahduttamisen tuoma lisäkulutus (alaraja)",
                "Extra spend from delight (low end)",
            ),
            DelightRevenueHigh => (
                "Ilahduttamisen tuoma lisäkulutus (yläraja)",
                "Extra spend from delight (high end)",
            ),
            DelightHalf => (
                "Ilahduttamisen kyllästymispiste",
                "Delight saturation point",
            ),
            RecommendDelighted => ("Ilahdutettujen suosittelu", "Recommending when delighted"),
            DelightPoints => (
                "Ilahduttamisen paino odotuksissa",
                "Delight's weight in expectations",
            ),
            Ratchet => ("Odotusten kiristymisvauhti", "Expectation ratchet"),
            LossAversionLow => ("Pettymyksen painoarvo (alaraja)", "Loss aversion (low end)"),
            LossAversionHigh => (
                "Pettymyksen painoarvo (yläraja)",
                "Loss aversion (high end)",
            ),
            LevelWeight => ("Palvelun tason painoarvo", "Weight of the service level"),
            GoodAt => ("Hyvän kokemuksen kynnys", "Good-experience threshold"),
            BadAt => ("Huonon kokemuksen kynnys", "Bad-experience threshold"),
            GoodChurnFactor => (
                "Poistuma hyvän kokemuksen jälkeen",
                "Churn after a good experience",
            ),
            RecommendBad => (
                "Suosittelu huonon kokemuksen jälkeen",
                "Recommending after a bad experience",
            ),
            WomConversion => ("Suosittelusta asiakkaaksi", "Word-of-mouth conversion"),
            PromiseAttraction => ("Lupauksen vetovoima", "Pull of the promise"),
            SurpriseSeverity => ("Palvelukatkon vakavuus", "Severity of a service break"),
            LessLoyal => (
                "Turhat viestit heikentävät uskollisuutta",
                "Less loyal after irrelevant messages",
            ),
            WouldLeave => (
                "Turhat viestit saavat lähtemään",
                "Ready to leave over irrelevant messages",
            ),
            SayDo => ("Sanoista tekoihin", "From saying to doing"),
            IrrelevantHalf => (
                "Turhien viestien kyllästymispiste",
                "Irrelevant-message saturation point",
            ),
        },
    )
}

/// The source's figure in words, or for an assumption, that it is one.
pub fn coefficient_figure(lang: Lang, id: CoefficientId) -> &'static str {
    use CoefficientId::*;
    pick(
        lang,
        match id {
            RecommendGood => (
                "Hyvän kokemuksen jälkeen yli 77\u{a0}% suosittelee palvelua.",
                "After a good experience, over 77% recommend the service.",
            ),
            SpendGood => (
                "Hyvän kokemuksen jälkeen asiakas on valmis käyttämään palveluun yli 17\u{a0}% enemmän rahaa.",
                "After a good experience, customers are willing to spend over 17% more.",
            ),
            NeverReturnLow => (
                "Huonon kokemuksen jälkeen yli 50\u{a0}% ei halua enää koskaan palata asiakkaaksi.",
                "After a bad experience, over 50% never want to come back.",
            ),
            NeverReturnHigh => (
                "Oletus: lähteen ”yli 50\u{a0}%” ylärajaksi arvioidaan 60\u{a0}%.",
                "Assumption: 60% is taken as the upper end of the source's “over 50%”.",
            ),
            ToldBad => (
                "Huonosta kokemuksesta kerrotaan yli 15 ihmiselle.",
                "A bad experience is told to over 15 people.",
            ),
            ToldGood => (
                "Hyvästä kokemuksesta kerrotaan keskimäärin 11 ihmiselle.",
                "A good experience is told to 11 people on average.",
            ),
            DelightRevenueLow | DelightRevenueHigh => (
                "Tyytyväisten asiakkaiden ilahduttaminen kasvatti vakuutusalalla liikevaihtoa jopa 8–12\u{a0}%.",
                "Delighting satisfied customers raised revenue by up to 8–12% in insurance.",
            ),
            DelightHalf => (
                "Oletus: 2 ilahduttavaa yllätystä vuodessa tuottaa puolet täydestä vaikutuksesta.",
                "Assumption: 2 delightful surprises a year give half the full effect.",
            ),
            RecommendDelighted => (
                "Oletus: ilahdutetuista asiakkaista 90\u{a0}% suosittelee.",
                "Assumption: 90% of delighted customers recommend.",
            ),
            DelightPoints => (
                "Oletus: totuttu ilahduttaminen nostaa odotusta 1 pisteen.",
                "Assumption: delight that has become a habit raises the expectation by 1 point.",
            ),
            Ratchet => (
                "Poikkeuksellisesta onnistumisesta tulee nopeasti asiakkaan odotusarvo; vauhdiksi oletetaan 50\u{a0}% erosta vuodessa.",
                "An exceptional success soon becomes what customers expect; the pace, 50% of the gap a year, is an assumption.",
            ),
            LossAversionLow | LossAversionHigh => (
                "Tutkimusten mukaan menetys painaa 1,5–2,5 kertaa enemmän kuin yhtä suuri hyöty.",
                "Studies find a loss weighs 1.5–2.5 times as much as an equal gain.",
            ),
            LevelWeight => (
                "Tyytyväisyyteen vaikuttaa sekä laatu sinänsä että sen ero odotuksiin; painoksi oletetaan 1.",
                "Satisfaction depends on quality itself as well as on its gap to expectations; a weight of 1 is assumed.",
            ),
            GoodAt => (
                "Kalibroitu oletus: indeksillä 4 jokainen kokemus on hyvä, jolloin yli 77\u{a0}%:n suosittelu pätee kaikkiin.",
                "Calibrated assumption: at an index of 4 every experience is good, so the 77% recommendation rate applies to all.",
            ),
            BadAt => (
                "Kalibroitu oletus: indeksillä \u{2212}6 jokainen kokemus on huono, jolloin yli 50\u{a0}% ei palaa.",
                "Calibrated assumption: at an index of -6 every experience is bad, so over 50% never return.",
            ),
            GoodChurnFactor => (
                "Oletus: hyvän kokemuksen saaneiden poistuma on 80\u{a0}% nykyisestä.",
                "Assumption: after a good experience, churn is 80% of today's.",
            ),
            RecommendBad => (
                "Oletus: huonon kokemuksen jälkeen kukaan ei suosittele (0\u{a0}%).",
                "Assumption: no one recommends after a bad experience (0%).",
            ),
            WomConversion => (
                "Oletus: suosittelun kuulleista 2\u{a0}% tulee asiakkaaksi.",
                "Assumption: 2% of the people told become customers.",
            ),
            PromiseAttraction => (
                "Oletus: jokainen lupauspiste yli toteutuneen palvelun tuo vuodessa 5\u{a0}% lisää asiakkaita.",
                "Assumption: each promise point above the delivered service wins 5% more customers a year.",
            ),
            SurpriseSeverity => (
                "Oletus: korjaamaton palvelukatko vie koetusta palvelusta 0,5 pistettä.",
                "Assumption: a service break not put right takes 0.5 points off the experienced service.",
            ),
            LessLoyal => (
                "65\u{a0}% kuluttajista tuntee vähemmän uskollisuutta brändiä kohtaan, joka lähettää turhia tietoja.",
                "65% of consumers feel less loyal to a brand that sends them irrelevant information.",
            ),
            WouldLeave => (
                "Jopa 57\u{a0}% on valmis katkaisemaan asiakassuhteen brändiin, joka lähettää turhia tietoja.",
                "As many as 57% are ready to end the relationship with a brand that sends irrelevant information.",
            ),
            SayDo => (
                "Oletus: asiakkaat sanovat yhtä ja tekevät toista, joten ilmoitetuista aikeista toteutuu 10\u{a0}%.",
                "Assumption: customers say one thing and do another, so 10% of stated intentions are acted on.",
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
                "Näin suuri osa hyvän kokemuksen saaneista suosittelee palvelua.",
                "The share of customers with a good experience who recommend the service.",
            ),
            SpendGood => (
                "Hyvän kokemuksen saaneen asiakkaan lisäkulutus osuutena hänen vuosiliikevaihdostaan.",
                "The extra spend of a customer with a good experience, as a share of their yearly revenue.",
            ),
            NeverReturnLow => (
                "Huonon kokemuksen saaneista lähtevä osuus vaihteluvälin optimistisessa päässä; keskiarvona käytetään ala- ja ylärajan puoliväliä.",
                "The share who leave after a bad experience at the optimistic end of the range; the central value is the midpoint of the two ends.",
            ),
            NeverReturnHigh => (
                "Huonon kokemuksen saaneista lähtevä osuus vaihteluvälin pessimistisessä päässä.",
                "The share who leave after a bad experience at the pessimistic end of the range.",
            ),
            ToldBad => (
                "Kuinka monelle huonon kokemuksen saanut kertoo vuodessa; nämä kertomukset vievät pohjaa suosittelun tuomilta uusilta asiakkailta.",
                "How many people each customer with a bad experience tells a year; these stories cancel out new customers won by recommendations.",
            ),
            ToldGood => (
                "Kuinka monelle kukin suosittelija kertoo vuodessa; osa kuulijoista tulee asiakkaiksi.",
                "How many people each recommending customer tells a year; some of them become customers.",
            ),
            DelightRevenueLow => (
                "Täyden ilahduttamisen tuoma lisäkulutus hyvän kokemuksen päälle vaihteluvälin pessimistisessä päässä.",
                "Extra spend from full delight on top of a good experience, at the pessimistic end of the range.",
            ),
            DelightRevenueHigh => (
                "Täyden ilahduttamisen tuoma lisäkulutus hyvän kokemuksen päälle vaihteluvälin optimistisessa päässä.",
                "Extra spend from full delight on top of a good experience, at the optimistic end of the range.",
            ),
            DelightHalf => (
                "Yllätysmäärä vuodessa, joka tuottaa puolet ilahduttamisen täydestä vaikutuksesta; jokainen lisäyllätys tuo vähemmän kuin edellinen.",
                "The surprises a year that give half of delight's full effect; each extra surprise adds less than the one before.",
            ),
            RecommendDelighted => (
                "Suositteluaste, kun hyvän kokemuksen päälle tulee täysi ilahduttaminen.",
                "The recommendation rate when full delight comes on top of a good experience.",
            ),
            DelightPoints => (
                "Kuinka monta pistettä totuttu ilahduttaminen lisää odotukseen; kun ilahduttaminen loppuu, sen puute tuntuu vajeena.",
                "The points delight adds to the expectation once customers are used to it; when it stops, its absence is felt as a shortfall.",
            ),
            Ratchet => (
                "Kuinka suuren osan odotuksen ja koetun palvelun erosta odotus kuroo umpeen vuodessa; odotus ei laske lupauksen alle, ja samaa vauhtia ilahduttamisesta tulee arkea.",
                "How much of the gap between expectation and experience the expectation closes each year; it never falls below the promise, and at the same pace delight becomes ordinary.",
            ),
            LossAversionLow => (
                "Kuinka paljon enemmän odotusten alitus painaa kuin yhtä suuri ylitys, vaihteluvälin optimistisessa päässä.",
                "How much more falling short of expectations weighs than exceeding them by as much, at the optimistic end of the range.",
            ),
            LossAversionHigh => (
                "Kuinka paljon enemmän odotusten alitus painaa kuin yhtä suuri ylitys, vaihteluvälin pessimistisessä päässä.",
                "How much more falling short of expectations weighs than exceeding them by as much, at the pessimistic end of the range.",
            ),
            LevelWeight => (
                "Kuinka paljon palvelun taso sinänsä, yli tai alle asteikon puolivälin 5, vaikuttaa tyytyväisyyteen odotuksista riippumatta.",
                "How much the service level itself, above or below the midpoint 5 of the scale, moves satisfaction regardless of expectations.",
            ),
            GoodAt => (
                "Tyytyväisyysindeksi, jolla kaikki kokemuksen kohtaavat saavat hyvän kokemuksen; sitä pienemmillä indekseillä hyvien osuus kasvaa tasaisesti.",
                "The satisfaction index at which everyone who meets the experience has a good one; below it, the good share grows smoothly.",
            ),
            BadAt => (
                "Kuinka paljon alle nollan tyytyväisyysindeksin on painuttava, jotta kaikki saavat huonon kokemuksen; sitä ennen huonojen osuus kasvaa tasaisesti.",
                "How far below zero the satisfaction index must fall for everyone to have a bad experience; until then, the bad share grows smoothly.",
            ),
            GoodChurnFactor => (
                "Hyvän kokemuksen saaneiden asiakaspoistuma suhteessa nykyiseen poistumaan.",
                "Churn after a good experience, relative to today's churn.",
            ),
            RecommendBad => (
                "Osuus huonon kokemuksen saaneista, joka silti suosittelee palvelua.",
                "The share of customers with a bad experience who still recommend the service.",
            ),
            WomConversion => (
                "Osuus suosittelun kuulleista, josta tulee asiakkaita, kun nykyinen suosittelu ja huonot kertomukset on vähennetty.",
                "The share of people told who become customers, beyond today's word of mouth and net of bad stories.",
            ),
            PromiseAttraction => (
                "Kuinka suuren osan asiakasmäärästä kukin toteutunutta palvelua korkeampi lupauspiste tuo vuodessa; liian matala lupaus vastaavasti karkottaa asiakkaita.",
                "The share of customers each promise point above the delivered service wins a year; a promise below it turns customers away.",
            ),
            SurpriseSeverity => (
                "Kuinka monta pistettä yksi korjaamaton palvelukatko vie koetusta palvelusta; hyvä korjaaminen pienentää menetystä.",
                "The points one service break not put right takes off the experienced service; good recovery reduces the loss.",
            ),
            LessLoyal => (
                "Vähentää suosittelua, kun asiakas saa turhia viestejä; siitä toteutuu vain sanoista tekoihin -osuus.",
                "Lowers recommending when customers get irrelevant messages; only the say-to-do share of it is acted on.",
            ),
            WouldLeave => (
                "Lisää asiakaspoistumaa, kun asiakas saa turhia viestejä; siitä toteutuu vain sanoista tekoihin -osuus.",
                "Adds to churn when customers get irrelevant messages; only the say-to-do share of it is acted on.",
            ),
            SayDo => (
                "Osuus kyselyissä ilmoitetuista aikeista, joka muuttuu teoiksi; se skaalaa turhien viestien vaikutuksen suositteluun ja poistumaan.",
                "The share of intentions stated in surveys that customers act on; it scales the effect of irrelevant messages on recommending and churn.",
            ),
            IrrelevantHalf => (
                "Turhien viestien määrä kuukaudessa, joka tuottaa puolet niiden täydestä vaikutuksesta; jokainen lisäviesti vaikuttaa vähemmän.",
                "The irrelevant messages a month that give half their full effect; each extra message adds less.",
            ),
        },
    )
}

/// Where a coefficient's default comes from, as a short label.
pub fn origin_label(lang: Lang, origin: &Origin) -> &'static str {
    pick(
        lang,
        match origin {
            Origin::Seed { .. } => (
                "Lähde: luku suomalaisesta asiakaskokemusblogista",
                "Source: a figure quoted in a Finnish CX blog post",
            ),
            Origin::Study => ("Lähde: julkaistu tutkimus", "Source: a published study"),
            Origin::Assumption => (
                "Oletus: korvaa omilla tiedoillasi",
                "Assumption: replace it with your own data",
            ),
        },
    )
}
