//! Guide bodies: Markdown to HTML. Raw HTML in the source is shown as text, never passed
//! through; in the kiosk, links to other sites become their text and address, not links.

use pulldown_cmark::{CowStr, Event, Options, Parser, Tag, TagEnd, html};

/// Renders `source`; `[changing:<id>]` markers are replaced by `notice(id)` (already HTML).
pub fn render(source: &str, kiosk: bool, notice: impl Fn(&str) -> Option<String>) -> String {
    let parser = Parser::new_ext(source, Options::ENABLE_TABLES);
    let mut pending_url: Option<String> = None;
    let events = parser.flat_map(|event| -> Vec<Event<'_>> {
        match event {
            Event::Html(raw) | Event::InlineHtml(raw) => vec![Event::Text(raw)],
            Event::Start(Tag::Link { dest_url, .. }) if kiosk && is_external(&dest_url) => {
                pending_url = Some(dest_url.to_string());
                vec![]
            }
            Event::End(TagEnd::Link) if kiosk && pending_url.is_some() => {
                let url = pending_url.take().unwrap_or_default();
                vec![Event::Text(CowStr::from(format!(" ({url})")))]
            }
            other => vec![other],
        }
    });
    let mut out = String::new();
    html::push_html(&mut out, events);
    // Markers survive as text: `[changing:id]`.
    let mut result = String::with_capacity(out.len());
    let mut rest = out.as_str();
    while let Some(at) = rest.find("[changing:") {
        result.push_str(&rest[..at]);
        let after = &rest[at + "[changing:".len()..];
        match after.find(']') {
            Some(end) => {
                let id = &after[..end];
                result.push_str(&notice(id).unwrap_or_default());
                rest = &after[end + 1..];
            }
            None => {
                result.push_str("[changing:");
                rest = after;
            }
        }
    }
    result.push_str(rest);
    result
}

fn is_external(url: &str) -> bool {
    url.starts_with("http://") || url.starts_with("https://") || url.starts_with("//")
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

    #[test]
    fn raw_html_is_text_and_markers_become_notices() {
        let out = render(
            "Hi <script>x</script>\n\n[changing:fee] The fee is set.",
            false,
            |id| Some(format!("<b>{id}</b>")),
        );
        assert!(out.contains("&lt;script&gt;"), "{out}");
        assert!(out.contains("<b>fee</b> The fee is set."), "{out}");
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
