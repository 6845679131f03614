//! Guide bodies: Markdown to HTML, and the `[changing:<id>]` markers a body's text carries.
//! Pure (no I/O). It must never pass markup from the source through: raw HTML becomes text,
//! images become their description, links keep only http, https, mailto, tel or relative
//! destinations, and markers are replaced only inside the parser's text events — never by
//! editing the rendered HTML.

use pulldown_cmark::{
    CowStr, Event, LinkType, Options, Parser, Tag, TagEnd, TextMergeStream, html,
};

const MARKER: &str = "[changing:";

/// The parser's events for `source`, with raw HTML turned into text and adjacent text merged,
/// so that what the renderer substitutes and what [`changing_markers`] checks are the same text.
fn events(source: &str) -> impl Iterator<Item = Event<'_>> {
    let parser = Parser::new_ext(source, Options::ENABLE_TABLES).map(|event| match event {
        Event::Html(raw) | Event::InlineHtml(raw) => Event::Text(raw),
        other => other,
    });
    TextMergeStream::new(parser)
}

/// Splits `text` at its `[changing:<id>]` markers: `(before, Some(id))` for each marker,
/// then `(rest, None)`.
fn split_markers(text: &str) -> Vec<(&str, Option<&str>)> {
    let mut parts = Vec::new();
    let mut rest = text;
    while let Some(at) = rest.find(MARKER) {
        let after = &rest[at + MARKER.len()..];
        let Some(end) = after.find(']') else { break };
        parts.push((&rest[..at], Some(&after[..end])));
        rest = &after[end + 1..];
    }
    parts.push((rest, None));
    parts
}

/// The ids of the `[changing:<id>]` markers in a guide body, as a reader sees its text (after
/// entities such as `&#91;` are decoded); markers in code are only code, and are not counted.
pub fn changing_markers(source: &str) -> Vec<String> {
    let mut code = 0usize;
    let mut found = Vec::new();
    for event in events(source) {
        match event {
            Event::Start(Tag::CodeBlock(_)) => code += 1,
            Event::End(TagEnd::CodeBlock) => code = code.saturating_sub(1),
            Event::Text(text) if code == 0 => found.extend(
                split_markers(&text)
                    .into_iter()
                    .filter_map(|(_, id)| id.map(str::to_owned)),
            ),
            _ => {}
        }
    }
    found
}

/// A link destination's scheme, lower-cased, as a browser would read it (it ignores tabs and
/// newlines anywhere, and leading spaces and control characters); `None` for a relative one.
fn scheme(url: &str) -> Option<String> {
    let cleaned: String = url
        .trim_start_matches(|c: char| c <= ' ')
        .chars()
        .filter(|c| !matches!(c, '\t' | '\n' | '\r'))
        .collect();
    let end = cleaned.find([':', '/', '?', '#'])?;
    if !cleaned[end..].starts_with(':') {
        return None;
    }
    Some(cleaned[..end].to_ascii_lowercase())
}

/// Where a guide link may go.
#[derive(Debug, PartialEq)]
enum Dest {
    /// A page of this site (a relative path).
    Here,
    /// Another site, or a mail address or a phone number.
    Away,
    /// Anything else (`javascript:`, `data:`, …): not a link at all.
    Refused,
}

fn classify(link_type: LinkType, url: &str) -> Dest {
    if link_type == LinkType::Email {
        return Dest::Away;
    }
    match scheme(url).as_deref() {
        None if url.trim_start().starts_with("//") || url.trim_start().starts_with("\\\\") => {
            Dest::Away
        }
        None => Dest::Here,
        Some("http" | "https" | "mailto" | "tel") => Dest::Away,
        Some(_) => Dest::Refused,
    }
}

