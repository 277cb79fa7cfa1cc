//! Sentry's event payload and envelope framing, built from a log record. Pure: no I/O, no clock.

use std::collections::BTreeMap;

use chrono::{DateTime, SecondsFormat, Utc};
use serde_json::{json, Map, Value};

/// A log line worth reporting, as the tracing layer saw it.
#[derive(Debug, Clone, PartialEq)]
pub struct Report {
    /// `error` or `fatal` (a panic).
    pub level: &'static str,
    /// The tracing target (module path).
    pub logger: String,
    pub message: String,
    /// The event's other fields; `error` becomes the exception value.
    pub fields: BTreeMap<String, String>,
    /// `file:line` of the log statement or the panic.
    pub location: Option<String>,
    pub panic: bool,
    pub at: DateTime<Utc>,
}

/// A line logged shortly before, sent along as context.
#[derive(Debug, Clone, PartialEq)]
pub struct Breadcrumb {
    pub level: &'static str,
    pub category: String,
    pub message: String,
    pub at: DateTime<Utc>,
}

/// What every event from this process shares.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Context {
    pub release: String,
    pub environment: String,
    pub server_name: Option<String>,
}

fn seconds(at: DateTime<Utc>) -> f64 {
    at.timestamp_micros() as f64 / 1e6
}

/// The event JSON. Errors with an `error` field, and panics, are sent as exceptions so Sentry
/// groups them by what failed rather than by one shared log message.
pub fn event(report: &Report, breadcrumbs: &[Breadcrumb], ctx: &Context, event_id: &str) -> Value {
    let mut extra: Map<String, Value> = report
        .fields
        .iter()
        .filter(|(k, _)| k.as_str() != "error")
        .map(|(k, v)| (k.clone(), Value::String(v.clone())))
        .collect();
    if let Some(loc) = &report.location {
        extra.insert("location".into(), Value::String(loc.clone()));
    }
    let mut event = json!({
        "event_id": event_id,
        "timestamp": seconds(report.at),
        "platform": "native",
        "level": report.level,
        "logger": report.logger,
        "message": { "formatted": report.message },
        "release": ctx.release,
        "environment": ctx.environment,
        "tags": { "module": report.logger },
        "extra": extra,
        "breadcrumbs": {
            "values": breadcrumbs.iter().map(|b| json!({
                "timestamp": seconds(b.at),
                "level": b.level,
                "category": b.category,
                "message": b.message,
            })).collect::<Vec<_>>()
        },
    });
    if let Some(name) = &ctx.server_name {
        event["server_name"] = json!(name);
    }
    let exception = if report.panic {
        Some(("panic", report.message.clone(), false))
    } else {
        report
            .fields
            .get("error")
            .map(|e| (report.message.as_str(), e.clone(), true))
    };
    if let Some((kind, value, handled)) = exception {
        event["exception"] = json!({ "values": [{
            "type": kind,
            "value": value,
            "module": report.logger,
            "mechanism": { "type": if report.panic { "panic" } else { "log" }, "handled": handled },
        }]});
    }
    event
}

/// One event framed as an envelope: header line, item header with the payload's byte length,
/// payload.
pub fn envelope(event: &Value, sent_at: DateTime<Utc>) -> Vec<u8> {
    let payload = event.to_string();
    let header = json!({
        "event_id": event["event_id"],
        "sent_at": sent_at.to_rfc3339_opts(SecondsFormat::Millis, true),
    });
    let item =
        json!({ "type": "event", "content_type": "application/json", "length": payload.len() });
    format!("{header}\n{item}\n{payload}\n").into_bytes()
}

