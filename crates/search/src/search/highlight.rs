//! Snippets: about 30 words of a hit's body around its densest run of matched words,
//! HTML-escaped, with the matches in `<mark>`; long bodies kept analysed between searches. It
//! must never return unescaped text.

use std::borrow::Cow;
use std::collections::HashMap;
use std::sync::{Arc, Mutex};

use crate::analyze::Family;

/// Appends `text` to `out`, HTML-escaped.
fn escape_into(out: &mut String, text: &str) {
    for c in text.chars() {
        match c {
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '&' => out.push_str("&amp;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            other => out.push(other),
        }
    }
}

/// About 30 words of `body` around the densest run of matches, HTML-escaped, matches in `<mark>`.
pub fn snippet(body: &str, locale: &str, words: &[String]) -> String {
    Highlighter::new(words).snippet(&Analyzed::new(body, locale))
}

/// A body analysed for snippets, whatever the query: the text shown (NFC, as written) and its
/// words, each a byte range in it and its folded form (as an index into `words`).
pub(crate) struct Analyzed {
    body: String,
    locale: String,
    text: String,
    tokens: Vec<(u32, u32, u32)>,
    words: Vec<Box<str>>,
    /// Each word's stem under the locale's stemmer, when worked out ahead (for a body kept for
    /// later searches); else each search stems the words it has not seen.
    stems: Vec<Box<str>>,
}

impl Analyzed {
    fn new(body: &str, locale: &str) -> Analyzed {
        Analyzed::analyze(body, locale, false)
    }

    fn analyze(body: &str, locale: &str, stemmed: bool) -> Analyzed {
        // Shown as written (NFC), matched on the normalized form (traditional Chinese folded to
        // simplified), whose characters correspond one to one.
        let shown: Cow<'_, str> = match unicode_normalization::is_nfc_quick(body.chars()) {
            unicode_normalization::IsNormalized::Yes => Cow::Borrowed(body),
            _ => Cow::Owned(unicode_normalization::UnicodeNormalization::nfc(body).collect()),
        };
        let normalized: Cow<'_, str> = if shown.chars().any(crate::analyze::is_han) {
            Cow::Owned(crate::analyze::normalize_input(&shown))
        } else {
            Cow::Borrowed(&*shown)
        };
        let mut ids: rustc_hash::FxHashMap<Box<str>, u32> = Default::default();
        let mut words: Vec<Box<str>> = Vec::new();
        let mut tokens: Vec<(u32, u32, u32)> = Vec::new();
        crate::analyze::each_folded(&normalized, |_, folded, start, end| {
            let id = match ids.get(folded) {
                Some(id) => *id,
                None => {
                    let id = words.len() as u32;
                    words.push(folded.into());
                    ids.insert(folded.into(), id);
                    id
                }
            };
            tokens.push((start as u32, end as u32, id));
        });
        // The ranges into the text shown: the same bytes unless normalizing changed lengths,
        // then by character count (one to one).
        let text = if shown.chars().count() == normalized.chars().count() {
            shown.to_string()
        } else {
            normalized.to_string()
        };
        if text != *normalized {
            let starts: Vec<usize> = normalized.char_indices().map(|(i, _)| i).collect();
            let to_text: Vec<usize> = text.char_indices().map(|(i, _)| i).collect();
            let at = |offset: u32| -> u32 {
                let chars = starts.partition_point(|&i| i < offset as usize);
                to_text.get(chars).copied().unwrap_or(text.len()) as u32
            };
            for token in &mut tokens {
                (token.0, token.1) = (at(token.0), at(token.1));
            }
        }
        let stems = if stemmed {
            let family = Family::of(locale);
            words
                .iter()
                .map(|w| crate::analyze::stem(w, family).into_boxed_str())
                .collect()
        } else {
            Vec::new()
        };
        Analyzed {
            body: body.to_owned(),
            locale: locale.to_owned(),
            text,
            tokens,
            words,
            stems,
        }
    }
}

