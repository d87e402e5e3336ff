//! Geometry of the timeline: the lines read off each scenario's [`Outcome`], the layout for a
//! given pixel width, the scales, the ticks, where the lines' direct labels go and the SVG path
//! data. Pure, so it is tested natively; the component (`components/timeline.rs`) only places
//! what this returns.
//!
//! Two panels, both in money and people rather than 0–10 levels: the gross margin of each year
//! and the customers at each year's end, for every scenario's plan and for today's course. Each
//! period is a slot of equal width and every line is drawn as steps: a value holds for its whole
//! period. Lines are named at their right ends, as Datawrapper and Our World in Data do, so no
//! legend sits between the reader and the lines.

use crate::model::Outcome;
use std::fmt::Write;

/// One line's values in both panels, one entry per period.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Line {
    /// Gross margin of the year.
    pub margin: Vec<f64>,
    /// Customers at the year's end.
    pub customers: Vec<f64>,
}

impl Line {
    /// What the scenario's plan makes of each year.
    pub fn plan(o: &Outcome) -> Line {
        let years = &o.plan.periods;
        Line {
            margin: years.iter().map(|p| p.margin).collect(),
            customers: years.iter().map(|p| p.customers_end).collect(),
        }
    }

    /// The same years on today's course: the business as it is, without the plan.
    pub fn today(o: &Outcome) -> Line {
        let years = &o.plan.periods;
        Line {
            margin: years.iter().map(|p| p.baseline_margin).collect(),
            customers: years.iter().map(|p| p.baseline_end).collect(),
        }
    }
}

/// Everything the timeline draws: each scenario's plan, and today's course.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Series {
    /// One line per scenario, in the scenarios' order.
    pub plans: Vec<Line>,
    /// Today's course once per different one, with the first scenario that has it: scenarios
    /// that share today's inputs (a copy with another plan) share one line.
    pub today: Vec<(usize, Line)>,
}

impl Series {
    pub fn of<'a>(outcomes: impl IntoIterator<Item = &'a Outcome>) -> Series {
        let mut series = Series::default();
        for (i, o) in outcomes.into_iter().enumerate() {
            let today = Line::today(o);
            if !series.today.iter().any(|(_, t)| *t == today) {
                series.today.push((i, today));
            }
            series.plans.push(Line::plan(o));
        }
        series
    }

    /// Every line, plans first: the order of [`Layout::labels`].
    pub fn lines(&self) -> impl Iterator<Item = &Line> {
        self.plans.iter().chain(self.today.iter().map(|(_, t)| t))
    }

    /// Periods on the x axis: the longest line's (scenarios may differ in their horizon).
    pub fn len(&self) -> usize {
        self.lines().map(|l| l.margin.len()).max().unwrap_or(0)
    }

    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }
}

/// A linear map from values to pixels. Values outside the domain are held at its edge, so a
/// line never leaves its panel.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Scale {
    pub domain: (f64, f64),
    pub range: (f64, f64),
}

impl Scale {
    pub fn at(&self, v: f64) -> f64 {
        let (d0, d1) = self.domain;
        let (r0, r1) = self.range;
        if !v.is_finite() || d1 == d0 {
            return r0;
        }
        // Not `clamp`: its panic message (for bounds out of order) formats floats, which costs
        // several KB of wasm.
        let v = v.max(d0.min(d1)).min(d0.max(d1));
        r0 + (v - d0) / (d1 - d0) * (r1 - r0)
    }
}

/// One slot per period along the x axis.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Slots {
    pub left: f64,
    pub width: f64,
    pub count: usize,
}

impl Slots {
    /// The left edge of slot `i` (`i == count` is the right edge of the last).
    pub fn edge(&self, i: usize) -> f64 {
        self.left + self.width * i as f64
    }

    pub fn centre(&self, i: usize) -> f64 {
        self.edge(i) + self.width / 2.0
    }
}