/// A fresh event id: 32 lowercase hex digits (a v4 UUID without dashes).
pub fn new_event_id() -> String {
    let mut bytes: [u8; 16] = rand::random();
    bytes[6] = (bytes[6] & 0x0f) | 0x40;
    bytes[8] = (bytes[8] & 0x3f) | 0x80;
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ctx() -> Context {
        Context {
            release: "falgram@1.2.3".into(),
            environment: "production".into(),
            server_name: Some("vps1".into()),
        }
    }

    fn at() -> DateTime<Utc> {
        DateTime::from_timestamp(1_790_000_000, 250_000_000).unwrap()
    }

    fn report(fields: &[(&str, &str)], panic: bool) -> Report {
        Report {
            level: if panic { "fatal" } else { "error" },
            logger: "falgram::telegram::guard".into(),
            message: "handler failed".into(),
            fields: fields
                .iter()
                .map(|(k, v)| (k.to_string(), v.to_string()))
                .collect(),
            location: Some("src/telegram/guard.rs:47".into()),
            panic,
            at: at(),
        }
    }

    #[test]
    fn an_error_field_becomes_a_handled_exception_and_the_rest_extra() {
        let crumb = Breadcrumb {
            level: "info",
            category: "falgram::telegram".into(),
            message: "update received".into(),
            at: at(),
        };
        let e = event(
            &report(
                &[("error", "Bad Request: chat not found"), ("update_id", "7")],
                false,
            ),
            &[crumb],
            &ctx(),
            "ab",
        );
        assert_eq!(e["event_id"], "ab");
        assert_eq!(e["timestamp"], 1_790_000_000.25);
        assert_eq!(e["level"], "error");
        assert_eq!(e["release"], "falgram@1.2.3");
        assert_eq!(e["environment"], "production");
        assert_eq!(e["server_name"], "vps1");
        let ex = &e["exception"]["values"][0];
        assert_eq!(ex["type"], "handler failed");
        assert_eq!(ex["value"], "Bad Request: chat not found");
        assert_eq!(ex["mechanism"]["handled"], true);
        assert_eq!(e["extra"]["update_id"], "7");
        assert!(e["extra"].get("error").is_none());
        assert_eq!(e["extra"]["location"], "src/telegram/guard.rs:47");
        assert_eq!(e["breadcrumbs"]["values"][0]["message"], "update received");
    }

    #[test]
    fn a_panic_is_an_unhandled_exception_and_a_plain_error_has_none() {
        let p = event(&report(&[], true), &[], &ctx(), "ab");
        assert_eq!(p["exception"]["values"][0]["type"], "panic");
        assert_eq!(p["exception"]["values"][0]["mechanism"]["handled"], false);
        assert_eq!(p["level"], "fatal");
        let plain = event(&report(&[("n", "1")], false), &[], &ctx(), "ab");
        assert!(plain.get("exception").is_none());
    }

    #[test]
    fn the_envelope_frames_the_payload_with_its_byte_length() {
        let e = event(&report(&[("error", "ünïcode")], false), &[], &ctx(), "ff00");
        let bytes = envelope(&e, at());
        let text = String::from_utf8(bytes).unwrap();
        let mut lines = text.splitn(3, '\n');
        let header: Value = serde_json::from_str(lines.next().unwrap()).unwrap();
        let item: Value = serde_json::from_str(lines.next().unwrap()).unwrap();
        let rest = lines.next().unwrap();
        assert_eq!(header["event_id"], "ff00");
        assert_eq!(header["sent_at"], "2026-09-21T14:13:20.250Z");
        assert_eq!(item["type"], "event");
        let len = item["length"].as_u64().unwrap() as usize;
        let payload: Value = serde_json::from_slice(&rest.as_bytes()[..len]).unwrap();
        assert_eq!(payload, e);
        assert_eq!(&rest[len..], "\n");
    }

    #[test]
    fn event_ids_are_uuid_hex() {
        let a = new_event_id();
        assert_eq!(a.len(), 32);
        assert!(a
            .bytes()
            .all(|b| b.is_ascii_hexdigit() && !b.is_ascii_uppercase()));
        assert_eq!(&a[12..13], "4");
        assert_ne!(a, new_event_id());
    }
}
