//! A service form's HSDS 3.1 depth and its "is it safe for me" facts: the fields and their
//! readers. Lists are written one per line with `|` between parts, like phones and sources.
//! A reader keeps what is stored when a line is unchanged (a document's translations, a
//! price's dates) and a document's translations, stale, when its line is edited in place;
//! it never guesses a fact, and puts what it cannot read on its field.

use jiff::Timestamp;
use jiff::civil::Date;
use vecino_core::{
    AsksStatus, Capacity, CostOption, IdNeeded, Known, LabeledUrl, LocaleTag, LocalizedText,
    Program, PublicCharge, RequiredDocument, SafetyFacts, Service, ServiceArea, ServiceDetails,
    Source, WebUrl,
};

use super::{Errors, Field, Opt, Posted, line_error, lines, read_optional_text};
use crate::web::ctx::Ctx;

/// One safety fact's four fields: value, source title, source address, day checked.
struct FactFields {
    value: &'static str,
    title: &'static str,
    url: &'static str,
    checked: &'static str,
}

const ASKS_STATUS: FactFields = FactFields {
    value: "asks_status",
    title: "asks_status_source",
    url: "asks_status_url",
    checked: "asks_status_checked",
};
const ID_NEEDED: FactFields = FactFields {
    value: "id_needed",
    title: "id_needed_source",
    url: "id_needed_url",
    checked: "id_needed_checked",
};
const SSN_NEEDED: FactFields = FactFields {
    value: "ssn_needed",
    title: "ssn_needed_source",
    url: "ssn_needed_url",
    checked: "ssn_needed_checked",
};
const REGARDLESS: FactFields = FactFields {
    value: "regardless_of_status",
    title: "regardless_of_status_source",
    url: "regardless_of_status_url",
    checked: "regardless_of_status_checked",
};
const PUBLIC_CHARGE: FactFields = FactFields {
    value: "public_charge",
    title: "public_charge_source",
    url: "public_charge_url",
    checked: "public_charge_checked",
};

fn source_text(t: Option<&LocalizedText>) -> String {
    t.map(|t| t.source_text().to_owned()).unwrap_or_default()
}

fn text_field(c: &Ctx, name: &'static str, t: Option<&LocalizedText>, rows: u8) -> Field {
    Field::new(c, name, "textarea", source_text(t))
        .rows(rows)
        .free_text()
}

fn lines_field(c: &Ctx, name: &'static str, value: String) -> Field {
    Field::new(c, name, "textarea", value)
        .rows(3)
        .hint(c.t(&format!("admin-hint-{name}")))
}

/// `a | b | c` with trailing empty parts left off.
fn joined(parts: &[String]) -> String {
    let used = parts.iter().rposition(|x| !x.is_empty()).unwrap_or(0);
    parts[..=used].join(" | ")
}

fn number(n: f64) -> String {
    n.to_string()
}

/// The choices of a fact: "unknown" first, then each value.
fn choices(c: &Ctx, prefix: &str, values: &[&'static str], chosen: Option<&str>) -> Vec<Opt> {
    let mut out = vec![Opt {
        value: String::new(),
        label: c.t("admin-fact-unknown"),
        selected: chosen.is_none(),
    }];
    out.extend(values.iter().map(|v| Opt {
        value: (*v).to_owned(),
        label: c.t(&format!("{prefix}-{v}")),
        selected: chosen == Some(*v),
    }));
    out
}

fn fact_fields<T>(
    c: &Ctx,
    f: &FactFields,
    known: Option<&Known<T>>,
    options: Vec<Opt>,
) -> [Field; 4] {
    let label = c.t(&format!("admin-field-{}", f.value));
    [
        Field::new(c, f.value, "select", "")
            .options(options)
            .hint(c.t("admin-hint-fact")),
        Field::new(
            c,
            f.title,
            "text",
            known.map(|k| k.source.title.clone()).unwrap_or_default(),
        )
        .label(c.t1("admin-field-fact-source", "fact", &label)),
        Field::new(
            c,
            f.url,
            "url",
            known.map(|k| k.source.url.to_string()).unwrap_or_default(),
        )
        .label(c.t1("admin-field-fact-url", "fact", &label)),
        Field::new(
            c,
            f.checked,
            "date",
            known.map(|k| k.checked.to_string()).unwrap_or_default(),
        )
        .label(c.t1("admin-field-fact-checked", "fact", &label)),
    ]
}

const YES_NO: &[&str] = &["yes", "no"];

fn yes_no(b: Option<bool>) -> Option<&'static str> {
    b.map(|b| if b { "yes" } else { "no" })
}

