//! Scope analysis (CPython's symtable): before any bytecode is emitted, one pass over the
//! module finds, for every function, lambda and class body, which names are its locals, which
//! of those inner scopes capture (cells), and which it takes from enclosing functions (free
//! variables). The compiler asks [`Scopes::get`] by the scope's source position.
//!
//! Comprehensions are function scopes (their first iterable belongs to the enclosing scope).

use ruff_python_ast::visitor::{self, Visitor};
use ruff_python_ast::{self as ast, Expr, Stmt};
use ruff_text_size::{Ranged, TextRange, TextSize};
use std::cell::OnceCell;
use std::collections::{BTreeSet, HashMap, HashSet};

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Kind {
    Module,
    Function,
    Class,
}

/// What the compiler needs to know of one function or class body.
#[derive(Clone, Debug, Default)]
pub struct ScopeInfo {
    /// Locals in slot order: parameters first, then assigned names (a class body's are its
    /// namespace).
    pub locals: Vec<String>,
    /// Locals that inner scopes capture: their slots hold cell objects.
    pub cells: BTreeSet<String>,
    /// Names taken from enclosing functions, in closure order (after the locals in the slots).
    pub frees: Vec<String>,
    /// Names the scope declares `global`. A class body's may also be free variables (a
    /// method uses the enclosing function's variable of that name): the body's own uses are
    /// the global's.
    pub globals: BTreeSet<String>,
}

/// A `nonlocal` naming nothing in an enclosing function (a SyntaxError).
#[derive(Debug)]
pub struct ScopeError {
    pub message: String,
    pub at: TextSize,
    /// Where the marked text ends.
    pub end: TextSize,
}

#[derive(Debug)]
struct Scope {
    kind: Kind,
    key: TextRange,
    params: Vec<String>,
    assigned: Vec<String>,
    /// The names in `assigned`, for a constant-time test.
    assigned_set: HashSet<String>,
    globals: HashSet<String>,
    nonlocals: Vec<(String, TextRange)>,
    uses: HashSet<String>,
    children: Vec<Scope>,
    /// A function directly in a class body that mentions `super`: it needs `__class__`.
    wants_class_cell: bool,
    /// A comprehension's scope (`:=` inside it binds in the enclosing scope).
    comprehension: bool,
    /// [`Scope::needs`], computed once (the resolution asks each scope's parent and itself).
    needs: OnceCell<HashSet<String>>,
}

impl Scope {
    fn new(kind: Kind, key: TextRange, params: Vec<String>) -> Scope {
        Scope {
            kind,
            key,
            params,
            assigned: vec![],
            assigned_set: HashSet::new(),
            globals: HashSet::new(),
            nonlocals: vec![],
            uses: HashSet::new(),
            children: vec![],
            wants_class_cell: false,
            comprehension: false,
            needs: OnceCell::new(),
        }
    }

    fn assign(&mut self, name: &str) {
        if self.assigned_set.insert(name.to_string()) {
            self.assigned.push(name.to_string());
        }
    }

    /// Parameters and assigned names, minus `global` and `nonlocal` ones.
    fn own_locals(&self) -> Vec<String> {
        if self.kind == Kind::Module {
            return vec![];
        }
        let nonlocals: HashSet<&str> = self.nonlocals.iter().map(|(x, _)| x.as_str()).collect();
        let mut seen: HashSet<&str> = HashSet::new();
        let mut out: Vec<String> = Vec::new();
        for n in self.params.iter().chain(&self.assigned) {
            if !self.globals.contains(n) && !nonlocals.contains(n.as_str()) && seen.insert(n) {
                out.push(n.clone());
            }
        }
        out
    }

    /// Names this scope and those inside it need from enclosing functions.
    fn needs(&self) -> &HashSet<String> {
        self.needs.get_or_init(|| self.compute_needs())
    }

    fn compute_needs(&self) -> HashSet<String> {
        let own: HashSet<String> = self.own_locals().into_iter().collect();
        let mut children: HashSet<String> = HashSet::new();
        for c in &self.children {
            children.extend(c.needs().iter().cloned());
        }
        let mut needs: HashSet<String> = HashSet::new();
        match self.kind {
            Kind::Module => {}
            Kind::Function => {
                needs.extend(self.uses.iter().cloned());
                needs.extend(children);
                needs.extend(self.nonlocals.iter().map(|(n, _)| n.clone()));
                if self.wants_class_cell {
                    needs.insert("__class__".into());
                }
                needs.retain(|n| !own.contains(n) && !self.globals.contains(n));
            }
            Kind::Class => {
                needs.extend(
                    self.uses
                        .iter()
                        .filter(|n| !own.contains(*n) && !self.globals.contains(*n))
                        .cloned(),
                );
                // Methods do not see the class's names: what they need passes through,
                // except `__class__`, which the class provides.
                needs.extend(children.into_iter().filter(|n| n != "__class__"));
                needs.extend(self.nonlocals.iter().map(|(n, _)| n.clone()));
            }
        }
        needs
    }
}

