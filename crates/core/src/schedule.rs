//! When a place or service is open: weekly hours in a location's IANA time zone, with dated
//! exceptions (holidays, closures, special hours).

use jiff::Timestamp;
use jiff::civil::{Date, Time};
use jiff::tz::TimeZone;
use serde::{Deserialize, Serialize};

use crate::{Error, ErrorKind, Result};

/// Opening and closing wall-clock times. A range whose `closes` is at or before `opens` runs
/// past midnight into the next day (22:00–02:00); 00:00–00:00 is the whole day.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct TimeRange {
    pub opens: Time,
    pub closes: Time,
}

impl TimeRange {
    fn overnight(self) -> bool {
        self.closes <= self.opens
    }

    /// Is `t` inside the part of this range that falls on the day it starts?
    fn contains_same_day(self, t: Time) -> bool {
        t >= self.opens && (self.overnight() || t < self.closes)
    }

    /// Is `t` inside the part of this range that spills into the next day?
    fn contains_next_day(self, t: Time) -> bool {
        self.overnight() && t < self.closes
    }
}

/// A day of the week (HSDS `byday` uses MO..SU; we spell it out).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Weekday {
    Monday,
    Tuesday,
    Wednesday,
    Thursday,
    Friday,
    Saturday,
    Sunday,
}

impl Weekday {
    pub const ALL: [Weekday; 7] = [
        Weekday::Monday,
        Weekday::Tuesday,
        Weekday::Wednesday,
        Weekday::Thursday,
        Weekday::Friday,
        Weekday::Saturday,
        Weekday::Sunday,
    ];

    fn as_jiff(self) -> jiff::civil::Weekday {
        match self {
            Weekday::Monday => jiff::civil::Weekday::Monday,
            Weekday::Tuesday => jiff::civil::Weekday::Tuesday,
            Weekday::Wednesday => jiff::civil::Weekday::Wednesday,
            Weekday::Thursday => jiff::civil::Weekday::Thursday,
            Weekday::Friday => jiff::civil::Weekday::Friday,
            Weekday::Saturday => jiff::civil::Weekday::Saturday,
            Weekday::Sunday => jiff::civil::Weekday::Sunday,
        }
    }
}

/// Regular hours on one weekday.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct OpeningHours {
    pub weekday: Weekday,
    #[serde(flatten)]
    pub hours: TimeRange,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case", tag = "kind")]
pub enum ExceptionKind {
    /// Closed all day.
    Closed,
    /// Open only during these hours that day.
    Open { hours: Vec<TimeRange> },
}

/// A date when the regular hours do not apply.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DatedException {
    pub date: Date,
    #[serde(flatten)]
    pub kind: ExceptionKind,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub note: Option<String>,
}

/// Weekly hours in a time zone, with dated exceptions.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(try_from = "RawSchedule", into = "RawSchedule")]
pub struct Schedule {
    timezone: String,
    #[serde(skip)]
    tz: TimeZone,
    weekly: Vec<OpeningHours>,
    exceptions: Vec<DatedException>,
}

#[derive(Serialize, Deserialize)]
struct RawSchedule {
    timezone: String,
    #[serde(default)]
    weekly: Vec<OpeningHours>,
    #[serde(default)]
    exceptions: Vec<DatedException>,
}

impl TryFrom<RawSchedule> for Schedule {
    type Error = Error;
    fn try_from(raw: RawSchedule) -> Result<Self> {
        Schedule::new(&raw.timezone, raw.weekly, raw.exceptions)
    }
}

impl From<Schedule> for RawSchedule {
    fn from(s: Schedule) -> Self {
        RawSchedule {
            timezone: s.timezone,
            weekly: s.weekly,
            exceptions: s.exceptions,
        }
    }
}

impl Schedule {
    pub fn new(
        timezone: &str,
        weekly: Vec<OpeningHours>,
        mut exceptions: Vec<DatedException>,
    ) -> Result<Self> {
        let tz = TimeZone::get(timezone).map_err(|_| {
            Error::invalid(
                ErrorKind::BadTimeZone,
                "timezone",
                format!("{timezone:?} is not an IANA time zone"),
            )
        })?;
        exceptions.sort_by_key(|e| e.date);
        if exceptions.windows(2).any(|w| w[0].date == w[1].date) {
            return Err(Error::invalid(
                ErrorKind::DuplicateDate,
                "exceptions",
                "two exceptions on the same date",
            ));
        }
        Ok(Schedule {
            timezone: timezone.to_owned(),
            tz,
            weekly,
            exceptions,
        })
    }

    /// Open every hour of every day (a 24/7 phone line).
    pub fn always_open(timezone: &str) -> Result<Self> {
        let midnight = Time::midnight();
        let weekly = Weekday::ALL
            .into_iter()
            .map(|weekday| OpeningHours {
                weekday,
                hours: TimeRange {
                    opens: midnight,
                    closes: midnight,
                },
            })
            .collect();
        Schedule::new(timezone, weekly, Vec::new())
    }

    pub fn timezone(&self) -> &str {
        &self.timezone
    }

    pub fn weekly(&self) -> &[OpeningHours] {
        &self.weekly
    }

    pub fn exceptions(&self) -> &[DatedException] {
        &self.exceptions
    }

