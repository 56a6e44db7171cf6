//! Generates hotpy's interpreter, JIT emitters and layouts from the spec in `../spec`.
fn main() {
    gvmt::codegen::build("../spec");
}
