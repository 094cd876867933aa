"""The built-in checker plugins, installed as ``factcheck_plugins`` and found through the ``factcheck`` entry-point group."""
