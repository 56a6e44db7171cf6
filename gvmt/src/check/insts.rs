//! Builds the instruction set: plain `inst`s and `macro`s composed of ops (operands merged,
//! stack effects composed), opcodes, derived props, and families with their member rules.

use super::ir::{self, FamilyRole, Part, Props};
use super::{Checker, NameKind};
use crate::diag::SpecError;
use crate::spec::ast::{self, ItemKind, Span};
use std::collections::HashMap;

impl Checker<'_> {
    pub(super) fn check_instructions(
        &mut self,
        items: &[&ast::Item],
        op_ids: &HashMap<String, usize>,
    ) {
        for item in items {
            match &item.kind {
                ItemKind::Op(decl) if decl.is_inst => {
                    let Some(&op) = op_ids.get(&decl.name.name) else {
                        continue;
                    };
                    self.add_instruction(
                        &decl.name,
                        &item.doc,
                        vec![(op, decl.name.span)],
                        decl.name.span,
                    );
                }
                ItemKind::Macro(m) => {
                    let mut parts = Vec::new();
                    for p in &m.parts {
                        if !self.expect_name(p, NameKind::Op, "an op") {
                            continue;
                        }
                        // An op that failed its own checks has no id: already reported.
                        if let Some(&op) = op_ids.get(&p.name) {
                            parts.push((op, p.span));
                        }
                    }
                    if parts.len() == m.parts.len() {
                        self.add_instruction(&m.name, &item.doc, parts, m.name.span);
                    }
                }
                _ => {}
            }
        }
        if self.spec.instructions.len() > 256 {
            let span = self.spec.instructions[256].span;
            self.error(SpecError::new(
                "more than 256 instructions",
                span,
                "this one has no opcode left",
            ));
        }
        if !self.spec.instructions.is_empty() && self.spec.context.is_none() {
            let span = self.spec.instructions[0].span;
            self.error(
                SpecError::new("no `context` declaration", span, "instructions need a VM context type")
                    .with_note("add `context \"crate::MyVm\";` naming the Rust type every generated function receives"),
            );
        }

        self.check_families(items);
    }

    fn add_instruction(
        &mut self,
        name: &ast::Ident,
        doc: &str,
        parts: Vec<(usize, Span)>,
        span: Span,
    ) {
        let mut operands: Vec<ir::Operand> = Vec::new();
        let mut ir_parts = Vec::new();
        let mut props = Props::default();
        let mut inputs: Vec<ir::StackItem> = Vec::new();
        let mut virtual_stack: Vec<ir::StackItem> = Vec::new();
        let multi = parts.len() > 1;
        let mut effect_before: Option<(String, Span)> = None;
        for (k, &(op_id, part_span)) in parts.iter().enumerate() {
            let op = self.spec.ops[op_id].clone();
            let mut map = Vec::new();
            for o in &op.operands {
                match operands.iter().position(|x| x.name == o.name) {
                    Some(i) if operands[i].kind != o.kind => {
                        self.error(SpecError::new(
                            format!(
                                "operand `{}` is {} in `{}` but {} in an earlier part",
                                o.name,
                                o.kind.name(),
                                op.name,
                                operands[i].kind.name()
                            ),
                            part_span,
                            "conflicting operand kinds",
                        ));
                        map.push(i);
                    }
                    Some(i) => map.push(i),
                    None => {
                        map.push(operands.len());
                        operands.push(o.clone());
                    }
                }
            }
            if multi && op.props.enters {
                self.error(SpecError::new(
                    format!(
                        "op `{}` enters a frame and cannot be part of a macro",
                        op.name
                    ),
                    part_span,
                    "`enter` is only for single-op instructions",
                ));
            }
            if multi && op.inputs.iter().any(|i| i.count.is_some()) {
                self.error(SpecError::new(
                    format!(
                        "op `{}` has an array input and cannot be part of a macro",
                        op.name
                    ),
                    part_span,
                    "array inputs are only for single-op instructions",
                ));
            }
            if k + 1 < parts.len() && (op.props.jumps || op.props.returns || op.props.terminates) {
                self.error(SpecError::new(
                    format!(
                        "op `{}` can leave the instruction, but it is not the last part",
                        op.name
                    ),
                    part_span,
                    "goto, return, suspend and bodies that always raise belong in the last part",
                ));
            }
            // A later part that may collect spills the earlier parts' results to the stack first.
            if k > 0 && op.props.may_gc && effect_before.is_none() {
                effect_before = Some((
                    format!("the stack is spilled before `{}`", op.name),
                    part_span,
                ));
            }
            if op.props.deopts
                && let Some((what, at)) = &effect_before
            {
                self.error(
                        SpecError::new(format!("deopt in `{}` after a side effect", op.name), part_span, "this part may deopt")
                            .with_secondary(*at, what.clone())
                            .with_note("a deopt re-runs the generic instruction from its start, so it must come before any effect"),
                    );
            }
            if op.props.side_effects && effect_before.is_none() {
                effect_before = Some((format!("`{}` has side effects", op.name), part_span));
            }
            props = props.union(op.props);
            let n = op.inputs.len();
            let from_virtual = n.min(virtual_stack.len());
            let from_memory = n - from_virtual;
            let mut deeper: Vec<ir::StackItem> = op.inputs[..from_memory].to_vec();
            deeper.extend(inputs);
            inputs = deeper;
            virtual_stack.truncate(virtual_stack.len() - from_virtual);
            virtual_stack.extend(op.outputs.iter().cloned());
            ir_parts.push(Part {
                op: op_id,
                operand_map: map,
            });
        }
        // Array counts of a single-op instruction index its own operands, which are the same.
        let opcode = self.spec.instructions.len().min(255) as u8;
        self.spec.instructions.push(ir::Instruction {
            name: name.name.clone(),
            doc: doc.to_string(),
            opcode,
            operands,
            parts: ir_parts,
            inputs,
            outputs: virtual_stack,
            props,
            family: None,
            span,
        });
    }

    fn check_families(&mut self, items: &[&ast::Item]) {
        let index: HashMap<String, usize> = self
            .spec
            .instructions
            .iter()
            .enumerate()
            .map(|(i, x)| (x.name.clone(), i))
            .collect();
        let mut role_span: HashMap<usize, Span> = HashMap::new();
        for item in items {
            let ItemKind::Family(f) = &item.kind else {
                continue;
            };
            let Some(head) = self.instruction_named(&f.head, &index) else {
                continue;
            };
            if let Some(first) = role_span.insert(head, f.head.span) {
                self.error(
                    SpecError::new(
                        format!("`{}` is already in a family", f.head.name),
                        f.head.span,
                        "second family",
                    )
                    .with_secondary(first, "first family"),
                );
                continue;
            }
            self.spec.instructions[head].family = Some(FamilyRole::Head);
            let mut members = Vec::new();
            for m in &f.members {
                let Some(mi) = self.instruction_named(m, &index) else {
                    continue;
                };
                if let Some(first) = role_span.insert(mi, m.span) {
                    self.error(
                        SpecError::new(
                            format!("`{}` is already in a family", m.name),
                            m.span,
                            "listed again",
                        )
                        .with_secondary(first, "first listed here"),
                    );
                    continue;
                }
                self.check_member(head, mi, m.span);
                self.spec.instructions[mi].family = Some(FamilyRole::Member(head));
                members.push(mi);
            }
            self.spec.families.push(ir::Family { head, members });
        }
        for inst in &self.spec.instructions {
            if inst.props.deopts && !matches!(inst.family, Some(FamilyRole::Member(_))) {
                let e = SpecError::new(
                    format!("`{}` may deopt but is not a member of a family", inst.name),
                    inst.span,
                    "a deopt falls back to the family head's generic form",
                )
                .with_note("list it in `family HEAD { ... }`, or remove the deopt");
                self.diags.push(e);
            }
        }
    }

    fn instruction_named(
        &mut self,
        ident: &ast::Ident,
        index: &HashMap<String, usize>,
    ) -> Option<usize> {
        match index.get(&ident.name) {
            Some(&i) => Some(i),
            None => {
                if self.names.contains_key(&ident.name) {
                    self.expect_name(ident, NameKind::Macro, "an instruction");
                } else {
                    self.error(SpecError::new(
                        format!("undefined instruction `{}`", ident.name),
                        ident.span,
                        "no instruction of this name",
                    ));
                }
                None
            }
        }
    }

    /// A member must be interchangeable with its head in the bytecode: the same operands, in the
    /// same order and encoding, and the same stack effect.
    fn check_member(&mut self, head: usize, member: usize, span: Span) {
        let h = &self.spec.instructions[head];
        let m = &self.spec.instructions[member];
        let same_operands = h.operands.len() == m.operands.len()
            && h.operands
                .iter()
                .zip(&m.operands)
                .all(|(a, b)| a.name == b.name && a.kind == b.kind);
        let sig = |items: &[ir::StackItem], ops: &[ir::Operand]| -> Vec<Option<String>> {
            items
                .iter()
                .map(|i| i.count.map(|c| ops[c].name.clone()))
                .collect()
        };
        let same_effect = sig(&h.inputs, &h.operands) == sig(&m.inputs, &m.operands)
            && sig(&h.outputs, &h.operands) == sig(&m.outputs, &m.operands);
        let describe = |i: &ir::Instruction| {
            let ops: Vec<String> = i
                .operands
                .iter()
                .map(|o| format!("{}: {}", o.name, o.kind.name()))
                .collect();
            let items = |v: &[ir::StackItem]| {
                v.iter()
                    .map(|x| x.name.clone())
                    .collect::<Vec<_>>()
                    .join(", ")
            };
            format!(
                "({}) ({} -- {})",
                ops.join(", "),
                items(&i.inputs),
                items(&i.outputs)
            )
        };
        if !same_operands || !same_effect {
            let (hd, md, hspan) = (describe(h), describe(m), h.span);
            let what = if same_operands {
                "stack effect"
            } else {
                "operands"
            };
            self.error(
                SpecError::new(
                    format!(
                        "family member `{}` differs from its head `{}` in its {what}",
                        m.name, h.name
                    ),
                    span,
                    format!("member is {md}"),
                )
                .with_secondary(hspan, format!("head is {hd}")),
            );
        }
    }
}
