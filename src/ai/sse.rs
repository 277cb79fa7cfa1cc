//! Server-sent events as both streaming APIs send them: events separated by a blank line, each
//! with one or more `data:` lines. Bytes arrive in arbitrary chunks (an event, a line or a
//! UTF-8 character may be split between two), so the decoder buffers until an event is whole.

/// Accumulates bytes and hands out the `data` of each complete event.
#[derive(Default)]
pub struct SseDecoder {
    buf: Vec<u8>,
    /// How far `buf` is known to hold no boundary, so a long event is not rescanned per chunk.
    scanned: usize,
}

/// More than this buffered without an event boundary is not an event stream.
const MAX_EVENT: usize = 4 * 1024 * 1024;

impl SseDecoder {
    /// Feeds a chunk; returns the data of every event it completed, in order. An event's
    /// `data:` lines are joined with `\n`, as the format says; comments and other fields are
    /// skipped; an event without data yields nothing.
    pub fn push(&mut self, chunk: &[u8]) -> Result<Vec<String>, String> {
        self.buf.extend_from_slice(chunk);
        let mut events = Vec::new();
        // A separator may straddle the old end: look again from three bytes before it.
        while let Some((end, skip)) = boundary(&self.buf, self.scanned.saturating_sub(3)) {
            self.scanned = 0;
            let raw: Vec<u8> = self.buf.drain(..end + skip).take(end).collect();
            let text = String::from_utf8(raw).map_err(|_| "an event is not UTF-8".to_string())?;
            if let Some(data) = data_of(&text) {
                events.push(data);
            }
        }
        self.scanned = self.buf.len();
        if self.buf.len() > MAX_EVENT {
            return Err(format!("no event boundary within {MAX_EVENT} bytes"));
        }
        Ok(events)
    }

    /// At the end of the stream: the data of a last event not followed by a blank line.
    pub fn finish(&mut self) -> Option<String> {
        self.scanned = 0;
        let rest = String::from_utf8(std::mem::take(&mut self.buf)).ok()?;
        data_of(&rest)
    }
}

/// Where the first blank line is: (end of the event, length of the separator).
fn boundary(buf: &[u8], from: usize) -> Option<(usize, usize)> {
    (from..buf.len()).find_map(|i| {
        let rest = &buf[i..];
        if rest.starts_with(b"\r\n\r\n") {
            Some((i, 4))
        } else if rest.starts_with(b"\n\n") || rest.starts_with(b"\r\r") {
            Some((i, 2))
        } else {
            None
        }
    })
}

fn data_of(event: &str) -> Option<String> {
    let lines: Vec<&str> = event
        .lines()
        .filter_map(|line| line.strip_prefix("data:"))
        .map(|d| d.strip_prefix(' ').unwrap_or(d))
        .collect();
    (!lines.is_empty()).then(|| lines.join("\n"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn events_split_anywhere_come_out_whole() {
        let stream =
            "data: {\"a\":1}\n\n: a comment\n\ndata: Çay\r\n\r\nevent: x\ndata: one\ndata: two\n\n";
        let bytes = stream.as_bytes();
        // Every split point, including inside the two-byte "Ç".
        for cut in 0..bytes.len() {
            let mut d = SseDecoder::default();
            let mut got = d.push(&bytes[..cut]).unwrap();
            got.extend(d.push(&bytes[cut..]).unwrap());
            assert_eq!(got, vec!["{\"a\":1}", "Çay", "one\ntwo"], "cut at {cut}");
            assert_eq!(d.finish(), None);
        }
    }

    #[test]
    fn a_last_event_without_its_blank_line_is_kept_at_the_end() {
        let mut d = SseDecoder::default();
        assert!(d.push(b"data: [DONE]").unwrap().is_empty());
        assert_eq!(d.finish().as_deref(), Some("[DONE]"));
    }
}
