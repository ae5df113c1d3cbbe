"""The complaints (CMS) page of the main window, its registration form and its record dialog."""
