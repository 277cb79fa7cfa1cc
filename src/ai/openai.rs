//! Any OpenAI-compatible chat-completions server (Ollama, llama.cpp, vLLM, Gemini's own
//! compatibility endpoint).

use base64::Engine;
use futures::future::BoxFuture;
use serde_json::{json, Value};

use super::retry::{retry_after, retryable, transport, Attempt, RetryPolicy};
use super::{AiAnswer, AiError, AiProvider, AiRequest, Role};
use crate::config::Secret;

pub struct OpenAiProvider {
    http: reqwest::Client,
    base_url: String,
    key: Option<Secret>,
    model: String,
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
            retry,
        }
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
        json!({"model": self.model, "messages": messages, "temperature": 0.9})
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
        let resp = match self
            .request(reqwest::Method::POST, "/chat/completions")
            .json(body)
            .send()
            .await
        {
            Ok(r) => r,
            Err(e) => return transport(e),
        };
        let status = resp.status().as_u16();
        let hint = retry_after(resp.headers());
        let payload: Value = resp.json().await.unwrap_or(Value::Null);
        if status != 200 {
            let message = payload["error"]["message"]
                .as_str()
                .unwrap_or("no error message")
                .chars()
                .take(300)
                .collect();
            let error = AiError::Http { status, message };
            return if retryable(status) {
                Attempt::Retry { error, hint }
            } else {
                Attempt::Fatal(error)
            };
        }
        let choice = &payload["choices"][0];
        if choice["finish_reason"].as_str() == Some("content_filter") {
            return Attempt::Fatal(AiError::Blocked("content_filter".into()));
        }
        match choice["message"]["content"].as_str().map(str::trim) {
            Some(text) if !text.is_empty() => Attempt::Done(AiAnswer {
                text: text.to_string(),
                model: self.model.clone(),
            }),
            _ => Attempt::Fatal(AiError::Empty),
        }
    }
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
