//! Streamed answers: the pieces a provider sends as the model writes, and the one loop that
//! turns an event-stream HTTP body into them. A stream is whole only when it says so
//! ([`Piece::End`]); a body that stops before that is an error, so a cut connection can never
//! pass for a short answer.

use std::time::Duration;

use futures::stream::BoxStream;
use futures::StreamExt;

use super::retry::{http_failure, transport, Attempt, JsonReply, RetryPolicy};
use super::sse::SseDecoder;
use super::{AiAnswer, AiError, Usage};

/// One piece of a streamed answer, in order.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Piece {
    /// What the model heard in a voice message, before the answer (voice dreams).
    Heard(String),
    /// The next part of the answer.
    Text(String),
    /// The answer is complete; `model` wrote it, with the tokens it reported.
    End { model: String, usage: Option<Usage> },
}

pub type AiStream<'a> = BoxStream<'a, Result<Piece, AiError>>;

/// Longest silence between two chunks of a stream before it counts as broken.
pub const IDLE: Duration = Duration::from_secs(30);

/// What one event of a provider's stream said.
#[derive(Debug, Default, PartialEq, Eq)]
pub struct Event {
    pub pieces: Vec<Piece>,
    /// The model finished (Gemini's `finishReason`, OpenAI's `[DONE]`).
    pub finished: bool,
    /// Tokens so far, when the event reports them (the last report is the call's total).
    pub usage: Option<Usage>,
}

/// Opens a streaming request with the policy's retries: only opening is retried, since once
/// text has reached the user a retry would write a second, different answer.
pub async fn open(
    retry: &RetryPolicy,
    request: impl Fn() -> reqwest::RequestBuilder,
    body_hint: fn(&serde_json::Value) -> Option<Duration>,
) -> Result<reqwest::Response, AiError> {
    retry
        .run(|| async {
            let resp = match request().send().await {
                Ok(r) => r,
                Err(e) => return transport(e),
            };
            let status = resp.status().as_u16();
            if status == 200 {
                return Attempt::Done(resp);
            }
            let hint = super::retry::retry_after(resp.headers());
            let body = resp.json().await.unwrap_or(serde_json::Value::Null);
            let hint_from_body = body_hint(&body);
            http_failure(&JsonReply { status, hint, body }, hint_from_body)
        })
        .await
}

/// The pieces of an event-stream body, each event's data parsed by `parse`. Ends with
/// `Piece::End` when the provider said it finished with some text, else with an error.
pub fn events<'a, P>(resp: reqwest::Response, model: String, parse: P) -> AiStream<'a>
where
    P: FnMut(&str) -> Result<Event, AiError> + Send + 'a,
{
    struct State<P> {
        parse: P,
        model: String,
        resp: Option<reqwest::Response>,
        decoder: SseDecoder,
        queue: std::collections::VecDeque<Result<Piece, AiError>>,
        finished: bool,
        text_seen: bool,
        usage: Option<Usage>,
    }
    let state = State {
        parse,
        model,
        resp: Some(resp),
        decoder: SseDecoder::default(),
        queue: Default::default(),
        finished: false,
        text_seen: false,
        usage: None,
    };
    futures::stream::unfold(state, |mut st| {
        async move {
            loop {
                if let Some(item) = st.queue.pop_front() {
                    if item.is_err() {
                        st.resp = None; // nothing after an error
                        st.queue.clear();
                    }
                    return Some((item, st));
                }
                let resp = st.resp.as_mut()?;
                let datas = match tokio::time::timeout(IDLE, resp.chunk()).await {
                    Err(_) => Err(AiError::Timeout),
                    Ok(Err(e)) if e.is_timeout() => Err(AiError::Timeout),
                    Ok(Err(e)) => Err(AiError::Network(e.without_url().to_string())),
                    Ok(Ok(Some(bytes))) => st.decoder.push(&bytes).map_err(AiError::Protocol),
                    Ok(Ok(None)) => {
                        st.resp = None;
                        Ok(st.decoder.finish().into_iter().collect())
                    }
                };
                let datas = match datas {
                    Ok(d) => d,
                    Err(e) => {
                        st.queue.push_back(Err(e));
                        continue;
                    }
                };
                for data in datas {
                    if st.finished {
                        break;
                    }
                    match (st.parse)(&data) {
                        Ok(event) => {
                            for p in event.pieces {
                                st.text_seen |=
                                    matches!(&p, Piece::Text(t) if !t.trim().is_empty());
                                st.queue.push_back(Ok(p));
                            }
                            st.finished |= event.finished;
                            st.usage = event.usage.or(st.usage);
                        }
                        Err(e) => st.queue.push_back(Err(e)),
                    }
                }
                if st.finished || st.resp.is_none() {
                    st.resp = None;
                    st.queue.push_back(match (st.finished, st.text_seen) {
                        (true, true) => Ok(Piece::End {
                            model: st.model.clone(),
                            usage: st.usage,
                        }),
                        (true, false) => Err(AiError::Empty),
                        (false, _) => Err(AiError::Protocol(
                            "the stream ended before the answer did".into(),
                        )),
                    });
                }
            }
        }
    })
    .boxed()
}

