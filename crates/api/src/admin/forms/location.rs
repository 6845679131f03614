//! A place's fields (name, address, point, time zone, accessibility) and how they are read
//! back into a core `Location`; never guesses a value it cannot read.

use super::*;

pub const FEATURES: [AccessibilityFeature; 8] = [
    AccessibilityFeature::WheelchairAccessible,
    AccessibilityFeature::AccessibleRestroom,
    AccessibilityFeature::HearingLoop,
    AccessibilityFeature::SignLanguage,
    AccessibilityFeature::Braille,
    AccessibilityFeature::LargePrint,
    AccessibilityFeature::AccessibleParking,
    AccessibilityFeature::NearPublicTransit,
];

pub fn feature_slug(f: AccessibilityFeature) -> String {
    serde_json::to_value(f)
        .ok()
        .and_then(|v| v.as_str().map(str::to_owned))
        .unwrap_or_default()
}

/// The fields of a place: name, address, point, time zone, accessibility. `timezone`
/// defaults to the first zone the form suggests.
pub fn location_fields(c: &Ctx, location: Option<&Location>, default_tz: &str) -> Vec<Field> {
    let address = location.and_then(|l| l.address.as_ref());
    let point = location.and_then(|l| l.point);
    let features: Vec<AccessibilityFeature> = location
        .map(|l| l.accessibility.iter().map(|a| a.feature).collect())
        .unwrap_or_default();
    vec![
        Field::new(
            c,
            "place_name",
            "text",
            location
                .and_then(|l| l.name.as_ref())
                .map(|n| n.source_text().to_owned())
                .unwrap_or_default(),
        )
        .free_text(),
        Field::new(
            c,
            "place_slug",
            "text",
            location.map(|l| l.slug.to_string()).unwrap_or_default(),
        )
        .hint(c.t("admin-hint-slug")),
        Field::new(
            c,
            "address_1",
            "text",
            address
                .and_then(|a| a.address_1.clone())
                .unwrap_or_default(),
        ),
        Field::new(
            c,
            "city",
            "text",
            address.map(|a| a.city.clone()).unwrap_or_default(),
        ),
        Field::new(
            c,
            "state_province",
            "text",
            address
                .map(|a| a.state_province.clone())
                .unwrap_or_default(),
        ),
        Field::new(
            c,
            "postal_code",
            "text",
            address
                .and_then(|a| a.postal_code.clone())
                .unwrap_or_default(),
        ),
        Field::new(
            c,
            "country",
            "text",
            address.map_or("US".to_owned(), |a| a.country.clone()),
        )
        .hint(c.t("admin-hint-country")),
        Field::new(
            c,
            "latitude",
            "text",
            point.map(|p| p.latitude().to_string()).unwrap_or_default(),
        ),
        Field::new(
            c,
            "longitude",
            "text",
            point.map(|p| p.longitude().to_string()).unwrap_or_default(),
        ),
        Field::new(c, "precision", "select", "").options(
            [("exact", GeoPrecision::Exact), ("city", GeoPrecision::City)]
                .into_iter()
                .map(|(v, p)| Opt {
                    value: v.to_owned(),
                    label: c.t(&format!("admin-precision-{v}")),
                    selected: point.map_or(v == "exact", |pt| pt.precision() == p),
                })
                .collect(),
        ),
        Field::new(
            c,
            "timezone",
            "text",
            location.map_or(default_tz.to_owned(), |l| l.timezone.clone()),
        )
        .hint(c.t("admin-hint-timezone"))
        .required(),
        Field::new(c, "accessibility", "checks", "").options(
            FEATURES
                .iter()
                .map(|f| Opt {
                    value: feature_slug(*f),
                    label: c.t(&format!("admin-feature-{}", feature_slug(*f))),
                    selected: features.contains(f),
                })
                .collect(),
        ),
    ]
}

/// Reads a place from the fields [`location_fields`] draws. `fallback_slug` names the place
/// when neither a slug nor a name was given.
pub fn read_location(
    posted: &Posted,
    existing: Option<&Location>,
    locale: &LocaleTag,
    fallback_slug: &str,
    errors: &mut Errors,
    c: &Ctx,
) -> Option<Location> {
    let name = read_optional_text(
        posted,
        "place_name",
        existing.and_then(|l| l.name.as_ref()),
        locale,
        errors,
        c,
    );
    let raw_slug = posted.get("place_slug").trim();
    let slug = if raw_slug.is_empty() {
        let from = name
            .as_ref()
            .map(|n| n.source_text().to_owned())
            .unwrap_or_else(|| format!("{fallback_slug} {}", posted.get("city")));
        Slug::from_title(&from)
    } else {
        Slug::parse(raw_slug).ok()
    };
    if slug.is_none() {
        errors.add("place_slug", c.t("admin-error-slug"));
    }
    let any_address = ["address_1", "city", "state_province", "postal_code"]
        .iter()
        .any(|f| !posted.get(f).trim().is_empty());
    let address = if any_address {
        let address = Address {
            address_1: posted.opt("address_1"),
            city: posted.get("city").trim().to_owned(),
            state_province: posted.get("state_province").trim().to_owned(),
            postal_code: posted.opt("postal_code"),
            country: posted.get("country").trim().to_uppercase(),
        };
        if address.city.is_empty() {
            errors.add("city", c.t("admin-error-required"));
        }
        if address.state_province.is_empty() {
            errors.add("state_province", c.t("admin-error-required"));
        }
        if address.country.len() != 2 || !address.country.bytes().all(|b| b.is_ascii_uppercase()) {
            errors.add("country", c.t("admin-error-country"));
        }
        Some(address)
    } else {
        None
    };
    let (lat, lon) = (
        posted.get("latitude").trim(),
        posted.get("longitude").trim(),
    );
    let point = if lat.is_empty() && lon.is_empty() {
        None
    } else {
        let precision = if posted.get("precision") == "city" {
            GeoPrecision::City
        } else {
            GeoPrecision::Exact
        };
        let read = |s: &str| s.replace(',', ".").parse::<f64>().ok();
        match (read(lat), read(lon)) {
            (Some(a), Some(b)) => match GeoPoint::new(a, b, precision) {
                Ok(p) => Some(p),
                Err(_) => {
                    errors.add("latitude", c.t("admin-error-coordinates"));
                    None
                }
            },
            _ => {
                errors.add("latitude", c.t("admin-error-coordinates"));
                None
            }
        }
    };
    let timezone = posted.get("timezone").trim().to_owned();
    if jiff::tz::TimeZone::get(&timezone).is_err() {
        errors.add("timezone", c.t("admin-error-timezone"));
    }
    let mut accessibility = Vec::new();
    for raw in posted.all("accessibility") {
        match FEATURES.iter().find(|f| feature_slug(**f) == raw) {
            Some(f) => accessibility.push(Accessibility {
                feature: *f,
                details: existing
                    .and_then(|l| l.accessibility.iter().find(|a| a.feature == *f))
                    .and_then(|a| a.details.clone()),
            }),
            None => errors.add("accessibility", c.t("admin-error-invalid")),
        }
    }
    let location = Location {
        id: existing.map_or_else(vecino_core::Id::new_random, |l| l.id),
        slug: slug?,
        name,
        address,
        point,
        timezone,
        accessibility,
    };
    match location.validate() {
        Ok(()) => Some(location),
        Err(e) => {
            errors.add(place_field(&e), core_message(c, &e));
            None
        }
    }
}
