//! All background work has one owner: a [`JobSet`] starts every job, stops them together
//! within the shutdown grace (a run in progress may finish; what outlives the grace is
//! aborted and named in the log), and keeps each job's health for `/health`.
//!
//! The jobs themselves live next to what they do: backups and maintenance here, the
//! Supabase sync in `sync`, and the Telegram side (pushes, plan expiry, broadcasts, rate-limit
//! cleanup) in `telegram::scheduled`.

mod backups;
mod maintenance;
mod sync;

use std::collections::BTreeMap;
use std::sync::{Arc, Mutex};
use std::time::Duration;

use futures::future::BoxFuture;
use serde::Serialize;
use tokio::sync::watch;
use tokio::task::JoinHandle;

pub use backups::daily_backup;
pub use maintenance::prune_updates;
pub use sync::supabase;

/// One run of a job; an error is logged and shown in its health, and the job goes on.
pub type Run = Arc<dyn Fn() -> BoxFuture<'static, anyhow::Result<()>> + Send + Sync>;

/// When a job runs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Schedule {
    /// Once, right after the start.
    Once,
    /// At the start, then every period (a run that overruns delays the next, never piles up).
    Every(Duration),
}

pub struct Job {
    pub name: &'static str,
    pub schedule: Schedule,
    pub run: Run,
}

impl Job {
    pub fn every<F, Fut>(name: &'static str, period: Duration, run: F) -> Job
    where
        F: Fn() -> Fut + Send + Sync + 'static,
        Fut: std::future::Future<Output = anyhow::Result<()>> + Send + 'static,
    {
        Job {
            name,
            schedule: Schedule::Every(period),
            run: Arc::new(move || Box::pin(run())),
        }
    }

    pub fn once<F, Fut>(name: &'static str, run: F) -> Job
    where
        F: Fn() -> Fut + Send + Sync + 'static,
        Fut: std::future::Future<Output = anyhow::Result<()>> + Send + 'static,
    {
        Job {
            name,
            schedule: Schedule::Once,
            run: Arc::new(move || Box::pin(run())),
        }
    }
}

/// What `/health` shows of one job.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct JobHealth {
    /// Seconds between runs (`null` for a job that runs once).
    pub every_s: Option<u64>,
    pub runs: u64,
    pub failures: u64,
    /// Whether the last run succeeded (`true` before the first run).
    pub ok: bool,
    pub running: bool,
    /// Unix seconds of the last run's end.
    pub last_run_at: Option<i64>,
    pub last_error: Option<String>,
}

/// Every job's health, shared with the HTTP server.
#[derive(Debug, Default)]
pub struct Health {
    jobs: Mutex<BTreeMap<&'static str, JobHealth>>,
}

impl Health {
    pub fn snapshot(&self) -> BTreeMap<&'static str, JobHealth> {
        self.jobs.lock().map(|j| j.clone()).unwrap_or_default()
    }

    /// Whether every job's last run succeeded.
    pub fn all_ok(&self) -> bool {
        self.snapshot().values().all(|j| j.ok)
    }

    fn update(&self, name: &'static str, f: impl FnOnce(&mut JobHealth)) {
        if let Ok(mut jobs) = self.jobs.lock() {
            f(jobs.entry(name).or_default());
        }
    }
}

/// The running jobs.
pub struct JobSet {
    health: Arc<Health>,
    stop: watch::Sender<bool>,
    tasks: Vec<(&'static str, JoinHandle<()>)>,
}

impl Default for JobSet {
    fn default() -> JobSet {
        JobSet {
            health: Arc::new(Health::default()),
            stop: watch::channel(false).0,
            tasks: Vec::new(),
        }
    }
}

impl JobSet {
    pub fn health(&self) -> Arc<Health> {
        Arc::clone(&self.health)
    }

    pub fn start_all(&mut self, jobs: impl IntoIterator<Item = Job>) {
        for job in jobs {
            self.start(job);
        }
    }

