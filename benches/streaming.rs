//! The reading experience's own costs: how soon a streamed answer shows its first words after
//! the model's first chunk, how often a chat's draft is refreshed, and how long a spread's
//! picture takes to draw.
//!
//! Streaming runs the real bot (dispatcher, drafts, store) against the fake Bot API and a fake
//! Gemini that streams `streamGenerateContent?alt=sse` one event every 100 ms. The pictures are
//! drawn as in the bot (off the runtime, one core each). Run: `cargo bench --bench streaming`.

#[path = "../tests/support/mod.rs"]
mod support;

use std::time::{Duration, Instant};

use falgram::domain::tarot::{draw, Spread};
use falgram::domain::Lang;
use falgram::sim::fake_telegram::{FakeUser, Recorded};
use falgram::sim::Harness;
use falgram::tarot_image::{render, Laid};
use rand::SeedableRng;
use support::gemini::{FakeGemini, Reply};

const GAP: Duration = Duration::from_millis(100);

fn main() -> anyhow::Result<()> {
    pictures()?;
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()?;
    runtime.block_on(async {
        streamed(1).await?;
        streamed(5).await?;
        streamed(20).await
    })
}

fn pictures() -> anyhow::Result<()> {
    let deck = falgram::app::load_deck()?;
    for (spread, runs) in [
        (Spread::One, 200),
        (Spread::Three, 100),
        (Spread::CelticCross, 50),
    ] {
        let mut rng = rand::rngs::StdRng::seed_from_u64(11);
        let cards = draw(spread, &mut rng);
        let laid = |lang: Lang| -> Vec<Laid> {
            cards
                .iter()
                .filter_map(|d| {
                    let card = deck.card(d.card)?.clone();
                    Some(Laid {
                        name: card.name(lang).to_string(),
                        card,
                        reversed: d.reversed,
                        label: format!("{:?}", d.position),
                    })
                })
                .collect()
        };
        for lang in [Lang::En, Lang::Ar] {
            let cards = laid(lang);
            let png = render(spread, &cards).ok_or_else(|| anyhow::anyhow!("no picture"))?;
            let start = Instant::now();
            for _ in 0..runs {
                std::hint::black_box(render(spread, &cards));
            }
            let each = start.elapsed() / runs;
            let size = imagesize::blob_size(&png)?;
            println!(
                "spread picture {:<12} {lang}  {:>7.2} ms   {}×{} px, {} KB",
                format!("{spread:?}"),
                each.as_secs_f64() * 1000.0,
                size.width,
                size.height,
                png.len() / 1024
            );
        }
    }
    Ok(())
}

fn answer() -> String {
    (1..=30)
        .map(|i| format!("Sentence {i} of a streamed dream reading."))
        .collect::<Vec<_>>()
        .join(" ")
}

/// `users` dream readings streamed at once: first words after the first chunk, and each
/// chat's draft rate.
async fn streamed(users: i64) -> anyhow::Result<()> {
    let gemini = FakeGemini::start().await?;
    gemini.set_stream_gap(GAP);
    gemini.script((0..users).map(|_| Reply::Text(answer())));
    let dir = tempfile::tempdir()?;
    let mut h = Harness::start(
        &dir.path().join("bench.db"),
        support::gemini_ai(&gemini.url()),
    )
    .await?;
    let people: Vec<FakeUser> = (0..users)
        .map(|i| FakeUser::new(300_000 + i, "Bench", "en"))
        .collect();
    let since = h.fake.request_count();
    for u in &people {
        h.fake.send_text(u, "/start");
    }
    h.expect_updates(users as u64);
    h.settle(since).await?;
    for u in &people {
        h.fake.press(u, 1, "1:o:drm");
    }
    h.expect_updates(users as u64);
    h.settle(h.fake.request_count()).await?;
    let since = h.fake.request_count();
    for u in &people {
        h.fake.send_text(u, "I dreamt of a lighthouse in the fog");
    }
    h.expect_updates(users as u64);
    let out = h.settle(since).await?;

    let calls = gemini.calls();
    let mut first_words = Vec::new();
    let mut intervals = Vec::new();
    let mut shown = 0usize;
    let mut rates = Vec::new();
    for u in &people {
        let drafts: Vec<&Recorded> = out
            .iter()
            .filter(|r| r.is("sendMessageDraft") && r.chat_id() == Some(u.id))
            .filter(|r| !r.body["text"].as_str().unwrap_or_default().is_empty())
            .collect();
        shown += drafts.len();
        let Some(first) = drafts.first() else {
            continue;
        };
        // The call whose first chunk came last before this chat's first words.
        let chunk = calls
            .iter()
            .filter(|c| c.streamed)
            .map(|c| c.at + GAP)
            .filter(|t| *t <= first.at)
            .max();
        if let Some(chunk) = chunk {
            first_words.push(first.at.duration_since(chunk));
        }
        intervals.extend(drafts.windows(2).map(|w| w[1].at.duration_since(w[0].at)));
        if let Some(last) = drafts.last() {
            let span = last.at.duration_since(first.at).as_secs_f64();
            if span > 0.0 {
                rates.push((drafts.len() - 1) as f64 / span);
            }
        }
    }
    first_words.sort();
    intervals.sort();
    let pct = |v: &[Duration], p: f64| {
        v.get(((v.len() as f64 - 1.0) * p).round() as usize)
            .map_or(f64::NAN, |d| d.as_secs_f64() * 1000.0)
    };
    let rate = rates.iter().sum::<f64>() / rates.len().max(1) as f64;
    println!(
        "{users:>3} readings at once: first words after the first chunk p50 {:>6.1} ms, p99 {:>6.1} ms; \
         drafts per chat {:.1}/s (min gap {:.0} ms); drafts shown {shown}",
        pct(&first_words, 0.5),
        pct(&first_words, 0.99),
        rate,
        pct(&intervals, 0.0),
    );
    h.stop().await;
    Ok(())
}
