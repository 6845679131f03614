//! Places: an HSDS `location` as a core [`Location`] — its address, coordinates, time zone and
//! accessibility — mapped once however many services name it. Must never guess a time zone,
//! a country or a point: what the data does not state clearly is reported and left out.

use vecino_core::{Accessibility, Address, GeoPoint, GeoPrecision, Location};

use super::Mapper;
use crate::parse;
use crate::profile::VecinoLocation;
use crate::raw::RawLocation;

impl Mapper<'_> {
    pub(super) fn location(&mut self, raw_id: &str) -> Option<Location> {
        if let Some(done) = self.locations.get(raw_id) {
            return done.clone();
        }
        let mapped = match self.ds.locations.get(raw_id) {
            Some(raw) => self.map_location(raw),
            None => None,
        };
        self.locations.insert(raw_id.to_owned(), mapped.clone());
        mapped
    }

    fn map_location(&mut self, raw: &RawLocation) -> Option<Location> {
        let id = self.id("location", &raw.id);
        if let Some(ext) = self.extension::<VecinoLocation>(&raw.at, raw.vecino.as_ref()) {
            return Some(Location {
                id,
                slug: ext.slug,
                name: ext.name,
                address: ext.address,
                point: ext.point,
                timezone: ext.timezone,
                accessibility: ext.accessibility,
            });
        }
        let at = &raw.at;
        let address = raw.address.as_ref().and_then(|a| {
            let given = if a.country.trim().is_empty() {
                self.options.country.clone().unwrap_or_default()
            } else {
                a.country.clone()
            };
            let country = match given.trim().to_uppercase().as_str() {
                "USA" | "UNITED STATES" | "U.S." | "U.S.A." => "US".to_owned(),
                "UK" => "GB".to_owned(),
                other => other.to_owned(),
            };
            if a.city.is_empty() {
                self.report
                    .skip_field(at, "address", &a.address_1, "the address has no city");
                return None;
            }
            if country.len() != 2 || !country.bytes().all(|b| b.is_ascii_uppercase()) {
                self.report.skip_field(
                    at,
                    "address",
                    &a.country,
                    "the address has no ISO country code",
                );
                return None;
            }
            let street = [a.address_1.as_str(), a.address_2.as_str()]
                .iter()
                .filter(|s| !s.is_empty())
                .copied()
                .collect::<Vec<_>>()
                .join(", ");
            Some(Address {
                address_1: (!street.is_empty()).then_some(street),
                city: a.city.clone(),
                state_province: a.state_province.clone(),
                postal_code: (!a.postal_code.is_empty()).then(|| a.postal_code.clone()),
                country,
            })
        });
        let point = match (raw.latitude.as_str(), raw.longitude.as_str()) {
            ("", "") => None,
            (lat, lon) => match (lat.parse::<f64>(), lon.parse::<f64>()) {
                (Ok(la), Ok(lo)) if la == 0.0 && lo == 0.0 => {
                    self.report
                        .skip_field(at, "coordinates", "0,0", "0,0 is not a real place");
                    None
                }
                (Ok(la), Ok(lo)) => match GeoPoint::new(la, lo, GeoPrecision::Exact) {
                    Ok(p) => Some(p),
                    Err(e) => {
                        self.report.skip_field(
                            at,
                            "coordinates",
                            &format!("{lat},{lon}"),
                            &e.to_string(),
                        );
                        None
                    }
                },
                _ => {
                    self.report.skip_field(
                        at,
                        "coordinates",
                        &format!("{lat},{lon}"),
                        "latitude and longitude must both be numbers",
                    );
                    None
                }
            },
        };
        let zone = raw
            .address
            .as_ref()
            .and_then(|a| parse::timezone(&a.state_province, &a.country))
            .map(str::to_owned)
            .or_else(|| self.options.timezone.clone());
        let Some(timezone) = zone else {
            let state = raw
                .address
                .as_ref()
                .map(|a| format!("{} {}", a.state_province, a.country))
                .unwrap_or_default();
            self.report.skip_record(
                at,
                "timezone",
                &state,
                "the place's time zone cannot be told from its address: pass --timezone",
            );
            return None;
        };
        let mut accessibility: Vec<Accessibility> = Vec::new();
        for note in &raw.accessibility {
            match parse::accessibility(note) {
                Some(feature) if !accessibility.iter().any(|a| a.feature == feature) => {
                    accessibility.push(Accessibility {
                        feature,
                        details: None,
                    })
                }
                Some(_) => {}
                None => self.report.skip_field(
                    at,
                    "accessibility",
                    note,
                    "not one of the accessibility features Vecino lists",
                ),
            }
        }
        let name = self.text(at, "name", &raw.name);
        let slug_from = if raw.name.is_empty() {
            raw.address
                .as_ref()
                .map(|a| a.address_1.clone())
                .unwrap_or_default()
        } else {
            raw.name.clone()
        };
        Some(Location {
            id,
            slug: self.slug("place", &slug_from, id),
            name,
            address,
            point,
            timezone,
            accessibility,
        })
    }
}
