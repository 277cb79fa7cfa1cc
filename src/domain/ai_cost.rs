//! What AI calls cost: tokens times the operator's prices per million tokens, by model.
//! Pure: the store supplies the counted tokens and the prices; a model with no price is named,
//! never costed as free.

use super::plan::Plan;
use super::prompts::PromptKind;

/// A model's price in US dollars per million tokens, in and out.
#[derive(Debug, Clone, PartialEq)]
pub struct Price {
    pub model: String,
    pub input_per_mtok: f64,
    pub output_per_mtok: f64,
}

/// Calls of one kind by one model over a span, with their tokens.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct UsageRow {
    pub kind: PromptKind,
    pub model: String,
    pub calls: i64,
    /// Calls that gave an answer (a reading); the rest failed.
    pub answered: i64,
    pub input_tokens: i64,
    pub output_tokens: i64,
    /// Calls whose provider reported no tokens (counted as 0 tokens above).
    pub uncounted: i64,
}

/// The spend of a span: in total, and per reading kind.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Spend {
    pub usd: f64,
    pub calls: i64,
    pub input_tokens: i64,
    pub output_tokens: i64,
    /// Per kind, most spent first: (kind, answered calls, dollars).
    pub by_kind: Vec<(PromptKind, i64, f64)>,
    /// Models used in the span that have no price set (their tokens are not in `usd`).
    pub unpriced: Vec<String>,
}

impl Spend {
    /// Dollars per answered call of a kind, when it had any.
    pub fn per_reading(&self, kind: PromptKind) -> Option<f64> {
        self.by_kind
            .iter()
            .find(|(k, n, _)| *k == kind && *n > 0)
            .map(|(_, n, usd)| usd / *n as f64)
    }
}

/// Reads an operator's price line, `MODEL INPUT OUTPUT` (dollars per million tokens; a
/// decimal comma is read as a point): None when it is not one.
pub fn parse_price(line: &str) -> Option<Price> {
    let mut parts = line.split_whitespace();
    let (model, input, output) = (parts.next()?, parts.next()?, parts.next()?);
    if parts.next().is_some() || model.len() > 100 {
        return None;
    }
    let dollars = |s: &str| {
        s.trim_start_matches('$')
            .replace(',', ".")
            .parse::<f64>()
            .ok()
            .filter(|v| v.is_finite() && *v >= 0.0)
    };
    Some(Price {
        model: model.to_string(),
        input_per_mtok: dollars(input)?,
        output_per_mtok: dollars(output)?,
    })
}

/// One plan's month: Stars received from it, and what its users' AI readings cost.
#[derive(Debug, Clone, PartialEq)]
pub struct PlanMargin {
    pub plan: Plan,
    pub stars: i64,
    pub revenue_usd: f64,
    pub ai_usd: f64,
}

impl PlanMargin {
    pub fn margin_usd(&self) -> f64 {
        self.revenue_usd - self.ai_usd
    }
}

/// Each plan's revenue (Stars at `usd_per_1000_stars`) against its users' AI spend.
pub fn margins(
    stars: &[(Plan, i64)],
    spend_by_plan: &[(Plan, Spend)],
    usd_per_1000_stars: u32,
) -> Vec<PlanMargin> {
    Plan::ALL
        .into_iter()
        .map(|plan| {
            let stars = stars
                .iter()
                .find(|(p, _)| *p == plan)
                .map_or(0, |(_, s)| *s);
            PlanMargin {
                plan,
                stars,
                revenue_usd: stars as f64 * f64::from(usd_per_1000_stars) / 1000.0,
                ai_usd: spend_by_plan
                    .iter()
                    .find(|(p, _)| *p == plan)
                    .map_or(0.0, |(_, s)| s.usd),
            }
        })
        .collect()
}

