//! Builtin functions, by index: `Builtin` objects hold the index, `BUILTINS` maps names to it.

pub mod compile;
mod iterables;
pub mod namespaces;
pub mod numbers;
pub mod object_functions;

use crate::values::{NONE, make_int, new_str, type_name};
use crate::vm::{Error, ThreadState};
use gvmt::rt::Value;
pub use iterables::collect;
use iterables::*;
use numbers::*;
use object_functions as B;

/// A builtin: positional arguments, then keyword arguments. The argument values are not roots:
/// a builtin that allocates (which may collect) and then uses an argument again must root it
/// in a handle first (the stress tests find those that do not).
pub type BuiltinFn = fn(&mut ThreadState, &[Value], &[(String, Value)]) -> Result<Value, Error>;

/// Names and functions of the builtins, in index order.
pub const BUILTINS: &[(&str, BuiltinFn)] = &[
    ("print", print),
    ("len", len),
    ("str", crate::objects::str::str),
    ("repr", repr),
    ("abs", abs),
    ("range", range),
    ("int", crate::objects::int::construct::int),
    ("float", crate::objects::float::float),
    ("bool", bool_),
    ("list", crate::objects::list::list),
    ("tuple", crate::objects::sequence::tuple),
    ("min", min),
    ("max", max),
    ("sum", sum),
    ("sorted", B::sorted),
    ("enumerate", crate::objects::lazy_iter::enumerate),
    ("zip", crate::objects::lazy_iter::zip),
    ("isinstance", crate::protocols::type_checks::isinstance),
    ("chr", chr),
    ("ord", ord),
    ("any", any),
    ("all", all),
    ("divmod", divmod),
    ("round", round),
    ("hex", hex),
    ("bin", bin),
    ("oct", oct),
    ("super", crate::objects::super_type::new),
    ("type", B::type_),
    ("id", B::id),
    ("hash", B::hash),
    ("callable", B::callable),
    ("iter", B::iter),
    ("next", B::next),
    ("getattr", B::getattr),
    ("hasattr", B::hasattr),
    ("setattr", B::setattr),
    ("issubclass", crate::protocols::type_checks::issubclass),
    ("dict", crate::objects::dict::methods::dict),
    ("map", crate::objects::lazy_iter::map),
    ("filter", crate::objects::lazy_iter::filter),
    ("reversed", B::reversed),
    ("staticmethod", B::staticmethod),
    ("classmethod", B::classmethod),
    ("property", B::property),
    ("set", B::set),
    ("pow", B::pow),
    ("vars", namespaces::vars),
    ("globals", namespaces::globals),
    ("locals", namespaces::locals),
    ("dir", namespaces::dir),
    ("input", crate::modules::native::input),
    ("__import__", crate::modules::dunder_import),
    ("delattr", B::delattr),
    ("slice", crate::objects::slice::slice),
    ("bytes", crate::objects::bytes::bytes),
    (
        "dict.fromkeys",
        crate::objects::dict::methods::dict_fromkeys,
    ),
    ("int.from_bytes", crate::objects::int::bytes::from_bytes),
    ("bytes.fromhex", crate::objects::bytes::hex::fromhex),
    ("bytearray", crate::objects::bytearray::bytearray),
    ("memoryview", crate::objects::memoryview::memoryview),
    ("memoryview.__enter__", crate::objects::memoryview::enter),
    ("memoryview.__exit__", crate::objects::memoryview::exit),
    ("memoryview.__eq__", crate::objects::memoryview::eq_method),
    (
        "memoryview.__hash__",
        crate::objects::memoryview::hash_method,
    ),
    ("memoryview.__len__", crate::objects::memoryview::len_method),
    // `array.array`'s constructor and special methods (`objects/array/methods.rs`).
    ("array.array", crate::objects::array::methods::array_new),
    (
        "array.array.__new__",
        crate::objects::class::builtin_subclasses::builtin_new::<
            { crate::objects::class::builtin_types::ids::ARRAY },
        >,
    ),
    (
        "array.array.__len__",
        crate::objects::array::methods::len_method,
    ),
    (
        "array.array.__getitem__",
        crate::objects::array::methods::getitem,
    ),
    (
        "array.array.__setitem__",
        crate::objects::array::methods::setitem,
    ),
    (
        "array.array.__delitem__",
        crate::objects::array::methods::delitem,
    ),
    (
        "array.array.__contains__",
        crate::objects::array::methods::contains,
    ),
    (
        "array.array.__iter__",
        crate::objects::array::methods::iter_method,
    ),
    (
        "array.array.__repr__",
        crate::objects::array::methods::repr_method,
    ),
    ("array.array.__eq__", crate::objects::array::methods::eq),
    ("array.array.__ne__", crate::objects::array::methods::ne),
    ("array.array.__lt__", crate::objects::array::methods::lt),
    ("array.array.__le__", crate::objects::array::methods::le),
    ("array.array.__gt__", crate::objects::array::methods::gt),
    ("array.array.__ge__", crate::objects::array::methods::ge),
    ("array.array.__add__", crate::objects::array::methods::add),
    ("array.array.__mul__", crate::objects::array::methods::mul),
    ("array.array.__rmul__", crate::objects::array::methods::mul),
    ("array.array.__iadd__", crate::objects::array::methods::iadd),
    ("array.array.__imul__", crate::objects::array::methods::imul),
    (
        "array.array.__reduce_ex__",
        crate::objects::array::methods::reduce_ex,
    ),
    (
        "bytes.maketrans",
        crate::objects::bytes::transform::maketrans,
    ),
    (
        "bytearray.maketrans",
        crate::objects::bytes::transform::maketrans,
    ),
    (
        "bytearray.fromhex",
        crate::objects::bytes::hex::bytearray_fromhex,
    ),
    ("str.maketrans", crate::objects::str::translate::maketrans),
    ("eval", compile::eval),
    ("exec", compile::exec),
    ("compile", compile::compile),
    ("format", B::format),
    ("ascii", B::ascii),
    ("frozenset", B::frozenset),
    // Functions of the native modules (`modules/native.rs`, `modules/random.rs`).
    ("math.sqrt", crate::modules::native::sqrt),
    ("math.exp", crate::modules::native::exp),
    ("math.sin", crate::modules::native::sin),
    ("math.cos", crate::modules::native::cos),
    ("math.tan", crate::modules::native::tan),
    ("math.asin", crate::modules::native::asin),
    ("math.acos", crate::modules::native::acos),
    ("math.atan", crate::modules::native::atan),
    ("math.sinh", crate::modules::native::sinh),
    ("math.cosh", crate::modules::native::cosh),
    ("math.tanh", crate::modules::native::tanh),
    ("math.fabs", crate::modules::native::fabs),
    ("math.log2", crate::modules::native::log2),
    ("math.log10", crate::modules::native::log10),
    ("math.radians", crate::modules::native::radians),
    ("math.degrees", crate::modules::native::degrees),
    ("math.log", crate::modules::native::log),
    ("math.floor", crate::modules::native::floor),
    ("math.ceil", crate::modules::native::ceil),
    ("math.trunc", crate::modules::native::trunc),
    ("math.atan2", crate::modules::native::atan2),
    ("math.pow", crate::modules::native::pow),
    ("math.copysign", crate::modules::native::copysign),
    ("math.fmod", crate::modules::native::fmod),
    ("math.hypot", crate::modules::native::hypot),
    ("math.isnan", crate::modules::native::isnan),
    ("math.isinf", crate::modules::native::isinf),
    ("math.isfinite", crate::modules::native::isfinite),
    ("math.gcd", crate::modules::native::gcd),
    ("math.lcm", crate::modules::native::lcm),
    ("math.factorial", crate::modules::native::factorial),
    ("math.isqrt", crate::modules::native::isqrt),
    ("math.comb", crate::modules::native::comb),
    ("math.perm", crate::modules::native::perm),
    ("math.fsum", crate::modules::native::fsum),
    ("math.prod", crate::modules::native::prod),
    ("math.acosh", crate::modules::math_float::acosh),
    ("math.asinh", crate::modules::math_float::asinh),
    ("math.atanh", crate::modules::math_float::atanh),
    ("math.cbrt", crate::modules::math_float::cbrt),
    ("math.exp2", crate::modules::math_float::exp2),
    ("math.expm1", crate::modules::math_float::expm1),
    ("math.log1p", crate::modules::math_float::log1p),
    ("math.erf", crate::modules::math_float::erf),
    ("math.erfc", crate::modules::math_float::erfc),
    ("math.gamma", crate::modules::math_float::gamma),
    ("math.lgamma", crate::modules::math_float::lgamma),
    ("math.modf", crate::modules::math_float::modf),
    ("math.frexp", crate::modules::math_float::frexp),
    ("math.ldexp", crate::modules::math_float::ldexp),
    ("math.nextafter", crate::modules::math_float::next_after),
    ("math.remainder", crate::modules::math_float::ieee_remainder),
    ("math.ulp", crate::modules::math_float::ulp),
    ("math.isclose", crate::modules::math_float::isclose),
    ("math.dist", crate::modules::math_float::dist),
    ("sys.exit", crate::modules::native::exit),
    ("sys.exc_info", crate::modules::native::exc_info),
    ("_hotpy.frames", crate::modules::native::frames),
    (
        "_hotpy.builtin_function",
        crate::objects::function::builtin_function,
    ),
    ("_hotpy.json_scan", crate::modules::json::json_scan),
    (
        "_hotpy.json_scanstring",
        crate::modules::json::json_scanstring,
    ),
    ("_hotpy.json_encode", crate::modules::json::json_encode),
    (
        "_hotpy.json_encode_basestring",
        crate::modules::json::json_encode_basestring,
    ),
    (
        "_hotpy.json_encode_basestring_ascii",
        crate::modules::json::json_encode_basestring_ascii,
    ),
    (
        "_hotpy.int_max_str_digits",
        crate::objects::int::str_digits::int_max_str_digits,
    ),
    ("_hotpy.zlib_deflater", crate::modules::zlib::zlib_deflater),
    ("_hotpy.zlib_inflater", crate::modules::zlib::zlib_inflater),
    ("_hotpy.zlib_deflate", crate::modules::zlib::zlib_deflate),
    ("_hotpy.zlib_inflate", crate::modules::zlib::zlib_inflate),
    (
        "_hotpy.zlib_inflate_status",
        crate::modules::zlib::zlib_inflate_status,
    ),
    ("_hotpy.zlib_copy", crate::modules::zlib::zlib_copy),
    ("_hotpy.zlib_free", crate::modules::zlib::zlib_free),
    ("_hotpy.zlib_crc32", crate::modules::zlib::zlib_crc32),
    ("_hotpy.zlib_adler32", crate::modules::zlib::zlib_adler32),
    ("_hotpy.zlib_version", crate::modules::zlib::zlib_version),
    (
        "_hotpy.unicode_property",
        crate::modules::unicodedata::unicode_property,
    ),
    (
        "_hotpy.unicode_name",
        crate::modules::unicodedata::unicode_name,
    ),
    (
        "_hotpy.unicode_lookup",
        crate::modules::unicodedata::unicode_lookup,
    ),
    (
        "_hotpy.unicode_normalize",
        crate::modules::unicodedata::unicode_normalize,
    ),
    (
        "_hotpy.unicode_is_normalized",
        crate::modules::unicodedata::unicode_is_normalized,
    ),
    ("_heapq.heappush", crate::modules::heapq::heappush),
    ("_heapq.heappop", crate::modules::heapq::heappop),
    ("_heapq.heapreplace", crate::modules::heapq::heapreplace),
    ("_heapq.heappushpop", crate::modules::heapq::heappushpop),
    ("_heapq.heapify", crate::modules::heapq::heapify),
    ("_re.compile", crate::modules::regex::compile),
    ("_re.search", crate::modules::regex::search),
    ("_re.scan", crate::modules::regex::scan),
    (
        "sys.getrecursionlimit",
        crate::modules::native::getrecursionlimit,
    ),
    (
        "sys.setrecursionlimit",
        crate::modules::native::setrecursionlimit,
    ),
    ("time.time", crate::modules::native::time),
    ("time.perf_counter", crate::modules::native::perf_counter),
    ("time.sleep", crate::modules::native::sleep),
    ("time.monotonic", crate::modules::native::perf_counter),
    ("time.process_time", crate::modules::native::perf_counter),
    ("_hotpy.start_thread", crate::modules::thread::start_thread),
    ("_hotpy.thread_ident", crate::modules::thread::thread_ident),
    ("_hotpy.thread_count", crate::modules::thread::thread_count),
    ("_hotpy.lock_acquire", crate::modules::thread::lock_acquire),
    ("_hotpy.lock_release", crate::modules::thread::lock_release),
    (
        "_thread.lock.acquire",
        crate::modules::thread::lock_method_acquire,
    ),
    (
        "_thread.lock.release",
        crate::modules::thread::lock_method_release,
    ),
    (
        "_thread.lock.__enter__",
        crate::modules::thread::lock_method_enter,
    ),
    (
        "_thread.lock.__exit__",
        crate::modules::thread::lock_method_exit,
    ),
    ("_hotpy.method", method_by_name),
    ("_hotpy.pool_iter", crate::objects::pool_iter::pool_iter),
    (
        "functools._lru_cache_wrapper.__call__",
        crate::modules::lru_cache::lru_call,
    ),
    (
        "itertools._iterator.__next__",
        crate::objects::pool_iter::wrapper_next,
    ),
    ("_hotpy.stm_atomic", crate::modules::thread::stm_atomic),
    (
        "_hotpy.print_exception",
        crate::modules::thread::print_exception,
    ),
    ("_hotpy.cpu_count", crate::modules::os::cpu_count),
    ("_hotpy.collect", crate::modules::gc::collect),
    ("_hotpy.gc_counts", crate::modules::gc::gc_counts),
    ("_hotpy.weak_new", crate::modules::weakref::weak_new),
    (
        "_hotpy.asyncgen_hooks",
        crate::interp::coroutines::asyncgen_hooks,
    ),
    (
        "_hotpy.set_asyncgen_hooks",
        crate::interp::coroutines::set_asyncgen_hooks,
    ),
    (
        "_hotpy.mark_iterable_coroutine",
        crate::interp::coroutines::mark_iterable_coroutine,
    ),
    ("_hotpy.signal_set", crate::modules::signal::signal_set),
    ("_hotpy.signal_get", crate::modules::signal::signal_get),
    (
        "_hotpy.signal_constants",
        crate::modules::signal::signal_constants,
    ),
    ("_hotpy.setitimer", crate::modules::signal::setitimer),
    ("_hotpy.getitimer", crate::modules::signal::getitimer),
    (
        "_hotpy.pthread_sigmask",
        crate::modules::signal::pthread_sigmask,
    ),
    (
        "_hotpy.valid_signals",
        crate::modules::signal::valid_signals,
    ),
    ("_hotpy.raise_signal", crate::modules::signal::raise_signal),
    ("_hotpy.strsignal", crate::modules::signal::strsignal),
    ("_hotpy.alarm", crate::modules::signal::alarm),
    ("_hotpy.pause", crate::modules::signal::pause),
    ("_hotpy.kill", crate::modules::signal::kill),
    ("_hotpy.hash_new", crate::modules::hashing::hash_new),
    ("_hotpy.hash_update", crate::modules::hashing::hash_update),
    ("_hotpy.hash_digest", crate::modules::hashing::hash_digest),
    (
        "_hotpy.hash_hexdigest",
        crate::modules::hashing::hash_hexdigest,
    ),
    ("_hotpy.hash_copy", crate::modules::hashing::hash_copy),
    ("_hotpy.hash_free", crate::modules::hashing::hash_free),
    ("_hotpy.get_blocking", crate::modules::fd::get_blocking),
    ("_hotpy.set_blocking", crate::modules::fd::set_blocking),
    (
        "_hotpy.signal_wakeup_fd",
        crate::modules::signal::signal_wakeup_fd,
    ),
    ("_hotpy.weak_get", crate::modules::weakref::weak_get),
    ("_hotpy.weak_owners", crate::modules::weakref::weak_owners),
    (
        "sys.getswitchinterval",
        crate::modules::thread::get_switch_interval,
    ),
    (
        "sys.setswitchinterval",
        crate::modules::thread::set_switch_interval,
    ),
    ("_hotpy.getcwd", crate::modules::os::getcwd),
    ("_hotpy.global_names", namespaces::global_names),
    ("_hotpy.global_get", namespaces::global_get),
    ("_hotpy.global_set", namespaces::global_set),
    ("_hotpy.listdir", crate::modules::os::listdir),
    ("_hotpy.file_kind", crate::modules::os::file_kind),
    ("_hotpy.file_size", crate::modules::os::file_size),
    ("_hotpy.is_link", crate::modules::os::is_link),
    ("_hotpy.executable", crate::modules::os::executable),
    ("_hotpy.strerror", crate::modules::os::strerror),
    ("_hotpy.chdir", crate::modules::os::chdir),
    ("_hotpy.float_pack", crate::modules::math_float::float_pack),
    (
        "_hotpy.exception_report",
        crate::objects::exception::report::exception_report,
    ),
    (
        "_hotpy.copy_traceback",
        crate::objects::exception::copy_traceback,
    ),
    (
        "_hotpy.float_unpack",
        crate::modules::math_float::float_unpack,
    ),
    ("_hotpy.broken_down", crate::modules::clock::broken_down),
    ("_hotpy.mktime", crate::modules::clock::mktime),
    ("_hotpy.strftime", crate::modules::clock::strftime),
    ("_hotpy.stat", crate::modules::os::stat),
    ("_hotpy.fd_open", crate::modules::fd::fd_open),
    ("_hotpy.fd_read", crate::modules::fd::fd_read),
    ("_hotpy.fd_write", crate::modules::fd::fd_write),
    ("_hotpy.fd_call", crate::modules::fd::fd_call),
    ("_hotpy.fd_fstat", crate::modules::fd::fd_fstat),
    ("_hotpy.fd_pipe", crate::modules::fd::fd_pipe),
    ("_hotpy.poll", crate::modules::select::poll),
    (
        "_hotpy.select_constants",
        crate::modules::select::select_constants,
    ),
    ("_hotpy.socket_open", crate::modules::socket::socket_open),
    ("_hotpy.socket_pair", crate::modules::socket::socket_pair),
    ("_hotpy.socket_bind", crate::modules::socket::socket_bind),
    (
        "_hotpy.socket_listen",
        crate::modules::socket::socket_listen,
    ),
    (
        "_hotpy.socket_connect",
        crate::modules::socket::socket_connect,
    ),
    (
        "_hotpy.socket_accept",
        crate::modules::socket::socket_accept,
    ),
    ("_hotpy.socket_send", crate::modules::socket::socket_send),
    ("_hotpy.socket_recv", crate::modules::socket::socket_recv),
    ("_hotpy.socket_name", crate::modules::socket::socket_name),
    (
        "_hotpy.socket_setopt",
        crate::modules::socket::socket_setopt,
    ),
    (
        "_hotpy.socket_getopt",
        crate::modules::socket::socket_getopt,
    ),
    (
        "_hotpy.socket_shutdown",
        crate::modules::socket::socket_shutdown,
    ),
    ("_hotpy.socket_close", crate::modules::socket::socket_close),
    (
        "_hotpy.socket_getaddrinfo",
        crate::modules::socket::socket_getaddrinfo,
    ),
    (
        "_hotpy.socket_gethostname",
        crate::modules::socket::socket_gethostname,
    ),
    ("_hotpy.socket_info", crate::modules::socket::socket_info),
    ("_hotpy.socket_inet", crate::modules::socket::socket_inet),
    (
        "_hotpy.socket_constants",
        crate::modules::socket::socket_constants,
    ),
    ("_hotpy.fork_exec", crate::modules::process::fork_exec),
    ("_hotpy.waitpid", crate::modules::process::waitpid),
    ("_hotpy.wait_status", crate::modules::process::wait_status),
    ("_hotpy.urandom", crate::modules::fd::urandom),
    ("_hotpy.path_call", crate::modules::fd::path_call),
    ("_hotpy.os_constants", crate::modules::fd::os_constants),
    ("_hotpy.initial_path", crate::modules::os::initial_path),
    ("_hotpy.environ", crate::modules::os::environ),
    ("_hotpy.fs_change", crate::modules::os::fs_change),
    ("_hotpy.getpid", crate::modules::os::getpid),
    ("_hotpy.uname", crate::modules::os::uname),
    ("_hotpy.os_ids", crate::modules::os::os_ids),
    ("_hotpy.os_times", crate::modules::os::os_times),
    ("_hotpy.getloadavg", crate::modules::os::getloadavg),
    ("_hotpy._exit", crate::modules::os::exit_now),
    ("_hotpy.write_stream", crate::modules::native::write_stream),
    (
        "_hotpy.stdin_readline",
        crate::modules::native::stdin_readline,
    ),
    ("random.random", crate::modules::random::random),
    ("random.getrandbits", crate::modules::random::getrandbits),
    ("random.randrange", crate::modules::random::randrange),
    ("random.randint", crate::modules::random::randint),
    ("random.choice", crate::modules::random::choice),
    ("random.shuffle", crate::modules::random::shuffle),
    ("random.uniform", crate::modules::random::uniform),
    ("_hotpy.random_state", crate::modules::random::random_state),
    ("_hotpy.random_seed", crate::modules::random::random_seed),
    (
        "_hotpy.random_random",
        crate::modules::random::random_random,
    ),
    (
        "_hotpy.random_getrandbits",
        crate::modules::random::random_getrandbits,
    ),
    (
        "_hotpy.random_getstate",
        crate::modules::random::random_getstate,
    ),
    (
        "_hotpy.random_setstate",
        crate::modules::random::random_setstate,
    ),
    // Methods of the builtin classes (a dotted name is never a global name).
    ("object.__init__", crate::objects::object::object_init),
    ("object.__new__", crate::objects::object::object_new),
    (
        "object.__init_subclass__",
        crate::objects::object::object_init_subclass,
    ),
    ("object.__setattr__", crate::objects::object::object_setattr),
    (
        "object.__getattribute__",
        crate::objects::object::object_getattribute,
    ),
    ("object.__delattr__", crate::objects::object::object_delattr),
    ("object.__repr__", crate::objects::object::object_repr),
    ("object.__str__", crate::objects::object::object_str),
    ("object.__eq__", crate::objects::object::object_eq),
    ("object.__ne__", crate::objects::object::object_ne),
    ("object.__lt__", crate::objects::object::object_lt),
    ("object.__le__", crate::objects::object::object_le),
    ("object.__gt__", crate::objects::object::object_gt),
    ("object.__ge__", crate::objects::object::object_ge),
    ("object.__hash__", crate::objects::object::object_hash),
    ("object.__format__", crate::objects::object::object_format),
    (
        "object.__reduce_ex__",
        crate::objects::object::object_reduce_ex,
    ),
    ("object.__reduce__", crate::objects::object::object_reduce),
    (
        "object.__getstate__",
        crate::objects::object::object_getstate,
    ),
    (
        "BaseException.__str__",
        crate::objects::object::exception_str,
    ),
    (
        "BaseException.add_note",
        crate::objects::object::exception_add_note,
    ),
    (
        "BaseException.with_traceback",
        crate::objects::object::exception_with_traceback,
    ),
    (
        "BaseException.__repr__",
        crate::objects::object::exception_repr,
    ),
    ("type.__new__", crate::objects::class::metaclasses::type_new),
    (
        "int.__new__",
        crate::objects::class::builtin_subclasses::builtin_new::<
            { crate::objects::class::builtin_types::ids::INT },
        >,
    ),
    (
        "bool.__new__",
        crate::objects::class::builtin_subclasses::builtin_new::<
            { crate::objects::class::builtin_types::ids::BOOL },
        >,
    ),
    (
        "float.__new__",
        crate::objects::class::builtin_subclasses::builtin_new::<
            { crate::objects::class::builtin_types::ids::FLOAT },
        >,
    ),
    (
        "str.__new__",
        crate::objects::class::builtin_subclasses::builtin_new::<
            { crate::objects::class::builtin_types::ids::STR },
        >,
    ),
    (
        "bytes.__new__",
        crate::objects::class::builtin_subclasses::builtin_new::<
            { crate::objects::class::builtin_types::ids::BYTES },
        >,
    ),
    (
        "tuple.__new__",
        crate::objects::class::builtin_subclasses::builtin_new::<
            { crate::objects::class::builtin_types::ids::TUPLE },
        >,
    ),
    (
        "frozenset.__new__",
        crate::objects::class::builtin_subclasses::builtin_new::<
            { crate::objects::class::builtin_types::ids::FROZENSET },
        >,
    ),
    (
        "bytearray.__new__",
        crate::objects::class::builtin_subclasses::builtin_new::<
            { crate::objects::class::builtin_types::ids::BYTEARRAY },
        >,
    ),
    (
        "list.__new__",
        crate::objects::class::builtin_subclasses::builtin_new::<
            { crate::objects::class::builtin_types::ids::LIST },
        >,
    ),
    (
        "dict.__new__",
        crate::objects::class::builtin_subclasses::builtin_new::<
            { crate::objects::class::builtin_types::ids::DICT },
        >,
    ),
    (
        "set.__new__",
        crate::objects::class::builtin_subclasses::builtin_new::<
            { crate::objects::class::builtin_types::ids::SET },
        >,
    ),
    (
        "type.__init__",
        crate::objects::class::metaclasses::type_init,
    ),
    (
        "type.__setattr__",
        crate::objects::class::metaclasses::type_setattr,
    ),
    (
        "type.__delattr__",
        crate::objects::class::metaclasses::type_delattr,
    ),
    (
        "type.__call__",
        crate::objects::class::metaclasses::type_call,
    ),
    (
        "type.__prepare__",
        crate::objects::class::metaclasses::type_prepare,
    ),
    (
        "type.__instancecheck__",
        crate::objects::class::metaclasses::type_instancecheck,
    ),
    (
        "type.__subclasscheck__",
        crate::objects::class::metaclasses::type_subclasscheck,
    ),
    ("type.mro", crate::objects::class::metaclasses::type_mro),
    (
        "type.__subclasses__",
        crate::objects::class::metaclasses::type_subclasses,
    ),
    ("float.fromhex", crate::objects::float::fromhex),
    ("range.__eq__", crate::objects::range::range_eq),
    ("range.__ne__", crate::objects::range::range_ne),
    ("range.__hash__", crate::objects::range::range_hash),
    ("range.__bool__", crate::objects::range::range_bool),
    ("range.__len__", crate::objects::range::range_len),
    ("dict_keys.__iter__", crate::objects::dict_views::view_iter),
    (
        "dict_keys.__reversed__",
        crate::objects::dict_views::view_reversed,
    ),
    ("dict_keys.__len__", crate::objects::dict_views::view_len),
    (
        "dict_keys.__contains__",
        crate::objects::dict_views::view_contains,
    ),
    ("dict_keys.__repr__", crate::objects::dict_views::view_repr),
    ("dict_keys.__eq__", crate::objects::dict_views::view_eq),
    ("dict_keys.__ne__", crate::objects::dict_views::view_ne),
    ("dict_keys.__lt__", crate::objects::dict_views::view_lt),
    ("dict_keys.__le__", crate::objects::dict_views::view_le),
    ("dict_keys.__gt__", crate::objects::dict_views::view_gt),
    ("dict_keys.__ge__", crate::objects::dict_views::view_ge),
    ("dict_keys.__and__", crate::objects::dict_views::view_and),
    ("dict_keys.__rand__", crate::objects::dict_views::view_rand),
    ("dict_keys.__or__", crate::objects::dict_views::view_or),
    ("dict_keys.__ror__", crate::objects::dict_views::view_ror),
    ("dict_keys.__sub__", crate::objects::dict_views::view_sub),
    ("dict_keys.__rsub__", crate::objects::dict_views::view_rsub),
    ("dict_keys.__xor__", crate::objects::dict_views::view_xor),
    ("dict_keys.__rxor__", crate::objects::dict_views::view_rxor),
    (
        "dict_keys.isdisjoint",
        crate::objects::dict_views::view_isdisjoint,
    ),
    (
        "dict_values.__iter__",
        crate::objects::dict_views::view_iter,
    ),
    (
        "dict_values.__reversed__",
        crate::objects::dict_views::view_reversed,
    ),
    ("dict_values.__len__", crate::objects::dict_views::view_len),
    (
        "dict_values.__contains__",
        crate::objects::dict_views::view_contains,
    ),
    (
        "dict_values.__repr__",
        crate::objects::dict_views::view_repr,
    ),
    ("dict_values.__eq__", crate::objects::dict_views::view_eq),
    ("dict_values.__ne__", crate::objects::dict_views::view_ne),
    ("dict_items.__iter__", crate::objects::dict_views::view_iter),
    (
        "dict_items.__reversed__",
        crate::objects::dict_views::view_reversed,
    ),
    ("dict_items.__len__", crate::objects::dict_views::view_len),
    (
        "dict_items.__contains__",
        crate::objects::dict_views::view_contains,
    ),
    ("dict_items.__repr__", crate::objects::dict_views::view_repr),
    ("dict_items.__eq__", crate::objects::dict_views::view_eq),
    ("dict_items.__ne__", crate::objects::dict_views::view_ne),
    ("dict_items.__lt__", crate::objects::dict_views::view_lt),
    ("dict_items.__le__", crate::objects::dict_views::view_le),
    ("dict_items.__gt__", crate::objects::dict_views::view_gt),
    ("dict_items.__ge__", crate::objects::dict_views::view_ge),
    ("dict_items.__and__", crate::objects::dict_views::view_and),
    ("dict_items.__rand__", crate::objects::dict_views::view_rand),
    ("dict_items.__or__", crate::objects::dict_views::view_or),
    ("dict_items.__ror__", crate::objects::dict_views::view_ror),
    ("dict_items.__sub__", crate::objects::dict_views::view_sub),
    ("dict_items.__rsub__", crate::objects::dict_views::view_rsub),
    ("dict_items.__xor__", crate::objects::dict_views::view_xor),
    ("dict_items.__rxor__", crate::objects::dict_views::view_rxor),
    (
        "dict_items.isdisjoint",
        crate::objects::dict_views::view_isdisjoint,
    ),
    (
        "BaseException.__init__",
        crate::objects::object::exception_init,
    ),
];

