//! `deploy/supabase.sql` on a real PostgreSQL (Debian's packages, a throwaway server), and the
//! outbox's real payloads upserted into it the way PostgREST does for
//! `Prefer: resolution=merge-duplicates` — so the column names and types on both sides agree.
//!
//! Needs PostgreSQL's server binaries (`apt-get install postgresql`; `.ci/run` installs them
//! and sets FALGRAM_REQUIRE_PG=1, so CI cannot skip this). Elsewhere, without them, it says
//! so and passes.

use std::path::{Path, PathBuf};
use std::process::Command;

use falgram::domain::quota::Source;
use falgram::domain::PromptKind;
use falgram::store::{NewUser, Store};

fn pg_bin() -> Option<PathBuf> {
    let mut dirs: Vec<PathBuf> = std::fs::read_dir("/usr/lib/postgresql")
        .ok()?
        .filter_map(|e| Some(e.ok()?.path().join("bin")))
        .filter(|p| p.join("initdb").exists())
        .collect();
    dirs.sort();
    dirs.pop()
}

fn is_root() -> bool {
    Command::new("id")
        .arg("-u")
        .output()
        .is_ok_and(|o| String::from_utf8_lossy(&o.stdout).trim() == "0")
}

/// Runs a server tool, as the `postgres` user when we are root (initdb refuses root).
fn as_pg(bin: &Path, tool: &str, args: &[&str]) -> std::process::Output {
    let exe = bin.join(tool);
    let out = if is_root() {
        let line = std::iter::once(exe.display().to_string())
            .chain(args.iter().map(|a| format!("'{a}'")))
            .collect::<Vec<_>>()
            .join(" ");
        Command::new("su").args(["postgres", "-c", &line]).output()
    } else {
        Command::new(&exe).args(args).output()
    };
    out.unwrap()
}

struct Server {
    bin: PathBuf,
    data: String,
    port: u16,
    _dir: tempfile::TempDir,
}

impl Server {
    fn start(bin: PathBuf) -> Server {
        let dir = tempfile::tempdir().unwrap();
        if is_root() {
            assert!(Command::new("chown")
                .args(["postgres", &dir.path().display().to_string()])
                .status()
                .unwrap()
                .success());
        }
        let data = dir.path().join("data").display().to_string();
        let out = as_pg(
            &bin,
            "initdb",
            &["-D", &data, "-U", "postgres", "--auth=trust", "-E", "UTF8"],
        );
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        let port = std::net::TcpListener::bind("127.0.0.1:0")
            .unwrap()
            .local_addr()
            .unwrap()
            .port();
        let opts = format!(
            "-p {port} -k {} -c listen_addresses=127.0.0.1",
            dir.path().display()
        );
        let log = dir.path().join("log").display().to_string();
        let out = as_pg(
            &bin,
            "pg_ctl",
            &["-D", &data, "-o", &opts, "-l", &log, "-w", "start"],
        );
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
        Server {
            bin,
            data,
            port,
            _dir: dir,
        }
    }

    fn psql(&self, args: &[&str]) -> String {
        let out = Command::new(self.bin.join("psql"))
            .args([
                "-h",
                "127.0.0.1",
                "-p",
                &self.port.to_string(),
                "-U",
                "postgres",
            ])
            .args(["-v", "ON_ERROR_STOP=1", "-X", "-q", "-A", "-t"])
            .args(args)
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "psql {args:?}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8_lossy(&out.stdout).trim().to_string()
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        as_pg(
            &self.bin,
            "pg_ctl",
            &["-D", &self.data, "-m", "fast", "-w", "stop"],
        );
    }
}

/// What PostgREST runs for a bulk upsert with `on_conflict=id` and merge-duplicates.
fn upsert_sql(table: &str, rows: &[serde_json::Value]) -> String {
    let cols: Vec<String> = rows[0]
        .as_object()
        .unwrap()
        .keys()
        .map(|k| format!("\"{k}\""))
        .collect();
    let list = cols.join(", ");
    let set = cols
        .iter()
        .filter(|c| *c != "\"id\"")
        .map(|c| format!("{c} = EXCLUDED.{c}"))
        .collect::<Vec<_>>()
        .join(", ");
    let json = serde_json::Value::Array(rows.to_vec())
        .to_string()
        .replace('\'', "''");
    format!(
        "INSERT INTO {table} ({list}) SELECT {list} FROM json_populate_recordset(NULL::{table}, '{json}') \
         ON CONFLICT (id) DO UPDATE SET {set}"
    )
}