/// The fields of a service's details, safety facts and review interval, filled from `s`.
pub fn detail_fields(c: &Ctx, s: Option<&Service>) -> Vec<Field> {
    let d = s.map(|s| &s.details);
    let safety = s.map(|s| &s.safety);
    let mut f = vec![
        text_field(c, "alert", d.and_then(|d| d.alert.as_ref()), 2),
        text_field(c, "eligibility", d.and_then(|d| d.eligibility.as_ref()), 3),
        Field::new(
            c,
            "minimum_age",
            "text",
            d.and_then(|d| d.minimum_age)
                .map(|a| a.to_string())
                .unwrap_or_default(),
        ),
        Field::new(
            c,
            "maximum_age",
            "text",
            d.and_then(|d| d.maximum_age)
                .map(|a| a.to_string())
                .unwrap_or_default(),
        ),
        text_field(c, "fees", d.and_then(|d| d.fees.as_ref()), 2),
        lines_field(
            c,
            "cost_options",
            d.map(|d| {
                d.cost_options
                    .iter()
                    .map(|o| {
                        joined(&[
                            o.option.clone().unwrap_or_default(),
                            o.amount.map(number).unwrap_or_default(),
                            o.currency.clone().unwrap_or_default(),
                            o.amount_description.clone().unwrap_or_default(),
                        ])
                    })
                    .collect::<Vec<_>>()
                    .join("\n")
            })
            .unwrap_or_default(),
        ),
        lines_field(
            c,
            "documents",
            d.map(|d| {
                d.documents
                    .iter()
                    .map(|doc| {
                        joined(&[
                            doc.document.source_text().to_owned(),
                            doc.uri
                                .as_ref()
                                .map(ToString::to_string)
                                .unwrap_or_default(),
                        ])
                    })
                    .collect::<Vec<_>>()
                    .join("\n")
            })
            .unwrap_or_default(),
        )
        .free_text(),
        text_field(
            c,
            "application_process",
            d.and_then(|d| d.application_process.as_ref()),
            3,
        ),
        Field::new(
            c,
            "program",
            "text",
            d.and_then(|d| d.program.as_ref())
                .map(|p| joined(&[p.name.clone(), p.description.clone().unwrap_or_default()]))
                .unwrap_or_default(),
        )
        .hint(c.t("admin-hint-program")),
        lines_field(
            c,
            "additional_urls",
            d.map(|d| {
                d.additional_urls
                    .iter()
                    .map(|u| match &u.label {
                        Some(l) => format!("{l} | {}", u.url),
                        None => u.url.to_string(),
                    })
                    .collect::<Vec<_>>()
                    .join("\n")
            })
            .unwrap_or_default(),
        ),
        areas_field(c, "service_areas", d.map_or(&[][..], |d| &d.service_areas)),
        lines_field(
            c,
            "capacity",
            d.map(|d| {
                d.capacity
                    .iter()
                    .map(|k| {
                        joined(&[
                            number(k.available),
                            k.maximum.map(number).unwrap_or_default(),
                            k.unit.clone(),
                            k.updated.to_string(),
                            k.description.clone().unwrap_or_default(),
                        ])
                    })
                    .collect::<Vec<_>>()
                    .join("\n")
            })
            .unwrap_or_default(),
        ),
        Field::new(
            c,
            "review_interval_days",
            "text",
            s.and_then(|s| s.review_interval_days)
                .map(|d| d.to_string())
                .unwrap_or_default(),
        )
        .hint(c.t("admin-hint-review_interval_days")),
    ];
    let asks = safety.and_then(|s| s.asks_status.as_ref());
    f.extend(fact_fields(
        c,
        &ASKS_STATUS,
        asks,
        choices(
            c,
            "admin-asks-status",
            &["no", "yes", "some-programs"],
            asks.map(|k| k.value.slug()),
        ),
    ));
    let id = safety.and_then(|s| s.id_needed.as_ref());
    f.extend(fact_fields(
        c,
        &ID_NEEDED,
        id,
        choices(
            c,
            "admin-id-needed",
            &["none", "any-id", "government-id"],
            id.map(|k| k.value.slug()),
        ),
    ));
    let ssn = safety.and_then(|s| s.ssn_needed.as_ref());
    f.extend(fact_fields(
        c,
        &SSN_NEEDED,
        ssn,
        choices(c, "admin-answer", YES_NO, yes_no(ssn.map(|k| k.value))),
    ));
    let regardless = safety.and_then(|s| s.regardless_of_status.as_ref());
    f.extend(fact_fields(
        c,
        &REGARDLESS,
        regardless,
        choices(
            c,
            "admin-answer",
            YES_NO,
            yes_no(regardless.map(|k| k.value)),
        ),
    ));
    let charge = safety.and_then(|s| s.public_charge.as_ref());
    f.extend(fact_fields(
        c,
        &PUBLIC_CHARGE,
        charge,
        choices(
            c,
            "admin-public-charge",
            &["not-considered", "may-be-considered"],
            charge.map(|k| k.value.slug()),
        ),
    ));
    f.push(text_field(
        c,
        "public_charge_note",
        safety.and_then(|s| s.public_charge_note.as_ref()),
        2,
    ));
    f
}

