//! CPython's wording for the syntax errors ruff's parser finds: the kind (`SyntaxError` or
//! `IndentationError`), the message CPython 3.11 prints for the same mistake, and where.
//! Errors without a close CPython counterpart are CPython's catch-all "invalid syntax".
//!
//! Owns: the translation. Must not: parse (ruff does) or judge programs ruff accepts (the
//! compiler's own checks, in `mod.rs` and `scope.rs`, say those).

use ruff_python_ast::token::TokenKind;
use ruff_python_ast::{self as ast, Expr};
use ruff_python_parser::{
    InterpolatedStringErrorType as FString, LexicalErrorType as Lex, ParseError,
    ParseErrorType as P,
};
use ruff_text_size::{Ranged, TextSize};

const TRIPLE_DOUBLE: &str = "\"\"\"";
const TRIPLE_SINGLE: &str = "\'\'\'";

/// A syntax error as CPython reports it: kind, message and the offset it points at.
pub struct CpythonError {
    pub kind: &'static str,
    pub message: String,
    /// The text CPython's caret line marks (`at..end`), and whether it draws one.
    pub at: TextSize,
    pub end: TextSize,
    pub caret: bool,
}

fn error(kind: &'static str, message: impl Into<String>, at: TextSize) -> CpythonError {
    CpythonError {
        kind,
        message: message.into(),
        at,
        // An empty range: one caret.
        end: at,
        caret: true,
    }
}

impl CpythonError {
    fn marking(mut self, end: TextSize) -> CpythonError {
        self.end = end;
        self
    }

    fn without_caret(mut self) -> CpythonError {
        self.caret = false;
        self
    }
}

/// CPython's report of ruff's parse error `e` in `source`; `line_of` turns an offset into a
/// 1-based line.
pub fn translate(source: &str, e: &ParseError, line_of: impl Fn(TextSize) -> u32) -> CpythonError {
    let error = translate_message(source, e, &line_of);
    let about_the_range = matches!(
        e.error,
        P::InvalidAssignmentTarget
            | P::InvalidDeleteTarget
            | P::InvalidAugmentedAssignmentTarget
            | P::InvalidNamedAssignmentTarget
            | P::UnparenthesizedGeneratorExpression
    ) || error.message == "invalid syntax";
    if about_the_range && error.at == e.location.start() {
        // CPython marks the whole target or token.
        let end = e.location.end().max(error.end);
        return error.marking(end);
    }
    error
}