/// A value axis: its scale and where its ticks go.
#[derive(Clone, Debug, PartialEq)]
pub struct Axis {
    pub scale: Scale,
    pub ticks: Vec<f64>,
}

impl Axis {
    /// An axis on round steps holding every value, drawn from `bottom` (lowest) to `top`.
    fn nice(values: impl IntoIterator<Item = f64>, top: f64, bottom: f64) -> Axis {
        let (domain, step) = nice_domain(values);
        let n = ((domain.1 - domain.0) / step).round().max(0.0) as usize;
        Axis {
            scale: Scale {
                domain,
                range: (bottom, top),
            },
            ticks: (0..=n).map(|i| domain.0 + step * i as f64).collect(),
        }
    }
}

/// Narrowest and widest drawing widths: below, text would crowd; above, lines get too long to
/// follow. The SVG scales to its box outside this range.
const MIN_WIDTH: f64 = 240.0;
const MAX_WIDTH: f64 = 1100.0;
/// Drawn before the real width is known.
pub const DEFAULT_WIDTH: f64 = 640.0;

/// Room left of the plots for tick labels such as `1,25 milj. €`.
const LEFT: f64 = 78.0;
/// Right of the plots, the lines' labels: at most this share of the width (a phone keeps most of
/// it for the lines), at least a little room for the last step.
const LABEL_SHARE: f64 = 0.3;
const RIGHT: f64 = 10.0;
/// Space between a line's end and its label, and the height of one of the label's lines.
const LABEL_PAD: f64 = 6.0;
pub const LABEL_LINE: f64 = 14.0;
/// Margin panel, then the customers panel, each under its title.
const MARGIN_TOP: f64 = 26.0;
const MARGIN_HEIGHT: f64 = 130.0;
const CUSTOMERS_TOP: f64 = 196.0;
const CUSTOMERS_HEIGHT: f64 = 116.0;
/// Baseline of the period labels under the lower panel; the chart ends a little below.
const LABEL_GAP: f64 = 24.0;
const BOTTOM: f64 = 10.0;
/// Period labels closer than this (centre to centre, pixels) would run into each other.
const MIN_LABEL_GAP: f64 = 26.0;

/// Everything the chart places, for one width and one set of series.
#[derive(Clone, Debug, PartialEq)]
pub struct Layout {
    pub width: f64,
    pub height: f64,
    pub slots: Slots,
    /// Gross margin a year, euros, upper panel.
    pub margin: Axis,
    /// Customers, lower panel.
    pub customers: Axis,
    /// Baseline of the panel titles.
    pub margin_title_y: f64,
    pub customers_title_y: f64,
    /// Baseline of the period labels.
    pub label_y: f64,
    /// Periods whose label is shown (0-based), so that labels never overlap.
    pub labelled: Vec<usize>,
    /// Where the lines' labels start, and each label as drawn (one or two lines of text), in the
    /// order of [`Series::lines`].
    pub label_x: f64,
    pub labels: Vec<Vec<String>>,
}

