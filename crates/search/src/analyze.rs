//! Text analysis, the same for documents and queries: one pure function, so the offline client
//! can run exactly this code (compiled to WebAssembly) and find what the server finds.
//!
//! Pipeline: Unicode NFC → traditional Chinese folded to simplified → word segmentation (ICU:
//! UAX #29 everywhere, dictionaries for Chinese and Japanese, so mixed-script text such as
//! "ID card 身份证" splits correctly whatever the declared locale) → lower case → letter
//! normalization (Arabic and Persian letter variants, tashkeel, tatweel; Russian ё) → three
//! forms per word:
//! - `exact`: as written, lower-cased and normalized (accents kept);
//! - `folded`: accents removed (é→e, ñ→n, Vietnamese tones, đ→d), for accentless typing, typo
//!   tolerance and prefixes;
//! - `stem`: the folded word stemmed with the stemmer of the text's declared locale (never
//!   guessed).

use std::borrow::Cow;
use std::sync::OnceLock;

use frostem::{Algorithm, Stemmer};
use icu_segmenter::WordSegmenter;
use icu_segmenter::options::WordBreakInvariantOptions;
use unicode_normalization::UnicodeNormalization;
use unicode_normalization::char::is_combining_mark;

/// Which stemmer a locale's text gets. Chosen from the declared locale, never guessed.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Family {
    Arabic,
    Armenian,
    English,
    Persian,
    Portuguese,
    Russian,
    Spanish,
    /// No stemmer: Chinese, Korean, Vietnamese, Tagalog, Haitian Creole, and the rest.
    Plain,
}

impl Family {
    pub const ALL: [Family; 8] = [
        Family::Arabic,
        Family::Armenian,
        Family::English,
        Family::Persian,
        Family::Portuguese,
        Family::Russian,
        Family::Spanish,
        Family::Plain,
    ];

    /// The family of a BCP 47 tag's language.
    pub fn of(locale: &str) -> Family {
        match locale
            .split('-')
            .next()
            .unwrap_or(locale)
            .to_ascii_lowercase()
            .as_str()
        {
            "ar" => Family::Arabic,
            "hy" => Family::Armenian,
            "en" => Family::English,
            "fa" | "prs" => Family::Persian,
            "pt" => Family::Portuguese,
            "ru" => Family::Russian,
            "es" => Family::Spanish,
            _ => Family::Plain,
        }
    }

    pub fn name(self) -> &'static str {
        match self {
            Family::Arabic => "ar",
            Family::Armenian => "hy",
            Family::English => "en",
            Family::Persian => "fa",
            Family::Portuguese => "pt",
            Family::Russian => "ru",
            Family::Spanish => "es",
            Family::Plain => "plain",
        }
    }

    fn stemmer(self) -> Option<&'static Stemmer> {
        static STEMMERS: OnceLock<Vec<(Family, Stemmer)>> = OnceLock::new();
        let stemmers = STEMMERS.get_or_init(|| {
            [
                (Family::Arabic, Algorithm::Arabic),
                (Family::Armenian, Algorithm::Armenian),
                (Family::English, Algorithm::English),
                (Family::Persian, Algorithm::Persian),
                (Family::Portuguese, Algorithm::Portuguese),
                (Family::Russian, Algorithm::Russian),
                (Family::Spanish, Algorithm::Spanish),
            ]
            .into_iter()
            .map(|(family, algorithm)| (family, Stemmer::new(algorithm)))
            .collect()
        });
        stemmers.iter().find(|(f, _)| *f == self).map(|(_, s)| s)
    }
}

/// One word of analysed text, with where it stands in the NFC text it came from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Token {
    pub exact: String,
    pub folded: String,
    pub stem: String,
    /// Byte range in [`normalize_input`]'s output (for highlighting).
    pub start: usize,
    pub end: usize,
}

/// NFC and traditional→simplified Chinese: the text tokens' offsets refer to.
pub fn normalize_input(text: &str) -> String {
    let nfc: String = text.nfc().collect();
    if nfc.chars().any(is_han) {
        fast2s::convert(&nfc)
    } else {
        nfc
    }
}

pub(crate) fn is_han(c: char) -> bool {
    matches!(c, '\u{3400}'..='\u{4DBF}' | '\u{4E00}'..='\u{9FFF}' | '\u{F900}'..='\u{FAFF}' | '\u{20000}'..='\u{2FA1F}')
}

fn segmenter() -> &'static icu_segmenter::WordSegmenterBorrowed<'static> {
    static SEGMENTER: OnceLock<icu_segmenter::WordSegmenterBorrowed<'static>> = OnceLock::new();
    SEGMENTER.get_or_init(|| WordSegmenter::new_auto(WordBreakInvariantOptions::default()))
}

