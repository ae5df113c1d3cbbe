"""Documents the station issues (certificates, reports, copies) and their signed QR payloads. Qt-free."""
