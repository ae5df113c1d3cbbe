"""Front-desk complaints (CMS): e-tags, categories, assignment, history, escalation, conversion to an FIR."""
