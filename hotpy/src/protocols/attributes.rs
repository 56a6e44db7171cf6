//! Attribute access, and the methods of builtin types: one table of `(type id, name,
//! function)` rows put into the types' namespaces as method descriptors (a `BoundMethod`
//! whose receiver is `UNBOUND`) and bound on lookup like any class attribute. What a row
//! needs at call time beyond its function (a keyword-taking form, the arguments taken
//! through `__index__`) is resolved per row at compile time: no call compares names.

use crate::generated::layouts::BoundMethod;
use crate::interp::coroutines as CO;
use crate::objects::array::methods as A;
use crate::objects::bytes::transform as BT;
use crate::objects::class::builtin_types::{BUILTIN_TYPES, ids as T};
use crate::objects::str::methods::*;
use crate::objects::{
    dict::methods as D, float as F, int as I, list as L, str as S, str::format as SF,
};
use crate::protocols::iteration::{
    iter_method as ITER, length_hint_method as LENGTH_HINT, next_method as NEXT,
};
use crate::values::same_text;
use crate::values::{layout_of, str_value};
use crate::vm::{Error, ThreadState};
use gvmt::rt::{Value, Vm};

/// The methods that take keyword arguments: `(type id, name, function)`; each also has a
/// row in [`METHODS`] (its positional-only form).
const KEYWORD_METHODS: &[(usize, &str, KeywordMethod)] = &[
    (T::LIST, "sort", L::list_sort),
    (T::DICT, "update", D::dict_update),
    (T::INT, "to_bytes", crate::objects::int::bytes::to_bytes),
    (T::STR, "format", SF::str_format),
    (T::STR, "split", crate::objects::str::split),
    (T::STR, "rsplit", crate::objects::str::rsplit),
    (T::STR, "splitlines", crate::objects::str::splitlines),
    (T::STR, "expandtabs", crate::objects::str::expandtabs),
    (T::STR, "encode", crate::objects::bytes::encode_kw),
    (T::BYTES, "decode", crate::objects::bytes::decode_kw),
    (T::BYTEARRAY, "decode", crate::objects::bytes::decode_kw),
    (T::BYTES, "split", crate::objects::bytes::methods::split_kw),
    (
        T::BYTEARRAY,
        "split",
        crate::objects::bytes::methods::split_kw,
    ),
    (
        T::BYTES,
        "rsplit",
        crate::objects::bytes::methods::rsplit_kw,
    ),
    (
        T::BYTEARRAY,
        "rsplit",
        crate::objects::bytes::methods::rsplit_kw,
    ),
    (T::BYTES, "splitlines", crate::objects::str::splitlines),
    (T::BYTEARRAY, "splitlines", crate::objects::str::splitlines),
    (T::BYTES, "translate", BT::translate_kw),
    (T::BYTEARRAY, "translate", BT::translate_kw),
];

pub type KeywordMethod =
    fn(&mut ThreadState, Value, &[Value], &[(String, Value)]) -> Result<Value, Error>;

/// A method of a builtin type.
pub type Method = fn(&mut ThreadState, Value, &[Value]) -> Result<Value, Error>;

