//! Any OpenAI-compatible chat-completions server (Ollama, llama.cpp, vLLM, Gemini's own
//! compatibility endpoint).

use super::Usage;
use base64::Engine;
use futures::future::BoxFuture;
use serde_json::{json, Value};

use super::retry::{http_failure, send_json, Attempt, RetryPolicy};
use super::stream::{self, AiStream, Event, Piece};
use super::{AiAnswer, AiError, AiProvider, AiRequest, Role};
use crate::config::Secret;
use crate::domain::PromptKind;

pub struct OpenAiProvider {
    http: reqwest::Client,
    base_url: String,
    key: Option<Secret>,
    model: String,
    /// `/audio/transcriptions` model for voice dreams; without one the bot asks for text.
    transcribe_model: Option<String>,
    retry: RetryPolicy,
}

impl OpenAiProvider {
    pub fn new(
        http: reqwest::Client,
        base_url: String,
        key: Option<Secret>,
        model: String,
        retry: RetryPolicy,
    ) -> Self {
        OpenAiProvider {
            http,
            base_url,
            key,
            model,
            transcribe_model: None,
            retry,
        }
    }

    /// A chat completion streamed (`"stream": true`) for this request body.
    fn chat_stream(&self, mut body: Value) -> AiStream<'_> {
        use futures::StreamExt;
        body["stream"] = true.into();
        // The usage comes in a last chunk only when asked for.
        body["stream_options"] = serde_json::json!({"include_usage": true});
        let opened = async move {
            let send = || {
                self.request(reqwest::Method::POST, "/chat/completions")
                    .json(&body)
            };
            stream::open(&self.retry, send, |_| None).await
        };
        let model = self.model.clone();
        futures::stream::once(opened)
            .flat_map(move |resp| match resp {
                Ok(resp) => stream::events(resp, model.clone(), parse_event),
                Err(e) => futures::stream::iter([Err(e)]).boxed(),
            })
            .boxed()
    }

    /// Voice notes are transcribed with `model` before the answer is asked for.
    pub fn with_transcription(mut self, model: Option<String>) -> Self {
        self.transcribe_model = model.filter(|m| !m.trim().is_empty());
        self
    }

    /// `POST /audio/transcriptions` (multipart: `file`, `model`) → `{"text": …}`.
    async fn transcribe(&self, model: &str, audio: &super::Audio) -> Result<String, AiError> {
        let boundary = format!("falgram{:016x}", rand::random::<u64>());
        let body = multipart(&boundary, model, audio);
        let text = self
            .retry
            .run(|| async {
                let request = self
                    .request(reqwest::Method::POST, "/audio/transcriptions")
                    .header(
                        reqwest::header::CONTENT_TYPE,
                        format!("multipart/form-data; boundary={boundary}"),
                    )
                    .body(body.clone());
                let reply = match send_json(request).await {
                    Ok(r) => r,
                    Err(outcome) => return outcome,
                };
                if reply.status != 200 {
                    return http_failure(&reply, None);
                }
                match reply.body["text"].as_str().map(str::trim) {
                    Some(t) if !t.is_empty() => Attempt::Done(t.to_string()),
                    _ => Attempt::Fatal(AiError::Empty),
                }
            })
            .await?;
        Ok(text)
    }

    fn body(&self, req: &AiRequest) -> Value {
        let mut messages = vec![json!({"role": "system", "content": req.system})];
        for t in &req.history {
            let role = if t.role == Role::User {
                "user"
            } else {
                "assistant"
            };
            messages.push(json!({"role": role, "content": t.text}));
        }
        let mut parts = vec![json!({"type": "text", "text": req.user_text})];
        for img in &req.images {
            let data = base64::engine::general_purpose::STANDARD.encode(&img.data);
            parts.push(json!({"type": "image_url", "image_url": {"url": format!("data:{};base64,{}", img.mime, data)}}));
        }
        messages.push(json!({"role": "user", "content": parts}));
        json!({
            "model": self.model,
            "messages": messages,
            "temperature": 0.9,
            "max_tokens": PromptKind::output_tokens(req.max_chars),
        })
    }

    fn request(&self, method: reqwest::Method, path: &str) -> reqwest::RequestBuilder {
        let rb = self
            .http
            .request(method, format!("{}{}", self.base_url, path));
        match &self.key {
            Some(k) => rb.bearer_auth(k.expose()),
            None => rb,
        }
    }

    async fn once(&self, body: &Value) -> Attempt<AiAnswer> {
        let request = self
            .request(reqwest::Method::POST, "/chat/completions")
            .json(body);
        let reply = match send_json(request).await {
            Ok(r) => r,
            Err(outcome) => return outcome,
        };
        if reply.status != 200 {
            return http_failure(&reply, None);
        }
        let payload = reply.body;
        let choice = &payload["choices"][0];
        if choice["finish_reason"].as_str() == Some("content_filter") {
            return Attempt::Fatal(AiError::Blocked("content_filter".into()));
        }
        match choice["message"]["content"].as_str().map(str::trim) {
            Some(text) if !text.is_empty() => Attempt::Done(AiAnswer {
                text: text.to_string(),
                model: self.model.clone(),
                usage: usage_of(&payload),
            }),
            _ => Attempt::Fatal(AiError::Empty),
        }
    }
}

