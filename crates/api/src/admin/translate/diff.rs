//! A word-level diff of a source text's old and new versions, for a stale translation; pure.

/// One run of a word diff between the old and the new source.
pub struct DiffPart {
    /// `same`, `del` or `ins`.
    pub op: &'static str,
    pub text: String,
}

/// A word-level diff (longest common subsequence); `None` when the texts are too long to
/// compare cheaply (then both are shown whole).
pub fn word_diff(old: &str, new: &str) -> Option<Vec<DiffPart>> {
    let a: Vec<&str> = old.split_inclusive(char::is_whitespace).collect();
    let b: Vec<&str> = new.split_inclusive(char::is_whitespace).collect();
    if a.len().saturating_mul(b.len()) > 4_000_000 {
        return None;
    }
    let (n, m) = (a.len(), b.len());
    // lcs[i][j]: the common subsequence length of a[i..] and b[j..].
    let mut lcs = vec![0u32; (n + 1) * (m + 1)];
    let at = |i: usize, j: usize| i * (m + 1) + j;
    for i in (0..n).rev() {
        for j in (0..m).rev() {
            lcs[at(i, j)] = if a[i].trim_end() == b[j].trim_end() {
                lcs[at(i + 1, j + 1)] + 1
            } else {
                lcs[at(i + 1, j)].max(lcs[at(i, j + 1)])
            };
        }
    }
    let mut parts: Vec<DiffPart> = Vec::new();
    let mut push = |op: &'static str, text: &str| match parts.last_mut() {
        Some(last) if last.op == op => last.text.push_str(text),
        _ => parts.push(DiffPart {
            op,
            text: text.to_owned(),
        }),
    };
    let (mut i, mut j) = (0, 0);
    while i < n || j < m {
        if i < n && j < m && a[i].trim_end() == b[j].trim_end() {
            push("same", b[j]);
            i += 1;
            j += 1;
        } else if i < n && (j == m || lcs[at(i + 1, j)] >= lcs[at(i, j + 1)]) {
            push("del", a[i]);
            i += 1;
        } else {
            push("ins", b[j]);
            j += 1;
        }
    }
    Some(parts)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn check(old: &str, new: &str, expect: &str) {
        let got: String = word_diff(old, new)
            .unwrap()
            .iter()
            .map(|p| match p.op {
                "same" => p.text.clone(),
                op => format!("[{op}:{}]", p.text),
            })
            .collect();
        assert_eq!(got, expect);
    }

    #[test]
    fn word_diff_shows_what_changed() {
        check("Free help", "Free help", "Free help");
        check(
            "Free legal help on Mondays",
            "Free legal help on Tuesdays",
            "Free legal help on [del:Mondays][ins:Tuesdays]",
        );
        check("a b", "a x b", "a [ins:x ]b");
        check("", "new", "[ins:new]");
    }
}
