//! The `types` declaration: the VM's builtin types, each with an id (its position), the
//! name the VM's language gives it and the entry it derives from. The layouts back end
//! generates them as Rust constants and a table, so the VM never restates a type id.
//!
//! Owns: checking the entries. Must not: give the types meaning beyond ids, names and bases
//! (the VM decides what a type is).

use super::Checker;
use super::ir;
use crate::diag::SpecError;
use crate::spec::ast::{self, ItemKind, Span};

impl Checker<'_> {
    /// One `types` declaration at most; distinct constants and names; each base an entry
    /// declared before the types deriving from it (so the bases form no cycle).
    pub(super) fn check_types(&mut self, items: &[&ast::Item]) {
        let mut first: Option<Span> = None;
        for item in items {
            let ItemKind::Types(entries) = &item.kind else {
                continue;
            };
            let here = entries.first().map_or(item.span, |e| e.span);
            if let Some(first) = first {
                self.error(
                    SpecError::new("more than one `types` declaration", here, "second types")
                        .with_secondary(first, "first types"),
                );
                continue;
            }
            first = Some(here);
            let mut spans: Vec<&ast::TypeEntry> = Vec::new();
            for e in entries {
                if let Some(prior) = spans.iter().find(|p| p.name.name == e.name.name) {
                    self.error(
                        SpecError::new(
                            format!("duplicate type `{}`", e.name.name),
                            e.name.span,
                            "declared again",
                        )
                        .with_secondary(prior.name.span, "first declared here"),
                    );
                    continue;
                }
                if e.display.is_empty() {
                    self.error(SpecError::new(
                        "empty type name",
                        e.display_span,
                        "the name the VM's language shows",
                    ));
                    continue;
                }
                if let Some(prior) = spans.iter().find(|p| p.display == e.display) {
                    self.error(
                        SpecError::new(
                            format!("two types named \"{}\"", e.display),
                            e.display_span,
                            "named again",
                        )
                        .with_secondary(prior.display_span, "first named here"),
                    );
                    continue;
                }
                let base = match &e.base {
                    None => None,
                    Some(b) => match spans.iter().position(|p| p.name.name == b.name) {
                        Some(i) => Some(i),
                        None => {
                            let later = entries.iter().any(|o| o.name.name == b.name);
                            self.error(SpecError::new(
                                format!("unknown base type `{}`", b.name),
                                b.span,
                                if later {
                                    "declare a base before the types deriving from it"
                                } else {
                                    "not a type of this declaration"
                                },
                            ));
                            continue;
                        }
                    },
                };
                self.spec.types.push(ir::BuiltinType {
                    name: e.name.name.clone(),
                    doc: e.doc.clone(),
                    display: e.display.clone(),
                    base,
                });
                spans.push(e);
            }
        }
    }
}
