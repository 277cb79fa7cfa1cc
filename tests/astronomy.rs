//! Golden tests for the astronomy engine: Meeus' worked examples ("Astronomical Algorithms",
//! 2nd ed.), published equinox/solstice and moon-phase instants (USNO, UTC to the minute), and a
//! sweep against an independent implementation (the `astro` crate) over 1900–2100.

use chrono::{DateTime, TimeZone, Utc};
use falgram::domain::astro::ephemeris::{place_tt, position, separation, Body};
use falgram::domain::astro::houses::{self, HouseSystem};
use falgram::domain::astro::moon::{illumination, phases_between, Phase};
use falgram::domain::astro::seasons::season_starts;
use falgram::domain::astro::time::{jd_ut, tt_of};

const ARC_MINUTE: f64 = 1.0 / 60.0;
const TWO_MINUTES_IN_DAYS: f64 = 2.0 / 1440.0;

fn utc(y: i32, mo: u32, d: u32, h: u32, mi: u32) -> DateTime<Utc> {
    Utc.with_ymd_and_hms(y, mo, d, h, mi, 0).unwrap()
}

fn assert_arc(got: f64, want: f64, tolerance: f64, what: &str) {
    let off = separation(got, want);
    assert!(
        off <= tolerance,
        "{what}: got {got:.6}°, want {want:.6}°, off {:.2}″",
        off * 3600.0
    );
}

// ---- Meeus' worked examples (instants in dynamical time, TT) ----

#[test]
fn meeus_25b_apparent_sun_1992_oct_13() {
    let sun = place_tt(Body::Sun, 2_448_908.5).unwrap();
    assert_arc(
        sun.longitude,
        199.0 + 54.0 / 60.0 + 21.818 / 3600.0,
        ARC_MINUTE / 6.0,
        "Sun",
    );
}

#[test]
fn meeus_47a_apparent_moon_1992_apr_12() {
    let moon = place_tt(Body::Moon, 2_448_724.5).unwrap();
    assert_arc(moon.longitude, 133.167_265, ARC_MINUTE / 6.0, "Moon λ");
    assert!(
        (moon.latitude - -3.229_126).abs() < ARC_MINUTE / 6.0,
        "Moon β {}",
        moon.latitude
    );
}

#[test]
fn meeus_47a_moon_distance_1992_apr_12() {
    // Δ = 368,409.7 km.
    let moon = place_tt(Body::Moon, 2_448_724.5).unwrap();
    let km = moon.distance * 149_597_870.7;
    assert!((km - 368_409.7).abs() < 20.0, "distance {km} km");
}

#[test]
fn meeus_33a_apparent_venus_1992_dec_20() {
    let venus = place_tt(Body::Venus, 2_448_976.5).unwrap();
    assert_arc(venus.longitude, 313.081_02, ARC_MINUTE / 6.0, "Venus λ");
    assert!(
        (venus.latitude - -2.084_74).abs() < ARC_MINUTE / 6.0,
        "Venus β {}",
        venus.latitude
    );
}

#[test]
fn meeus_48a_moon_illuminated_fraction_1992_apr_12() {
    // 0h TD; ΔT in 1992 was ~59 s, negligible for k.
    let k = illumination(2_448_724.5 - 59.0 / 86_400.0).unwrap();
    assert!((k - 0.6786).abs() < 0.0005, "k = {k}");
}

#[test]
fn meeus_49a_new_moon_1977_february() {
    let events =
        phases_between(jd_ut(utc(1977, 2, 10, 0, 0)), jd_ut(utc(1977, 2, 25, 0, 0))).unwrap();
    let new = events
        .iter()
        .find(|e| e.phase == Phase::NewMoon)
        .expect("a new moon");
    let got_tt = tt_of(jd_ut(new.instant)).0;
    assert!(
        (got_tt - 2_443_192.651_18).abs() < TWO_MINUTES_IN_DAYS,
        "JDE {got_tt}"
    );
}

