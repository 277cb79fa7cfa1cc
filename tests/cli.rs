//! The `falgram` binary itself: help, migrations, doctor, and one-line errors.

use std::process::Command;

fn falgram() -> Command {
    let mut c = Command::new(env!("CARGO_BIN_EXE_falgram"));
    // Start from a clean slate: no inherited bot configuration.
    for var in [
        "TELEGRAM_BOT_TOKEN",
        "ADMIN_ID",
        "AI_PROVIDER",
        "GEMINI_API_KEY",
        "FALGRAM_DB",
        "ENCRYPTION_KEY",
    ] {
        c.env_remove(var);
    }
    c
}

/// `falgram ARGS`, which must succeed, and what it printed read as JSON.
fn json_of<I, S>(args: I) -> serde_json::Value
where
    I: IntoIterator<Item = S>,
    S: AsRef<std::ffi::OsStr>,
{
    let out = falgram().args(args).output().unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).unwrap()
}

/// `falgram doctor` on `db` with `env`: whether it passed, and what it printed.
fn doctor(db: &std::path::Path, env: &std::path::Path) -> (bool, String) {
    let out = falgram()
        .args(["doctor", "--db"])
        .arg(db)
        .arg("--env-file")
        .arg(env)
        .output()
        .unwrap();
    (
        out.status.success(),
        String::from_utf8_lossy(&out.stdout).into_owned(),
    )
}

#[test]
fn every_command_has_help() {
    for args in [
        vec!["--help"],
        vec!["run", "--help"],
        vec!["sim", "--help"],
        vec!["migrate", "--help"],
        vec!["doctor", "--help"],
        vec!["chart", "--help"],
        vec!["moon", "--help"],
        vec!["sky", "--help"],
        vec!["admin", "--help"],
        vec!["backup", "--help"],
        vec!["restore", "--help"],
        vec!["admin", "broadcast", "--help"],
        vec!["admin", "prompts", "--help"],
    ] {
        let out = falgram().args(&args).output().unwrap();
        assert!(out.status.success(), "{args:?}");
        assert!(
            String::from_utf8_lossy(&out.stdout).contains("Usage:"),
            "{args:?}"
        );
    }
}

#[test]
fn migrate_creates_the_schema_and_is_idempotent() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("m.db");
    let out = falgram()
        .args(["migrate", "--db"])
        .arg(&db)
        .output()
        .unwrap();
    assert!(out.status.success());
    assert!(String::from_utf8_lossy(&out.stdout).contains("17 migration(s) applied"));
    let out = falgram()
        .args(["migrate", "--db"])
        .arg(&db)
        .output()
        .unwrap();
    assert!(String::from_utf8_lossy(&out.stdout).contains("0 migration(s) applied"));
}

#[test]
fn a_bad_value_is_one_line_naming_the_variable() {
    let out = falgram()
        .arg("migrate")
        .env("ADMIN_ID", "me")
        .output()
        .unwrap();
    assert!(!out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(err.trim().lines().count(), 1, "{err}");
    assert!(err.starts_with("error: ADMIN_ID:"), "{err}");
}

#[test]
fn doctor_reports_each_check_and_fails_without_a_token() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("d.db");
    let env = dir.path().join("env");
    std::fs::write(&env, "ADMIN_ID=42\n").unwrap();
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(&env, std::fs::Permissions::from_mode(0o644)).unwrap();
    }
    falgram()
        .args(["migrate", "--db"])
        .arg(&db)
        .output()
        .unwrap();
    let (ok, text) = doctor(&db, &env);
    assert!(!ok, "{text}");
    assert!(text.contains("❌ TELEGRAM_BOT_TOKEN is not set"), "{text}");
    assert!(text.contains("✅ 1 admin id(s) configured"), "{text}");
    assert!(text.contains("✅ database schema is up to date"), "{text}");
    assert!(text.contains("is readable by others (mode 644)"), "{text}");
    assert!(text.contains("✅ AI provider fixture"), "{text}");
}

#[test]
fn sim_script_runs_without_a_token_or_network() {
    let out = falgram()
        .args(["sim", "--script", "tests/scripts/tour.sim", "--lang", "tr"])
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(text.contains("Fal Gram’a hoş geldin"), "{text}");
}

