//! Which locals of a function `x += ...` may append to in place.
//!
//! CPython appends to a str in place when the str has one reference (the local), so a loop
//! of `s += piece` costs amortized time per append. A tracing collector cannot count
//! references; the compiler proves the one reference instead. For each local found here it
//! keeps a hidden local, the local's *owner*: INPLACE_ADD_LOCAL sets it to the str it made
//! (or appended to), and every other load (LOAD_FAST_SHARED) or store (STORE_FAST_SHARED)
//! of the local clears it, so that while the owner holds the local's str, nothing else can
//! (the str came from INPLACE_ADD_LOCAL and no instruction has given it out since).
//!
//! Found here: plain locals (not cells: an inner function could load them unseen) that are
//! the target of `+=` and are given text somewhere (`x = ''`, `x += f'...'`), in a function
//! that does not name `locals`, `vars`, `eval`, `exec`, `dir` or frame introspection (which
//! read locals without loading them). Other locals keep the plain instructions, so numeric
//! `+=` pays nothing.

use ruff_python_ast::visitor::{self, Visitor};
use ruff_python_ast::{self as ast, Expr, Stmt};
use std::collections::{BTreeSet, HashSet};

/// Names through which code may read a frame's locals without loading them.
const INTROSPECTION: &[&str] = &[
    "locals",
    "vars",
    "eval",
    "exec",
    "dir",
    "_getframe",
    "currentframe",
    "stack",
    "breakpoint",
];

/// The names in function body `body` that may be appended to in place (before the check
/// that each is a plain local, which the caller makes).
pub(super) fn candidates(body: &[Stmt]) -> BTreeSet<String> {
    let mut finder = Finder::default();
    for s in body {
        finder.visit_stmt(s);
    }
    if finder.introspects {
        return BTreeSet::new();
    }
    finder
        .appended
        .into_iter()
        .filter(|name| finder.textual.contains(name))
        .collect()
}

#[derive(Default)]
struct Finder {
    /// Targets of `name += ...`.
    appended: BTreeSet<String>,
    /// Names given a str literal or f-string (by `=` or `+=`).
    textual: HashSet<String>,
    introspects: bool,
}

fn is_text(e: &Expr) -> bool {
    matches!(e, Expr::StringLiteral(_) | Expr::FString(_))
}

impl<'a> Visitor<'a> for Finder {
    fn visit_stmt(&mut self, s: &'a Stmt) {
        match s {
            Stmt::AugAssign(a) if a.op == ast::Operator::Add => {
                if let Expr::Name(n) = &*a.target {
                    self.appended.insert(n.id.to_string());
                    if is_text(&a.value) {
                        self.textual.insert(n.id.to_string());
                    }
                }
                self.visit_expr(&a.value);
            }
            Stmt::Assign(a) => {
                if is_text(&a.value) {
                    for t in &a.targets {
                        if let Expr::Name(n) = t {
                            self.textual.insert(n.id.to_string());
                        }
                    }
                }
                visitor::walk_stmt(self, s);
            }
            // Their bodies are scopes of their own; what runs here (decorators, defaults,
            // bases) is visited.
            Stmt::FunctionDef(f) => {
                for d in &f.decorator_list {
                    self.visit_expr(&d.expression);
                }
                for p in f.parameters.iter_non_variadic_params() {
                    if let Some(d) = &p.default {
                        self.visit_expr(d);
                    }
                }
            }
            Stmt::ClassDef(c) => {
                for d in &c.decorator_list {
                    self.visit_expr(&d.expression);
                }
                if let Some(arguments) = &c.arguments {
                    for a in arguments.args.iter() {
                        self.visit_expr(a);
                    }
                    for k in arguments.keywords.iter() {
                        self.visit_expr(&k.value);
                    }
                }
            }
            _ => visitor::walk_stmt(self, s),
        }
    }

    fn visit_expr(&mut self, e: &'a Expr) {
        match e {
            Expr::Name(n) if INTROSPECTION.contains(&n.id.as_str()) => self.introspects = true,
            Expr::Attribute(a) if INTROSPECTION.contains(&a.attr.id.as_str()) => {
                self.introspects = true;
                visitor::walk_expr(self, e);
            }
            _ => visitor::walk_expr(self, e),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn found(source: &str) -> Vec<String> {
        let module = ruff_python_parser::parse_module(source).expect("parses");
        let Stmt::FunctionDef(f) = &module.syntax().body[0] else {
            panic!("a def");
        };
        candidates(&f.body).into_iter().collect()
    }

    #[test]
    fn a_text_local_appended_to_is_found() {
        assert_eq!(
            found("def f():\n s = ''\n for i in range(3):\n  s += str(i)\n return s\n"),
            ["s"]
        );
        assert_eq!(found("def f(s):\n s += f'{1}'\n"), ["s"]);
    }

    #[test]
    fn numbers_and_introspection_are_left_alone() {
        assert!(found("def f():\n n = 0\n n += 1\n").is_empty());
        assert!(found("def f():\n s = ''\n s += 'a'\n print(locals())\n").is_empty());
        assert!(found("def f():\n s = ''\n s += 'a'\n sys._getframe()\n").is_empty());
    }
}
