"""The Khidmat Markaz counter: its service catalogue and the checks on what the counter captures. Qt-free."""
