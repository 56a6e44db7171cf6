//! Checks the declarations that bodies refer to: the context type, the value representation,
//! externs, layouts (offsets, inheritance, tails), class sets and multimethods.

use super::ir::{self, Flags, WORD};
use super::{Checker, NameKind};
use crate::diag::SpecError;
use crate::spec::ast::{self, ItemKind, ParamType, RetType, SlotType, Span, ValType};
use std::collections::HashMap;

/// Names the generated layout types use for their own methods.
const RESERVED_SLOT_NAMES: &[&str] = &["size", "size_for", "trace", "tail_len"];

impl Checker<'_> {
    pub(super) fn check_context_and_value(&mut self, items: &[&ast::Item]) {
        let mut context_span: Option<Span> = None;
        let mut value_span: Option<Span> = None;
        for item in items {
            match &item.kind {
                ItemKind::Context { rust_path, span } => {
                    if let Some(first) = context_span {
                        self.error(
                            SpecError::new(
                                "more than one `context` declaration",
                                *span,
                                "second context",
                            )
                            .with_secondary(first, "first context"),
                        );
                    } else if rust_path.trim().is_empty() {
                        self.error(SpecError::new(
                            "empty Rust path",
                            *span,
                            "name the VM context type here",
                        ));
                    } else {
                        context_span = Some(*span);
                        self.spec.context = Some(rust_path.clone());
                    }
                }
                ItemKind::Value(v) => {
                    if let Some(first) = value_span {
                        self.error(
                            SpecError::new(
                                "more than one `value` declaration",
                                v.name.span,
                                "second value",
                            )
                            .with_secondary(first, "first value"),
                        );
                        continue;
                    }
                    value_span = Some(v.name.span);
                    self.check_value(v);
                }
                _ => {}
            }
        }
    }

    fn check_value(&mut self, v: &ast::ValueDecl) {
        let mut tags: Vec<ir::Tag> = Vec::new();
        let mut spans: Vec<Span> = Vec::new();
        for t in &v.tags {
            if t.tag >> t.bits != 0 {
                self.error(SpecError::new(
                    format!("tag {} does not fit in {} bits", t.tag, t.bits),
                    t.span,
                    "tag wider than its bit count",
                ));
                continue;
            }
            if let Some(i) = tags.iter().position(|o| o.name == t.name.name) {
                self.error(
                    SpecError::new(
                        format!("duplicate tag `{}`", t.name.name),
                        t.name.span,
                        "declared again",
                    )
                    .with_secondary(spans[i], "first declared here"),
                );
                continue;
            }
            for (i, o) in tags.iter().enumerate() {
                let bits = o.bits.min(t.bits);
                let mask = (1u64 << bits) - 1;
                if o.tag & mask == t.tag & mask {
                    self.error(
                        SpecError::new(
                            format!("tags `{}` and `{}` overlap", o.name, t.name.name),
                            t.span,
                            "a word with this tag also matches the other",
                        )
                        .with_secondary(spans[i], "overlapping tag"),
                    );
                }
            }
            if t.name.name == "ref" && t.bits > 4 {
                self.error(SpecError::new(
                    "the `ref` tag is wider than 4 bits",
                    t.span,
                    "references are 16-byte aligned offsets: at most 4 low bits are free",
                ));
            }
            tags.push(ir::Tag {
                name: t.name.name.clone(),
                doc: String::new(),
                tag: t.tag,
                bits: t.bits,
            });
            spans.push(t.span);
        }
        let ref_tag = tags.iter().position(|t| t.name == "ref");
        let named = self.check_named_words(v, &tags);
        self.spec.value = Some(ir::ValueRepr {
            name: v.name.name.clone(),
            tags,
            ref_tag,
            named,
        });
    }

    /// `NAME = tag(payload);` declarations: a known tag other than `ref`, a payload that fits
    /// above the tag's bits, distinct names and distinct words.
    fn check_named_words(&mut self, v: &ast::ValueDecl, tags: &[ir::Tag]) -> Vec<ir::NamedWord> {
        let mut named: Vec<ir::NamedWord> = Vec::new();
        let mut spans: Vec<Span> = Vec::new();
        for n in &v.named {
            let Some(tag) = tags.iter().position(|t| t.name == n.tag.name) else {
                self.error(SpecError::new(
                    format!("unknown tag `{}`", n.tag.name),
                    n.tag.span,
                    "not a tag of this value",
                ));
                continue;
            };
            if tags[tag].name == "ref" {
                self.error(SpecError::new(
                    "a named word cannot be a reference",
                    n.tag.span,
                    "references point into the heap",
                ));
                continue;
            }
            let bits = tags[tag].bits;
            if n.payload >> (63 - bits) != 0 {
                self.error(SpecError::new(
                    format!("payload {} does not fit above {bits} tag bits", n.payload),
                    n.span,
                    "payload too wide",
                ));
                continue;
            }
            let word = (n.payload << bits) | tags[tag].tag;
            if let Some(i) = named.iter().position(|o| o.name == n.name.name) {
                self.error(
                    SpecError::new(
                        format!("duplicate named word `{}`", n.name.name),
                        n.name.span,
                        "declared again",
                    )
                    .with_secondary(spans[i], "first declared here"),
                );
                continue;
            }
            if let Some(i) = named.iter().position(|o| o.word == word) {
                self.error(
                    SpecError::new(
                        format!(
                            "`{}` and `{}` are the same word ({word:#x})",
                            named[i].name, n.name.name
                        ),
                        n.span,
                        "a second name for one word",
                    )
                    .with_secondary(spans[i], "the same word"),
                );
                continue;
            }
            named.push(ir::NamedWord {
                name: n.name.name.clone(),
                doc: n.doc.clone(),
                tag,
                payload: n.payload,
                word,
            });
            spans.push(n.span);
        }
        named
    }

    pub(super) fn check_externs(&mut self, items: &[&ast::Item]) {
        for item in items {
            let ItemKind::Extern(e) = &item.kind else {
                continue;
            };
            let mut flags = Flags::default();
            for (flag, span) in &e.flags {
                let slot = match flag.as_str() {
                    "raises" => &mut flags.raises,
                    "may_gc" => &mut flags.may_gc,
                    _ => &mut flags.pure,
                };
                if *slot {
                    self.error(SpecError::new(
                        format!("flag `{flag}` given twice"),
                        *span,
                        "repeated flag",
                    ));
                }
                *slot = true;
            }
            if flags.pure && flags.may_gc {
                let span = e
                    .flags
                    .iter()
                    .find(|(f, _)| f == "may_gc")
                    .map(|(_, s)| *s)
                    .unwrap_or(e.name.span);
                self.error(
                    SpecError::new(
                        "an extern cannot be both `pure` and `may_gc`",
                        span,
                        "may_gc here",
                    )
                    .with_note(
                        "a collection moves objects: that is an effect the JIT may not reorder",
                    ),
                );
            }
            if e.ret == RetType::Never {
                flags.raises = true;
            }
            let mut seen: HashMap<&str, Span> = HashMap::new();
            for (p, _) in &e.params {
                if let Some(first) = seen.insert(&p.name, p.span) {
                    self.error(
                        SpecError::new(
                            format!("duplicate parameter `{}`", p.name),
                            p.span,
                            "declared again",
                        )
                        .with_secondary(first, "first declared here"),
                    );
                }
            }
            if e.rust_path.trim().is_empty() {
                self.error(SpecError::new(
                    "empty Rust path",
                    e.name.span,
                    "this extern names no Rust function",
                ));
            }
            self.spec.externs.push(ir::Extern {
                name: e.name.name.clone(),
                doc: item.doc.clone(),
                params: e.params.iter().map(|(n, t)| (n.name.clone(), *t)).collect(),
                ret: e.ret,
                flags,
                rust_path: e.rust_path.clone(),
                span: e.name.span,
            });
        }
    }

    pub(super) fn check_layouts(&mut self, items: &[&ast::Item]) {
        let mut decls: Vec<(&ast::LayoutDecl, &str)> = items
            .iter()
            .filter_map(|i| match &i.kind {
                ItemKind::Layout(l) => Some((l, i.doc.as_str())),
                _ => None,
            })
            .collect();
        // Instructions run in frames: without a `frame` declaration, gvmt's own slots only.
        let implicit;
        let has_code = items.iter().any(|i| matches!(i.kind, ItemKind::Op(_)));
        if has_code && !decls.iter().any(|(l, _)| l.frame) {
            let taken = decls.iter().any(|(l, _)| l.name.name == "Frame");
            let name = if taken { "GvmtFrame" } else { "Frame" };
            let span = Span {
                file: 0,
                start: 0,
                end: 0,
            };
            let ident = ast::Ident {
                name: name.to_string(),
                span,
            };
            implicit = crate::spec::parser::frame_layout(ident, vec![], span);
            decls.push((
                &implicit,
                "A frame (gvmt's slots only: the spec declares none).",
            ));
        }
        let index: HashMap<&str, usize> = decls
            .iter()
            .enumerate()
            .map(|(i, (l, _))| (l.name.name.as_str(), i))
            .collect();
        // Parents must be declared and acyclic; layouts are laid out parents first.
        let mut order = Vec::new();
        let mut state = vec![0u8; decls.len()]; // 0 new, 1 visiting, 2 done
        for i in 0..decls.len() {
            self.visit_layout(i, &decls, &index, &mut state, &mut order);
        }
        let mut ids: HashMap<usize, usize> = HashMap::new();
        let mut built: Vec<Option<ir::Layout>> = vec![None; decls.len()];
        for &i in &order {
            let (decl, doc) = decls[i];
            let parent = decl
                .parent
                .as_ref()
                .and_then(|p| index.get(p.name.as_str()).copied());
            let (mut slots, parent_tail) = match parent.and_then(|p| built[p].as_ref()) {
                Some(p) => (p.slots.clone(), p.tail.is_some()),
                None => (Vec::new(), false),
            };
            if parent_tail {
                let p = decl.parent.as_ref().expect("parent");
                self.error(SpecError::new(
                    format!(
                        "layout `{}` extends `{}`, which has a variable-length tail",
                        decl.name.name, p.name
                    ),
                    p.span,
                    "a layout with a tail cannot be extended",
                ));
            }
            let mut offset = WORD * (1 + slots.len());
            let mut tail = None;
            for (k, s) in decl.slots.iter().enumerate() {
                if RESERVED_SLOT_NAMES.contains(&s.name.name.as_str()) {
                    self.error(SpecError::new(
                        format!("slot name `{}` is reserved", s.name.name),
                        s.name.span,
                        "the generated layout type has a method of this name",
                    ));
                    continue;
                }
                if let Some(first) = slots.iter().find(|o| o.name == s.name.name) {
                    self.error(SpecError::new(
                        format!(
                            "duplicate slot `{}` in layout `{}`",
                            s.name.name, decl.name.name
                        ),
                        s.name.span,
                        format!(
                            "`{}` is already a slot (at offset {})",
                            first.name, first.offset
                        ),
                    ));
                    continue;
                }
                match &s.tail_len {
                    None => {
                        slots.push(ir::Slot {
                            name: s.name.name.clone(),
                            ty: s.ty,
                            offset,
                        });
                        offset += WORD;
                    }
                    Some(len) => {
                        if k + 1 != decl.slots.len() {
                            self.error(SpecError::new(
                                "variable-length tail is not the last slot",
                                s.span,
                                "the tail must be the last slot",
                            ));
                        }
                        match slots.iter().position(|o| o.name == len.name) {
                            Some(li) if slots[li].ty == SlotType::I64 => {
                                tail = Some(ir::Tail {
                                    name: s.name.name.clone(),
                                    ty: s.ty,
                                    len_slot: li,
                                    offset,
                                });
                            }
                            Some(_) => self.error(SpecError::new(
                                format!("tail length `{}` is not an i64 slot", len.name),
                                len.span,
                                "the length of a tail must be an i64 slot",
                            )),
                            None => self.error(SpecError::new(
                                format!("undefined slot `{}`", len.name),
                                len.span,
                                "the length must be a slot declared before the tail",
                            )),
                        }
                    }
                }
            }
            if decl.frame {
                self.check_frame_decl(decl);
            }
            ids.insert(i, self.spec.layouts.len());
            let layout = ir::Layout {
                name: decl.name.name.clone(),
                doc: doc.to_string(),
                parent: None, // fixed below, once every layout has its id
                slots,
                tail,
                fixed_size: offset,
                frame: decl.frame,
            };
            if decl.frame && self.spec.frame.is_none() {
                self.spec.frame = Some(self.spec.layouts.len());
            }
            built[i] = Some(layout.clone());
            self.spec.layouts.push(layout);
        }
        for &i in &order {
            let parent = decls[i]
                .0
                .parent
                .as_ref()
                .and_then(|p| index.get(p.name.as_str()))
                .and_then(|p| ids.get(p));
            self.spec.layouts[ids[&i]].parent = parent.copied();
        }
        let needs_ref = self.spec.layouts.iter().filter(|l| !l.frame).any(|l| {
            l.slots
                .iter()
                .any(|s| matches!(s.ty, SlotType::Value | SlotType::Ref))
                || l.tail
                    .as_ref()
                    .is_some_and(|t| matches!(t.ty, SlotType::Value | SlotType::Ref))
        });
        if needs_ref && self.spec.ref_tag().is_none() {
            let span = decls[0].0.name.span;
            self.error(
                SpecError::new("layouts hold references but no `ref` tag is declared", span, "this layout needs one")
                    .with_note("declare `value word { ref: tag 0 bits 4; ... }` so the GC can tell references apart"),
            );
        }
    }

    /// A `frame` declaration: one per spec, and the VM's own slots are fixed ones (the parser
    /// added gvmt's slots before them and the tail after).
    fn check_frame_decl(&mut self, decl: &ast::LayoutDecl) {
        if let Some(first) = self.spec.frame {
            let first = self.spec.layouts[first].name.clone();
            self.error(SpecError::new(
                format!("a second frame layout `{}`", decl.name.name),
                decl.name.span,
                format!("`{first}` is already the frame layout"),
            ));
        }
        let user = &decl.slots[crate::spec::parser::FRAME_SLOTS.len()..decl.slots.len() - 1];
        for s in user.iter().filter(|s| s.tail_len.is_some()) {
            self.error(SpecError::new(
                "a frame layout has no tail of its own",
                s.span,
                "a frame's tail holds its locals and stack",
            ));
        }
    }

    fn visit_layout(
        &mut self,
        i: usize,
        decls: &[(&ast::LayoutDecl, &str)],
        index: &HashMap<&str, usize>,
        state: &mut [u8],
        order: &mut Vec<usize>,
    ) {
        match state[i] {
            2 => return,
            1 => {
                let d = decls[i].0;
                self.error(SpecError::new(
                    format!("layout `{}` inherits from itself", d.name.name),
                    d.name.span,
                    "inheritance cycle through here",
                ));
                state[i] = 2;
                return;
            }
            _ => {}
        }
        state[i] = 1;
        if let Some(p) = &decls[i].0.parent
            && self.expect_name(p, NameKind::Layout, "a layout")
        {
            let pi = index[p.name.as_str()];
            self.visit_layout(pi, decls, index, state, order);
        }
        if state[i] == 1 {
            state[i] = 2;
            order.push(i);
        }
    }

    pub(super) fn check_class_sets(&mut self, items: &[&ast::Item]) {
        for item in items {
            let ItemKind::Classes(c) = &item.kind else {
                continue;
            };
            let Some(classifier) = self.extern_named(&c.classifier) else {
                continue;
            };
            let e = &self.spec.externs[classifier];
            let ok = e.params.len() == 1
                && e.params[0].1 == ParamType::Val(ValType::Value)
                && e.ret == RetType::Val(ValType::I64)
                && !e.flags.raises
                && !e.flags.may_gc;
            if !ok {
                let decl = e.span;
                self.error(
                    SpecError::new(
                        format!("classifier `{}` has the wrong signature", c.classifier.name),
                        c.classifier.span,
                        "a classifier is `fn(v: value) -> i64` that neither raises nor may_gc",
                    )
                    .with_secondary(decl, "declared here"),
                );
            }
            let mut seen: HashMap<&str, Span> = HashMap::new();
            for class in &c.classes {
                if let Some(first) = seen.insert(&class.name, class.span) {
                    self.error(
                        SpecError::new(
                            format!("duplicate class `{}`", class.name),
                            class.span,
                            "listed again",
                        )
                        .with_secondary(first, "first listed here"),
                    );
                }
            }
            self.spec.class_sets.push(ir::ClassSet {
                name: c.name.name.clone(),
                doc: item.doc.clone(),
                classifier,
                classes: c.classes.iter().map(|i| i.name.clone()).collect(),
            });
        }
    }

    fn extern_named(&mut self, ident: &ast::Ident) -> Option<usize> {
        if self.expect_name(ident, NameKind::Extern, "an extern") {
            self.spec.extern_by_name(&ident.name)
        } else {
            None
        }
    }

    pub(super) fn check_multimethods(&mut self, items: &[&ast::Item]) {
        for item in items {
            let ItemKind::Multimethod(m) = &item.kind else {
                continue;
            };
            if !self.expect_name(&m.classes, NameKind::Classes, "a class set") {
                continue;
            }
            let set = self
                .spec
                .class_sets
                .iter()
                .position(|c| c.name == m.classes.name)
                .expect("declared");
            let mut flags = Flags {
                pure: true,
                ..Flags::default()
            };
            let mut cases = Vec::new();
            let mut seen: HashMap<(usize, usize), Span> = HashMap::new();
            for case in &m.cases {
                let l = self.class_index(set, &case.left);
                let r = self.class_index(set, &case.right);
                let target = self.mm_target(&case.target, &mut flags);
                if let (Some(l), Some(r), Some(t)) = (l, r, target) {
                    if let Some(first) = seen.insert((l, r), case.span) {
                        self.error(
                            SpecError::new(
                                format!(
                                    "duplicate case ({}, {}) in multimethod `{}`",
                                    case.left.name, case.right.name, m.name.name
                                ),
                                case.span,
                                "this pair is already dispatched",
                            )
                            .with_secondary(first, "first case"),
                        );
                    }
                    cases.push((l, r, t));
                }
            }
            let fallback = self.mm_target(&m.fallback, &mut flags);
            if let Some(fallback) = fallback {
                self.spec.multimethods.push(ir::Multimethod {
                    name: m.name.name.clone(),
                    doc: item.doc.clone(),
                    class_set: set,
                    cases,
                    fallback,
                    flags,
                });
            }
        }
    }

    fn class_index(&mut self, set: usize, ident: &ast::Ident) -> Option<usize> {
        let pos = self.spec.class_sets[set]
            .classes
            .iter()
            .position(|c| *c == ident.name);
        if pos.is_none() {
            let set_name = self.spec.class_sets[set].name.clone();
            self.error(SpecError::new(
                format!("undefined class `{}` in class set `{set_name}`", ident.name),
                ident.span,
                "not a class of this set",
            ));
        }
        pos
    }

    fn mm_target(&mut self, ident: &ast::Ident, flags: &mut Flags) -> Option<usize> {
        let id = self.extern_named(ident)?;
        let e = &self.spec.externs[id];
        let vv = ParamType::Val(ValType::Value);
        if e.params.len() != 2
            || e.params[0].1 != vv
            || e.params[1].1 != vv
            || e.ret != RetType::Val(ValType::Value)
        {
            let decl = e.span;
            self.error(
                SpecError::new(
                    format!(
                        "multimethod implementation `{}` has the wrong signature",
                        ident.name
                    ),
                    ident.span,
                    "an implementation is `fn(a: value, b: value) -> value`",
                )
                .with_secondary(decl, "declared here"),
            );
            return None;
        }
        flags.raises |= e.flags.raises;
        flags.may_gc |= e.flags.may_gc;
        flags.pure &= e.flags.pure;
        Some(id)
    }
}
