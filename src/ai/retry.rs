//! Retries with exponential backoff that honours the server's own retry hints.

use std::future::Future;
use std::time::Duration;

use super::AiError;

#[derive(Debug, Clone, Copy)]
pub struct RetryPolicy {
    pub attempts: u32,
    pub base_delay: Duration,
    pub max_delay: Duration,
    /// All attempts and waits together (`AI_TIMEOUT`): an attempt is cut when it runs out, and
    /// no retry starts that could not finish inside it (judged by how long the last one took),
    /// because every attempt is billed.
    pub budget: Duration,
}

impl Default for RetryPolicy {
    fn default() -> Self {
        RetryPolicy {
            attempts: 4,
            base_delay: Duration::from_millis(500),
            max_delay: Duration::from_secs(10),
            budget: Duration::from_secs(45),
        }
    }
}

/// What one attempt ended in.
pub enum Attempt<T> {
    Done(T),
    /// Worth another try, after the server's hint if it gave one.
    Retry {
        error: AiError,
        hint: Option<Duration>,
    },
    Fatal(AiError),
}

impl RetryPolicy {
    fn delay(&self, attempt: u32, hint: Option<Duration>) -> Duration {
        let exp = self.base_delay.saturating_mul(1 << attempt.min(16));
        // Jitter spreads the retries of many concurrent readings apart.
        let jitter = Duration::from_millis(
            rand::random::<u64>() % (self.base_delay.as_millis() as u64 / 2 + 1),
        );
        hint.unwrap_or(exp + jitter).min(self.max_delay)
    }

    /// The same policy with `budget` for all attempts together.
    pub fn within(self, budget: Duration) -> RetryPolicy {
        RetryPolicy { budget, ..self }
    }

    pub async fn run<T, F, Fut>(&self, mut once: F) -> Result<T, AiError>
    where
        F: FnMut() -> Fut,
        Fut: Future<Output = Attempt<T>>,
    {
        let started = tokio::time::Instant::now();
        let mut attempt = 0;
        loop {
            let begun = tokio::time::Instant::now();
            let left = self.budget.saturating_sub(started.elapsed());
            let outcome = match tokio::time::timeout(left, once()).await {
                Ok(outcome) => outcome,
                Err(_) => return Err(AiError::Timeout),
            };
            match outcome {
                Attempt::Done(v) => return Ok(v),
                Attempt::Fatal(e) => return Err(e),
                Attempt::Retry { error, hint } => {
                    attempt += 1;
                    // A hint longer than we are willing to wait means: give up now, honestly.
                    if attempt >= self.attempts || hint.is_some_and(|h| h > self.max_delay) {
                        return Err(error);
                    }
                    let wait = self.delay(attempt - 1, hint);
                    let needed = started.elapsed() + wait + begun.elapsed();
                    if needed > self.budget {
                        tracing::warn!(attempt, %error, "AI call failed; no time left for a retry");
                        return Err(error);
                    }
                    tracing::warn!(attempt, wait_ms = wait.as_millis() as u64, %error, "AI call failed, retrying");
                    tokio::time::sleep(wait).await;
                }
            }
        }
    }
}

/// Statuses worth retrying: rate limits and transient server errors.
pub fn retryable(status: u16) -> bool {
    matches!(status, 408 | 429 | 500 | 502 | 503 | 504)
}

/// Parses a `Retry-After` header given in seconds.
pub fn retry_after(headers: &reqwest::header::HeaderMap) -> Option<Duration> {
    headers
        .get(reqwest::header::RETRY_AFTER)?
        .to_str()
        .ok()?
        .trim()
        .parse::<f64>()
        .ok()
        .filter(|s| s.is_finite() && *s >= 0.0)
        .map(Duration::from_secs_f64)
}

/// What one HTTP exchange with a JSON API returned.
pub struct JsonReply {
    pub status: u16,
    /// The `Retry-After` header, if any.
    pub hint: Option<Duration>,
    pub body: serde_json::Value,
}

/// Sends a request and reads its JSON body; transport failures and an unreadable success
/// body come back as the attempt's outcome.
pub async fn send_json<T>(request: reqwest::RequestBuilder) -> Result<JsonReply, Attempt<T>> {
    let resp = request.send().await.map_err(transport)?;
    let status = resp.status().as_u16();
    let hint = retry_after(resp.headers());
    let body = match resp.json().await {
        Ok(v) => v,
        Err(e) if status == 200 => {
            return Err(Attempt::Fatal(AiError::Protocol(
                e.without_url().to_string(),
            )))
        }
        Err(_) => serde_json::Value::Null,
    };
    Ok(JsonReply { status, hint, body })
}