/// A whole number in `range`, or none when empty.
fn read_number<T: std::str::FromStr + PartialOrd>(
    p: &Posted,
    name: &'static str,
    range: std::ops::RangeInclusive<T>,
    e: &mut Errors,
    c: &Ctx,
) -> Option<T> {
    let raw = p.opt(name)?;
    match raw.parse::<T>() {
        Ok(n) if range.contains(&n) => Some(n),
        _ => {
            e.add(name, c.t("admin-error-number"));
            None
        }
    }
}

/// A part of a line, `None` when empty.
fn part(parts: &[&str], i: usize) -> Option<String> {
    parts
        .get(i)
        .map(|s| s.trim())
        .filter(|s| !s.is_empty())
        .map(str::to_owned)
}

fn split(line: &str) -> Vec<&str> {
    line.split('|').map(str::trim).collect()
}

fn read_amount(raw: Option<String>) -> Result<Option<f64>, ()> {
    match raw {
        None => Ok(None),
        Some(r) => match r.replace(',', ".").parse::<f64>() {
            Ok(a) if a.is_finite() && a >= 0.0 => Ok(Some(a)),
            _ => Err(()),
        },
    }
}

fn read_cost_options(
    p: &Posted,
    stored: &[CostOption],
    e: &mut Errors,
    c: &Ctx,
) -> Vec<CostOption> {
    let mut out = Vec::new();
    for (n, line) in lines(p.get("cost_options")) {
        let parts = split(line);
        let amount = read_amount(part(&parts, 1));
        let currency = part(&parts, 2).map(|c| c.to_ascii_uppercase());
        let currency_ok = currency
            .as_deref()
            .is_none_or(|c| c.len() == 3 && c.chars().all(|ch| ch.is_ascii_alphabetic()));
        let (Ok(amount), true, true) = (amount, currency_ok, parts.len() <= 4) else {
            e.add(
                "cost_options",
                line_error(c, n, &c.t("admin-error-cost-line")),
            );
            continue;
        };
        let option = CostOption {
            option: part(&parts, 0),
            amount,
            currency,
            amount_description: part(&parts, 3),
            valid_from: None,
            valid_to: None,
        };
        // An unchanged price keeps the dates it is valid between.
        let same = stored.iter().find(|s| {
            s.option == option.option
                && s.amount == option.amount
                && s.currency == option.currency
                && s.amount_description == option.amount_description
        });
        out.push(same.cloned().unwrap_or(option));
    }
    out
}

