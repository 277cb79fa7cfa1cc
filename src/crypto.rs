//! Encryption at rest: personal texts (birth data, dreams, readings, chatbot history, the
//! inbox) are sealed with XChaCha20-Poly1305 under `ENCRYPTION_KEY` before they reach SQLite.
//!
//! A sealed value is text: `enc:v1:<key id>:<base64(nonce ‖ ciphertext ‖ tag)>`. The key id
//! (a hash of the key, not the key) names which key sealed it, so a wrong key is reported as
//! such instead of producing garbage; the field name is authenticated too, so a value copied
//! into another column does not open. Values without the prefix are plain (written before a
//! key was set) and read as they are; `falgram rotate-key` seals them.

use base64::engine::general_purpose::{STANDARD, STANDARD_NO_PAD, URL_SAFE, URL_SAFE_NO_PAD};
use base64::Engine;
use chacha20poly1305::aead::{Aead, KeyInit, Payload};
use chacha20poly1305::{XChaCha20Poly1305, XNonce};
use sha2::{Digest, Sha256};

const PREFIX: &str = "enc:v1:";
const NONCE_LEN: usize = 24;

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum CryptoError {
    #[error("ENCRYPTION_KEY must be 32 bytes, written as 64 hex digits or base64 (e.g. `openssl rand -hex 32`)")]
    BadKey,
    #[error("{field}: sealed with key {found}, but the configured key is {expected} (wrong ENCRYPTION_KEY?)")]
    WrongKey {
        field: String,
        found: String,
        expected: String,
    },
    #[error("{field}: sealed value is damaged or was moved from another field")]
    Damaged { field: String },
    #[error("{field}: sealed with key {found}, but no ENCRYPTION_KEY is set")]
    NoKey { field: String, found: String },
}

/// The data key. `Debug` shows only the key id.
#[derive(Clone)]
pub struct Cipher {
    aead: XChaCha20Poly1305,
    id: String,
}

impl std::fmt::Debug for Cipher {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Cipher(key id {})", self.id)
    }
}

/// Decodes a 32-byte key from 64 hex digits or base64 (standard or URL-safe, padded or not).
pub fn parse_key(text: &str) -> Result<[u8; 32], CryptoError> {
    let text = text.trim();
    let bytes = if text.len() == 64 && text.bytes().all(|b| b.is_ascii_hexdigit()) {
        (0..32)
            .map(|i| u8::from_str_radix(&text[2 * i..2 * i + 2], 16))
            .collect::<Result<Vec<u8>, _>>()
            .map_err(|_| CryptoError::BadKey)?
    } else {
        [STANDARD, STANDARD_NO_PAD, URL_SAFE, URL_SAFE_NO_PAD]
            .iter()
            .find_map(|engine| engine.decode(text).ok())
            .ok_or(CryptoError::BadKey)?
    };
    bytes.try_into().map_err(|_| CryptoError::BadKey)
}

impl Cipher {
    pub fn new(key: &[u8; 32]) -> Cipher {
        let digest = Sha256::new()
            .chain_update(b"falgram key id\0")
            .chain_update(key)
            .finalize();
        let id = digest[..4].iter().map(|b| format!("{b:02x}")).collect();
        Cipher {
            aead: XChaCha20Poly1305::new(key.into()),
            id,
        }
    }

    pub fn from_text(text: &str) -> Result<Cipher, CryptoError> {
        Ok(Cipher::new(&parse_key(text)?))
    }

    /// Eight hex digits naming the key (safe to log).
    pub fn id(&self) -> &str {
        &self.id
    }

    pub fn seal(&self, field: &str, plain: &str) -> String {
        let nonce_bytes: [u8; NONCE_LEN] = rand::random();
        let nonce = XNonce::from(nonce_bytes);
        let payload = Payload {
            msg: plain.as_bytes(),
            aad: field.as_bytes(),
        };
        // Encryption only fails for messages beyond 256 GiB.
        let sealed = self.aead.encrypt(&nonce, payload).unwrap_or_default();
        let mut raw = Vec::with_capacity(NONCE_LEN + sealed.len());
        raw.extend_from_slice(&nonce_bytes);
        raw.extend_from_slice(&sealed);
        format!("{PREFIX}{}:{}", self.id, STANDARD_NO_PAD.encode(raw))
    }

