//! Statements: assignments (and their targets), annotations, `del`, control flow, `class`,
//! `global`/`nonlocal`, `import`, `assert`, `raise`; `def` is `functions.rs`'s and `try`/
//! `with` are `protect.rs`'s.

use super::code::Constant;
use super::{Result, Unit, binary_code};
use ruff_python_ast::{self as ast, Expr, Stmt};
use ruff_text_size::Ranged;

impl Unit<'_> {
    /// True in a function's body (not a module's, a class's or an exec'd namespace's).
    pub(super) fn in_function(&self) -> bool {
        self.locals.is_some() && !self.class_body
    }

    /// True for code whose annotations are kept (module and class bodies).
    pub(super) fn stores_annotations(&self) -> bool {
        self.locals.is_none() || self.class_body
    }

    /// Pushes an annotation: its value, or its source text under
    /// `from __future__ import annotations`.
    pub(super) fn annotation(&mut self, e: &Expr) -> Result<()> {
        if self.lines.annotations_as_text {
            let text = &self.lines.source[e.range().start().to_usize()..e.range().end().to_usize()];
            let c = self.b.constant(Constant::Str(text.to_string()));
            self.b.emit("LOAD_CONST", &[c]);
            Ok(())
        } else {
            self.expr(e)
        }
    }

    /// `__annotations__ = {}` at the start of a module or class body that annotates names.
    pub(super) fn setup_annotations(&mut self, stmts: &[Stmt]) {
        fn annotates(stmts: &[Stmt]) -> bool {
            stmts.iter().any(|s| match s {
                Stmt::AnnAssign(a) => a.simple,
                Stmt::If(i) => {
                    annotates(&i.body) || i.elif_else_clauses.iter().any(|c| annotates(&c.body))
                }
                Stmt::For(f) => annotates(&f.body) || annotates(&f.orelse),
                Stmt::While(w) => annotates(&w.body) || annotates(&w.orelse),
                Stmt::With(w) => annotates(&w.body),
                Stmt::Match(m) => m.cases.iter().any(|c| annotates(&c.body)),
                Stmt::Try(t) => {
                    annotates(&t.body)
                        || annotates(&t.orelse)
                        || annotates(&t.finalbody)
                        || t.handlers.iter().any(|h| {
                            let ast::ExceptHandler::ExceptHandler(h) = h;
                            annotates(&h.body)
                        })
                }
                _ => false,
            })
        }
        if self.stores_annotations() && annotates(stmts) {
            self.b.emit("BUILD_MAP", &[0]);
            self.store_name("__annotations__");
        }
    }

    /// `target: annotation [= value]`.
    pub(super) fn annotated_assignment(&mut self, a: &ast::StmtAnnAssign) -> Result<()> {
        if let Some(value) = &a.value {
            self.expr(value)?;
            self.store(&a.target)?;
        }
        if !self.stores_annotations() {
            // Annotations of local variables are not evaluated.
            return Ok(());
        }
        self.annotation(&a.annotation)?;
        match &*a.target {
            Expr::Name(n) if a.simple => {
                self.load_name("__annotations__");
                let key = self.b.constant(Constant::Str(n.id.to_string()));
                self.b.emit("LOAD_CONST", &[key]);
                self.b.emit("STORE_SUBSCR", &[]);
            }
            _ => self.b.emit("POP_TOP", &[]),
        }
        Ok(())
    }

    pub(super) fn body(&mut self, stmts: &[Stmt]) -> Result<()> {
        for s in stmts {
            self.stmt(s)?;
        }
        Ok(())
    }

    pub(super) fn stmt(&mut self, s: &Stmt) -> Result<()> {
        self.nested_in(s, |unit| unit.stmt_node(s))
    }

    fn stmt_node(&mut self, s: &Stmt) -> Result<()> {
        self.set_line(s);
        match s {
            Stmt::Expr(e) => {
                self.expr(&e.value)?;
                if self.interactive && self.locals.is_none() {
                    self.b.emit("PRINT_EXPR", &[]);
                } else {
                    self.b.emit("POP_TOP", &[]);
                }
            }
            Stmt::AnnAssign(a) => self.annotated_assignment(a)?,
            Stmt::Assign(a) => {
                self.expr(&a.value)?;
                for (i, target) in a.targets.iter().enumerate() {
                    if i + 1 < a.targets.len() {
                        self.b.emit("COPY_TOP", &[]);
                    }
                    self.store(target)?;
                }
            }
            Stmt::AugAssign(a) => {
                let code = binary_code(a.op).ok_or_else(|| self.unsupported("this operator", a))?;
                match &*a.target {
                    Expr::Name(name) => {
                        let owned = match self.place(name.id.as_str()) {
                            super::Place::Local(i) if code == 0 && !self.class_namespace => self
                                .str_owners
                                .get(name.id.as_str())
                                .map(|&owner| (i, owner)),
                            _ => None,
                        };
                        if let Some((i, owner)) = owned {
                            // The local's value as it is (its owner kept), then in place.
                            self.b.emit("LOAD_FAST", &[i]);
                            self.expr(&a.value)?;
                            self.b.emit("INPLACE_ADD_LOCAL", &[i, owner]);
                        } else {
                            self.load_name(name.id.as_str());
                            self.expr(&a.value)?;
                            self.aug_op(code);
                            self.store_name(name.id.as_str());
                        }
                    }
                    Expr::Attribute(attr) => {
                        let name = self
                            .b
                            .constant(Constant::Str(self.mangle(attr.attr.id.as_str())));
                        self.expr(&attr.value)?;
                        self.b.emit("COPY_TOP", &[]);
                        self.b.emit_attr("LOAD_ATTR", name);
                        self.expr(&a.value)?;
                        self.aug_op(code);
                        self.b.emit("SWAP", &[]);
                        self.b.emit_attr("STORE_ATTR", name);
                    }
                    Expr::Subscript(sub) => {
                        // A slice (`l[1:] += x`) is a slice object here (BUILD_SLICE).
                        self.expr(&sub.value)?;
                        self.expr(&sub.slice)?;
                        self.b.emit("COPY_SECOND", &[]);
                        self.b.emit("COPY_SECOND", &[]);
                        self.b.emit("BINARY_SUBSCR", &[]);
                        self.expr(&a.value)?;
                        self.aug_op(code);
                        self.b.emit("ROT_THREE", &[]);
                        self.b.emit("STORE_SUBSCR", &[]);
                    }
                    other => {
                        return Err(self.unsupported("augmented assignment to this target", other));
                    }
                }
            }
            Stmt::ClassDef(c) => self.class_def(c)?,
            Stmt::Match(m) => self.match_statement(m)?,
            Stmt::Pass(_) => {}
            Stmt::If(i) => {
                let end = self.b.new_label();
                let mut next = self.b.new_label();
                self.expr(&i.test)?;
                self.b.jump("POP_JUMP_IF_FALSE", next);
                self.body(&i.body)?;
                let outer = self.nesting;
                let clauses = (|| {
                    for clause in &i.elif_else_clauses {
                        self.b.jump("JUMP", end);
                        self.b.bind(next);
                        next = self.b.new_label();
                        if let Some(test) = &clause.test {
                            // An `elif` is an `if` inside the one before (in CPython's AST):
                            // one level deeper for the compiler's recursion limit.
                            self.nested_in(test, |_| Ok(()))?;
                            self.nesting += 1;
                            self.set_line(test);
                            self.expr(test)?;
                            self.b.jump("POP_JUMP_IF_FALSE", next);
                        }
                        self.body(&clause.body)?;
                    }
                    Ok(())
                })();
                self.nesting = outer;
                clauses?;
                self.b.bind(next);
                self.b.bind(end);
            }
            Stmt::While(w) => {
                let (top, orelse, end) =
                    (self.b.new_label(), self.b.new_label(), self.b.new_label());
                self.b.bind(top);
                self.set_line(&*w.test);
                self.expr(&w.test)?;
                self.b.jump("POP_JUMP_IF_FALSE", orelse);
                self.loops.push((top, end, self.cleanups.len()));
                self.in_blocks(1, s, |u| u.body(&w.body))?;
                self.loops.pop();
                self.b.jump("JUMP", top);
                self.b.bind(orelse);
                self.body(&w.orelse)?;
                self.b.bind(end);
            }
            Stmt::For(f) => {
                if f.is_async {
                    return self.async_for(f, s);
                }
                let (top, exhausted, brk, end) = (
                    self.b.new_label(),
                    self.b.new_label(),
                    self.b.new_label(),
                    self.b.new_label(),
                );
                self.expr(&f.iter)?;
                self.b.emit("GET_ITER", &[]);
                self.b.bind(top);
                self.set_line(s);
                self.b.jump("FOR_ITER", exhausted);
                self.store(&f.target)?;
                self.loops.push((top, brk, self.cleanups.len()));
                self.depth += 1;
                self.in_blocks(1, s, |u| u.body(&f.body))?;
                self.depth -= 1;
                self.loops.pop();
                self.b.jump("JUMP", top);
                // Exhausted: the iterator and the marker FOR_ITER pushed.
                self.b.bind(exhausted);
                self.b.emit("POP_TOP", &[]);
                self.b.emit("POP_TOP", &[]);
                self.body(&f.orelse)?;
                self.b.jump("JUMP", end);
                // `break`: the iterator is still on the stack.
                self.b.bind(brk);
                self.b.emit("POP_ITER", &[]);
                self.b.bind(end);
            }
            Stmt::Assert(a) => {
                let ok = self.b.new_label();
                self.expr(&a.test)?;
                self.b.jump("POP_JUMP_IF_TRUE", ok);
                let name = self.global_index("AssertionError");
                self.b.emit("LOAD_GLOBAL", &[name]);
                match &a.msg {
                    Some(m) => {
                        self.expr(m)?;
                        self.b.emit("CALL", &[1]);
                    }
                    None => self.b.emit("CALL", &[0]),
                }
                // CPython's raise carries the test's span.
                self.b.set_span(self.lines.span(a.test.range()));
                self.b.emit("RAISE", &[1]);
                self.b.bind(ok);
            }
            Stmt::Try(t) => self.try_stmt(t)?,
            Stmt::Raise(r) => {
                match &r.exc {
                    Some(exc) => {
                        self.expr(exc)?;
                        if let Some(cause) = &r.cause {
                            // The cause is evaluated (its errors are raised) and recorded
                            // as `__cause__`.
                            self.expr(cause)?;
                            self.b.emit("SET_CAUSE", &[]);
                        }
                        self.b.emit("RAISE", &[1]);
                    }
                    None => match self.handling.last().cloned() {
                        Some(hidden) => {
                            match self.star_clauses.iter().find(|(m, _)| *m == hidden) {
                                Some((_, state)) => self.star_reraise(&state.clone())?,
                                None => self.load_name(&hidden),
                            }
                            self.b.emit("RAISE", &[1]);
                        }
                        None => self.b.emit("RAISE", &[0]),
                    },
                }
            }
            Stmt::Break(_) => {
                let (_, end, cleanups) = *self
                    .loops
                    .last()
                    .ok_or_else(|| self.error("SyntaxError", "'break' outside loop", s))?;
                let suspended = self.run_cleanups(cleanups)?;
                self.b.jump("JUMP", end);
                self.resume(suspended);
            }
            Stmt::Continue(_) => {
                let (top, _, cleanups) = *self.loops.last().ok_or_else(|| {
                    self.error("SyntaxError", "'continue' not properly in loop", s)
                })?;
                let suspended = self.run_cleanups(cleanups)?;
                self.b.jump("JUMP", top);
                self.resume(suspended);
            }
            Stmt::Return(r) => {
                if !self.in_function() {
                    return Err(self.error("SyntaxError", "'return' outside function", s));
                }
                match &r.value {
                    Some(v) => {
                        if self.is_async && self.value_return.is_none() {
                            // An error if the body turns out to yield (`finish`).
                            self.value_return = Some(r.range());
                        }
                        self.expr(v)?
                    }
                    None => {
                        let none = self.b.constant(Constant::None);
                        self.b.emit("LOAD_CONST", &[none]);
                    }
                }
                if self.cleanups.is_empty() {
                    self.b.emit("RETURN_VALUE", &[]);
                } else {
                    let value = self.hidden_named("return");
                    self.store_name(&value);
                    let suspended = self.run_cleanups(0)?;
                    self.load_name(&value);
                    self.b.emit("RETURN_VALUE", &[]);
                    self.resume(suspended);
                }
            }
            // Both are handled by the scope analysis (compiler/scope.rs).
            Stmt::Global(_) | Stmt::Nonlocal(_) => {}
            Stmt::FunctionDef(f) => self.function_def(f)?,
            Stmt::With(w) => self.with_stmt(w)?,
            Stmt::Import(i) => {
                for alias in &i.names {
                    // `import a.b.c` pushes (and binds) `a`, after loading `a`, `a.b` and
                    // `a.b.c`; `import a.b.c as x` binds `a.b.c`, reached as CPython does, by
                    // IMPORT_FROM `b` then `c` (an attribute, else `sys.modules['a.b']`).
                    let dotted = alias.name.id.as_str();
                    let mut parts = dotted.split('.');
                    let first = parts.next().unwrap_or(dotted);
                    let c = self.b.constant(Constant::Str(dotted.to_string()));
                    self.set_line(s);
                    self.b.emit("IMPORT_NAME", &[c]);
                    match &alias.asname {
                        Some(asname) => {
                            for part in parts {
                                let a = self.b.constant(Constant::Str(part.to_string()));
                                self.b.emit("IMPORT_FROM", &[a]);
                                self.b.emit("SWAP", &[]);
                                self.b.emit("POP_TOP", &[]);
                            }
                            self.store_name(asname.id.as_str());
                        }
                        None => self.store_name(first),
                    }
                }
            }
            Stmt::ImportFrom(i) => {
                // IMPORT_NAME's constant `DOTS MODULE import A,B` (see modules::import_name):
                // the level as leading dots, then the from-list.
                let module = i.module.as_ref().map_or("", |m| m.id.as_str());
                let names: Vec<&str> = i.names.iter().map(|a| a.name.id.as_str()).collect();
                let spec = format!(
                    "{}{module} import {}",
                    ".".repeat(i.level as usize),
                    names.join(",")
                );
                let c = self.b.constant(Constant::Str(spec));
                self.set_line(s);
                self.b.emit("IMPORT_NAME", &[c]);
                if names.contains(&"*") {
                    if self.locals.is_some() {
                        return Err(self.error(
                            "SyntaxError",
                            "import * only allowed at module level",
                            s,
                        ));
                    }
                    self.b.emit("IMPORT_STAR", &[]);
                    return Ok(());
                }
                for alias in &i.names {
                    let name = alias.name.id.as_str();
                    let c = self.b.constant(Constant::Str(name.to_string()));
                    self.b.emit("IMPORT_FROM", &[c]);
                    let bound = alias.asname.as_ref().map_or(name, |a| a.id.as_str());
                    self.store_name(bound);
                }
                self.b.emit("POP_TOP", &[]);
            }
            Stmt::Delete(d) => {
                for target in &d.targets {
                    // Each target's instructions carry its span (`del d[k]` underlines it).
                    self.b.set_span(self.lines.span(target.range()));
                    self.delete(target)?;
                }
            }
            other => {
                return Err(
                    self.unsupported(&format!("this statement ({})", stmt_name(other)), other)
                );
            }
        }
        Ok(())
    }

    /// A name no Python code can use, for a value the compiler keeps in a variable.
    pub(super) fn hidden_name(&mut self) -> String {
        self.hidden_named("exception")
    }

    pub(super) fn hidden_named(&mut self, tag: &str) -> String {
        self.hidden += 1;
        let name = format!("${tag}{}", self.hidden);
        if let Some(locals) = &mut self.locals {
            locals.get_or_push(&name);
        }
        name
    }

    /// Stores the value on the stack into `target`; its instructions carry the target's
    /// span (a failing unpack underlines `a, b`).
    pub(super) fn store(&mut self, target: &Expr) -> Result<()> {
        let outer = self.b.span();
        self.b.set_span(self.lines.span(target.range()));
        let result = self.store_node(target);
        self.b.set_span(outer);
        result
    }

    fn store_node(&mut self, target: &Expr) -> Result<()> {
        match target {
            Expr::Name(n) => {
                self.store_name(n.id.as_str());
                Ok(())
            }
            Expr::Tuple(ast::ExprTuple { elts, .. }) | Expr::List(ast::ExprList { elts, .. }) => {
                let stars = elts
                    .iter()
                    .filter(|e| matches!(e, Expr::Starred(_)))
                    .count();
                if stars > 1 {
                    return Err(self.error(
                        "SyntaxError",
                        "multiple starred expressions in assignment",
                        target,
                    ));
                }
                match elts.iter().position(|e| matches!(e, Expr::Starred(_))) {
                    Some(at) => {
                        let after = elts.len() - at - 1;
                        if at >= 256 {
                            return Err(self.error(
                                "SyntaxError",
                                "too many expressions in star-unpacking assignment",
                                target,
                            ));
                        }
                        self.b.emit("UNPACK_STAR", &[at as i64, after as i64]);
                    }
                    None => self.b.emit("UNPACK_CHECK", &[elts.len() as i64]),
                }
                for (i, elt) in elts.iter().enumerate() {
                    let elt = match elt {
                        Expr::Starred(s) => &*s.value,
                        other => other,
                    };
                    self.b.emit("COPY_TOP", &[]);
                    let index = self.b.constant(Constant::Int(i as i64));
                    self.b.emit("LOAD_CONST", &[index]);
                    self.b.emit("BINARY_SUBSCR", &[]);
                    self.store(elt)?;
                }
                self.b.emit("POP_TOP", &[]);
                Ok(())
            }
            Expr::Subscript(sub) => {
                self.expr(&sub.value)?;
                match &*sub.slice {
                    Expr::Slice(slice) => {
                        self.slice_bounds(slice)?;
                        self.b.emit("STORE_SLICE", &[]);
                    }
                    index => {
                        self.expr(index)?;
                        self.b.emit("STORE_SUBSCR", &[]);
                    }
                }
                Ok(())
            }
            Expr::Attribute(attr) => {
                self.expr(&attr.value)?;
                let name = self
                    .b
                    .constant(Constant::Str(self.mangle(attr.attr.id.as_str())));
                self.b.emit_attr("STORE_ATTR", name);
                Ok(())
            }
            Expr::Starred(s) => Err(self.error(
                "SyntaxError",
                "starred assignment target must be in a list or tuple".to_string(),
                s,
            )),
            other => Err(self.unsupported("assignment to this target", other)),
        }
    }

    /// Makes this unit a generator; `yield` outside a function is a SyntaxError.
    pub(super) fn yield_allowed(&mut self, at: &Expr) -> Result<()> {
        if !self.in_function() {
            return Err(self.error("SyntaxError", "'yield' outside function", at));
        }
        self.is_generator = true;
        Ok(())
    }

    /// The operator of an augmented assignment: `+=` is in place for lists (`list.extend`),
    /// every other one is the binary operator.
    pub(super) fn aug_op(&mut self, code: i64) {
        if code == 0 {
            self.b.emit("INPLACE_ADD", &[]);
        } else {
            self.b.emit("INPLACE_OP", &[code]);
        }
    }

    /// `del name`.
    pub(super) fn delete_name(&mut self, name: &str) {
        if self.in_class_namespace(name) {
            let k = self.b.constant(Constant::Str(self.mangle(name)));
            self.b.emit("DELETE_CLASS_NAME", &[k]);
            return;
        }
        match self.place(name) {
            super::Place::Cell(i) => self.b.emit("DELETE_DEREF", &[i]),
            super::Place::Local(i) => self.b.emit("DELETE_FAST", &[i]),
            super::Place::Global => {
                let g = self.global_index(name);
                self.b.emit("DELETE_GLOBAL", &[g]);
            }
        }
    }

    /// `name = None; del name`: unbinds a name that may have been deleted already (CPython's
    /// cleanup of `except E as name`).
    pub(super) fn unbind_name(&mut self, name: &str) {
        let none = self.b.constant(Constant::None);
        self.b.emit("LOAD_CONST", &[none]);
        self.store_name(name);
        self.delete_name(name);
    }

    /// `del target`.
    pub(super) fn delete(&mut self, target: &Expr) -> Result<()> {
        match target {
            Expr::Name(n) => self.delete_name(n.id.as_ref()),
            Expr::Subscript(sub) => {
                self.expr(&sub.value)?;
                match &*sub.slice {
                    Expr::Slice(slice) => {
                        self.slice_bounds(slice)?;
                        self.b.emit("DELETE_SLICE", &[]);
                    }
                    index => {
                        self.expr(index)?;
                        self.b.emit("DELETE_SUBSCR", &[]);
                    }
                }
            }
            Expr::Attribute(attr) => {
                self.expr(&attr.value)?;
                let name = self
                    .b
                    .constant(Constant::Str(self.mangle(attr.attr.id.as_str())));
                self.b.emit("DELETE_ATTR", &[name]);
            }
            Expr::Tuple(ast::ExprTuple { elts, .. }) | Expr::List(ast::ExprList { elts, .. }) => {
                for e in elts {
                    self.delete(e)?;
                }
            }
            other => return Err(self.error("SyntaxError", "cannot delete expression", other)),
        }
        Ok(())
    }

    /// `class C(Base): body`: the body runs as a function given the class namespace (what
    /// the metaclass's `__prepare__` made, or a new dict), which its names are kept in; it
    /// returns it, and MAKE_CLASS builds the class.
    pub(super) fn class_def(&mut self, c: &ast::StmtClassDef) -> Result<()> {
        if c.type_params.is_some() {
            return Err(self.unsupported("generic classes", c));
        }
        let bases: &[Expr] = c.arguments.as_ref().map_or(&[], |a| &a.args);
        let keywords: Vec<&ast::Keyword> =
            c.arguments.iter().flat_map(|a| a.keywords.iter()).collect();
        for d in &c.decorator_list {
            self.expr(&d.expression)?;
        }
        let qualname = format!("{}{}", self.qualprefix, c.name.id);
        let (code, frees) = {
            let (mut unit, info) = self.nested(c.name.id.as_str(), c.range, qualname);
            unit.qualprefix = format!("{}.", unit.qualname);
            unit.class_body = true;
            unit.class_namespace = true;
            // The namespace mapping is the body's one parameter (`.namespace`, local 0).
            unit.nargs = 1;
            unit.private_class = Some(c.name.id.to_string());
            unit.set_line(c);
            // As CPython's class bodies start: `__module__ = __name__`, then the docstring
            // (the body may assign `__doc__` itself).
            let g = unit.global_index("__name__");
            unit.b.emit("LOAD_GLOBAL", &[g]);
            unit.store_name("__module__");
            let q = unit.b.constant(Constant::Str(unit.qualname.clone()));
            unit.b.emit("LOAD_CONST", &[q]);
            unit.store_name("__qualname__");
            if let Some(doc) = super::functions::docstring(&c.body) {
                let d = unit.b.constant(Constant::Str(doc));
                unit.b.emit("LOAD_CONST", &[d]);
                unit.store_name("__doc__");
            }
            unit.setup_annotations(&c.body);
            unit.body(&c.body)?;
            // The `__class__` cell, for MAKE_CLASS to fill.
            if info.cells.contains("__class__") {
                let cell = unit.local_index("__class__").expect("the cell has a slot");
                unit.b.emit("LOAD_FAST_RAW", &[cell]);
                let k = unit.b.constant(Constant::Str("__classcell__".to_string()));
                unit.b.emit("STORE_CLASS_NAME", &[k]);
            }
            unit.b.emit("LOAD_FAST_RAW", &[0]);
            unit.b.emit("RETURN_VALUE", &[]);
            (unit.finish()?, info.frees)
        };
        self.set_line(c);
        // MAKE_CLASS gets the qualified name (`Outer.Inner`); the name is its last part.
        let name = self
            .b
            .constant(Constant::Str(format!("{}{}", self.qualprefix, c.name.id)));
        self.b.emit("LOAD_CONST", &[name]);
        // The bases, as a tuple (empty: `object`).
        if bases.iter().any(|b| matches!(b, Expr::Starred(_))) {
            self.sequence_with_stars(bases)?;
            self.b.emit("LIST_TO_TUPLE", &[]);
        } else {
            for base in bases {
                self.expr(base)?;
            }
            self.b.emit("BUILD_TUPLE", &[bases.len() as i64]);
        }
        // The keywords (`metaclass=`, and those for `__init_subclass__`), as a dict.
        if keywords.is_empty() {
            let none = self.b.constant(Constant::None);
            self.b.emit("LOAD_CONST", &[none]);
        } else if keywords.iter().any(|k| k.arg.is_none()) {
            // `class C(Base, **options)`: built up in order, as a dict display with `**`.
            self.b.emit("BUILD_MAP", &[0]);
            for k in &keywords {
                match &k.arg {
                    Some(name) => {
                        let key = self.b.constant(Constant::Str(name.id.to_string()));
                        self.b.emit("LOAD_CONST", &[key]);
                        self.expr(&k.value)?;
                        self.b.emit("DICT_PUSH", &[]);
                    }
                    None => {
                        self.expr(&k.value)?;
                        self.b.emit("DICT_MERGE", &[]);
                    }
                }
            }
        } else {
            for k in &keywords {
                let name = k.arg.as_ref().map_or("", |a| a.id.as_str());
                let key = self.b.constant(Constant::Str(name.to_string()));
                self.b.emit("LOAD_CONST", &[key]);
                self.expr(&k.value)?;
            }
            self.b.emit("BUILD_MAP", &[2 * keywords.len() as i64]);
        }
        self.b.emit("PREPARE_CLASS", &[]);
        self.b.emit("CLASS_NAMESPACE", &[]);
        self.make_function(code, &frees);
        self.b.emit("SWAP", &[]);
        self.b.emit("CALL", &[1]);
        self.b.emit("MAKE_CLASS", &[]);
        self.apply_decorators(&c.decorator_list);
        self.store_name(c.name.id.as_str());
        Ok(())
    }
}

pub(super) fn stmt_name(s: &Stmt) -> &'static str {
    match s {
        Stmt::Try(_) => "try",
        Stmt::With(_) => "with",
        Stmt::Import(_) | Stmt::ImportFrom(_) => "import",
        Stmt::Delete(_) => "del",
        Stmt::Nonlocal(_) => "nonlocal",
        Stmt::Match(_) => "match",
        _ => "statement",
    }
}
