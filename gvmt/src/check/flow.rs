//! Flow checks over one op body, and the op's derived [`Props`]:
//! - every output is assigned on every path that reaches the end or a `goto`, and none is read
//!   before it is assigned;
//! - no `deopt` follows a side effect (the generic instruction re-runs from the start);
//! - no `value` local or output is live across a `may_gc` call (a moving collector would leave
//!   it stale; stack inputs are safe: generated code reloads them after the call);
//! - no statement follows one that always leaves the body.

use super::Checker;
use super::ir::{Arg, Call, Else, Expr, ExprKind, Op, Props, Stmt, StmtKind, ValType, Var};
use crate::diag::SpecError;
use crate::spec::ast::Span;
use std::collections::{HashMap, HashSet};

#[derive(Clone)]
struct State {
    reachable: bool,
    /// Outputs assigned on every path to here.
    assigned: HashSet<usize>,
    /// Values (locals or outputs) assigned on some path to here.
    maybe_assigned: HashSet<Var>,
    /// The first side effect on some path to here.
    side_effect: Option<Span>,
}

impl Checker<'_> {
    pub(super) fn check_flow(&mut self, op: &Op, effect_span: Span) -> Props {
        let tracked = |v: &Var| match v {
            Var::Local(l) => op.locals[*l].1 == ValType::Value,
            Var::Output(o) => op.passthrough[*o].is_none(),
            _ => false,
        };
        let all_outputs: HashSet<Var> = (0..op.outputs.len())
            .filter(|o| op.passthrough[*o].is_none())
            .map(Var::Output)
            .collect();
        let mut live_across = HashMap::new();
        live_before(
            &op.body,
            all_outputs.clone(),
            &all_outputs,
            &mut live_across,
        );
        let mut fw = Forward {
            cx: self,
            op,
            props: Props::default(),
            live_across: &live_across,
            tracked: &tracked,
        };
        let initial: HashSet<usize> = (0..op.outputs.len())
            .filter(|o| op.passthrough[*o].is_some())
            .collect();
        let mut state = State {
            reachable: true,
            assigned: initial,
            maybe_assigned: HashSet::new(),
            side_effect: None,
        };
        fw.block(&op.body, &mut state);
        if state.reachable {
            fw.require_outputs(&state, effect_span, "at the end of the body");
        }
        let mut props = fw.props;
        // A suspending body resumes at the next instruction: it does not terminate the path.
        props.terminates = !state.reachable && !props.suspends && !props.enters;
        props
    }
}

struct Forward<'a, 'c, 'd> {
    cx: &'c mut Checker<'d>,
    op: &'a Op,
    props: Props,
    live_across: &'a HashMap<(usize, usize), HashSet<Var>>,
    tracked: &'a dyn Fn(&Var) -> bool,
}