/// A non-200 reply: retried when the status is transient, with the server's hint (the
/// header, else `body_hint` read from the error body).
pub fn http_failure<T>(reply: &JsonReply, body_hint: Option<Duration>) -> Attempt<T> {
    let err = &reply.body["error"];
    let message = err["message"]
        .as_str()
        .or(err["status"].as_str())
        .unwrap_or("no error message")
        .chars()
        .take(300)
        .collect();
    let error = AiError::Http {
        status: reply.status,
        message,
    };
    if retryable(reply.status) {
        Attempt::Retry {
            error,
            hint: reply.hint.or(body_hint),
        }
    } else {
        Attempt::Fatal(error)
    }
}

/// Maps a transport error to an attempt outcome.
pub fn transport<T>(e: reqwest::Error) -> Attempt<T> {
    if e.is_timeout() {
        Attempt::Retry {
            error: AiError::Timeout,
            hint: None,
        }
    } else if e.is_connect() || e.is_request() {
        Attempt::Retry {
            error: AiError::Network(e.without_url().to_string()),
            hint: None,
        }
    } else {
        Attempt::Fatal(AiError::Network(e.without_url().to_string()))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::sync::atomic::{AtomicU32, Ordering};

    fn fast() -> RetryPolicy {
        RetryPolicy {
            attempts: 3,
            base_delay: Duration::from_millis(1),
            max_delay: Duration::from_millis(50),
            ..RetryPolicy::default()
        }
    }

    #[tokio::test(start_paused = true)]
    async fn no_retry_starts_that_cannot_finish_inside_the_budget() {
        let calls = AtomicU32::new(0);
        let slow = fast().within(Duration::from_secs(5));
        let out: Result<(), _> = slow
            .run(|| async {
                calls.fetch_add(1, Ordering::SeqCst);
                tokio::time::sleep(Duration::from_secs(3)).await;
                Attempt::Retry {
                    error: AiError::Network("busy".into()),
                    hint: None,
                }
            })
            .await;
        assert_eq!(out, Err(AiError::Network("busy".into())));
        assert_eq!(
            calls.load(Ordering::SeqCst),
            1,
            "a second 3 s try would end past 5 s"
        );
    }

    #[tokio::test(start_paused = true)]
    async fn a_hung_attempt_is_cut_at_the_budget() {
        let calls = AtomicU32::new(0);
        let started = tokio::time::Instant::now();
        let out: Result<(), _> = fast()
            .within(Duration::from_secs(2))
            .run(|| async {
                calls.fetch_add(1, Ordering::SeqCst);
                tokio::time::sleep(Duration::from_secs(120)).await;
                Attempt::Done(())
            })
            .await;
        assert_eq!(out, Err(AiError::Timeout));
        assert_eq!(calls.load(Ordering::SeqCst), 1);
        assert_eq!(started.elapsed(), Duration::from_secs(2));
    }

    #[tokio::test]
    async fn retries_until_success() {
        let calls = AtomicU32::new(0);
        let out = fast()
            .run(|| async {
                if calls.fetch_add(1, Ordering::SeqCst) < 2 {
                    Attempt::Retry {
                        error: AiError::Timeout,
                        hint: None,
                    }
                } else {
                    Attempt::Done(7)
                }
            })
            .await;
        assert_eq!(out, Ok(7));
        assert_eq!(calls.load(Ordering::SeqCst), 3);
    }

    #[tokio::test]
    async fn gives_up_after_the_attempts_and_on_fatal() {
        let calls = AtomicU32::new(0);
        let out: Result<(), _> = fast()
            .run(|| async {
                calls.fetch_add(1, Ordering::SeqCst);
                Attempt::Retry {
                    error: AiError::Timeout,
                    hint: None,
                }
            })
            .await;
        assert_eq!(out, Err(AiError::Timeout));
        assert_eq!(calls.load(Ordering::SeqCst), 3);
        let out: Result<(), _> = fast()
            .run(|| async { Attempt::Fatal(AiError::Empty) })
            .await;
        assert_eq!(out, Err(AiError::Empty));
    }

    #[tokio::test]
    async fn a_hint_beyond_the_cap_stops_at_once() {
        let calls = AtomicU32::new(0);
        let out: Result<(), _> = fast()
            .run(|| async {
                calls.fetch_add(1, Ordering::SeqCst);
                Attempt::Retry {
                    error: AiError::Timeout,
                    hint: Some(Duration::from_secs(60)),
                }
            })
            .await;
        assert!(out.is_err());
        assert_eq!(calls.load(Ordering::SeqCst), 1);
    }
}