#[tokio::test]
async fn supabase_sql_runs_on_postgresql_and_takes_the_outbox_payloads() {
    let Some(bin) = pg_bin() else {
        assert!(
            std::env::var_os("FALGRAM_REQUIRE_PG").is_none(),
            "FALGRAM_REQUIRE_PG is set but PostgreSQL is not installed"
        );
        eprintln!("SKIPPED: PostgreSQL server binaries not installed (apt-get install postgresql)");
        return;
    };
    let pg = Server::start(bin);
    let sql = concat!(env!("CARGO_MANIFEST_DIR"), "/deploy/supabase.sql");
    pg.psql(&["-f", sql]);
    pg.psql(&["-f", sql]); // safe to run again
    let tables = pg.psql(&["-c", "SELECT string_agg(tablename, ',' ORDER BY tablename) FROM pg_tables WHERE schemaname = 'public'"]);
    assert_eq!(
        tables,
        "falgram_payments,falgram_readings,falgram_subscriptions,falgram_users,prompts"
    );
    // Real payloads from the bot's outbox.
    let dir = tempfile::tempdir().unwrap();
    let store = Store::open(dir.path().join("t.db")).unwrap();
    store.set_sync(true).await.unwrap();
    let who = NewUser {
        id: 42,
        username: Some("o'brien".into()),
        first_name: "Şule".into(),
        last_name: None,
        language_code: Some("tr".into()),
        forget_key: None,
    };
    store.begin_update(1, 42, who).await.unwrap();
    let id = store
        .prepare_reading(
            42,
            Source::Free,
            PromptKind::Tarot,
            Some("q".into()),
            "a".into(),
            None,
        )
        .await
        .unwrap();
    store.commit_reading(42, id, None).await.unwrap();
    store
        .gift_plan(42, falgram::domain::Plan::Vip, 30)
        .await
        .unwrap();
    store
        .apply_payment(
            falgram::store::NewPayment {
                user_id: 42,
                telegram_charge_id: "ch-42".into(),
                provider_charge_id: String::new(),
                amount: 2000,
                currency: "XTR".into(),
                plan: Some(falgram::domain::Plan::Vip),
                payload: "premium_vip_42_n".into(),
                is_recurring: true,
                is_first_recurring: true,
                subscription_expires_at: Some(1_900_000_000),
                review: None,
            },
            &falgram::domain::Settings::default(),
        )
        .await
        .unwrap();
    let due = store.outbox_due(i64::MAX, 100).await.unwrap();
    let mut by_table: std::collections::BTreeMap<String, Vec<serde_json::Value>> =
        Default::default();
    for row in due {
        by_table
            .entry(row.table)
            .or_default()
            .push(row.payload.unwrap());
    }
    assert_eq!(
        by_table.keys().cloned().collect::<Vec<_>>(),
        [
            "falgram_payments",
            "falgram_readings",
            "falgram_subscriptions",
            "falgram_users"
        ]
    );
    for (table, rows) in &by_table {
        pg.psql(&["-c", &upsert_sql(table, rows)]);
        pg.psql(&["-c", &upsert_sql(table, rows)]); // a retry merges, never duplicates
    }
    assert_eq!(
        pg.psql(&["-c", "SELECT id, username, first_name, plan, plan_expires_at > now(), is_blocked FROM falgram_users"]),
        "42|o'brien|Şule|vip|t|f"
    );
    assert_eq!(
        pg.psql(&[
            "-c",
            "SELECT count(*), bool_and(delivered) FROM falgram_readings"
        ]),
        "1|t"
    );
    assert_eq!(
        pg.psql(&[
            "-c",
            "SELECT plan, source, status FROM falgram_subscriptions ORDER BY id"
        ]),
        "vip|gift|expired\nvip|payment|active"
    );
    // The prompts table takes the Python version's rows.
    pg.psql(&["-c", "INSERT INTO prompts (prompt_type, language, content) VALUES ('dream', 'tr', 'Rüya: {username}')"]);
    assert_eq!(
        pg.psql(&["-c", "SELECT count(*) FROM prompts WHERE is_active"]),
        "1"
    );
    // `restore --from-supabase` reads back what PostgreSQL holds (timestamptz and all) into a
    // fresh database: the same user, plan and expiry, the payment with its credit.
    let tables: Vec<(&str, Vec<serde_json::Value>)> = falgram::supabase::restore::TABLES
        .iter()
        .map(|t| {
            let json = pg.psql(&[
                "-c",
                &format!("SELECT coalesce(json_agg(x ORDER BY id), '[]') FROM {t} x"),
            ]);
            (
                *t,
                serde_json::from_str::<Vec<serde_json::Value>>(&json).unwrap(),
            )
        })
        .collect();
    let fresh = Store::open(dir.path().join("rebuilt.db")).unwrap();
    let r = falgram::supabase::restore::from_rows(&fresh, &tables)
        .await
        .unwrap();
    assert_eq!((r.users, r.payments, r.readings), (1, 1, 1));
    let (old, new) = (
        store.user(42).await.unwrap().unwrap(),
        fresh.user(42).await.unwrap().unwrap(),
    );
    assert_eq!(
        (new.plan, new.plan_expires_at),
        (old.plan, old.plan_expires_at)
    );
    assert_eq!(new.first_name, "Şule");
    assert_eq!(new.referral_code, old.referral_code);
    assert_eq!(
        fresh.payments_of(42).await.unwrap(),
        store.payments_of(42).await.unwrap()
    );
    fresh.close();
    store.close();
}
