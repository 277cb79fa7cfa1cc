//! Voice dreams: how long a recording may be and which formats both AI providers take.

/// The longest voice note accepted, in seconds: a dream told, not a podcast.
pub const MAX_VOICE_SECONDS: u32 = 120;
/// A ceiling on the download whatever the declared length (two minutes of Opus are ~0.5 MB;
/// of WAV, ~20 MB).
pub const MAX_AUDIO_BYTES: u64 = 20 * 1024 * 1024;

/// The MIME type to send a recording as, from what Telegram declared (a voice note declares
/// `audio/ogg`; an audio file may declare anything). `None`: a format the models do not take.
pub fn accepted_mime(declared: &str) -> Option<&'static str> {
    Some(match declared.trim().to_ascii_lowercase().as_str() {
        "audio/ogg" | "audio/opus" | "audio/oga" | "audio/x-opus+ogg" => "audio/ogg",
        "audio/mpeg" | "audio/mp3" | "audio/mpeg3" | "audio/x-mpeg-3" => "audio/mp3",
        "audio/wav" | "audio/x-wav" | "audio/wave" | "audio/vnd.wave" => "audio/wav",
        "audio/flac" | "audio/x-flac" => "audio/flac",
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn voice_notes_and_common_files_are_taken_others_are_not() {
        assert_eq!(accepted_mime("audio/ogg"), Some("audio/ogg"));
        assert_eq!(accepted_mime("Audio/MPEG"), Some("audio/mp3"));
        assert_eq!(accepted_mime("audio/x-wav"), Some("audio/wav"));
        assert_eq!(accepted_mime("audio/amr"), None);
        assert_eq!(accepted_mime("video/mp4"), None);
    }
}