/// Builtin methods: `(type id, name, function)`; a row's index is its method id.
pub const METHODS: &[(usize, &str, Method)] = &[
    (T::LIST, "append", L::list_append),
    (T::LIST, "pop", L::list_pop),
    (T::LIST, "extend", L::list_extend),
    (T::LIST, "insert", L::list_insert),
    (T::LIST, "index", L::list_index),
    (T::LIST, "count", L::seq_count),
    (T::LIST, "reverse", L::list_reverse),
    (T::TUPLE, "count", L::seq_count),
    (T::TUPLE, "index", L::list_index),
    (T::DICT, "get", D::dict_get),
    (T::DICT, "keys", D::dict_keys),
    (T::DICT, "values", D::dict_values),
    (T::DICT, "items", D::dict_items),
    (T::STR, "split", str_split),
    (T::STR, "join", str_join),
    (T::STR, "strip", str_strip),
    (T::STR, "lstrip", str_lstrip),
    (T::STR, "rstrip", str_rstrip),
    (T::STR, "replace", str_replace),
    (T::STR, "startswith", str_startswith),
    (T::STR, "endswith", str_endswith),
    (T::STR, "find", str_find),
    (T::STR, "count", str_count),
    (T::STR, "isdigit", crate::objects::str::isdigit),
    (T::STR, "isalpha", str_isalpha),
    (T::STR, "upper", str_upper),
    (T::STR, "lower", str_lower),
    (T::LIST, "sort", |vm, r, a| L::list_sort(vm, r, a, &[])),
    (T::LIST, "remove", L::list_remove),
    (T::LIST, "clear", L::list_clear),
    (T::LIST, "copy", L::seq_copy),
    (T::DICT, "pop", D::dict_pop),
    (T::DICT, "setdefault", D::dict_setdefault),
    (T::DICT, "update", |vm, r, a| D::dict_update(vm, r, a, &[])),
    (T::DICT, "copy", L::seq_copy),
    (T::DICT, "clear", D::dict_clear),
    (T::STR, "isupper", S::str_isupper),
    (T::STR, "islower", S::str_islower),
    (T::STR, "isspace", S::str_isspace),
    (T::STR, "isalnum", S::str_isalnum),
    (T::STR, "title", S::str_title),
    (T::STR, "capitalize", S::str_capitalize),
    (T::STR, "swapcase", S::str_swapcase),
    (T::STR, "center", S::str_center),
    (T::STR, "ljust", S::str_ljust),
    (T::STR, "rjust", S::str_rjust),
    (T::STR, "zfill", S::str_zfill),
    (T::STR, "partition", S::str_partition),
    (T::STR, "rpartition", S::str_rpartition),
    (T::STR, "splitlines", S::str_splitlines),
    (T::STR, "rsplit", S::str_rsplit),
    (T::STR, "index", |vm, s, a| {
        str_search(vm, s, a, "index", false, true)
    }),
    (T::STR, "rindex", |vm, s, a| {
        str_search(vm, s, a, "rindex", true, true)
    }),
    (T::STR, "rfind", |vm, s, a| {
        str_search(vm, s, a, "rfind", true, false)
    }),
    (T::STR, "format", |vm, r, a| SF::str_format(vm, r, a, &[])),
    (T::GENERATOR, "send", crate::interp::generators::send),
    (
        T::GENERATOR,
        "__next__",
        crate::interp::generators::next_method,
    ),
    (T::LIST_ITERATOR, "__length_hint__", LENGTH_HINT),
    (T::TUPLE_ITERATOR, "__length_hint__", LENGTH_HINT),
    (T::RANGE_ITERATOR, "__length_hint__", LENGTH_HINT),
    (T::LONGRANGE_ITERATOR, "__length_hint__", LENGTH_HINT),
    (T::STR_ITERATOR, "__length_hint__", LENGTH_HINT),
    (T::LIST_ITERATOR, "__next__", NEXT),
    (T::LIST_ITERATOR, "__iter__", ITER),
    (T::TUPLE_ITERATOR, "__next__", NEXT),
    (T::TUPLE_ITERATOR, "__iter__", ITER),
    (T::DICT_KEYITERATOR, "__next__", NEXT),
    (T::DICT_KEYITERATOR, "__iter__", ITER),
    (T::DICT_VALUEITERATOR, "__next__", NEXT),
    (T::DICT_VALUEITERATOR, "__iter__", ITER),
    (T::DICT_ITEMITERATOR, "__next__", NEXT),
    (T::DICT_ITEMITERATOR, "__iter__", ITER),
    (T::SET_ITERATOR, "__next__", NEXT),
    (T::SET_ITERATOR, "__iter__", ITER),
    (T::RANGE_ITERATOR, "__next__", NEXT),
    (T::RANGE_ITERATOR, "__iter__", ITER),
    (T::LONGRANGE_ITERATOR, "__next__", NEXT),
    (T::LONGRANGE_ITERATOR, "__iter__", ITER),
    (T::STR_ITERATOR, "__next__", NEXT),
    (T::STR_ITERATOR, "__iter__", ITER),
    (T::ENUMERATE, "__next__", NEXT),
    (T::ENUMERATE, "__iter__", ITER),
    (T::ZIP, "__next__", NEXT),
    (T::ZIP, "__iter__", ITER),
    (T::MAP, "__next__", NEXT),
    (T::MAP, "__iter__", ITER),
    (T::FILTER, "__next__", NEXT),
    (T::FILTER, "__iter__", ITER),
    (T::POOL_ITERATOR, "__next__", NEXT),
    (T::POOL_ITERATOR, "__iter__", ITER),
    (T::GENERATOR, "__iter__", ITER),
    (T::GENERATOR, "throw", crate::interp::generators::throw),
    (T::GENERATOR, "close", crate::interp::generators::close),
    (T::COROUTINE, "send", crate::interp::generators::send),
    (T::COROUTINE, "throw", crate::interp::generators::throw),
    (T::COROUTINE, "close", crate::interp::generators::close),
    (T::COROUTINE, "__await__", CO::coroutine_await),
    (T::ASYNC_GENERATOR, "__aiter__", CO::itself),
    (T::ASYNC_GENERATOR, "__anext__", CO::agen_anext),
    (T::ASYNC_GENERATOR, "asend", CO::agen_asend),
    (T::ASYNC_GENERATOR, "athrow", CO::agen_athrow),
    (T::ASYNC_GENERATOR, "aclose", CO::agen_aclose),
    (T::COROUTINE_WRAPPER, "send", CO::step_send),
    (T::COROUTINE_WRAPPER, "throw", CO::step_throw),
    (T::COROUTINE_WRAPPER, "close", CO::step_close),
    (T::COROUTINE_WRAPPER, "__next__", CO::step_next),
    (T::COROUTINE_WRAPPER, "__iter__", CO::itself),
    (T::ASYNC_GENERATOR_ASEND, "send", CO::step_send),
    (T::ASYNC_GENERATOR_ASEND, "throw", CO::step_throw),
    (T::ASYNC_GENERATOR_ASEND, "close", CO::step_close),
    (T::ASYNC_GENERATOR_ASEND, "__next__", CO::step_next),
    (T::ASYNC_GENERATOR_ASEND, "__iter__", CO::itself),
    (T::ASYNC_GENERATOR_ASEND, "__await__", CO::itself),
    (T::ASYNC_GENERATOR_ATHROW, "send", CO::step_send),
    (T::ASYNC_GENERATOR_ATHROW, "throw", CO::step_throw),
    (T::ASYNC_GENERATOR_ATHROW, "close", CO::step_close),
    (T::ASYNC_GENERATOR_ATHROW, "__next__", CO::step_next),
    (T::ASYNC_GENERATOR_ATHROW, "__iter__", CO::itself),
    (T::ASYNC_GENERATOR_ATHROW, "__await__", CO::itself),
    (T::SET, "union", crate::objects::set::union),
    (T::SET, "intersection", crate::objects::set::intersection),
    (T::SET, "difference", crate::objects::set::difference),
    (
        T::SET,
        "symmetric_difference",
        crate::objects::set::symmetric_difference,
    ),
    (T::SET, "issubset", crate::objects::set::issubset),
    (T::SET, "issuperset", crate::objects::set::issuperset),
    (T::SET, "isdisjoint", crate::objects::set::isdisjoint),
    (T::SET, "copy", crate::objects::set::copy),
    (T::FROZENSET, "union", crate::objects::set::union),
    (
        T::FROZENSET,
        "intersection",
        crate::objects::set::intersection,
    ),
    (T::FROZENSET, "difference", crate::objects::set::difference),
    (
        T::FROZENSET,
        "symmetric_difference",
        crate::objects::set::symmetric_difference,
    ),
    (T::FROZENSET, "issubset", crate::objects::set::issubset),
    (T::FROZENSET, "issuperset", crate::objects::set::issuperset),
    (T::FROZENSET, "isdisjoint", crate::objects::set::isdisjoint),
    (T::FROZENSET, "copy", crate::objects::set::copy),
    (T::SET, "add", crate::objects::set::add),
    (
        T::SET,
        "symmetric_difference_update",
        crate::objects::set::symmetric_difference_update,
    ),
    (T::SET, "remove", crate::objects::set::remove),
    (T::SET, "discard", crate::objects::set::discard),
    (T::SET, "pop", crate::objects::set::pop),
    (T::SET, "clear", crate::objects::set::clear),
    (T::SET, "update", crate::objects::set::update),
    (
        T::SET,
        "intersection_update",
        crate::objects::set::intersection_update,
    ),
    (
        T::SET,
        "difference_update",
        crate::objects::set::difference_update,
    ),
    (T::DICT, "popitem", D::dict_popitem),
    (T::INT, "bit_length", I::int_bit_length),
    (T::INT, "bit_count", I::int_bit_count),
    (T::FLOAT, "is_integer", F::float_is_integer),
    (T::STR, "expandtabs", S::str_expandtabs),
    (T::STR, "format_map", SF::str_format_map),
    (T::SLICE, "indices", crate::objects::slice::indices),
    (T::BYTES, "decode", crate::objects::bytes::decode),
    (T::BYTES, "hex", crate::objects::bytes::hex),
    (T::STR, "encode", crate::objects::bytes::encode),
    (T::FLOAT, "as_integer_ratio", F::float_as_integer_ratio),
    (
        T::PROPERTY,
        "setter",
        crate::objects::descriptor::property_setter,
    ),
    (
        T::PROPERTY,
        "getter",
        crate::objects::descriptor::property_getter,
    ),
    (T::INT, "to_bytes", crate::objects::descriptor::int_to_bytes),
    (
        T::STR,
        "translate",
        crate::objects::str::translate::translate,
    ),
    (T::STR, "removeprefix", crate::objects::str::removeprefix),
    (T::STR, "removesuffix", crate::objects::str::removesuffix),
    (T::STR, "casefold", crate::objects::str::casefold),
    (T::STR, "isdecimal", crate::objects::str::isdecimal),
    (T::STR, "isnumeric", crate::objects::str::isnumeric),
    (T::STR, "isprintable", crate::objects::str::isprintable),
    (T::STR, "isidentifier", crate::objects::str::isidentifier),
    (T::STR, "isascii", crate::objects::str::isascii),
    (T::STR, "istitle", crate::objects::str::istitle),
    (T::BYTES, "find", crate::objects::bytes::methods::find),
    (T::BYTES, "rfind", crate::objects::bytes::methods::rfind),
    (T::BYTES, "index", crate::objects::bytes::methods::index),
    (T::BYTES, "rindex", crate::objects::bytes::methods::rindex),
    (T::BYTES, "count", crate::objects::bytes::methods::count),
    (
        T::BYTES,
        "startswith",
        crate::objects::bytes::methods::startswith,
    ),
    (
        T::BYTES,
        "endswith",
        crate::objects::bytes::methods::endswith,
    ),
    (T::BYTES, "upper", crate::objects::bytes::methods::upper),
    (T::BYTES, "lower", crate::objects::bytes::methods::lower),
    (
        T::BYTES,
        "swapcase",
        crate::objects::bytes::methods::swapcase,
    ),
    (
        T::BYTES,
        "capitalize",
        crate::objects::bytes::methods::capitalize,
    ),
    (T::BYTES, "title", crate::objects::bytes::methods::title),
    (T::BYTES, "isdigit", crate::objects::bytes::methods::isdigit),
    (T::BYTES, "isalpha", crate::objects::bytes::methods::isalpha),
    (T::BYTES, "isalnum", crate::objects::bytes::methods::isalnum),
    (T::BYTES, "isspace", crate::objects::bytes::methods::isspace),
    (T::BYTES, "isupper", crate::objects::bytes::methods::isupper),
    (T::BYTES, "islower", crate::objects::bytes::methods::islower),
    (T::BYTES, "strip", crate::objects::bytes::methods::strip),
    (T::BYTES, "lstrip", crate::objects::bytes::methods::lstrip),
    (T::BYTES, "rstrip", crate::objects::bytes::methods::rstrip),
    (T::BYTES, "replace", crate::objects::bytes::methods::replace),
    (T::BYTES, "split", crate::objects::bytes::methods::split),
    (T::BYTES, "rsplit", crate::objects::bytes::methods::rsplit),
    (T::BYTES, "join", crate::objects::bytes::methods::join),
    (
        T::BYTES,
        "partition",
        crate::objects::bytes::methods::partition,
    ),
    (
        T::BYTES,
        "rpartition",
        crate::objects::bytes::methods::rpartition,
    ),
    (T::BYTES, "center", crate::objects::bytes::methods::center),
    (T::BYTES, "ljust", crate::objects::bytes::methods::ljust),
    (T::BYTES, "rjust", crate::objects::bytes::methods::rjust),
    (
        T::BYTES,
        "splitlines",
        crate::objects::bytes::methods::splitlines,
    ),
    (T::FLOAT, "hex", crate::objects::float::hex),
    (T::FLOAT, "conjugate", crate::objects::float::conjugate),
    (T::INT, "conjugate", crate::objects::float::conjugate),
    (
        T::INT,
        "as_integer_ratio",
        crate::objects::float::int_as_integer_ratio,
    ),
    (T::RANGE, "index", crate::objects::range::index),
    (T::RANGE, "count", crate::objects::range::count),
    (
        T::PROPERTY,
        "deleter",
        crate::objects::descriptor::property_deleter,
    ),
    (
        T::PROPERTY,
        "__get__",
        crate::objects::descriptor::descriptor_get,
    ),
    (
        T::PROPERTY,
        "__set__",
        crate::objects::descriptor::property_set,
    ),
    (
        T::FUNCTION,
        "__get__",
        crate::objects::descriptor::descriptor_get,
    ),
    (
        T::STATICMETHOD,
        "__get__",
        crate::objects::descriptor::descriptor_get,
    ),
    (
        T::CLASSMETHOD,
        "__get__",
        crate::objects::descriptor::descriptor_get,
    ),
    (
        T::MEMBER_DESCRIPTOR,
        "__get__",
        crate::objects::descriptor::descriptor_get,
    ),
    (
        T::MEMBER_DESCRIPTOR,
        "__set__",
        crate::objects::descriptor::member_set,
    ),
    (
        T::GETSET_DESCRIPTOR,
        "__get__",
        crate::objects::descriptor::descriptor_get,
    ),
    (
        T::GETSET_DESCRIPTOR,
        "__set__",
        crate::objects::descriptor::member_set,
    ),
    (T::BYTES, "translate", BT::translate),
    (T::BYTES, "expandtabs", BT::expandtabs),
    (T::BYTES, "zfill", BT::zfill),
    (T::BYTES, "removeprefix", BT::removeprefix),
    (T::BYTES, "removesuffix", BT::removesuffix),
    (T::BYTES, "isascii", BT::isascii),
    (T::BYTES, "istitle", BT::istitle),
    (T::BYTEARRAY, "translate", BT::translate),
    (T::BYTEARRAY, "expandtabs", BT::expandtabs),
    (T::BYTEARRAY, "zfill", BT::zfill),
    (T::BYTEARRAY, "removeprefix", BT::removeprefix),
    (T::BYTEARRAY, "removesuffix", BT::removesuffix),
    (T::BYTEARRAY, "isascii", BT::isascii),
    (T::BYTEARRAY, "istitle", BT::istitle),
    (T::MEMORYVIEW, "tolist", crate::objects::memoryview::tolist),
    (
        T::MEMORYVIEW,
        "tobytes",
        crate::objects::memoryview::tobytes,
    ),
    (T::MEMORYVIEW, "hex", crate::objects::memoryview::hex),
    (
        T::MEMORYVIEW,
        "release",
        crate::objects::memoryview::release,
    ),
    (
        T::MEMORYVIEW,
        "toreadonly",
        crate::objects::memoryview::toreadonly,
    ),
    (T::MEMORYVIEW, "cast", crate::objects::memoryview::cast),
    // bytearray: bytes' read-only methods (returning bytearrays) and its own.
    (T::BYTEARRAY, "decode", crate::objects::bytes::decode),
    (T::BYTEARRAY, "hex", crate::objects::bytes::hex),
    (T::BYTEARRAY, "find", crate::objects::bytes::methods::find),
    (T::BYTEARRAY, "rfind", crate::objects::bytes::methods::rfind),
    (T::BYTEARRAY, "index", crate::objects::bytes::methods::index),
    (
        T::BYTEARRAY,
        "rindex",
        crate::objects::bytes::methods::rindex,
    ),
    (T::BYTEARRAY, "count", crate::objects::bytes::methods::count),
    (
        T::BYTEARRAY,
        "startswith",
        crate::objects::bytes::methods::startswith,
    ),
    (
        T::BYTEARRAY,
        "endswith",
        crate::objects::bytes::methods::endswith,
    ),
    (T::BYTEARRAY, "upper", crate::objects::bytes::methods::upper),
    (T::BYTEARRAY, "lower", crate::objects::bytes::methods::lower),
    (
        T::BYTEARRAY,
        "swapcase",
        crate::objects::bytes::methods::swapcase,
    ),
    (
        T::BYTEARRAY,
        "capitalize",
        crate::objects::bytes::methods::capitalize,
    ),
    (T::BYTEARRAY, "title", crate::objects::bytes::methods::title),
    (
        T::BYTEARRAY,
        "isdigit",
        crate::objects::bytes::methods::isdigit,
    ),
    (
        T::BYTEARRAY,
        "isalpha",
        crate::objects::bytes::methods::isalpha,
    ),
    (
        T::BYTEARRAY,
        "isalnum",
        crate::objects::bytes::methods::isalnum,
    ),
    (
        T::BYTEARRAY,
        "isspace",
        crate::objects::bytes::methods::isspace,
    ),
    (
        T::BYTEARRAY,
        "isupper",
        crate::objects::bytes::methods::isupper,
    ),
    (
        T::BYTEARRAY,
        "islower",
        crate::objects::bytes::methods::islower,
    ),
    (T::BYTEARRAY, "strip", crate::objects::bytes::methods::strip),
    (
        T::BYTEARRAY,
        "lstrip",
        crate::objects::bytes::methods::lstrip,
    ),
    (
        T::BYTEARRAY,
        "rstrip",
        crate::objects::bytes::methods::rstrip,
    ),
    (
        T::BYTEARRAY,
        "replace",
        crate::objects::bytes::methods::replace,
    ),
    (T::BYTEARRAY, "split", crate::objects::bytes::methods::split),
    (
        T::BYTEARRAY,
        "rsplit",
        crate::objects::bytes::methods::rsplit,
    ),
    (T::BYTEARRAY, "join", crate::objects::bytes::methods::join),
    (
        T::BYTEARRAY,
        "partition",
        crate::objects::bytes::methods::partition,
    ),
    (
        T::BYTEARRAY,
        "rpartition",
        crate::objects::bytes::methods::rpartition,
    ),
    (
        T::BYTEARRAY,
        "center",
        crate::objects::bytes::methods::center,
    ),
    (T::BYTEARRAY, "ljust", crate::objects::bytes::methods::ljust),
    (T::BYTEARRAY, "rjust", crate::objects::bytes::methods::rjust),
    (
        T::BYTEARRAY,
        "splitlines",
        crate::objects::bytes::methods::splitlines,
    ),
    (
        T::BYTEARRAY,
        "append",
        crate::objects::bytearray::methods::append,
    ),
    (
        T::BYTEARRAY,
        "extend",
        crate::objects::bytearray::methods::extend,
    ),
    (
        T::BYTEARRAY,
        "insert",
        crate::objects::bytearray::methods::insert,
    ),
    (T::BYTEARRAY, "pop", crate::objects::bytearray::methods::pop),
    (
        T::BYTEARRAY,
        "remove",
        crate::objects::bytearray::methods::remove,
    ),
    (
        T::BYTEARRAY,
        "clear",
        crate::objects::bytearray::methods::clear,
    ),
    (
        T::BYTEARRAY,
        "reverse",
        crate::objects::bytearray::methods::reverse,
    ),
    (
        T::BYTEARRAY,
        "copy",
        crate::objects::bytearray::methods::copy,
    ),
    (T::ARRAY, "append", A::append),
    (T::ARRAY, "extend", A::extend),
    (T::ARRAY, "insert", A::insert),
    (T::ARRAY, "pop", A::pop),
    (T::ARRAY, "remove", A::remove),
    (T::ARRAY, "index", A::index),
    (T::ARRAY, "count", A::count),
    (T::ARRAY, "reverse", A::reverse),
    (T::ARRAY, "byteswap", A::byteswap),
    (T::ARRAY, "buffer_info", A::buffer_info),
    (T::ARRAY, "tobytes", A::tobytes),
    (T::ARRAY, "frombytes", A::frombytes),
    (T::ARRAY, "tolist", A::tolist),
    (T::ARRAY, "fromlist", A::fromlist),
    (T::ARRAY, "tounicode", A::tounicode),
    (T::ARRAY, "fromunicode", A::fromunicode),
    (T::ARRAY, "tofile", A::tofile),
    (T::ARRAY, "fromfile", A::fromfile),
    (T::ARRAY, "__copy__", A::copy),
    (T::ARRAY, "__deepcopy__", A::copy),
];

