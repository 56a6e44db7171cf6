//! CPython's tokenizer limits, which the parser hotpy uses does not have: at most 200 open
//! brackets at once ("too many nested parentheses", `MAXLEVEL`) and at most 99 levels of
//! indentation ("too many levels of indentation", `MAXINDENT`). A scan of the source as
//! CPython 3.11's tokenizer sees it: comments, and strings (f-strings included: in 3.11 an
//! f-string is one token) are skipped; indentation counts only at the start of a logical line.

use ruff_text_size::TextSize;

/// Open brackets allowed at once (CPython's `MAXLEVEL`).
const MAX_BRACKETS: usize = 200;
/// Indentation levels allowed (CPython's `MAXINDENT` less one).
const MAX_INDENT_LEVELS: usize = 99;

/// A limit the source passes.
#[derive(Debug, PartialEq, Eq)]
pub struct LimitError {
    pub kind: &'static str,
    pub message: &'static str,
    /// Where CPython reports it: the bracket, or the start of the line.
    pub at: TextSize,
    /// Whether CPython marks the spot with a caret.
    pub caret: bool,
}

/// The first limit `source` passes, if any.
pub fn check(source: &str) -> Option<LimitError> {
    if let Some(at) = source.find('\0') {
        return Some(LimitError {
            kind: "SyntaxError",
            message: "source code cannot contain null bytes",
            at: TextSize::from(at as u32),
            caret: false,
        });
    }
    let bytes = source.as_bytes();
    let mut depth = 0usize;
    // Indentation columns with tabs to multiples of 8, and (CPython's `altindstack`) with
    // tabs as one column: the two must order lines alike, or tabs and spaces are mixed
    // inconsistently (TabError).
    let mut indents: Vec<(usize, usize)> = vec![(0, 0)];
    let mut at_line_start = true;
    let mut i = 0;
    while i < bytes.len() {
        if at_line_start {
            at_line_start = false;
            let (column, alt, next) = indentation(bytes, i);
            let blank = matches!(bytes.get(next), None | Some(b'\n' | b'\r' | b'#'));
            let tab_error = LimitError {
                kind: "TabError",
                message: "inconsistent use of tabs and spaces in indentation",
                at: TextSize::from(i as u32),
                caret: false,
            };
            if !blank {
                let &(top, top_alt) = indents.last().expect("never empty");
                if column == top {
                    if alt != top_alt {
                        return Some(tab_error);
                    }
                } else if column > top {
                    if indents.len() > MAX_INDENT_LEVELS {
                        return Some(LimitError {
                            kind: "IndentationError",
                            message: "too many levels of indentation",
                            at: TextSize::from(i as u32),
                            caret: false,
                        });
                    }
                    if alt <= top_alt {
                        return Some(tab_error);
                    }
                    indents.push((column, alt));
                } else {
                    while indents.len() > 1 && column < indents.last().expect("never empty").0 {
                        indents.pop();
                    }
                    // A dedent to no outer level is the parser's IndentationError.
                    let &(top, top_alt) = indents.last().expect("never empty");
                    if column == top && alt != top_alt {
                        return Some(tab_error);
                    }
                }
            }
            i = next;
            continue;
        }
        match bytes[i] {
            b'#' => {
                while i < bytes.len() && bytes[i] != b'\n' {
                    i += 1;
                }
            }
            b'\\' if matches!(bytes.get(i + 1), Some(b'\n')) => i += 2,
            b'\\' if bytes.get(i + 1) == Some(&b'\r') => {
                i += 2;
                if bytes.get(i) == Some(&b'\n') {
                    i += 1;
                }
            }
            b'\n' => {
                i += 1;
                at_line_start = depth == 0;
            }
            b'(' | b'[' | b'{' => {
                if depth >= MAX_BRACKETS {
                    return Some(LimitError {
                        kind: "SyntaxError",
                        message: "too many nested parentheses",
                        at: TextSize::from(i as u32),
                        caret: true,
                    });
                }
                depth += 1;
                i += 1;
            }
            b')' | b']' | b'}' => {
                depth = depth.saturating_sub(1);
                i += 1;
            }
            q @ (b'\'' | b'"') => i = skip_string(bytes, i, q),
            _ => i += 1,
        }
    }
    None
}

