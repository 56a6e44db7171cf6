//! The C-ABI shims through which compiled code calls externs and multimethods, and the ABI they
//! share with the JIT back end ([`abi`]).
//!
//! Convention: the first parameter is the VM context pointer; a `value` or `i64` is an `i64`,
//! an `f64` is an `f64`, a `bool` is an `i64` (0 or 1), and `values` is the first stack slot
//! and the count (read from the running frame).
//! A call that raises gets one more parameter, a pointer where the result is written, and
//! returns an `i32` status (0: ok, 1: raised; the error is parked with `Vm::set_pending_error`).
//! A call that cannot raise returns its result directly.

use super::names::{extern_shim, multimethod_shim, rust_path};
use crate::check::ir::*;
use proc_macro2::TokenStream;
use quote::{format_ident, quote};

/// A scalar in a shim signature.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AbiType {
    I64,
    F64,
}

/// The machine signature of a shim.
#[derive(Clone, Debug)]
pub struct Abi {
    /// After the context pointer; `values` contribute two `I64`s.
    pub params: Vec<AbiType>,
    /// The result (written through the out-pointer when `raises`).
    pub ret: Option<AbiType>,
    pub raises: bool,
    /// Never returns normally (always raises); no out-pointer.
    pub never: bool,
}

fn abi_type(t: ValType) -> AbiType {
    if t == ValType::F64 {
        AbiType::F64
    } else {
        AbiType::I64
    }
}

pub fn extern_abi(e: &Extern) -> Abi {
    let mut params = Vec::new();
    for (_, p) in &e.params {
        match p {
            ParamType::Val(t) => params.push(abi_type(*t)),
            ParamType::Values => params.extend([AbiType::I64, AbiType::I64]),
        }
    }
    let ret = match e.ret {
        RetType::Val(t) => Some(abi_type(t)),
        _ => None,
    };
    Abi {
        params,
        ret,
        raises: e.flags.raises,
        never: e.ret == RetType::Never,
    }
}

pub fn multimethod_abi(m: &Multimethod) -> Abi {
    Abi {
        params: vec![AbiType::I64, AbiType::I64],
        ret: Some(AbiType::I64),
        raises: m.flags.raises,
        never: false,
    }
}

