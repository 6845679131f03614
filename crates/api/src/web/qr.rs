//! QR codes of page addresses, as inline SVG, so a resident can take a listing to their phone.
//! Dark modules are drawn as horizontal runs in one path: a few kilobytes per code.

use std::fmt::Write;

use qrcode::{Color, QrCode};

const QUIET: usize = 4;

/// An SVG QR code of `url`, labelled for screen readers; empty if the address is too long.
pub fn svg(url: &str, label: &str) -> String {
    let Ok(code) = QrCode::new(url.as_bytes()) else {
        return String::new();
    };
    let width = code.width();
    let colors = code.to_colors();
    let size = width + 2 * QUIET;
    let label: String = label
        .chars()
        .filter(|c| !matches!(c, '"' | '<' | '>' | '&'))
        .collect();
    let mut path = String::new();
    for (y, row) in colors.chunks(width).enumerate() {
        let mut x = 0;
        while x < width {
            if row[x] == Color::Dark {
                let start = x;
                while x < width && row[x] == Color::Dark {
                    x += 1;
                }
                let _ = write!(
                    path,
                    "M{} {}h{}v1h-{}z",
                    start + QUIET,
                    y + QUIET,
                    x - start,
                    x - start
                );
            } else {
                x += 1;
            }
        }
    }
    format!(
        r##"<svg class="qr" role="img" aria-label="{label}" xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {size} {size}" shape-rendering="crispEdges"><rect width="{size}" height="{size}" fill="#fff"/><path fill="#000" d="{path}"/></svg>"##
    )
}

#[cfg(test)]
mod tests {
    #[test]
    fn an_address_becomes_a_small_labelled_svg() {
        let out = super::svg("http://localhost/es/guides/daca", "Código QR");
        assert!(out.starts_with(r#"<svg class="qr" role="img" aria-label="Código QR""#));
        assert!(out.ends_with("</svg>"));
        assert!(out.len() < 6000, "{}", out.len());
    }
}
