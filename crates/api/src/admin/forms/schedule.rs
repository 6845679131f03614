//! A schedule written as text (`mon-fri 09:00-17:00`, `2026-12-25 closed`), read into core
//! hours and written back; a line it cannot read is an error naming the line, never a guess.

use super::*;

/// Why a line of a schedule could not be read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ScheduleProblem {
    /// Not a day (`mon`, `mon-fri`, `sat,sun`, `daily`) or a date (`2026-12-25`).
    Day,
    /// Hours are not `09:00-17:00` (several separated by commas) or `closed`.
    Hours,
}

impl ScheduleProblem {
    pub fn message_id(self) -> &'static str {
        match self {
            ScheduleProblem::Day => "admin-error-schedule-day",
            ScheduleProblem::Hours => "admin-error-schedule-hours",
        }
    }
}

/// Day names in the page's language (`lunes`, `thứ hai`…), read besides the English ones.
pub type DayNames = [(String, Weekday)];

/// The page language's day names, from the `weekday-*` messages.
pub fn day_names(c: &Ctx) -> Vec<(String, Weekday)> {
    const IDS: [&str; 7] = [
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
        "sunday",
    ];
    IDS.iter()
        .zip(Weekday::ALL)
        .map(|(id, d)| (c.t(&format!("weekday-{id}")).to_lowercase(), d))
        .collect()
}

fn weekday(word: &str, names: &DayNames) -> Option<Weekday> {
    english_weekday(word).or_else(|| {
        // A day name of the page's language, or an unambiguous start of one (`lun`, `mié`).
        let w = word.to_lowercase();
        if w.chars().count() < 2 {
            return None;
        }
        let mut found = names.iter().filter(|(name, _)| name.starts_with(&w));
        match (found.next(), found.next()) {
            (Some((_, d)), None) => Some(*d),
            _ => None,
        }
    })
}

fn english_weekday(word: &str) -> Option<Weekday> {
    let w = word.to_ascii_lowercase();
    let names = [
        ("mo", "monday"),
        ("tu", "tuesday"),
        ("we", "wednesday"),
        ("th", "thursday"),
        ("fr", "friday"),
        ("sa", "saturday"),
        ("su", "sunday"),
    ];
    names
        .iter()
        .position(|(short, long)| w.len() >= 2 && w.starts_with(short) && long.starts_with(&w))
        .map(|i| Weekday::ALL[i])
}

fn days(word: &str, names: &DayNames) -> Option<Vec<Weekday>> {
    if matches!(word.to_ascii_lowercase().as_str(), "daily" | "every-day") {
        return Some(Weekday::ALL.to_vec());
    }
    let mut out = Vec::new();
    for part in word.split(',').filter(|p| !p.is_empty()) {
        match part.split_once('-') {
            Some((from, to)) => {
                let (from, to) = (weekday(from, names)?, weekday(to, names)?);
                let (a, b) = (
                    Weekday::ALL.iter().position(|d| *d == from)?,
                    Weekday::ALL.iter().position(|d| *d == to)?,
                );
                if b < a {
                    return None;
                }
                out.extend_from_slice(&Weekday::ALL[a..=b]);
            }
            None => out.push(weekday(part, names)?),
        }
    }
    (!out.is_empty()).then_some(out)
}

fn time(raw: &str) -> Option<Time> {
    let (h, m) = raw.trim().split_once(':')?;
    let (h, m): (i8, i8) = (h.parse().ok()?, m.parse().ok()?);
    if h == 24 && m == 0 {
        return Some(Time::midnight());
    }
    Time::new(h, m, 0, 0).ok()
}

/// `09:00-12:00, 13:00-17:00`.
fn ranges(raw: &str) -> Option<Vec<TimeRange>> {
    let mut out = Vec::new();
    for part in raw.split(',').map(str::trim).filter(|p| !p.is_empty()) {
        let (opens, closes) = part.split_once('-')?;
        out.push(TimeRange {
            opens: time(opens)?,
            closes: time(closes)?,
        });
    }
    (!out.is_empty()).then_some(out)
}