/// True if `v` is a builtin function (`builtin_function_or_method`).
pub fn is_builtin(vm: &ThreadState, v: Value) -> bool {
    crate::values::layout_of(vm, v) == Some(crate::generated::layouts::Builtin::ID)
}

/// True if `v` is the builtin named `name`.
/// The index in [`BUILTINS`] of builtin `name`, at compile time (a missing name does not
/// compile).
pub const fn builtin_id(name: &str) -> usize {
    match find_builtin(name) {
        Some(i) => i,
        None => panic!("not a builtin"),
    }
}

/// The index of builtin `name` in [`BUILTINS`], if there is one (a `const fn`: for tables
/// resolved at compile time).
pub const fn find_builtin(name: &str) -> Option<usize> {
    let mut i = 0;
    while i < BUILTINS.len() {
        if crate::values::same_text(BUILTINS[i].0, name) {
            return Some(i);
        }
        i += 1;
    }
    None
}

/// `object.__new__`'s index in [`BUILTINS`].
pub const OBJECT_NEW: usize = builtin_id("object.__new__");

/// True if `v` is the builtin function at index `id` of [`BUILTINS`] ([`builtin_id`]).
#[inline]
pub fn is_builtin_at(vm: &ThreadState, v: Value, id: usize) -> bool {
    is_builtin(vm, v)
        && crate::generated::layouts::Builtin::id(gvmt::rt::Vm::vmctx(vm), v) == id as i64
}

