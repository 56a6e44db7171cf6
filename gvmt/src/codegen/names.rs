//! Names and types in generated code, in one place so every back end agrees on them.

use crate::check::ir::{Op, SlotType, ValType};
use proc_macro2::TokenStream;
use quote::{format_ident, quote};

/// Parses a Rust path written in the spec (`"crate::rt::int_add"`). The checker guarantees it
/// is non-empty; a malformed path is reported by rustc at the include site.
pub fn rust_path(path: &str) -> TokenStream {
    path.parse().unwrap_or_else(|_| {
        let msg = format!("gvmt: `{path}` is not a Rust path");
        quote!(compile_error!(#msg))
    })
}

pub fn operand(name: &str) -> TokenStream {
    let i = format_ident!("o_{}", name);
    quote!(#i)
}

pub fn input(op: &Op, part: usize, i: usize) -> TokenStream {
    let v = format_ident!("p{}_{}", part, op.inputs[i].name);
    quote!(#v)
}

/// An output's variable: a pass-through output is its input's variable.
pub fn output_var(op: &Op, part: usize, o: usize) -> TokenStream {
    match op.passthrough[o] {
        Some(i) => input(op, part, i),
        None => {
            let v = format_ident!("p{}_{}", part, op.outputs[o].name);
            quote!(#v)
        }
    }
}

pub fn local(op: &Op, part: usize, l: usize) -> TokenStream {
    let v = format_ident!("p{}_{}_{}", part, op.locals[l].0, l);
    quote!(#v)
}

pub fn rust_type(t: ValType) -> TokenStream {
    match t {
        ValType::Value => quote!(Value),
        ValType::I64 => quote!(i64),
        ValType::F64 => quote!(f64),
        ValType::Bool => quote!(bool),
    }
}

/// Suffix of the `gvmt::rt::heap` accessor for a slot type.
pub fn slot_suffix(t: SlotType) -> &'static str {
    match t {
        SlotType::Value | SlotType::Ref => "value",
        SlotType::I64 => "i64",
        SlotType::F64 => "f64",
    }
}

/// Name of the C-ABI shim of an extern.
pub fn extern_shim(name: &str) -> proc_macro2::Ident {
    format_ident!("extern_{}", name)
}

/// Name of the C-ABI shim of a multimethod.
pub fn multimethod_shim(name: &str) -> proc_macro2::Ident {
    format_ident!("mm_{}", name)
}