/// The key of the namespace scope of [`Scopes::analyse_namespace`]: no node spans it.
pub fn namespace_key() -> TextRange {
    TextRange::empty(TextSize::new(u32::MAX))
}

/// The result of the analysis, by scope position.
#[derive(Debug, Default)]
pub struct Scopes {
    by_key: HashMap<TextRange, ScopeInfo>,
}

impl Scopes {
    pub fn analyse(body: &[Stmt]) -> Result<Scopes, ScopeError> {
        let mut collector = Collector {
            stack: vec![Scope::new(Kind::Module, TextRange::default(), vec![])],
            error: None,
        };
        for s in body {
            collector.visit_stmt(s);
        }
        if let Some(e) = collector.error {
            return Err(e);
        }
        let module = collector.stack.pop().expect("module scope");
        let mut scopes = Scopes::default();
        scopes.resolve(&module, &HashSet::new())?;
        Ok(scopes)
    }

    /// [`Scopes::analyse`] for code run in a namespace of its own (`exec`/`eval` given a
    /// locals mapping): the body is a class-body-like scope (key [`namespace_key`]) whose
    /// locals are `names` (the mapping's, as parameters) and what it assigns; other names are
    /// globals, and functions in it do not see its names (as CPython's LOAD_NAME code).
    pub fn analyse_namespace(body: &[Stmt], names: Vec<String>) -> Result<Scopes, ScopeError> {
        let mut collector = Collector {
            stack: vec![
                Scope::new(Kind::Module, TextRange::default(), vec![]),
                Scope::new(Kind::Class, namespace_key(), names),
            ],
            error: None,
        };
        for s in body {
            collector.visit_stmt(s);
        }
        if let Some(e) = collector.error {
            return Err(e);
        }
        let namespace = collector.stack.pop().expect("namespace scope");
        let mut module = collector.stack.pop().expect("module scope");
        module.children.push(namespace);
        let mut scopes = Scopes::default();
        scopes.resolve(&module, &HashSet::new())?;
        Ok(scopes)
    }

    /// The scope of the function, lambda, class or comprehension whose node spans `key` (a
    /// span, not a start: an unparenthesized generator expression starts where the
    /// comprehension that is its element does).
    pub fn get(&self, key: TextRange) -> ScopeInfo {
        self.by_key.get(&key).cloned().unwrap_or_default()
    }

    fn resolve(&mut self, scope: &Scope, outer: &HashSet<String>) -> Result<(), ScopeError> {
        let own = scope.own_locals();
        let mut children_need: HashSet<String> = HashSet::new();
        for c in &scope.children {
            children_need.extend(c.needs().iter().cloned());
        }
        for (name, at) in &scope.nonlocals {
            if !outer.contains(name) {
                return Err(ScopeError {
                    message: if scope.kind == Kind::Module {
                        "nonlocal declaration not allowed at module level".into()
                    } else {
                        format!("no binding for nonlocal '{name}' found")
                    },
                    at: at.start(),
                    end: at.end(),
                });
            }
        }
        let mut frees: Vec<String> = scope
            .needs()
            .iter()
            .filter(|n| outer.contains(*n))
            .cloned()
            .collect();
        frees.sort();
        let (cells, inner_outer) = match scope.kind {
            Kind::Module => (BTreeSet::new(), HashSet::new()),
            Kind::Function => {
                let cells = own
                    .iter()
                    .filter(|n| children_need.contains(*n))
                    .cloned()
                    .collect();
                // A function's `global x` hides the enclosing functions' `x` from its own
                // inner functions too.
                let mut inner: HashSet<String> = outer
                    .iter()
                    .filter(|n| !scope.globals.contains(*n))
                    .cloned()
                    .collect();
                inner.extend(own.iter().cloned());
                (cells, inner)
            }
            Kind::Class => {
                // A class's names, and its `global` declarations, are not seen by its methods.
                let mut cells = BTreeSet::new();
                let mut inner = outer.clone();
                if children_need.contains("__class__") {
                    cells.insert("__class__".to_string());
                    inner.insert("__class__".to_string());
                }
                (cells, inner)
            }
        };
        for c in &scope.children {
            self.resolve(c, &inner_outer)?;
        }
        if scope.kind != Kind::Module {
            let mut locals = own;
            for c in &cells {
                if !locals.contains(c) {
                    locals.push(c.clone());
                }
            }
            self.by_key.insert(
                scope.key,
                ScopeInfo {
                    locals,
                    cells,
                    frees,
                    globals: scope.globals.iter().cloned().collect(),
                },
            );
        }
        Ok(())
    }
}

