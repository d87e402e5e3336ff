//! Geometry of the expectation timeline: the series read off an [`Outcome`], the layout for a
//! given pixel width, the scales, the ticks and the SVG path data. Pure, so it is tested
//! natively; the component (`components/timeline.rs`) only places what this returns.
//!
//! Each period is a slot of equal width and every series is drawn as steps: a value holds for
//! its whole period, and a rise at a slot's edge is the expectation ratchet made visible.

use crate::model::{Band, Outcome};
use std::fmt::Write;

/// The per-period values the timeline shows, one entry per period.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Series {
    /// The ratcheted promise, 0–10.
    pub promise: Vec<f64>,
    /// What customers expect: the ratcheted promise plus the delight they have come to expect.
    pub expectation: Vec<f64>,
    /// The delight customers have come to expect, in points (part of `expectation`).
    pub expected_delight: Vec<f64>,
    /// The experienced service level, 0–10.
    pub experienced: Vec<f64>,
    /// Share who recommend (0–1) with its low–high band from the three runs.
    pub recommend: Vec<Band>,
}

impl Series {
    pub fn of(o: &Outcome) -> Series {
        let mut s = Series::default();
        let runs = o
            .central
            .periods
            .iter()
            .zip(&o.pessimistic.periods)
            .zip(&o.optimistic.periods);
        for ((c, p), q) in runs {
            let t = &c.terms;
            s.promise.push(t.expectation);
            s.expectation.push(t.expectation + t.expected_delight);
            s.expected_delight.push(t.expected_delight);
            s.experienced.push(t.experienced);
            s.recommend
                .push(Band::of(c.recommend, p.recommend, q.recommend));
        }
        s
    }

    pub fn len(&self) -> usize {
        self.recommend.len()
    }