/// True for `object.__new__` and the builtin types' own `__new__` (static in their
/// namespaces): the default way to make an instance, not a class's own.
pub fn is_builtin_new(vm: &ThreadState, f: Value) -> bool {
    let f = if crate::objects::class::descriptor_kind(vm, f) == Some(crate::objects::class::STATIC)
    {
        crate::generated::layouts::Descriptor::first(gvmt::rt::Vm::vmctx(vm), f)
    } else {
        f
    };
    is_builtin(vm, f)
        && QUALIFIED[crate::generated::layouts::Builtin::id(gvmt::rt::Vm::vmctx(vm), f) as usize]
            .is_some_and(|q| q.is_new && !q.on_type)
}

/// What a builtin's qualified name (`T.name`) says, resolved at compile time.
#[derive(Clone, Copy)]
struct Qualified {
    /// `T`'s id in `BUILTIN_TYPES`, if `T` is one of them.
    owner: Option<usize>,
    /// `T` is `type`.
    on_type: bool,
    /// `name` is `__new__`.
    is_new: bool,
    /// `T` is a class (a builtin type, `object`, `type`, `BaseException`, `array.array`),
    /// not a module (`math.sqrt`): the builtin is a method, bound through instances.
    is_method: bool,
}

/// The owners of methods that are classes outside `BUILTIN_TYPES`.
pub(crate) const METHOD_OWNERS: &[&str] = &[
    "object",
    "type",
    "BaseException",
    "array.array",
    "_thread.lock",
    "itertools._iterator",
    "functools._lru_cache_wrapper",
];