/// What a link is shown as where it cannot be followed (the kiosk): its address, without
/// the `mailto:` or `tel:` in front.
fn shown_address(link_type: LinkType, url: &str) -> String {
    if link_type == LinkType::Email {
        return url.to_owned();
    }
    let lower = url.to_ascii_lowercase();
    for prefix in ["mailto:", "tel:"] {
        if lower.starts_with(prefix) {
            return url[prefix.len()..].to_owned();
        }
    }
    url.to_owned()
}

/// Renders a guide body. In the kiosk (`kiosk`), links to other sites, mail addresses and
/// phone numbers become their text and address. `notice(id)` is the HTML that replaces a
/// `[changing:<id>]` marker of a declared fact; for any other id it returns `None` and the
/// marker stays as text.
pub fn render(source: &str, kiosk: bool, notice: impl Fn(&str) -> Option<String>) -> String {
    // For each open link: the address to show after its text, if it is not kept as a link.
    let mut links: Vec<Option<String>> = Vec::new();
    let mut code = 0usize;
    let mut out_events: Vec<Event<'_>> = Vec::new();
    for event in events(source) {
        match event {
            Event::Start(Tag::Image { .. }) | Event::End(TagEnd::Image) => {
                // No image is fetched: its description stays, as text.
            }
            Event::Start(Tag::Link {
                link_type,
                dest_url,
                title,
                id,
            }) => match classify(link_type, &dest_url) {
                Dest::Refused => links.push(Some(String::new())),
                Dest::Away if kiosk => {
                    links.push(Some(format!(" ({})", shown_address(link_type, &dest_url))));
                }
                Dest::Here | Dest::Away => {
                    links.push(None);
                    out_events.push(Event::Start(Tag::Link {
                        link_type,
                        dest_url,
                        title,
                        id,
                    }));
                }
            },
            Event::End(TagEnd::Link) => match links.pop().flatten() {
                Some(after) => {
                    if !after.is_empty() {
                        out_events.push(Event::Text(CowStr::from(after)));
                    }
                }
                None => out_events.push(Event::End(TagEnd::Link)),
            },
            Event::Start(Tag::CodeBlock(kind)) => {
                code += 1;
                out_events.push(Event::Start(Tag::CodeBlock(kind)));
            }
            Event::End(TagEnd::CodeBlock) => {
                code = code.saturating_sub(1);
                out_events.push(Event::End(TagEnd::CodeBlock));
            }
            Event::Text(text) if code == 0 && text.contains(MARKER) => {
                for (before, id) in split_markers(&text) {
                    let mut plain = before.to_owned();
                    let html = id.and_then(|id| match notice(id) {
                        Some(html) => Some(html),
                        None => {
                            plain.push_str(&format!("{MARKER}{id}]"));
                            None
                        }
                    });
                    if !plain.is_empty() {
                        out_events.push(Event::Text(CowStr::from(plain)));
                    }
                    if let Some(html) = html {
                        out_events.push(Event::Html(CowStr::from(html)));
                    }
                }
            }
            other => out_events.push(other),
        }
    }
    let mut out = String::new();
    html::push_html(&mut out, out_events.into_iter());
    out
}

