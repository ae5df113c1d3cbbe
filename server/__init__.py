"""The reference national server: device enrollment and the push of register operations.

Never imported by the desktop program (the frozen build leaves it out); ``thana server``
imports it lazily.
"""
