import importlib
import importlib.util
import importlib.machinery
import os
import sys
import tempfile

root = tempfile.mkdtemp()
path = os.path.join(root, 'plugin_mod.py')
with open(path, 'w') as f:
    f.write('VALUE = 42\n\ndef greet(name):\n    return "hello " + name\n')
pkg = os.path.join(root, 'plugpkg')
os.mkdir(pkg)
with open(os.path.join(pkg, '__init__.py'), 'w') as f:
    f.write('NAME = "pkg"\n')
with open(os.path.join(pkg, 'sub.py'), 'w') as f:
    f.write('X = 7\n')

spec = importlib.util.spec_from_file_location('plugin_mod', path)
print(spec.name, spec.origin == path, spec.has_location, spec.submodule_search_locations, spec.parent == '')
module = importlib.util.module_from_spec(spec)
print(module.__name__, module.__file__ == path, module.__spec__ is spec, hasattr(module, 'VALUE'))
spec.loader.exec_module(module)
print(module.VALUE, module.greet('world'), 'plugin_mod' in sys.modules)

pspec = importlib.util.spec_from_file_location('plugpkg', os.path.join(pkg, '__init__.py'))
print(pspec.submodule_search_locations == [pkg], pspec.parent)
print(importlib.util.find_spec('json').name, importlib.util.find_spec('no_such_module_xyz'))
sys.path.insert(0, root)
s = importlib.util.find_spec('plugpkg')
print(s.name, s.origin == os.path.join(pkg, '__init__.py'), 'plugpkg' in sys.modules)
sub = importlib.util.find_spec('plugpkg.sub')
print(sub.name, sub.origin == os.path.join(pkg, 'sub.py'))
m = importlib.import_module('plugpkg.sub')
print(m.X, importlib.util.find_spec('plugpkg.sub') is not None)
print(importlib.util.resolve_name('.sub', 'plugpkg'), importlib.util.resolve_name('abs', None))
print(importlib.util.decode_source(b'x = 1\r\ny = 2\r\n'))
print(len(importlib.util.MAGIC_NUMBER), importlib.machinery.SOURCE_SUFFIXES)
for stmt in ['importlib.util.resolve_name(".x", None)', 'importlib.util.find_spec("plugin_mod.x")']:
    try:
        print(eval(stmt))
    except Exception as e:
        print(stmt, type(e).__name__, e)
import zipfile, io
buf = io.BytesIO()
with zipfile.ZipFile(buf, 'w') as z:
    z.writestr('a.txt', 'hello zip')
with zipfile.ZipFile(io.BytesIO(buf.getvalue())) as z:
    print(z.namelist(), z.read('a.txt'))
