//! Checks for `main.ftl` files: syntax, and the *shape* of a file (which messages, attributes and
//! variables it has) so a translation can be compared with English.
//!
//! The integration tests run these over `locales/*/main.ftl`; a translator dashboard can too.

use std::collections::{BTreeMap, BTreeSet};

use fluent_bundle::FluentResource;

/// Fluent syntax errors in `source`, one `line N: what is wrong` each; empty when it parses.
pub fn syntax_errors(source: &str) -> Vec<String> {
    match FluentResource::try_new(source.to_owned()) {
        Ok(_) => Vec::new(),
        Err((_, errors)) => errors
            .iter()
            .map(|error| {
                // The start of the broken entry, else the point the parser gave up at.
                let at = error
                    .slice
                    .as_ref()
                    .map_or(error.pos.start, |slice| slice.start);
                let line = source[..at.min(source.len())].matches('\n').count() + 1;
                format!("line {line}: {error}")
            })
            .collect(),
    }
}

/// The messages of one Fluent file.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct FtlShape {
    /// Message id → its shape. Terms (`-brand`) are not messages and are left out.
    pub messages: BTreeMap<String, MessageShape>,
    /// Ids defined more than once, each listed once.
    pub duplicates: Vec<String>,
}

/// What a message is made of, without its text.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct MessageShape {
    /// The variables (`$name`) of its value, or `None` if it has no value (attributes only).
    pub value: Option<BTreeSet<String>>,
    /// Attribute name → the variables it uses.
    pub attributes: BTreeMap<String, BTreeSet<String>>,
}

/// The messages, attributes and variables of `source`. Meant for files that parse (check
/// [`syntax_errors`] first); on broken syntax it still returns what it recognizes.
pub fn shape(source: &str) -> FtlShape {
    let mut shape = FtlShape::default();
    // The message being read, and the pattern (value, or attribute name) text goes to.
    let mut current: Option<(String, Option<String>)> = None;
    let mut pattern = PatternScan::default();

    for line in source.lines() {
        match line.chars().next() {
            None => {}
            Some(' ') => {
                let rest = line.trim_start();
                let attribute = if pattern.frames.is_empty() {
                    rest.strip_prefix('.').and_then(split_definition)
                } else {
                    None
                };
                match (attribute, current.as_mut()) {
                    (Some((name, text)), Some((id, target))) => {
                        finish(&mut shape, id, target.take(), std::mem::take(&mut pattern));
                        *target = Some(name.to_owned());
                        pattern.feed(text);
                    }
                    _ => pattern.feed(rest),
                }
            }
            Some(c) if c.is_ascii_alphabetic() => {
                if let Some((id, target)) = current.take() {
                    finish(&mut shape, &id, target, std::mem::take(&mut pattern));
                }
                pattern = PatternScan::default();
                if let Some((id, text)) = split_definition(line) {
                    if shape.messages.contains_key(id) {
                        if !shape.duplicates.iter().any(|d| d == id) {
                            shape.duplicates.push(id.to_owned());
                        }
                    } else {
                        shape
                            .messages
                            .insert(id.to_owned(), MessageShape::default());
                    }
                    current = Some((id.to_owned(), None));
                    pattern.feed(text);
                }
            }
            // A comment or a term ends the message before it.
            Some('#' | '-') => {
                if let Some((id, target)) = current.take() {
                    finish(&mut shape, &id, target, std::mem::take(&mut pattern));
                }
            }
            Some(_) => pattern.feed(line),
        }
    }
    if let Some((id, target)) = current {
        finish(&mut shape, &id, target, pattern);
    }
    shape
}