#[test]
fn meeus_49b_first_last_quarter_of_2044() {
    let events =
        phases_between(jd_ut(utc(2044, 1, 1, 0, 0)), jd_ut(utc(2044, 1, 31, 0, 0))).unwrap();
    let last = events
        .iter()
        .find(|e| e.phase == Phase::LastQuarter)
        .expect("a last quarter");
    let got_tt = tt_of(jd_ut(last.instant)).0;
    assert!(
        (got_tt - 2_467_636.491_86).abs() < TWO_MINUTES_IN_DAYS,
        "JDE {got_tt}"
    );
}

#[test]
fn meeus_27a_june_solstice_1962() {
    let june = season_starts(1962).unwrap()[1];
    let got_tt = tt_of(jd_ut(june)).0;
    assert!(
        (got_tt - 2_437_837.392_45).abs() < TWO_MINUTES_IN_DAYS,
        "JDE {got_tt}"
    );
}

#[test]
fn meeus_12a_12b_sidereal_time_1987_apr_10() {
    // Mean sidereal time 13h10m46.3668s at 0h UT; apparent 13h10m46.1351s.
    let jd = 2_446_895.5;
    let gmst = xalen_coords::gmst_deg(jd);
    assert!(
        (gmst - (13.0 + 10.0 / 60.0 + 46.3668 / 3600.0) * 15.0).abs() < 1e-4,
        "GMST {gmst}"
    );
    let gast = houses::ramc(jd, 0.0);
    assert!(
        (gast - (13.0 + 10.0 / 60.0 + 46.1351 / 3600.0) * 15.0).abs() < 1e-4,
        "GAST {gast}"
    );
}

#[test]
fn meeus_22a_true_obliquity_1987_apr_10() {
    // ε = 23°26′36.850″ at 0h TD.
    let eps = houses::true_obliquity(2_446_895.5 - 55.0 / 86_400.0);
    assert!(
        (eps - (23.0 + 26.0 / 60.0 + 36.850 / 3600.0)).abs() < 0.5 / 3600.0,
        "ε {eps}"
    );
}

// ---- Published instants (UTC, rounded to the minute) ----

fn assert_instant(got: DateTime<Utc>, want: DateTime<Utc>, what: &str) {
    let off = (got - want).num_seconds().abs();
    // The published minute is rounded, so allow its half minute on top of the 2-minute target.
    assert!(off <= 150, "{what}: got {got}, want {want} (off {off} s)");
}

#[test]
fn equinoxes_and_solstices_2000() {
    let s = season_starts(2000).unwrap();
    assert_instant(s[0], utc(2000, 3, 20, 7, 35), "March equinox 2000");
    assert_instant(s[1], utc(2000, 6, 21, 1, 48), "June solstice 2000");
    assert_instant(s[2], utc(2000, 9, 22, 17, 27), "September equinox 2000");
    assert_instant(s[3], utc(2000, 12, 21, 13, 37), "December solstice 2000");
}

#[test]
fn equinoxes_and_solstices_2024() {
    let s = season_starts(2024).unwrap();
    assert_instant(s[0], utc(2024, 3, 20, 3, 6), "March equinox 2024");
    assert_instant(s[1], utc(2024, 6, 20, 20, 51), "June solstice 2024");
    assert_instant(s[2], utc(2024, 9, 22, 12, 44), "September equinox 2024");
    assert_instant(s[3], utc(2024, 12, 21, 9, 20), "December solstice 2024");
}

#[test]
fn equinoxes_and_solstices_2025() {
    let s = season_starts(2025).unwrap();
    assert_instant(s[0], utc(2025, 3, 20, 9, 1), "March equinox 2025");
    assert_instant(s[1], utc(2025, 6, 21, 2, 42), "June solstice 2025");
    assert_instant(s[2], utc(2025, 9, 22, 18, 19), "September equinox 2025");
    assert_instant(s[3], utc(2025, 12, 21, 15, 3), "December solstice 2025");
}

