"""Signed bundles between schools and their department: the file format, export, import and merge."""