/// Analyses `text` written in a locale of `family`.
pub fn analyze(text: &str, family: Family) -> Vec<Token> {
    let normalized = normalize_input(text);
    analyze_normalized(&normalized, family)
}

/// As [`analyze`], on text already passed through [`normalize_input`].
pub fn analyze_normalized(normalized: &str, family: Family) -> Vec<Token> {
    let mut tokens = Vec::new();
    each_word(normalized, family, |word| {
        tokens.push(Token {
            exact: word.exact.to_owned(),
            folded: word.folded.to_owned(),
            stem: word.stem.to_owned(),
            start: word.start,
            end: word.end,
        });
    });
    tokens
}

/// One word of analysed text, borrowed for the length of a call to [`each_word`]'s visitor.
#[derive(Debug, Clone, Copy)]
pub struct Word<'a> {
    pub exact: &'a str,
    pub folded: &'a str,
    pub stem: &'a str,
    /// Byte range in the normalized text.
    pub start: usize,
    pub end: usize,
}

/// The analysis itself, word by word, without allocating per word (for the index build):
/// [`analyze_normalized`] collects it.
pub fn each_word(normalized: &str, family: Family, mut visit: impl FnMut(Word<'_>)) {
    each_folded(normalized, |exact, folded, start, end| {
        // Stemming the folded form keeps accented and accentless typing on the same stem
        // ("ciudadanía" and "ciudadania"), which matters more than the stemmer's finer points.
        let stem = match family.stemmer() {
            Some(stemmer) => stemmer.stem(folded),
            None => Cow::Borrowed(folded),
        };
        visit(Word {
            exact,
            folded,
            stem: &stem,
            start,
            end,
        });
    });
}

/// [`each_word`] without the stem: `visit(exact, folded, start, end)` for every word (for
/// snippets, which stem only the words they have not seen yet).
pub fn each_folded(normalized: &str, mut visit: impl FnMut(&str, &str, usize, usize)) {
    let mut lower = String::new();
    let mut letters = String::new();
    let mut iter = segmenter().segment_str(normalized);
    let mut start = 0;
    while let Some(end) = iter.next() {
        if end == 0 {
            continue;
        }
        let word_like = iter.is_word_like();
        let word = &normalized[start..end];
        if word_like && word.chars().any(char::is_alphanumeric) {
            lower.clear();
            if word.is_ascii() {
                lower.push_str(word);
                lower.make_ascii_lowercase();
            } else {
                lower.push_str(&word.to_lowercase());
            }
            let exact: &str = if lower.chars().any(needs_letter_normalization) {
                letters.clear();
                normalize_letters_into(&lower, &mut letters);
                &letters
            } else {
                &lower
            };
            if !exact.is_empty() {
                visit(exact, &fold(exact), start, end);
            }
        }
        start = end;
    }
}

/// The stem of a folded word under `family`'s stemmer (the word itself when it has none).
pub fn stem(folded: &str, family: Family) -> String {
    match family.stemmer() {
        Some(stemmer) => stemmer.stem(folded).into_owned(),
        None => folded.to_owned(),
    }
}

/// Whether [`normalize_letters_into`] changes `c`.
fn needs_letter_normalization(c: char) -> bool {
    matches!(c, '\u{064B}'..='\u{065F}' | '\u{0670}' | '\u{0640}' | 'أ' | 'إ' | 'آ' | 'ٱ' | 'ى'
        | 'ی' | 'ئ' | 'ک' | 'ة' | 'ؤ' | 'ۀ' | '\u{06F0}'..='\u{06F9}' | '\u{0660}'..='\u{0669}'
        | 'ё' | '\u{200C}' | '\u{200D}')
}

/// Arabic and Persian letter variants to one form; tashkeel and tatweel removed; ё → е.
/// Applied to every text whatever its locale: it only touches these letters.
fn normalize_letters_into(word: &str, out: &mut String) {
    out.extend(word.chars().filter_map(|c| match c {
        // Tashkeel (harakat, tanween, shadda, sukun, …), superscript alef, tatweel.
        '\u{064B}'..='\u{065F}' | '\u{0670}' | '\u{0640}' => None,
        'أ' | 'إ' | 'آ' | 'ٱ' => Some('ا'),
        'ى' | 'ی' | 'ئ' => Some('ي'),
        'ک' => Some('ك'),
        'ة' => Some('ه'),
        'ؤ' => Some('و'),
        'ۀ' => Some('ه'),
        // Persian and Arabic-Indic digits to ASCII.
        '\u{06F0}'..='\u{06F9}' => char::from_u32(c as u32 - 0x06F0 + 0x30),
        '\u{0660}'..='\u{0669}' => char::from_u32(c as u32 - 0x0660 + 0x30),
        'ё' => Some('е'),
        // Zero-width joiners and non-joiners inside Persian words.
        '\u{200C}' | '\u{200D}' => None,
        other => Some(other),
    }));
}

/// Removes accents from Latin, Greek, Cyrillic and Armenian letters (and Vietnamese tones).
/// Leaves other scripts alone: Hangul syllables, for one, must not be decomposed.
pub fn fold(word: &str) -> Cow<'_, str> {
    if word.is_ascii() {
        return Cow::Borrowed(word);
    }
    let mut out = String::with_capacity(word.len());
    for c in word.chars() {
        match c {
            'đ' => out.push('d'),
            'ø' => out.push('o'),
            'ß' => out.push_str("ss"),
            'æ' => out.push_str("ae"),
            'œ' => out.push_str("oe"),
            'ł' => out.push('l'),
            'ı' => out.push('i'),
            // й is a letter of its own in Russian; keep it.
            'й' => out.push('й'),
            '\u{00C0}'..='\u{024F}'
            | '\u{1E00}'..='\u{1EFF}'
            | '\u{0370}'..='\u{03FF}'
            | '\u{0400}'..='\u{04FF}' => {
                out.extend(c.nfd().filter(|m| !is_combining_mark(*m)));
            }
            other => out.push(other),
        }
    }
    Cow::Owned(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(text: &str, family: Family, expect: &[(&str, &str, &str)]) {
        let got: Vec<(String, String, String)> = analyze(text, family)
            .into_iter()
            .map(|t| (t.exact, t.folded, t.stem))
            .collect();
        let want: Vec<(String, String, String)> = expect
            .iter()
            .map(|(a, b, c)| (a.to_string(), b.to_string(), c.to_string()))
            .collect();
        assert_eq!(got, want, "{text}");
    }

    fn folded(text: &str) -> Vec<String> {
        analyze(text, Family::Plain)
            .into_iter()
            .map(|t| t.folded)
            .collect()
    }

    #[test]
    fn spanish_is_stemmed_and_folded() {
        check(
            "Ciudadanía: Abogados",
            Family::Spanish,
            &[
                ("ciudadanía", "ciudadania", "ciudadani"),
                ("abogados", "abogados", "abog"),
            ],
        );
        // Typed without accents, the stem still meets the document's.
        let typed = analyze("ciudadania abogado", Family::Spanish);
        assert_eq!(typed[0].stem, "ciudadani");
        assert_eq!(typed[1].stem, "abog");
    }

    #[test]
    fn vietnamese_loses_its_tones_only_when_folded() {
        check(
            "Quyền của tôi",
            Family::Plain,
            &[
                ("quyền", "quyen", "quyen"),
                ("của", "cua", "cua"),
                ("tôi", "toi", "toi"),
            ],
        );
        assert_eq!(folded("Luật sư đi"), ["luat", "su", "di"]);
    }

    #[test]
    fn chinese_is_segmented_and_traditional_folds_to_simplified() {
        let simplified = folded("身份证和绿卡");
        let traditional = folded("身份證和綠卡");
        assert_eq!(simplified, traditional);
        // Words, not single characters.
        assert!(simplified.contains(&"绿卡".to_owned()), "{simplified:?}");
        assert!(simplified.contains(&"身份".to_owned()), "{simplified:?}");
        // Mixed scripts split at the boundary whatever the locale.
        let mixed = folded("ID card 身份证");
        assert_eq!(&mixed[..2], ["id", "card"]);
        assert_eq!(mixed[2..].concat(), "身份证");
    }

    #[test]
    fn arabic_and_persian_letter_variants_meet() {
        // Alef forms, tashkeel, ta marbuta, tatweel.
        assert_eq!(folded("أَحْمَد"), folded("احمد"));
        assert_eq!(folded("محامـــي"), folded("محامي"));
        assert_eq!(folded("مساعدة"), folded("مساعده"));
        // Persian yeh and keheh against Arabic yeh and kaf.
        assert_eq!(folded("کمک حقوقی"), folded("كمك حقوقي"));
        assert_eq!(folded("۲۱۱"), ["211"]);
    }

    #[test]
    fn hangul_and_armenian_and_russian() {
        assert_eq!(folded("변호사 도움"), ["변호사", "도움"]);
        assert_eq!(folded("Ёлка"), folded("елка"));
        let hy = analyze("փաստաբաններ", Family::Armenian);
        assert_ne!(hy[0].stem, hy[0].folded, "Armenian is stemmed");
    }

    #[test]
    fn stems_are_chosen_by_declared_family_never_guessed() {
        let en = analyze("lawyers", Family::English);
        let plain = analyze("lawyers", Family::Plain);
        assert_eq!(en[0].stem, "lawyer");
        assert_eq!(plain[0].stem, "lawyers");
    }

    #[test]
    fn offsets_point_into_the_normalized_text() {
        let text = "Conozca sus derechos";
        let tokens = analyze(text, Family::Spanish);
        assert_eq!(&text[tokens[2].start..tokens[2].end], "derechos");
    }
}
