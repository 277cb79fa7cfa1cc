//! Google Gemini through the `generateContent` REST endpoint, and `streamGenerateContent`
//! (server-sent events) for answers shown as they are written.

use super::Usage;
use std::time::Duration;

use base64::Engine;
use futures::future::BoxFuture;
use serde_json::{json, Value};

use super::retry::{http_failure, send_json, Attempt, RetryPolicy};
use super::stream::{self, AiStream, Event, Piece};
use super::{AiAnswer, AiError, AiProvider, AiRequest, HttpPool, Role};
use crate::config::Secret;
use crate::domain::PromptKind;

/// Sent with a voice note: Gemini listens and answers in one call, saying first what it heard
/// (the bot shows it, and keeps it as the dream's text). The answer's language and content
/// come from the system instruction.
const VOICE_INSTRUCTION: &str = "The dream is told in the attached voice recording. Begin your \
reply with an exact transcript of the recording, in the language it is spoken in, on its own; \
then a line containing only ===; then your interpretation as instructed.";

pub struct GeminiProvider {
    http: HttpPool,
    base_url: String,
    key: Secret,
    model: String,
    vision_model: String,
    retry: RetryPolicy,
}

impl GeminiProvider {
    pub fn new(
        http: impl Into<HttpPool>,
        base_url: String,
        key: Secret,
        model: String,
        vision_model: String,
        retry: RetryPolicy,
    ) -> Self {
        GeminiProvider {
            http: http.into(),
            base_url,
            key,
            model,
            vision_model,
            retry,
        }
    }

    fn body(req: &AiRequest) -> Value {
        let mut contents: Vec<Value> = req
            .history
            .iter()
            .map(|t| {
                let role = if t.role == Role::User {
                    "user"
                } else {
                    "model"
                };
                json!({"role": role, "parts": [{"text": t.text}]})
            })
            .collect();
        let mut parts: Vec<Value> = req
            .images
            .iter()
            .map(|img| {
                json!({"inline_data": {
                    "mime_type": img.mime,
                    "data": base64::engine::general_purpose::STANDARD.encode(&img.data),
                }})
            })
            .collect();
        if let Some(audio) = &req.audio {
            parts.push(json!({"inline_data": {
                "mime_type": audio.mime,
                "data": base64::engine::general_purpose::STANDARD.encode(&audio.data),
            }}));
            parts.push(json!({"text": VOICE_INSTRUCTION}));
        }
        if !req.user_text.is_empty() || parts.is_empty() {
            parts.push(json!({"text": req.user_text}));
        }
        contents.push(json!({"role": "user", "parts": parts}));
        json!({
            "system_instruction": {"parts": [{"text": req.system}]},
            "contents": contents,
            "generationConfig": {
                "temperature": 0.9,
                "maxOutputTokens": PromptKind::output_tokens(req.max_chars),
            },
        })
    }

    fn model_for(&self, req: &AiRequest) -> &str {
        if req.images.is_empty() {
            &self.model
        } else {
            &self.vision_model
        }
    }

    async fn once(&self, model: &str, body: &Value) -> Attempt<AiAnswer> {
        let url = format!("{}/v1beta/models/{}:generateContent", self.base_url, model);
        let request = self
            .http
            .get()
            .post(&url)
            .header("x-goog-api-key", self.key.expose())
            .json(body);
        let reply = match send_json(request).await {
            Ok(r) => r,
            Err(outcome) => return outcome,
        };
        if reply.status != 200 {
            return http_failure(&reply, retry_info(&reply.body));
        }
        parse_answer(&reply.body, model)
    }
}

/// `google.rpc.RetryInfo` in the error details, e.g. `"retryDelay": "12s"`.
fn retry_info(payload: &Value) -> Option<Duration> {
    payload["error"]["details"]
        .as_array()?
        .iter()
        .find_map(|d| {
            let delay = d["retryDelay"].as_str()?;
            delay
                .strip_suffix('s')?
                .parse::<f64>()
                .ok()
                .filter(|s| s.is_finite() && *s >= 0.0)
                .map(Duration::from_secs_f64)
        })
}