/// What is wrong with `translation` compared with `reference` (English): missing and extra
/// messages, a value or attribute one has and the other lacks, variables the translation uses that
/// English does not (the caller never passes them, so the reader would see `{$name}`), variables it
/// drops (the reader would miss the name, id or date), and duplicate ids.
pub fn compare(reference: &FtlShape, translation: &FtlShape) -> Vec<String> {
    let mut problems = Vec::new();
    for id in &translation.duplicates {
        problems.push(format!("message `{id}` is defined more than once"));
    }
    for id in reference.messages.keys() {
        if !translation.messages.contains_key(id) {
            problems.push(format!("missing message `{id}`"));
        }
    }
    for (id, theirs) in &translation.messages {
        let Some(ours) = reference.messages.get(id) else {
            problems.push(format!("extra message `{id}`, which en does not have"));
            continue;
        };
        match (&ours.value, &theirs.value) {
            (Some(_), None) => problems.push(format!("`{id}` has no value")),
            (None, Some(_)) => problems.push(format!("`{id}` has a value, which en does not")),
            (Some(ours), Some(theirs)) => compare_variables(&mut problems, id, ours, theirs),
            (None, None) => {}
        }
        for (attr, our_vars) in &ours.attributes {
            match theirs.attributes.get(attr) {
                None => problems.push(format!("`{id}` is missing attribute `.{attr}`")),
                Some(their_vars) => {
                    compare_variables(&mut problems, &format!("{id}.{attr}"), our_vars, their_vars)
                }
            }
        }
        for attr in theirs.attributes.keys() {
            if !ours.attributes.contains_key(attr) {
                problems.push(format!("`{id}` has attribute `.{attr}`, which en does not"));
            }
        }
    }
    problems
}

fn compare_variables(
    problems: &mut Vec<String>,
    what: &str,
    ours: &BTreeSet<String>,
    theirs: &BTreeSet<String>,
) {
    for var in theirs.difference(ours) {
        problems.push(format!("`{what}` uses `${var}`, which en does not"));
    }
    for var in ours.difference(theirs) {
        problems.push(format!("`{what}` does not use `${var}`, which en does"));
    }
}

/// `name = rest` → `(name, rest)` for an identifier `name`.
fn split_definition(line: &str) -> Option<(&str, &str)> {
    let end = line
        .find(|c: char| !(c.is_ascii_alphanumeric() || c == '-' || c == '_'))
        .unwrap_or(line.len());
    let (name, rest) = line.split_at(end);
    let rest = rest.trim_start_matches(' ').strip_prefix('=')?;
    (!name.is_empty()).then_some((name, rest))
}

fn finish(shape: &mut FtlShape, id: &str, target: Option<String>, pattern: PatternScan) {
    let Some(message) = shape.messages.get_mut(id) else {
        return;
    };
    match target {
        None => {
            if pattern.has_text {
                message.value = Some(pattern.variables);
            }
        }
        Some(attr) => {
            message.attributes.insert(attr, pattern.variables);
        }
    }
}

enum Frame {
    /// Inside `{ … }`: variables, strings, function calls.
    Expression,
    /// After `->`: variant keys and variant text, until the closing `}`.
    Variants,
}

/// Reads the text of one pattern, line by line, collecting the variables of its placeables.
#[derive(Default)]
struct PatternScan {
    frames: Vec<Frame>,
    variables: BTreeSet<String>,
    has_text: bool,
}