struct Collector {
    stack: Vec<Scope>,
    /// The first error the walk itself finds (repeated parameters or keywords).
    error: Option<ScopeError>,
}

/// Parameter names in slot order: positional, keyword-only, `*args`, `**kwargs`.
fn param_names(p: &ast::Parameters) -> Vec<String> {
    let mut names: Vec<String> = p
        .posonlyargs
        .iter()
        .chain(&p.args)
        .chain(&p.kwonlyargs)
        .map(|a| a.parameter.name.id.to_string())
        .collect();
    if let Some(v) = &p.vararg {
        names.push(v.name.id.to_string());
    }
    if let Some(k) = &p.kwarg {
        names.push(k.name.id.to_string());
    }
    names
}

impl Collector {
    fn top(&mut self) -> &mut Scope {
        self.stack.last_mut().expect("a scope")
    }

    /// Notes an error (the first one found is reported).
    fn fail(&mut self, message: String, at: TextRange) {
        self.error.get_or_insert(ScopeError {
            message,
            at: at.start(),
            end: at.end(),
        });
    }

    /// The names of `p`, after checking that none is repeated.
    fn checked_params(&mut self, p: &ast::Parameters) -> Vec<String> {
        let mut seen: Vec<&str> = vec![];
        for param in p.iter() {
            let name = param.name();
            if seen.contains(&name.as_str()) {
                self.fail(
                    format!("duplicate argument '{name}' in function definition"),
                    name.range,
                );
            }
            seen.push(name.as_str());
        }
        param_names(p)
    }

    fn visit_defaults(&mut self, p: &ast::Parameters) {
        for a in p.posonlyargs.iter().chain(&p.args).chain(&p.kwonlyargs) {
            if let Some(d) = &a.default {
                self.visit_expr(d);
            }
        }
    }

    fn function(&mut self, key: TextRange, params: Vec<String>, body: &[Stmt]) {
        let in_class = self.top().kind == Kind::Class;
        self.stack.push(Scope::new(Kind::Function, key, params));
        for s in body {
            self.visit_stmt(s);
        }
        self.end_function(in_class);
    }

    /// Pops the function scope just visited into its parent's children.
    fn end_function(&mut self, in_class: bool) {
        let mut scope = self.stack.pop().expect("function scope");
        scope.wants_class_cell =
            in_class && (scope.uses.contains("super") || scope.uses.contains("__class__"));
        self.top().children.push(scope);
    }

    /// A comprehension is a function scope of its own (CPython 3.11): its first iterable is
    /// evaluated in the enclosing scope and passed in as the `.0` parameter.
    fn comprehension(
        &mut self,
        key: TextRange,
        generators: &[ast::Comprehension],
        elements: &[&Expr],
    ) {
        if let Some(first) = generators.first() {
            self.visit_expr(&first.iter);
        }
        let mut scope = Scope::new(Kind::Function, key, vec![".0".to_string()]);
        scope.comprehension = true;
        self.stack.push(scope);
        for (i, g) in generators.iter().enumerate() {
            if i > 0 {
                self.visit_expr(&g.iter);
            }
            self.visit_expr(&g.target);
            for cond in &g.ifs {
                self.visit_expr(cond);
            }
        }
        for e in elements {
            self.visit_expr(e);
        }
        let scope = self.stack.pop().expect("comprehension scope");
        self.top().children.push(scope);
    }
}