/// Per builtin, its qualified name's parts (None for an unqualified builtin: `len`).
const QUALIFIED: [Option<Qualified>; BUILTINS.len()] = {
    use crate::objects::class::builtin_types::BUILTIN_TYPES;
    let mut table = [None; BUILTINS.len()];
    let mut i = 0;
    while i < BUILTINS.len() {
        let name = BUILTINS[i].0.as_bytes();
        // The last dot: a type's name may have one of its own (`array.array.__len__`).
        let mut dot = name.len();
        let mut k = 0;
        while k < name.len() {
            if name[k] == b'.' {
                dot = k;
            }
            k += 1;
        }
        if dot < name.len() {
            let (prefix, rest) = name.split_at(dot);
            let mut owner = None;
            let mut t = 0;
            while t < BUILTIN_TYPES.len() {
                if crate::values::same_bytes(prefix, BUILTIN_TYPES[t].0.as_bytes()) {
                    owner = Some(t);
                }
                t += 1;
            }
            let mut is_method = owner.is_some();
            let mut m = 0;
            while m < METHOD_OWNERS.len() {
                if crate::values::same_bytes(prefix, METHOD_OWNERS[m].as_bytes()) {
                    is_method = true;
                }
                m += 1;
            }
            table[i] = Some(Qualified {
                owner,
                on_type: crate::values::same_bytes(prefix, b"type"),
                is_new: crate::values::same_bytes(rest, b".__new__"),
                is_method,
            });
        }
        i += 1;
    }
    table
};