/// The first section of a guide that is a list (its main points), for the pocket card:
/// the heading and the list, in Markdown.
pub fn first_list_section(source: &str) -> Option<String> {
    let mut sections = source.split("\n## ");
    sections.next();
    sections
        .find(|s| s.lines().any(|l| l.trim_start().starts_with("- ")))
        .map(|s| {
            let mut lines = s.lines();
            let heading = lines.next().unwrap_or_default();
            let list: Vec<&str> = lines
                .skip_while(|l| !l.trim_start().starts_with("- "))
                .take_while(|l| l.trim_start().starts_with("- ") || l.starts_with("  "))
                .collect();
            format!("## {heading}\n\n{}\n", list.join("\n"))
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(source: &str, expect: &str) {
        let notice = |id: &str| (id == "fee").then(|| "<b>fee</b>".to_owned());
        assert_eq!(render(source, false, notice).trim_end(), expect);
    }

    #[test]
    fn raw_html_is_text_and_markers_become_notices() {
        check(
            "Hi <script>x</script>\n\n[changing:fee] The fee is set.",
            "<p>Hi &lt;script&gt;x&lt;/script&gt;</p>\n<p><b>fee</b> The fee is set.</p>",
        );
    }

    #[test]
    fn unknown_markers_stay_as_text() {
        check(
            "[changing:other] is kept, [changing:fee] is not.",
            "<p>[changing:other] is kept, <b>fee</b> is not.</p>",
        );
    }

    #[test]
    fn a_marker_in_a_link_title_cannot_open_an_attribute() {
        // The attack of the security review: an entity-encoded marker in a title, and text
        // that would become attributes if the HTML were edited after rendering.
        let source = "Derechos. [ver](https://example.org \"&#91;changing:\") x &#93;\" id=\"pwned\" onmouseover=\"alert(1)\" title=\"";
        let out = render(source, false, |_| None);
        let tag = &out[out.find("<a ").unwrap()..];
        let tag = &tag[..=tag.find('>').unwrap()];
        assert_eq!(
            tag, "<a href=\"https://example.org\" title=\"[changing:\">",
            "{out}"
        );
        // The rest is text of the paragraph: quotes in text open no attribute.
        assert!(out.contains("</a> x ]\" id=\"pwned\""), "{out}");
        assert!(changing_markers(source).is_empty());
    }

    #[test]
    fn markers_are_found_in_the_text_a_reader_sees() {
        assert_eq!(
            changing_markers("Intro.\n\n[changing:n400-fee] As of 2024.\n- &#91;changing:daca] x"),
            ["n400-fee", "daca"]
        );
        assert!(changing_markers("`[changing:x]`\n\n    [changing:y]").is_empty());
    }

    #[test]
    fn images_become_their_description() {
        check(
            "See ![a red card](/kiosk/reset) here.",
            "<p>See a red card here.</p>",
        );
    }

    #[test]
    fn only_web_mail_and_phone_links_are_links() {
        check(
            "[a](javascript:alert(1)) [b](JaVa\tScRiPt:x) [c](data:text/html,x) [d](vbscript:x)",
            "<p>a [b](JaVa\tScRiPt:x) c d</p>",
        );
        check("[a](java%0ascript:x)", "<p>a</p>");
        check("<javascript:alert(1)>", "<p>javascript:alert(1)</p>");
        check(
            "[w](https://example.org) [m](mailto:a@example.org) [t](tel:+15555550100) [r](/es/guides/daca) [s](#top)",
            "<p><a href=\"https://example.org\">w</a> <a href=\"mailto:a@example.org\">m</a> \
             <a href=\"tel:+15555550100\">t</a> <a href=\"/es/guides/daca\">r</a> \
             <a href=\"#top\">s</a></p>",
        );
    }

    #[test]
    fn kiosk_links_to_other_sites_become_text() {
        let source = "See [red cards](https://www.ilrc.org/red-cards).";
        assert!(
            render(source, false, |_| None).contains("<a href=\"https://www.ilrc.org/red-cards\">")
        );
        let kiosk = render(source, true, |_| None);
        assert!(!kiosk.contains("<a "), "{kiosk}");
        assert!(
            kiosk.contains("red cards (https://www.ilrc.org/red-cards)"),
            "{kiosk}"
        );
        let phone = render("[Call](tel:+15555550100)", true, |_| None);
        assert_eq!(phone.trim_end(), "<p>Call (+15555550100)</p>");
    }

    #[test]
    fn the_card_takes_the_first_list() {
        let s = "Intro.\n\n## Main rights\n\n- One.\n- Two.\n\nMore.\n\n## At home\n\n- Three.";
        assert_eq!(
            first_list_section(s).unwrap(),
            "## Main rights\n\n- One.\n- Two.\n"
        );
    }
}