/// Splits `"09:00-12:00, 13:00-17:00 Christmas Eve"` into the hours and the note.
fn hours_and_note(rest: &str) -> (String, Option<String>) {
    let mut hours = String::new();
    let mut words = rest.split_whitespace().peekable();
    while let Some(w) = words.peek() {
        if w.chars().next().is_some_and(|ch| ch.is_ascii_digit()) || *w == "," {
            hours.push_str(w);
            hours.push(' ');
            words.next();
        } else {
            break;
        }
    }
    let note = words.collect::<Vec<_>>().join(" ");
    (hours, Some(note).filter(|n| !n.is_empty()))
}

/// Reads a schedule written one rule per line:
///
/// ```text
/// mon-fri 09:00-17:00
/// sat 10:00-12:00, 13:00-15:00
/// 2026-12-25 closed Christmas
/// 2026-12-24 09:00-12:00 Christmas Eve
/// ```
///
/// Days may also be named in the page's language (`names`). Blank lines and lines starting
/// with `#` are skipped. Returns the weekly hours and the dated
/// exceptions, or the first problem with its line number.
pub fn parse_schedule_text(
    text: &str,
    names: &DayNames,
) -> Result<(Vec<OpeningHours>, Vec<DatedException>), (usize, ScheduleProblem)> {
    let mut weekly = Vec::new();
    let mut exceptions = Vec::new();
    for (n, line) in lines(text) {
        let (head, rest) = line.split_once(char::is_whitespace).unwrap_or((line, ""));
        let rest = rest.trim();
        if let Ok(date) = head.parse::<Date>() {
            let (kind, note) = if rest
                .split_whitespace()
                .next()
                .is_some_and(|w| w.eq_ignore_ascii_case("closed"))
            {
                let note = rest.split_once(char::is_whitespace).map(|(_, n)| n.trim());
                (
                    ExceptionKind::Closed,
                    note.filter(|n| !n.is_empty()).map(str::to_owned),
                )
            } else {
                let (hours, note) = hours_and_note(rest);
                let hours = ranges(&hours).ok_or((n, ScheduleProblem::Hours))?;
                (ExceptionKind::Open { hours }, note)
            };
            exceptions.push(DatedException { date, kind, note });
            continue;
        }
        let days = days(head, names).ok_or((n, ScheduleProblem::Day))?;
        let hours = ranges(rest).ok_or((n, ScheduleProblem::Hours))?;
        for weekday in days {
            for h in &hours {
                weekly.push(OpeningHours { weekday, hours: *h });
            }
        }
    }
    Ok((weekly, exceptions))
}

fn short_day(d: Weekday) -> &'static str {
    ["mon", "tue", "wed", "thu", "fri", "sat", "sun"]
        [Weekday::ALL.iter().position(|x| *x == d).unwrap_or(0)]
}

fn hhmm(t: Time) -> String {
    format!("{:02}:{:02}", t.hour(), t.minute())
}

fn ranges_text(ranges: &[TimeRange]) -> String {
    ranges
        .iter()
        .map(|r| format!("{}-{}", hhmm(r.opens), hhmm(r.closes)))
        .collect::<Vec<_>>()
        .join(", ")
}

/// A schedule written back as the text [`parse_schedule_text`] reads, consecutive days with the
/// same hours joined (`mon-fri 09:00-17:00`).
pub fn schedule_text(schedule: &Schedule) -> String {
    let per_day: Vec<Vec<TimeRange>> = Weekday::ALL
        .iter()
        .map(|d| {
            schedule
                .weekly()
                .iter()
                .filter(|h| h.weekday == *d)
                .map(|h| h.hours)
                .collect()
        })
        .collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < 7 {
        if per_day[i].is_empty() {
            i += 1;
            continue;
        }
        let mut j = i;
        while j + 1 < 7 && per_day[j + 1] == per_day[i] {
            j += 1;
        }
        let days = if i == j {
            short_day(Weekday::ALL[i]).to_owned()
        } else {
            format!(
                "{}-{}",
                short_day(Weekday::ALL[i]),
                short_day(Weekday::ALL[j])
            )
        };
        out.push(format!("{days} {}", ranges_text(&per_day[i])));
        i = j + 1;
    }
    for e in schedule.exceptions() {
        let what = match &e.kind {
            ExceptionKind::Closed => "closed".to_owned(),
            ExceptionKind::Open { hours } => ranges_text(hours),
        };
        let note = e
            .note
            .as_deref()
            .map(|n| format!(" {n}"))
            .unwrap_or_default();
        out.push(format!("{} {what}{note}", e.date));
    }
    out.join("\n")
}