fn translate_message(
    source: &str,
    e: &ParseError,
    line_of: &impl Fn(TextSize) -> u32,
) -> CpythonError {
    let at = e.location.start();
    let text = &source[e.location.start().to_usize()..e.location.end().to_usize()];
    let syntax = |m: &str| error("SyntaxError", m, at);
    if let Some(open) = unclosed_bracket(source, at) {
        // CPython reports the bracket left open when the error is only that the input ended.
        let ends_inside =
            matches!(&e.error, P::Lexical(Lex::Eof)) || source[at.to_usize()..].trim().is_empty();
        if ends_inside {
            let c = &source[open.to_usize()..open.to_usize() + 1];
            return error("SyntaxError", format!("'{c}' was never closed"), open);
        }
    }
    match &e.error {
        P::ExpectedToken {
            expected: TokenKind::Colon,
            ..
        } => syntax("expected ':'"),
        P::UnexpectedIndentation => {
            error("IndentationError", "unexpected indent", at).without_caret()
        }
        P::Lexical(Lex::IndentationError) => error(
            "IndentationError",
            "unindent does not match any outer indentation level",
            line_end(source, at),
        ),
        P::Lexical(Lex::UnclosedStringError) => {
            let quote = text.trim_start_matches(|c: char| c.is_ascii_alphabetic());
            if quote.starts_with(TRIPLE_DOUBLE) || quote.starts_with(TRIPLE_SINGLE) {
                let end = TextSize::from(source.trim_end().len() as u32);
                syntax(&format!(
                    "unterminated triple-quoted string literal (detected at line {})",
                    line_of(end)
                ))
            } else {
                syntax(&format!(
                    "unterminated string literal (detected at line {})",
                    line_of(at)
                ))
            }
        }
        P::Lexical(Lex::LineContinuationError) => {
            syntax("unexpected character after line continuation character")
        }
        P::Lexical(Lex::UnrecognizedToken { tok }) if !tok.is_ascii() => syntax(&format!(
            "invalid character '{tok}' (U+{:04X})",
            *tok as u32
        )),
        P::Lexical(Lex::Eof) => syntax("unexpected EOF while parsing"),
        P::Lexical(Lex::FStringError(f)) | P::FStringError(f) => syntax(match f {
            FString::UnclosedLbrace => "f-string: expecting '}'",
            FString::SingleRbrace => "f-string: single '}' is not allowed",
            FString::InvalidConversionFlag => {
                "f-string: invalid conversion character: expected 's', 'r', or 'a'"
            }
            FString::UnterminatedString | FString::UnterminatedTripleQuotedString => {
                "f-string: unterminated string"
            }
            _ => "f-string: invalid syntax",
        }),
        P::OtherError(m) if m.starts_with("Expected an indented block after ") => {
            // The parser names the header `if` statement, `else` clause, `class` definition;
            // CPython says 'if' statement, 'else' statement, class definition.
            let what = &m["Expected an indented block after ".len()..];
            let what = match what.split_once("` ") {
                Some(("`class", _)) => "class definition".to_string(),
                Some((keyword, _)) => format!("'{}' statement", keyword.trim_start_matches('`')),
                None => what.to_string(),
            };
            error(
                "IndentationError",
                format!(
                    "expected an indented block after {what} on line {}",
                    header_line(source, at, line_of)
                ),
                at,
            )
        }
        P::OtherError(m) if m.starts_with("Expected `except` or `finally`") => {
            // At the end of the input CPython points, without a caret, at the line the last
            // newline ends.
            if at.to_usize() < source.len() {
                return syntax("expected 'except' or 'finally' block");
            }
            let at = if source.ends_with('\n') {
                TextSize::from(source.len() as u32 - 1)
            } else {
                at
            };
            error(
                "SyntaxError",
                "expected 'except' or 'finally' block",
                line_start(source, at),
            )
            .without_caret()
        }
        P::SimpleStatementsOnSameLine if statement_start(source, at).starts_with("print ") => {
            let start = line_start(source, at);
            error(
                "SyntaxError",
                "Missing parentheses in call to 'print'. Did you mean print(...)?",
                start,
            )
            .marking(line_end(source, at))
        }
        P::UnparenthesizedGeneratorExpression => {
            syntax("Generator expression must be parenthesized")
        }
        P::InvalidArgumentUnpackingOrder => {
            syntax("iterable argument unpacking follows keyword argument unpacking")
        }
        P::PositionalAfterKeywordArgument => syntax("positional argument follows keyword argument"),
        P::PositionalAfterKeywordUnpacking => {
            syntax("positional argument follows keyword argument unpacking")
        }
        P::NonDefaultParamAfterDefaultParam => {
            syntax("non-default argument follows default argument")
        }
        P::VarParameterWithDefault => syntax("var-positional argument cannot have default value"),
        P::ParamAfterVarKeywordParam => syntax("arguments cannot follow var-keyword argument"),
        P::ExpectedKeywordParam => syntax("named arguments must follow bare *"),
        P::InvalidDeleteTarget => syntax(&format!("cannot delete {}", describe(text))),
        P::InvalidAugmentedAssignmentTarget => syntax(&format!(
            "'{}' is an illegal expression for augmented assignment",
            describe(text)
        )),
        P::InvalidNamedAssignmentTarget => syntax(&format!(
            "cannot use assignment expressions with {}",
            describe(text)
        )),
        P::InvalidAssignmentTarget => {
            let what = describe(text);
            let rest = source[e.location.end().to_usize()..].trim_start();
            if matches!(what.as_str(), "None" | "True" | "False" | "__debug__") {
                syntax(&format!("cannot assign to {what}"))
            } else if rest.starts_with('=') && !rest.starts_with("==") {
                syntax(&format!(
                    "cannot assign to {what} here. Maybe you meant '==' instead of '='?"
                ))
            } else {
                syntax(&format!("cannot assign to {what}"))
            }
        }
        _ => syntax("invalid syntax"),
    }
}

