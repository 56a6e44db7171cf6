//! What is running, by name: the names, qualified names and docstrings of function objects,
//! and the local variables of the innermost running frame (for `locals()`, `vars()`,
//! `dir()` and error messages).
//!
//! Must not: change frames (it only reads them), but for one thing: a frame whose locals it
//! gives out forgets the strs its locals own (`compiler/str_appends.rs`), since the values
//! now have other references.

use crate::generated::layouts::Function;
use crate::values::{self, UNBOUND};
use crate::vm::ThreadState;
use gvmt::rt::frame;
use gvmt::rt::{Value, Vm};

impl ThreadState {
    /// The bound local variables of the innermost Python frame (cells read through), or None
    /// when that frame runs a module body.
    pub fn running_local_values(&self) -> Option<Vec<(String, Value)>> {
        let index = self.running_code()?;
        let code = &self.loaded(index).code;
        if code.name == "<module>" {
            return None;
        }
        let ctx = self.vmctx();
        let f = ctx.frame;
        // The values given out have another reference now: `+=` must not append to them
        // in place (the owners are hidden locals named `$own...`).
        for (i, name) in code.varnames.iter().enumerate() {
            if name.starts_with("$own") {
                frame::set_local(ctx, f, i, UNBOUND);
            }
        }
        if code.is_class_body() {
            // Its names are in its namespace (a dict's entries; none shown for a mapping).
            let namespace = frame::local(ctx, f, 0);
            if !crate::objects::dict::is_dict(self, namespace) {
                return Some(vec![]);
            }
            return Some(
                crate::objects::dict::entries(self, namespace)
                    .into_iter()
                    .filter_map(|(k, v)| Some((values::str_value(self, k)?, v)))
                    .collect(),
            );
        }
        let cells = &code.cells;
        Some(
            code.varnames
                .iter()
                .enumerate()
                .filter_map(|(i, name)| {
                    let v = frame::local(ctx, f, i);
                    let v = if cells.contains(&i) || code.frees.contains(&i) {
                        crate::generated::layouts::Cell::value(ctx, v)
                    } else {
                        v
                    };
                    (v != UNBOUND).then(|| (name.clone(), v))
                })
                .collect(),
        )
    }

    /// The namespace mapping of the running code, if it is a class body (`locals()` there).
    pub fn running_class_namespace(&self) -> Option<Value> {
        let index = self.running_code()?;
        let code = &self.loaded(index).code;
        code.is_class_body()
            .then(|| frame::local(self.vmctx(), self.vmctx().frame, 0))
    }

    /// The name of a function object.
    pub fn function_name(&self, f: Value) -> Option<&str> {
        if !values::is_function(self, f) {
            return None;
        }
        let index = Function::code(self.vmctx(), f) as usize;
        self.interp.codes.get(index).map(|l| l.code.name.as_str())
    }

    /// The docstring of a function object.
    pub fn function_doc(&self, f: Value) -> Option<String> {
        let index = Function::code(self.vmctx(), f) as usize;
        self.interp
            .codes
            .get(index)
            .and_then(|l| l.code.doc.clone())
    }

    /// The qualified name of a function object.
    pub fn function_qualname(&self, f: Value) -> Option<&str> {
        if !values::is_function(self, f) {
            return None;
        }
        let index = Function::code(self.vmctx(), f) as usize;
        self.interp
            .codes
            .get(index)
            .map(|l| l.code.qualname.as_str())
    }

    /// The name of local `index` of the innermost running code.
    pub fn running_local_name(&self, index: usize) -> String {
        self.running_code()
            .and_then(|c| self.loaded(c).code.varnames.get(index).cloned())
            .unwrap_or_else(|| format!("#{index}"))
    }

    /// True if local `index` of the innermost running code is a free variable.
    pub fn running_local_is_free(&self, index: usize) -> bool {
        self.running_code()
            .is_some_and(|c| self.loaded(c).code.frees.contains(&index))
    }
}

impl ThreadState {
    /// The Python frames on the running thread's chain, innermost first, after the `skip`
    /// innermost: each frame's code index and line (for `sys._getframe`).
    pub fn frame_stack(&self, skip: usize) -> Vec<(usize, u32)> {
        let ctx = self.vmctx();
        let mut out = Vec::new();
        let mut f = ctx.frame;
        let mut seen = 0;
        while f.0 != 0 {
            if seen >= skip {
                let index = self.frame_code(f);
                let pc = frame::get(ctx, f, frame::slot::PC) as usize;
                out.push((index, self.loaded(index).code.line_at(pc)));
            }
            seen += 1;
            f = Value(frame::get(ctx, f, frame::slot::BACK) as u64);
        }
        out
    }
}
