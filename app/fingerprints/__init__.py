"""CRO fingerprint records and 1:N identification: the services over the engine in ``app.biometrics``."""
