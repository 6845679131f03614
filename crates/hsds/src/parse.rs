//! Reading the free text real feeds hold: language lists, clock times, weekdays, dates,
//! accessibility notes, and categories. Each reader returns `None` (or the parts it could
//! not read) rather than guess.

use jiff::civil::{Date, Time};
use vecino_core::{AccessibilityFeature, LocaleTag, Topic, Weekday};

/// Language names in English and in the language itself, and common codes, to BCP 47 (ISO
/// 639-3 where there is no shorter code).
const LANGUAGES: &[(&str, &str)] = &[
    ("english", "en"),
    ("inglés", "en"),
    ("ingles", "en"),
    ("spanish", "es"),
    ("español", "es"),
    ("espanol", "es"),
    ("castellano", "es"),
    ("chinese", "zh"),
    ("中文", "zh"),
    ("mandarin", "cmn"),
    ("chinese (mandarin)", "cmn"),
    ("普通话", "cmn"),
    ("國語", "cmn"),
    ("cantonese", "yue"),
    ("chinese (cantonese)", "yue"),
    ("廣東話", "yue"),
    ("粵語", "yue"),
    ("taiwanese", "nan"),
    ("taiwanese hokkien", "nan"),
    ("vietnamese", "vi"),
    ("tiếng việt", "vi"),
    ("tieng viet", "vi"),
    ("tagalog", "tl"),
    ("filipino", "fil"),
    ("korean", "ko"),
    ("한국어", "ko"),
    ("arabic", "ar"),
    ("العربية", "ar"),
    ("farsi", "fa"),
    ("persian", "fa"),
    ("فارسی", "fa"),
    ("dari", "prs"),
    ("pashto", "ps"),
    ("urdu", "ur"),
    ("اردو", "ur"),
    ("russian", "ru"),
    ("русский", "ru"),
    ("armenian", "hy"),
    ("հայերեն", "hy"),
    ("haitian creole", "ht"),
    ("creole", "ht"),
    ("kreyòl", "ht"),
    ("kreyol", "ht"),
    ("kreyòl ayisyen", "ht"),
    ("portuguese", "pt"),
    ("português", "pt"),
    ("portugues", "pt"),
    ("french", "fr"),
    ("français", "fr"),
    ("francais", "fr"),
    ("german", "de"),
    ("deutsch", "de"),
    ("italian", "it"),
    ("italiano", "it"),
    ("japanese", "ja"),
    ("日本語", "ja"),
    ("hindi", "hi"),
    ("हिन्दी", "hi"),
    ("punjabi", "pa"),
    ("bengali", "bn"),
    ("gujarati", "gu"),
    ("tamil", "ta"),
    ("telugu", "te"),
    ("nepali", "ne"),
    ("polish", "pl"),
    ("polski", "pl"),
    ("slovak", "sk"),
    ("czech", "cs"),
    ("ukrainian", "uk"),
    ("українська", "uk"),
    ("romanian", "ro"),
    ("greek", "el"),
    ("hebrew", "he"),
    ("turkish", "tr"),
    ("türkçe", "tr"),
    ("somali", "so"),
    ("amharic", "am"),
    ("አማርኛ", "am"),
    ("tigrinya", "ti"),
    ("oromo", "om"),
    ("swahili", "sw"),
    ("kiswahili", "sw"),
    ("hmong", "hmn"),
    ("khmer", "km"),
    ("cambodian", "km"),
    ("lao", "lo"),
    ("laotian", "lo"),
    ("thai", "th"),
    ("burmese", "my"),
    ("karen", "kar"),
    ("indonesian", "id"),
    ("malay", "ms"),
    ("samoan", "sm"),
    ("tongan", "to"),
    ("ilocano", "ilo"),
    ("mam", "mam"),
    ("k'iche'", "quc"),
    ("quiché", "quc"),
    ("mixteco", "mix"),
    ("mixtec", "mix"),
    ("zapoteco", "zap"),
    ("zapotec", "zap"),
    ("yucatec maya", "yua"),
    ("maya", "yua"),
    ("bosnian", "bs"),
    ("serbian", "sr"),
    ("croatian", "hr"),
    ("albanian", "sq"),
    ("hungarian", "hu"),
    ("dutch", "nl"),
    ("kurdish", "ku"),
    ("american sign language", "ase"),
    ("asl", "ase"),
    ("sign language", "sgn"),
];