impl Layout {
    /// The layout for a chart `width` pixels wide (held to [`MIN_WIDTH`]–[`MAX_WIDTH`]) of
    /// `series`, whose lines are named `names` (in the order of [`Series::lines`]).
    pub fn new(width: f64, series: &Series, names: &[&str]) -> Layout {
        let width = if width.is_finite() {
            width.clamp(MIN_WIDTH, MAX_WIDTH)
        } else {
            DEFAULT_WIDTH
        };
        // Room for the longest name on one line, up to the share; what does not fit wraps.
        let longest = names.iter().map(|n| text_width(n)).fold(0.0, f64::max);
        let room = (longest + LABEL_PAD).min(width * LABEL_SHARE).max(RIGHT);
        let fits = room - LABEL_PAD;
        let count = series.len().max(1);
        let slots = Slots {
            left: LEFT,
            width: (width - LEFT - room) / count as f64,
            count,
        };
        let margins = series.lines().flat_map(|l| l.margin.iter().copied());
        let margin = Axis::nice(margins, MARGIN_TOP, MARGIN_TOP + MARGIN_HEIGHT);
        let people = series.lines().flat_map(|l| l.customers.iter().copied());
        let customers = Axis::nice(people, CUSTOMERS_TOP, CUSTOMERS_TOP + CUSTOMERS_HEIGHT);
        let label_y = CUSTOMERS_TOP + CUSTOMERS_HEIGHT + LABEL_GAP;
        let every = label_every(slots.width, MIN_LABEL_GAP);
        // The first period, then every `every`-th counted from one (1, 5, 10… or 1, 2, 3…),
        // skipping one that would touch the label before it (the 2 after the 1).
        let mut labelled: Vec<usize> = Vec::with_capacity(count);
        for i in (0..count).filter(|&i| i == 0 || (i + 1) % every == 0) {
            let fits = labelled
                .last()
                .is_none_or(|&j| (i - j) as f64 * slots.width >= MIN_LABEL_GAP);
            if fits {
                labelled.push(i);
            }
        }
        Layout {
            width,
            height: label_y + BOTTOM,
            slots,
            margin,
            customers,
            margin_title_y: MARGIN_TOP - 10.0,
            customers_title_y: CUSTOMERS_TOP - 10.0,
            label_y,
            labelled,
            label_x: slots.edge(count) + LABEL_PAD,
            labels: names.iter().map(|n| wrap(n, fits)).collect(),
        }
    }

    /// The left and right ends of the plots.
    pub fn plot_x(&self) -> (f64, f64) {
        (self.slots.edge(0), self.slots.edge(self.slots.count))
    }

    /// The vertical centre of each line's label on `axis`, whose line ends are `ends` (the last
    /// values, in the order of [`Series::lines`]): beside its line's end, moved as little as
    /// keeps labels apart and within the panel (clear of the panel's title above).
    pub fn label_centres(&self, axis: &Axis, ends: &[f64]) -> Vec<f64> {
        let wanted: Vec<(f64, f64)> = ends
            .iter()
            .zip(&self.labels)
            .map(|(&v, l)| (axis.scale.at(v), l.len() as f64 * LABEL_LINE))
            .collect();
        let (bottom, top) = axis.scale.range;
        spread(&wanted, top, bottom)
    }
}

/// The width of a line's label in pixels, estimated generously: SVG text cannot be measured
/// before it is drawn. Em widths of the widest common system sans at the label's size and weight
/// (DejaVu Sans Bold, 12 px, where `Skenaario 1` takes 80 px); other fonts are narrower. Capitals
/// are ASCII and Nordic only, not `char::is_uppercase`, whose Unicode tables would cost the wasm
/// more than the estimate gains.
pub fn text_width(text: &str) -> f64 {
    let em: f64 = text
        .chars()
        .map(|c| match c {
            'i' | 'j' | 'l' | '\'' | '.' | ',' | ':' | ';' | '!' | '|' | ' ' => 0.35,
            'f' | 'r' | 't' | '(' | ')' | '-' | '/' => 0.5,
            'm' | 'w' | 'M' | 'W' | '…' | '%' => 1.0,
            'A'..='Z' | 'Ä' | 'Ö' | 'Å' | 'Ü' => 0.8,
            _ => 0.7,
        })
        .sum();
    em * 12.0
}

