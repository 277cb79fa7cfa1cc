//! A small drawing surface over tiny-skia with text from the embedded DejaVu subset.

use ab_glyph::{Font, FontRef, PxScale, ScaleFont};
use tiny_skia::{
    Color, FillRule, FilterQuality, Paint, PathBuilder, Pixmap, PixmapPaint, Rect, Stroke,
    Transform,
};

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Rgb(pub u8, pub u8, pub u8);

impl Rgb {
    fn paint(self) -> Paint<'static> {
        let mut p = Paint::default();
        p.set_color(Color::from_rgba8(self.0, self.1, self.2, 255));
        p.anti_alias = true;
        p
    }
}

pub struct Canvas {
    pixmap: Pixmap,
    font: FontRef<'static>,
}

static FONT_BYTES: std::sync::LazyLock<Option<Vec<u8>>> = std::sync::LazyLock::new(|| {
    crate::assets::Assets::get("fonts/DejaVuSans-subset.ttf").map(|f| f.data.into_owned())
});

impl Canvas {
    fn fill(&mut self, path: &tiny_skia::Path, color: Rgb) {
        self.pixmap.fill_path(
            path,
            &color.paint(),
            FillRule::Winding,
            Transform::identity(),
            None,
        );
    }

    fn stroke(&mut self, path: &tiny_skia::Path, width: f32, color: Rgb) {
        let stroke = Stroke {
            width,
            ..Stroke::default()
        };
        self.pixmap
            .stroke_path(path, &color.paint(), &stroke, Transform::identity(), None);
    }

    pub fn new(size: u32, background: Rgb) -> Option<Canvas> {
        Canvas::with_size(size, size, background)
    }

    pub fn with_size(width: u32, height: u32, background: Rgb) -> Option<Canvas> {
        let mut pixmap = Pixmap::new(width, height)?;
        pixmap.fill(Color::from_rgba8(
            background.0,
            background.1,
            background.2,
            255,
        ));
        let font = FontRef::try_from_slice(FONT_BYTES.as_deref()?).ok()?;
        Some(Canvas { pixmap, font })
    }

    /// A transparent surface (a card drawn before it is laid on the table).
    pub fn clear(width: u32, height: u32) -> Option<Canvas> {
        let pixmap = Pixmap::new(width, height)?;
        let font = FontRef::try_from_slice(FONT_BYTES.as_deref()?).ok()?;
        Some(Canvas { pixmap, font })
    }

    pub fn line(&mut self, x0: f32, y0: f32, x1: f32, y1: f32, width: f32, color: Rgb) {
        let mut pb = PathBuilder::new();
        pb.move_to(x0, y0);
        pb.line_to(x1, y1);
        if let Some(path) = pb.finish() {
            self.stroke(&path, width, color);
        }
    }

    pub fn circle(&mut self, radius: f32, width: f32, color: Rgb) {
        let c = self.pixmap.width() as f32 / 2.0;
        self.ring(c, c, radius, width, color);
    }

    pub fn rect(&mut self, x: f32, y: f32, w: f32, h: f32, color: Rgb) {
        if let Some(r) = Rect::from_xywh(x, y, w, h) {
            self.pixmap
                .fill_rect(r, &color.paint(), Transform::identity(), None);
        }
    }

    pub fn dot(&mut self, x: f32, y: f32, radius: f32, color: Rgb) {
        if let Some(path) = PathBuilder::from_circle(x, y, radius) {
            self.fill(&path, color);
        }
    }

    /// A ring segment from `start` sweeping counter-clockwise by `sweep` (radians).
    pub fn annular_sector(&mut self, inner: f32, outer: f32, start: f32, sweep: f32, color: Rgb) {
        let c = self.pixmap.width() as f32 / 2.0;
        let point = |r: f32, a: f32| (c + r * a.cos(), c - r * a.sin());
        let steps = 24;
        let mut pb = PathBuilder::new();
        let (x, y) = point(outer, start);
        pb.move_to(x, y);
        for i in 1..=steps {
            let (x, y) = point(outer, start + sweep * i as f32 / steps as f32);
            pb.line_to(x, y);
        }
        for i in (0..=steps).rev() {
            let (x, y) = point(inner, start + sweep * i as f32 / steps as f32);
            pb.line_to(x, y);
        }
        pb.close();
        if let Some(path) = pb.finish() {
            self.fill(&path, color);
        }
    }