/// The builtin type (its id) whose function builtin `f` is (`list.__len__` → list).
pub fn owner_type(vm: &ThreadState, f: Value) -> Option<usize> {
    if !is_builtin(vm, f) {
        return None;
    }
    let id = crate::generated::layouts::Builtin::id(gvmt::rt::Vm::vmctx(vm), f) as usize;
    QUALIFIED[id].and_then(|q| q.owner)
}

/// `_hotpy.method(qualified_name)`: the builtin method of that name (`'_thread.lock.acquire'`),
/// for a class of hotpy's library written in Python to hold as its own method, bound through
/// its instances, where CPython's class is written in C.
fn method_by_name(
    vm: &mut ThreadState,
    args: &[Value],
    kwargs: &[(String, Value)],
) -> Result<Value, Error> {
    let name = one("method", args, kwargs)?;
    let name = crate::values::str_value(vm, name).unwrap_or_default();
    match index_of(&name).filter(|&id| QUALIFIED[id].is_some_and(|q| q.is_method)) {
        Some(id) => builtin_object(vm, id),
        None => Err(Error::new(
            "LookupError",
            format!("no builtin method named '{name}'"),
        )),
    }
}

/// True if `v` is a builtin class's method (bound when looked up through an instance).
pub fn is_method_descriptor(vm: &ThreadState, v: Value) -> bool {
    is_builtin(vm, v)
        && QUALIFIED[crate::generated::layouts::Builtin::id(gvmt::rt::Vm::vmctx(vm), v) as usize]
            .is_some_and(|q| q.is_method)
}

