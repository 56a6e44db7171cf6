//! Back end: object layouts. Writes `gvmt_layouts.rs`: per layout a type with slot offsets,
//! typed accessors and a trace function, and the `LAYOUTS` table the collector reads.

use crate::check::ir::*;
use proc_macro2::TokenStream;
use quote::{format_ident, quote};

fn align(n: usize) -> usize {
    n.div_ceil(OBJECT_ALIGN) * OBJECT_ALIGN
}

fn slot_kind(t: SlotType) -> TokenStream {
    match t {
        SlotType::Value => quote!(SlotKind::Value),
        SlotType::Ref => quote!(SlotKind::Ref),
        SlotType::I64 => quote!(SlotKind::I64),
        SlotType::F64 => quote!(SlotKind::F64),
    }
}

fn rust_ty(t: SlotType) -> TokenStream {
    match t {
        SlotType::Value | SlotType::Ref => quote!(Value),
        SlotType::I64 => quote!(i64),
        SlotType::F64 => quote!(f64),
    }
}

pub fn generate(spec: &Spec) -> TokenStream {
    let is_ref = match spec.ref_tag() {
        Some(t) => {
            let (mask, tag) = (t.mask(), t.tag);
            quote!((word & #mask) == #tag)
        }
        None => quote!(false),
    };
    let layouts = spec.layouts.iter().enumerate().map(|(id, l)| layout(id, l));
    let infos = spec.layouts.iter().map(|l| {
        let name = &l.name;
        let fixed = align(l.fixed_size.max(OBJECT_ALIGN));
        let refs = l.slots.iter().filter(|s| s.ty == SlotType::Ref).map(|s| s.offset);
        let values = l.slots.iter().filter(|s| s.ty == SlotType::Value).map(|s| s.offset);
        let tail = match &l.tail {
            Some(t) => {
                let (off, len_off, kind) = (t.offset, l.slots[t.len_slot].offset, slot_kind(t.ty));
                let live = if l.frame {
                    quote!(Some([gvmt::rt::frame::slot::NLOCALS, gvmt::rt::frame::slot::SP]))
                } else {
                    quote!(None)
                };
                quote!(Some(TailInfo { offset: #off, len_offset: #len_off, kind: #kind, live: #live }))
            }
            None => quote!(None),
        };
        quote! {
            LayoutInfo { name: #name, fixed_size: #fixed, ref_slots: &[#(#refs),*], value_slots: &[#(#values),*], tail: #tail }
        }
    });
    let count = spec.layouts.len();
    let frame = match spec.frame {
        Some(id) => {
            let tail = spec.layouts[id]
                .tail
                .as_ref()
                .expect("a frame has a tail")
                .offset;
            quote!(Some(gvmt::rt::FrameLayout { id: #id, tail: #tail }))
        }
        None => quote!(None),
    };
    let named = spec.value.iter().flat_map(|v| &v.named).map(|n| {
        let name = format_ident!("{}", n.name);
        let word = n.word;
        let doc = if n.doc.is_empty() {
            format!("The named word `{}` of the value representation.", n.name)
        } else {
            n.doc.clone()
        };
        quote! {
            #[doc = #doc]
            pub const #name: Value = Value(#word);
        }
    });
    let types = builtin_types(spec);
    let trace_arms = spec.layouts.iter().enumerate().map(|(id, l)| {
        let n = format_ident!("{}", l.name);
        quote!(#id => #n::trace(ctx, object, visit),)
    });
    quote! {
        use gvmt::rt::{heap, LayoutInfo, SlotKind, TailInfo, Value, VmCtx};

        /// True if a word in a `value` slot is a reference (the spec's `ref` tag).
        #[inline]
        pub fn is_ref(word: u64) -> bool {
            #is_ref
        }

        #(#named)*

        #types

        #(#layouts)*

        /// Every layout, indexed by layout id.
        pub static LAYOUTS: [LayoutInfo; #count] = [#(#infos),*];

        /// The frame layout (the spec's `frame` declaration), if any.
        pub const FRAME: Option<gvmt::rt::FrameLayout> = #frame;

        /// Calls `visit` with the heap offset of every slot of `object` (of layout `layout`)
        /// that holds a reference.
        pub fn trace(layout: usize, ctx: &VmCtx, object: Value, visit: &mut dyn FnMut(usize)) {
            match layout {
                #(#trace_arms)*
                _ => panic!("gvmt: no layout with id {layout}"),
            }
        }
    }
}

fn layout(id: usize, l: &Layout) -> TokenStream {
    let name = format_ident!("{}", l.name);
    let doc = if l.doc.is_empty() {
        format!("Layout `{}`.", l.name)
    } else {
        l.doc.clone()
    };
    let fixed = align(l.fixed_size.max(OBJECT_ALIGN));
    let slots = l.slots.iter().map(|s| {
        let konst = format_ident!("OFFSET_{}", s.name.to_uppercase());
        let get = format_ident!("{}", s.name);
        let set = format_ident!("set_{}", s.name);
        let ty = rust_ty(s.ty);
        let suffix = super::names::slot_suffix(s.ty);
        let (load, store) = (
            format_ident!("load_{}", suffix),
            format_ident!("store_{}", suffix),
        );
        let off = s.offset;
        let barrier = if matches!(s.ty, SlotType::Value | SlotType::Ref) {
            quote!(heap::write_barrier(ctx, object);)
        } else {
            quote!()
        };
        let doc = format!("Offset of slot `{}` ({:?}).", s.name, s.ty);
        quote! {
            #[doc = #doc]
            pub const #konst: usize = #off;
            #[inline]
            pub fn #get(ctx: &VmCtx, object: Value) -> #ty { heap::#load(ctx, object, #off) }
            #[inline]
            pub fn #set(ctx: &VmCtx, object: Value, v: #ty) { heap::#store(ctx, object, #off, v); #barrier }
        }
    });
    let traced = l.slots.iter().filter(|s| matches!(s.ty, SlotType::Value | SlotType::Ref)).map(|s| {
        let off = s.offset;
        if s.ty == SlotType::Ref {
            quote!(visit(object.0 as usize + #off);)
        } else {
            quote!(if is_ref(heap::load_word(ctx, object, #off)) { visit(object.0 as usize + #off); })
        }
    });
    let (tail_items, tail_trace, size) = match &l.tail {
        None => (
            quote!(),
            quote!(),
            quote! {
                /// Size in bytes of an object of this layout.
                pub fn size(_ctx: &VmCtx, _object: Value) -> usize { #fixed }
            },
        ),
        Some(t) => {
            let get = format_ident!("{}", t.name);
            let set = format_ident!("set_{}", t.name);
            let fill = format_ident!("fill_{}", t.name);
            let move_within = format_ident!("move_{}", t.name);
            let ty = rust_ty(t.ty);
            let suffix = super::names::slot_suffix(t.ty);
            let (load, store) = (
                format_ident!("load_{}", suffix),
                format_ident!("store_{}", suffix),
            );
            let (off, len_off) = (t.offset, l.slots[t.len_slot].offset);
            let tail_barrier = if matches!(t.ty, SlotType::Value | SlotType::Ref) {
                quote!(heap::write_barrier(ctx, object);)
            } else {
                quote!()
            };
            let live_len = if l.frame {
                // A frame's locals and its stack below sp; the slots above are stale.
                quote!(
                    Self::tail_len(ctx, object).min(
                        (heap::load_i64(ctx, object, gvmt::rt::frame::slot::NLOCALS)
                            + heap::load_i64(ctx, object, gvmt::rt::frame::slot::SP))
                        .max(0) as usize
                    )
                )
            } else {
                quote!(Self::tail_len(ctx, object))
            };
            let trace = match t.ty {
                SlotType::Ref => quote! {
                    for i in 0..#live_len { visit(object.0 as usize + #off + 8 * i); }
                },
                SlotType::Value => quote! {
                    for i in 0..#live_len {
                        if is_ref(heap::load_word(ctx, object, #off + 8 * i)) { visit(object.0 as usize + #off + 8 * i); }
                    }
                },
                _ => quote!(),
            };
            (
                quote! {
                    /// Offset of the first tail element.
                    pub const TAIL: usize = #off;
                    /// Number of tail elements (the length slot, never negative).
                    #[inline]
                    pub fn tail_len(ctx: &VmCtx, object: Value) -> usize {
                        heap::load_i64(ctx, object, #len_off).max(0) as usize
                    }
                    #[inline]
                    pub fn #get(ctx: &VmCtx, object: Value, i: usize) -> #ty {
                        assert!(i < Self::tail_len(ctx, object), "gvmt: tail index out of range");
                        heap::#load(ctx, object, #off + 8 * i)
                    }
                    #[inline]
                    pub fn #set(ctx: &VmCtx, object: Value, i: usize, v: #ty) {
                        assert!(i < Self::tail_len(ctx, object), "gvmt: tail index out of range");
                        heap::#store(ctx, object, #off + 8 * i, v);
                        #tail_barrier
                    }
                    /// Sets every tail element to `v` (a new object's initial value).
                    #[inline]
                    pub fn #fill(ctx: &VmCtx, object: Value, v: #ty) {
                        for i in 0..Self::tail_len(ctx, object) {
                            heap::#store(ctx, object, #off + 8 * i, v);
                        }
                        #tail_barrier
                    }
                    /// Moves `count` tail elements from index `from` to index `to` (the
                    /// ranges may overlap), as `slice::copy_within`: one barrier for all.
                    #[inline]
                    pub fn #move_within(ctx: &VmCtx, object: Value, from: usize, to: usize, count: usize) {
                        assert!(
                            from.max(to).checked_add(count).is_some_and(|end| end <= Self::tail_len(ctx, object)),
                            "gvmt: tail range out of range"
                        );
                        heap::move_words(ctx, object, #off + 8 * from, #off + 8 * to, count);
                        #tail_barrier
                    }
                    /// Size in bytes of an object of this layout with `len` tail elements.
                    pub const fn size_for(len: usize) -> usize {
                        (#off + 8 * len).div_ceil(16) * 16
                    }
                },
                trace,
                quote! {
                    /// Size in bytes of an object of this layout.
                    pub fn size(ctx: &VmCtx, object: Value) -> usize { Self::size_for(Self::tail_len(ctx, object)) }
                },
            )
        }
    };
    quote! {
        #[doc = #doc]
        pub struct #name;

        impl #name {
            /// Index in `LAYOUTS`.
            pub const ID: usize = #id;
            /// Size of the header and fixed slots, rounded to the object alignment.
            pub const FIXED_SIZE: usize = #fixed;
            #(#slots)*
            #tail_items
            #size
            /// Calls `visit` with the heap offset of every slot that holds a reference.
            pub fn trace(ctx: &VmCtx, object: Value, visit: &mut dyn FnMut(usize)) {
                let _ = (ctx, &visit);
                #(#traced)*
                #tail_trace
            }
        }
    }
}

/// The `types` declaration as a module of id constants and a table (nothing if the spec
/// declares no types).
fn builtin_types(spec: &Spec) -> TokenStream {
    if spec.types.is_empty() {
        return TokenStream::new();
    }
    let count = spec.types.len();
    let ids = spec.types.iter().enumerate().map(|(id, t)| {
        let name = format_ident!("{}", t.name);
        let doc = if t.doc.is_empty() {
            format!("`{}`.", t.display)
        } else {
            t.doc.clone()
        };
        quote! {
            #[doc = #doc]
            pub const #name: usize = #id;
        }
    });
    let rows = spec.types.iter().map(|t| {
        let display = &t.display;
        let base = match t.base {
            Some(b) => {
                let b = format_ident!("{}", spec.types[b].name);
                quote!(Some(#b))
            }
            None => quote!(None),
        };
        quote!((#display, #base))
    });
    quote! {
        /// The builtin types of the spec's `types` declaration: each constant is a type's id,
        /// its position in [`TABLE`](types::TABLE).
        pub mod types {
            #(#ids)*

            /// Each builtin type's name and the id of its base (None: the root type).
            pub const TABLE: [(&str, Option<usize>); #count] = [#(#rows),*];
        }
    }
}