/// Per method id, its keyword-taking form (from [`KEYWORD_METHODS`]).
const KEYWORD_FORMS: [Option<KeywordMethod>; METHODS.len()] = {
    let mut forms: [Option<KeywordMethod>; METHODS.len()] = [None; METHODS.len()];
    let mut k = 0;
    while k < KEYWORD_METHODS.len() {
        let (owner, name, f) = KEYWORD_METHODS[k];
        let mut id = 0;
        while id < METHODS.len() {
            if METHODS[id].0 == owner && same_text(METHODS[id].1, name) {
                forms[id] = Some(f);
            }
            id += 1;
        }
        k += 1;
    }
    forms
};

/// Per method id, the argument positions CPython takes as ints through `__index__`
/// (start/end positions, widths, counts).
const INDEX_POSITIONS: [&[usize]; METHODS.len()] = {
    let mut table: [&[usize]; METHODS.len()] = [&[]; METHODS.len()];
    let mut id = 0;
    while id < METHODS.len() {
        table[id] = index_positions(METHODS[id].0, METHODS[id].1);
        id += 1;
    }
    table
};

const fn index_positions(t: usize, n: &str) -> &'static [usize] {
    const fn any(n: &str, names: &[&str]) -> bool {
        let mut i = 0;
        while i < names.len() {
            if same_text(n, names[i]) {
                return true;
            }
            i += 1;
        }
        false
    }
    let text = t == T::STR || t == T::BYTES || t == T::BYTEARRAY;
    if text
        && any(
            n,
            &[
                "find",
                "rfind",
                "index",
                "rindex",
                "count",
                "startswith",
                "endswith",
            ],
        )
    {
        &[1, 2]
    } else if text && any(n, &["center", "ljust", "rjust", "zfill", "expandtabs"]) {
        &[0]
    } else if text && any(n, &["split", "rsplit"]) {
        &[1]
    } else if text && any(n, &["replace"]) {
        &[2]
    } else if (t == T::LIST || t == T::TUPLE) && any(n, &["index"]) {
        &[1, 2]
    } else {
        &[]
    }
}