/// The dollars `rows` cost at `prices`.
pub fn spend(rows: &[UsageRow], prices: &[Price]) -> Spend {
    let mut out = Spend::default();
    for row in rows {
        out.calls += row.calls;
        out.input_tokens += row.input_tokens;
        out.output_tokens += row.output_tokens;
        let usd = match prices.iter().find(|p| p.model == row.model) {
            Some(p) => {
                (row.input_tokens as f64 * p.input_per_mtok
                    + row.output_tokens as f64 * p.output_per_mtok)
                    / 1_000_000.0
            }
            None => {
                if !out.unpriced.contains(&row.model) {
                    out.unpriced.push(row.model.clone());
                }
                0.0
            }
        };
        out.usd += usd;
        match out.by_kind.iter_mut().find(|(k, _, _)| *k == row.kind) {
            Some(entry) => {
                entry.1 += row.answered;
                entry.2 += usd;
            }
            None => out.by_kind.push((row.kind, row.answered, usd)),
        }
    }
    out.by_kind.sort_by(|a, b| b.2.total_cmp(&a.2));
    out.unpriced.sort();
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn row(kind: PromptKind, model: &str, answered: i64, input: i64, output: i64) -> UsageRow {
        UsageRow {
            kind,
            model: model.into(),
            calls: answered + 1,
            answered,
            input_tokens: input,
            output_tokens: output,
            uncounted: 0,
        }
    }

    #[test]
    fn tokens_cost_their_models_price_and_an_unpriced_model_is_named_not_free() {
        let prices = [Price {
            model: "gemini-2.5-flash".into(),
            input_per_mtok: 0.30,
            output_per_mtok: 2.50,
        }];
        let rows = [
            row(
                PromptKind::Coffee,
                "gemini-2.5-flash",
                10,
                1_000_000,
                200_000,
            ),
            row(PromptKind::Tarot, "gemini-2.5-flash", 4, 100_000, 40_000),
            row(PromptKind::Tarot, "local-llama", 2, 50_000, 9_000),
        ];
        let s = spend(&rows, &prices);
        // 1M in × $0.30 + 0.2M out × $2.50 = $0.80; 0.1M × 0.30 + 0.04M × 2.50 = $0.13.
        assert!((s.usd - 0.93).abs() < 1e-9, "{s:?}");
        assert_eq!(s.by_kind[0].0, PromptKind::Coffee);
        assert!((s.per_reading(PromptKind::Coffee).unwrap() - 0.08).abs() < 1e-9);
        // The tarot readings of the unpriced model count as readings but add no dollars.
        assert!((s.per_reading(PromptKind::Tarot).unwrap() - 0.13 / 6.0).abs() < 1e-9);
        assert_eq!(s.unpriced, vec!["local-llama".to_string()]);
        assert_eq!(s.calls, 19);
        assert_eq!(s.per_reading(PromptKind::Dream), None);
    }

    #[test]
    fn a_plans_margin_is_its_stars_in_dollars_less_its_users_ai() {
        let ai = |usd| Spend {
            usd,
            ..Spend::default()
        };
        let m = margins(
            &[(Plan::Premium, 10_000)],
            &[(Plan::Premium, ai(40.0)), (Plan::Free, ai(3.5))],
            13,
        );
        let premium = m.iter().find(|p| p.plan == Plan::Premium).unwrap();
        assert!((premium.revenue_usd - 130.0).abs() < 1e-9);
        assert!((premium.margin_usd() - 90.0).abs() < 1e-9);
        let free = m.iter().find(|p| p.plan == Plan::Free).unwrap();
        assert!(
            (free.margin_usd() + 3.5).abs() < 1e-9,
            "free users only cost"
        );
        assert_eq!(m.len(), Plan::ALL.len());
    }

    #[test]
    fn a_price_line_is_a_model_and_two_dollar_amounts() {
        let p = parse_price("gemini-2.5-flash 0,30 $2.50").unwrap();
        assert_eq!(p.model, "gemini-2.5-flash");
        assert_eq!((p.input_per_mtok, p.output_per_mtok), (0.30, 2.50));
        for bad in [
            "",
            "gemini 0.3",
            "gemini -1 2",
            "gemini a b",
            "m 1 2 3",
            "m NaN 1",
        ] {
            assert_eq!(parse_price(bad), None, "{bad}");
        }
    }
}
