//! The astronomy engine: computed skies for charts, horoscopes, transits and the moon calendar.
//! Pure: no Telegram, SQL or network; the ephemeris itself is xalen-ephem (Apache-2.0).

pub mod aspects;
pub mod birth;
pub mod calendar;
pub mod chart;
pub mod compat;
pub mod eclipses;
pub mod ephemeris;
pub mod houses;
pub mod moon;
pub mod notices;
pub mod parallel;
pub mod retrogrades;
pub mod returns;
pub mod search;
pub mod seasons;
pub mod sky;
pub mod time;
pub mod track;
pub mod transits;
pub mod voc;
pub mod zodiac;

pub use chart::{Chart, ChartInput};
pub use ephemeris::Body;
pub use houses::HouseSystem;
pub use zodiac::Sign;