impl Forward<'_, '_, '_> {
    fn require_outputs(&mut self, state: &State, span: Span, place: &str) {
        for (o, item) in self.op.outputs.iter().enumerate() {
            if !state.assigned.contains(&o) {
                self.cx.error(SpecError::new(
                    format!(
                        "output `{}` is not assigned on every path {place}",
                        item.name
                    ),
                    span,
                    format!("`{}` may be unassigned here", item.name),
                ));
            }
        }
    }

    fn reads(&mut self, e: &Expr, state: &State) {
        let mut vars = Vec::new();
        expr_uses(e, &mut |v, span| vars.push((v, span)));
        for (v, span) in vars {
            if let Var::Output(o) = v
                && !state.assigned.contains(&o)
            {
                self.cx.error(SpecError::new(
                    format!(
                        "output `{}` is read before it is assigned",
                        self.op.outputs[o].name
                    ),
                    span,
                    "not yet assigned on every path",
                ));
            }
        }
    }

    fn call(&mut self, c: &Call, state: &mut State, span: Span) {
        for a in &c.args {
            if let Arg::Expr(e) = a {
                self.reads(e, state);
                self.nested_effects(e, state);
            }
        }
        self.props.raises |= c.flags.raises;
        self.props.may_gc |= c.flags.may_gc;
        if !c.flags.pure {
            self.effect(state, span);
        }
        if c.flags.may_gc
            && let Some(live) = self.live_across.get(&(span.start, span.end))
        {
            let mut stale: Vec<&Var> = live
                .iter()
                .filter(|v| (self.tracked)(v) && state.maybe_assigned.contains(v))
                .collect();
            stale.sort_by_key(|v| format!("{v:?}"));
            for v in stale {
                let name = match v {
                    Var::Local(l) => &self.op.locals[*l].0,
                    Var::Output(o) => &self.op.outputs[*o].name,
                    _ => continue,
                };
                self.cx.error(
                        SpecError::new(
                            format!("`{name}` is live across a call that may collect"),
                            c.span,
                            format!("this call may move the object `{name}` refers to"),
                        )
                        .with_note("a moving collector updates only the stack and the heap: push the value to the stack (split the instruction into a macro) or compute it after the call"),
                    );
            }
        }
    }

    /// Calls nested inside expressions (pure or not) still count for the props.
    fn nested_effects(&mut self, e: &Expr, state: &mut State) {
        if let ExprKind::Call(c) = &e.kind {
            self.call(c, state, c.span);
        } else {
            match &e.kind {
                ExprKind::Load { object, .. } => self.nested_effects(object, state),
                ExprKind::Unary(_, a) | ExprKind::Cast(a, _) => self.nested_effects(a, state),
                ExprKind::Binary(_, a, b) => {
                    self.nested_effects(a, state);
                    self.nested_effects(b, state);
                }
                _ => {}
            }
        }
    }

    fn effect(&mut self, state: &mut State, span: Span) {
        self.props.side_effects = true;
        if state.side_effect.is_none() {
            state.side_effect = Some(span);
        }
    }

    fn deopt(&mut self, state: &State, span: Span) {
        self.props.deopts = true;
        if let Some(effect) = state.side_effect {
            self.cx.error(
                SpecError::new("deopt after a side effect", span, "this deopt may run after the side effect")
                    .with_secondary(effect, "side effect here")
                    .with_note("a deopt re-runs the generic instruction from its start, so it must come before any effect"),
            );
        }
    }

    fn block(&mut self, stmts: &[Stmt], state: &mut State) {
        for s in stmts {
            if !state.reachable {
                self.cx.error(SpecError::new(
                    "unreachable statement",
                    s.span,
                    "the body always leaves before this",
                ));
                return;
            }
            self.stmt(s, state);
        }
    }

    fn stmt(&mut self, s: &Stmt, state: &mut State) {
        match &s.kind {
            StmtKind::Assign {
                var,
                value,
                otherwise,
            } => {
                self.reads(value, state);
                match &value.kind {
                    ExprKind::Call(c) => self.call(c, state, s.span),
                    _ => self.nested_effects(value, state),
                }
                match otherwise {
                    Some(Else::Deopt) => self.deopt(state, s.span),
                    Some(Else::Raise(c)) => {
                        let mut branch = state.clone();
                        self.call(c, &mut branch, c.span);
                    }
                    None => {}
                }
                if let Var::Output(o) = var {
                    state.assigned.insert(*o);
                }
                state.maybe_assigned.insert(*var);
            }
            StmtKind::If {
                cond,
                then,
                otherwise,
            } => {
                self.reads(cond, state);
                self.nested_effects(cond, state);
                let mut a = state.clone();
                let mut b = state.clone();
                self.block(then, &mut a);
                self.block(otherwise, &mut b);
                *state = match (a.reachable, b.reachable) {
                    (true, false) => a,
                    (false, true) => b,
                    (false, false) => State {
                        reachable: false,
                        ..a
                    },
                    (true, true) => State {
                        reachable: true,
                        assigned: a.assigned.intersection(&b.assigned).copied().collect(),
                        maybe_assigned: a
                            .maybe_assigned
                            .union(&b.maybe_assigned)
                            .copied()
                            .collect(),
                        side_effect: a.side_effect.or(b.side_effect),
                    },
                };
            }
            StmtKind::DeoptIf(cond) => {
                self.reads(cond, state);
                self.nested_effects(cond, state);
                self.deopt(state, s.span);
            }
            StmtKind::Raise(c) => {
                self.call(c, state, s.span);
                state.reachable = false;
            }
            StmtKind::Goto(_) => {
                self.props.jumps = true;
                self.require_outputs(state, s.span, "before this goto");
                state.reachable = false;
            }
            StmtKind::Return(e) => {
                self.reads(e, state);
                self.nested_effects(e, state);
                self.props.returns = true;
                state.reachable = false;
            }
            StmtKind::Suspend(e) => {
                self.reads(e, state);
                self.nested_effects(e, state);
                self.props.returns = true;
                self.props.suspends = true;
                // The body ends here; the VM writes the outputs when it resumes the frame.
                state.reachable = false;
            }
            StmtKind::Enter(e) => {
                self.reads(e, state);
                self.nested_effects(e, state);
                self.effect(state, s.span);
                self.props.enters = true;
                // The body ends here; the entered frame's return writes the output.
                state.reachable = false;
            }
            StmtKind::Store { object, value, .. } => {
                self.reads(object, state);
                self.reads(value, state);
                self.nested_effects(object, state);
                self.nested_effects(value, state);
                self.effect(state, s.span);
            }
            StmtKind::Call(c) => self.call(c, state, s.span),
        }
    }
}

