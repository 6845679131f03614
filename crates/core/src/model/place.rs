//! Places (HSDS `location`): their [`Address`], [`GeoPoint`], time zone and accessibility.
//! Must never hold an address without a city and a country code, a point off the Earth, or a
//! time zone that is not an IANA one.

use serde::{Deserialize, Serialize};

use crate::{Error, ErrorKind, Id, LocalizedText, Result, Slug};

/// A postal address (HSDS `address`). Only ever filled from a cited source.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Address {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub address_1: Option<String>,
    pub city: String,
    /// State or province code (`CA`, `NY`).
    pub state_province: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub postal_code: Option<String>,
    /// ISO 3166-1 alpha-2.
    pub country: String,
}

impl Address {
    fn validate(&self) -> Result<()> {
        if self.city.trim().is_empty() {
            return Err(Error::invalid(
                ErrorKind::NoCity,
                "address",
                "an address needs a city",
            ));
        }
        if self.country.len() != 2 || !self.country.bytes().all(|b| b.is_ascii_uppercase()) {
            return Err(Error::invalid(
                ErrorKind::NotACountryCode,
                "address",
                format!("{:?} is not an ISO country code", self.country),
            ));
        }
        Ok(())
    }
}

/// How exact a point is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum GeoPrecision {
    /// The building itself.
    Exact,
    /// The centre of the city: the place is somewhere in it.
    City,
}

/// A WGS 84 point.
#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
#[serde(try_from = "RawGeoPoint", into = "RawGeoPoint")]
pub struct GeoPoint {
    latitude: f64,
    longitude: f64,
    precision: GeoPrecision,
}

#[derive(Serialize, Deserialize)]
struct RawGeoPoint {
    latitude: f64,
    longitude: f64,
    precision: GeoPrecision,
}

impl TryFrom<RawGeoPoint> for GeoPoint {
    type Error = Error;
    fn try_from(raw: RawGeoPoint) -> Result<Self> {
        GeoPoint::new(raw.latitude, raw.longitude, raw.precision)
    }
}

impl From<GeoPoint> for RawGeoPoint {
    fn from(p: GeoPoint) -> Self {
        RawGeoPoint {
            latitude: p.latitude,
            longitude: p.longitude,
            precision: p.precision,
        }
    }
}

impl GeoPoint {
    pub fn new(latitude: f64, longitude: f64, precision: GeoPrecision) -> Result<Self> {
        if !(-90.0..=90.0).contains(&latitude) || !(-180.0..=180.0).contains(&longitude) {
            return Err(Error::invalid(
                ErrorKind::NotOnEarth,
                "coordinates",
                format!("{latitude},{longitude} is not on Earth"),
            ));
        }
        Ok(GeoPoint {
            latitude,
            longitude,
            precision,
        })
    }

    pub fn latitude(&self) -> f64 {
        self.latitude
    }

    pub fn longitude(&self) -> f64 {
        self.longitude
    }

    pub fn precision(&self) -> GeoPrecision {
        self.precision
    }

    /// Great-circle distance in kilometres.
    pub fn distance_km(&self, other: &GeoPoint) -> f64 {
        const EARTH_RADIUS_KM: f64 = 6371.0088;
        let (la1, la2) = (self.latitude.to_radians(), other.latitude.to_radians());
        let dla = la2 - la1;
        let dlo = (other.longitude - self.longitude).to_radians();
        let a = (dla / 2.0).sin().powi(2) + la1.cos() * la2.cos() * (dlo / 2.0).sin().powi(2);
        2.0 * EARTH_RADIUS_KM * a.sqrt().asin()
    }
}

/// A physical feature that makes a place usable (HSDS `accessibility`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum AccessibilityFeature {
    WheelchairAccessible,
    AccessibleRestroom,
    HearingLoop,
    SignLanguage,
    Braille,
    LargePrint,
    AccessibleParking,
    NearPublicTransit,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Accessibility {
    pub feature: AccessibilityFeature,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub details: Option<LocalizedText>,
}

/// A place (HSDS `location`).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Location {
    pub id: Id,
    pub slug: Slug,
    pub name: Option<LocalizedText>,
    pub address: Option<Address>,
    pub point: Option<GeoPoint>,
    /// IANA time zone, in which its schedules are read.
    pub timezone: String,
    pub accessibility: Vec<Accessibility>,
}

impl Location {
    /// The id and slug of an organization's own copy of a place that several organizations'
    /// services named: places belong to one organization, so an editor of one can never move
    /// another's. The copy's id is a UUID v5 of the place's and the organization's ids, so
    /// every replica, import and migration makes the same one.
    pub fn copy_for(&self, organization: Id) -> Location {
        let mut copy = self.clone();
        copy.id = crate::ids::derived_id(&format!("location/{}/{}", self.id, organization));
        let suffix = &organization.to_string()[..8];
        let stem: String = self.slug.as_str().chars().take(100 - 9).collect();
        copy.slug = Slug::parse(&format!("{}-{suffix}", stem.trim_end_matches('-')))
            .expect("a slug and hex digits make a slug");
        copy
    }

    pub fn validate(&self) -> Result<()> {
        if let Some(address) = &self.address {
            address.validate()?;
        }
        jiff::tz::TimeZone::get(&self.timezone).map_err(|_| {
            Error::invalid(
                ErrorKind::BadTimeZone,
                "timezone",
                format!("{:?} is not an IANA time zone", self.timezone),
            )
        })?;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn geo_points_stay_on_earth_and_measure_distance() {
        assert!(GeoPoint::new(91.0, 0.0, GeoPrecision::Exact).is_err());
        let san_jose = GeoPoint::new(37.3382, -121.8863, GeoPrecision::City).unwrap();
        let san_mateo = GeoPoint::new(37.5630, -122.3255, GeoPrecision::City).unwrap();
        let km = san_jose.distance_km(&san_mateo);
        assert!((45.0..47.0).contains(&km), "{km}");
    }
}
