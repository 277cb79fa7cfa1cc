//! Independent searches on every core: each body's track and events cost the ephemeris
//! alone, so a year of the sky splits across threads with no shared state.

use super::ephemeris::{Body, EphemerisError};

/// `f` over every item, on as many threads as the machine has cores (each body's search is
/// independent; the planets' ephemeris is what costs).
pub fn in_parallel<T: Sync, R: Send>(
    items: &[T],
    f: impl Fn(&T) -> Result<R, EphemerisError> + Sync,
) -> Result<Vec<R>, EphemerisError> {
    let workers = std::thread::available_parallelism().map_or(1, |n| n.get());
    let next = std::sync::atomic::AtomicUsize::new(0);
    let mut results: Vec<(usize, Result<R, EphemerisError>)> = std::thread::scope(|scope| {
        let handles: Vec<_> = (0..workers.min(items.len()))
            .map(|_| {
                scope.spawn(|| {
                    let mut done = Vec::new();
                    loop {
                        let i = next.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
                        let Some(item) = items.get(i) else {
                            return done;
                        };
                        done.push((i, f(item)));
                    }
                })
            })
            .collect();
        handles
            .into_iter()
            .flat_map(|h| h.join().unwrap_or_default())
            .collect()
    });
    if results.len() != items.len() {
        return Err(EphemerisError {
            body: Body::Sun,
            jd: 0.0,
            reason: "a search thread failed".into(),
        });
    }
    results.sort_by_key(|(i, _)| *i);
    results.into_iter().map(|(_, r)| r).collect()
}
