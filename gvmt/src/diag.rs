//! Diagnostics: spec errors with file, line, column and labelled spans, rendered with
//! `codespan-reporting`. Every stage reports through [`Diagnostics`]; none prints on its own.

use crate::spec::ast::Span;
use codespan_reporting::diagnostic::{Diagnostic, Label};
use codespan_reporting::files::SimpleFiles;
use codespan_reporting::term;

/// The spec source files of one run, indexed by the `file` of a [`Span`].
#[derive(Default)]
pub struct Sources {
    files: SimpleFiles<String, String>,
    count: usize,
}

impl Sources {
    pub fn new() -> Self {
        Self::default()
    }

    /// Adds a file and returns its index.
    pub fn add(&mut self, name: impl Into<String>, text: impl Into<String>) -> usize {
        self.count += 1;
        self.files.add(name.into(), text.into())
    }

    pub fn len(&self) -> usize {
        self.count
    }

    pub fn is_empty(&self) -> bool {
        self.count == 0
    }

    pub fn text(&self, file: usize) -> &str {
        self.files
            .get(file)
            .expect("file index from this Sources")
            .source()
    }

    pub fn name(&self, file: usize) -> &str {
        self.files
            .get(file)
            .expect("file index from this Sources")
            .name()
    }
}

/// An error collected while reading or checking a spec.
#[derive(Clone, Debug)]
pub struct SpecError {
    pub message: String,
    pub primary: (Span, String),
    pub secondary: Vec<(Span, String)>,
    pub notes: Vec<String>,
}

impl SpecError {
    pub fn new(message: impl Into<String>, span: Span, label: impl Into<String>) -> Self {
        SpecError {
            message: message.into(),
            primary: (span, label.into()),
            secondary: vec![],
            notes: vec![],
        }
    }

    pub fn with_secondary(mut self, span: Span, label: impl Into<String>) -> Self {
        self.secondary.push((span, label.into()));
        self
    }

    pub fn with_note(mut self, note: impl Into<String>) -> Self {
        self.notes.push(note.into());
        self
    }

    fn to_codespan(&self) -> Diagnostic<usize> {
        let mut labels = vec![
            Label::primary(self.primary.0.file, self.primary.0.range())
                .with_message(&self.primary.1),
        ];
        for (span, msg) in &self.secondary {
            labels.push(Label::secondary(span.file, span.range()).with_message(msg));
        }
        Diagnostic::error()
            .with_message(&self.message)
            .with_labels(labels)
            .with_notes(self.notes.clone())
    }
}

/// The errors of one run, in the order found.
#[derive(Default, Debug)]
pub struct Diagnostics {
    pub errors: Vec<SpecError>,
}

impl Diagnostics {
    pub fn push(&mut self, e: SpecError) {
        self.errors.push(e);
    }

    pub fn is_empty(&self) -> bool {
        self.errors.is_empty()
    }

    /// Renders every error as plain text (for terminals, build scripts, tests and snapshots).
    pub fn render(&self, sources: &Sources) -> String {
        let config = term::Config::default();
        let mut out = String::new();
        for e in &self.errors {
            match term::emit_into_string(&config, &sources.files, &e.to_codespan()) {
                Ok(text) => out.push_str(&text),
                // Only a span outside its file gets here: still report the message.
                Err(err) => {
                    out.push_str(&format!("error: {} (span not shown: {err})\n", e.message))
                }
            }
        }
        out
    }
}