/// Codes accepted as written (the tags of the table above).
fn known_code(token: &str) -> Option<LocaleTag> {
    let lower = token.to_lowercase();
    let language = lower.split(['-', '_']).next().unwrap_or(&lower);
    LANGUAGES
        .iter()
        .any(|(_, code)| *code == language)
        .then(|| LocaleTag::parse(&lower.replace('_', "-")).ok())
        .flatten()
}

/// One language named by `token` (a name in English or in itself, or a code).
pub(crate) fn language(token: &str) -> Option<LocaleTag> {
    let t = token
        .trim()
        .trim_matches(|c: char| c == '.' || c == '"' || c == '\'' && !token.ends_with("e'"))
        .trim();
    let lower = t.to_lowercase();
    let lower = lower.strip_suffix(" language").unwrap_or(&lower);
    LANGUAGES
        .iter()
        .find(|(name, _)| *name == lower)
        .and_then(|(_, code)| LocaleTag::parse(code).ok())
        .or_else(|| known_code(t))
}

/// A list of languages (`Spanish, Tagalog`, `en; es`, `English/Spanish`, `Spanish and
/// Chinese`): the languages read, and the parts that name no language we know.
pub(crate) fn language_list(text: &str) -> (Vec<LocaleTag>, Vec<String>) {
    let mut found = Vec::new();
    let mut unread = Vec::new();
    // "Chinese (Mandarin)" is one language; split outside parentheses only.
    let mut parts = Vec::new();
    let mut depth = 0;
    let mut current = String::new();
    for ch in text.chars() {
        match ch {
            '(' => depth += 1,
            ')' => depth -= 1,
            _ => {}
        }
        if depth == 0 && matches!(ch, ',' | ';' | '/' | '|' | '\n' | '&' | '、' | '，') {
            parts.push(std::mem::take(&mut current));
        } else {
            current.push(ch);
        }
    }
    parts.push(current);
    for part in parts {
        for piece in split_words(&part, &[" and ", " y ", " et ", " or "]) {
            let piece = piece.trim();
            if piece.is_empty() {
                continue;
            }
            match language(piece) {
                Some(tag) => {
                    if !found.contains(&tag) {
                        found.push(tag);
                    }
                }
                None => unread.push(piece.to_owned()),
            }
        }
    }
    (found, unread)
}

/// `text` cut at every occurrence of any of `separators` (given in lowercase, matched in any
/// ASCII case: folding ASCII keeps byte offsets, so the cuts fall where they matched).
pub(crate) fn split_words<'a>(text: &'a str, separators: &[&str]) -> Vec<&'a str> {
    let lower = text.to_ascii_lowercase();
    let mut out = Vec::new();
    let mut start = 0;
    let mut i = 0;
    while i < lower.len() {
        if let Some(sep) = separators.iter().find(|s| lower[i..].starts_with(**s)) {
            out.push(&text[start..i]);
            i += sep.len();
            start = i;
        } else {
            i += lower[i..].chars().next().map_or(1, char::len_utf8);
        }
    }
    out.push(&text[start..]);
    out
}

/// Languages named anywhere in a sentence (`Interpretation services are available in Urdu,
/// Polish, and Slovak`). Only names (never two-letter codes, which are ordinary words).
pub(crate) fn languages_in_prose(text: &str) -> Vec<LocaleTag> {
    let lower = format!(" {} ", text.to_lowercase());
    let mut found: Vec<(usize, LocaleTag)> = Vec::new();
    for (name, code) in LANGUAGES {
        if name.chars().count() < 4 && name.is_ascii() {
            continue;
        }
        let mut from = 0;
        while let Some(at) = lower[from..].find(name) {
            let start = from + at;
            let end = start + name.len();
            let before = lower[..start].chars().next_back().unwrap_or(' ');
            let after = lower[end..].chars().next().unwrap_or(' ');
            if !before.is_alphanumeric() && !after.is_alphanumeric() {
                if let Ok(tag) = LocaleTag::parse(code) {
                    found.push((start, tag));
                }
                break;
            }
            from = end;
        }
    }
    found.sort_by_key(|(at, _)| *at);
    let mut tags: Vec<LocaleTag> = Vec::new();
    for (_, tag) in found {
        // "Chinese (Mandarin)" names Mandarin: drop the broader tag when both appear.
        if !tags.contains(&tag) {
            tags.push(tag);
        }
    }
    tags
}

