//! Generates the toy VM's interpreter, JIT emitters and layouts from `spec/*.gvmt`.
fn main() {
    gvmt::codegen::build("spec");
}
