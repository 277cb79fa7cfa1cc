//! PDF documents with genpdf: admin reports and premium users' readings and birth charts. The
//! DejaVu subsets are embedded (Latin with Turkish, Cyrillic, Arabic); Arabic is shaped and
//! ordered right to left (see `i18n::shaping`); text stays extractable.

use genpdf::elements::{Break, Image, Paragraph, TableLayout};
use genpdf::fonts::{FontData, FontFamily};
use genpdf::style::{Style, StyledString};
use genpdf::Alignment;

use crate::i18n::shaping;

/// A block of a document.
pub enum Block {
    Title(String),
    Heading(String),
    Text(String),
    /// Rows of cells; the first row is the header.
    Table(Vec<Vec<String>>),
    /// An RGB image (width, height, pixels) shown at its natural size scaled to `width_mm`.
    Image {
        width: u32,
        height: u32,
        rgb: Vec<u8>,
        width_mm: f64,
    },
}

fn family() -> Result<FontFamily<FontData>, String> {
    let load = |path: &str| -> Result<FontData, String> {
        let bytes = crate::assets::Assets::get(path)
            .ok_or_else(|| format!("font {path} is not embedded"))?;
        FontData::new(bytes.data.into_owned(), None).map_err(|e| e.to_string())
    };
    let regular = load("fonts/pdf/DejaVuSans.ttf")?;
    let bold = load("fonts/pdf/DejaVuSans-Bold.ttf")?;
    Ok(FontFamily {
        regular: regular.clone(),
        bold: bold.clone(),
        italic: regular,
        bold_italic: bold,
    })
}

fn line(text: &str, style: Style) -> Paragraph {
    let (visual, rtl) = shaping::visual_line(text);
    let p = Paragraph::new(StyledString::new(visual, style));
    if rtl {
        p.aligned(Alignment::Right)
    } else {
        p
    }
}

/// A line above each page's content, made from the page number (1-based): a report's page
/// number and when it was generated.
pub type PageLine = Box<dyn Fn(usize) -> String + Send>;

/// Renders the blocks into a PDF (A4, 15 mm margins).
pub fn render(title: &str, blocks: &[Block]) -> Result<Vec<u8>, String> {
    render_paged(title, blocks, None)
}

/// Like [`render`], with `page_line` small and grey at the top of every page.
pub fn render_paged(
    title: &str,
    blocks: &[Block],
    page_line: Option<PageLine>,
) -> Result<Vec<u8>, String> {
    let mut doc = genpdf::Document::new(family()?);
    doc.set_title(shaping::strip_marks(title));
    // No embedded print ICC profile (650 KB): text reports need none.
    doc.set_minimal_conformance();
    doc.set_font_size(10);
    doc.set_line_spacing(1.25);
    let mut decorator = genpdf::SimplePageDecorator::new();
    decorator.set_margins(15);
    if let Some(text_of) = page_line {
        let text_of = std::sync::Mutex::new(text_of);
        decorator.set_header(move |page| {
            let text = text_of.lock().map(|f| f(page)).unwrap_or_default();
            let grey = Style::new()
                .with_font_size(8)
                .with_color(genpdf::style::Color::Greyscale(110));
            let mut layout = genpdf::elements::LinearLayout::vertical();
            layout.push(line(&text, grey));
            layout.push(Break::new(1));
            layout
        });
    }
    doc.set_page_decorator(decorator);
    for block in blocks {
        match block {
            Block::Title(t) => {
                doc.push(line(t, Style::new().bold().with_font_size(18)));
                doc.push(Break::new(1));
            }
            Block::Heading(t) => {
                doc.push(Break::new(0.5));
                doc.push(line(t, Style::new().bold().with_font_size(13)));
            }
            Block::Text(t) => {
                let rtl = t.chars().any(|c| ('\u{0600}'..='\u{06FF}').contains(&c));
                // Right-to-left text is wrapped here, before reordering; genpdf wraps the rest.
                let lines = if rtl {
                    shaping::wrap(t, 80)
                } else {
                    t.lines().map(str::to_string).collect()
                };
                for l in lines {
                    doc.push(line(&l, Style::new()));
                }
            }
            Block::Table(rows) => {
                let columns = rows.iter().map(Vec::len).max().unwrap_or(1).max(1);
                let mut table = TableLayout::new(vec![1; columns]);
                for (i, row) in rows.iter().enumerate() {
                    let style = if i == 0 {
                        Style::new().bold()
                    } else {
                        Style::new()
                    };
                    let mut r = table.row();
                    for c in 0..columns {
                        r.push_element(line(row.get(c).map(String::as_str).unwrap_or(""), style));
                    }
                    r.push().map_err(|e| e.to_string())?;
                }
                doc.push(table);
            }
            Block::Image {
                width,
                height,
                rgb,
                width_mm,
            } => {
                let buffer = image::RgbImage::from_raw(*width, *height, rgb.clone())
                    .ok_or("bad image buffer")?;
                let img = Image::from_dynamic_image(image::DynamicImage::ImageRgb8(buffer))
                    .map_err(|e| e.to_string())?;
                // genpdf sizes images by dpi: pick the dpi that gives the wanted width.
                let dpi = f64::from(*width) * 25.4 / width_mm;
                let mut img = img.with_alignment(Alignment::Center);
                img.set_dpi(dpi);
                doc.push(img);
            }
        }
    }
    let mut raw = Vec::new();
    doc.render(&mut raw).map_err(|e| e.to_string())?;
    compress(&raw)
}

/// Flate-compresses every stream (fonts, page contents, images).
fn compress(pdf: &[u8]) -> Result<Vec<u8>, String> {
    let mut doc = lopdf::Document::load_mem(pdf).map_err(|e| e.to_string())?;
    doc.compress();
    let mut out = Vec::with_capacity(pdf.len() / 2);
    doc.save_to(&mut out).map_err(|e| e.to_string())?;
    Ok(out)
}

/// RGB pixels of a PNG we drew ourselves (tiny-skia decodes it; no image codecs needed).
pub fn rgb_of_png(png: &[u8]) -> Option<(u32, u32, Vec<u8>)> {
    let pixmap = tiny_skia::Pixmap::decode_png(png).ok()?;
    let rgb = pixmap.pixels().iter().flat_map(|p| {
        let c = p.demultiply();
        [c.red(), c.green(), c.blue()]
    });
    Some((pixmap.width(), pixmap.height(), rgb.collect()))
}
