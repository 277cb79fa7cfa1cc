//! Voice messages for `:voice`: an OGG file's length read from its last page, or a short
//! stand-in recording when no file is given (the offline provider does not listen anyway).

/// Seconds of audio in an OGG/Opus file: the last page's granule position at Opus' fixed
/// 48 kHz. `None` when the bytes are not OGG.
pub fn ogg_seconds(bytes: &[u8]) -> Option<u32> {
    if !bytes.starts_with(b"OggS") {
        return None;
    }
    let last = bytes.windows(4).rposition(|w| w == b"OggS")?;
    let granule = bytes.get(last + 6..last + 14)?;
    let samples = u64::from_le_bytes(granule.try_into().ok()?);
    u32::try_from(samples.div_ceil(48_000)).ok()
}

/// A stand-in voice note of `seconds`: an OGG page header with that length, no sound.
pub fn sample(seconds: u32) -> Vec<u8> {
    let mut page = b"OggS\0\x04".to_vec();
    page.extend((u64::from(seconds) * 48_000).to_le_bytes());
    page.extend([0u8; 12]);
    page
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_sample_says_its_own_length() {
        assert_eq!(ogg_seconds(&sample(7)), Some(7));
        assert_eq!(ogg_seconds(b"ID3 not ogg"), None);
    }
}