/// One event of `streamGenerateContent`: a `GenerateContentResponse` with the next text, and
/// on the last one the `finishReason`.
fn parse_event(data: &str) -> Result<Event, AiError> {
    let payload: Value =
        serde_json::from_str(data).map_err(|e| AiError::Protocol(format!("stream event: {e}")))?;
    if let Some(reason) = payload["promptFeedback"]["blockReason"].as_str() {
        return Err(AiError::Blocked(reason.to_string()));
    }
    let candidate = &payload["candidates"][0];
    let pieces = candidate["content"]["parts"]
        .as_array()
        .map(|parts| {
            parts
                .iter()
                // Thought summaries are the model's notes, not the answer.
                .filter(|p| p["thought"].as_bool() != Some(true))
                .filter_map(|p| p["text"].as_str())
                .filter(|t| !t.is_empty())
                .map(|t| Piece::Text(t.to_string()))
                .collect()
        })
        .unwrap_or_default();
    let finished = match candidate["finishReason"].as_str() {
        None => false,
        Some("STOP" | "MAX_TOKENS" | "FINISH_REASON_UNSPECIFIED") => true,
        Some(other) => return Err(AiError::Blocked(other.to_string())),
    };
    Ok(Event {
        pieces,
        finished,
        usage: usage_of(&payload),
    })
}

/// `usageMetadata`: the prompt's tokens in; the answer's and the thinking's out (both billed
/// as output).
fn usage_of(payload: &Value) -> Option<Usage> {
    let meta = payload.get("usageMetadata")?;
    let count = |field: &str| meta[field].as_u64().unwrap_or(0);
    Some(Usage {
        input: count("promptTokenCount"),
        output: count("candidatesTokenCount") + count("thoughtsTokenCount"),
    })
}

fn parse_answer(payload: &Value, model: &str) -> Attempt<AiAnswer> {
    if let Some(reason) = payload["promptFeedback"]["blockReason"].as_str() {
        return Attempt::Fatal(AiError::Blocked(reason.to_string()));
    }
    let Some(candidate) = payload["candidates"].get(0) else {
        return Attempt::Fatal(AiError::Empty);
    };
    let finish = candidate["finishReason"].as_str().unwrap_or("STOP");
    // MAX_TOKENS still carries a usable (if long) answer; anything else is a refusal.
    if !matches!(finish, "STOP" | "MAX_TOKENS" | "FINISH_REASON_UNSPECIFIED") {
        return Attempt::Fatal(AiError::Blocked(finish.to_string()));
    }
    let text: String = candidate["content"]["parts"]
        .as_array()
        .map(|parts| {
            parts
                .iter()
                .filter_map(|p| p["text"].as_str())
                .collect::<Vec<_>>()
                .join("")
        })
        .unwrap_or_default();
    if text.trim().is_empty() {
        return Attempt::Fatal(AiError::Empty);
    }
    Attempt::Done(AiAnswer {
        text: text.trim().to_string(),
        model: model.to_string(),
        usage: usage_of(payload),
    })
}