/// The attribute dict of a function (made on first use).
pub fn function_dict(vm: &mut ThreadState, f: Value) -> Result<Value, Error> {
    use crate::generated::layouts::Function;
    let attrs = Function::attrs(vm.vmctx(), f);
    if attrs != crate::values::NONE {
        return Ok(attrs);
    }
    let (d, f) = vm.handle_scope(|vm| {
        let h = vm.mutator().root(f);
        let d = crate::objects::dict::new_dict(vm, 0);
        (d, vm.mutator().get(h))
    });
    let d = d?;
    Function::set_attrs(vm.vmctx(), f, d);
    Ok(d)
}

/// `object.name` (CPython's `PyObject_GetAttr`): an AttributeError of the VM's making
/// notes the name and the object (its `name` and `obj`, and the report's "Did you mean").
pub fn get_attr(vm: &mut ThreadState, object: Value, name: Value) -> Result<Value, Error> {
    vm.handle_scope(|vm| {
        let (ho, hn) = (vm.mutator().root(object), vm.mutator().root(name));
        get_attr_of(vm, object, name).map_err(|e| {
            if !e.is("AttributeError") {
                return e;
            }
            if let Error::Exception(raised) = &e
                && let Some(p) = &raised.object
            {
                // Raised from Python (a `__getattr__`): its `name` and `obj`, unless set.
                let exc = vm.mutator().pinned(p);
                let [obj, name] = [ho, hn].map(|h| vm.mutator_ref().get(h));
                return match crate::objects::exception::note_missing_attribute(vm, exc, name, obj) {
                    Err(unwind) if !unwind.is_exception() => unwind,
                    _ => e,
                };
            }
            let name = vm.mutator_ref().get(hn);
            let text = str_value(vm, name).unwrap_or_default();
            let obj = vm.mutator_ref().get(ho);
            let obj = vm.mutator().pin(obj);
            e.with_missing(|| crate::vm::MissingName {
                name: text,
                obj: Some(obj),
                scope: None,
            })
        })
    })
}

