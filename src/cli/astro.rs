//! `falgram chart`, `falgram moon` and `falgram sky`: the raw computed facts for operators, auditors and tests,
//! as JSON or a readable table — the same data the bot uses.

use crate::cli::{ChartArgs, SpanArgs};
use crate::domain::astro::birth::{parse_date, parse_time, unknown_time_noon};
use crate::domain::astro::moon::phases_between;
use crate::domain::astro::retrogrades::Retrograde;
use crate::domain::astro::sky::{EventKind, SkyEvent};
use crate::domain::astro::time::{civil_to_utc, jd_ut, Zone};
use crate::domain::astro::zodiac::degree_minutes_in_sign;
use crate::domain::astro::{calendar, Chart, ChartInput};
use chrono::{NaiveDate, NaiveTime, TimeZone, Utc};
use serde_json::json;
use std::fmt::Write;

fn far_future() -> NaiveDate {
    NaiveDate::from_ymd_opt(2099, 12, 31).unwrap_or(NaiveDate::MAX)
}

pub fn chart(args: &ChartArgs) -> anyhow::Result<String> {
    let date = parse_date(&args.date, far_future()).map_err(|e| anyhow::anyhow!("--date: {e}"))?;
    let time: Option<NaiveTime> = args
        .time
        .as_deref()
        .map(parse_time)
        .transpose()
        .map_err(|e| anyhow::anyhow!("--time: {e}"))?;
    let zone = Zone::parse(&args.tz).ok_or_else(|| {
        anyhow::anyhow!(
            "--tz: unknown time zone {:?} (an IANA name like Europe/Istanbul, or +03:00)",
            args.tz
        )
    })?;
    check_place("--lat", "--lon", args.lat, args.lon)?;
    let resolved = civil_to_utc(date, time.unwrap_or_else(unknown_time_noon), &zone)?;
    let mut chart = Chart::compute(&ChartInput {
        utc: resolved.utc,
        lat: args.lat,
        lon: args.lon,
        time_known: time.is_some(),
        house_system: args.house_system,
    })?;
    let (mut shown_zone, mut offset) = (zone, resolved.offset_minutes);
    let mut return_instant = None;
    if let Some(year) = args.solar_return {
        let (lat, lon) = (
            args.at_lat.unwrap_or(args.lat),
            args.at_lon.unwrap_or(args.lon),
        );
        check_place("--at-lat", "--at-lon", lat, lon)?;
        if let Some(tz) = &args.at_tz {
            shown_zone = Zone::parse(tz)
                .ok_or_else(|| anyhow::anyhow!("--at-tz: unknown time zone {tz:?}"))?;
        }
        let sun = chart
            .place(crate::domain::astro::Body::Sun)
            .map(|p| p.longitude)
            .ok_or_else(|| anyhow::anyhow!("the natal chart has no Sun"))?;
        let at = crate::domain::astro::returns::solar_return(date, sun, year)
            .map_err(|e| anyhow::anyhow!("--solar-return: {e}"))?;
        offset = shown_zone.offset_minutes_at(at);
        return_instant = Some(at);
        chart = Chart::compute(&ChartInput {
            utc: at,
            lat,
            lon,
            time_known: true,
            house_system: args.house_system,
        })?;
    }
    if let Some(path) = &args.png {
        let png = crate::chart_image::render(&chart)
            .ok_or_else(|| anyhow::anyhow!("could not draw the chart wheel"))?;
        std::fs::write(path, png).map_err(|e| anyhow::anyhow!("--png {}: {e}", path.display()))?;
    }
    if args.json {
        let mut value = serde_json::to_value(&chart)?;
        value["input"] = json!({
            "date": date.to_string(),
            "time": time.map(|t| t.format("%H:%M").to_string()),
            "tz": zone.name(),
            "utc_offset_minutes": resolved.offset_minutes,
            "ambiguous_local_time": resolved.ambiguous,
            "house_system": args.house_system.code(),
        });
        if let Some(at) = return_instant {
            value["return_instant"] = json!(at.to_rfc3339_opts(chrono::SecondsFormat::Secs, true));
            value["input"]["solar_return"] = json!({
                "year": args.solar_return,
                "lat": chart.latitude,
                "lon": chart.longitude,
                "tz": shown_zone.name(),
            });
        }
        return Ok(serde_json::to_string_pretty(&value)? + "\n");
    }
    let mut out = String::new();
    if let Some(at) = return_instant {
        let _ = writeln!(
            out,
            "Solar return {}: {} UTC\n",
            args.solar_return.unwrap_or_default(),
            at.format("%Y-%m-%d %H:%M:%S")
        );
    }
    out.push_str(&chart_table(&chart, &shown_zone, offset));
    Ok(out)
}

