//! The analyser: turns parsed spec files into the checked [`ir::Spec`], or reports every error
//! it finds (several per run) through [`Diagnostics`].
//!
//! Stages, one file each: `decls` (value tags, layouts, externs, class sets, multimethods),
//! `body` (op declarations and statements), `exprs` (names, types and calls in expressions),
//! `types` (the builtin types), `flow` (stack effects, definite assignment, deopt after side effect, values live across
//! `may_gc` calls), `insts` (macros, opcodes, families).
//! It never generates code.

mod body;
mod decls;
mod exprs;
mod flow;
mod insts;
pub mod ir;
mod types;

use crate::diag::{Diagnostics, Sources, SpecError};
use crate::spec::ast::{self, ItemKind, Span};
use crate::spec::parser;
use std::collections::HashMap;

/// What a top-level name denotes.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum NameKind {
    Layout,
    Extern,
    Classes,
    Multimethod,
    Op,
    Macro,
}

/// Parses and checks a set of spec files. On success returns the checked IR; otherwise every
/// error found is in `diags`.
pub fn check_sources(sources: &Sources, diags: &mut Diagnostics) -> Option<ir::Spec> {
    let mut files = Vec::new();
    for file in 0..sources.len() {
        match parser::parse_file(sources.text(file), file) {
            Ok(f) => files.push(f),
            Err(e) => diags.push(e),
        }
    }
    if !diags.is_empty() {
        return None;
    }
    check_files(&files, diags)
}

/// Checks already-parsed files.
pub fn check_files(files: &[ast::SpecFile], diags: &mut Diagnostics) -> Option<ir::Spec> {
    let items: Vec<&ast::Item> = files.iter().flat_map(|f| f.items.iter()).collect();
    let mut cx = Checker {
        diags,
        spec: ir::Spec::default(),
        names: HashMap::new(),
    };
    cx.collect_names(&items);
    cx.check_context_and_value(&items);
    cx.check_types(&items);
    cx.check_externs(&items);
    cx.check_layouts(&items);
    cx.check_class_sets(&items);
    cx.check_multimethods(&items);
    let op_ids = cx.check_ops(&items);
    cx.check_instructions(&items, &op_ids);
    if cx.diags.is_empty() {
        Some(cx.spec)
    } else {
        None
    }
}

struct Checker<'d> {
    diags: &'d mut Diagnostics,
    spec: ir::Spec,
    /// Every top-level name with its kind and where it was declared.
    names: HashMap<String, (NameKind, Span)>,
}

impl Checker<'_> {
    fn error(&mut self, e: SpecError) {
        self.diags.push(e);
    }

    fn collect_names(&mut self, items: &[&ast::Item]) {
        for item in items {
            let (kind, ident) = match &item.kind {
                ItemKind::Layout(l) => (NameKind::Layout, &l.name),
                ItemKind::Extern(e) => (NameKind::Extern, &e.name),
                ItemKind::Classes(c) => (NameKind::Classes, &c.name),
                ItemKind::Multimethod(m) => (NameKind::Multimethod, &m.name),
                ItemKind::Op(o) => (NameKind::Op, &o.name),
                ItemKind::Macro(m) => (NameKind::Macro, &m.name),
                _ => continue,
            };
            if let Some((_, first)) = self.names.get(&ident.name) {
                let first = *first;
                self.error(
                    SpecError::new(
                        format!("duplicate definition of `{}`", ident.name),
                        ident.span,
                        "defined again here",
                    )
                    .with_secondary(first, "first defined here"),
                );
            } else {
                self.names.insert(ident.name.clone(), (kind, ident.span));
            }
        }
    }

    /// Reports a name that is not declared, or declared as something else. `what` is the noun
    /// with its article ("a layout", "an op").
    fn expect_name(&mut self, ident: &ast::Ident, want: NameKind, what: &str) -> bool {
        let noun = what.split_once(' ').map_or(what, |(_, n)| n);
        match self.names.get(&ident.name) {
            Some((kind, _)) if *kind == want => true,
            Some((_, decl)) => {
                let decl = *decl;
                self.error(
                    SpecError::new(
                        format!("`{}` is not {what}", ident.name),
                        ident.span,
                        format!("expected {what}"),
                    )
                    .with_secondary(decl, "declared here as something else"),
                );
                false
            }
            None => {
                self.error(SpecError::new(
                    format!("undefined {noun} `{}`", ident.name),
                    ident.span,
                    format!("no {noun} of this name"),
                ));
                false
            }
        }
    }
}