impl PatternScan {
    fn feed(&mut self, text: &str) {
        let mut in_string = false;
        let mut chars = text.char_indices().peekable();
        while let Some((at, c)) = chars.next() {
            if !c.is_whitespace() {
                self.has_text = true;
            }
            match self.frames.last() {
                None | Some(Frame::Variants) => match c {
                    '{' => self.frames.push(Frame::Expression),
                    '}' if !self.frames.is_empty() => {
                        self.frames.pop();
                    }
                    _ => {}
                },
                Some(Frame::Expression) if in_string => match c {
                    '\\' => {
                        chars.next();
                    }
                    '"' => in_string = false,
                    _ => {}
                },
                Some(Frame::Expression) => match c {
                    '"' => in_string = true,
                    '{' => self.frames.push(Frame::Expression),
                    '}' => {
                        self.frames.pop();
                    }
                    '-' if chars.peek().is_some_and(|&(_, next)| next == '>') => {
                        chars.next();
                        if let Some(top) = self.frames.last_mut() {
                            *top = Frame::Variants;
                        }
                    }
                    '$' => {
                        let rest = &text[at + 1..];
                        let len = rest
                            .find(|c: char| !(c.is_ascii_alphanumeric() || c == '-' || c == '_'))
                            .unwrap_or(rest.len());
                        if len > 0 {
                            self.variables.insert(rest[..len].to_owned());
                        }
                    }
                    _ => {}
                },
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn vars(names: &[&str]) -> BTreeSet<String> {
        names.iter().map(|s| (*s).to_owned()).collect()
    }

    /// `(id, variables of the value if it has one, [(attribute, its variables)])`.
    type Expect<'a> = (
        &'a str,
        Option<&'a [&'a str]>,
        &'a [(&'a str, &'a [&'a str])],
    );

    #[track_caller]
    fn check(source: &str, expect: &[Expect<'_>]) {
        assert_eq!(
            syntax_errors(source),
            Vec::<String>::new(),
            "fixture must parse"
        );
        let got = shape(source);
        let expect: BTreeMap<String, MessageShape> = expect
            .iter()
            .map(|(id, value, attrs)| {
                let shape = MessageShape {
                    value: value.map(vars),
                    attributes: attrs
                        .iter()
                        .map(|(name, v)| ((*name).to_owned(), vars(v)))
                        .collect(),
                };
                ((*id).to_owned(), shape)
            })
            .collect();
        assert_eq!(got.messages, expect);
    }

    #[test]
    fn messages_attributes_and_variables() {
        check(
            "# A comment\n\
             ## Group\n\
             -brand = Vecino\n\
             simple = Hello\n\
             with-var = No guide at { $slug }.\n    .title = Guide { $slug } not found\n\
             only-attrs =\n    .a = A\n    .b = B { $x }\n\
             multi =\n    First line { $one }\n\n    second line { -brand } { $two }\n",
            &[
                ("simple", Some(&[]), &[]),
                ("with-var", Some(&["slug"]), &[("title", &["slug"])]),
                ("only-attrs", None, &[("a", &[]), ("b", &["x"])]),
                ("multi", Some(&["one", "two"]), &[]),
            ],
        );
    }

    #[test]
    fn select_expressions_and_literals() {
        check(
            "count = { $count ->\n        [one] One item for { $who }\n       *[other] { $count } items, \"quoted $notvar\" {\"{\"}\n    }\n    .title = { NUMBER($n, style: \"percent\") } and { \"$lit\" }\n\
             after = { $x }\n",
            &[
                ("count", Some(&["count", "who"]), &[("title", &["n"])]),
                ("after", Some(&["x"]), &[]),
            ],
        );
    }

    #[test]
    fn duplicates_are_reported_once() {
        let got = shape("a = 1\nb = 2\na = 3\na = 4\n");
        assert_eq!(got.duplicates, ["a"]);
    }

    #[test]
    fn syntax_errors_name_the_line() {
        let errors = syntax_errors("good = fine\nbad = { $x\nother = ok\n");
        assert_eq!(errors.len(), 1, "{errors:?}");
        assert!(errors[0].starts_with("line 2:"), "{errors:?}");
        assert_eq!(syntax_errors("ok = yes\n"), Vec::<String>::new());
    }

    #[test]
    fn compare_reports_each_difference() {
        let en = shape("a = A { $x }\n    .title = T\nb = B\nc =\n    .t = C\n");
        let xx = shape("a = A { $y }\n    .other = T\nd = D\nc = C\n    .t = C\nc = again\n");
        let problems = compare(&en, &xx);
        let expect = [
            "message `c` is defined more than once",
            "missing message `b`",
            "`a` uses `$y`, which en does not",
            "`a` does not use `$x`, which en does",
            "`a` is missing attribute `.title`",
            "`a` has attribute `.other`, which en does not",
            "`c` has a value, which en does not",
            "extra message `d`, which en does not have",
        ];
        assert_eq!(problems, expect);
        assert_eq!(compare(&en, &en), Vec::<String>::new());
    }
}
