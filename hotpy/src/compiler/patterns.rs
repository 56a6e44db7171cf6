//! `match` statements (PEP 634): each case's pattern becomes tests on a copy of the subject
//! that jump to the next case when one fails, with CPython's compile-time checks (names
//! bound twice, alternatives binding different names, unreachable cases, repeated keys).
//!
//! A pattern's code has one contract: it starts with its subject on top of the stack and
//! consumes it, both when it matches (falling through) and when it fails (jumping to its
//! failure label). A pattern that keeps values of its own on the stack (the items of a
//! sequence, the attributes of a class pattern) fails through a stub that pops them first;
//! the stubs are emitted after the case's body, off the path that matches. Names are bound
//! as their sub-patterns match, which the language reference allows ("do not rely on
//! bindings being made for a failed match").
//!
//! Owns: compiling patterns. Must not: decide what a subject is (the MATCH_* instructions
//! ask `protocols/pattern_match.rs`).

use super::builder::Label;
use super::code::Constant;
use super::{Result, Unit};
use ruff_python_ast::{self as ast, Expr, Pattern};

/// A failure path that pops `pops` values, then jumps to `then`.
struct Stub {
    label: Label,
    pops: usize,
    then: Label,
}

/// CPython's comparison code for `==` and `is` (COMPARE_OP's operand).
const EQ: i64 = 2;
const IS: i64 = 6;

fn is_wildcard(p: &Pattern) -> bool {
    match p {
        Pattern::MatchAs(a) => a.pattern.is_none() && a.name.is_none(),
        Pattern::MatchStar(s) => s.name.is_none(),
        _ => false,
    }
}