/// A wall-clock time: `08:00`, `8:30AM`, `4:00 PM`, `3pm`, `10:00:00`, `noon`, or Link-SF's
/// `1930` (hours and minutes as a number).
pub(crate) fn time(input: &str) -> Option<Time> {
    let s = input.trim().to_lowercase().replace('.', "");
    match s.as_str() {
        "noon" | "midday" => return Time::new(12, 0, 0, 0).ok(),
        "midnight" => return Some(Time::midnight()),
        _ => {}
    }
    let (body, meridiem) = if let Some(b) = s.strip_suffix("am") {
        (b.trim(), Some(false))
    } else if let Some(b) = s.strip_suffix("pm") {
        (b.trim(), Some(true))
    } else {
        (s.as_str(), None)
    };
    let (h, m, sec) = if body.contains(':') {
        let mut parts = body.split(':');
        let h: i8 = parts.next()?.parse().ok()?;
        let m: i8 = parts.next()?.parse().ok()?;
        let sec: i8 = match parts.next() {
            Some(s) => s.split(['+', 'z', '-']).next()?.parse().ok()?,
            None => 0,
        };
        if parts.next().is_some() {
            return None;
        }
        (h, m, sec)
    } else if body.chars().all(|c| c.is_ascii_digit()) && !body.is_empty() {
        let n: u32 = body.parse().ok()?;
        match (body.len(), meridiem) {
            (1 | 2, _) => (n as i8, 0, 0),
            (3 | 4, _) => ((n / 100) as i8, (n % 100) as i8, 0),
            _ => return None,
        }
    } else {
        return None;
    };
    let h = match meridiem {
        Some(_) if !(1..=12).contains(&h) => return None,
        Some(false) => h % 12,
        Some(true) => h % 12 + 12,
        None => h,
    };
    if h == 24 && m == 0 {
        return Some(Time::midnight());
    }
    Time::new(h, m, sec, 0).ok()
}

fn weekday(token: &str) -> Option<Weekday> {
    let t = token.trim().trim_end_matches('.').to_lowercase();
    let day = match t.as_str() {
        "mo" | "mon" | "monday" | "lunes" => Weekday::Monday,
        "tu" | "tue" | "tues" | "tuesday" | "martes" => Weekday::Tuesday,
        "we" | "wed" | "wednesday" | "miércoles" | "miercoles" => Weekday::Wednesday,
        "th" | "thu" | "thur" | "thurs" | "thursday" | "jueves" => Weekday::Thursday,
        "fr" | "fri" | "friday" | "viernes" => Weekday::Friday,
        "sa" | "sat" | "saturday" | "sábado" | "sabado" => Weekday::Saturday,
        "su" | "sun" | "sunday" | "domingo" => Weekday::Sunday,
        // HSDS 1.x numbers weekdays; read as ISO 8601 (1 is Monday).
        "1" => Weekday::Monday,
        "2" => Weekday::Tuesday,
        "3" => Weekday::Wednesday,
        "4" => Weekday::Thursday,
        "5" => Weekday::Friday,
        "6" => Weekday::Saturday,
        "7" => Weekday::Sunday,
        _ => return None,
    };
    Some(day)
}

/// Days: `MO,TU`, `Monday`, `Monday - Friday`, `Mon-Fri`, `Tuesday, Thursday`,
/// `weekdays`, `daily`. `None` when any part is not a day.
pub(crate) fn weekdays(input: &str) -> Option<Vec<Weekday>> {
    let s = input.trim().to_lowercase();
    match s.as_str() {
        "weekdays" | "monday-friday" => return Some(Weekday::ALL[..5].to_vec()),
        "weekends" => return Some(Weekday::ALL[5..].to_vec()),
        "daily" | "every day" | "7 days" | "7 days a week" => return Some(Weekday::ALL.to_vec()),
        _ => {}
    }
    let mut days = Vec::new();
    for part in s.split([',', ';', '&', '/']).flat_map(|p| p.split(" and ")) {
        let part = part.trim();
        if part.is_empty() {
            continue;
        }
        let range: Vec<&str> = part
            .split(['-', '–'])
            .map(str::trim)
            .filter(|p| !p.is_empty())
            .collect();
        match range.as_slice() {
            [one] => days.push(weekday(one)?),
            [from, to] => {
                let (a, b) = (weekday(from)?, weekday(to)?);
                let ia = Weekday::ALL.iter().position(|d| *d == a)?;
                let ib = Weekday::ALL.iter().position(|d| *d == b)?;
                let mut i = ia;
                loop {
                    days.push(Weekday::ALL[i]);
                    if i == ib {
                        break;
                    }
                    i = (i + 1) % 7;
                }
            }
            _ => return None,
        }
    }
    days.dedup();
    (!days.is_empty()).then_some(days)
}

