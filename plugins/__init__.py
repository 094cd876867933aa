"""The built-in checker plugins.

Installed as the ``factcheck_plugins`` package and found through the ``factcheck``
entry-point group, exactly like a third-party plugin.
"""