#[test]
fn chart_json_has_the_documented_shape_and_matches_the_table() {
    // The same chart as JSON and as the table.
    let chart = "chart --date 1990-07-15 --time 12:30 --tz Europe/Istanbul --lat 41.01 --lon 28.97";
    let v = json_of(chart.split_whitespace().chain(["--json"]));
    for point in ["mean_node", "true_node", "lilith"] {
        let lon = v["points"][point].as_f64().unwrap_or(-1.0);
        assert!((0.0..360.0).contains(&lon), "{point}: {}", v["points"]);
    }
    let names: Vec<&str> = v["planets"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["name"].as_str().unwrap())
        .collect();
    assert_eq!(
        names,
        [
            "sun",
            "moon",
            "mercury",
            "venus",
            "mars",
            "jupiter",
            "saturn",
            "uranus",
            "neptune",
            "pluto",
            "north_node"
        ]
    );
    let sun = &v["planets"][0];
    assert_eq!(sun["sign"], "cancer");
    assert_eq!(sun["retrograde"], false);
    let lon = sun["longitude"].as_f64().unwrap();
    assert!((lon - sun["degree_in_sign"].as_f64().unwrap() - 90.0).abs() < 1e-9);
    assert!(sun["speed"].as_f64().unwrap() > 0.9);
    assert_eq!(v["houses"]["system"], "placidus");
    assert_eq!(v["houses"]["cusps"].as_array().unwrap().len(), 12);
    assert_eq!(v["houses"]["cusps"][0], v["ascendant"]);
    assert_eq!(v["houses"]["cusps"][9], v["mc"]);
    assert_eq!(v["input"]["utc_offset_minutes"], 180);
    assert_eq!(v["utc"], "1990-07-15T09:30:00Z");
    let aspect = &v["aspects"][0];
    assert!(aspect["a"].is_string() && aspect["kind"].is_string() && aspect["orb"].is_f64());

    let table = falgram().args(chart.split_whitespace()).output().unwrap();
    let text = String::from_utf8_lossy(&table.stdout);
    assert!(text.contains(&format!("{lon:.4}°")), "{text}");
    assert!(text.contains("houses: placidus"));
}

#[test]
fn chart_without_a_time_has_no_houses_and_polar_charts_fall_back() {
    let v = json_of([
        "chart",
        "--date",
        "1990-07-15",
        "--tz",
        "+03:00",
        "--lat",
        "41",
        "--lon",
        "29",
        "--json",
    ]);
    assert_eq!(v["time_known"], false);
    assert!(v["houses"].is_null() && v["ascendant"].is_null());
    let v = json_of([
        "chart",
        "--date",
        "2000-01-01",
        "--time",
        "12:00",
        "--lat",
        "69.65",
        "--lon",
        "18.96",
        "--house-system",
        "placidus",
        "--json",
    ]);
    assert_eq!(v["houses"]["system"], "porphyry");
    assert_eq!(v["houses"]["fallback_from"], "placidus");
    for system in [
        "placidus",
        "koch",
        "equal",
        "whole-sign",
        "porphyry",
        "regiomontanus",
        "campanus",
    ] {
        let args = format!(
            "chart --date 1990-07-15 --time 09:30 --tz Europe/Istanbul --lat 41.01 --lon 28.97 \
             --json --house-system {system}"
        );
        let v = json_of(args.split_whitespace());
        assert_eq!(v["houses"]["system"], system);
        assert_eq!(v["houses"]["cusps"].as_array().unwrap().len(), 12);
    }
}

#[test]
fn moon_json_lists_phase_instants_and_daily_illumination() {
    let v = json_of(["moon", "--from", "2024-04-01", "--days", "30", "--json"]);
    let phases = v["phases"].as_array().unwrap();
    assert_eq!(phases.len(), 4, "{phases:?}");
    let new = phases.iter().find(|p| p["phase"] == "new_moon").unwrap();
    assert!(
        new["instant"]
            .as_str()
            .unwrap()
            .starts_with("2024-04-08T18:2"),
        "{new}"
    );
    let daily = v["daily"].as_array().unwrap();
    assert_eq!(daily.len(), 30);
    assert_eq!(daily[0]["date"], "2024-04-01");
    assert!(daily
        .iter()
        .all(|d| (0.0..=100.0).contains(&d["illumination_percent"].as_f64().unwrap())));
}