/// A whole answer as a stream of its text then its end: for providers or calls that do not
/// stream.
pub fn whole(answer: Result<AiAnswer, AiError>) -> Vec<Result<Piece, AiError>> {
    match answer {
        Ok(a) => vec![
            Ok(Piece::Text(a.text)),
            Ok(Piece::End {
                model: a.model,
                usage: a.usage,
            }),
        ],
        Err(e) => vec![Err(e)],
    }
}

/// Reads a stream to its end: the answer, and what was heard if anything.
pub async fn collect(mut stream: AiStream<'_>) -> Result<(AiAnswer, Option<String>), AiError> {
    let (mut text, mut heard) = (String::new(), None::<String>);
    while let Some(piece) = stream.next().await {
        match piece? {
            Piece::Heard(h) => heard.get_or_insert_with(String::new).push_str(&h),
            Piece::Text(t) => text.push_str(&t),
            Piece::End { model, usage } => {
                let text = text.trim().to_string();
                if text.is_empty() {
                    return Err(AiError::Empty);
                }
                return Ok((AiAnswer { text, model, usage }, heard));
            }
        }
    }
    Err(AiError::Protocol(
        "the stream ended before the answer did".into(),
    ))
}

/// The line between what was heard and the answer in a voice reply: providers that listen and
/// answer in one call are asked to write "transcript", this line, then the answer.
pub const HEARD_END: &str = "===";

/// Splits a voice reply ("transcript\n===\nanswer") into [`Piece::Heard`] then the answer's
/// pieces. A reply without the line is all answer.
pub fn split_heard(inner: AiStream<'_>) -> AiStream<'_> {
    #[derive(Default)]
    struct State {
        buf: String,
        past: bool,
    }
    inner
        .scan(State::default(), |st, item| {
            let out: Vec<Result<Piece, AiError>> = match item {
                Ok(Piece::Text(t)) if st.past => vec![Ok(Piece::Text(t))],
                Ok(Piece::Text(t)) => {
                    st.buf.push_str(&t);
                    match marker(&st.buf) {
                        Some((heard_end, answer_start)) => {
                            st.past = true;
                            let heard = st.buf[..heard_end].trim().to_string();
                            let rest = st.buf[answer_start..].trim_start().to_string();
                            st.buf.clear();
                            let mut v = vec![Ok(Piece::Heard(heard))];
                            if !rest.is_empty() {
                                v.push(Ok(Piece::Text(rest)));
                            }
                            v
                        }
                        None => Vec::new(),
                    }
                }
                Ok(Piece::End { model, usage }) if !st.past => {
                    let all = std::mem::take(&mut st.buf);
                    vec![Ok(Piece::Text(all)), Ok(Piece::End { model, usage })]
                }
                other => vec![other],
            };
            futures::future::ready(Some(futures::stream::iter(out)))
        })
        .flatten()
        .boxed()
}

/// Where the heard part ends and the answer starts: a line that is only [`HEARD_END`],
/// complete (followed by a line break).
fn marker(buf: &str) -> Option<(usize, usize)> {
    let mut from = 0;
    while let Some(i) = buf[from..].find(HEARD_END).map(|i| i + from) {
        let line_start = i == 0 || buf[..i].ends_with('\n');
        let after = &buf[i + HEARD_END.len()..];
        let rest_of_line = after.split('\n').next().unwrap_or_default();
        if line_start && rest_of_line.trim().is_empty() && after.contains('\n') {
            let answer_start = i + HEARD_END.len() + rest_of_line.len() + 1;
            return Some((i, answer_start));
        }
        from = i + HEARD_END.len();
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    async fn split(chunks: &[&str]) -> Vec<Piece> {
        let items: Vec<Result<Piece, AiError>> = chunks
            .iter()
            .map(|c| Ok(Piece::Text(c.to_string())))
            .chain([Ok(Piece::End {
                model: "m".into(),
                usage: None,
            })])
            .collect();
        split_heard(futures::stream::iter(items).boxed())
            .map(|p| p.unwrap())
            .collect()
            .await
    }

    #[tokio::test]
    async fn the_heard_part_comes_first_wherever_the_line_is_cut() {
        let reply = "Denizde yüzüyordum.\n===\nDeniz, duygularını anlatır.";
        for cut in 1..reply.len() {
            if !reply.is_char_boundary(cut) {
                continue;
            }
            let got = split(&[&reply[..cut], &reply[cut..]]).await;
            let heard: Vec<&Piece> = got
                .iter()
                .filter(|p| matches!(p, Piece::Heard(_)))
                .collect();
            assert_eq!(
                heard,
                vec![&Piece::Heard("Denizde yüzüyordum.".into())],
                "cut {cut}"
            );
            let text: String = got
                .iter()
                .filter_map(|p| match p {
                    Piece::Text(t) => Some(t.as_str()),
                    _ => None,
                })
                .collect();
            assert_eq!(text, "Deniz, duygularını anlatır.", "cut {cut}");
            assert!(matches!(got.last(), Some(Piece::End { .. })));
        }
    }

    #[tokio::test]
    async fn without_the_line_it_is_all_answer() {
        let got = split(&["An answer ", "with == signs"]).await;
        assert_eq!(
            got,
            vec![
                Piece::Text("An answer with == signs".into()),
                Piece::End {
                    model: "m".into(),
                    usage: None
                }
            ]
        );
    }
}