/// PRINT_EXPR's extern: the value of an expression statement in interactive code, given to
/// `sys.displayhook` (which prints its repr).
pub fn display_value(vm: &mut ThreadState, v: Value) -> Result<(), Error> {
    let hook = vm.handle_scope(|vm| {
        let h = vm.mutator().root(v);
        let sys = crate::modules::import_absolute(vm, "sys")?;
        let name = vm.name_str("displayhook")?;
        let hook = crate::protocols::attributes::get_attr(vm, sys, name).map_err(|e| {
            if e.is("AttributeError") {
                Error::new("RuntimeError", "lost sys.displayhook")
            } else {
                e
            }
        })?;
        Ok::<_, Error>((hook, vm.mutator().get(h)))
    });
    let (hook, v) = hook?;
    vm.call(hook, &[v], &[]).map(|_| ())
}

/// The builtin function object for `BUILTINS[id]`: one per builtin (so `type(3) is int`),
/// made on first use and kept in a registered root table.
pub fn builtin_object(vm: &mut ThreadState, id: usize) -> Result<Value, Error> {
    use crate::generated::layouts::Builtin;
    let b = vm.interp.builtin_objects.get(id);
    if b != NONE {
        return Ok(b);
    }
    let b = vm.alloc(Builtin::ID, Builtin::FIXED_SIZE)?;
    Builtin::set_id(gvmt::rt::Vm::vmctx(vm), b, id as i64);
    // Another thread may have made it meanwhile: theirs is the one.
    Ok(vm
        .interp
        .builtin_objects
        .publish(vm.mutator_ref(), id, NONE, b))
}