/// Bodies at least this long (guides, mostly) are kept analysed for later snippets.
const KEEP_ANALYZED_BYTES: usize = 1024;
/// How many analysed bodies are kept (the least recently used goes first).
const ANALYZED_KEPT: usize = 256;

/// Long bodies analysed for snippets, by a hash of (locale, body), checked against the body
/// itself: a guide that matches many queries is segmented and folded once, not per search.
#[derive(Default)]
pub(crate) struct AnalyzedCache {
    /// A clock ticking once per lookup, and per hash: when last used, and the analysis.
    kept: Mutex<(u64, KeptAnalyses)>,
}

type KeptAnalyses = HashMap<u64, (u64, Arc<Analyzed>)>;

impl AnalyzedCache {
    pub(super) fn get(&self, body: &str, locale: &str) -> Arc<Analyzed> {
        if body.len() < KEEP_ANALYZED_BYTES {
            return Arc::new(Analyzed::new(body, locale));
        }
        let hash = {
            use std::hash::{Hash, Hasher};
            let mut h = rustc_hash::FxHasher::default();
            (locale, body).hash(&mut h);
            h.finish()
        };
        if let Ok(mut kept) = self.kept.lock() {
            let (clock, map) = &mut *kept;
            *clock += 1;
            if let Some((used, a)) = map.get_mut(&hash)
                && a.body == body
                && a.locale == locale
            {
                *used = *clock;
                return a.clone();
            }
        }
        let analyzed = Arc::new(Analyzed::analyze(body, locale, true));
        if let Ok(mut kept) = self.kept.lock() {
            let (clock, map) = &mut *kept;
            if map.len() >= ANALYZED_KEPT
                && let Some(oldest) = map
                    .iter()
                    .min_by_key(|(_, (used, _))| *used)
                    .map(|(k, _)| *k)
            {
                map.remove(&oldest);
            }
            map.insert(hash, (*clock, analyzed.clone()));
        }
        analyzed
    }
}

/// The snippets of one search's hits: the words to mark, and for each word seen so far (per
/// stemmer family) whether it is one of them, shared by every hit (listings repeat their words,
/// and stemming each again costs more than the rest of a snippet).
pub(super) struct Highlighter<'a> {
    words: rustc_hash::FxHashSet<&'a str>,
    seen: Vec<(Family, rustc_hash::FxHashMap<Box<str>, bool>)>,
}

impl<'a> Highlighter<'a> {
    pub(super) fn new(words: &'a [String]) -> Self {
        Highlighter {
            words: words.iter().map(String::as_str).collect(),
            seen: Vec::new(),
        }
    }

    pub(super) fn snippet(&mut self, a: &Analyzed) -> String {
        if a.tokens.is_empty() {
            let mut out = String::new();
            escape_into(&mut out, &a.body.chars().take(200).collect::<String>());
            return out;
        }
        // Whether each word matches. A word's folded form is `fold(exact)`, so exact words are
        // covered by it. A lone letter ("a", "y") is not worth marking; a lone Chinese
        // character is a word.
        let words = &self.words;
        let worth = |folded: &str| folded.chars().nth(1).is_some() || !folded.is_ascii();
        if !a.stems.is_empty() {
            let hits: Vec<bool> = a
                .words
                .iter()
                .zip(&a.stems)
                .map(|(folded, stem)| {
                    worth(folded) && (words.contains(&**folded) || words.contains(&**stem))
                })
                .collect();
            return self.mark(a, &hits);
        }
        let family = Family::of(&a.locale);
        let seen = match self.seen.iter().position(|(f, _)| *f == family) {
            Some(i) => &mut self.seen[i].1,
            None => {
                self.seen.push((family, Default::default()));
                &mut self.seen.last_mut().expect("just pushed").1
            }
        };
        let hits: Vec<bool> = a
            .words
            .iter()
            .map(|folded| match seen.get(folded) {
                Some(hit) => *hit,
                None => {
                    let hit = worth(folded)
                        && (words.contains(&**folded)
                            || words.contains(crate::analyze::stem(folded, family).as_str()));
                    seen.insert(folded.clone(), hit);
                    hit
                }
            })
            .collect();
        self.mark(a, &hits)
    }

