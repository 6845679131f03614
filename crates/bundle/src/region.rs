//! Which records a region's bundle holds: a service area named like a city or county, or a
//! radius around a point.

use std::fmt;
use std::str::FromStr;

use unicode_normalization::UnicodeNormalization;
use unicode_normalization::char::is_combining_mark;
use vecino_core::{GeoPoint, GeoPrecision, Location};

use crate::{Error, Result};

/// A region, as `vecino bundle export --region` takes it.
#[derive(Debug, Clone, PartialEq)]
pub enum Region {
    /// `all`: the whole directory, services without a place (phone lines) included. For a
    /// small deployment that serves one area.
    All,
    /// `San José`, `Redwood City`, `San Mateo County`: matched, without regard to case or
    /// accents, against a place's city and against the place's name in any language.
    Area { name: String },
    /// `radius:LAT,LON,KM`: places with coordinates within `km` of the point.
    Radius { center: GeoPoint, km: f64 },
}

impl FromStr for Region {
    type Err = Error;

    fn from_str(input: &str) -> Result<Self> {
        let input = input.trim();
        if input == "all" {
            return Ok(Region::All);
        }
        if let Some(rest) = input.strip_prefix("radius:") {
            let parts: Vec<f64> = rest
                .split(',')
                .map(|p| p.trim().parse::<f64>())
                .collect::<std::result::Result<_, _>>()
                .map_err(|_| Error::Region(format!("{input:?}: expected radius:LAT,LON,KM")))?;
            let [lat, lon, km] = parts[..] else {
                return Err(Error::Region(format!(
                    "{input:?}: expected radius:LAT,LON,KM"
                )));
            };
            if !(km > 0.0 && km <= 1000.0) {
                return Err(Error::Region(format!(
                    "{input:?}: the radius is 0 to 1000 km"
                )));
            }
            let center = GeoPoint::new(lat, lon, GeoPrecision::Exact)
                .map_err(|e| Error::Region(format!("{input:?}: {e}")))?;
            return Ok(Region::Radius { center, km });
        }
        if fold(input).chars().filter(|c| c.is_alphanumeric()).count() < 2 {
            return Err(Error::Region(format!(
                "{input:?}: name a city or county, or give radius:LAT,LON,KM"
            )));
        }
        Ok(Region::Area {
            name: input.to_owned(),
        })
    }
}

impl fmt::Display for Region {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Region::All => f.write_str("all"),
            Region::Area { name } => f.write_str(name),
            Region::Radius { center, km } => write!(
                f,
                "radius:{},{},{}",
                center.latitude(),
                center.longitude(),
                km
            ),
        }
    }
}

impl Region {
    /// The region's path segment: `san-jose`, `radius_37.3382_-121.8863_25`.
    pub fn id(&self) -> String {
        match self {
            Region::All => "all".to_owned(),
            Region::Area { name } => {
                let mut id = String::new();
                for c in fold(name).chars() {
                    if c.is_ascii_alphanumeric() {
                        id.push(c);
                    } else if !id.is_empty() && !id.ends_with('-') {
                        id.push('-');
                    }
                }
                let id = id.trim_end_matches('-');
                if id.len() >= 2 {
                    id.to_owned()
                } else {
                    // A name in another script (서울, القاهرة): named by its hash instead.
                    format!("area-{}", &crate::sha256_hex(fold(name).as_bytes())[..12])
                }
            }
            Region::Radius { center, km } => format!(
                "radius_{:.4}_{:.4}_{}",
                center.latitude(),
                center.longitude(),
                km
            ),
        }
    }

    /// Whether a place is in the region.
    pub fn contains(&self, location: &Location) -> bool {
        match self {
            Region::All => true,
            Region::Area { name } => {
                let want = fold(name);
                location
                    .address
                    .as_ref()
                    .is_some_and(|a| fold(&a.city) == want)
                    || location.name.as_ref().is_some_and(|n| {
                        n.iter().any(|(_, t)| contains_words(&fold(&t.text), &want))
                    })
            }
            Region::Radius { center, km } => location
                .point
                .as_ref()
                .is_some_and(|p| p.distance_km(center) <= *km),
        }
    }
}

/// Lower case, accents removed, runs of spaces and punctuation as one space.
fn fold(s: &str) -> String {
    let mut out = String::new();
    for c in s
        .nfd()
        .filter(|c| !is_combining_mark(*c))
        .flat_map(char::to_lowercase)
    {
        if c.is_alphanumeric() {
            out.push(c);
        } else if !out.is_empty() && !out.ends_with(' ') {
            out.push(' ');
        }
    }
    out.trim_end().to_owned()
}

/// Whether `haystack` holds `needle` as whole words.
fn contains_words(haystack: &str, needle: &str) -> bool {
    format!(" {haystack} ").contains(&format!(" {needle} "))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn regions_parse_and_name_themselves() {
        let r: Region = "San José".parse().unwrap();
        assert_eq!(r.id(), "san-jose");
        let r: Region = "radius:37.3382,-121.8863,25".parse().unwrap();
        assert_eq!(r.id(), "radius_37.3382_-121.8863_25");
        assert_eq!(r.to_string(), "radius:37.3382,-121.8863,25");
        let r: Region = "서울".parse().unwrap();
        assert!(
            r.id().starts_with("area-") && r.id().len() == 17,
            "{}",
            r.id()
        );
        assert_ne!(r.id(), "القاهرة".parse::<Region>().unwrap().id());
        for bad in [
            "",
            "x",
            "radius:1,2",
            "radius:91,0,5",
            "radius:1,2,0",
            "radius:a,b,c",
        ] {
            assert!(bad.parse::<Region>().is_err(), "{bad}");
        }
    }

    #[test]
    fn names_match_without_case_or_accents() {
        assert_eq!(fold("  San  José, CA "), "san jose ca");
        assert!(contains_words(
            "st francis center north fair oaks",
            "north fair oaks"
        ));
        assert!(!contains_words("redwood city", "wood city"));
    }
}