impl AiProvider for GeminiProvider {
    fn name(&self) -> &'static str {
        "gemini"
    }

    fn generate<'a>(&'a self, request: &'a AiRequest) -> BoxFuture<'a, Result<AiAnswer, AiError>> {
        Box::pin(async move {
            if request.audio.is_some() {
                return stream::collect(self.stream(request)).await.map(|(a, _)| a);
            }
            let model = self.model_for(request);
            let body = Self::body(request);
            self.retry.run(|| self.once(model, &body)).await
        })
    }

    fn hears(&self) -> bool {
        true
    }

    fn stream<'a>(&'a self, request: &'a AiRequest) -> AiStream<'a> {
        use futures::StreamExt;
        let model = self.model_for(request).to_string();
        let url = format!(
            "{}/v1beta/models/{}:streamGenerateContent?alt=sse",
            self.base_url, model
        );
        let body = Self::body(request);
        let opened = async move {
            let send = || {
                self.http
                    .get()
                    .post(&url)
                    .header("x-goog-api-key", self.key.expose())
                    .json(&body)
            };
            stream::open(&self.retry, send, retry_info).await
        };
        let answer = futures::stream::once(opened)
            .flat_map(move |resp| match resp {
                Ok(resp) => stream::events(resp, model.clone(), parse_event),
                Err(e) => futures::stream::iter([Err(e)]).boxed(),
            })
            .boxed();
        if request.audio.is_some() {
            stream::split_heard(answer)
        } else {
            answer
        }
    }

    fn check(&self) -> BoxFuture<'_, Result<String, AiError>> {
        Box::pin(async move {
            let url = format!("{}/v1beta/models/{}", self.base_url, self.model);
            let resp = self
                .http
                .get()
                .get(&url)
                .header("x-goog-api-key", self.key.expose())
                .send()
                .await
                .map_err(|e| AiError::Network(e.without_url().to_string()))?;
            match resp.status().as_u16() {
                200 => Ok(format!("Gemini model {} is available", self.model)),
                404 => Err(AiError::Http {
                    status: 404,
                    message: format!("model {} not found (retired?)", self.model),
                }),
                s => Err(AiError::Http {
                    status: s,
                    message: "model lookup failed".into(),
                }),
            }
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_text_blocks_and_empty_answers() {
        let ok = json!({"candidates": [{"content": {"parts": [{"text": "Hello "}, {"text": "world"}]}, "finishReason": "STOP"}]});
        assert!(
            matches!(parse_answer(&ok, "m"), Attempt::Done(a) if a.text == "Hello world" && a.usage.is_none())
        );
        let counted = json!({"candidates": [{"content": {"parts": [{"text": "Hi"}]}}], "usageMetadata": {"promptTokenCount": 10, "candidatesTokenCount": 2}});
        assert!(
            matches!(parse_answer(&counted, "m"), Attempt::Done(a) if a.usage == Some(Usage { input: 10, output: 2 }))
        );
        let blocked = json!({"promptFeedback": {"blockReason": "SAFETY"}});
        assert!(
            matches!(parse_answer(&blocked, "m"), Attempt::Fatal(AiError::Blocked(r)) if r == "SAFETY")
        );
        let unsafe_answer = json!({"candidates": [{"finishReason": "SAFETY"}]});
        assert!(matches!(
            parse_answer(&unsafe_answer, "m"),
            Attempt::Fatal(AiError::Blocked(_))
        ));
        let empty = json!({"candidates": [{"content": {"parts": []}, "finishReason": "STOP"}]});
        assert!(matches!(
            parse_answer(&empty, "m"),
            Attempt::Fatal(AiError::Empty)
        ));
    }

    #[test]
    fn stream_events_carry_text_then_the_finish() {
        let first = r#"{"candidates":[{"content":{"parts":[{"text":"Bir "},{"text":"kuş","thought":false}],"role":"model"}}]}"#;
        assert_eq!(
            parse_event(first).unwrap(),
            Event {
                pieces: vec![Piece::Text("Bir ".into()), Piece::Text("kuş".into())],
                finished: false,
                usage: None,
            }
        );
        let thought = r#"{"candidates":[{"content":{"parts":[{"text":"plan","thought":true}]}}]}"#;
        assert!(parse_event(thought).unwrap().pieces.is_empty());
        let last = r#"{"candidates":[{"content":{"parts":[{"text":" uçuyor."}]},"finishReason":"STOP"}],"usageMetadata":{"promptTokenCount":120,"candidatesTokenCount":7,"thoughtsTokenCount":30,"totalTokenCount":157}}"#;
        let event = parse_event(last).unwrap();
        assert!(event.finished);
        // Thinking is billed as output.
        assert_eq!(
            event.usage,
            Some(Usage {
                input: 120,
                output: 37
            })
        );
        let unsafe_end = r#"{"candidates":[{"finishReason":"SAFETY"}]}"#;
        assert!(matches!(parse_event(unsafe_end), Err(AiError::Blocked(r)) if r == "SAFETY"));
        assert!(matches!(parse_event("{oops"), Err(AiError::Protocol(_))));
    }

    #[test]
    fn reads_retry_info() {
        let e = json!({"error": {"code": 429, "details": [{"@type": "type.googleapis.com/google.rpc.RetryInfo", "retryDelay": "2s"}]}});
        assert_eq!(retry_info(&e), Some(Duration::from_secs(2)));
    }
}
