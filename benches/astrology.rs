//! The astronomy engine's costs on one core: a natal chart, the wheel PNG, a 30-day moon
//! calendar, transits with exact dates, a horoscope's sky facts, a year of sky events, and the
//! gazetteer (first load and a search). These run off the async runtime in the bot; the figures say how long a user
//! waits for the computed part and how many charts a core can serve.
//! Run: `cargo bench --bench astrology`.

use std::time::Instant;

use chrono::{NaiveDate, TimeZone, Utc};
use falgram::domain::astro::time::{jd_ut, Zone};
use falgram::domain::astro::{calendar, transits, Chart, ChartInput, HouseSystem};
use falgram::domain::horoscope::{sky_facts, Period};

fn time<T>(label: &str, runs: u32, mut f: impl FnMut() -> T) {
    let _ = f(); // warm caches and lazy statics
    let start = Instant::now();
    for _ in 0..runs {
        std::hint::black_box(f());
    }
    let each = start.elapsed() / runs;
    println!(
        "{label:<44} {:>10.3} ms  ({runs} runs)",
        each.as_secs_f64() * 1000.0
    );
}

fn main() {
    let input = ChartInput {
        utc: Utc
            .with_ymd_and_hms(1990, 7, 15, 9, 30, 0)
            .single()
            .expect("valid instant"),
        lat: 41.01,
        lon: 28.97,
        time_known: true,
        house_system: HouseSystem::Placidus,
    };
    let started = Instant::now();
    let g = falgram::assets::gazetteer();
    println!(
        "{:<44} {:>10.3} ms  ({} cities)",
        "gazetteer first load",
        started.elapsed().as_secs_f64() * 1000.0,
        g.len()
    );
    time("gazetteer search \"Стамбул\"", 2_000, || {
        g.search("Стамбул", 6).len()
    });
    time("gazetteer nearest city to a location", 200, || {
        g.nearest(40.99, 29.03).map(|c| c.id)
    });
    for body in falgram::domain::astro::Body::ALL {
        let label = format!("one apparent position: {}", body.code());
        time(&label, 200, || {
            falgram::domain::astro::ephemeris::place_tt(body, 2_460_000.5).map(|p| p.longitude)
        });
    }
    time("natal chart (11 bodies, Placidus, aspects)", 500, || {
        Chart::compute(&input).map(|c| c.aspects.len())
    });
    let chart = Chart::compute(&input).expect("chart");
    time("chart wheel PNG (900×900)", 30, || {
        falgram::chart_image::render(&chart).map(|p| p.len())
    });
    let zone = Zone::parse("Europe/Istanbul").expect("zone");
    let today = NaiveDate::from_ymd_opt(2026, 11, 26).expect("date");
    time("moon calendar, 30 days", 20, || {
        calendar::days(today, 30, &zone).map(|d| d.len())
    });
    let now = jd_ut(
        Utc.with_ymd_and_hms(2026, 11, 26, 12, 0, 0)
            .single()
            .expect("instant"),
    );
    time("transits with exact dates", 10, || {
        transits::active(&chart, now).map(|t| t.len())
    });
    time("weekly horoscope sky facts", 50, || {
        sky_facts(Period::Weekly, today).bodies.len()
    });
    for body in falgram::domain::astro::Body::MOVING {
        let label = format!("  a year's track: {}", body.code());
        time(&label, 3, || {
            falgram::domain::astro::track::Track::new(body, now, now + 365.25).map(|t| t.covers())
        });
    }
    time("  a year's eclipses", 3, || {
        let (sun, moon) =
            falgram::domain::astro::eclipses::tracks(now, now + 365.25).expect("tracks");
        falgram::domain::astro::eclipses::eclipses((&sun, &moon), now, now + 365.25)
            .map(|e| e.len())
    });
    time("a year of sky events (all kinds)", 10, || {
        falgram::domain::astro::sky::events(now, now + 365.25).map(|e| e.len())
    });
}
