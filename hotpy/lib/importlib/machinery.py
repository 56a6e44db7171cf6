"""importlib.machinery: the spec and loader classes hotpy's import system uses, and the
file suffixes it imports (source files only)."""

from _frozen_importlib import ModuleSpec, SourceFileLoader, BuiltinImporter, NamespaceLoader

SOURCE_SUFFIXES = [".py"]
BYTECODE_SUFFIXES = [".pyc"]
EXTENSION_SUFFIXES = []
DEBUG_BYTECODE_SUFFIXES = OPTIMIZED_BYTECODE_SUFFIXES = BYTECODE_SUFFIXES


def all_suffixes():
    """The suffixes of the files an import may load."""
    return SOURCE_SUFFIXES + BYTECODE_SUFFIXES + EXTENSION_SUFFIXES