pub fn index_of(name: &str) -> Option<usize> {
    // A module attribute such as `_hotpy.lock_acquire` is looked up on every use: a hash
    // table built once, not a scan of the thousand names.
    static INDEX: std::sync::OnceLock<std::collections::HashMap<&'static str, usize>> =
        std::sync::OnceLock::new();
    let index = INDEX.get_or_init(|| {
        let mut index = std::collections::HashMap::with_capacity(BUILTINS.len());
        for (i, (n, _)) in BUILTINS.iter().enumerate() {
            // The first of two equal names wins, as the scan did.
            index.entry(*n).or_insert(i);
        }
        index
    });
    index.get(name).copied()
}

pub(crate) fn no_keywords(name: &str, kwargs: &[(String, Value)]) -> Result<(), Error> {
    if kwargs.is_empty() {
        Ok(())
    } else {
        Err(Error::new(
            "TypeError",
            format!("{name}() takes no keyword arguments"),
        ))
    }
}

/// The arguments of a builtin whose parameters (`params`, in order; the first `required`
/// of them without a default) may also be given by keyword, as positional ones, so that its
/// positional code handles both: optional ones not given are left out at the end (None in
/// the middle).
pub(crate) fn by_position(
    name: &str,
    args: &[Value],
    kwargs: &[(String, Value)],
    params: &[&str],
    required: usize,
) -> Result<Vec<Value>, Error> {
    if kwargs.is_empty() {
        return Ok(args.to_vec());
    }
    // Argument Clinic's order of checks: the count, then missing required arguments, then
    // unknown keywords.
    let given = args.len() + kwargs.len();
    if given > params.len() {
        return Err(Error::new(
            "TypeError",
            format!(
                "{name}() takes at most {} arguments ({given} given)",
                params.len()
            ),
        ));
    }
    let bound = |i: usize| i < args.len() || kwargs.iter().any(|(k, _)| k == params[i]);
    if let Some(i) = (0..required).find(|&i| !bound(i)) {
        return Err(Error::new(
            "TypeError",
            format!(
                "{name}() missing required argument '{}' (pos {})",
                params[i],
                i + 1
            ),
        ));
    }
    let unbound = vec![NONE; params.len()];
    crate::objects::str::keyword_args(name, args, kwargs, params, &unbound)
}

pub(crate) fn one(name: &str, args: &[Value], kwargs: &[(String, Value)]) -> Result<Value, Error> {
    no_keywords(name, kwargs)?;
    match args {
        [v] => Ok(*v),
        _ => Err(Error::new(
            "TypeError",
            format!("{name}() takes exactly one argument ({} given)", args.len()),
        )),
    }
}

fn print(vm: &mut ThreadState, args: &[Value], kwargs: &[(String, Value)]) -> Result<Value, Error> {
    let (mut sep, mut end) = (" ".to_string(), "\n".to_string());
    let mut flush = false;
    let mut file = NONE;
    for (name, v) in kwargs {
        let text = |vm: &ThreadState, default: &str| -> Result<String, Error> {
            if *v == NONE {
                return Ok(default.to_string());
            }
            crate::values::str_value(vm, *v).ok_or_else(|| {
                Error::new(
                    "TypeError",
                    format!("{name} must be None or a string, not {}", type_name(vm, *v)),
                )
            })
        };
        match name.as_str() {
            "sep" => sep = text(vm, " ")?,
            "end" => end = text(vm, "\n")?,
            "flush" => flush = crate::values::is_true(vm, *v)?,
            "file" => file = *v,
            other => {
                return Err(Error::new(
                    "TypeError",
                    format!("'{other}' is an invalid keyword argument for print()"),
                ));
            }
        }
    }
    if file == NONE {
        // `sys.stdout` as the program set it (a global of `sys` only once assigned).
        let sys = crate::modules::sys_id(vm)?;
        match vm.module_global(sys, "stdout") {
            Some(NONE) => return Ok(NONE),
            Some(out) => file = out,
            None => {}
        }
    }
    if file != NONE {
        return print_to(vm, file, args, &sep, &end, flush);
    }
    let parts = vm.handle_scope(|vm| -> Result<_, Error> {
        let handles: Vec<_> = args.iter().map(|&a| vm.mutator().root(a)).collect();
        let mut parts = Vec::with_capacity(args.len());
        for h in handles {
            let a = vm.mutator().get(h);
            parts.push(crate::protocols::repr::str(vm, a)?);
        }
        Ok(parts)
    })?;
    let text = format!("{}{end}", parts.join(&sep));
    vm.write_stdout(&text)?;
    if flush {
        vm.flush_stdout();
    }
    Ok(NONE)
}