fn assert_phase(phase: Phase, want: DateTime<Utc>) {
    let jd = jd_ut(want);
    let events = phases_between(jd - 3.0, jd + 3.0).unwrap();
    let got = events
        .iter()
        .find(|e| e.phase == phase)
        .unwrap_or_else(|| panic!("no {phase:?} near {want}"));
    assert_instant(got.instant, want, phase.code());
}

#[test]
fn new_moons_published_by_usno() {
    assert_phase(Phase::NewMoon, utc(2000, 1, 6, 18, 14));
    assert_phase(Phase::NewMoon, utc(2017, 8, 21, 18, 30)); // total solar eclipse
    assert_phase(Phase::NewMoon, utc(2024, 1, 11, 11, 57));
    assert_phase(Phase::NewMoon, utc(2024, 4, 8, 18, 21)); // total solar eclipse
    assert_phase(Phase::NewMoon, utc(2024, 10, 2, 18, 49)); // annular solar eclipse
}

#[test]
fn full_moons_published_by_usno() {
    assert_phase(Phase::FullMoon, utc(2000, 1, 21, 4, 40)); // total lunar eclipse
    assert_phase(Phase::FullMoon, utc(2019, 1, 21, 5, 16)); // total lunar eclipse
    assert_phase(Phase::FullMoon, utc(2022, 11, 8, 11, 2)); // total lunar eclipse
    assert_phase(Phase::FullMoon, utc(2024, 1, 25, 17, 54));
    assert_phase(Phase::FullMoon, utc(2024, 3, 25, 7, 0));
    assert_phase(Phase::FullMoon, utc(2024, 10, 17, 11, 26));
}

#[test]
fn quarter_moons_published_by_usno() {
    assert_phase(Phase::LastQuarter, utc(2024, 1, 4, 3, 30));
    assert_phase(Phase::FirstQuarter, utc(2024, 1, 18, 3, 52));
}

// ---- An independent implementation: the `astro` crate (Meeus, VSOP87D, truncated ELP) ----

/// Apparent longitude from `astro`: geometric of date → FK5 → + nutation → + aberration.
fn astro_apparent(body: Body, jde: f64) -> f64 {
    use astro::planet::{self, Planet};
    let (nut_long, _) = astro::nutation::nutation(jde);
    let (_, earth_sun_r) = astro::sun::geocent_ecl_pos(jde);
    let lon = match body {
        Body::Sun => {
            let (p, _) = astro::sun::geocent_ecl_pos(jde);
            let (l, _) = astro::sun::ecl_coords_to_FK5(jde, p.long, p.lat);
            return (l + nut_long + astro::aberr::sol_aberr(earth_sun_r))
                .to_degrees()
                .rem_euclid(360.0);
        }
        Body::Moon => {
            return (astro::lunar::geocent_ecl_pos(jde).0.long + nut_long)
                .to_degrees()
                .rem_euclid(360.0)
        }
        Body::Pluto => pluto_geocentric_of_date(jde),
        other => {
            let which = match other {
                Body::Mercury => Planet::Mercury,
                Body::Venus => Planet::Venus,
                Body::Mars => Planet::Mars,
                Body::Jupiter => Planet::Jupiter,
                Body::Saturn => Planet::Saturn,
                Body::Uranus => Planet::Uranus,
                Body::Neptune => Planet::Neptune,
                _ => unreachable!(),
            };
            let (p, _) = planet::geocent_apprnt_ecl_coords(&which, jde);
            planet::ecl_coords_to_FK5(jde, p.long, p.lat).0
        }
    };
    // Annual aberration of a planet (Meeus 23.2, circular-orbit terms).
    let (sun, _) = astro::sun::geocent_ecl_pos(jde);
    let kappa = (20.49552_f64 / 3600.0).to_radians();
    let aberration = -kappa * (sun.long - lon).cos();
    (lon + nut_long + aberration).to_degrees().rem_euclid(360.0)
}

