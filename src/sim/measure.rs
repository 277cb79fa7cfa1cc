//! What the benchmarks read off a running process, shared so each reads it the same way.

use std::time::Duration;

/// A memory figure of a process from `/proc/<process>/status` (`process` is `"self"` or a
/// pid; `field` e.g. `"VmRSS:"` or `"VmHWM:"` for the peak), in MB; 0 where it cannot be read.
pub fn memory_mb(process: &str, field: &str) -> f64 {
    std::fs::read_to_string(format!("/proc/{process}/status"))
        .ok()
        .and_then(|s| {
            let line = s.lines().find(|l| l.starts_with(field))?;
            line.split_whitespace().nth(1)?.parse::<f64>().ok()
        })
        .map_or(0.0, |kb| kb / 1024.0)
}

/// A duration as milliseconds with two decimals.
pub fn ms(d: Duration) -> String {
    format!("{:.2} ms", d.as_secs_f64() * 1e3)
}

#[cfg(test)]
mod tests {
    #[test]
    fn this_process_has_a_resident_size_and_a_peak_at_least_as_large() {
        let (now, peak) = (
            super::memory_mb("self", "VmRSS:"),
            super::memory_mb("self", "VmHWM:"),
        );
        assert!(now > 0.0 && peak >= now, "{now} / {peak}");
        assert_eq!(super::memory_mb("self", "NoSuchField:"), 0.0);
        assert_eq!(
            super::ms(std::time::Duration::from_micros(1_234)),
            "1.23 ms"
        );
    }
}
