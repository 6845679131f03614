//! Phone numbers: an HSDS `phone` as a core [`Phone`] with its type and the languages it is
//! answered in, and an extension written into the number split off. Must never list a fax number or keep a number that is not dialable.

use serde_json::json;
use vecino_core::{Phone, PhoneKind};

use super::Mapper;
use crate::raw::RawPhone;

impl Mapper<'_> {
    pub(super) fn phones(&mut self, raws: &[RawPhone]) -> Vec<Phone> {
        let mut phones = Vec::new();
        for raw in raws {
            if raw.number.is_empty() {
                continue;
            }
            if raw.kind.eq_ignore_ascii_case("fax") {
                self.report.skip_field(
                    &raw.at,
                    "phone",
                    &raw.number,
                    "fax numbers are not listed (a resident would call them)",
                );
                continue;
            }
            // "415-673-0911 ext. 259": the extension written into the number.
            let (number, extension) = split_extension(&raw.number, &raw.extension);
            let json = json!({
                "number": number,
                "extension": (!extension.is_empty()).then_some(&extension),
                "description": (!raw.description.is_empty()).then_some(&raw.description),
            });
            let kind = match raw.kind.trim() {
                "" => None,
                // Ohana's and older feeds' names for a voice line.
                k if k.eq_ignore_ascii_case("tty") => Some(PhoneKind::Textphone),
                k if k.eq_ignore_ascii_case("sms") => Some(PhoneKind::Text),
                k if ["hotline", "main", "phone", "office"]
                    .iter()
                    .any(|v| k.eq_ignore_ascii_case(v)) =>
                {
                    Some(PhoneKind::Voice)
                }
                k => {
                    let kind = PhoneKind::parse(k);
                    if kind.is_none() {
                        self.report.skip_field(
                            &raw.at,
                            "phone.type",
                            k,
                            "not a phone type HSDS names (voice, text, cell, video, pager, textphone)",
                        );
                    }
                    kind
                }
            };
            let (languages, _) = crate::parse::language_list(&raw.languages);
            match serde_json::from_value::<Phone>(json) {
                Ok(phone) => {
                    let phone = phone.with_kind(kind).with_languages(languages);
                    if !phones.contains(&phone) {
                        phones.push(phone);
                    }
                }
                Err(_) => self.report.skip_field(
                    &raw.at,
                    "phone",
                    &raw.number,
                    "not a phone number (digits with spaces, dashes, dots or parentheses)",
                ),
            }
        }
        phones
    }
}

/// A number with its extension written in (`555-0100 ext. 12`, `555-0100 x12`) split in two,
/// when the data has no extension of its own. The markers are found case-insensitively in the
/// number itself (never in a lower-cased copy, whose byte offsets differ), so any text is safe.
fn split_extension(number: &str, extension: &str) -> (String, String) {
    if !extension.trim().is_empty() {
        return (number.trim().to_owned(), extension.trim().to_owned());
    }
    for marker in ["extension", "ext.", "ext", " x", "x"] {
        if let Some(at) = find_ascii_ignoring_case(number, marker) {
            let rest = number[at + marker.len()..]
                .trim()
                .trim_start_matches(['.', ':'])
                .trim();
            if !rest.is_empty() && rest.chars().all(|c| c.is_ascii_digit()) {
                return (number[..at].trim().to_owned(), rest.to_owned());
            }
        }
    }
    (number.trim().to_owned(), String::new())
}

/// The byte offset of the first match of the ASCII `needle` in `haystack`, ignoring ASCII case.
/// An ASCII byte never occurs inside a multi-byte UTF-8 character, so a match starts and ends
/// on character boundaries.
fn find_ascii_ignoring_case(haystack: &str, needle: &str) -> Option<usize> {
    debug_assert!(needle.is_ascii());
    let needle = needle.as_bytes();
    if needle.is_empty() || haystack.len() < needle.len() {
        return None;
    }
    haystack
        .as_bytes()
        .windows(needle.len())
        .position(|w| w.eq_ignore_ascii_case(needle))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn extensions_written_into_numbers_are_split_off() {
        let check = |n: &str, e: &str, expect: (&str, &str)| {
            let (number, extension) = split_extension(n, e);
            assert_eq!((number.as_str(), extension.as_str()), expect, "{n:?}");
        };
        check("415-673-0911 ext. 259", "", ("415-673-0911", "259"));
        check("(415) 431-1180 ext. 11", "", ("(415) 431-1180", "11"));
        check("650 403-4300", "4385", ("650 403-4300", "4385"));
        check("555-0100 x12", "", ("555-0100", "12"));
        check("call 311", "", ("call 311", ""));
        check("555-0100 EXT. 7", "", ("555-0100", "7"));
        // Text whose lower case is longer than itself: no panic, nothing split off.
        check("İİİİx", "", ("İİİİx", ""));
        check("İİİİ x12", "", ("İİİİ", "12"));
        check("ÉXT 5", "", ("ÉXT 5", ""));
    }
}
