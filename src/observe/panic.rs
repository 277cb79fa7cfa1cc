//! What a caught panic says, for the update guard and the Sentry panic hook alike.

/// A panic's message: its payload when that is a string, as `panic!` makes it.
pub fn panic_message(payload: &(dyn std::any::Any + Send)) -> String {
    payload
        .downcast_ref::<&str>()
        .map(|s| s.to_string())
        .or_else(|| payload.downcast_ref::<String>().cloned())
        .unwrap_or_else(|| "unknown panic".to_string())
}