impl<'a> Visitor<'a> for Collector {
    fn visit_stmt(&mut self, s: &'a Stmt) {
        match s {
            Stmt::FunctionDef(f) => {
                for d in &f.decorator_list {
                    self.visit_expr(&d.expression);
                }
                self.visit_defaults(&f.parameters);
                // Annotations are evaluated where the `def` runs.
                for p in f.parameters.iter() {
                    if let Some(a) = p.annotation() {
                        self.visit_expr(a);
                    }
                }
                if let Some(r) = &f.returns {
                    self.visit_expr(r);
                }
                self.top().assign(f.name.id.as_str());
                let params = self.checked_params(&f.parameters);
                self.function(f.range, params, &f.body);
            }
            Stmt::AnnAssign(a) => {
                // Module and class bodies keep simple names' annotations in `__annotations__`.
                if a.simple && self.top().kind != Kind::Function {
                    self.top().assign("__annotations__");
                }
                visitor::walk_stmt(self, s)
            }
            Stmt::ClassDef(c) => {
                for d in &c.decorator_list {
                    self.visit_expr(&d.expression);
                }
                if let Some(args) = &c.arguments {
                    for a in &args.args {
                        self.visit_expr(a);
                    }
                    for k in &args.keywords {
                        self.visit_expr(&k.value);
                    }
                }
                self.top().assign(c.name.id.as_str());
                // The body's one parameter: its namespace mapping (`statements::class_def`).
                let params = vec![".namespace".to_string()];
                self.stack.push(Scope::new(Kind::Class, c.range, params));
                for s in &c.body {
                    self.visit_stmt(s);
                }
                let scope = self.stack.pop().expect("class scope");
                self.top().children.push(scope);
            }
            Stmt::Global(g) => {
                let names: Vec<String> = g.names.iter().map(|n| n.id.to_string()).collect();
                self.top().globals.extend(names);
            }
            Stmt::Nonlocal(n) => {
                let names: Vec<(String, TextRange)> = n
                    .names
                    .iter()
                    .map(|x| (x.id.to_string(), n.range))
                    .collect();
                self.top().nonlocals.extend(names);
            }
            Stmt::Try(t) => {
                for h in &t.handlers {
                    let ast::ExceptHandler::ExceptHandler(h) = h;
                    if let Some(n) = &h.name {
                        self.top().assign(n.id.as_str());
                    }
                }
                visitor::walk_stmt(self, s);
            }
            Stmt::Import(i) => {
                for a in &i.names {
                    let bound = match &a.asname {
                        Some(x) => x.id.to_string(),
                        None => a.name.id.split('.').next().unwrap_or("").to_string(),
                    };
                    self.top().assign(&bound);
                }
            }
            Stmt::ImportFrom(i) => {
                for a in &i.names {
                    let bound = a.asname.as_ref().unwrap_or(&a.name).id.to_string();
                    if bound != "*" {
                        self.top().assign(&bound);
                    }
                }
            }
            _ => visitor::walk_stmt(self, s),
        }
    }

    fn visit_pattern(&mut self, p: &'a ast::Pattern) {
        // The names a pattern captures are assigned in the scope of the `match`.
        let bound = match p {
            ast::Pattern::MatchAs(a) => a.name.as_ref(),
            ast::Pattern::MatchStar(s) => s.name.as_ref(),
            ast::Pattern::MatchMapping(m) => m.rest.as_ref(),
            _ => None,
        };
        if let Some(name) = bound {
            self.top().assign(name.id.as_str());
        }
        visitor::walk_pattern(self, p)
    }

    fn visit_expr(&mut self, e: &'a Expr) {
        match e {
            Expr::Name(n) => {
                let name = n.id.as_str();
                match n.ctx {
                    ast::ExprContext::Store | ast::ExprContext::Del => self.top().assign(name),
                    _ => {
                        self.top().uses.insert(name.to_string());
                    }
                }
            }
            Expr::Named(n) if self.top().comprehension => {
                // PEP 572: the target belongs to the nearest enclosing non-comprehension scope.
                self.visit_expr(&n.value);
                if let Expr::Name(target) = &*n.target {
                    let name = target.id.to_string();
                    let owner = self
                        .stack
                        .iter()
                        .rposition(|s| !s.comprehension)
                        .expect("the module scope");
                    self.stack[owner].assign(&name);
                    let module_level = self.stack[owner].kind == Kind::Module;
                    for s in &mut self.stack[owner + 1..] {
                        if module_level {
                            s.globals.insert(name.clone());
                        } else {
                            s.uses.insert(name.clone());
                        }
                    }
                }
            }
            Expr::Lambda(l) => {
                let params = match &l.parameters {
                    Some(p) => {
                        self.visit_defaults(p);
                        self.checked_params(p)
                    }
                    None => vec![],
                };
                let in_class = self.top().kind == Kind::Class;
                self.stack.push(Scope::new(Kind::Function, l.range, params));
                self.visit_expr(&l.body);
                self.end_function(in_class);
            }
            Expr::ListComp(c) => self.comprehension(e.range(), &c.generators, &[&c.elt]),
            Expr::SetComp(c) => self.comprehension(e.range(), &c.generators, &[&c.elt]),
            Expr::Generator(c) => self.comprehension(e.range(), &c.generators, &[&c.elt]),
            Expr::DictComp(c) => {
                let mut elements: Vec<&Expr> = vec![&c.value];
                elements.extend(c.key.as_deref());
                self.comprehension(e.range(), &c.generators, &elements)
            }
            Expr::Call(call) => {
                let keywords = &call.arguments.keywords;
                for (i, k) in keywords.iter().enumerate() {
                    if let Some(name) = &k.arg
                        && keywords[..i]
                            .iter()
                            .any(|o| o.arg.as_ref().map(|a| a.as_str()) == Some(name.as_str()))
                    {
                        self.fail(format!("keyword argument repeated: {name}"), k.range);
                    }
                }
                visitor::walk_expr(self, e)
            }
            _ => visitor::walk_expr(self, e),
        }
    }
}
