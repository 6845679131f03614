//! The row-by-row account of what an import could not read, and why.

use std::fmt;

use serde::Serialize;

/// What happened to what could not be read.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Effect {
    /// The field was left out; the record was imported without it.
    FieldSkipped,
    /// The whole record was left out.
    RecordSkipped,
}

/// One thing that could not be read.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Entry {
    /// The table or document it came from (`services.csv`, `service`).
    pub table: String,
    /// The line of a CSV file (1 is the header), when there is one.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub line: Option<u64>,
    /// The record's id in the source.
    pub id: String,
    pub field: String,
    /// The value as found (cut to 80 characters).
    pub value: String,
    pub reason: String,
    pub effect: Effect,
}

/// What an import read, and everything it could not.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct Report {
    pub organizations: usize,
    pub services: usize,
    pub locations: usize,
    pub guides: usize,
    pub events: usize,
    pub entries: Vec<Entry>,
}

/// Where in the source a record came from.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(crate) struct Origin {
    pub table: String,
    pub line: Option<u64>,
    pub id: String,
}

impl Origin {
    pub(crate) fn new(table: &str, line: Option<u64>, id: &str) -> Origin {
        Origin {
            table: table.to_owned(),
            line,
            id: id.to_owned(),
        }
    }
}

impl Report {
    pub(crate) fn skip_field(&mut self, at: &Origin, field: &str, value: &str, reason: &str) {
        self.push(at, field, value, reason, Effect::FieldSkipped);
    }

    pub(crate) fn skip_record(&mut self, at: &Origin, field: &str, value: &str, reason: &str) {
        self.push(at, field, value, reason, Effect::RecordSkipped);
    }

    fn push(&mut self, at: &Origin, field: &str, value: &str, reason: &str, effect: Effect) {
        let mut value: String = value.trim().chars().take(80).collect();
        if value.len() < value.trim().len() {
            value.push('…');
        }
        self.entries.push(Entry {
            table: at.table.clone(),
            line: at.line,
            id: at.id.clone(),
            field: field.to_owned(),
            value,
            reason: reason.to_owned(),
            effect,
        });
    }

    /// Records left out entirely.
    pub fn records_skipped(&self) -> usize {
        self.entries
            .iter()
            .filter(|e| e.effect == Effect::RecordSkipped)
            .count()
    }

    /// How many entries give each reason, the commonest first.
    pub fn by_reason(&self) -> Vec<(&str, usize)> {
        let mut counts: Vec<(&str, usize)> = Vec::new();
        for entry in &self.entries {
            match counts.iter_mut().find(|(r, _)| *r == entry.reason) {
                Some((_, n)) => *n += 1,
                None => counts.push((&entry.reason, 1)),
            }
        }
        counts.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
        counts
    }

    /// Entries whose reason contains `text`, for callers (and tests) asking "why".
    pub fn with_reason<'a>(&'a self, text: &'a str) -> impl Iterator<Item = &'a Entry> + 'a {
        self.entries.iter().filter(move |e| e.reason.contains(text))
    }
}

/// Text from the data as it may be printed on an operator's terminal: control characters
/// (escape sequences, carriage returns, bidi overrides included) are written as `\u{..}`
/// escapes, so a record can never move the cursor, clear the screen or fake a line.
pub struct Printable<'a>(pub &'a str);

impl fmt::Display for Printable<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for c in self.0.chars() {
            if is_unprintable(c) {
                write!(f, "\\u{{{:x}}}", c as u32)?;
            } else {
                fmt::Write::write_char(f, c)?;
            }
        }
        Ok(())
    }
}

/// Control characters, and the format characters that reorder or hide text on a terminal.
fn is_unprintable(c: char) -> bool {
    c.is_control()
        || matches!(c, '\u{200b}'..='\u{200f}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}' | '\u{feff}')
}

impl fmt::Display for Entry {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let effect = match self.effect {
            Effect::FieldSkipped => "field skipped",
            Effect::RecordSkipped => "RECORD SKIPPED",
        };
        match self.line {
            Some(line) => write!(f, "{}:{line}", Printable(&self.table))?,
            None => write!(f, "{}", Printable(&self.table))?,
        }
        write!(
            f,
            " [{}] {}: {} ({effect})",
            Printable(&self.id),
            Printable(&self.field),
            Printable(&self.reason)
        )?;
        if !self.value.is_empty() {
            write!(f, ": {:?}", self.value)?;
        }
        Ok(())
    }
}

impl fmt::Display for Report {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        writeln!(
            f,
            "Read {} organizations, {} services, {} places, {} guides, {} events.",
            self.organizations, self.services, self.locations, self.guides, self.events
        )?;
        if self.entries.is_empty() {
            return writeln!(f, "Everything was read.");
        }
        writeln!(
            f,
            "{} things could not be read ({} records left out). By reason:",
            self.entries.len(),
            self.records_skipped()
        )?;
        for (reason, count) in self.by_reason() {
            writeln!(f, "  {count:>5}  {}", Printable(reason))?;
        }
        writeln!(f, "Row by row:")?;
        for entry in &self.entries {
            writeln!(f, "  {entry}")?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_report_counts_reasons_and_names_rows() {
        let mut report = Report::default();
        let at = Origin::new("phones.csv", Some(7), "p1");
        report.skip_field(&at, "phone", "call us", "not a phone number");
        report.skip_field(&at, "phone", "ask", "not a phone number");
        report.skip_record(
            &Origin::new("services.json", None, "s1"),
            "name",
            "",
            "no name",
        );
        assert_eq!(
            report.by_reason(),
            [("not a phone number", 2), ("no name", 1)]
        );
        assert_eq!(report.records_skipped(), 1);
        let text = report.to_string();
        assert!(
            text.contains(
                "phones.csv:7 [p1] phone: not a phone number (field skipped): \"call us\""
            ),
            "{text}"
        );
        assert!(
            text.contains("services.json [s1] name: no name (RECORD SKIPPED)"),
            "{text}"
        );
    }

    #[test]
    fn ids_from_the_data_cannot_write_terminal_escapes() {
        let mut report = Report::default();
        let id = "x\u{1b}[2J\u{1b}[31mFAKE: all records imported OK\r\u{202e}";
        report.skip_record(
            &Origin::new("services.json", None, id),
            "name",
            "\u{1b}[1m",
            "no name \u{7}",
        );
        let text = report.to_string();
        assert!(!text.contains('\u{1b}'), "{text:?}");
        assert!(!text.contains('\r'), "{text:?}");
        assert!(!text.contains('\u{7}'), "{text:?}");
        assert!(!text.contains('\u{202e}'), "{text:?}");
        assert!(
            text.contains("[x\\u{1b}[2J\\u{1b}[31mFAKE: all records imported OK\\u{d}\\u{202e}]"),
            "{text}"
        );
    }
}
