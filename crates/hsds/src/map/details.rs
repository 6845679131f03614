//! A service's HSDS 3.1 details (eligibility, ages, prices, documents, how to apply, alert,
//! program, web pages, areas, capacity, the source's own assurance) as core
//! [`ServiceDetails`]. Must never guess: a number, date or address that does not read clearly
//! is reported and left out, and a date after the import's `today` is refused.

use jiff::Timestamp;
use jiff::civil::Date;
use vecino_core::{
    Assurance, Capacity, CostOption, LabeledUrl, Program, RequiredDocument, ServiceArea,
    ServiceDetails,
};

use super::Mapper;
use crate::raw::RawDetails;
use crate::report::Origin;

fn some(text: &str) -> Option<String> {
    let text = text.trim();
    (!text.is_empty()).then(|| text.to_owned())
}

/// A date as HSDS writes it (`2024-05-01`), or the date of a date-time.
pub(super) fn date(value: &str) -> Option<Date> {
    let value = value.trim();
    value
        .parse::<Date>()
        .ok()
        .or_else(|| {
            value
                .parse::<Timestamp>()
                .ok()
                .map(|t| jiff::tz::Offset::UTC.to_datetime(t).date())
        })
        .or_else(|| value.get(..10).and_then(|d| d.parse::<Date>().ok()))
}

/// Areas as the source names them (name, description), each once.
pub(super) fn areas(raw: &[(String, String)]) -> Vec<ServiceArea> {
    let mut out = Vec::new();
    for (name, description) in raw {
        // An area named only in its description is still named.
        let (name, description) = match (some(name), some(description)) {
            (Some(n), desc) => (n, desc),
            (None, Some(desc)) => (desc, None),
            (None, None) => continue,
        };
        let area = ServiceArea { name, description };
        if !out.contains(&area) {
            out.push(area);
        }
    }
    out
}

impl Mapper<'_> {
    fn age(&mut self, at: &Origin, field: &str, value: &str) -> Option<u8> {
        let value = value.trim();
        if value.is_empty() {
            return None;
        }
        match value.parse::<f64>() {
            Ok(n) if n.fract() == 0.0 && (0.0..=130.0).contains(&n) => Some(n as u8),
            _ => {
                self.report
                    .skip_field(at, field, value, "not an age in whole years");
                None
            }
        }
    }

    fn number(&mut self, at: &Origin, field: &str, value: &str) -> Option<f64> {
        let value = value.trim();
        if value.is_empty() {
            return None;
        }
        match value.parse::<f64>() {
            Ok(n) if n.is_finite() && n >= 0.0 => Some(n),
            _ => {
                self.report
                    .skip_field(at, field, value, "not a number of zero or more");
                None
            }
        }
    }

    fn day(&mut self, at: &Origin, field: &str, value: &str) -> Option<Date> {
        if value.trim().is_empty() {
            return None;
        }
        let parsed = date(value);
        if parsed.is_none() {
            self.report
                .skip_field(at, field, value, "not a date (YYYY-MM-DD)");
        }
        parsed
    }

    /// The source's own verification date (HSDS `assured_date`), for `trust.source_checked_on`:
    /// `None` when absent, unreadable or after the import's day.
    pub(super) fn source_checked_on(&mut self, at: &Origin, value: &str) -> Option<Date> {
        let day = self.day(at, "assured_date", value)?;
        if day > self.options.today {
            self.report.skip_field(
                at,
                "assured_date",
                value,
                "the source cannot have verified it on a day that has not come",
            );
            return None;
        }
        Some(day)
    }

    /// The details as the source states them.
    pub(super) fn details(&mut self, at: &Origin, raw: &RawDetails) -> ServiceDetails {
        let mut d = ServiceDetails {
            eligibility: self.text(at, "eligibility_description", &raw.eligibility),
            minimum_age: self.age(at, "minimum_age", &raw.minimum_age),
            maximum_age: self.age(at, "maximum_age", &raw.maximum_age),
            application_process: self.text(at, "application_process", &raw.application_process),
            alert: self.text(at, "alert", &raw.alert),
            ..ServiceDetails::default()
        };
        if let (Some(min), Some(max)) = (d.minimum_age, d.maximum_age)
            && min > max
        {
            self.report.skip_field(
                at,
                "minimum_age",
                &format!("{min}-{max}"),
                "the minimum age is above the maximum age: neither is listed",
            );
            d.minimum_age = None;
            d.maximum_age = None;
        }
        if let Some((name, description)) = &raw.program {
            match some(name) {
                Some(name) => {
                    d.program = Some(Program {
                        name,
                        description: some(description),
                    })
                }
                None => {
                    self.report
                        .skip_field(at, "program", description, "the program has no name")
                }
            }
        }
        for c in &raw.cost_options {
            let option = CostOption {
                option: some(&c.option),
                amount: self.number(at, "cost_options.amount", &c.amount),
                currency: some(&c.currency),
                amount_description: some(&c.amount_description),
                valid_from: self.day(at, "cost_options.valid_from", &c.valid_from),
                valid_to: self.day(at, "cost_options.valid_to", &c.valid_to),
            };
            if option.option.is_some()
                || option.amount.is_some()
                || option.amount_description.is_some()
            {
                d.cost_options.push(option);
            }
        }
        for (document, uri) in &raw.documents {
            let Some(document) = self.text(at, "required_documents", document) else {
                continue;
            };
            let uri = self.url(at, "required_documents.uri", uri);
            d.documents.push(RequiredDocument { document, uri });
        }
        for (label, url) in &raw.urls {
            if let Some(url) = self.url(at, "additional_urls", url) {
                d.additional_urls.push(LabeledUrl {
                    label: some(label),
                    url,
                });
            }
        }
        d.service_areas = areas(&raw.areas);
        for c in &raw.capacities {
            let Some(available) = self.number(at, "capacities.available", &c.available) else {
                self.report.skip_field(
                    at,
                    "capacities",
                    &c.unit,
                    "a capacity without the number available is not listed",
                );
                continue;
            };
            let Some(unit) = some(&c.unit) else {
                self.report.skip_field(
                    at,
                    "capacities.unit",
                    "",
                    "a capacity that does not say what it counts is not listed",
                );
                continue;
            };
            let updated = match c.updated.trim().parse::<Timestamp>() {
                Ok(t) if jiff::tz::Offset::UTC.to_datetime(t).date() <= self.options.today => t,
                _ => {
                    self.report.skip_field(
                        at,
                        "capacities.updated",
                        &c.updated,
                        "a capacity needs the date-time it was true, not in the future",
                    );
                    continue;
                }
            };
            d.capacity.push(Capacity {
                available,
                maximum: self.number(at, "capacities.maximum", &c.maximum),
                unit,
                description: some(&c.description),
                updated,
            });
        }
        if let Some(day) = self.source_checked_on(at, &raw.assured_date) {
            let email = some(&raw.assurer_email).filter(|e| {
                let ok = e.contains('@') && !e.contains(char::is_whitespace) && e.len() <= 254;
                if !ok {
                    self.report
                        .skip_field(at, "assurer_email", e, "not an email address");
                }
                ok
            });
            d.assured = Some(Assurance {
                date: day,
                assurer_email: email,
            });
        }
        d
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_read_as_hsds_writes_them() {
        let day: Date = "2024-05-01".parse().unwrap();
        assert_eq!(date("2024-05-01"), Some(day));
        assert_eq!(date("2024-05-01T10:00:00Z"), Some(day));
        assert_eq!(date("May 1"), None);
    }
}