/// What CPython calls the expression `text` in "cannot assign to ..." errors.
fn describe(text: &str) -> String {
    let Ok(parsed) = ruff_python_parser::parse_expression(text.trim()) else {
        return "expression".to_string();
    };
    match parsed.expr() {
        Expr::Call(_) => "function call",
        Expr::NoneLiteral(_) => "None",
        Expr::BooleanLiteral(ast::ExprBooleanLiteral { value: true, .. }) => "True",
        Expr::BooleanLiteral(_) => "False",
        Expr::NumberLiteral(_) | Expr::StringLiteral(_) | Expr::BytesLiteral(_) => "literal",
        Expr::EllipsisLiteral(_) => "ellipsis",
        Expr::FString(_) => "f-string expression",
        Expr::Compare(_) => "comparison",
        Expr::Lambda(_) => "lambda",
        Expr::If(_) => "conditional expression",
        Expr::Yield(_) | Expr::YieldFrom(_) => "yield expression",
        Expr::Await(_) => "await expression",
        Expr::Named(_) => "named expression",
        Expr::Dict(_) => "dict literal",
        Expr::Set(_) => "set display",
        Expr::ListComp(_) => "list comprehension",
        Expr::SetComp(_) => "set comprehension",
        Expr::DictComp(_) => "dict comprehension",
        Expr::Generator(_) => "generator expression",
        Expr::Tuple(_) => "tuple",
        Expr::List(_) => "list",
        Expr::Starred(_) => "starred",
        _ => "expression",
    }
    .to_string()
}

/// The bracket still open at offset `at` (outside strings and comments), if any.
fn unclosed_bracket(source: &str, at: TextSize) -> Option<TextSize> {
    let parsed = ruff_python_parser::parse_unchecked(
        source,
        ruff_python_parser::ParseOptions::from(ruff_python_ast::PySourceType::Python),
    );
    let mut open = Vec::new();
    for token in parsed.tokens() {
        if token.start() >= at && token.kind() != TokenKind::EndOfFile {
            break;
        }
        match token.kind() {
            TokenKind::Lpar | TokenKind::Lsqb | TokenKind::Lbrace => open.push(token.start()),
            TokenKind::Rpar | TokenKind::Rsqb | TokenKind::Rbrace => {
                open.pop();
            }
            _ => {}
        }
    }
    open.last().copied()
}

/// The text of the line holding offset `at`, from its first non-blank character.
fn statement_start(source: &str, at: TextSize) -> &str {
    &source[line_start(source, at).to_usize()..]
}

/// The offset of the first non-blank character of the line holding `at`.
fn line_start(source: &str, at: TextSize) -> TextSize {
    let at = at.to_usize().min(source.len());
    let start = source[..at].rfind('\n').map_or(0, |i| i + 1);
    let rest = &source[start..];
    let blank = rest.len() - rest.trim_start_matches([' ', '\t', '\x0c']).len();
    TextSize::from((start + blank) as u32)
}

/// The offset just after the last non-blank character of the line holding `at`.
fn line_end(source: &str, at: TextSize) -> TextSize {
    let at = at.to_usize().min(source.len());
    let end = source[at..].find('\n').map_or(source.len(), |i| at + i);
    TextSize::from(source[..end].trim_end().len() as u32)
}

/// The line of the block header before offset `at` (the last non-blank line before it).
fn header_line(source: &str, at: TextSize, line_of: &impl Fn(TextSize) -> u32) -> u32 {
    let before = &source[..at.to_usize().min(source.len())];
    let mut end = before.len();
    while let Some(i) = before[..end].rfind('\n') {
        let line = &before[i + 1..end];
        if !line.trim().is_empty() && !line.trim_start().starts_with('#') {
            return line_of(TextSize::from((i + 1) as u32));
        }
        end = i;
    }
    line_of(TextSize::from(0))
}
