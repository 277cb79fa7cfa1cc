//! Process figures for `/health`, from /proc (Linux); elsewhere they read as 0.

use std::sync::Mutex;
use std::time::Instant;

/// Resident memory in MB.
pub fn rss_mb() -> f64 {
    let pages: f64 = std::fs::read_to_string("/proc/self/statm")
        .ok()
        .and_then(|s| s.split_whitespace().nth(1).and_then(|p| p.parse().ok()))
        .unwrap_or(0.0);
    (pages * 4096.0 / (1024.0 * 1024.0) * 10.0).round() / 10.0
}

/// CPU time used by the process so far, in seconds (utime + stime at 100 ticks/s).
fn cpu_seconds() -> f64 {
    std::fs::read_to_string("/proc/self/stat")
        .ok()
        .and_then(|s| {
            // Fields after the command name (which may contain spaces) start after ')'.
            let rest = s.rsplit_once(')')?.1;
            let fields: Vec<&str> = rest.split_whitespace().collect();
            let utime: f64 = fields.get(11)?.parse().ok()?;
            let stime: f64 = fields.get(12)?.parse().ok()?;
            Some((utime + stime) / 100.0)
        })
        .unwrap_or(0.0)
}

/// CPU use between two calls (the first call measures since start-up).
pub struct CpuMeter {
    last: Mutex<(Instant, f64)>,
}

impl Default for CpuMeter {
    fn default() -> Self {
        CpuMeter {
            last: Mutex::new((Instant::now(), cpu_seconds())),
        }
    }
}

impl CpuMeter {
    pub fn percent(&self) -> f64 {
        let now = (Instant::now(), cpu_seconds());
        let mut last = self.last.lock().unwrap_or_else(|p| p.into_inner());
        let wall = now.0.duration_since(last.0).as_secs_f64();
        let used = now.1 - last.1;
        *last = now;
        if wall <= 0.0 {
            return 0.0;
        }
        ((used / wall) * 1000.0).round() / 10.0
    }
}