fn check_place(lat_flag: &str, lon_flag: &str, lat: f64, lon: f64) -> anyhow::Result<()> {
    if !(-90.0..=90.0).contains(&lat) {
        anyhow::bail!("{lat_flag}: {lat} is outside −90…90");
    }
    if !(-180.0..=180.0).contains(&lon) {
        anyhow::bail!("{lon_flag}: {lon} is outside −180…180");
    }
    Ok(())
}

fn dms(longitude: f64) -> String {
    let sign = crate::domain::astro::Sign::of_longitude(longitude);
    let (d, m) = degree_minutes_in_sign(longitude);
    format!("{d:>2}°{m:02}′ {:<11}", sign.code())
}

fn chart_table(chart: &Chart, zone: &Zone, offset: i32) -> String {
    let mut out = String::new();
    let local = chart.utc + chrono::Duration::minutes(i64::from(offset));
    let _ = writeln!(
        out,
        "Chart for {} {} (UTC{}{:02}:{:02}) = {} UTC at {:.4}°, {:.4}°{}",
        local.format("%Y-%m-%d %H:%M"),
        zone.name(),
        if offset < 0 { '-' } else { '+' },
        offset.abs() / 60,
        offset.abs() % 60,
        chart.utc.format("%Y-%m-%d %H:%M"),
        chart.latitude,
        chart.longitude,
        if chart.time_known {
            ""
        } else {
            " — time unknown: noon, no houses"
        }
    );
    let _ = writeln!(
        out,
        "\n{:<11} {:>10}  {:<16} {:>9}  {:>5}",
        "body", "longitude", "position", "speed °/d", "house"
    );
    for p in &chart.planets {
        let _ = writeln!(
            out,
            "{:<11} {:>9.4}°  {} {:>9.4}{} {:>5}",
            p.name.code(),
            p.longitude,
            dms(p.longitude),
            p.speed,
            if p.retrograde { "℞" } else { " " },
            p.house.map(|h| h.to_string()).unwrap_or_else(|| "–".into())
        );
    }
    if let (Some(asc), Some(mc), Some(h)) = (chart.ascendant, chart.mc, &chart.houses) {
        let _ = writeln!(out, "{:<11} {:>9.4}°  {}", "ascendant", asc, dms(asc));
        let _ = writeln!(out, "{:<11} {:>9.4}°  {}", "mc", mc, dms(mc));
        let fallback = h
            .fallback_from
            .map(|f| format!(" ({} is undefined at this latitude)", f.code()))
            .unwrap_or_default();
        let _ = writeln!(out, "\nhouses: {}{}", h.system.code(), fallback);
        for (i, c) in h.cusps.iter().enumerate() {
            let _ = writeln!(out, "  {:>2}  {:>9.4}°  {}", i + 1, c, dms(*c));
        }
    }
    let _ = writeln!(out, "\naspects:");
    for a in &chart.aspects {
        let _ = writeln!(
            out,
            "  {:<10} {:<11} {:<10} orb {:>5.2}°  {}",
            a.a.code(),
            a.kind.code(),
            a.b.code(),
            a.orb,
            if a.applying { "applying" } else { "separating" }
        );
    }
    out
}

pub fn moon(args: &SpanArgs) -> anyhow::Result<String> {
    let (days, json_out) = (args.days, args.json);
    let (from, start_jd, zone) = span(args)?;
    let phases = phases_between(start_jd, start_jd + f64::from(days))?;
    let daily = calendar::days(from, days, &zone)?;
    if json_out {
        let value = json!({
            "from": from.to_string(),
            "days": days,
            "tz": zone.name(),
            "phases": phases,
            "daily": daily.iter().map(|d| json!({
                "date": d.date.to_string(),
                "phase": d.phase,
                "illumination_percent": (d.illumination_percent * 10.0).round() / 10.0,
            })).collect::<Vec<_>>(),
        });
        return Ok(serde_json::to_string_pretty(&value)? + "\n");
    }
    let mut out = String::new();
    let _ = writeln!(
        out,
        "Moon phases from {from} for {days} day(s) ({}):\n",
        zone.name()
    );
    for e in &phases {
        let _ = writeln!(
            out,
            "  {} {:<14} {}",
            e.phase.symbol(),
            e.phase.code(),
            e.instant.format("%Y-%m-%d %H:%M:%S UTC")
        );
    }
    let _ = writeln!(
        out,
        "\n{:<10}  {:<16} {:>6}  (illumination at local midnight)",
        "date", "phase", "lit"
    );
    for d in &daily {
        let _ = writeln!(
            out,
            "{}  {} {:<15} {:>5.1}%",
            d.date,
            d.phase.symbol(),
            d.phase.code(),
            d.illumination_percent
        );
    }
    Ok(out)
}