impl Unit<'_> {
    /// `match subject: case ...`.
    pub(super) fn match_statement(&mut self, m: &ast::StmtMatch) -> Result<()> {
        self.expr(&m.subject)?;
        let end = self.b.new_label();
        let last = m.cases.len().saturating_sub(1);
        for (i, case) in m.cases.iter().enumerate() {
            self.check_case(case, i == last)?;
            let next = self.b.new_label();
            let mut stubs = vec![];
            self.set_line(&case.pattern);
            self.b.emit("COPY_TOP", &[]);
            self.pattern(&case.pattern, next, &mut stubs)?;
            if let Some(guard) = &case.guard {
                self.set_line(&**guard);
                self.expr(guard)?;
                self.b.jump("POP_JUMP_IF_FALSE", next);
            }
            self.b.emit("POP_TOP", &[]);
            self.body(&case.body)?;
            self.b.jump("JUMP", end);
            for stub in stubs {
                self.b.bind(stub.label);
                for _ in 0..stub.pops {
                    self.b.emit("POP_TOP", &[]);
                }
                self.b.jump("JUMP", stub.then);
            }
            self.b.bind(next);
        }
        self.b.emit("POP_TOP", &[]);
        self.b.bind(end);
        Ok(())
    }

    /// A failure label that pops `pops` values and goes on to `fail`.
    fn popping(&mut self, pops: usize, fail: Label, stubs: &mut Vec<Stub>) -> Label {
        let label = self.b.new_label();
        stubs.push(Stub {
            label,
            pops,
            then: fail,
        });
        label
    }

    /// Pushes `None` and jumps to `fail` if the top of the stack (kept) is None.
    fn fail_if_none(&mut self, fail: Label) {
        self.b.emit("COPY_TOP", &[]);
        let none = self.b.constant(Constant::None);
        self.b.emit("LOAD_CONST", &[none]);
        self.b.emit("COMPARE_OP", &[IS]);
        self.b.jump("POP_JUMP_IF_TRUE", fail);
    }

    /// `len(subject) == n` (or `>=` with `at_least`), else to `fail`; keeps the subject.
    fn check_len(&mut self, n: usize, at_least: bool, fail: Label) {
        self.b.emit("GET_LEN", &[]);
        let n = self.b.constant(Constant::Int(n as i64));
        self.b.emit("LOAD_CONST", &[n]);
        self.b.emit("COMPARE_OP", &[if at_least { 5 } else { EQ }]);
        self.b.jump("POP_JUMP_IF_FALSE", fail);
    }

    /// Matches the item at `index` of the container on top of the stack (kept) against `p`,
    /// failing to `fail` with the container still there.
    fn item_pattern(
        &mut self,
        index: i64,
        p: &Pattern,
        fail: Label,
        stubs: &mut Vec<Stub>,
    ) -> Result<()> {
        if is_wildcard(p) {
            return Ok(());
        }
        self.b.emit("COPY_TOP", &[]);
        let i = self.b.constant(Constant::Int(index));
        self.b.emit("LOAD_CONST", &[i]);
        self.b.emit("BINARY_SUBSCR", &[]);
        self.pattern(p, fail, stubs)
    }

    /// Matches the subject on top of the stack against `p` (see the module's contract).
    fn pattern(&mut self, p: &Pattern, fail: Label, stubs: &mut Vec<Stub>) -> Result<()> {
        self.nested_in(p, |unit| unit.pattern_node(p, fail, stubs))
    }

    fn pattern_node(&mut self, p: &Pattern, fail: Label, stubs: &mut Vec<Stub>) -> Result<()> {
        match p {
            Pattern::MatchValue(v) => {
                self.expr(&v.value)?;
                self.b.emit("COMPARE_OP", &[EQ]);
                self.b.jump("POP_JUMP_IF_FALSE", fail);
            }
            Pattern::MatchSingleton(s) => {
                let c = self.b.constant(match s.value {
                    ast::Singleton::None => Constant::None,
                    ast::Singleton::True => Constant::Bool(true),
                    ast::Singleton::False => Constant::Bool(false),
                });
                self.b.emit("LOAD_CONST", &[c]);
                self.b.emit("COMPARE_OP", &[IS]);
                self.b.jump("POP_JUMP_IF_FALSE", fail);
            }
            Pattern::MatchAs(a) => match (&a.pattern, &a.name) {
                (None, None) => self.b.emit("POP_TOP", &[]),
                (None, Some(name)) => self.store_name(name.id.as_str()),
                (Some(inner), None) => self.pattern(inner, fail, stubs)?,
                (Some(inner), Some(name)) => {
                    self.b.emit("COPY_TOP", &[]);
                    let pop = self.popping(1, fail, stubs);
                    self.pattern(inner, pop, stubs)?;
                    self.store_name(name.id.as_str());
                }
            },
            Pattern::MatchStar(s) => match &s.name {
                Some(name) => self.store_name(name.id.as_str()),
                None => self.b.emit("POP_TOP", &[]),
            },
            Pattern::MatchOr(o) => {
                let matched = self.b.new_label();
                let (last, alternatives) = o.patterns.split_last().expect("two alternatives");
                for alt in alternatives {
                    let next = self.b.new_label();
                    self.b.emit("COPY_TOP", &[]);
                    self.pattern(alt, next, stubs)?;
                    self.b.emit("POP_TOP", &[]);
                    self.b.jump("JUMP", matched);
                    self.b.bind(next);
                }
                self.pattern(last, fail, stubs)?;
                self.b.bind(matched);
            }
            Pattern::MatchSequence(s) => self.sequence_pattern(&s.patterns, fail, stubs)?,
            Pattern::MatchMapping(m) => self.mapping_pattern(m, fail, stubs)?,
            Pattern::MatchClass(c) => self.class_pattern(c, fail, stubs)?,
        }
        Ok(())
    }

    /// `[p1, ..., pn]` or `(p1, ...)`, with at most one `*name`.
    fn sequence_pattern(
        &mut self,
        patterns: &[Pattern],
        fail: Label,
        stubs: &mut Vec<Stub>,
    ) -> Result<()> {
        let pop = self.popping(1, fail, stubs);
        self.b.emit("MATCH_SEQUENCE", &[]);
        self.b.jump("POP_JUMP_IF_FALSE", pop);
        let n = patterns.len();
        let star = patterns
            .iter()
            .position(|p| matches!(p, Pattern::MatchStar(_)));
        match star {
            None => self.check_len(n, false, pop),
            Some(_) if n > 1 => self.check_len(n - 1, true, pop),
            Some(_) => {}
        }
        match star {
            Some(at) if !is_wildcard(&patterns[at]) => {
                // `[a, *rest, b]`: a tuple of the items before, a list, the items after.
                if at >= 256 {
                    return Err(self.error(
                        "SyntaxError",
                        "too many expressions in star-unpacking sequence pattern",
                        &patterns[at],
                    ));
                }
                self.b
                    .emit("UNPACK_STAR", &[at as i64, (n - at - 1) as i64]);
                for (i, p) in patterns.iter().enumerate() {
                    self.item_pattern(i as i64, p, pop, stubs)?;
                }
            }
            _ => {
                // Each item by subscript, from the end after a `*_`.
                for (i, p) in patterns.iter().enumerate() {
                    let index = match star {
                        Some(at) if i > at => i as i64 - n as i64,
                        _ => i as i64,
                    };
                    self.item_pattern(index, p, pop, stubs)?;
                }
            }
        }
        self.b.emit("POP_TOP", &[]);
        Ok(())
    }

    /// `{k1: p1, ..., **rest}`.
    fn mapping_pattern(
        &mut self,
        m: &ast::PatternMatchMapping,
        fail: Label,
        stubs: &mut Vec<Stub>,
    ) -> Result<()> {
        self.check_mapping_keys(m)?;
        let pop = self.popping(1, fail, stubs);
        self.b.emit("MATCH_MAPPING", &[]);
        self.b.jump("POP_JUMP_IF_FALSE", pop);
        if m.keys.is_empty() && m.rest.is_none() {
            self.b.emit("POP_TOP", &[]);
            return Ok(());
        }
        if !m.keys.is_empty() {
            self.check_len(m.keys.len(), true, pop);
        }
        for key in &m.keys {
            self.expr(key)?;
        }
        self.b.emit("BUILD_TUPLE", &[m.keys.len() as i64]);
        self.b.emit("MATCH_KEYS", &[]);
        let pop3 = self.popping(3, fail, stubs);
        self.fail_if_none(pop3);
        for (i, p) in m.patterns.iter().enumerate() {
            self.item_pattern(i as i64, p, pop3, stubs)?;
        }
        self.b.emit("POP_TOP", &[]);
        match &m.rest {
            Some(rest) => {
                self.b.emit("COPY_DICT_WITHOUT_KEYS", &[]);
                self.store_name(rest.id.as_str());
            }
            None => {
                self.b.emit("POP_TOP", &[]);
                self.b.emit("POP_TOP", &[]);
            }
        }
        Ok(())
    }

    /// `cls(p1, ..., name=q1, ...)`.
    fn class_pattern(
        &mut self,
        c: &ast::PatternMatchClass,
        fail: Label,
        stubs: &mut Vec<Stub>,
    ) -> Result<()> {
        let keywords = &c.arguments.keywords;
        for (i, k) in keywords.iter().enumerate() {
            if keywords[..i].iter().any(|o| o.attr.id == k.attr.id) {
                return Err(self.error(
                    "SyntaxError",
                    format!("attribute name repeated in class pattern: {}", k.attr.id),
                    &k.attr,
                ));
            }
        }
        self.expr(&c.cls)?;
        for k in keywords {
            let name = self.b.constant(Constant::Str(k.attr.id.to_string()));
            self.b.emit("LOAD_CONST", &[name]);
        }
        self.b.emit("BUILD_TUPLE", &[keywords.len() as i64]);
        self.set_line(c);
        self.b
            .emit("MATCH_CLASS", &[c.arguments.patterns.len() as i64]);
        let pop = self.popping(1, fail, stubs);
        self.fail_if_none(pop);
        let subpatterns = c
            .arguments
            .patterns
            .iter()
            .chain(keywords.iter().map(|k| &k.pattern));
        for (i, p) in subpatterns.enumerate() {
            self.item_pattern(i as i64, p, pop, stubs)?;
        }
        self.b.emit("POP_TOP", &[]);
        Ok(())
    }

    /// CPython's SyntaxError for a mapping pattern naming one literal key twice.
    fn check_mapping_keys(&self, m: &ast::PatternMatchMapping) -> Result<()> {
        let mut seen: Vec<String> = vec![];
        for key in &m.keys {
            let shown = match key {
                Expr::StringLiteral(s) => Some(crate::objects::str::repr(s.value.to_str())),
                Expr::NumberLiteral(ast::ExprNumberLiteral {
                    value: ast::Number::Int(i),
                    ..
                }) => Some(i.to_string()),
                Expr::BooleanLiteral(b) => Some(if b.value { "True" } else { "False" }.into()),
                Expr::NoneLiteral(_) => Some("None".into()),
                _ => None,
            };
            if let Some(shown) = shown {
                if seen.contains(&shown) {
                    return Err(self.error(
                        "SyntaxError",
                        format!("mapping pattern checks duplicate key ({shown})"),
                        key,
                    ));
                }
                seen.push(shown);
            }
        }
        Ok(())
    }

    /// CPython's compile-time checks of one case: a capture or wildcard that makes later
    /// cases unreachable, names bound twice, alternatives binding different names.
    fn check_case(&self, case: &ast::MatchCase, last: bool) -> Result<()> {
        self.check_reachable(&case.pattern, last || case.guard.is_some())?;
        let mut names = vec![];
        self.bound_names(&case.pattern, &mut names)
    }

    /// An irrefutable pattern (a capture or `_`) where `allowed` is false is an error.
    fn check_reachable(&self, p: &Pattern, allowed: bool) -> Result<()> {
        match p {
            Pattern::MatchAs(a) if a.pattern.is_none() && !allowed => Err(match &a.name {
                Some(name) => self.error(
                    "SyntaxError",
                    format!(
                        "name capture '{}' makes remaining patterns unreachable",
                        name.id
                    ),
                    p,
                ),
                None => self.error(
                    "SyntaxError",
                    "wildcard makes remaining patterns unreachable",
                    p,
                ),
            }),
            Pattern::MatchOr(o) => {
                let last = o.patterns.len() - 1;
                for (i, alt) in o.patterns.iter().enumerate() {
                    self.check_reachable(alt, allowed && i == last)?;
                }
                Ok(())
            }
            _ => Ok(()),
        }
    }

    /// Adds the names `p` binds to `names`; a name bound twice is an error.
    fn bound_names(&self, p: &Pattern, names: &mut Vec<String>) -> Result<()> {
        let bind = |name: Option<&ast::Identifier>, names: &mut Vec<String>| {
            let Some(name) = name else { return Ok(()) };
            if name.id == "_" {
                return Err(self.error("SyntaxError", "cannot use '_' as a target", name));
            }
            if names.iter().any(|n| n == name.id.as_str()) {
                return Err(self.error(
                    "SyntaxError",
                    format!("multiple assignments to name '{}' in pattern", name.id),
                    name,
                ));
            }
            names.push(name.id.to_string());
            Ok(())
        };
        match p {
            Pattern::MatchValue(_) | Pattern::MatchSingleton(_) => Ok(()),
            Pattern::MatchStar(s) => bind(s.name.as_ref(), names),
            Pattern::MatchAs(a) => {
                if let Some(inner) = &a.pattern {
                    self.bound_names(inner, names)?;
                }
                bind(a.name.as_ref(), names)
            }
            Pattern::MatchSequence(s) => {
                let stars = s
                    .patterns
                    .iter()
                    .filter(|p| matches!(p, Pattern::MatchStar(_)))
                    .count();
                if stars > 1 {
                    return Err(self.error(
                        "SyntaxError",
                        "multiple starred names in sequence pattern",
                        p,
                    ));
                }
                s.patterns
                    .iter()
                    .try_for_each(|p| self.bound_names(p, names))
            }
            Pattern::MatchMapping(m) => {
                m.patterns
                    .iter()
                    .try_for_each(|p| self.bound_names(p, names))?;
                bind(m.rest.as_ref(), names)
            }
            Pattern::MatchClass(c) => c
                .arguments
                .patterns
                .iter()
                .chain(c.arguments.keywords.iter().map(|k| &k.pattern))
                .try_for_each(|p| self.bound_names(p, names)),
            Pattern::MatchOr(o) => {
                let mut first: Option<Vec<String>> = None;
                for alt in &o.patterns {
                    let mut alt_names = vec![];
                    self.bound_names(alt, &mut alt_names)?;
                    alt_names.sort();
                    match &first {
                        None => first = Some(alt_names),
                        Some(f) if *f != alt_names => {
                            return Err(self.error(
                                "SyntaxError",
                                "alternative patterns bind different names",
                                alt,
                            ));
                        }
                        Some(_) => {}
                    }
                }
                for name in first.unwrap_or_default() {
                    if names.contains(&name) {
                        return Err(self.error(
                            "SyntaxError",
                            format!("multiple assignments to name '{name}' in pattern"),
                            p,
                        ));
                    }
                    names.push(name);
                }
                Ok(())
            }
        }
    }
}
