//! PDF reports and downloads: text extractable with pdftotext in Turkish, Russian and Arabic
//! (shaped, right to left), a one-page report under 600 KB, and premium users' readings and
//! birth charts (with the wheel image).

mod support;

use std::process::Command;

use falgram::sim::fake_telegram::FakeUser;
use falgram::sim::Harness;
use support::*;

fn pdftotext(pdf: &[u8]) -> String {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("doc.pdf");
    std::fs::write(&path, pdf).unwrap();
    let out = Command::new("pdftotext")
        .arg("-enc")
        .arg("UTF-8")
        .arg(&path)
        .arg("-")
        .output()
        .expect("pdftotext (poppler-utils) is installed");
    assert!(out.status.success());
    String::from_utf8_lossy(&out.stdout).to_string()
}

#[tokio::test]
async fn admin_reports_read_back_in_turkish_russian_and_arabic() {
    use falgram::domain::Lang;
    use falgram::services::reports::{admin_report, ReportKind};
    let (_d, mut h) = start(fixture_ai()).await;
    h.text(&user(1100, "tr"), "/start").await.unwrap();
    let app = h.app().unwrap().clone();
    let tr = admin_report(&app, ReportKind::Overview, Lang::Tr)
        .await
        .unwrap();
    assert!(tr.len() < 600 * 1024, "{} bytes", tr.len());
    let text = pdftotext(&tr);
    assert!(
        text.contains("Genel bakış") && text.contains("Kullanıcı: 1"),
        "{text}"
    );
    // Every page is numbered and dated.
    let today = chrono::Utc::now().format("%d.%m.%Y").to_string();
    assert!(
        text.contains("Fal Gram · sayfa 1 · oluşturulma:") && text.contains(&today),
        "{text}"
    );
    let ru = pdftotext(
        &admin_report(&app, ReportKind::Users, Lang::Ru)
            .await
            .unwrap(),
    );
    assert!(ru.contains("Пользователи") && ru.contains("1100"), "{ru}");
    assert!(ru.contains("стр. 1 · сформирован"), "{ru}");
    let ar = pdftotext(
        &admin_report(&app, ReportKind::Revenue, Lang::Ar)
            .await
            .unwrap(),
    );
    // Arabic comes back in its shaped (presentation) forms, in reading order.
    for word in ["الإيرادات", "الشهر", "الصفحة"] {
        assert!(
            ar.contains(&ar_reshaper::reshape_line(word)),
            "{word} in {ar}"
        );
    }
}

/// The history's newest reading opened: its PDF button (message id, callback data).
async fn pdf_button_of_last_reading(h: &mut Harness, u: &FakeUser) -> (i64, String) {
    let out = h.press(u, 1, "1:o:his").await.unwrap();
    let (_, buttons) = last_keyboard(&out);
    let open = buttons
        .iter()
        .find(|(_, d)| d.starts_with("1:r:"))
        .unwrap()
        .1
        .clone();
    let out = h.press(u, 1, &open).await.unwrap();
    button(&out, "PDF")
}

#[tokio::test]
async fn premium_users_download_readings_and_their_chart_as_pdf() {
    let (_d, mut h) = start(fixture_ai()).await;
    let u = user(1101, "ru");
    h.text(&u, "/start").await.unwrap();
    h.press(&u, 1, "1:o:drm").await.unwrap();
    h.text(&u, "Мне снилось море и дорога").await.unwrap();
    let (msg, data) = pdf_button_of_last_reading(&mut h, &u).await;
    // Free plan: the PDF is a premium feature.
    let out = h.press(&u, msg, &data).await.unwrap();
    assert!(out.iter().all(|r| !r.is("sendDocument")));
    set_plan(&h, 1101, "premium").await;
    let out = h.press(&u, msg, &data).await.unwrap();
    let doc = out.iter().find(|r| r.is("sendDocument")).expect("a PDF");
    let text = pdftotext(&doc.files[0].2);
    assert!(text.contains("Мне снилось море"), "{text}");
    assert!(text.contains("Офлайн-пример толкования"), "{text}");

    // The birth chart PDF carries the wheel and the positions.
    h.press(&u, 1, "1:be").await.unwrap();
    h.text(&u, "15.07.1990").await.unwrap();
    h.text(&u, "12:30").await.unwrap();
    let out = h.text(&u, "Стамбул").await.unwrap();
    let (msg, buttons) = last_keyboard(&out);
    h.press(&u, msg, &buttons[0].1).await.unwrap();
    let out = h.press(&u, 1, "1:cp").await.unwrap();
    let doc = out
        .iter()
        .find(|r| r.is("sendDocument"))
        .expect("a chart PDF");
    let pdf = &doc.files[0].2;
    assert!(
        pdf.windows(6).any(|w| w == b"/Image"),
        "the wheel is embedded"
    );
    assert!(pdf.len() < 600 * 1024, "compressed: {} bytes", pdf.len());
    let text = pdftotext(pdf);
    assert!(text.contains("Солнце") && text.contains("Рак"), "{text}");
}

#[tokio::test]
async fn a_spread_arrives_as_a_picture_before_its_reading_and_goes_into_its_pdf() {
    let (_d, mut h) = start(fixture_ai()).await;
    let u = user(1102, "ar");
    h.text(&u, "/start").await.unwrap();
    set_plan(&h, 1102, "premium").await;
    h.press(&u, 1, "1:t:celtic").await.unwrap();
    let out = h.press(&u, 1, "1:td").await.unwrap();
    let photo = out
        .iter()
        .position(|r| r.is("sendPhoto"))
        .expect("the spread as a photo");
    let reading = out
        .iter()
        .position(|r| r.is("sendMessage") && r.text().is_some_and(|t| t.contains("1.")))
        .expect("the reading");
    assert!(photo < reading, "the picture comes first");
    let png = &out[photo].files[0].2;
    let size = imagesize::blob_size(png).unwrap();
    assert!(size.width >= 1000, "{size:?}");
    assert!(png.len() < 400 * 1024, "{} bytes", png.len());

    // The reading's PDF carries the same picture.
    let (msg, data) = pdf_button_of_last_reading(&mut h, &u).await;
    let out = h.press(&u, msg, &data).await.unwrap();
    let doc = out.iter().find(|r| r.is("sendDocument")).expect("a PDF");
    assert!(
        doc.files[0].2.windows(6).any(|w| w == b"/Image"),
        "the spread is in the PDF"
    );
}