    /// Starts one job in its own task.
    pub fn start(&mut self, job: Job) {
        let Job {
            name,
            schedule,
            run,
        } = job;
        let health = Arc::clone(&self.health);
        health.update(name, |h| {
            h.ok = true;
            h.every_s = match schedule {
                Schedule::Every(p) => Some(p.as_secs()),
                Schedule::Once => None,
            };
        });
        let mut stop = self.stop.subscribe();
        let task = tokio::spawn(async move {
            let mut tick = match schedule {
                Schedule::Every(period) => {
                    let mut t = tokio::time::interval(period);
                    t.set_missed_tick_behavior(tokio::time::MissedTickBehavior::Delay);
                    Some(t)
                }
                Schedule::Once => None,
            };
            loop {
                if let Some(t) = tick.as_mut() {
                    tokio::select! {
                        _ = t.tick() => {}
                        _ = stop.changed() => break,
                    }
                }
                if *stop.borrow() {
                    break;
                }
                health.update(name, |h| h.running = true);
                // A run is not interrupted by the stop signal: `stop` waits for it (up to the
                // grace), so a push claimed is a push sent.
                let outcome = run().await;
                health.update(name, |h| {
                    h.running = false;
                    h.runs += 1;
                    h.last_run_at = Some(chrono::Utc::now().timestamp());
                    h.ok = outcome.is_ok();
                    h.last_error = outcome.as_ref().err().map(|e| format!("{e:#}"));
                    h.failures += u64::from(outcome.is_err());
                });
                if let Err(e) = outcome {
                    tracing::warn!(job = name, error = %format!("{e:#}"), "background job failed");
                }
                if tick.is_none() {
                    break;
                }
            }
        });
        self.tasks.push((name, task));
    }

    /// Signals every job to stop and waits for the runs in progress, up to `grace` in all;
    /// what is still running then is aborted and named.
    pub async fn stop(self, grace: Duration) {
        let _ = self.stop.send(true);
        let deadline = tokio::time::Instant::now() + grace;
        for (name, task) in self.tasks {
            let abort = task.abort_handle();
            if tokio::time::timeout_at(deadline, task).await.is_err() {
                tracing::warn!(
                    job = name,
                    grace_s = grace.as_secs(),
                    "background job still running after the grace period; stopped"
                );
                abort.abort();
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::atomic::{AtomicU32, Ordering};

    #[tokio::test]
    async fn jobs_run_report_health_and_stop_together() {
        let mut set = JobSet::default();
        let runs = Arc::new(AtomicU32::new(0));
        let counted = Arc::clone(&runs);
        set.start(Job::every("ticker", Duration::from_millis(10), move || {
            let counted = Arc::clone(&counted);
            async move {
                counted.fetch_add(1, Ordering::SeqCst);
                Ok(())
            }
        }));
        set.start(Job::once("failing", || async { anyhow::bail!("boom") }));
        let health = set.health();
        tokio::time::sleep(Duration::from_millis(80)).await;
        let snap = health.snapshot();
        assert!(snap["ticker"].runs >= 3 && snap["ticker"].ok, "{snap:?}");
        assert_eq!(snap["failing"].runs, 1);
        assert!(!snap["failing"].ok);
        assert_eq!(snap["failing"].last_error.as_deref(), Some("boom"));
        assert!(!health.all_ok());
        set.stop(Duration::from_secs(1)).await;
        let after = runs.load(Ordering::SeqCst);
        tokio::time::sleep(Duration::from_millis(40)).await;
        assert_eq!(
            runs.load(Ordering::SeqCst),
            after,
            "nothing runs after stop"
        );
    }

    #[tokio::test]
    async fn a_run_outliving_the_grace_is_aborted() {
        let mut set = JobSet::default();
        set.start(Job::once("slow", || async {
            tokio::time::sleep(Duration::from_secs(60)).await;
            Ok(())
        }));
        tokio::time::sleep(Duration::from_millis(20)).await;
        let started = std::time::Instant::now();
        set.stop(Duration::from_millis(100)).await;
        assert!(started.elapsed() < Duration::from_secs(2));
    }
}