/// `print(...)` to a file object: `file.write` called for each argument's str, each
/// separator and the end, as CPython does; then `file.flush()` if asked.
fn print_to(
    vm: &mut ThreadState,
    file: Value,
    args: &[Value],
    sep: &str,
    end: &str,
    flush: bool,
) -> Result<Value, Error> {
    vm.handle_scope(|vm| {
        let hf = vm.mutator().root(file);
        let handles: Vec<_> = args.iter().map(|&a| vm.mutator().root(a)).collect();
        let name = vm.name_str("write")?;
        let f = vm.mutator().get(hf);
        let write = crate::protocols::attributes::get_attr(vm, f, name)?;
        let hw = vm.mutator().root(write);
        let put = |vm: &mut ThreadState, s: Value| -> Result<(), Error> {
            let write = vm.mutator().get(hw);
            vm.call(write, &[s], &[])?;
            Ok(())
        };
        for (i, &h) in handles.iter().enumerate() {
            if i > 0 {
                let s = new_str(vm, sep)?;
                put(vm, s)?;
            }
            let a = vm.mutator().get(h);
            let s = crate::protocols::repr::str(vm, a)?;
            let s = new_str(vm, &s)?;
            put(vm, s)?;
        }
        let s = new_str(vm, end)?;
        put(vm, s)?;
        if flush {
            let name = vm.name_str("flush")?;
            let f = vm.mutator().get(hf);
            match crate::protocols::attributes::get_attr(vm, f, name) {
                Ok(flush) => {
                    vm.call(flush, &[], &[])?;
                }
                // A file without `flush` is fine; an unwind passes.
                Err(e) if e.is_exception() => {}
                Err(unwind) => return Err(unwind),
            }
        }
        Ok(NONE)
    })
}

pub(crate) fn len(
    vm: &mut ThreadState,
    args: &[Value],
    kwargs: &[(String, Value)],
) -> Result<Value, Error> {
    let v = one("len", args, kwargs)?;
    // A list or tuple itself (not a subclass instance): its type's `__len__` cannot change.
    if let Some(n) = crate::objects::sequence::len(vm, v) {
        return make_int(n as i64);
    }
    if let Some(n) = crate::protocols::dunder::len(vm, v)? {
        return crate::objects::int::bigint::from_i128(vm, n as i128);
    }
    if crate::objects::range::is_range(vm, v) {
        return crate::objects::range::len_of(vm, v);
    }
    if crate::objects::memoryview::is_memoryview(vm, v) {
        return make_int(crate::objects::memoryview::len(vm, v)?);
    }
    if let Some(n) = crate::objects::bytes::length(vm, v) {
        return make_int(n as i64);
    }
    if crate::objects::dict::is_dict(vm, v) {
        return make_int(crate::objects::dict::len(vm, v) as i64);
    }
    if crate::objects::set::is_set(vm, v) {
        return make_int(crate::objects::set::len(vm, v) as i64);
    }
    match crate::values::str_char_len(vm, v) {
        Some(n) => make_int(n as i64),
        None => Err(Error::new(
            "TypeError",
            format!("object of type '{}' has no len()", type_name(vm, v)),
        )),
    }
}

fn repr(vm: &mut ThreadState, args: &[Value], kwargs: &[(String, Value)]) -> Result<Value, Error> {
    let v = one("repr", args, kwargs)?;
    let text = crate::protocols::repr::repr(vm, v)?;
    new_str(vm, &text)
}

fn range(vm: &mut ThreadState, args: &[Value], kwargs: &[(String, Value)]) -> Result<Value, Error> {
    no_keywords("range", kwargs)?;
    // Bounds may be objects with `__index__`.
    let args: Vec<Value> = match *args {
        [a] => crate::protocols::index::index_values(vm, [], [a])?
            .1
            .to_vec(),
        [a, b] => crate::protocols::index::index_values(vm, [], [a, b])?
            .1
            .to_vec(),
        [a, b, c] => crate::protocols::index::index_values(vm, [], [a, b, c])?
            .1
            .to_vec(),
        _ => args.to_vec(),
    };
    crate::objects::range::range(vm, &args)
}

/// `repr(f)` of a builtin function: `<built-in function len>`; the constructors of the
/// builtin types show as the types (`<class 'int'>`), the functions of builtin types as
/// CPython shows them on the type (`objects/method.rs`).
pub fn function_repr(vm: &ThreadState, f: Value) -> String {
    let id = crate::generated::layouts::Builtin::id(gvmt::rt::Vm::vmctx(vm), f);
    let name = BUILTINS[id as usize].0;
    let constructs_type = matches!(name, "type" | "object")
        || crate::objects::class::builtin_types::BUILTIN_TYPES
            .iter()
            .any(|(t, _)| *t == name);
    if constructs_type {
        return format!("<class '{name}'>");
    }
    crate::objects::method::native_function_repr(name).unwrap_or_else(|| {
        format!(
            "<built-in function {}>",
            name.rsplit('.').next().unwrap_or(name)
        )
    })
}

/// The name of builtin function `f` in the builtins table (`"object.__init__"`), if it is one.
pub fn builtin_name(vm: &ThreadState, f: Value) -> Option<&'static str> {
    is_builtin(vm, f).then(|| {
        let id = crate::generated::layouts::Builtin::id(gvmt::rt::Vm::vmctx(vm), f);
        BUILTINS[id as usize].0
    })
}