    /// The snippet of `a` whose words `hits` says match: the window of words with the most.
    fn mark(&self, a: &Analyzed, hits: &[bool]) -> String {
        const WINDOW: usize = 30;
        let tokens: Vec<(usize, usize, bool)> = a
            .tokens
            .iter()
            .map(|&(from, to, id)| (from as usize, to as usize, hits[id as usize]))
            .collect();
        let text = &a.text;
        // The window with the most matches (the first of equals), by a running count.
        let (mut start, mut best, mut count) = (0, 0, 0);
        for i in 0..tokens.len() {
            count += usize::from(tokens[i].2);
            if i >= WINDOW {
                count -= usize::from(tokens[i - WINDOW].2);
            }
            let first = (i + 1).saturating_sub(WINDOW);
            if count > best {
                (best, start) = (count, first);
            }
        }
        let end = (start + WINDOW).min(tokens.len());
        let mut out = String::with_capacity(a.body.len().min(600) + 64);
        if start > 0 {
            out.push('…');
        }
        let mut cursor = tokens[start].0;
        for &(from, to, hit) in &tokens[start..end] {
            escape_into(&mut out, &text[cursor..from]);
            if hit {
                out.push_str("<mark>");
                escape_into(&mut out, &text[from..to]);
                out.push_str("</mark>");
            } else {
                escape_into(&mut out, &text[from..to]);
            }
            cursor = to;
        }
        if end < tokens.len() {
            out.push('…');
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn snippets_mark_matches_and_escape_html() {
        let s = snippet(
            "Ask for a <lawyer> & stay silent.",
            "en",
            &["lawyer".to_owned()],
        );
        assert_eq!(s, "Ask for a &lt;<mark>lawyer</mark>&gt; &amp; stay silent");
    }

    #[test]
    fn snippets_show_traditional_chinese_as_written() {
        // Matched through the simplified form, shown in the traditional one.
        let s = snippet("申請綠卡需要時間。", "zh-Hant", &["绿卡".to_owned()]);
        assert!(s.contains("<mark>綠卡</mark>"), "{s}");
        assert!(s.starts_with("申請"), "{s}");
    }

    #[test]
    fn a_lone_letter_is_not_marked() {
        let s = snippet(
            "Coffee with a cop",
            "en",
            &["a".to_owned(), "cop".to_owned()],
        );
        assert_eq!(s, "Coffee with a <mark>cop</mark>");
    }

    /// A long body kept analysed (stemmed ahead) gives the snippet a fresh analysis gives, for
    /// the first search and the next ones.
    #[test]
    fn a_kept_body_gives_the_same_snippets() {
        let body = format!(
            "{} Los abogados ayudan con la ciudadanía y las peticiones familiares. {}",
            "Información general sobre trámites. ".repeat(30),
            "Más información al final. ".repeat(20)
        );
        assert!(body.len() >= KEEP_ANALYZED_BYTES);
        let cache = AnalyzedCache::default();
        for words in [
            vec!["abogado".to_owned(), "ciudadania".to_owned()],
            vec!["peticion".to_owned(), "familiar".to_owned()],
        ] {
            let fresh = Highlighter::new(&words).snippet(&Analyzed::new(&body, "es"));
            assert!(fresh.contains("<mark>"), "{fresh}");
            for _ in 0..2 {
                let kept = Highlighter::new(&words).snippet(&cache.get(&body, "es"));
                assert_eq!(kept, fresh);
            }
        }
    }
}
