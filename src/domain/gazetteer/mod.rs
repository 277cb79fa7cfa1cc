//! The offline gazetteer: ~34,000 cities (GeoNames cities15000, CC BY 4.0) with coordinates and
//! IANA time zone, found by any common spelling in our nine languages, or by a shared location.

mod normalize;

pub use normalize::fold;

use chrono_tz::Tz;

#[derive(Debug, Clone, PartialEq)]
pub struct City {
    /// Position in the gazetteer (stable for a given build, so buttons can carry it).
    pub id: u32,
    pub name: String,
    pub country: String,
    pub lat: f64,
    pub lon: f64,
    pub tz: Tz,
    pub population: u32,
}

impl City {
    /// The country's flag from its ISO code (regional indicator letters), language-neutral.
    pub fn flag(&self) -> String {
        self.country
            .chars()
            .filter(char::is_ascii_uppercase)
            .filter_map(|c| char::from_u32(0x1F1E6 + (c as u32 - 'A' as u32)))
            .collect()
    }

    pub fn label(&self) -> String {
        format!("{} {} ({})", self.flag(), self.name, self.country)
    }
}

pub struct Gazetteer {
    /// Most populous first, so a smaller index means a better-known place.
    cities: Vec<City>,
    /// (folded name, city index), sorted: exact and prefix search by binary search.
    names: Vec<(Box<str>, u32)>,
}

impl Gazetteer {
    /// Parses the embedded TSV (see `deploy/tools/build_gazetteer.py`); bad rows are skipped.
    pub fn parse(tsv: &str) -> Gazetteer {
        let mut cities = Vec::with_capacity(35_000);
        let mut names = Vec::with_capacity(420_000);
        for line in tsv.lines().filter(|l| !l.starts_with('#') && !l.is_empty()) {
            let f: Vec<&str> = line.split('\t').collect();
            let [name, country, lat, lon, tz, population, alternates] = f.as_slice() else {
                continue;
            };
            let (Ok(lat), Ok(lon), Ok(tz)) = (lat.parse(), lon.parse(), tz.parse::<Tz>()) else {
                continue;
            };
            let index = cities.len() as u32;
            let mut keys: Vec<String> = std::iter::once(*name)
                .chain(alternates.split('|').filter(|a| !a.is_empty()))
                .map(fold)
                .filter(|k| !k.is_empty())
                .collect();
            keys.sort_unstable();
            keys.dedup();
            names.extend(keys.into_iter().map(|k| (k.into_boxed_str(), index)));
            cities.push(City {
                id: index,
                name: (*name).to_string(),
                country: (*country).to_string(),
                lat,
                lon,
                tz,
                population: population.parse().unwrap_or(0),
            });
        }
        names.sort_unstable();
        Gazetteer { cities, names }
    }

    pub fn len(&self) -> usize {
        self.cities.len()
    }

    pub fn is_empty(&self) -> bool {
        self.cities.is_empty()
    }

    /// Up to `limit` cities for a typed name: exact matches of any spelling first, then names
    /// starting with the query; each group by population. "Paris, FR" narrows by country.
    pub fn search(&self, query: &str, limit: usize) -> Vec<&City> {
        let (place, country) = split_country(query);
        let key = fold(place);
        if key.chars().count() < 2 {
            return Vec::new();
        }
        let start = self
            .names
            .partition_point(|(n, _)| n.as_ref() < key.as_str());
        let mut exact = Vec::new();
        let mut prefix = Vec::new();
        for (name, index) in &self.names[start..] {
            if !name.starts_with(key.as_str()) {
                break;
            }
            if name.as_ref() == key {
                exact.push(*index);
            } else {
                prefix.push(*index);
            }
        }
        exact.sort_unstable();
        prefix.sort_unstable();
        let mut seen = std::collections::HashSet::new();
        exact
            .into_iter()
            .chain(prefix)
            .filter(|i| seen.insert(*i))
            .map(|i| &self.cities[i as usize])
            .filter(|c| {
                country
                    .as_ref()
                    .is_none_or(|cc| c.country.eq_ignore_ascii_case(cc))
            })
            .take(limit)
            .collect()
    }