/// A date: `2015-12-24`, `12/24/2015`, `12/24/15`, `December 24, 2015`. Year 0001 (Ohana's
/// "every year") is refused: a dated exception needs a real date.
pub(crate) fn date(input: &str) -> Option<Date> {
    let s = input.trim();
    if let Ok(d) = s.parse::<Date>() {
        return (d.year() > 1).then_some(d);
    }
    let parts: Vec<&str> = s.split('/').collect();
    if let [m, d, y] = parts.as_slice() {
        let mut year: i16 = y.parse().ok()?;
        if y.len() == 2 {
            year += 2000;
        }
        return Date::new(year, m.parse().ok()?, d.parse().ok()?)
            .ok()
            .filter(|d| d.year() > 1);
    }
    const MONTHS: [&str; 12] = [
        "january",
        "february",
        "march",
        "april",
        "may",
        "june",
        "july",
        "august",
        "september",
        "october",
        "november",
        "december",
    ];
    let lower = s.to_lowercase().replace(',', " ");
    let words: Vec<&str> = lower.split_whitespace().collect();
    if let [month, day, year] = words.as_slice() {
        let m = MONTHS.iter().position(|n| n == month)? as i8 + 1;
        let year: i16 = year.parse().ok()?;
        return Date::new(year, m, day.parse().ok()?)
            .ok()
            .filter(|d| d.year() > 1);
    }
    None
}

/// An accessibility note as a feature. Ohana's enum values and HSDS 3 descriptions.
pub(crate) fn accessibility(input: &str) -> Option<AccessibilityFeature> {
    let s = input.trim().to_lowercase().replace('_', " ");
    let feature = match s.as_str() {
        "wheelchair" | "wheelchair accessible" | "wheelchair access" => {
            AccessibilityFeature::WheelchairAccessible
        }
        "restroom" | "accessible restroom" | "accessible restrooms" => {
            AccessibilityFeature::AccessibleRestroom
        }
        "disabled parking" | "accessible parking" => AccessibilityFeature::AccessibleParking,
        "tape braille" | "braille" => AccessibilityFeature::Braille,
        "large print" => AccessibilityFeature::LargePrint,
        "hearing loop" | "induction loop" => AccessibilityFeature::HearingLoop,
        "sign language" | "sign language interpreter" | "asl" => AccessibilityFeature::SignLanguage,
        "near public transit" | "public transit" => AccessibilityFeature::NearPublicTransit,
        _ => return None,
    };
    Some(feature)
}

/// Open Eligibility codes (Ohana's categories, and the taxonomy many HSDS feeds use), by
/// longest prefix. Only branches that name one of Vecino's topics are mapped.
const OPEN_ELIGIBILITY: &[(&str, Topic)] = &[
    ("101-01", Topic::EmergencyPreparedness),
    ("101-02-01", Topic::Food),
    ("101-02-02", Topic::Health),
    ("101-02-03", Topic::Housing),
    ("101-03", Topic::Food),
    ("101-04", Topic::Housing),
    ("101-06", Topic::Safety),
    ("101-07", Topic::Health),
    ("102", Topic::Food),
    ("103", Topic::Housing),
    ("106", Topic::Health),
    ("108-03-02", Topic::Youth),
    ("108-05", Topic::InformationAndReferral),
    ("108-05-05", Topic::Employment),
    ("108-07-01", Topic::Health),
    ("109", Topic::Education),
    ("109-03-02", Topic::EmergencyPreparedness),
    ("109-03-03", Topic::LanguageClasses),
    ("109-03-07", Topic::Health),
    ("109-05-01", Topic::Citizenship),
    ("109-05-03", Topic::LanguageClasses),
    ("110", Topic::Employment),
    ("111", Topic::LegalAid),
    ("111-01-02", Topic::Citizenship),
    ("111-01-03", Topic::KnowYourRights),
    ("111-01-05", Topic::IdCard),
    ("111-01-07", Topic::Employment),
    ("111-05", Topic::LanguageAccess),
];

pub(crate) fn open_eligibility(code: &str) -> Option<Topic> {
    let code = code.trim();
    OPEN_ELIGIBILITY
        .iter()
        .filter(|(prefix, _)| {
            code == *prefix || code.starts_with(prefix) && code[prefix.len()..].starts_with('-')
        })
        .max_by_key(|(prefix, _)| prefix.len())
        .map(|(_, topic)| *topic)
}

