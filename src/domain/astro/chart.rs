//! A natal (or any-moment) chart: positions of every body, angles, houses and aspects, computed
//! once and used by the wheel, the tables, the AI prompt and the JSON export alike.

use super::aspects::{self, Aspect, Point};
use super::ephemeris::{lunar_points, position, Body, EphemerisError, LunarPoints};
use super::houses::{self, HouseSystem, Houses};
use super::time::jd_ut;
use super::zodiac::Sign;
use chrono::{DateTime, Utc};
use serde::Serialize;

/// Where and when; `time_known = false` means noon was assumed and houses are left out.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct ChartInput {
    pub utc: DateTime<Utc>,
    pub lat: f64,
    pub lon: f64,
    pub time_known: bool,
    pub house_system: HouseSystem,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct PlanetPlace {
    pub name: Body,
    pub longitude: f64,
    pub latitude: f64,
    pub speed: f64,
    pub retrograde: bool,
    pub sign: Sign,
    pub degree_in_sign: f64,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub house: Option<usize>,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct HouseTable {
    pub system: HouseSystem,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub fallback_from: Option<HouseSystem>,
    pub cusps: [f64; 12],
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Chart {
    #[serde(with = "super::moon::rfc3339_seconds")]
    pub utc: DateTime<Utc>,
    pub julian_day_ut: f64,
    pub latitude: f64,
    pub longitude: f64,
    pub time_known: bool,
    pub planets: Vec<PlanetPlace>,
    pub ascendant: Option<f64>,
    pub mc: Option<f64>,
    pub houses: Option<HouseTable>,
    pub aspects: Vec<Aspect>,
    /// The mean and true lunar nodes and Black Moon Lilith.
    pub points: LunarPoints,
}

impl Chart {
    pub fn compute(input: &ChartInput) -> Result<Chart, EphemerisError> {
        let jd = jd_ut(input.utc);
        let houses: Option<Houses> = input
            .time_known
            .then(|| houses::compute(jd, input.lat, input.lon, input.house_system));
        let mut planets = Vec::with_capacity(Body::ALL.len());
        for body in Body::ALL {
            let p = position(body, jd)?;
            planets.push(PlanetPlace {
                name: body,
                longitude: p.longitude,
                latitude: p.latitude,
                speed: p.speed,
                // The Sun and Moon never retrograde; the mean-motion node always does.
                retrograde: p.speed < 0.0 && !body.is_luminary(),
                sign: Sign::of_longitude(p.longitude),
                degree_in_sign: p.longitude.rem_euclid(30.0),
                house: houses.as_ref().map(|h| h.house_of(p.longitude)),
            });
        }
        let points: Vec<Point> = planets.iter().map(PlanetPlace::point).collect();
        Ok(Chart {
            utc: input.utc,
            julian_day_ut: jd,
            latitude: input.lat,
            longitude: input.lon,
            time_known: input.time_known,
            aspects: aspects::within(&points),
            points: lunar_points(jd)?,
            ascendant: houses.as_ref().map(|h| h.ascendant),
            mc: houses.as_ref().map(|h| h.mc),
            houses: houses.map(|h| HouseTable {
                system: h.system,
                fallback_from: h.fallback_from,
                cusps: h.cusps,
            }),
            planets,
        })
    }

    pub fn place(&self, body: Body) -> Option<&PlanetPlace> {
        self.planets.iter().find(|p| p.name == body)
    }

    pub fn sun_sign(&self) -> Option<Sign> {
        self.place(Body::Sun).map(|p| p.sign)
    }

    pub fn points(&self) -> Vec<Point> {
        self.planets.iter().map(PlanetPlace::point).collect()
    }
}

impl PlanetPlace {
    pub fn point(&self) -> Point {
        Point {
            body: self.name,
            longitude: self.longitude,
            speed: self.speed,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;

    fn input(time_known: bool) -> ChartInput {
        ChartInput {
            utc: Utc.with_ymd_and_hms(1990, 7, 15, 9, 30, 0).unwrap(),
            lat: 41.01,
            lon: 28.97,
            time_known,
            house_system: HouseSystem::Placidus,
        }
    }

    #[test]
    fn a_chart_has_every_body_with_houses_only_when_the_time_is_known() {
        let chart = Chart::compute(&input(true)).unwrap();
        assert_eq!(chart.planets.len(), 11);
        assert_eq!(chart.sun_sign(), Some(Sign::Cancer));
        assert!(chart.ascendant.is_some() && chart.houses.is_some());
        assert!(chart.planets.iter().all(|p| p.house.is_some()));
        assert!(chart.place(Body::NorthNode).unwrap().retrograde);
        let no_time = Chart::compute(&input(false)).unwrap();
        assert!(no_time.ascendant.is_none() && no_time.houses.is_none());
        assert!(no_time.planets.iter().all(|p| p.house.is_none()));
        let json = serde_json::to_value(&chart).unwrap();
        assert_eq!(json["planets"][10]["name"], "north_node");
        assert_eq!(json["houses"]["system"], "placidus");
        assert_eq!(json["utc"], "1990-07-15T09:30:00Z");
    }
}