/// The span's first instant (local midnight in the zone), as a UT Julian day, and the zone.
fn span(args: &SpanArgs) -> anyhow::Result<(NaiveDate, f64, Zone)> {
    let from = parse_date(&args.from, far_future()).map_err(|e| anyhow::anyhow!("--from: {e}"))?;
    if !(1..=3660).contains(&args.days) {
        anyhow::bail!("--days: {} is outside 1…3660", args.days);
    }
    let tz = args.tz.as_str();
    let zone = Zone::parse(tz).ok_or_else(|| anyhow::anyhow!("--tz: unknown time zone {tz:?}"))?;
    let start = Utc.from_utc_datetime(&from.and_time(NaiveTime::MIN));
    let start_jd = jd_ut(start) - f64::from(zone.offset_minutes_at(start)) / 1440.0;
    Ok((from, start_jd, zone))
}

pub fn sky(args: &SpanArgs) -> anyhow::Result<String> {
    let (from, start_jd, zone) = span(args)?;
    let end_jd = start_jd + f64::from(args.days);
    let events = crate::domain::astro::sky::events(start_jd, end_jd)?;
    if args.json {
        // Each station names its loop: the other station and the shadow on its side.
        let mut loops = Vec::new();
        for body in crate::domain::astro::Body::MOVING {
            loops.extend(crate::domain::astro::retrogrades::retrogrades(
                body, start_jd, end_jd,
            )?);
        }
        let value = json!({
            "from": from.to_string(),
            "days": args.days,
            "tz": zone.name(),
            "events": events.iter().map(|e| json!({
                "kind": e.kind.code(),
                "body": if e.kind.is_eclipse() { "sun+moon" } else { e.body.code() },
                "instant": e.instant.to_rfc3339_opts(chrono::SecondsFormat::Secs, true),
                "sign": e.sign.code(),
                "longitude": (e.longitude * 1e4).round() / 1e4,
                "details": details(e, &loops),
            })).collect::<Vec<_>>(),
        });
        return Ok(serde_json::to_string_pretty(&value)? + "\n");
    }
    let mut out = String::new();
    let _ = writeln!(
        out,
        "The sky from {from} for {} day(s) ({}):\n",
        args.days,
        zone.name()
    );
    for e in &events {
        let local = zone.local(e.instant);
        let (deg, min) = degree_minutes_in_sign(e.longitude);
        let what = match e.kind {
            EventKind::StationRetrograde => "turns retrograde in".to_string(),
            EventKind::StationDirect => "turns direct in".to_string(),
            EventKind::Ingress => "enters".to_string(),
            EventKind::SolarEclipse { kind, magnitude } => {
                format!(
                    "{} solar eclipse (magnitude {magnitude:.3}) in",
                    kind.code()
                )
            }
            EventKind::LunarEclipse { kind, magnitude } => {
                format!(
                    "{} lunar eclipse (magnitude {magnitude:.3}) in",
                    kind.code()
                )
            }
            EventKind::VocStart {
                last_aspect: Some((aspect, partner)),
            } => format!(
                "void of course after its {} to {}, in",
                aspect.code(),
                partner.code()
            ),
            EventKind::VocStart { last_aspect: None } => "void of course all through".to_string(),
            EventKind::VocEnd => "void of course ends as it enters".to_string(),
        };
        let _ = writeln!(
            out,
            "  {}  {} {:<8} {what} {} {deg}°{min:02}′",
            local.format("%Y-%m-%d %H:%M"),
            e.body.symbol(),
            e.body.code(),
            e.sign.code(),
        );
    }
    Ok(out)
}

/// What only some kinds of event carry, for the JSON: an eclipse's type and magnitude, the
/// aspect and partner that begin a void-of-course Moon, a station's loop (the other station
/// and the shadow on its side).
fn details(e: &SkyEvent, loops: &[Retrograde]) -> serde_json::Value {
    let at =
        |t: chrono::DateTime<chrono::Utc>| t.to_rfc3339_opts(chrono::SecondsFormat::Secs, true);
    let same = |a: chrono::DateTime<chrono::Utc>| (a - e.instant).num_seconds().abs() < 60;
    let of_body = loops.iter().filter(|l| l.body == e.body);
    match e.kind {
        EventKind::SolarEclipse { kind, magnitude }
        | EventKind::LunarEclipse { kind, magnitude } => {
            json!({"type": kind.code(), "magnitude": (magnitude * 1e4).round() / 1e4})
        }
        EventKind::VocStart {
            last_aspect: Some((aspect, partner)),
        } => json!({"aspect": aspect.code(), "partner": partner.code()}),
        EventKind::StationRetrograde => of_body
            .clone()
            .find(|l| same(l.station_retrograde))
            .map_or(json!({}), |l| {
                json!({"shadow_start": at(l.shadow_start), "station_direct": at(l.station_direct)})
            }),
        EventKind::StationDirect => of_body
            .clone()
            .find(|l| same(l.station_direct))
            .map_or(json!({}), |l| {
                json!({"station_retrograde": at(l.station_retrograde), "shadow_end": at(l.shadow_end)})
            }),
        _ => json!({}),
    }
}
