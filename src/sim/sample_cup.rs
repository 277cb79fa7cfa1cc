//! A drawn coffee cup seen from above, for `:photo` without a file: a real PNG, so the coffee
//! flow (image checks, the reading) runs in the simulator with nothing on disk.

use tiny_skia::{Color, FillRule, Paint, PathBuilder, Pixmap, Transform};

const WIDTH: u32 = 800;
const HEIGHT: u32 = 600;

/// PNG bytes of a white cup on a saucer, its inside stained with grounds.
pub fn png() -> anyhow::Result<Vec<u8>> {
    let mut pixmap =
        Pixmap::new(WIDTH, HEIGHT).ok_or_else(|| anyhow::anyhow!("cannot make a pixmap"))?;
    pixmap.fill(Color::from_rgba8(120, 86, 60, 255)); // a wooden table
    let (cx, cy) = (WIDTH as f32 / 2.0, HEIGHT as f32 / 2.0);
    disc(&mut pixmap, cx, cy, 270.0, (236, 232, 224)); // saucer
    disc(&mut pixmap, cx, cy, 190.0, (250, 248, 244)); // rim
    disc(&mut pixmap, cx, cy, 165.0, (92, 62, 40)); // grounds
                                                    // Lighter patches where the grounds ran down: the shapes a reader looks for.
    for (dx, dy, r) in [
        (-60.0, -40.0, 38.0),
        (45.0, 30.0, 28.0),
        (10.0, -85.0, 20.0),
    ] {
        disc(&mut pixmap, cx + dx, cy + dy, r, (170, 130, 95));
    }
    pixmap.encode_png().map_err(anyhow::Error::from)
}

fn disc(pixmap: &mut Pixmap, x: f32, y: f32, r: f32, (red, green, blue): (u8, u8, u8)) {
    let mut paint = Paint::default();
    paint.set_color_rgba8(red, green, blue, 255);
    paint.anti_alias = true;
    if let Some(path) = PathBuilder::from_circle(x, y, r) {
        pixmap.fill_path(
            &path,
            &paint,
            FillRule::Winding,
            Transform::identity(),
            None,
        );
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_sample_is_a_png_of_the_stated_size() {
        let png = super::png().unwrap();
        let size = imagesize::blob_size(&png).unwrap();
        assert_eq!((size.width, size.height), (800, 600));
    }
}