/// The text of the document posted on line `at` (0-based) of `posted`. An unchanged document
/// keeps its translations; a document whose text changed in place (the stored document at
/// that line is not posted anywhere) keeps them too, now stale, as a changed description
/// does; any other line is a new document.
fn document_text(
    stored: &[RequiredDocument],
    posted: &[&str],
    at: usize,
    locale: &LocaleTag,
) -> vecino_core::Result<LocalizedText> {
    let text = posted[at];
    if let Some(same) = stored.iter().find(|d| d.document.source_text() == text) {
        return Ok(same.document.clone());
    }
    let edited = stored
        .get(at)
        .filter(|d| !posted.contains(&d.document.source_text()));
    super::set_text(edited.map(|d| &d.document), locale, text)
}

fn read_documents(
    p: &Posted,
    stored: &[RequiredDocument],
    locale: &LocaleTag,
    e: &mut Errors,
    c: &Ctx,
) -> Vec<RequiredDocument> {
    let mut read = Vec::new();
    for (n, line) in lines(p.get("documents")) {
        // The address is the part after the last `|`, when it is one.
        let (text, uri) = match line.rsplit_once('|') {
            Some((text, url)) => match WebUrl::parse(url.trim()) {
                Ok(u) => (text.trim(), Some(u)),
                Err(_) => {
                    e.add("documents", line_error(c, n, &c.t("admin-error-url")));
                    continue;
                }
            },
            None => (line, None),
        };
        read.push((n, text, uri));
    }
    let posted: Vec<&str> = read.iter().map(|(_, text, _)| *text).collect();
    let mut out = Vec::new();
    for (at, (n, _, uri)) in read.into_iter().enumerate() {
        match document_text(stored, &posted, at, locale) {
            Ok(document) => out.push(RequiredDocument { document, uri }),
            Err(_) => e.add("documents", line_error(c, n, &c.t("admin-error-required"))),
        }
    }
    out
}

fn read_program(p: &Posted, e: &mut Errors, c: &Ctx) -> Option<Program> {
    let raw = p.opt("program")?;
    let parts = split(&raw);
    match (part(&parts, 0), parts.len() <= 2) {
        (Some(name), true) => Some(Program {
            name,
            description: part(&parts, 1),
        }),
        _ => {
            e.add("program", c.t("admin-error-invalid"));
            None
        }
    }
}

fn read_urls(p: &Posted, e: &mut Errors, c: &Ctx) -> Vec<LabeledUrl> {
    let mut out = Vec::new();
    for (n, line) in lines(p.get("additional_urls")) {
        let (label, url) = match line.rsplit_once('|') {
            Some((l, u)) => (
                Some(l.trim().to_owned()).filter(|l| !l.is_empty()),
                u.trim(),
            ),
            None => (None, line),
        };
        match WebUrl::parse(url) {
            Ok(url) => out.push(LabeledUrl { label, url }),
            Err(_) => e.add("additional_urls", line_error(c, n, &c.t("admin-error-url"))),
        }
    }
    out
}

/// Areas served, one per line as `name | description`: the service's (`service_areas`) or
/// a place's own (`place_areas`).
pub fn areas_field(c: &Ctx, name: &'static str, areas: &[ServiceArea]) -> Field {
    lines_field(
        c,
        name,
        areas
            .iter()
            .map(|a| joined(&[a.name.clone(), a.description.clone().unwrap_or_default()]))
            .collect::<Vec<_>>()
            .join("\n"),
    )
}

/// The areas typed in the field `name` (see [`areas_field`]); a line with more than a name
/// and a description is refused.
pub fn read_areas(p: &Posted, name: &'static str, e: &mut Errors, c: &Ctx) -> Vec<ServiceArea> {
    let mut out = Vec::new();
    for (n, line) in lines(p.get(name)) {
        let parts = split(line);
        match (part(&parts, 0), parts.len() <= 2) {
            (Some(area), true) => out.push(ServiceArea {
                name: area,
                description: part(&parts, 1),
            }),
            _ => e.add(name, line_error(c, n, &c.t("admin-error-invalid"))),
        }
    }
    out
}