    /// The hours that apply on a local date: its exception if it has one, else its weekday's.
    fn ranges_on(&self, date: Date) -> Vec<TimeRange> {
        match self.exceptions.iter().find(|e| e.date == date) {
            Some(DatedException {
                kind: ExceptionKind::Closed,
                ..
            }) => Vec::new(),
            Some(DatedException {
                kind: ExceptionKind::Open { hours },
                ..
            }) => hours.clone(),
            None => self
                .weekly
                .iter()
                .filter(|h| h.weekday.as_jiff() == date.weekday())
                .map(|h| h.hours)
                .collect(),
        }
    }

    /// The hours it keeps on the local day that `instant` falls on in its own time zone (a
    /// dated exception's, else its weekday's); empty when it is closed that day.
    pub fn hours_on_day_of(&self, instant: Timestamp) -> Vec<TimeRange> {
        self.ranges_on(instant.to_zoned_datetime(self.tz.clone()).date())
    }

    /// Is it open at this instant, judged by the wall clock in the schedule's time zone?
    pub fn is_open_at(&self, instant: Timestamp) -> bool {
        let local = instant.to_zoned_datetime(self.tz.clone());
        self.is_open_local(local.date(), local.time())
    }

    /// Is it open at this wall-clock date and time of its own time zone? For callers checking
    /// many schedules at one instant, who convert the instant once per time zone.
    pub fn is_open_local(&self, date: Date, time: Time) -> bool {
        if self
            .ranges_on(date)
            .iter()
            .any(|r| r.contains_same_day(time))
        {
            return true;
        }
        date.yesterday()
            .map(|yesterday| {
                self.ranges_on(yesterday)
                    .iter()
                    .any(|r| r.contains_next_day(time))
            })
            .unwrap_or(false)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn weekday_hours(opens: &str, closes: &str) -> Vec<OpeningHours> {
        [
            Weekday::Monday,
            Weekday::Tuesday,
            Weekday::Wednesday,
            Weekday::Thursday,
            Weekday::Friday,
        ]
        .into_iter()
        .map(|weekday| OpeningHours {
            weekday,
            hours: TimeRange {
                opens: opens.parse().unwrap(),
                closes: closes.parse().unwrap(),
            },
        })
        .collect()
    }

    fn check(schedule: &Schedule, instant: &str, expect: bool) {
        let at: Timestamp = instant.parse().unwrap();
        assert_eq!(schedule.is_open_at(at), expect, "{instant}");
    }

    #[test]
    fn opening_hours_are_read_in_the_locations_time_zone() {
        let s = Schedule::new(
            "America/Los_Angeles",
            weekday_hours("09:00", "17:00"),
            vec![],
        )
        .unwrap();
        // Tuesday 2026-11-24 09:30 in San José is 17:30 UTC.
        check(&s, "2026-11-24T17:30:00Z", true);
        // 08:30 local.
        check(&s, "2026-11-24T16:30:00Z", false);
        // 17:00 local: closed (closing time is exclusive).
        check(&s, "2026-11-25T01:00:00Z", false);
        // Saturday.
        check(&s, "2026-11-28T18:00:00Z", false);
    }

    #[test]
    fn daylight_saving_changes_do_not_shift_the_hours() {
        let s = Schedule::new("America/New_York", weekday_hours("09:00", "17:00"), vec![]).unwrap();
        // 09:30 in July (EDT, UTC-4) and in December (EST, UTC-5).
        check(&s, "2026-07-14T13:30:00Z", true);
        check(&s, "2026-12-15T14:30:00Z", true);
        check(&s, "2026-12-15T13:30:00Z", false);
    }

    #[test]
    fn dated_exceptions_override_the_week() {
        let closed = DatedException {
            date: "2026-11-26".parse().unwrap(),
            kind: ExceptionKind::Closed,
            note: Some("Thanksgiving".into()),
        };
        let short = DatedException {
            date: "2026-11-27".parse().unwrap(),
            kind: ExceptionKind::Open {
                hours: vec![TimeRange {
                    opens: "10:00".parse().unwrap(),
                    closes: "12:00".parse().unwrap(),
                }],
            },
            note: None,
        };
        let s = Schedule::new(
            "America/Los_Angeles",
            weekday_hours("09:00", "17:00"),
            vec![closed, short],
        )
        .unwrap();
        check(&s, "2026-11-26T18:00:00Z", false);
        check(&s, "2026-11-27T18:30:00Z", true); // 10:30 local
        check(&s, "2026-11-27T21:00:00Z", false); // 13:00 local
    }

    #[test]
    fn overnight_hours_and_always_open() {
        let late = Schedule::new("Europe/Madrid", weekday_hours("22:00", "02:00"), vec![]).unwrap();
        // Friday 2026-11-27 23:00 and Saturday 01:00 Madrid (UTC+1).
        check(&late, "2026-11-27T22:00:00Z", true);
        check(&late, "2026-11-28T00:00:00Z", true);
        check(&late, "2026-11-28T02:00:00Z", false);
        let always = Schedule::always_open("America/Los_Angeles").unwrap();
        check(&always, "2026-11-29T11:59:00Z", true);
    }

    #[test]
    fn refuses_unknown_time_zones_and_round_trips_json() {
        assert!(Schedule::new("Mars/Olympus", vec![], vec![]).is_err());
        let s = Schedule::always_open("America/Chicago").unwrap();
        let json = serde_json::to_string(&s).unwrap();
        assert_eq!(serde_json::from_str::<Schedule>(&json).unwrap(), s);
    }
}