/// Pluto from Meeus ch. 37 (heliocentric, J2000) with Earth from VSOP87D, precessed to date.
fn pluto_geocentric_of_date(jde: f64) -> f64 {
    const J2000: f64 = 2_451_545.0;
    let (l0, b0, r0) = astro::planet::heliocent_coords(&astro::planet::Planet::Earth, jde);
    let (l0, b0) = astro::precess::precess_ecl_coords(l0, b0, jde, J2000);
    let rect = |l: f64, b: f64, r: f64| (r * b.cos() * l.cos(), r * b.cos() * l.sin(), r * b.sin());
    let earth = rect(l0, b0, r0);
    let mut tau = 0.0;
    let mut geo = (0.0, 0.0, 0.0);
    for _ in 0..3 {
        let (l, b, r) = astro::pluto::heliocent_pos(jde - tau);
        let p = rect(l, b, r);
        geo = (p.0 - earth.0, p.1 - earth.1, p.2 - earth.2);
        tau = 0.005_775_518_3 * (geo.0 * geo.0 + geo.1 * geo.1 + geo.2 * geo.2).sqrt();
    }
    let lon = geo.1.atan2(geo.0);
    let lat = geo.2.atan2((geo.0 * geo.0 + geo.1 * geo.1).sqrt());
    astro::precess::precess_ecl_coords(lon, lat, J2000, jde).0
}

#[test]
fn every_body_agrees_with_an_independent_ephemeris_from_1900_to_2100() {
    let bodies = &Body::ALL[..10]; // every body but the node, tested below
    let mut worst = [0.0_f64; 10];
    let start = 2_415_020.5; // 1900-01-01
    let end = 2_488_069.5; // 2100-01-01 (Pluto's series stops in 2099)
    let mut jde = start;
    while jde < end - 400.0 {
        for (i, body) in bodies.iter().enumerate() {
            let ours = place_tt(*body, jde).unwrap().longitude;
            let theirs = astro_apparent(*body, jde);
            worst[i] = worst[i].max(separation(ours, theirs));
        }
        jde += 173.37; // a step that walks through every season and lunar phase
    }
    for (body, off) in bodies.iter().zip(worst) {
        eprintln!("{body:?}: worst difference {:.1}″", off * 3600.0);
        assert!(
            off < ARC_MINUTE,
            "{body:?} differs by up to {:.1}″",
            off * 3600.0
        );
    }
}

#[test]
fn the_true_node_agrees_with_meeus_series() {
    // Ours is the osculating node; Meeus keeps five periodic terms of the true node, and the
    // short-period terms he drops add up to about a quarter of a degree.
    let mut jde = 2_415_020.5;
    let mut worst = 0.0_f64;
    while jde < 2_488_069.5 {
        let ours = place_tt(Body::NorthNode, jde).unwrap().longitude;
        let theirs = astro::lunar::true_ascend_node(astro::time::julian_cent(jde)).to_degrees();
        worst = worst.max(separation(ours, theirs));
        jde += 211.7;
    }
    eprintln!("true node: worst difference {worst:.3}°");
    assert!(worst < 0.3, "true node differs by {worst:.3}°");
}

#[test]
fn retrograde_mercury_is_flagged_by_its_speed() {
    // Mercury stationed retrograde on 2024-04-01 and direct on 2024-04-25.
    let during = position(Body::Mercury, jd_ut(utc(2024, 4, 12, 0, 0))).unwrap();
    assert!(during.speed < 0.0, "{during:?}");
    let after = position(Body::Mercury, jd_ut(utc(2024, 5, 10, 0, 0))).unwrap();
    assert!(after.speed > 0.0, "{after:?}");
}

// ---- Houses against a second, independent implementation ----