/// Words in category names (any taxonomy) that name a topic. A word matches when a word of
/// the name starts with it.
const TERM_WORDS: &[(&str, Topic)] = &[
    ("health", Topic::Health),
    ("medical", Topic::Health),
    ("dental", Topic::Health),
    ("clinic", Topic::Health),
    ("mental", Topic::Health),
    ("counsel", Topic::Health),
    ("prescription", Topic::Health),
    ("addiction", Topic::Health),
    ("hiv", Topic::Health),
    ("housing", Topic::Housing),
    ("shelter", Topic::Housing),
    ("homeless", Topic::Housing),
    ("food", Topic::Food),
    ("meal", Topic::Food),
    ("nutrition", Topic::Food),
    ("pantry", Topic::Food),
    ("esl", Topic::LanguageClasses),
    ("esol", Topic::LanguageClasses),
    ("education", Topic::Education),
    ("school", Topic::Education),
    ("literacy", Topic::Education),
    ("tutor", Topic::Education),
    ("ged", Topic::Education),
    ("employment", Topic::Employment),
    ("job", Topic::Employment),
    ("workforce", Topic::Employment),
    ("career", Topic::Employment),
    ("legal", Topic::LegalAid),
    ("lawyer", Topic::LegalAid),
    ("attorney", Topic::LegalAid),
    ("immigra", Topic::Citizenship),
    ("citizenship", Topic::Citizenship),
    ("naturaliz", Topic::Citizenship),
    ("daca", Topic::Daca),
    ("youth", Topic::Youth),
    ("teen", Topic::Youth),
    ("parent", Topic::Parents),
    ("famil", Topic::Parents),
    ("violence", Topic::Safety),
    ("abuse", Topic::Safety),
    ("safety", Topic::Safety),
    ("interpret", Topic::LanguageAccess),
    ("translation", Topic::LanguageAccess),
    ("disaster", Topic::EmergencyPreparedness),
    ("voter", Topic::CivicEngagement),
    ("civic", Topic::CivicEngagement),
    ("referral", Topic::InformationAndReferral),
];

/// The topic a category's code or name names, if any.
pub(crate) fn term_topic(code: &str, name: &str, taxonomy: &str) -> Option<Topic> {
    if let Ok(topic) = Topic::parse(code)
        && (taxonomy.is_empty() || taxonomy == "vecino-topics")
    {
        return Some(topic);
    }
    if code.chars().next().is_some_and(|c| c.is_ascii_digit())
        && let Some(topic) = open_eligibility(code)
    {
        return Some(topic);
    }
    if let Some(phrase) = [("english as a second", Topic::LanguageClasses)]
        .iter()
        .find(|(p, _)| name.to_lowercase().contains(p))
    {
        return Some(phrase.1);
    }
    let lower = name.to_lowercase();
    let words: Vec<&str> = lower
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    TERM_WORDS
        .iter()
        .find(|(stem, _)| words.iter().any(|w| w.starts_with(stem)))
        .map(|(_, topic)| *topic)
}