fn to_abi(t: ValType, v: TokenStream) -> TokenStream {
    match t {
        ValType::Value => quote!(#v.0 as i64),
        ValType::I64 | ValType::F64 => v,
        ValType::Bool => quote!(#v as i64),
    }
}

fn from_abi(t: ValType, v: TokenStream) -> TokenStream {
    match t {
        ValType::Value => quote!(Value(#v as u64)),
        ValType::I64 | ValType::F64 => v,
        ValType::Bool => quote!((#v != 0)),
    }
}

fn abi_rust(t: AbiType) -> TokenStream {
    match t {
        AbiType::I64 => quote!(i64),
        AbiType::F64 => quote!(f64),
    }
}

pub fn generate(spec: &Spec) -> TokenStream {
    let externs = spec.externs.iter().map(|e| {
        let name = extern_shim(&e.name);
        let f = rust_path(&e.rust_path);
        let mut params = Vec::new();
        let mut args = Vec::new();
        let mut binds = Vec::new();
        for (i, (_, p)) in e.params.iter().enumerate() {
            let a = format_ident!("a{}", i);
            match p {
                ParamType::Val(t) => {
                    let ty = abi_rust(abi_type(*t));
                    params.push(quote!(#a: #ty));
                    args.push(from_abi(*t, quote!(#a)));
                }
                ParamType::Values => {
                    let len = format_ident!("a{}_len", i);
                    params.push(quote!(#a: i64, #len: i64));
                    let v = format_ident!("values{}", i);
                    binds.push(quote!(let #v = gvmt::rt::Values::from_stack(vm.vmctx(), #a as usize, #len as usize);));
                    args.push(quote!(#v));
                }
            }
        }
        let call = quote!(#f(vm, #(#args),*));
        let body = match (e.ret, e.flags.raises) {
            (RetType::Never, _) => quote! { let error = #call; vm.set_pending_error(error); },
            (RetType::Void, false) => quote! { #call; },
            (RetType::Val(t), false) => to_abi(t, quote!((#call))),
            (RetType::Void, true) => quote! {
                match #call { Ok(()) => 0, Err(error) => { vm.set_pending_error(error); 1 } }
            },
            (RetType::Val(t), true) => {
                let bits = match t {
                    ValType::Value => quote!(v.0),
                    ValType::F64 => quote!(v.to_bits()),
                    ValType::I64 | ValType::Bool => quote!(v as u64),
                };
                quote! {
                    // SAFETY: `out` points to a slot in the calling compiled function's frame.
                    match #call { Ok(v) => { unsafe { out.write(#bits) }; 0 } Err(error) => { vm.set_pending_error(error); 1 } }
                }
            }
        };
        let (out_param, ret) = match (e.ret, e.flags.raises) {
            (RetType::Never, _) => (quote!(), quote!()),
            (_, true) => (quote!(out: *mut u64), quote!(-> i32)),
            (RetType::Val(t), false) => {
                let t = abi_rust(abi_type(t));
                (quote!(), quote!(-> #t))
            }
            (RetType::Void, false) => (quote!(), quote!()),
        };
        let doc = format!("C-ABI shim of extern `{}` for compiled code.", e.name);
        quote! {
            #[doc = #doc]
            pub extern "C" fn #name(vm: *mut Ctx, #(#params,)* #out_param) #ret {
                // SAFETY: compiled code passes the `&mut Ctx` it was entered with, unaliased
                // while this call runs.
                let vm = unsafe { &mut *vm };
                #(#binds)*
                #body
            }
        }
    });
    let mms = spec.multimethods.iter().map(|m| {
        let name = multimethod_shim(&m.name);
        let f = format_ident!("mm_{}", m.name);
        let doc = format!("C-ABI shim of multimethod `{}` for compiled code.", m.name);
        let (out_param, ret, body) = if m.flags.raises {
            (
                quote!(out: *mut u64),
                quote!(-> i32),
                quote! {
                    // SAFETY: `out` points to a slot in the calling compiled function's frame.
                    match super::#f(vm, Value(left as u64), Value(right as u64)) {
                        Ok(v) => { unsafe { out.write(v.0) }; 0 }
                        Err(error) => { vm.set_pending_error(error); 1 }
                    }
                },
            )
        } else {
            (
                quote!(),
                quote!(-> i64),
                quote!(super::#f(vm, Value(left as u64), Value(right as u64)).0 as i64),
            )
        };
        quote! {
            #[doc = #doc]
            pub extern "C" fn #name(vm: *mut Ctx, left: i64, right: i64, #out_param) #ret {
                // SAFETY: compiled code passes the `&mut Ctx` it was entered with, unaliased
                // while this call runs.
                let vm = unsafe { &mut *vm };
                #body
            }
        }
    });
    quote! {
        /// C-ABI entry points for compiled code (see `gvmt::codegen::shims` for the convention).
        pub mod shims {
            use super::{Ctx, Error};
            use gvmt::rt::{Value, Vm};
            #(#externs)*
            #(#mms)*

            /// `Vm::alloc_slow` for compiled code (its inline fast path failed): 0 with the
            /// object in `out`, or 1 with the error parked.
            pub extern "C" fn alloc(vm: *mut Ctx, layout: i64, size: i64, out: *mut u64) -> i32 {
                // SAFETY: compiled code passes the `&mut Ctx` it was entered with, unaliased
                // while this call runs.
                let vm = unsafe { &mut *vm };
                match vm.alloc_slow(layout as usize, size as usize) {
                    // SAFETY: `out` points to a slot in the calling compiled function's frame.
                    Ok(v) => { unsafe { out.write(v.0) }; 0 }
                    Err(error) => { vm.set_pending_error(error); 1 }
                }
            }

            /// `Vm::poll` for compiled code at a safepoint: 0, or 1 with the error parked.
            pub extern "C" fn poll(vm: *mut Ctx) -> i32 {
                // SAFETY: compiled code passes the `&mut Ctx` it was entered with, unaliased
                // while this call runs.
                let vm = unsafe { &mut *vm };
                match vm.poll() {
                    Ok(()) => 0,
                    Err(error) => { vm.set_pending_error(error); 1 }
                }
            }
        }
    }
}
