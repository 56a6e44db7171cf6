//! Flexible object storage: instances that get the same attributes in the same order share a
//! shape, and objects used as namespaces do not make a shape per name.

use hotpy::compiler::compile_module;
use hotpy::vm::ThreadState;

fn shapes_made_by(source: &str) -> usize {
    let module = compile_module(source, "<test>").expect("compiles");
    let mut vm = ThreadState::new(64 << 20);
    vm.run_module(&module).expect("runs");
    vm.shape_count()
}

/// The shapes `source` makes: those of a VM that ran it, less those of one that ran an empty
/// program (the VM's own objects: module specs...), plus the empty shape.
fn shapes_after(source: &str) -> usize {
    shapes_made_by(source) - shapes_made_by("pass") + 1
}

const POINT: &str = "
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y
";

#[test]
fn instances_given_the_same_attributes_share_shapes() {
    // The empty shape, then (x) and (x, y): one chain for a thousand points.
    let n = shapes_after(&format!(
        "{POINT}\nps = [Point(i, i) for i in range(1000)]\nassert sum(p.x + p.y for p in ps) == 999000\n"
    ));
    assert_eq!(n, 3);
}

#[test]
fn another_order_is_another_shape() {
    let n = shapes_after(&format!(
        "{POINT}\nclass Flipped:\n    def __init__(self):\n        self.y = 1\n        self.x = 2\n\
         a, b = Point(1, 2), Flipped()\nassert (a.x, a.y, b.x, b.y) == (1, 2, 2, 1)\n"
    ));
    assert_eq!(n, 5);
}

#[test]
fn namespaces_with_many_names_go_to_dict_mode() {
    let n = shapes_after(
        "class NS: pass\nns = NS()\nfor i in range(500):\n    setattr(ns, 'n%d' % i, i)\n\
         assert sum(vars(ns).values()) == 124750 and ns.n499 == 499\n",
    );
    assert_eq!(n, 1 + hotpy::objects::class::storage::MAX_SHAPE_LEN);
}

#[test]
fn dict_mode_and_deletion_make_no_shapes() {
    let n = shapes_after(&format!(
        "{POINT}\np = Point(1, 2)\ndel p.x\np.x = 3\np.__dict__['z'] = 4\n\
         assert vars(p) == {{'y': 2, 'x': 3, 'z': 4}}\n"
    ));
    assert_eq!(n, 3);
}