/// One event of a streamed chat completion: a delta of text, a finish reason, or `[DONE]`.
fn parse_event(data: &str) -> Result<Event, AiError> {
    if data.trim() == "[DONE]" {
        return Ok(Event {
            pieces: Vec::new(),
            finished: true,
            usage: None,
        });
    }
    let payload: Value =
        serde_json::from_str(data).map_err(|e| AiError::Protocol(format!("stream event: {e}")))?;
    if !payload["error"].is_null() {
        let message = payload["error"]["message"]
            .as_str()
            .unwrap_or("stream error");
        return Err(AiError::Protocol(message.chars().take(300).collect()));
    }
    let choice = &payload["choices"][0];
    if choice["finish_reason"].as_str() == Some("content_filter") {
        return Err(AiError::Blocked("content_filter".into()));
    }
    let pieces = choice["delta"]["content"]
        .as_str()
        .filter(|t| !t.is_empty())
        .map(|t| vec![Piece::Text(t.to_string())])
        .unwrap_or_default();
    // Servers end with `[DONE]`; a finish reason before it is only the last delta's note.
    // Asked to (`stream_options.include_usage`), they send the usage in a last chunk with no
    // choices.
    Ok(Event {
        pieces,
        finished: false,
        usage: usage_of(&payload),
    })
}

/// An OpenAI-compatible `usage`: prompt tokens in, completion tokens (reasoning included) out.
fn usage_of(payload: &Value) -> Option<Usage> {
    let usage = payload.get("usage").filter(|u| !u.is_null())?;
    Some(Usage {
        input: usage["prompt_tokens"].as_u64().unwrap_or(0),
        output: usage["completion_tokens"].as_u64().unwrap_or(0),
    })
}

/// A `multipart/form-data` body with the model and the recording (the transcription endpoint
/// takes the format from the file name).
fn multipart(boundary: &str, model: &str, audio: &super::Audio) -> Vec<u8> {
    let extension = audio.mime.rsplit('/').next().unwrap_or("ogg");
    let mut body = format!(
        "--{boundary}\r\nContent-Disposition: form-data; name=\"model\"\r\n\r\n{model}\r\n\
         --{boundary}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"voice.{extension}\"\r\n\
         Content-Type: {}\r\n\r\n",
        audio.mime
    )
    .into_bytes();
    body.extend_from_slice(&audio.data);
    body.extend_from_slice(format!("\r\n--{boundary}--\r\n").as_bytes());
    body
}

impl AiProvider for OpenAiProvider {
    fn name(&self) -> &'static str {
        "openai"
    }

    fn generate<'a>(&'a self, request: &'a AiRequest) -> BoxFuture<'a, Result<AiAnswer, AiError>> {
        Box::pin(async move {
            let body = self.body(request);
            self.retry.run(|| self.once(&body)).await
        })
    }

    fn hears(&self) -> bool {
        self.transcribe_model.is_some()
    }

    fn stream<'a>(&'a self, request: &'a AiRequest) -> AiStream<'a> {
        use futures::StreamExt;
        if let Some(audio) = &request.audio {
            // Heard first, then the answer to the words heard.
            let listened = async move {
                let model = self
                    .transcribe_model
                    .as_deref()
                    .ok_or_else(|| AiError::Protocol("no transcription model".into()))?;
                self.transcribe(model, audio).await
            };
            return futures::stream::once(listened)
                .flat_map(move |heard| match heard {
                    Ok(text) => {
                        let asked = AiRequest {
                            user_text: text.clone(),
                            audio: None,
                            ..request.clone()
                        };
                        futures::stream::once(async move { Ok(Piece::Heard(text)) })
                            .chain(self.chat_stream(self.body(&asked)))
                            .boxed()
                    }
                    Err(e) => futures::stream::iter([Err(e)]).boxed(),
                })
                .boxed();
        }
        self.chat_stream(self.body(request))
    }

    fn check(&self) -> BoxFuture<'_, Result<String, AiError>> {
        Box::pin(async move {
            let resp = self
                .request(reqwest::Method::GET, "/models")
                .send()
                .await
                .map_err(|e| AiError::Network(e.without_url().to_string()))?;
            let status = resp.status().as_u16();
            if status != 200 {
                return Err(AiError::Http {
                    status,
                    message: "model list failed".into(),
                });
            }
            let payload: Value = resp
                .json()
                .await
                .map_err(|e| AiError::Protocol(e.to_string()))?;
            let listed = payload["data"]
                .as_array()
                .is_some_and(|ms| ms.iter().any(|m| m["id"].as_str() == Some(&self.model)));
            if listed {
                Ok(format!("model {} is served", self.model))
            } else {
                Err(AiError::Http {
                    status: 404,
                    message: format!("model {} is not in the server's list", self.model),
                })
            }
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stream_events_carry_deltas_and_end_on_done() {
        let delta = r#"{"choices":[{"index":0,"delta":{"role":"assistant","content":"Hello"},"finish_reason":null}]}"#;
        assert_eq!(
            parse_event(delta).unwrap().pieces,
            vec![Piece::Text("Hello".into())]
        );
        let empty = r#"{"choices":[{"index":0,"delta":{},"finish_reason":"stop"}]}"#;
        assert_eq!(parse_event(empty).unwrap(), Event::default());
        assert!(parse_event("[DONE]").unwrap().finished);
        // The usage chunk that `include_usage` asks for: no choices, the call's totals.
        let usage = r#"{"choices":[],"usage":{"prompt_tokens":90,"completion_tokens":41,"total_tokens":131}}"#;
        assert_eq!(
            parse_event(usage).unwrap().usage,
            Some(Usage {
                input: 90,
                output: 41
            })
        );
        let filtered = r#"{"choices":[{"delta":{},"finish_reason":"content_filter"}]}"#;
        assert!(matches!(parse_event(filtered), Err(AiError::Blocked(_))));
    }
}