#[test]
fn sky_json_lists_stations_ingresses_and_void_moons_in_time_order() {
    let v = json_of(["sky", "--from", "2024-11-20", "--days", "35", "--json"]);
    let events = v["events"].as_array().unwrap();
    let instants: Vec<&str> = events
        .iter()
        .map(|e| e["instant"].as_str().unwrap())
        .collect();
    let mut sorted = instants.clone();
    sorted.sort();
    assert_eq!(
        instants, sorted,
        "sorted by instant (RFC 3339 UTC sorts as text)"
    );
    let find = |kind: &str, body: &str| {
        events
            .iter()
            .find(|e| e["kind"] == kind && e["body"] == body)
            .unwrap_or_else(|| panic!("no {kind} of {body}"))
    };
    let retro = find("station_retrograde", "mercury");
    assert!(
        retro["instant"]
            .as_str()
            .unwrap()
            .starts_with("2024-11-26T02:"),
        "{retro}"
    );
    assert_eq!(retro["sign"], "sagittarius");
    // Its loop: the pre-retrograde shadow began on 7 November 2024 (at 6°24′ Sagittarius,
    // where it turns direct) and the post-retrograde shadow ends on 3 January 2025, 03:18 UT
    // (the evening of the 2nd in the Americas, as almanacs printed there list it).
    let shadow = retro["details"]["shadow_start"].as_str().unwrap();
    assert!(shadow.starts_with("2024-11-07"), "{retro}");
    assert!(
        retro["details"]["station_direct"]
            .as_str()
            .unwrap()
            .starts_with("2024-12-15T2"),
        "{retro}"
    );
    let direct = find("station_direct", "mercury");
    assert!(
        direct["instant"]
            .as_str()
            .unwrap()
            .starts_with("2024-12-15T2"),
        "{direct}"
    );
    let end = direct["details"]["shadow_end"].as_str().unwrap();
    assert!(end.starts_with("2025-01-03T03:"), "{direct}");
    // The Sun enters Capricorn at the December solstice, 21 December 2024, 09:20 UT.
    let solstice = events
        .iter()
        .find(|e| e["kind"] == "ingress" && e["body"] == "sun" && e["sign"] == "capricorn")
        .unwrap();
    assert!(
        solstice["instant"]
            .as_str()
            .unwrap()
            .starts_with("2024-12-21T09:2"),
        "{solstice}"
    );
    let moon_ingresses = events
        .iter()
        .filter(|e| e["kind"] == "ingress" && e["body"] == "moon")
        .count();
    assert!((15..=17).contains(&moon_ingresses), "{moon_ingresses}");
    assert!(instants.iter().all(|i| i.ends_with('Z')));
    // The void-of-course Moon: each period opens with the aspect and partner that began it
    // and closes as the Moon enters the next sign.
    let voc: Vec<&serde_json::Value> = events
        .iter()
        .filter(|e| e["kind"] == "voc_start" || e["kind"] == "voc_end")
        .collect();
    assert!(voc.len() >= 20, "{}", voc.len());
    for pair in voc.windows(2) {
        assert_ne!(
            pair[0]["kind"], pair[1]["kind"],
            "starts and ends alternate"
        );
    }
    for e in &voc {
        assert_eq!(e["body"], "moon");
        if e["kind"] == "voc_start" {
            let aspects = ["conjunction", "sextile", "square", "trine", "opposition"];
            assert!(
                aspects.contains(&e["details"]["aspect"].as_str().unwrap()),
                "{e}"
            );
            assert_ne!(e["details"]["partner"], "moon");
        } else {
            assert!(
                events.iter().any(|i| i["kind"] == "ingress"
                    && i["body"] == "moon"
                    && i["instant"] == e["instant"]
                    && i["sign"] == e["sign"]),
                "{e}"
            );
        }
    }
    // The total lunar eclipse of 14 March 2025, greatest at 06:58:43 UT, umbral magnitude 1.178.
    let v = json_of(["sky", "--from", "2025-03-01", "--days", "30", "--json"]);
    let eclipses: Vec<&serde_json::Value> = v["events"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|e| e["kind"] == "lunar_eclipse")
        .collect();
    assert_eq!(eclipses.len(), 1, "{eclipses:?}");
    let e = eclipses[0];
    assert_eq!(e["body"], "sun+moon");
    assert!(
        e["instant"]
            .as_str()
            .unwrap()
            .starts_with("2025-03-14T06:5"),
        "{e}"
    );
    assert_eq!(e["details"]["type"], "total");
    assert!(
        (e["details"]["magnitude"].as_f64().unwrap() - 1.178).abs() < 0.02,
        "{e}"
    );
    // Two weeks later, the partial solar eclipse of 29 March 2025 (10:47 UT, magnitude 0.938).
    let solar = v["events"]
        .as_array()
        .unwrap()
        .iter()
        .find(|e| e["kind"] == "solar_eclipse")
        .unwrap();
    assert_eq!(solar["body"], "sun+moon");
    assert!(
        solar["instant"]
            .as_str()
            .unwrap()
            .starts_with("2025-03-29T10:4"),
        "{solar}"
    );
    assert_eq!(solar["details"]["type"], "partial");
    assert_eq!(solar["sign"], "aries");
}