/// The schedule in field `name` read in `timezone`: `None` when the field is empty.
pub fn read_schedule(
    posted: &Posted,
    name: &'static str,
    timezone: &str,
    errors: &mut Errors,
    c: &Ctx,
) -> Option<Schedule> {
    let text = posted.get(name);
    if text.trim().is_empty() {
        return None;
    }
    match parse_schedule_text(text, &day_names(c)) {
        Ok((weekly, exceptions)) => match Schedule::new(timezone, weekly, exceptions) {
            Ok(s) => Some(s),
            Err(e) if e.field() == "timezone" => {
                errors.add("timezone", c.t("admin-error-timezone"));
                None
            }
            Err(e) => {
                errors.add(name, core_message(c, &e));
                None
            }
        },
        Err((line, problem)) => {
            errors.add(name, line_error(c, line, &c.t(problem.message_id())));
            None
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(text: &str, expect: &str) {
        let (weekly, exceptions) = parse_schedule_text(text, &[]).expect(text);
        let schedule = Schedule::new("America/Los_Angeles", weekly, exceptions).unwrap();
        assert_eq!(schedule_text(&schedule), expect, "{text}");
    }

    #[test]
    fn schedules_read_as_a_busy_editor_writes_them() {
        check("Mon-Fri 9:00-17:00", "mon-fri 09:00-17:00");
        check(
            "monday 09:00-12:00, 13:00-17:00\ntue 09:00-12:00,13:00-17:00\n\n# note\nsat 10:00-14:00",
            "mon-tue 09:00-12:00, 13:00-17:00\nsat 10:00-14:00",
        );
        check(
            "daily 00:00-24:00\n2026-12-25 closed Christmas Day\n2026-12-24 09:00-12:00 Christmas Eve",
            "mon-sun 00:00-00:00\n2026-12-24 09:00-12:00 Christmas Eve\n2026-12-25 closed Christmas Day",
        );
        check("sat,sun 22:00-02:00", "sat-sun 22:00-02:00");
    }

    #[test]
    fn days_may_be_named_in_the_pages_language() {
        let es: Vec<(String, Weekday)> = [
            "lunes",
            "martes",
            "miércoles",
            "jueves",
            "viernes",
            "sábado",
            "domingo",
        ]
        .iter()
        .zip(Weekday::ALL)
        .map(|(n, d)| ((*n).to_owned(), d))
        .collect();
        let (weekly, _) =
            parse_schedule_text("lun-vie 09:00-17:00\nSábado 10:00-12:00", &es).unwrap();
        let schedule = Schedule::new("America/Los_Angeles", weekly, vec![]).unwrap();
        assert_eq!(
            schedule_text(&schedule),
            "mon-fri 09:00-17:00\nsat 10:00-12:00"
        );
        assert_eq!(
            parse_schedule_text("m 09:00-10:00", &es).unwrap_err(),
            (1, ScheduleProblem::Day),
            "too short to tell"
        );
        assert!(
            parse_schedule_text("mar 09:00-10:00", &es).is_ok(),
            "martes, not miércoles"
        );
    }

    #[test]
    fn a_bad_line_is_named_with_its_problem() {
        let bad = |t: &str| parse_schedule_text(t, &[]).unwrap_err();
        assert_eq!(
            bad("mon-fri 09:00-17:00\nmox 9:00-10:00"),
            (2, ScheduleProblem::Day)
        );
        assert_eq!(bad("fri-mon 09:00-17:00"), (1, ScheduleProblem::Day));
        assert_eq!(bad("mon 9-5"), (1, ScheduleProblem::Hours));
        assert_eq!(bad("mon 25:00-26:00"), (1, ScheduleProblem::Hours));
        assert_eq!(bad("2026-12-24 sometime"), (1, ScheduleProblem::Hours));
        assert_eq!(bad("2026-13-24 closed"), (1, ScheduleProblem::Day));
    }
}
