//! Hours: HSDS `schedule` rows as a core [`Schedule`] of weekly hours and dated exceptions
//! (holidays). Must never guess hours: rows whose days, clock times or dates are unclear are
//! reported and left out.

use vecino_core::{DatedException, ExceptionKind, OpeningHours, Schedule, TimeRange};

use super::Mapper;
use crate::parse;
use crate::raw::RawSchedule;
use crate::report::Origin;

impl Mapper<'_> {
    pub(super) fn schedule(&mut self, raws: &[RawSchedule], timezone: &str) -> Option<Schedule> {
        let mut weekly: Vec<OpeningHours> = Vec::new();
        let mut exceptions: Vec<DatedException> = Vec::new();
        for raw in raws {
            let at = &raw.at;
            if !raw.start_date.is_empty() {
                self.exception(raw, &mut exceptions);
                continue;
            }
            if !raw.freq.is_empty() && !raw.freq.eq_ignore_ascii_case("weekly") {
                self.report
                    .skip_field(at, "freq", &raw.freq, "only weekly hours are read");
                continue;
            }
            let Some(days) = parse::weekdays(&raw.days) else {
                let value = if raw.days.is_empty() {
                    format!("{} {}", raw.opens_at, raw.closes_at)
                } else {
                    raw.days.clone()
                };
                self.report.skip_field(
                    at,
                    "schedule",
                    &value,
                    if raw.days.is_empty() {
                        "hours without the days they apply to"
                    } else {
                        "not a day of the week"
                    },
                );
                continue;
            };
            let Some(hours) = self.range(at, &raw.opens_at, &raw.closes_at) else {
                continue;
            };
            for weekday in days {
                let opening = OpeningHours { weekday, hours };
                if !weekly.contains(&opening) {
                    weekly.push(opening);
                }
            }
        }
        if weekly.is_empty() && exceptions.is_empty() {
            return None;
        }
        match Schedule::new(timezone, weekly, exceptions) {
            Ok(s) => Some(s),
            Err(e) => {
                if let Some(raw) = raws.first() {
                    self.report
                        .skip_field(&raw.at, "schedule", "", &e.to_string());
                }
                None
            }
        }
    }

    fn range(&mut self, at: &Origin, opens: &str, closes: &str) -> Option<TimeRange> {
        if opens.to_lowercase().contains("24 hours") {
            let midnight = jiff::civil::Time::midnight();
            return Some(TimeRange {
                opens: midnight,
                closes: midnight,
            });
        }
        let (Some(o), Some(c)) = (parse::time(opens), parse::time(closes)) else {
            self.report.skip_field(
                at,
                "schedule",
                &format!("{opens}–{closes}"),
                "not opening and closing clock times",
            );
            return None;
        };
        // Past midnight only from an evening start (a night shelter); 9am–03:00 is a typo.
        if c <= o && c != jiff::civil::Time::midnight() && o.hour() < 12 {
            self.report.skip_field(
                at,
                "schedule",
                &format!("{opens}–{closes}"),
                "closes before it opens",
            );
            return None;
        }
        Some(TimeRange {
            opens: o,
            closes: c,
        })
    }

    fn exception(&mut self, raw: &RawSchedule, out: &mut Vec<DatedException>) {
        let at = &raw.at;
        let end_text = if raw.end_date.is_empty() {
            &raw.start_date
        } else {
            &raw.end_date
        };
        let (Some(start), Some(end)) = (parse::date(&raw.start_date), parse::date(end_text)) else {
            self.report.skip_field(
                at,
                "holiday",
                &format!("{} – {}", raw.start_date, end_text),
                "not a calendar date (a year 0001 'every year' date cannot be kept)",
            );
            return;
        };
        let days = start.until(end).map(|s| s.get_days()).unwrap_or(-1);
        if !(0..=62).contains(&days) {
            self.report.skip_field(
                at,
                "holiday",
                &format!("{start} – {end}"),
                "the dates run backwards or span more than two months",
            );
            return;
        }
        let kind = if raw.closed == Some(true) {
            ExceptionKind::Closed
        } else {
            match self.range(at, &raw.opens_at, &raw.closes_at) {
                Some(hours) => ExceptionKind::Open { hours: vec![hours] },
                None => return,
            }
        };
        let mut date = start;
        loop {
            if out.iter().any(|e| e.date == date) {
                self.report.skip_field(
                    at,
                    "holiday",
                    &date.to_string(),
                    "a second exception that day",
                );
            } else {
                out.push(DatedException {
                    date,
                    kind: kind.clone(),
                    note: None,
                });
            }
            if date >= end {
                break;
            }
            match date.tomorrow() {
                Ok(next) => date = next,
                Err(_) => break,
            }
        }
    }
}
