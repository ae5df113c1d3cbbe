"""The fingerprint scanner in the window: status, live capture, the trainer's simulated finger."""