fn get_attr_of(vm: &mut ThreadState, object: Value, name: Value) -> Result<Value, Error> {
    let name_value = name;
    if crate::modules::is_module(vm, object) {
        if crate::values::str_is(vm, name, "__class__") {
            return crate::modules::builtins::object_functions::type_(vm, &[object], &[]);
        }
        return crate::modules::get_attr(vm, object, name);
    }
    if crate::objects::class::is_instance(vm, object)
        && !crate::values::str_is(vm, name, "__dict__")
    {
        // The common case first: no other kind of object is looked at.
        let found = crate::objects::class::get_attr(vm, object, name)?;
        return Ok(found.expect("instances have attributes or raise"));
    }
    if crate::objects::class::is_instance(vm, object) && crate::values::str_is(vm, name, "__dict__")
    {
        let cls = crate::objects::class::class_of(vm, object);
        if crate::protocols::descriptors::flags(vm, cls) & crate::protocols::descriptors::NO_DICT
            != 0
        {
            return Err(crate::protocols::descriptors::no_attribute(
                vm, cls, "__dict__",
            ));
        }
    }
    if crate::objects::class::is_instance(vm, object)
        && crate::values::str_is(vm, name, "__dict__")
        && let Some(d) = crate::objects::class::attribute_dict(vm, object)?
    {
        return Ok(d);
    }
    if let Some(v) = crate::objects::class::get_attr(vm, object, name)? {
        return Ok(v);
    }
    if layout_of(vm, object) == Some(crate::generated::layouts::Function::ID) {
        // A function's own attributes come before its type's.
        let attrs = crate::generated::layouts::Function::attrs(vm.vmctx(), object);
        if attrs != crate::values::NONE
            && let Some(v) = crate::objects::dict::get(vm, attrs, name_value)?
        {
            return Ok(v);
        }
    }
    if let Some(v) = crate::objects::class::builtin_types::value_attribute(vm, object, name_value)?
    {
        return Ok(v);
    }
    if crate::values::str_is(vm, name_value, "__class__") {
        // `(1).__class__`, `len.__class__`: `type(v)` for every other value.
        return crate::modules::builtins::object_functions::type_(vm, &[object], &[]);
    }
    if layout_of(vm, object) == Some(crate::generated::layouts::Method::ID) {
        // A bound method reads its function's other attributes (`m.__name__`, `m.__doc__`).
        let (function, _) = crate::objects::class::unbind(vm, object);
        return get_attr(vm, function, name_value);
    }
    if crate::values::str_is(vm, name_value, "__doc__") {
        // Every other value's docstring is its type's (`'abc'.__doc__ == str.__doc__`).
        let (t, name_value) = vm.handle_scope(|vm| {
            let h = vm.mutator().root(name_value);
            let t = crate::modules::builtins::object_functions::type_(vm, &[object], &[]);
            (t, vm.mutator().get(h))
        });
        return match get_attr(vm, t?, name_value) {
            Err(e) if e.is("AttributeError") => Ok(crate::values::NONE),
            other => other,
        };
    }
    let name = str_value(vm, name).expect("attribute names are str constants");
    let kind = crate::objects::class::builtin_types::python_type_name(vm, object);
    Err(Error::new(
        "AttributeError",
        format!("'{kind}' object has no attribute '{name}'"),
    ))
}

