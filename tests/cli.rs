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

#[test]
fn every_command_has_help() {
    for args in [
        vec!["--help"],
        vec!["run", "--help"],
        vec!["sim", "--help"],
        vec!["migrate", "--help"],
        vec!["doctor", "--help"],
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
    assert!(String::from_utf8_lossy(&out.stdout).contains("3 migration(s) applied"));
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
    let out = falgram()
        .args(["doctor", "--db"])
        .arg(&db)
        .arg("--env-file")
        .arg(&env)
        .output()
        .unwrap();
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(!out.status.success(), "{text}");
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
    assert!(text.contains("Fal Gram'a hoş geldin"), "{text}");
}