    pub fn is_empty(&self) -> bool {
        self.recommend.is_empty()
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
    fn new(domain: (f64, f64), step: f64, top: f64, bottom: f64) -> Axis {
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

/// Room left of the plots for tick labels such as `100 %`, and right of them for the last step.
const LEFT: f64 = 46.0;
const RIGHT: f64 = 10.0;
/// Levels panel (0–10), then the recommendation panel, each under its title.
const LEVEL_TOP: f64 = 26.0;
const LEVEL_HEIGHT: f64 = 140.0;
const PERCENT_TOP: f64 = 206.0;
const PERCENT_HEIGHT: f64 = 116.0;
/// Baseline of the period labels under the lower panel; the chart ends a little below.
const LABEL_GAP: f64 = 24.0;
const BOTTOM: f64 = 10.0;
/// Period labels closer than this (centre to centre, pixels) would run into each other.
const MIN_LABEL_GAP: f64 = 26.0;
/// A recommendation axis never spans less than this, so small differences are not blown up.
const MIN_PERCENT_SPAN: f64 = 0.2;
/// A level axis never spans less than this many points.
const MIN_LEVEL_SPAN: f64 = 2.0;

/// Everything the chart places, for one width and one set of series.
#[derive(Clone, Debug, PartialEq)]
pub struct Layout {
    pub width: f64,
    pub height: f64,
    pub slots: Slots,
    /// Levels on the 0–10 scale, upper panel.
    pub level: Axis,
    /// Recommendation rate (0–1), lower panel.
    pub percent: Axis,
    /// Baseline of the panel titles.
    pub level_title_y: f64,
    pub percent_title_y: f64,
    /// Baseline of the period labels.
    pub label_y: f64,
    /// Periods whose label is shown (0-based), so that labels never overlap.
    pub labelled: Vec<usize>,
}

impl Layout {
    /// The layout for a chart `width` pixels wide (held to [`MIN_WIDTH`]–[`MAX_WIDTH`]) of
    /// `series`, whose recommendation axis also holds `today` (the rate if nothing changes).
    pub fn new(width: f64, series: &Series, today: f64) -> Layout {
        let width = if width.is_finite() {
            width.clamp(MIN_WIDTH, MAX_WIDTH)
        } else {
            DEFAULT_WIDTH
        };
        let count = series.len().max(1);
        let slots = Slots {
            left: LEFT,
            width: (width - LEFT - RIGHT) / count as f64,
            count,
        };
        let levels = [&series.promise, &series.expectation, &series.experienced];
        let (domain, step) = level_domain(levels.into_iter().flatten().copied());
        let level = Axis::new(domain, step, LEVEL_TOP, LEVEL_TOP + LEVEL_HEIGHT);
        let values = series
            .recommend
            .iter()
            .flat_map(|b| [b.low, b.high])
            .chain([today]);
        let (domain, step) = percent_domain(values);
        let percent = Axis::new(domain, step, PERCENT_TOP, PERCENT_TOP + PERCENT_HEIGHT);
        let label_y = PERCENT_TOP + PERCENT_HEIGHT + LABEL_GAP;
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
            level,
            percent,
            level_title_y: LEVEL_TOP - 10.0,
            percent_title_y: PERCENT_TOP - 10.0,
            label_y,
            labelled,
        }
    }

    /// The left and right ends of the plots.
    pub fn plot_x(&self) -> (f64, f64) {
        (self.slots.edge(0), self.slots.edge(self.slots.count))
    }
}

/// A domain for recommendation rates (fractions) that holds every value, on round percentage
/// steps, at least [`MIN_PERCENT_SPAN`] wide and within 0–100 %; and its tick step.
fn percent_domain(values: impl IntoIterator<Item = f64>) -> ((f64, f64), f64) {
    nice_domain(
        values,
        (0.0, 1.0),
        &[0.05, 0.1, 0.2, 0.25],
        MIN_PERCENT_SPAN,
    )
}

/// A domain for levels on the 0–10 scale that holds every value, at least [`MIN_LEVEL_SPAN`]
/// points wide, so that a ratchet of a tenth of a point still shows; and its tick step.
fn level_domain(values: impl IntoIterator<Item = f64>) -> ((f64, f64), f64) {
    nice_domain(values, (0.0, 10.0), &[0.5, 1.0, 2.0, 2.5], MIN_LEVEL_SPAN)
}

/// The narrowest domain on whole multiples of one of `steps` (tried in order) that holds every
/// finite value, spans at least `min_span`, stays within `bounds` and has at most five
/// intervals; `bounds` themselves when nothing fits or there are no values.
fn nice_domain(
    values: impl IntoIterator<Item = f64>,
    bounds: (f64, f64),
    steps: &[f64],
    min_span: f64,
) -> ((f64, f64), f64) {
    let (mut lo, mut hi) = (f64::INFINITY, f64::NEG_INFINITY);
    for v in values.into_iter().filter(|v| v.is_finite()) {
        let v = v.max(bounds.0).min(bounds.1);
        lo = lo.min(v);
        hi = hi.max(v);
    }
    let fallback = steps.last().copied().unwrap_or(bounds.1 - bounds.0);
    if lo > hi {
        return (bounds, fallback);
    }
    for &step in steps {
        // Count in steps, with a little slack so that 0.55 / 0.05 does not become 10.99…
        let (min, max) = ((bounds.0 / step).round(), (bounds.1 / step).round());
        let mut d0 = (lo / step + 1e-9).floor().max(min).min(max);
        let mut d1 = (hi / step - 1e-9).ceil().max(min).min(max);
        let need = (min_span / step - 1e-9).ceil().max(1.0);
        while d1 - d0 < need {
            // Widen on the side with more room around the values, within the bounds.
            if d1 < max && (d1 - hi / step <= lo / step - d0 || d0 <= min) {
                d1 += 1.0;
            } else {
                d0 -= 1.0;
            }
        }
        if d1 - d0 <= 5.0 {
            return ((d0 * step, d1 * step), step);
        }
    }
    (bounds, fallback)
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

/// Path data for a band between two step lines: along `high` left to right, back along `low`.
pub fn step_band(slots: &Slots, scale: &Scale, low: &[f64], high: &[f64]) -> String {
    let n = low.len().min(high.len());
    if n == 0 {
        return String::new();
    }
    let mut d = step_line(slots, scale, &high[..n]);
    for i in (0..n).rev() {
        push(&mut d, 'V', scale.at(low[i]));
        push(&mut d, 'H', slots.edge(i));
    }
    d.push('Z');
    d
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{evaluate, Assumptions, InputId, Scenario};

    fn series(horizon: f64) -> Series {
        let s = Scenario::default()
            .with(InputId::Horizon, horizon)
            .and_then(|s| s.with(InputId::DelightEvents, 4.0))
            .unwrap();
        Series::of(&evaluate(&s, &Assumptions::default()))
    }

    #[test]
    fn series_follow_the_model_and_show_the_ratchet() {
        let s = series(5.0);
        assert_eq!(s.len(), 5);
        // Delight goes on: customers come to expect more of it each period.
        for w in s.expected_delight.windows(2) {
            assert!(w[1] > w[0], "{:?}", s.expected_delight);
        }
        for i in 0..s.len() {
            assert!((s.expectation[i] - s.promise[i] - s.expected_delight[i]).abs() < 1e-12);
            let b = s.recommend[i];
            assert!(b.low <= b.central && b.central <= b.high, "{b:?}");
        }
        assert_eq!(
            s.expectation[0], 7.0,
            "the first period expects the promise"
        );
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
    fn percent_domains_hold_every_value_on_round_steps() {
        let close =
            |a: (f64, f64), b: (f64, f64)| (a.0 - b.0).abs() < 1e-9 && (a.1 - b.1).abs() < 1e-9;
        // The defaults: 40 % today, about 55–57 % with the scenario.
        let (d, step) = percent_domain([0.40, 0.55, 0.57]);
        assert!(close(d, (0.40, 0.60)), "{d:?}");
        assert_eq!(step, 0.05);
        // Values on a step stay on it and are not pushed off the axis.
        let (d, _) = percent_domain([0.55, 0.60]);
        assert!(
            d.0 <= 0.55 && d.1 >= 0.60 && d.1 - d.0 >= MIN_PERCENT_SPAN - 1e-9,
            "{d:?}"
        );
        // Never outside 0–100 %, even for a value at an end.
        for values in [[0.0, 0.01], [0.99, 1.0], [1.0, 1.0], [0.0, 0.0]] {
            let (d, _) = percent_domain(values);
            assert!(
                d.0 >= 0.0 && d.1 <= 1.0 + 1e-9 && d.1 - d.0 >= MIN_PERCENT_SPAN - 1e-9,
                "{values:?} {d:?}"
            );
        }
        // A wide spread takes a coarser step: at most five intervals.
        let (d, step) = percent_domain([0.02, 0.93]);
        assert!(close(d, (0.0, 1.0)), "{d:?}");
        assert!((d.1 - d.0) / step <= 5.0 + 1e-9);
        // Nothing usable: the whole scale.
        assert_eq!(percent_domain([f64::NAN]), ((0.0, 1.0), 0.25));
    }

    #[test]
    fn level_domains_zoom_in_on_the_levels() {
        // Expectation ratcheting from 7 to 7.2: two points around it, on half points.
        let ((d0, d1), step) = level_domain([7.0, 7.15, 7.22]);
        assert_eq!(step, 0.5);
        assert!(d0 <= 7.0 && d1 >= 7.22 && d1 - d0 == 2.0, "{d0} {d1}");
        // A promise of 9 over a delivery of 5: whole points.
        assert_eq!(level_domain([5.0, 9.0]), ((5.0, 9.0), 1.0));
        // The whole scale on a coarse step; never beyond it.
        assert_eq!(level_domain([0.0, 10.0]), ((0.0, 10.0), 2.0));
        assert_eq!(level_domain([10.0]), ((8.0, 10.0), 0.5));
        assert_eq!(level_domain([0.0]), ((0.0, 2.0), 0.5));
        assert_eq!(level_domain([]), ((0.0, 10.0), 2.5));
    }

    #[test]
    fn percent_domains_always_contain_their_values() {
        for a in 0..=100 {
            for b in (a..=100).step_by(7) {
                let (lo, hi) = (f64::from(a) / 100.0, f64::from(b) / 100.0);
                let ((d0, d1), step) = percent_domain([lo, hi]);
                assert!(d0 <= lo + 1e-9 && d1 >= hi - 1e-9, "{lo} {hi}: {d0} {d1}");
                assert!(d0 >= -1e-9 && d1 <= 1.0 + 1e-9, "{lo} {hi}: {d0} {d1}");
                assert!(
                    (d1 - d0) / step <= 5.0 + 1e-9,
                    "{lo} {hi}: {d0} {d1} {step}"
                );
            }
        }
    }

    #[test]
    fn labels_thin_out_on_narrow_charts() {
        assert_eq!(label_every(60.0, 26.0), 1);
        assert_eq!(label_every(13.0, 26.0), 2);
        assert_eq!(label_every(9.0, 26.0), 5);
        assert_eq!(label_every(2.0, 26.0), 10);
        // 20 periods at the narrowest width: 1, 5, 10, 15, 20, never touching.
        let l = Layout::new(0.0, &series(20.0), 0.4);
        assert_eq!(l.width, MIN_WIDTH);
        assert_eq!(l.labelled, vec![0, 4, 9, 14, 19]);
        for w in l.labelled.windows(2) {
            assert!(l.slots.centre(w[1]) - l.slots.centre(w[0]) >= MIN_LABEL_GAP);
        }
        // One period: one label, one slot across the whole plot.
        let l = Layout::new(320.0, &series(1.0), 0.4);
        assert_eq!(l.labelled, vec![0]);
        assert_eq!(l.slots.edge(1), l.plot_x().1);
        // Three periods on a desktop: every one.
        let l = Layout::new(1280.0, &series(3.0), 0.4);
        assert_eq!(l.width, MAX_WIDTH);
        assert_eq!(l.labelled, vec![0, 1, 2]);
    }

    #[test]
    fn layouts_fit_their_width_and_keep_the_panels_apart() {
        for width in [240.0, 320.0, 800.0, f64::NAN] {
            let l = Layout::new(width, &series(20.0), 0.4);
            let (x0, x1) = l.plot_x();
            assert!(x0 > 0.0 && x1 <= l.width && x1 > x0);
            assert!(l.level.scale.range.0 < l.percent_title_y - 12.0);
            assert!(l.percent.scale.range.0 < l.label_y && l.label_y < l.height);
            let (lo, hi) = l.level.scale.domain;
            assert!(
                lo <= 7.0 && hi >= 7.0 && hi - lo >= MIN_LEVEL_SPAN,
                "{lo} {hi}"
            );
            assert_eq!(l.level.ticks.first(), Some(&lo));
            assert_eq!(l.level.ticks.last(), Some(&hi));
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
        assert_eq!(
            step_band(&slots, &scale, &[1.0, 2.0], &[3.0, 4.0]),
            "M10.0,70.0H30.0V60.0H50.0V80.0H30.0V90.0H10.0Z"
        );
        assert_eq!(step_band(&slots, &scale, &[], &[]), "");
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