/// A moment typed as `2026-12-01T10:00:00Z` or a day (`2026-12-01`, midnight UTC).
fn read_moment(raw: &str) -> Option<Timestamp> {
    raw.parse::<Timestamp>().ok().or_else(|| {
        raw.parse::<Date>()
            .ok()
            .and_then(|d| jiff::tz::Offset::UTC.to_timestamp(d.at(0, 0, 0, 0)).ok())
    })
}

fn read_capacity(p: &Posted, e: &mut Errors, c: &Ctx) -> Vec<Capacity> {
    let mut out = Vec::new();
    for (n, line) in lines(p.get("capacity")) {
        let parts = split(line);
        let available = read_amount(part(&parts, 0)).ok().flatten();
        let maximum = read_amount(part(&parts, 1));
        let unit = part(&parts, 2);
        let updated = part(&parts, 3).and_then(|u| read_moment(&u));
        match (available, maximum, unit, updated, parts.len() <= 5) {
            (Some(available), Ok(maximum), Some(unit), Some(updated), true) => out.push(Capacity {
                available,
                maximum,
                unit,
                description: part(&parts, 4),
                updated,
            }),
            _ => e.add(
                "capacity",
                line_error(c, n, &c.t("admin-error-capacity-line")),
            ),
        }
    }
    out
}

/// One fact: all four fields, or none (unknown). The day cannot be after `today`.
fn read_fact<T>(
    p: &Posted,
    f: &FactFields,
    parse: impl Fn(&str) -> Option<T>,
    today: Date,
    e: &mut Errors,
    c: &Ctx,
) -> Option<Known<T>> {
    let value = p.opt(f.value);
    let (title, url, checked) = (p.opt(f.title), p.opt(f.url), p.opt(f.checked));
    let Some(raw) = value else {
        if title.is_some() || url.is_some() || checked.is_some() {
            e.add(f.value, c.t("admin-error-fact-unknown-with-source"));
        }
        return None;
    };
    let Some(value) = parse(&raw) else {
        e.add(f.value, c.t("admin-error-invalid"));
        return None;
    };
    let source = match (title, url) {
        (Some(t), Some(u)) => match Source::new(&t, &u) {
            Ok(s) => Some(s),
            Err(_) => {
                e.add(f.url, c.t("admin-error-url"));
                None
            }
        },
        (None, _) => {
            e.add(f.title, c.t("admin-error-fact-source"));
            None
        }
        (_, None) => {
            e.add(f.url, c.t("admin-error-fact-source"));
            None
        }
    };
    let checked = match checked.map(|d| d.parse::<Date>()) {
        Some(Ok(d)) if d > today => {
            e.add(f.checked, c.t("admin-error-date-future"));
            None
        }
        Some(Ok(d)) => Some(d),
        _ => {
            e.add(f.checked, c.t("admin-error-date"));
            None
        }
    };
    Some(Known {
        value,
        source: source?,
        checked: checked?,
    })
}

fn read_yes_no(raw: &str) -> Option<bool> {
    match raw {
        "yes" => Some(true),
        "no" => Some(false),
        _ => None,
    }
}