/// Calls `f` for every variable read in `e`.
pub(crate) fn expr_uses(e: &Expr, f: &mut dyn FnMut(Var, Span)) {
    match &e.kind {
        ExprKind::Var(v) => f(*v, e.span),
        ExprKind::Call(c) => call_uses(c, f),
        ExprKind::Load { object, .. } => expr_uses(object, f),
        ExprKind::Unary(_, a) | ExprKind::Cast(a, _) => expr_uses(a, f),
        ExprKind::Binary(_, a, b) => {
            expr_uses(a, f);
            expr_uses(b, f);
        }
        ExprKind::Int(_) | ExprKind::Float(_) | ExprKind::Bool(_) => {}
    }
}

fn call_uses(c: &Call, f: &mut dyn FnMut(Var, Span)) {
    for a in &c.args {
        if let Arg::Expr(e) = a {
            expr_uses(e, f);
        }
    }
}

fn uses_of(e: &Expr) -> HashSet<Var> {
    let mut set = HashSet::new();
    expr_uses(e, &mut |v, _| {
        set.insert(v);
    });
    set
}

/// Backward liveness. Returns the variables live before `stmts`; records, for every statement
/// that makes a `may_gc` call, the variables live after it (keyed by the statement's span).
fn live_before(
    stmts: &[Stmt],
    mut live: HashSet<Var>,
    outputs: &HashSet<Var>,
    across: &mut HashMap<(usize, usize), HashSet<Var>>,
) -> HashSet<Var> {
    for s in stmts.iter().rev() {
        live = match &s.kind {
            StmtKind::Assign {
                var,
                value,
                otherwise,
            } => {
                let mut after = live.clone();
                after.remove(var);
                if let ExprKind::Call(c) = &value.kind
                    && c.flags.may_gc
                {
                    across.insert((s.span.start, s.span.end), after.clone());
                }
                let mut before = after;
                before.extend(uses_of(value));
                if let Some(Else::Raise(c)) = otherwise {
                    call_uses(c, &mut |v, _| {
                        before.insert(v);
                    });
                }
                before
            }
            StmtKind::If {
                cond,
                then,
                otherwise,
            } => {
                let mut before = live_before(then, live.clone(), outputs, across);
                before.extend(live_before(otherwise, live.clone(), outputs, across));
                before.extend(uses_of(cond));
                before
            }
            StmtKind::DeoptIf(cond) => {
                let mut before = live.clone();
                before.extend(uses_of(cond));
                before
            }
            StmtKind::Raise(c) => {
                let mut before = HashSet::new();
                call_uses(c, &mut |v, _| {
                    before.insert(v);
                });
                before
            }
            StmtKind::Goto(_) => outputs.clone(),
            StmtKind::Return(e) | StmtKind::Suspend(e) | StmtKind::Enter(e) => uses_of(e),
            StmtKind::Store { object, value, .. } => {
                let mut before = live.clone();
                before.extend(uses_of(object));
                before.extend(uses_of(value));
                before
            }
            StmtKind::Call(c) => {
                if c.flags.may_gc {
                    across.insert((s.span.start, s.span.end), live.clone());
                }
                let mut before = live.clone();
                call_uses(c, &mut |v, _| {
                    before.insert(v);
                });
                before
            }
        };
    }
    live
}