/// Calls a bound method.
pub fn call_method(
    vm: &mut ThreadState,
    bound: Value,
    args: &[Value],
    kwargs: &[(String, Value)],
) -> Result<Value, Error> {
    let ctx = vm.vmctx();
    let (id, receiver) = (
        BoundMethod::id(ctx, bound) as usize,
        BoundMethod::receiver(ctx, bound),
    );
    let (t, n, f) = METHODS[id];
    let (receiver, args) = if receiver == crate::values::UNBOUND {
        // An unbound builtin method: the first argument is the receiver.
        // An instance of a class deriving from the type gives the value it carries.
        let split = args.split_first().map(|(&r, rest)| {
            (
                crate::objects::class::builtin_subclasses::value_of(vm, r).unwrap_or(r),
                rest,
            )
        });
        match split {
            Some((r, rest))
                if receives(crate::objects::class::builtin_types::type_index(vm, r), t) =>
            {
                (r, rest)
            }
            Some(_) => {
                return Err(Error::new(
                    "TypeError",
                    format!(
                        "descriptor '{n}' for '{}' objects doesn't apply to a '{}' object",
                        BUILTIN_TYPES[t].0,
                        crate::objects::class::builtin_types::python_type_name(vm, args[0])
                    ),
                ));
            }
            None => {
                return Err(Error::new(
                    "TypeError",
                    format!(
                        "unbound method {}.{n}() needs an argument",
                        BUILTIN_TYPES[t].0
                    ),
                ));
            }
        }
    } else {
        (receiver, args)
    };
    if !kwargs.is_empty() {
        return match KEYWORD_FORMS[id] {
            Some(kf) => kf(vm, receiver, args, kwargs),
            None => Err(Error::new(
                "TypeError",
                format!("{}.{n}() takes no keyword arguments", BUILTIN_TYPES[t].0),
            )),
        };
    }
    let positions = INDEX_POSITIONS[id];
    if positions.iter().any(|&p| {
        args.get(p)
            .is_some_and(|&a| crate::objects::class::is_instance(vm, a))
    }) {
        // Positions, counts and widths given as objects with `__index__`.
        let (converted, receiver) = vm.handle_scope(|vm| {
            let hr = vm.mutator().root(receiver);
            let handles: Vec<_> = args.iter().map(|&a| vm.mutator().root(a)).collect();
            for &p in positions {
                if let Some(&h) = handles.get(p) {
                    let v = vm.mutator().get(h);
                    match crate::protocols::index::index_value(vm, v) {
                        Ok(i) => vm.mutator().set(h, i),
                        Err(e) => return (Err(e), vm.mutator().get(hr)),
                    }
                }
            }
            let all: Vec<Value> = handles.iter().map(|&h| vm.mutator().get(h)).collect();
            (Ok(all), vm.mutator().get(hr))
        });
        return f(vm, receiver, &converted?);
    }
    f(vm, receiver, args)
}

/// True if a value of builtin type `kind` is a receiver for the methods of type `owner`
/// (bool's values are ints).
fn receives(kind: Option<usize>, owner: usize) -> bool {
    kind == Some(owner) || (owner == T::INT && kind == Some(T::BOOL))
}

pub fn method_name(vm: &ThreadState, bound: Value) -> String {
    let (t, n, _) = METHODS[BoundMethod::id(vm.vmctx(), bound) as usize];
    format!("{}.{n}", BUILTIN_TYPES[t].0)
}

pub(crate) fn arity(name: &str, args: &[Value], n: usize) -> Result<(), Error> {
    if args.len() == n {
        return Ok(());
    }
    let msg = match n {
        0 => format!("{name}() takes no arguments ({} given)", args.len()),
        1 => format!("{name}() takes exactly one argument ({} given)", args.len()),
        _ => format!("{name}() takes {n} arguments ({} given)", args.len()),
    };
    Err(Error::new("TypeError", msg))
}