    pub fn city(&self, id: u32) -> Option<&City> {
        self.cities.get(id as usize)
    }

    /// The nearest city to a point (for a shared location): its zone is the point's zone.
    pub fn nearest(&self, lat: f64, lon: f64) -> Option<&City> {
        self.cities.iter().min_by(|a, b| {
            distance_km(lat, lon, a.lat, a.lon).total_cmp(&distance_km(lat, lon, b.lat, b.lon))
        })
    }
}

/// "Paris, FR" / "Paris FR" → ("Paris", Some("FR")) when the tail is a two-letter country code.
fn split_country(query: &str) -> (&str, Option<String>) {
    let q = query.trim();
    if let Some((place, tail)) = q.rsplit_once([',', ' ']) {
        let tail = tail.trim();
        if tail.len() == 2
            && tail.chars().all(|c| c.is_ascii_alphabetic())
            && !place.trim().is_empty()
        {
            return (place.trim(), Some(tail.to_ascii_uppercase()));
        }
    }
    (q, None)
}

/// Great-circle distance (haversine), kilometres.
pub fn distance_km(lat1: f64, lon1: f64, lat2: f64, lon2: f64) -> f64 {
    let (p1, p2) = (lat1.to_radians(), lat2.to_radians());
    let dp = p2 - p1;
    let dl = (lon2 - lon1).to_radians();
    let a = (dp / 2.0).sin().powi(2) + p1.cos() * p2.cos() * (dl / 2.0).sin().powi(2);
    2.0 * 6371.0 * a.sqrt().min(1.0).asin()
}

#[cfg(test)]
mod tests {
    use super::*;

    const SAMPLE: &str = "# header\n\
Istanbul\tTR\t41.0138\t28.9497\tEurope/Istanbul\t14804116\tEstambul|İstanbul|Стамбул|اسطنبول\n\
Paris\tFR\t48.8534\t2.3488\tEurope/Paris\t2138551\tParís|Parigi|Париж|باريس\n\
Paris\tUS\t33.6609\t-95.5555\tAmerica/Chicago\t24782\t\n\
Broken\tXX\tnot-a-number\t0\tEurope/Paris\t1\t\n\
Istra\tRU\t55.9\t36.86\tEurope/Moscow\t34000\t\n";

    #[test]
    fn finds_by_any_spelling_and_ranks_by_population() {
        let g = Gazetteer::parse(SAMPLE);
        assert_eq!(g.len(), 4, "the broken row is skipped");
        for q in ["istanbul", "İSTANBUL", "Estambul", "стамбул", "إسطنبول"] {
            assert_eq!(g.search(q, 5)[0].name, "Istanbul", "{q}");
        }
        let paris: Vec<_> = g
            .search("Paris", 5)
            .into_iter()
            .map(|c| c.country.as_str())
            .collect();
        assert_eq!(paris, ["FR", "US"]);
        assert_eq!(g.search("Paris, US", 5)[0].country, "US");
        assert_eq!(g.search("Ist", 5).len(), 2, "prefix matches");
        assert!(g.search("x", 5).is_empty());
        assert_eq!(g.search("Париж", 1)[0].tz, chrono_tz::Europe::Paris);
    }

    #[test]
    fn a_shared_location_maps_to_the_nearest_city() {
        let g = Gazetteer::parse(SAMPLE);
        assert_eq!(g.nearest(41.05, 29.0).unwrap().name, "Istanbul");
        assert_eq!(g.nearest(48.0, 2.0).unwrap().country, "FR");
        assert!((distance_km(41.0, 29.0, 48.85, 2.35) - 2250.0).abs() < 30.0);
        assert_eq!(g.search("Istanbul", 1)[0].flag(), "🇹🇷");
    }
}
