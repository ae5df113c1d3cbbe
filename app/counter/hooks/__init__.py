"""Per-service rules the field kinds cannot say, one small module per service, named by its catalogue entry.

Each module has ``check(values, today) -> list[FieldProblem]``; ``values`` holds the cleaned fields.
"""