/// Placidus by the classic semi-arc iteration, written from the definition.
fn placidus_reference(ramc: f64, eps: f64, lat: f64) -> [f64; 12] {
    let (e, phi) = (eps.to_radians(), lat.to_radians());
    let lon_of_ra = |ra: f64| {
        (ra.to_radians().sin())
            .atan2(ra.to_radians().cos() * e.cos())
            .to_degrees()
            .rem_euclid(360.0)
    };
    let dec_of_lon = |lon: f64| (e.sin() * lon.to_radians().sin()).asin();
    let semi_diurnal = |dec: f64| (-(phi.tan() * dec.tan())).acos().to_degrees();
    let iterate = |f: &dyn Fn(f64) -> f64| {
        let mut lon = lon_of_ra(f(90.0));
        for _ in 0..50 {
            lon = lon_of_ra(f(semi_diurnal(dec_of_lon(lon))));
        }
        lon
    };
    let mc = lon_of_ra(ramc);
    let asc = {
        let y = ramc.to_radians().cos();
        let x = -(e.sin() * phi.tan() + e.cos() * ramc.to_radians().sin());
        y.atan2(x).to_degrees().rem_euclid(360.0)
    };
    let c11 = iterate(&|dsa| ramc + dsa / 3.0);
    let c12 = iterate(&|dsa| ramc + 2.0 * dsa / 3.0);
    let c2 = iterate(&|dsa| ramc + 180.0 - 2.0 * (180.0 - dsa) / 3.0);
    let c3 = iterate(&|dsa| ramc + 180.0 - (180.0 - dsa) / 3.0);
    let opp = |x: f64| (x + 180.0).rem_euclid(360.0);
    [
        asc,
        c2,
        c3,
        opp(mc),
        opp(c11),
        opp(c12),
        opp(asc),
        opp(c2),
        opp(c3),
        mc,
        c11,
        c12,
    ]
}

#[test]
fn placidus_cusps_match_an_independent_semi_arc_computation() {
    for (when, lat, lon) in [
        (utc(1990, 7, 15, 9, 30), 41.01, 28.97),   // Istanbul
        (utc(1985, 1, 3, 22, 10), 55.75, 37.62),   // Moscow
        (utc(2001, 9, 9, 3, 45), -33.87, 151.21),  // Sydney
        (utc(1972, 12, 24, 14, 0), 64.15, -21.94), // Reykjavík, close to the limit
        (utc(2010, 4, 1, 12, 0), 0.5, -78.5),      // Quito, on the equator
    ] {
        let jd = jd_ut(when);
        let h = houses::compute(jd, lat, lon, HouseSystem::Placidus);
        assert_eq!(h.system, HouseSystem::Placidus);
        let reference = placidus_reference(houses::ramc(jd, lon), houses::true_obliquity(jd), lat);
        for (i, (ours, theirs)) in h.cusps.iter().zip(reference).enumerate() {
            assert_arc(*ours, theirs, 0.01, &format!("cusp {} at {lat}", i + 1));
        }
    }
}

#[test]
fn ascendant_and_mc_match_sidereal_time_from_the_independent_library() {
    // Sidereal time and obliquity from `astro`, the angles from their definition.
    let when = utc(1995, 3, 21, 6, 0);
    let (lat, lon): (f64, f64) = (39.93, 32.85); // Ankara
    let jd = jd_ut(when);
    let jde = tt_of(jd).0;
    let (nut_long, nut_oblq) = astro::nutation::nutation(jde);
    let eps = astro::ecliptic::mn_oblq_IAU(jde) + nut_oblq;
    let gast = astro::time::apprnt_sidr(astro::time::mn_sidr(jd), nut_long, eps);
    let ramc = gast + lon.to_radians();
    let mc = ramc
        .sin()
        .atan2(ramc.cos() * eps.cos())
        .to_degrees()
        .rem_euclid(360.0);
    let asc = ramc
        .cos()
        .atan2(-(eps.sin() * lat.to_radians().tan() + eps.cos() * ramc.sin()))
        .to_degrees()
        .rem_euclid(360.0);
    let h = houses::compute(jd, lat, lon, HouseSystem::Placidus);
    assert_arc(h.mc, mc, 0.01, "MC");
    assert_arc(h.ascendant, asc, 0.01, "Ascendant");
}