#[test]
fn a_solar_return_is_cast_where_the_sun_comes_back_at_the_chosen_place() {
    let natal = json_of([
        "chart",
        "--date",
        "1990-07-15",
        "--time",
        "09:30",
        "--tz",
        "Europe/Istanbul",
        "--lat",
        "41.01",
        "--lon",
        "28.97",
        "--json",
    ]);
    let v = json_of([
        "chart",
        "--date",
        "1990-07-15",
        "--time",
        "09:30",
        "--tz",
        "Europe/Istanbul",
        "--lat",
        "41.01",
        "--lon",
        "28.97",
        "--solar-return",
        "2025",
        "--at-lat",
        "40.71",
        "--at-lon",
        "-74.0",
        "--at-tz",
        "America/New_York",
        "--json",
    ]);
    let sun = |c: &serde_json::Value| {
        c["planets"]
            .as_array()
            .unwrap()
            .iter()
            .find(|p| p["name"] == "sun")
            .unwrap()["longitude"]
            .as_f64()
            .unwrap()
    };
    // The Sun stands where it stood at birth (to the JSON's 4 decimals).
    assert!(
        (sun(&v) - sun(&natal)).abs() < 2e-4,
        "{} vs {}",
        sun(&v),
        sun(&natal)
    );
    let at = v["return_instant"].as_str().unwrap();
    assert!(
        at.starts_with("2025-07-14T") || at.starts_with("2025-07-15T"),
        "{at}"
    );
    assert_eq!(v["utc"], at);
    // Cast for New York: its latitude, and houses for it.
    assert!(
        (v["latitude"].as_f64().unwrap() - 40.71).abs() < 1e-9,
        "{v}"
    );
    assert_eq!(v["input"]["solar_return"]["tz"], "America/New_York");
    assert_eq!(v["houses"]["cusps"].as_array().unwrap().len(), 12);
}

#[test]
fn bad_astronomy_arguments_are_one_line_errors() {
    for (args, needle) in [
        (
            vec!["chart", "--date", "1990-02-30", "--lat", "0", "--lon", "0"],
            "--date: day 30 does not exist",
        ),
        (
            vec![
                "chart",
                "--date",
                "1990-02-01",
                "--time",
                "25:00",
                "--lat",
                "0",
                "--lon",
                "0",
            ],
            "--time: hour 25",
        ),
        (
            vec![
                "chart",
                "--date",
                "1990-02-01",
                "--tz",
                "Mars/Base",
                "--lat",
                "0",
                "--lon",
                "0",
            ],
            "--tz",
        ),
        (
            vec!["chart", "--date", "1990-02-01", "--lat", "95", "--lon", "0"],
            "--lat",
        ),
        (
            vec![
                "chart",
                "--date",
                "2021-03-28",
                "--time",
                "02:30",
                "--tz",
                "Europe/Berlin",
                "--lat",
                "52",
                "--lon",
                "13",
            ],
            "did not exist",
        ),
        (
            vec!["moon", "--from", "2024-01-01", "--days", "0"],
            "--days",
        ),
        (vec!["sky", "--from", "2024-13-01"], "--from"),
        (
            vec![
                "chart",
                "--date",
                "1990-07-15",
                "--lat",
                "41",
                "--lon",
                "29",
                "--solar-return",
                "2150",
            ],
            "--solar-return: year 2150 is outside 1900–2100",
        ),
        (
            vec![
                "chart",
                "--date",
                "1990-07-15",
                "--lat",
                "41",
                "--lon",
                "29",
                "--solar-return",
                "2025",
                "--at-lat",
                "91",
            ],
            "--at-lat",
        ),
        (
            vec!["sky", "--from", "2024-01-01", "--tz", "Mars/Olympus"],
            "--tz",
        ),
    ] {
        let out = falgram().args(&args).output().unwrap();
        assert!(!out.status.success(), "{args:?}");
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(err.contains(needle), "{args:?}: {err}");
        assert_eq!(err.trim().lines().count(), 1, "{err}");
    }
}

#[test]
fn production_refuses_to_answer_paying_users_from_fixtures() {
    let dir = tempfile::tempdir().unwrap();
    let db = dir.path().join("p.db");
    let key = "00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff";
    // A token but no AI key: the fixtures would be defaulted.
    let out = falgram()
        .args(["run", "--db"])
        .arg(&db)
        .env(
            "TELEGRAM_BOT_TOKEN",
            "123456789:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw1",
        )
        .env("TELEGRAM_API_URL", "http://127.0.0.1:9")
        .env("ENVIRONMENT", "production")
        .env("ENCRYPTION_KEY", key)
        .output()
        .unwrap();
    assert!(!out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(err.contains("refuses the offline fixture answers"), "{err}");
    assert!(!db.exists(), "refused before the database is touched");

    let env = dir.path().join("env");
    std::fs::write(
        &env,
        format!("ENVIRONMENT=production\nENCRYPTION_KEY={key}\nAI_PROVIDER=fixture\n"),
    )
    .unwrap();
    let (ok, text) = doctor(&db, &env);
    assert!(!ok, "{text}");
    assert!(
        text.contains("❌ ENVIRONMENT=production refuses the offline fixture"),
        "{text}"
    );
}