/// What the details fields say, over the stored service `s` (kept: the assurance, which
/// only an import brings), with `locale` for new texts and `today` for the days facts were
/// checked. Errors go on their fields.
pub fn read_details(
    c: &Ctx,
    p: &Posted,
    s: Option<&Service>,
    locale: &LocaleTag,
    today: Date,
    e: &mut Errors,
) -> (ServiceDetails, SafetyFacts, Option<u16>) {
    let d = s.map(|s| &s.details);
    let text = |name: &'static str, t: Option<&LocalizedText>, e: &mut Errors| {
        read_optional_text(p, name, t, locale, e, c)
    };
    let details = ServiceDetails {
        eligibility: text("eligibility", d.and_then(|d| d.eligibility.as_ref()), e),
        minimum_age: read_number(p, "minimum_age", 0..=120, e, c),
        maximum_age: read_number(p, "maximum_age", 0..=120, e, c),
        fees: text("fees", d.and_then(|d| d.fees.as_ref()), e),
        cost_options: read_cost_options(p, d.map_or(&[][..], |d| &d.cost_options), e, c),
        documents: read_documents(p, d.map_or(&[][..], |d| &d.documents), locale, e, c),
        application_process: text(
            "application_process",
            d.and_then(|d| d.application_process.as_ref()),
            e,
        ),
        alert: text("alert", d.and_then(|d| d.alert.as_ref()), e),
        program: read_program(p, e, c),
        additional_urls: read_urls(p, e, c),
        service_areas: read_areas(p, "service_areas", e, c),
        capacity: read_capacity(p, e, c),
        assured: d.and_then(|d| d.assured.clone()),
    };
    let stored = s.map(|s| &s.safety);
    let safety = SafetyFacts {
        asks_status: read_fact(p, &ASKS_STATUS, AsksStatus::parse, today, e, c),
        id_needed: read_fact(p, &ID_NEEDED, IdNeeded::parse, today, e, c),
        ssn_needed: read_fact(p, &SSN_NEEDED, read_yes_no, today, e, c),
        regardless_of_status: read_fact(p, &REGARDLESS, read_yes_no, today, e, c),
        public_charge: read_fact(p, &PUBLIC_CHARGE, PublicCharge::parse, today, e, c),
        public_charge_note: text(
            "public_charge_note",
            stored.and_then(|s| s.public_charge_note.as_ref()),
            e,
        ),
    };
    let interval = read_number(p, "review_interval_days", 1..=3650, e, c);
    (details, safety, interval)
}

#[cfg(test)]
mod tests {
    use super::*;
    use vecino_core::{Provenance, Translation, content_hash};

    fn en() -> LocaleTag {
        LocaleTag::parse("en").unwrap()
    }

    fn translated(source: &str) -> RequiredDocument {
        let mut document = LocalizedText::original(en(), source).unwrap();
        document
            .set_translation(
                LocaleTag::parse("es").unwrap(),
                Translation {
                    text: format!("es: {source}"),
                    provenance: Provenance::Human,
                    source_hash: Some(content_hash(source)),
                    reviewer: None,
                    reviewed_at: None,
                },
            )
            .unwrap();
        RequiredDocument {
            document,
            uri: None,
        }
    }

    /// Each posted line's (source, Spanish text, whether the Spanish is stale).
    fn check(stored: &[&str], posted: &[&str], expect: &[(&str, Option<&str>, bool)]) {
        let stored: Vec<_> = stored.iter().map(|s| translated(s)).collect();
        let es = LocaleTag::parse("es").unwrap();
        let got: Vec<_> = (0..posted.len())
            .map(|at| {
                let t = document_text(&stored, posted, at, &en()).unwrap();
                let spanish = t.get("es").map(|x| x.text.clone());
                (t.source_text().to_owned(), spanish, t.is_stale(&es))
            })
            .collect();
        let expect: Vec<_> = expect
            .iter()
            .map(|(s, es, stale)| (s.to_string(), es.map(str::to_owned), *stale))
            .collect();
        assert_eq!(got, expect);
    }

    #[test]
    fn a_document_keeps_its_translation_when_moved_and_marks_it_stale_when_edited() {
        // Unchanged and reordered: each keeps its own translation.
        check(
            &["ID", "Lease"],
            &["Lease", "ID"],
            &[
                ("Lease", Some("es: Lease"), false),
                ("ID", Some("es: ID"), false),
            ],
        );
        // The second edited in place: its translation stays, stale.
        check(
            &["ID", "Lease"],
            &["ID", "Lease or utility bill"],
            &[
                ("ID", Some("es: ID"), false),
                ("Lease or utility bill", Some("es: Lease"), true),
            ],
        );
        // A new line where a moved document was: new, with nothing to be stale.
        check(
            &["ID", "Lease"],
            &["Lease", "Pay stub"],
            &[
                ("Lease", Some("es: Lease"), false),
                ("Pay stub", None, false),
            ],
        );
    }
}