/// The IANA zone of a US state, territory or a country that keeps one zone. States split
/// between zones are not guessed.
pub(crate) fn timezone(state: &str, country: &str) -> Option<&'static str> {
    let country = country.trim().to_uppercase();
    let state = state.trim().to_uppercase();
    if country == "US" || country == "USA" || country.is_empty() {
        let zone = match state.as_str() {
            "DC" | "MD" | "VA" | "NY" | "NJ" | "PA" | "MA" | "CT" | "RI" | "VT" | "NH" | "ME"
            | "DE" | "NC" | "SC" | "GA" | "OH" | "WV" => "America/New_York",
            "CA" | "WA" | "NV" => "America/Los_Angeles",
            "IL" | "WI" | "MN" | "IA" | "MO" | "AR" | "LA" | "MS" | "AL" | "OK" => {
                "America/Chicago"
            }
            "CO" | "UT" | "NM" | "WY" | "MT" => "America/Denver",
            "AZ" => "America/Phoenix",
            "HI" => "Pacific/Honolulu",
            "PR" => "America/Puerto_Rico",
            _ => return None,
        };
        return (country == "US" || country == "USA").then_some(zone);
    }
    match country.as_str() {
        "GB" | "UK" => Some("Europe/London"),
        "IE" => Some("Europe/Dublin"),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check_languages(input: &str, expect: &[&str], unread: &[&str]) {
        let (got, rest) = language_list(input);
        let got: Vec<&str> = got.iter().map(LocaleTag::as_str).collect();
        let rest: Vec<&str> = rest.iter().map(String::as_str).collect();
        assert_eq!(
            (got.as_slice(), rest.as_slice()),
            (expect, unread),
            "{input:?}"
        );
    }

    #[test]
    fn language_lists_with_mixed_separators_and_names() {
        check_languages("Spanish, Tagalog", &["es", "tl"], &[]);
        check_languages(
            "Chinese (Mandarin), Tagalog, Italian, Spanish",
            &["cmn", "tl", "it", "es"],
            &[],
        );
        check_languages("en, es", &["en", "es"], &[]);
        check_languages("English/Español; 中文", &["en", "es", "zh"], &[]);
        check_languages("Spanish and Vietnamese", &["es", "vi"], &[]);
        check_languages("Spanish, Klingon", &["es"], &["Klingon"]);
        check_languages("Tiếng Việt | Kreyòl", &["vi", "ht"], &[]);
    }

    #[test]
    fn languages_named_in_sentences() {
        let got =
            languages_in_prose("Interpretation services are available in Urdu, Polish, and Slovak");
        let got: Vec<&str> = got.iter().map(LocaleTag::as_str).collect();
        assert_eq!(got, ["ur", "pl", "sk"]);
        assert!(languages_in_prose("over the phone").is_empty());
        // "English & Spanish. Email: info@…" names two languages.
        assert_eq!(
            languages_in_prose("English & Spanish. Email: info@x.org").len(),
            2
        );
    }

    #[test]
    fn clock_times_in_the_forms_feeds_use() {
        let t = |s: &str| time(s).map(|t| t.to_string());
        assert_eq!(t("08:00").as_deref(), Some("08:00:00"));
        assert_eq!(t("8:30AM").as_deref(), Some("08:30:00"));
        assert_eq!(t("4:00 PM").as_deref(), Some("16:00:00"));
        assert_eq!(t("3pm").as_deref(), Some("15:00:00"));
        assert_eq!(t("12am").as_deref(), Some("00:00:00"));
        assert_eq!(t("1930").as_deref(), Some("19:30:00"));
        assert_eq!(t("10:00:00").as_deref(), Some("10:00:00"));
        assert_eq!(t("24 hours"), None);
        assert_eq!(t("2005-01-01"), None);
        assert_eq!(t("13pm"), None);
    }

    #[test]
    fn weekdays_and_ranges() {
        assert_eq!(
            weekdays("MO,TU").unwrap(),
            [Weekday::Monday, Weekday::Tuesday]
        );
        assert_eq!(weekdays("Monday - Friday").unwrap().len(), 5);
        assert_eq!(weekdays("Fri-Mon").unwrap().len(), 4);
        assert_eq!(weekdays("Tuesday, Thursday").unwrap().len(), 2);
        assert_eq!(weekdays("after lunch"), None);
    }

    #[test]
    fn dates_and_yearly_placeholders() {
        assert_eq!(date("12/24/2015"), Some(Date::constant(2015, 12, 24)));
        assert_eq!(date("12/24/15"), Some(Date::constant(2015, 12, 24)));
        assert_eq!(
            date("December 24, 2015"),
            Some(Date::constant(2015, 12, 24))
        );
        assert_eq!(date("January 01, 0001"), None);
    }

    #[test]
    fn categories_map_to_topics_or_to_nothing() {
        assert_eq!(open_eligibility("111-01-02"), Some(Topic::Citizenship));
        assert_eq!(open_eligibility("111-01-04"), Some(Topic::LegalAid));
        assert_eq!(open_eligibility("1110"), None);
        assert_eq!(open_eligibility("105"), None);
        assert_eq!(
            term_topic("", "Health Insurance", "Service Category"),
            Some(Topic::Health)
        );
        assert_eq!(term_topic("", "Ages 50+", "Service Eligibility"), None);
        assert_eq!(
            term_topic("legal-aid", "Legal help", "vecino-topics"),
            Some(Topic::LegalAid)
        );
    }

    #[test]
    fn time_zones_only_where_a_state_keeps_one() {
        assert_eq!(timezone("DC", "US"), Some("America/New_York"));
        assert_eq!(timezone("CA", "US"), Some("America/Los_Angeles"));
        assert_eq!(timezone("TX", "US"), None);
        assert_eq!(timezone("", "GB"), Some("Europe/London"));
    }
}