/// `text` in at most two lines of at most `fits` pixels ([`text_width`]), broken at a space;
/// what still does not fit ends in an ellipsis (the table beside the chart has every name whole).
pub fn wrap(text: &str, fits: f64) -> Vec<String> {
    let cut = |s: &str| -> String {
        if text_width(s) <= fits {
            return s.to_owned();
        }
        let mut t: String = s.to_owned();
        while !t.is_empty() && text_width(&t) + text_width("…") > fits {
            t.pop();
        }
        while t.ends_with(' ') {
            t.pop();
        }
        t.push('…');
        t
    };
    if text_width(text) <= fits {
        return vec![text.to_owned()];
    }
    // The last space that leaves a first line that fits.
    let split = text
        .char_indices()
        .rev()
        .find(|&(i, c)| c == ' ' && text_width(&text[..i]) <= fits)
        .map(|(i, _)| i);
    match split {
        Some(i) if i > 0 => vec![text[..i].to_owned(), cut(&text[i + 1..])],
        _ => vec![cut(text)],
    }
}

/// Centres for labels of the given (wanted centre, height), in the same order: each as near its
/// wanted centre as it can be without overlapping another, inside `top..bottom` where they fit.
/// The order from top to bottom stays that of the wanted centres.
pub fn spread(wanted: &[(f64, f64)], top: f64, bottom: f64) -> Vec<f64> {
    // Top to bottom by wanted centre. A few labels: an insertion sort, which unlike the
    // library's sort adds next to nothing to the wasm.
    let mut order: Vec<usize> = Vec::with_capacity(wanted.len());
    for i in 0..wanted.len() {
        let at = order
            .iter()
            .position(|&j| wanted[j].0 > wanted[i].0)
            .unwrap_or(order.len());
        order.insert(at, i);
    }
    let mut centres: Vec<f64> = wanted.iter().map(|w| w.0).collect();
    // Down from the top, each below the one above; then up from the bottom.
    let mut edge = top;
    for &i in &order {
        let half = wanted[i].1 / 2.0;
        centres[i] = centres[i].max(edge + half);
        edge = centres[i] + half;
    }
    let mut edge = bottom;
    for &i in order.iter().rev() {
        let half = wanted[i].1 / 2.0;
        centres[i] = centres[i].min(edge - half);
        edge = centres[i] - half;
    }
    centres
}

/// The narrowest domain on whole multiples of a round step (1, 2, 2.5 or 5 times a power of
/// ten) that holds every finite value with at most five intervals, and that step. Zero is
/// included when the values are near it, so a small change does not look like a big one.
fn nice_domain(values: impl IntoIterator<Item = f64>) -> ((f64, f64), f64) {
    let (mut lo, mut hi) = (f64::INFINITY, f64::NEG_INFINITY);
    for v in values.into_iter().filter(|v| v.is_finite()) {
        lo = lo.min(v);
        hi = hi.max(v);
    }
    if lo > hi {
        return ((0.0, 1.0), 0.25);
    }
    // Values that are all within a fifth of their size of zero are shown from zero.
    if lo > 0.0 && lo < hi * 0.2 {
        lo = 0.0;
    }
    let span = (hi - lo).max(hi.abs().max(lo.abs()) * 0.1).max(1.0);
    // The power of ten at or below a fifth of the span, from its decimal digits: `log10` would
    // bring libm's logarithm into the wasm for this one use.
    let (_, int_len) = crate::decimal::rounded_digits(span / 5.0, 15);
    let magnitude = 10f64.powi(i32::try_from(int_len - 1).unwrap_or(0));
    for m in [1.0, 2.0, 2.5, 5.0, 10.0, 20.0] {
        let step = m * magnitude;
        let d0 = (lo / step + 1e-9).floor();
        let mut d1 = (hi / step - 1e-9).ceil();
        if d1 <= d0 {
            d1 = d0 + 1.0;
        }
        if d1 - d0 <= 5.0 {
            return ((d0 * step, d1 * step), step);
        }
    }
    ((lo, hi), hi - lo)
}

/// Label every how many periods, so that labels `slot_width` apart are at least `min_gap` apart:
/// 1, 2, 5 or 10.
fn label_every(slot_width: f64, min_gap: f64) -> usize {
    [1, 2, 5, 10]
        .into_iter()
        .find(|&n| slot_width * n as f64 >= min_gap)
        .unwrap_or(10)
}