    fn open_sealed(&self, field: &str, key_id: &str, body: &str) -> Result<String, CryptoError> {
        if key_id != self.id {
            return Err(CryptoError::WrongKey {
                field: field.into(),
                found: key_id.into(),
                expected: self.id.clone(),
            });
        }
        let damaged = || CryptoError::Damaged {
            field: field.into(),
        };
        let raw = STANDARD_NO_PAD.decode(body).map_err(|_| damaged())?;
        if raw.len() < NONCE_LEN {
            return Err(damaged());
        }
        let (nonce, sealed) = raw.split_at(NONCE_LEN);
        let nonce = XNonce::from_slice(nonce);
        let plain = self
            .aead
            .decrypt(
                nonce,
                Payload {
                    msg: sealed,
                    aad: field.as_bytes(),
                },
            )
            .map_err(|_| damaged())?;
        String::from_utf8(plain).map_err(|_| damaged())
    }
}

/// Splits `enc:v1:<id>:<body>`; `None` for a plain value.
fn sealed_parts(stored: &str) -> Option<(&str, &str)> {
    stored.strip_prefix(PREFIX)?.split_once(':')
}

pub fn is_sealed(stored: &str) -> bool {
    sealed_parts(stored).is_some()
}

/// Seals with the key when there is one; without a key the value stays plain.
pub fn seal(cipher: Option<&Cipher>, field: &str, plain: &str) -> String {
    match cipher {
        Some(c) => c.seal(field, plain),
        None => plain.to_string(),
    }
}

/// Opens a stored value: plain values pass through; sealed ones need the key that sealed them.
pub fn open(cipher: Option<&Cipher>, field: &str, stored: &str) -> Result<String, CryptoError> {
    match (sealed_parts(stored), cipher) {
        (None, _) => Ok(stored.to_string()),
        (Some((id, body)), Some(c)) => c.open_sealed(field, id, body),
        (Some((id, _)), None) => Err(CryptoError::NoKey {
            field: field.into(),
            found: id.into(),
        }),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn key(b: u8) -> Cipher {
        Cipher::new(&[b; 32])
    }

    #[test]
    fn round_trip_with_fresh_nonces() {
        let c = key(7);
        let a = c.seal("readings.input", "Rüyamda beyaz bir at gördüm");
        let b = c.seal("readings.input", "Rüyamda beyaz bir at gördüm");
        assert_ne!(a, b, "a new nonce every time");
        assert!(!a.contains("beyaz"));
        assert!(is_sealed(&a));
        assert_eq!(
            open(Some(&c), "readings.input", &a).unwrap(),
            "Rüyamda beyaz bir at gördüm"
        );
    }

    #[test]
    fn wrong_key_missing_key_moved_and_damaged_values_are_errors() {
        let c = key(1);
        let sealed = c.seal("users.birth", "1990-05-17");
        let other = key(2);
        assert!(matches!(
            open(Some(&other), "users.birth", &sealed),
            Err(CryptoError::WrongKey { .. })
        ));
        assert!(matches!(
            open(None, "users.birth", &sealed),
            Err(CryptoError::NoKey { .. })
        ));
        assert!(matches!(
            open(Some(&c), "readings.output", &sealed),
            Err(CryptoError::Damaged { .. })
        ));
        let mut flipped = sealed.clone().into_bytes();
        let last = flipped.len() - 3;
        flipped[last] = if flipped[last] == b'A' { b'B' } else { b'A' };
        let flipped = String::from_utf8(flipped).unwrap();
        assert!(matches!(
            open(Some(&c), "users.birth", &flipped),
            Err(CryptoError::Damaged { .. })
        ));
        assert_eq!(open(Some(&c), "x", "plain text").unwrap(), "plain text");
        assert!(!format!("{c:?}").contains("1, 1"), "the key never prints");
    }

    #[test]
    fn keys_parse_from_hex_and_base64_only_at_32_bytes() {
        let hex = "00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff";
        let k = parse_key(hex).unwrap();
        assert_eq!(k[1], 0x11);
        let b64 = STANDARD.encode(k);
        assert_eq!(parse_key(&b64).unwrap(), k);
        assert_eq!(parse_key(&URL_SAFE_NO_PAD.encode(k)).unwrap(), k);
        assert_eq!(parse_key("short"), Err(CryptoError::BadKey));
        assert_eq!(
            parse_key(&STANDARD.encode([1u8; 16])),
            Err(CryptoError::BadKey)
        );
        assert_eq!(Cipher::new(&k).id(), Cipher::from_text(&b64).unwrap().id());
    }
}