    /// Text centred on a point, blended with coverage anti-aliasing.
    pub fn text_centered(&mut self, text: &str, cx: f32, cy: f32, px: f32, color: Rgb) {
        let scale = PxScale::from(px);
        let scaled = self.font.as_scaled(scale);
        let width: f32 = text
            .chars()
            .map(|ch| scaled.h_advance(self.font.glyph_id(ch)))
            .sum();
        let mut x = cx - width / 2.0;
        let baseline = cy + (scaled.ascent() + scaled.descent()) / 2.0;
        let (w, h) = (self.pixmap.width() as i64, self.pixmap.height() as i64);
        for ch in text.chars() {
            let id = self.font.glyph_id(ch);
            let glyph = id.with_scale_and_position(scale, ab_glyph::point(x, baseline));
            x += scaled.h_advance(id);
            let Some(outlined) = self.font.outline_glyph(glyph) else {
                continue;
            };
            let bounds = outlined.px_bounds();
            let pixels = self.pixmap.pixels_mut();
            outlined.draw(|gx, gy, coverage| {
                let px_x = bounds.min.x as i64 + i64::from(gx);
                let px_y = bounds.min.y as i64 + i64::from(gy);
                if px_x < 0 || px_y < 0 || px_x >= w || px_y >= h {
                    return;
                }
                let idx = (px_y * w + px_x) as usize;
                let dst = pixels[idx];
                let a = coverage.clamp(0.0, 1.0);
                let mix =
                    |s: u8, d: u8| (f32::from(s) * a + f32::from(d) * (1.0 - a)).round() as u8;
                if let Some(p) = tiny_skia::PremultipliedColorU8::from_rgba(
                    mix(color.0, dst.red()),
                    mix(color.1, dst.green()),
                    mix(color.2, dst.blue()),
                    255,
                ) {
                    pixels[idx] = p;
                }
            });
        }
    }

    pub fn width(&self) -> f32 {
        self.pixmap.width() as f32
    }

    pub fn height(&self) -> f32 {
        self.pixmap.height() as f32
    }

    /// A rectangle with rounded corners, filled and/or outlined.
    pub fn rounded_rect(
        &mut self,
        (x, y, w, h): (f32, f32, f32, f32),
        radius: f32,
        fill: Option<Rgb>,
        outline: Option<(Rgb, f32)>,
    ) {
        let r = radius.min(w / 2.0).min(h / 2.0);
        // Quadratic corners: close enough to arcs at these sizes.
        let mut pb = PathBuilder::new();
        pb.move_to(x + r, y);
        pb.line_to(x + w - r, y);
        pb.quad_to(x + w, y, x + w, y + r);
        pb.line_to(x + w, y + h - r);
        pb.quad_to(x + w, y + h, x + w - r, y + h);
        pb.line_to(x + r, y + h);
        pb.quad_to(x, y + h, x, y + h - r);
        pb.line_to(x, y + r);
        pb.quad_to(x, y, x + r, y);
        pb.close();
        let Some(path) = pb.finish() else {
            return;
        };
        if let Some(color) = fill {
            self.fill(&path, color);
        }
        if let Some((color, width)) = outline {
            self.stroke(&path, width, color);
        }
    }

    /// A filled polygon.
    pub fn polygon(&mut self, points: &[(f32, f32)], color: Rgb) {
        let mut pb = PathBuilder::new();
        let Some((&(x0, y0), rest)) = points.split_first() else {
            return;
        };
        pb.move_to(x0, y0);
        for &(x, y) in rest {
            pb.line_to(x, y);
        }
        pb.close();
        if let Some(path) = pb.finish() {
            self.fill(&path, color);
        }
    }

    /// A circle outline around any point.
    pub fn ring(&mut self, x: f32, y: f32, radius: f32, width: f32, color: Rgb) {
        if let Some(path) = PathBuilder::from_circle(x, y, radius) {
            self.stroke(&path, width, color);
        }
    }

    /// How wide `text` is at `px`.
    pub fn text_width(&self, text: &str, px: f32) -> f32 {
        let scaled = self.font.as_scaled(PxScale::from(px));
        text.chars()
            .map(|ch| scaled.h_advance(self.font.glyph_id(ch)))
            .sum()
    }

    /// Paints `other` centred on (`cx`, `cy`), turned by `degrees` (clockwise) about its centre.
    pub fn place(&mut self, other: &Canvas, cx: f32, cy: f32, degrees: f32) {
        let (w, h) = (other.width(), other.height());
        let transform =
            Transform::from_rotate_at(degrees, cx, cy).pre_translate(cx - w / 2.0, cy - h / 2.0);
        // Quarter and half turns land on whole pixels: nearest keeps the face crisp.
        let paint = PixmapPaint {
            quality: FilterQuality::Nearest,
            ..PixmapPaint::default()
        };
        self.pixmap
            .draw_pixmap(0, 0, other.pixmap.as_ref(), &paint, transform, None);
    }

    /// The colour of one pixel (tests read drawn images back).
    pub fn pixel(&self, x: u32, y: u32) -> Option<Rgb> {
        let p = self.pixmap.pixel(x, y)?.demultiply();
        Some(Rgb(p.red(), p.green(), p.blue()))
    }

    pub fn png(&self) -> Option<Vec<u8>> {
        self.pixmap.encode_png().ok()
    }
}
