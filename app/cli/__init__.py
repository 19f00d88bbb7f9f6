"""The command line: the scriptable twin of the window (see shared/spec/cli.md)."""