/// The indentation of the line starting at `i`: its column with tabs to the next multiple
/// of 8 (CPython's), its column with tabs as one, and where its first other character is.
fn indentation(bytes: &[u8], mut i: usize) -> (usize, usize, usize) {
    let (mut column, mut alt) = (0, 0);
    while let Some(&c) = bytes.get(i) {
        match c {
            b' ' => (column, alt) = (column + 1, alt + 1),
            b'\t' => (column, alt) = ((column / 8 + 1) * 8, alt + 1),
            b'\x0c' => (column, alt) = (0, 0),
            _ => break,
        }
        i += 1;
    }
    (column, alt, i)
}

/// The index after the string literal whose opening quote `q` is at `i` (any prefix letters
/// were passed over as names). A backslash escapes the next character, raw or not (in a raw
/// string it still keeps a quote from ending the string).
fn skip_string(bytes: &[u8], i: usize, q: u8) -> usize {
    let triple = bytes.get(i + 1) == Some(&q) && bytes.get(i + 2) == Some(&q);
    let mut j = if triple { i + 3 } else { i + 1 };
    while j < bytes.len() {
        match bytes[j] {
            b'\\' => j += 2,
            c if c == q => {
                if !triple {
                    return j + 1;
                }
                if bytes.get(j + 1) == Some(&q) && bytes.get(j + 2) == Some(&q) {
                    return j + 3;
                }
                j += 1;
            }
            // An unterminated single-quoted string ends at the line's end (the parser
            // reports it).
            b'\n' if !triple => return j,
            _ => j += 1,
        }
    }
    j
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_two_hundred_and_first_open_bracket_is_too_many() {
        let ok = format!("x = {}1{}", "(".repeat(200), ")".repeat(200));
        assert_eq!(check(&ok), None);
        // CPython: offset 205 (1-based), the 50th `(`.
        let deep = format!("x = [{}{}", "{".repeat(150), "(".repeat(60));
        let e = check(&deep).expect("too deep");
        assert_eq!((e.kind, e.at), ("SyntaxError", TextSize::from(204)));
    }

    #[test]
    fn brackets_in_strings_and_comments_do_not_count() {
        let src = format!(
            "x = '{0}'\ny = \"\"\"{0}\n{0}\"\"\"\n# {0}\nz = r'\\'{0}'\n",
            "(".repeat(300)
        );
        assert_eq!(check(&src), None);
    }

    #[test]
    fn a_hundred_levels_of_indentation_are_too_many() {
        let nest = |n: usize| {
            let mut s: String = (0..n)
                .map(|i| format!("{}if 1:\n", " ".repeat(i)))
                .collect();
            s.push_str(&format!("{}pass\n", " ".repeat(n)));
            s
        };
        assert_eq!(check(&nest(99)), None);
        let e = check(&nest(100)).expect("too deep");
        assert_eq!(e.kind, "IndentationError");
        // Line 101, where the hundredth level starts.
        assert_eq!(nest(100)[..e.at.to_usize()].matches('\n').count(), 100);
    }

    #[test]
    fn tabs_and_spaces_that_order_lines_differently_are_a_tab_error() {
        let kind = |src: &str| check(src).map(|e| e.kind);
        assert_eq!(kind("if 1:\n\tx = 1\n        y = 2\n"), Some("TabError"));
        assert_eq!(kind("if 1:\n        x = 1\n\ty = 2\n"), Some("TabError"));
        assert_eq!(kind("if 1:\n\tx = 1\n\ty = 2\n"), None);
        assert_eq!(kind("if 1:\n    if 2:\n\tx = 1\n"), Some("TabError"));
        assert_eq!(kind("if 1:\n  if 2:\n\t  x = 1\n"), None);
        assert_eq!(kind("x = 1\0\n"), Some("SyntaxError"));
    }

    #[test]
    fn continuation_lines_and_blank_lines_do_not_indent() {
        let mut src = String::from("x = (1,\n");
        for i in 0..150 {
            src.push_str(&format!("{}2,\n", " ".repeat(i + 1)));
        }
        src.push_str(")\ny = 1 + \\\n                         2\n\n      # deep comment\nz = 3\n");
        assert_eq!(check(&src), None);
    }
}
