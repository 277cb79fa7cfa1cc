//! The embedded gazetteer: complete, every zone valid, and common spellings in our nine languages.

use falgram::assets::gazetteer;

#[test]
fn every_city_loaded_with_a_valid_zone() {
    let g = gazetteer();
    assert!(g.len() >= 30_000, "only {} cities", g.len());
    let tsv = falgram::assets::gazetteer_tsv();
    assert_eq!(
        tsv,
        std::fs::read_to_string("assets/gazetteer/cities.tsv").unwrap(),
        "the embedded copy inflates to the file"
    );
    let rows = tsv.lines().filter(|l| !l.starts_with('#')).count();
    assert_eq!(
        g.len(),
        rows,
        "a row failed to parse (bad number or unknown IANA zone)"
    );
}

#[test]
fn common_spellings_in_nine_languages_find_the_city() {
    let g = gazetteer();
    for (query, want, country) in [
        ("istanbul", "Istanbul", "TR"),
        ("İstanbul", "Istanbul", "TR"),
        ("Estambul", "Istanbul", "TR"),
        ("Стамбул", "Istanbul", "TR"),
        ("اسطنبول", "Istanbul", "TR"),
        ("Istambul", "Istanbul", "TR"),
        ("Moskau", "Moscow", "RU"),
        ("Moscou", "Moscow", "RU"),
        ("Mosca", "Moscow", "RU"),
        ("Moscú", "Moscow", "RU"),
        ("Москва", "Moscow", "RU"),
        ("موسكو", "Moscow", "RU"),
        ("Londra", "London", "GB"),
        ("Londres", "London", "GB"),
        ("Лондон", "London", "GB"),
        ("München", "Munich", "DE"),
        ("Muenchen", "Munich", "DE"),
        ("Diyarbakır", "Diyarbakır", "TR"),
        ("diyarbakir", "Diyarbakır", "TR"),
        ("Şanlıurfa", "Şanlıurfa", "TR"),
        ("Sao Paulo", "São Paulo", "BR"),
        ("القاهرة", "Cairo", "EG"),
        ("Le Caire", "Cairo", "EG"),
        ("Kairo", "Cairo", "EG"),
    ] {
        let found = g.search(query, 5);
        assert!(
            found
                .iter()
                .take(1)
                .any(|c| c.name == want && c.country == country),
            "{query}: {:?}",
            found.iter().map(|c| c.label()).collect::<Vec<_>>()
        );
    }
}

#[test]
fn ambiguous_names_list_the_biggest_first_and_accept_a_country() {
    let g = gazetteer();
    let paris = g.search("Paris", 5);
    assert_eq!(paris[0].country, "FR");
    assert!(paris.len() > 1);
    assert_eq!(g.search("Paris, US", 5)[0].country, "US");
    assert!(g.search("Xqzzyvillez", 5).is_empty());
}

#[test]
fn a_shared_location_gives_the_nearest_city_and_its_zone() {
    let g = gazetteer();
    let kadikoy = g.nearest(40.99, 29.03).unwrap();
    assert_eq!(kadikoy.tz, chrono_tz::Europe::Istanbul);
    let nyc = g.nearest(40.75, -73.99).unwrap();
    assert_eq!(nyc.tz, chrono_tz::America::New_York);
}