/// One decimal is finer than a pixel needs; writing into one string keeps this allocation-light.
fn push(d: &mut String, command: char, v: f64) {
    d.push(command);
    push_tenths(d, v);
}

fn push_point(d: &mut String, command: char, x: f64, y: f64) {
    push(d, command, x);
    d.push(',');
    push_tenths(d, y);
}

/// `v` with one decimal, as `{:.1}` writes it (`-0.0` included), but in integer arithmetic:
/// `{:.1}` on a float brings core's float formatting into the wasm (several KB). A value whose
/// tenths end in exactly 5 may round the other way than `{:.1}`, by a twentieth of a pixel.
fn push_tenths(d: &mut String, v: f64) {
    // Pixel coordinates, far inside a u32 (which formats with the code already in the wasm);
    // the cast saturates anything else.
    let tenths = (v.abs() * 10.0).round() as u32;
    if v.is_sign_negative() {
        d.push('-');
    }
    let _ = write!(d, "{}.{}", tenths / 10, tenths % 10);
}

/// Path data for a step line: each value held across its slot (`M x,y H x V y H x …`).
pub fn step_line(slots: &Slots, scale: &Scale, values: &[f64]) -> String {
    let mut d = String::with_capacity(16 * values.len() + 16);
    for (i, &v) in values.iter().enumerate() {
        let y = scale.at(v);
        if i == 0 {
            push_point(&mut d, 'M', slots.edge(0), y);
        } else {
            push(&mut d, 'V', y);
        }
        push(&mut d, 'H', slots.edge(i + 1));
    }
    d
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{evaluate, Assumptions, InputId, Scenario};

    fn outcome(s: &Scenario) -> Outcome {
        evaluate(s, &Assumptions::default())
    }

    fn series(horizon: f64) -> Series {
        let s = Scenario::default().with(InputId::Horizon, horizon).unwrap();
        Series::of([&outcome(&s)])
    }

    /// One name per line: the plan's and today's.
    const NAMES: [&str; 2] = ["The plan", "Today's course"];

    #[test]
    fn series_follow_the_model_in_money_and_people() {
        let s = series(5.0);
        assert_eq!(s.len(), 5);
        let (plan, today) = (&s.plans[0], &s.today[0].1);
        // The default plan closes the gap: more margin and customers than today's course.
        assert!(plan.margin[4] > today.margin[4]);
        assert!(plan.customers[4] > today.customers[4]);
        // A plan equal to today draws one line on the other.
        let same = outcome(&Scenario::default().plan_from_today());
        assert_eq!(Line::plan(&same), Line::today(&same));
    }

    #[test]
    fn every_scenario_has_a_line_and_today_is_drawn_once_per_course() {
        let first = Scenario::default();
        let copy = first.clone().with(InputId::PlanDelivered, 5.0).unwrap();
        let longer = first.clone().with(InputId::Horizon, 8.0).unwrap();
        let (a, b, c) = (outcome(&first), outcome(&copy), outcome(&longer));
        // A copy with another plan: two plans, one shared course of today.
        let s = Series::of([&a, &b]);
        assert_eq!(s.plans, vec![Line::plan(&a), Line::plan(&b)]);
        assert_ne!(s.plans[0], s.plans[1]);
        assert_eq!(s.today, vec![(0, Line::today(&a))]);
        assert_eq!(s.lines().count(), 3);
        // Another horizon is another course of today; the axis spans the longest.
        let s = Series::of([&a, &b, &c]);
        assert_eq!(s.today.len(), 2);
        assert_eq!(s.today[1].0, 2);
        assert_eq!(s.len(), 8);
        // Both axes hold every line's values.
        let l = Layout::new(640.0, &s, &["A", "B", "C", "Today", "Today (C)"]);
        assert_eq!(l.slots.count, 8);
        for line in s.lines() {
            for (&m, &n) in line.margin.iter().zip(&line.customers) {
                let (lo, hi) = l.margin.scale.domain;
                assert!(lo <= m && m <= hi);
                let (lo, hi) = l.customers.scale.domain;
                assert!(lo <= n && n <= hi);
            }
        }
        assert!(Series::default().is_empty());
    }

    #[test]
    fn labels_get_room_right_of_the_plot_and_wrap_on_a_phone() {
        let s = series(5.0);
        // A desktop gives the longest name its line.
        let l = Layout::new(1000.0, &s, &NAMES);
        assert_eq!(l.labels, vec![vec!["The plan"], vec!["Today's course"]]);
        assert!(l.label_x > l.plot_x().1);
        assert!(l.label_x + text_width("Today's course") <= l.width + 1e-9);
        // A phone keeps most of its width for the lines, and the long name takes two lines.
        let l = Layout::new(300.0, &s, &NAMES);
        assert_eq!(l.labels[1], vec!["Today's", "course"]);
        assert!(l.plot_x().1 - l.plot_x().0 >= 0.4 * l.width);
        for label in &l.labels {
            for text in label {
                assert!(l.label_x + text_width(text) <= l.width + 1e-9);
            }
        }
        // Short names take little room.
        let short = Layout::new(1000.0, &s, &["A", "B"]);
        assert!(short.plot_x().1 > l.plot_x().1 + 500.0);
    }

    #[test]
    fn label_widths_are_generous_for_wide_letters() {
        // At least what DejaVu Sans Bold takes at 12 px (Chromium here, measured).
        assert!(text_width("Skenaario 1") >= 80.0);
        assert!(text_width("Over-pro…") >= 71.7);
        assert!(text_width("Today's course") >= 101.5);
        assert!(text_width("MW") > text_width("il") * 2.0);
        assert_eq!(text_width(""), 0.0);
    }

    #[test]
    fn names_wrap_at_spaces_and_end_in_an_ellipsis_when_too_long() {
        let w = text_width;
        assert_eq!(wrap("Skenaario 1", w("Skenaario 1")), vec!["Skenaario 1"]);
        assert_eq!(wrap("Skenaario 1", w("Skenaario")), vec!["Skenaario", "1"]);
        assert_eq!(
            wrap("Nykymeno (Ylilupaus)", w("Nykymeno")),
            vec!["Nykymeno", "(Ylilupa…"]
        );
        assert_eq!(
            wrap("Asiakaskokemusohjelma", w("Asiakas…")),
            vec!["Asiakas…"]
        );
        // Letters beyond ASCII are cut whole, and the ellipsis follows a word, not a space.
        assert_eq!(wrap("Äö åä öö", w("Äö åä")), vec!["Äö åä", "öö"]);
        assert_eq!(wrap("Ab cd", w("Ab …")), vec!["Ab", "cd"]);
        assert_eq!(wrap("", 3.0), vec![""]);
        assert_eq!(wrap("abc", 0.0), vec!["…"]);
        for (text, fits) in [
            ("Over-promise and slow delivery", 70.0),
            ("Ylilupaus ja hidas toimitus", 90.0),
        ] {
            for line in wrap(text, fits) {
                assert!(w(&line) <= fits, "{line} in {fits}");
            }
        }
    }

    #[test]
    fn labels_stay_beside_their_lines_without_overlapping() {
        // Apart already: where they are wanted.
        assert_eq!(
            spread(&[(50.0, 14.0), (20.0, 14.0)], 0.0, 100.0),
            vec![50.0, 20.0]
        );
        // Lines ending together (a copy of a scenario): labels stacked around the ends, in
        // order, each a line's height from the next.
        let c = spread(&[(50.0, 14.0), (50.0, 14.0), (52.0, 28.0)], 0.0, 100.0);
        assert_eq!(c, vec![50.0, 64.0, 85.0]);
        // At the bottom edge: pushed up, kept inside.
        let c = spread(&[(99.0, 14.0), (98.0, 14.0)], 0.0, 100.0);
        assert_eq!(c, vec![93.0, 79.0]);
        // At the top edge: pushed down.
        assert_eq!(
            spread(&[(0.0, 14.0), (1.0, 14.0)], 0.0, 100.0),
            vec![7.0, 21.0]
        );
        assert_eq!(spread(&[], 0.0, 1.0), Vec::<f64>::new());

        // On the chart: each panel's labels within it, apart, and beside lines far apart.
        let first = Scenario::default();
        let worse = first.clone().with(InputId::PlanDelivered, 4.0).unwrap();
        let (a, b) = (outcome(&first), outcome(&worse));
        let s = Series::of([&a, &a, &b]);
        let l = Layout::new(390.0, &s, &["First", "Copy", "Worse", "Today"]);
        for (axis, ends) in [
            (
                &l.margin,
                s.lines()
                    .map(|l| l.margin[l.margin.len() - 1])
                    .collect::<Vec<_>>(),
            ),
            (
                &l.customers,
                s.lines()
                    .map(|l| l.customers[l.customers.len() - 1])
                    .collect(),
            ),
        ] {
            let c = l.label_centres(axis, &ends);
            assert_eq!(c.len(), 4);
            let mut sorted = c.clone();
            sorted.sort_by(f64::total_cmp);
            for w in sorted.windows(2) {
                assert!(w[1] - w[0] >= LABEL_LINE - 1e-9, "{c:?}");
            }
            let (bottom, top) = axis.scale.range;
            for &y in &c {
                assert!(
                    y >= top - LABEL_LINE && y <= bottom + LABEL_LINE,
                    "{y} in {top}..{bottom}"
                );
            }
            // The scenario far from the others is labelled at its own line's end.
            assert!((c[2] - axis.scale.at(ends[2])).abs() < LABEL_LINE, "{c:?}");
        }
    }

    #[test]
    fn scales_map_and_hold_values_at_the_edges() {
        let s = Scale {
            domain: (0.0, 10.0),
            range: (100.0, 0.0),
        };
        assert_eq!(s.at(0.0), 100.0);
        assert_eq!(s.at(10.0), 0.0);
        assert_eq!(s.at(2.5), 75.0);
        assert_eq!(s.at(-3.0), 100.0);
        assert_eq!(s.at(11.0), 0.0);
        assert_eq!(s.at(f64::NAN), 100.0);
        let flat = Scale {
            domain: (1.0, 1.0),
            range: (5.0, 9.0),
        };
        assert_eq!(flat.at(1.0), 5.0);
    }

    #[test]
    fn nice_domains_hold_every_value_on_round_steps() {
        assert_eq!(
            nice_domain([2_000_000.0, 2_140_000.0]),
            ((2_000_000.0, 2_150_000.0), 50_000.0)
        );
        assert_eq!(nice_domain([0.0, 10_000.0]), ((0.0, 10_000.0), 2_000.0));
        assert_eq!(
            nice_domain([9_000.0, 10_400.0]),
            ((9_000.0, 10_500.0), 500.0)
        );
        assert_eq!(nice_domain([100.0, 400.0]), ((100.0, 400.0), 100.0));
        assert_eq!(nice_domain([50.0, 400.0]), ((0.0, 400.0), 100.0));
        assert_eq!(nice_domain([f64::NAN]), ((0.0, 1.0), 0.25));
        for (a, b) in [
            (1.0, 1.0),
            (0.0, 0.0),
            (3.3e7, 3.31e7),
            (-1.0, 7.0e6),
            (123.0, 98_765.0),
        ] {
            let ((d0, d1), step) = nice_domain([a, b]);
            assert!(d0 <= a.min(b) && d1 >= a.max(b), "{a} {b}: {d0} {d1}");
            assert!(
                d1 > d0 && (d1 - d0) / step <= 5.0 + 1e-9,
                "{a} {b}: {d0} {d1} {step}"
            );
        }
    }

    #[test]
    fn labels_thin_out_on_narrow_charts() {
        assert_eq!(label_every(60.0, 26.0), 1);
        assert_eq!(label_every(13.0, 26.0), 2);
        assert_eq!(label_every(9.0, 26.0), 5);
        assert_eq!(label_every(2.0, 26.0), 10);
        // 20 periods at the narrowest width, beside the lines' labels: 1, 10, 20, never touching.
        let l = Layout::new(0.0, &series(20.0), &NAMES);
        assert_eq!(l.width, MIN_WIDTH);
        assert_eq!(l.labelled, vec![0, 9, 19]);
        // With short names, more room: 1, 5, 10, 15, 20.
        let l = Layout::new(0.0, &series(20.0), &["A", "B"]);
        assert_eq!(l.labelled, vec![0, 4, 9, 14, 19]);
        for w in l.labelled.windows(2) {
            assert!(l.slots.centre(w[1]) - l.slots.centre(w[0]) >= MIN_LABEL_GAP);
        }
        // One period: one label, one slot across the whole plot.
        let l = Layout::new(320.0, &series(1.0), &NAMES);
        assert_eq!(l.labelled, vec![0]);
        assert_eq!(l.slots.edge(1), l.plot_x().1);
        // Three periods on a desktop: every one.
        let l = Layout::new(1280.0, &series(3.0), &NAMES);
        assert_eq!(l.width, MAX_WIDTH);
        assert_eq!(l.labelled, vec![0, 1, 2]);
    }

    #[test]
    fn layouts_fit_their_width_and_keep_the_panels_apart() {
        for width in [240.0, 320.0, 800.0, f64::NAN] {
            let l = Layout::new(width, &series(20.0), &NAMES);
            let (x0, x1) = l.plot_x();
            assert!(x0 > 0.0 && x1 <= l.width && x1 > x0);
            assert!(l.margin.scale.range.0 < l.customers_title_y - 12.0);
            assert!(l.customers.scale.range.0 < l.label_y && l.label_y < l.height);
            let (lo, hi) = l.margin.scale.domain;
            assert_eq!(l.margin.ticks.first(), Some(&lo));
            assert_eq!(l.margin.ticks.last(), Some(&hi));
        }
    }

    #[test]
    fn step_paths_hold_each_value_across_its_slot() {
        let slots = Slots {
            left: 10.0,
            width: 20.0,
            count: 3,
        };
        let scale = Scale {
            domain: (0.0, 10.0),
            range: (100.0, 0.0),
        };
        assert_eq!(
            step_line(&slots, &scale, &[7.0, 7.5, 8.0]),
            "M10.0,30.0H30.0V25.0H50.0V20.0H70.0"
        );
        assert_eq!(step_line(&slots, &scale, &[5.0]), "M10.0,50.0H30.0");
    }

    fn tenths(v: f64) -> String {
        let mut d = String::new();
        push_tenths(&mut d, v);
        d
    }

    #[test]
    fn tenths_are_written_as_one_decimal() {
        assert_eq!(tenths(0.0), "0.0");
        assert_eq!(tenths(-0.0), "-0.0");
        assert_eq!(tenths(-0.01), "-0.0");
        assert_eq!(tenths(12.34), "12.3");
        assert_eq!(tenths(12.36), "12.4");
        assert_eq!(tenths(-7.96), "-8.0");
        assert_eq!(tenths(1234.5), "1234.5");
    }

    proptest::proptest! {
        /// The same text as `{:.1}`, except where the tenths end in a 5 (up to float noise).
        #[test]
        fn tenths_match_core_formatting(v in -1e6f64..1e6) {
            let scaled = (v * 10.0).abs();
            proptest::prop_assume!((scaled - scaled.floor() - 0.5).abs() > 1e-6);
            proptest::prop_assert_eq!(tenths(v), format!("{v:.1}"));
        }
    }
}
