//! Whether bytes are a photo a vision model can read, decided before anything is sent to the
//! AI: the format from its signature, dimensions within sane limits, and for PNG and JPEG (what
//! phones and Telegram send) a structure that holds together — every PNG chunk whole with its
//! checksum from the header to the end, a JPEG's frame before its scan. A forged header (33
//! bytes claiming 60000×60000) or a truncated file is refused.

/// The longest side accepted, in pixels (Telegram's photos are at most 2,560; documents from
/// cameras reach ~8,000).
pub const MAX_SIDE: u32 = 12_000;
/// The most pixels accepted: 50 megapixels.
pub const MAX_PIXELS: u64 = 50_000_000;
/// The shortest side worth reading: a cup needs more than a thumbnail.
pub const MIN_SIDE: u32 = 16;

/// The MIME type of a readable photo, or `None`.
pub fn photo_mime(bytes: &[u8]) -> Option<&'static str> {
    let mime = match imagesize::image_type(bytes).ok()? {
        imagesize::ImageType::Jpeg => "image/jpeg",
        imagesize::ImageType::Png => "image/png",
        imagesize::ImageType::Webp => "image/webp",
        imagesize::ImageType::Gif => "image/gif",
        imagesize::ImageType::Heif(_) => "image/heic",
        _ => return None,
    };
    let size = imagesize::blob_size(bytes).ok()?;
    let (w, h) = (
        u32::try_from(size.width).ok()?,
        u32::try_from(size.height).ok()?,
    );
    if !sane(w, h) {
        return None;
    }
    let whole = match mime {
        "image/png" => png_is_whole(bytes),
        "image/jpeg" => jpeg_is_whole(bytes),
        // Other formats: the header's dimensions and a body beyond it.
        _ => bytes.len() > 64,
    };
    whole.then_some(mime)
}

fn sane(w: u32, h: u32) -> bool {
    (MIN_SIDE..=MAX_SIDE).contains(&w)
        && (MIN_SIDE..=MAX_SIDE).contains(&h)
        && u64::from(w) * u64::from(h) <= MAX_PIXELS
}

/// Walks the chunks: IHDR first, image data, IEND — each within the file, each checksum right.
fn png_is_whole(bytes: &[u8]) -> bool {
    let mut at = 8;
    let (mut first, mut data) = (true, false);
    while let Some(head) = bytes.get(at..at + 8) {
        let len = u32::from_be_bytes([head[0], head[1], head[2], head[3]]) as usize;
        let kind = &head[4..8];
        let Some(body) = bytes.get(at + 4..at + 8 + len) else {
            return false;
        };
        let Some(crc) = bytes.get(at + 8 + len..at + 12 + len) else {
            return false;
        };
        let mut sum = flate2::Crc::new();
        sum.update(body);
        if sum.sum().to_be_bytes() != crc {
            return false;
        }
        if first && kind != b"IHDR" {
            return false;
        }
        first = false;
        match kind {
            b"IDAT" => data = true,
            b"IEND" => return data,
            _ => {}
        }
        at += 12 + len;
    }
    false
}

/// Walks the segments from the start-of-image marker to the first scan, which must follow a
/// frame header and carry data.
fn jpeg_is_whole(bytes: &[u8]) -> bool {
    let mut at = 2;
    let mut frame = false;
    loop {
        let Some(&[0xFF, marker]) = bytes.get(at..at + 2) else {
            return false;
        };
        match marker {
            // Fill bytes before a marker.
            0xFF => {
                at += 1;
                continue;
            }
            // Markers without a length.
            0x01 | 0xD0..=0xD7 => {
                at += 2;
                continue;
            }
            0xD9 => return false, // the end before any scan
            _ => {}
        }
        let Some(&[hi, lo]) = bytes.get(at + 2..at + 4) else {
            return false;
        };
        let len = usize::from(u16::from_be_bytes([hi, lo]));
        if len < 2 || bytes.len() < at + 2 + len {
            return false;
        }
        match marker {
            0xC0..=0xCF if !matches!(marker, 0xC4 | 0xC8 | 0xCC) => frame = true,
            0xDA => return frame && bytes.len() > at + 2 + len,
            _ => {}
        }
        at += 2 + len;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn chunk(kind: &[u8], data: &[u8]) -> Vec<u8> {
        let mut v = (data.len() as u32).to_be_bytes().to_vec();
        v.extend(kind);
        v.extend(data);
        let mut sum = flate2::Crc::new();
        sum.update(&v[4..]);
        v.extend(sum.sum().to_be_bytes());
        v
    }

    fn png(w: u32, h: u32) -> Vec<u8> {
        let mut ihdr = w.to_be_bytes().to_vec();
        ihdr.extend(h.to_be_bytes());
        ihdr.extend([8, 2, 0, 0, 0]);
        let mut v = vec![0x89, b'P', b'N', b'G', 0x0D, 0x0A, 0x1A, 0x0A];
        v.extend(chunk(b"IHDR", &ihdr));
        v.extend(chunk(
            b"IDAT",
            &[0x78, 0x9C, 0x03, 0x00, 0x00, 0x00, 0x00, 0x01],
        ));
        v.extend(chunk(b"IEND", &[]));
        v
    }

    fn jpeg(w: u16, h: u16) -> Vec<u8> {
        let mut v = vec![0xFF, 0xD8, 0xFF, 0xE0, 0, 16];
        v.extend(b"JFIF\0\x01\x01\0\0\x01\0\x01\0\0");
        v.extend([0xFF, 0xC0, 0, 11, 8]);
        v.extend(h.to_be_bytes());
        v.extend(w.to_be_bytes());
        v.extend([1, 1, 0x11, 0]);
        v.extend([
            0xFF, 0xDA, 0, 8, 1, 1, 0, 0, 0x3F, 0, 0x12, 0x34, 0xFF, 0xD9,
        ]);
        v
    }

    #[test]
    fn whole_images_within_limits_pass() {
        assert_eq!(photo_mime(&png(640, 480)), Some("image/png"));
        assert_eq!(photo_mime(&jpeg(1280, 960)), Some("image/jpeg"));
    }

    #[test]
    fn forged_headers_and_absurd_sizes_are_refused() {
        // The 33-byte header alone, claiming 60000×60000.
        let forged = &png(60_000, 60_000)[..33];
        assert_eq!(photo_mime(forged), None);
        // Whole, but too large, too small, or zero.
        assert_eq!(photo_mime(&png(60_000, 60_000)), None);
        assert_eq!(photo_mime(&png(10_000, 10_000)), None, "100 MP");
        assert_eq!(photo_mime(&png(8, 8)), None);
        assert_eq!(photo_mime(&png(0, 0)), None);
        assert_eq!(photo_mime(&jpeg(60_000, 60_000)), None);
    }

    #[test]
    fn broken_structures_are_refused() {
        let mut bad_crc = png(640, 480);
        let last = bad_crc.len() - 20;
        bad_crc[last] ^= 0xFF;
        assert_eq!(photo_mime(&bad_crc), None);
        let truncated = png(640, 480);
        assert_eq!(
            photo_mime(&truncated[..truncated.len() - 12]),
            None,
            "no IEND"
        );
        let no_scan = jpeg(640, 480);
        assert_eq!(photo_mime(&no_scan[..no_scan.len() - 14]), None);
        assert_eq!(photo_mime(&[0xFF, 0xD8, 0xFF]), None);
        assert_eq!(photo_mime(b"%PDF-1.7 not an image"), None);
        assert_eq!(photo_mime(&[]), None);
    }
}
